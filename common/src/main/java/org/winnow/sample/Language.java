package org.winnow.sample;

import java.util.Locale;

/**
 * A language the generator writes stories in, with the number conventions its press uses.
 *
 * <pre>{@code
 * Language.of("de").percent(42) // -> "4,2 Prozent"
 * }</pre>
 */
public enum Language {
  EN("en", ',', '.', "%s percent", "$%s million"),
  DE("de", '.', ',', "%s Prozent", "%s Millionen Euro"),
  FR("fr", '\u00a0', ',', "%s\u00a0%%", "%s millions d'euros"),
  ES("es", '.', ',', "%s\u00a0%%", "%s millones de euros");

  private final String code;
  private final char thousands;
  private final char decimal;
  private final String percentPattern;
  private final String millionsPattern;

  Language(
      String code, char thousands, char decimal, String percentPattern, String millionsPattern) {
    this.code = code;
    this.thousands = thousands;
    this.decimal = decimal;
    this.percentPattern = percentPattern;
    this.millionsPattern = millionsPattern;
  }

  /** The ISO 639-1 code, e.g. {@code en}. */
  public String code() {
    return code;
  }

  /**
   * The language with ISO 639-1 code {@code code}; fails on codes the generator has no lexicon for.
   */
  public static Language of(String code) {
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(wanted)) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        "no lexicon for language '" + code + "' (known: en, de, fr, es)");
  }

  /** A whole number with this language's thousands separator: 12500 -> "12,500" in English. */
  public String grouped(long value) {
    String digits = Long.toString(value);
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(thousands);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** A number of tenths with one decimal: 42 -> "4.2" in English, "4,2" elsewhere. */
  public String tenths(int tenths) {
    return (tenths / 10) + String.valueOf(decimal) + (tenths % 10);
  }

  /** A share in tenths of a percent, written the way this language's press writes it. */
  public String percent(int tenths) {
    return String.format(Locale.ROOT, percentPattern, tenths(tenths));
  }

  /**
   * {@code text} with the article contractions the language makes obligatory, which slot filling
   * breaks apart: French "de le" -> "du", "à les" -> "aux"; Spanish "de el" -> "del".
   */
  public String contract(String text) {
    return switch (this) {
      case FR ->
          text.replace(" de le ", " du ")
              .replace(" de les ", " des ")
              .replace(" à le ", " au ")
              .replace(" à les ", " aux ")
              .replace("De le ", "Du ")
              .replace("À le ", "Au ");
      case ES -> text.replace(" de el ", " del ").replace(" a el ", " al ");
      default -> text;
    };
  }

  /** An amount in tenths of a million in the local currency: 34 -> "$3.4 million". */
  public String millions(int tenths) {
    return String.format(Locale.ROOT, millionsPattern, tenths(tenths));
  }
}
