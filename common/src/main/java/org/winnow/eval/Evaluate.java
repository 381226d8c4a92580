package org.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.winnow.classify.CorpusStats;
import org.winnow.classify.CorpusStatsBuilder;
import org.winnow.classify.Label;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.classify.Verdict;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.segment.PageParser;
import org.winnow.segment.UnparseableRecordException;
import org.winnow.settings.Settings;

/**
 * Scores the extractor (parser + classifier) on the evaluation sets in {@code ../shared/eval} and
 * prints a table beside the anchors' published numbers.
 *
 * <pre>{@code
 * java -cp ... org.winnow.eval.Evaluate --data ../shared/eval --seeds ../shared/seeds \
 *     --floors traf.snippet_f1.all=0.85,l3s.shingle_f1.all=0.9
 *   -> the table; exit status 3 when a score is below its floor
 * }</pre>
 *
 * <p>Options: {@code --limit N} (first N pages of each set), {@code --floors k=v,...}, {@code
 * --samples N} (noise paragraphs of articlecomparisons to print), {@code --misses N} (snippet and
 * block errors of the train split to print), {@code --worst N} (the N train pages of each set with
 * the lowest page score, with their precision and recall), {@code --no-corpus} (no cross-page
 * signals), {@code --no-speed}, {@code --only traf,l3s,scrapes,seed,ac} (those sets alone), {@code
 * --scrape-misses N} (per kind of error on the train bodies' text scrapes, N lines with their
 * reasons).
 */
public final class Evaluate {
  private final Path data;
  private final Path seeds;
  private final int limit;
  private final Map<String, Double> floors;
  private final int samples;
  private final int misses;
  private final int worst;
  private final int scrapeMisses;
  private final List<String> only;
  private final boolean corpus;
  private final boolean speed;
  private final PageParser parser;
  private final ParagraphClassifier classifier;
  private final Map<String, Double> results = new LinkedHashMap<>();
  private final List<String[]> table = new ArrayList<>();
  private final List<SourceRecord> speedRecords = new ArrayList<>();

