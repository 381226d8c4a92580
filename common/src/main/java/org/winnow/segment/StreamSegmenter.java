package org.winnow.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Cuts HTML text into blocks without building a DOM: scans the text for tags, keeps the stack of
 * open elements with HTML's implied end tags (a {@code <p>} closed by the next block, {@code <li>}
 * by the next item, cells and rows by the next ones, unclosed inline elements reopened in the next
 * paragraph, stray end tags ignored) and hands each element and text to a {@link BlockWalk}, so
 * that the blocks are those {@link Segmenter} finds in jsoup's DOM of the same page. The {@code
 * stream} parser of {@code segment.parser}.
 *
 * <pre>{@code
 * <ul><li>One<li>Two</ul><p>Three<p>Four
 *   -> [li "One"], [li "Two"], [p "Three"], [p "Four"]
 * }</pre>
 *
 * <p>What it does not redo of HTML's tree construction moves no text: the content a browser moves
 * out of a table (stray text between rows) or out of a misnested inline element ({@code
 * <a><div>x</a>y</div>}) stays where it stands. No recursion, one pass: deep or malformed pages
 * cost time linear in their length.
 */
final class StreamSegmenter {
  private final int maxBlocks;
  private final int maxChars;

  StreamSegmenter(int maxBlocks, int maxChars) {
    this.maxBlocks = maxBlocks;
    this.maxChars = maxChars;
  }

  /** The blocks of {@code html} and the hints met on the way, as {@link Segmenter} gives them. */
  BlockWalk.Result segment(String html) {
    BlockWalk walk = new BlockWalk(maxBlocks, maxChars);
    new Run(html, walk).run();
    return walk.finish();
  }

  /** HTML's "special" elements: an end tag of another element never closes one of them. */
  private static final Set<String> SPECIAL =
      NameSet.of(
          "address",
          "applet",
          "area",
          "article",
          "aside",
          "base",
          "basefont",
          "bgsound",
          "blockquote",
          "body",
          "br",
          "button",
          "caption",
          "center",
          "col",
          "colgroup",
          "dd",
          "details",
          "dir",
          "div",
          "dl",
          "dt",
          "embed",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "frame",
          "frameset",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "head",
          "header",
          "hgroup",
          "hr",
          "html",
          "iframe",
          "img",
          "input",
          "keygen",
          "li",
          "link",
          "listing",
          "main",
          "marquee",
          "menu",
          "meta",
          "nav",
          "noembed",
          "noframes",
          "noscript",
          "object",
          "ol",
          "p",
          "param",
          "plaintext",
          "pre",
          "script",
          "search",
          "section",
          "select",
          "source",
          "style",
          "summary",
          "table",
          "tbody",
          "td",
          "template",
          "textarea",
          "tfoot",
          "th",
          "thead",
          "title",
          "tr",
          "track",
          "ul",
          "wbr",
          "xmp");

