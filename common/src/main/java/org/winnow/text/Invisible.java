package org.winnow.text;

/**
 * Characters that show nothing and only mark where a word may break or must not: the soft hyphen
 * ({@code &shy;}, all over German pages), the zero-width space, the word joiner and a stray
 * byte-order mark. Read as text they split a word in two ("Bundes\u00adregierung"); zero-width
 * joiners are not among them, as Persian, Indic scripts and emoji need those.
 *
 * <pre>{@code
 * Invisible.is('\u00ad') -> true
 * Invisible.is('\u200c') -> false
 * }</pre>
 */
public final class Invisible {
  private Invisible() {}

  /** Whether {@code c} is one of the invisible break marks. */
  public static boolean is(char c) {
    return c >= '\u00ad' && (c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff');
  }
}
