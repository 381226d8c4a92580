package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenRegionsTest {
  @Test
  void readsATokenWhereItStandsInTheLongerString() {
    TokenRegions r = new TokenRegions();
    assertThat(r.of("story breadcrumbs main", 6, 17)).isEqualTo(Region.NAVIGATION);
    assertThat(r.of("story breadcrumbs main", 0, 5)).isEqualTo(Region.ofToken("story"));
  }

  @Test
  void remembersATokenAskedAgainFromAnotherString() {
    TokenRegions r = new TokenRegions();
    r.of("post related-articles", 5, 21);
    assertThat(r.of("related-articles", 0, 16)).isEqualTo(Region.RELATED);
    assertThat(r.size()).isEqualTo(1);
  }

  @Test
  void tellsApartTokensOfTheSameHashCode() {
    // "Aa" and "BB" share String.hashCode 2112
    TokenRegions r = new TokenRegions();
    assertThat(r.of("x Aa", 2, 4)).isEqualTo(Region.ofToken("Aa"));
    assertThat(r.of("BB y", 0, 2)).isEqualTo(Region.ofToken("BB"));
    assertThat(r.size()).isEqualTo(2);
  }

  @Test
  void answersAsRegionOfTokenForManyTokens() {
    TokenRegions r = new TokenRegions();
    String[] words = {"nav", "comments", "sidebar", "entry-content", "share", "x", ""};
    for (int i = 0; i < 500; i++) {
      String token = words[i % words.length] + (i % 3 == 0 ? "" : "-" + i);
      String s = "a " + token + " b";
      assertThat(r.of(s, 2, 2 + token.length())).isEqualTo(Region.ofToken(token));
    }
    for (String w : words) assertThat(r.of(w, 0, w.length())).isEqualTo(Region.ofToken(w));
  }
}
