package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

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
}
