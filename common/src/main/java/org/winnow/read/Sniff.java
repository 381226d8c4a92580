package org.winnow.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Small content checks shared by the readers: is this HTML, what does a {@code Content-Type} header
 * say.
 *
 * <pre>{@code
 * Sniff.mimeType("text/html; charset=\"EUC-JP\"") // -> "text/html"
 * Sniff.charset("text/html; charset=\"EUC-JP\"")  // -> "EUC-JP"
 * Sniff.looksLikeHtml("<!DOCTYPE html><p>x".getBytes(), 19) // -> true
 * }</pre>
 */
final class Sniff {
  private static final String[] HTML_MARKERS = {
    "<!doctype html",
    "<html",
    "<head",
    "<body",
    "<title",
    "<meta ",
    "<div",
    "<p>",
    "<table",
    "<script"
  };

  private Sniff() {}

  /** The lower-case {@code type/subtype} of a Content-Type value, or "" when there is none. */
  static String mimeType(String contentType) {
    if (contentType == null) return "";
    // repeated headers arrive joined by ", ": the first one counts
    int end = contentType.length();
    int semi = contentType.indexOf(';');
    int comma = contentType.indexOf(',');
    if (semi >= 0) end = semi;
    if (comma >= 0 && comma < end) end = comma;
    String t = contentType.substring(0, end).trim();
    // a media type has no blanks: what follows one is another header run into this line
    int blank = 0;
    while (blank < t.length() && !Character.isWhitespace(t.charAt(blank))) blank++;
    return t.substring(0, blank).toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of a Content-Type value, unquoted, or null. */
  static String charset(String contentType) {
    if (contentType == null) return null;
    String lower = contentType.toLowerCase(Locale.ROOT);
    int i = lower.indexOf("charset=");
    if (i < 0) return null;
    String v = contentType.substring(i + "charset=".length()).trim();
    int end = 0;
    while (end < v.length() && v.charAt(end) != ';' && v.charAt(end) != ',') end++;
    v = v.substring(0, end).trim();
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
      v = v.substring(1, v.length() - 1).trim();
    }
    return v.isEmpty() ? null : v;
  }

  static boolean isHtmlType(String mimeType) {
    return mimeType.equals("text/html") || mimeType.equals("application/xhtml+xml");
  }

  /**
   * Whether the first kilobyte, after a BOM and blanks, opens like an HTML document: a doctype or
   * one of the usual first tags.
   */
  static boolean looksLikeHtml(byte[] body, int length) {
    int n = Math.min(length, 1024);
    int start = InputFormats.skipBomAndBlanks(body, n);
    if (start >= n || body[start] != '<') return false;
    String head =
        new String(body, start, n - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    for (String marker : HTML_MARKERS) {
      if (head.contains(marker)) return true;
    }
    return false;
  }

  /** The first bytes of {@code b} as printable text for reject details. */
  static String printable(byte[] b, int length, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(length, max); i++) {
      int c = b[i] & 0xff;
      if (c >= 0x20 && c < 0x7f) sb.append((char) c);
      else sb.append(String.format("\\x%02x", c));
    }
    return sb.toString();
  }
}
