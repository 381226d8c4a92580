package org.winnow.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.winnow.classify.CorpusStatsBuilder;
import org.winnow.classify.Label;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.classify.Verdict;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.segment.PageParser;
import org.winnow.settings.Settings;

/**
 * Where the L3S-GN1 train split's shingle F1 is lost: every gold shingle missing from the output is
 * charged to the dropped block that holds it, every kept shingle not in the gold to the kept block
 * that holds it, and the charges are summed by cause (the verdict's kind and reason with numbers
 * and quotes taken out, whether the model decided, the block's gold class) as shares of the mean
 * page recall and precision that the benchmark averages.
 *
 * <p>The worst pages come first, each with its blocks that cost 2% of its gold (or 0.5% of full
 * text) and a sample of the lost shingles no dropped block holds (across a dropped block's edges,
 * or text the segmentation lost). Train split only: tuning is judged on the test split.
 *
 * <pre>{@code
 * scripts/evaluate --losses 40      (java -cp ... org.winnow.eval.Losses ../shared/eval 40)
 *   -> "PAGE x.html F1 0.728 P 0.981 R 0.579 ...", then
 *      "RECALL-LOSS 0.0034   36 blocks  legal | legal wording: '…' | rule | gold 3 | in container"
 * }</pre>
 */
public final class Losses {
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");
  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern MODEL = Pattern.compile("; model \\S+ \\(rules \\S+\\)");

