package org.winnow.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an article as a text scrape: the story's paragraphs as lines with the furniture a
 * careless scraper keeps (spam attribution, repeated title, ads, share labels, legal prose, a "- "
 * list of other headlines), like the text of scraped news dumps.
 *
 * <pre>{@code
 * TextScrape.render(article)
 * // -> [TruthBlock["HARBOURTON — The government approved ...", BODY],
 * //     TruthBlock["Government approves ..., This news data comes from:http://...", SPAM], ...]
 * }</pre>
 */
final class TextScrape {
  private TextScrape() {}

  static List<TruthBlock> render(Article article) {
    Rng rng = Rng.of(article.renderSeed(), 1);
    Outlet outlet = article.outlet();
    Outlet.ScrapeStyle style = outlet.scrape();
    Furniture furniture = new Furniture(article, rng);
    List<TruthBlock> lines = new ArrayList<>();
    if (style.byline()) {
      lines.add(new TruthBlock(article.byline(), TruthBlock.Kind.BYLINE));
    }
    if (style.dateline()) {
      lines.add(new TruthBlock(furniture.dateline(rng), TruthBlock.Kind.DATELINE));
    }
    List<TruthBlock> prose = style.legal() ? prose(outlet) : List.of();
    Outlet.ProsePlace place = outlet.prosePlace();
    if (place == Outlet.ProsePlace.ABOVE_STORY) lines.addAll(prose);
    List<Story.Paragraph> paragraphs = article.paragraphs();
    int spamAt = style.spam() ? rng.between(1, Math.max(1, Math.min(3, paragraphs.size()))) : -1;
    int titleAt =
        style.titleRepeat() && paragraphs.size() >= 2
            ? rng.between(2, Math.max(2, Math.min(5, paragraphs.size())))
            : -1;
    int adEvery = rng.between(3, 5);
    for (int i = 0; i < paragraphs.size(); i++) {
      Story.Paragraph p = paragraphs.get(i);
      lines.add(
          new TruthBlock(p.text(), p.heading() ? TruthBlock.Kind.HEADING : TruthBlock.Kind.BODY));
      int done = i + 1;
      if (done == spamAt) {
        lines.add(new TruthBlock(furniture.spam(rng), TruthBlock.Kind.SPAM));
      }
      if (done == titleAt) {
        lines.add(new TruthBlock(article.headline(), TruthBlock.Kind.TITLE));
      }
      if (style.ads() && done % adEvery == 0 && done < paragraphs.size()) {
        lines.add(new TruthBlock(furniture.ad(rng), TruthBlock.Kind.AD));
      }
    }
    if (style.share()) {
      lines.add(new TruthBlock(String.join(" ", outlet.share()), TruthBlock.Kind.SHARE));
    }
    if (style.legal()) {
      if (place == Outlet.ProsePlace.BEFORE_RELATED) lines.addAll(prose);
      lines.add(new TruthBlock(outlet.copyright(), TruthBlock.Kind.LEGAL));
    }
    if (style.related()) {
      for (String headline : article.related()) {
        lines.add(new TruthBlock("- " + headline, TruthBlock.Kind.RELATED));
      }
    }
    if (place == Outlet.ProsePlace.END) lines.addAll(prose);
    return lines;
  }

  /** The outlet's newsletter pitch and its about-us, corrections and legal prose, in order. */
  private static List<TruthBlock> prose(Outlet outlet) {
    List<TruthBlock> lines = new ArrayList<>();
    if (outlet.newsletter() != null) {
      lines.add(new TruthBlock(outlet.newsletter(), TruthBlock.Kind.TEMPLATE));
    }
    for (String legal : outlet.legal()) {
      lines.add(new TruthBlock(legal, TruthBlock.Kind.LEGAL));
    }
    return lines;
  }

  /** The lines joined as a text file, with the odd blank line scrapers leave. */
  static String text(Article article, List<TruthBlock> lines) {
    Rng rng = Rng.of(article.renderSeed(), 2);
    StringBuilder out = new StringBuilder(4096);
    for (TruthBlock line : lines) {
      if (out.length() > 0) {
        out.append(rng.chance(0.1) ? "\n\n" : "\n");
      }
      out.append(line.text());
    }
    return out.toString();
  }
}
