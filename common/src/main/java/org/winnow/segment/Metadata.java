package org.winnow.segment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
            cleanAuthor(h.meta("author")),
            cleanAuthor(ld.author),
            cleanAuthor(h.meta("article:author")),
            cleanAuthor(h.relAuthor),
            cleanAuthor(bylineBlock(blocks)));

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

  /** What an author field holds when a template left it unfilled. */
  private static final Set<String> PLACEHOLDER_AUTHORS =
      Set.of(
          "by",
          "von",
          "par",
          "por",
          "name",
          "author",
          "autor",
          "auteur",
          "null",
          "undefined",
          "none",
          "unknown");

  /** What opens a byline before the name: "By", "Von", a separator. */
  private static final Pattern AUTHOR_LEAD =
      Pattern.compile("^(?iu:(by|von|par|por)\\b\\s*:?|[/|·•,:–—-])\\s*");

  /**
   * Where a byline's name ends and its time or date begins: "Emily Burack 8 January 2020, 3:51 pm",
   * "Cory Doctorow / 10:08 am Fri Jul 19, 2013", "Jane Doe, 2019-10-22".
   */
  private static final Pattern AUTHOR_DATE =
      Pattern.compile(
          "\\s\\d{1,2}[:.]\\d{2}\\b|\\s\\d{4}-\\d{2}-\\d{2}\\b"
              + "|\\s\\d{1,2}\\.?\\s+(?iu:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
              + "|januar|februar|märz|mai|juni|juli|oktober|dezember)\\p{L}*\\.?\\s+\\d{4}"
              + "|\\s(?iu:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?\\s+"
              + "\\d{1,2},?\\s+\\d{4}");

  /** The word that introduces a name later in a byline: " by ", " von ", "Autor:". */
  private static final Pattern AUTHOR_AFTER_LABEL =
      Pattern.compile("\\s(?iu:by|von|par|por|autor:|author:|auteur:)\\s+(?=\\p{Lu})");

  /** A digit or a word in lower case: a date or a phrase ("Posted on", "Zeige alle Beiträge"). */
  private static final Pattern PHRASE_OR_DATE = Pattern.compile("\\d|(^|\\s)\\p{Ll}");

  /** A further label after the name: "Fritz Imhof Quelle: Livenet". */
  private static final Pattern NEXT_LABEL =
      Pattern.compile(
          "\\s(?iu:quelle|source|fuente|foto|fotos|photo|photos|bild|datum|date|stand):");

  /** What a byline puts between the name and its date: "am", "at", "on", "said", "sagt:". */
  private static final Pattern AUTHOR_TAIL =
      Pattern.compile(
          "(?iu)([\\s/|·•,:–—-]+|\\s+(am|at|on|um|le|el|the|said|says|sagt|schreibt|wrote)\\b)+$");

  /**
   * The author field as a name: entities decoded, an opening "By" and a trailing date or time
   * dropped, a link or a template's placeholder ("By", "Name") none at all.
   *
   * <pre>{@code
   * cleanAuthor("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013") -> "Cory Doctorow"
   * cleanAuthor("Lindsey O&#039;Donnell")                       -> "Lindsey O'Donnell"
   * cleanAuthor("By")                                           -> null
   * }</pre>
   */
  static String cleanAuthor(String raw) {
    if (raw == null) return null;
    String a = raw.indexOf('&') >= 0 ? HtmlEntities.decode(raw, true) : raw;
    a = BlockWalk.collapse(a);
    if (a.startsWith("http://") || a.startsWith("https://")) return null;
    for (int i = 0; i < 3; i++) {
      java.util.regex.Matcher lead = AUTHOR_LEAD.matcher(a);
      if (!lead.lookingAt() || lead.end() == 0) break;
      a = a.substring(lead.end());
    }
    // "Posted on September 21, 2020 by Adi Tzlil", "Datum: 19.11.2021 Autor: Fritz Imhof": the
    // name follows the word that introduces it
    java.util.regex.Matcher by = AUTHOR_AFTER_LABEL.matcher(a);
    // not the particle of a name ("Christoph von Eichhorn", "Justus von Daniels"): what comes
    // before the word is a date or a phrase, not names
    if (by.find() && by.start() > 0 && PHRASE_OR_DATE.matcher(a.substring(0, by.start())).find()) {
      a = a.substring(by.end());
    }
    java.util.regex.Matcher date = AUTHOR_DATE.matcher(a);
    if (date.find() && date.start() > 0) a = a.substring(0, date.start());
    java.util.regex.Matcher label = NEXT_LABEL.matcher(a);
    if (label.find() && label.start() > 0) a = a.substring(0, label.start());
    a = AUTHOR_TAIL.matcher(a).replaceFirst("").trim();
    if (a.isEmpty() || PLACEHOLDER_AUTHORS.contains(a.toLowerCase(Locale.ROOT))) return null;
    return a;
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
