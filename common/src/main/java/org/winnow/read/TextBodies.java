package org.winnow.read;

import java.nio.charset.Charset;
import org.winnow.segment.Charsets;

/**
 * Bytes to text for plain-text inputs, and the one line layout every text record gets: {@code \n}
 * line ends, no BOM, no trailing blank lines. Lines are the paragraphs, so they are kept as they
 * are otherwise.
 *
 * <pre>{@code
 * TextBodies.normaliseLines("\uFEFFone\r\ntwo\r\n\r\n") // -> "one\ntwo"
 * TextBodies.decode(latin1Bytes, null)                  // -> UTF-8 if valid, else windows-1252
 * }</pre>
 */
final class TextBodies {
  private TextBodies() {}

  /**
   * Decodes with the declared charset when Java knows it; otherwise UTF-8 when the bytes are valid
   * UTF-8, else windows-1252 (the usual charset of undeclared legacy text).
   */
  static String decode(byte[] bytes, String declaredCharset) {
    if (declaredCharset != null) {
      try {
        return new String(bytes, Charset.forName(declaredCharset.trim()));
      } catch (IllegalArgumentException e) {
        // unknown or malformed charset name: fall through to detection
      }
    }
    String utf8 = Charsets.strictUtf8(bytes);
    return utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252"));
  }

  /** {@code \r\n} and {@code \r} to {@code \n}, BOM and trailing blank space removed. */
  static String normaliseLines(String text) {
    String t = text;
    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') t = t.substring(1);
    if (t.indexOf('\r') >= 0) t = t.replace("\r\n", "\n").replace('\r', '\n');
    int end = t.length();
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) end--;
    return t.substring(0, end);
  }
}
