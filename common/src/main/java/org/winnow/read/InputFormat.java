package org.winnow.read;

import java.util.Locale;

/**
 * The kind of an input file, as {@link InputFormats} tells it from the first bytes and the name.
 *
 * <pre>{@code
 * InputFormat.WARC.id() // -> "warc"
 * }</pre>
 */
public enum InputFormat {
  /** WARC 0.17 to 1.1, possibly compressed. */
  WARC,
  /** Internet Archive ARC v1 or v2. */
  ARC,
  /** JSON lines, or one JSON array of article objects. */
  JSONL,
  /** Comma- or tab-separated values with a header row, one article per row. */
  CSV,
  /** One HTML page. */
  HTML,
  /** One plain-text article whose lines are its paragraphs. */
  TEXT,
  /** A tar archive whose files are read as inputs of their own. */
  TAR,
  /** A zip archive whose files are read as inputs of their own. */
  ZIP,
  /** Anything else: binary or unrecognised content. */
  UNKNOWN;

  /** The lower-case name run reports use: {@code warc}, {@code arc}, {@code jsonl}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
