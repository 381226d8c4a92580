package org.winnow.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of bytes from a stream, each at most {@code maxBytes} long; a longer line is skipped to its
 * end and reported as too long, so memory stays bounded whatever the input.
 *
 * <pre>{@code
 * "a\r\nbb\n" -> Line("a"), Line("bb"), null
 * }</pre>
 */
final class LineInput {
  /** One line without its line end; {@code bytes} is reused by the next call. */
  record Line(byte[] bytes, int length, boolean tooLong) {
    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        byte c = bytes[i];
        if (c != ' ' && c != '\t' && c != '\r') return false;
      }
      return true;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int len;

  /** Offset in the file of {@code buf[0]}. */
  private long bufStart;

  private byte[] line = new byte[1024];
  private long lineNumber;

  LineInput(InputStream in, int maxBytes) {
    this(in, maxBytes, 0, 0);
  }

  /**
   * Lines of {@code in}, whose first byte is at offset {@code origin} of its file, numbered on from
   * {@code linesBefore}.
   */
  LineInput(InputStream in, int maxBytes, long origin, long linesBefore) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.bufStart = origin;
    this.lineNumber = linesBefore;
  }

  /** Offset in the file of the next byte to read: where the next line starts. */
  long position() {
    return bufStart + pos;
  }

  /** Drops the bytes up to and including the next line end, without counting a line. */
  void skipPastLineEnd() throws IOException {
    while (true) {
      if (pos == len && !refill()) return;
      while (pos < len) {
        if (buf[pos++] == '\n') return;
      }
    }
  }

  private boolean refill() throws IOException {
    bufStart += len;
    pos = 0;
    len = in.read(buf, 0, buf.length);
    if (len <= 0) {
      len = 0;
      return false;
    }
    return true;
  }

  int maxBytes() {
    return maxBytes;
  }

  /** 1-based number of the line last returned. */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line, or null at the end of input. */
  Line next() throws IOException {
    int n = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len && !refill()) {
        if (!any) return null;
        break;
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') pos++;
      int chunk = pos - start;
      if (!tooLong) {
        if (n + chunk > maxBytes) {
          tooLong = true;
        } else {
          if (n + chunk > line.length) {
            line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(n + chunk, line.length * 2)));
          }
          System.arraycopy(buf, start, line, n, chunk);
          n += chunk;
        }
      }
      if (pos < len) {
        pos++; // the '\n'
        break;
      }
    }
    lineNumber++;
    if (!tooLong && n > 0 && line[n - 1] == '\r') n--;
    return new Line(line, tooLong ? 0 : n, tooLong);
  }
}
