package org.winnow.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the story at any index of the stream from the seed alone: its language, kind, people and
 * paragraphs are the same whichever stories were written before it.
 *
 * <pre>{@code
 * new StoryWriter(42, List.of(Language.EN, Language.DE), Duration.ofMinutes(20), start).write(0)
 * // -> Story[id=s00000000, language=DE, kind=WIRE, ...]
 * }</pre>
 */
final class StoryWriter {
  // How far back a quoting story looks for a story to quote.
  private static final int QUOTE_LOOKBACK = 60;
  private static final double[] KIND_WEIGHTS = {0.55, 0.33, 0.12};
  private static final Map<Language, List<String>> AGENCIES =
      Map.of(
          Language.EN, List.of("AP", "Reuters"),
          Language.DE, List.of("dpa"),
          Language.FR, List.of("AFP"),
          Language.ES, List.of("EFE"));

  private final long seed;
  private final List<Language> languages;
  private final double[] languageWeights;
  private final Duration spacing;
  private final Instant start;
  private final double[] kindWeights;
  private final Bodies bodies;
  private final double briefStories;

  StoryWriter(long seed, List<Language> languages, Duration spacing, Instant start) {
    this(seed, languages, spacing, start, KIND_WEIGHTS[2], null, 0);
  }

  /**
   * A writer whose stories quote an earlier wire story with weight {@code quoting}, take their
   * headlines and paragraphs from {@code bodies} unless it is null, and are told as briefs with
   * share {@code briefStories} ({@link Variety#briefStories()}).
   */
  StoryWriter(
      long seed,
      List<Language> languages,
      Duration spacing,
      Instant start,
      double quoting,
      Bodies bodies,
      double briefStories) {
    this.bodies = bodies;
    this.briefStories = briefStories;
    this.seed = seed;
    this.languages = List.copyOf(languages);
    this.languageWeights = new double[languages.size()];
    for (int i = 0; i < languages.size(); i++) {
      // English dominates scraped news; the others share the rest.
      languageWeights[i] = languages.get(i) == Language.EN ? 0.5 : 0.5 / 3;
    }
    this.spacing = spacing;
    this.start = start;
    // The sample's weights are kept as they are, so that it draws the same kinds it always did.
    this.kindWeights =
        quoting == KIND_WEIGHTS[2]
            ? KIND_WEIGHTS
            : new double[] {
              KIND_WEIGHTS[0] * (1 - quoting) / (1 - KIND_WEIGHTS[2]),
              KIND_WEIGHTS[1] * (1 - quoting) / (1 - KIND_WEIGHTS[2]),
              quoting
            };
  }

  /** The agencies writing wire stories in {@code language}. */
  static List<String> agencies(Language language) {
    return AGENCIES.get(language);
  }

  private record Header(Language language, Story.Kind kind, String topic, String agency) {}

  // Cheap: quoting stories call it for many earlier indices.
  private Header header(long index) {
    Rng rng = Rng.of(seed, index, 1);
    Language language = languages.get(rng.weighted(languageWeights));
    Story.Kind kind = Story.Kind.values()[rng.weighted(kindWeights)];
    String topic = rng.pick(Lexicon.of(language).section("topics"));
    String agency = kind == Story.Kind.WIRE ? rng.pick(AGENCIES.get(language)) : null;
    return new Header(language, kind, topic, agency);
  }

  /** The story at {@code index}. */
  Story write(long index) {
    Header header = header(index);
    if (header.kind == Story.Kind.QUOTING) {
      Story quoted = findQuotable(index, header.language);
      if (quoted != null) {
        return compose(index, header, quoted);
      }
      header = new Header(header.language, Story.Kind.OWN, header.topic, null);
    }
    return compose(index, header, null);
  }

  private Story findQuotable(long index, Language language) {
    for (long j = index - 1; j >= 0 && j >= index - QUOTE_LOOKBACK; j--) {
      Header candidate = header(j);
      if (candidate.language == language && candidate.kind == Story.Kind.WIRE) {
        Story story = compose(j, candidate, null);
        if (bodyIndices(story).size() >= 3) {
          return story;
        }
      }
    }
    return null;
  }

  private static List<Integer> bodyIndices(Story story) {
    List<Integer> body = new ArrayList<>();
    for (int i = 1; i < story.paragraphs().size(); i++) {
      if (!story.paragraphs().get(i).heading()) {
        body.add(i);
      }
    }
    return body;
  }

