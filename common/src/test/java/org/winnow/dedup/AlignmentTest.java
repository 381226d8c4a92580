package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AlignmentTest {
  /** {@code n} consecutive hashes starting at {@code from}, in reading order. */
  private static long[] run(long from, int n) {
    long[] s = new long[n];
    for (int i = 0; i < n; i++) s[i] = from + i;
    return s;
  }

  private static long[] concat(long[]... parts) {
    int n = 0;
    for (long[] p : parts) n += p.length;
    long[] out = new long[n];
    int at = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  @Test
  void coversAllOfAnExactCopy() {
    assertThat(Alignment.coverage(run(0, 100), run(0, 100), 4, 10)).isEqualTo(1.0);
  }

  @Test
  void bridgesTheShinglesATypoKnocksOutWhenTheGapIsNoLongerThanAShingle() {
    long[] story = run(0, 100);
    // a misread word changes the four 4-word shingles that hold it
    long[] typo = concat(run(0, 48), run(9_000, 4), run(52, 48));
    assertThat(Alignment.coverage(typo, story, 4, 10)).isEqualTo(1.0);
    assertThat(Alignment.coverage(typo, story, 3, 10)).isCloseTo(0.96, within(1e-9));
  }

  @Test
  void countsTheRestOfACopyWhoseLeadWasRewritten() {
    long[] copy = concat(run(9_000, 30), run(40, 90));
    assertThat(Alignment.coverage(copy, run(0, 300), 4, 10)).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void countsOnlyTheRunsLyingWithinTheShiftGivenOfTheirPlaceInTheOther() {
    // a rewritten lead of 30, then the story from 40 on: shifted by 10
    long[] copy = concat(run(9_000, 30), run(40, 90));
    assertThat(Alignment.coverage(copy, run(0, 300), 4, 10, 10)).isCloseTo(0.75, within(1e-9));
    assertThat(Alignment.coverage(copy, run(0, 300), 4, 10, 9)).isEqualTo(0.0);
  }

  @Test
  void countsOnlyTheQuotedRunOfAStoryQuotingTwoParagraphsOfAnother() {
    long[] quoting = concat(run(9_000, 30), run(120, 40), run(9_100, 30));
    assertThat(Alignment.coverage(quoting, run(0, 300), 4, 10)).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void countsNothingForStockPhrasesSharedEachAtItsOwnOffset() {
    long[] story = run(0, 300);
    long[] other = new long[100];
    // runs of three shared shingles, each from a different place in the story
    for (int i = 0; i < other.length; i++) {
      other[i] = i % 10 < 3 ? 290 - 7L * (i / 10) - i % 10 : 9_000 + i;
    }
    assertThat(Alignment.coverage(other, story, 4, 10)).isZero();
  }

  @Test
  void keepsARunGoingThroughAMatchAtAnotherOffsetInsideItsGap() {
    // a stock phrase turning up inside a typo's gap does not end the run
    long[] text = concat(run(0, 30), new long[] {250, 9_001}, run(32, 30));
    assertThat(Alignment.coverage(text, run(0, 300), 4, 10)).isEqualTo(1.0);
  }

  @Test
  void coversNothingOfAnEmptyText() {
    assertThat(Alignment.coverage(new long[0], run(0, 10), 4, 10)).isZero();
  }

  /** Figures for {@code n} shingles, {@code value} at {@code from} up to {@code to}, else none. */
  private static int[] figures(int n, int from, int to, int value) {
    int[] f = new int[n];
    for (int i = from; i < to; i++) f[i] = value;
    return f;
  }

  @Test
  void endsARunWhereTheSameWordsHoldOtherFigures() {
    // a stock sentence of 30 shingles whose two numbers differ: its pieces are too short to count
    int[] a = figures(30, 8, 12, 1);
    int[] b = figures(30, 8, 12, 2);
    for (int i = 20; i < 24; i++) {
      a[i] = 3;
      b[i] = 4;
    }
    assertThat(Alignment.coverage(run(0, 30), a, run(0, 30), b, 4, 10, 48)).isEqualTo(0.0);
    assertThat(Alignment.coverage(run(0, 30), run(0, 30), 4, 10, 48)).isEqualTo(1.0);
  }

  @Test
  void countsTheRunsOnEitherSideOfAMisreadFigure() {
    // a copy of 100 shingles whose one number (shingles 48..51) was misread
    double c =
        Alignment.coverage(
            run(0, 100), figures(100, 48, 52, 1), run(0, 100), figures(100, 48, 52, 2), 4, 10, 48);
    assertThat(c).isCloseTo(0.96, within(1e-9));
  }

  @Test
  void countsRunsWhoseFiguresAgree() {
    int[] f = figures(40, 10, 14, 5);
    assertThat(Alignment.coverage(run(0, 40), f, run(0, 40), f.clone(), 4, 10, 48)).isEqualTo(1.0);
  }
}
