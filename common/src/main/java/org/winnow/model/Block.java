package org.winnow.model;

import java.io.Serializable;
import java.util.Objects;
import org.winnow.text.TextKey;

/**
 * One paragraph-sized block of a page in reading order, with the layout facts segmentation saw
 * around it. For text inputs the layout facts are empty: {@code tag} is {@code "line"}.
 *
 * <pre>{@code
 * <nav><ul><li><a href="/">Home</a></li></ul></nav>
 *   -> Block[text="Home", tag="li", flags=IN_NAV|IN_LIST, linkChars=4]
 * }</pre>
 */
public final class Block implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Inside {@code <nav>} or {@code role=navigation}. */
  public static final int IN_NAV = 1;

  /** Inside {@code <aside>} or {@code role=complementary}. */
  public static final int IN_ASIDE = 1 << 1;

  /** Inside {@code <footer>} or {@code role=contentinfo}. */
  public static final int IN_FOOTER = 1 << 2;

  /** Inside {@code <header>} or {@code role=banner}. */
  public static final int IN_HEADER = 1 << 3;

  /** Inside {@code <article>}. */
  public static final int IN_ARTICLE = 1 << 4;

  /** Inside {@code <main>} or {@code role=main}. */
  public static final int IN_MAIN = 1 << 5;

  /** A list item or inside a list. */
  public static final int IN_LIST = 1 << 6;

  /** Inside a table cell. */
  public static final int IN_TABLE = 1 << 7;

  /** A heading ({@code h1}..{@code h6}). */
  public static final int HEADING = 1 << 8;

  /** Inside a {@code <form>}, {@code <select>} or {@code <button>}. */
  public static final int IN_FORM = 1 << 9;

  /** Inside an element marked {@code itemprop=articleBody} (or {@code articleBody}-like). */
  public static final int ARTICLE_BODY = 1 << 10;

  /** Inside {@code <figure>} or a caption. */
  public static final int IN_FIGURE = 1 << 11;

  /** Inside {@code <blockquote>} or {@code <q>}. */
  public static final int IN_QUOTE = 1 << 12;

  /** Inside an element hidden by {@code hidden}, {@code aria-hidden} or inline display:none. */
  public static final int HIDDEN = 1 << 13;

  /** Inside a {@code <time>} element or carrying a datetime. */
  public static final int HAS_TIME = 1 << 14;

  /** Inside {@code <pre>} or {@code <code>}. */
  public static final int IN_PRE = 1 << 15;

  /**
   * Inside the page's main container: the element whose paragraphs carry the most prose, in the
   * manner of Readability's top candidate (see the segmenter).
   */
  public static final int IN_CONTAINER = 1 << 16;

  private final int position;
  private final String text;
  private final String tag;
  private final String tagPath;
  private final String classIdTokens;
  private final int depth;
  private final int linkChars;
  private final int linkCount;
  private final int leadLinkChars;
  private final int flags;
  private final long key;

  /**
   * A block.
   *
   * @param position 0-based index in the page
   * @param text the block's text, whitespace collapsed, never null
   * @param tag lower-case name of the block element ({@code p}, {@code h2}, {@code li}, {@code
   *     line} for text inputs)
   * @param tagPath ancestor tags from {@code body} down, joined by {@code >}
   * @param classIdTokens lower-case class and id tokens of the block and its ancestors, space
   *     separated
   * @param depth element depth below {@code body}
   * @param linkChars characters of {@code text} inside {@code <a>}
   * @param linkCount number of links in the block
   * @param flags OR of the {@code IN_*} and other flag constants
   */
  public Block(
      int position,
      String text,
      String tag,
      String tagPath,
      String classIdTokens,
      int depth,
      int linkChars,
      int linkCount,
      int flags) {
    this(position, text, tag, tagPath, classIdTokens, depth, linkChars, linkCount, 0, flags);
  }

  /**
   * A block whose text may open with a link: {@code leadLinkChars} characters of {@code text} from
   * its start lie inside links ({@code <a href=/x>Rain ends drought</a> as farmers ...} -> 17), as
   * a teaser opens with its linked headline; the other parameters as above.
   */
  public Block(
      int position,
      String text,
      String tag,
      String tagPath,
      String classIdTokens,
      int depth,
      int linkChars,
      int linkCount,
      int leadLinkChars,
      int flags) {
    if (position < 0) throw new IllegalArgumentException("position < 0: " + position);
    this.position = position;
    this.text = Objects.requireNonNull(text, "text");
    this.tag = Objects.requireNonNull(tag, "tag");
    this.tagPath = tagPath == null ? "" : tagPath;
    this.classIdTokens = classIdTokens == null ? "" : classIdTokens;
    this.depth = depth;
    this.linkChars = Math.min(Math.max(0, linkChars), text.length());
    this.linkCount = linkCount;
    this.leadLinkChars = Math.min(Math.max(0, leadLinkChars), this.linkChars);
    this.flags = flags;
    this.key = TextKey.of(text);
  }

  /**
   * The same block without the layout facts that only classification reads: position, text, tag and
   * key kept, tag path and class tokens empty, numbers and flags 0. The key is carried over, not
   * computed again from the text.
   *
   * <pre>{@code
   * Block[3 li 'Home', tagPath body>nav>ul>li, IN_NAV] -> Block[3 li 'Home'] with the same key
   * }</pre>
   */
  public Block withoutLayout() {
    return new Block(position, text, tag, "", "", 0, 0, 0, 0, 0, key);
  }

  /**
   * A block as a serializer stored it: every field as given, its key included, so that reading a
   * cached page back does not normalise every text again. {@code text}, {@code tag}, {@code
   * tagPath} and {@code classIdTokens} must not be null; the numbers are taken as they were stored.
   */
  public static Block stored(
      int position,
      String text,
      String tag,
      String tagPath,
      String classIdTokens,
      int depth,
      int linkChars,
      int linkCount,
      int leadLinkChars,
      int flags,
      long key) {
    return new Block(
        position,
        Objects.requireNonNull(text, "text"),
        Objects.requireNonNull(tag, "tag"),
        Objects.requireNonNull(tagPath, "tagPath"),
        Objects.requireNonNull(classIdTokens, "classIdTokens"),
        depth,
        linkChars,
        linkCount,
        leadLinkChars,
        flags,
        key);
  }

  private Block(
      int position,
      String text,
      String tag,
      String tagPath,
      String classIdTokens,
      int depth,
      int linkChars,
      int linkCount,
      int leadLinkChars,
      int flags,
      long key) {
    this.position = position;
    this.text = text;
    this.tag = tag;
    this.tagPath = tagPath;
    this.classIdTokens = classIdTokens;
    this.depth = depth;
    this.linkChars = linkChars;
    this.linkCount = linkCount;
    this.leadLinkChars = leadLinkChars;
    this.flags = flags;
    this.key = key;
  }

  /** A block of a text input: one line, no layout. */
  public static Block line(int position, String text) {
    return new Block(position, text, "line", "", "", 0, 0, 0, 0);
  }

  public int position() {
    return position;
  }

  public String text() {
    return text;
  }

  public String tag() {
    return tag;
  }

  public String tagPath() {
    return tagPath;
  }

  public String classIdTokens() {
    return classIdTokens;
  }

  public int depth() {
    return depth;
  }

  public int linkChars() {
    return linkChars;
  }

  public int linkCount() {
    return linkCount;
  }

  /**
   * Characters at the start of the text that lie inside links, up to the first unlinked word: a
   * teaser opens with its linked headline, a story's paragraph rarely with a link.
   */
  public int leadLinkChars() {
    return leadLinkChars;
  }

  public int flags() {
    return flags;
  }

  /**
   * {@link TextKey#of(String)} of the text, computed once: what corpus counts and exact comparisons
   * use. 0 for text that normalises to nothing.
   */
  public long key() {
    return key;
  }

  /** Whether every bit of {@code flag} is set. */
  public boolean has(int flag) {
    return (flags & flag) == flag;
  }

  /** Share of the text inside links, 0 for empty text. */
  public double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  @Override
  public String toString() {
    return "Block[" + position + " " + tag + " '" + abbreviate(text, 60) + "']";
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
