package org.winnow.sample;

/** The structural family of an outlet's HTML template. */
public enum PageFamily {
  /** html5 {@code header/nav/main/article/aside/footer}. */
  SEMANTIC,
  /** Nested {@code div}s told apart only by class names, ads between paragraphs. */
  DIV_SOUP,
  /** A layout table, the story's paragraphs separated by {@code <br><br>} in one cell. */
  TABLE,
  /** A bare page: title, paragraphs and a copyright line. */
  MINIMAL
}
