package org.winnow.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal texts one of which every match of a regular expression starts with, read from the
 * pattern itself, so that a text holding none of them is known not to match without running the
 * pattern: a linear scan in place of the regex engine's trial at every position.
 *
 * <pre>{@code
 * RequiredPrefixes p = RequiredPrefixes.of(Pattern.compile("\\bcookies?\\b|terms of (use|service)"));
 * p.prefixes();                 // [cookie, terms of use, terms of service]
 * p.mayMatch("we use cookies"); // true: the pattern decides
 * p.mayMatch("the cat sat");    // false: it cannot match
 * }</pre>
 *
 * <p>The reading is conservative: literal characters, escaped punctuation, groups of literal
 * alternatives and zero-width {@code ^ $ \b \B} are understood; at anything else (classes, optional
 * parts, flags, look-arounds, a pattern compiled with flags) the prefix ends there, and where no
 * non-empty prefix can be told every text may match. Immutable and thread-safe.
 */
public final class RequiredPrefixes {
  /** Above this many prefixes a group is not multiplied out: the prefix ends before it. */
  private static final int MAX_PREFIXES = 256;

  /** Null when the pattern may match a text holding none of the prefixes (or the empty text). */
  private final List<String> prefixes;

  /**
   * Whether the pattern is case-insensitive ({@code (?i)} without Unicode case): US-ASCII letters
   * then match either case, so the prefixes are kept and compared with those letters lower-cased.
   */
  private final boolean ignoreCase;

  /** Prefixes by their first character, for characters below 256. */
  private final String[][] latin;

  /** Prefixes by their first character, for the others. */
  private final Map<Character, String[]> other;

  /**
   * For a first character below 256: bit {@code c & 63} set for every second character {@code c} of
   * its prefixes (all bits for a one-character prefix), a cheap first test of a position.
   */
  private final long[] second;

  /**
   * Bit {@code c << 8 | next} set for each pair of characters below 256 that may start a match as
   * the page has them (either case of a letter when case is ignored), and every pair of a first
   * character that is a whole prefix: one test passes over most positions of a text.
   */
  private final long[] pairs = new long[1024];

  /** Bit {@code c}: a position with {@code c} before a character from 256 up may start a match. */
  private final long[] wide = new long[4];

  private RequiredPrefixes(List<String> prefixes, boolean ignoreCase) {
    this.prefixes = prefixes;
    this.ignoreCase = ignoreCase;
    this.latin = new String[256][];
    this.second = new long[256];
    Map<Character, List<String>> byFirst = new HashMap<>();
    if (prefixes != null) {
      for (String p : prefixes) {
        String key = ignoreCase ? asciiLowerCase(p) : p;
        byFirst.computeIfAbsent(key.charAt(0), k -> new ArrayList<>()).add(key);
        if (key.charAt(0) < 256) {
          second[key.charAt(0)] |= key.length() == 1 ? -1L : 1L << (key.charAt(1) & 63);
          for (char f : asTyped(key.charAt(0))) {
            if (key.length() == 1 || key.charAt(1) >= 256) {
              wide[f >>> 6] |= 1L << f;
            }
            if (key.length() == 1) {
              for (int w = 0; w < 4; w++) pairs[f * 4 + w] = -1L;
            } else if (key.charAt(1) < 256) {
              for (char t : asTyped(key.charAt(1))) {
                int bit = f << 8 | t;
                pairs[bit >>> 6] |= 1L << bit;
              }
            }
          }
        }
      }
    }
    Map<Character, String[]> rest = new HashMap<>();
    byFirst.forEach(
        (c, list) -> {
          String[] arr = list.toArray(new String[0]);
          if (c < 256) latin[c] = arr;
          else rest.put(c, arr);
        });
    this.other = rest;
  }

