package org.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  @Test
  void scoresFourTokenShinglesAsMultisets() {
    ShingleScore s = new ShingleScore();
    s.add("a b c d e", "a b c d");
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall()).isCloseTo(1.0, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void takesShortTextsAsOneShingle() {
    assertThat(ShingleScore.shingles("Hello, world")).containsOnlyKeys("Hello world");
  }

  @Test
  void tokenisesUnicodeWordsAndKeepsCase() {
    assertThat(ShingleScore.tokens("Grüße, São_Paulo 42!"))
        .containsExactly("Grüße", "São_Paulo", "42");
  }

  @Test
  void averagesOverPagesWithPredictionsOrGold() {
    ShingleScore s = new ShingleScore();
    s.add("", "a b c d"); // nothing predicted: counts for recall only
    s.add("a b c d", "a b c d");
    assertThat(s.precision()).isCloseTo(1.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void countsAnEmptyPageWithEmptyGoldAsPerfect() {
    ShingleScore s = new ShingleScore();
    s.add("", "");
    assertThat(s.f1()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void returnsEachPagesOwnPrecisionAndRecall() {
    ShingleScore s = new ShingleScore();
    ShingleScore.Page page = s.add("a b c d e", "a b c d");
    assertThat(page.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(page.recall()).isCloseTo(1.0, within(1e-9));
  }
}
