package org.winnow.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an article as its outlet's HTML page and lists every text block of the page body with
 * what it is.
 *
 * <pre>{@code
 * PageRenderer.Page page = PageRenderer.render(article);
 * page.html()    // -> "<!DOCTYPE html><html lang=\"en\">..."
 * page.blocks()  // -> [TruthBlock["News", NAVIGATION], ..., TruthBlock["HARBOURTON — ...", BODY], ...]
 * }</pre>
 */
final class PageRenderer {
  private PageRenderer() {}

  /**
   * A rendered page.
   *
   * @param html the page
   * @param blocks the text blocks of its body in document order
   */
  record Page(String html, List<TruthBlock> blocks) {}

  private static final class Builder {
    final StringBuilder html = new StringBuilder(16_384);
    final List<TruthBlock> blocks = new ArrayList<>();

    Builder raw(String markup) {
      html.append(markup);
      return this;
    }

    /** {@code <open>text</close>}, recorded as one block of {@code kind}. */
    Builder block(String open, String text, String close, TruthBlock.Kind kind) {
      html.append(open);
      escape(text);
      html.append(close);
      blocks.add(new TruthBlock(text, kind));
      return this;
    }

    void escape(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '&' -> html.append("&amp;");
          case '<' -> html.append("&lt;");
          case '>' -> html.append("&gt;");
          case '"' -> html.append("&quot;");
          default -> html.append(c);
        }
      }
    }

    String attr(String text) {
      StringBuilder saved = new StringBuilder();
      int mark = html.length();
      escape(text);
      saved.append(html, mark, html.length());
      html.setLength(mark);
      return saved.toString();
    }
  }

  static Page render(Article article) {
    Rng rng = Rng.of(article.renderSeed(), 3);
    Furniture furniture = new Furniture(article, rng);
    Builder page = new Builder();
    head(page, article, furniture);
    switch (article.outlet().family()) {
      case SEMANTIC -> semantic(page, article, furniture, rng);
      case DIV_SOUP -> divSoup(page, article, furniture, rng);
      case TABLE -> table(page, article, furniture, rng);
      case MINIMAL -> minimal(page, article, furniture, rng);
    }
    page.raw("</body>\n</html>\n");
    return new Page(page.html.toString(), List.copyOf(page.blocks));
  }

  private static void head(Builder page, Article article, Furniture furniture) {
    Outlet outlet = article.outlet();
    String description = article.paragraphs().get(0).text();
    if (description.length() > 160) {
      description = description.substring(0, 157) + "...";
    }
    page.raw("<!DOCTYPE html>\n<html lang=\"" + outlet.language().code() + "\">\n<head>\n")
        .raw(
            "<meta charset=\""
                + charsetName(outlet)
                + "\">\n<title>"
                + page.attr(article.headline())
                + " | "
                + page.attr(outlet.name())
                + "</title>\n")
        .raw("<meta name=\"description\" content=\"" + page.attr(description) + "\">\n")
        .raw("<meta property=\"og:title\" content=\"" + page.attr(article.headline()) + "\">\n")
        .raw("<meta property=\"og:site_name\" content=\"" + page.attr(outlet.name()) + "\">\n")
        .raw(
            "<meta property=\"article:published_time\" content=\""
                + article.publishedAt()
                + "\">\n")
        .raw("<link rel=\"canonical\" href=\"" + page.attr(article.url()) + "\">\n")
        .raw("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n");
  }

  /** The charset label a page of {@code outlet} declares, as sites write it. */
  static String charsetName(Outlet outlet) {
    return outlet.charset().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The page's bytes in its outlet's charset. A page with a character the charset lacks is written
   * in UTF-8 instead, declaration included, so that the truth text stays exact.
   */
  static Encoded encode(Outlet outlet, String html) {
    if (outlet.charset().newEncoder().canEncode(html)) {
      return new Encoded(html.getBytes(outlet.charset()), charsetName(outlet));
    }
    String utf8 =
        html.replace("<meta charset=\"" + charsetName(outlet) + "\">", "<meta charset=\"utf-8\">");
    return new Encoded(utf8.getBytes(java.nio.charset.StandardCharsets.UTF_8), "utf-8");
  }

  /**
   * A page as bytes.
   *
   * @param bytes the encoded page
   * @param charset the label of the charset it is encoded in
   */
  record Encoded(byte[] bytes, String charset) {}

  private static void semantic(Builder page, Article article, Furniture furniture, Rng rng) {
    Outlet outlet = article.outlet();
    page.raw("<header class=\"site-header\">\n")
        .block("<a class=\"logo\" href=\"/\">", outlet.name(), "</a>\n", TruthBlock.Kind.NAVIGATION)
        .raw("<nav aria-label=\"main\"><ul>\n");
    for (String item : outlet.nav()) {
      page.block(
          "<li><a href=\"/" + Outlets.slug(item) + "/\">",
          item,
          "</a></li>\n",
          TruthBlock.Kind.NAVIGATION);
    }
    page.raw("</ul></nav>\n</header>\n<main>\n<article>\n")
        .block("<h1>", article.headline(), "</h1>\n", TruthBlock.Kind.TITLE)
        .block("<p class=\"byline\">", article.byline(), "</p>\n", TruthBlock.Kind.BYLINE)
        .block(
            "<time datetime=\"" + article.publishedAt() + "\">",
            furniture.dateline(rng),
            "</time>\n",
            TruthBlock.Kind.DATELINE);
    if (rng.chance(0.7)) {
      page.raw("<figure><img src=\"/img/" + article.id() + ".jpg\" alt=\"\" width=\"800\">")
          .block(
              "<figcaption>",
              furniture.caption(rng),
              "</figcaption></figure>\n",
              TruthBlock.Kind.CAPTION);
    }
    body(page, article, furniture, rng, "<p>", "</p>\n", "<h2>", "</h2>\n", false);
    page.raw("<div class=\"share\">\n");
    for (String label : outlet.share()) {
      page.block("<button type=\"button\">", label, "</button>\n", TruthBlock.Kind.SHARE);
    }
    page.raw("</div>\n</article>\n");
    related(
        page,
        article,
        "<aside class=\"related\">\n",
        "<h2>",
        "</h2>\n<ul>\n",
        "<li><a href=\"#\">",
        "</a></li>\n",
        "</ul>\n</aside>\n");
    page.raw("</main>\n");
    if (outlet.newsletter() != null) {
      page.block(
          "<section class=\"newsletter\"><p>",
          outlet.newsletter(),
          "</p></section>\n",
          TruthBlock.Kind.TEMPLATE);
    }
    page.raw("<footer>\n");
    for (String legal : outlet.legal()) {
      page.block("<p>", legal, "</p>\n", TruthBlock.Kind.LEGAL);
    }
    page.block("<p class=\"copyright\">", outlet.copyright(), "</p>\n", TruthBlock.Kind.LEGAL)
        .raw("</footer>\n");
    cookie(page, outlet, "<div id=\"cookie-banner\" role=\"dialog\"><p>", "</p></div>\n");
  }

  private static void divSoup(Builder page, Article article, Furniture furniture, Rng rng) {
    Outlet outlet = article.outlet();
    cookie(page, outlet, "<div class=\"cc-window\"><div class=\"cc-message\">", "</div></div>\n");
    page.raw("<div id=\"wrapper\">\n<div class=\"top-bar\">\n")
        .block(
            "<div class=\"site-title\"><a href=\"/\">",
            outlet.name(),
            "</a></div>\n",
            TruthBlock.Kind.NAVIGATION)
        .raw("<div class=\"menu\">\n");
    for (String item : outlet.nav()) {
      page.block(
          "<div class=\"menu-item\"><a href=\"/c/" + Outlets.slug(item) + "\">",
          item,
          "</a></div>\n",
          TruthBlock.Kind.NAVIGATION);
    }
    page.raw("</div>\n</div>\n<div class=\"content-area\">\n<div class=\"main-col\">\n")
        .block("<div class=\"headline\">", article.headline(), "</div>\n", TruthBlock.Kind.TITLE)
        .raw("<div class=\"meta\">")
        .block("<span class=\"author\">", article.byline(), "</span> ", TruthBlock.Kind.BYLINE)
        .block(
            "<span class=\"date\">",
            furniture.dateline(rng),
            "</span></div>\n",
            TruthBlock.Kind.DATELINE);
    page.raw("<div class=\"share-top\">");
    for (String label : outlet.share()) {
      page.block("<a class=\"sh\" href=\"#\">", label, "</a>", TruthBlock.Kind.SHARE);
    }
    page.raw("</div>\n");
    if (rng.chance(0.5)) {
      page.raw("<div class=\"img-wrap\"><img src=\"/media/" + article.id() + ".jpg\">")
          .block(
              "<div class=\"img-caption\">",
              furniture.caption(rng),
              "</div></div>\n",
              TruthBlock.Kind.CAPTION);
    }
    page.raw("<div class=\"story-body\">\n");
    body(
        page,
        article,
        furniture,
        rng,
        "<div class=\"txt\">",
        "</div>\n",
        "<div class=\"subtitle\"><strong>",
        "</strong></div>\n",
        true);
    page.raw("</div>\n</div>\n");
    related(
        page,
        article,
        "<div class=\"sidebar\">\n",
        "<div class=\"box-title\">",
        "</div>\n",
        "<div class=\"item\"><a href=\"#\">",
        "</a></div>\n",
        "</div>\n");
    page.raw("</div>\n<div class=\"bottom\">\n");
    if (outlet.newsletter() != null) {
      page.block(
          "<div class=\"nl-box\">", outlet.newsletter(), "</div>\n", TruthBlock.Kind.TEMPLATE);
    }
    for (String legal : outlet.legal()) {
      page.block("<div class=\"small-print\">", legal, "</div>\n", TruthBlock.Kind.LEGAL);
    }
    page.block("<div class=\"copy\">", outlet.copyright(), "</div>\n", TruthBlock.Kind.LEGAL)
        .raw("</div>\n</div>\n");
  }

  private static void table(Builder page, Article article, Furniture furniture, Rng rng) {
    Outlet outlet = article.outlet();
    page.raw(
            "<table width=\"100%\" border=\"0\" cellpadding=\"4\">\n<tr><td colspan=\"2\""
                + " class=\"masthead\">")
        .block("<font size=\"6\"><b>", outlet.name(), "</b></font>", TruthBlock.Kind.NAVIGATION)
        .raw("</td></tr>\n<tr><td colspan=\"2\" class=\"nav\">");
    for (String item : outlet.nav()) {
      page.block(
          "<a href=\"/" + Outlets.slug(item) + ".html\">",
          item,
          "</a>&nbsp;",
          TruthBlock.Kind.NAVIGATION);
    }
    page.raw("</td></tr>\n<tr>\n<td valign=\"top\" width=\"70%\">\n")
        .block(
            "<font size=\"5\"><b>", article.headline(), "</b></font><br>\n", TruthBlock.Kind.TITLE)
        .block("<i>", article.byline(), "</i><br>\n", TruthBlock.Kind.BYLINE)
        .block("<small>", furniture.dateline(rng), "</small><br><br>\n", TruthBlock.Kind.DATELINE);
    // Old templates put the whole story in one cell, paragraphs split only by <br><br>.
    List<Story.Paragraph> paragraphs = article.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      Story.Paragraph p = paragraphs.get(i);
      if (p.heading()) {
        page.block("<b>", p.text(), "</b><br><br>\n", TruthBlock.Kind.HEADING);
      } else {
        page.block("", p.text(), "<br><br>\n", TruthBlock.Kind.BODY);
      }
    }
    page.raw("</td>\n<td valign=\"top\" class=\"side\">\n");
    related(page, article, "", "<b>", "</b><br>\n", "<p><a href=\"#\">", "</a></p>\n", "");
    page.block("<p class=\"ad\">", furniture.ad(rng), "</p>\n", TruthBlock.Kind.AD)
        .raw("</td>\n</tr>\n<tr><td colspan=\"2\" class=\"foot\">\n");
    for (String legal : outlet.legal()) {
      page.block("<small>", legal, "</small><br>\n", TruthBlock.Kind.LEGAL);
    }
    page.block("<small>", outlet.copyright(), "</small>\n", TruthBlock.Kind.LEGAL)
        .raw("</td></tr>\n</table>\n");
  }

  private static void minimal(Builder page, Article article, Furniture furniture, Rng rng) {
    Outlet outlet = article.outlet();
    page.block("<h1>", article.headline(), "</h1>\n", TruthBlock.Kind.TITLE)
        .block("<p><em>", article.byline(), "</em></p>\n", TruthBlock.Kind.BYLINE);
    body(page, article, furniture, rng, "<p>", "</p>\n", "<h3>", "</h3>\n", false);
    page.raw("<hr>\n");
    for (String legal : outlet.legal()) {
      page.block("<p class=\"about\">", legal, "</p>\n", TruthBlock.Kind.LEGAL);
    }
    page.block("<p>", outlet.copyright(), "</p>\n", TruthBlock.Kind.LEGAL);
  }

  private static void body(
      Builder page,
      Article article,
      Furniture furniture,
      Rng rng,
      String open,
      String close,
      String headingOpen,
      String headingClose,
      boolean ads) {
    List<Story.Paragraph> paragraphs = article.paragraphs();
    int adEvery = rng.between(3, 5);
    boolean readMore = !article.related().isEmpty() && paragraphs.size() >= 6 && rng.chance(0.3);
    for (int i = 0; i < paragraphs.size(); i++) {
      Story.Paragraph p = paragraphs.get(i);
      if (p.heading()) {
        page.block(headingOpen, p.text(), headingClose, TruthBlock.Kind.HEADING);
      } else {
        page.block(open, p.text(), close, TruthBlock.Kind.BODY);
      }
      int done = i + 1;
      if (ads && done % adEvery == 0 && done < paragraphs.size()) {
        page.block("<div class=\"ad-slot\">", furniture.ad(rng), "</div>\n", TruthBlock.Kind.AD);
      }
      if (readMore && done == 3) {
        page.block(
            open,
            furniture.readMore() + " " + article.related().get(0),
            close,
            TruthBlock.Kind.RELATED);
      }
    }
  }

  private static void related(
      Builder page,
      Article article,
      String open,
      String headingOpen,
      String headingClose,
      String itemOpen,
      String itemClose,
      String close) {
    if (article.related().isEmpty()) {
      return;
    }
    page.raw(open)
        .block(
            headingOpen, article.outlet().relatedHeading(), headingClose, TruthBlock.Kind.RELATED);
    for (String headline : article.related()) {
      page.block(itemOpen, headline, itemClose, TruthBlock.Kind.RELATED);
    }
    page.raw(close);
  }

  private static void cookie(Builder page, Outlet outlet, String open, String close) {
    if (outlet.cookie() != null) {
      page.block(open, outlet.cookie(), close, TruthBlock.Kind.TEMPLATE);
    }
  }
}
