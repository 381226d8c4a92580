package org.winnow.read;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * How an input file is compressed, told by its first bytes, never by its name ({@code .warc} files
 * that are really gzip exist).
 *
 * <pre>{@code
 * Compression.sniff(new byte[] {0x1f, (byte) 0x8b, 8, 0}, 4) // -> GZIP
 * Compression.sniff("WARC/1.0".getBytes(), 8)               // -> NONE
 * }</pre>
 */
public enum Compression {
  NONE,
  /** One or more gzip members: per-record, whole-file or anything between. */
  GZIP,
  BZIP2,
  ZSTD;

  /** The compression whose magic number starts {@code head}. */
  public static Compression sniff(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return GZIP;
    if (length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') return BZIP2;
    if (length >= 4
        && (head[0] & 0xff) == 0x28
        && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f
        && (head[3] & 0xff) == 0xfd) {
      return ZSTD;
    }
    return NONE;
  }

  /** A stream of the decompressed bytes of {@code compressed}; NONE returns it as is. */
  InputStream decode(InputStream compressed) throws IOException {
    return switch (this) {
      case NONE -> compressed;
      case GZIP -> {
        GzipMemberInputStream g = new GzipMemberInputStream(compressed);
        // archives step over corrupt members; the ring grows with the input, so small files pay
        // little
        g.retainForResync();
        yield g;
      }
      case BZIP2 -> new BZip2CompressorInputStream(compressed, true);
      case ZSTD -> new ZstdInputStream(compressed).setContinuous(false);
    };
  }

  /** Reads up to {@code max} bytes from a mark-supporting stream and resets it. */
  static byte[] peek(BufferedInputStream in, int max) throws IOException {
    in.mark(max);
    byte[] head = in.readNBytes(max);
    in.reset();
    return head;
  }
}
