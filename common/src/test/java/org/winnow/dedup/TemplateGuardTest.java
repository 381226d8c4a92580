package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class TemplateGuardTest {
  private final TemplateGuard guard = new TemplateGuard(Settings.defaults());

  @Test
  void marksAShingleOnMostOfAHostsPagesAsTemplate() {
    assertThat(guard.isTemplate(180, 200)).isTrue();
  }

  @Test
  void keepsAStoryThatAHostRanAFewTimes() {
    assertThat(guard.isTemplate(3, 200)).isFalse();
  }

  @Test
  void needsMoreThanTheConfiguredShareOfABigHost() {
    assertThat(guard.pagesNeeded(1000)).isEqualTo(101);
    assertThat(guard.isTemplate(100, 1000)).isFalse();
  }

  @Test
  void neverMarksTemplateOnHostsWithFewerPagesThanTheMinimum() {
    assertThat(guard.canHaveTemplate(4)).isFalse();
    assertThat(guard.isTemplate(4, 4)).isFalse();
  }

  @Test
  void honoursItsSettings() {
    TemplateGuard strict =
        new TemplateGuard(
            Settings.of(
                Map.of("dedup.template_min_pages", "3", "dedup.template_host_fraction", "0.5")));
    assertThat(strict.isTemplate(3, 5)).isTrue();
    assertThat(strict.isTemplate(3, 6)).isFalse();
  }

  @Test
  void samplesAboutOneShingleInTheConfiguredNumber() {
    int sampled = 0;
    for (long h = 0; h < 80_000; h++) if (guard.sampled(h * 0x9E3779B97F4A7C15L)) sampled++;
    assertThat(sampled).isBetween(9_000, 11_000);
  }

  @Test
  void stripsAParagraphWhoseSampledShinglesAreTemplateAndKeepsTheStory() {
    Shingler shingler = new Shingler(Settings.defaults());
    String story =
        "Floods hit the north of the country on Monday and dozens of families fled their homes.";
    String template =
        "Sign up for our morning newsletter to get the top stories of the day delivered to your"
            + " inbox every morning before breakfast, free of charge.";
    ShingledText text = shingler.shingle(List.of(story, template));
    java.util.Set<Long> templateSamples = new java.util.HashSet<>();
    ShingledText alone = shingler.shingle(List.of(template));
    for (int i = 0; i < alone.size(); i++) {
      if (guard.sampled(alone.hash(i))) templateSamples.add(alone.hash(i));
    }
    assertThat(templateSamples).isNotEmpty();
    ShingledText stripped = guard.strip(text, templateSamples::contains);
    for (int i = 0; i < stripped.size(); i++) assertThat(stripped.paragraphOf(i)).isZero();
    assertThat(stripped.size()).isGreaterThanOrEqualTo(shingler.shingle(List.of(story)).size() - 1);
  }

  @Test
  void findsAParagraphOnEveryPageOfASmallOutlet() {
    assertThat(guard.canHaveTemplate(3)).isFalse();
    assertThat(guard.canHaveTemplateParagraphs(3)).isTrue();
    assertThat(guard.paragraphPagesNeeded(3)).isEqualTo(3);
  }

  @Test
  void needsHalfOfASmallOutletsPagesForAParagraph() {
    assertThat(guard.paragraphPagesNeeded(8)).isEqualTo(4);
    assertThat(guard.paragraphPagesNeeded(1000)).isEqualTo(guard.pagesNeeded(1000));
  }

  @Test
  void neverCallsAParagraphOnTwoPagesTemplate() {
    assertThat(guard.canHaveTemplateParagraphs(2)).isFalse();
  }

  @Test
  void stripsAParagraphNamedTemplateWordForWord() {
    Shingler shingler = new Shingler(Settings.defaults());
    ShingledText text =
        shingler.shingle(
            List.of(
                "Floods hit the north of the country on Monday and dozens fled.",
                "Our newsroom follows a code of ethics that keeps it independent."));
    ShingledText stripped = guard.strip(text, h -> false, p -> p == 1);
    assertThat(stripped.size()).isPositive();
    for (int i = 0; i < stripped.size(); i++) assertThat(stripped.paragraphOf(i)).isZero();
  }

  @Test
  void stripsOnlyTheCertainTemplateWhenAskedForCertainty() {
    // paragraph 0: three of four shingles template (stock phrases); paragraph 1 word for word
    ShingledText text =
        new ShingledText(new long[] {1, 2, 3, 4, 5, 6}, new int[] {0, 0, 0, 0, 1, 1}, 9L);
    TemplateGuard everyShingle =
        new TemplateGuard(Settings.of(Map.of("dedup.template_sample", "1")));
    ShingledText certain = everyShingle.stripCertain(text, h -> h <= 3, p -> p == 1);
    assertThat(certain.size()).isEqualTo(1);
    assertThat(certain.hash(0)).isEqualTo(4);
    assertThat(everyShingle.strip(text, h -> h <= 3, p -> p == 1).size()).isZero();
  }

  @Test
  void keepsAParagraphOnlyHalfOfWhoseSampledShinglesAreTemplate() {
    ShingledText text = new ShingledText(new long[] {1, 2, 3, 4}, new int[] {0, 0, 0, 0}, 9L);
    TemplateGuard everyShingle =
        new TemplateGuard(Settings.of(Map.of("dedup.template_sample", "1")));
    ShingledText stripped = everyShingle.strip(text, h -> h <= 2);
    assertThat(stripped.size()).isEqualTo(2);
    assertThat(stripped.hash(0)).isEqualTo(3);
  }

  @Test
  void pinsTheHostParagraphKey() {
    assertThat(TemplateGuard.paragraphKey("example.com", 42L))
        .isNotEqualTo(TemplateGuard.key("example.com", 42L))
        .isEqualTo(672316736475300893L);
  }

  @Test
  void pinsTheHostShingleKey() {
    assertThat(TemplateGuard.key("example.com", 42L)).isEqualTo(977278413356960305L);
  }
}
