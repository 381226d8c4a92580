package org.winnow.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip stream of any number of members and remembers where each member starts, so
 * that a WARC record that begins a member can be named by the compressed offset archive indexes
 * (CDX) use.
 *
 * <pre>{@code
 * per-record .warc.gz: members at compressed 0, 480, 2201 -> uncompressed 0, 1023, 5230
 * memberAt(1023) -> 480; memberAt(700) -> -1 (inside a member: whole-file gzip)
 * }</pre>
 *
 * <p>A stream that ends inside a member throws {@link EOFException} rather than ending quietly: a
 * clipped archive must not look complete. Zero bytes after the last member (block padding) end the
 * stream; other trailing bytes are reported as corrupt.
 */
final class GzipMemberInputStream extends InputStream {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private int bufPos;
  private int bufLen;

  /** Compressed offset of {@code buf[0]}. */
  private long bufStart;

  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private boolean inMember;

  /** The member's deflate data ended; its trailer is read on the next call. */
  private boolean trailerPending;

  private boolean finished;
  private long produced;
  private final ArrayDeque<long[]> memberStarts = new ArrayDeque<>();
  private final byte[] one = new byte[1];
  private IOException failure;

  GzipMemberInputStream(InputStream in) {
    this.in = in;
  }

  /**
   * The compressed offset of the member that starts exactly at {@code uncompressedOffset}, or -1.
   * Offsets must be asked in increasing order: older members are forgotten, which keeps memory
   * bounded by the read-ahead of the caller rather than by the file.
   */
  long memberAt(long uncompressedOffset) {
    while (!memberStarts.isEmpty() && memberStarts.peekFirst()[0] < uncompressedOffset) {
      memberStarts.pollFirst();
    }
    long[] first = memberStarts.peekFirst();
    return first != null && first[0] == uncompressedOffset ? first[1] : -1;
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (failure != null) throw failure;
    try {
      return decompress(b, off, len);
    } catch (IOException e) {
      // damage is permanent: every later read reports it instead of decoding past it
      failure = e;
      throw e;
    }
  }

  private int decompress(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    while (!finished) {
      if (trailerPending) {
        // checked only now so that the bytes of a member whose trailer is cut still come out first
        endMember();
      }
      if (!inMember) {
        if (!startMember()) {
          finished = true;
          break;
        }
      }
      if (inflater.needsInput()) {
        if (!fill()) {
          throw new EOFException("gzip stream ends inside a member (truncated file)");
        }
        inflater.setInput(buf, bufPos, bufLen - bufPos);
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new ZipException("corrupt gzip data near byte " + position() + ": " + e.getMessage());
      }
      bufPos = bufLen - inflater.getRemaining();
      if (n > 0) crc.update(b, off, n);
      if (inflater.finished()) trailerPending = true;
      else if (n == 0 && inflater.needsDictionary()) {
        throw new ZipException("gzip member needs a preset dictionary");
      }
      if (n > 0) {
        produced += n;
        return n;
      }
    }
    return -1;
  }

  private long position() {
    return bufStart + bufPos;
  }

  /** Reads a member header; false at a clean end of input. */
  private boolean startMember() throws IOException {
    long start = position();
    int id1 = rawByte();
    if (id1 < 0) return false;
    if (id1 == 0) {
      skipZeroPadding();
      return false;
    }
    int id2 = rawByte();
    if (id1 != 0x1f || id2 != 0x8b) {
      throw new ZipException("bytes after gzip member at offset " + start + " are not gzip");
    }
    if (rawByte() != 8) throw new ZipException("unknown gzip method at offset " + start);
    int flags = rawByte();
    for (int i = 0; i < 6; i++) requireByte(); // mtime, xfl, os
    if ((flags & FEXTRA) != 0) {
      int xlen = requireByte() | (requireByte() << 8);
      for (int i = 0; i < xlen; i++) requireByte();
    }
    if ((flags & FNAME) != 0) while (requireByte() != 0) {}
    if ((flags & FCOMMENT) != 0) while (requireByte() != 0) {}
    if ((flags & FHCRC) != 0) {
      requireByte();
      requireByte();
    }
    memberStarts.addLast(new long[] {produced, start});
    inflater.reset();
    crc.reset();
    inflater.setInput(buf, bufPos, bufLen - bufPos);
    inMember = true;
    return true;
  }

  private void endMember() throws IOException {
    long expectedCrc = 0;
    for (int i = 0; i < 4; i++) expectedCrc |= (long) requireByte() << (8 * i);
    long size = 0;
    for (int i = 0; i < 4; i++) size |= (long) requireByte() << (8 * i);
    if (expectedCrc != crc.getValue()) {
      throw new ZipException("gzip member CRC mismatch before offset " + position());
    }
    if (size != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new ZipException("gzip member size mismatch before offset " + position());
    }
    inMember = false;
    trailerPending = false;
  }

  private void skipZeroPadding() throws IOException {
    int c;
    while ((c = rawByte()) == 0) {}
    if (c >= 0) {
      throw new ZipException("non-zero bytes after gzip padding at offset " + (position() - 1));
    }
  }

  private int requireByte() throws IOException {
    int c = rawByte();
    if (c < 0) throw new EOFException("gzip stream ends inside a member header or trailer");
    return c;
  }

  private int rawByte() throws IOException {
    if (bufPos == bufLen && !fill()) return -1;
    return buf[bufPos++] & 0xff;
  }

  /** Refills the buffer once it is used up; false at the end of input. */
  private boolean fill() throws IOException {
    if (bufPos < bufLen) return true;
    bufStart += bufLen;
    bufPos = 0;
    bufLen = 0;
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      if (n == 0) throw new IOException("input returned no bytes");
      return false;
    }
    bufLen = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
