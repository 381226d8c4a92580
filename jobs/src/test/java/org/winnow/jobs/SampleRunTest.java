package org.winnow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.jobs.eval.StoryReport;
import org.winnow.jobs.eval.TruthScore;
import org.winnow.jobs.output.RunReport;
import org.winnow.jobs.output.Schemas;
import org.winnow.settings.Settings;

/** The whole job on the bundled sample, scored against the sample's truth. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleRunTest {
  private static final Path SAMPLE = Paths.get("..", "sample").toAbsolutePath().normalize();

  private final SparkSession spark = TestSpark.session();
  private Path out;
  private RunReport report;
  private TruthScore score;

  @BeforeAll
  void runTheJobOnTheSample(@TempDir Path dir) throws IOException {
    out = dir.resolve("out");
    report =
        WinnowJob.run(
            spark,
            List.of(SAMPLE.resolve("corpus").toString()),
            out.toString(),
            Settings.defaults(),
            false);
    score = TruthScore.of(spark, out, SAMPLE.resolve("truth"));
    System.out.println("sample score: " + score.summary());
  }

  @Test
  void everyArticleOfTheSampleBecomesADocument() {
    assertThat(score.matchedDocuments()).isEqualTo(score.truthDocuments()).isEqualTo(360);
    assertThat(spark.read().parquet(out.resolve(Schemas.DOCUMENTS).toString()).count())
        .isEqualTo(360);
  }

  @Test
  void theBrokenRecordsOfTheSampleAreRejectedWithTheirReasons() {
    Map<String, Long> reasons =
        spark.read().parquet(out.resolve(Schemas.REJECTS).toString()).collectAsList().stream()
            .collect(Collectors.groupingBy(r -> r.getString(1), Collectors.counting()));
    assertThat(reasons)
        .containsEntry("bad_json", 1L)
        .containsEntry("empty_file", 1L)
        .containsEntry("truncated_record", 1L);
  }

  @Test
  void nonArticleRecordsAreSkippedAndCounted() {
    @SuppressWarnings("unchecked")
    Map<String, Long> skipped = (Map<String, Long>) report.get("read", "skipped_by_reason");
    assertThat(skipped).containsKey("warc_type:request").containsKey("content_type:image/jpeg");
  }

  @Test
  void contentParagraphsAreFoundAndFurnitureRemoved() {
    assertThat(score.contentF1()).isGreaterThan(0.975);
    assertThat(score.noiseRemovedShare()).isGreaterThan(0.975);
  }

  @Test
  void syndicatedCopiesAreGroupedIntoTheirStories() {
    assertThat(score.clusters().precision()).isGreaterThan(0.975);
    assertThat(score.clusters().recall()).isGreaterThan(0.95);
  }

  @Test
  void everyStoryHasOneCanonicalCopyAmongItsDocuments() {
    List<Row> rows =
        spark
            .read()
            .parquet(out.resolve(Schemas.DOCUMENTS).toString())
            .groupBy("cluster_id")
            .agg(
                org.apache
                    .spark
                    .sql
                    .functions
                    .sum(org.apache.spark.sql.functions.col("is_canonical").cast("int"))
                    .as("canonicals"))
            .collectAsList();
    assertThat(rows).allSatisfy(r -> assertThat(r.getLong(1)).isEqualTo(1L));
    assertThat(spark.read().parquet(out.resolve(Schemas.CLUSTERS).toString()).count())
        .isEqualTo(rows.size());
  }

  @Test
  void theStoryReportCountsEveryDocumentAndStoryOfTheOutput() {
    StoryReport stories = StoryReport.read(spark, out, new CanonicalPolicy(Settings.defaults()), 3);

    long clusters = spark.read().parquet(out.resolve(Schemas.CLUSTERS).toString()).count();
    assertThat(stories.documents()).isEqualTo(360);
    assertThat(stories.stories()).isEqualTo(clusters);
    assertThat(stories.sizes().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(clusters);
    assertThat(stories.largest()).hasSize(3);
    assertThat(stories.largest().get(0).size())
        .isGreaterThanOrEqualTo(stories.largest().get(2).size());
    assertThat(stories.largest()).allSatisfy(s -> assertThat(s.title()).isNotBlank());
    assertThat(stories.credited()).isPositive();
  }

  @Test
  void theReportGivesEveryStageItsCpuTimeBesideItsWallTime() {
    assertThat(report.cpuTimings().keySet()).containsExactlyElementsOf(report.timings().keySet());
    assertThat(report.cpuTimings().get("total")).isPositive();
    assertThat(report.json()).contains("\"driver_cpu_ms\"");
  }

  @Test
  void paragraphTextIsWrittenWithoutADictionaryAndItsLabelsWithOne() throws IOException {
    Map<String, Boolean> dictionaryByColumn = new java.util.TreeMap<>();
    try (var files = java.nio.file.Files.list(out.resolve(Schemas.PARAGRAPHS))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        try (var reader =
            org.apache.parquet.hadoop.ParquetFileReader.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                    new org.apache.hadoop.fs.Path(f.toUri()),
                    new org.apache.hadoop.conf.Configuration()))) {
          for (var block : reader.getFooter().getBlocks()) {
            for (var column : block.getColumns()) {
              dictionaryByColumn.merge(
                  column.getPath().toDotString(), column.hasDictionaryPage(), Boolean::logicalOr);
            }
          }
        }
      }
    }
    assertThat(dictionaryByColumn)
        .containsEntry("text", false)
        .containsEntry("doc_id", false)
        .containsEntry("label", true)
        .containsEntry("kind", true);
  }
}
