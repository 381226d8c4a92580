package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class ContainmentScreenTest {
  private final PairVerifier verifier = new PairVerifier(Settings.defaults());
  private final ContainmentScreen screen = new ContainmentScreen(verifier, 64);

  /** {@code n} distinct random hashes, sorted: shingle hashes are uniform. */
  private static long[] hashes(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] h = new long[n];
    for (int i = 0; i < n; i++) h[i] = r.nextLong();
    return ShingleSets.of(h);
  }

  private static long[] concat(long[] a, long[] b) {
    long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return ShingleSets.of(out);
  }

  private static CopyEvidence evidence(String host, long[] set) {
    return new CopyEvidence(host, null, set, set, new long[0], new long[0]);
  }

  @Test
  void samplesTheSmallestHashesOfTheOpenSet() {
    long[] set = hashes(1, 300);
    assertThat(screen.sample(evidence("a.com", set)))
        .containsExactly(java.util.Arrays.copyOf(set, 64));
  }

  @Test
  void samplesAllOfASetSmallerThanTheSample() {
    long[] set = hashes(2, 40);
    assertThat(screen.sample(evidence("a.com", set))).isEqualTo(set);
  }

  @Test
  void passesABriefWhoseTextIsInTheLongerStory() {
    long[] story = hashes(3, 600);
    long[] brief = java.util.Arrays.copyOfRange(hashes(3, 600), 100, 220);
    CopyEvidence b = evidence("b.com", brief);
    assertThat(screen.passes("b.com", screen.sample(b), evidence("a.com", story))).isTrue();
  }

  @Test
  void failsAStoryThatSharesOneStockSentenceWithAnother() {
    long[] line = hashes(4, 12);
    CopyEvidence a = evidence("a.com", concat(hashes(5, 400), line));
    CopyEvidence b = evidence("b.com", concat(hashes(6, 700), line));
    assertThat(screen.passes("a.com", screen.sample(a), b)).isFalse();
  }

  @Test
  void passesAPairAtTheVerifiersLeastContainment() {
    // 30% of a's 500 shingles in b: the least any verified pair shares
    assertThat(verifier.leastContainment()).isEqualTo(0.3);
    long[] shared = hashes(7, 150);
    CopyEvidence a = evidence("a.com", concat(hashes(8, 350), shared));
    CopyEvidence b = evidence("b.com", concat(hashes(9, 900), shared));
    assertThat(screen.passes("a.com", screen.sample(a), b)).isTrue();
  }

  @Test
  void alwaysPassesAPairOnOneOutlet() {
    CopyEvidence a = evidence("a.com", hashes(10, 200));
    CopyEvidence b = evidence("a.com", hashes(11, 200));
    assertThat(screen.passes("a.com", screen.sample(a), b)).isTrue();
  }

  @Test
  void takesItsLeastContainmentFromTheVerifiersThresholds() {
    PairVerifier strict =
        new PairVerifier(
            Settings.of(
                Map.of(
                    "dedup.aligned_containment", "0",
                    "dedup.containment_threshold", "0.9",
                    "dedup.jaccard_threshold", "0.9")));
    assertThat(strict.leastContainment()).isEqualTo(0.9);
  }

  @Test
  void refusesAnEmptySample() {
    assertThatThrownBy(() -> new ContainmentScreen(verifier, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
