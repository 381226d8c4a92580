package org.winnow.jobs.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongMapTest {
  @Test
  void aMapAgreesWithAHashMapOnTenThousandRandomKeysAndMisses() {
    LongMap<Long> map = new LongMap<>();
    Map<Long, Long> expected = new HashMap<>();
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 10_000; i++) {
      long k = random.nextLong();
      if (k == 0) continue;
      map.put(k, (long) i);
      expected.put(k, (long) i);
    }

    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
    assertThat(map.get(12345L)).isNull();
  }

  @Test
  void aKeyPutTwiceHoldsItsLastValueAndCountsOnce() {
    LongMap<String> map = new LongMap<>();
    map.put(42L, "a");
    map.put(42L, "b");

    assertThat(map.get(42L)).isEqualTo("b");
    assertThat(map.size()).isEqualTo(1);
  }

  @Test
  void keyZeroIsRefusedAndNeverFound() {
    LongMap<String> map = new LongMap<>();

    assertThatThrownBy(() -> map.put(0L, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(map.get(0L)).isNull();
  }
}
