package org.winnow.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ARC record header line that jwarc refuses because it ends in CRLF, rewritten to end in LF.
 *
 * <p>Early ARC v1 files (1996 style, written on DOS-lineage tools) end every header line in {@code
 * \r\n}; the length field still counts only the bytes after the line end, so the record is
 * unambiguous once the {@code \r} is dropped.
 *
 * <pre>{@code
 * "http://a.example/ 127.0.0.1 19961104142103 text/html 208\r\n"
 *   -> "http://a.example/ 127.0.0.1 19961104142103 text/html 208\n", contentLength 208
 * }</pre>
 *
 * <p>Only such lines are repaired: a line without the CR, with other control characters, with a
 * field count that is neither ARC v1's five nor v2's ten, without a 14-digit date or without a
 * numeric length stays a {@code bad_record} reject.
 */
final class ArcHeaderRepair {
  /** An ARC header line longer than this is no header line: the record is rejected as before. */
  static final int MAX_LINE_BYTES = 1 << 14;

  private ArcHeaderRepair() {}

  /**
   * Reads the header line at the stream's position (after any blank line ends left by the record
   * before) and repairs it; null when it cannot be repaired (the stream's position is then
   * undefined).
   */
  static WarcHeaderRepair.Repaired read(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    do {
      b = in.read();
    } while (b == '\r' || b == '\n');
    while (b >= 0 && b != '\n') {
      if (line.size() >= MAX_LINE_BYTES) return null;
      line.write(b);
      b = in.read();
    }
    if (b < 0) return null;
    return repair(line.toString(StandardCharsets.ISO_8859_1));
  }

  /** The repaired form of one header line (without its {@code \n}), or null. */
  static WarcHeaderRepair.Repaired repair(String line) {
    if (!line.endsWith("\r")) return null;
    String text = line.substring(0, line.length() - 1);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < ' ') return null;
    }
    String[] fields = text.split(" ", -1);
    if (fields.length != 5 && fields.length != 10) return null;
    if (!fields[2].matches("\\d{14}")) return null;
    String length = fields[fields.length - 1];
    if (!length.matches("\\d{1,18}")) return null;
    byte[] header = (text + "\n").getBytes(StandardCharsets.ISO_8859_1);
    return new WarcHeaderRepair.Repaired(header, Long.parseLong(length));
  }
}
