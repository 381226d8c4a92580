package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.Hashing;
import java.io.Serializable;
import java.util.function.IntPredicate;
import java.util.function.LongPredicate;
import org.winnow.settings.Settings;

/**
 * The rule that marks a shingle as one outlet's template: prose boilerplate (newsletter calls,
 * "about us" blurbs) that leaked past classification and would otherwise join every pair of
 * unrelated stories from that outlet. A shingle is template on a host when at least {@code
 * dedup.template_min_pages} of the host's pages carry it and more than {@code
 * dedup.template_host_fraction} of them do. Syndicated text is safe: one outlet carries one story a
 * handful of times, far below both bounds.
 *
 * <pre>{@code
 * guard.isTemplate(180, 200); // true: on 90% of the host's 200 pages
 * guard.isTemplate(3, 200);   // false: three versions of one story
 * }</pre>
 */
public final class TemplateGuard implements Serializable {
  /** Hashers are immutable and thread-safe: one serves every call. */
  private static final com.dynatrace.hash4j.hashing.Hasher64 HASHER =
      Hashing.xxh3_64(Shingler.SEED);

  private static final long serialVersionUID = 1L;

  private final int minPages;
  private final double hostFraction;
  private final int sample;

  /** {@code sample - 1} when {@code sample} is a power of two (a mask then tests it), else -1. */
  private final long sampleMask;

  private final int floorPages;

  public TemplateGuard(Settings settings) {
    this.minPages = settings.get(DedupSettings.TEMPLATE_MIN_PAGES);
    this.hostFraction = settings.get(DedupSettings.TEMPLATE_HOST_FRACTION);
    this.sample = settings.get(DedupSettings.TEMPLATE_SAMPLE);
    this.sampleMask = Integer.bitCount(sample) == 1 ? sample - 1 : -1;
    this.floorPages = settings.get(DedupSettings.TEMPLATE_FLOOR_PAGES);
  }

  /**
   * Whether {@code shingle} is one of the counted ones: one in {@code dedup.template_sample},
   * chosen by its hash, so every page of a host samples the same shingles of a shared template.
   */
  public boolean sampled(long shingle) {
    long x = PassageLsh.mix(shingle ^ SAMPLE_SALT);
    // asked of every shingle several times over: a mask, not a 64-bit division, where it can
    return sampleMask >= 0 ? (x & sampleMask) == 0 : Long.remainderUnsigned(x, sample) == 0;
  }

  /**
   * {@code text} without its template: every paragraph {@code templateParagraph} names, or most of
   * whose sampled shingles are template (not half: a stock phrase of news writing is on many pages
   * of an outlet, and a short paragraph samples only a few shingles), loses all its shingles, and
   * template shingles elsewhere are dropped too.
   *
   * @param isTemplate whether a sampled shingle is template on this document's host
   * @param templateParagraph whether the content paragraph at an index is, word for word, template
   *     on this document's host
   */
  public ShingledText strip(
      ShingledText text,
      java.util.function.LongPredicate isTemplate,
      java.util.function.IntPredicate templateParagraph) {
    return strip(text, isTemplate, templateParagraph, true);
  }

  /**
   * {@code text} without the template the guard saw for certain: the paragraphs {@code
   * templateParagraph} names and the sampled template shingles, but not the paragraphs around them,
   * since most sampled shingles being template is also what a story paragraph of stock phrases
   * looks like. What a pair across outlets is compared by ({@link CopyEvidence}).
   */
  public ShingledText stripCertain(
      ShingledText text,
      java.util.function.LongPredicate isTemplate,
      java.util.function.IntPredicate templateParagraph) {
    return strip(text, isTemplate, templateParagraph, false);
  }

