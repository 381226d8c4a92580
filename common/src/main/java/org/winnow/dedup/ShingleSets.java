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
    long[] s = hashes.clone();
    Arrays.sort(s);
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      if (n == 0 || s[n - 1] != s[i]) s[n++] = s[i];
    }
    return n == s.length ? s : Arrays.copyOf(s, n);
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
