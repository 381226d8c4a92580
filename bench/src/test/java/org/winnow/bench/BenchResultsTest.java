package org.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResultsTest {
  @TempDir Path dir;

  /** A job output holding only the report a run of {@code pages} pages would leave. */
  private Path output(String name, long pages, long totalMs, long cpuMs) throws IOException {
    Path out = Files.createDirectories(dir.resolve(name));
    Files.writeString(
        out.resolve("_report.json"),
        "{\"read\": {\"pages\": "
            + pages
            + "}, \"input\": {\"bytes\": 1000000}, \"timings_ms\": {\"total\": "
            + totalMs
            + "}, \"driver_cpu_ms\": {\"total\": "
            + cpuMs
            + "}}");
    return out;
  }

  private static String runLine(long pages, long wallMs, Path out) {
    return String.join(
        "\t",
        "e2e",
        "" + pages,
        "warc",
        "2",
        "" + wallMs,
        "1024",
        "",
        out.toString(),
        "cmd",
        "0.5");
  }

  @Test
  void endToEndGivesTheMarginalCpuPerPageBesideTheMarginalRate() throws IOException {
    Path small = output("small", 1000, 9000, 16000);
    Path large = output("large", 3000, 19000, 36000);
    Path runs = dir.resolve("runs.tsv");
    Files.writeString(
        runs, runLine(1000, 12000, small) + "\n" + runLine(3000, 22000, large) + "\n");

    BenchResults.main(
        new String[] {"--runs", runs.toString(), "--out", dir.resolve("results").toString()});

    JsonNode e2e =
        new ObjectMapper()
            .readTree(dir.resolve("results").resolve("latest.json").toFile())
            .path("end_to_end");
    // 20 s more CPU for 2000 more pages: 10 ms a page, 200 pages/s on two busy cores
    assertThat(e2e.path("marginal_cpu_ms_per_page").asDouble()).isCloseTo(10, within(1e-9));
    assertThat(e2e.path("marginal_pages_per_s_at_full_cores").asDouble())
        .isCloseTo(200, within(1e-9));
    assertThat(e2e.path("marginal_pages_per_s").asDouble()).isCloseTo(200, within(1e-9));
  }
}
