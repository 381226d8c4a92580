package org.winnow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.winnow.jobs.serde.WinnowKryoRegistrator;

/** The Spark properties files in {@code conf/} that runs pass to spark-submit. */
class SparkConfFilesTest {

  /**
   * The file's properties; fails on any line that is neither a comment nor {@code spark.key value}.
   */
  private static Map<String, String> properties(String file) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "conf", file));
    Map<String, String> props = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] kv = line.split("\\s+", 2);
      assertThat(kv).as("%s line %d: '%s' is not 'key value'", file, i + 1, line).hasSize(2);
      assertThat(kv[0]).as("%s line %d", file, i + 1).startsWith("spark.");
      assertThat(props.put(kv[0], kv[1])).as("%s: %s set twice", file, kv[0]).isNull();
    }
    return props;
  }

  @ParameterizedTest
  @ValueSource(strings = {"spark-defaults.conf", "spark-cluster.conf"})
  void everyLineIsACommentOrOneSparkProperty(String file) throws IOException {
    assertThat(properties(file)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"spark-defaults.conf", "spark-cluster.conf"})
  void runsShipDataWithWinnowsKryoRegistrator(String file) throws IOException {
    assertThat(properties(file)).containsAllEntriesOf(WinnowKryoRegistrator.SPARK_SETTINGS);
  }
}
