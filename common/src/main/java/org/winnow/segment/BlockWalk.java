package org.winnow.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.winnow.model.Block;
import org.winnow.text.Invisible;

/**
 * Cuts a page into blocks from the events of a walk over its elements in document order (an element
 * opens, text, a line break, the element closes), and on the way collects the raw metadata hints
 * ({@link PageHints}). Both parsers feed it: {@link Segmenter} from a jsoup DOM, {@link
 * StreamSegmenter} straight from the HTML text, so that both give the same blocks for the same
 * tree.
 *
 * <p>A block ends at every block-level element and at {@code <br><br>}; inline elements merge into
 * the block around them. Scripts, styles, SVG, frames and templates are dropped by the callers.
 *
 * <pre>{@code
 * open div, open h2, text "News", close, open p, text "One ", open a, text "two", close,
 * text ".", close, line break, line break, text "Three", close
 *   -> [h2 "News"], [p "One two." linkChars=3], [div "Three"]
 * }</pre>
 *
 * <p>One instance walks one page; it is not thread-safe.
 */
final class BlockWalk {
  static final Set<String> DROPPED =
      NameSet.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "object",
          "embed",
          "canvas",
          "math",
          "audio",
          "video",
          "map",
          "head",
          "title",
          // ruby annotations: a reading printed above its characters (furigana), not more text;
          // kept, "法律<rt>ほうりつ</rt>では" would read "法律ほうりつでは"
          "rt",
          "rp");

  private static final Set<String> BLOCK_LEVEL =
      NameSet.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "legend",
          "option",
          "select",
          "textarea",
          "frameset",
          "frame",
          "noframes",
          "html",
          "title",
          "button",
          "label");

  private static final int MAX_TOKENS_CHARS = 400;
  static final int NOSCRIPT_MAX_CHARS = 500;
  private static final int MAX_PATH_CHARS = 200;

  private static final Set<String> STRUCTURE =
      NameSet.of(
          "ul", "ol", "li", "dl", "dd", "dt", "menu", "dir", "tbody", "thead", "tfoot", "tr");

  /** Readability appends a sibling of the top candidate scoring this share of it, ... */
  private static final double SIBLING_SHARE = 0.2;

  /** ... and at least this much. */
  private static final double SIBLING_MIN_SCORE = 10;

  /** Readability scores no paragraph shorter than this. */
  private static final int MIN_SCORED_CHARS = 25;

  /** Class/id words of sections whose prose is not the article (comments, sidebars, related). */
  private static final String[] FURNITURE_WORDS = {
    "comment", "sidebar", "related", "footer", "widget", "teaser", "promo", "social", "share"
  };

  /**
   * First words of class names that state what an element does or how it looks, not what it is:
   * script hooks ({@code js-}), states ({@code is-active}, {@code has-sidebar}) and switches.
   */
  private static final String[] MODIFIERS = {
    "js", "is", "has", "no", "with", "without", "enable", "enabled", "disable", "show", "hide",
    "toggle", "allow", "can", "use"
  };

  private static final int LONGEST_MODIFIER =
      java.util.Arrays.stream(MODIFIERS).mapToInt(String::length).max().orElse(0);

  /** Whole class/id tokens by which an element names itself the article. */
  private static final Set<String> ARTICLE_NAMES =
      NameSet.of(
          "article",
          "content",
          "entry",
          "entry-content",
          "post-content",
          "article-content",
          "article-body",
          "articlebody",
          "story",
          "story-body",
          "post-body",
          "hentry");

  private final int maxBlocks;
  private final int maxChars;

  BlockWalk(int maxBlocks, int maxChars) {
    this.maxBlocks = maxBlocks;
    this.maxChars = maxChars;
  }

  /** The blocks and hints of a walked page, and whether a cap cut it short. */
  record Result(List<Block> blocks, PageHints hints, boolean truncated) {}

  /** A scored element: its serial number, its parent's, its blocks and its score. */
  private record Candidate(int serial, int parent, int first, int end, double score) {}

  /** A block before the main container is known. */
  private record Raw(
      String text,
      String tag,
      String path,
      String tokens,
      int depth,
      int linkChars,
      int linkCount,
      int leadLinkChars,
      int flags) {}

  /**
   * What the walk knows about one open element, and what the blocks inside it add up to: their
   * characters, link characters and Readability-style paragraph score.
   */
  private static final class Frame {
    final String tag;

    /** The element's own flags and class/id tokens, before its ancestors' are added. */
    final int ownFlags;

    final String own;
    final int flags;

    /** The element this one was opened in: its path and tokens are made from it when asked. */
    private final Frame parent;

    /** The walk's joins, shared by every frame under the same outermost one. */
    private final Joins joins;

    private String tokens;
    private String path;

    /**
     * The last child's own tokens and tag, and what they made of this element's tokens and path:
     * siblings alike (the items of a list, the paragraphs of a story) share one string, so that the
     * classifier's lookups by tokens and path hash each of them once.
     */
    private String childOwn;

    private String childTokens;
    private String childTag;
    private String childPath;

    final int depth;
    final boolean block;
    final boolean link;

    /** Navigation, asides, footers and comment-like names: their prose never makes a container. */
    final boolean furniture;

    /**
     * Inside a link that is inside this element's block: {@code BlockWalk.inLink()} kept per frame.
     */
    final boolean inLink;

    /** The nearest block element from here up, or the outermost frame when there is none. */
    final Frame blockFrame;

    final int firstBlock;
    final int serial;
    final int parentSerial;
    int chars;
    int linkChars;
    double score;

    Frame(
        String tag,
        int ownFlags,
        String own,
        boolean link,
        int depth,
        int firstBlock,
        int serial,
        Frame parent) {
      this.tag = tag;
      this.ownFlags = ownFlags;
      this.own = own;
      this.block = BLOCK_LEVEL.contains(tag);
      this.link = link;
      this.depth = depth;
      this.firstBlock = firstBlock;
      this.serial = serial;
      this.flags = (parent == null ? 0 : parent.flags) | ownFlags;
      this.parent = parent;
      this.joins = parent == null ? new Joins() : parent.joins;
      this.furniture =
          (parent != null && parent.furniture)
              || (flags & (Block.IN_NAV | Block.IN_ASIDE | Block.IN_FOOTER)) != 0
              || furnitureName(own);
      this.parentSerial = parent == null ? 0 : parent.serial;
      this.inLink = link || (!block && parent != null && parent.inLink);
      this.blockFrame = block || parent == null ? this : parent.blockFrame;
    }

    /**
     * The tags from the body down to this element, joined by {@code >}; made when a block asks,
     * since most elements own no block.
     */
    String path() {
      if (path == null) {
        if (parent == null || parent.path != null) {
          // most blocks sit in an element whose path a sibling's block already made
          pathFromParent();
        } else {
          // from the nearest ancestor that has its path down: no recursion, however deep the page
          ArrayDeque<Frame> chain = new ArrayDeque<>();
          for (Frame f = this; f != null && f.path == null; f = f.parent) chain.push(f);
          while (!chain.isEmpty()) chain.pop().pathFromParent();
        }
      }
      return path;
    }

    /** Sets {@link #path} from the parent's, which is known (or from none at the top). */
    private void pathFromParent() {
      // <html> and <body> start the path: a block's path names the elements inside the body
      if (tag.equals("html") || tag.equals("body")) {
        path = "";
      } else if (parent == null) {
        path = lastPathChars(tag);
      } else if (tag.equals(parent.childTag)) {
        path = parent.childPath;
      } else {
        path = joins.path(parent.path, tag);
        parent.childTag = tag;
        parent.childPath = path;
      }
    }

    /** The class/id tokens of this element and its ancestors, made when a block asks. */
    String tokens() {
      if (tokens == null) {
        if (parent == null || parent.tokens != null) {
          tokensFromParent();
        } else {
          ArrayDeque<Frame> chain = new ArrayDeque<>();
          for (Frame f = this; f != null && f.tokens == null; f = f.parent) chain.push(f);
          while (!chain.isEmpty()) chain.pop().tokensFromParent();
        }
      }
      return tokens;
    }

    /** Sets {@link #tokens} from the parent's, which are known (or from none at the top). */
    private void tokensFromParent() {
      if (parent == null) {
        tokens = joinTokens("", own);
      } else if (own.equals(parent.childOwn)) {
        tokens = parent.childTokens;
      } else {
        tokens = joins.tokens(parent.tokens, own);
        parent.childOwn = own;
        parent.childTokens = tokens;
      }
    }

    /** This element under another parent, with what its blocks added up to so far. */
    Frame under(Frame parent, int newDepth) {
      Frame f = new Frame(tag, ownFlags, own, link, newDepth, firstBlock, serial, parent);
      f.chars = chars;
      f.linkChars = linkChars;
      f.score = score;
      return f;
    }
  }

  /**
   * The paths and token strings the walk made, by the identity of what they were made of: cousins
   * (the headline link of every teaser, each under its own item) get one string, as siblings do, so
   * that the classifier's lookups by path and tokens hash each once.
   */
  private static final class Joins {
    private final Map<Pair, String> paths = new HashMap<>();
    private final Map<Pair, String> tokens = new HashMap<>();

    /** Two strings by identity: equal pairs were joined into the same string. */
    private record Pair(String up, String down) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Pair p && p.up == up && p.down == down;
      }

      @Override
      public int hashCode() {
        return 31 * System.identityHashCode(up) + System.identityHashCode(down);
      }
    }

    String path(String up, String tag) {
      return paths.computeIfAbsent(
          new Pair(up, tag), p -> lastPathChars(up.isEmpty() ? tag : up + ">" + tag));
    }

    String tokens(String up, String own) {
      return tokens.computeIfAbsent(new Pair(up, own), p -> joinTokens(up, own));
    }
  }

  private final List<Raw> raw = new ArrayList<>();

  /** Closed elements that scored, in closing order. */
  private final List<Candidate> candidates = new ArrayList<>();

  private int serial;
  private final PageHints hints = new PageHints();
  private final ArrayList<Frame> stack = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private Frame owner;
  private int linkChars;
  private int linkCount;

  /** Linked characters at the start of the block being collected, while no plain word came. */
  private int leadLinkChars;

  private boolean plainWordSeen;
  private int totalChars;
  private boolean pendingSpace;
  private boolean lastWasBr;
  private boolean truncated;
  private int headingDepth;
  private int h1Depth = -1;
  private final StringBuilder h1 = new StringBuilder();

  /** Where the text of the first element with {@code rel=author} is collected, while it is open. */
  private int authorDepth = -1;

  private final StringBuilder author = new StringBuilder();

  /** Whether a cap was reached: every later event is ignored. */
  boolean truncated() {
    return truncated;
  }

  /**
   * An element opens: {@code tag} is its lower-case name, never one of {@link #DROPPED}, {@code br}
   * or an empty element ({@link #empty}).
   */
  void open(String tag, ElementAttributes a) {
    if (truncated) return;
    Frame parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    if (BLOCK_LEVEL.contains(tag)) flush();
    // classes of <html> and <body> describe the page type ("single-post left-sidebar"), not
    // the region a block sits in
    boolean pageLevel = tag.equals("html") || tag.equals("body");
    String own = pageLevel ? "" : ownTokens(a);
    boolean link = tag.equals("a") && a.has("href");
    if (link) linkCount++;
    stack.add(
        new Frame(tag, ownFlags(a, tag), own, link, stack.size(), raw.size(), ++serial, parent));
    collectHints(a, tag);
    if (authorDepth < 0 && hints.relAuthor == null && a.get("rel").equalsIgnoreCase("author")) {
      authorDepth = stack.size();
      author.setLength(0);
    }
    if (tag.equals("h1") && h1Depth < 0 && h1.length() == 0) h1Depth = stack.size();
  }

  /**
   * Takes the open element {@code level} elements above the outermost out of the ancestry of the
   * elements opened inside it, as HTML's adoption agency does when an inline element closes around
   * a block opened in it ({@code <font><p>text</font>}: the paragraph is not in the font).
   */
  void detach(int level) {
    if (truncated || level <= 0 || level >= stack.size()) return;
    Frame gone = stack.remove(level);
    if (gone.link && text.length() > 0) {
      // the DOM wraps what the block holds so far in a copy of the link
      linkChars = text.length();
      linkCount++;
      leadLinkChars = linkChars;
      plainWordSeen = false;
    }
    for (int i = level; i < stack.size(); i++) {
      Frame old = stack.get(i);
      Frame moved = old.under(stack.get(i - 1), i);
      stack.set(i, moved);
      if (owner == old) owner = moved;
    }
    if (h1Depth > level + 1) h1Depth--;
    if (authorDepth > level + 1) authorDepth--;
  }

  /** How many elements are open, the outermost one included. */
  int openElements() {
    return stack.size();
  }

  /** The innermost open element closes. */
  void close() {
    if (truncated || stack.isEmpty()) return;
    Frame f = stack.remove(stack.size() - 1);
    if (f.block) {
      flush();
      candidate(f);
    }
    if (h1Depth == stack.size() + 1) {
      h1Depth = -2; // first h1 closed: keep its text, stop collecting
      hints.h1 = collapse(h1.toString());
    }
    if (authorDepth == stack.size() + 1) {
      authorDepth = -1;
      String t = collapse(author.toString());
      if (!t.isEmpty() && t.length() < 100) hints.relAuthor = t;
    }
  }

  /** Text, as the page has it (entities decoded, whitespace not yet collapsed). */
  void text(String raw) {
    if (truncated) return;
    appendText(raw);
    if (authorDepth > 0) author.append(raw);
  }

  /** A {@code <br>}: a space, and with the one before it the end of a block. */
  void lineBreak() {
    if (truncated) return;
    if (lastWasBr) {
      flush();
    } else {
      lastWasBr = true;
      pendingSpace = true;
    }
  }

  /** An element that holds nothing ({@code img}, {@code input}, {@code meta}, {@code link}). */
  void empty(String tag, ElementAttributes a) {
    if (truncated) return;
    collectHints(a, tag);
  }

  /** The text of a {@code <title>}: the first one is the page's title, wherever it stands. */
  void title(String text) {
    if (truncated) return;
    if (hints.htmlTitle == null) hints.htmlTitle = collapse(text);
  }

  /**
   * A {@code <script>} and its data: JSON-LD is kept for the metadata, and the first script that
   * swallowed the page's markup is noted for a repair.
   */
  void script(ElementAttributes a, String data) {
    if (truncated) return;
    if (isJsonLd(a)) hints.jsonLd.add(data);
    if (hints.swallowingScript == null && swallowedMarkup(a, data)) hints.swallowingScript = data;
  }

  /**
   * Whether {@link #script} would keep anything of a script with these attributes, so that a parser
   * may skip the data of the others (most of a page's scripts) without copying it.
   */
  boolean wantsScript(ElementAttributes a) {
    return !truncated && (isJsonLd(a) || (hints.swallowingScript == null && a.has("src")));
  }

  private static boolean isJsonLd(ElementAttributes a) {
    return a.get("type").toLowerCase(Locale.ROOT).contains("ld+json");
  }

  /**
   * Whether a script's data is the page's own markup: a script with a {@code src} has no code of
   * its own (browsers ignore its data), so end tags in its data mean its start tag was cut or left
   * open and the page up to the next {@code </script>} fell into it.
   *
   * <pre>{@code
   * <script src="/a.js"><p>Story</p><div>More</div></script>  -> true
   * <script src="/a.js"></script>                            -> false (no data)
   * <script>document.write('<p>x</p><p>y</p>')</script>       -> false (inline code)
   * }</pre>
   */
  static boolean swallowedMarkup(ElementAttributes a, String data) {
    if (data.isEmpty() || !a.has("src")) return false;
    int endTags = 0;
    for (int i = data.indexOf("</"); i >= 0; i = data.indexOf("</", i + 2)) {
      if (i + 2 < data.length() && isAsciiLetter(data.charAt(i + 2)) && ++endTags >= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Ends the walk: the blocks, those of the main container flagged {@link Block#IN_CONTAINER}. */
  Result finish() {
    flush();
    boolean[] container = container();
    List<Block> blocks = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Raw r = raw.get(i);
      blocks.add(
          new Block(
              i,
              r.text,
              r.tag,
              r.path,
              r.tokens,
              r.depth,
              r.linkChars,
              r.linkCount,
              r.leadLinkChars,
              container[i] ? r.flags | Block.IN_CONTAINER : r.flags));
    }
    return new Result(blocks, hints, truncated);
  }

  private void appendText(String raw) {
    if (raw.isEmpty()) return;
    int n = raw.length();
    boolean leadingSpace = Character.isWhitespace(raw.charAt(0));
    boolean space = leadingSpace || pendingSpace;
    int firstWord = -1; // where this text's first character landed
    for (int i = 0; i < n; ) {
      if (isSpace(raw.charAt(i))) {
        space = true;
        i++;
        continue;
      }
      // a word at a time: the characters up to the next space go in with one append
      int end = i;
      boolean invisible = false;
      while (end < n) {
        char c = raw.charAt(end);
        if (isSpace(c)) break;
        invisible |= isInvisible(c);
        end++;
      }
      if (invisible && onlyInvisible(raw, i, end)) {
        i = end;
        continue;
      }
      if (text.length() == 0) owner = currentBlockFrame();
      if (space && text.length() > 0) text.append(' ');
      if (firstWord < 0) firstWord = text.length();
      space = false;
      if (invisible) {
        for (int k = i; k < end; k++) if (!isInvisible(raw.charAt(k))) text.append(raw.charAt(k));
      } else {
        text.append(raw, i, end);
      }
      i = end;
    }
    if (firstWord < 0) {
      pendingSpace = pendingSpace || leadingSpace;
      return;
    }
    pendingSpace = space;
    lastWasBr = false;
    // the space before a link's first word belongs to the text around it
    if (inLink()) {
      linkChars += text.length() - firstWord;
      if (!plainWordSeen) leadLinkChars = linkChars;
    } else {
      plainWordSeen = true;
    }
    if (h1Depth > 0) h1.append(raw).append(' ');
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  private static boolean isInvisible(char c) {
    return Invisible.is(c);
  }

  private static boolean onlyInvisible(String s, int from, int to) {
    for (int k = from; k < to; k++) if (!isInvisible(s.charAt(k))) return false;
    return true;
  }

  private boolean inLink() {
    return !stack.isEmpty() && stack.get(stack.size() - 1).inLink;
  }

  private Frame currentBlockFrame() {
    return stack.isEmpty() ? null : stack.get(stack.size() - 1).blockFrame;
  }

  void flush() {
    pendingSpace = false;
    lastWasBr = false;
    if (text.length() == 0) {
      resetLinks();
      return;
    }
    String t = text.toString();
    text.setLength(0);
    if (raw.size() >= maxBlocks || totalChars + t.length() > maxChars) {
      truncated = true;
      return;
    }
    totalChars += t.length();
    Frame o = owner;
    raw.add(
        new Raw(
            t,
            o == null ? "body" : o.tag,
            o == null ? "" : o.path(),
            o == null ? "" : o.tokens(),
            o == null ? 0 : o.depth,
            linkChars,
            linkCount,
            leadLinkChars,
            o == null ? 0 : o.flags));
    credit(o, t, linkChars);
    resetLinks();
  }

  private void resetLinks() {
    linkChars = 0;
    linkCount = 0;
    leadLinkChars = 0;
    plainWordSeen = false;
  }

  /**
   * Readability's paragraph score, credited to the containers of the block: 1 + commas + length/100
   * (at most 3), in full to the element around the block's own, half to the next, a third of that
   * further up; link-heavy, short and heading blocks score nothing.
   */
  private void credit(Frame owner, String t, int links) {
    int top = stack.size() - 1;
    // the owner is still open when text before a child block is flushed, closed otherwise
    int from = top;
    for (int i = top; i >= 0 && i >= top - 2; i--) {
      if (stack.get(i) == owner) {
        from = i - 1;
        break;
      }
    }
    for (int i = top; i >= 0; i--) {
      Frame f = stack.get(i);
      f.chars += t.length();
      f.linkChars += links;
    }
    boolean heading = owner != null && (owner.flags & Block.HEADING) != 0;
    if (heading || t.length() < MIN_SCORED_CHARS || links * 2 > t.length()) return;
    if (owner != null && owner.furniture) return;
    double s = 1 + commas(t) + Math.min(3, t.length() / 100.0);
    int level = 0;
    for (int i = from; i >= 0; i--) {
      Frame f = stack.get(i);
      if (f.furniture) break;
      // inline wrappers and the rows and items of lists and tables are not containers: the
      // element around a list holds the list's prose in full
      if (!f.block || STRUCTURE.contains(f.tag)) continue;
      f.score += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
      level++;
    }
  }

  /** A closed block element competes for the main container by its link-discounted score. */
  private void candidate(Frame f) {
    if (f.score <= 0 || f.chars == 0 || f.furniture) return;
    double s = f.score * (1 - (double) f.linkChars / f.chars);
    candidates.add(new Candidate(f.serial, f.parentSerial, f.firstBlock, raw.size(), s));
  }

  /**
   * Which blocks are in the main container: the best candidate (the first of equal ones) and, as
   * Readability appends them, its siblings that score at least a fifth of it.
   */
  boolean[] container() {
    boolean[] in = new boolean[raw.size()];
    Candidate best = null;
    for (Candidate c : candidates) if (best == null || c.score > best.score) best = c;
    if (best == null) return in;
    double min = Math.max(SIBLING_MIN_SCORE, best.score * SIBLING_SHARE);
    for (Candidate c : candidates) {
      boolean sibling = c.parent == best.parent && c.score >= min;
      if (c == best || sibling) {
        for (int i = c.first; i < c.end && i < in.length; i++) in[i] = true;
      }
    }
    return in;
  }

  private void collectHints(ElementAttributes a, String tag) {
    if (a.isEmpty()) return;
    switch (tag) {
      case "meta" -> {
        String key = a.get("property");
        if (key.isEmpty()) key = a.get("name");
        if (key.isEmpty()) key = a.get("itemprop");
        if (key.isEmpty()) key = a.get("http-equiv");
        if (!key.isEmpty()) hints.meta(key.toLowerCase(Locale.ROOT), a.get("content"));
      }
      case "html" -> hints.htmlLang = a.get("lang");
      case "time" -> {
        if (a.has("datetime")) hints.addTime(a.get("datetime"));
      }
      default -> {}
    }
    String itemprop = a.get("itemprop");
    if (!itemprop.isEmpty() && itemprop.equalsIgnoreCase("datepublished")) {
      String v = a.has("content") ? a.get("content") : a.get("datetime");
      if (!v.isEmpty()) hints.meta("itemprop:datepublished", v);
    }
  }

  private static int ownFlags(ElementAttributes a, String tag) {
    int f =
        switch (tag) {
          case "nav" -> Block.IN_NAV;
          case "aside" -> Block.IN_ASIDE;
          case "footer" -> Block.IN_FOOTER;
          case "header" -> Block.IN_HEADER;
          case "article" -> Block.IN_ARTICLE;
          case "main" -> Block.IN_MAIN;
          case "ul", "ol", "li", "dl", "dd", "dt", "menu", "dir" -> Block.IN_LIST;
          case "table", "td", "th", "tr", "tbody", "thead", "tfoot", "caption" -> Block.IN_TABLE;
          case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.HEADING;
          case "form", "select", "option", "button", "textarea", "fieldset", "label" ->
              Block.IN_FORM;
          case "figure", "figcaption" -> Block.IN_FIGURE;
          case "blockquote", "q" -> Block.IN_QUOTE;
          case "time" -> Block.HAS_TIME;
          case "pre", "code" -> Block.IN_PRE;
          default -> 0;
        };
    if (a.isEmpty()) return f;
    String role = a.get("role");
    if (!role.isEmpty()) {
      f |=
          switch (role.toLowerCase(Locale.ROOT)) {
            case "navigation", "menu", "menubar" -> Block.IN_NAV;
            case "complementary" -> Block.IN_ASIDE;
            case "contentinfo" -> Block.IN_FOOTER;
            case "banner" -> Block.IN_HEADER;
            case "main" -> Block.IN_MAIN;
            case "article" -> Block.IN_ARTICLE;
            case "heading" -> Block.HEADING;
            case "list", "listitem" -> Block.IN_LIST;
            case "search", "form" -> Block.IN_FORM;
            default -> 0;
          };
    }
    if (a.has("hidden") || a.get("aria-hidden").equalsIgnoreCase("true")) f |= Block.HIDDEN;
    String style = a.get("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) f |= Block.HIDDEN;
    }
    if (a.has("datetime")) f |= Block.HAS_TIME;
    String itemprop = a.get("itemprop");
    if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
      f |= Block.ARTICLE_BODY;
    }
    return f;
  }

  /**
   * {@link #classIdTokens} of elements that carry a class and none of the other named attributes,
   * by class: a page repeats a few classes on most of its elements (every item of a menu, every
   * paragraph of a story).
   */
  private final Map<String, String> classTokens = new HashMap<>();

  /** {@link #classIdTokens} of {@code a}, taken from {@link #classTokens} when it can be. */
  private String ownTokens(ElementAttributes a) {
    if (a.isEmpty()) return "";
    if (a.has("id") || a.has("role") || a.has("itemprop")) return classIdTokens(a);
    String cls = a.get("class");
    if (cls.isEmpty()) return "";
    String own = classTokens.get(cls);
    if (own == null) {
      own = classIdTokens(a);
      classTokens.put(cls, own);
    }
    return own;
  }

  /** Whether an element's own lower-case class/id tokens name a section that is not article. */
  private static boolean furnitureName(String own) {
    if (own.isEmpty()) return false;
    for (String w : FURNITURE_WORDS) {
      if (own.contains(w)) return true;
    }
    return false;
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') n++;
    }
    return n;
  }

  /**
   * Lower-case class, id, role and itemprop tokens of one element, as names of what it is, their
   * words split by a dash where case or digits joined them ({@code relatedNews2} -> {@code
   * related-news-2}): a token that states a behaviour or a state ({@code js-truncate-related},
   * {@code enable-pin-share}, {@code has-sidebar}) is left out, and so are furniture words of an
   * element that names itself the article ({@code "entry themeform share"} -> {@code "entry
   * themeform"}: an entry with share buttons, not a share bar).
   */
  static String classIdTokens(ElementAttributes a) {
    if (a.isEmpty()) return "";
    StringBuilder sb = new StringBuilder();
    appendTokens(sb, a.get("class"));
    appendTokens(sb, a.get("id"));
    appendTokens(sb, a.get("role"));
    appendTokens(sb, a.get("itemprop"));
    String own = sb.toString();
    if (!furnitureName(own) || !namesArticle(own)) return own;
    StringBuilder kept = new StringBuilder(own.length());
    for (String token : own.split(" ")) {
      if (furnitureName(token)) continue;
      if (kept.length() > 0) kept.append(' ');
      kept.append(token);
    }
    return kept.toString();
  }

  private static boolean namesArticle(String own) {
    for (String token : own.split(" ")) {
      if (ARTICLE_NAMES.contains(token)) return true;
    }
    return false;
  }

  private static void appendTokens(StringBuilder sb, String value) {
    int n = value.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(value.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) i++;
      if (i == start || i - start > 60 || modifier(value, start, i)) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(Character.toLowerCase(value.charAt(start)));
      for (int j = start + 1; j < i; j++) {
        char c = value.charAt(j);
        if (seam(value.charAt(j - 1), c)) sb.append('-');
        sb.append(Character.toLowerCase(c));
      }
    }
  }

  /**
   * Whether a name's words meet between {@code prev} and {@code c}: a lower-case letter or digit
   * before a capital ({@code commentBody}), a letter before a digit ({@code relatedNews2}). Names
   * reach the classifier lower-cased, where only a dash can still tell the words apart.
   */
  private static boolean seam(char prev, char c) {
    if (c >= 'A' && c <= 'Z') return (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9');
    if (c >= '0' && c <= '9') return (prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z');
    return false;
  }

  /**
   * Whether the token {@code value[start, end)} starts with a behaviour or state word and a dash.
   */
  private static boolean modifier(String value, int start, int end) {
    // the modifiers are letters: a token can only start with one and a dash at its first dash
    int limit = Math.min(end, start + LONGEST_MODIFIER + 1);
    int dash = start;
    while (dash < limit && value.charAt(dash) != '-' && value.charAt(dash) != '_') dash++;
    if (dash >= limit) return false;
    char first = value.charAt(start);
    for (String m : MODIFIERS) {
      if (m.length() != dash - start) continue;
      // an ASCII first letter decides at once; others are left to the case-insensitive match
      if (first < 0x80 && (first >= 'A' && first <= 'Z' ? first + 32 : first) != m.charAt(0)) {
        continue;
      }
      int after = start + m.length();
      if (after < end
          && (value.charAt(after) == '-' || value.charAt(after) == '_')
          && value.regionMatches(true, start, m, 0, m.length())) {
        return true;
      }
    }
    return false;
  }

  private static String joinTokens(String parent, String own) {
    if (own.isEmpty()) return parent;
    String s = parent.isEmpty() ? own : parent + " " + own;
    if (s.length() <= MAX_TOKENS_CHARS) return s;
    // the innermost tokens say most about a block: drop the outermost ones
    int cut = s.indexOf(' ', s.length() - MAX_TOKENS_CHARS);
    return cut < 0 ? s.substring(s.length() - MAX_TOKENS_CHARS) : s.substring(cut + 1);
  }

  private static String lastPathChars(String path) {
    if (path.length() <= MAX_PATH_CHARS) return path;
    int cut = path.indexOf('>', path.length() - MAX_PATH_CHARS);
    return cut < 0 ? path.substring(path.length() - MAX_PATH_CHARS) : path.substring(cut + 1);
  }

  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
      } else if (!isInvisible(c)) {
        if (space && sb.length() > 0) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
