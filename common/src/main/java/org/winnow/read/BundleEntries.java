package org.winnow.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * The files of a tar or zip archive, one at a time: how {@link BundledFilesStream} walks either.
 *
 * <pre>{@code
 * for (Entry e = entries.next(); e != null; e = entries.next()) read(e.path(), e.body());
 * }</pre>
 */
interface BundleEntries {
  /** One file of an archive: its path inside the archive and a stream over exactly its bytes. */
  record Entry(String path, InputStream body) {}

  /**
   * The next regular file, or null after the last; the previous entry's body is no longer readable.
   *
   * @throws CorruptBundleException when the archive's structure is damaged past reading on
   */
  Entry next() throws IOException;
}
