package org.winnow.dedup;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.winnow.text.TextKey;

/**
 * What copy detection needs to know about one document: identity, outlet, date, byline, title and
 * its content paragraphs only, each with its block position in the page.
 *
 * <pre>{@code
 * new CopyFacts("d1", "https://apnews.com/x", "apnews.com", Instant.parse("2018-07-16T10:00:00Z"),
 *     "By Jane Roe, AP", "Floods", List.of("First paragraph ...", "Second ..."), new int[] {3, 5});
 * }</pre>
 */
public final class CopyFacts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String docId;
  private final String url;
  private final String host;
  private final Instant publishedAt;
  private final String byline;
  private final String title;
  private final List<String> paragraphs;
  private final int[] positions;
  private final long[] pageKeys;

  /**
   * @param publishedAt null when unknown
   * @param byline null when unknown
   * @param title null when unknown
   * @param paragraphs the content paragraphs in page order
   * @param positions the block position of each paragraph, same length as {@code paragraphs}
   */
  public CopyFacts(
      String docId,
      String url,
      String host,
      Instant publishedAt,
      String byline,
      String title,
      List<String> paragraphs,
      int[] positions) {
    this(docId, url, host, publishedAt, byline, title, paragraphs, positions, null);
  }

  /**
   * @param pageKeys the {@link TextKey#of} of every paragraph on the page, content and noise alike,
   *     so that an outlet's template is counted on every page it is on whatever the classifier
   *     kept; null for the keys of the content paragraphs only
   */
  public CopyFacts(
      String docId,
      String url,
      String host,
      Instant publishedAt,
      String byline,
      String title,
      List<String> paragraphs,
      int[] positions,
      long[] pageKeys) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.url = Objects.requireNonNull(url, "url");
    this.host = Objects.requireNonNull(host, "host");
    this.publishedAt = publishedAt;
    this.byline = byline;
    this.title = title;
    this.paragraphs = List.copyOf(paragraphs);
    this.positions = positions.clone();
    if (pageKeys == null) {
      pageKeys = new long[this.paragraphs.size()];
      for (int i = 0; i < pageKeys.length; i++) pageKeys[i] = TextKey.of(this.paragraphs.get(i));
    }
    this.pageKeys = ShingleSets.of(pageKeys);
    if (this.positions.length != this.paragraphs.size()) {
      throw new IllegalArgumentException(
          docId
              + ": "
              + this.paragraphs.size()
              + " paragraphs but "
              + this.positions.length
              + " positions");
    }
  }

  /**
   * The same facts with every paragraph's text dropped, their number, positions and page keys kept:
   * what a stage holds on to once the text is shingled, at a fraction of the size.
   *
   * <pre>{@code
   * facts.withoutText().paragraphs(); // ["", "", ""] for three paragraphs
   * }</pre>
   */
  public CopyFacts withoutText() {
    return new CopyFacts(
        docId,
        url,
        host,
        publishedAt,
        byline,
        title,
        Collections.nCopies(paragraphs.size(), ""),
        positions,
        pageKeys);
  }

  /** Facts whose paragraphs sit at positions 0, 1, 2, ... (tests, plain-text input). */
  public static CopyFacts ofText(
      String docId, String host, Instant publishedAt, String byline, List<String> paragraphs) {
    int[] positions = new int[paragraphs.size()];
    Arrays.setAll(positions, i -> i);
    return new CopyFacts(
        docId,
        "https://" + host + "/" + docId,
        host,
        publishedAt,
        byline,
        null,
        paragraphs,
        positions);
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
  public Instant publishedAt() {
    return publishedAt;
  }

  /** Null when unknown. */
  public String byline() {
    return byline;
  }

  /** Null when unknown. */
  public String title() {
    return title;
  }

  public List<String> paragraphs() {
    return paragraphs;
  }

  /** A copy of the block positions, one per paragraph. */
  public int[] positions() {
    return positions.clone();
  }

  /** The distinct keys of every paragraph on the page, sorted. */
  public long[] pageKeys() {
    return pageKeys.clone();
  }

  /** The block position of paragraph {@code i}. */
  public int position(int i) {
    return positions[i];
  }

  @Override
  public String toString() {
    return "CopyFacts[" + docId + " " + host + " " + paragraphs.size() + " paragraphs]";
  }
}
