package org.winnow.classify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.segment.PageParser;
import org.winnow.settings.Settings;

class ParagraphClassifierTest {
  private static final String PROSE_1 =
      "The city council said on Tuesday that it would open the new bridge to traffic in the"
          + " spring, after two years of work that were delayed by the floods of last winter and"
          + " by a long dispute with the company that had won the contract for it.";
  private static final String PROSE_2 =
      "Residents of the old town have waited for the bridge since the ferry stopped running,"
          + " and many of them told reporters that they were relieved that the work was finally"
          + " coming to an end, even if the cost had been much higher than they had been told.";
  private static final String PROSE_3 =
      "The mayor said that the final bill would be published in the autumn, when all of the"
          + " invoices from the builders and the engineers have been checked by the auditors who"
          + " were appointed by the regional government at the start of the year.";

  private final PageParser parser = new PageParser(Settings.defaults());
  private final ParagraphClassifier classifier = new ParagraphClassifier(Settings.defaults());

  private Page html(String url, String html) {
    return parser.parse(SourceRecord.html("file:/" + url, url, html.getBytes(UTF_8), null, null));
  }

  private Page text(String text) {
    return parser.parse(SourceRecord.text("file:/t", null, text));
  }

  private static String article(String extra) {
    return "<title>New bridge opens in spring | City News</title><body>"
        + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/p'>Politics</a></li></ul></nav>"
        + "<article><h1>New bridge opens in spring</h1><p>"
        + PROSE_1
        + "</p><p>"
        + PROSE_2
        + "</p><p>"
        + PROSE_3
        + "</p></article>"
        + extra
        + "<footer><p>© 2024 City News. All rights reserved.</p></footer></body>";
  }

  private Verdict verdictOf(Page page, List<Verdict> verdicts, String startOfText) {
    for (Block b : page.blocks()) {
      if (b.text().startsWith(startOfText)) return verdicts.get(b.position());
    }
    throw new AssertionError("no block starts with " + startOfText);
  }

  @Test
  void printsScoresInReasonsWithTwoDecimals() {
    assertThat(ParagraphClassifier.twoDecimals(0.05)).isEqualTo("0.05");
    assertThat(ParagraphClassifier.twoDecimals(0.5)).isEqualTo("0.50");
    assertThat(ParagraphClassifier.twoDecimals(0.876)).isEqualTo("0.88");
    assertThat(ParagraphClassifier.twoDecimals(0.999)).isEqualTo("1.00");
  }

  @Test
  void dropsAListOfTeasersThatEachOpenWithALinkedHeadline() {
    String teasers =
        "<div class=more>"
            + "<p><a href='/a'>Harbour tunnel plans revealed</a> The council will show the plans"
            + " for the new tunnel under the harbour to residents at a meeting next week.</p>"
            + "<p><a href='/b'>School roof repairs finished</a> Pupils can return to the main"
            + " building after the summer, the head teacher said in a letter to the parents.</p>"
            + "<p><a href='/c'>Market square to close for fair</a> The square will be closed to"
            + " cars for the whole of the month while the autumn fair is set up and held.</p>"
            + "</div>";
    Page p = html("https://a.com/1", article(teasers));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    Verdict teaser = verdictOf(p, v, "School roof");
    assertThat(teaser.label()).isEqualTo(Label.NOISE);
    assertThat(teaser.kind()).isEqualTo("related");
    assertThat(teaser.reason()).contains("teasers");
    assertThat(verdictOf(p, v, PROSE_2.substring(0, 20)).label()).isEqualTo(Label.CONTENT);
  }

  private static final String TEASERS =
      "<p><a href='/a'>Harbour tunnel plans revealed</a> The council will show the plans"
          + " for the new tunnel under the harbour to residents at a meeting next week.</p>"
          + "<p><a href='/b'>School roof repairs finished</a> Pupils can return to the main"
          + " building after the summer, the head teacher said in a letter to the parents.</p>"
          + "<p><a href='/c'>Market square to close for fair</a> The square will be closed to"
          + " cars for the whole of the month while the autumn fair is set up and held.</p>";

  @Test
  void dropsTheLabelAboveAListOfTeasers() {
    Page p =
        html(
            "https://a.com/1",
            article("<div class=more><div>Elsewhere in the city</div>" + TEASERS + "</div>"));
    Verdict label = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Elsewhere");
    assertThat(label.label()).isEqualTo(Label.NOISE);
    assertThat(label.kind()).isEqualTo("related");
    assertThat(label.reason()).isEqualTo("labels the 3 teasers below it");
  }

