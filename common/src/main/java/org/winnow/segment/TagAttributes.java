package org.winnow.segment;

import java.util.Arrays;

/**
 * The attributes of one tag as {@link StreamSegmenter} read them: where each name and value stands
 * in the page's text, so that only the values asked for are cut out and decoded.
 *
 * <pre>{@code
 * <div CLASS="a &amp; b" id=x class=c>  -> get("class") = "a & b" (the first wins), get("id") = "x"
 * }</pre>
 */
final class TagAttributes implements ElementAttributes {
  private String source;

  /** nameStart, nameEnd, valueStart, valueEnd of each attribute. */
  private int[] bounds;

  private int count;

  /**
   * {@link #nameBit} of every name held, or'ed: most lookups ask for a name the tag does not have
   * ({@code id}, {@code role}, {@code itemprop} of a {@code <p class=...>}) and end at this word.
   */
  private long names;

  void clear() {
    count = 0;
    names = 0;
    source = null;
  }

  /** Adds an attribute unless one of the same name came first, as browsers do. */
  void add(String s, int nameStart, int nameEnd, int valueStart, int valueEnd) {
    if (index(s, nameStart, nameEnd) >= 0) return;
    source = s;
    if (nameEnd > nameStart) names |= nameBit(nameEnd - nameStart, s.charAt(nameStart));
    if (4 * count + 4 > bounds.length) bounds = Arrays.copyOf(bounds, bounds.length * 2);
    int b = 4 * count++;
    bounds[b] = nameStart;
    bounds[b + 1] = nameEnd;
    bounds[b + 2] = valueStart;
    bounds[b + 3] = valueEnd;
  }

  TagAttributes() {
    this(new int[32]);
  }

  private TagAttributes(int[] bounds) {
    this.bounds = bounds;
  }

  /** A copy that stays valid when this one reads the next tag. */
  TagAttributes copy() {
    TagAttributes c = new TagAttributes(Arrays.copyOf(bounds, Math.max(4, 4 * count)));
    c.source = source;
    c.count = count;
    c.names = names;
    return c;
  }

  /** Whether {@code other} holds the same names and values in the same order. */
  boolean sameAs(TagAttributes other) {
    if (other == null || other.count != count) return false;
    for (int i = 0; i < count; i++) {
      int b = 4 * i;
      int nameLen = bounds[b + 1] - bounds[b];
      int valueLen = bounds[b + 3] - bounds[b + 2];
      if (other.bounds[b + 1] - other.bounds[b] != nameLen
          || other.bounds[b + 3] - other.bounds[b + 2] != valueLen
          || !source.regionMatches(true, bounds[b], other.source, other.bounds[b], nameLen)
          || !source.regionMatches(bounds[b + 2], other.source, other.bounds[b + 2], valueLen)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String get(String name) {
    int i = index(name);
    if (i < 0) return "";
    String v = source.substring(bounds[4 * i + 2], bounds[4 * i + 3]);
    return v.indexOf('&') >= 0 ? HtmlEntities.decode(v, true) : v;
  }

  @Override
  public boolean has(String name) {
    return index(name) >= 0;
  }

  @Override
  public boolean isEmpty() {
    return count == 0;
  }

  private int index(String name) {
    if (name.isEmpty()) return indexOfEmpty();
    char first = name.charAt(0);
    if ((names & nameBit(name.length(), first)) == 0) return -1;
    for (int i = 0; i < count; i++) {
      int start = bounds[4 * i];
      if (bounds[4 * i + 1] - start == name.length()
          && mayMatch(source.charAt(start), first)
          && sameName(source, start, name, 0, name.length())) {
        return i;
      }
    }
    return -1;
  }

  private int index(String s, int nameStart, int nameEnd) {
    int len = nameEnd - nameStart;
    if (len == 0) return indexOfEmpty();
    char first = s.charAt(nameStart);
    if ((names & nameBit(len, first)) == 0) return -1;
    for (int i = 0; i < count; i++) {
      int start = bounds[4 * i];
      if (bounds[4 * i + 1] - start == len
          && mayMatch(s.charAt(start), first)
          && sameName(s, start, s, nameStart, len)) {
        return i;
      }
    }
    return -1;
  }

  private int indexOfEmpty() {
    for (int i = 0; i < count; i++) if (bounds[4 * i + 1] == bounds[4 * i]) return i;
    return -1;
  }

  /**
   * {@code a.regionMatches(true, aFrom, b, bFrom, length)}, with pairs of ASCII characters compared
   * here: the JDK compares the characters of a page held as UTF-16 (one curly quote anywhere makes
   * it so) through {@code Character.toUpperCase} and {@code toLowerCase}, and a page has many
   * attribute names. The first pair of different characters beyond ASCII leaves the whole
   * comparison to the JDK.
   */
  private static boolean sameName(String a, int aFrom, String b, int bFrom, int length) {
    for (int j = 0; j < length; j++) {
      char x = a.charAt(aFrom + j);
      char y = b.charAt(bFrom + j);
      if (x == y) continue;
      if (x >= 0x80 || y >= 0x80) return a.regionMatches(true, aFrom, b, bFrom, length);
      if (asciiLower(x) != asciiLower(y)) return false;
    }
    return true;
  }

  /**
   * One of 64 bits for a name of {@code length} characters starting with {@code first}: names that
   * {@link #mayMatch} and are as long share it. A first character beyond ASCII, which {@link
   * #mayMatch} leaves open, sets every bit.
   */
  private static long nameBit(int length, char first) {
    if (first >= 0x80) return -1L;
    return 1L << ((length * 31 + asciiLower(first)) & 63);
  }

  /**
   * False when two characters certainly differ ignoring case: a test of the first characters that
   * spares most names the full comparison. Only ASCII is decided here; other characters (a Kelvin
   * sign, a dotted capital I) are left to {@link String#regionMatches(boolean, int, String, int,
   * int)}.
   */
  private static boolean mayMatch(char a, char b) {
    if (a >= 0x80 || b >= 0x80) return true;
    return asciiLower(a) == asciiLower(b);
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** {@code s} with ASCII capitals in lower case: tag names are ASCII-case-insensitive. */
  static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') c[i] = (char) (c[i] + 32);
    }
    return new String(c);
  }
}
