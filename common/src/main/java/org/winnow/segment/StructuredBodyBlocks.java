package org.winnow.segment;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.winnow.model.Block;

/**
 * The article a page states only in its JSON-LD {@code articleBody}, as blocks to append to the
 * page's own: a page rendered by script ships its story as data and its HTML as a shell around
 * other stories' teasers, and without these blocks no paragraph of the story would be kept.
 *
 * <pre>{@code
 * DOM blocks ["Menu", "Most read: Storm hits coast"],
 * articleBody "It rained all night in the valley.\nThe river rose by two metres."
 *   -> [Block[2 p 'It rained all night in the valley.'], Block[3 p 'The river rose by two metres.']]
 * DOM blocks that hold the body's text already -> []
 * }</pre>
 *
 * <p>The appended blocks carry {@link Block#ARTICLE_BODY} and the tag path {@code
 * script>articlebody}, so that a reader of the paragraphs can tell where they came from.
 */
final class StructuredBodyBlocks {
  /** A shorter body is a summary, not the article. */
  static final int MIN_BODY_CHARS = 400;

  /** Probes taken along the body; the DOM holds the body when it holds more than one of them. */
  private static final int PROBES = 5;

  private static final int PROBE_CHARS = 32;

  private static final String TAG_PATH = "script>articlebody";

  private StructuredBodyBlocks() {}

  /**
   * Blocks of {@code rawBody} (plain text with line breaks, or HTML) numbered after {@code blocks},
   * when the DOM's blocks hold at most one of a few probes of its text; otherwise, or for a body
   * shorter than {@link #MIN_BODY_CHARS}, none. Stops at the page's caps as segmentation does.
   */
  static List<Block> missing(String rawBody, List<Block> blocks, int maxBlocks, int maxChars) {
    if (rawBody == null || rawBody.length() < MIN_BODY_CHARS) return List.of();
    List<String> paragraphs = paragraphs(rawBody);
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) appendKey(body, p);
    if (body.length() < MIN_BODY_CHARS / 2) return List.of();
    StringBuilder page = new StringBuilder();
    int chars = 0;
    for (Block b : blocks) {
      appendKey(page, b.text());
      chars += b.text().length();
    }
    String pageKey = page.toString();
    int found = 0;
    for (int k = 0; k < PROBES; k++) {
      int at = (int) ((long) (body.length() - PROBE_CHARS) * (2 * k + 1) / (2 * PROBES));
      if (pageKey.contains(body.substring(at, at + PROBE_CHARS))) found++;
    }
    if (found > 1) return List.of();
    List<Block> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (blocks.size() + out.size() >= maxBlocks || chars + p.length() > maxChars) break;
      chars += p.length();
      out.add(
          new Block(blocks.size() + out.size(), p, "p", TAG_PATH, "", 0, 0, 0, Block.ARTICLE_BODY));
    }
    return out;
  }

  /** The body's paragraphs: its lines, or for HTML the text between block-level elements. */
  static List<String> paragraphs(String rawBody) {
    List<String> out = new ArrayList<>();
    if (rawBody.indexOf('<') >= 0 && rawBody.indexOf('>') >= 0) {
      // the segmenter cuts HTML at its block elements as it would the page's own
      for (Block b :
          new Segmenter(Integer.MAX_VALUE, Integer.MAX_VALUE)
              .segment(Jsoup.parseBodyFragment(rawBody).body())
              .blocks()) {
        out.add(b.text());
      }
      return out;
    }
    for (String line : rawBody.split("\r\n|\r|\n")) {
      String p = BlockWalk.collapse(line);
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }

  /** Lower-case letters and digits only: markup, entities and spacing differ between the two. */
  private static void appendKey(StringBuilder sb, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
    }
  }
}
