package org.winnow.sample;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-page noise around an article that is drawn anew for each page: dateline, caption, ads,
 * the spam attribution line. The per-outlet furniture (menus, legal prose) lives in {@link Outlet}.
 */
final class Furniture {
  private final Article article;
  private final Lexicon lexicon;
  private final Map<String, String> bindings;

  Furniture(Article article, Rng rng) {
    this.article = article;
    this.lexicon = Lexicon.of(article.story().language());
    Map<String, String> b = new HashMap<>(article.story().leadBindings());
    ZonedDateTime at = article.publishedAt().atZone(ZoneOffset.UTC);
    List<String> weekdays = lexicon.section("weekdays");
    List<String> months = lexicon.section("months");
    b.put("weekday", weekdays.get(at.getDayOfWeek().getValue() - 1));
    b.put("day", Integer.toString(at.getDayOfMonth()));
    b.put("month", months.get(at.getMonthValue() - 1));
    b.put("mm", String.format("%02d", at.getMonthValue()));
    b.put("year", Integer.toString(at.getYear()));
    b.put("time", String.format("%02d:%02d", at.getHour(), at.getMinute()));
    b.put("OUTLET", article.outlet().name());
    b.put(
        "AGENCY",
        article.story().agency() != null ? article.story().agency() : article.outlet().name());
    b.put("P", article.story().leadBindings().get("P1"));
    this.bindings = b;
  }

  String dateline(Rng rng) {
    return lexicon.draw("dateline", bindings, null, rng);
  }

  String caption(Rng rng) {
    Map<String, String> b = new HashMap<>(bindings);
    b.put("P", article.story().leadBindings().get("P" + rng.between(1, 3)));
    return lexicon.draw("caption", b, null, rng);
  }

  String ad(Rng rng) {
    return lexicon.draw("ad", bindings, null, rng);
  }

  String spam(Rng rng) {
    return article.headline() + ", " + lexicon.draw("spam", bindings, null, rng);
  }

  String readMore() {
    return lexicon.section("read_more").get(0);
  }

  /** The byline of an article: a reporter, and the agency for wire copies. */
  static String byline(Story story, Outlet outlet, Rng rng) {
    Lexicon lexicon = Lexicon.of(story.language());
    Map<String, String> b = new HashMap<>();
    b.put(
        "P",
        rng.pick(lexicon.section("first_names")) + " " + rng.pick(lexicon.section("last_names")));
    b.put(
        "Q",
        rng.pick(lexicon.section("first_names")) + " " + rng.pick(lexicon.section("last_names")));
    b.put("AGENCY", story.agency() != null ? story.agency() : outlet.name());
    return lexicon.draw("byline", b, null, rng);
  }
}
