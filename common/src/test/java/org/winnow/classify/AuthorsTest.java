package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorsTest {
  private final Authors two = Authors.of("'Luana Patriolino, Raphael Felice'");

  @Test
  void recognisesTheWholeAuthorField() {
    assertThat(two.names("Luana Patriolino, Raphael Felice")).isTrue();
  }

  @Test
  void recognisesOneOfSeveralAuthorsOnItsOwn() {
    assertThat(two.names("Raphael Felice")).isTrue();
  }

  @Test
  void recognisesTheAuthorsAfterAnOpeningBy() {
    assertThat(two.names("Por Raphael Felice e Luana Patriolino")).isTrue();
    assertThat(Authors.of("Jane Doe").names("By JANE DOE")).isTrue();
  }

  @Test
  void takesNoSentenceThatMentionsTheAuthor() {
    assertThat(two.names("Raphael Felice said the court would rule on Monday.")).isFalse();
  }

  @Test
  void takesNoListThatNamesSomeoneElseBesideTheAuthor() {
    assertThat(two.names("Raphael Felice, Maria Souza")).isFalse();
  }

  @Test
  void takesNoBlockWhenThePageNamesNoAuthor() {
    assertThat(Authors.of(null).names("Jane Doe")).isFalse();
    assertThat(Authors.of(" ").names("Jane Doe")).isFalse();
  }

  @Test
  void leavesInitialsAndAgencyCodesToTheBylineWording() {
    assertThat(Authors.of("dpa").names("dpa")).isFalse();
  }

  @Test
  void recognisesANoteThatOpensWithTheAuthorsName() {
    Authors a = Authors.of("Alice Wu");
    assertThat(a.opensNote("Alice Wu is a political consultant and a former director.")).isTrue();
    assertThat(Authors.of("Georg Kasch").opensNote("Georg Kasch, Jahrgang 1979, ist Redakteur."))
        .isTrue();
  }

  @Test
  void recognisesANoteThatWritesTheAuthorsNameWithAMiddleInitial() {
    Authors a = Authors.of("Evan Symon");
    assertThat(a.opensNote("Evan V. Symon is the Senior Editor for the Daily Planet.")).isTrue();
    assertThat(a.opensNote("Evan V Symon, a former teacher, writes on courts.")).isTrue();
  }

  @Test
  void takesAnotherPersonWithTheAuthorsFirstNameForNoNote() {
    Authors a = Authors.of("Evan Symon");
    assertThat(a.opensNote("Evan V. Jones is the mayor of the town.")).isFalse();
    assertThat(a.opensNote("Evan Vance Symon said the court would rule.")).isFalse();
  }

  @Test
  void takesNoQuestionOfAnInterviewOrDatelineForANote() {
    Authors a = Authors.of("The Economist");
    assertThat(a.opensNote("The Economist: What do you mean by superminds?")).isFalse();
    assertThat(Authors.of("Alice Wu").opensNote("Alice Wu - Taipei, the capital, voted."))
        .isFalse();
  }

  @Test
  void takesNoOutletWrittenInCapitalsForAPersonsName() {
    assertThat(Authors.of("CBNNews.com").opensNote("CBNNews.com is reporting that oil rose."))
        .isFalse();
  }
}
