package org.winnow.segment;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a jsoup DOM into blocks: walks it once and hands each element and text to a {@link
 * BlockWalk}. The {@code dom} parser of {@code segment.parser}; {@link StreamSegmenter} gives the
 * same blocks without building the DOM.
 *
 * <pre>{@code
 * <div><h2>News</h2><p>One <a href=x>two</a>.</p><br><br>Three</div>
 *   -> [h2 "News"], [p "One two." linkChars=3], [div "Three"]
 * }</pre>
 */
final class Segmenter {
  private final int maxBlocks;
  private final int maxChars;

  Segmenter(int maxBlocks, int maxChars) {
    this.maxBlocks = maxBlocks;
    this.maxChars = maxChars;
  }

  /**
   * The blocks of {@code root}'s document and the hints met on the way; the blocks of the main
   * container carry {@link org.winnow.model.Block#IN_CONTAINER}.
   */
  BlockWalk.Result segment(Element root) {
    BlockWalk walk = new BlockWalk(maxBlocks, maxChars);
    NodeTraversor.filter(new Events(walk), root);
    return walk.finish();
  }

  /** The DOM's nodes as walk events. */
  private record Events(BlockWalk walk) implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (walk.truncated()) return FilterResult.STOP;
      if (node instanceof TextNode t) {
        walk.text(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) return FilterResult.CONTINUE;
      String tag = e.normalName();
      // an unclosed <noscript> can swallow the whole page: only a small one is a JS notice
      if (tag.equals("noscript") && e.text().length() > BlockWalk.NOSCRIPT_MAX_CHARS) {
        return FilterResult.CONTINUE;
      }
      if (BlockWalk.DROPPED.contains(tag)) {
        dropped(e, tag);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        walk.lineBreak();
        return FilterResult.SKIP_ENTIRELY;
      }
      if (isEmpty(tag)) {
        walk.empty(tag, new DomAttributes(e.attributes()));
        return FilterResult.SKIP_ENTIRELY;
      }
      walk.open(tag, new DomAttributes(e.attributes()));
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) return FilterResult.CONTINUE;
      String tag = e.normalName();
      if (BlockWalk.DROPPED.contains(tag) || tag.equals("br") || isEmpty(tag)) {
        return FilterResult.CONTINUE;
      }
      walk.close();
      return walk.truncated() ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    private static boolean isEmpty(String tag) {
      return tag.equals("img") || tag.equals("input") || tag.equals("meta") || tag.equals("link");
    }

    /** Hints in an element whose content is no block: the title, JSON-LD, the head's metas. */
    private void dropped(Element e, String tag) {
      switch (tag) {
        case "title" -> walk.title(e.text());
        case "script" -> walk.script(new DomAttributes(e.attributes()), data(e));
        case "head" -> {
          for (Element c : e.getAllElements()) {
            if (c == e) continue;
            String ct = c.normalName();
            switch (ct) {
              case "title" -> walk.title(c.text());
              case "script" -> walk.script(new DomAttributes(c.attributes()), data(c));
              default -> walk.empty(ct, new DomAttributes(c.attributes()));
            }
          }
        }
        default -> {}
      }
    }

    private static String data(Element script) {
      StringBuilder sb = new StringBuilder();
      for (Node c : script.childNodes()) {
        if (c instanceof DataNode d) sb.append(d.getWholeData());
        else if (c instanceof TextNode t) sb.append(t.getWholeText());
      }
      return sb.toString();
    }
  }

  /** jsoup's attributes, whose names its parser has lower-cased. */
  private record DomAttributes(Attributes attributes) implements ElementAttributes {
    @Override
    public String get(String name) {
      return attributes.get(name);
    }

    @Override
    public boolean has(String name) {
      return attributes.hasKey(name);
    }

    @Override
    public boolean isEmpty() {
      return attributes.size() == 0;
    }
  }
}
