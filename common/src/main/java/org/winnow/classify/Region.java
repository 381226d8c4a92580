package org.winnow.classify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a page's class and id names say a block sits in, in the manner of Resiliparse's class/id
 * rules: navigation, related links, sharing, cookie notices, comments, sidebars, advertising,
 * footers, bylines, captions, author boxes, or the article itself.
 *
 * <pre>{@code
 * Region.ofToken("related-articles") -> RELATED
 * Region.ofToken("entry-content")    -> ARTICLE
 * Region.ofToken("clearfix")         -> NONE
 * }</pre>
 */
public enum Region {
  NONE("", false),
  NAVIGATION("navigation", true),
  RELATED("related", true),
  SHARE("share", true),
  LEGAL("legal", true),
  COMMENT("comment", true),
  SIDEBAR("navigation", true),
  AD("ad", true),
  FOOTER("legal", true),
  BYLINE("byline", false),
  CAPTION("caption", false),
  ARTICLE("body", false),
  /** An author's box below or beside the story: who wrote it, in sentences of its own. */
  AUTHOR_BOX("byline", true),
  /**
   * A readers' poll or survey: its question and answers read as sentences ("No to a handgun ban.
   * Citizens should be allowed ..."), but they are the outlet asking, not the story telling.
   */
  POLL("poll", true);

  private final String kind;
  private final boolean noise;

  Region(String kind, boolean noise) {
    this.kind = kind;
    this.noise = noise;
  }

  /** The verdict kind a block of this region gets when it is noise. */
  public String kind() {
    return kind;
  }

  /** Whether blocks in this region are page furniture rather than article. */
  public boolean noise() {
    return noise;
  }

  private static final Map<String, Region> WORDS = new HashMap<>();

  static {
    put(
        NAVIGATION,
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menubar",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "topbar",
        "skiplink",
        "skip",
        "toolbar",
        "megamenu",
        "submenu",
        "dropdown",
        "masthead",
        "tagcloud",
        "tags",
        "taglist",
        "keywords",
        "topics");
    put(
        RELATED,
        "related",
        "trending",
        "recommended",
        "recommendations",
        "recommendation",
        "popular",
        "mostread",
        "mostpopular",
        "morestories",
        "headlines",
        "relatedposts",
        "seealso",
        "outbrain",
        "taboola",
        "plista",
        "recirculation",
        "carousel",
        // whole names of modules pointing to other stories, whose parts alone say nothing ("more",
        // "read", "next")
        "more-stories",
        "most-read",
        "read-next",
        "up-next",
        "next-story",
        "next-post",
        "nextstory",
        "nextpost",
        "editors-picks",
        "editor-picks",
        "editorspicks",
        "must-read",
        "dont-miss",
        "around-the-web",
        "from-the-web",
        "recirc");
    put(
        SHARE,
        "share",
        "sharing",
        "shares",
        "social",
        "newsletter",
        "subscribe",
        "subscription",
        "follow",
        "sharebar",
        "socialmedia",
        "addthis",
        "shariff",
        "email",
        "signup",
        "register");
    put(
        LEGAL,
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "disclaimer",
        "copyright",
        "legal",
        "imprint",
        "impressum",
        "privacy",
        "cmp");
    put(
        COMMENT,
        "comment",
        "comments",
        "disqus",
        "respond",
        "reply",
        "replies",
        "discussion",
        "kommentare",
        "commentlist",
        "usercomments");
    put(SIDEBAR, "sidebar", "widget", "widgets", "rail", "aside", "sidebox", "marginal");
    put(
        AD,
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "sponsored",
        "sponsor",
        "promo",
        "promotion",
        "dfp",
        "adsense",
        "banner",
        "anzeige",
        "werbung",
        "commercial",
        "affiliate");
    put(FOOTER, "footer", "colophon");
    put(
        POLL,
        "poll",
        "polls",
        "survey",
        "surveys",
        "umfrage",
        "sondage",
        "encuesta",
        "sondaggio",
        "ankieta");
    put(
        AUTHOR_BOX,
        "bio",
        "biography",
        "authorbox",
        "authorbio",
        "authorinfo",
        "aboutauthor",
        "abouttheauthor",
        "author-box",
        "author-bio",
        "author-info",
        "about-author",
        "about-the-author");
    put(
        BYLINE,
        "byline",
        "author",
        "authors",
        "dateline",
        "meta",
        "date",
        "time",
        "timestamp",
        "published",
        "credit",
        "credits",
        "source");
    put(
        CAPTION,
        "caption",
        "figcaption",
        "wp-caption-text",
        "photo",
        "image",
        "img",
        "gallery",
        "media");
    put(
        ARTICLE,
        "article",
        "articlebody",
        "article-body",
        "content",
        "entry",
        "post",
        "story",
        "storybody",
        "body",
        "text",
        "main",
        "maincontent",
        "entry-content",
        "post-content",
        "article-content",
        "story-body",
        "articletext",
        "artikel",
        "beitrag",
        "richtext",
        "prose");
  }

  private static void put(Region r, String... words) {
    for (String w : words) WORDS.put(w, r);
  }

