package org.winnow.dedup;

import java.util.Arrays;

/**
 * Shingle sets as sorted arrays of distinct 64-bit hashes: compact to ship between Spark tasks and
 * intersected by one merge pass.
 *
 * <pre>{@code
 * ShingleSets.intersection(new long[] {1, 3, 5}, new long[] {3, 4, 5}) -> 2
 * }</pre>
 */
public final class ShingleSets {
  private ShingleSets() {}

  /** Sorted distinct copy of {@code hashes}. */
  public static long[] of(long[] hashes) {
    long[] s = sorted(hashes);
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      if (n == 0 || s[n - 1] != s[i]) s[n++] = s[i];
    }
    return n == s.length ? s : Arrays.copyOf(s, n);
  }

  /** Arrays shorter than this are sorted by {@link Arrays#sort}, which is quick on so few. */
  private static final int BUCKETED = 64;

  /** A bucket longer than this (a hash repeated many times) is sorted by {@link Arrays#sort}. */
  private static final int INSERTION = 16;

  /**
   * A sorted copy of {@code hashes}. Shingle hashes are uniform over the 64-bit range, so one pass
   * that deals them into about as many buckets as there are hashes by their top bits leaves about
   * one per bucket, and sorting each bucket is nearly free: a few linear passes instead of a
   * comparison sort's n log n, on the step every document's every set goes through. Buckets that
   * are long after all (text repeating itself repeats its hashes) fall back to a comparison sort,
   * so no input costs more than n log n.
   */
  static long[] sorted(long[] hashes) {
    int n = hashes.length;
    long[] s;
    if (n < BUCKETED) {
      s = hashes.clone();
      Arrays.sort(s);
      return s;
    }
    int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
    int shift = 64 - bits;
    int buckets = 1 << bits;
    int[] end = new int[buckets + 1];
    // the sign bit flipped, so that unsigned order of the top bits is the signed order of hashes
    for (long h : hashes) end[(int) ((h ^ Long.MIN_VALUE) >>> shift) + 1]++;
    for (int b = 0; b < buckets; b++) end[b + 1] += end[b];
    int[] at = Arrays.copyOf(end, buckets);
    s = new long[n];
    for (long h : hashes) s[at[(int) ((h ^ Long.MIN_VALUE) >>> shift)]++] = h;
    for (int b = 0; b < buckets; b++) {
      int from = end[b];
      int to = end[b + 1];
      if (to - from > INSERTION) {
        Arrays.sort(s, from, to);
      } else {
        for (int i = from + 1; i < to; i++) {
          long v = s[i];
          int j = i - 1;
          while (j >= from && s[j] > v) {
            s[j + 1] = s[j];
            j--;
          }
          s[j + 1] = v;
        }
      }
    }
    return s;
  }

  /** |a ∩ b| of two sorted distinct arrays. */
  public static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  /**
   * A larger array at least this many times the smaller one is searched for the smaller one's
   * elements (galloping) rather than walked in step with it.
   */
  private static final int GALLOP = 8;

  /**
   * |a ∩ b| of two sorted distinct arrays when it is at least {@code atLeast}; otherwise some count
   * below {@code atLeast}, given up on as soon as what is left of either array could no longer make
   * up the difference. Where one array is many times the other, each element of the smaller one is
   * found in the larger by exponential search, skipping the stretches between them.
   *
   * <pre>{@code
   * ShingleSets.intersection(new long[] {1, 3, 5}, new long[] {3, 4, 5}, 2) -> 2
   * ShingleSets.intersection(new long[] {1, 2, 5}, new long[] {3, 4, 5}, 3) -> 0 (not 1: gave up)
   * }</pre>
   */
  public static int intersection(long[] a, long[] b, int atLeast) {
    long[] small = a.length <= b.length ? a : b;
    long[] large = small == a ? b : a;
    if (atLeast > small.length) return 0;
    if (large.length >= GALLOP * small.length) return galloping(small, large, atLeast);
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < small.length && j < large.length) {
      if (small[i] < large[j]) {
        if (n + small.length - ++i < atLeast) return n;
      } else if (small[i] > large[j]) {
        if (n + large.length - ++j < atLeast) return n;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  /** {@link #intersection(long[], long[], int)} by exponential search in {@code large}. */
  private static int galloping(long[] small, long[] large, int atLeast) {
    int n = 0;
    int j = 0;
    for (int i = 0; i < small.length && j < large.length; i++) {
      if (n + small.length - i < atLeast) return n;
      long x = small[i];
      // widen [j, hi] by doubling steps until large[hi] >= x, then binary search it
      int hi = j;
      int step = 1;
      while (hi < large.length && large[hi] < x) {
        j = hi + 1;
        hi += step;
        step <<= 1;
      }
      int at = Arrays.binarySearch(large, j, Math.min(hi + 1, large.length), x);
      if (at >= 0) {
        n++;
        j = at + 1;
      } else {
        j = -at - 1;
      }
    }
    return n;
  }

  /** a ∩ b of two sorted distinct arrays, sorted. */
  public static long[] intersect(long[] a, long[] b) {
    long[] out = new long[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else {
        out[n++] = a[i];
        i++;
        j++;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Whether sorted {@code set} contains {@code hash}. */
  public static boolean contains(long[] set, long hash) {
    return Arrays.binarySearch(set, hash) >= 0;
  }
}
