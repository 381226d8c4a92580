package org.winnow.read;

import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the transfer and content encodings an archived HTTP payload really has. Archives often
 * keep {@code Transfer-Encoding: chunked} or {@code Content-Encoding: gzip} headers over a payload
 * the crawler already decoded, so each declared encoding is applied only when the bytes carry its
 * framing or magic number.
 *
 * <pre>{@code
 * decode("5\r\nhello\r\n0\r\n\r\n", "chunked", null) -> "hello"
 * decode("<html>...", "chunked", "gzip")             -> "<html>..." (headers lie: left as is)
 * decode(brotliBytes, null, "br")                    -> failure unsupported_encoding
 * }</pre>
 */
final class PayloadDecoder {
  private final long maxBytes;

  /** The decoded payload, or why it could not be decoded ({@code bytes == null}). */
  record Result(byte[] bytes, String reason, String detail) {
    static Result ok(byte[] bytes) {
      return new Result(bytes, null, null);
    }

    static Result fail(String reason, String detail) {
      return new Result(null, reason, detail);
    }

    boolean ok() {
      return bytes != null;
    }
  }

  PayloadDecoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  Result decode(byte[] body, String transferEncoding, String contentEncoding) {
    byte[] bytes = body;
    if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      byte[] unchunked = unchunk(bytes);
      if (unchunked != null) bytes = unchunked;
    }
    if (contentEncoding == null) return Result.ok(bytes);
    String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
    // codings are listed in the order they were applied: undo them from the last
    for (int i = codings.length - 1; i >= 0; i--) {
      Result r = undo(codings[i].trim(), bytes);
      if (!r.ok()) return r;
      bytes = r.bytes();
    }
    return Result.ok(bytes);
  }

  private Result undo(String coding, byte[] bytes) {
    switch (coding) {
      case "", "identity", "none", "utf-8", "utf8", "binary", "text" -> {
        return Result.ok(bytes);
      }
      case "gzip", "x-gzip" -> {
        if (!isGzip(bytes)) return Result.ok(bytes);
        return inflate(new GzipMemberInputStream(new ByteArrayInputStream(bytes)), "gzip");
      }
      case "deflate" -> {
        if (isZlib(bytes)) {
          return inflate(new InflaterInputStream(new ByteArrayInputStream(bytes)), "deflate");
        }
        if (looksDecoded(bytes)) return Result.ok(bytes);
        // some servers send raw deflate without the zlib header
        return inflate(
            new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(true)),
            "deflate");
      }
      case "zstd" -> {
        if (Compression.sniff(bytes, bytes.length) != Compression.ZSTD) return Result.ok(bytes);
        try {
          return inflate(new ZstdInputStream(new ByteArrayInputStream(bytes)), "zstd");
        } catch (IOException e) {
          return Result.fail("bad_encoding", "zstd: " + e.getMessage());
        }
      }
      default -> {
        // brotli (br) has no magic number: a payload that already reads as text was decoded by
        // the crawler; anything else needs a decoder this project does not ship
        if (looksDecoded(bytes)) return Result.ok(bytes);
        return Result.fail(
            "unsupported_encoding",
            "Content-Encoding " + coding + " over " + bytes.length + " bytes");
      }
    }
  }

  private Result inflate(InputStream in, String coding) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > maxBytes) {
          return Result.fail(
              "too_large", coding + " payload inflates beyond " + maxBytes + " bytes");
        }
      }
    } catch (EOFException e) {
      // a capture cut by the crawler's size limit still holds most of its page: keep what inflated
      if (out.size() == 0) return Result.fail("bad_encoding", coding + ": " + e.getMessage());
    } catch (IOException e) {
      if (out.size() == 0) return Result.fail("bad_encoding", coding + ": " + e.getMessage());
    }
    return Result.ok(out.toByteArray());
  }

  /**
   * De-chunks when the bytes open with a valid chunk-size line; else null (the payload was stored
   * de-chunked). A body cut inside a chunk keeps the bytes that are there.
   */
  static byte[] unchunk(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    int pos = 0;
    boolean first = true;
    while (pos < b.length) {
      int lf = -1;
      for (int i = pos; i < Math.min(b.length, pos + 1024); i++) {
        if (b[i] == '\n') {
          lf = i;
          break;
        }
      }
      long size = lf < 0 ? -1 : chunkSize(b, pos, lf);
      if (size < 0) {
        if (first) return null;
        break;
      }
      first = false;
      if (size == 0) break;
      int start = lf + 1;
      int take = (int) Math.min(size, b.length - start);
      out.write(b, start, take);
      pos = start + take;
      if (pos < b.length && b[pos] == '\r') pos++;
      if (pos < b.length && b[pos] == '\n') pos++;
    }
    return out.toByteArray();
  }

  /** The hex size on {@code b[from..lf)} (extensions after ';' ignored), or -1 if malformed. */
  private static long chunkSize(byte[] b, int from, int lf) {
    int end = lf;
    if (end > from && b[end - 1] == '\r') end--;
    long size = 0;
    int digits = 0;
    int i = from;
    for (; i < end; i++) {
      int c = b[i];
      int d = Character.digit(c, 16);
      if (d < 0) break;
      if (++digits > 15) return -1;
      size = size * 16 + d;
    }
    if (digits == 0) return -1;
    while (i < end && (b[i] == ' ' || b[i] == '\t')) i++;
    if (i < end && b[i] != ';') return -1;
    return size;
  }

  static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private static boolean isZlib(byte[] b) {
    return b.length >= 2 && (b[0] & 0x0f) == 8 && (((b[0] & 0xff) << 8) | (b[1] & 0xff)) % 31 == 0;
  }

  /** Text-looking payloads are taken as already decoded, whatever the headers claim. */
  private static boolean looksDecoded(byte[] b) {
    int n = Math.min(b.length, 2048);
    return n == 0 || InputFormats.looksLikeText(b, 0, n);
  }
}
