package org.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchResultsTest {

  @Test
  void readsTheCpuSecondsAndMeanLoadOfARun(@TempDir Path dir) throws Exception {
    Path runs = runsFile(dir, "\t3.05\t141.37\t4.52");
    BenchResults.Run run = BenchResults.readRuns(runs).get(0);
    assertThat(run.cpuS()).isEqualTo(141.37);
    assertThat(run.meanLoad()).isEqualTo(4.52);
    assertThat(run.loadAtStart()).isEqualTo("3.05");
  }

  @Test
  void readsThePeakLocalDiskOfARunInMegabytes(@TempDir Path dir) throws Exception {
    BenchResults.Run run =
        BenchResults.readRuns(runsFile(dir, "\t3.05\t141.37\t4.52\t1438160000")).get(0);
    assertThat(run.peakLocalMb()).isEqualTo(1438.16);
    assertThat(run.json()).containsEntry("peak_local_disk_mb", 1438.16);
  }

  @Test
  void readsRunLinesWrittenBeforeCpuSecondsWereMeasured(@TempDir Path dir) throws Exception {
    BenchResults.Run run = BenchResults.readRuns(runsFile(dir, "\t3.05")).get(0);
    assertThat(run.cpuS()).isNaN();
    assertThat(run.meanLoad()).isNaN();
    assertThat(run.peakLocalMb()).isNaN();
  }

  @Test
  void fitsCpuSecondsPerDocumentBesideTheJobTime() {
    List<BenchResults.Run> runs =
        List.of(run(10_000, 30_000, 50, 1.2), run(100_000, 150_000, 410, 6.8));
    Map<String, Object> m = BenchResults.scaling(runs, new ArrayList<>());
    assertThat((double) m.get("fit_seconds_per_1000_docs")).isCloseTo(1.3333, within(1e-3));
    assertThat((double) m.get("cpu_fit_seconds_per_1000_docs")).isCloseTo(4.0, within(1e-9));
    assertThat((double) m.get("cpu_fit_intercept_s")).isCloseTo(10.0, within(1e-9));
  }

  @Test
  void fitsThePeakLocalDiskPerDocumentWhenEveryRunHasOne() {
    List<BenchResults.Run> runs =
        List.of(run(10_000, 30_000, 50, 1.2, 450), run(100_000, 150_000, 410, 6.8, 3600));
    List<String> figures = new ArrayList<>();
    Map<String, Object> m = BenchResults.scaling(runs, figures);
    assertThat((double) m.get("peak_local_disk_fit_mb_per_1000_docs")).isCloseTo(35, within(1e-9));
    assertThat(figures).anyMatch(f -> f.contains("Peak local disk"));
  }

  @Test
  void leavesTheCpuLineOutWhenARunHasNoCpuSeconds() {
    List<BenchResults.Run> runs =
        List.of(run(10_000, 30_000, Double.NaN, Double.NaN), run(100_000, 150_000, 410, 6.8));
    List<String> figures = new ArrayList<>();
    Map<String, Object> m = BenchResults.scaling(runs, figures);
    assertThat(m).doesNotContainKey("cpu_fit_seconds_per_1000_docs");
    assertThat(figures).noneMatch(f -> f.contains("CPU"));
  }

  private static BenchResults.Run run(long docs, long jobMs, double cpuS, double load) {
    return run(docs, jobMs, cpuS, load, Double.NaN);
  }

  private static BenchResults.Run run(
      long docs, long jobMs, double cpuS, double load, double peakLocalMb) {
    return new BenchResults.Run(
        "scale",
        docs,
        "warc",
        2,
        jobMs / 1000.0 + 15,
        900,
        null,
        docs,
        docs * 3400,
        Map.of("total", jobMs),
        Map.of(),
        "scripts/winnow run",
        "1.0",
        cpuS,
        load,
        peakLocalMb);
  }

  private static Path runsFile(Path dir, String tail) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(
        out.resolve("_report.json"),
        """
        {"timings_ms": {"read": 1200, "total": 5000}, "read": {"pages": 40},
         "input": {"bytes": 123456}}
        """);
    Path runs = dir.resolve("runs.tsv");
    Files.writeString(
        runs,
        "scale\t40\twarc\t2\t21000\t1048576\t\t" + out + "\tscripts/winnow run" + tail + "\n");
    return runs;
  }

  @TempDir Path e2eDir;

  /** A job output holding only the report a run of {@code pages} pages would leave. */
  private Path output(String name, long pages, long totalMs, long cpuMs) throws IOException {
    Path out = Files.createDirectories(e2eDir.resolve(name));
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
    Path runs = e2eDir.resolve("runs.tsv");
    Files.writeString(
        runs, runLine(1000, 12000, small) + "\n" + runLine(3000, 22000, large) + "\n");

    BenchResults.main(
        new String[] {"--runs", runs.toString(), "--out", e2eDir.resolve("results").toString()});

    JsonNode e2e =
        new ObjectMapper()
            .readTree(e2eDir.resolve("results").resolve("latest.json").toFile())
            .path("end_to_end");
    // 20 s more CPU for 2000 more pages: 10 ms a page, 200 pages/s on two busy cores
    assertThat(e2e.path("marginal_cpu_ms_per_page").asDouble()).isCloseTo(10, within(1e-9));
    assertThat(e2e.path("marginal_pages_per_s_at_full_cores").asDouble())
        .isCloseTo(200, within(1e-9));
    assertThat(e2e.path("marginal_pages_per_s").asDouble()).isCloseTo(200, within(1e-9));
  }

  @Test
  void endToEndOfThreeSizesLeadsWithTheRateBetweenTheLargerPairAndNamesBothPairs()
      throws IOException {
    Path a = output("a", 1000, 9000, 16000);
    Path b = output("b", 3000, 19000, 36000);
    Path c = output("c", 9000, 43000, 84000);
    Path runs = e2eDir.resolve("runs.tsv");
    Files.writeString(
        runs,
        runLine(1000, 12000, a)
            + "\n"
            + runLine(3000, 22000, b)
            + "\n"
            + runLine(9000, 46000, c)
            + "\n");

    BenchResults.main(
        new String[] {"--runs", runs.toString(), "--out", e2eDir.resolve("results").toString()});

    Path results = e2eDir.resolve("results");
    JsonNode warmed =
        new ObjectMapper()
            .readTree(results.resolve("latest.json").toFile())
            .path("end_to_end")
            .path("warmed");
    // 6000 more pages in 24 s and 48 s more CPU: 250 pages/s, 8 ms a page
    assertThat(warmed.path("pages_small").asLong()).isEqualTo(3000);
    assertThat(warmed.path("marginal_pages_per_s").asDouble()).isCloseTo(250, within(1e-9));
    assertThat(warmed.path("marginal_cpu_ms_per_page").asDouble()).isCloseTo(8, within(1e-9));
    // 8000 more pages in 34 s and 68 s more CPU from first to last
    assertThat(Files.readString(results.resolve("latest.txt")))
        .contains(
            "marginal 250 pages/s between 3000 and 9000 pages (warmed); 235 pages/s between 1000"
                + " and 9000")
        .contains(
            "marginal CPU 8.00 ms per page between 3000 and 9000 (8.50 between 1000 and 9000)");
  }
}
