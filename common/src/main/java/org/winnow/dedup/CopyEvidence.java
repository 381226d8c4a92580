package org.winnow.dedup;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What pair verification compares of one document: its outlet, its date, and its shingles twice
 * over, once without everything the template guard suspects (for a pair on one outlet) and once
 * without only the template the guard saw for certain (for a pair across outlets).
 *
 * <p>Why two sets: the guard drops a whole paragraph when most of its sampled shingles are template
 * on the outlet, which also catches story paragraphs built of the language's stock phrases ("is due
 * to vote on it on", "further details are expected"); on a one-paragraph brief that can be most of
 * the text. A false join through template text needs both pages to carry that template, i.e. to be
 * on the same outlet (or a sister site with the same template, whose word-for-word template is
 * still removed), so only a same-outlet pair needs the wider strip.
 *
 * <pre>{@code
 * CopyEvidence e = CopyEvidence.of("a.example.com", at, strict, open, 0);
 * e.setFor(sameHostOther);  // strict: without suspected template paragraphs
 * e.setFor(otherHostCopy);  // open: without the template seen for certain only
 * }</pre>
 */
public final class CopyEvidence implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String host;
  private final Instant publishedAt;
  private final long[] strict;
  private final long[] open;
  private final long[] strictLead;
  private final long[] openLead;

  /**
   * @param host the outlet the document counts under
   * @param publishedAt null when unknown
   * @param strict sorted distinct shingles without every suspected template paragraph
   * @param open sorted distinct shingles without the certain template only; contains {@code strict}
   * @param strictLead the lead of the strict text ({@link ShingledText#lead}), empty when unused
   * @param openLead the lead of the open text, empty when unused
   */
  public CopyEvidence(
      String host,
      Instant publishedAt,
      long[] strict,
      long[] open,
      long[] strictLead,
      long[] openLead) {
    this.host = Objects.requireNonNull(host, "host");
    this.publishedAt = publishedAt;
    this.strict = strict;
    this.open = open;
    this.strictLead = strictLead;
    this.openLead = openLead;
  }

  /** The evidence of two stripped texts of one document, with leads of {@code leadShingles}. */
  public static CopyEvidence of(
      String host, Instant publishedAt, ShingledText strict, ShingledText open, int leadShingles) {
    long[] strictSet = strict.set();
    long[] strictLead = strict.lead(leadShingles);
    // nothing stripped by suspicion alone (most pages): one set and lead serve both
    boolean same = open == strict;
    return new CopyEvidence(
        host,
        publishedAt,
        strictSet,
        same ? strictSet : open.set(),
        strictLead,
        same ? strictLead : open.lead(leadShingles));
  }

  public String host() {
    return host;
  }

  /** Null when unknown. */
  public Instant publishedAt() {
    return publishedAt;
  }

  /** The shingles without every suspected template paragraph (not a copy). */
  public long[] strict() {
    return strict;
  }

  /** The shingles without the certain template only (not a copy). */
  public long[] open() {
    return open;
  }

  /** The lead of the strict text (not a copy). */
  public long[] strictLead() {
    return strictLead;
  }

  /** The lead of the open text (not a copy). */
  public long[] openLead() {
    return openLead;
  }

  /** Whether {@code other} is on the same outlet, where the strict sets are compared. */
  public boolean sameOutlet(CopyEvidence other) {
    return host.equals(other.host);
  }

  /** The set this document is compared by against {@code other}. */
  public long[] setFor(CopyEvidence other) {
    return sameOutlet(other) ? strict : open;
  }

  /** The lead this document is compared by against {@code other}. */
  public long[] leadFor(CopyEvidence other) {
    return sameOutlet(other) ? strictLead : openLead;
  }
}
