package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

/** The overlap below which {@link PairVerifier#verify} stops counting shared shingles. */
class PairVerifierBoundTest {
  private final PairVerifier verifier = new PairVerifier(Settings.defaults());

  @Test
  void noPairBelowTheBoundIsEverAcceptedAndTheBoundItselfCanBe() {
    for (int a = 0; a <= 120; a += 3) {
      for (int b = a; b <= 400; b += 7) {
        int need = verifier.fewestShared(a, b);
        for (int shared = 0; shared < Math.min(need, a + 1); shared++) {
          assertThat(verifier.accepts(new Similarity(shared, a, b)))
              .as("%d shared of %d and %d (bound %d)", shared, a, b, need)
              .isFalse();
        }
      }
    }
  }

  @Test
  void aBriefFarShorterThanTheOtherTextNeedsTheJaccardThresholdsOverlap() {
    PairVerifier strict =
        new PairVerifier(
            Settings.of(Map.of("dedup.min_length_ratio", "0.2", "dedup.jaccard_threshold", "0.5")));
    // 10 of 100: below the length ratio, so only Jaccard 0.5 of 110 can make it a copy
    assertThat(strict.fewestShared(10, 100)).isEqualTo(36);
    // 50 of 100: containment 0.6 (the default threshold) of the 50 would do
    assertThat(strict.fewestShared(50, 100)).isEqualTo(29);
  }
}
