package org.winnow.settings;

import java.io.Serializable;
import java.util.Objects;
import java.util.function.Function;

/**
 * One documented setting: its key, default, a one-line description and a parser that rejects bad
 * values.
 *
 * <pre>{@code
 * Setting<Integer> BANDS = Setting.intIn("dedup.bands", 32, 1, 1024, "LSH bands of the MinHash signature");
 * int bands = settings.get(BANDS);
 * }</pre>
 *
 * @param <T> the value type
 */
public final class Setting<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Parses a text value, throwing {@link IllegalArgumentException} with a reason when it is bad.
   */
  @FunctionalInterface
  public interface Parser<T> extends Serializable {
    T parse(String text);
  }

  private final String key;
  private final String defaultText;
  private final String description;
  private final Parser<T> parser;

  private Setting(String key, String defaultText, String description, Parser<T> parser) {
    this.key = Objects.requireNonNull(key, "key");
    this.defaultText = Objects.requireNonNull(defaultText, "defaultText");
    this.description = Objects.requireNonNull(description, "description");
    this.parser = Objects.requireNonNull(parser, "parser");
    parse(defaultText); // a default must satisfy its own rule
  }

  /** A setting whose values are parsed by {@code parser}. */
  public static <T> Setting<T> of(
      String key, String defaultText, String description, Parser<T> parser) {
    return new Setting<>(key, defaultText, description, parser);
  }

  /** A whole number between {@code min} and {@code max} inclusive. */
  public static Setting<Integer> intIn(
      String key, int defaultValue, int min, int max, String description) {
    return of(
        key,
        Integer.toString(defaultValue),
        description + " (" + min + ".." + max + ")",
        text -> {
          int v;
          try {
            v = Integer.parseInt(text.trim());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + text + "'");
          }
          if (v < min || v > max) {
            throw new IllegalArgumentException(v + " is outside " + min + ".." + max);
          }
          return v;
        });
  }

  /** A whole number of bytes, accepting suffixes k, m, g (powers of 1024), between the bounds. */
  public static Setting<Long> bytesIn(
      String key, String defaultText, long min, long max, String description) {
    return of(
        key,
        defaultText,
        description,
        text -> {
          String t = text.trim().toLowerCase(java.util.Locale.ROOT);
          long mult = 1;
          if (t.endsWith("b")) t = t.substring(0, t.length() - 1);
          if (t.endsWith("k")) mult = 1L << 10;
          else if (t.endsWith("m")) mult = 1L << 20;
          else if (t.endsWith("g")) mult = 1L << 30;
          if (mult != 1) t = t.substring(0, t.length() - 1);
          long v;
          try {
            v = Long.parseLong(t.trim()) * mult;
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size such as 64m: '" + text + "'");
          }
          if (v < min || v > max) {
            throw new IllegalArgumentException(v + " bytes is outside " + min + ".." + max);
          }
          return v;
        });
  }

  /** A real number between {@code min} and {@code max} inclusive. */
  public static Setting<Double> doubleIn(
      String key, double defaultValue, double min, double max, String description) {
    return of(
        key,
        Double.toString(defaultValue),
        description + " (" + min + ".." + max + ")",
        text -> {
          double v;
          try {
            v = Double.parseDouble(text.trim());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
          }
          if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(v + " is outside " + min + ".." + max);
          }
          return v;
        });
  }

  /** {@code true} or {@code false}. */
  public static Setting<Boolean> bool(String key, boolean defaultValue, String description) {
    return of(
        key,
        Boolean.toString(defaultValue),
        description,
        text -> {
          String t = text.trim().toLowerCase(java.util.Locale.ROOT);
          if (t.equals("true")) return true;
          if (t.equals("false")) return false;
          throw new IllegalArgumentException("expected true or false, not '" + text + "'");
        });
  }

  /** A comma-separated list of trimmed, non-empty strings (empty text gives an empty list). */
  public static Setting<java.util.List<String>> list(
      String key, String defaultText, String description) {
    return of(
        key,
        defaultText,
        description + " (comma-separated)",
        text -> {
          java.util.List<String> out = new java.util.ArrayList<>();
          for (String part : text.split(",")) {
            String p = part.trim();
            if (!p.isEmpty()) out.add(p);
          }
          return java.util.List.copyOf(out);
        });
  }

  /** One of the given words. */
  public static Setting<String> oneOf(
      String key, String defaultValue, String description, String... allowed) {
    java.util.List<String> words = java.util.List.of(allowed);
    return of(
        key,
        defaultValue,
        description + " (" + String.join("|", words) + ")",
        text -> {
          String t = text.trim();
          if (!words.contains(t)) {
            throw new IllegalArgumentException(
                "'" + text + "' is not one of " + String.join(", ", words));
          }
          return t;
        });
  }

  /** Converts text with a function that may throw; its message becomes the reason. */
  public static <T> Setting<T> mapped(
      String key, String defaultText, String description, Function<String, T> f) {
    return of(key, defaultText, description, f::apply);
  }

  public String key() {
    return key;
  }

  public String defaultText() {
    return defaultText;
  }

  public String description() {
    return description;
  }

  /** Parses {@code text}, naming this key in the error when the text is bad. */
  public T parse(String text) {
    try {
      return parser.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return key + "=" + defaultText;
  }
}
