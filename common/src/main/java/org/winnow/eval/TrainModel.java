package org.winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.winnow.classify.BlockModel;
import org.winnow.classify.CorpusStatsBuilder;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.segment.PageParser;
import org.winnow.segment.UnparseableRecordException;
import org.winnow.settings.Settings;

/**
 * Fits the paragraph model ({@link BlockModel}) on the train splits of L3S-GN1 and
 * trafilatura-eval: every block of an L3S-GN1 train page, labelled content when the annotation puts
 * it in classes 1–3, and the blocks of a trafilatura-eval train page that hold one of its snippets
 * (content for a "with" snippet, noise for a "without" one; blocks holding neither say nothing).
 * Full-batch gradient descent with a small L2 penalty, a fixed number of steps from zero weights:
 * the same data gives the same file.
 *
 * <pre>{@code
 * java -cp ... org.winnow.eval.TrainModel ../shared/eval conf/model/paragraph-lr.json
 *   -> "trained on 55433 blocks of 434 pages; train accuracy 0.96" and the JSON file
 * }</pre>
 */
public final class TrainModel {
  private static final int STEPS = 600;
  private static final double RATE = 0.5;
  private static final double L2 = 1e-4;

  /**
   * Weight of a snippet-labelled block: a trafilatura-eval page labels about six of its blocks
   * where an L3S-GN1 page labels all of its ~130, and its many sites and languages are what the
   * model must generalise to.
   */
  private static final double SNIPPET_WEIGHT = 8;

  private TrainModel() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval");
    Path out = Path.of(args.length > 1 ? args[1] : "conf/model/paragraph-lr.json");
    Path dir = data.resolve("l3s-gn1");
    PageParser parser = new PageParser(Settings.defaults());
    // the rules alone: the model being made is not needed, and a stale one must not stop it
    ParagraphClassifier rules =
        new ParagraphClassifier(Settings.defaults().with(Map.of("classify.model_path", "")));
    List<Path> files = L3sGold.originals(dir);
    // parsed with their URLs, as the evaluation gives them: the host signals need them
    List<Page> parsed = L3sGold.parseOriginals(parser, dir, files);
    List<Page> pages = new ArrayList<>();
    List<String> names = new ArrayList<>();
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    for (int i = 0; i < files.size(); i++) {
      Page p = parsed.get(i);
      if (p == null) continue; // nothing to learn from
      // the whole set feeds the corpus signals, as in the evaluation; only train pages teach
      corpus.add(p);
      String name = files.get(i).getFileName().toString();
      if (Split.isTrain(name)) {
        pages.add(p);
        names.add(name);
      }
    }
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      L3sGold gold = L3sGold.read(dir.resolve("annotated").resolve(names.get(i)));
      double[][] x = rules.features(p, corpus.statsFor(p));
      for (Block b : p.blocks()) {
        if (x[b.position()] == null) continue; // settled by the rules: not the model's to learn
        xs.add(x[b.position()]);
        ys.add(L3sGold.isContent(gold.classOf(b)) ? 1 : 0);
        weights.add(1.0);
      }
    }
    int l3sBlocks = xs.size();
    int snippetPages = snippetBlocks(data, parser, rules, xs, ys, weights);

    int d = BlockModel.FEATURES.size();
    double[] w = new double[d];
    double bias = 0;
    int m = xs.size();
    double total = 0;
    for (double v : weights) total += v;
    for (int step = 0; step < STEPS; step++) {
      double[] grad = new double[d];
      double gb = 0;
      for (int k = 0; k < m; k++) {
        double[] x = xs.get(k);
        double z = bias;
        for (int j = 0; j < d; j++) z += w[j] * x[j];
        double err = (1 / (1 + Math.exp(-z)) - ys.get(k)) * weights.get(k);
        for (int j = 0; j < d; j++) grad[j] += err * x[j];
        gb += err;
      }
      for (int j = 0; j < d; j++) w[j] -= RATE * (grad[j] / total + L2 * w[j]);
      bias -= RATE * gb / total;
    }
    BlockModel model = new BlockModel(w, bias);
    int right = 0;
    for (int k = 0; k < m; k++) {
      if ((model.probability(xs.get(k)) >= 0.5) == (ys.get(k) == 1)) right++;
    }
    String note =
        String.format(
            Locale.ROOT,
            "logistic regression on %d open blocks of %d L3S-GN1 train-split pages and %d"
                + " snippet-labelled blocks (weight %.0f) of %d trafilatura-eval train-split pages"
                + " (70%% by XXH3 of file name); %d steps, rate %.2f, L2 %.0e; train accuracy"
                + " %.4f; made by scripts/evaluate --train",
            l3sBlocks,
            pages.size(),
            m - l3sBlocks,
            SNIPPET_WEIGHT,
            snippetPages,
            STEPS,
            RATE,
            L2,
            (double) right / m);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, model.toJson(note));
    System.out.println(note);
    System.out.println("wrote " + out);
  }

  /**
   * Adds the snippet-labelled blocks of trafilatura-eval's train pages; returns how many pages gave
   * at least one. The whole set feeds the corpus signals, as in the evaluation.
   */
  private static int snippetBlocks(
      Path data,
      PageParser parser,
      ParagraphClassifier rules,
      List<double[]> xs,
      List<Integer> ys,
      List<Double> weights)
      throws IOException {
    Path dir = data.resolve("trafilatura-eval");
    if (!Files.isDirectory(dir)) return 0;
    JsonNode root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    List<Page> pages = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getValue().get("file").asText();
      Path p = dir.resolve("cache").resolve(file);
      if (!Files.exists(p)) p = dir.resolve("eval").resolve(file);
      if (!Files.exists(p)) continue;
      try {
        Page page =
            parser.parse(
                SourceRecord.html(
                    p.toUri().toString(), e.getKey(), Files.readAllBytes(p), null, null));
        corpus.add(page);
        if (Split.isTrain(file)) {
          pages.add(page);
          items.add(e.getValue());
        }
      } catch (UnparseableRecordException ex) {
        // nothing to learn from
      }
    }
    int used = 0;
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      List<String> with = normalized(items.get(i).get("with"));
      List<String> without = normalized(items.get(i).get("without"));
      double[][] x = rules.features(p, corpus.statsFor(p));
      boolean any = false;
      for (Block b : p.blocks()) {
        String t = SnippetScore.normalize(b.text());
        boolean good = with.stream().anyMatch(t::contains);
        boolean bad = without.stream().anyMatch(t::contains);
        if (good == bad || x[b.position()] == null) continue;
        xs.add(x[b.position()]);
        ys.add(good ? 1 : 0);
        weights.add(SNIPPET_WEIGHT);
        any = true;
      }
      if (any) used++;
    }
    return used;
  }

  private static List<String> normalized(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      for (JsonNode n : array) {
        String s = SnippetScore.normalize(n.asText());
        if (!s.isEmpty()) out.add(s);
      }
    }
    return out;
  }
}
