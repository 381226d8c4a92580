package org.winnow.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.jobs.output.OutputCommitter;
import org.winnow.jobs.output.RunReport;
import org.winnow.jobs.output.Schemas;
import org.winnow.settings.Settings;

class WinnowJobTest {
  private static final Path SEEDS = Paths.get("..", "..", "shared", "seeds").toAbsolutePath();

  @TempDir Path dir;

  private final SparkSession spark = TestSpark.session();

  private Path write(String rel, String text) throws IOException {
    Path p = dir.resolve("in").resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path smallInput() throws IOException {
    write(
        "a/story.html",
        "<html><head><title>Harbour bridge reopens after repairs</title></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            + "<h1>Harbour bridge reopens after repairs</h1>"
            + "<p>The harbour bridge reopened to traffic on Monday after eight months of repairs"
            + " that cost the city far more than its engineers had expected at the start.</p>"
            + "<p>Officials said the new deck would carry heavier lorries and that the footpath on"
            + " the eastern side would stay closed until the end of the month.</p>"
            + "</article><footer>Copyright 2026 The Harbour Times. All rights reserved.</footer>"
            + "</body></html>");
    write(
        "b/brief.txt",
        "The council approved the budget for the new library on Tuesday evening, after a debate"
            + " that lasted more than four hours and ended with a narrow vote.\n"
            + "Share this article\n");
    return dir.resolve("in");
  }

  private RunReport run(Path input, Path output, Map<String, String> settings) throws IOException {
    return WinnowJob.run(
        spark,
        List.of(input.toString()),
        output.toString(),
        Settings.defaults().with(settings),
        false);
  }

  private Dataset<Row> read(Path output, String dataset) {
    return spark.read().parquet(output.resolve(dataset).toString());
  }

  @Test
  void writesTheFourDatasetsWithTheirDocumentedColumns() throws IOException {
    Path out = dir.resolve("out");
    run(smallInput(), out, Map.of());
    for (Map.Entry<String, org.apache.spark.sql.types.StructType> e : Schemas.all().entrySet()) {
      assertThat(read(out, e.getKey()).schema().fieldNames())
          .as(e.getKey())
          .containsExactly(e.getValue().fieldNames());
    }
    assertThat(read(out, Schemas.DOCUMENTS).count()).isEqualTo(2);
    assertThat(out.resolve("_SUCCESS")).exists();
    assertThat(out.resolve("_report.json")).content().contains("\"documents\" : 2");
    assertThat(out.resolve("_schema.json")).hasContent(Schemas.json().strip());
  }

  @Test
  void writesNoSketchesForLaterRunsWhenTurnedOff() throws IOException {
    Path out = dir.resolve("out");
    run(smallInput(), out, Map.of("run.dedup_sketches", "false"));
    assertThat(out.resolve(Schemas.DEDUP_SKETCHES)).doesNotExist();
    assertThat(out.resolve(Schemas.DEDUP_TEMPLATES)).doesNotExist();
    assertThat(read(out, Schemas.DOCUMENTS).count()).isEqualTo(2);
  }

  @Test
  void documentTextHoldsTheStoryButNotItsFurniture() throws IOException {
    Path out = dir.resolve("out");
    run(smallInput(), out, Map.of());
    String text =
        read(out, Schemas.DOCUMENTS)
            .filter("url like '%story.html'")
            .select("text")
            .first()
            .getString(0);
    assertThat(text).contains("reopened to traffic on Monday").contains("heavier lorries");
    assertThat(text).doesNotContain("Copyright").doesNotContain("Home");
  }

  @Test
  void keepsAnExistingOutputUnlessToldToOverwrite() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path in = smallInput();
    assertThatThrownBy(() -> run(in, out, Map.of()))
        .isInstanceOf(OutputCommitter.OutputExistsException.class);
  }

  @Test
  void sameInputGivesTheSameRowsWhateverThePartitioning() throws IOException {
    Path in = smallInput();
    run(in, dir.resolve("p1"), Map.of("run.partitions", "1"));
    run(in, dir.resolve("p5"), Map.of("run.partitions", "5"));
    for (String dataset : List.of(Schemas.DOCUMENTS, Schemas.PARAGRAPHS, Schemas.CLUSTERS)) {
      assertThat(rows(dir.resolve("p5"), dataset)).isEqualTo(rows(dir.resolve("p1"), dataset));
    }
  }

  private List<String> rows(Path out, String dataset) {
    return read(out, dataset).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void seedArticleKeepsEveryStoryLineAndDropsSpamTitleAndHeadlines() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: " + SEEDS);
    Path out = dir.resolve("out");
    run(SEEDS, out, Map.of());
    List<Row> paragraphs = read(out, Schemas.PARAGRAPHS).orderBy("position").collectAsList();
    Map<String, String> labelByText =
        paragraphs.stream()
            .collect(
                Collectors.toMap(
                    r -> r.getString(r.fieldIndex("text")),
                    r -> r.getString(r.fieldIndex("label")),
                    (a, b) -> a));
    List<String> story =
        Arrays.asList(
            "BEIJING — Russian President Vladimir Putin on Wednesday thanked North Korea's",
            "In a meeting with Kim in Beijing, Putin also praised",
            "North Korea has become one of Russia's main allies",
            "\"On your initiative, as is well known, your special forces",
            "\"This was in full accordance with our new agreement.",
            "\"We will never forget the sacrifices",
            "Putin made the comments in the Chinese capital");
    for (String start : story) {
      assertThat(labelOf(labelByText, start)).as(start).isEqualTo("content");
    }
    assertThat(labelOf(labelByText, "Putin meets Kim, praises North Korean troops in Russia, This"))
        .isEqualTo("noise");
    assertThat(labelByText.get("Putin meets Kim, praises North Korean troops in Russia"))
        .isEqualTo("noise");
    for (Row r : paragraphs) {
      if (r.getString(r.fieldIndex("text")).startsWith("- ")) {
        assertThat(r.getString(r.fieldIndex("label"))).as(r.toString()).isEqualTo("noise");
      }
    }
  }

  @Test
  void aPageOfUnknownOriginShowsNoHost() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: " + SEEDS);
    Path out = dir.resolve("out");
    run(SEEDS, out, Map.of());
    assertThat(read(out, Schemas.DOCUMENTS).select("host").first().isNullAt(0)).isTrue();
    assertThat(read(out, Schemas.CLUSTERS).select("hosts").first().getList(0)).isEmpty();
  }

  private static String labelOf(Map<String, String> labelByText, String start) {
    return labelByText.entrySet().stream()
        .filter(e -> e.getKey().startsWith(start))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starts with: " + start));
  }

  @Test
  void keepsTheCorpusOnDiskUnlessToldToUseMemory() {
    assertThat(WinnowJob.storageLevel(Settings.defaults()))
        .isEqualTo(org.apache.spark.storage.StorageLevel.DISK_ONLY());
    assertThat(WinnowJob.storageLevel(Settings.of(Map.of("run.cache", "memory"))))
        .isEqualTo(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER());
  }
}
