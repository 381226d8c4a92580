package org.winnow.segment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.winnow.lang.LanguageIdentifier;
import org.winnow.model.Block;

/**
 * Decides a page's metadata from the candidates segmentation collected, in order of how much each
 * source is usually worth.
 *
 * <pre>{@code
 * <title>Rain in Spain | Daily Planet</title>  -> title "Rain in Spain"
 * <meta property="article:published_time" content="2024-03-05T10:00:00Z"> -> publishedAt
 * }</pre>
 *
 * @param title the article title, or null
 * @param publishedAt publication time, or null
 * @param author byline, or null
 * @param language ISO 639-1 code or {@code und}
 * @param structuredBody JSON-LD {@code articleBody} as plain text, or null
 * @param structuredBodySource the same as the page states it (line breaks, markup), or null
 */
record Metadata(
    String title,
    Instant publishedAt,
    String author,
    String language,
    String structuredBody,
    String structuredBodySource) {

  private static final String[] TITLE_SEPARATORS = {
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // "
  };
  private static final String[] DATE_METAS = {
    "article:published_time",
    "itemprop:datepublished",
    "datepublished",
    "og:published_time",
    "publishdate",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published_time",
    "og:updated_time"
  };
  private static final int LANGUAGE_SAMPLE_CHARS = 3_000;

  static Metadata resolve(PageHints h, List<Block> blocks) {
    JsonLd ld = new JsonLd();
    for (String json : h.jsonLd) ld.read(json);

    String title = firstNonBlank(h.meta("og:title"), ld.headline, h.htmlTitle, h.h1);
    title = title == null ? null : cleanTitle(title, h.h1);

    Instant published = null;
    for (String key : DATE_METAS) {
      published = Dates.parse(h.meta(key));
      if (published != null) break;
    }
    if (published == null) published = Dates.parse(ld.datePublished);
    for (int i = 0; published == null && i < h.times.size(); i++) {
      published = Dates.parse(h.times.get(i));
    }

    String author =
        firstNonBlank(
            h.meta("author"),
            ld.author,
            h.meta("article:author"),
            h.relAuthor,
            bylineBlock(blocks));
    if (author != null && (author.startsWith("http://") || author.startsWith("https://"))) {
      author = firstNonBlank(ld.author, h.relAuthor, bylineBlock(blocks));
    }

    String body = ld.articleBody;
    if (body != null && body.indexOf('<') >= 0) body = Jsoup.parse(body).text();
    if (body != null) body = BlockWalk.collapse(body);
    if (body != null && body.isEmpty()) body = null;

    String declared =
        firstNonBlank(
            h.htmlLang, h.meta("content-language"), h.meta("og:locale"), h.meta("language"));
    return new Metadata(title, published, author, language(declared, blocks), body, ld.articleBody);
  }

  /**
   * The language identified from the page's text; a declared one only when the text cannot tell,
   * because CMS templates often declare the language of the site, not of the article.
   */
  static String language(String declared, List<Block> blocks) {
    StringBuilder sample = new StringBuilder();
    for (Block b : blocks) {
      if (b.text().length() < 40 || b.linkDensity() > 0.3) continue;
      sample.append(b.text()).append(' ');
      if (sample.length() > LANGUAGE_SAMPLE_CHARS) break;
    }
    if (sample.length() < 200) {
      for (Block b : blocks) {
        sample.append(b.text()).append(' ');
        if (sample.length() > LANGUAGE_SAMPLE_CHARS) break;
      }
    }
    // as a String: the identifier reads it a character at a time, as TextStats reads blocks
    String identified = LanguageIdentifier.identify(sample.toString());
    if (!identified.equals("und")) return identified;
    return normalizeLanguage(declared);
  }

  /** {@code "de-DE"} / {@code "de_AT"} -> {@code "de"}; unknown -> {@code und}. */
  static String normalizeLanguage(String code) {
    if (code == null) return "und";
    String c = code.trim().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < c.length() && Character.isLetter(c.charAt(cut))) cut++;
    c = c.substring(0, cut);
    return c.length() == 2 || c.length() == 3 ? c : "und";
  }

  /**
   * Drops a site name around the title: the {@code h1} when the title contains it, else short end
   * segments ({@code "Rain in Spain | Daily Planet"} -> {@code "Rain in Spain"}).
   */
  static String cleanTitle(String raw, String h1) {
    String t = BlockWalk.collapse(raw);
    if (h1 != null && h1.length() >= 10 && !h1.equals(t) && t.contains(h1)) return h1;
    for (String sep : TITLE_SEPARATORS) {
      while (true) {
        int last = t.lastIndexOf(sep);
        if (last < 0) break;
        int first = t.indexOf(sep);
        String tail = t.substring(last + sep.length());
        String head = t.substring(0, first);
        String afterHead = t.substring(first + sep.length());
        if (words(tail) <= 4 && tail.length() < last) {
          t = t.substring(0, last).trim();
        } else if (!sep.contains("-")
            && !sep.contains("–")
            && !sep.contains("—")
            && words(head) <= 4
            && head.length() < afterHead.length()) {
          // "Site | Title"; with dashes a short head is usually part of the title
          t = afterHead.trim();
        } else {
          break;
        }
      }
    }
    return t.isEmpty() ? null : t;
  }

  private static String bylineBlock(List<Block> blocks) {
    for (Block b : blocks) {
      String tokens = b.classIdTokens();
      if (b.text().length() > 100 || tokens.isEmpty()) continue;
      if (tokens.contains("byline") || tokens.contains("author")) {
        String t = b.text();
        if (t.regionMatches(true, 0, "by ", 0, 3)) t = t.substring(3).trim();
        if (t.regionMatches(true, 0, "von ", 0, 4)) t = t.substring(4).trim();
        if (!t.isEmpty()) return t;
      }
    }
    return null;
  }

  private static int words(String s) {
    String t = s.trim();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.trim();
    }
    return null;
  }
}
