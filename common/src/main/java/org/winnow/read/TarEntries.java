package org.winnow.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The regular files of a tar archive (v7, POSIX ustar, GNU and pax), read in order from a stream:
 * each entry's path and a stream over exactly its bytes. Long names from GNU {@code L} entries and
 * pax {@code path}/{@code size} records are applied to the entry they precede; directories, links
 * and devices are passed over.
 *
 * <pre>{@code
 * TarEntries tar = new TarEntries(in);   // in: a.tar holding site/a.html and site/b.html
 * tar.next().path()  // -> "site/a.html"
 * tar.next().path()  // -> "site/b.html"
 * tar.next()         // -> null
 * }</pre>
 */
final class TarEntries implements BundleEntries {
  private static final int BLOCK = 512;
  // A pax or GNU long-name header describes a name, never an article: anything larger is damage.
  private static final int MAX_META_BYTES = 1 << 20;

  private final InputStream in;
  private final byte[] header = new byte[BLOCK];
  private Body open;

  TarEntries(InputStream in) {
    this.in = in;
  }

  /** Whether {@code head} starts with a tar header: a ustar magic or a valid v7 checksum. */
  static boolean looksLikeTar(byte[] head, int length) {
    if (length < BLOCK) return false;
    if (head[0] == 0) return false;
    boolean ustar =
        head[257] == 'u'
            && head[258] == 's'
            && head[259] == 't'
            && head[260] == 'a'
            && head[261] == 'r';
    return ustar && checksumMatches(head);
  }

  @Override
  public Entry next() throws IOException {
    if (open != null) {
      open.skipRest();
      open = null;
    }
    String longName = null;
    long paxSize = -1;
    while (true) {
      if (!readBlock()) return null;
      if (allZero(header)) return null;
      if (!checksumMatches(header)) {
        throw new CorruptBundleException("a tar header's checksum does not match");
      }
      long size = paxSize >= 0 ? paxSize : size(header);
      byte type = header[156];
      String name = longName != null ? longName : name(header);
      switch (type) {
        case 'L' -> {
          longName = trimNul(new String(meta(size), StandardCharsets.UTF_8));
          continue;
        }
        case 'x' -> {
          Pax pax = Pax.parse(meta(size));
          if (pax.path != null) longName = pax.path;
          if (pax.size >= 0) paxSize = pax.size;
          continue;
        }
        case 'g' -> {
          meta(size);
          continue;
        }
        default -> {}
      }
      boolean file = type == '0' || type == 0 || type == '7';
      open = new Body(size);
      if (!file) {
        open.skipRest();
        open = null;
        longName = null;
        paxSize = -1;
        continue;
      }
      return new Entry(name, open);
    }
  }

  private boolean readBlock() throws IOException {
    int n = in.readNBytes(header, 0, BLOCK);
    if (n == 0) return false;
    if (n < BLOCK) throw new EOFException("the tar archive ends inside a header");
    return true;
  }

  /** The body of a metadata entry (long name, pax records), padding skipped. */
  private byte[] meta(long size) throws IOException {
    if (size > MAX_META_BYTES) {
      throw new CorruptBundleException("a tar metadata entry of " + size + " bytes");
    }
    byte[] bytes = in.readNBytes((int) size);
    if (bytes.length < size) throw new EOFException("the tar archive ends inside an entry");
    skipFully(padding(size));
    return bytes;
  }

  private void skipFully(long n) throws IOException {
    try {
      in.skipNBytes(n);
    } catch (EOFException e) {
      throw new EOFException("the tar archive ends inside an entry");
    }
  }

