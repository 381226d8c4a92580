package org.winnow.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The outlets of a corpus: per language a set of news sites and the agencies' own sites, all made
 * from the seed.
 *
 * <pre>{@code
 * Outlets outlets = new Outlets(42, List.of(Language.EN), 8);
 * outlets.regular(Language.EN).size() // -> 8
 * outlets.agency("AP").host()         // -> "apnews-example.com"
 * }</pre>
 */
final class Outlets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Map<String, String> AGENCY_HOSTS =
      Map.of(
          "AP", "apnews-example.com",
          "Reuters", "reuters-example.com",
          "dpa", "dpa-example.com",
          "AFP", "afp-example.com",
          "EFE", "efe-example.com");

  private final Map<Language, List<Outlet>> regular = new EnumMap<>(Language.class);
  private final Map<String, Outlet> agencies = new HashMap<>();

  Outlets(long seed, List<Language> languages, int perLanguage) {
    this(seed, languages, perLanguage, EditMix.DEFAULT.typoOutlets());
  }

  /** Outlets of which a share {@code typoOutlets} of the regular ones scan with typos. */
  Outlets(long seed, List<Language> languages, int perLanguage, double typoOutlets) {
    this(seed, languages, perLanguage, typoOutlets, false);
  }

  /**
   * Outlets of which a share {@code typoOutlets} of the regular ones scan with typos, each wording
   * and placing its own prose when {@code outletProse} ({@link Variety#outletProse()}).
   */
  Outlets(
      long seed,
      List<Language> languages,
      int perLanguage,
      double typoOutlets,
      boolean outletProse) {
    Set<String> hosts = new HashSet<>();
    for (Language language : languages) {
      Lexicon lexicon = Lexicon.of(language);
      List<Outlet> list = new ArrayList<>();
      for (int i = 0; i < perLanguage; i++) {
        Rng rng = Rng.of(seed, 1_000_003L * (language.ordinal() + 1), i);
        String name =
            rng.pick(lexicon.section("outlet_prefix"))
                + " "
                + rng.pick(lexicon.section("outlet_suffix"));
        String slug = slug(name);
        String host = slug + "-example.com";
        for (int n = 2; hosts.contains(host); n++) {
          host = slug + n + "-example.com";
        }
        hosts.add(host);
        PageFamily family = PageFamily.values()[rng.weighted(new double[] {0.4, 0.3, 0.15, 0.15})];
        Outlet outlet = build(lexicon, rng, host, name, family, false, typoOutlets);
        list.add(
            outletProse
                ? ownProse(
                    outlet, lexicon, Rng.of(seed, 1_000_003L * (language.ordinal() + 1), i, 17))
                : outlet);
      }
      regular.put(language, List.copyOf(list));
      for (String agency : StoryWriter.agencies(language)) {
        Rng rng = Rng.of(seed, 7_000_001L, AGENCY_HOSTS.get(agency).hashCode());
        PageFamily family = rng.chance(0.5) ? PageFamily.SEMANTIC : PageFamily.MINIMAL;
        Outlet outlet = build(lexicon, rng, AGENCY_HOSTS.get(agency), agency, family, true, 0);
        agencies.put(
            agency,
            outletProse
                ? ownProse(
                    outlet,
                    lexicon,
                    Rng.of(seed, 7_000_001L, AGENCY_HOSTS.get(agency).hashCode(), 17))
                : outlet);
      }
    }
  }

  List<Outlet> regular(Language language) {
    return regular.get(language);
  }

  Outlet agency(String agency) {
    return agencies.get(agency);
  }

  /** Every outlet, agencies last, in a stable order. */
  List<Outlet> all() {
    List<Outlet> all = new ArrayList<>();
    regular.values().forEach(all::addAll);
    agencies.keySet().stream().sorted().forEach(a -> all.add(agencies.get(a)));
    return all;
  }

  private static Outlet build(
      Lexicon lexicon,
      Rng rng,
      String host,
      String name,
      PageFamily family,
      boolean agency,
      double typoOutlets) {
    Map<String, String> b = new HashMap<>();
    b.put("OUTLET", name);
    b.put("CITY", rng.pick(lexicon.cityNames()));
    b.put("AGENCY", name);
    List<String> navAll = lexicon.section("nav");
    List<String> nav = new ArrayList<>();
    int navCount = rng.between(6, Math.min(12, navAll.size()));
    int offset = rng.between(0, 2);
    for (int i = 0; i < navCount; i++) {
      nav.add(navAll.get((offset + i) % navAll.size()));
    }
    // Several sentences of about-us, corrections and legal prose: long, sentence-like and the same
    // on every page, the boilerplate a per-page classifier mistakes for content.
    List<String> legal = new ArrayList<>();
    List<String> about = new ArrayList<>(lexicon.section("about"));
    int aboutCount = rng.between(1, 3);
    for (int i = 0; i < aboutCount; i++) {
      legal.add(lexicon.expand(about.remove(rng.between(0, about.size() - 1)), b, null, rng));
    }
    List<String> legalAll = new ArrayList<>(lexicon.section("legal"));
    int legalCount = rng.between(1, 2);
    for (int i = 0; i < legalCount; i++) {
      legal.add(lexicon.expand(legalAll.remove(rng.between(0, legalAll.size() - 1)), b, null, rng));
    }
    String copyright = lexicon.draw("copyright", b, null, rng);
    String cookie = rng.chance(0.6) ? lexicon.draw("cookie", b, null, rng) : null;
    String newsletter = rng.chance(0.5) ? lexicon.draw("newsletter", b, null, rng) : null;
    List<String> share = new ArrayList<>(lexicon.section("share"));
    share = share.subList(0, rng.between(2, share.size()));
    String relatedHeading = lexicon.draw("related_heading", b, null, rng);
    Outlet.ScrapeStyle scrape =
        new Outlet.ScrapeStyle(
            rng.chance(0.3),
            !agency && rng.chance(0.35),
            !agency && rng.chance(0.4),
            rng.chance(0.3),
            rng.chance(0.25),
            rng.chance(0.6),
            rng.chance(0.5),
            rng.chance(0.2));
    return new Outlet(
        host,
        name,
        lexicon.language(),
        family,
        agency,
        List.copyOf(nav),
        List.copyOf(legal),
        copyright,
        cookie,
        newsletter,
        List.copyOf(share),
        relatedHeading,
        scrape,
        !agency && rng.chance(typoOutlets),
        rng.between(0, 2),
        !agency && rng.chance(0.15) ? WINDOWS_1252 : StandardCharsets.UTF_8,
        Outlet.ProsePlace.BEFORE_RELATED);
  }

  /** What an outlet's own prose may be made of: each kind in several wordings. */
  private static final List<String> PROSE_SECTIONS =
      List.of("prose_about", "prose_corrections", "prose_legal");

  /**
   * {@code outlet} with prose of its own ({@link Variety#outletProse()}): an about-us note, often
   * its corrections policy and a legal note, often a newsletter pitch, in its name and city, shown
   * on nearly all its text scrapes and placed where its template puts it. Drawn from {@code rng}
   * alone, so that the outlet's other furniture stays as it was. A lexicon without the sections
   * keeps the outlet's prose as it is and only places it.
   */
  private static Outlet ownProse(Outlet outlet, Lexicon lexicon, Rng rng) {
    Map<String, String> b = new HashMap<>();
    b.put("OUTLET", outlet.name());
    b.put("CITY", rng.pick(lexicon.cityNames()));
    b.put("AGENCY", outlet.name());
    List<String> legal = outlet.legal();
    String newsletter = outlet.newsletter();
    if (lexicon.has("prose_about")) {
      List<String> prose = new ArrayList<>();
      double[] chances = {1.0, 0.6, 0.6};
      for (int s = 0; s < PROSE_SECTIONS.size(); s++) {
        if (rng.chance(chances[s])) prose.add(lexicon.draw(PROSE_SECTIONS.get(s), b, null, rng));
      }
      // the order an outlet's template shows them in is its own
      for (int i = prose.size() - 1; i > 0; i--) {
        int j = rng.between(0, i);
        String t = prose.get(i);
        prose.set(i, prose.get(j));
        prose.set(j, t);
      }
      legal = List.copyOf(prose);
      newsletter = rng.chance(0.6) ? lexicon.draw("prose_newsletter", b, null, rng) : null;
    }
    Outlet.ScrapeStyle s = outlet.scrape();
    Outlet.ScrapeStyle scrape =
        new Outlet.ScrapeStyle(
            s.byline(),
            s.spam(),
            s.titleRepeat(),
            s.ads(),
            s.share(),
            s.related(),
            rng.chance(0.9),
            s.dateline());
    Outlet.ProsePlace place = Outlet.ProsePlace.values()[rng.between(0, 2)];
    return new Outlet(
        outlet.host(),
        outlet.name(),
        outlet.language(),
        outlet.family(),
        outlet.agency(),
        outlet.nav(),
        legal,
        outlet.copyright(),
        outlet.cookie(),
        newsletter,
        outlet.share(),
        outlet.relatedHeading(),
        scrape,
        outlet.typos(),
        outlet.urlStyle(),
        outlet.charset(),
        place);
  }

  /** The ASCII words of {@code text}: "Élections à Valmont" -> [elections, a, valmont]. */
  static String[] slugWords(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String[] words =
        plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
    return words.length == 1 && words[0].isEmpty() ? new String[0] : words;
  }

  /** "Le Courrier de Portneuf" -> "lecourrierdeportneuf". */
  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
