package org.winnow.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Publication dates as inputs write them, to an {@link Instant}; a time without a zone is UTC. An
 * unreadable date gives null, never an error: the article is still worth keeping.
 *
 * <pre>{@code
 * parseText("2018-07-16 12:34:56")        -> 2018-07-16T12:34:56Z   (news-please)
 * parseText("2018-07-16T12:34:56+02:00")  -> 2018-07-16T10:34:56Z
 * parseText("2018-07-16")                 -> 2018-07-16T00:00:00Z
 * parse(1531744496)  (JSON number)        -> 2018-07-16T12:34:56Z   (epoch seconds)
 * parse(1531744496000)                    -> the same instant        (epoch millis)
 * parseText("last Tuesday")               -> null
 * }</pre>
 */
final class PublishedDates {
  /** Numbers above this are epoch milliseconds (as seconds it would be after year 5138). */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  /** Date, then optional 'T' or space and time with optional fraction, then optional zone. */
  private static final DateTimeFormatter FLEXIBLE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .optionalEnd()
          .toFormatter();

  private PublishedDates() {}

  /** A JSON date value: text, or a number of epoch seconds or milliseconds; else null. */
  static Instant parse(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return null;
    if (node.isNumber()) return fromEpoch(node.asLong());
    if (node.isTextual()) return parseText(node.asText());
    return null;
  }

  /** A textual date, or null when it is not one of the accepted forms. */
  static Instant parseText(String text) {
    if (text == null) return null;
    String t = text.trim();
    if (t.isEmpty()) return null;
    if (t.chars().allMatch(Character::isDigit) && t.length() >= 9 && t.length() <= 13) {
      return fromEpoch(Long.parseLong(t));
    }
    try {
      var parsed =
          FLEXIBLE.parseBest(t, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof OffsetDateTime odt) return odt.toInstant();
      if (parsed instanceof LocalDateTime ldt) return ldt.toInstant(ZoneOffset.UTC);
      if (parsed instanceof LocalDate ld) return ld.atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeException e) {
      // not a date we read
    }
    try {
      return OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Instant fromEpoch(long value) {
    if (value <= 0) return null;
    return value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
  }
}
