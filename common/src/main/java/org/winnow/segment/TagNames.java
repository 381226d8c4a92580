package org.winnow.segment;

/**
 * The lower-case names of HTML's elements as shared constants, looked up by a slice of the page's
 * text: {@link StreamSegmenter} names each tag it reads with the constant instead of cutting the
 * name out of the page, so that no string is made per tag and the parser's many name comparisons
 * and set lookups meet the same instance, with its hash code already known.
 *
 * <pre>{@code
 * TagNames.lookup("<DIV class=x>", 1, 4) -> "div" (the constant)
 * TagNames.lookup("<my-widget>", 1, 10)  -> null (not an element of HTML)
 * }</pre>
 */
final class TagNames {
  private static final String[] NAMES = {
    "a",
    "abbr",
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "basefont",
    "bdi",
    "bdo",
    "bgsound",
    "big",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
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
    "i",
    "iframe",
    "image",
    "img",
    "input",
    "ins",
    "kbd",
    "keygen",
    "label",
    "legend",
    "li",
    "link",
    "listing",
    "main",
    "map",
    "mark",
    "marquee",
    "math",
    "menu",
    "meta",
    "meter",
    "nav",
    "nobr",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "picture",
    "plaintext",
    "pre",
    "progress",
    "q",
    "rb",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "slot",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "tt",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
    "xmp"
  };

  /** Open addressing by {@link #hash}; a power of two at least twice the names. */
  private static final String[] TABLE = table();

  private static final int MASK = TABLE.length - 1;

  private static final int SHIFT = Integer.numberOfLeadingZeros(TABLE.length) + 1;

  private static final int LONGEST = longest();

  private TagNames() {}

  /**
   * The constant for {@code s[from, to)} with ASCII capitals in lower case, or null when that is no
   * name of the list.
   */
  static String lookup(String s, int from, int to) {
    int len = to - from;
    if (len <= 0 || len > LONGEST) return null;
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + lower(s.charAt(i));
    for (int slot = slot(h); ; slot = (slot + 1) & MASK) {
      String k = TABLE[slot];
      if (k == null) return null;
      if (k.length() == len && sameLower(k, s, from)) return k;
    }
  }

  /**
   * The first slot for hash code {@code h}, from its high bits by Fibonacci hashing: short names
   * have neighbouring hash codes ("h1" to "h6", "dd", "dl", "dt") that would fill runs of slots.
   */
  private static int slot(int h) {
    return (h * 0x9E3779B9) >>> SHIFT;
  }

  private static boolean sameLower(String key, String s, int from) {
    for (int j = 0; j < key.length(); j++) {
      if (key.charAt(j) != lower(s.charAt(from + j))) return false;
    }
    return true;
  }

  /** Tag names are ASCII-case-insensitive: other letters keep their case, as in the page. */
  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static String[] table() {
    String[] t = new String[Integer.highestOneBit(NAMES.length * 2) << 1];
    for (String name : NAMES) {
      // String.hashCode of a lower-case name is the hash lookup computes of its slice
      int slot = (name.hashCode() * 0x9E3779B9) >>> (Integer.numberOfLeadingZeros(t.length) + 1);
      while (t[slot] != null) slot = (slot + 1) & (t.length - 1);
      t[slot] = name;
    }
    return t;
  }

  private static int longest() {
    int n = 0;
    for (String name : NAMES) n = Math.max(n, name.length());
    return n;
  }
}
