package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTest {
  @Test
  void readsRegionsFromWholeTokensAndTheirParts() {
    assertThat(Region.ofToken("breadcrumbs")).isEqualTo(Region.NAVIGATION);
    assertThat(Region.ofToken("related-articles")).isEqualTo(Region.RELATED);
    assertThat(Region.ofToken("social_share")).isEqualTo(Region.SHARE);
    assertThat(Region.ofToken("cookie-consent")).isEqualTo(Region.LEGAL);
    assertThat(Region.ofToken("entry-content")).isEqualTo(Region.ARTICLE);
  }

  @Test
  void letsNoiseWordsOutweighArticleWords() {
    assertThat(Region.ofToken("article-related")).isEqualTo(Region.RELATED);
    assertThat(Region.ofToken("post-meta")).isEqualTo(Region.BYLINE);
  }

  @Test
  void readsGluedNamesByPrefix() {
    assertThat(Region.ofToken("relatedArticles")).isEqualTo(Region.RELATED);
    assertThat(Region.ofToken("commentsBlock")).isEqualTo(Region.COMMENT);
  }

  @Test
  void readsRegionWordsGluedToOthersAtEitherEnd() {
    assertThat(Region.ofToken("readercomments")).isEqualTo(Region.COMMENT);
    assertThat(Region.ofToken("commentodd")).isEqualTo(Region.COMMENT);
    assertThat(Region.ofToken("layout-rightsidebar")).isEqualTo(Region.SIDEBAR);
    assertThat(Region.ofToken("live-match-comment")).isEqualTo(Region.COMMENT);
    assertThat(Region.ofToken("article__comment")).isEqualTo(Region.COMMENT);
  }

  @Test
  void readsANumberedAbbreviationAsACommentButNotTheAbbreviationAlone() {
    assertThat(Region.ofToken("com-0")).isEqualTo(Region.COMMENT);
    assertThat(Region.ofToken("cmt_12")).isEqualTo(Region.COMMENT);
    assertThat(Region.ofToken("com")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("example-com")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("com-2x")).isEqualTo(Region.NONE);
  }

  @Test
  void letsAWordNamedOnItsOwnOutweighAGluedOne() {
    assertThat(Region.ofToken("photocaption-byline")).isEqualTo(Region.BYLINE);
  }

  @Test
  void readsNoCommentInCommentaryNorAShareInAShareholder() {
    assertThat(Region.ofToken("commentary")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("commentary-body")).isEqualTo(Region.ARTICLE);
    assertThat(Region.ofToken("shareholders")).isEqualTo(Region.NONE);
  }

  @Test
  void ignoresWordsThatMerelyContainANoiseWord() {
    assertThat(Region.ofToken("shadow")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("loaded")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("commentary")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("article-teaser")).isEqualTo(Region.ARTICLE);
  }

  @Test
  void namesAnAuthorsBoxFurniture() {
    assertThat(Region.ofToken("author-bio")).isEqualTo(Region.AUTHOR_BOX);
    assertThat(Region.ofToken("testreport__authorbox")).isEqualTo(Region.AUTHOR_BOX);
    assertThat(Region.AUTHOR_BOX.noise()).isTrue();
    assertThat(Region.ofToken("author")).isEqualTo(Region.BYLINE);
  }

  @Test
  void readsAReadersPollAsNoise() {
    assertThat(Region.ofToken("poll")).isEqualTo(Region.POLL);
    assertThat(Region.ofToken("article-umfrage")).isEqualTo(Region.POLL);
    assertThat(Region.ofToken("pollquestion")).isEqualTo(Region.POLL);
    assertThat(Region.POLL.noise()).isTrue();
  }

  @Test
  void readsNoPollInPollutionPollenOrPollster() {
    assertThat(Region.ofToken("pollution")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("pollen-count")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("pollster")).isEqualTo(Region.NONE);
  }

  @Test
  void readsAModuleOfOtherStoriesFromAWholeNameWhosePartsSayNothing() {
    assertThat(Region.ofToken("most-read")).isEqualTo(Region.RELATED);
    assertThat(Region.ofToken("read-next")).isEqualTo(Region.RELATED);
    assertThat(Region.ofToken("more-stories")).isEqualTo(Region.RELATED);
    assertThat(Region.ofToken("read")).isEqualTo(Region.NONE);
    assertThat(Region.ofToken("more")).isEqualTo(Region.NONE);
  }
}
