package org.winnow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.winnow.classify.CorpusStats;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.model.Page;
import org.winnow.model.ReadItem;
import org.winnow.model.SourceRecord;
import org.winnow.read.RecordReaders;
import org.winnow.read.RecordStream;
import org.winnow.segment.PageParser;
import org.winnow.segment.SegmentSettings;
import org.winnow.settings.Settings;

/**
 * Pages per second of Winnow's parser and classifier beside jsoup, boilerpipe and Readability4J on
 * the same real news pages, held in memory, on a fixed pool of threads after JIT warm-up, measured
 * in alternating passes so that other load on the machine slows all of them alike; also Winnow
 * reading the pages back from a WARC.gz, to compare reading, parsing and classifying with jsoup
 * parsing alone.
 *
 * <pre>
 * java -cp ... org.winnow.bench.ExtractorBench --eval ../shared/eval --threads 2 --out x.json
 * jsoup parse                         930.1 pages/s
 * boilerpipe ArticleExtractor         520.4 pages/s
 * ...
 * </pre>
 */
public final class ExtractorBench {
  private ExtractorBench() {}

  /** Options of a run; {@link #parse} reads them from the command line. */
  record Options(
      Path eval,
      int pages,
      int threads,
      double warmup,
      double measure,
      Path out,
      int warcChunks,
      List<String> only) {
    static Options parse(String[] args) {
      Path eval = Path.of("../shared/eval");
      int pages = 0;
      int threads = 2;
      double warmup = 15;
      double measure = 15;
      Path out = null;
      int chunks = 16;
      List<String> only = List.of();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--help")) {
          throw new IllegalArgumentException(
              "usage: ExtractorBench [--eval DIR] [--pages N] [--threads N] [--warmup SECONDS]"
                  + " [--measure SECONDS] [--warc-chunks N] [--only NAME,...] [--out FILE.json]");
        }
        if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
        String v = args[++i];
        switch (a) {
          case "--eval" -> eval = Path.of(v);
          case "--pages" -> pages = Integer.parseInt(v);
          case "--threads" -> threads = Integer.parseInt(v);
          case "--warmup" -> warmup = Double.parseDouble(v);
          case "--measure" -> measure = Double.parseDouble(v);
          case "--warc-chunks" -> chunks = Integer.parseInt(v);
          case "--out" -> out = Path.of(v);
          case "--only" -> only = List.of(v.split(","));
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      return new Options(eval, pages, threads, warmup, measure, out, chunks, only);
    }

    /**
     * Whether the contender {@code name} runs: all do unless {@code --only} names parts of some.
     */
    boolean runs(String name) {
      return only.isEmpty() || only.stream().anyMatch(name::contains);
    }
  }

  public static void main(String[] args) throws IOException {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ExtractorBench: " + e.getMessage());
      System.exit(2);
      return;
    }
    List<EvalPages.Page> pages = EvalPages.load(o.eval(), o.pages());
    double meanKb = EvalPages.meanBytes(pages) / 1024;
    System.out.printf(
        Locale.ROOT,
        "%d real news pages, mean %.1f KB of HTML, %d threads, warm-up %.0f s, measured %.0f s%n",
        pages.size(),
        meanKb,
        o.threads(),
        o.warmup(),
        o.measure());

