package org.winnow.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.winnow.text.TextKey;

/**
 * The names a page gives as its author (meta tags, JSON-LD), normalised, to recognise a block that
 * does nothing but name them: the byline, however the page marks it up. A story names people in
 * sentences; a block of nothing but the author's name, or the authors' names in a list, is the
 * credit line above or below it.
 *
 * <pre>{@code
 * Authors a = Authors.of("Luana Patriolino, Raphael Felice");
 * a.names("Raphael Felice")                      -> true
 * a.names("By Luana Patriolino and Raphael Felice") -> true
 * a.names("Raphael Felice said the court would rule on Monday.") -> false
 * }</pre>
 */
final class Authors {
  /** What separates several authors in one field or one byline. */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*[,;/&|·•]\\s*|\\s+(?i:and|und|e|y|et|en|og|och|i)\\s+");

  /** The word that opens a byline in the languages with a stoplist: "By", "Von", "Por", … */
  private static final Pattern LEADING_BY =
      Pattern.compile("^(?iu:by|von|par|por|de|di|da|door|av|af|from|texto|text)\\s*:?\\s+");

  /** A name shorter than this (initials, "AP") is left to the byline wording of TextPatterns. */
  private static final int MIN_NAME_CHARS = 5;

  /** Room beside the names for an opening "By" and separators. */
  private static final int BYLINE_EXTRA_CHARS = 16;

  private static final Authors NONE = new Authors(List.of(), 0);

  private final List<String> names;

  /**
   * The names of people as the field writes them ("Alice Wu"): what an author's note opens with.
   */
  private final List<String> written = new ArrayList<>();

  /** The longest text that can be a byline of these names: most blocks are rejected by length. */
  private final int maxChars;

  /**
   * The first word of each name as the field writes it: a byline holds one of them, and looking for
   * it costs less than normalising every short block of the page.
   */
  private final List<String> keys = new ArrayList<>();

  private Authors(List<String> names, int maxChars) {
    this.names = names;
    this.maxChars = maxChars;
  }

  /** The names in a page's author field; none for a null or blank field. */
  static Authors of(String author) {
    if (author == null || author.isBlank()) return NONE;
    List<String> names = new ArrayList<>();
    add(names, author);
    for (String part : SEPARATOR.split(author)) add(names, part);
    if (names.isEmpty()) return NONE;
    Authors a = new Authors(names, author.length() + BYLINE_EXTRA_CHARS);
    for (String part : SEPARATOR.split(author.strip())) {
      String p = part.strip();
      if (personName(p)) a.written.add(p);
      String key = firstWord(p);
      if (key != null && !a.keys.contains(key)) a.keys.add(key);
    }
    return a;
  }

  /** The first run of two or more letters in {@code s}, or null. */
  private static String firstWord(String s) {
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
      if (letter && start < 0) start = i;
      if (!letter && start >= 0) {
        if (i - start >= 2) return s.substring(start, i);
        start = -1;
      }
    }
    return null;
  }

  /** Whether {@code text} holds {@code word}, ignoring case. */
  private static boolean holds(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) return true;
    }
    return false;
  }

  /** Two to four capitalised words of letters: a person's name, not an outlet's. */
  private static boolean personName(String s) {
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 4) return false;
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'') return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} opens like a note about the author: their name as the field writes it,
   * then a word in lower case, a comma or a bracket ("Alice Wu is a political consultant", "Georg
   * Kasch, Jahrgang 1979, ist Redakteur"), not a colon (an interview's question) or a dash.
   */
  boolean opensNote(String text) {
    for (String name : written) {
      int end = nameEnd(text, name);
      if (end < 0 || text.length() < end + 2) continue;
      char after = text.charAt(end);
      char next = text.charAt(end + 1);
      if (after == ',' || (after == ' ' && (Character.isLowerCase(next) || next == '('))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where {@code name} ends when {@code text} opens with it, or with it and a middle initial after
   * its first word ("Evan V. Symon is ..." for "Evan Symon"): a note on the author writes the name
   * in full where the field shortens it. -1 when the text opens otherwise.
   */
  private static int nameEnd(String text, String name) {
    if (text.startsWith(name)) return name.length();
    int space = name.indexOf(' ');
    if (space < 0 || !text.startsWith(name.substring(0, space + 1))) return -1;
    int i = space + 1;
    // one capital letter, with or without its full stop, then a space
    if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) return -1;
    int j = i + 1;
    if (j < text.length() && text.charAt(j) == '.') j++;
    if (j >= text.length() || text.charAt(j) != ' ') return -1;
    String rest = name.substring(space + 1);
    return text.startsWith(rest, j + 1) ? j + 1 + rest.length() : -1;
  }

  private static void add(List<String> names, String name) {
    String norm = TextKey.normalize(name);
    if (norm.length() >= MIN_NAME_CHARS && !names.contains(norm)) names.add(norm);
  }

  /**
   * Whether {@code text} only names the page's author(s): the whole author field, or one or more of
   * its names between separators, after an opening "By".
   */
  boolean names(String text) {
    if (text.length() > maxChars || text.length() < MIN_NAME_CHARS) return false;
    boolean held = false;
    for (int k = 0; k < keys.size() && !held; k++) held = holds(text, keys.get(k));
    if (!held) return false;
    String t = LEADING_BY.matcher(text.strip()).replaceFirst("");
    if (names.contains(TextKey.normalize(t))) return true;
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) return false;
    for (String part : parts) {
      if (!names.contains(TextKey.normalize(part))) return false;
    }
    return true;
  }
}
