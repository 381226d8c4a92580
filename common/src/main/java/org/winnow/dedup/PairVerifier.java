package org.winnow.dedup;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.winnow.settings.Settings;

/**
 * Decides whether two documents are copies of one story from their exact shingle overlap.
 *
 * <p>A pair is a copy when its Jaccard reaches {@code dedup.jaccard_threshold} (near-identical
 * copies), or when the shorter document is mostly inside the longer one (containment at least
 * {@code dedup.containment_threshold}) and is not vanishingly small next to it ({@code
 * dedup.min_length_ratio}) — that is a trimmed copy or a brief — and the two texts open alike
 * ({@link Lead}): a trimmed copy keeps the story's lead (a rewritten lead keeps its later
 * sentences), while a story quoting two body paragraphs of another has a lead of its own, whether
 * it is the longer text or a short one made mostly of the quote. Leads that only turn up somewhere
 * in the other text, not in its lead, are weaker evidence: a long story holds most of the stock
 * phrases of news writing ("said the figures showed a rise of", "In a surprise decision"), so a
 * short different story can find most of its lead and of its text in it scattered; such a pair
 * needs {@code dedup.scattered_lead_containment}. A pair on two outlets whose leads say nothing is
 * still a copy when most of the shorter text lies in long runs the longer one holds in the same
 * order ({@link Alignment}, at least {@code dedup.aligned_containment}): a copy whose lead was
 * rewritten whole, typos bridged, where a quoting story shares one short run; or when a lesser
 * share ({@link #IN_PLACE_CONTAINMENT}) lies in runs at about the same place in both texts and the
 * two leads share a few words about the same figures: a trimmed copy or brief whose lead was
 * rewritten. Runs and leads are read with their figures ({@link ShingledText#figures}): words
 * shared about other numbers are stock sentences, not a copy. With {@code dedup.max_days_apart}
 * set, copies published further apart never match. {@link #verify} is the one step every stage
 * calls: it compares what each document shows the other ({@link CopyEvidence}).
 *
 * <pre>{@code
 * verifier.accepts(Similarity.of(brief, full), Lead.SAME)     // true: brief inside full
 * verifier.accepts(Similarity.of(quoting, quoted), Lead.NONE) // false: 2 of 10 paragraphs
 * }</pre>
 */
