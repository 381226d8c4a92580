package org.winnow.read;

import org.winnow.model.Reject;

/**
 * The one reject every reader gives for a record over {@code input.max_record_bytes}, so that the
 * reason and wording are the same whatever the format.
 *
 * <pre>{@code
 * TooLarge.reject("a.jsonl#line:3", "line", 16777216)
 *   -> Reject(a.jsonl#line:3, too_large, "line exceeds input.max_record_bytes=16777216")
 * }</pre>
 */
final class TooLarge {
  private TooLarge() {}

  /** A {@code too_large} reject for {@code what} (a line, a row, a record of N bytes...). */
  static Reject reject(String source, String what, long limit) {
    return new Reject(source, "too_large", what + " exceeds input.max_record_bytes=" + limit);
  }
}