  private Story compose(long index, Header header, Story quoted) {
    Rng rng = Rng.of(seed, index, 2);
    Lexicon lexicon = Lexicon.of(header.language);
    String topic = header.topic;
    Map<String, String> bindings = cast(lexicon, rng, header);
    Map<String, String> lead = new HashMap<>(bindings);
    for (String slot : List.of("actor", "action", "thing", "issue")) {
      lead.put(slot, lexicon.draw(slot, bindings, topic, rng));
    }
    String headline = Lexicon.capitalise(lexicon.draw("headline", lead, topic, rng));
    List<Story.Paragraph> paragraphs;
    if (bodies == null) {
      paragraphs = prose(lexicon, bindings, lead, topic, rng);
    } else {
      Bodies.Body body = bodies.forStory(index);
      headline = body.headline();
      paragraphs = new ArrayList<>(body.paragraphs());
    }
    // drawn from a stream of its own, and only when asked for: corpora without briefs stay as
    // they were
    if (briefStories > 0) {
      Rng briefRng = Rng.of(seed, index, 6);
      if (briefRng.chance(briefStories)) {
        int keep = briefRng.between(1, 3);
        while (paragraphs.size() > keep) paragraphs.remove(paragraphs.size() - 1);
        // a brief ends on its text, never on the sub-heading of a section it no longer has
        while (paragraphs.size() > 1 && paragraphs.get(paragraphs.size() - 1).heading()) {
          paragraphs.remove(paragraphs.size() - 1);
        }
      }
    }

    String quotedId = null;
    if (quoted != null) {
      quotedId = quoted.id();
      List<Integer> body = bodyIndices(quoted);
      int first = body.get(rng.between(0, body.size() - 2));
      int second = body.get(body.indexOf(first) + 1);
      Map<String, String> intro = new HashMap<>(bindings);
      intro.put("AGENCY", quoted.agency());
      // The sentence introducing the quote ends the story's own paragraph before it: on its own it
      // would be a short line many quoting stories share.
      int at = Math.min(paragraphs.size(), rng.between(1, 2));
      Story.Paragraph before = paragraphs.get(at - 1);
      paragraphs.set(
          at - 1,
          new Story.Paragraph(
              before.text() + " " + sentence(lexicon.draw("quoting_intro", intro, topic, rng)),
              false));
      paragraphs.add(at, quoted.paragraphs().get(first));
      paragraphs.add(at + 1, quoted.paragraphs().get(second));
    }

    long slot = spacing.toMillis();
    Instant publishedAt =
        start
            .plusMillis(index * slot + (long) (rng.unit() * slot))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return new Story(
        Story.idOf(index),
        index,
        header.language,
        topic,
        header.kind,
        header.agency,
        headline,
        List.copyOf(paragraphs),
        publishedAt,
        quotedId,
        Map.copyOf(lead));
  }

