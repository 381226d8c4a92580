package org.winnow.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Fits the paragraph model ({@link BlockModel}) on the train split of L3S-GN1: every block of a
 * train page, labelled content when the annotation puts it in classes 1–3. Full-batch gradient
 * descent with a small L2 penalty, a fixed number of steps from zero weights: the same data gives
 * the same file.
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

  private TrainModel() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval");
    Path out = Path.of(args.length > 1 ? args[1] : "conf/model/paragraph-lr.json");
    Path dir = data.resolve("l3s-gn1");
    PageParser parser = new PageParser(Settings.defaults());
    ParagraphClassifier rules = new ParagraphClassifier(Settings.defaults());
    List<Path> files;
    try (var s = Files.list(dir.resolve("original"))) {
      files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    List<Page> pages = new ArrayList<>();
    List<String> names = new ArrayList<>();
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    for (Path f : files) {
      try {
        // the whole set feeds the corpus signals, as in the evaluation; only train pages teach
        Page p =
            parser.parse(
                SourceRecord.html(f.toUri().toString(), null, Files.readAllBytes(f), null, null));
        corpus.add(p);
        if (Split.isTrain(f.getFileName().toString())) {
          pages.add(p);
          names.add(f.getFileName().toString());
        }
      } catch (UnparseableRecordException e) {
        // nothing to learn from
      }
    }
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      L3sGold gold =
          L3sGold.of(
              Files.readString(
                  dir.resolve("annotated").resolve(names.get(i)), StandardCharsets.ISO_8859_1));
      double[][] x = rules.features(p, corpus.statsFor(p));
      for (Block b : p.blocks()) {
        xs.add(x[b.position()]);
        ys.add(L3sGold.isContent(gold.classOf(b)) ? 1 : 0);
      }
    }
    int d = BlockModel.FEATURES.size();
    double[] w = new double[d];
    double bias = 0;
    int m = xs.size();
    for (int step = 0; step < STEPS; step++) {
      double[] grad = new double[d];
      double gb = 0;
      for (int k = 0; k < m; k++) {
        double[] x = xs.get(k);
        double z = bias;
        for (int j = 0; j < d; j++) z += w[j] * x[j];
        double err = 1 / (1 + Math.exp(-z)) - ys.get(k);
        for (int j = 0; j < d; j++) grad[j] += err * x[j];
        gb += err;
      }
      for (int j = 0; j < d; j++) w[j] -= RATE * (grad[j] / m + L2 * w[j]);
      bias -= RATE * gb / m;
    }
    BlockModel model = new BlockModel(w, bias);
    int right = 0;
    for (int k = 0; k < m; k++) {
      if ((model.probability(xs.get(k)) >= 0.5) == (ys.get(k) == 1)) right++;
    }
    String note =
        String.format(
            Locale.ROOT,
            "logistic regression on %d blocks of %d L3S-GN1 train-split pages (70%% by XXH3 of file"
                + " name); %d steps, rate %.2f, L2 %.0e; train accuracy %.4f; made by"
                + " scripts/evaluate --train",
            m,
            pages.size(),
            STEPS,
            RATE,
            L2,
            (double) right / m);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, model.toJson(note));
    System.out.println(note);
    System.out.println("wrote " + out);
  }
}
