package org.winnow.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void defaultsApplyWhenNothingIsGiven() {
    assertThat(Settings.defaults().get(RunSettings.PARTITIONS)).isZero();
  }

  @Test
  void aGivenValueWinsOverTheDefault() {
    assertThat(Settings.of(Map.of("run.partitions", "8")).get(RunSettings.PARTITIONS)).isEqualTo(8);
  }

  @Test
  void anUnknownKeyFailsWithASuggestion() {
    assertThatThrownBy(() -> Settings.of(Map.of("run.partitons", "8")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown setting 'run.partitons'")
        .hasMessageContaining("did you mean run.partitions?");
  }

  @Test
  void aBadValueFailsNamingTheKey() {
    assertThatThrownBy(() -> Settings.of(Map.of("run.partitions", "-1")))
        .hasMessageContaining("run.partitions")
        .hasMessageContaining("outside");
  }

  @Test
  void sizesAcceptUnitSuffixes() {
    Settings s = Settings.of(Map.of("run.task_bytes", "64m"));
    assertThat(s.get(RunSettings.TASK_BYTES)).isEqualTo(64L << 20);
  }

  @Test
  void loadsAPropertiesFile() throws IOException {
    Settings s = Settings.load(new StringReader("# comment\nrun.partitions = 3\n"));
    assertThat(s.get(RunSettings.PARTITIONS)).isEqualTo(3);
  }

  @Test
  void laterValuesOverrideEarlierOnes() {
    Settings s = Settings.of(Map.of("run.partitions", "3")).with(Map.of("run.partitions", "4"));
    assertThat(s.get(RunSettings.PARTITIONS)).isEqualTo(4);
  }

  @Test
  void settingsSurviveJavaSerialisation() throws Exception {
    Settings s = Settings.of(Map.of("run.partitions", "3"));
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    try (var in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(s);
    }
  }

  @Test
  void confFileListsEveryKeyWithItsDefault() throws IOException {
    String conf = Files.readString(Paths.get("..", "conf", "winnow.properties"));
    assertThat(conf)
        .as("regenerate with: scripts/winnow settings > conf/winnow.properties")
        .isEqualTo(SettingsCatalog.asProperties());
  }
}
