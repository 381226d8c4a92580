package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class CopyEvidenceTest {
  private final PairVerifier verifier = new PairVerifier(Settings.defaults());
  private static final Instant AT = Instant.parse("2025-01-06T10:00:00Z");

  private static long[] range(long from, int n) {
    long[] s = new long[n];
    for (int i = 0; i < n; i++) s[i] = from + i;
    return s;
  }

  private static CopyEvidence evidence(String host, long[] strict, long[] open) {
    return new CopyEvidence(host, AT, strict, open, new long[0], new long[0]);
  }

  // a two-paragraph brief: its lead (0..49) and a body paragraph of stock phrases (50..99) that
  // the guard suspects on every outlet, so its strict set is the lead alone
  private final long[] lead = range(0, 50);
  private final long[] whole = range(0, 100);

  @Test
  void showsAnotherOutletItsOpenSet() {
    CopyEvidence a = evidence("a.example.com", lead, whole);
    CopyEvidence b = evidence("b.example.com", lead, whole);
    assertThat(a.setFor(b)).isEqualTo(whole);
  }

  @Test
  void showsItsOwnOutletItsStrictSet() {
    CopyEvidence a = evidence("a.example.com", lead, whole);
    CopyEvidence b = evidence("a.example.com", range(500, 50), range(500, 100));
    assertThat(a.setFor(b)).isEqualTo(lead);
  }

  @Test
  void acceptsCopiesAcrossOutletsThatShareTheParagraphTheGuardSuspects() {
    // b rewrote most of the lead: by strict sets 20 of 50 shared, by open sets 70 of 100
    CopyEvidence a = evidence("a.example.com", lead, whole);
    long[] bLead = ShingleSets.of(concat(range(1_000, 30), range(30, 20)));
    CopyEvidence b = evidence("b.example.com", bLead, ShingleSets.of(concat(bLead, range(50, 50))));
    assertThat(verifier.accepts(Similarity.of(lead, bLead))).isFalse();
    assertThat(verifier.verify(a, b)).isTrue();
  }

  @Test
  void rejectsTwoStoriesOfOneOutletThatShareOnlyWhatTheGuardSuspects() {
    long[] template = range(50, 50);
    CopyEvidence a =
        evidence("a.example.com", range(0, 50), ShingleSets.of(concat(range(0, 50), template)));
    CopyEvidence b =
        evidence(
            "a.example.com", range(1_000, 50), ShingleSets.of(concat(range(1_000, 50), template)));
    assertThat(verifier.verify(a, b)).isFalse();
  }

  @Test
  void rejectsCopiesOutsideTheDateWindow() {
    PairVerifier week = new PairVerifier(Settings.of(Map.of("dedup.max_days_apart", "7")));
    CopyEvidence a = evidence("a.example.com", whole, whole);
    CopyEvidence later =
        new CopyEvidence(
            "b.example.com", AT.plusSeconds(30 * 86_400L), whole, whole, new long[0], new long[0]);
    assertThat(week.verify(a, later)).isFalse();
  }

  private static long[] concat(long[] a, long[] b) {
    long[] u = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, u, a.length, b.length);
    return u;
  }

  @Test
  void keepsTheOpenTextInReadingOrderWithItsRepeats() {
    ShingledText text = new ShingledText(new long[] {30, 10, 20, 10}, new int[] {0, 0, 0, 1}, 7L);
    CopyEvidence e = CopyEvidence.of("a.example.com", AT, text, text, 0);
    assertThat(e.open()).containsExactly(10, 20, 30);
    assertThat(e.openOrder()).containsExactly(2, 0, 1, 0);
    assertThat(e.openText()).containsExactly(30, 10, 20, 10);
  }

  @Test
  void keepsTheFiguresOfTheShinglesThatHoldNumbersByReadingPosition() {
    ShingledText text =
        new Shingler(Settings.defaults())
            .shingle(List.of("Floods hit the north of the country in 2024 and 2025."));
    CopyEvidence e = CopyEvidence.of("a.example.com", null, text, text, 0);
    int[] figures = e.openTextFigures();
    assertThat(figures).hasSize(text.size());
    for (int i = 0; i < text.size(); i++) assertThat(figures[i]).isEqualTo(text.figures(i));
    // "floods hit the north" ... "the country in 0": only the shingles holding a year
    assertThat(e.openFigures()).hasSizeLessThan(text.size()).isNotEmpty();
  }
}
