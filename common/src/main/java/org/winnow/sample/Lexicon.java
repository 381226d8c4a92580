package org.winnow.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written words and sentence templates of one language, and the expansion of templates
 * into text.
 *
 * <p>Templates hold {@code {slots}}: a story binding (people, places, organisations chosen once per
 * story), a number maker ({@code num}, {@code big}, {@code pct}, {@code money}, {@code year},
 * {@code day}, {@code time}), or another section, looked up first under the story's topic ({@code
 * economy.thing}) and then plainly ({@code quote}). A slot written with a capital ({@code {Actor}})
 * is expanded from its lower-case name and capitalised.
 *
 * <pre>{@code
 * lexicon.expand("{L1} said on {weekday}.", Map.of("L1", "Okafor"), "economy", rng)
 * // -> "Okafor said on Tuesday."
 * }</pre>
 */
final class Lexicon {
  private static final int MAX_DEPTH = 6;
  private static final Map<Language, Lexicon> LOADED = new EnumMap<>(Language.class);

  private final Language language;
  private final Map<String, List<String>> sections;
  private final List<String> cityNames;

  private Lexicon(Language language, Map<String, List<String>> sections) {
    this.language = language;
    this.sections = sections;
    List<String> names = new ArrayList<>();
    for (String city : section("cities")) {
      names.add(city.substring(0, city.indexOf('|')));
    }
    this.cityNames = List.copyOf(names);
  }

  /** The lexicon of {@code language}, read once from the class path. */
  static synchronized Lexicon of(Language language) {
    return LOADED.computeIfAbsent(language, Lexicon::load);
  }

  private static Lexicon load(Language language) {
    String resource = "lexicon-" + language.code() + ".txt";
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, List<String>> sections = new HashMap<>();
      List<String> current = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (trimmed.startsWith("== ")) {
          current = new ArrayList<>();
          sections.put(trimmed.substring(3).strip(), current);
        } else if (current == null) {
          throw new IllegalStateException(resource + ": item before the first section: " + line);
        } else {
          current.add(trimmed);
        }
      }
      Map<String, List<String>> frozen = new HashMap<>();
      sections.forEach((name, items) -> frozen.put(name, List.copyOf(items)));
      return new Lexicon(language, Map.copyOf(frozen));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  Language language() {
    return language;
  }

  /** Whether the lexicon has a section {@code name}. */
  boolean has(String name) {
    return sections.containsKey(name);
  }

  /** The items of a section; fails when the lexicon lacks it. */
  List<String> section(String name) {
    List<String> items = sections.get(name);
    if (items == null || items.isEmpty()) {
      throw new IllegalStateException("lexicon " + language.code() + " has no section " + name);
    }
    return items;
  }

  List<String> cityNames() {
    return cityNames;
  }

  /**
   * Roughly how many different sentences {@code template} can become: the product of the number of
   * choices of its slots (story bindings count as the choices they were drawn from).
   */
  double variety(String template) {
    double variety = 1;
    int i = 0;
    while ((i = template.indexOf('{', i)) >= 0) {
      int close = template.indexOf('}', i);
      String slot = template.substring(i + 1, close);
      if (isCapitalised(slot)) {
        slot = Character.toLowerCase(slot.charAt(0)) + slot.substring(1);
      }
      variety *= choices(slot.replaceAll("[0-9]$", ""));
      i = close + 1;
    }
    return variety;
  }

  private double choices(String slot) {
    return switch (slot) {
      case "num" -> 59;
      case "big" -> 97_881;
      case "pct" -> 478;
      case "money" -> 9_489;
      case "year" -> 16;
      case "day" -> 28;
      case "time" -> 17 * 60;
      case "city", "CITY" -> cityNames.size();
      case "weekday" -> 7;
      case "month" -> 12;
      case "P" -> section("first_names").size() * (double) section("last_names").size();
      case "L" -> section("last_names").size();
      case "ORG", "org" -> section("orgs").size();
      case "ROLE" -> section("roles").size();
      case "COUNTRY", "DATELINE", "AGENCY", "OUTLET" -> 1;
      default -> {
        List<String> items = sections.get(slot);
        if (items == null) {
          items = sections.get(section("topics").get(0) + "." + slot);
        }
        yield items == null ? 1 : items.size();
      }
    };
  }

  /** A random item of {@code section} (under the topic when it has its own), expanded. */
  String draw(String section, Map<String, String> bindings, String topic, Rng rng) {
    List<String> items = topic == null ? null : sections.get(topic + "." + section);
    return expand(rng.pick(items != null ? items : section(section)), bindings, topic, rng);
  }

  /** {@code template} with every slot filled. */
  String expand(String template, Map<String, String> bindings, String topic, Rng rng) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    expandInto(out, template, bindings, topic, rng, 0);
    return language.contract(out.toString());
  }

  private void expandInto(
      StringBuilder out,
      String template,
      Map<String, String> bindings,
      String topic,
      Rng rng,
      int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("template nests too deep: " + template);
    }
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        return;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("unclosed slot in template: " + template);
      }
      out.append(template, i, open);
      fill(out, template.substring(open + 1, close), bindings, topic, rng, depth);
      i = close + 1;
    }
  }

  private void fill(
      StringBuilder out,
      String slot,
      Map<String, String> bindings,
      String topic,
      Rng rng,
      int depth) {
    String bound = bindings.get(slot);
    if (bound != null) {
      out.append(bound);
      return;
    }
    if (isCapitalised(slot)) {
      int start = out.length();
      fill(
          out,
          Character.toLowerCase(slot.charAt(0)) + slot.substring(1),
          bindings,
          topic,
          rng,
          depth);
      capitaliseAt(out, start);
      return;
    }
    switch (slot) {
      case "num" -> out.append(rng.between(2, 60));
      case "big" -> out.append(language.grouped(rng.between(120, 98_000)));
      case "pct" -> out.append(language.percent(rng.between(3, 480)));
      case "money" -> out.append(language.millions(rng.between(12, 9_500)));
      case "year" -> out.append(rng.between(2009, 2024));
      case "day" -> out.append(rng.between(1, 28));
      case "time" -> out.append(String.format("%02d:%02d", rng.between(6, 22), rng.between(0, 59)));
      case "city" -> out.append(rng.pick(cityNames));
      case "weekday" -> out.append(rng.pick(section("weekdays")));
      case "month" -> out.append(rng.pick(section("months")));
      case "org" -> out.append(rng.pick(section("orgs")));
      default -> {
        List<String> items = topic == null ? null : sections.get(topic + "." + slot);
        if (items == null) {
          items = sections.get(slot);
        }
        if (items == null) {
          throw new IllegalStateException(
              "lexicon " + language.code() + " cannot fill slot {" + slot + "}");
        }
        expandInto(out, rng.pick(items), bindings, topic, rng, depth + 1);
      }
    }
  }

  // {Actor} but not {P1}, {CITY} or {ROLE2}, which are bindings in capitals.
  private static boolean isCapitalised(String slot) {
    if (slot.isEmpty() || !Character.isUpperCase(slot.charAt(0))) {
      return false;
    }
    for (int i = 1; i < slot.length(); i++) {
      if (Character.isLowerCase(slot.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Upper-cases the first letter at or after {@code start}. */
  static void capitaliseAt(StringBuilder text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        text.setCharAt(i, Character.toUpperCase(c));
        return;
      }
    }
  }

  /** {@code text} with its first letter upper-cased. */
  static String capitalise(String text) {
    StringBuilder out = new StringBuilder(text);
    capitaliseAt(out, 0);
    return out.toString();
  }
}
