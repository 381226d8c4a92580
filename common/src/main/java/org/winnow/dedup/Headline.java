package org.winnow.dedup;

import java.util.Arrays;
import java.util.Locale;
import org.winnow.text.TextKey;

/**
 * A document's headline and dateline as copy evidence: the keys of its normalised title, whole and
 * without a short label before a colon ("UPDATE 2:", "EXCLUSIVE:", "MISE À JOUR :"), and the key of
 * the place its lead is filed from ("SILVERLAKE — ...", "WASHINGTON (AP) — ...").
 *
 * <p>Why: a copy whose whole lead an editor rewrote into a brief shares too little text with its
 * story for any passage test, yet it keeps the story's headline (or prefixes it with an update
 * label) and its dateline. Two different stories may share a generic headline ("Was der Beschluss
 * für Talheim bedeutet"), but hardly one filed from the same place; {@link PairVerifier} asks for
 * both.
 *
 * <pre>{@code
 * Headline h = Headline.of("UPDATE 2: Council approves new budget", 4);
 * h.full();      // key of "update 0 council approves new budget"
 * h.unlabelled(); // key of "council approves new budget"
 * Headline.dateline("SILVERLAKE — The council approved ..."); // key of "silverlake"
 * }</pre>
 */
public final class Headline {
  private Headline() {}

  /** Keys of one title: whole, and without its label (0 when it has none or is too short). */
  public record Keys(long full, long unlabelled) implements java.io.Serializable {
    /** No usable title. */
    public static final Keys NONE = new Keys(0, 0);

    /** Whether there is a usable title. */
    public boolean present() {
      return full != 0;
    }

    /**
     * Whether two titles are the same headline: equal, or one is the other under a label. Two
     * titles that are equal only without their labels are not ("Carrasco: la decisión llega tarde"
     * and "Santana: la decisión llega tarde"): the label may be what tells them apart.
     */
    public boolean sameHeadline(Keys other) {
      if (full == 0 || other.full == 0) return false;
      return full == other.full || full == other.unlabelled || unlabelled == other.full;
    }
  }

  /** The most words a label before a colon has ("UPDATE 2", "EN DIRECT", "MISE À JOUR"). */
  static final int MAX_LABEL_WORDS = 3;

  /** Tells title keys apart from paragraph keys of the same text. */
  private static final long TITLE_SALT = 0x7f4a7c159e3779b9L;

  /**
   * The keys of {@code title}, each only when its normalised text has at least {@code minWords}
   * words; {@link Keys#NONE} for a null or too short title.
   */
  public static Keys of(String title, int minWords) {
    if (title == null || title.isBlank()) return Keys.NONE;
    String whole = TextKey.normalize(title);
    if (TextKey.words(whole) < minWords) return Keys.NONE;
    long full = key(whole);
    long unlabelled = 0;
    int colon = title.indexOf(':');
    if (colon > 0) {
      String label = TextKey.normalize(title.substring(0, colon));
      String rest = TextKey.normalize(title.substring(colon + 1));
      int labelWords = TextKey.words(label);
      if (labelWords >= 1 && labelWords <= MAX_LABEL_WORDS && TextKey.words(rest) >= minWords) {
        unlabelled = key(rest);
      }
    }
    return new Keys(full, unlabelled);
  }

  /** The candidate keys of {@code keys}: the ones a copy sharing its headline also carries. */
  public static long[] candidateKeys(Keys keys) {
    if (!keys.present()) return new long[0];
    if (keys.unlabelled() == 0) return new long[] {keys.full()};
    long[] out = {keys.full(), keys.unlabelled()};
    Arrays.sort(out);
    return out;
  }

  /** Tells phrase keys apart from title, paragraph and band keys. */
  public static final long PHRASE_SALT = 0x5851f42d4c957f2dL;

  /**
   * The candidate keys of a document's headline phrases that its lead holds ({@code
   * headlinePhrases} and {@code lead}, sorted shingles), each with its {@code dateline}: a copy
   * whose lead tells the story's event in its headline's words meets the story under them, however
   * its outlet re-headlined it. None without a dateline. A key is the phrase's hash xor the
   * dateline's shifted left by one xor {@link #PHRASE_SALT}, which Spark SQL computes alike for
   * stored documents.
   *
   * <pre>{@code
   * Headline.phraseKeys(phrases, lead, dateline) // one key per phrase in the lead, sorted
   * }</pre>
   */
  public static long[] phraseKeys(long[] headlinePhrases, long[] lead, long dateline) {
    if (dateline == 0) return new long[0];
    long[] named = ShingleSets.intersect(headlinePhrases, lead);
    for (int i = 0; i < named.length; i++) named[i] = named[i] ^ (dateline << 1) ^ PHRASE_SALT;
    return ShingleSets.of(named);
  }

  private static long key(String normalized) {
    long k = TextKey.ofNormalized(normalized) ^ TITLE_SALT;
    return k == 0 ? 1 : k;
  }

  /** The most characters a dateline runs to before its dash. */
  static final int MAX_DATELINE = 40;

  /**
   * The key of the dateline {@code paragraph} opens with, or 0: a run of upper-case words (at least
   * three letters in all, no lower-case letter) up to a dash, a comma or a parenthesis, followed by
   * a dash within {@link #MAX_DATELINE} characters ("SAN ROQUE DEL MAR —", "WASHINGTON (AP) —",
   * "LONDON, March 3 (Reuters) -").
   */
  public static long dateline(String paragraph) {
    if (paragraph == null) return 0;
    int n = Math.min(paragraph.length(), MAX_DATELINE + 3);
    int letters = 0;
    int end = -1;
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return 0;
        letters++;
      } else if (c == ',' || c == '(' || (isDash(c) && !joinsWords(paragraph, i))) {
        end = i;
        break;
      } else if (!(c == ' ' || c == '-' || c == '\'' || c == '.' || c == '’')) {
        return 0;
      }
    }
    if (end <= 0 || letters < 3) return 0;
    // the dash must follow, after a comma's or parenthesis's date or credit
    boolean dash = false;
    for (int i = end; i < Math.min(paragraph.length(), MAX_DATELINE + 3) && !dash; i++) {
      char c = paragraph.charAt(i);
      dash = isDash(c) && i + 1 < paragraph.length() && paragraph.charAt(i + 1) == ' ';
    }
    if (!dash) return 0;
    String place = paragraph.substring(0, end).strip().toLowerCase(Locale.ROOT);
    if (place.isEmpty()) return 0;
    long k = TextKey.of(place) ^ ~TITLE_SALT;
    return k == 0 ? 1 : k;
  }

  /** Whether the hyphen at {@code i} joins two words ("SAINTE-CLAIRE"), not a dash. */
  private static boolean joinsWords(String text, int i) {
    return text.charAt(i) == '-'
        && i > 0
        && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean isDash(char c) {
    return c == '—' || c == '–' || c == '-';
  }
}
