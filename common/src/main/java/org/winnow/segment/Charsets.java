package org.winnow.segment;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
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
    return asciiPrefix(bytes) < bytes.length;
  }

  /** Reads eight bytes at once: a run of ASCII is told by one mask of its high bits. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The length of the run of ASCII bytes that {@code bytes} start with. */
  private static int asciiPrefix(byte[] bytes) {
    int n = bytes.length;
    int i = 0;
    while (i + 8 <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) i += 8;
    while (i < n && bytes[i] >= 0) i++;
    return i;
  }

  /**
   * {@code bytes} as UTF-8, or null when they are not valid UTF-8: exactly what the JDK's decoder
   * reporting malformed input gives, in one pass. The JDK's lenient {@code new String(bytes,
   * UTF_8)} widens a page with one character beyond Latin-1 a byte at a time and needs a second
   * scan for the U+FFFD it puts in place of a malformed byte; here runs of ASCII, most of any HTML
   * page, are widened eight bytes at a time.
   */
  public static String strictUtf8(byte[] bytes) {
    int n = bytes.length;
    int i = asciiPrefix(bytes);
    if (i == n) return new String(bytes, StandardCharsets.ISO_8859_1);
    char[] out = scratch(n);
    for (int k = 0; k < i; k++) out[k] = (char) bytes[k];
    int o = i;
    while (i < n) {
      if (i + 8 <= n) {
        long w = (long) LONGS.get(bytes, i);
        if ((w & HIGH_BITS) == 0) {
          for (int k = 0; k < 8; k++, w >>>= 8) out[o + k] = (char) (w & 0x7f);
          o += 8;
          i += 8;
          continue;
        }
      }
      int b1 = bytes[i];
      if (b1 >= 0) {
        out[o++] = (char) b1;
        i++;
        continue;
      }
      b1 &= 0xff;
      // the well-formed sequences of Unicode's table 3-7: no overlong forms, no surrogates,
      // nothing above U+10FFFF, so that exactly the JDK's malformed inputs give null
      if (b1 < 0xc2) return null;
      if (b1 < 0xe0) {
        if (i + 1 >= n || !continuation(bytes[i + 1])) return null;
        out[o++] = (char) (((b1 & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
        i += 2;
      } else if (b1 < 0xf0) {
        if (i + 2 >= n) return null;
        int b2 = bytes[i + 1] & 0xff;
        int lo = b1 == 0xe0 ? 0xa0 : 0x80;
        int hi = b1 == 0xed ? 0x9f : 0xbf;
        if (b2 < lo || b2 > hi || !continuation(bytes[i + 2])) return null;
        out[o++] = (char) (((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (bytes[i + 2] & 0x3f));
        i += 3;
      } else if (b1 < 0xf5) {
        if (i + 3 >= n) return null;
        int b2 = bytes[i + 1] & 0xff;
        int lo = b1 == 0xf0 ? 0x90 : 0x80;
        int hi = b1 == 0xf4 ? 0x8f : 0xbf;
        if (b2 < lo || b2 > hi || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
          return null;
        }
        int cp =
            ((b1 & 0x07) << 18)
                | ((b2 & 0x3f) << 12)
                | ((bytes[i + 2] & 0x3f) << 6)
                | (bytes[i + 3] & 0x3f);
        out[o++] = Character.highSurrogate(cp);
        out[o++] = Character.lowSurrogate(cp);
        i += 4;
      } else {
        return null;
      }
    }
    return new String(out, 0, o);
  }

  /**
   * Pages up to this many bytes decode into their thread's reused array; the String copies out of
   * it anyway, so a fresh array per page would only be zeroed and collected again.
   */
  private static final int SCRATCH_MAX = 1 << 20;

  private static final ThreadLocal<char[]> SCRATCH = new ThreadLocal<>();

  /** A char array of at least {@code n} elements, whatever they hold. */
  private static char[] scratch(int n) {
    if (n > SCRATCH_MAX) return new char[n];
    char[] a = SCRATCH.get();
    if (a == null || a.length < n) {
      a = new char[Math.max(n, Math.min(SCRATCH_MAX, 2 * (a == null ? 0 : a.length)))];
      SCRATCH.set(a);
    }
    return a;
  }

  private static boolean continuation(byte b) {
    return (b & 0xc0) == 0x80;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\ufeff' ? s.substring(1) : s;
  }
}
