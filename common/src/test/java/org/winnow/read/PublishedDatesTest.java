package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  private static final Instant T = Instant.parse("2018-07-16T12:34:56Z");

  @Test
  void readsNewsPleaseDatesAsUtc() {
    assertThat(PublishedDates.parseText("2018-07-16 12:34:56")).isEqualTo(T);
  }

  @Test
  void readsIsoDatesWithAZoneOffset() {
    assertThat(PublishedDates.parseText("2018-07-16T14:34:56+02:00")).isEqualTo(T);
  }

  @Test
  void readsIsoDatesWithZuluAndFraction() {
    assertThat(PublishedDates.parseText("2018-07-16T12:34:56.000Z")).isEqualTo(T);
  }

  @Test
  void readsIsoDatesWithoutZoneAsUtc() {
    assertThat(PublishedDates.parseText("2018-07-16T12:34:56")).isEqualTo(T);
  }

  @Test
  void readsPlainDaysAsUtcMidnight() {
    assertThat(PublishedDates.parseText("2018-07-16"))
        .isEqualTo(Instant.parse("2018-07-16T00:00:00Z"));
  }

  @Test
  void readsJsonNumbersAsEpochSeconds() {
    assertThat(PublishedDates.parse(JsonNodeFactory.instance.numberNode(T.getEpochSecond())))
        .isEqualTo(T);
  }

  @Test
  void readsLargeJsonNumbersAsEpochMillis() {
    assertThat(PublishedDates.parse(JsonNodeFactory.instance.numberNode(T.toEpochMilli())))
        .isEqualTo(T);
  }

  @Test
  void readsWarcDatesWithoutSecondsOrZone() {
    assertThat(PublishedDates.parseText("2019-08-15T01:02"))
        .isEqualTo(Instant.parse("2019-08-15T01:02:00Z"));
  }

  @Test
  void givesNullForTextThatIsNoDate() {
    assertThat(PublishedDates.parseText("2009-03-65T08:43:19-0800")).isNull();
  }
}
