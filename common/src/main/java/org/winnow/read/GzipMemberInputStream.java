package org.winnow.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
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
 *
 * <p>A per-record WARC can be entered anywhere: {@link #syncing} starts at the first member at or
 * after a byte offset that really begins a WARC record, and {@link #resync} steps over a corrupt
 * region to the next such member. "Really" means verified: a candidate {@code 1f 8b 08} header must
 * inflate to bytes starting {@code WARC/}, so the same three bytes inside compressed data (one
 * position in 16 million) never start a false record.
 */
final class GzipMemberInputStream extends InputStream {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  /** Compressed bytes read to decide whether a candidate header starts a WARC record. */
  static final int VERIFY_BYTES = 64 * 1024;

  /** How far {@link #perRecordWarc} reads for the end of the first member. */
  static final long PROBE_BYTES = 4L << 20;

  private static final byte[] WARC_MAGIC = {'W', 'A', 'R', 'C', '/'};

  /** Compressed bytes kept to step back to a failed member's start when resynchronising. */
  private static final int RETAIN_BYTES = 1 << 20;

  private final InputStream in;

  /** {@code in} through a ring of its last bytes once resynchronising is wanted, else null. */
  private ReplayInputStream replay;

  /** Compressed offset of the first byte {@link #replay} took from {@code in}. */
  private long replayOrigin;

  /** Members must start before this offset to be synchronised on. */
  private final long syncLimit;

  /** Whether the first read looks for a verified member instead of expecting one. */
  private boolean syncPending;

  private long memberStart;
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
    this(in, 0, Long.MAX_VALUE, false);
  }

  private GzipMemberInputStream(InputStream in, long origin, long syncLimit, boolean sync) {
    this.in = in;
    this.bufStart = origin;
    this.syncLimit = syncLimit;
    this.syncPending = sync;
  }

  /**
   * A stream over {@code in}, whose first byte is at compressed offset {@code origin} of the file,
   * that starts at the first verified WARC member beginning in {@code [origin, limit)} and is empty
   * when there is none; {@link #resync} looks no further than {@code limit} either.
   */
  static GzipMemberInputStream syncing(InputStream in, long origin, long limit) {
    GzipMemberInputStream g = new GzipMemberInputStream(in, origin, limit, true);
    g.retainForResync();
    return g;
  }

  /**
   * Keeps the last compressed bytes from now on so that {@link #resync} can go back to the start of
   * a member that failed; costs a 1 MB ring, so only archive readers ask for it.
   */
  void retainForResync() {
    if (replay != null) return;
    replayOrigin = bufStart + bufLen;
    replay = new ReplayInputStream(in, RETAIN_BYTES);
  }

  /** Whether a read failed and the stream reports that failure until {@link #resync}. */
  boolean failed() {
    return failure != null;
  }

  /** Decompressed bytes handed out so far: the offset of the next byte {@link #read} returns. */
  long produced() {
    return produced;
  }

  /**
   * After a failure, moves to the next verified WARC member after the start of the member that
   * failed (before the sync limit) and clears the failure: the next read returns that member's
   * bytes. Returns the decompressed offset where they begin, or -1 when no such member is left, in
   * which case the stream has ended.
   */
  long resync() throws IOException {
    if (failure == null) throw new IllegalStateException("nothing failed");
    if (replay == null) throw new IllegalStateException("retainForResync() was not called");
    failure = null;
    inMember = false;
    trailerPending = false;
    long from = memberStart + 1;
    if (!rewind(from)) from = position();
    try {
      if (sync(from) < 0) {
        finished = true;
        return -1;
      }
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    return produced;
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
    if (syncPending) {
      syncPending = false;
      if (sync(position()) < 0) finished = true;
    }
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

  /**
   * Positions the input at the first verified WARC member starting in {@code [from, syncLimit)} and
   * returns its offset, or -1.
   */
  private long sync(long from) throws IOException {
    if (!rewind(from)) throw new IllegalStateException("cannot return to offset " + from);
    byte[] window = new byte[VERIFY_BYTES];
    while (true) {
      long at = position();
      if (at >= syncLimit) return -1;
      int c = rawByte();
      if (c < 0) return -1;
      if (c != 0x1f) continue;
      // cheap test on the bytes at hand first: a verification reads ahead and steps back
      if (bufPos + 2 < bufLen && ((buf[bufPos] & 0xff) != 0x8b || buf[bufPos + 1] != 8)) continue;
      int n = 1;
      window[0] = 0x1f;
      while (n < window.length) {
        int d = rawByte();
        if (d < 0) break;
        window[n++] = (byte) d;
      }
      if (startsWarcMember(window, n)) {
        rewind(at);
        return at;
      }
      if (!rewind(at + 1)) throw new IllegalStateException("cannot return to offset " + (at + 1));
    }
  }

  /**
   * Whether {@code b[0..length)} starts a gzip member whose data inflate to bytes starting {@code
   * WARC/}: how a reader entering a file at an arbitrary offset tells a record's member from the
   * same bytes inside compressed data.
   */
  static boolean startsWarcMember(byte[] b, int length) {
    if (length < 18 || (b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b || b[2] != 8) return false;
    if ((b[3] & 0xe0) != 0) return false; // reserved flag bits are zero in every real header
    int p = headerLength(b, length);
    if (p >= length) return false;
    Inflater probe = new Inflater(true);
    try {
      probe.setInput(b, p, length - p);
      byte[] out = new byte[WARC_MAGIC.length];
      int n = 0;
      while (n < out.length && !probe.finished() && !probe.needsInput()) {
        int got = probe.inflate(out, n, out.length - n);
        if (got == 0 && (probe.needsDictionary() || probe.needsInput())) break;
        n += got;
      }
      return n == out.length && Arrays.equals(out, WARC_MAGIC);
    } catch (DataFormatException e) {
      return false;
    } finally {
      probe.end();
    }
  }

  /**
   * Whether the compressed stream {@code in} is a WARC with one record per gzip member: its first
   * member starts a WARC record, ends within {@link #PROBE_BYTES}, and the next one verifiably
   * starts a record too. Whole-file gzip and ARC files say no. Reads only what it needs.
   */
  static boolean perRecordWarc(InputStream in) throws IOException {
    byte[] b = new byte[VERIFY_BYTES];
    int n = in.readNBytes(b, 0, b.length);
    if (!startsWarcMember(b, n)) return false;
    int header = headerLength(b, n);
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(b, header, n - header);
      byte[] sink = new byte[64 * 1024];
      long read = n;
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          if (read >= PROBE_BYTES) return false;
          n = in.readNBytes(b, 0, b.length);
          if (n == 0) return false;
          read += n;
          inflater.setInput(b, 0, n);
        }
        if (inflater.inflate(sink) == 0 && inflater.needsDictionary()) return false;
      }
      // the rest of the buffer after the member's data: its 8-byte trailer, then the next member
      int rest = inflater.getRemaining();
      byte[] next = new byte[VERIFY_BYTES];
      int have = Math.max(0, rest - 8);
      System.arraycopy(b, n - rest + Math.min(rest, 8), next, 0, have);
      if (rest < 8) in.skipNBytes(8 - rest);
      have += in.readNBytes(next, have, next.length - have);
      return startsWarcMember(next, have);
    } catch (DataFormatException | EOFException e) {
      return false;
    } finally {
      inflater.end();
    }
  }

  /**
   * Length of the member header at the start of {@code b}, which {@link #startsWarcMember} checked.
   */
  private static int headerLength(byte[] b, int length) {
    int flags = b[3] & 0xff;
    int p = 10;
    if ((flags & FEXTRA) != 0) p += 2 + ((b[10] & 0xff) | (b[11] & 0xff) << 8);
    if ((flags & FNAME) != 0) p = skipZeroTerminated(b, p, length);
    if ((flags & FCOMMENT) != 0) p = skipZeroTerminated(b, p, length);
    if ((flags & FHCRC) != 0) p += 2;
    return p;
  }

  private static int skipZeroTerminated(byte[] b, int p, int length) {
    while (p < length && b[p] != 0) p++;
    return p + 1;
  }

  /** Moves the input to compressed offset {@code offset}; false when it was not kept. */
  private boolean rewind(long offset) {
    if (offset >= bufStart && offset <= bufStart + bufLen) {
      bufPos = (int) (offset - bufStart);
      return true;
    }
    if (replay == null || !replay.canRewindTo(offset - replayOrigin)) return false;
    replay.rewindTo(offset - replayOrigin);
    bufStart = offset;
    bufPos = 0;
    bufLen = 0;
    return true;
  }

  /** Reads a member header; false at a clean end of input. */
  private boolean startMember() throws IOException {
    long start = position();
    memberStart = start;
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
    long[] last = memberStarts.peekLast();
    // a member that failed before giving a byte does not start what comes out next
    if (last != null && last[0] == produced) memberStarts.pollLast();
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
    int n = (replay != null ? replay : in).read(buf, 0, buf.length);
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
