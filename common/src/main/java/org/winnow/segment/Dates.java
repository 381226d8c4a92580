package org.winnow.segment;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates pages write in metadata: ISO 8601 with or without time and offset,
 * and RFC 1123. A time without offset is taken as UTC.
 *
 * <pre>{@code
 * Dates.parse("2024-03-05T10:15:00+01:00") -> 2024-03-05T09:15:00Z
 * Dates.parse("2024-03-05") -> 2024-03-05T00:00:00Z
 * Dates.parse("yesterday") -> null
 * }</pre>
 */
public final class Dates {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?");

  private Dates() {}

  /** The instant {@code text} names, or null when it is not a date this reader knows. */
  public static Instant parse(String text) {
    if (text == null) return null;
    String t = text.trim();
    if (t.isEmpty() || t.length() > 100) return null;
    Matcher m = ISO.matcher(t);
    if (m.find()) {
      try {
        int year = Integer.parseInt(m.group(1));
        if (year < 1990 || year > 2100) return null;
        LocalDateTime local =
            LocalDateTime.of(
                year,
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        ZoneOffset offset = ZoneOffset.UTC;
        String z = m.group(7);
        if (z != null && !z.equals("Z")) {
          String digits = z.replace(":", "");
          int h = Integer.parseInt(digits.substring(1, 3));
          int min = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
          int sign = digits.charAt(0) == '-' ? -1 : 1;
          offset = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
        }
        return local.toInstant(offset);
      } catch (DateTimeException | NumberFormatException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
