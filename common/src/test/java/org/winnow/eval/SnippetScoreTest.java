package org.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScoreTest {
  @Test
  void poolsSnippetCountsAfterNormalisingWhiteSpace() {
    SnippetScore s = new SnippetScore();
    s.add("Der  Text.\n\nMehr davon", List.of("Text. Mehr", "fehlt"), List.of("Impressum"));
    s.add("Impressum", List.of(), List.of("Impressum"));
    assertThat(s.counts()).isEqualTo("tp=1 fn=1 fp=1 tn=1");
    assertThat(s.f1()).isCloseTo(0.5, within(1e-9));
    assertThat(s.accuracy()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void findsNothingInACrashedOutput() {
    SnippetScore s = new SnippetScore();
    s.add(null, List.of("a"), List.of("b"));
    assertThat(s.counts()).isEqualTo("tp=0 fn=1 fp=0 tn=1");
  }

  @Test
  void matchesASnippetWithSoftHyphensInTextWithout() {
    SnippetScore s = new SnippetScore();
    s.add(
        "Die Bundesregierung tagt.",
        java.util.List.of("Bundes\u00adregierung"),
        java.util.List.of());
    assertThat(s.counts()).isEqualTo("tp=1 fn=0 fp=0 tn=0");
  }
}
