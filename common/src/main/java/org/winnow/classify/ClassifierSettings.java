package org.winnow.classify;

import org.winnow.settings.Setting;

/** Settings of paragraph classification. */
public final class ClassifierSettings {
  private ClassifierSettings() {}

  public static final Setting<Double> CONTENT_THRESHOLD =
      Setting.doubleIn(
          "classify.content_threshold",
          0.5,
          0.0,
          1.0,
          "a paragraph whose score reaches this is content");

  public static final Setting<Integer> TEMPLATE_MIN_PAGES =
      Setting.intIn(
          "classify.template_min_pages",
          3,
          2,
          1_000_000,
          "a short paragraph repeated on this many pages of its host is template; long ones also"
              + " need a third of the host's pages, so that story updates are not template");

  public static final Setting<Integer> SYNDICATION_MIN_HOSTS =
      Setting.intIn(
          "classify.syndication_min_hosts",
          2,
          2,
          1_000_000,
          "a prose paragraph carried by this many hosts is syndicated article text, never template");

  public static final Setting<String> MODEL_PATH =
      Setting.of(
          "classify.model_path",
          BlockModel.BUILTIN,
          "JSON logistic-regression weights that score the blocks the rules leave open: '"
              + BlockModel.BUILTIN
              + "' = conf/model/paragraph-lr.json as built into the jar, a path = that file,"
              + " empty = rules only",
          t -> t.trim());
}