  private ShingledText strip(
      ShingledText text,
      java.util.function.LongPredicate isTemplate,
      java.util.function.IntPredicate templateParagraph,
      boolean byMajority) {
    int paragraphs = 0;
    for (int i = 0; i < text.size(); i++)
      paragraphs = Math.max(paragraphs, text.paragraphOf(i) + 1);
    int[] sampledCount = new int[paragraphs];
    int[] templateCount = new int[paragraphs];
    boolean[] drop = new boolean[paragraphs];
    boolean any = false;
    for (int p = 0; p < paragraphs; p++) {
      drop[p] = templateParagraph.test(p);
      any |= drop[p];
    }
    for (int i = 0; i < text.size(); i++) {
      long h = text.hash(i);
      if (!sampled(h)) continue;
      int p = text.paragraphOf(i);
      sampledCount[p]++;
      if (isTemplate.test(h)) {
        templateCount[p]++;
        any = true;
      }
    }
    if (!any) return text;
    if (byMajority) {
      for (int p = 0; p < paragraphs; p++) drop[p] |= 2 * templateCount[p] > sampledCount[p];
    }
    java.util.BitSet dropped = new java.util.BitSet();
    for (int i = 0; i < text.size(); i++) {
      long h = text.hash(i);
      if (drop[text.paragraphOf(i)] || (sampled(h) && isTemplate.test(h))) dropped.set(i);
    }
    return text.withoutIndices(dropped);
  }

  /** {@link #strip(ShingledText, LongPredicate, IntPredicate)} by sampled shingles alone. */
  public ShingledText strip(ShingledText text, java.util.function.LongPredicate isTemplate) {
    return strip(text, isTemplate, p -> false);
  }

  /** Whether hosts with {@code hostPages} pages can have template shingles at all. */
  public boolean canHaveTemplate(int hostPages) {
    return hostPages >= minPages;
  }

  /** Whether hosts with {@code hostPages} pages can have template paragraphs at all. */
  public boolean canHaveTemplateParagraphs(int hostPages) {
    return hostPages >= Math.min(minPages, floorPages);
  }

  /** The fewest pages of a host with {@code hostPages} pages that make a shingle template. */
  public int pagesNeeded(int hostPages) {
    int byFraction = (int) Math.floor(hostFraction * hostPages) + 1;
    return Math.max(minPages, byFraction);
  }

  /**
   * The fewest pages of a host with {@code hostPages} pages that make a whole paragraph, word for
   * word, template: as for a shingle, except that on a small outlet, whose pages are too few for
   * {@code dedup.template_min_pages}, half of its pages and at least {@code
   * dedup.template_floor_pages} suffice. A paragraph repeated verbatim on most pages of an outlet
   * is its prose furniture; a stock phrase of news writing is only a few shingles, never a
   * paragraph.
   */
  public int paragraphPagesNeeded(int hostPages) {
    int byFraction = (int) Math.floor(hostFraction * hostPages) + 1;
    int small = Math.max(floorPages, (hostPages + 1) / 2);
    return Math.max(Math.min(minPages, small), byFraction);
  }

  /** Whether a shingle on {@code pagesWithShingle} of a host's {@code hostPages} is template. */
  public boolean isTemplate(int pagesWithShingle, int hostPages) {
    return pagesWithShingle >= pagesNeeded(hostPages);
  }

  private static final long SAMPLE_SALT = 0x5a4d504cL;

  /** One 64-bit key for (host, shingle): template shingles are looked up by it. */
  public static long key(String host, long shingle) {
    return key(hostKey(host), shingle);
  }

  /** {@link #key(String, long)} of the host whose {@link #hostKey} is {@code hostKey}. */
  public static long key(long hostKey, long shingle) {
    return HASHER.hashLongLongToLong(hostKey, shingle);
  }

  private static final long PARAGRAPH_SALT = 0x50415241L;

  /**
   * One 64-bit key for (host, paragraph key): whole paragraphs are counted beside sampled shingles,
   * so a short template line no sampled shingle falls in is still found.
   */
  public static long paragraphKey(String host, long paragraph) {
    return paragraphKey(hostKey(host), paragraph);
  }

  /** {@link #paragraphKey(String, long)} of the host whose {@link #hostKey} is {@code hostKey}. */
  public static long paragraphKey(long hostKey, long paragraph) {
    return HASHER.hashLongLongToLong(hostKey ^ PARAGRAPH_SALT, paragraph);
  }

  /** The 64-bit key of a host name. */
  public static long hostKey(String host) {
    return HASHER.hashCharsToLong(host);
  }
}