  /** The required prefixes of {@code pattern}'s matches. */
  public static RequiredPrefixes of(Pattern pattern) {
    RequiredPrefixes none = new RequiredPrefixes(null, false);
    // a leading (?i) shows in flags() too; any other flag changes what a literal matches
    if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) return none;
    String source = pattern.pattern();
    boolean ignoreCase = pattern.flags() != 0;
    if (source.startsWith("(?i)")) source = source.substring(4);
    try {
      Reader r = new Reader(source);
      Alternatives a = r.alternation();
      if (r.pos != r.src.length()) return none;
      for (String p : a.prefixes) {
        if (p.isEmpty()) return none;
      }
      return new RequiredPrefixes(List.copyOf(a.prefixes), ignoreCase);
    } catch (Unreadable e) {
      return none;
    }
  }

  /** The prefixes, or an empty list when the pattern could not be read (every text may match). */
  public List<String> prefixes() {
    return prefixes == null ? List.of() : prefixes;
  }

  /** The characters a text may hold where a prefix has {@code c}: both cases when ignored. */
  private char[] asTyped(char c) {
    if (ignoreCase && c >= 'a' && c <= 'z') return new char[] {c, (char) (c - ('a' - 'A'))};
    return new char[] {c};
  }

  /**
   * Whether a prefix may start at {@code i}, which is not the text's last position, by the bits of
   * the two characters there: {@code pairs} for two Latin-1 characters, {@code wide} for a Latin-1
   * character before a wider one. A wider first character always may.
   */
  private static boolean mayStartAt(long[] pairs, long[] wide, CharSequence text, int i) {
    char c = text.charAt(i);
    if (c >= 256) return true;
    char next = text.charAt(i + 1);
    if (next >= 256) return (wide[c >>> 6] & (1L << c)) != 0;
    int bit = c << 8 | next;
    return (pairs[bit >>> 6] & (1L << bit)) != 0;
  }

  /** False only when no match of the pattern can be found in {@code text}. */
  public boolean mayMatch(CharSequence text) {
    if (prefixes == null) return true;
    int n = text.length();
    for (int i = 0; i < n - 1; i++) {
      if (!mayStartAt(pairs, wide, text, i)) continue;
      if (matchesAt(text, i)) return true;
    }
    return n > 0 && matchesAt(text, n - 1);
  }

  /**
   * False only when no match of the pattern can start at {@code i} of {@code text}: what {@code
   * lookingAt} of an anchored pattern needs, one position asked instead of the whole text.
   *
   * <pre>{@code
   * RequiredPrefixes.of(Pattern.compile("^(read more|related)\\b")).mayMatchAt("Related: x", 0) -> false
   * }</pre>
   */
  public boolean mayMatchAt(CharSequence text, int i) {
    if (prefixes == null) return true;
    return i >= 0 && i < text.length() && matchesAt(text, i);
  }

  /**
   * Several patterns' prefixes asked of one text in one pass: {@link #mayMatch(CharSequence)}
   * returns bit {@code k} set when the {@code k}-th pattern's {@link RequiredPrefixes#mayMatch}
   * would be true, the same answers as asking each in turn, which would scan the text once each.
   *
   * <pre>{@code
   * RequiredPrefixes.Group g = RequiredPrefixes.group(legal, share);
   * g.mayMatch("share this") -> 0b10
   * }</pre>
   */
  public static final class Group {
    private final RequiredPrefixes[] members;

    /** The union of the members' pair and wide tests: a position none passes is skipped. */
    private final long[] pairs = new long[1024];

    private final long[] wide = new long[4];

    /** Bits of the members that may match any text (their pattern could not be read). */
    private final int always;

    private Group(RequiredPrefixes[] members) {
      if (members.length > 31) throw new IllegalArgumentException("more than 31 patterns");
      this.members = members.clone();
      int all = 0;
      for (int k = 0; k < members.length; k++) {
        RequiredPrefixes m = members[k];
        if (m.prefixes == null) all |= 1 << k;
        for (int w = 0; w < pairs.length; w++) pairs[w] |= m.pairs[w];
        for (int w = 0; w < wide.length; w++) wide[w] |= m.wide[w];
      }
      this.always = all;
    }

    /** Bit {@code k} set when the {@code k}-th member's {@code mayMatch(text)} is true. */
    public int mayMatch(CharSequence text) {
      int found = always;
      int open = ((1 << members.length) - 1) & ~found;
      int n = text.length();
      for (int i = 0; i < n - 1 && open != 0; i++) {
        if (!mayStartAt(pairs, wide, text, i)) continue;
        for (int left = open; left != 0; left &= left - 1) {
          int k = Integer.numberOfTrailingZeros(left);
          RequiredPrefixes m = members[k];
          if (mayStartAt(m.pairs, m.wide, text, i) && m.matchesAt(text, i)) {
            found |= 1 << k;
            open &= ~(1 << k);
          }
        }
      }
      if (n > 0) {
        for (int left = open; left != 0; left &= left - 1) {
          int k = Integer.numberOfTrailingZeros(left);
          if (members[k].matchesAt(text, n - 1)) found |= 1 << k;
        }
      }
      return found;
    }
  }

  /** The patterns' prefixes to be asked together (at most 31), bit {@code k} for the k-th. */
  public static Group group(RequiredPrefixes... members) {
    return new Group(members);
  }

  /** Whether a prefix starts at {@code i}. */
  private boolean matchesAt(CharSequence text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (ignoreCase) c = asciiLowerCase(c);
    String[] candidates;
    if (c < 256) {
      candidates = latin[c];
      if (candidates == null) return false;
      // a position whose next character starts no prefix's second is passed over at once
      char next = i + 1 < n ? text.charAt(i + 1) : 0;
      if (ignoreCase) next = asciiLowerCase(next);
      if (i + 1 < n && (second[c] & (1L << (next & 63))) == 0) return false;
    } else {
      candidates = other.get(c);
      if (candidates == null) return false;
    }
    for (String p : candidates) {
      if (startsWith(text, i, p)) return true;
    }
    return false;
  }

  private boolean startsWith(CharSequence text, int at, String p) {
    if (text.length() - at < p.length()) return false;
    for (int j = 1; j < p.length(); j++) {
      char c = text.charAt(at + j);
      if ((ignoreCase ? asciiLowerCase(c) : c) != p.charAt(j)) return false;
    }
    return true;
  }

  private static char asciiLowerCase(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static String asciiLowerCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) sb.append(asciiLowerCase(s.charAt(i)));
    return sb.toString();
  }

  /** The prefixes of an alternation, and whether each alternative is wholly literal. */
  private record Alternatives(Set<String> prefixes, boolean complete) {}

  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reader of the pattern's source. */
  private static final class Reader {
    final String src;
    int pos;

    Reader(String src) {
      this.src = src;
    }

    /** Alternatives up to a closing parenthesis or the end. */
    Alternatives alternation() throws Unreadable {
      Set<String> all = new LinkedHashSet<>();
      boolean complete = true;
      while (true) {
        Alternatives seq = sequence();
        all.addAll(seq.prefixes);
        complete &= seq.complete;
        if (pos < src.length() && src.charAt(pos) == '|') {
          pos++;
          continue;
        }
        return new Alternatives(all, complete);
      }
    }

    /** One alternative: its atoms up to {@code |}, {@code )} or the end. */
    Alternatives sequence() throws Unreadable {
      Set<String> prefixes = new LinkedHashSet<>();
      prefixes.add("");
      boolean open = true; // still extending the prefixes
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '|' || c == ')') break;
        // read one atom: what it contributes, then its quantifier
        String literal = null;
        Alternatives group = null;
        boolean zeroWidth = false;
        if (c == '\\') {
          if (pos + 1 >= src.length()) throw new Unreadable();
          char e = src.charAt(pos + 1);
          pos += 2;
          if (e == 'Q') throw new Unreadable();
          if (e == 'b' || e == 'B') {
            zeroWidth = true;
          } else if (Character.isLetterOrDigit(e)) {
            // a class (\d, \p{L}), a code (\x41, \u00e9) or a back reference: not read
            boolean braced = e == 'p' || e == 'P' || e == 'x' || e == 'N';
            if (braced && pos < src.length() && src.charAt(pos) == '{') skipPast('}');
          } else {
            literal = String.valueOf(e);
          }
        } else if (c == '[') {
          skipClass();
        } else if (c == '(') {
          pos++;
          if (src.startsWith("?:", pos)) pos += 2;
          else if (pos < src.length() && src.charAt(pos) == '?') throw new Unreadable();
          group = alternation();
          if (pos >= src.length() || src.charAt(pos) != ')') throw new Unreadable();
          pos++;
        } else if (c == '^' || c == '$') {
          pos++;
          zeroWidth = true;
        } else if (c == '.' || c == '*' || c == '+' || c == '?' || c == '{') {
          pos++;
        } else {
          pos++;
          literal = String.valueOf(c);
        }
        int min = quantifier();
        boolean once = min == NO_QUANTIFIER;
        if (!open || zeroWidth) continue;
        if (literal != null && (once || min >= 1)) {
          prefixes = append(prefixes, Set.of(literal));
          // repeated: the first one is certain, what follows it not
          if (!once) open = false;
        } else if (group != null
            && (once || min >= 1)
            && prefixes.size() * group.prefixes.size() <= MAX_PREFIXES) {
          prefixes = append(prefixes, group.prefixes);
          if (!once || !group.complete) open = false;
        } else {
          open = false;
        }
      }
      return new Alternatives(prefixes, open);
    }

    static final int NO_QUANTIFIER = -1;

    /** Reads a quantifier after an atom: its minimum count, or NO_QUANTIFIER (exactly once). */
    int quantifier() throws Unreadable {
      if (pos >= src.length()) return NO_QUANTIFIER;
      char q = src.charAt(pos);
      int min;
      if (q == '?' || q == '*') {
        min = 0;
        pos++;
      } else if (q == '+') {
        min = 1;
        pos++;
      } else if (q == '{') {
        int end = src.indexOf('}', pos);
        if (end < 0) throw new Unreadable();
        String body = src.substring(pos + 1, end);
        int comma = body.indexOf(',');
        try {
          min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
        } catch (NumberFormatException e) {
          throw new Unreadable();
        }
        pos = end + 1;
      } else {
        return NO_QUANTIFIER;
      }
      // lazy or possessive forms change nothing here
      if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) pos++;
      return min;
    }

    private void skipPast(char close) throws Unreadable {
      int end = src.indexOf(close, pos);
      if (end < 0) throw new Unreadable();
      pos = end + 1;
    }

    /** Skips a character class, nested ones and escapes included. */
    private void skipClass() throws Unreadable {
      int depth = 0;
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '\\') {
          pos += 2;
          continue;
        }
        if (c == '[') {
          depth++;
          pos++;
          // a ']' first in a class (after an optional '^') is a literal
          if (pos < src.length() && src.charAt(pos) == '^') pos++;
          if (pos < src.length() && src.charAt(pos) == ']') pos++;
          continue;
        }
        pos++;
        if (c == ']' && --depth == 0) return;
      }
      throw new Unreadable();
    }

    private static Set<String> append(Set<String> heads, Set<String> tails) {
      Set<String> out = new LinkedHashSet<>();
      for (String h : heads) {
        for (String t : tails) out.add(h + t);
      }
      return out;
    }
  }
}
