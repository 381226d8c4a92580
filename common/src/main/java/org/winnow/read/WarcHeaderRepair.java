package org.winnow.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A WARC record header that the standard allows but jwarc refuses, rewritten in the form jwarc
 * reads: a lower-case version line ({@code warc/1.0}), field values folded onto continuation lines,
 * values padded with spaces, a lower-case {@code WARC-Type} value written in capitals.
 *
 * <pre>{@code
 * "warc/1.0\r\nwarc-type: RESPONSE\r\nContent-Length:\r\n  693\r\n\r\n"
 *   -> "WARC/1.0\r\nwarc-type: response\r\nContent-Length: 693\r\n\r\n", contentLength 693
 * }</pre>
 *
 * <p>Only what is unambiguous is repaired: a header without a version line, with a line that is
 * neither a field nor a continuation, or without exactly one numeric {@code Content-Length} stays a
 * {@code bad_record} reject.
 */
final class WarcHeaderRepair {
  /** A header longer than this is no header: the record is rejected as before. */
  static final int MAX_HEADER_BYTES = 1 << 16;

  private WarcHeaderRepair() {}

  /** A repaired header: the bytes jwarc reads, and the length of the block that follows. */
  record Repaired(byte[] header, long contentLength) {}

  /**
   * Reads the header block at the stream's position through the blank line that ends it and repairs
   * it; null when it cannot be repaired (the stream's position is then undefined).
   */
  static Repaired read(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int total = 0;
    while (true) {
      int b = in.read();
      if (b < 0 || ++total > MAX_HEADER_BYTES) return null;
      if (b != '\n') {
        line.write(b);
        continue;
      }
      String text = line.toString(StandardCharsets.UTF_8);
      line.reset();
      if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
      if (text.isEmpty()) {
        if (lines.isEmpty()) continue; // blank lines before a record are padding
        return repair(lines);
      }
      lines.add(text);
    }
  }

  /** The repaired form of header lines (without their line ends), or null. */
  static Repaired repair(List<String> lines) {
    String version = lines.get(0).strip();
    if (!version.regionMatches(true, 0, "WARC/", 0, 5)
        || !version.substring(5).matches("\\d+\\.\\d+")) {
      return null;
    }
    List<String[]> fields = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      if (l.startsWith(" ") || l.startsWith("\t")) {
        if (fields.isEmpty()) return null;
        String[] last = fields.get(fields.size() - 1);
        String more = l.strip();
        last[1] = last[1].isEmpty() ? more : more.isEmpty() ? last[1] : last[1] + " " + more;
        continue;
      }
      int colon = l.indexOf(':');
      if (colon <= 0) return null;
      fields.add(new String[] {l.substring(0, colon).strip(), l.substring(colon + 1).strip()});
    }
    long contentLength = -1;
    StringBuilder out = new StringBuilder("WARC/").append(version.substring(5)).append("\r\n");
    for (String[] f : fields) {
      String name = f[0];
      String value = f[1];
      if (name.equalsIgnoreCase("Content-Length")) {
        if (contentLength >= 0 || !value.matches("\\d{1,18}")) return null;
        contentLength = Long.parseLong(value);
      }
      if (name.equalsIgnoreCase("WARC-Type")) value = value.toLowerCase(Locale.ROOT);
      out.append(name).append(": ").append(value).append("\r\n");
    }
    if (contentLength < 0) return null;
    out.append("\r\n");
    return new Repaired(out.toString().getBytes(StandardCharsets.UTF_8), contentLength);
  }
}
