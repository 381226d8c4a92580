package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticCopiesTest {
  @Test
  void generatesTheSameCorpusForTheSameSeed() {
    SyntheticCopies.Corpus a = SyntheticCopies.generate(3, 400);
    SyntheticCopies.Corpus b = SyntheticCopies.generate(3, 400);
    assertThat(a.truth()).isEqualTo(b.truth());
    assertThat(a.docs().get(17).paragraphs()).isEqualTo(b.docs().get(17).paragraphs());
  }

  @Test
  void generatesAboutTheRequestedNumberOfDocumentsInManyStories() {
    SyntheticCopies.Corpus c = SyntheticCopies.generate(3, 1000);
    assertThat(c.docs().size()).isBetween(1000, 1020);
    assertThat(c.truth().values().stream().distinct().count()).isBetween(150L, 700L);
  }
}
