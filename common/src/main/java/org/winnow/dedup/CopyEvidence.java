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
 * <p>The open text's reading order is kept too, as each shingle's index in the open set (half the
 * size of the hashes again): {@link Alignment} needs it to tell a copy whose lead was rewritten
 * from a story quoting another. So are the figures of the shingles that hold numbers ({@link
 * ShingledText#figures}, a few in ten), by reading position: a copy keeps them, a stock sentence
 * about other figures does not.
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
  private final int[] openOrder;
  private final long[] openFigures;
  private final Headline.Keys headline;
  private final long[] headlinePhrases;
  private final long dateline;

  /** {@link #figuredShingles}, worked out when first asked for (per object, never shipped). */
  private transient volatile long[] figuredShingles;

  /** {@link #figuredHashes}, worked out when first asked for (per object, never shipped). */
  private transient volatile long[] figuredHashes;

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
    this(host, publishedAt, strict, open, strictLead, openLead, new int[0]);
  }

  /**
   * @param openOrder the open text in reading order, each shingle as its index in {@code open};
   *     empty when unknown (then no pair is matched by {@link Alignment})
   */
  public CopyEvidence(
      String host,
      Instant publishedAt,
      long[] strict,
      long[] open,
      long[] strictLead,
      long[] openLead,
      int[] openOrder) {
    this(host, publishedAt, strict, open, strictLead, openLead, openOrder, new long[0]);
  }

  /**
   * @param openFigures the open text's shingles that hold numbers, each as its reading position
   *     (high 32 bits) and its {@link ShingledText#figures} (low 32 bits), by position; empty when
   *     unknown or none (then no figures disagree)
   */
  public CopyEvidence(
      String host,
      Instant publishedAt,
      long[] strict,
      long[] open,
      long[] strictLead,
      long[] openLead,
      int[] openOrder,
      long[] openFigures) {
    this(
        host,
        publishedAt,
        strict,
        open,
        strictLead,
        openLead,
        openOrder,
        openFigures,
        Headline.Keys.NONE,
        new long[0],
        0);
  }

  /**
   * @param headline the keys of its title ({@link Headline#of}), {@link Headline.Keys#NONE} when
   *     unknown, too short or its outlet's template
   * @param headlinePhrases the sorted shingles of its title that its open text holds too: the
   *     phrases naming the story's event ("restrictions on sugary drinks")
   * @param dateline the key of its lead's dateline ({@link Headline#dateline}), 0 when none
   */
  public CopyEvidence(
      String host,
      Instant publishedAt,
      long[] strict,
      long[] open,
      long[] strictLead,
      long[] openLead,
      int[] openOrder,
      long[] openFigures,
      Headline.Keys headline,
      long[] headlinePhrases,
      long dateline) {
    this.host = Objects.requireNonNull(host, "host");
    this.publishedAt = publishedAt;
    this.strict = strict;
    this.open = open;
    this.strictLead = strictLead;
    this.openLead = openLead;
    this.openOrder = openOrder;
    this.openFigures = openFigures;
    this.headline = Objects.requireNonNull(headline, "headline");
    this.headlinePhrases = Objects.requireNonNull(headlinePhrases, "headlinePhrases");
    this.dateline = dateline;
  }

  /**
   * The same evidence with {@code headline}, its {@code headlinePhrases} and {@code dateline}
   * ({@link Headline}).
   */
  public CopyEvidence withHeadline(Headline.Keys headline, long[] headlinePhrases, long dateline) {
    return new CopyEvidence(
        host,
        publishedAt,
        strict,
        open,
        strictLead,
        openLead,
        openOrder,
        openFigures,
        headline,
        headlinePhrases,
        dateline);
  }

  /** The keys of its title; {@link Headline.Keys#NONE} when it has none worth comparing. */
  public Headline.Keys headline() {
    return headline;
  }

  /** The sorted shingles of its title that its open text holds too (not a copy). */
  public long[] headlinePhrases() {
    return headlinePhrases;
  }

  /** The key of its lead's dateline, 0 when none. */
  public long dateline() {
    return dateline;
  }

  /** The evidence of two stripped texts of one document, with leads of {@code leadShingles}. */
  public static CopyEvidence of(
      String host, Instant publishedAt, ShingledText strict, ShingledText open, int leadShingles) {
    long[] strictSet = strict.set();
    long[] strictLead = strict.lead(leadShingles);
    // nothing stripped by suspicion alone (most pages): one set and lead serve both
    boolean same = open == strict;
    long[] openSet = same ? strictSet : open.set();
    int[] order = new int[open.size()];
    SetIndex index = SetIndex.of(openSet);
    int numbered = 0;
    for (int i = 0; i < order.length; i++) {
      order[i] = index.indexOf(open.hash(i));
      if (open.figures(i) != 0) numbered++;
    }
    long[] figures = new long[numbered];
    for (int i = 0, k = 0; i < order.length; i++) {
      if (open.figures(i) != 0) figures[k++] = (long) i << 32 | (open.figures(i) & 0xffffffffL);
    }
    return new CopyEvidence(
        host,
        publishedAt,
        strictSet,
        openSet,
        strictLead,
        same ? strictLead : open.lead(leadShingles),
        order,
        figures);
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

  /** The open text's reading order as indices into {@link #open} (not a copy); empty: unknown. */
  public int[] openOrder() {
    return openOrder;
  }

  /**
   * The open text's shingles that hold numbers as reading position (high 32 bits) and figures (low
   * 32 bits), by position (not a copy); empty when none or unknown.
   */
  public long[] openFigures() {
    return openFigures;
  }

  /**
   * Each of the open text's shingles that hold numbers, its hash mixed with its figures ({@link
   * #figured}), sorted and distinct (not a copy): what a shingle of another text is looked up in to
   * see whether it holds the same figures here.
   *
   * <p>Why kept: every pair verification accepts by text asks for the figures of both texts (
   * {@code PairVerifier.figuresDisagree}), and a document meets all its partners with one object.
   */
  public long[] figuredShingles() {
    long[] out = figuredShingles;
    if (out == null) {
      out = new long[openFigures.length];
      for (int i = 0; i < out.length; i++) {
        long f = openFigures[i];
        int at = (int) (f >>> 32);
        out[i] = figured(at < openOrder.length ? open[openOrder[at]] : 0, (int) f);
      }
      out = ShingleSets.of(out);
      figuredShingles = out;
    }
    return out;
  }

  /** The distinct hashes of the open text's shingles that hold numbers, sorted (not a copy). */
  public long[] figuredHashes() {
    long[] out = figuredHashes;
    if (out == null) {
      out = new long[openFigures.length];
      int n = 0;
      for (long f : openFigures) {
        int at = (int) (f >>> 32);
        if (at < openOrder.length) out[n++] = open[openOrder[at]];
      }
      out = ShingleSets.of(java.util.Arrays.copyOf(out, n));
      figuredHashes = out;
    }
    return out;
  }

  /** A shingle's {@code hash} mixed with its {@code figures}, as {@link #figuredShingles} holds. */
  public static long figured(long hash, int figures) {
    return hash * 0x9E3779B97F4A7C15L + figures;
  }

  /**
   * The figures of every shingle of the open text in reading order ({@link ShingledText#figures}, 0
   * for none), as long as {@link #openText}.
   */
  public int[] openTextFigures() {
    int[] out = new int[openOrder.length];
    for (long f : openFigures) {
      int at = (int) (f >>> 32);
      if (at < out.length) out[at] = (int) f;
    }
    return out;
  }

  /** The open text's shingle hashes in reading order; empty when unknown. */
  public long[] openText() {
    long[] text = new long[openOrder.length];
    for (int i = 0; i < text.length; i++) text[i] = open[openOrder[i]];
    return text;
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
