package org.winnow.segment;

import org.jsoup.parser.Parser;

/**
 * Decodes character references in HTML text and attribute values: the common ones ({@code &amp;},
 * {@code &nbsp;}, {@code &#8217;}, ...) directly, any other text as jsoup decodes it, so that the
 * result is always jsoup's.
 *
 * <pre>{@code
 * HtmlEntities.decode("Fish &amp; chips &#8364;5", false) -> "Fish & chips €5"
 * HtmlEntities.decode("&copy 2024", false)                -> "© 2024" (by jsoup: no semicolon)
 * }</pre>
 */
final class HtmlEntities {
  /** Longer names than this are left to jsoup. */
  private static final int MAX_NAME = 8;

  private HtmlEntities() {}

  static String decode(String s, boolean attribute) {
    int amp = s.indexOf('&');
    if (amp < 0) return s;
    StringBuilder sb = new StringBuilder(s.length());
    int last = 0;
    for (int i = amp; i >= 0; i = s.indexOf('&', last)) {
      int semi = s.indexOf(';', i + 1);
      int cp = semi < 0 || semi - i - 1 > MAX_NAME ? -1 : codePoint(s, i + 1, semi);
      if (cp < 0) return Parser.unescapeEntities(s, attribute);
      sb.append(s, last, i).appendCodePoint(cp);
      last = semi + 1;
    }
    return sb.append(s, last, s.length()).toString();
  }

  /** The character {@code s[from, to)} names (without {@code &} and {@code ;}), or -1. */
  private static int codePoint(String s, int from, int to) {
    if (to <= from) return -1;
    if (s.charAt(from) == '#') {
      boolean hex = from + 1 < to && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
      int start = hex ? from + 2 : from + 1;
      if (start >= to) return -1;
      int cp = 0;
      for (int i = start; i < to; i++) {
        int d = Character.digit(s.charAt(i), hex ? 16 : 10);
        if (d < 0) return -1;
        cp = cp * (hex ? 16 : 10) + d;
        if (cp > 0x10FFFF) return -1;
      }
      // NUL, surrogates and the C1 range (read as windows-1252) are jsoup's to map
      if (cp == 0 || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
      return cp;
    }
    return switch (s.substring(from, to)) {
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "apos" -> '\'';
      case "nbsp" -> '\u00a0';
      case "copy" -> '\u00a9';
      case "reg" -> '\u00ae';
      case "ndash" -> '\u2013';
      case "mdash" -> '\u2014';
      case "lsquo" -> '\u2018';
      case "rsquo" -> '\u2019';
      case "ldquo" -> '\u201c';
      case "rdquo" -> '\u201d';
      case "laquo" -> '\u00ab';
      case "raquo" -> '\u00bb';
      case "hellip" -> '\u2026';
      case "bull" -> '\u2022';
      case "middot" -> '\u00b7';
      case "euro" -> '\u20ac';
      default -> -1;
    };
  }
}
