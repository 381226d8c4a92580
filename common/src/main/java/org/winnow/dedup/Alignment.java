package org.winnow.dedup;

/**
 * How much of one text another holds in the same order: the share of the first text's shingles (in
 * reading order) that lie in long runs it shares with the second at one offset, a gap left by a
 * typo bridged.
 *
 * <p>Why runs rather than a set: a copy keeps the story's sentences in order, so its shingles match
 * the story's at one offset for paragraphs on end, and a typo only knocks out the few shingles
 * holding the misread word (as many as a shingle has words) before the run goes on at the same
 * offset. Stock phrases of news writing ("said the figures showed a rise of") match too, but each
 * at its own offset and a few shingles long, so they add nothing; a story quoting two paragraphs of
 * another shares one run of those two paragraphs, a small share of the quoting text.
 *
 * <pre>{@code
 * // a: "x y a b c ... z" (a rewritten first words, then the story) against the story itself
 * Alignment.coverage(a, story, 4, 10) // 0.9: all but the first shingles lie in one long run
 * }</pre>
 */
public final class Alignment {
  private Alignment() {}

  /**
   * The share of {@code a}'s shingles that lie in runs also in {@code b}, each at least {@code
   * minRun} shingles long from its first to its last match, its matches at one offset in {@code b}
   * with at most {@code maxGap} unmatched shingles between two of them; 0 when {@code a} is empty.
   *
   * @param a shingle hashes in reading order
   * @param b shingle hashes in reading order
   */
  public static double coverage(long[] a, long[] b, int maxGap, int minRun) {
    return coverage(a, b, maxGap, minRun, Integer.MAX_VALUE);
  }

  /**
   * {@link #coverage(long[], long[], int, int)} counting only the runs that lie within {@code
   * maxShift} shingles of the same position in both texts: where a copy keeps the story after a
   * rewritten lead of about the old one's length, while a quote lifts paragraphs from anywhere.
   *
   * <pre>{@code
   * // a: 30 new shingles, then b's shingles 40..129 at positions 30..119 (shift 10)
   * Alignment.coverage(a, b, 4, 10, 48) // 0.75
   * Alignment.coverage(a, b, 4, 10, 5)  // 0.0
   * }</pre>
   */
  public static double coverage(long[] a, long[] b, int maxGap, int minRun, int maxShift) {
    return coverage(a, null, b, null, maxGap, minRun, maxShift);
  }

  /**
   * {@link #coverage(long[], long[], int, int, int)} where a run ends at a shingle whose figures
   * ({@link ShingledText#figures}) differ in the two texts, which counts as unmatched: the same
   * words about other numbers are a stock sentence ("a poll of 0 people found 0 percent"), whose
   * pieces between the numbers are too short to count, while a copy keeps the story's figures.
   *
   * <pre>{@code
   * // a and b: the same 30 shingles, the figures of shingles 8..11 and 20..23 differ
   * Alignment.coverage(a, fa, b, fb, 4, 10, 48) // 0.0 (1.0 without the figures)
   * }</pre>
   *
   * @param figuresA the figures of each of {@code a}'s shingles (0: none); null when unknown
   * @param figuresB the same for {@code b}
   */
  public static double coverage(
      long[] a, int[] figuresA, long[] b, int[] figuresB, int maxGap, int minRun, int maxShift) {
    if (a.length == 0 || b.length == 0) return 0;
    boolean figures = figuresA != null && figuresB != null;
    PositionIndex at = new PositionIndex(b);
    int covered = 0;
    int start = -1;
    int last = -1;
    int offset = 0;
    for (int i = 0; i < a.length; i++) {
      int j = at.first(a[i]);
      if (j < 0) continue;
      boolean inRun = start >= 0 && i - last <= maxGap + 1;
      if (figures && figuresA[i] != 0 && figuresB[j] != 0 && figuresA[i] != figuresB[j]) {
        if (inRun && j - i == offset) {
          if (counts(start, last, offset, minRun, maxShift)) covered += last - start + 1;
          start = -1;
        }
        continue;
      }
      if (inRun) {
        // a match at another offset inside a run's gap is a stock phrase, not the run's end
        if (j - i == offset) last = i;
        continue;
      }
      if (start >= 0 && counts(start, last, offset, minRun, maxShift)) {
        covered += last - start + 1;
      }
      start = i;
      last = i;
      offset = j - i;
    }
    if (start >= 0 && counts(start, last, offset, minRun, maxShift)) {
      covered += last - start + 1;
    }
    return (double) covered / a.length;
  }

  private static boolean counts(int start, int last, int offset, int minRun, int maxShift) {
    return last - start + 1 >= minRun && Math.abs(offset) <= maxShift;
  }

  /**
   * The first position of each hash of a text, by open addressing: built once per compared pair, so
   * it must cost no more than a pass over the text.
   */
  private static final class PositionIndex {
    private final long[] keys;
    private final int[] positions;
    private final boolean[] used;
    private final int mask;

    PositionIndex(long[] text) {
      int capacity = Integer.highestOneBit(Math.max(4, text.length) * 2 - 1) << 1;
      keys = new long[capacity];
      positions = new int[capacity];
      used = new boolean[capacity];
      mask = capacity - 1;
      for (int i = 0; i < text.length; i++) {
        int slot = slot(text[i]);
        while (used[slot] && keys[slot] != text[i]) slot = (slot + 1) & mask;
        if (!used[slot]) {
          used[slot] = true;
          keys[slot] = text[i];
          positions[slot] = i;
        }
      }
    }

    /** The first position of {@code hash} in the text, or -1. */
    int first(long hash) {
      int slot = slot(hash);
      while (used[slot]) {
        if (keys[slot] == hash) return positions[slot];
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    private int slot(long hash) {
      // shingle hashes are XXH3 output: their bits are already mixed
      return (int) (hash ^ (hash >>> 32)) & mask;
    }
  }
}
