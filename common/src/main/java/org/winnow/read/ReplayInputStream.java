package org.winnow.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream that keeps its last bytes in a ring so a reader can step back a little: after
 * jwarc fails on a broken record header it has read ahead, and re-synchronising on the next {@code
 * WARC/} line needs the bytes it swallowed.
 *
 * <pre>{@code
 * ReplayInputStream r = new ReplayInputStream(in, 1 << 18);
 * r.readNBytes(100); r.rewindTo(10); r.read() // -> the 11th byte again
 * }</pre>
 *
 * <p>The ring grows to its capacity only as bytes pass, so a short input costs a small ring.
 */
final class ReplayInputStream extends InputStream {
  private static final int FIRST_RING_BYTES = 1 << 14;

  private final InputStream in;
  private final int capacity;
  private byte[] ring;
  private int mask;

  /** Bytes taken from {@code in} so far. */
  private long high;

  /** Offset of the next byte to hand out; below {@code high} while replaying. */
  private long pos;

  private boolean exhausted;
  private final byte[] one = new byte[1];

  /** {@code capacity} must be a power of two. */
  ReplayInputStream(InputStream in, int capacity) {
    if (Integer.bitCount(capacity) != 1) throw new IllegalArgumentException("capacity " + capacity);
    this.in = in;
    this.capacity = capacity;
    this.ring = new byte[Math.min(capacity, FIRST_RING_BYTES)];
    this.mask = ring.length - 1;
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    if (pos < high) {
      int n = (int) Math.min(len, high - pos);
      copyOut(pos, b, off, n);
      pos += n;
      return n;
    }
    int n;
    try {
      n = in.read(b, off, Math.min(len, ring.length));
    } catch (IOException | RuntimeException e) {
      exhausted = true;
      throw e;
    }
    if (n < 0) {
      exhausted = true;
      return -1;
    }
    copyIn(b, off, n);
    high += n;
    pos = high;
    return n;
  }

  /** Offset of the next byte {@link #read} returns. */
  long position() {
    return pos;
  }

  /** Whether the underlying input has ended or failed. */
  boolean exhausted() {
    return exhausted;
  }

  /** Forgets a failure of the underlying input, which a resynchronising decoder recovered from. */
  void resume() {
    exhausted = false;
  }

  boolean canRewindTo(long offset) {
    return offset <= high && offset >= high - ring.length && offset >= 0;
  }

  void rewindTo(long offset) {
    if (!canRewindTo(offset)) throw new IllegalStateException("cannot rewind to " + offset);
    pos = offset;
  }

  private void copyIn(byte[] b, int off, int n) {
    if (high + n > ring.length && ring.length < capacity) {
      // nothing has wrapped yet, so every kept byte sits at its offset and a larger ring keeps it
      int size = ring.length;
      while (size < capacity && size < high + n) size *= 2;
      ring = Arrays.copyOf(ring, size);
      mask = size - 1;
    }
    int start = (int) (high & mask);
    int first = Math.min(n, ring.length - start);
    System.arraycopy(b, off, ring, start, first);
    if (first < n) System.arraycopy(b, off + first, ring, 0, n - first);
  }

  private void copyOut(long from, byte[] b, int off, int n) {
    int start = (int) (from & mask);
    int first = Math.min(n, ring.length - start);
    System.arraycopy(ring, start, b, off, first);
    if (first < n) System.arraycopy(ring, 0, b, off + first, n - first);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
