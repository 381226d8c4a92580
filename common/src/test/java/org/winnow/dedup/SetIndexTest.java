package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SetIndexTest {
  @Test
  void findsEachHashAtItsPlaceInTheSortedSet() {
    SplittableRandom random = new SplittableRandom(5);
    for (int size : new int[] {1, 2, 3, 7, 64, 511, 512, 513, 5000}) {
      long[] set = ShingleSets.of(random.longs(size).toArray());
      SetIndex index = SetIndex.of(set);
      for (int i = 0; i < set.length; i++) {
        assertThat(index.indexOf(set[i])).as("size %d, element %d", size, i).isEqualTo(i);
      }
    }
  }

  @Test
  void answersWhatABinarySearchAnswersForHashesOutsideTheSet() {
    SplittableRandom random = new SplittableRandom(6);
    long[] set = ShingleSets.of(random.longs(300).toArray());
    SetIndex index = SetIndex.of(set);
    random
        .longs(20_000)
        .forEach(h -> assertThat(index.contains(h)).isEqualTo(Arrays.binarySearch(set, h) >= 0));
    // keys that differ only in their low bits, or only in their high bits, still find their slots
    long[] clustered = new long[200];
    for (int i = 0; i < clustered.length; i++) clustered[i] = (i < 100 ? i : (long) i << 54);
    SetIndex skewed = SetIndex.of(ShingleSets.of(clustered));
    for (long h : clustered) assertThat(skewed.contains(h)).isTrue();
    assertThat(skewed.contains(100)).isFalse();
  }

  @Test
  void anEmptySetHoldsNothing() {
    SetIndex empty = SetIndex.of(new long[0]);
    assertThat(empty.size()).isZero();
    assertThat(empty.indexOf(0)).isEqualTo(-1);
  }
}
