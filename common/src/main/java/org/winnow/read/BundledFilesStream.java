package org.winnow.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;
import org.winnow.model.Skipped;

/**
 * The items of every file inside a tar or zip archive, each file read as if it were an input of its
 * own (HTML, text, JSON lines, WARC, even compressed), its items' sources prefixed with {@code
 * archive!/path}. Hidden files and macOS resource forks are counted as skipped; damage to the
 * archive's structure ends it with one reject, keeping the files read before it.
 *
 * <pre>{@code
 * file:/in/pages.tar.gz holding example.com/a.html, example.com/b.html
 *   -> SourceRecord[file:/in/pages.tar.gz!/example.com/a.html], SourceRecord[...!/example.com/b.html]
 * }</pre>
 */
final class BundledFilesStream extends ReadAheadStream {
  /** Opens one file of the archive as an input of its own. */
  @FunctionalInterface
  interface Opener {
    RecordStream open(String uri, InputStream in) throws IOException;
  }

  private final String sourceUri;
  private final InputStream archive;
  private final InputFormat format;
  private final BundleEntries entries;
  private final Opener opener;
  private RecordStream current;
  private int files;

  BundledFilesStream(
      String sourceUri,
      InputStream archive,
      InputFormat format,
      BundleEntries entries,
      Opener opener) {
    this.sourceUri = sourceUri;
    this.archive = archive;
    this.format = format;
    this.entries = entries;
    this.opener = opener;
  }

  /**
   * The items' source prefix for a file of the archive, in the {@code jar:} URL manner: {@code
   * ("file:/a.tar", "./x/b.html") -> "file:/a.tar!/x/b.html"}.
   */
  static String entryUri(String archiveUri, String path) {
    int from = 0;
    while (true) {
      if (path.startsWith("./", from)) from += 2;
      else if (path.startsWith("/", from)) from++;
      else break;
    }
    return archiveUri + "!/" + path.substring(from);
  }

  @Override
  public InputFormat format() {
    return format;
  }

  @Override
  protected ReadItem readNext() {
    while (true) {
      if (current != null) {
        if (current.hasNext()) return current.next();
        closeCurrent();
      }
      BundleEntries.Entry entry;
      try {
        entry = entries.next();
      } catch (IOException | RuntimeException e) {
        finish();
        return new Reject(sourceUri, reason(e), "after " + files + " files: " + e.getMessage());
      }
      if (entry == null) {
        finish();
        if (files > 0) return null;
        return new Reject(
            sourceUri, "empty_file", "the " + format.id() + " archive holds no files");
      }
      files++;
      String uri = entryUri(sourceUri, entry.path());
      if (hidden(entry.path())) return new Skipped(uri, "hidden_file");
      try {
        current = opener.open(uri, entry.body());
      } catch (IOException | RuntimeException e) {
        return new Reject(uri, "io_error", e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  /** Dot files and folders, and the {@code __MACOSX} resource forks macOS adds to zips. */
  static boolean hidden(String path) {
    for (String part : path.split("/")) {
      if (part.startsWith(".") && !part.equals(".") && !part.equals("..")) return true;
      if (part.equals("__MACOSX")) return true;
    }
    return false;
  }

  private static String reason(Exception e) {
    if (e instanceof EOFException) return "truncated_file";
    if (e instanceof java.util.zip.ZipException || e instanceof CorruptBundleException) {
      return "corrupt_archive";
    }
    return e instanceof IOException ? "io_error" : "corrupt_archive";
  }

  private void closeCurrent() {
    try {
      current.close();
    } catch (IOException | RuntimeException e) {
      // closing a file of the archive only moves past it; a broken archive shows at the next entry
    }
    current = null;
  }

  @Override
  public void close() throws IOException {
    discard();
    if (current != null) closeCurrent();
    archive.close();
  }
}
