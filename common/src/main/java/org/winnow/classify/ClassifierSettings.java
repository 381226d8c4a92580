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
}