  @Test
  void takesNoHeadlineOfManyWordsAboveAListOfTeasersForItsLabel() {
    String headline = "Newcastle midfielder charged with assault after incident in town";
    Page p =
        html(
            "https://a.com/1",
            article("<div class=more><div>" + headline + "</div>" + TEASERS + "</div>"));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), headline);
    assertThat(v.reason()).doesNotContain("labels the");
  }

  @Test
  void keepsStoryParagraphsThatOpenWithALinkedName() {
    String story =
        "<title>Bridge | City News</title><body><article><h1>Bridge</h1>"
            + "<p><a href='/council'>The city council</a> said on Tuesday that it would open the new"
            + " bridge to traffic in the spring, after two years of delayed work.</p>"
            + "<p>"
            + PROSE_2
            + "</p><p>"
            + PROSE_3
            + "</p><p><a href='/mayor'>The mayor of the town</a> said that the bill would be"
            + " published in the autumn, when the auditors have checked every invoice.</p>"
            + "</article></body>";
    Page p = html("https://a.com/2", story);
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(verdictOf(p, v, "The city council").label()).isEqualTo(Label.CONTENT);
    assertThat(verdictOf(p, v, "The mayor of").label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void givesOneVerdictPerBlockInOrder() {
    Page p = html("https://a.com/1", article(""));
    assertThat(classifier.classify(p, CorpusStats.NONE)).hasSize(p.blocks().size());
  }

  @Test
  void keepsArticleProseAndDropsNavigationAndFooter() {
    Page p = html("https://a.com/1", article(""));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(verdictOf(p, v, "The city council").label()).isEqualTo(Label.CONTENT);
    assertThat(verdictOf(p, v, "The mayor").kind()).isEqualTo("body");
    Verdict home = verdictOf(p, v, "Home");
    assertThat(home.label()).isEqualTo(Label.NOISE);
    assertThat(home.kind()).isEqualTo("navigation");
    assertThat(home.reason()).contains("nav");
    assertThat(verdictOf(p, v, "©").label()).isEqualTo(Label.NOISE);
  }

  @Test
  void marksTheHeadlineAsTitleContent() {
    Page p = html("https://a.com/1", article(""));
    Verdict h1 = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "New bridge");
    assertThat(h1.kind()).isEqualTo("title");
    assertThat(h1.label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void dropsRegionsNamedByClassEvenWithProse() {
    Page p =
        html(
            "https://a.com/1", article("<div class='comments-area'><p>" + PROSE_2 + "!</p></div>"));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    Verdict comment = v.get(v.size() - 2);
    assertThat(comment.label()).isEqualTo(Label.NOISE);
    assertThat(comment.kind()).isEqualTo("comment");
    assertThat(comment.reason()).contains("comments-area");
  }

  @Test
  void dropsLinkDenseBlocksWithTheirDensityAsReason() {
    Page p =
        html(
            "https://a.com/1",
            article(
                "<div><p><a href='/a'>Another story about the bridge</a> and"
                    + " <a href='/b'>one more story about a river</a></p></div>"));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Another story");
    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.reason()).startsWith("link density 0.9");
  }

  @Test
  void keepsAPageFromComingOutEmptyWhenItHasProse() {
    Page p = html("https://a.com/1", "<nav><p>" + PROSE_1 + "</p></nav>");
    Verdict v = classifier.classify(p, CorpusStats.NONE).get(0);
    assertThat(v.label()).isEqualTo(Label.CONTENT);
    assertThat(v.reason()).startsWith("fallback");
  }

  @Test
  void keepsNoNewsletterPitchOrNoticeOnAPageWithoutAnArticle() {
    Page p =
        html(
            "https://a.com/1",
            "<body><div><p>Get the morning briefing from City News: the stories that matter,"
                + " delivered to your inbox before breakfast every single day of the week.</p>"
                + "<p>This material may not be published, broadcast, rewritten or redistributed"
                + " in any form without the prior permission of the publisher.</p></div></body>");
    for (Verdict v : classifier.classify(p, CorpusStats.NONE)) {
      assertThat(v.label()).isEqualTo(Label.NOISE);
    }
  }

  @Test
  void keepsTheMainContainersLinesOfAPageWithoutProse() {
    Page p =
        html(
            "https://a.com/1",
            "<title>Film swap April | Swap</title><body><nav><ul><li><a href='/'>Home</a></li>"
                + "<li><a href='/f'>Films</a></li></ul></nav><article><h1>Film swap April</h1>"
                + "<div class=\"entry gallery\"><h3>Places</h3><p>Shuji: Japan.</p><p>Walter: Germany.</p>"
                + "<h3>Film</h3><p>Fuji X-TRA 400.</p><h3>Cameras</h3><p>Shuji: Widelux.</p><p>Walter: Pentax Z-1p, bought in 1998.</p></div>"
                + "<div class=share><a href='/fb'>Facebook</a></div></article>"
                + "<footer><p>© 2018 Swap.</p></footer></body>");
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    Verdict film = verdictOf(p, v, "Fuji X-TRA 400.");
    assertThat(film.label()).isEqualTo(Label.CONTENT);
    assertThat(film.reason()).startsWith("fallback, no prose on the page");
    assertThat(verdictOf(p, v, "Facebook").label()).isEqualTo(Label.NOISE);
  }

  @Test
  void dropsABlockInsideTheStoryThatOnlyNamesThePagesAuthor() {
    Page p =
        html(
            "https://a.com/1",
            "<head><meta name='author' content='Jane Doe, John Roe'></head>"
                + article("")
                    .replace(
                        "<article><h1>New bridge opens in spring</h1>",
                        "<article><h1>New bridge opens in spring</h1><div class='x'>John Roe</div>"));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    Verdict byline = verdictOf(p, v, "John Roe");
    assertThat(byline.label()).isEqualTo(Label.NOISE);
    assertThat(byline.kind()).isEqualTo("byline");
    assertThat(byline.reason()).isEqualTo("names the page's author ('Jane Doe, John Roe')");
    assertThat(verdictOf(p, v, "The city council").label()).isEqualTo(Label.CONTENT);
  }

  private static final String NOTE =
      "Jane Doe is a reporter who has covered the city council, its budget and its long"
          + " disputes over bridges and roads for ten years.";

  @Test
  void dropsTheNoteOnTheAuthorBelowTheStory() {
    Page p =
        html(
            "https://a.com/1",
            "<head><meta name='author' content='Jane Doe'></head>"
                + article("").replace("</article>", "<p>" + NOTE + "</p></article>"));
    Verdict note = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Jane Doe is");
    assertThat(note.label()).isEqualTo(Label.NOISE);
    assertThat(note.kind()).isEqualTo("byline");
    assertThat(note.reason()).endsWith("below the story: a note on the author");
  }

  @Test
  void dropsTheNoteOnTheAuthorAboveTheStoryWhenItSpeaksOfAPerson() {
    String note =
        "Jane Doe fell down the rabbit hole of politics aged 12, when she ran her first campaign.";
    Page p =
        html(
            "https://a.com/1",
            "<head><meta name='author' content='Jane Doe'></head>"
                + article("").replace("<p>" + PROSE_1, "<p>" + note + "</p><p>" + PROSE_1));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    Verdict n = verdictOf(p, v, "Jane Doe fell");
    assertThat(n.label()).isEqualTo(Label.NOISE);
    assertThat(n.reason()).endsWith("above the story: a note on the author");
    assertThat(verdictOf(p, v, "The city council").label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void keepsAnOrganisationsPressReleaseThatOpensWithItsName() {
    String lead = "City Blood Services asks residents aged 24 to 40 to give blood this winter.";
    Page p =
        html(
            "https://a.com/1",
            "<head><meta name='author' content='City Blood Services'></head>"
                + article("").replace("<p>" + PROSE_1, "<p>" + lead + "</p><p>" + PROSE_1));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "City Blood Services asks");
    assertThat(v.label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void keepsAParagraphOpeningWithTheAuthorsNameThatTheStoryFollows() {
    Page p =
        html(
            "https://a.com/1",
            "<head><meta name='author' content='Jane Doe'></head>"
                + article("").replace("<p>" + PROSE_3, "<p>" + NOTE + "</p><p>" + PROSE_3));
    Verdict note = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Jane Doe is");
    assertThat(note.label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void trustsTheJsonLdArticleBody() {
    String lead = "Short lead of the story.";
    Page p =
        html(
            "https://a.com/1",
            "<script type='application/ld+json'>{\"articleBody\":\""
                + lead
                + " "
                + PROSE_1
                + "\"}</script><div><p>"
                + lead
                + "</p></div><div class='x'><p>"
                + PROSE_1
                + "</p></div>");
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), lead);
    assertThat(v.label()).isEqualTo(Label.CONTENT);
    assertThat(v.reason()).contains("JSON-LD");
  }

  @Test
  void keepsChineseProseWithoutAStoplist() {
    String zh =
        "北京时间昨天晚上，当地政府宣布新的大桥将在明年春天通车。居民们表示，他们已经等待了很多年，"
            + "希望大桥能够改善交通状况，并带动周边地区的经济发展。官员说，工程的最终费用将在秋天公布。";
    Page p = html("https://a.cn/1", "<div><p>" + zh + "</p><p>" + zh + "。</p></div>");
    assertThat(p.language()).isEqualTo("zh");
    assertThat(classifier.classify(p, CorpusStats.NONE)).allMatch(v -> v.label() == Label.CONTENT);
  }

  @Test
  void dropsTemplateRepeatedOnManyPagesOfTheHost() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    // distinct words, not numbers: normalisation maps every number to 0
    List<String> words = List.of("First", "Second", "Third", "Fourth");
    for (int i = 0; i < 4; i++) {
      String w = words.get(i);
      pages.add(
          html(
              "https://a.com/" + i,
              "<div><p>"
                  + w
                  + ". "
                  + PROSE_1
                  + "</p><p>"
                  + PROSE_2
                  + w
                  + "</p></div>"
                  + "<div><p>Subscribe for daily updates from us</p></div>"));
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    Verdict v = verdictOf(p, classifier.classify(p, corpus.statsFor(p)), "Subscribe for");
    assertThat(v.kind()).as(v.reason()).isEqualTo("template");
    assertThat(v.reason()).isEqualTo("repeated on 4 of 4 pages of the host");
  }

  @Test
  void keepsSyndicatedProseCarriedByOtherHosts() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    // each outlet runs the wire story once, beside stories of its own
    for (String host : List.of("a.com", "b.com", "c.com")) {
      pages.add(html("https://" + host + "/0", "<div><p>" + PROSE_1 + "</p></div>"));
      for (int i = 1; i < 3; i++) {
        pages.add(scrape(host, i, story(host + " " + WORDS.get(i))));
      }
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    Verdict v = classifier.classify(p, corpus.statsFor(p)).get(0);
    assertThat(v.label()).isEqualTo(Label.CONTENT);
    assertThat(v.reason()).contains("syndicated: carried by 3 hosts");
  }

  @Test
  void takesNetworkWidgetsOutsideTheMainContainerForNoSyndicatedStory() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    // each site of a network runs a story (partly from the wire) beside the network's notes
    for (String host : List.of("a.com", "b.com", "c.com")) {
      String own = story(host.substring(0, 1) + " " + WORDS.get(host.charAt(0) - 'a'));
      pages.add(
          html(
              "https://" + host + "/0",
              "<body><article><p>"
                  + own.replace("\n", "</p><p>")
                  + "</p><p>"
                  + PROSE_1
                  + "</p><p>"
                  + PROSE_2
                  + "</p><p>"
                  + PROSE_3
                  + "</p></article><div class='box'><p>"
                  + NETWORK_1
                  + " "
                  + NETWORK_2
                  + "</p></div></body>"));
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    List<Verdict> verdicts = classifier.classify(p, corpus.statsFor(p));
    Block widget = p.blocks().get(p.blocks().size() - 1);
    assumeThat(p.blocks().get(0).has(Block.IN_CONTAINER) && !widget.has(Block.IN_CONTAINER))
        .as("the story, not the box, is the main container")
        .isTrue();
    Verdict v = verdicts.get(widget.position());
    assertThat(v.reason()).doesNotContain("syndicated");
  }

  @Test
  void endsTheArticleAtAMarkerThatOpensTheComments() {
    Page p =
        html(
            "https://a.com/c",
            article(
                "<h3>Comments (2)</h3><div class='c1'><p>I drive over that river every day and"
                    + " the old ferry was never on time, so I for one am glad of the new bridge"
                    + " and do not mind what it cost.</p></div>"));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "I drive over");
    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.reason()).isEqualTo("after the end of the article ('Comments (2)')");
  }

  @Test
  void endsTheArticleAtANoticeThatCommentsAreClosed() {
    Page p =
        html(
            "https://a.com/c",
            article(
                "<p class=hl>Thanks for your comments - this feedback is now closed</p>"
                    + "<div class='entry'>I drive over that river every day and the old ferry was"
                    + " never on time, so I for one am glad of the new bridge and do not mind what"
                    + " it cost.</div>"));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "I drive over");
    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.reason()).startsWith("after the end of the article ('Thanks for your comments");
  }

  @Test
  void keepsTheStorysOwnParagraphsPastABoxInvitingComments() {
    Page p =
        html(
            "https://a.com/c",
            "<title>New bridge opens in spring</title><body><article><p>"
                + PROSE_1
                + "</p><p>"
                + PROSE_2
                + "</p><div><h3>Have your say</h3></div><p>"
                + PROSE_3
                + "</p></article></body>");
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "The mayor said");
    assertThat(v.label()).as(v.reason()).isEqualTo(Label.CONTENT);
  }

  @Test
  void keepsAHeadlineThatIsOnePartOfALongerTitle() {
    Page p =
        html(
            "https://a.com/t",
            "<title>City News Online - your daily source for news, sports and weather in the"
                + " valley | Bridge opens early in spring</title><body><div class='hd'>Bridge"
                + " opens early in spring</div><article><p>"
                + PROSE_1
                + "</p><p>"
                + PROSE_2
                + "</p></article></body>");
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Bridge opens");
    assertThat(v.label()).isEqualTo(Label.CONTENT);
    assertThat(v.kind()).isEqualTo("title");
  }

  private static final List<String> WORDS =
      List.of(
          "alder", "birch", "cedar", "dogwood", "elm", "fir", "ginkgo", "hazel", "ivy", "juniper",
          "larch", "maple");

  private static final String NETWORK_1 =
      "Readers who believe a story is inaccurate or unfair can write to the readers' editor,"
          + " who answers every complaint within a month and publishes a summary each year.";
  private static final String NETWORK_2 =
      "When a mistake is found it is corrected openly at the bottom of the story, with the date"
          + " and a short explanation of what was changed and why it was changed.";

  private Page scrape(String host, int i, String text) {
    return parser.parse(
        SourceRecord.text("file:/" + host + "/" + i, "https://" + host + "/" + i, text));
  }

  /** Two paragraphs of prose that no other story shares: {@code name} makes them its own. */
  private static String story(String name) {
    return "The "
        + name
        + " committee said on Monday that it would review the plans for the new harbour, after"
        + " a long meeting with the residents who had asked for the work to be delayed.\n"
        + "Members of the "
        + name
        + " committee told reporters that the review would take several weeks and that they"
        + " expected to publish their findings before the end of the summer holidays.";
  }

  @Test
  void dropsNetworkProseThatRidesAlongWithManyArticles() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    // sister sites carry the network's corrections notes under two of their stories each: too few
    // pages of any one site to look like its template, too many to be one syndicated story
    for (String host : List.of("a.com", "b.com", "c.com")) {
      for (int i = 0; i < 10; i++) {
        String notes = i < 2 ? "\n" + NETWORK_1 + "\n" + NETWORK_2 : "";
        pages.add(scrape(host, i, story(host + " " + WORDS.get(i)) + notes));
      }
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    List<Verdict> v = classifier.classify(p, corpus.statsFor(p));
    Verdict note = verdictOf(p, v, "Readers who believe");
    assertThat(note.label()).isEqualTo(Label.NOISE);
    assertThat(note.reason())
        .isEqualTo("on 6 pages of 3 hosts (2.0 a host): rides along with many articles");
    assertThat(v.get(0).label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void keepsARecurringSubheadingBetweenParagraphs() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String[] lines = story("a.com " + WORDS.get(i)).split("\n");
      String middle = i < 3 ? "\nBackground\n" : "\n";
      pages.add(scrape("a.com", i, lines[0] + middle + lines[1]));
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    Verdict v = verdictOf(p, classifier.classify(p, corpus.statsFor(p)), "Background");
    assertThat(v.label()).as(v.reason()).isEqualTo(Label.CONTENT);
    assertThat(v.kind()).isEqualTo("heading");
  }

  @Test
  void dropsALineInsideTheStoryThatIsOnEveryPageOfTheHost() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String[] lines = story("a.com " + WORDS.get(i)).split("\n");
      pages.add(scrape("a.com", i, lines[0] + "\nStory continues below\n" + lines[1]));
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    Verdict v = verdictOf(p, classifier.classify(p, corpus.statsFor(p)), "Story continues");
    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.kind()).isEqualTo("template");
  }

  @Test
  void doesNotTakeABriefUnderTheOutletsProseForACopyOfAnotherPage() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    // a one-paragraph brief: the outlet's three notes outnumber its own prose
    for (int i = 0; i < 4; i++) {
      String lead = story("a.com " + WORDS.get(i)).split("\n")[0];
      pages.add(scrape("a.com", i, lead + "\n" + NETWORK_1 + "\n" + NETWORK_2 + "\n" + PROSE_3));
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    List<Verdict> v = classifier.classify(p, corpus.statsFor(p));
    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(Label.CONTENT, Label.NOISE, Label.NOISE, Label.NOISE);
    assertThat(v.get(1).reason()).isEqualTo("repeated on 4 of 4 pages of the host");
  }

  @Test
  void dropsProseInTheOutletsVoiceInsideTheFooterOfAPageSeenAlone() {
    Page p =
        text(
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nShare on Facebook\n"
                + "Our newsroom works under a code of ethics that keeps it independent of advertisers"
                + " and owners, and every story is checked before it is published.\n"
                + "© 2024 City News");
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Our newsroom");
    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.kind()).isEqualTo("legal");
  }

  @Test
  void dropsNetworkNotesThatSisterSitesSeenOnceCarryBelowTheStory() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    // one page per site: the notes travel like a syndicated story, once per host
    for (String host : List.of("a.com", "b.com", "c.com")) {
      pages.add(
          scrape(
              host,
              0,
              story(host)
                  + "\nShare on Facebook\n"
                  + "Our newsroom works under a code of ethics that keeps it independent of"
                  + " advertisers and owners, and every story is checked before publication.\n"
                  + "When we get something wrong we correct it openly at the bottom of the story,"
                  + " with the date and a short explanation of what was changed."));
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    List<Verdict> v = classifier.classify(p, corpus.statsFor(p));
    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(Label.CONTENT, Label.CONTENT, Label.NOISE, Label.NOISE, Label.NOISE);
  }

  @Test
  void dropsTheNotesOnBothPagesOfASmallHostBelowAStoryOfThePagesOwn() {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      pages.add(
          scrape(
              "a.com",
              i,
              story("a.com " + WORDS.get(i))
                  + "\nShare on Facebook\n"
                  + "The opinions expressed in columns and letters are those of their authors and"
                  + " do not necessarily reflect the views of the editorial board.\n"
                  + "© 2024 City News"));
    }
    pages.forEach(corpus::add);
    Page p = pages.get(0);
    Verdict v = verdictOf(p, classifier.classify(p, corpus.statsFor(p)), "The opinions");
    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.kind()).isEqualTo("legal");
  }

  @Test
  void dropsASubscriptionPitchThatOpensTheFooter() {
    Page p =
        text(
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nSupport independent local journalism in the valley and become a subscriber"
                + " of City News today.\n"
                + "© 2024 City News");
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Support independent");
    assertThat(v.label()).isEqualTo(Label.NOISE);
  }

  @Test
  void keepsAQuoteInTheFirstPersonThatEndsTheStory() {
    Page p =
        text(
            PROSE_1
                + "\n\"We will keep working until the bridge is open to everyone,\" the mayor told"
                + " residents of the old town at the meeting on Tuesday evening.\n"
                + "© 2024 City News");
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "\"We will");
    assertThat(v.label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void dropsLinesThatAreOtherPagesTitles() {
    Page p = text(PROSE_1 + "\nMayor resigns after bridge scandal\n" + PROSE_2);
    CorpusStats stats = new CorpusStats(1, Map.of(1, new BlockStats(1, 1, 2, 1)));
    Verdict v = classifier.classify(p, stats).get(1);
    assertThat(v.kind()).isEqualTo("related");
    assertThat(v.reason()).isEqualTo("headline of 2 other page(s)");
  }

  @Test
  void dropsScraperSpamTitleRepeatsAndHeadlineLists() {
    Page p =
        text(
            PROSE_1
                + "\nNew bridge opens in spring, This news data comes from:http://x.example.com\n"
                + PROSE_2
                + "\nNew bridge opens in spring\n"
                + PROSE_3
                + "\n- Mayor resigns\n- Floods return to the valley");
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(v)
        .extracting(Verdict::kind)
        .containsExactly("body", "spam", "body", "title", "body", "related", "related");
    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(
            Label.CONTENT,
            Label.NOISE,
            Label.CONTENT,
            Label.NOISE,
            Label.CONTENT,
            Label.NOISE,
            Label.NOISE);
  }

  @Test
  void dropsTheHeadlineAScrapeWithoutTitleRepeatsAfterItsLead() {
    Page p =
        text(
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nLIVE: City council will open the new bridge in spring\n"
                + PROSE_3);
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(v).extracting(Verdict::kind).containsExactly("body", "body", "title", "body");
    assertThat(v.get(2).label()).isEqualTo(Label.NOISE);
  }

  @Test
  void keepsALeadThatOpensWithTheTitlesWords() {
    Page p =
        parser.parse(
            SourceRecord.text(
                    "file:/t",
                    null,
                    "New bridge opens in spring after eight months of repairs, the city said.\n"
                        + PROSE_2)
                .withMetadata("New bridge opens in spring", null, null));
    assertThat(classifier.classify(p, CorpusStats.NONE).get(0).label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void dropsShareAndBylineLinesOfTextScrapes() {
    Page p = text("By Jane Doe\n" + PROSE_1 + "\nFollow us on Twitter\n" + PROSE_2);
    assertThat(classifier.classify(p, CorpusStats.NONE))
        .extracting(Verdict::kind)
        .containsExactly("byline", "body", "share", "body");
  }

  @Test
  void meetsTheSeedScrapesExpectations() throws IOException {
    Path seeds = Path.of("../../shared/seeds");
    if (!Files.isDirectory(seeds)) seeds = Path.of("../shared/seeds");
    assumeThat(Files.isDirectory(seeds))
        .as("../shared/seeds is absent: seed check skipped")
        .isTrue();
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(f -> f.toString().endsWith(".txt")).toList();
    }
    for (Path f : files) {
      Page p = text(Files.readString(f));
      List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
      for (Block b : p.blocks()) {
        boolean noise =
            b.text().contains("news data comes from")
                || b.text().startsWith("- ")
                || b.text().equals(p.title());
        assertThat(v.get(b.position()).label())
            .as(b.text())
            .isEqualTo(noise ? Label.NOISE : Label.CONTENT);
      }
    }
  }

  @Test
  void scoresAreProbabilitiesConsistentWithTheThreshold() {
    ParagraphClassifier strict =
        new ParagraphClassifier(
            Settings.defaults().with(Map.of("classify.content_threshold", "0.8")));
    Page p = html("https://a.com/1", article(""));
    for (Verdict v : strict.classify(p, CorpusStats.NONE)) {
      assertThat(v.score()).isBetween(0.0, 1.0);
      assertThat(v.label() == Label.CONTENT).isEqualTo(v.score() >= 0.8);
    }
  }

  @Test
  void isDeterministic() {
    Page p = html("https://a.com/1", article("<div><p>Short note.</p></div>"));
    assertThat(classifier.classify(p, CorpusStats.NONE))
        .isEqualTo(classifier.classify(p, CorpusStats.NONE));
  }

  @Test
  void keepsShortListItemsInsideTheMainContainer() {
    Page p =
        html(
            "https://a.com/2",
            "<title>Meeting in April</title><body><nav><a href='/'>Home</a></nav>"
                + "<div class=entry-content><p>"
                + PROSE_1
                + "</p><h2>Agenda</h2><ul><li>Two short talks (30 mins)</li>"
                + "<li>Small groups (30 mins)</li></ul><p>Moderator: Jane Doe</p></div>"
                + "<div class=sidebar><p>Archive</p></div></body>");
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(verdictOf(p, v, "Two short talks").label()).isEqualTo(Label.CONTENT);
    assertThat(verdictOf(p, v, "Moderator").label()).isEqualTo(Label.CONTENT);
  }

  private static String storyUnder(String headline) {
    return "<title>City News - Local</title><body><nav><a href='/'>Home</a></nav><table><tr>"
        + headline
        + "</tr><tr><td class=date>March 3, 2008</td></tr><tr><td class=storytext><p>"
        + PROSE_1
        + "</p><p>"
        + PROSE_2
        + "</p><p>"
        + PROSE_3
        + "</p></td></tr></table></body>";
  }

  @Test
  void takesAPlainCellOfHeadlineWordsAboveTheStoryForItsHeadline() {
    Page p = html("https://a.com/4", storyUnder("<td class=hd>Bridge opens early in spring</td>"));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Bridge opens");
    assertThat(v.label()).as(v.reason()).isEqualTo(Label.CONTENT);
    assertThat(v.kind()).isEqualTo("title");
  }

  @Test
  void takesNoSentenceAboveTheStoryForItsHeadline() {
    Page p =
        html(
            "https://a.com/4",
            storyUnder("<td class=hd>Read more about the bridge in our archive.</td>"));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Read more");
    assertThat(v.kind()).as(v.reason()).isNotEqualTo("title");
  }

  private static String ledArticle(String lead) {
    return "<title>New bridge opens in spring</title><body><nav><a href='/'>Home</a></nav>"
        + "<h1>New bridge opens in spring</h1>"
        + lead
        + "<p class=byline>By Jane Doe</p><div class=text><p>"
        + PROSE_1
        + "</p><p>"
        + PROSE_2
        + "</p><p>"
        + PROSE_3
        + "</p></div><div class=box><p>Another story about the city that you may want to read"
        + " when you are done with this one.</p></div></body>";
  }

  @Test
  void keepsTheLeadSetAboveTheMainContainer() {
    Page p =
        html(
            "https://a.com/2",
            ledArticle(
                "<div class=teaser-intro><p>The bridge over the river will open in the spring,"
                    + " two years late and at twice the cost that the city had planned.</p></div>"));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(verdictOf(p, v, "The bridge over the river").label()).isEqualTo(Label.CONTENT);
    assertThat(verdictOf(p, v, "Another story").label()).isEqualTo(Label.NOISE);
  }

  @Test
  void takesNoLeadFromAboveTheHeadline() {
    Page p =
        html(
            "https://a.com/2",
            "<title>New bridge opens in spring</title><body><div class=notice><p>Use a feed"
                + " reader to stay up to date with all of the latest news and posts from us.</p>"
                + "</div><h1>New bridge opens in spring</h1><p class=byline>By Jane Doe</p>"
                + "<div class=text><p>"
                + PROSE_1
                + "</p><p>"
                + PROSE_2
                + "</p><p>"
                + PROSE_3
                + "</p></div></body>");
    // the rules' verdict: the lead rule is theirs, the model weighs the block on its own words
    ParagraphClassifier rules =
        new ParagraphClassifier(Settings.defaults().with(Map.of("classify.model_path", "")));
    Verdict v = verdictOf(p, rules.classify(p, CorpusStats.NONE), "Use a feed reader");
    assertThat(v.label()).as(v.reason()).isEqualTo(Label.NOISE);
  }

  @Test
  void dropsACaptionAboveTheMainContainer() {
    Page p =
        html(
            "https://a.com/2",
            ledArticle(
                "<figure><figcaption>The bridge over the river, seen from the old town, in a"
                    + " photograph that was taken by one of the engineers.</figcaption></figure>"));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(verdictOf(p, v, "The bridge over the river").label()).isEqualTo(Label.NOISE);
  }

  @Test
  void dropsAHeadingThatIntroducesTeasersOutsideTheMainContainer() {
    String teaser =
        "<div class=box><p>Another story about the city that the readers of this site may want to"
            + " read when they are done with this one, and a little more text.</p></div>";
    Page p = html("https://a.com/3", article("<h3>More from the city</h3>" + teaser));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(verdictOf(p, v, "More from the city").label()).isEqualTo(Label.NOISE);
  }

  private static String underHeading(String above) {
    return "<title>New bridge opens in spring | City News</title><body>"
        + above
        + "<h1>New bridge opens in spring</h1><div class=text><p>"
        + PROSE_1
        + "</p><p>"
        + PROSE_2
        + "</p><p>"
        + PROSE_3
        + "</p></div></body>";
  }

  @Test
  void dropsASectionHeadingThatAMenuSeparatesFromTheHeadline() {
    Page p =
        html(
            "https://a.com/5",
            underHeading(
                "<h3>Latest news</h3><ul><li><a href='/a'>Harbour</a></li>"
                    + "<li><a href='/b'>Schools</a></li></ul>"));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Latest news");
    assertThat(v.label()).as(v.reason()).isEqualTo(Label.NOISE);
  }

  @Test
  void keepsAKickerHeadingRightAboveTheHeadline() {
    Page p = html("https://a.com/5", underHeading("<h3>Exclusive report</h3>"));
    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Exclusive report");
    assertThat(v.label()).as(v.reason()).isEqualTo(Label.CONTENT);
  }

  @Test
  void judgesTheStoryByItsOwnTextWhenTheMainContainerIsAPanelBesideIt() {
    String panel =
        "<div class=features><h3>Summer programmes</h3><p>Our summer host is back with a new"
            + " season of news, features and music, every weekday morning from six until nine, and"
            + " with a few surprises that we will not give away here.</p><p>Relax during the"
            + " summer evenings as our presenter introduces an evening of live interviews and music"
            + " from the regions, with guests from all over the country and beyond.</p><p>A"
            + " selection of stories for children is now available for download, read by some of"
            + " the best known voices on the station and chosen by the children themselves.</p>"
            + "<p>The whole series of documentaries about the band will be released as a web-only"
            + " feature in the spring, with interviews that have never been heard before.</p></div>";
    Page p =
        html(
            "https://radio.example/1",
            "<title>Bridge opens in spring | City Radio</title><body><div class=story>"
                + "<h2>Bridge opens in spring</h2><p>Posted at 6:47am on 14 Jan 2008</p><p>The"
                + " city council said on Tuesday that it would open the new bridge in the spring."
                + "</p><p>Residents of the old town have waited for the bridge since the ferry"
                + " stopped running.</p><p>The mayor said that the final bill would be published"
                + " in the autumn, once checked.</p><p>Copyright 2008 City Radio</p></div>"
                + panel
                + "</body>");
    assertThat(p.blocks().stream().filter(b -> b.has(Block.IN_CONTAINER)).findFirst())
        .as("the segmenter takes the panel, which holds more prose, for the main container")
        .hasValueSatisfying(b -> assertThat(b.text()).isEqualTo("Summer programmes"));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    for (String start : List.of("The city council", "Residents of", "The mayor said")) {
      Verdict one = verdictOf(p, v, start);
      assertThat(one.label()).as(one.reason()).isEqualTo(Label.CONTENT);
      assertThat(one.reason()).doesNotContain("main container");
    }
  }

  @Test
  void dropsReaderCommentsRecognisedBySignatures() {
    StringBuilder comments = new StringBuilder("<h3>Comments</h3>");
    for (String who : List.of("jim", "Suzanne", "stat")) {
      comments
          .append("<p>I think the bridge should have been built years ago, and that the city")
          .append(" has wasted a lot of money on the delays that nobody wanted.</p>")
          .append("<p>Posted by: ")
          .append(who)
          .append(" | January 14, 2008 07:20 PM</p>");
    }
    Page p = html("https://a.com/4", article(comments.toString()));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(verdictOf(p, v, "I think the bridge").kind()).isEqualTo("comment");
    assertThat(verdictOf(p, v, "Posted by: jim").label()).isEqualTo(Label.NOISE);
    assertThat(verdictOf(p, v, "Comments").label()).isEqualTo(Label.NOISE);
    assertThat(verdictOf(p, v, "The mayor").label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void keepsTwoSignedParagraphsThatAreNotAThread() {
    String signed =
        "<p>The council will meet again in May to discuss the bridge and its cost, and the"
            + " mayor has promised that the people of the old town will be heard before any of"
            + " the money is spent. Posted by the city desk on January 14, 2008</p>";
    Page p = html("https://a.com/5", article(signed + signed));
    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);
    assertThat(verdictOf(p, v, "The council will meet").label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void labelsAFiguresCaptionNoiseBetweenParagraphs() {
    String html =
        article("")
            .replace(
                "</p><p>" + PROSE_2,
                "</p><figure><img src='a.jpg'><figcaption>The old ferry at the landing stage,"
                    + " which stopped running two years ago when the river rose</figcaption>"
                    + "</figure><p>"
                    + PROSE_2);
    Page page = html("https://news.example/a", html);
    List<Verdict> v = classifier.classify(page, CorpusStats.NONE);
    assertThat(verdictOf(page, v, "The old ferry").kind()).isEqualTo("caption");
    assertThat(verdictOf(page, v, "The old ferry").label()).isEqualTo(Label.NOISE);
    assertThat(verdictOf(page, v, "Residents").label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void labelsAnAuthorsBoxNoiseHoweverLongItsSentences() {
    Page page =
        html(
            "https://news.example/a",
            article(
                "<div class='author-bio'><p>Jane Doe has written about the city and its bridges"
                    + " for the paper since 2004, and she lives with her family in the old town"
                    + " near the river, where she grew up.</p></div>"));
    List<Verdict> v = classifier.classify(page, CorpusStats.NONE);
    assertThat(verdictOf(page, v, "Jane Doe").label()).isEqualTo(Label.NOISE);
  }

  @Test
  void dropsTheAnswersOfAReadersPollBesideTheStory() {
    String poll =
        "<div class=article-poll><p>Should the city ban cars from the old town on weekends, as"
            + " the council has proposed for the coming summer?</p>"
            + "<p>Yes, the streets are too narrow for traffic and the air would be cleaner.</p>"
            + "<p>No, the shops of the old town would lose the customers who drive in.</p></div>";
    Page page = html("https://news.example/bridge", article(poll));
    List<Verdict> v = classifier.classify(page, CorpusStats.NONE);
    assertThat(verdictOf(page, v, "Yes, the streets").label()).isEqualTo(Label.NOISE);
    assertThat(verdictOf(page, v, "Yes, the streets").kind()).isEqualTo("poll");
    assertThat(verdictOf(page, v, PROSE_2.substring(0, 30)).label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void keepsTheStorysLastSectionCutOffFromItsContainerByAnAdvertisement() {
    String last =
        "Engineers expect the bridge to carry about twelve thousand cars a day once it is open,"
            + " and the council hopes that the traffic in the narrow streets of the old town will"
            + " fall by a third when the drivers who now cross the river there use it instead.";
    String html =
        "<title>New bridge opens in spring | City News</title><body><div class=page>"
            + "<div class=article><h1>New bridge opens in spring</h1>"
            + "<div class=text-block><p>"
            + PROSE_1
            + "</p><p>"
            + PROSE_2
            + "</p></div><div class=text-block><p>"
            + PROSE_3
            + "</p></div><div class=offer><a href=/x>Compare loans for your new car now and save"
            + " money</a></div><div class=text-block><p>"
            + last
            + "</p></div></div></div><div class=footer><p>© 2024 City News</p></div></body>";
    Page page = html("https://news.example/bridge", html);
    List<Verdict> v = classifier.classify(page, CorpusStats.NONE);
    assertThat(verdictOf(page, v, "Engineers expect").label()).isEqualTo(Label.CONTENT);
    assertThat(verdictOf(page, v, "Compare loans").label()).isEqualTo(Label.NOISE);
  }

  @Test
  void leavesThePartOfThePageBelowAHeadingOutsideTheStorysElementsOutOfIt() {
    String trackback =
        "Listed below are the weblogs that reference this entry, with the dates on which they"
            + " linked to the story about the new bridge over the river in the old town and what"
            + " they wrote about it.";
    String html =
        "<title>New bridge opens in spring | City News</title><body><div class=page>"
            + "<div class=article><h1>New bridge opens in spring</h1>"
            + "<div class=text-block><p>"
            + PROSE_1
            + "</p><p>"
            + PROSE_2
            + "</p></div><div class=text-block><p>"
            + PROSE_3
            + "</p></div><h2 class=trackbacks>Trackbacks</h2><div class=text-block><p>"
            + trackback
            + "</p></div></div></div><div class=footer><p>© 2024 City News</p></div></body>";
    Page page = html("https://news.example/bridge", html);
    List<Verdict> v = classifier.classify(page, CorpusStats.NONE);
    assertThat(verdictOf(page, v, "Listed below").label()).isEqualTo(Label.NOISE);
  }

  @Test
  void dropsScriptCodeBetweenTheStorysParagraphs() {
    Page page =
        html(
            "a.html",
            article(
                "<div class=story><p>if (document.cookie.indexOf('CFCOS') == -1) {"
                    + " googletag.cmd.push(function() { googletag.display('ad_01'); }); }</p>"
                    + "</div>"));
    Verdict v = verdictOf(page, classifier.classify(page, CorpusStats.NONE), "if (document.cookie");
    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.kind()).isEqualTo("script");
  }

  @Test
  void keepsCodeThatATechnicalArticleShowsInPre() {
    Page page =
        html(
            "a.html",
            article(
                "<pre>if (resp.status_code == 200) { soup = parse(resp.content); print(soup); }"
                    + "</pre>"));
    Verdict v = verdictOf(page, classifier.classify(page, CorpusStats.NONE), "if (resp");
    assertThat(v.kind()).isNotEqualTo("script");
  }

  private Page scrape(String name, String text) {
    String uri = "file:/flat/" + name + ".txt";
    return parser.parse(SourceRecord.text(uri, uri, text));
  }

  private static final String CHAIN_NOTE =
      "Valley Chronicle is an independent daily founded in Millbrook in 2016. Its reporters cover"
          + " the courts, the council and the schools of the valley.";

  /** Scrapes of three different stories, each under {@code note} and over {@code copyright}. */
  private List<Page> chainScrapes(String note, String copyright) {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pages.add(scrape("chain" + i, note + "\n" + story(WORDS.get(i)) + "\n" + copyright));
    }
    return pages;
  }

  @Test
  void dropsAScrapedLineNamingTheOutletOfItsCopyrightLineOnPagesOfOtherStories() {
    List<Page> pages = chainScrapes(CHAIN_NOTE, "© 2020 Valley Chronicle. All rights reserved.");
    CorpusStatsBuilder census = new CorpusStatsBuilder();
    pages.forEach(census::add);
    Page p = pages.get(0);

    Verdict v = verdictOf(p, classifier.classify(p, census.statsFor(p)), "Valley Chronicle is");

    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.reason())
        .isEqualTo(
            "names its outlet 'Valley Chronicle' as the copyright line does, on 3 pages of"
                + " unknown outlet, at most 1 of one story: a chain's own prose");
  }

  @Test
  void takesTheOutletsNameFromTheFirstTwoWordsOfACopyrightLine() {
    String note = CHAIN_NOTE.replace("Valley Chronicle", "Morning Sentinel");
    List<Page> pages =
        chainScrapes(note, "Copyright 2024 Morning Sentinel Media Group. All rights reserved.");
    CorpusStatsBuilder census = new CorpusStatsBuilder();
    pages.forEach(census::add);
    Page p = pages.get(0);

    Verdict v = verdictOf(p, classifier.classify(p, census.statsFor(p)), "Morning Sentinel is");

    assertThat(v.reason()).startsWith("names its outlet 'Morning Sentinel'");
  }

  @Test
  void keepsAScrapedLineNamingTheOutletWhenItsPagesTellOneStory() {
    // three copies of one wire story, which quotes the outlet's name
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pages.add(
          scrape(
              "wire" + i,
              CHAIN_NOTE
                  + "\n"
                  + story(WORDS.get(0))
                  + "\n© 2020 Valley Chronicle. All rights reserved."));
    }
    CorpusStatsBuilder census = new CorpusStatsBuilder();
    pages.forEach(census::add);
    Page p = pages.get(0);

    Verdict v = verdictOf(p, classifier.classify(p, census.statsFor(p)), "Valley Chronicle is");

    assertThat(v.reason()).doesNotContain("names its outlet");
  }

  @Test
  void dropsAScrapedLineThatAnotherScrapeListsAsAHeadline() {
    Page lister =
        scrape("a", PROSE_3 + "\n- Council opens the new bridge\n- Harbour tunnel plans revealed");
    Page story = scrape("b", PROSE_1 + "\nCouncil opens the new bridge\n" + PROSE_2);
    CorpusStatsBuilder census = new CorpusStatsBuilder();
    census.add(lister);
    census.add(story);

    Verdict v =
        verdictOf(story, classifier.classify(story, census.statsFor(story)), "Council opens the");

    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.reason()).isEqualTo("headline of 1 other page(s)");
  }

  @Test
  void looksPastTheRepeatedHeadlineToJudgeTheSubHeadingBesideIt() {
    Page lister =
        scrape("a", PROSE_3 + "\n- Council opens the new bridge\n- Harbour tunnel plans revealed");
    Page story =
        scrape("b", PROSE_1 + "\nCosts criticised\nCouncil opens the new bridge\n" + PROSE_2);
    CorpusStatsBuilder census = new CorpusStatsBuilder();
    census.add(lister);
    census.add(story);

    List<Verdict> v = classifier.classify(story, census.statsFor(story));

    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(Label.CONTENT, Label.CONTENT, Label.NOISE, Label.CONTENT);
  }

  @Test
  void keepsAShortSentenceThatEndsAScrapedArticle() {
    Page p = scrape("a", PROSE_1 + "\n" + PROSE_2 + "\nThe hearing goes on.\nShare this article");

    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "The hearing");

    assertThat(v.label()).isEqualTo(Label.CONTENT);
    assertThat(v.reason()).endsWith("a sentence at the article's edge, next to its text");
  }

  @Test
  void dropsAShortHeadlineShapedLineAtTheEdgeOfAScrapedArticle() {
    Page p = scrape("a", PROSE_1 + "\n" + PROSE_2 + "\nInsomnia May Be Caused By Radiation");

    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Insomnia");

    assertThat(v.label()).isEqualTo(Label.NOISE);
  }

  @Test
  void keepsAListOfNamesThatEndsAScrapedArticle() {
    Page p =
        scrape(
            "a",
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nBrian Edwards (Wake Forest University)\nMatt Allen (Creighton University)"
                + "\nShea Salinas (Furman University)\nShare this article");

    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);

    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(
            Label.CONTENT, Label.CONTENT, Label.CONTENT, Label.CONTENT, Label.CONTENT, Label.NOISE);
    assertThat(v.get(3).reason()).endsWith("but one of 3 short lines ending the article");
  }

  @Test
  void keepsAContactBlockBelowTheStoryPastAnAdvertisement() {
    Page p =
        scrape(
            "a",
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nCONTACT:\nSponsored: Save 20% on flights\nMarcy Polanco, +1-212-975-3327"
                + "\n© 2024 City News");

    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);

    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(
            Label.CONTENT, Label.CONTENT, Label.CONTENT, Label.NOISE, Label.CONTENT, Label.NOISE);
  }

  @Test
  void keepsAScheduleBelowTheStoryPastTheDatesBetweenItsLines() {
    Page p =
        scrape(
            "a",
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nTuesday, January 15, 2008\nSt. Mary's Catholic School\n66 Main Street South"
                + "\n© 2024 City News");

    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);

    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(
            Label.CONTENT, Label.CONTENT, Label.NOISE, Label.CONTENT, Label.CONTENT, Label.NOISE);
  }

  @Test
  void keepsAListBelowTheStoryPastAHeadlineOtherPagesRun() {
    Page lister =
        scrape("a", PROSE_3 + "\n- Winter test results at Phillip Island\n- Harbour tunnel plans");
    Page story =
        scrape(
            "b",
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nWinter test results at Phillip Island\n1. Bayliss (Ducati) 1'32.2"
                + "\n2. Kagayama (Suzuki) 1'32.3\n© 2024 City News");
    CorpusStatsBuilder census = new CorpusStatsBuilder();
    census.add(lister);
    census.add(story);

    List<Verdict> v = classifier.classify(story, census.statsFor(story));

    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(
            Label.CONTENT, Label.CONTENT, Label.NOISE, Label.CONTENT, Label.CONTENT, Label.NOISE);
  }

  @Test
  void keepsACreditLineThatEndsAScrapedArticle() {
    Page p =
        scrape(
            "a",
            PROSE_1 + "\n" + PROSE_2 + "\n(Reporting by Jane Doe; Editing by John Roe)\n© 2024 X");

    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "(Reporting");

    assertThat(v.label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void dropsALoneWordBelowTheStory() {
    Page p = scrape("a", PROSE_1 + "\n" + PROSE_2 + "\nReplay\n© 2024 City News");

    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Replay");

    assertThat(v.label()).isEqualTo(Label.NOISE);
  }

  @Test
  void dropsLabelsThatEndTheLinesBelowTheStory() {
    Page p =
        scrape(
            "a",
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nMore videos\nFans celebrate the victory:\nA view of the harbour:");

    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);

    assertThat(v.subList(2, 5)).extracting(Verdict::label).containsOnly(Label.NOISE);
  }

  @Test
  void keepsAWireDatelineRightAboveTheLead() {
    Page p = scrape("a", "By Jane Doe\nRENO, Nev. --\n" + PROSE_1 + "\n" + PROSE_2);

    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);

    assertThat(v)
        .extracting(Verdict::label)
        .containsExactly(Label.NOISE, Label.CONTENT, Label.CONTENT, Label.CONTENT);
    assertThat(v.get(1).reason()).endsWith("but a dateline opening the lead");
  }

  @Test
  void dropsAShortLineAboveTheLeadThatIsNoDateline() {
    Page p = scrape("a", "Nevada floods\n" + PROSE_1 + "\n" + PROSE_2);

    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Nevada");

    assertThat(v.label()).isEqualTo(Label.NOISE);
  }

  @Test
  void dropsARunOfHeadlinesBelowTheStory() {
    Page p =
        scrape(
            "a",
            PROSE_1
                + "\n"
                + PROSE_2
                + "\nMayor resigns after bridge scandal\nFloods return to the valley"
                + "\nHarbour tunnel plans revealed");

    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);

    assertThat(v.subList(2, 5)).extracting(Verdict::label).containsOnly(Label.NOISE);
  }

  @Test
  void dropsALabelThatOpensTheFooterBelowTheStory() {
    Page p = scrape("a", PROSE_1 + "\n" + PROSE_2 + "\nElsewhere tonight:\n© 2024 City News");

    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "Elsewhere");

    assertThat(v.label()).isEqualTo(Label.NOISE);
  }

  @Test
  void dropsShortLinesBelowTheFooter() {
    Page p =
        scrape(
            "a",
            PROSE_1 + "\n" + PROSE_2 + "\n© 2024 City News\nMarcy Polanco\nNewsdesk, City News");

    List<Verdict> v = classifier.classify(p, CorpusStats.NONE);

    assertThat(v.subList(3, 5)).extracting(Verdict::label).containsOnly(Label.NOISE);
  }

  @Test
  void takesAShortLineEndingOnALetterForAHeadlineShape() {
    assertThat(ParagraphClassifier.headlineShaped("Zoo Attack Victim Admits Taunting Tiger"))
        .isTrue();
    assertThat(ParagraphClassifier.headlineShaped("New Year revellers flock to")).isTrue();
    assertThat(ParagraphClassifier.headlineShaped("Matt Allen (Creighton University)")).isFalse();
    assertThat(ParagraphClassifier.headlineShaped("SOURCE LG Electronics, Inc.")).isFalse();
    assertThat(ParagraphClassifier.headlineShaped("New Zealand win by 10 wickets")).isFalse();
    assertThat(ParagraphClassifier.headlineShaped("Tamim Iqbal")).isFalse();
  }

  @Test
  void dropsAScrapedHeadlineUnderAnUpdateLabel() {
    Page p = scrape("a", PROSE_1 + "\nUPDATE 2: Council opens the new bridge early\n" + PROSE_2);

    Verdict v = verdictOf(p, classifier.classify(p, CorpusStats.NONE), "UPDATE 2:");

    assertThat(v.label()).isEqualTo(Label.NOISE);
    assertThat(v.reason()).startsWith("a headline under a label");
  }

  @Test
  void takesNoLabelledLineThatGoesOnAsAClauseOrASentenceForAHeadline() {
    assertThat(ParagraphClassifier.labelledHeadline("CONTACT: Media, Jim Shissler, Director,"))
        .isFalse();
    assertThat(ParagraphClassifier.labelledHeadline("WASHINGTON: The council met on Monday."))
        .isFalse();
    assertThat(ParagraphClassifier.labelledHeadline("Mayor: we will open the bridge soon"))
        .isFalse();
    assertThat(ParagraphClassifier.labelledHeadline("HUGH HEWITT: The commentary around the--"))
        .isFalse();
  }
}
