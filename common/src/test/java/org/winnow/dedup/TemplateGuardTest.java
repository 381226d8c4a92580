package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(guard.canHaveTemplate(9)).isFalse();
    assertThat(guard.isTemplate(9, 9)).isFalse();
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
  void pinsTheHostShingleKey() {
    assertThat(TemplateGuard.key("example.com", 42L)).isEqualTo(977278413356960305L);
  }
}
