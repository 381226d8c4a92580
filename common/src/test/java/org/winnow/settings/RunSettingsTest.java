package org.winnow.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSettingsTest {
  @Test
  void checkpointsLocallyByDefaultOnlyOnALocalMaster() {
    Settings defaults = Settings.defaults();
    assertThat(RunSettings.localCheckpoint(defaults, "local[2]")).isTrue();
    assertThat(RunSettings.localCheckpoint(defaults, "local")).isTrue();
    assertThat(RunSettings.localCheckpoint(defaults, "spark://127.0.0.1:7077")).isFalse();
    assertThat(RunSettings.localCheckpoint(defaults, "yarn")).isFalse();
  }

  @Test
  void checkpointsLocallyWhereverWhenAskedAndNowhereWhenTold() {
    Settings on = Settings.of(Map.of("run.local_checkpoint", "true"));
    Settings off = Settings.of(Map.of("run.local_checkpoint", "false"));
    assertThat(RunSettings.localCheckpoint(on, "yarn")).isTrue();
    assertThat(RunSettings.localCheckpoint(off, "local[2]")).isFalse();
  }

  @Test
  void refusesAnUnknownCheckpointMode() {
    assertThatThrownBy(() -> Settings.of(Map.of("run.local_checkpoint", "sometimes")))
        .hasMessageContaining("run.local_checkpoint");
  }
}
