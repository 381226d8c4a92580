package org.winnow.classify;

/** Whether a paragraph belongs to the article. */
public enum Label {
  CONTENT,
  NOISE;

  /** The lower-case name written to Parquet: {@code content} or {@code noise}. */
  public String value() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
