package org.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearTest {

  @Test
  void fitsAStraightLineExactly() {
    Linear fit = Linear.fit(new double[] {1, 2, 3}, new double[] {12, 14, 16});
    assertThat(fit.slope()).isCloseTo(2, within(1e-12));
    assertThat(fit.intercept()).isCloseTo(10, within(1e-12));
    assertThat(fit.r2()).isCloseTo(1, within(1e-12));
  }

  @Test
  void curvedPointsFitWorseThanStraightOnes() {
    Linear fit = Linear.fit(new double[] {1, 2, 3, 4}, new double[] {1, 4, 9, 16});
    assertThat(fit.r2()).isLessThan(0.97);
  }

  @Test
  void refusesASinglePoint() {
    assertThatThrownBy(() -> Linear.fit(new double[] {1}, new double[] {2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two or more");
  }
}