    Map<String, Throughput.Result> results = new LinkedHashMap<>();
    Map<String, Double> rates = new LinkedHashMap<>();
    Map<String, Double> cpuMs = new LinkedHashMap<>();
    Map<String, Double> processCpuMs = new LinkedHashMap<>();
    Map<String, Double> errors = new LinkedHashMap<>();
    Settings settings = Settings.defaults();
    int n = pages.size();
    Map<String, Throughput.Job> jobs = new LinkedHashMap<>();
    Map<String, Double> perItem = new LinkedHashMap<>();
    Map<String, AtomicLong[]> counters = new LinkedHashMap<>();
    try (Throughput bench = new Throughput(o.threads(), o.warmup(), o.measure())) {
      add(jobs, perItem, counters, "jsoup parse", n, 1, () -> i -> jsoup(pages.get(i)));
      add(
          jobs,
          perItem,
          counters,
          "boilerpipe ArticleExtractor",
          n,
          1,
          () -> i -> ArticleExtractor.INSTANCE.getText(utf8(pages.get(i))).length());
      add(jobs, perItem, counters, "Readability4J", n, 1, () -> i -> readability(pages.get(i)));
      List<byte[]> warcs = chunks(pages, o.warcChunks());
      long warcBytes = warcs.stream().mapToLong(b -> b.length).sum();
      // the same rows with each of segment.parser's parsers: the DOM walk and the stream
      for (String parserName : List.of("dom", "stream")) {
        Settings s = settings.with(Map.of(SegmentSettings.PARSER.key(), parserName));
        String prefix = parserName.equals("dom") ? "winnow " : "winnow stream ";
        add(
            jobs,
            perItem,
            counters,
            prefix + "parse",
            n,
            1,
            () -> {
              PageParser parser = new PageParser(s);
              return i -> parser.parse(record(pages.get(i))).blocks().size();
            });
        add(
            jobs,
            perItem,
            counters,
            prefix + "parse + classify",
            n,
            1,
            () -> {
              PageParser parser = new PageParser(s);
              ParagraphClassifier classifier = new ParagraphClassifier(s);
              return i ->
                  classifier.classify(parser.parse(record(pages.get(i))), CorpusStats.NONE).size();
            });
        add(
            jobs,
            perItem,
            counters,
            prefix + "read WARC.gz + parse + classify",
            warcs.size(),
            (double) n / warcs.size(),
            () -> {
              RecordReaders readers = new RecordReaders(s);
              PageParser parser = new PageParser(s);
              ParagraphClassifier classifier = new ParagraphClassifier(s);
              return i -> readParseClassify(readers, parser, classifier, i, warcs.get(i));
            });
      }
      System.out.printf(
          Locale.ROOT, "(WARC.gz: %d files, %.1f MB compressed)%n", warcs.size(), warcBytes / 1e6);
      jobs.keySet().removeIf(name -> !o.runs(name));
      results.putAll(bench.measureInterleaved(jobs));
    }
    results.forEach(
        (name, r) -> {
          AtomicLong[] c = counters.get(name);
          double rate = r.perSecond() * perItem.get(name);
          rates.put(name, rate);
          cpuMs.put(name, 1000 * r.cpuPerItem() / perItem.get(name));
          processCpuMs.put(name, 1000 * r.processCpuPerItem() / perItem.get(name));
          errors.put(name, c[1].get() / (double) Math.max(1, c[0].get()));
          System.out.printf(
              Locale.ROOT,
              "%-44s %8.1f pages/s %7.3f CPU ms a page (%.3f with GC)  (%d passes, %.1f s,"
                  + " %.1f%% of pages failed)%n",
              name,
              rate,
              cpuMs.get(name),
              processCpuMs.get(name),
              r.passes(),
              r.seconds(),
              100 * errors.get(name));
        });

    double jsoup = rates.getOrDefault("jsoup parse", Double.NaN);
    double boilerpipe = rates.getOrDefault("boilerpipe ArticleExtractor", Double.NaN);
    double parseClassify = rates.getOrDefault("winnow parse + classify", Double.NaN);
    Map<String, Object> ratios = new LinkedHashMap<>();
    ratios.put(
        "read_parse_classify_time_over_jsoup_parse",
        jsoup / rates.getOrDefault("winnow read WARC.gz + parse + classify", Double.NaN));
    ratios.put(
        "stream_read_parse_classify_time_over_jsoup_parse",
        jsoup / rates.getOrDefault("winnow stream read WARC.gz + parse + classify", Double.NaN));
    ratios.put("parse_classify_time_over_jsoup_parse", jsoup / parseClassify);
    ratios.put("parse_classify_rate_over_boilerpipe", parseClassify / boilerpipe);
    // the same ratios by CPU time per page, which other load on the machine hardly moves
    double jsoupCpu = cpuMs.getOrDefault("jsoup parse", Double.NaN);
    ratios.put(
        "read_parse_classify_cpu_over_jsoup_parse",
        cpuMs.getOrDefault("winnow read WARC.gz + parse + classify", Double.NaN) / jsoupCpu);
    ratios.put(
        "stream_read_parse_classify_cpu_over_jsoup_parse",
        cpuMs.getOrDefault("winnow stream read WARC.gz + parse + classify", Double.NaN) / jsoupCpu);
    ratios.put(
        "parse_classify_cpu_over_jsoup_parse",
        cpuMs.getOrDefault("winnow parse + classify", Double.NaN) / jsoupCpu);
    double jsoupProcessCpu = processCpuMs.getOrDefault("jsoup parse", Double.NaN);
    ratios.put(
        "stream_read_parse_classify_process_cpu_over_jsoup_parse",
        processCpuMs.getOrDefault("winnow stream read WARC.gz + parse + classify", Double.NaN)
            / jsoupProcessCpu);
    ratios.values().removeIf(v -> ((Double) v).isNaN());
    ratios.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-44s %.2f%n", k, (Double) v));

