package org.winnow.read;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The status line and headers of an archived HTTP response, parsed leniently: LF-only or {@code
 * \r\r\n} line ends, a missing reason phrase, {@code Name:value} without a space, folded lines, and
 * headers that run straight into the HTML without a blank line (1996-era ARC files) are all read.
 *
 * <pre>{@code
 * HttpHead.parse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>".getBytes(), 46, true)
 *   -> status 200, header("content-type") "text/html", bodyStart 44
 * }</pre>
 *
 * @param status the status code
 * @param headers lower-case header names to their values, repeated headers joined by {@code ", "}
 * @param bodyStart offset of the first body byte in the parsed buffer
 */
record HttpHead(int status, Map<String, String> headers, int bodyStart) {

  /** The value of a header (lower-case name), or null. */
  String header(String lowerName) {
    return headers.get(lowerName);
  }

  /**
   * Parses the head at the start of {@code b[0..length)}, or returns null when it is not an HTTP
   * response head or does not end within the buffer. {@code wholeBlock} says the buffer holds the
   * entire record, so a head without a final blank line still ends there.
   */
  static HttpHead parse(byte[] b, int length, boolean wholeBlock) {
    int lineEnd = lineEnd(b, 0, length);
    if (lineEnd < 0) return null;
    String statusLine = line(b, 0, lineEnd);
    int status = status(statusLine);
    if (status < 0) return null;
    Map<String, String> headers = new LinkedHashMap<>();
    String lastName = null;
    int pos = next(b, lineEnd, length);
    while (true) {
      if (pos >= length) {
        return wholeBlock ? new HttpHead(status, headers, length) : null;
      }
      int end = lineEnd(b, pos, length);
      if (end < 0) {
        if (!wholeBlock) return null;
        end = length;
      }
      String line = line(b, pos, end);
      int after = next(b, end, length);
      if (line.isEmpty()) return new HttpHead(status, headers, after);
      char first = line.charAt(0);
      if ((first == ' ' || first == '\t') && lastName != null) {
        headers.merge(lastName, line.trim(), (a, c) -> a + " " + c);
      } else {
        int colon = line.indexOf(':');
        if (colon <= 0 || first == '<') {
          // no blank line before the body: what follows the last header is content
          return new HttpHead(status, headers, pos);
        }
        lastName = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        headers.merge(lastName, value, (a, c) -> a + ", " + c);
      }
      pos = after;
    }
  }

  /** The status code of {@code HTTP/1.1 200 OK}-like lines, or -1. */
  private static int status(String line) {
    if (!line.regionMatches(true, 0, "HTTP/", 0, 5)) return -1;
    int sp = line.indexOf(' ');
    if (sp < 0) return -1;
    String rest = line.substring(sp).trim();
    if (rest.length() < 3) return -1;
    int code = 0;
    for (int i = 0; i < 3; i++) {
      char c = rest.charAt(i);
      if (c < '0' || c > '9') return -1;
      code = code * 10 + (c - '0');
    }
    if (rest.length() > 3 && rest.charAt(3) != ' ') return -1;
    return code;
  }

  /** Offset of the LF ending the line that starts at {@code from}, or -1. */
  private static int lineEnd(byte[] b, int from, int length) {
    for (int i = from; i < length; i++) {
      if (b[i] == '\n') return i;
    }
    return -1;
  }

  private static int next(byte[] b, int lf, int length) {
    return Math.min(lf + 1, length);
  }

  /** The line's text without its CRs (some writers doubled them). */
  private static String line(byte[] b, int from, int lf) {
    int end = lf;
    while (end > from && b[end - 1] == '\r') end--;
    return new String(b, from, end - from, StandardCharsets.ISO_8859_1);
  }
}
