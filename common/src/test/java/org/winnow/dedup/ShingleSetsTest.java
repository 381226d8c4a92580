package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShingleSetsTest {
  @Test
  void intersectKeepsTheSharedHashesInOrder() {
    assertThat(ShingleSets.intersect(new long[] {-7, 1, 3, 5, 9}, new long[] {-7, 3, 4, 5}))
        .containsExactly(-7, 3, 5);
  }

  @Test
  void intersectCountsWhatIntersectionCounts() {
    long[] a = {1, 2, 4, 8, 16, 32};
    long[] b = {2, 3, 4, 5, 32, 33};
    assertThat(ShingleSets.intersect(a, b)).hasSize(ShingleSets.intersection(a, b));
  }

  @Test
  void boundedIntersectionCountsExactlyWhateverTheSizesWhenTheBoundIsMet() {
    SplittableRandom random = new SplittableRandom(11);
    // sizes in step and sizes far apart (the galloping search), shared parts small and large
    int[][] sizes = {{50, 60}, {40, 400}, {3, 3000}, {200, 200}, {0, 10}};
    for (int[] size : sizes) {
      for (int shared : new int[] {0, 1, size[0] / 2, size[0]}) {
        long[][] pair = overlapping(random, size[0], size[1], Math.min(shared, size[0]));
        int exact = ShingleSets.intersection(pair[0], pair[1]);
        assertThat(ShingleSets.intersection(pair[0], pair[1], exact))
            .as("%s shared %d", Arrays.toString(size), shared)
            .isEqualTo(exact);
        assertThat(ShingleSets.intersection(pair[1], pair[0], 0)).isEqualTo(exact);
      }
    }
  }

  @Test
  void boundedIntersectionReportsLessThanTheBoundWhenTheOverlapFallsShort() {
    SplittableRandom random = new SplittableRandom(12);
    for (int[] size : new int[][] {{50, 60}, {40, 400}, {5, 5000}}) {
      long[][] pair = overlapping(random, size[0], size[1], size[0] / 2);
      int exact = ShingleSets.intersection(pair[0], pair[1]);
      assertThat(ShingleSets.intersection(pair[0], pair[1], exact + 1)).isLessThanOrEqualTo(exact);
      assertThat(ShingleSets.intersection(pair[0], pair[1], size[0] + 1)).isZero();
    }
  }

  /** Two sorted distinct sets of sizes {@code na} and {@code nb} with {@code shared} in common. */
  private static long[][] overlapping(SplittableRandom random, int na, int nb, int shared) {
    long[] pool = random.longs(na + nb - shared).distinct().toArray();
    long[] a = Arrays.copyOfRange(pool, 0, na);
    long[] b = Arrays.copyOfRange(pool, na - shared, na - shared + nb);
    Arrays.sort(a);
    Arrays.sort(b);
    return new long[][] {a, b};
  }

  @Test
  void ofSortsAndDropsRepeatsOfLargeSetsAsAComparisonSortDoes() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n : new int[] {0, 1, 63, 64, 65, 500, 4096, 20_000}) {
      long[] hashes = random.longs(n).toArray();
      // repeats, a run of one hash (text repeating itself) and the extremes of the range
      for (int i = 0; i + 3 < n; i += 7) hashes[i] = hashes[i + 3];
      for (int i = n / 2; i < n / 2 + n / 5; i++) hashes[i] = 42;
      if (n > 2) {
        hashes[0] = Long.MIN_VALUE;
        hashes[n - 1] = Long.MAX_VALUE;
      }
      long[] expected = Arrays.stream(hashes).sorted().distinct().toArray();
      assertThat(ShingleSets.of(hashes)).as("n = %d", n).containsExactly(expected);
    }
  }

  @Test
  void ofLeavesItsArgumentAlone() {
    long[] hashes = new SplittableRandom(3).longs(300).toArray();
    long[] before = hashes.clone();
    ShingleSets.of(hashes);
    assertThat(hashes).containsExactly(before);
  }
}