  private Losses() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval").resolve("l3s-gn1");
    int listPages = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Settings settings = Settings.defaults();
    PageParser parser = new PageParser(settings);
    ParagraphClassifier classifier = new ParagraphClassifier(settings);
    List<Path> files = L3sGold.originals(dir);
    List<Page> pages = L3sGold.parseOriginals(parser, dir, files);
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    for (Page p : pages) if (p != null) corpus.add(p);
    Map<String, double[]> recallLoss = new TreeMap<>();
    Map<String, double[]> precisionLoss = new TreeMap<>();
    Map<String, double[]> kindRecall = new TreeMap<>();
    Map<String, double[]> kindPrecision = new TreeMap<>();
    List<String[]> pageLines = new ArrayList<>();
    int recallPages = 0;
    int precisionPages = 0;
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString();
      if (!Split.isTrain(name)) continue;
      Page page = pages.get(i);
      L3sGold gold = L3sGold.read(dir.resolve("annotated").resolve(name));
      List<Verdict> v = page == null ? List.of() : classifier.classify(page, corpus.statsFor(page));
      String predicted = page == null ? "" : Evaluate.contentText(page, v, true);
      Map<String, Integer> g = ShingleScore.shingles(gold.goldText());
      Map<String, Integer> p = ShingleScore.shingles(predicted);
      int goldTotal = total(g);
      int predTotal = total(p);
      Map<String, Integer> missed = new HashMap<>();
      Map<String, Integer> extra = new HashMap<>();
      for (Map.Entry<String, Integer> e : g.entrySet()) {
        int m = e.getValue() - p.getOrDefault(e.getKey(), 0);
        if (m > 0) missed.put(e.getKey(), m);
      }
      for (Map.Entry<String, Integer> e : p.entrySet()) {
        int m = e.getValue() - g.getOrDefault(e.getKey(), 0);
        if (m > 0) extra.put(e.getKey(), m);
      }
      if (goldTotal > 0) recallPages++;
      if (predTotal > 0) precisionPages++;
      List<String> losses = new ArrayList<>();
      int missedTotal = total(missed);
      int extraTotal = total(extra);
      int charged = 0;
      if (page != null) {
        for (Block b : page.blocks()) {
          Verdict x = v.get(b.position());
          boolean kept = x.label() == Label.CONTENT;
          Map<String, Integer> pool = kept ? extra : missed;
          int n = 0;
          for (String sh : ShingleScore.shingles(b.text()).keySet()) {
            Integer c = pool.get(sh);
            if (c == null || c == 0) continue;
            n += c;
            pool.put(sh, 0);
          }
          if (n == 0) continue;
          int cls = gold.classOf(b);
          String cause =
              String.format(
                  Locale.ROOT,
                  "%-10s | %s | %s | gold %d%s",
                  x.kind(),
                  cause(x.reason()),
                  x.reason().contains("; model ") ? "model" : "rule",
                  cls,
                  b.has(Block.IN_CONTAINER) ? " | in container" : "");
          String kindCause =
              String.format(
                  Locale.ROOT,
                  "%-10s %s gold %d",
                  x.kind(),
                  x.reason().contains("; model ") ? "model" : "rule",
                  cls);
          if (kept) {
            double share = (double) n / predTotal;
            add(precisionLoss, cause, share);
            add(kindPrecision, kindCause, share);
            if (share >= 0.05) {
              losses.add(
                  String.format(
                      Locale.ROOT,
                      "   +%.3f KEPT %s %s [%s] '%s'  (%s)",
                      share,
                      x.kind(),
                      b.tag(),
                      clip(b.classIdTokens(), 50),
                      clip(b.text(), 100),
                      x.reason()));
            }
          } else {
            charged += n;
            double share = (double) n / goldTotal;
            add(recallLoss, cause, share);
            add(kindRecall, kindCause, share);
            if (share >= 0.02 || (cls == 2 && share >= 0.005)) {
              losses.add(
                  String.format(
                      Locale.ROOT,
                      "   -%.3f LOST gold=%d %s%s %s [%s] '%s'  (%s)",
                      share,
                      cls,
                      x.kind(),
                      b.has(Block.IN_CONTAINER) ? " *" : "",
                      b.tag(),
                      clip(b.classIdTokens(), 50),
                      clip(b.text(), 100),
                      x.reason()));
            }
          }
        }
      }
      if (page != null) {
        List<String> left = new ArrayList<>();
        for (Map.Entry<String, Integer> e : missed.entrySet())
          if (e.getValue() > 0) left.add(e.getKey());
        java.util.Collections.sort(left);
        if (!left.isEmpty()) {
          // what no dropped block holds: shingles across the edge of a dropped block, text the
          // segmentation lost, or words the gold and the page spell differently
          losses.add("   UNCHARGED " + left.size() + ": " + clip(String.join(" / ", left), 600));
        }
      }
      if (goldTotal > 0 && missedTotal - charged > 0) {
        add(
            recallLoss,
            "(in no dropped block: boundaries, segmentation)",
            (double) (missedTotal - charged) / goldTotal);
        add(kindRecall, "(in no dropped block)", (double) (missedTotal - charged) / goldTotal);
      }
      double r = goldTotal == 0 ? 1 : 1 - (double) missedTotal / goldTotal;
      double pr = predTotal == 0 ? 1 : 1 - (double) extraTotal / predTotal;
      double f1 = r + pr == 0 ? 0 : 2 * r * pr / (r + pr);
      pageLines.add(
          new String[] {
            String.format(Locale.ROOT, "%.4f", f1),
            String.format(
                Locale.ROOT,
                "PAGE %s F1 %.3f P %.3f R %.3f gold %d shingles, kept %d%n%s",
                name,
                f1,
                pr,
                r,
                goldTotal,
                predTotal,
                String.join("\n", losses))
          });
    }
    pageLines.sort((a, b) -> a[0].compareTo(b[0]));
    for (String[] l : pageLines.subList(0, Math.min(listPages, pageLines.size()))) {
      System.out.println(l[1]);
    }
    System.out.println();
    print("RECALL-BY-KIND", kindRecall, recallPages, 40);
    print("PRECISION-BY-KIND", kindPrecision, precisionPages, 30);
    print("RECALL-LOSS", recallLoss, recallPages, 60);
    print("PRECISION-LOSS", precisionLoss, precisionPages, 40);
  }

  private static void print(String tag, Map<String, double[]> m, int pages, int max) {
    List<Map.Entry<String, double[]>> rows = new ArrayList<>(m.entrySet());
    rows.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
    double sum = 0;
    for (Map.Entry<String, double[]> e : rows) sum += e.getValue()[0];
    System.out.printf(Locale.ROOT, "%s total %.4f over %d pages%n", tag, sum / pages, pages);
    for (Map.Entry<String, double[]> e : rows.subList(0, Math.min(max, rows.size()))) {
      System.out.printf(
          Locale.ROOT,
          "%s %.4f %4d blocks  %s%n",
          tag,
          e.getValue()[0] / pages,
          (int) e.getValue()[1],
          e.getKey());
    }
  }

  private static void add(Map<String, double[]> m, String key, double share) {
    double[] a = m.computeIfAbsent(key, k -> new double[2]);
    a[0] += share;
    a[1]++;
  }

  private static int total(Map<String, Integer> m) {
    int t = 0;
    for (int c : m.values()) t += c;
    return t;
  }

  private static String cause(String reason) {
    String r = MODEL.matcher(reason).replaceAll("");
    r = QUOTED.matcher(r).replaceAll("'…'");
    r = NUMBER.matcher(r).replaceAll("#");
    return clip(r, 110);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
