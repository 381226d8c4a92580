package org.winnow.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyEditorTest {
  private static final StoryWriter WRITER =
      new StoryWriter(4, List.of(Language.EN), Duration.ofMinutes(30), Instant.EPOCH);

  @Test
  void keepsTheLeadWhenItTrimsACopy() {
    Outlets outlets = new Outlets(4, List.of(Language.EN), 8);
    int trimmed = 0;
    for (int i = 0; i < 200; i++) {
      Story story = WRITER.write(i);
      CopyEditor.Copy copy = CopyEditor.edit(story, outlets.regular(Language.EN).get(0), Rng.of(i));
      if (copy.edits().contains("trim_half") || copy.edits().contains("trim_third")) {
        trimmed++;
        assertThat(copy.paragraphs().size()).isLessThan(story.paragraphs().size());
        if (!copy.edits().contains("lead_rewritten") && !copy.edits().contains("typos")) {
          assertThat(copy.paragraphs().get(0)).isEqualTo(story.paragraphs().get(0));
        }
      }
    }
    assertThat(trimmed).isGreaterThan(10);
  }

  @Test
  void namesEveryEditItMakes() {
    Outlets outlets = new Outlets(4, List.of(Language.EN), 8);
    for (int i = 0; i < 200; i++) {
      Story story = WRITER.write(i);
      CopyEditor.Copy copy = CopyEditor.edit(story, outlets.regular(Language.EN).get(1), Rng.of(i));
      if (copy.edits().isEmpty()) {
        assertThat(copy.paragraphs()).isEqualTo(story.paragraphs());
        assertThat(copy.headline()).isEqualTo(story.headline());
      }
    }
  }

  @Test
  void cutsABriefToTheLeadParagraphWhenTheMixAsksForBriefs() {
    Outlets outlets = new Outlets(4, List.of(Language.EN), 8);
    EditMix briefs = EditMix.DEFAULT.withBrief(1).withLeadRewritten(0).withTypoRate(0);
    int cut = 0;
    for (int i = 0; i < 50; i++) {
      Story story = WRITER.write(i);
      CopyEditor.Copy copy =
          CopyEditor.edit(story, outlets.regular(Language.EN).get(0), Rng.of(i), briefs);
      if (story.paragraphs().size() > 1) {
        cut++;
        assertThat(copy.edits()).contains("brief");
        assertThat(copy.paragraphs()).containsExactly(story.paragraphs().get(0));
      }
    }
    assertThat(cut).isGreaterThan(10);
  }

  @Test
  void rejectsAnEditShareOutsideZeroToOne() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EditMix.DEFAULT.withBrief(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("brief");
  }

  @Test
  void misreadsAboutOneWordInSeventy() {
    String text = "government ".repeat(7000).strip();
    String scanned = CopyEditor.typos(text, Rng.of(1));
    long changed =
        java.util.Arrays.stream(scanned.split(" ")).filter(w -> !w.equals("government")).count();
    assertThat(changed).isBetween(60L, 150L);
  }

  @Test
  void cutsARealHeadlineAtItsFirstPartOfThreeWordsOrMore() {
    assertThat(CopyEditor.shortened("Accident or assassination: Diana's last night"))
        .isEqualTo("Accident or assassination");
    assertThat(CopyEditor.shortened("Kemble quits: coach leaves after defeat"))
        .isEqualTo("Coach leaves after defeat");
  }

  @Test
  void dropsTheLastWordOfARealHeadlineWithoutPartsOnlyWhenSixWordsAreLeft() {
    assertThat(CopyEditor.shortened("Rice defends US aid to Pakistan today"))
        .isEqualTo("Rice defends US aid to Pakistan");
    assertThat(CopyEditor.shortened("Rice defends US aid")).isNull();
  }
}