  // The story's own paragraphs, written from the lexicon around its lead.
  private static List<Story.Paragraph> prose(
      Lexicon lexicon,
      Map<String, String> bindings,
      Map<String, String> lead,
      String topic,
      Rng rng) {
    int length = paragraphCount(rng);
    List<Story.Paragraph> paragraphs = new ArrayList<>(length + 8);
    String leadText = sentence(lexicon.draw("lead", lead, topic, rng));
    Deck deck = new Deck(lexicon.section("body").size(), rng);
    // The lead sentence is made from the story's main event, which few words describe: alone it
    // would now and then equal another story's lead, so a second sentence always follows.
    leadText += " " + alone(lexicon, bindings, topic, rng, deck);
    paragraphs.add(new Story.Paragraph(leadText, false));
    java.util.Set<String> written = new java.util.HashSet<>();
    boolean headings = length >= 20 ? rng.chance(0.9) : length >= 8 && rng.chance(0.4);
    int nextHeading = rng.between(3, 6);
    for (int p = 1; p < length; p++) {
      if (headings && p == nextHeading && p < length - 1) {
        paragraphs.add(
            new Story.Paragraph(
                Lexicon.capitalise(lexicon.draw("subhead", bindings, topic, rng)), true));
        nextHeading = p + rng.between(4, 7);
      }
      // Mostly two or three sentences: a one-sentence paragraph is the likeliest to recur by
      // chance.
      double x = rng.unit();
      int sentences = x < 0.1 ? 1 : x < 0.6 ? 2 : 3;
      StringBuilder text = new StringBuilder(400);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(' ');
        }
        // A quote alone is too short to be unique: one-sentence paragraphs are reported speech.
        String next =
            sentences == 1
                ? alone(lexicon, bindings, topic, rng, deck)
                : bodySentence(lexicon, bindings, topic, rng, deck);
        // Short quotes can come out twice in a story; a repeat is replaced by reported speech.
        while (!written.add(next)) {
          next = reported(lexicon, bindings, topic, rng, deck);
        }
        text.append(next);
      }
      if (p == length - 1 && rng.chance(0.3)) {
        text.append(' ').append(sentence(lexicon.draw("close", bindings, topic, rng)));
      }
      paragraphs.add(new Story.Paragraph(text.toString(), false));
    }
    return paragraphs;
  }

  private static int paragraphCount(Rng rng) {
    double x = rng.unit();
    if (x < 0.2) {
      return rng.between(1, 3);
    }
    if (x < 0.85) {
      return rng.between(5, 15);
    }
    return rng.between(20, 40);
  }

  private static String bodySentence(
      Lexicon lexicon, Map<String, String> bindings, String topic, Rng rng, Deck deck) {
    if (rng.chance(0.2)) {
      return sentence(lexicon.draw("quote_sentence", bindings, topic, rng));
    }
    return reported(lexicon, bindings, topic, rng, deck);
  }

  // Below this many possible sentences a template may, over a million stories, recur by chance.
  private static final double ALONE_VARIETY = 5e7;

  // A paragraph of one sentence only gets a template that can become a great many sentences.
  private static String alone(
      Lexicon lexicon, Map<String, String> bindings, String topic, Rng rng, Deck deck) {
    List<String> body = lexicon.section("body");
    for (int tries = 0; tries < body.size(); tries++) {
      String template = body.get(deck.next());
      if (lexicon.variety(template) >= ALONE_VARIETY) {
        return sentence(lexicon.expand(template, bindings, topic, rng));
      }
    }
    return reported(lexicon, bindings, topic, rng, deck);
  }

  private static String reported(
      Lexicon lexicon, Map<String, String> bindings, String topic, Rng rng, Deck deck) {
    String template = lexicon.section("body").get(deck.next());
    return sentence(lexicon.expand(template, bindings, topic, rng));
  }

  /** Template indices dealt without repeats until all were used, so a story rarely repeats one. */
  private static final class Deck {
    private final int[] cards;
    private final Rng rng;
    private int dealt;

    Deck(int size, Rng rng) {
      this.cards = new int[size];
      this.rng = rng;
      for (int i = 0; i < size; i++) {
        cards[i] = i;
      }
      this.dealt = size;
    }

    int next() {
      if (dealt == cards.length) {
        for (int i = cards.length - 1; i > 0; i--) {
          int j = rng.between(0, i);
          int t = cards[i];
          cards[i] = cards[j];
          cards[j] = t;
        }
        dealt = 0;
      }
      return cards[dealt++];
    }
  }

  private static String sentence(String text) {
    return Lexicon.capitalise(text);
  }

  // The people, places and organisations a story is about, fixed for all its sentences.
  private static Map<String, String> cast(Lexicon lexicon, Rng rng, Header header) {
    Map<String, String> b = new HashMap<>();
    List<String> firsts = lexicon.section("first_names");
    List<String> lasts = lexicon.section("last_names");
    List<String> usedLast = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String last;
      do {
        last = rng.pick(lasts);
      } while (usedLast.contains(last));
      usedLast.add(last);
      b.put("P" + i, rng.pick(firsts) + " " + last);
      b.put("L" + i, last);
    }
    List<String> orgs = lexicon.section("orgs");
    String org1 = rng.pick(orgs);
    String org2;
    do {
      org2 = rng.pick(orgs);
    } while (org2.equals(org1));
    b.put("ORG1", org1);
    b.put("ORG2", org2);
    String[] place = rng.pick(lexicon.section("cities")).split("\\|");
    b.put("CITY", place[0]);
    b.put("COUNTRY", place[1]);
    b.put("DATELINE", place[0].toUpperCase(Locale.ROOT));
    b.put(
        "AGENCY",
        header.agency != null ? header.agency : rng.pick(AGENCIES.get(lexicon.language())));
    for (int i = 1; i <= 3; i++) {
      b.put("ROLE" + i, lexicon.draw("roles", b, header.topic, rng));
    }
    return b;
  }
}