    if (o.out() != null) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("pages", n);
      json.put("mean_html_kb", meanKb);
      json.put("sets", EvalPages.FOLDERS);
      json.put("threads", o.threads());
      json.put("warmup_s", o.warmup());
      json.put("measure_s_each", o.measure());
      json.put("method", "warm-up per extractor, then interleaved passes (one of each per round)");
      json.put("load_average_at_end", loadAverage());
      List<Map<String, Object>> rows = new ArrayList<>();
      results.forEach(
          (name, r) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("pages_per_s", rates.get(name));
            row.put("cpu_ms_per_page", cpuMs.get(name));
            row.put("process_cpu_ms_per_page", processCpuMs.get(name));
            row.put("passes", r.passes());
            row.put("seconds", r.seconds());
            row.put("failed_share", errors.get(name));
            rows.add(row);
          });
      json.put("results", rows);
      json.put("ratios", ratios);
      Files.createDirectories(o.out().toAbsolutePath().getParent());
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(o.out().toFile(), json);
    }
  }

  /** Registers a contender; pages it throws on still cost their time and are counted. */
  private static void add(
      Map<String, Throughput.Job> jobs,
      Map<String, Double> perItem,
      Map<String, AtomicLong[]> counters,
      String name,
      int items,
      double pagesPerItem,
      Supplier<Throughput.Task> task) {
    AtomicLong calls = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    counters.put(name, new AtomicLong[] {calls, failures});
    perItem.put(name, pagesPerItem);
    jobs.put(
        name,
        new Throughput.Job(
            items,
            () -> {
              Throughput.Task t = task.get();
              return i -> {
                calls.incrementAndGet();
                try {
                  return t.run(i);
                } catch (Exception | StackOverflowError e) {
                  failures.incrementAndGet();
                  return 0;
                }
              };
            }));
  }

  /** The machine's 1-minute load: above the thread count, others shared the cores. */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long jsoup(EvalPages.Page p) throws IOException {
    // From bytes with charset sniffing, as a pipeline reading archives has to.
    Document doc = Jsoup.parse(new ByteArrayInputStream(p.html()), null, p.url(0));
    return doc.childNodeSize();
  }

  private static long readability(EvalPages.Page p) {
    String text = new Readability4J(p.url(0), utf8(p)).parse().getTextContent();
    return text == null ? 0 : text.length();
  }

  private static String utf8(EvalPages.Page p) {
    return new String(p.html(), StandardCharsets.UTF_8);
  }

  private static SourceRecord record(EvalPages.Page p) {
    return SourceRecord.html(p.name(), p.url(0), p.html(), null, null);
  }

  private static long readParseClassify(
      RecordReaders readers,
      PageParser parser,
      ParagraphClassifier classifier,
      int chunk,
      byte[] warc)
      throws IOException {
    long sum = 0;
    try (RecordStream items =
        readers.open("mem:/bench-" + chunk + ".warc.gz", new ByteArrayInputStream(warc))) {
      while (items.hasNext()) {
        ReadItem item = items.next();
        if (item instanceof SourceRecord r) {
          Page page = parser.parse(r);
          sum += classifier.classify(page, CorpusStats.NONE).size();
        }
      }
    }
    return sum;
  }

  /** The pages dealt round-robin into {@code k} WARC.gz files, so both threads stay busy. */
  private static List<byte[]> chunks(List<EvalPages.Page> pages, int k) throws IOException {
    List<List<EvalPages.Page>> parts = new ArrayList<>();
    for (int c = 0; c < k; c++) parts.add(new ArrayList<>());
    for (int i = 0; i < pages.size(); i++) parts.get(i % k).add(pages.get(i));
    List<byte[]> out = new ArrayList<>();
    for (List<EvalPages.Page> part : parts) out.add(WarcFiles.toWarcGz(part, 0));
    return out;
  }
}
