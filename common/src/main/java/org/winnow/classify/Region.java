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
  AUTHOR_BOX("byline", true);

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
        "carousel");
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
   * -} and {@code _}, the first part that names a region winning.
   */
  public static Region ofToken(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    Region whole = WORDS.get(t);
    if (whole != null) return whole;
    int start = 0;
    Region found = NONE;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || t.charAt(i) == '-' || t.charAt(i) == '_') {
        if (i > start) {
          Region r = WORDS.get(t.substring(start, i));
          // a noise word anywhere outweighs the others, and any word outweighs an article word:
          // "article-related" is related, "post-meta" a byline
          if (r != null
              && (found == NONE
                  || (found == ARTICLE && r != ARTICLE)
                  || (r.noise && !found.noise))) {
            found = r;
          }
        }
        start = i + 1;
      }
    }
    if (found != NONE) return found;
    for (String prefix : PREFIXES) {
      if (t.startsWith(prefix)) return WORDS.get(prefix);
    }
    return NONE;
  }

  /** Names glued to other words without a separator, as in {@code relatedArticles}. */
  private static final String[] PREFIXES = {
    "related", "comments", "sidebar", "breadcrumb", "newsletter", "cookie", "advert", "sponsor",
    "share", "social", "navigation", "footer", "byline", "caption", "articlebody", "menu"
  };
}
