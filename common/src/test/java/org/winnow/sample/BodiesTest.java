package org.winnow.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodiesTest {
  @TempDir Path dir;

  @Test
  void readsOneArticleALineWithItsParagraphs() throws IOException {
    Path file = dir.resolve("bodies.jsonl");
    Files.writeString(
        file,
        "{\"title\":\"Rain closes roads\",\"text\":\"Heavy rain closed roads on Monday.\\n\\nMore"
            + " is due.\"}\n\n{\"title\":\"Port reopens\",\"text\":\"The port reopened.\"}\n");

    Bodies bodies = Bodies.read(file);

    assertThat(bodies.size()).isEqualTo(2);
    assertThat(bodies.forStory(0))
        .isEqualTo(
            new Bodies.Body(
                "Rain closes roads",
                List.of(
                    new Story.Paragraph("Heavy rain closed roads on Monday.", false),
                    new Story.Paragraph("More is due.", false))));
  }

  @Test
  void takesAShortLineThatEndsNoSentenceForASubHeading() {
    assertThat(Bodies.paragraphs("The port reopened on Monday.\nWhat happens next\nShips wait."))
        .extracting(Story.Paragraph::heading)
        .containsExactly(false, true, false);
  }

  @Test
  void neverTakesTheFirstLineForASubHeading() {
    assertThat(Bodies.paragraphs("Port reopens\nShips wait.").get(0).heading()).isFalse();
  }

  @Test
  void rejectsALineWithoutATitleNamingTheLine() throws IOException {
    Path file = dir.resolve("bodies.jsonl");
    Files.writeString(file, "{\"title\":\"A\",\"text\":\"B.\"}\n{\"text\":\"No title.\"}\n");

    assertThatThrownBy(() -> Bodies.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("title");
  }

  @Test
  void saysSoWhenTheCorpusNeedsMoreStoriesThanTexts() {
    Bodies one =
        Bodies.of(List.of(new Bodies.Body("A", List.of(new Story.Paragraph("B.", false)))));

    assertThatThrownBy(() -> one.forStory(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 article texts");
  }

  @Test
  void givesAStoryTheHeadlineAndParagraphsOfItsText() {
    List<Story.Paragraph> text =
        List.of(
            new Story.Paragraph("The port reopened on Monday after a week of storms.", false),
            new Story.Paragraph("Ships queued outside the harbour.", false));
    Bodies bodies = Bodies.of(List.of(new Bodies.Body("Port reopens", text)));
    StoryWriter writer =
        new StoryWriter(
            4,
            List.of(Language.EN),
            Duration.ofMinutes(30),
            Instant.parse("2025-01-01T00:00:00Z"),
            0,
            bodies,
            0);

    Story story = writer.write(0);

    assertThat(story.headline()).isEqualTo("Port reopens");
    assertThat(story.paragraphs()).isEqualTo(text);
  }
}
