package org.winnow.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a zip archive read as a stream (local headers in order, no central directory needed,
 * so a zip on HDFS or S3 is read in one pass); directories are passed over.
 *
 * <pre>{@code
 * ZipEntries zip = new ZipEntries(in);   // in: a.zip holding site/a.html
 * zip.next().path()  // -> "site/a.html"
 * zip.next()         // -> null
 * }</pre>
 */
final class ZipEntries implements BundleEntries {
  private final ZipInputStream zip;

  ZipEntries(InputStream in) {
    this.zip = new ZipInputStream(in);
  }

  /** Whether {@code head} starts with a zip local file header (or is an empty zip). */
  static boolean looksLikeZip(byte[] head, int length) {
    return length >= 4
        && head[0] == 'P'
        && head[1] == 'K'
        && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
  }

  @Override
  public Entry next() throws IOException {
    while (true) {
      ZipEntry e;
      try {
        e = zip.getNextEntry();
      } catch (IllegalArgumentException bad) {
        // a file name that is not UTF-8 and has no language flag: the archive cannot be walked on
        throw new CorruptBundleException("a zip entry name is not UTF-8: " + bad.getMessage());
      }
      if (e == null) return null;
      if (e.isDirectory()) continue;
      return new Entry(e.getName(), new EntryBody(zip));
    }
  }

  /** One entry's bytes; closing it leaves the archive where the next entry starts. */
  private static final class EntryBody extends FilterInputStream {
    EntryBody(ZipInputStream zip) {
      super(zip);
    }

    @Override
    public void close() {
      // the next getNextEntry() skips what is left of this entry
    }
  }
}
