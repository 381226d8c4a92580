package org.winnow.read;

import java.io.Closeable;
import java.util.Iterator;
import org.winnow.model.ReadItem;

/**
 * The items of one input file, read lazily: one record in memory at a time. {@code hasNext()} and
 * {@code next()} never throw for bad content; a broken record comes out as a {@link
 * org.winnow.model.Reject}.
 *
 * <pre>{@code
 * try (RecordStream s = readers.open(uri, in)) {
 *   while (s.hasNext()) handle(s.next()); // SourceRecord | Reject | Skipped
 * }
 * }</pre>
 */
public interface RecordStream extends Iterator<ReadItem>, Closeable {
  /** The format the file was recognised as; {@link InputFormat#UNKNOWN} when it was not. */
  InputFormat format();
}
