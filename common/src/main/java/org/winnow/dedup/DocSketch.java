package org.winnow.dedup;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a later run needs of one deduplicated document to match new copies against it without
 * reading its archive again: who published it and when (the canonical contest), its shingle set
 * after the template guard (verification), its passage band keys and exact-content key (candidate
 * generation) and the story it belongs to.
 *
 * <pre>{@code
 * DocSketch s = new DocSketch("d7", "https://apnews.com/x", "apnews.com", null, at, 9,
 *     0x3f0cL, new long[] {-12, 5, 88}, new long[] {-7, 41}, "d7");
 * s.candidate(); // CanonicalCandidate d7, 3 shingles, 9 paragraphs
 * s.eligible();  // true: it has band keys, so it can be anyone's copy
 * }</pre>
 */
public final class DocSketch implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String docId;
  private final String url;
  private final String host;
  private final String byline;
  private final Instant publishedAt;
  private final int paragraphs;
  private final long exactKey;
  private final long[] shingles;
  private final long[] bandKeys;
  private final String clusterId;

  /**
   * @param host the outlet the document counts under (a page of unknown origin has a private one)
   * @param byline null when unknown
   * @param publishedAt null when unknown
   * @param paragraphs content paragraphs
   * @param exactKey hash of the whole normalised content, 0 for a document too short to match
   * @param shingles sorted distinct shingle hashes after the template guard
   * @param bandKeys sorted passage band keys, empty for a document too short to match
   */
  public DocSketch(
      String docId,
      String url,
      String host,
      String byline,
      Instant publishedAt,
      int paragraphs,
      long exactKey,
      long[] shingles,
      long[] bandKeys,
      String clusterId) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.url = Objects.requireNonNull(url, "url");
    this.host = Objects.requireNonNull(host, "host");
    this.byline = byline;
    this.publishedAt = publishedAt;
    this.paragraphs = paragraphs;
    this.exactKey = exactKey;
    this.shingles = shingles.clone();
    this.bandKeys = bandKeys.clone();
    this.clusterId = Objects.requireNonNull(clusterId, "clusterId");
  }

  public String docId() {
    return docId;
  }

  public String url() {
    return url;
  }

  public String host() {
    return host;
  }

  /** Null when unknown. */
  public String byline() {
    return byline;
  }

  /** Null when unknown. */
  public Instant publishedAt() {
    return publishedAt;
  }

  public int paragraphs() {
    return paragraphs;
  }

  public long exactKey() {
    return exactKey;
  }

  /** A copy of the sorted shingle set. */
  public long[] shingles() {
    return shingles.clone();
  }

  /** A copy of the sorted band keys. */
  public long[] bandKeys() {
    return bandKeys.clone();
  }

  /** The story's id when the sketch was taken: its canonical copy's doc id. */
  public String clusterId() {
    return clusterId;
  }

  /** Whether the document was long enough to be anyone's copy. */
  public boolean eligible() {
    return bandKeys.length > 0;
  }

  /** What the canonical policy weighs about this copy. */
  public CanonicalCandidate candidate() {
    return new CanonicalCandidate(
        docId, url, host, byline, publishedAt, shingles.length, paragraphs);
  }

  @Override
  public String toString() {
    return "DocSketch[" + docId + " in " + clusterId + ", " + shingles.length + " shingles]";
  }
}