  private Evaluate(Map<String, String> opts, Settings settings) {
    this.data = Path.of(opts.getOrDefault("data", "../shared/eval"));
    this.seeds = Path.of(opts.getOrDefault("seeds", "../shared/seeds"));
    this.limit = Integer.parseInt(opts.getOrDefault("limit", "0"));
    this.floors = parseFloors(opts.getOrDefault("floors", ""));
    this.samples = Integer.parseInt(opts.getOrDefault("samples", "12"));
    this.misses = Integer.parseInt(opts.getOrDefault("misses", "0"));
    this.worst = Integer.parseInt(opts.getOrDefault("worst", "0"));
    this.scrapeMisses = Integer.parseInt(opts.getOrDefault("scrape-misses", "0"));
    this.only = opts.containsKey("only") ? List.of(opts.get("only").split(",")) : null;
    this.corpus = !opts.containsKey("no-corpus");
    this.speed = !opts.containsKey("no-speed");
    this.parser = new PageParser(settings);
    this.classifier = new ParagraphClassifier(settings);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) throw new IllegalArgumentException("unexpected argument " + a);
      String key = a.substring(2);
      boolean flag = key.startsWith("no-");
      opts.put(key, flag ? "true" : args[++i]);
    }
    Settings settings = Settings.defaults();
    if (opts.containsKey("model")) {
      settings = settings.with(Map.of("classify.model_path", opts.get("model")));
    }
    if (opts.containsKey("set")) {
      // --set segment.parser=stream,k=v: the same evaluation under other settings
      Map<String, String> set = new LinkedHashMap<>();
      for (String kv : opts.get("set").split(",")) {
        int eq = kv.indexOf('=');
        if (eq < 0) throw new IllegalArgumentException("--set wants key=value: " + kv);
        set.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
      }
      settings = settings.with(set);
    }
    Evaluate e = new Evaluate(opts, settings);
    int status = e.run();
    System.exit(status);
  }

  /** Whether the set named {@code name} is evaluated: all are unless {@code --only} names some. */
  private boolean wanted(String name) {
    return only == null || only.contains(name);
  }

  private int run() throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    if (wanted("traf") && Files.isDirectory(data.resolve("trafilatura-eval"))) trafilatura();
    if (wanted("l3s") && Files.isDirectory(data.resolve("l3s-gn1"))) l3s();
    if (wanted("scrapes") && Files.isDirectory(data.resolve("l3s-gn1"))) bodyScrapes();
    if (wanted("seed") && Files.isDirectory(seeds)) seed();
    if (wanted("ac") && Files.isDirectory(data.resolve("articlecomparisons"))) {
      articleComparisons();
    }
    if (speed && !speedRecords.isEmpty()) speed();
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%-18s %-6s %-22s %8s   %s%n",
        "dataset",
        "split",
        "metric",
        "winnow",
        "anchors (published, same pages and metric)");
    for (String[] row : table) {
      System.out.printf(Locale.ROOT, "%-18s %-6s %-22s %8s   %s%n", (Object[]) row);
    }
    System.out.printf(Locale.ROOT, "%nevaluated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    int status = 0;
    for (Map.Entry<String, Double> f : floors.entrySet()) {
      Double v = results.get(f.getKey());
      if (v == null) {
        System.out.println("FLOOR " + f.getKey() + ": no such result");
        status = 3;
      } else if (v < f.getValue()) {
        System.out.printf(Locale.ROOT, "FLOOR %s: %.4f < %.4f%n", f.getKey(), v, f.getValue());
        status = 3;
      }
    }
    if (!floors.isEmpty() && status == 0) System.out.println("all floors met");
    return status;
  }

  // ---- trafilatura-eval: snippet test --------------------------------------------------------

  private void trafilatura() throws IOException {
    Path dir = data.resolve("trafilatura-eval");
    JsonNode root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    List<Page> pages = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator();
    while (it.hasNext() && (limit == 0 || pages.size() < limit)) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getValue().get("file").asText();
      Path p = dir.resolve("cache").resolve(file);
      if (!Files.exists(p)) p = dir.resolve("eval").resolve(file);
      if (!Files.exists(p)) continue;
      SourceRecord r =
          SourceRecord.html(p.toUri().toString(), e.getKey(), Files.readAllBytes(p), null, null);
      speedRecords.add(r);
      pages.add(parseOrNull(r));
      items.add(e.getValue());
      names.add(file);
    }
    List<List<Verdict>> verdicts = classifyAll(pages);
    SnippetScore[] noTitle = {new SnippetScore(), new SnippetScore(), new SnippetScore()};
    SnippetScore[] withTitle = {new SnippetScore(), new SnippetScore(), new SnippetScore()};
    List<PageLine> pageLines = new ArrayList<>();
    List<String> emptied = new ArrayList<>();
    int shown = 0;
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      JsonNode item = items.get(i);
      List<String> with = strings(item.get("with"));
      List<String> without = strings(item.get("without"));
      String text = page == null ? null : contentText(page, verdicts.get(i), false);
      String titled = page == null ? null : contentText(page, verdicts.get(i), true);
      int split = Split.isTrain(names.get(i)) ? 1 : 2;
      if ((text == null || text.isBlank()) && !with.isEmpty()) emptied.add(names.get(i));
      for (int s : new int[] {0, split}) {
        noTitle[s].add(text, with, without);
        withTitle[s].add(titled, with, without);
      }
      if (split == 1 && shown < misses && page != null) {
        shown += showSnippetMisses(names.get(i), page, verdicts.get(i), text, with, without);
      }
      if (split == 1 && worst > 0) {
        SnippetScore one = new SnippetScore();
        one.add(text, with, without);
        pageLines.add(new PageLine(names.get(i), one.precision(), one.recall(), one.counts()));
      }
    }
    printWorst("TRAF-WORST", pageLines);
    String anchors =
        "trafilatura .924, Readability4J .884, jusText .862, boilerpipe .845, Resiliparse .811";
    String[] splits = {"all", "train", "test"};
    for (int s = 0; s < 3; s++) {
      String key = "traf.snippet_f1." + splits[s];
      results.put(key, noTitle[s].f1());
      results.put("traf.snippet_f1_title." + splits[s], withTitle[s].f1());
      table.add(
          row("trafilatura-eval", splits[s], "snippet F1", noTitle[s].f1(), s == 0 ? anchors : ""));
      table.add(
          row(
              "",
              splits[s],
              "snippet P / R",
              noTitle[s].precision(),
              String.format(Locale.ROOT, "R %.3f  %s", noTitle[s].recall(), noTitle[s].counts())));
      table.add(
          row(
              "",
              splits[s],
              "snippet F1 with title",
              withTitle[s].f1(),
              String.format(
                  Locale.ROOT, "P %.3f R %.3f", withTitle[s].precision(), withTitle[s].recall())));
    }
    table.add(emptyRow(emptied, pages.size()));
  }

  /**
   * The pages whose output is empty although their gold holds article text: a page with an article
   * must never come out empty, so this row names them.
   */
  private static String[] emptyRow(List<String> emptied, int pages) {
    String names = String.join(" ", emptied.subList(0, Math.min(5, emptied.size())));
    return new String[] {
      "",
      "all",
      "empty with gold text",
      Integer.toString(emptied.size()),
      "pages of " + pages + (emptied.isEmpty() ? "" : ": " + names)
    };
  }

  private int showSnippetMisses(
      String name,
      Page page,
      List<Verdict> v,
      String text,
      List<String> with,
      List<String> without) {
    String out = SnippetScore.normalize(text == null ? "" : text);
    int shown = 0;
    for (String s : with) {
      if (!out.contains(SnippetScore.normalize(s))) {
        System.out.println("MISS-WITH  " + name + " '" + clip(s) + "' -> " + explain(page, v, s));
        shown++;
      }
    }
    for (String s : without) {
      if (out.contains(SnippetScore.normalize(s))) {
        System.out.println(
            "FOUND-WITHOUT " + name + " '" + clip(s) + "' -> " + explain(page, v, s));
        shown++;
      }
    }
    return shown;
  }

  private static String explain(Page page, List<Verdict> v, String snippet) {
    String n = SnippetScore.normalize(snippet);
    for (Block b : page.blocks()) {
      if (SnippetScore.normalize(b.text()).contains(n)) {
        Verdict x = v.get(b.position());
        return x.label().value()
            + " "
            + x.kind()
            + " ("
            + x.reason()
            + ") in "
            + (b.has(Block.IN_CONTAINER) ? "the main container, " : "")
            + b.tag()
            + " ["
            + clip(b.classIdTokens())
            + "]";
      }
    }
    return "not in any block";
  }

  // ---- l3s-gn1: shingle F1 and block labels ---------------------------------------------------

  private void l3s() throws IOException {
    Path dir = data.resolve("l3s-gn1");
    List<Path> files = L3sGold.originals(dir);
    if (limit > 0 && files.size() > limit) files = files.subList(0, limit);
    List<Page> pages = L3sGold.parseOriginals(parser, dir, files);
    List<List<Verdict>> verdicts = classifyAll(pages);
    ShingleScore[] shingle = {new ShingleScore(), new ShingleScore(), new ShingleScore()};
    long[][] blocks = new long[3][4]; // tp fp fn tn, by split
    long[][] confusion = new long[7][2]; // gold class+1 x predicted (0 noise, 1 content)
    List<PageLine> pageLines = new ArrayList<>();
    List<String> emptied = new ArrayList<>();
    int shown = 0;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      String name = f.getFileName().toString();
      L3sGold gold = L3sGold.read(dir.resolve("annotated").resolve(name));
      Page page = pages.get(i);
      String predicted = page == null ? "" : contentText(page, verdicts.get(i), true);
      int split = Split.isTrain(name) ? 1 : 2;
      if (predicted.isBlank() && !gold.goldText().isBlank()) emptied.add(name);
      ShingleScore.Page one = null;
      for (int s : new int[] {0, split}) one = shingle[s].add(predicted, gold.goldText());
      if (split == 1 && worst > 0) {
        pageLines.add(
            new PageLine(
                name,
                one.precision(),
                one.recall(),
                predicted.length() + " chars kept, gold " + gold.goldText().length()));
      }
      if (page == null) continue;
      for (Block b : page.blocks()) {
        int cls = gold.classOf(b);
        boolean truth = L3sGold.isContent(cls);
        Verdict v = verdicts.get(i).get(b.position());
        boolean pred = v.label() == Label.CONTENT;
        int cell = truth ? (pred ? 0 : 2) : (pred ? 1 : 3);
        blocks[0][cell]++;
        blocks[split][cell]++;
        confusion[cls + 1][pred ? 1 : 0]++;
        if (split == 1 && shown < misses && truth != pred && b.text().length() > 40) {
          System.out.println(
              (truth ? "L3S-DROPPED " : "L3S-KEPT    ")
                  + name.substring(0, 8)
                  + " gold="
                  + cls
                  + " "
                  + v.kind()
                  + " ("
                  + v.reason()
                  + ") "
                  + (b.has(Block.IN_CONTAINER) ? "in the main container, " : "")
                  + b.tag()
                  + " ["
                  + clip(b.classIdTokens())
                  + "] '"
                  + clip(b.text())
                  + "'");
          shown++;
        }
      }
    }
    printWorst("L3S-WORST", pageLines);
    String[] splits = {"all", "train", "test"};
    for (int s = 0; s < 3; s++) {
      results.put("l3s.shingle_f1." + splits[s], shingle[s].f1());
      table.add(
          row(
              "l3s-gn1",
              splits[s],
              "shingle F1",
              shingle[s].f1(),
              s == 0
                  ? "on the 181-page benchmark: trafilatura .958, Readability4J .938, boilerpipe .860"
                  : ""));
      table.add(
          row(
              "",
              splits[s],
              "shingle P / R",
              shingle[s].precision(),
              String.format(Locale.ROOT, "R %.3f", shingle[s].recall())));
      long tp = blocks[s][0];
      long fp = blocks[s][1];
      long fn = blocks[s][2];
      long tn = blocks[s][3];
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      results.put("l3s.block_f1." + splits[s], f1);
      table.add(
          row(
              "",
              splits[s],
              "block content F1",
              f1,
              String.format(
                  Locale.ROOT,
                  "P %.3f R %.3f acc %.3f (%d blocks)",
                  p,
                  r,
                  (double) (tp + tn) / (tp + fp + fn + tn),
                  tp + fp + fn + tn)));
    }
    String[] names = {
      "unlabelled",
      "0 not content",
      "1 headline",
      "2 full text",
      "3 supplemental",
      "4 related",
      "5 comments"
    };
    table.add(emptyRow(emptied, files.size()));
    for (int c = 0; c < 7; c++) {
      long all = confusion[c][0] + confusion[c][1];
      table.add(
          row(
              "",
              "all",
              "gold " + names[c],
              all == 0 ? 0 : (double) confusion[c][1] / all,
              "share kept as content, of " + all + " blocks"));
    }
  }

  // ---- text scrapes of real bodies: the issue's held-out text-scrape target -------------------

  /** The corpora scored per split: one seed arranges the bodies into stories and outlets. */
  private static final long[] SCRAPE_SEEDS = {5, 6, 7};

  /** Lines shown for each kind and reason of error. */
  private static final int EXAMPLES = 3;

  private void bodyScrapes() throws IOException {
    Map<L3sBodies.Part, L3sBodies.Export> parts = L3sBodies.parts(data.resolve("l3s-gn1"));
    for (BodyScrapes.Mix mix : BodyScrapes.Mix.values()) bodyScrapes(parts, mix);
  }

  private void bodyScrapes(Map<L3sBodies.Part, L3sBodies.Export> parts, BodyScrapes.Mix mix) {
    boolean plain = mix == BodyScrapes.Mix.PLAIN;
    // the plain corpus keeps the keys its floors were set under
    String key = plain ? "scrape" : "scrape_briefs";
    for (L3sBodies.Part part : List.of(L3sBodies.Part.TRAIN, L3sBodies.Part.TEST)) {
      L3sBodies.Export export = parts.get(part);
      List<L3sBodies.Article> bodies = export.articles();
      if (limit > 0 && bodies.size() > limit) bodies = bodies.subList(0, limit);
      // only the train split's misses are shown: the test split is for judging, not tuning
      Map<String, List<String>> missed =
          part == L3sBodies.Part.TRAIN && scrapeMisses > 0 ? new TreeMap<>() : null;
      ContentScore score = ContentScore.NONE;
      for (long seed : SCRAPE_SEEDS) {
        score = score.plus(BodyScrapes.score(bodies, seed, mix, parser, classifier, missed));
      }
      String split = part.name().toLowerCase(Locale.ROOT);
      results.put(key + ".content_f1." + split, score.f1());
      results.put(key + ".noise_removed." + split, score.noiseRemovedShare());
      table.add(
          row(
              part != L3sBodies.Part.TRAIN ? "" : plain ? "text scrapes" : "  briefs, thin",
              split,
              "content F1",
              score.f1(),
              String.format(
                  Locale.ROOT,
                  "P %.3f R %.3f; %d L3S bodies x %d seeds, flat text, no outlet%s (issue: >= .98)",
                  score.precision(),
                  score.recall(),
                  bodies.size(),
                  SCRAPE_SEEDS.length,
                  plain
                      ? ""
                      : String.format(
                          Locale.ROOT,
                          "; %.0f%% briefs, ~%d outlets of ~3 pages, each with prose of its own",
                          BodyScrapes.BRIEF_STORIES * 100,
                          BodyScrapes.THIN_OUTLETS_PER_1000 * bodies.size() * 2 / 1000))));
      table.add(
          row(
              "",
              split,
              "noise lines removed",
              score.noiseRemovedShare(),
              score.noiseRemoved() + " of " + score.noiseLines() + " (issue: >= .97)"));
      if (missed != null) {
        for (Map.Entry<String, List<String>> e : missed.entrySet()) {
          System.out.println(
              "SCRAPE-MISS "
                  + (plain ? "" : "[briefs, thin outlets] ")
                  + e.getKey()
                  + ": "
                  + e.getValue().size());
          // grouped by kind and reason, figures aside: one page's many lines do not crowd out
          // the other causes
          Map<String, List<String>> byReason = new TreeMap<>();
          for (String line : e.getValue()) {
            String reason = line.substring(0, line.lastIndexOf(" | ")).replaceAll("[0-9.]+", "N");
            byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(line);
          }
          byReason.entrySet().stream()
              .sorted((a, b) -> b.getValue().size() - a.getValue().size())
              .limit(scrapeMisses)
              .forEach(
                  r -> {
                    List<String> ls = r.getValue();
                    System.out.println("  " + ls.size() + " x " + clip(r.getKey()));
                    for (int k = 0; k < Math.min(EXAMPLES, ls.size()); k++) {
                      String l = ls.get(k * (ls.size() / Math.min(EXAMPLES, ls.size())));
                      System.out.println("      " + clip(l.substring(l.lastIndexOf(" | ") + 3)));
                    }
                  });
        }
      }
    }
  }

  // ---- seed: the text scrape's expectations ---------------------------------------------------

  private void seed() throws IOException {
    List<Path> files;
    try (var s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int met = 0;
    int total = 0;
    for (Path f : files) {
      Page page = parser.parse(SourceRecord.text(f.toUri().toString(), null, Files.readString(f)));
      List<Verdict> v = classifier.classify(page, CorpusStats.NONE);
      String title = page.title();
      for (Block b : page.blocks()) {
        String t = b.text();
        boolean noise =
            t.contains("news data comes from")
                || t.startsWith("- ")
                || (title != null && t.equals(title));
        boolean ok = (v.get(b.position()).label() == Label.NOISE) == noise;
        total++;
        if (ok) met++;
        else {
          System.out.println(
              "SEED-WRONG "
                  + f.getFileName()
                  + " expected "
                  + (noise ? "noise" : "content")
                  + ": '"
                  + clip(t)
                  + "' -> "
                  + v.get(b.position()).kind()
                  + " ("
                  + v.get(b.position()).reason()
                  + ")");
        }
      }
    }
    double share = total == 0 ? 0 : (double) met / total;
    results.put("seed.expectations", share);
    table.add(
        row(
            "seed (text)",
            "all",
            "lines as expected",
            share,
            met + " of " + total + " lines (story kept; spam, title repeat, headline list noise)"));
  }

  // ---- articlecomparisons: noise share, eyeballed --------------------------------------------

  private void articleComparisons() throws IOException {
    Path dir = data.resolve("articlecomparisons");
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    List<Page> pages = new ArrayList<>();
    for (Path f : files) {
      List<List<String>> rows = Csv.parse(Files.readString(f));
      for (int i = 1; i < rows.size(); i++) {
        List<String> r = rows.get(i);
        if (r.size() < 4) continue;
        if (limit > 0 && pages.size() >= limit) break;
        String text = String.join("\n", r.get(3).split(" ### "));
        if (text.isBlank()) continue;
        String url = "https://" + r.get(1).trim() + "/" + r.get(0).trim();
        pages.add(parseOrNull(SourceRecord.text(f.toUri() + "#" + r.get(0), url, text)));
      }
    }
    List<List<Verdict>> verdicts = classifyAll(pages);
    Map<String, Integer> noiseKinds = new TreeMap<>();
    int paragraphs = 0;
    int noise = 0;
    List<String> shownNoise = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      if (page == null) continue;
      for (Block b : page.blocks()) {
        Verdict v = verdicts.get(i).get(b.position());
        paragraphs++;
        if (v.label() == Label.NOISE) {
          noise++;
          noiseKinds.merge(v.kind(), 1, Integer::sum);
          // every 23rd noise paragraph: a sample spread over the whole set
          if (noise % 23 == 0 && shownNoise.size() < samples) {
            shownNoise.add(v.kind() + " (" + v.reason() + "): '" + clip(b.text()) + "'");
          }
        }
      }
    }
    for (String s : shownNoise) System.out.println("AC-NOISE-SAMPLE " + s);
    double share = paragraphs == 0 ? 0 : (double) noise / paragraphs;
    results.put("ac.noise_share", share);
    table.add(
        row(
            "articlecomparisons",
            "all",
            "paragraphs noise",
            share,
            noise + " of " + paragraphs + " paragraphs; by kind " + noiseKinds));
  }

  // ---- speed ----------------------------------------------------------------------------------

  private void speed() throws InterruptedException {
    List<SourceRecord> sample = speedRecords.subList(0, Math.min(400, speedRecords.size()));
    long bytes = 0;
    for (SourceRecord r : sample) bytes += r.size();
    for (int round = 0; round < 2; round++) runAll(sample); // warm-up
    long parseNs = 0;
    long classifyNs = 0;
    int pages = 0;
    // thread CPU time, not wall time: on a shared machine other processes' load would count
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 2; round++) {
      for (SourceRecord r : sample) {
        long a = cpu.getCurrentThreadCpuTime();
        Page p = parseOrNull(r);
        long b = cpu.getCurrentThreadCpuTime();
        if (p != null) classifier.classify(p, CorpusStats.NONE);
        long c = cpu.getCurrentThreadCpuTime();
        parseNs += b - a;
        classifyNs += c - b;
        pages++;
      }
    }
    double parseMs = parseNs / 1e6 / pages;
    double classifyMs = classifyNs / 1e6 / pages;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    int half = sample.size() / 2;
    for (List<SourceRecord> part :
        List.of(sample.subList(0, half), sample.subList(half, sample.size()))) {
      fs.add(pool.submit(() -> runAll(part)));
    }
    for (Future<?> f : fs) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    double wall = sample.size() / seconds;
    double perCpuPair = 2 * 1000 / (parseMs + classifyMs);
    results.put("speed.pages_per_s_2cpus", perCpuPair);
    table.add(
        row(
            "speed",
            "warm",
            "CPU ms/page parse",
            parseMs,
            String.format(
                Locale.ROOT,
                "classify %.2f CPU ms/page; %d pages of trafilatura-eval, mean %.0f KB",
                classifyMs,
                sample.size(),
                bytes / 1024.0 / sample.size())));
    table.add(
        row(
            "",
            "warm",
            "pages/s on 2 CPUs",
            perCpuPair,
            "parse + classify, from thread CPU time; jsoup parse alone ~930/s on ~150 KB pages"));
    table.add(
        row(
            "",
            "warm",
            "pages/s 2 threads wall",
            wall,
            "wall clock, with whatever else shares the machine"));
  }

  private void runAll(List<SourceRecord> records) {
    for (SourceRecord r : records) {
      Page p = parseOrNull(r);
      if (p != null) classifier.classify(p, CorpusStats.NONE);
    }
  }

  /** One train page's score, for the worst-pages listing. */
  private record PageLine(String name, double precision, double recall, String facts) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  private void printWorst(String tag, List<PageLine> lines) {
    if (worst <= 0) return;
    List<PageLine> sorted = new ArrayList<>(lines);
    // ties broken by name so that the listing is the same on every run
    sorted.sort(java.util.Comparator.comparingDouble(PageLine::f1).thenComparing(PageLine::name));
    for (PageLine l : sorted.subList(0, Math.min(worst, sorted.size()))) {
      System.out.printf(
          Locale.ROOT,
          "%s %s F1 %.3f P %.3f R %.3f  %s%n",
          tag,
          l.name(),
          l.f1(),
          l.precision(),
          l.recall(),
          l.facts());
    }
  }

  // ---- helpers --------------------------------------------------------------------------------

  private Page parseOrNull(SourceRecord r) {
    try {
      return parser.parse(r);
    } catch (UnparseableRecordException e) {
      return null;
    }
  }

  private List<List<Verdict>> classifyAll(List<Page> pages) {
    CorpusStatsBuilder builder = new CorpusStatsBuilder();
    if (corpus) {
      for (Page p : pages) if (p != null) builder.add(p);
    }
    List<List<Verdict>> out = new ArrayList<>();
    for (Page p : pages) {
      if (p == null) {
        out.add(List.of());
        continue;
      }
      out.add(classifier.classify(p, corpus ? builder.statsFor(p) : CorpusStats.NONE));
    }
    return out;
  }

  /** Content paragraphs joined by a blank line: what {@code documents.text} holds. */
  static String contentText(Page page, List<Verdict> verdicts, boolean withTitle) {
    StringBuilder sb = new StringBuilder();
    for (Block b : page.blocks()) {
      Verdict v = verdicts.get(b.position());
      if (v.label() != Label.CONTENT) continue;
      if (!withTitle && v.kind().equals("title")) continue;
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(b.text());
    }
    return sb.toString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) for (JsonNode n : array) out.add(n.asText());
    return out;
  }

  private static String[] row(String dataset, String split, String metric, double v, String a) {
    return new String[] {dataset, split, metric, String.format(Locale.ROOT, "%.3f", v), a};
  }

  private static Map<String, Double> parseFloors(String spec) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String part : spec.split(",")) {
      if (part.isBlank()) continue;
      String[] kv = part.split("=", 2);
      out.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
    }
    return out;
  }

  private static String clip(String s) {
    return s.length() <= 90 ? s : s.substring(0, 89) + "…";
  }
}
