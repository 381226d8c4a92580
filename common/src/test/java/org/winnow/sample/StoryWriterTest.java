package org.winnow.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class StoryWriterTest {
  private static final List<Language> ALL = List.of(Language.values());

  private static StoryWriter writer(long seed) {
    return new StoryWriter(
        seed, ALL, Duration.ofMinutes(30), Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void writesTheSameStoryForTheSameSeedAndIndex() {
    assertThat(writer(3).write(41)).isEqualTo(writer(3).write(41));
  }

  @Test
  void writesAStoryWithoutReplayingTheOnesBeforeIt() {
    StoryWriter sequential = writer(8);
    for (int i = 0; i < 30; i++) {
      sequential.write(i);
    }
    assertThat(writer(8).write(30)).isEqualTo(sequential.write(30));
  }

  @Test
  void quotesTwoParagraphsOfAnotherStoryUnderItsOwnId() {
    StoryWriter writer = writer(5);
    int found = 0;
    for (int i = 0; i < 400 && found < 5; i++) {
      Story story = writer.write(i);
      if (story.kind() == Story.Kind.QUOTING) {
        Story quoted = writer.write(Long.parseLong(story.quotedStoryId().substring(1)));
        assertThat(quoted.id()).isNotEqualTo(story.id());
        assertThat(quoted.kind()).isEqualTo(Story.Kind.WIRE);
        long shared = story.paragraphs().stream().filter(quoted.paragraphs()::contains).count();
        assertThat(shared).isEqualTo(2);
        found++;
      }
    }
    assertThat(found).isEqualTo(5);
  }

  @Test
  void writesBriefsNormalAndLongStories() {
    StoryWriter writer = writer(9);
    int briefs = 0;
    int longs = 0;
    int withHeadings = 0;
    for (int i = 0; i < 300; i++) {
      Story story = writer.write(i);
      long body = story.paragraphs().stream().filter(p -> !p.heading()).count();
      if (body <= 3) {
        briefs++;
      }
      if (body >= 20) {
        longs++;
      }
      if (story.paragraphs().stream().anyMatch(Story.Paragraph::heading)) {
        withHeadings++;
      }
      assertThat(body).isBetween(1L, 45L);
    }
    assertThat(briefs).isGreaterThan(20);
    assertThat(longs).isGreaterThan(15);
    assertThat(withHeadings).isGreaterThan(30);
  }

  @Test
  void doesNotRepeatAParagraphAcrossDifferentStoriesByChance() {
    StoryWriter writer = writer(13);
    Map<String, String> owner = new HashMap<>();
    for (int i = 0; i < 3000; i++) {
      Story story = writer.write(i);
      for (Story.Paragraph p : story.paragraphs()) {
        if (p.heading()) {
          continue;
        }
        String previous = owner.putIfAbsent(p.text(), story.id());
        if (previous != null && !previous.equals(story.id())) {
          // Only a quoting story may carry another story's paragraph: one of the story it quotes.
          assertThat(story.kind()).as(p.text()).isEqualTo(Story.Kind.QUOTING);
          assertThat(previous).as(p.text()).isEqualTo(story.quotedStoryId());
        }
      }
    }
  }

  @Test
  void usesEachLanguagesOwnFunctionWords() {
    StoryWriter writer = writer(21);
    Map<Language, CharArraySet> stopwords =
        Map.of(
            Language.EN, org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            Language.DE, org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet(),
            Language.FR, org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet(),
            Language.ES, org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet());
    for (int i = 0; i < 80; i++) {
      Story story = writer.write(i);
      StringBuilder text = new StringBuilder();
      story.paragraphs().forEach(p -> text.append(p.text()).append(' '));
      String[] words = text.toString().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
      Language best = null;
      double bestShare = -1;
      for (Map.Entry<Language, CharArraySet> e : stopwords.entrySet()) {
        long hits = java.util.Arrays.stream(words).filter(w -> e.getValue().contains(w)).count();
        double share = hits / (double) words.length;
        if (share > bestShare) {
          bestShare = share;
          best = e.getKey();
        }
      }
      assertThat(best).as(story.id()).isEqualTo(story.language());
      assertThat(bestShare).isGreaterThan(0.15);
    }
  }
}