  /**
   * The region one class or id token names: the whole token first, then its parts split at {@code
   * -} and {@code _}, the first part that names a region winning; a part that names none may still
   * glue a region word to another word ({@code readercomments}, {@code commentodd}, {@code
   * rightsidebar}): the segmenter marks camel-case and digit seams with a dash ({@code
   * readerComments} -> {@code reader-comments}), but names written all in lower case keep no seam,
   * and only the word itself at either end of the part can tell.
   */
  public static Region ofToken(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    Region whole = WORDS.get(t);
    if (whole != null) return whole;
    Region found = NONE;
    boolean exact = false;
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || t.charAt(i) == '-' || t.charAt(i) == '_') {
        if (i > start) {
          String part = t.substring(start, i);
          Region r = WORDS.get(part);
          boolean partExact = r != null;
          if (r == null && numberedComment(part, t, i)) r = COMMENT;
          if (r == null) r = glued(part);
          // a noise word anywhere outweighs the others, and any word outweighs an article word:
          // "article-related" is related, "post-meta" a byline; a word named on its own outweighs
          // one glued to another of its kind
          if (r != NONE && outweighs(r, partExact, found, exact)) {
            found = r;
            exact = partExact;
          }
        }
        start = i + 1;
      }
    }
    return found;
  }

  /** Short names of a comment that count only as the name of a numbered one: {@code com-12}. */
  private static final java.util.Set<String> COMMENT_ABBREVIATIONS =
      java.util.Set.of("com", "cmt", "cmnt");

  /**
   * Whether {@code part}, ending at {@code end} of {@code token}, abbreviates "comment" and is
   * followed by a number alone ({@code com-0}, {@code cmt_12}): the items of a thread are numbered,
   * where the abbreviation on its own may mean anything ({@code com} of a domain).
   */
  private static boolean numberedComment(String part, String token, int end) {
    if (!COMMENT_ABBREVIATIONS.contains(part) || end + 1 >= token.length()) return false;
    for (int i = end + 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '-' || c == '_') return i > end + 1;
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  private static boolean outweighs(Region r, boolean rExact, Region found, boolean foundExact) {
    if (found == NONE) return true;
    if (r.noise != found.noise) return r.noise;
    if ((found == ARTICLE) != (r == ARTICLE)) return found == ARTICLE;
    return rExact && !foundExact;
  }

  /**
   * The region a region word glued to another names: the longest of {@link #GLUED} the part starts
   * or ends with, unless the rest makes it another word ("commentary" is not a comment).
   */
  private static Region glued(String part) {
    String best = null;
    // only the words that start with the part's first character or end with its last can match
    char first = part.charAt(0);
    char last = part.charAt(part.length() - 1);
    long candidates = (first < 128 ? GLUED_STARTS[first] : 0) | (last < 128 ? GLUED_ENDS[last] : 0);
    for (long m = candidates; m != 0; m &= m - 1) {
      String w = GLUED[Long.numberOfTrailingZeros(m)];
      if (part.length() <= w.length() || (best != null && w.length() <= best.length())) continue;
      boolean prefix = part.startsWith(w) && !WORD_ENDINGS.contains(part.substring(w.length()));
      if (prefix || part.endsWith(w)) best = w;
    }
    return best == null ? NONE : WORDS.get(best);
  }

  /**
   * Region words distinctive enough to be read inside a glued name. Short or common words ("ad",
   * "nav", "date", "tags", "content", "text") are left out: "header", "canvas", "update", "stage"
   * and "context" merely contain them.
   */
  private static final String[] GLUED = {
    "related",
    "trending",
    "recommended",
    "popular",
    "mostread",
    "mostpopular",
    "morestories",
    "outbrain",
    "taboola",
    "breadcrumb",
    "breadcrumbs",
    "navigation",
    "navbar",
    "menu",
    "pagination",
    "toolbar",
    "sidebar",
    "widget",
    "comment",
    "comments",
    "disqus",
    "discussion",
    "newsletter",
    "subscribe",
    "social",
    "sharing",
    "share",
    "footer",
    "copyright",
    "cookie",
    "consent",
    "disclaimer",
    "advert",
    "advertisement",
    "sponsor",
    "sponsored",
    "promo",
    "poll",
    "banner",
    "byline",
    "dateline",
    "timestamp",
    "caption",
    "authorbox",
    "authorbio",
    "articlebody",
    "storybody"
  };

  /**
   * Bit {@code i} of entry {@code c}: {@link #GLUED}[i] starts with {@code c}, in GLUED's order.
   */
  private static final long[] GLUED_STARTS = gluedByChar(true);

  /** Bit {@code i} of entry {@code c}: {@link #GLUED}[i] ends with {@code c}. */
  private static final long[] GLUED_ENDS = gluedByChar(false);

  private static long[] gluedByChar(boolean starts) {
    if (GLUED.length > 64) throw new IllegalStateException("more than 64 glued words");
    long[] masks = new long[128];
    for (int i = 0; i < GLUED.length; i++) {
      String w = GLUED[i];
      char c = starts ? w.charAt(0) : w.charAt(w.length() - 1);
      if (c >= 128) throw new IllegalStateException("glued word not ASCII: " + w);
      masks[c] |= 1L << i;
    }
    return masks;
  }

  /**
   * What turns a glued region word into another word: comment-ary, share-holder, menu-s,
   * poll-ution, poll-en, poll-ster.
   */
  private static final java.util.Set<String> WORD_ENDINGS =
      java.util.Set.of(
          "ary", "aries", "ator", "ators", "holder", "holders", "ed", "er", "ers", "ution", "en",
          "ster", "sters");
}