public final class PairVerifier implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double jaccard;
  private final double containment;
  private final double minLengthRatio;
  private final long maxSecondsApart;
  private final int minShingles;
  private final int leadShingles;
  private final double scatteredLeadContainment;
  private final double alignedContainment;
  private final int shingleSize;
  private final int inPlaceShift;
  private final int headlineMaxShingles;
  private final long headlineSecondsApart;

  /**
   * How the openings of two texts relate, the evidence a match by containment alone needs.
   *
   * <pre>{@code
   * PairVerifier.lead(leadA, setA, leadB, setB) // SAME: a trimmed copy and its story
   * }</pre>
   */
  public enum Lead {
    /** Neither lead is mostly in the other text: a story quoting another, or two stories. */
    NONE,
    /**
     * One lead is mostly in the other text but the two leads differ: a copy whose lead was
     * rewritten, or a short story whose stock phrases a long one happens to hold.
     */
    SCATTERED,
    /** The two leads share most of the shorter one: a copy keeping the story's opening. */
    SAME
  }

  public PairVerifier(Settings settings) {
    this.jaccard = settings.get(DedupSettings.JACCARD_THRESHOLD);
    this.containment = settings.get(DedupSettings.CONTAINMENT_THRESHOLD);
    this.minLengthRatio = settings.get(DedupSettings.MIN_LENGTH_RATIO);
    int days = settings.get(DedupSettings.MAX_DAYS_APART);
    this.maxSecondsApart = days == 0 ? Long.MAX_VALUE : Duration.ofDays(days).toSeconds();
    this.minShingles = settings.get(DedupSettings.MIN_SHINGLES);
    this.leadShingles = settings.get(DedupSettings.LEAD_SHINGLES);
    this.scatteredLeadContainment = settings.get(DedupSettings.SCATTERED_LEAD_CONTAINMENT);
    this.alignedContainment = settings.get(DedupSettings.ALIGNED_CONTAINMENT);
    this.shingleSize = settings.get(DedupSettings.SHINGLE_SIZE);
    // a rewritten lead is about as long as the one it replaces: two leads' length of slack
    this.inPlaceShift = 2 * leadShingles;
    this.headlineMaxShingles = settings.get(DedupSettings.HEADLINE_MAX_SHINGLES);
    int headlineDays = settings.get(DedupSettings.HEADLINE_DAYS_APART);
    this.headlineSecondsApart =
        headlineDays == 0 ? Long.MAX_VALUE : Duration.ofDays(headlineDays).toSeconds();
  }

  /**
   * Whether the overlap {@code s} makes a copy, given how the two texts' leads relate ({@link
   * #lead}): a match by containment alone (below the Jaccard threshold) also needs the leads to
   * agree, or, when one lead is only found scattered in the other text, a higher containment.
   */
  public boolean accepts(Similarity s, Lead lead) {
    if (Math.min(s.sizeA(), s.sizeB()) < minShingles) return false;
    if (s.jaccard() >= jaccard) return true;
    if (s.lengthRatio() < minLengthRatio) return false;
    if (leadShingles == 0) return s.containment() >= containment;
    return switch (lead) {
      case SAME -> s.containment() >= containment;
      case SCATTERED -> s.containment() >= Math.max(containment, scatteredLeadContainment);
      case NONE -> false;
    };
  }

  /** {@link #accepts(Similarity, Lead)} within the date window. */
  public boolean accepts(Similarity s, Lead lead, Instant a, Instant b) {
    return withinWindow(a, b) && accepts(s, lead);
  }

  /**
   * Whether two documents are copies of one story: {@link #accepts(Similarity, Lead)} on the sets
   * and leads each shows the other ({@link CopyEvidence#setFor}), or, on two outlets, {@link
   * #aligned}; within the date window.
   */
  public boolean verify(CopyEvidence a, CopyEvidence b) {
    if (!withinWindow(a.publishedAt(), b.publishedAt())) return false;
    long[] setA = a.setFor(b);
    long[] setB = b.setFor(a);
    int need = fewestShared(setA.length, setB.length);
    if (mayAlign(a, b)) {
      // reading in order accepts from half the lower aligned threshold's containment: count that
      // far
      double alignedNeed = alignedFloor() * Math.min(setA.length, setB.length);
      need = Math.min(need, (int) Math.max(0, Math.floor(alignedNeed - 1e-9)));
    }
    int shared = ShingleSets.intersection(setA, setB, need);
    // below the bound the count was given up on: no threshold can be met
    if (shared < need) return headlined(a, b) || leadNamesHeadline(a, b);
    Similarity s = new Similarity(shared, setA.length, setB.length);
    Lead lead = lead(a.leadFor(b), setA, b.leadFor(a), setB);
    if ((accepts(s, lead) || aligned(a, b, s)) && !figuresDisagree(a, b)) return true;
    // the same headline and dateline say what agreeing leads would: the copy's lead was rewritten
    return byHeadline(a, b, s) || leadNamesHeadline(a, b);
  }

  /** Whether the same headline and dateline make the pair a copy ({@link #headlined}). */
  private boolean byHeadline(CopyEvidence a, CopyEvidence b, Similarity s) {
    return sameHeadline(a, b) && (headlined(a, b) || accepts(s, Lead.SAME));
  }

  /** How {@link #match} found two documents to be copies, or that they are not. */
  public enum Evidence {
    /** Not copies. */
    NONE,
    /** Their texts: shingle overlap, leads, or runs in order. */
    TEXT,
    /**
     * A short text under the other's headline, filed from the same dateline ({@link #headlined}).
     */
    HEADLINE,
    /**
     * A short text whose lead, or the other's, names the other's headline in its words, filed from
     * the same dateline ({@link #leadNamesHeadline}).
     */
    HEADLINE_IN_LEAD
  }

  /** {@link #verify}, saying which evidence made the match. */
  public Evidence match(CopyEvidence a, CopyEvidence b) {
    if (!verify(a, b)) return Evidence.NONE;
    if (verifiesByText(a, b)) return Evidence.TEXT;
    return byHeadline(a, b, similarity(a, b)) ? Evidence.HEADLINE : Evidence.HEADLINE_IN_LEAD;
  }

  /** {@link #verify} without the headline route. */
  private boolean verifiesByText(CopyEvidence a, CopyEvidence b) {
    if (!withinWindow(a.publishedAt(), b.publishedAt())) return false;
    long[] setA = a.setFor(b);
    long[] setB = b.setFor(a);
    Similarity s = Similarity.of(setA, setB);
    return (accepts(s, lead(a.leadFor(b), setA, b.leadFor(a), setB)) || aligned(a, b, s))
        && !figuresDisagree(a, b);
  }

  /**
   * Whether two texts' shared shingles that hold numbers mostly hold other numbers in each ({@link
   * #figures}: more than {@link #DIFFERING_PER_AGREEING} differ for each that agrees): two stories
   * told in the same stock sentences, whatever their overlap ("drawing sharp reactions from
   * supporters of the plan in Kessington", "a poll of 31,549 people ... 41.0 percent"). Shingles
   * fold numbers, so a news archive of a year holds many briefs whose two sentences share most of
   * their shingles with another brief's, told of another event with other figures; their number
   * grows with the square of the archive's stories. A copy keeps its story's figures: a misread
   * digit spoils the few shingles holding it, a revised toll those of one number among others.
   */
  static boolean figuresDisagree(CopyEvidence a, CopyEvidence b) {
    if (a.openFigures().length == 0 || b.openFigures().length == 0) return false;
    int[] f = figures(a, b);
    return f[1] > DIFFERING_PER_AGREEING * f[0];
  }

  /**
   * The shared figured shingles that may hold other numbers per one that agrees before two texts
   * count as different stories: a brief of two figures with one misread keeps the four shingles of
   * the other, and its misread one spoils about as many.
   */
  static final int DIFFERING_PER_AGREEING = 2;

  /**
   * Whether two documents on different outlets are copies by their headline alone: the shorter has
   * at least {@code dedup.min_shingles} and at most {@code dedup.headline_max_shingles} open
   * shingles, the two run under the same headline ({@link Headline.Keys#sameHeadline}: neither too
   * short nor its outlet's template), their leads open with the same dateline, and they were
   * published within {@code dedup.headline_days_apart} of each other when both dates are known. A
   * brief whose whole lead an editor rewrote shares a few stock phrases with its story, no more;
   * its headline and dateline are what it kept. Different stories under one generic headline are
   * filed from different places, and a story quoting another runs under a headline of its own.
   */
  public boolean headlined(CopyEvidence a, CopyEvidence b) {
    int shorter = Math.min(a.open().length, b.open().length);
    return shorter >= minShingles
        && shorter <= headlineMaxShingles
        && sameHeadline(a, b)
        && sameEvent(a, b);
  }

  /**
   * Whether two documents on different outlets, the shorter of at least {@code dedup.min_shingles}
   * and at most {@code dedup.headline_max_shingles} open shingles, open with the same dateline
   * within {@code dedup.headline_days_apart}, and the lead of one holds at least {@link
   * #MIN_NAMED_PHRASES} phrases of the other's headline that the other's text holds too ({@link
   * CopyEvidence#headlinePhrases}), their figures agreeing ({@link #namedPhrases}), and a shingle
   * of either lead that holds numbers is in the other text with the same figures ({@link
   * #leadFigureIn}).
   *
   * <p>Why: a copy re-headlined by its outlet, or a text scrape that has no title at all, no longer
   * runs under its story's headline, but a rewritten lead still tells the story's event in the
   * words its headline does ("the employers' federation revised wage talks with the unions", "a
   * bond issue worth $449.8 million"), filed from the same place. A story quoting another tells its
   * own event in its lead; the quote lies in its body. A headline the outlet repeats like a
   * template has no phrases, and a generic one ("What the decision means for Villaverde") names no
   * event in words the story's lead uses. The figure is asked for because a headline may name only
   * the issue or the object of the event ("the dispute about the new electoral map", "pay rises for
   * junior doctors"), which other stories filed from the same place that week tell in their leads
   * too, about other figures.
   */
  public boolean leadNamesHeadline(CopyEvidence a, CopyEvidence b) {
    int shorter = Math.min(a.open().length, b.open().length);
    if (shorter < minShingles || shorter > headlineMaxShingles || !sameDateline(a, b)) {
      return false;
    }
    return (namedPhrases(a, b) >= MIN_NAMED_PHRASES || namedPhrases(b, a) >= MIN_NAMED_PHRASES)
        && (leadFigureIn(a, b) || leadFigureIn(b, a));
  }

  /**
   * Whether a shingle of {@code lead}'s lead that holds numbers is in {@code other}'s text with the
   * same figures: the event's own figure ("a bond issue worth $449.8 million"). Figures further
   * down are not asked about: stock sentences about years ("failed in 2021 and again in 2023")
   * recur across stories often enough to agree by chance.
   */
  static boolean leadFigureIn(CopyEvidence lead, CopyEvidence other) {
    long[] figured = null;
    for (long f : lead.openFigures()) {
      int at = (int) (f >>> 32);
      if (at >= lead.openOrder().length) continue;
      long hash = lead.open()[lead.openOrder()[at]];
      if (!ShingleSets.contains(lead.openLead(), hash)) continue;
      if (figured == null) figured = other.figuredShingles();
      if (ShingleSets.contains(figured, CopyEvidence.figured(hash, (int) f))) return true;
    }
    return false;
  }

  /**
   * The fewest phrases of a headline a lead must hold for {@link #leadNamesHeadline}: two shingles
   * are five words in a row of the headline, the event's actor and action or object, where one
   * shingle can be a stock turn of a title ("says a new head").
   */
  static final int MIN_NAMED_PHRASES = 2;

  /**
   * How many phrases of {@code titled}'s headline the lead of {@code other} holds, none if one of
   * them holds other figures there than in {@code titled}'s text, unless many more agree (a misread
   * digit, {@link #FIGURES_PER_MISREAD}): "inflation of 45.6 percent" is another month's report
   * when it reads 12.3 percent.
   */
  static int namedPhrases(CopyEvidence titled, CopyEvidence other) {
    long[] named = ShingleSets.intersect(titled.headlinePhrases(), other.openLead());
    if (named.length == 0) return 0;
    int agreeing = 0;
    int differing = 0;
    for (long h : named) {
      int x = figureOf(titled, h);
      int y = figureOf(other, h);
      if (x != 0 && y != 0 && x != y) differing++;
      else agreeing++;
    }
    return differing * FIGURES_PER_MISREAD <= agreeing ? agreeing : 0;
  }

  /**
   * The figures of the first shingle {@code hash} of {@code e}'s open text that holds any, or 0.
   */
  private static int figureOf(CopyEvidence e, long hash) {
    for (long f : e.openFigures()) {
      int at = (int) (f >>> 32);
      if (at < e.openOrder().length && e.open()[e.openOrder()[at]] == hash) return (int) f;
    }
    return 0;
  }

  /**
   * Whether two texts under one headline tell of the same event: both hold a phrase of either
   * headline ({@link CopyEvidence#headlinePhrases}: "announced restrictions on sugary drinks"), or
   * they share a shingle holding numbers whose figures agree ("a programme of 160.0 million"). A
   * rewritten lead names the story's actor, action and figures again; a generic headline ("What the
   * decision means for Villaverde", "Vogelsang: decision long overdue") is in neither text, and two
   * stories under it share stock sentences whose figures differ.
   */
  static boolean sameEvent(CopyEvidence a, CopyEvidence b) {
    return ShingleSets.intersection(a.headlinePhrases(), b.open()) > 0
        || ShingleSets.intersection(b.headlinePhrases(), a.open()) > 0
        || sharesFigure(a, b);
  }

  /**
   * Whether two texts share a shingle holding numbers whose figures agree ("a programme of 160.0
   * million"): the story's own figures, where stock sentences two stories share hold others.
   */
  static boolean sharesFigure(CopyEvidence a, CopyEvidence b) {
    if (a.openFigures().length == 0 || b.openFigures().length == 0) return false;
    return ShingleSets.intersection(a.figuredShingles(), b.figuredShingles(), 1) > 0;
  }

  /**
   * Whether two documents on different outlets run under the same headline ({@link
   * Headline.Keys#sameHeadline}) and open with the same dateline, published within {@code
   * dedup.headline_days_apart} of each other when both dates are known: what a copy keeps when its
   * lead is rewritten. On its own it makes a copy of a short text ({@link #headlined}); a longer
   * one must also hold most of the other's text ({@code dedup.containment_threshold}), as a copy
   * keeping the story's lead would.
   */
  boolean sameHeadline(CopyEvidence a, CopyEvidence b) {
    return a.headline().sameHeadline(b.headline()) && sameDateline(a, b);
  }

  /**
   * Whether two documents on different outlets open with the same dateline, published within {@code
   * dedup.headline_days_apart} of each other when both dates are known; never when the headline
   * routes are off.
   */
  private boolean sameDateline(CopyEvidence a, CopyEvidence b) {
    if (headlineMaxShingles == 0 || a.dateline() == 0 || a.dateline() != b.dateline()) {
      return false;
    }
    if (a.sameOutlet(b)) return false;
    Instant x = a.publishedAt();
    Instant y = b.publishedAt();
    return x == null
        || y == null
        || headlineSecondsApart == Long.MAX_VALUE
        || Math.abs(x.getEpochSecond() - y.getEpochSecond()) <= headlineSecondsApart;
  }

  /** Whether {@link #aligned} may accept the pair at all: on, different outlets, order known. */
  private boolean mayAlign(CopyEvidence a, CopyEvidence b) {
    return alignedContainment > 0
        && !a.sameOutlet(b)
        && a.openOrder().length > 0
        && b.openOrder().length > 0;
  }

  /**
   * A lower bound on the shared shingles {@link #accepts} needs between sets of these sizes: the
   * Jaccard threshold's, or the containment threshold's when the length ratio allows a match by
   * containment, whichever is smaller (rounded down, so a pair on the bound is still counted). Most
   * candidates share far less, and counting them stops there.
   */
  int fewestShared(int sizeA, int sizeB) {
    int shorter = Math.min(sizeA, sizeB);
    int longer = Math.max(sizeA, sizeB);
    // s / (a + b - s) >= j  <=>  s >= j (a + b) / (1 + j)
    double need = jaccard * ((double) sizeA + sizeB) / (1 + jaccard);
    if (longer > 0 && (double) shorter / longer >= minLengthRatio) {
      need = Math.min(need, containment * shorter);
    }
    return (int) Math.max(0, Math.floor(need - 1e-9));
  }

  /**
   * Whether the shorter of two texts on different outlets lies mostly in runs the longer holds in
   * the same order ({@link Alignment#coverage}, a typo's gap of one shingle size bridged, runs of
   * at least {@link #MIN_RUN_SHINGLES}): the evidence of a copy whose lead was rewritten. Same-
   * outlet pairs are left to the sets: their shared template prose would align too.
   *
   * @param s the overlap of their sets, which must already allow it (an aligned run is made of
   *     shared shingles, bar the typo gaps)
   */
  boolean aligned(CopyEvidence a, CopyEvidence b, Similarity s) {
    if (!mayAlign(a, b)) return false;
    if (Math.min(s.sizeA(), s.sizeB()) < minShingles || s.lengthRatio() < minLengthRatio) {
      return false;
    }
    // typos knock out at most a few shingles in ten, so an aligned copy shares well over half of
    // what the runs cover: far below that, the pair is not worth reading in order
    if (s.containment() < alignedFloor()) return false;
    CopyEvidence shorter = a.open().length <= b.open().length ? a : b;
    CopyEvidence longer = shorter == a ? b : a;
    long[] st = shorter.openText();
    long[] lt = longer.openText();
    int[] sf = shorter.openTextFigures();
    int[] lf = longer.openTextFigures();
    int gap = shingleSize;
    if (Alignment.coverage(st, sf, lt, lf, gap, MIN_RUN_SHINGLES, Integer.MAX_VALUE)
        >= alignedContainment) {
      return true;
    }
    return sharesLead(st, sf, shorter.openLead(), lt, lf, longer.openLead())
        && Alignment.coverage(st, sf, lt, lf, gap, MIN_RUN_SHINGLES, inPlaceShift)
            >= IN_PLACE_CONTAINMENT;
  }

  /**
   * The least containment {@link #aligned} reads in order: half the lower of its two coverage
   * thresholds, since typos knock out at most a few shingles in ten.
   */
  private double alignedFloor() {
    return Math.min(alignedContainment, IN_PLACE_CONTAINMENT) / 2;
  }

  /**
   * The shortest run {@link #aligned} counts: stock phrases of news writing run to a dozen words,
   * which a few shingles of that many shared at one offset already make.
   */
  static final int MIN_RUN_SHINGLES = 10;

  /**
   * The coverage {@link #aligned} accepts when the runs lie in place (within {@link #inPlaceShift}
   * of the same offset in both texts) and the two leads share some words: a copy whose lead was
   * rewritten, trimmed or cut to a brief keeps the rest of the story where it was, and its new lead
   * still names the story's people and events. A story quoting another's paragraphs puts them after
   * a lead of its own that names its own, which is why the shared lead is asked for: without it, a
   * short story made of its lead and two paragraphs quoted from just after another's lead looks
   * like such a copy. Half, not more: a brief or a third of a story under a rewritten first
   * sentence keeps about half its text in place, and runs over stock sentences about other figures
   * no longer count ({@link Alignment#coverage(long[], int[], long[], int[], int, int, int)}), nor
   * leads that share such sentences ({@link #sharesLead}).
   */
  static final double IN_PLACE_CONTAINMENT = 0.5;

  /**
   * The fewest shingles two leads must share for {@link #IN_PLACE_CONTAINMENT}: a rewritten lead
   * keeps the story's names and event (about eight words in a row), two unrelated leads share a
   * stray phrase at most.
   */
  static final int MIN_SHARED_LEAD = 5;

  /**
   * Whether two open texts' leads share at least {@link #MIN_SHARED_LEAD} shingles whose figures
   * agree ({@link ShingledText#figures}), and no more than one in {@link #FIGURES_PER_MISREAD} of
   * the shared shingles that hold numbers disagree: a rewritten lead keeps the story's names and
   * figures, while the stock sentences two stories' leads share ("with 0 complaints filed since 0")
   * hold other numbers. A copy's misread digit disagrees among many shingles that agree.
   *
   * @param textA the first text in reading order, its lead ({@code leadA}, a set) first
   * @param figuresA the figures of each of its shingles
   */
  static boolean sharesLead(
      long[] textA, int[] figuresA, long[] leadA, long[] textB, int[] figuresB, long[] leadB) {
    // the figures of each shingle of B's lead, at its first place
    long[] leadHashes = new long[leadB.length];
    int[] leadFigures = new int[leadB.length];
    int n = 0;
    for (int j = 0; j < textB.length && ShingleSets.contains(leadB, textB[j]); j++) {
      leadHashes[n] = textB[j];
      leadFigures[n++] = figuresB[j];
      if (n == leadB.length) break;
    }
    int agreeing = 0;
    int differing = 0;
    long[] counted = new long[leadA.length];
    int c = 0;
    for (int i = 0; i < textA.length && ShingleSets.contains(leadA, textA[i]); i++) {
      int at = indexOf(leadHashes, n, textA[i]);
      if (at < 0 || indexOf(counted, c, textA[i]) >= 0) continue;
      counted[c++] = textA[i];
      int f = leadFigures[at];
      if (figuresA[i] != 0 && f != 0 && figuresA[i] != f) differing++;
      else agreeing++;
    }
    return agreeing >= MIN_SHARED_LEAD && differing * FIGURES_PER_MISREAD <= agreeing;
  }

  /**
   * The shared lead shingles that may disagree in their figures per one that does: a copy's misread
   * digit spoils the few shingles holding it among the many its lead shares.
   */
  static final int FIGURES_PER_MISREAD = 4;

  private static int indexOf(long[] hashes, int n, long hash) {
    for (int i = 0; i < n; i++) if (hashes[i] == hash) return i;
    return -1;
  }

  /** The overlap {@link #verify} weighs: of the sets each document shows the other. */
  public static Similarity similarity(CopyEvidence a, CopyEvidence b) {
    return Similarity.of(a.setFor(b), b.setFor(a));
  }

  /** The evidence of a document's two stripped texts, with this verifier's lead size. */
  public CopyEvidence evidence(
      String host, java.time.Instant publishedAt, ShingledText strict, ShingledText open) {
    return CopyEvidence.of(host, publishedAt, strict, open, leadShingles);
  }

  /** The lead of {@code text} that {@link #leadShared} compares. */
  public long[] lead(ShingledText text) {
    return text.lead(leadShingles);
  }

  /**
   * How two texts' leads relate: {@link Lead#SAME} when the leads share at least {@link
   * #LEAD_SHARE} of the shorter one's shingles, else {@link Lead#SCATTERED} when that share of
   * either lead is somewhere in the other text, else {@link Lead#NONE}; a few shared shingles are
   * stock phrases of news writing, not a shared lead.
   */
  public static Lead lead(long[] leadA, long[] setA, long[] leadB, long[] setB) {
    int shorter = Math.min(leadA.length, leadB.length);
    if (shorter > 0 && ShingleSets.intersection(leadA, leadB) >= LEAD_SHARE * shorter) {
      return Lead.SAME;
    }
    return leadShared(leadA, setA, leadB, setB) ? Lead.SCATTERED : Lead.NONE;
  }

  /**
   * Whether most of either text's lead (at least {@link #LEAD_SHARE} of its shingles) is anywhere
   * in the other text.
   */
  public static boolean leadShared(long[] leadA, long[] setA, long[] leadB, long[] setB) {
    return share(leadA, setB) >= LEAD_SHARE || share(leadB, setA) >= LEAD_SHARE;
  }

  /**
   * The share of a lead's shingles that makes it shared: a rewritten first sentence leaves more.
   */
  public static final double LEAD_SHARE = 0.4;

  private static double share(long[] lead, long[] set) {
    return lead.length == 0 ? 0 : (double) ShingleSets.intersection(lead, set) / lead.length;
  }

  /** Whether the overlap {@code s} makes a copy with the leads agreeing (dates ignored). */
  public boolean accepts(Similarity s) {
    return accepts(s, Lead.SAME);
  }

  /** Whether the overlap makes a copy and the dates, when both known, are close enough. */
  public boolean accepts(Similarity s, Instant a, Instant b) {
    return withinWindow(a, b) && accepts(s);
  }

  /** True unless both dates are known and further apart than the window. */
  public boolean withinWindow(Instant a, Instant b) {
    if (a == null || b == null || maxSecondsApart == Long.MAX_VALUE) return true;
    return Math.abs(a.getEpochSecond() - b.getEpochSecond()) <= maxSecondsApart;
  }

  /**
   * Whether a pair with this Jaccard is a near-identical copy, which {@link #accepts} takes
   * whatever the leads and lengths: the evidence no edit elsewhere in a story can outweigh.
   */
  public boolean nearIdentical(double jaccard) {
    return jaccard >= this.jaccard;
  }

  /**
   * The shingles holding numbers that two open texts share, as {@code {agreeing, differing}}: a
   * shared shingle agrees when it holds the same figures in both texts at some place, and differs
   * when it never does. A copy keeps its story's figures, so its shared figured shingles agree (a
   * misread digit spoils the few holding it); two stories told in the same stock sentences ("a poll
   * of 5,000 people ... 40 percent") share those shingles with figures of their own.
   */
  public static int[] figures(CopyEvidence a, CopyEvidence b) {
    long[] figuredB = b.figuredShingles();
    long[] hashesB = b.figuredHashes();
    // the shared hashes, and those of them that agree somewhere; a hash may recur in a's text
    long[] shared = new long[a.openFigures().length];
    long[] agreeing = new long[shared.length];
    int s = 0;
    int g = 0;
    for (long f : a.openFigures()) {
      int at = (int) (f >>> 32);
      if (at >= a.openOrder().length) continue;
      long hash = a.open()[a.openOrder()[at]];
      if (!ShingleSets.contains(hashesB, hash)) continue;
      shared[s++] = hash;
      if (ShingleSets.contains(figuredB, CopyEvidence.figured(hash, (int) f))) agreeing[g++] = hash;
    }
    int distinctShared = distinct(shared, s);
    int distinctAgreeing = distinct(agreeing, g);
    return new int[] {distinctAgreeing, distinctShared - distinctAgreeing};
  }

  /** How many distinct values the first {@code n} of {@code values} hold (sorts them). */
  private static int distinct(long[] values, int n) {
    if (n < 2) return n;
    java.util.Arrays.sort(values, 0, n);
    int d = 1;
    for (int i = 1; i < n; i++) if (values[i] != values[i - 1]) d++;
    return d;
  }

  /** Which test of {@link #verify} a pair passes first: what made two documents copies. */
  public enum Route {
    /** Not copies. */
    NONE,
    /** Jaccard at least {@code dedup.jaccard_threshold}. */
    JACCARD,
    /** Containment with the two leads agreeing ({@link Lead#SAME}). */
    CONTAINMENT,
    /** Containment with one lead found scattered in the other text ({@link Lead#SCATTERED}). */
    SCATTERED,
    /** Most of the shorter text in runs the longer holds in order ({@link #aligned}). */
    ALIGNED,
    /** By headline, not by text: {@link Evidence#HEADLINE} or {@link Evidence#HEADLINE_IN_LEAD}. */
    HEADLINE
  }

  /** The test that makes {@code a} and {@code b} copies, for diagnostics ({@code DedupExplain}). */
  public Route route(CopyEvidence a, CopyEvidence b) {
    Evidence by = match(a, b);
    if (by == Evidence.NONE) return Route.NONE;
    if (by != Evidence.TEXT) return Route.HEADLINE;
    long[] setA = a.setFor(b);
    long[] setB = b.setFor(a);
    Similarity s = Similarity.of(setA, setB);
    if (Math.min(s.sizeA(), s.sizeB()) >= minShingles && s.jaccard() >= jaccard) {
      return Route.JACCARD;
    }
    Lead lead = lead(a.leadFor(b), setA, b.leadFor(a), setB);
    if (accepts(s, lead)) return lead == Lead.SCATTERED ? Route.SCATTERED : Route.CONTAINMENT;
    return aligned(a, b, s) ? Route.ALIGNED : Route.HEADLINE;
  }

  /** The fewest content shingles a document needs to be anyone's copy. */
  public int minShingles() {
    return minShingles;
  }
}
