package org.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void readsIsoWithOffset() {
    assertThat(Dates.parse("2024-03-05T10:15:00+01:00"))
        .isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
  }

  @Test
  void readsOffsetWithoutColon() {
    assertThat(Dates.parse("2024-03-05T10:15:00-0500"))
        .isEqualTo(Instant.parse("2024-03-05T15:15:00Z"));
  }

  @Test
  void takesLocalTimesAsUtc() {
    assertThat(Dates.parse("2024-03-05 10:15")).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
  }

  @Test
  void readsRfc1123() {
    assertThat(Dates.parse("Tue, 3 Jun 2008 11:05:30 GMT"))
        .isEqualTo(Instant.parse("2008-06-03T11:05:30Z"));
  }

  @Test
  void refusesWordsAndImpossibleDates() {
    assertThat(Dates.parse("yesterday")).isNull();
    assertThat(Dates.parse("2024-13-40")).isNull();
    assertThat(Dates.parse("0001-01-01")).isNull();
  }
}
