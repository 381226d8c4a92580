package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {
  private static final Map<String, String> TRUTH =
      Map.of("a", "s1", "b", "s1", "c", "s1", "d", "s2", "e", "s2", "f", "s3");

  @Test
  void scoresAPerfectClusteringOne() {
    ClusterMetrics m = ClusterMetrics.of(TRUTH, TRUTH);
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.adjustedRand()).isEqualTo(1.0);
  }

  @Test
  void countsPairsOfASplitStory() {
    // s1 split into {a,b} and {c}: 1 of its 3 pairs survives, plus s2's pair
    Map<String, String> predicted =
        Map.of("a", "x", "b", "x", "c", "y", "d", "z", "e", "z", "f", "w");
    ClusterMetrics m = ClusterMetrics.of(TRUTH, predicted);
    assertThat(m.truePairs()).isEqualTo(2);
    assertThat(m.truthPairs()).isEqualTo(4);
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(0.5);
  }

  @Test
  void computesTheAdjustedRandIndex() {
    Map<String, String> merged = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x", "f", "w");
    ClusterMetrics m = ClusterMetrics.of(TRUTH, merged);
    // 15 pairs; predicted 10, truth 4, both 4: (4 - 40/15) / (7 - 40/15)
    assertThat(m.adjustedRand()).isCloseTo((4 - 40.0 / 15) / (7 - 40.0 / 15), within(1e-12));
    assertThat(m.precision()).isEqualTo(0.4);
  }

  @Test
  void rejectsClusteringsOfDifferentDocuments() {
    assertThatThrownBy(() -> ClusterMetrics.of(TRUTH, Map.of("a", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
