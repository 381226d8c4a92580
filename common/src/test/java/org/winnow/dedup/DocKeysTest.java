package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.winnow.model.DocIds;

class DocKeysTest {
  @Test
  void keysAHexIdByItsValueWithTheSignBitFlipped() {
    assertThat(DocKeys.of("0000000000000000")).isEqualTo(Long.MIN_VALUE);
    assertThat(DocKeys.of("0000000000000001")).isEqualTo(Long.MIN_VALUE + 1);
    assertThat(DocKeys.of("8000000000000000")).isZero();
    assertThat(DocKeys.of("ffffffffffffffff")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void ordersKeysOfHexIdsAsTheIdsThemselves() {
    Random r = new Random(5);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 500; i++) ids.add(DocIds.of("file:/a.warc.gz#" + r.nextInt()));
    for (String a : ids) {
      for (String b : ids.subList(0, 20)) {
        assertThat(Long.signum(Long.compare(DocKeys.of(a), DocKeys.of(b))))
            .isEqualTo(Integer.signum(a.compareTo(b)));
      }
    }
  }

  @Test
  void givesTheHashOfAHexIdsStringForItsPartition() {
    for (String id : List.of("0000000000000000", "00ff00ff00ff00ff", "9f86d081884c7d65")) {
      assertThat(DocKeys.partitionHash(DocKeys.of(id))).isEqualTo(id.hashCode());
    }
    String id = DocIds.of("https://example.com/a");
    assertThat(DocKeys.partitionHash(DocKeys.of(id))).isEqualTo(id.hashCode());
  }

  @Test
  void keysAnyOtherIdByAFixedHashOfItsCharacters() {
    assertThat(DocKeys.of("full")).isEqualTo(DocKeys.of("full")).isNotEqualTo(DocKeys.of("brief"));
    // upper-case hex digits, a digit outside ASCII and a 15-digit id are not DocIds' ids
    assertThat(DocKeys.of("FFFFFFFFFFFFFFFF")).isNotEqualTo(DocKeys.of("ffffffffffffffff"));
    assertThat(DocKeys.of("000000000000000\u0663")).isNotEqualTo(DocKeys.of("0000000000000003"));
    assertThat(DocKeys.of("000000000000001")).isNotEqualTo(DocKeys.of("0000000000000001"));
    assertThat(DocKeys.of("full")).isEqualTo(-1558693570363404230L);
  }
}
