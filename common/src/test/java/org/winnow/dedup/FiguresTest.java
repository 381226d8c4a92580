package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void givesEachTokenTheDigitsItsZerosStandFor() {
    // "polled 0 0 people": tokens end at 6, 8, 10 and 17
    int[] f =
        Figures.ofTokens("Polled 5,120 people", "polled 0 0 people", new int[] {6, 8, 10, 17}, 4);
    assertThat(f[0]).isZero();
    assertThat(f[1]).isNotZero();
    assertThat(f[2]).isNotZero().isNotEqualTo(f[1]);
    assertThat(f[3]).isZero();
  }

  @Test
  void pinsTheFiguresHashSoThatAChangedSeedCannotStaleStoredSketches() {
    int[] f = Figures.ofTokens("In 2024", "in 0", new int[] {2, 4}, 2);
    assertThat(f[1]).isEqualTo(-541257426);
  }

  @Test
  void readsDigitsThatOnlyNfkcMakesDigits() {
    // the superscript two is a digit only once NFKC has made it "2"
    int[] plain = Figures.ofTokens("area 2", "area 0", new int[] {4, 6}, 2);
    int[] superscript = Figures.ofTokens("area \u00b2", "area 0", new int[] {4, 6}, 2);
    assertThat(superscript[1]).isEqualTo(plain[1]);
  }

  @Test
  void knowsNothingWhenTheDigitsCannotBeMatchedToTheZeros() {
    int[] f = Figures.ofTokens("no digits here", "no 0 here", new int[] {2, 4, 9}, 3);
    assertThat(f).containsExactly(0, 0, 0);
  }

  @Test
  void givesAShingleFiguresOnlyWhenOneOfItsTokensHoldsANumber() {
    int[] shingles = Figures.ofShingles(new int[] {0, 0, 0, 0, 7, 0}, 6, 2, 5);
    assertThat(shingles[0]).isZero();
    assertThat(shingles[2]).isZero();
    assertThat(shingles[3]).isNotZero();
    assertThat(shingles[4]).isNotZero().isNotEqualTo(shingles[3]);
  }

  @Test
  void listsTheMaximalRunsOfDigitsInOrder() {
    assertThat(Figures.digitRuns("12a34, 5.6 x")).containsExactly("12", "34", "5", "6");
  }
}
