package org.winnow.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextStatsTest {
  @Test
  void countsWordsStopwordsAndSentenceEnds() {
    TextStats t = TextStats.of("The cat sat on the mat. It slept!", Stopwords.of("en"));
    assertThat(t.words()).isEqualTo(8);
    assertThat(t.stopwords()).isEqualTo(4); // the, on, the, it
    assertThat(t.sentenceEnds()).isEqualTo(2);
    assertThat(t.script()).isEqualTo(Script.LATIN);
  }

  @Test
  void countsChineseByCharactersNotSpaces() {
    TextStats t = TextStats.of("北京时间昨天晚上发生了地震。", Set.of());
    assertThat(t.words()).isGreaterThan(5);
    assertThat(t.effectiveLength()).isEqualTo(14 * 3);
    assertThat(t.sentenceEnds()).isEqualTo(1);
  }

  @Test
  void recognisesUrlsMailsHandlesAndListMarkers() {
    TextStats t = TextStats.of("- see https://x.com or a@b.org, ask @winnow", Set.of());
    assertThat(t.listMarker()).isTrue();
    assertThat(t.urls()).isEqualTo(1);
    assertThat(t.emails()).isEqualTo(1);
    assertThat(t.handles()).isEqualTo(1);
  }

  @Test
  void measuresCapitalisation() {
    TextStats t = TextStats.of("BREAKING NEWS today", Set.of());
    assertThat(t.capitalisedWords()).isEqualTo(2);
    assertThat(t.uppercaseRatio()).isGreaterThan(0.6);
  }
}