  /** Start tags that close an open {@code <p>} (jsoup's list: not main, dialog or search). */
  private static final Set<String> CLOSES_P =
      NameSet.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "details",
          "dir",
          "div",
          "dl",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "header",
          "hgroup",
          "menu",
          "nav",
          "ol",
          "p",
          "section",
          "summary",
          "ul");

  /**
   * End tags that close their element and whatever is open inside it, when it is in scope (jsoup's
   * list: an end tag of main, dialog or search closes nothing that is open inside it).
   */
  private static final Set<String> BLOCK_END =
      NameSet.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "button",
          "center",
          "details",
          "dir",
          "div",
          "dl",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "header",
          "hgroup",
          "listing",
          "menu",
          "nav",
          "ol",
          "pre",
          "section",
          "summary",
          "ul");

  private static final Set<String> FORMATTING =
      NameSet.of(
          "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
          "tt", "u");

  private static final Set<String> VOID =
      NameSet.of(
          "area",
          "base",
          "basefont",
          "bgsound",
          "br",
          "col",
          "embed",
          "frame",
          "hr",
          "img",
          "input",
          "keygen",
          "link",
          "meta",
          "param",
          "source",
          "track",
          "wbr");

  private static final Set<String> IMPLIED_END =
      NameSet.of("dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

  private static final Set<String> SCOPE_BOUNDARY =
      NameSet.of("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");

  private static final Set<String> TABLE_PARTS =
      NameSet.of("caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr");

  /** Tags that leave SVG or MathML content: a page that never closed its {@code <svg>}. */
  private static final Set<String> FOREIGN_BREAKOUT =
      NameSet.of(
          "b",
          "big",
          "blockquote",
          "body",
          "br",
          "center",
          "code",
          "dd",
          "div",
          "dl",
          "dt",
          "em",
          "embed",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "head",
          "hr",
          "i",
          "img",
          "li",
          "listing",
          "menu",
          "meta",
          "nobr",
          "ol",
          "p",
          "pre",
          "ruby",
          "s",
          "small",
          "span",
          "strong",
          "strike",
          "sub",
          "sup",
          "table",
          "tt",
          "u",
          "ul",
          "var");

  /** The items a new {@code <li>}, or a new {@code <dd>} or {@code <dt>}, closes. */
  private static final Set<String> LIST_ITEM = NameSet.of("li");

  private static final Set<String> DEFINITION_ITEM = NameSet.of("dd", "dt");

  /** jsoup looks this far down the stack for an element in scope. */
  private static final int MAX_SCOPE_SEARCH = 100;

  /** Other searches of the stack and the active formatting elements stop this deep, as jsoup's. */
  private static final int MAX_STACK_SEARCH = 256;

  /**
   * A noscript whose markup runs this long before it shows a notice's worth of text is read as
   * markup: a bound on the look-ahead, so that many unclosed noscripts cost linear time.
   */
  private static final int NOSCRIPT_LOOKAHEAD = 65_536;

  private enum Mode {
    BEFORE_HTML,
    BEFORE_HEAD,
    IN_HEAD,
    IN_HEAD_NOSCRIPT,
    AFTER_HEAD,
    IN_BODY,
    IN_TABLE,
    IN_TABLE_BODY,
    IN_ROW,
    IN_CELL,
    IN_CAPTION,
    IN_COLUMN_GROUP,
    IN_SELECT
  }

  /** One element on the stack of open elements. */
  private static final class Entry {
    final String name;

    /** Its attributes, kept only for formatting elements, which may be reopened. */
    final TagAttributes attributes;

    /** Whether the walk was told it opened (and so must be told it closes). */
    boolean walked;

    /** SVG or MathML: its own rules for self-closing and end tags. */
    boolean foreign;

    /** On the stack; false once closed or taken off it while its content stays in place. */
    boolean open = true;

    /** Whether it is one of {@link #SPECIAL}: asked at every step of many stack searches. */
    final boolean special;

    /** Whether it is one of {@link #SCOPE_BOUNDARY}. */
    final boolean scopeBoundary;

    Entry(String name, TagAttributes attributes) {
      this.name = name;
      this.attributes = attributes;
      this.special = SPECIAL.contains(name);
      this.scopeBoundary = SCOPE_BOUNDARY.contains(name);
    }
  }

  /** Marks the start of a cell, caption or object in the list of active formatting elements. */
  private static final Entry MARKER = new Entry("#marker", null);

  /** The parse of one page. */
  private static final class Run {
    private final String s;
    private final int n;
    private final BlockWalk walk;
    private final TagAttributes attributes = new TagAttributes();
    private Entry[] stack = new Entry[64];
    private int size;
    private final List<Entry> active = new ArrayList<>();
    private Mode mode = Mode.BEFORE_HTML;
    private Entry form;

    /** Stack index of the outermost element whose content is dropped, or -1. */
    private int droppedAt = -1;

    private int pos;

    /**
     * A page that does not start with a doctype is read in quirks mode, where a table does not
     * close an open paragraph (jsoup's reading; any doctype leaves quirks mode).
     */
    private boolean quirks = true;

    /** Set when {@code <plaintext>} made the rest of the page text. */
    private boolean plaintext;

    Run(String s, BlockWalk walk) {
      this.s = s;
      this.n = s.length();
      this.walk = walk;
      this.lookahead = 2L * n + NOSCRIPT_LOOKAHEAD;
    }

    void run() {
      walk.open("#root", ElementAttributes.NONE);
      int textStart = 0;
      int scan = 0;
      while (scan < n && !walk.truncated()) {
        int lt = s.indexOf('<', scan);
        if (lt < 0 || lt + 1 >= n) break;
        char c = s.charAt(lt + 1);
        boolean markup =
            c == '!'
                || c == '?'
                || isLetter(c)
                || (c == '/' && lt + 2 < n && s.charAt(lt + 2) != '<');
        if (!markup) {
          scan = lt + 1;
          continue;
        }
        if (lt > textStart) characters(textStart, lt);
        pos = lt;
        markup();
        if (plaintext) {
          if (pos < n) characters(pos, n);
          pos = n;
        }
        textStart = pos;
        scan = pos;
      }
      if (textStart < n && !walk.truncated()) characters(textStart, n);
      while (size > 0) pop();
      walk.close();
    }

    // ---------------------------------------------------------------- tokens

    /** Reads the markup at {@code pos} (a {@code <} that starts a tag, comment or declaration). */
    private void markup() {
      char c = s.charAt(pos + 1);
      if (c == '!') {
        if (s.startsWith("<!--", pos)) {
          if (s.startsWith("<!-->", pos)) {
            pos += 5;
          } else if (s.startsWith("<!--->", pos)) {
            pos += 6;
          } else {
            int end = s.indexOf("-->", pos + 4);
            pos = end < 0 ? n : end + 3;
          }
        } else {
          int start = pos;
          skipPast('>', pos + 2);
          if (mode == Mode.BEFORE_HTML && s.regionMatches(true, start + 2, "doctype", 0, 7)) {
            quirks = !wellFormedDoctype(start + 9, pos - 1);
          }
        }
      } else if (c == '?') {
        skipPast('>', pos + 2);
      } else if (c == '/') {
        char c2 = s.charAt(pos + 2);
        if (c2 == '>') {
          pos += 3;
        } else if (isLetter(c2)) {
          int end = readTag(pos + 2);
          if (end < 0) {
            pos = n;
            return;
          }
          String name = tagName;
          pos = end;
          endTag(name);
        } else {
          skipPast('>', pos + 2);
        }
      } else {
        int end = readTag(pos + 1);
        if (end < 0) {
          pos = n;
          return;
        }
        pos = end;
        startTag(tagName, selfClosing);
      }
    }

    /**
     * Whether the doctype between {@code from} (after {@code <!doctype}) and {@code to} (its {@code
     * >}) is well formed: a name, then optionally PUBLIC or SYSTEM and quoted identifiers. A
     * malformed one forces quirks mode.
     */
    private boolean wellFormedDoctype(int from, int to) {
      if (to <= from || to > n) return false;
      int i = from;
      if (i >= to || !isSpace(s.charAt(i))) return false;
      while (i < to && isSpace(s.charAt(i))) i++;
      int name = i;
      while (i < to && !isSpace(s.charAt(i))) i++;
      if (i == name) return false;
      while (i < to && isSpace(s.charAt(i))) i++;
      if (i == to) return true;
      if (!s.regionMatches(true, i, "public", 0, 6) && !s.regionMatches(true, i, "system", 0, 6)) {
        return false;
      }
      i += 6;
      for (int ids = 0; ids < 2; ids++) {
        while (i < to && isSpace(s.charAt(i))) i++;
        if (i == to) return ids > 0;
        char q = s.charAt(i);
        if (q != '"' && q != '\'') return false;
        int close = s.indexOf(q, i + 1);
        if (close < 0 || close >= to) return false;
        i = close + 1;
      }
      while (i < to && isSpace(s.charAt(i))) i++;
      return i == to;
    }

    private void skipPast(char ch, int from) {
      int i = s.indexOf(ch, from);
      pos = i < 0 ? n : i + 1;
    }

    private String tagName;
    private boolean selfClosing;

    /**
     * Reads a tag's name and attributes from {@code from} (the name's first letter) into {@link
     * #tagName}, {@link #attributes} and {@link #selfClosing}; returns the index after its {@code
     * >}, or -1 when the page ends inside it (such a tag is dropped).
     */
    private int readTag(int from) {
      int i = from;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '>' || c == '/' || isSpace(c)) break;
        i++;
      }
      tagName = lowerName(from, i);
      attributes.clear();
      selfClosing = false;
      while (true) {
        while (i < n && isSpace(s.charAt(i))) i++;
        if (i >= n) return -1;
        char c = s.charAt(i);
        if (c == '>') return i + 1;
        if (c == '/') {
          if (i + 1 < n && s.charAt(i + 1) == '>') {
            selfClosing = true;
            return i + 2;
          }
          i++;
          continue;
        }
        int nameStart = i++;
        while (i < n) {
          char d = s.charAt(i);
          if (d == '=' || d == '>' || d == '/' || isSpace(d)) break;
          i++;
        }
        int nameEnd = i;
        while (i < n && isSpace(s.charAt(i))) i++;
        int valueStart = 0;
        int valueEnd = 0;
        if (i < n && s.charAt(i) == '=') {
          i++;
          while (i < n && isSpace(s.charAt(i))) i++;
          if (i >= n) return -1;
          char q = s.charAt(i);
          if (q == '"' || q == '\'') {
            int close = s.indexOf(q, i + 1);
            if (close < 0) return -1;
            valueStart = i + 1;
            valueEnd = close;
            i = close + 1;
          } else {
            valueStart = i;
            while (i < n && s.charAt(i) != '>' && !isSpace(s.charAt(i))) i++;
            valueEnd = i;
          }
        }
        attributes.add(s, nameStart, nameEnd, valueStart, valueEnd);
      }
    }

    private String lowerName(int from, int to) {
      String known = TagNames.lookup(s, from, to);
      if (known != null) return known;
      boolean lower = true;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          lower = false;
          break;
        }
      }
      String name = s.substring(from, to);
      return lower ? name : TagAttributes.asciiLower(name);
    }

    /** The content of a raw-text element up to its end tag, which it consumes. */
    private String rawText(String name) {
      int from = pos;
      return s.substring(from, skipRawText(name));
    }

    /**
     * Consumes a raw-text element's content and end tag without copying the content (most scripts
     * and styles are read for nothing); returns where the content ends.
     */
    private int skipRawText(String name) {
      int i = pos;
      while (true) {
        int lt = s.indexOf("</", i);
        if (lt < 0) {
          pos = n;
          return n;
        }
        int after = lt + 2 + name.length();
        if (s.regionMatches(true, lt + 2, name, 0, name.length())
            && (after >= n
                || s.charAt(after) == '>'
                || s.charAt(after) == '/'
                || isSpace(s.charAt(after)))) {
          int gt = s.indexOf('>', after);
          pos = gt < 0 ? n : gt + 1;
          return lt;
        }
        i = lt + 2;
      }
    }

    private void characters(int from, int to) {
      // the white space between tags, about half the runs, is a space to every reader of text
      // (the walk, the blank tests): one shared string instead of a copy of each run
      if (isBlank(s, from, to)) {
        text(" ");
        return;
      }
      String raw = s.substring(from, to);
      if (raw.indexOf('&') >= 0) raw = HtmlEntities.decode(raw, false);
      text(raw);
    }

    // ---------------------------------------------------------------- tree

    private void text(String t) {
      switch (mode) {
        case IN_HEAD_NOSCRIPT -> {}
        case BEFORE_HTML, BEFORE_HEAD, IN_HEAD, AFTER_HEAD -> {
          if (isBlank(t)) return;
          leaveHead();
          bodyText(t);
        }
        case IN_TABLE, IN_TABLE_BODY, IN_ROW -> {
          if (isBlank(t) && isTablePart(current())) {
            emitText(t);
          } else {
            bodyText(t);
          }
        }
        case IN_COLUMN_GROUP -> {
          if (!isBlank(t)) {
            if (current().name.equals("colgroup")) pop();
            mode = Mode.IN_TABLE;
            text(t);
          }
        }
        case IN_SELECT -> emitText(t);
        default -> bodyText(t);
      }
    }

    private void bodyText(String t) {
      reconstructFormatting();
      emitText(t);
    }

    private void emitText(String t) {
      if (droppedAt < 0) walk.text(t);
    }

    /** Opens what the page left implied up to the body: html, head, body. */
    private void leaveHead() {
      if (mode == Mode.BEFORE_HTML) {
        push("html", ElementAttributes.NONE);
        mode = Mode.BEFORE_HEAD;
      }
      if (mode == Mode.BEFORE_HEAD) {
        push("head", ElementAttributes.NONE);
        mode = Mode.IN_HEAD;
      }
      if (mode == Mode.IN_HEAD_NOSCRIPT) {
        popUntil("noscript");
        mode = Mode.IN_HEAD;
      }
      if (mode == Mode.IN_HEAD) {
        popUntil("head");
        mode = Mode.AFTER_HEAD;
      }
      if (mode == Mode.AFTER_HEAD) {
        push("body", ElementAttributes.NONE);
        mode = Mode.IN_BODY;
      }
    }

    private void startTag(String name, boolean selfClosing) {
      if (isForeign(current()) && !breaksOutOfForeign(name)) {
        if (!selfClosing && !VOID.contains(name)) push(name, attributes).foreign = true;
        return;
      }
      if (isForeign(current())) {
        while (size > 0 && isForeign(current())) pop();
      }
      switch (mode) {
        case BEFORE_HTML -> {
          if (name.equals("html")) {
            push("html", attributes);
            mode = Mode.BEFORE_HEAD;
            return;
          }
          push("html", ElementAttributes.NONE);
          mode = Mode.BEFORE_HEAD;
          startTag(name, selfClosing);
        }
        case BEFORE_HEAD -> {
          if (name.equals("html")) return;
          push("head", name.equals("head") ? attributes : ElementAttributes.NONE);
          mode = Mode.IN_HEAD;
          if (!name.equals("head")) startTag(name, selfClosing);
        }
        case IN_HEAD -> {
          if (name.equals("noscript")) {
            push("noscript", attributes);
            mode = Mode.IN_HEAD_NOSCRIPT;
          } else if (name.equals("head") || name.equals("html")) {
            // a second head: ignored
          } else if (!headElement(name)) {
            popUntil("head");
            mode = Mode.AFTER_HEAD;
            startTag(name, selfClosing);
          }
        }
        case IN_HEAD_NOSCRIPT -> {
          // jsoup keeps any other markup of a noscript in the head as its text
          switch (name) {
            case "link", "meta", "basefont", "bgsound", "style", "noframes" -> headElement(name);
            default -> {}
          }
        }
        case AFTER_HEAD -> {
          switch (name) {
            case "body", "frameset" -> {
              push(name, attributes);
              mode = Mode.IN_BODY;
            }
            case "head", "html" -> {}
            default -> {
              if (!headElement(name)) {
                push("body", ElementAttributes.NONE);
                mode = Mode.IN_BODY;
                startTag(name, selfClosing);
              }
            }
          }
        }
        case IN_TABLE -> inTableStart(name, selfClosing);
        case IN_TABLE_BODY -> inTableBodyStart(name, selfClosing);
        case IN_ROW -> inRowStart(name, selfClosing);
        case IN_CELL -> {
          if (TABLE_PARTS.contains(name)) {
            if (closeCell()) startTag(name, selfClosing);
          } else {
            inBodyStart(name, selfClosing);
          }
        }
        case IN_CAPTION -> {
          if (TABLE_PARTS.contains(name)) {
            if (closeCaption()) startTag(name, selfClosing);
          } else {
            inBodyStart(name, selfClosing);
          }
        }
        case IN_COLUMN_GROUP -> {
          if (name.equals("col")) return;
          if (current().name.equals("colgroup")) pop();
          mode = Mode.IN_TABLE;
          startTag(name, selfClosing);
        }
        case IN_SELECT -> inSelectStart(name, selfClosing);
        default -> inBodyStart(name, selfClosing);
      }
    }

    /**
     * The elements of a head, wherever they stand: metadata for the walk, no blocks. Returns false
     * for another element.
     */
    private boolean headElement(String name) {
      switch (name) {
        case "base", "basefont", "bgsound", "link", "meta" -> {
          if (hintsOpen()) walk.empty(name, attributes);
        }
        case "title" -> {
          String t = rawText("title");
          if (hintsOpen()) walk.title(t.indexOf('&') >= 0 ? HtmlEntities.decode(t, false) : t);
        }
        case "script" -> {
          // rawText reads no tag: the attributes stay this script's
          if (hintsOpen() && walk.wantsScript(attributes)) {
            walk.script(attributes, rawText("script"));
          } else {
            skipRawText("script");
          }
        }
        case "style", "noframes" -> skipRawText(name);
        case "template" -> skipRawText("template");
        default -> {
          return false;
        }
      }
      return true;
    }

    private void inBodyStart(String name, boolean selfClosing) {
      switch (name) {
        case "html", "body", "frameset", "head" -> {}
        case "base",
            "basefont",
            "bgsound",
            "link",
            "meta",
            "noframes",
            "script",
            "style",
            "template",
            "title" ->
            headElement(name);
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          closeP();
          if (isHeading(current().name)) pop();
          push(name, attributes);
        }
        case "pre", "listing" -> {
          closeP();
          push(name, attributes);
        }
        case "form" -> {
          if (form != null) return;
          closeP();
          form = push(name, attributes);
        }
        case "li" -> {
          closeListItem(LIST_ITEM);
          closeP();
          push(name, attributes);
        }
        case "dd", "dt" -> {
          closeListItem(DEFINITION_ITEM);
          closeP();
          push(name, attributes);
        }
        case "plaintext" -> {
          closeP();
          push(name, attributes);
          plaintext = true;
        }
        case "button" -> {
          if (inScope("button", null)) {
            generateImpliedEndTags(null);
            popUntil("button");
          }
          reconstructFormatting();
          push(name, attributes);
        }
        case "a" -> {
          Entry a = activeFormatting("a");
          if (a != null) {
            adoptionAgency("a");
            active.remove(a);
            takeOff(a);
          }
          reconstructFormatting();
          activate(push(name, attributes.copy()));
        }
        case "nobr" -> {
          reconstructFormatting();
          if (inScope("nobr", null)) {
            adoptionAgency("nobr");
            reconstructFormatting();
          }
          activate(push(name, attributes.copy()));
        }
        case "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u" -> {
          reconstructFormatting();
          activate(push(name, attributes.copy()));
        }
        case "applet", "marquee", "object" -> {
          reconstructFormatting();
          push(name, attributes);
          active.add(MARKER);
        }
        case "table" -> {
          if (!quirks) closeP();
          push(name, attributes);
          mode = Mode.IN_TABLE;
        }
        case "br", "img", "image", "input", "area", "embed", "keygen", "wbr" -> {
          reconstructFormatting();
          empty(name.equals("image") ? "img" : name);
        }
        case "param", "source", "track" -> empty(name);
        case "hr" -> {
          closeP();
          empty(name);
        }
        case "textarea" -> {
          push(name, attributes);
          String t = rawText("textarea");
          emitText(t.indexOf('&') >= 0 ? HtmlEntities.decode(t, false) : t);
          pop();
        }
        case "xmp" -> {
          closeP();
          reconstructFormatting();
          push(name, attributes);
          emitText(rawText("xmp"));
          pop();
        }
        case "iframe", "noembed" -> skipRawText(name);
        case "noscript" -> noscript();
        case "select" -> {
          reconstructFormatting();
          push(name, attributes);
          mode = Mode.IN_SELECT;
        }
        case "optgroup", "option" -> {
          if (current().name.equals("option")) pop();
          reconstructFormatting();
          push(name, attributes);
        }
        case "math", "svg" -> {
          reconstructFormatting();
          if (!selfClosing) push(name, attributes).foreign = true;
        }
        case "caption",
            "col",
            "colgroup",
            "frame",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr" -> {}
        default -> {
          if (CLOSES_P.contains(name)) {
            closeP();
            push(name, attributes);
            return;
          }
          reconstructFormatting();
          // jsoup, as browsers, opens a non-void element written self-closing (<x/>)
          push(name, attributes);
        }
      }
    }

    /** An element that holds nothing: a line break, metadata, or a block of its own. */
    private void empty(String name) {
      if (droppedAt >= 0) return;
      switch (name) {
        case "br" -> walk.lineBreak();
        case "img", "input", "meta", "link" -> walk.empty(name, attributes);
        case "embed" -> {}
        default -> {
          walk.open(name, attributes);
          walk.close();
        }
      }
    }

    /**
     * A {@code <noscript>} in the body: a small one is a notice for browsers without scripts and is
     * dropped; a big one (often an unclosed one that swallowed the page) is read as markup.
     */
    private void noscript() {
      int end = noscriptEnd(pos);
      int to = end < 0 ? n : end;
      if (lookahead <= 0
          || to - pos > NOSCRIPT_LOOKAHEAD
          || visibleChars(pos, to) > BlockWalk.NOSCRIPT_MAX_CHARS) {
        reconstructFormatting();
        // the DOM walk passes through a big noscript without a frame of its own
        pushUnwalked("noscript");
        return;
      }
      pos = to;
      if (end >= 0) skipPast('>', end);
    }

    /**
     * Characters the noscript look-ahead may still read: a page's noscripts together read at most
     * about twice its length, however many there are.
     */
    private long lookahead;

    /** About as many characters as jsoup's {@code text()} of the markup in {@code [from, to)}. */
    private int visibleChars(int from, int to) {
      int count = 0;
      boolean space = true;
      int i = from;
      for (; i < to && count <= BlockWalk.NOSCRIPT_MAX_CHARS; i++) {
        char c = s.charAt(i);
        if (c == '<') {
          int gt = s.indexOf('>', i);
          if (gt < 0 || gt >= to) break;
          i = gt;
        } else if (isSpace(c)) {
          if (!space) count++;
          space = true;
        } else {
          count++;
          space = false;
        }
      }
      lookahead -= i - from;
      return count;
    }

    private void inTableStart(String name, boolean selfClosing) {
      switch (name) {
        case "caption" -> {
          clearTo("table");
          active.add(MARKER);
          push(name, attributes);
          mode = Mode.IN_CAPTION;
        }
        case "colgroup" -> {
          clearTo("table");
          push(name, attributes);
          mode = Mode.IN_COLUMN_GROUP;
        }
        case "col" -> {
          clearTo("table");
          push("colgroup", ElementAttributes.NONE);
          mode = Mode.IN_COLUMN_GROUP;
        }
        case "tbody", "tfoot", "thead" -> {
          clearTo("table");
          push(name, attributes);
          mode = Mode.IN_TABLE_BODY;
        }
        case "td", "th", "tr" -> {
          clearTo("table");
          push("tbody", ElementAttributes.NONE);
          mode = Mode.IN_TABLE_BODY;
          startTag(name, selfClosing);
        }
        case "table" -> {
          if (inTableScope("table")) {
            popUntil("table");
            resetMode();
            startTag(name, selfClosing);
          }
        }
        case "style", "script", "template" -> headElement(name);
        case "input" -> {
          if (attributes.get("type").equalsIgnoreCase("hidden")) {
            empty(name);
          } else {
            inBodyStart(name, selfClosing);
          }
        }
        case "form" -> {
          if (form != null) return;
          push(name, attributes);
          pop();
        }
        default -> inBodyStart(name, selfClosing);
      }
    }

    private void inTableBodyStart(String name, boolean selfClosing) {
      switch (name) {
        case "tr" -> {
          clearTo("tbody", "thead", "tfoot");
          push(name, attributes);
          mode = Mode.IN_ROW;
        }
        case "th", "td" -> {
          clearTo("tbody", "thead", "tfoot");
          push("tr", ElementAttributes.NONE);
          mode = Mode.IN_ROW;
          startTag(name, selfClosing);
        }
        case "caption", "col", "colgroup", "tbody", "tfoot", "thead" -> {
          if (!inTableScope("tbody") && !inTableScope("thead") && !inTableScope("tfoot")) return;
          clearTo("tbody", "thead", "tfoot");
          pop();
          mode = Mode.IN_TABLE;
          startTag(name, selfClosing);
        }
        default -> inTableStart(name, selfClosing);
      }
    }

    private void inRowStart(String name, boolean selfClosing) {
      switch (name) {
        case "th", "td" -> {
          clearTo("tr");
          push(name, attributes);
          mode = Mode.IN_CELL;
          active.add(MARKER);
        }
        case "caption", "col", "colgroup", "tbody", "tfoot", "thead", "tr" -> {
          if (!inTableScope("tr")) return;
          clearTo("tr");
          pop();
          mode = Mode.IN_TABLE_BODY;
          startTag(name, selfClosing);
        }
        default -> inTableStart(name, selfClosing);
      }
    }

    private void inSelectStart(String name, boolean selfClosing) {
      switch (name) {
        case "option" -> {
          if (current().name.equals("option")) pop();
          push(name, attributes);
        }
        case "optgroup" -> {
          if (current().name.equals("option")) pop();
          if (current().name.equals("optgroup")) pop();
          push(name, attributes);
        }
        case "select" -> endSelect();
        case "input", "keygen", "textarea" -> {
          if (endSelect()) startTag(name, selfClosing);
        }
        case "script", "template" -> headElement(name);
        case "caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th" -> {
          if (endSelect()) startTag(name, selfClosing);
        }
        default -> {}
      }
    }

    private boolean endSelect() {
      if (!inSelectScope()) return false;
      popUntil("select");
      resetMode();
      return true;
    }

    private void endTag(String name) {
      Entry cur = current();
      if (isForeign(cur)) {
        for (int i = size - 1; i >= 0; i--) {
          Entry e = stack[i];
          if (!e.open) continue;
          if (!e.foreign) break;
          if (e.name.equalsIgnoreCase(name)) {
            popUntil(e);
            return;
          }
        }
      }
      switch (mode) {
        case BEFORE_HTML, BEFORE_HEAD -> {
          if (name.equals("head")
              || name.equals("body")
              || name.equals("html")
              || name.equals("br")) {
            leaveHeadTo(Mode.IN_HEAD);
            endTag(name);
          }
        }
        case IN_HEAD -> {
          if (name.equals("head")) {
            popUntil("head");
            mode = Mode.AFTER_HEAD;
          } else if (name.equals("body") || name.equals("html") || name.equals("br")) {
            popUntil("head");
            mode = Mode.AFTER_HEAD;
            endTag(name);
          }
        }
        case IN_HEAD_NOSCRIPT -> {
          if (name.equals("noscript")) {
            popUntil("noscript");
            mode = Mode.IN_HEAD;
          }
        }
        case AFTER_HEAD -> {
          if (name.equals("body") || name.equals("html") || name.equals("br")) {
            push("body", ElementAttributes.NONE);
            mode = Mode.IN_BODY;
            endTag(name);
          }
        }
        case IN_TABLE -> inTableEnd(name);
        case IN_TABLE_BODY -> {
          switch (name) {
            case "tbody", "tfoot", "thead" -> {
              if (!inTableScope(name)) return;
              clearTo("tbody", "thead", "tfoot");
              pop();
              mode = Mode.IN_TABLE;
            }
            case "table" -> {
              if (!inTableScope("tbody") && !inTableScope("thead") && !inTableScope("tfoot")) {
                return;
              }
              clearTo("tbody", "thead", "tfoot");
              pop();
              mode = Mode.IN_TABLE;
              endTag(name);
            }
            case "body", "caption", "col", "colgroup", "html", "td", "th", "tr" -> {}
            default -> inTableEnd(name);
          }
        }
        case IN_ROW -> {
          switch (name) {
            case "tr" -> {
              if (!inTableScope("tr")) return;
              clearTo("tr");
              pop();
              mode = Mode.IN_TABLE_BODY;
            }
            case "table", "tbody", "tfoot", "thead" -> {
              if (!inTableScope(name.equals("table") ? "tr" : name) || !inTableScope("tr")) return;
              clearTo("tr");
              pop();
              mode = Mode.IN_TABLE_BODY;
              endTag(name);
            }
            case "body", "caption", "col", "colgroup", "html", "td", "th" -> {}
            default -> inTableEnd(name);
          }
        }
        case IN_CELL -> {
          switch (name) {
            case "td", "th" -> {
              if (!inTableScope(name)) return;
              generateImpliedEndTags(null);
              popUntil(name);
              clearFormattingToMarker();
              mode = Mode.IN_ROW;
            }
            case "body", "caption", "col", "colgroup", "html" -> {}
            case "table", "tbody", "tfoot", "thead", "tr" -> {
              if (!inTableScope(name)) return;
              closeCell();
              endTag(name);
            }
            default -> inBodyEnd(name);
          }
        }
        case IN_CAPTION -> {
          switch (name) {
            case "caption" -> closeCaption();
            case "table" -> {
              if (closeCaption()) endTag(name);
            }
            case "body",
                "col",
                "colgroup",
                "html",
                "tbody",
                "td",
                "tfoot",
                "th",
                "thead",
                "tr" -> {}
            default -> inBodyEnd(name);
          }
        }
        case IN_COLUMN_GROUP -> {
          if (name.equals("colgroup")) {
            if (current().name.equals("colgroup")) pop();
            mode = Mode.IN_TABLE;
          } else if (!name.equals("col")) {
            if (current().name.equals("colgroup")) pop();
            mode = Mode.IN_TABLE;
            endTag(name);
          }
        }
        case IN_SELECT -> {
          switch (name) {
            case "option" -> {
              if (current().name.equals("option")) pop();
            }
            case "optgroup" -> {
              if (current().name.equals("option")
                  && size > 1
                  && stack[size - 2].name.equals("optgroup")) {
                pop();
              }
              if (current().name.equals("optgroup")) pop();
            }
            case "select" -> endSelect();
            case "caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th" -> {
              if (inTableScope(name) && endSelect()) endTag(name);
            }
            default -> {}
          }
        }
        default -> inBodyEnd(name);
      }
    }

    private void leaveHeadTo(Mode target) {
      if (mode == Mode.BEFORE_HTML) {
        push("html", ElementAttributes.NONE);
        mode = Mode.BEFORE_HEAD;
      }
      if (mode == Mode.BEFORE_HEAD && target != Mode.BEFORE_HEAD) {
        push("head", ElementAttributes.NONE);
        mode = Mode.IN_HEAD;
      }
    }

    private void inTableEnd(String name) {
      switch (name) {
        case "table" -> {
          if (!inTableScope("table")) return;
          popUntil("table");
          resetMode();
        }
        case "body",
            "caption",
            "col",
            "colgroup",
            "html",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr" -> {}
        default -> inBodyEnd(name);
      }
    }

    private void inBodyEnd(String name) {
      switch (name) {
        case "body", "html" -> {
          // after </body> a page goes on in the body: the stack stays as it is
        }
        case "form" -> {
          Entry f = form;
          form = null;
          if (f == null || !f.open || !inScope(f)) return;
          generateImpliedEndTags(null);
          if (current() == f) {
            pop();
          } else {
            takeOff(f);
          }
        }
        case "p" -> {
          if (!inScope("p", "button")) {
            push("p", ElementAttributes.NONE);
          }
          generateImpliedEndTags("p");
          popUntil("p");
        }
        case "li" -> {
          if (!inScope("li", "list")) return;
          generateImpliedEndTags("li");
          popUntil("li");
        }
        case "dd", "dt" -> {
          if (!inScope(name, null)) return;
          generateImpliedEndTags(name);
          popUntil(name);
        }
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          if (!headingInScope()) return;
          generateImpliedEndTags(name);
          while (size > 0) {
            Entry e = current();
            pop();
            if (isHeading(e.name)) break;
          }
        }
        case "a",
            "b",
            "big",
            "code",
            "em",
            "font",
            "i",
            "nobr",
            "s",
            "small",
            "strike",
            "strong",
            "tt",
            "u" -> {
          if (!adoptionAgency(name)) anyOtherEnd(name);
        }
        case "applet", "marquee", "object" -> {
          if (!inScope(name, null)) return;
          generateImpliedEndTags(null);
          popUntil(name);
          clearFormattingToMarker();
        }
        case "br" -> {
          reconstructFormatting();
          if (droppedAt < 0) walk.lineBreak();
        }
        default -> {
          if (BLOCK_END.contains(name)) {
            if (!inScope(name, null)) return;
            generateImpliedEndTags(null);
            popUntil(name);
          } else {
            anyOtherEnd(name);
          }
        }
      }
    }

    private void anyOtherEnd(String name) {
      // bounded, so that stray end tags deep in a page cost no more than near its top
      int bottom = Math.max(0, size - MAX_STACK_SEARCH);
      for (int i = size - 1; i >= bottom; i--) {
        Entry e = stack[i];
        if (!e.open) continue;
        if (e.name.equals(name)) {
          generateImpliedEndTags(name);
          popUntil(e);
          return;
        }
        if (e.special) return;
      }
    }

    /**
     * HTML's adoption agency for the end of a formatting element: closes the element and what is
     * open inside it when that is inline; when blocks opened inside it, takes it (and the other
     * inline elements between the blocks) out of the blocks' ancestry, as the DOM moves the blocks
     * out of it, and closes what is open inside the innermost block. Returns false when no such
     * element is active.
     */
    private boolean adoptionAgency(String name) {
      Entry fe = activeFormatting(name);
      if (fe == null) return false;
      if (!fe.open) {
        active.remove(fe);
        return true;
      }
      if (!inScope(fe)) return true;
      active.remove(fe);
      int at = indexOf(fe);
      int block = nextSpecial(at + 1);
      if (block < 0) {
        popUntil(fe);
        return true;
      }
      List<Integer> leave = new ArrayList<>();
      leave.add(at);
      for (int from = at + 1; block >= 0; block = nextSpecial(from)) {
        for (int j = from; j < block; j++) {
          if (stack[j].open && !active.contains(stack[j])) leave.add(j);
        }
        from = block + 1;
        at = block;
      }
      for (int k = leave.size() - 1; k >= 0; k--) remove(leave.get(k));
      while (size > 0 && stack[size - 1] != stackAt(at - leave.size())) pop();
      return true;
    }

    private Entry stackAt(int i) {
      return i >= 0 && i < size ? stack[i] : null;
    }

    /** The index of the first open special element from {@code from} up, or -1. */
    private int nextSpecial(int from) {
      for (int j = from; j < size; j++) {
        if (stack[j].open && stack[j].special) return j;
      }
      return -1;
    }

    /** Takes the element at {@code i} out of the stack and out of the walk's open elements. */
    private void remove(int i) {
      Entry e = stack[i];
      if (e.walked) {
        int level = 1;
        for (int j = 0; j < i; j++) if (stack[j].walked) level++;
        walk.detach(level);
      }
      if (droppedAt == i) droppedAt = -1;
      else if (droppedAt > i) droppedAt--;
      System.arraycopy(stack, i + 1, stack, i, size - i - 1);
      stack[--size] = null;
      e.open = false;
      e.walked = false;
    }

    /**
     * Adds a formatting element to the active ones; of more than three equal ones (same name and
     * attributes) since the last marker the earliest is forgotten, so that a page repeating {@code
     * <font>} without closing it does not reopen every one of them in each paragraph.
     */
    private void activate(Entry e) {
      int equal = 0;
      int earliest = -1;
      for (int i = active.size() - 1; i >= 0; i--) {
        Entry o = active.get(i);
        if (o == MARKER) break;
        if (o.name.equals(e.name) && o.attributes.sameAs(e.attributes)) {
          equal++;
          earliest = i;
        }
      }
      if (equal >= 3) active.remove(earliest);
      active.add(e);
    }

    private Entry activeFormatting(String name) {
      int bottom = Math.max(0, active.size() - MAX_STACK_SEARCH);
      for (int i = active.size() - 1; i >= bottom; i--) {
        Entry e = active.get(i);
        if (e == MARKER) return null;
        if (e.name.equals(name)) return e;
      }
      return null;
    }

    /** Reopens the formatting elements an implied end tag closed, in the next paragraph or cell. */
    private void reconstructFormatting() {
      int last = active.size() - 1;
      if (last < 0) return;
      Entry e = active.get(last);
      if (e == MARKER || e.open) return;
      int i = last;
      while (i > 0) {
        Entry prev = active.get(i - 1);
        if (prev == MARKER || prev.open) break;
        i--;
      }
      for (; i <= last; i++) {
        Entry old = active.get(i);
        active.set(i, push(old.name, old.attributes));
      }
    }

    private void clearFormattingToMarker() {
      while (!active.isEmpty()) {
        Entry e = active.remove(active.size() - 1);
        if (e == MARKER) return;
      }
    }

    private void closeP() {
      if (inScope("p", "button")) {
        generateImpliedEndTags("p");
        popUntil("p");
      }
    }

    /** Closes an open list item (or dd/dt) before a new one, as far as the nearest block. */
    private void closeListItem(Set<String> items) {
      for (int i = size - 1; i >= 0; i--) {
        Entry e = stack[i];
        if (!e.open) continue;
        if (items.contains(e.name)) {
          generateImpliedEndTags(e.name);
          popUntil(e);
          return;
        }
        if (e.special
            && !e.name.equals("address")
            && !e.name.equals("div")
            && !e.name.equals("p")) {
          return;
        }
      }
    }

    private boolean closeCell() {
      for (String cell : new String[] {"td", "th"}) {
        if (inTableScope(cell)) {
          generateImpliedEndTags(null);
          popUntil(cell);
          clearFormattingToMarker();
          mode = Mode.IN_ROW;
          return true;
        }
      }
      return false;
    }

    private boolean closeCaption() {
      if (!inTableScope("caption")) return false;
      generateImpliedEndTags(null);
      popUntil("caption");
      clearFormattingToMarker();
      mode = Mode.IN_TABLE;
      return true;
    }

    private void generateImpliedEndTags(String except) {
      while (size > 0) {
        String name = current().name;
        if (!IMPLIED_END.contains(name) || name.equals(except)) return;
        pop();
      }
    }

    /** Pops until the current element is one of {@code names} (or html). */
    private void clearTo(String... names) {
      while (size > 0) {
        String c = current().name;
        if (c.equals("html") || c.equals("template")) return;
        for (String name : names) if (c.equals(name)) return;
        pop();
      }
    }

    private void resetMode() {
      for (int i = size - 1; i >= 0; i--) {
        Entry e = stack[i];
        if (!e.open) continue;
        switch (e.name) {
          case "select" -> mode = Mode.IN_SELECT;
          case "td", "th" -> mode = i == 0 ? Mode.IN_BODY : Mode.IN_CELL;
          case "tr" -> mode = Mode.IN_ROW;
          case "tbody", "thead", "tfoot" -> mode = Mode.IN_TABLE_BODY;
          case "caption" -> mode = Mode.IN_CAPTION;
          case "colgroup" -> mode = Mode.IN_COLUMN_GROUP;
          case "table" -> mode = Mode.IN_TABLE;
          case "body", "html", "frameset" -> mode = Mode.IN_BODY;
          default -> {
            continue;
          }
        }
        return;
      }
      mode = Mode.IN_BODY;
    }

    // ---------------------------------------------------------------- scope

    /** Whether an element {@code name} is in scope; {@code kind} is null, "list" or "button". */
    private boolean inScope(String name, String kind) {
      int bottom = Math.max(0, size - MAX_SCOPE_SEARCH);
      for (int i = size - 1; i >= bottom; i--) {
        Entry e = stack[i];
        if (!e.open) continue;
        if (e.name.equals(name)) return true;
        if (e.scopeBoundary) return false;
        if (kind != null) {
          if (kind.equals("list") && (e.name.equals("ol") || e.name.equals("ul"))) return false;
          if (kind.equals("button") && e.name.equals("button")) return false;
        }
      }
      return false;
    }

    private boolean inScope(Entry target) {
      int bottom = Math.max(0, size - MAX_SCOPE_SEARCH);
      for (int i = size - 1; i >= bottom; i--) {
        Entry e = stack[i];
        if (e == target) return true;
        if (e.open && e.scopeBoundary) return false;
      }
      return false;
    }

    private boolean headingInScope() {
      int bottom = Math.max(0, size - MAX_SCOPE_SEARCH);
      for (int i = size - 1; i >= bottom; i--) {
        Entry e = stack[i];
        if (!e.open) continue;
        if (isHeading(e.name)) return true;
        if (e.scopeBoundary) return false;
      }
      return false;
    }

    private boolean inTableScope(String name) {
      int bottom = Math.max(0, size - MAX_SCOPE_SEARCH);
      for (int i = size - 1; i >= bottom; i--) {
        Entry e = stack[i];
        if (!e.open) continue;
        if (e.name.equals(name)) return true;
        if (e.name.equals("html") || e.name.equals("table") || e.name.equals("template")) {
          return false;
        }
      }
      return false;
    }

    private boolean inSelectScope() {
      int bottom = Math.max(0, size - MAX_SCOPE_SEARCH);
      for (int i = size - 1; i >= bottom; i--) {
        Entry e = stack[i];
        if (!e.open) continue;
        if (e.name.equals("select")) return true;
        if (!e.name.equals("optgroup") && !e.name.equals("option")) return false;
      }
      return false;
    }

    // ---------------------------------------------------------------- stack

    private Entry current() {
      return size == 0 ? MARKER : stack[size - 1];
    }

    private Entry push(String name, ElementAttributes a) {
      TagAttributes kept = FORMATTING.contains(name) && a instanceof TagAttributes t ? t : null;
      Entry e = new Entry(name, kept);
      if (droppedAt < 0) {
        if (BlockWalk.DROPPED.contains(name)) {
          droppedAt = size;
        } else if (!walk.truncated()) {
          walk.open(name, a);
          e.walked = true;
        }
      }
      if (size == stack.length) stack = Arrays.copyOf(stack, size * 2);
      stack[size++] = e;
      return e;
    }

    /** An element the walk is not told about, whose content is still read. */
    private void pushUnwalked(String name) {
      if (size == stack.length) stack = Arrays.copyOf(stack, size * 2);
      stack[size++] = new Entry(name, null);
    }

    /** Pops the current element; an element taken off the stack below it goes with it. */
    private void pop() {
      popOne();
      while (size > 0 && !stack[size - 1].open) popOne();
    }

    private void popOne() {
      Entry e = stack[--size];
      stack[size] = null;
      e.open = false;
      if (e.walked) walk.close();
      if (droppedAt == size) droppedAt = -1;
    }

    private void popUntil(String name) {
      for (int i = size - 1; i >= 0; i--) {
        if (stack[i].open && stack[i].name.equals(name)) {
          popUntil(stack[i]);
          return;
        }
      }
    }

    private void popUntil(Entry target) {
      while (size > 0) {
        Entry e = stack[size - 1];
        pop();
        if (e == target) return;
      }
    }

    /**
     * Takes an element off the stack while its content stays where it is: what opens later goes
     * into the element above it, and it closes with that element.
     */
    private void takeOff(Entry e) {
      if (current() == e) {
        pop();
      } else {
        e.open = false;
      }
    }

    private int indexOf(Entry e) {
      for (int i = size - 1; i >= 0; i--) if (stack[i] == e) return i;
      return -1;
    }

    /** Whether hints may still be collected: outside dropped content, or in the head. */
    private boolean hintsOpen() {
      return droppedAt < 0 || stack[droppedAt].name.equals("head");
    }

    /** Where the last search for a noscript's end started, and what it found. */
    private int noscriptFrom = Integer.MAX_VALUE;

    private int noscriptFound = -1;

    /** The next {@code </noscript} from {@code from}, or -1; one scan serves many noscripts. */
    private int noscriptEnd(int from) {
      if (from < noscriptFrom || (noscriptFound >= 0 && noscriptFound < from)) {
        noscriptFrom = from;
        noscriptFound = indexOfIgnoreCase("</noscript", from);
      }
      return noscriptFound;
    }

    private int indexOfIgnoreCase(String needle, int from) {
      for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
        if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
      }
      return -1;
    }

    private static boolean isForeign(Entry e) {
      return e.foreign;
    }

    private boolean breaksOutOfForeign(String name) {
      if (FOREIGN_BREAKOUT.contains(name)) return true;
      return name.equals("font")
          && (attributes.has("color") || attributes.has("face") || attributes.has("size"));
    }
  }

  private static boolean isTablePart(Entry e) {
    return switch (e.name) {
      case "table", "tbody", "tfoot", "thead", "tr" -> true;
      default -> false;
    };
  }

  private static boolean isHeading(String name) {
    return name.length() == 2
        && name.charAt(0) == 'h'
        && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  private static boolean isBlank(String t) {
    return isBlank(t, 0, t.length());
  }

  private static boolean isBlank(String t, int from, int to) {
    for (int i = from; i < to; i++) if (!isSpace(t.charAt(i))) return false;
    return true;
  }
}
