package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocSketchTest {
  private static final Instant AT = Instant.parse("2025-01-06T10:00:00Z");

  private static CopyEvidence evidence(String host) {
    return new CopyEvidence(
        host, AT, new long[] {5, 88}, new long[] {-12, 5, 88}, new long[0], new long[0]);
  }

  private static DocSketch sketch(CopyEvidence evidence) {
    return new DocSketch(
        "d7",
        "https://apnews.com/x",
        "apnews.com",
        null,
        AT,
        9,
        0x3f0cL,
        evidence,
        new long[] {-7, 41},
        new long[] {17, 23},
        "d7");
  }

  @Test
  void weighsItsOpenSetInTheCanonicalContest() {
    assertThat(sketch(evidence("apnews.com")).candidate().shingles()).isEqualTo(3);
  }

  @Test
  void refusesEvidenceOfAnotherHost() {
    assertThatThrownBy(() -> sketch(evidence("b.example.com")))
        .hasMessageContaining("another host or date");
  }
}
