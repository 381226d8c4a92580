package org.winnow.segment;

import org.winnow.settings.Setting;

/**
 * Settings of page parsing: which parser cuts HTML into blocks, and the caps that keep a giant page
 * from costing more than a big one.
 */
public final class SegmentSettings {
  private SegmentSettings() {}

  public static final Setting<Integer> MAX_BLOCKS =
      Setting.intIn(
          "segment.max_blocks",
          5_000,
          10,
          1_000_000,
          "blocks kept per page; the rest of a bigger page is dropped and the page noted as"
              + " truncated");

  public static final Setting<Integer> MAX_CHARS =
      Setting.intIn(
          "segment.max_chars",
          1_000_000,
          1_000,
          100_000_000,
          "characters of block text kept per page; the rest is dropped and the page noted as"
              + " truncated");

  public static final Setting<String> PARSER =
      Setting.oneOf(
          "segment.parser",
          "dom",
          "how HTML becomes blocks: dom (jsoup builds the page's DOM, then a walk over it cuts the"
              + " blocks) or stream (one pass over the text that keeps only the open elements and"
              + " HTML's implied end tags: the same blocks on well-formed markup without building"
              + " a DOM; text that a browser would move out of a table or a misnested inline"
              + " element stays where it stands)",
          "dom",
          "stream");
}
