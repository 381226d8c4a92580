package org.winnow.dedup;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a later run needs of one deduplicated document to match new copies against it without
 * reading its archive again: who published it and when (the canonical contest), its shingle sets
 * and leads after the template guard (verification, as in a full run: {@link #evidence}), its
 * passage band keys and exact-content key (candidate generation), the keys of its page's paragraphs
 * (the template guard's counts) and the story it belongs to.
 *
 * <pre>{@code
 * DocSketch s = new DocSketch("d7", "https://apnews.com/x", "apnews.com", null, at, 9, 0x3f0cL,
 *     new CopyEvidence("apnews.com", at, new long[] {-12, 5, 88}, new long[] {-12, 5, 88},
 *         new long[0], new long[0]),
 *     new long[] {-7, 41}, new long[] {17, 23}, "d7");
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
  private final CopyEvidence evidence;
  private final long[] bandKeys;
  private final long[] pageKeys;
  private final String clusterId;

  /**
   * @param host the outlet the document counts under (a page of unknown origin has a private one)
   * @param byline null when unknown
   * @param publishedAt null when unknown
   * @param paragraphs content paragraphs
   * @param exactKey hash of the whole normalised content, 0 for a document too short to match
   * @param evidence its shingle sets and leads after the template guard; its host and date must be
   *     {@code host} and {@code publishedAt}
   * @param bandKeys sorted passage band keys, empty for a document too short to match
   * @param pageKeys sorted keys of every paragraph of its page ({@link CopyFacts#pageKeys})
   */
  public DocSketch(
      String docId,
      String url,
      String host,
      String byline,
      Instant publishedAt,
      int paragraphs,
      long exactKey,
      CopyEvidence evidence,
      long[] bandKeys,
      long[] pageKeys,
      String clusterId) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.url = Objects.requireNonNull(url, "url");
    this.host = Objects.requireNonNull(host, "host");
    this.byline = byline;
    this.publishedAt = publishedAt;
    this.paragraphs = paragraphs;
    this.exactKey = exactKey;
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    if (!evidence.host().equals(host) || !Objects.equals(evidence.publishedAt(), publishedAt)) {
      throw new IllegalArgumentException(docId + ": evidence of another host or date");
    }
    this.bandKeys = bandKeys.clone();
    this.pageKeys = pageKeys.clone();
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

  /** A copy of the sorted shingle set without every suspected template paragraph. */
  public long[] shingles() {
    return evidence.strict().clone();
  }

  /** What pair verification compares of it (shared, not copied: treat as read-only). */
  public CopyEvidence evidence() {
    return evidence;
  }

  /** A copy of the sorted keys of its page's paragraphs. */
  public long[] pageKeys() {
    return pageKeys.clone();
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
        docId, url, host, byline, publishedAt, evidence.open().length, paragraphs);
  }

  @Override
  public String toString() {
    return "DocSketch["
        + docId
        + " in "
        + clusterId
        + ", "
        + evidence.strict().length
        + " shingles]";
  }
}
