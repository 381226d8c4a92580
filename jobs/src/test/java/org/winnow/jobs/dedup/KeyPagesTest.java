package org.winnow.jobs.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class KeyPagesTest {
  @Test
  void keepsTheKeysSeenOnAsManyPagesAsTheirMostDemandingSightingNeeds() {
    KeyPages.Tally t = new KeyPages.Tally();
    t.add(0L, 2); // key 0 is a key like any other
    t.add(0L, 2);
    t.add(5L, 2);
    t.add(9L, 1);
    t.add(9L, 3);
    t.add(9L, 1);
    long[] kept = t.onEnoughPages();
    Arrays.sort(kept);
    assertThat(kept).containsExactly(0L, 9L);
  }

  @Test
  void countsTheSameAfterGrowingAndAfterTravellingInBlocks() {
    KeyPages.Tally one = new KeyPages.Tally();
    KeyPages.Tally other = new KeyPages.Tally();
    // far more keys than the first table holds: every key twice, one in seven on a third page
    for (long k = 0; k < 50_000; k++) {
      one.add(k * 0x9E3779B97F4A7C15L, 3);
      other.add(k * 0x9E3779B97F4A7C15L, 3);
      if (k % 7 == 0) other.add(k * 0x9E3779B97F4A7C15L, 3);
    }
    KeyPages.Tally all = new KeyPages.Tally();
    for (KeyPages.Tally t : new KeyPages.Tally[] {one, other}) {
      for (Tuple2<Integer, KeyPages.Block> b : t.split(4)) all.addAll(b._2());
    }
    assertThat(all.onEnoughPages()).hasSize(50_000 / 7 + 1);
  }
}
