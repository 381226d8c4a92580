package org.winnow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns the raw measurements of {@code scripts/bench} (one line per job run, the extractor table,
 * the dedup baseline) into {@code bench-results/latest.json}, the figure {@code latest.png} and the
 * lines quoted in the README: per-stage times, pages/s per core, MB/s, peak memory, the marginal
 * rate between sizes against boilerpipe, start-up, and how straight time grows with input.
 *
 * <p>A run line is tab-separated: {@code kind articles format cores wall_ms max_rss_kb gc_log
 * output_dir command load [cpu_s mean_load [peak_local_bytes]]}: the load average at the start, the
 * CPU seconds of the job's processes, the mean load while it ran and the most Spark's local
 * directory held (shuffles, spills, cached blocks; older lines lack the last ones); the job's
 * {@code output_dir/_report.json} gives stage timings and counts.
 */
public final class BenchResults {
  private BenchResults() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One job run as measured from outside and reported from inside. */
  record Run(
      String kind,
      long articles,
      String format,
      int cores,
      double wallS,
      double maxRssMb,
      GcLog.Peak heap,
      long pages,
      long inputBytes,
      Map<String, Long> stagesMs,
      Map<String, Long> cpuMs,
      String command,
      String loadAtStart,
      double cpuS,
      double meanLoad,
      double peakLocalMb) {

    double totalS() {
      return stagesMs.getOrDefault("total", 0L) / 1000.0;
    }

    double startupS() {
      return wallS - totalS();
    }

    /**
     * CPU seconds of the job's driver JVM from session to commit, from its own report (local mode:
     * every task's); 0 when the report has none.
     */
    double driverCpuS() {
      return cpuMs.getOrDefault("total", 0L) / 1000.0;
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", kind);
      m.put("articles", articles);
      m.put("format", format);
      m.put("pages", pages);
      m.put("input_mb", inputBytes / 1e6);
      m.put("wall_s", wallS);
      m.put("job_s", totalS());
      m.put("startup_and_shutdown_s", startupS());
      m.put("pages_per_s", pages / totalS());
      m.put("pages_per_s_per_core", pages / totalS() / cores);
      m.put("mb_per_s", inputBytes / 1e6 / totalS());
      m.put("max_rss_mb", maxRssMb);
      m.put("peak_heap_used_mb", heap == null ? null : heap.usedMb());
      m.put("peak_heap_live_after_gc_mb", heap == null ? null : heap.liveMb());
      m.put("peak_heap_committed_mb", heap == null ? null : heap.committedMb());
      m.put("stages_ms", stagesMs);
      if (!cpuMs.isEmpty()) {
        m.put("driver_cpu_s", driverCpuS());
        m.put("driver_cpu_ms", cpuMs);
      }
      m.put("command", command);
      m.put("load_average_at_start", loadAtStart);
      m.put("cpu_s", Double.isNaN(cpuS) ? null : cpuS);
      m.put("mean_load_during_run", Double.isNaN(meanLoad) ? null : meanLoad);
      m.put("peak_local_disk_mb", Double.isNaN(peakLocalMb) ? null : peakLocalMb);
      return m;
    }
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i], args[i + 1]);
    if (!opt.containsKey("--runs") || !opt.containsKey("--out")) {
      System.err.println(
          "usage: BenchResults --runs runs.tsv --out DIR [--extractors x.json] [--dedup dedup.txt]");
      System.exit(2);
    }
    List<Run> runs = readRuns(Path.of(opt.get("--runs")));
    JsonNode extractors = readJson(opt.get("--extractors"));
    List<String> dedup =
        opt.containsKey("--dedup") && Files.isRegularFile(Path.of(opt.get("--dedup")))
            ? Files.readAllLines(Path.of(opt.get("--dedup")))
            : null;
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> figures = new ArrayList<>();

    if (extractors != null) {
      out.put("extractors", extractors);
      figures.add(
          String.format(
              Locale.ROOT,
              "Extractors on %d real news pages (mean %.0f KB of HTML), %d threads, warmed up, in memory:",
              extractors.path("pages").asInt(),
              extractors.path("mean_html_kb").asDouble(),
              extractors.path("threads").asInt()));
      for (JsonNode r : extractors.path("results")) {
        figures.add(
            String.format(
                Locale.ROOT,
                "  %-42s %7.0f pages/s",
                r.path("name").asText(),
                r.path("pages_per_s").asDouble()));
      }
      // the target is about the default parser (segment.parser=stream); the DOM parser's ratio is
      // printed beside it
      JsonNode ratios = extractors.path("ratios");
      JsonNode stream = ratios.path("stream_read_parse_classify_time_over_jsoup_parse");
      double dom = ratios.path("read_parse_classify_time_over_jsoup_parse").asDouble();
      figures.add(
          stream.isMissingNode()
              ? String.format(
                  Locale.ROOT,
                  "  reading + parsing + classifying take %.2fx the time of jsoup parsing alone (target <= 1.5)",
                  dom)
              : String.format(
                  Locale.ROOT,
                  "  reading + parsing + classifying take %.2fx the time of jsoup parsing alone (target <= 1.5;"
                      + " %.2fx with the DOM parser)",
                  stream.asDouble(),
                  dom));
    }

    List<Run> e2e = runs.stream().filter(r -> r.kind().equals("e2e")).toList();
    List<Run> scale = runs.stream().filter(r -> r.kind().equals("scale")).toList();
    List<Run> memory = runs.stream().filter(r -> r.kind().equals("memory")).toList();
    out.put("runs", runs.stream().map(Run::json).toList());

    if (e2e.size() >= 2) {
      Run small = e2e.get(0);
      Run large = e2e.get(e2e.size() - 1);
      double marginal = (large.pages() - small.pages()) / (large.wallS() - small.wallS());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pages_small", small.pages());
      m.put("pages_large", large.pages());
      m.put("marginal_pages_per_s", marginal);
      m.put("startup_intercept_s", small.wallS() - small.pages() / marginal);
      m.put("startup_and_shutdown_s", small.startupS());
      double boilerpipe = rate(extractors, "boilerpipe ArticleExtractor");
      if (boilerpipe > 0) m.put("marginal_over_boilerpipe", marginal / boilerpipe);
      // CPU per extra page hardly moves when other work shares the machine, where wall time does:
      // the rate that CPU would give with every core busy is the figure to compare runs by there
      double cpuPerPage = cpuPerPage(small, large);
      if (cpuPerPage > 0) {
        m.put("marginal_cpu_ms_per_page", cpuPerPage * 1000);
        m.put("marginal_pages_per_s_at_full_cores", small.cores() / cpuPerPage);
      }
      // With three sizes or more, the larger pair's rate is the warmed one: a run of the middle
      // size still pays for much of the JIT's compiling, which the first size cannot take out of
      // the span from first to last. The summary names both pairs.
      Run warmSmall = e2e.size() >= 3 ? e2e.get(e2e.size() - 2) : small;
      double warmed = (large.pages() - warmSmall.pages()) / (large.wallS() - warmSmall.wallS());
      double warmedCpu = cpuPerPage(warmSmall, large);
      if (e2e.size() >= 3) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("pages_small", warmSmall.pages());
        w.put("pages_large", large.pages());
        w.put("marginal_pages_per_s", warmed);
        if (boilerpipe > 0) w.put("marginal_over_boilerpipe", warmed / boilerpipe);
        if (warmedCpu > 0) w.put("marginal_cpu_ms_per_page", warmedCpu * 1000);
        m.put("warmed", w);
      }
      out.put("end_to_end", m);
      String span =
          e2e.size() >= 3
              ? String.format(
                  Locale.ROOT,
                  " (warmed); %.0f pages/s between %d and %d%s",
                  marginal,
                  small.pages(),
                  large.pages(),
                  boilerpipe > 0
                      ? String.format(Locale.ROOT, " = %.2fx", marginal / boilerpipe)
                      : "")
              : "";
      figures.add(
          String.format(
              Locale.ROOT,
              "End to end (%s in, four datasets out, local[%d]): marginal %.0f pages/s between %d and %d"
                  + " pages%s%s; start-up %.1f s (wall minus job time), %.1f s (intercept)",
              small.format(),
              small.cores(),
              warmed,
              warmSmall.pages(),
              large.pages(),
              boilerpipe > 0
                  ? String.format(
                      Locale.ROOT, " = %.2fx boilerpipe alone (target >= 0.7)", warmed / boilerpipe)
                  : "",
              span,
              small.startupS(),
              small.wallS() - small.pages() / marginal));
      if (warmedCpu > 0) {
        figures.add(
            String.format(
                Locale.ROOT,
                "  marginal CPU %.2f ms per page between %d and %d%s: %.0f pages/s if all %d cores were"
                    + " busy%s",
                warmedCpu * 1000,
                warmSmall.pages(),
                large.pages(),
                e2e.size() >= 3 && cpuPerPage > 0
                    ? String.format(
                        Locale.ROOT,
                        " (%.2f between %d and %d)",
                        cpuPerPage * 1000,
                        small.pages(),
                        large.pages())
                    : "",
                small.cores() / warmedCpu,
                small.cores(),
                boilerpipe > 0
                    ? String.format(
                        Locale.ROOT, " = %.2fx boilerpipe", small.cores() / warmedCpu / boilerpipe)
                    : ""));
      }
      // With three sizes or more, the rate between each pair in turn shows how much of the first
      // pair's rate is the JIT still compiling: warm-up is start-up, which a large input amortises.
      if (e2e.size() >= 3) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (int i = 1; i < e2e.size(); i++) {
          Run a = e2e.get(i - 1);
          Run b = e2e.get(i);
          double rate = (b.pages() - a.pages()) / (b.wallS() - a.wallS());
          Map<String, Object> pair = new LinkedHashMap<>();
          pair.put("pages_small", a.pages());
          pair.put("pages_large", b.pages());
          pair.put("marginal_pages_per_s", rate);
          if (boilerpipe > 0) pair.put("marginal_over_boilerpipe", rate / boilerpipe);
          pairs.add(pair);
          figures.add(
              String.format(
                  Locale.ROOT,
                  "  marginal %.0f pages/s between %d and %d pages%s",
                  rate,
                  a.pages(),
                  b.pages(),
                  boilerpipe > 0
                      ? String.format(Locale.ROOT, " = %.2fx boilerpipe", rate / boilerpipe)
                      : ""));
        }
        m.put("marginal_by_pair", pairs);
      }
      for (Run r : e2e) figures.add("  " + line(r));
    }
    if (scale.size() >= 2) {
      out.put("scaling", scaling(scale, figures));
      for (Run r : scale) figures.add("  " + line(r));
      Charts.write(
          scale,
          fit(scale, Run::totalS),
          cpuOfAll(scale) ? fit(scale, Run::cpuS) : null,
          Path.of(opt.get("--out"), "latest.png"));
    }
    if (!memory.isEmpty()) {
      figures.add("Memory (driver 4g, local mode: executors run in the driver JVM):");
      for (Run r : memory) figures.add("  " + line(r));
    }
    if (dedup != null) {
      out.put("dedup_baseline", dedup);
      figures.add("Dedup: Winnow's stage against MLlib MinHashLSH (DedupBenchmark):");
      dedup.forEach(l -> figures.add("  " + l));
    }

    Path dir = Path.of(opt.get("--out"));
    Files.createDirectories(dir);
    JSON.copy()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("latest.json").toFile(), out);
    Files.writeString(dir.resolve("latest.txt"), String.join("\n", figures) + "\n");
    figures.forEach(System.out::println);
  }

  /**
   * How time grows with documents over the scaling runs: lines fitted to the job's wall time and,
   * when every run has them, to its CPU seconds, which other work on the machine hardly changes;
   * adds the figure's lines to {@code figures}.
   */
  static Map<String, Object> scaling(List<Run> scale, List<String> figures) {
    Linear fit = fit(scale, Run::totalS);
    Run first = scale.get(0);
    Run last = scale.get(scale.size() - 1);
    double perDocFirst = first.totalS() / first.articles();
    double perDocLast = last.totalS() / last.articles();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fit_seconds_per_1000_docs", fit.slope() * 1000);
    m.put("fit_intercept_s", fit.intercept());
    m.put("fit_r2", fit.r2());
    m.put("per_doc_ms_smallest", perDocFirst * 1000);
    m.put("per_doc_ms_largest", perDocLast * 1000);
    m.put("per_doc_growth", perDocLast / perDocFirst);
    figures.add(
        String.format(
            Locale.ROOT,
            "Scaling (%s, dedup included): job time = %.1f s + %.2f s per 1000 docs, R^2 %.4f;"
                + " per-document time %.2f ms at %d docs, %.2f ms at %d docs",
            first.format(),
            fit.intercept(),
            fit.slope() * 1000,
            fit.r2(),
            perDocFirst * 1000,
            first.articles(),
            perDocLast * 1000,
            last.articles()));
    if (cpuOfAll(scale)) {
      Linear cpu = fit(scale, Run::cpuS);
      double cpuPerDocFirst = first.cpuS() / first.articles();
      double cpuPerDocLast = last.cpuS() / last.articles();
      m.put("cpu_fit_seconds_per_1000_docs", cpu.slope() * 1000);
      m.put("cpu_fit_intercept_s", cpu.intercept());
      m.put("cpu_fit_r2", cpu.r2());
      m.put("cpu_per_doc_ms_smallest", cpuPerDocFirst * 1000);
      m.put("cpu_per_doc_ms_largest", cpuPerDocLast * 1000);
      figures.add(
          String.format(
              Locale.ROOT,
              "  CPU (all the job's processes; load-proof): %.1f s + %.2f s per 1000 docs, R^2 %.4f;"
                  + " %.2f ms per document at %d docs, %.2f ms at %d docs",
              cpu.intercept(),
              cpu.slope() * 1000,
              cpu.r2(),
              cpuPerDocFirst * 1000,
              first.articles(),
              cpuPerDocLast * 1000,
              last.articles()));
    }
    if (scale.stream().noneMatch(r -> Double.isNaN(r.peakLocalMb()))) {
      Linear disk = fit(scale, Run::peakLocalMb);
      m.put("peak_local_disk_fit_mb_per_1000_docs", disk.slope() * 1000);
      m.put("peak_local_disk_fit_intercept_mb", disk.intercept());
      m.put("peak_local_disk_fit_r2", disk.r2());
      figures.add(
          String.format(
              Locale.ROOT,
              "  Peak local disk (Spark's local dir: shuffles, spills, cached blocks): %.0f MB + %.1f"
                  + " MB per 1000 docs, R^2 %.4f; %.0f MB at %d docs, %.0f MB at %d docs",
              disk.intercept(),
              disk.slope() * 1000,
              disk.r2(),
              first.peakLocalMb(),
              first.articles(),
              last.peakLocalMb(),
              last.articles()));
    }
    return m;
  }

  private static boolean cpuOfAll(List<Run> runs) {
    return runs.stream().noneMatch(r -> Double.isNaN(r.cpuS()));
  }

  private static Linear fit(List<Run> runs, ToDoubleFunction<Run> seconds) {
    return Linear.fit(
        runs.stream().mapToDouble(Run::articles).toArray(),
        runs.stream().mapToDouble(seconds).toArray());
  }

  private static String line(Run r) {
    return String.format(
        Locale.ROOT,
        "%,9d pages read %7.1f MB %-6s wall %7.1f s, job %7.1f s (%s), driver CPU %s s,"
            + " %6.1f pages/s/core, %5.2f MB/s,"
            + " max RSS %5.0f MB, heap peak %s MB used / %s MB live after GC, load %s%s%s",
        r.pages(),
        r.inputBytes() / 1e6,
        r.format(),
        r.wallS(),
        r.totalS(),
        stages(r.stagesMs()),
        r.driverCpuS() > 0 ? String.format(Locale.ROOT, "%.1f", r.driverCpuS()) : "?",
        r.pages() / r.totalS() / r.cores(),
        r.inputBytes() / 1e6 / r.totalS(),
        r.maxRssMb(),
        r.heap() == null ? "?" : Long.toString(r.heap().usedMb()),
        r.heap() == null ? "?" : Long.toString(r.heap().liveMb()),
        r.loadAtStart(),
        Double.isNaN(r.cpuS())
            ? ""
            : String.format(
                Locale.ROOT, " (mean %.1f while running), CPU %.1f s", r.meanLoad(), r.cpuS()),
        Double.isNaN(r.peakLocalMb())
            ? ""
            : String.format(Locale.ROOT, ", peak local disk %.0f MB", r.peakLocalMb()));
  }

  private static String stages(Map<String, Long> ms) {
    StringBuilder sb = new StringBuilder();
    ms.forEach(
        (k, v) -> {
          if (!k.equals("total")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(k).append(String.format(Locale.ROOT, " %.1f", v / 1000.0));
          }
        });
    return sb.toString();
  }

  /** The driver's CPU seconds per extra page from {@code a} to {@code b}; 0 without both. */
  private static double cpuPerPage(Run a, Run b) {
    return a.driverCpuS() > 0 && b.driverCpuS() > 0
        ? (b.driverCpuS() - a.driverCpuS()) / (b.pages() - a.pages())
        : 0;
  }

  private static double rate(JsonNode extractors, String name) {
    if (extractors == null) return 0;
    for (JsonNode r : extractors.path("results")) {
      if (r.path("name").asText().equals(name)) return r.path("pages_per_s").asDouble();
    }
    return 0;
  }

  private static JsonNode readJson(String path) throws IOException {
    if (path == null || !Files.isRegularFile(Path.of(path))) return null;
    return JSON.readTree(Path.of(path).toFile());
  }

  static List<Run> readRuns(Path tsv) throws IOException {
    List<Run> runs = new ArrayList<>();
    if (!Files.isRegularFile(tsv)) return runs;
    for (String line : Files.readAllLines(tsv)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 9) throw new IOException("bad run line (needs 9 fields): " + line);
      Path report = Path.of(f[7], "_report.json");
      if (!Files.isRegularFile(report)) {
        System.err.println("BenchResults: no report at " + report + ", run skipped (did it fail?)");
        continue;
      }
      JsonNode rep = JSON.readTree(report.toFile());
      Map<String, Long> stages = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it =
              rep.path("timings_ms").properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        stages.put(e.getKey(), e.getValue().asLong());
      }
      Map<String, Long> cpu = new LinkedHashMap<>();
      rep.path("driver_cpu_ms")
          .properties()
          .forEach(e -> cpu.put(e.getKey(), e.getValue().asLong()));
      Path gc = f[6].isEmpty() ? null : Path.of(f[6]);
      runs.add(
          new Run(
              f[0],
              Long.parseLong(f[1]),
              f[2],
              Integer.parseInt(f[3]),
              Long.parseLong(f[4]) / 1000.0,
              Long.parseLong(f[5]) / 1024.0,
              gc != null && Files.isRegularFile(gc) ? GcLog.peak(gc) : null,
              rep.path("read").path("pages").asLong(),
              rep.path("input").path("bytes").asLong(),
              stages,
              cpu,
              f[8],
              f.length > 9 ? f[9] : "",
              optionalNumber(f, 10),
              optionalNumber(f, 11),
              optionalNumber(f, 12) / 1e6));
    }
    return runs;
  }

  private static double optionalNumber(String[] fields, int i) {
    return fields.length > i && !fields[i].isBlank() ? Double.parseDouble(fields[i]) : Double.NaN;
  }
}
