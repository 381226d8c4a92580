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
  void pinsTheHostShingleKey() {
    assertThat(TemplateGuard.key("example.com", 42L)).isEqualTo(977278413356960305L);
  }
}
