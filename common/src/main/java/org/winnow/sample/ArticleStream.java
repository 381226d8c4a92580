package org.winnow.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The articles of a corpus, made one story at a time and handed out roughly in publication order:
 * memory stays bounded whatever the article count.
 *
 * <pre>{@code
 * Iterator<Article> it = new ArticleStream(CorpusSpec.of(3, 1));
 * it.next().id() // -> "a00000000"
 * }</pre>
 */
final class ArticleStream implements Iterator<Article> {
  static final Instant START = Instant.parse("2025-01-06T06:00:00Z");
  private static final int RELATED_MEMORY = 12;
  private static final double[] FORMAT_WEIGHTS = {0.45, 0.37, 0.13, 0.05};

  private final CorpusSpec spec;
  private final StoryWriter stories;
  private final Outlets outlets;
  private final double[] formatWeights;
  private final Map<Language, ArrayDeque<String>> recentHeadlines = new EnumMap<>(Language.class);
  // Copies appear hours or days apart, so a crawl sees them among other stories: articles leave in
  // publication order within a bounded window, which keeps memory flat at any corpus size.
  private static final int WINDOW = 512;
  private final PriorityQueue<Article> window =
      new PriorityQueue<>(
          Comparator.comparing(Article::publishedAt).thenComparingLong(Article::index));
  private long nextStory;
  private long created;
  private long emitted;

  ArticleStream(CorpusSpec spec) {
    this.spec = spec;
    this.outlets =
        new Outlets(
            spec.seed(),
            spec.languages(),
            spec.effectiveOutletsPerLanguage(),
            spec.edits().typoOutlets(),
            spec.variety().outletProse());
    // Stories are spread over about a year, whatever the size of the corpus.
    double expectedStories = Math.max(1, spec.articles() / 2.6);
    long spacingMillis =
        Math.max(20_000, Math.min(6 * 3_600_000L, (long) (365 * 86_400_000.0 / expectedStories)));
    this.stories =
        new StoryWriter(
            spec.seed(),
            spec.languages(),
            Duration.ofMillis(spacingMillis),
            START,
            spec.edits().quoting(),
            spec.bodies(),
            spec.variety().briefStories());
    this.formatWeights = new double[spec.formats().size()];
    for (int i = 0; i < formatWeights.length; i++) {
      formatWeights[i] = FORMAT_WEIGHTS[spec.formats().get(i).ordinal()];
    }
    for (Language language : spec.languages()) {
      recentHeadlines.put(language, new ArrayDeque<>());
    }
  }

  Outlets outlets() {
    return outlets;
  }

  /** Stories begun so far. */
  long storiesStarted() {
    return nextStory;
  }

  @Override
  public boolean hasNext() {
    return emitted < spec.articles();
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    while (created < spec.articles() && window.size() < WINDOW) {
      publish(stories.write(nextStory++));
    }
    emitted++;
    return window.poll();
  }

  private void publish(Story story) {
    Rng rng = Rng.of(spec.seed(), story.index(), 3);
    List<Outlet> publishers = publishers(story, rng);
    ArrayDeque<String> recent = recentHeadlines.get(story.language());
    List<String> relatedPool = new ArrayList<>(recent);
    Collections.reverse(relatedPool);
    long index = created;
    for (int copy = 0; copy < publishers.size() && created < spec.articles(); copy++) {
      Outlet outlet = publishers.get(copy);
      boolean agencyCopy = outlet.agency();
      CopyEditor.Copy text =
          story.kind() != Story.Kind.WIRE || agencyCopy
              ? CopyEditor.original(story)
              : CopyEditor.edit(story, outlet, rng, spec.edits(), spec.bodies() != null);
      Instant publishedAt = story.publishedAt().plusSeconds(copy == 0 ? 0 : delaySeconds(rng));
      Format format = spec.formats().get(rng.weighted(formatWeights));
      int relatedCount = Math.min(relatedPool.size(), rng.between(4, 8));
      List<String> related = List.copyOf(relatedPool.subList(0, relatedCount));
      window.add(
          new Article(
              Article.idOf(index),
              index,
              story,
              outlet,
              copy,
              agencyCopy,
              url(outlet, story, text.headline(), publishedAt, index),
              format,
              publishedAt,
              text.headline(),
              text.paragraphs(),
              text.edits(),
              related,
              Furniture.byline(story, outlet, rng),
              rng.nextLong()));
      index++;
      created++;
    }
    recent.addLast(story.headline());
    if (recent.size() > RELATED_MEMORY) {
      recent.removeFirst();
    }
  }

  private List<Outlet> publishers(Story story, Rng rng) {
    List<Outlet> sites = outlets.regular(story.language());
    List<Outlet> chosen = new ArrayList<>();
    if (story.kind() != Story.Kind.WIRE) {
      chosen.add(rng.pick(sites));
      return chosen;
    }
    // Most wire stories are picked up by few outlets, a few by many.
    double u = rng.unit();
    int copies = 1 + (int) Math.floor(u * u * spec.maxOutlets());
    copies = Math.min(copies, spec.maxOutlets());
    if (rng.chance(0.5)) {
      chosen.add(outlets.agency(story.agency()));
    }
    List<Outlet> pool = new ArrayList<>(sites);
    while (chosen.size() < copies && !pool.isEmpty()) {
      chosen.add(pool.remove(rng.between(0, pool.size() - 1)));
    }
    return chosen;
  }

  private static long delaySeconds(Rng rng) {
    double x = rng.unit();
    if (x < 0.7) {
      return rng.between(600, 12 * 3600);
    }
    if (x < 0.95) {
      return rng.between(12 * 3600, 3 * 86_400);
    }
    return rng.between(3 * 86_400, 10 * 86_400);
  }

  private static String url(
      Outlet outlet, Story story, String headline, Instant publishedAt, long index) {
    String slug = headlineSlug(headline);
    String date = publishedAt.toString().substring(0, 10);
    return switch (outlet.urlStyle()) {
      case 0 ->
          "https://"
              + outlet.host()
              + "/"
              + story.topic()
              + "/"
              + date.replace('-', '/')
              + "/"
              + slug
              + "-"
              + index;
      case 1 ->
          "https://www."
              + outlet.host()
              + "/news/"
              + slug
              + "."
              + Long.toString(index, 36)
              + ".html";
      default -> "https://" + outlet.host() + "/article.php?id=" + index + "&cat=" + story.topic();
    };
  }

  static String headlineSlug(String headline) {
    String[] words = Outlets.slugWords(headline);
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < words.length && i < 8; i++) {
      if (slug.length() > 0) {
        slug.append('-');
      }
      slug.append(words[i].toLowerCase(Locale.ROOT));
    }
    return slug.length() == 0 ? "story" : slug.toString();
  }
}
