package org.winnow.segment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes HTML bytes to text, trying in order: the charset the transport declared, a byte-order
 * mark, a {@code <meta charset>} or {@code http-equiv} declaration in the first 4 KB (the first one
 * that is not UTF-8 when the bytes are not UTF-8: archived pages carry the archive's own
 * declaration first), strict UTF-8, UTF-8 with a few broken bytes, and finally windows-1252 (which
 * decodes any byte). A declared legacy charset gives way to UTF-8 when the bytes are well-formed
 * UTF-8 with characters beyond ASCII: servers and re-saved copies keep an old {@code iso-8859-1}
 * label on UTF-8 pages, while text really written in a single-byte or East Asian legacy charset is
 * almost never well-formed UTF-8 (an accented letter there is one byte that UTF-8 rejects).
 *
 * <pre>{@code
 * Charsets.decode("<meta charset=iso-8859-1>caf\u00e9".getBytes(ISO_8859_1), null) -> "...café"
 * Charsets.decode("<meta charset=iso-8859-1>caf\u00e9".getBytes(UTF_8), null)      -> "...café"
 * }</pre>
 */
public final class Charsets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 4096;

  private Charsets() {}

  /** The decoded text and the charset that produced it. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes, String declared) {
    Charset c = lookup(declared);
    if (c != null && !c.equals(StandardCharsets.UTF_8)) {
      String utf8 = asciiCompatible(c) && hasNonAscii(bytes) ? strictUtf8(bytes) : null;
      if (utf8 != null) return new Decoded(stripBom(utf8), StandardCharsets.UTF_8);
      return new Decoded(stripBom(new String(bytes, c)), c);
    }
    // a declared UTF-8 that does not decode is a lying header: the sniffers below decide
    String utf8 = strictUtf8(bytes);
    if (c != null && utf8 != null) return new Decoded(stripBom(utf8), c);
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE);
    }
    Charset meta = lookup(sniffMeta(bytes, utf8 == null));
    if (meta != null && !meta.equals(StandardCharsets.UTF_8)) {
      boolean mislabelled = utf8 != null && asciiCompatible(meta) && hasNonAscii(bytes);
      if (!mislabelled) return new Decoded(new String(bytes, meta), meta);
    }
    if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (mostlyUtf8(lenient)) return new Decoded(stripBom(lenient), StandardCharsets.UTF_8);
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
  }

  /**
   * Whether a lenient UTF-8 decoding is right but for a few broken bytes (a truncated character, a
   * stray byte pasted in): at least this many well-formed non-ASCII characters per replacement.
   * Text in a single-byte charset read as UTF-8 is nearly all replacements.
   */
  private static final int VALID_PER_BROKEN = 10;

  private static boolean mostlyUtf8(String lenient) {
    int broken = 0;
    int valid = 0;
    for (int i = 0; i < lenient.length(); i++) {
      char c = lenient.charAt(i);
      if (c == '\uFFFD') broken++;
      else if (c > 0x7f) valid++;
    }
    return valid >= VALID_PER_BROKEN * broken;
  }

  /**
   * The charset named in the first meta declaration within the first bytes, or with {@code notUtf8}
   * the first one that does not name UTF-8 (null when there is none).
   */
  static String sniffMeta(byte[] bytes, boolean notUtf8) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int i = head.indexOf("charset", from);
      if (i < 0) return null;
      from = i + 7;
      int j = from;
      while (j < head.length() && (head.charAt(j) == ' ')) j++;
      if (j >= head.length() || head.charAt(j) != '=') continue;
      j++;
      while (j < head.length()
          && (head.charAt(j) == ' ' || head.charAt(j) == '"' || head.charAt(j) == '\'')) {
        j++;
      }
      int k = j;
      while (k < head.length()) {
        char ch = head.charAt(k);
        if (!(Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == ':' || ch == '.')) {
          break;
        }
        k++;
      }
      if (k == j) continue;
      String name = head.substring(j, k);
      if (!notUtf8 || !StandardCharsets.UTF_8.equals(lookup(name))) return name;
    }
  }

  static Charset lookup(String name) {
    if (name == null || name.isBlank()) return null;
    String n = name.trim().toLowerCase(Locale.ROOT);
    // browsers read these labels as windows-1252 (WHATWG Encoding), and so do we
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252;
    }
    if (n.equals("utf8")) return StandardCharsets.UTF_8;
    try {
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether a charset writes ASCII as ASCII bytes, as HTML's declarations assume (not UTF-16). */
  private static boolean asciiCompatible(Charset c) {
    String name = c.name();
    return !name.startsWith("UTF-16") && !name.startsWith("UTF-32") && !name.startsWith("x-UTF");
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) if (b < 0) return true;
    return false;
  }

  /** {@code bytes} as UTF-8, or null when they are not valid UTF-8. */
  public static String strictUtf8(byte[] bytes) {
    // the JDK's lenient decoder is much faster; only a replacement character in its output
    // needs the strict decoder to tell a real U+FFFD from a malformed byte
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) return lenient;
    // without U+FFFD's own bytes every replacement stands for a malformed byte: no need for the
    // strict decoder to find one (a page in a legacy charset would be decoded a second time)
    if (!containsReplacementCharacter(bytes)) return null;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Whether {@code bytes} hold U+FFFD encoded in UTF-8 (EF BF BD). */
  private static boolean containsReplacementCharacter(byte[] bytes) {
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == (byte) 0xef && bytes[i + 1] == (byte) 0xbf && bytes[i + 2] == (byte) 0xbd) {
        return true;
      }
    }
    return false;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\ufeff' ? s.substring(1) : s;
  }
}
