package org.winnow.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample in {@code sample/} is exactly what {@code scripts/make-sample} writes. */
class SampleCorpusTest {
  // Surefire runs in the module folder; the sample lives at the project root.
  private static final Path SAMPLE = Path.of("..", "sample").toAbsolutePath().normalize();
  private static final Path SUMMARY = SAMPLE.resolve("truth/summary.json");

  @Test
  void regeneratesTheBundledSampleByteForByte(@TempDir Path fresh) throws IOException {
    assumeTrue(Files.exists(SUMMARY), "no bundled sample at " + SAMPLE);
    CorpusGenerator.write(CorpusGenerator.specOf(SUMMARY), fresh);
    assertThat(Truth.fingerprint(fresh.resolve("corpus")))
        .as("sample/corpus differs from a fresh run: rerun scripts/make-sample and commit")
        .isEqualTo(Truth.fingerprint(SAMPLE.resolve("corpus")));
    assertThat(Truth.fingerprint(fresh.resolve("truth")))
        .as("sample/truth differs from a fresh run: rerun scripts/make-sample and commit")
        .isEqualTo(Truth.fingerprint(SAMPLE.resolve("truth")));
  }

  @Test
  void listsInTheTruthAsManyArticlesAsTheSummaryCounts() throws IOException {
    assumeTrue(Files.exists(SUMMARY), "no bundled sample at " + SAMPLE);
    JsonNode summary = new ObjectMapper().readTree(SUMMARY.toFile());
    assertThat(Truth.lines(SAMPLE.resolve("truth/documents.jsonl")))
        .hasSize(summary.get("articles").asInt());
    assertThat(Truth.lines(SAMPLE.resolve("truth/non_articles.jsonl")))
        .hasSize(summary.get("non_articles").asInt());
  }

  @Test
  void staysUnderFiveMegabytes() throws IOException {
    assumeTrue(Files.exists(SUMMARY), "no bundled sample at " + SAMPLE);
    try (var files = Files.walk(SAMPLE)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      assertThat(bytes).isLessThan(5_000_000L);
    }
  }
}
