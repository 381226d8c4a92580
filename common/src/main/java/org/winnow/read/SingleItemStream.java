package org.winnow.read;

import java.io.IOException;
import java.io.InputStream;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;

/**
 * A stream of exactly one item, made on first use: a whole HTML or text file, or the reject of a
 * file that cannot be read at all.
 *
 * <pre>{@code
 * new SingleItemStream(uri, in, InputFormat.UNKNOWN, () -> new Reject(uri, "empty_file", "0 bytes")) -> one Reject
 * }</pre>
 */
final class SingleItemStream extends ReadAheadStream {
  /** Makes the item; an IO error becomes an {@code io_error} reject. */
  @FunctionalInterface
  interface ItemSource {
    ReadItem read() throws IOException;
  }

  private final String sourceUri;
  private final InputStream in;
  private final InputFormat format;
  private ItemSource source;

  SingleItemStream(String sourceUri, InputStream in, InputFormat format, ItemSource source) {
    this.sourceUri = sourceUri;
    this.in = in;
    this.format = format;
    this.source = source;
  }

  @Override
  public InputFormat format() {
    return format;
  }

  @Override
  protected ReadItem readNext() {
    ReadItem item;
    try {
      item = source.read();
    } catch (IOException | RuntimeException e) {
      item = new Reject(sourceUri, reason(e), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    source = null;
    finish();
    return item;
  }

  private static String reason(Exception e) {
    if (e instanceof java.io.EOFException) return "truncated_file";
    if (e instanceof java.util.zip.ZipException) return "corrupt_compression";
    return e instanceof IOException ? "io_error" : "bad_record";
  }

  @Override
  public void close() throws IOException {
    source = null;
    discard();
    in.close();
  }
}
