package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class SketchFormatTest {
  private static final Settings DEFAULTS = Settings.defaults();

  private static Map<String, String> storedWith(String key, String value) {
    Map<String, String> m = new TreeMap<>(SketchFormat.of(DEFAULTS));
    m.put(key, value);
    return m;
  }

  @Test
  void pinsTheProbeOfTheDefaultSettingsSoThatAChangedSeedIsNoticed() {
    // stored sketches of every earlier output depend on this value: change it only on purpose
    assertThat(SketchFormat.probe(DEFAULTS)).isEqualTo("d35b78f866aba6aa");
  }

  @Test
  void acceptsSketchesMadeUnderTheSameShapingSettings() {
    Settings stricter = DEFAULTS.with(Map.of("dedup.jaccard_threshold", "0.7"));
    assertThatCode(() -> SketchFormat.check(SketchFormat.of(DEFAULTS), stricter, "out/day1"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesSketchesMadeWithOtherBandsAndSaysToRunAFullJob() {
    Settings more = DEFAULTS.with(Map.of("dedup.bands", "4", "dedup.num_perm", "8"));
    assertThatThrownBy(() -> SketchFormat.check(SketchFormat.of(DEFAULTS), more, "out/day1"))
        .isInstanceOf(SketchFormat.IncompatibleSketchesException.class)
        .hasMessageContaining("cannot deduplicate against out/day1")
        .hasMessageContaining("dedup.bands was 3, this run has 4")
        .hasMessageContaining("dedup.num_perm was 6, this run has 8")
        .hasMessageContaining("Run a full job");
  }

  @Test
  void refusesSketchesWhoseHashesCameFromAnotherVersion() {
    assertThatThrownBy(
            () ->
                SketchFormat.check(
                    storedWith(SketchFormat.PROBE_KEY, "0000000000000000"), DEFAULTS, "old"))
        .hasMessageContaining("different version of Winnow");
  }

  @Test
  void refusesAnotherLayoutOfTheSketches() {
    assertThatThrownBy(
            () -> SketchFormat.check(storedWith(SketchFormat.VERSION_KEY, "0"), DEFAULTS, "old"))
        .hasMessageContaining("sketches are in format 0");
  }

  @Test
  void readsAShingleSizeWrittenDifferentlyAsTheSameValue() {
    Settings padded = Settings.of(Map.of("dedup.shingle_size", "04"));
    assertThat(SketchFormat.of(padded)).isEqualTo(SketchFormat.of(DEFAULTS));
  }
}
