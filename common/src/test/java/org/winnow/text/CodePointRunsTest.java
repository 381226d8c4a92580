package org.winnow.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointRunsTest {
  @Test
  void splitsAtEveryCodePointOutsideThePredicate() {
    assertThat(CodePointRuns.of("12a34, 5.6 x", Character::isDigit))
        .containsExactly("12", "34", "5", "6");
  }

  @Test
  void keepsSupplementaryCodePointsWhole() {
    assertThat(CodePointRuns.of("a\uD835\uDFD8b 𝟙", Character::isDigit))
        .containsExactly("\uD835\uDFD8", "𝟙");
  }

  @Test
  void givesNothingForATextWithoutARun() {
    assertThat(CodePointRuns.of("", Character::isDigit)).isEmpty();
    assertThat(CodePointRuns.of("abc", Character::isDigit)).isEmpty();
  }
}
