package org.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContentScoreTest {
  @Test
  void givesPrecisionRecallAndF1OfTheContentKept() {
    ContentScore s = new ContentScore(8, 2, 4, 10, 9);

    assertThat(s.precision()).isCloseTo(0.8, within(1e-12));
    assertThat(s.recall()).isCloseTo(8.0 / 12, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-12));
    assertThat(s.noiseRemovedShare()).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void addsCountsUpBeforeTakingRates() {
    assertThat(new ContentScore(1, 0, 1, 2, 1).plus(new ContentScore(3, 1, 0, 2, 2)))
        .isEqualTo(new ContentScore(4, 1, 1, 4, 3));
  }

  @Test
  void countsNothingToFindAsFound() {
    assertThat(ContentScore.NONE.precision()).isEqualTo(1.0);
    assertThat(ContentScore.NONE.recall()).isEqualTo(1.0);
    assertThat(ContentScore.NONE.noiseRemovedShare()).isEqualTo(1.0);
  }
}
