package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPatternsTest {
  @Test
  void recognisesFurnitureByItsWords() {
    assertThat(TextPatterns.match("Follow us on Twitter")).isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("© 2024 Daily Planet")).isEqualTo(TextPatterns.Kind.LEGAL);
    assertThat(TextPatterns.match("By Jane Doe, Reuters")).isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Photo: Mikhail Klimentyev, AP"))
        .isEqualTo(TextPatterns.Kind.CAPTION);
    assertThat(TextPatterns.match("Read more: the bridge saga"))
        .isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("ADVERTISEMENT")).isEqualTo(TextPatterns.Kind.AD);
    assertThat(TextPatterns.match("July 16, 2018")).isEqualTo(TextPatterns.Kind.DATELINE);
    assertThat(TextPatterns.match("Putin meets Kim, This news data comes from:http://a.b"))
        .isEqualTo(TextPatterns.Kind.SPAM);
  }

  @Test
  void recognisesAnAdvertisingLabelLeadingALine() {
    assertThat(TextPatterns.match("Sponsored: Save up to 20% on flights this winter"))
        .isEqualTo(TextPatterns.Kind.AD);
    assertThat(TextPatterns.match("Anzeige: Strompreise vergleichen und wechseln"))
        .isEqualTo(TextPatterns.Kind.AD);
    assertThat(TextPatterns.match("Contenido patrocinado: diez razones para viajar"))
        .isEqualTo(TextPatterns.Kind.AD);
  }

  @Test
  void recognisesARowOfShareButtonsFlattenedIntoText() {
    assertThat(TextPatterns.match("Compartir en Facebook Compartir en X Enviar por correo"))
        .isEqualTo(TextPatterns.Kind.SHARE);
  }

  @Test
  void leavesASentenceAboutSharesAlone() {
    assertThat(TextPatterns.match("The firms will share the cost, and share the profits later."))
        .isNull();
  }

  @Test
  void hearsTheOutletSpeakingOfItselfInSeveralLanguages() {
    assertThat(TextPatterns.outletVoice("Our newsroom corrects its mistakes openly.")).isTrue();
    assertThat(TextPatterns.outletVoice("Unsere Redaktion arbeitet nach einem Kodex.")).isTrue();
    assertThat(TextPatterns.outletVoice("Lorsque nous commettons une erreur, nous la corrigeons."))
        .isTrue();
    assertThat(TextPatterns.outletVoice("The council approved the budget on Monday.")).isFalse();
  }

  @Test
  void hearsNoSubscriptionInAnAssassination() {
    assertThat(TextPatterns.subscriptionOrRights("He voiced shock at Bhutto's assassination."))
        .isFalse();
    assertThat(TextPatterns.subscriptionOrRights("Faça sua assinatura digital")).isTrue();
  }

  @Test
  void hearsNoOutletInTheCountrysAbbreviation() {
    assertThat(TextPatterns.outletVoice("An Iraqi soldier has killed two US troops in Mosul."))
        .isFalse();
    assertThat(TextPatterns.outletVoice("Tell us what you think of the new bridge.")).isTrue();
  }

  @Test
  void leavesNewsThatMentionsCopyrightOrSocialMediaInPassingAlone() {
    assertThat(
            TextPatterns.match(
                "A settlement does not necessarily indicate an admission of copyright infringement."))
        .isNull();
    assertThat(
            TextPatterns.match(
                "The minister announced her resignation on Twitter late on Sunday evening."))
        .isNull();
  }

  @Test
  void stillReadsNoticesThatOpenWithTheirWordOrSpeakToTheReader() {
    assertThat(TextPatterns.match("Copyright 2008 Reuters. Click for restrictions on reuse."))
        .isEqualTo(TextPatterns.Kind.LEGAL);
    assertThat(
            TextPatterns.match(
                "This website uses cookies to give you the best experience when reading it."))
        .isEqualTo(TextPatterns.Kind.LEGAL);
    assertThat(
            TextPatterns.match("Get the morning briefing: sign up for our newsletter every day."))
        .isEqualTo(TextPatterns.Kind.SHARE);
  }

  @Test
  void recognisesWhatOpensReadersCommentsInSeveralLanguages() {
    assertThat(TextPatterns.opensComments("Comments (12)")).isTrue();
    assertThat(TextPatterns.opensComments("Leave a reply")).isTrue();
    assertThat(TextPatterns.opensComments("12 Kommentare")).isTrue();
    assertThat(TextPatterns.opensComments("Have your say")).isTrue();
    assertThat(TextPatterns.opensComments("Most Recent Reader Comments:")).isTrue();
    assertThat(TextPatterns.opensComments("Do you have comments on this story?")).isTrue();
    assertThat(TextPatterns.opensComments("Comments from the minister")).isFalse();
    assertThat(TextPatterns.opensComments("Readers comment on the budget")).isFalse();
    assertThat(TextPatterns.opensComments("Reactions to the budget were mixed.")).isFalse();
  }

  @Test
  void takesANoticeThatCommentsAreClosedForWhereTheyBegin() {
    assertThat(TextPatterns.opensComments("Comments are now closed for this story")).isTrue();
    assertThat(TextPatterns.opensComments("Thanks for your comments - this feedback is now closed"))
        .isTrue();
    assertThat(
            TextPatterns.opensComments("Die Kommentarfunktion ist für diesen Artikel geschlossen"))
        .isTrue();
    assertThat(TextPatterns.opensComments("The bridge is now closed to traffic until the spring."))
        .isFalse();
  }

  @Test
  void leavesSentencesThatStartLikeBylinesAlone() {
    assertThat(TextPatterns.match("by the end of the year the bridge will be open")).isNull();
  }

  @Test
  void neverJudgesLongTextByWords() {
    assertThat(TextPatterns.match("Follow us on Twitter. " + "The bridge opens. ".repeat(20)))
        .isNull();
  }

  @Test
  void recognisesDateLinesInSeveralLanguages() {
    assertThat(TextPatterns.match("Actualizado: 12 de marzo de 2021, 10:45 hora local"))
        .isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Aktualisiert am 3. März 2021 um 14:30 Uhr von der Redaktion"))
        .isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Stand: 12. März 2021, nach Angaben des Landkreises"))
        .isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Opublikowano: 4 marca 2021 roku, godzina 12:00"))
        .isEqualTo(TextPatterns.Kind.BYLINE);
  }

  @Test
  void recognisesAnAdvertisingLabelBeforeADash() {
    assertThat(TextPatterns.match("Advertisement - Continue Reading Below"))
        .isEqualTo(TextPatterns.Kind.AD);
  }

  @Test
  void recognisesBylinesThatSayWhoWroteThePiece() {
    assertThat(TextPatterns.match("Written by Jane Doe")).isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Ein Bericht von Jana Müller"))
        .isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Un article de Jean Dupont")).isEqualTo(TextPatterns.Kind.BYLINE);
  }

  @Test
  void recognisesBylinesThatNameTheReportersPost() {
    assertThat(TextPatterns.match("Jane Doe | Staff reporter")).isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Jane Doe, Senior Writer")).isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Jean Dupont | Rédaction")).isEqualTo(TextPatterns.Kind.BYLINE);
  }

  @Test
  void leavesSentencesAboutWritersAndEditorsAlone() {
    assertThat(TextPatterns.match("Written off by the critics, the team won again.")).isNull();
    assertThat(TextPatterns.match("The editor resigned on Monday, the board said")).isNull();
    assertThat(TextPatterns.match("Story of a reporter")).isNull();
  }

  @Test
  void leavesASentenceStartingWithStandAlone() {
    assertThat(TextPatterns.match("Stand 2019 lebten in der Stadt rund 40.000 Menschen.")).isNull();
  }

  @Test
  void recognisesACaptionByItsTrailingPhotoCredit() {
    assertThat(TextPatterns.match("Der Hafen von Rostock am Morgen. Foto: Bernd Wüstneck/dpa"))
        .isEqualTo(TextPatterns.Kind.CAPTION);
    assertThat(TextPatterns.match("La Corte Suprema en sesión. Imagen: Télam"))
        .isEqualTo(TextPatterns.Kind.CAPTION);
    assertThat(TextPatterns.match("Ein Luchs im Harz (Bild: Nationalpark Harz)"))
        .isEqualTo(TextPatterns.Kind.CAPTION);
  }

  @Test
  void recognisesALinkToAnotherStoryInSeveralLanguages() {
    assertThat(TextPatterns.match("Lea también: Impiden ingreso a reportero estadounidense"))
        .isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("VEA TAMBIÉN: Estrella de la educación no brilla"))
        .isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("Zobacz także: Sejm zagłosował za funduszami"))
        .isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("Lesen Sie auch: Die Bahn streicht Verbindungen"))
        .isEqualTo(TextPatterns.Kind.RELATED);
  }

  @Test
  void leavesASentenceAboutReadingAlone() {
    assertThat(TextPatterns.match("Lea leyó el informe dos veces antes de firmarlo.")).isNull();
  }

  @Test
  void recognisesALabelPointingToOtherStoriesThatStandsAlone() {
    assertThat(TextPatterns.match("You may also like")).isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("Das könnte Sie auch interessieren:"))
        .isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("Zobacz także")).isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("Sur le même sujet")).isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("Explore further")).isEqualTo(TextPatterns.Kind.RELATED);
  }

  @Test
  void leavesASentenceOpenedByTheWordsOfALabelAlone() {
    assertThat(TextPatterns.match("Explore further and you find the old mill by the river."))
        .isNull();
    assertThat(TextPatterns.match("Don't miss the train, the mayor told the commuters.")).isNull();
  }

  @Test
  void recognisesAPromptToRateOrShareThePage() {
    assertThat(TextPatterns.match("Was this article helpful?")).isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("War der Artikel nützlich?")).isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("Möchten Sie den Artikel teilen?"))
        .isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("(Noch keine Bewertungen)")).isEqualTo(TextPatterns.Kind.SHARE);
  }

  @Test
  void recognisesACallToClickThroughInAShortText() {
    assertThat(TextPatterns.match("Check out our updated TV and Video section. Click HERE."))
        .isEqualTo(TextPatterns.Kind.RELATED);
    assertThat(TextPatterns.match("Alle Ergebnisse des Spieltags: hier klicken"))
        .isEqualTo(TextPatterns.Kind.RELATED);
  }

  @Test
  void leavesASentenceAboutClickingAlone() {
    assertThat(TextPatterns.match("Users who click on the advert are taken to a fake bank site."))
        .isNull();
  }

  @Test
  void recognisesTheOutletInvitingItsReadersToContribute() {
    assertThat(
            TextPatterns.match("Submit your Pics: Upload photos and browse others in our section."))
        .isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("Have a news tip? Call the newsroom at 555-0100."))
        .isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("Schicken Sie uns Ihre Fotos vom Hochwasser!"))
        .isEqualTo(TextPatterns.Kind.SHARE);
  }

  @Test
  void recognisesTheOutletAskingForNewsTips() {
    assertThat(
            TextPatterns.match(
                "If you have any news tips that you would like us to follow up on, email us."))
        .isEqualTo(TextPatterns.Kind.SHARE);
  }

  @Test
  void leavesAQuestionAboutOtherTipsAlone() {
    assertThat(TextPatterns.match("Do you have any tips for first-time buyers, she asked."))
        .isNull();
  }

  @Test
  void recognisesTheRulesOfReadersComments() {
    assertThat(TextPatterns.match("Comments are moderated and may take a while to appear."))
        .isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("Bitte beachten Sie unsere Netiquette."))
        .isEqualTo(TextPatterns.Kind.SHARE);
  }

  @Test
  void leavesASentenceAboutSendingAlone() {
    assertThat(TextPatterns.match("The agency will send its inspectors to the plant next week."))
        .isNull();
  }

  @Test
  void recognisesALabelNamingThePagesOwnPicture() {
    assertThat(TextPatterns.match("Beitragsbild")).isEqualTo(TextPatterns.Kind.CAPTION);
    assertThat(TextPatterns.match("Symbolbild: picture alliance / dpa"))
        .isEqualTo(TextPatterns.Kind.CAPTION);
    assertThat(TextPatterns.match("Featured image by Jane Doe"))
        .isEqualTo(TextPatterns.Kind.CAPTION);
  }

  @Test
  void recognisesAGermanDisclaimerOfLiability() {
    assertThat(TextPatterns.match("Alle Angaben ohne Gewähr")).isEqualTo(TextPatterns.Kind.LEGAL);
  }

  @Test
  void recognisesScriptCodeAPageLeakedIntoItsText() {
    assertThat(
            TextPatterns.scriptCode(
                "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1558'); });"))
        .isTrue();
    assertThat(TextPatterns.scriptCode("if (document.cookie.indexOf('CFCOS') == -1) {")).isTrue();
    assertThat(TextPatterns.scriptCode("var siteName = 'ITV_F1'; var areaName = 'NEWS.STORY';"))
        .isTrue();
  }

  @Test
  void recognisesATemplatesUnfilledExpressions() {
    assertThat(TextPatterns.scriptCode("{{ctrl.content.lastUpdateUser.fullName}} - {{ctrl.time}}"))
        .isTrue();
  }

  @Test
  void leavesProseWithBracketsAndFormulasAlone() {
    assertThat(
            TextPatterns.scriptCode(
                "The company (founded in 1990) said on Monday (local time) that it would; it did."))
        .isFalse();
    assertThat(TextPatterns.scriptCode("Berechne die Masse mit a = 4 cm; b = 3 cm; h = 7 cm;"))
        .isFalse();
    assertThat(TextPatterns.scriptCode("Scores: (1) = 3; (2) = 4; (3) = 5")).isFalse();
  }

  @Test
  void recognisesANewslettersPitchInTheOutletsVoice() {
    assertThat(TextPatterns.match("Simply pop your email into the box at the top of this article."))
        .isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(
            TextPatterns.match(
                "Every day we'll send you a roundup email of all the latest from the city."))
        .isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("You can unsubscribe from this service at any time."))
        .isEqualTo(TextPatterns.Kind.SHARE);
    assertThat(TextPatterns.match("The best of the week, delivered to your inbox on Fridays."))
        .isEqualTo(TextPatterns.Kind.SHARE);
  }

  @Test
  void leavesNewsAboutEmailAndSubscriptionsAlone() {
    assertThat(TextPatterns.match("Customers said they could not unsubscribe from the service."))
        .isNull();
    assertThat(TextPatterns.match("We will send you to prison, the judge told him.")).isNull();
  }

  @Test
  void recognisesTheReuseTermsOfAWireStoryOrPressRelease() {
    assertThat(
            TextPatterns.match(
                "This material may not be published, broadcast, rewritten or redistributed."))
        .isEqualTo(TextPatterns.Kind.LEGAL);
    assertThat(
            TextPatterns.match(
                "This document is subject to copyright. Apart from any fair dealing for the"
                    + " purpose of private study or research, no part may be reproduced without"
                    + " the written permission. The content is provided for information"
                    + " purposes only."))
        .isEqualTo(TextPatterns.Kind.LEGAL);
  }

  @Test
  void leavesASentenceAboutPublishingAlone() {
    assertThat(TextPatterns.match("The report may not be published before the election.")).isNull();
    assertThat(TextPatterns.match("No part of the city was spared by the flood.")).isNull();
  }

  @Test
  void recognisesTheLinkOfAnAuthorBoxToTheAuthorsOtherPosts() {
    assertThat(TextPatterns.match("Latest posts by Evan Symon (see all)"))
        .isEqualTo(TextPatterns.Kind.BYLINE);
  }

  @Test
  void recognisesABylineThatSaysWhoPostedOrWroteThePage() {
    assertThat(
            TextPatterns.match(
                "Posted by Nathan Parker, Varun Khaneja and Eric Mill - Chrome Security"))
        .isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Written by: Julie Mollins")).isEqualTo(TextPatterns.Kind.BYLINE);
    assertThat(TextPatterns.match("Written by Ana Sandoiu on July 27, 2017"))
        .isEqualTo(TextPatterns.Kind.BYLINE);
  }

  @Test
  void leavesASentenceThatOpensWithWrittenByAlone() {
    assertThat(TextPatterns.match("Written by Shakespeare in 1600, the play was never staged."))
        .isNull();
    assertThat(TextPatterns.match("Posted by the council, the notice warned of floods.")).isNull();
  }

  @Test
  void recognisesAnOutletDisclosingThatItsLinksEarnItMoney() {
    assertThat(
            TextPatterns.match(
                "By Ela on 31. October, 2023. This post may contain affiliate links."))
        .isEqualTo(TextPatterns.Kind.AD);
    assertThat(
            TextPatterns.match(
                "When you buy through links on our site, we may earn an affiliate commission."))
        .isEqualTo(TextPatterns.Kind.AD);
    assertThat(
            TextPatterns.match(
                "We recommend the best products through an independent review process. We may"
                    + " receive compensation if you visit partners we recommend."))
        .isEqualTo(TextPatterns.Kind.AD);
    assertThat(TextPatterns.match("Dieser Artikel enthält Affiliate-Links und werbende Inhalte."))
        .isEqualTo(TextPatterns.Kind.AD);
  }

  @Test
  void leavesNewsAboutCommissionsAndAffiliatesAlone() {
    assertThat(TextPatterns.match("The commission said it would earn the trust of the voters."))
        .isNull();
    assertThat(TextPatterns.match("The network of affiliates grew to 500 stations last year."))
        .isNull();
  }
}
