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
        list.add(build(lexicon, rng, host, name, family, false, typoOutlets));
      }
      regular.put(language, List.copyOf(list));
      for (String agency : StoryWriter.agencies(language)) {
        Rng rng = Rng.of(seed, 7_000_001L, AGENCY_HOSTS.get(agency).hashCode());
        PageFamily family = rng.chance(0.5) ? PageFamily.SEMANTIC : PageFamily.MINIMAL;
        agencies.put(
            agency, build(lexicon, rng, AGENCY_HOSTS.get(agency), agency, family, true, 0));
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
        !agency && rng.chance(0.15) ? WINDOWS_1252 : StandardCharsets.UTF_8);
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
