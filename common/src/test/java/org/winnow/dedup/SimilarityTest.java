package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimilarityTest {
  @Test
  void measuresABriefAgainstItsFullStory() {
    Similarity s = new Similarity(60, 60, 600);
    assertThat(s.jaccard()).isEqualTo(0.1);
    assertThat(s.containment()).isEqualTo(1.0);
    assertThat(s.coverage()).isEqualTo(0.1);
    assertThat(s.lengthRatio()).isEqualTo(0.1);
  }

  @Test
  void intersectsSortedArrays() {
    assertThat(Similarity.of(new long[] {1, 3, 5}, new long[] {3, 4, 5}).shared()).isEqualTo(2);
  }

  @Test
  void givesZeroForEmptySets() {
    Similarity s = Similarity.of(new long[0], new long[0]);
    assertThat(s.jaccard()).isZero();
    assertThat(s.containment()).isZero();
  }

  @Test
  void rejectsMoreSharedThanTheSmallerSet() {
    assertThatThrownBy(() -> new Similarity(5, 4, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
