package org.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextScrapesTest {
  private static final String LEAD =
      "RIVERSIDE — The dock workers' union raised its fees for the new harbour on Saturday, a"
          + " move that shipping firms said would cost them dearly this winter.";
  private static final String BODY =
      "The union said the increase was the first in six years and would pay for safety training"
          + " that the port authority had refused to fund.";

  @Test
  void findsTheHeadlineAScrapeRepeatsAfterItsLead() {
    String headline = "LIVE: Dock workers' union raised its fees for the new harbour";
    assertThat(TextScrapes.echoedHeadline(List.of(LEAD, BODY, headline, BODY))).isEqualTo(headline);
  }

  @Test
  void takesNoSubHeadingThatNamesANewTurnOfTheStoryForTheHeadline() {
    assertThat(
            TextScrapes.echoedHeadline(
                List.of(LEAD, BODY, "Shipping firms weigh a move to Port Adley", BODY)))
        .isNull();
  }

  @Test
  void takesNoClauseOrSentenceForTheHeadline() {
    assertThat(
            TextScrapes.echoedHeadline(
                List.of(LEAD, BODY, "\"The union raised its fees for the new harbour,\"", BODY)))
        .isNull();
    assertThat(
            TextScrapes.echoedHeadline(
                List.of(LEAD, BODY, "The union raised its fees for the new harbour.", BODY)))
        .isNull();
  }

  @Test
  void takesNoListItemForTheHeadline() {
    assertThat(
            TextScrapes.echoedHeadline(
                List.of(LEAD, BODY, "- Dock workers' union raised its fees for the harbour")))
        .isNull();
  }

  @Test
  void findsNoHeadlineInAScrapeWithoutALead() {
    assertThat(
            TextScrapes.echoedHeadline(
                List.of("Harbour fees rise", "Dock workers' union raised its harbour fees")))
        .isNull();
  }
}
