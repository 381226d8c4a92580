package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyFactsTest {
  @Test
  void withoutTextKeepsParagraphCountPositionsAndPageKeys() {
    CopyFacts f =
        new CopyFacts(
            "d1",
            "https://a.example/x",
            "a.example",
            Instant.parse("2024-01-02T03:04:05Z"),
            "By Jane Roe",
            "Floods",
            List.of("First paragraph here.", "Second one."),
            new int[] {3, 7});
    CopyFacts slim = f.withoutText();
    assertThat(slim.paragraphs()).containsExactly("", "");
    assertThat(slim.positions()).containsExactly(3, 7);
    assertThat(slim.pageKeys()).containsExactly(f.pageKeys());
    assertThat(List.of(slim.docId(), slim.url(), slim.host(), slim.byline(), slim.title()))
        .containsExactly("d1", "https://a.example/x", "a.example", "By Jane Roe", "Floods");
    assertThat(slim.publishedAt()).isEqualTo(f.publishedAt());
  }
}
