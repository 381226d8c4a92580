package org.winnow.jobs.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.jobs.TestSpark;
import org.winnow.jobs.WinnowJob;
import org.winnow.jobs.output.RunReport;
import org.winnow.jobs.output.Schemas;
import org.winnow.settings.Settings;

/**
 * The sample's per-record WARCs and a JSON lines file, read whole and in splits of a few KB: the
 * job must write the same rows either way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitReadingTest {
  private static final Path SAMPLE =
      Paths.get("..", "sample", "corpus").toAbsolutePath().normalize();

  private final SparkSession spark = TestSpark.session();
  private Path whole;
  private Path split;
  private RunReport wholeReport;
  private RunReport splitReport;

  @BeforeAll
  void runTheJobWholeAndSplit(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < 3; i++) {
      String name = "crawl-0000" + i + ".warc.gz";
      Files.copy(SAMPLE.resolve("warc").resolve(name), in.resolve(name));
      Path jsonGz = SAMPLE.resolve("jsonl").resolve("part-0000" + i + ".jsonl.gz");
      try (InputStream gz = new GZIPInputStream(Files.newInputStream(jsonGz))) {
        Files.write(in.resolve("part-0000" + i + ".jsonl"), gz.readAllBytes());
      }
    }
    whole = dir.resolve("whole");
    split = dir.resolve("split");
    wholeReport = run(in, whole, Map.of("run.partitions", "1"));
    splitReport = run(in, split, Map.of("run.partitions", "3", "run.task_bytes", "16k"));
  }

  private RunReport run(Path in, Path out, Map<String, String> settings) throws IOException {
    return WinnowJob.run(
        spark, List.of(in.toString()), out.toString(), Settings.defaults().with(settings), false);
  }

  private List<String> rows(Path out, String dataset) {
    return spark.read().parquet(out.resolve(dataset).toString()).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void readsTheFilesInManySplits() {
    assertThat((Integer) wholeReport.get("input", "read_tasks")).isEqualTo(1);
    assertThat((Integer) splitReport.get("input", "read_tasks")).isGreaterThan(20);
  }

  @Test
  void writesTheSameDocumentsParagraphsAndClustersAsReadingWhole() {
    for (String dataset : List.of(Schemas.DOCUMENTS, Schemas.PARAGRAPHS, Schemas.CLUSTERS)) {
      assertThat(rows(split, dataset)).as(dataset).isEqualTo(rows(whole, dataset)).isNotEmpty();
    }
  }

  @Test
  void writesTheSameRejectsAsReadingWhole() {
    assertThat(rows(split, Schemas.REJECTS)).isEqualTo(rows(whole, Schemas.REJECTS)).isNotEmpty();
  }

  @Test
  void countsTheSameSkippedRecordsAsReadingWhole() {
    assertThat(splitReport.get("read", "skipped_by_reason"))
        .isEqualTo(wholeReport.get("read", "skipped_by_reason"));
  }
}
