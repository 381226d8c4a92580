package org.winnow.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredPrefixesTest {

  private static List<String> prefixes(String regex) {
    return RequiredPrefixes.of(Pattern.compile(regex)).prefixes();
  }

  @Test
  void readsLiteralAlternativesAndMultipliesOutLiteralGroups() {
    assertEquals(
        List.of("cookie", "terms of use", "terms of service"),
        prefixes("\\bcookies?\\b|terms of (use|service)"));
  }

  @Test
  void endsAPrefixAtAnOptionalOrRepeatedPart() {
    assertEquals(List.of("(c)"), prefixes("\\(c\\) ?\\d{4}"));
    assertEquals(List.of("ab"), prefixes("ab+c"));
    assertEquals(List.of("http"), prefixes("https?:"));
    assertEquals(List.of("x"), prefixes("x(y|z)?w"));
  }

  @Test
  void skipsZeroWidthAssertionsAndCharacterClasses() {
    assertEquals(List.of("by"), prefixes("^by\\s+[\\p{Lu}]"));
    assertEquals(List.of("(photo"), prefixes("\\((photo):?[^)]{0,60}\\)$"));
  }

  @Test
  void givesUpWhereAMatchNeedNotStartWithALiteral() {
    assertEquals(List.of(), prefixes("\\d{2}|ab"));
    assertEquals(List.of(), prefixes("(?iu)cookie"));
    assertEquals(List.of(), prefixes("ab(?i)cd"));
    assertEquals(List.of(), prefixes("(?iu:by) x"));
    assertEquals(List.of(), prefixes("a|"));
    assertEquals(List.of(), prefixes("(?=a)abc"));
    assertTrue(RequiredPrefixes.of(Pattern.compile("\\d")).mayMatch("no digits here"));
    assertTrue(RequiredPrefixes.of(Pattern.compile("a", Pattern.UNICODE_CASE)).mayMatch("b"));
  }

  @Test
  void comparesUsAsciiLettersInEitherCaseUnderCaseInsensitivity() {
    RequiredPrefixes p = RequiredPrefixes.of(Pattern.compile("(?i)\\bposted by|posté par"));
    assertEquals(List.of("posted by", "posté par"), p.prefixes());
    assertTrue(p.mayMatch("POSTED BY jim"));
    assertTrue(p.mayMatch("Posté PAR anne"));
    assertFalse(p.mayMatch("POSTÉ PAR anne"), "(?i) without u folds US-ASCII letters only");
    assertTrue(RequiredPrefixes.of(Pattern.compile("ab", Pattern.CASE_INSENSITIVE)).mayMatch("AB"));
  }

  @Test
  void rulesOutOnlyTextsWithoutAnyPrefix() {
    RequiredPrefixes p = RequiredPrefixes.of(Pattern.compile("©|\\bcopyright\\b|datenschutz"));
    assertTrue(p.mayMatch("© 2024 x"));
    assertTrue(p.mayMatch("copyrighted works")); // the pattern, not the filter, says no
    assertFalse(p.mayMatch("the cat sat on the mat"));
  }

  @Test
  void findsPrefixesThatEndATextOrGoOnBeyondLatin1() {
    RequiredPrefixes p = RequiredPrefixes.of(Pattern.compile("(?i)©|a€|x"));
    assertTrue(p.mayMatch("price: A€5"));
    assertTrue(p.mayMatch("2024 ©"));
    assertTrue(p.mayMatch("©\u4e2d"));
    assertTrue(p.mayMatch("the end is X"));
    assertFalse(p.mayMatch("A$5 \u4e2d"));
  }

  @Test
  void neverRulesOutATextThePatternMatches() {
    String[] regexes = {
      "©|\\(c\\) ?\\d{4}|\\bcopyright\\b|\\ball rights reserved\\b|\\bcookies?\\b",
      "^(share|tweet|pin it)(\\b.{0,40})?$|\\b(follow us|on (facebook|twitter)\\b|get the app)",
      "^(photo|foto)\\s*(:|by\\b|credit)|\\((photo|foto):?[^)]{0,60}\\)$|\\b(ap photo|reuters/)\\b",
      "\\b(we|our|unser\\w*|ihr(e|en|er)?)\\b",
      "a[bc]+d|x{2,3}y|(?:pq|rs)t",
      "(?i)\\b(posted|comment(ed)?) by\\b.{0,80}?(\\d{1,2}[:.]\\d{2}|\\b\\d{4}\\b)|\\bpost(é|e) par\\b"
    };
    String[] pieces = {
      "©",
      "(c)",
      "(c) 2024",
      "copyright",
      "cookie",
      "s",
      " ",
      "share",
      "tweet",
      "pin it",
      "follow us",
      "on ",
      "facebook",
      "twitter",
      "get the app",
      "photo",
      "foto",
      ":",
      "by",
      "credit",
      "(",
      ")",
      "ap photo",
      "reuters/",
      "we",
      "our",
      "unser",
      "ihr",
      "en",
      "a",
      "b",
      "c",
      "d",
      "x",
      "y",
      "pq",
      "rs",
      "t",
      "!",
      "all rights reserved",
      "1"
    };
    SplittableRandom r = new SplittableRandom(11);
    for (String regex : regexes) {
      Pattern pattern = Pattern.compile(regex);
      RequiredPrefixes p = RequiredPrefixes.of(pattern);
      for (int k = 0; k < 20_000; k++) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(6);
        for (int j = 0; j < n; j++) sb.append(pieces[r.nextInt(pieces.length)]);
        String s = sb.toString();
        if (pattern.matcher(s).find()) assertTrue(p.mayMatch(s), regex + " on '" + s + "'");
      }
    }
  }

  @Test
  void asksOnePositionForAMatchStartingThere() {
    RequiredPrefixes p = RequiredPrefixes.of(Pattern.compile("^(read more|related)\\b"));
    assertTrue(p.mayMatchAt("related: rain", 0));
    assertTrue(p.mayMatchAt("see related", 4));
    assertFalse(p.mayMatchAt("see related", 0));
    assertFalse(p.mayMatchAt("Related", 0), "the pattern is case-sensitive");
    assertFalse(p.mayMatchAt("", 0));
    assertFalse(p.mayMatchAt("re", 2));
    assertTrue(RequiredPrefixes.of(Pattern.compile("\\d+")).mayMatchAt("x", 0));
  }

  @Test
  void neverRulesOutALookingAtThePatternMakes() {
    String[] regexes = {
      "^(ad|ads|sponsored( content| post)?|paid (content|post)|publi-?reportage)\\s*[:|–—]",
      "^(related|related articles?|read more|more on this|à lire aussi)\\b",
      "(?i)\\b(posted|comment(ed)?) by\\b|\\bpost(é|e) par\\b"
    };
    String[] pieces = {
      "ad",
      "ads",
      "s",
      " ",
      ":",
      "|",
      "–",
      "sponsored",
      " content",
      " post",
      "paid ",
      "content",
      "publi",
      "-",
      "reportage",
      "related",
      " articles",
      "read more",
      "more on this",
      "à lire",
      " aussi",
      "posted",
      "comment",
      "ed",
      " by",
      "post",
      "é",
      " par",
      "x",
      "Ad",
      "RELATED"
    };
    SplittableRandom r = new SplittableRandom(5);
    for (String regex : regexes) {
      Pattern pattern = Pattern.compile(regex);
      RequiredPrefixes p = RequiredPrefixes.of(pattern);
      assertFalse(p.prefixes().isEmpty(), regex);
      for (int k = 0; k < 20_000; k++) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(5);
        for (int j = 0; j < n; j++) sb.append(pieces[r.nextInt(pieces.length)]);
        String s = sb.toString();
        if (pattern.matcher(s).lookingAt())
          assertTrue(p.mayMatchAt(s, 0), regex + " on '" + s + "'");
      }
    }
  }

  @Test
  void aGroupAnswersAsEachOfItsPatternsAskedAlone() {
    RequiredPrefixes[] members = {
      RequiredPrefixes.of(Pattern.compile("©|\\bcopyright\\b|datenschutz")),
      RequiredPrefixes.of(Pattern.compile("(?i)©|a€|x")),
      RequiredPrefixes.of(Pattern.compile("\\d{2}|ab")), // unreadable: may match anything
      RequiredPrefixes.of(Pattern.compile("^(share|tweet)\\b|\\b(follow us|pin it)")),
      RequiredPrefixes.of(Pattern.compile("(?i)\\bposted by|posté par"))
    };
    RequiredPrefixes.Group group = RequiredPrefixes.group(members);
    String[] pieces = {
      "©",
      "copyright",
      "datenschutz",
      "a€",
      "A€",
      "x",
      "X",
      "share",
      "tweet",
      "follow us",
      "pin i",
      "t",
      "POSTED BY",
      "posté par",
      "\u4e2d",
      " ",
      "a",
      "e",
      "!",
      "1"
    };
    SplittableRandom r = new SplittableRandom(7);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(6);
      for (int j = 0; j < n; j++) sb.append(pieces[r.nextInt(pieces.length)]);
      String s = sb.toString();
      int expected = 0;
      for (int m = 0; m < members.length; m++) if (members[m].mayMatch(s)) expected |= 1 << m;
      assertEquals(expected, group.mayMatch(s), "'" + s + "'");
    }
  }

  @Test
  void aGroupSetsTheBitOfEachPatternWhosePrefixTheTextHolds() {
    RequiredPrefixes.Group group =
        RequiredPrefixes.group(
            RequiredPrefixes.of(Pattern.compile("\\bcookies?\\b")),
            RequiredPrefixes.of(Pattern.compile("\\bshare\\b")));
    assertEquals(0b10, group.mayMatch("share this"));
    assertEquals(0b11, group.mayMatch("share our cookies"));
    assertEquals(0, group.mayMatch("the cat sat"));
  }
}