  private static long padding(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  /** Path: the ustar prefix, a slash and the name, when the header has a prefix. */
  private static String name(byte[] h) {
    String name = field(h, 0, 100);
    boolean posix = h[257] == 'u' && h[262] == 0;
    if (posix && h[345] != 0) return field(h, 345, 155) + "/" + name;
    return name;
  }

  /** Size in octal ASCII, or in base 256 when the first byte's high bit is set (GNU, > 8 GB). */
  static long size(byte[] h) {
    if ((h[124] & 0x80) != 0) {
      long v = h[124] & 0x7f;
      for (int i = 125; i < 136; i++) {
        if (v > (Long.MAX_VALUE >> 8)) throw new CorruptBundleException("a tar size overflows");
        v = (v << 8) | (h[i] & 0xff);
      }
      return v;
    }
    return octal(h, 124, 12);
  }

  private static long octal(byte[] h, int from, int length) {
    long v = 0;
    boolean digits = false;
    for (int i = from; i < from + length; i++) {
      byte b = h[i];
      if (b == 0 || (b == ' ' && digits)) break;
      if (b == ' ') continue;
      if (b < '0' || b > '7') throw new CorruptBundleException("a tar number is not octal");
      v = (v << 3) | (b - '0');
      digits = true;
    }
    return v;
  }

  /** The header checksum: the sum of its bytes with the checksum field read as spaces. */
  private static boolean checksumMatches(byte[] h) {
    long stored;
    try {
      stored = octal(h, 148, 8);
    } catch (CorruptBundleException e) {
      return false;
    }
    long unsigned = 0;
    long signed = 0; // some old writers summed signed bytes
    for (int i = 0; i < BLOCK; i++) {
      int b = (i >= 148 && i < 156) ? ' ' : h[i];
      unsigned += b & 0xff;
      signed += b;
    }
    return stored == unsigned || stored == signed;
  }

  private static String field(byte[] h, int from, int length) {
    int end = from;
    while (end < from + length && h[end] != 0) end++;
    return new String(h, from, end - from, StandardCharsets.UTF_8);
  }

  private static String trimNul(String s) {
    int end = s.indexOf('\0');
    return end < 0 ? s : s.substring(0, end);
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) if (x != 0) return false;
    return true;
  }

  /** The {@code path} and {@code size} of a pax extended header ("LEN key=value\n" records). */
  private record Pax(String path, long size) {
    static Pax parse(byte[] bytes) {
      String path = null;
      long size = -1;
      int at = 0;
      while (at < bytes.length) {
        int space = at;
        while (space < bytes.length && bytes[space] != ' ') space++;
        if (space >= bytes.length) break;
        int length;
        try {
          length = Integer.parseInt(new String(bytes, at, space - at, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
          throw new CorruptBundleException("a pax record has no length");
        }
        if (length <= space - at || at + length > bytes.length) {
          throw new CorruptBundleException("a pax record overruns its header");
        }
        String record =
            new String(bytes, space + 1, at + length - space - 2, StandardCharsets.UTF_8);
        int eq = record.indexOf('=');
        if (eq > 0) {
          String key = record.substring(0, eq);
          String value = record.substring(eq + 1);
          if (key.equals("path")) path = value;
          if (key.equals("size")) {
            try {
              size = Long.parseLong(value);
            } catch (NumberFormatException e) {
              throw new CorruptBundleException("a pax size is not a number");
            }
          }
        }
        at += length;
      }
      return new Pax(path, size);
    }
  }

  /** Exactly one entry's bytes; closing it leaves the archive at the next header. */
  private final class Body extends InputStream {
    private long left;
    private final long size;
    private boolean done;

    Body(long size) {
      this.size = size;
      this.left = size;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) return -1;
      int b = in.read();
      if (b < 0) throw new EOFException("the tar archive ends inside an entry");
      left--;
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (left <= 0) return -1;
      int n = in.read(buf, off, (int) Math.min(len, left));
      if (n < 0) throw new EOFException("the tar archive ends inside an entry");
      left -= n;
      return n;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(left, in.available());
    }

    /** The nested reader closes its input when done: that only moves past this entry. */
    @Override
    public void close() throws IOException {
      skipRest();
    }

    void skipRest() throws IOException {
      if (done) return;
      done = true;
      skipFully(left + padding(size));
      left = 0;
    }
  }
}
