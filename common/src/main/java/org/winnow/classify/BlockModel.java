package org.winnow.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A logistic regression over a block's features (see {@link #FEATURES}): the optional learned score
 * that can replace the rules' score for blocks the rules did not settle outright.
 *
 * <p>Stored as a small JSON file: {@code {"features": [...], "weights": [...], "bias": b}}; the
 * feature names must match this version's, so that a stale file fails loudly instead of scoring
 * with shifted weights.
 *
 * <pre>{@code
 * BlockModel m = BlockModel.load(Path.of("conf/model/paragraph-lr.json"));
 * m.probability(features) -> 0.87
 * }</pre>
 */
public final class BlockModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The inputs, in order; {@code ParagraphClassifier.features} fills them. */
  public static final List<String> FEATURES =
      List.of(
          "rule_score",
          "log_length",
          "link_density",
          "stopword_density",
          "sentence_ends_per_word",
          "commas_per_word",
          "uppercase_ratio",
          "digit_ratio",
          "punctuation_ratio",
          "heading",
          "in_list",
          "in_table",
          "in_article",
          "in_figure",
          "in_quote",
          "region_article",
          "region_byline",
          "region_caption",
          "region_noise",
          "prev_rule_score",
          "next_rule_score",
          "relative_position",
          "tag_p",
          "log_host_pages",
          "shared_by_hosts",
          "line",
          "in_container",
          "outside_ruling_container",
          "after_container",
          "before_container");

  /** The setting value naming the model built into the jar (from conf/model/paragraph-lr.json). */
  public static final String BUILTIN = "builtin";

  private static final String RESOURCE = "paragraph-lr.json";

  private final double[] weights;
  private final double bias;

  public BlockModel(double[] weights, double bias) {
    if (weights.length != FEATURES.size()) {
      throw new IllegalArgumentException(
          "model has " + weights.length + " weights, expected " + FEATURES.size());
    }
    this.weights = weights.clone();
    this.bias = bias;
  }

  /** Reads a model file written by {@link #toJson(String)}. */
  public static BlockModel load(Path path) {
    try {
      return parse(Files.readString(path), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + path, e);
    }
  }

  /** The model built into the jar: {@code conf/model/paragraph-lr.json} at build time. */
  public static BlockModel builtin() {
    try (InputStream in = BlockModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("built-in model missing: " + RESOURCE);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in model " + RESOURCE, e);
    }
  }

  /** {@link #builtin()} for {@link #BUILTIN}, else {@link #load(Path)}; null for no model. */
  public static BlockModel forSetting(String value) {
    if (value.isEmpty()) return null;
    return value.equals(BUILTIN) ? builtin() : load(Path.of(value));
  }

  private static BlockModel parse(String json, String source) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode names = root.get("features");
    for (int i = 0; i < FEATURES.size(); i++) {
      if (names == null
          || names.size() != FEATURES.size()
          || !names.get(i).asText().equals(FEATURES.get(i))) {
        throw new IllegalArgumentException(
            source + ": features differ from this version's " + FEATURES);
      }
    }
    double[] w = new double[FEATURES.size()];
    for (int i = 0; i < w.length; i++) w[i] = root.get("weights").get(i).asDouble();
    return new BlockModel(w, root.get("bias").asDouble());
  }

  /** P(content) of one block's feature vector. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
    return 1 / (1 + Math.exp(-z));
  }

  /** The model as JSON, with a note on how it was made. */
  public String toJson(String note) {
    StringBuilder sb = new StringBuilder("{\n  \"note\": ");
    sb.append(quote(note)).append(",\n  \"features\": [");
    for (int i = 0; i < FEATURES.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(quote(FEATURES.get(i)));
    }
    sb.append("],\n  \"weights\": [");
    for (int i = 0; i < weights.length; i++) {
      sb.append(i == 0 ? "" : ", ")
          .append(String.format(java.util.Locale.ROOT, "%.6f", weights[i]));
    }
    sb.append("],\n  \"bias\": ").append(String.format(java.util.Locale.ROOT, "%.6f", bias));
    return sb.append("\n}\n").toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
