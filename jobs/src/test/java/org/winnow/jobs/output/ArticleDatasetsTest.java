package org.winnow.jobs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.classify.Label;
import org.winnow.classify.Verdict;
import org.winnow.dedup.DocMembership;
import org.winnow.jobs.TestSpark;
import org.winnow.jobs.stages.ClassifiedPage;
import org.winnow.jobs.stages.FinalDoc;
import org.winnow.model.Block;
import org.winnow.model.Page;

class ArticleDatasetsTest {
  @TempDir Path dir;

  private static FinalDoc doc(String id, String body) {
    Page p =
        new Page(
            id,
            "file:/in.warc#" + id,
            "https://news.example.com/" + id,
            "example.com",
            "Title " + id,
            Instant.parse("2026-11-26T10:15:30.123456Z"),
            null,
            "en",
            null,
            List.of(Block.line(0, "Home"), Block.line(1, body)));
    List<Verdict> verdicts =
        List.of(
            new Verdict(Label.NOISE, 0.1, "navigation", "menu"),
            new Verdict(Label.CONTENT, 0.9, "body", "prose"));
    return new FinalDoc(
        new ClassifiedPage(p, verdicts), new DocMembership(id, id, id, 1.0, 1.0, new int[] {1}));
  }

  @Test
  void writesDocumentsAndParagraphsInOnePassAndLeavesNoHiddenFiles() throws IOException {
    String staging = dir.resolve("staging").toString();
    var docs =
        TestSpark.context()
            .parallelize(List.of(doc("d1", "Rain ends drought."), doc("d2", "Markets rally.")), 3);

    ArticleDatasets.Written written =
        new ArticleDatasets(TestSpark.session(), staging, Map.of()).write(docs);

    assertThat(List.of(written.documents(), written.paragraphs())).containsExactly(2L, 4L);
    assertThat(written.labelCounts()).isEqualTo(Map.of("content:body", 2L, "noise:navigation", 2L));
    var read = TestSpark.session().read();
    List<Row> documents = read.parquet(staging + "/documents").orderBy("doc_id").collectAsList();
    assertThat(documents)
        .extracting(r -> r.getAs("text"))
        .containsExactly("Rain ends drought.", "Markets rally.");
    assertThat(documents.get(0).<java.sql.Timestamp>getAs("published_at").toInstant())
        .isEqualTo(Instant.parse("2026-11-26T10:15:30.123456Z"));
    List<Row> paragraphs =
        read.parquet(staging + "/paragraphs").orderBy("doc_id", "position").collectAsList();
    assertThat(paragraphs)
        .extracting(r -> r.getAs("label") + " " + r.getAs("shared_with_canonical"))
        .containsExactly("noise null", "content true", "noise null", "content true");
    for (String dataset : List.of("documents", "paragraphs")) {
      try (Stream<Path> files = Files.list(dir.resolve("staging").resolve(dataset))) {
        // the first partition is empty and still writes its file, so that the schema is there
        assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".crc")))
            .containsExactlyInAnyOrder(
                "part-00000.snappy.parquet",
                "part-00001.snappy.parquet",
                "part-00002.snappy.parquet");
      }
    }
  }
}
