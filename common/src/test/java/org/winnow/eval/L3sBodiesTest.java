package org.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class L3sBodiesTest {
  @Test
  void takesTheHeadlineAndOneParagraphPerBlockOfFullText() {
    L3sBodies.Article a =
        L3sBodies.article(
            "<div><span class=\"x-nc-sel0\">Home</span></div>"
                + "<h1><span class=\"x-nc-sel1\">Rain closes roads</span></h1>"
                + "<p><span class=\"x-nc-sel2\">Heavy rain </span><b><span class=\"x-nc-sel2\">"
                + "closed</span></b><span class=\"x-nc-sel2\"> roads.</span></p>"
                + "<p><span class=\"x-nc-sel2\">More is due.</span><br>"
                + "<span class=\"x-nc-sel2\">Stay home.</span></p>");

    assertThat(a.title()).isEqualTo("Rain closes roads");
    assertThat(a.paragraphs())
        .isEqualTo(List.of("Heavy rain closed roads.", "More is due.", "Stay home."));
  }

  @Test
  void endsAParagraphWhereTextOfAnotherClassInterruptsIt() {
    L3sBodies.Article a =
        L3sBodies.article(
            "<h1><span class=\"x-nc-sel1\">T</span></h1><p><span class=\"x-nc-sel2\">One.</span>"
                + "<span class=\"x-nc-sel4\">Related story</span>"
                + "<span class=\"x-nc-sel2\">Two.</span></p>");

    assertThat(a.paragraphs()).isEqualTo(List.of("One.", "Two."));
  }

  @Test
  void leavesOutScriptsAndTextTheAnnotatorsMarkedInvisible() {
    L3sBodies.Article a =
        L3sBodies.article(
            "<h1><span class=\"x-nc-sel1\">T</span></h1><p><span class=\"x-nc-sel2\">Kept."
                + "</span></p><p class=\"x-nc-invisible\"><span class=\"x-nc-sel2\">Hidden.</span>"
                + "</p>");

    assertThat(a.paragraphs()).isEqualTo(List.of("Kept."));
  }

  @Test
  void takesTheHeadlineFromItsOwnBlockAndAStandfirstMarkedAsHeadlineAsAParagraph() {
    L3sBodies.Article a =
        L3sBodies.article(
            "<p><b><span class=\"x-nc-sel1\">Mapping dark matter</span></b><br><br></p>"
                + "<p><span class=\"x-nc-sel1\">Astronomers made a map.</span></p>"
                + "<p><span class=\"x-nc-sel2\">It is detailed.</span></p>");

    assertThat(a.title()).isEqualTo("Mapping dark matter");
    assertThat(a.paragraphs()).isEqualTo(List.of("Astronomers made a map.", "It is detailed."));
  }

  @Test
  void dropsAHeadlineRepeatedAfterTheFirst() {
    L3sBodies.Article a =
        L3sBodies.article(
            "<h1><span class=\"x-nc-sel1\">Rain</span></h1><p><span class=\"x-nc-sel1\">Rain"
                + "</span></p><p><span class=\"x-nc-sel2\">It rained.</span></p>");

    assertThat(a.paragraphs()).isEqualTo(List.of("It rained."));
  }

  @Test
  void leavesOutBlocksWithoutALetter() {
    L3sBodies.Article a =
        L3sBodies.article(
            "<h1><span class=\"x-nc-sel1\">Scores</span></h1><p><span class=\"x-nc-sel2\">42"
                + "</span></p><p><span class=\"x-nc-sel2\">Lakers won.</span></p>");

    assertThat(a.paragraphs()).isEqualTo(List.of("Lakers won."));
  }
}
