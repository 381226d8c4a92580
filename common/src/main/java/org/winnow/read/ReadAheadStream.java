package org.winnow.read;

import java.util.NoSuchElementException;
import org.winnow.model.ReadItem;

/**
 * A record stream that reads one item ahead: {@code hasNext()} reads the next item, {@code next()}
 * hands it over. Subclasses say how to read an item and when the input is over.
 *
 * <pre>{@code
 * readNext() -> item1, item2, null   gives   hasNext() true, next() item1, next() item2, hasNext() false
 * }</pre>
 */
abstract class ReadAheadStream implements RecordStream {
  private ReadItem pending;
  private boolean finished;

  /**
   * The next item, or null at the end of the input. Called until it returns null or {@link
   * #finish()} has been called; an item returned together with {@code finish()} is the last.
   */
  protected abstract ReadItem readNext();

  /** Marks the input as over: no more calls to {@link #readNext()}. */
  protected final void finish() {
    finished = true;
  }

  /** Whether {@link #finish()} has been called. */
  protected final boolean finished() {
    return finished;
  }

  /** Drops the item read ahead and ends the stream; for {@code close()}. */
  protected final void discard() {
    finished = true;
    pending = null;
  }

  @Override
  public final boolean hasNext() {
    if (pending == null && !finished) pending = readNext();
    return pending != null;
  }

  @Override
  public final ReadItem next() {
    if (!hasNext()) throw new NoSuchElementException();
    ReadItem item = pending;
    pending = null;
    return item;
  }
}
