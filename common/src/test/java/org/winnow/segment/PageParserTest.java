package org.winnow.segment;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.model.Block;
import org.winnow.model.DocIds;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

class PageParserTest {
  private final PageParser parser = new PageParser(Settings.defaults());

  private Page html(String html) {
    return parser.parse(
        SourceRecord.html(
            "file:/t.warc#0", "https://www.Example.com/a", html.getBytes(UTF_8), null, null));
  }

  private static List<String> texts(Page p) {
    return p.blocks().stream().map(Block::text).toList();
  }

  private static final String SENTENCE =
      "The council said on Tuesday that the bridge, closed since the floods, would open again in"
          + " the spring, after two years of repairs, delays and disputes with the builder.";

  @Test
  void flagsTheDensestProseSubtreeAsTheMainContainer() {
    Page p =
        html(
            "<body><div id=a><p>"
                + SENTENCE
                + "</p></div><div id=b><p>"
                + SENTENCE
                + "</p><p>"
                + SENTENCE
                + "</p><ul><li>A list item inside the story</li></ul></div>");
    List<Boolean> in = p.blocks().stream().map(b -> b.has(Block.IN_CONTAINER)).toList();
    assertThat(in).containsExactly(false, true, true, true);
  }

  @Test
  void neverTakesACommentSectionAsTheMainContainer() {
    Page p =
        html(
            "<body><div><p>"
                + SENTENCE
                + "</p></div><div class=comments><p>"
                + SENTENCE
                + "</p><p>"
                + SENTENCE
                + "</p><p>"
                + SENTENCE
                + "</p></div>");
    assertThat(p.blocks().get(0).has(Block.IN_CONTAINER)).isTrue();
    assertThat(p.blocks().get(1).has(Block.IN_CONTAINER)).isFalse();
  }

  @Test
  void takesInStrongSiblingsOfTheMainContainer() {
    StringBuilder body = new StringBuilder("<body><div>");
    for (int part = 0; part < 2; part++) {
      body.append("<div>");
      for (int i = 0; i < 4; i++) body.append("<p>").append(SENTENCE).append("</p>");
      body.append("</div>");
    }
    body.append("</div><div><p>").append(SENTENCE).append("</p></div>");
    Page p = html(body.toString());
    assertThat(p.blocks().subList(0, 8)).allMatch(b -> b.has(Block.IN_CONTAINER));
    assertThat(p.blocks().get(8).has(Block.IN_CONTAINER)).isFalse();
  }

  @Test
  void readsAPageWhoseTitleIsNeverClosed() {
    String filler = " var x = document.getElementById('font');".repeat(40);
    Page p =
        html(
            "<html><head><title>Golfer wins"
                + filler
                + "</head><body><div><p>"
                + SENTENCE
                + "</p></div></body></html>");
    assertThat(texts(p)).contains(SENTENCE);
    assertThat(p.notes()).anyMatch(n -> n.contains("unclosed <title>"));
  }

  @Test
  void readsThePageThatACutScriptSrcTagSwallowed() {
    // the src value lost its closing quote: the quote in the code below ends it, and the story
    // up to the next </script> became the script's data
    String page =
        "<html><head><script src=\"/te.color='red';\n}\nvar tabs = [\"a\"];</script>"
            + "<link href=/a.css></head><body><div><p>"
            + SENTENCE
            + "</p></div><script src=/ads.js></script><p>Footer</p></body></html>";
    for (String parser : List.of("stream", "dom")) {
      PageParser p = new PageParser(Settings.of(Map.of(SegmentSettings.PARSER.key(), parser)));
      Page parsed =
          p.parse(SourceRecord.html("file:/t.warc#0", null, page.getBytes(UTF_8), null, null));
      assertThat(texts(parsed)).as(parser).contains(SENTENCE);
      assertThat(parsed.notes()).as(parser).anyMatch(n -> n.contains("swallowed"));
    }
  }

  @Test
  void leavesMarkupInsideInlineScriptCodeAlone() {
    Page p =
        html(
            "<head><script>document.write('<div><p>Ad</p></div>');</script></head><body><p>"
                + SENTENCE
                + "</p>");
    assertThat(texts(p)).containsExactly(SENTENCE);
    assertThat(p.notes()).noneMatch(n -> n.contains("swallowed"));
  }

  @Test
  void splitsBlocksAtBlockElementsAndDoubleBreaks() {
    Page p = html("<body><div><h2>News</h2><p>One <b>two</b>.</p>Three<br><br>Four<br>five</div>");
    assertThat(texts(p)).containsExactly("News", "One two.", "Three", "Four five");
  }

  @Test
  void takesTheHostFromTheSiteAnInputNamesWhenThereIsNoUrl() {
    SourceRecord r =
        new SourceRecord(
            "file:/a.csv#row:1",
            null,
            SourceRecord.Payload.TEXT,
            null,
            null,
            "Body.",
            null,
            null,
            null,
            null,
            " WWW.Slate.com ");
    assertThat(parser.parse(r).host()).isEqualTo("slate.com");
  }

  @Test
  void prefersTheUrlHostToTheNamedSite() {
    SourceRecord r =
        new SourceRecord(
            "s",
            "https://news.example/a",
            SourceRecord.Payload.TEXT,
            null,
            null,
            "Body.",
            null,
            null,
            null,
            null,
            "Example News");
    assertThat(parser.parse(r).host()).isEqualTo("news.example");
  }

  @Test
  void dropsScriptsStylesAndTemplates() {
    Page p = html("<p>Kept<script>var x=1;</script><style>p{}</style></p><template>t</template>");
    assertThat(texts(p)).containsExactly("Kept");
  }

  @Test
  void countsLinkCharactersAndLinks() {
    Block b = html("<p>Read <a href='/x'>this story</a> now</p>").blocks().get(0);
    assertThat(b.linkChars()).isEqualTo("this story".length());
    assertThat(b.linkCount()).isEqualTo(1);
  }

  @Test
  void flagsNavigationListsAndFooter() {
    Page p = html("<nav><ul><li><a href='/'>Home</a></li></ul></nav><footer><p>© X</p></footer>");
    assertThat(p.blocks().get(0).tag()).isEqualTo("li");
    assertThat(p.blocks().get(0).has(Block.IN_NAV | Block.IN_LIST)).isTrue();
    assertThat(p.blocks().get(1).has(Block.IN_FOOTER)).isTrue();
  }

  @Test
  void treatsAriaRolesLikeTheirElements() {
    Page p = html("<div role='navigation'><p>Menu</p></div><div role='main'><p>Text</p></div>");
    assertThat(p.blocks().get(0).has(Block.IN_NAV)).isTrue();
    assertThat(p.blocks().get(1).has(Block.IN_MAIN)).isTrue();
  }

  @Test
  void recordsClassTokensOfAncestorsButNotOfBody() {
    Page p = html("<body class='single-post'><div id='Main' class='story body'><p>x</p></div>");
    assertThat(p.blocks().get(0).classIdTokens()).isEqualTo("story body main");
    assertThat(p.blocks().get(0).tagPath()).isEqualTo("div>p");
  }

  @Test
  void flagsHiddenElements() {
    Page p = html("<div style='display: none'><p>secret</p></div><p hidden>also</p>");
    assertThat(p.blocks()).allMatch(b -> b.has(Block.HIDDEN));
  }

  @Test
  void readsTitleWithoutSiteSuffix() {
    assertThat(html("<title>Rain falls on Spain | Daily Planet</title><p>x</p>").title())
        .isEqualTo("Rain falls on Spain");
  }

  @Test
  void prefersOpenGraphTitle() {
    Page p =
        html("<meta property='og:title' content='Open Graph title'><title>Other | Site</title>");
    assertThat(p.title()).isEqualTo("Open Graph title");
  }

  @Test
  void readsPublishedTimeFromMeta() {
    Page p =
        html("<meta property='article:published_time' content='2024-03-05T10:15:00+01:00'><p>x");
    assertThat(p.publishedAt()).isEqualTo(Instant.parse("2024-03-05T09:15:00Z"));
  }

  @Test
  void readsJsonLdBodyDateAndAuthor() {
    Page p =
        html(
            "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2023-01-02\",\"author\":[{\"name\":\"A. B\"},"
                + "{\"name\":\"C. D\"}],\"articleBody\":\"It rained. <b>A lot</b>.\"}]}</script>"
                + "<p>x</p>");
    assertThat(p.publishedAt()).isEqualTo(Instant.parse("2023-01-02T00:00:00Z"));
    assertThat(p.author()).isEqualTo("A. B, C. D");
    assertThat(p.structuredBody()).isEqualTo("It rained. A lot.");
  }

  @Test
  void ignoresMalformedJsonLd() {
    Page p = html("<script type='application/ld+json'>{\"articleBody\": </script><p>x</p>");
    assertThat(p.structuredBody()).isNull();
  }

  @Test
  void readsJsonLdWithRawLineBreaksCommentsAndSingleQuotesAsBrowsersDo() {
    // CMS templates often paste the body verbatim: a raw line break inside the string, a comment
    Page p =
        html(
            "<script type='application/ld+json'>/* seo */ {'@type':'NewsArticle',"
                + "\"headline\":\"Rain\",\"articleBody\":\"It rained.\nThen it stopped.\"}"
                + "</script><p>x</p>");
    assertThat(p.structuredBody()).isEqualTo("It rained. Then it stopped.");
  }

  @Test
  void readsDateFromTimeElement() {
    Page p = html("<p>x</p><time datetime='2021-12-24T18:00:00Z'>Christmas Eve</time>");
    assertThat(p.publishedAt()).isEqualTo(Instant.parse("2021-12-24T18:00:00Z"));
  }

  @Test
  void identifiesLanguageFromTextRatherThanDeclaration() {
    Page p =
        html(
            "<html lang='en'><p>Der Hund und die Katze sind nicht im Haus, weil es draußen"
                + " schön ist und sie dort mit den Kindern spielen.</p>");
    assertThat(p.language()).isEqualTo("de");
  }

  @Test
  void usesDeclaredLanguageWhenTextCannotTell() {
    assertThat(html("<html lang='fr-CA'><p>12:30</p>").language()).isEqualTo("fr");
  }

  @Test
  void decodesCharsetNamedInMeta() {
    byte[] bytes = "<meta charset=iso-8859-1><p>Café</p>".getBytes(ISO_8859_1);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, null, null));
    assertThat(texts(p)).containsExactly("Café");
  }

  @Test
  void readsWellFormedUtf8AsUtf8WhenTheMetaDeclaresLatin1() {
    // a UTF-8 page that kept its old label: read as latin-1 it would say "Lenoâ€™s"
    byte[] bytes = "<meta charset=iso-8859-1><p>Leno\u2019s café</p>".getBytes(UTF_8);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, null, null));
    assertThat(texts(p)).containsExactly("Leno\u2019s café");
  }

  @Test
  void readsWellFormedUtf8AsUtf8WhenTheTransportDeclaresLatin1() {
    byte[] bytes = "<p>Grüße aus Köln</p>".getBytes(UTF_8);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, "ISO-8859-1", null));
    assertThat(texts(p)).containsExactly("Grüße aus Köln");
  }

  @Test
  void keepsTheTransportsLatin1WhenTheBytesAreNotUtf8() {
    byte[] bytes = "<p>Grüße aus Köln</p>".getBytes(ISO_8859_1);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, "ISO-8859-1", null));
    assertThat(texts(p)).containsExactly("Grüße aus Köln");
  }

  @Test
  void leavesOutSoftHyphensAndZeroWidthSpaces() {
    byte[] bytes =
        "<p>Die Bundes&shy;regierung und die Steuer\u00ader\u200bkl\u00e4rung \u200b heute</p>"
            .getBytes(UTF_8);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, null, null));
    assertThat(texts(p)).containsExactly("Die Bundesregierung und die Steuererklärung heute");
  }

  @Test
  void keepsZeroWidthJoiners() {
    byte[] bytes = "<p>می\u200cخواهم</p>".getBytes(UTF_8);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, null, null));
    assertThat(texts(p)).containsExactly("می\u200cخواهم");
  }

  @Test
  void leavesOutRubyReadings() {
    byte[] bytes =
        "<p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>では<ruby>虐待<rt>ぎゃくたい</rt></ruby>をした</p>"
            .getBytes(UTF_8);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, null, null));
    assertThat(texts(p)).containsExactly("法律では虐待をした");
  }

  @Test
  void fallsBackToWindows1252WhenBytesAreNotUtf8() {
    byte[] bytes = {'<', 'p', '>', (byte) 0x93, 'h', 'i', (byte) 0x94};
    Page p = parser.parse(SourceRecord.html("s", null, bytes, null, null));
    assertThat(texts(p)).containsExactly("\u201chi\u201d");
  }

  @Test
  void distrustsDeclaredUtf8ThatDoesNotDecode() {
    byte[] bytes = "<p>Café</p>".getBytes(ISO_8859_1);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, "utf-8", null));
    assertThat(texts(p)).containsExactly("Café");
  }

  @Test
  void takesTheFirstDeclarationThatIsNotUtf8WhenTheBytesAreNotUtf8() {
    // an archived page: the archive's banner declares UTF-8, the page itself GB2312
    byte[] head = "<meta charset=\"utf-8\"><meta charset=gb2312><p>".getBytes(ISO_8859_1);
    byte[] body = "新华网河北频道".getBytes(java.nio.charset.Charset.forName("GB2312"));
    byte[] bytes = new byte[head.length + body.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(body, 0, bytes, head.length, body.length);
    Page p = parser.parse(SourceRecord.html("s", null, bytes, null, null));
    assertThat(texts(p)).containsExactly("新华网河北频道");
  }

  @Test
  void readsUtf8WithAStrayBrokenByteAsUtf8() {
    String sentence = "Sprzeciw wobec ataków na Fundację, żółć i gęś. ";
    byte[] good = ("<p>" + sentence + sentence).getBytes(UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xc4; // a character cut in half
    Page p = parser.parse(SourceRecord.html("s", null, bytes, null, null));
    assertThat(texts(p).get(0)).startsWith(sentence + sentence.strip());
  }

  @Test
  void skipsUtf8ByteOrderMark() {
    byte[] body = "<p>Grüße</p>".getBytes(UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(texts(parser.parse(SourceRecord.html("s", null, bytes, null, null))))
        .containsExactly("Grüße");
  }

  @Test
  void hostIsLowerCaseWithoutWww() {
    assertThat(html("<p>x").host()).isEqualTo("example.com");
    assertThat(PageParser.hostOf("http://WWW.News.co.uk:8080/a b?c")).isEqualTo("news.co.uk");
    assertThat(PageParser.hostOf(null)).isNull();
  }

  @Test
  void docIdComesFromTheSource() {
    assertThat(html("<p>x").docId()).isEqualTo(DocIds.of("file:/t.warc#0"));
  }

  @Test
  void textRecordGivesOneBlockPerNonBlankLine() {
    Page p = parser.parse(SourceRecord.text("s", null, "First line.\n\n  Second   line \r\nThird"));
    assertThat(texts(p)).containsExactly("First line.", "Second line", "Third");
    assertThat(p.blocks()).allMatch(b -> b.tag().equals("line"));
  }

  @Test
  void textRecordTakesTitleFromScraperAttribution() {
    Page p =
        parser.parse(
            SourceRecord.text(
                "s", null, "Body.\nPutin meets Kim, This news data comes from:http://x.y.com"));
    assertThat(p.title()).isEqualTo("Putin meets Kim");
  }

  @Test
  void textRecordWithoutTitleTakesTheHeadlineItRepeatsAfterItsLead() {
    String lead =
        "RIVERSIDE — The dock workers' union raised its fees for the new harbour on Saturday, a"
            + " move that shipping firms said would cost them dearly this winter.";
    Page p =
        parser.parse(
            SourceRecord.text(
                "s", null, lead + "\nEXCLUSIVE: Dock workers' union raised fees for new harbour"));
    assertThat(p.title()).isEqualTo("EXCLUSIVE: Dock workers' union raised fees for new harbour");
  }

  @Test
  void rejectsEmptyBodyWithReason() {
    assertThatThrownBy(
            () -> parser.parse(SourceRecord.html("s", null, " \n".getBytes(), null, null)))
        .isInstanceOfSatisfying(
            UnparseableRecordException.class, e -> assertThat(e.reason()).isEqualTo("empty_body"));
  }

  @Test
  void rejectsBinaryContentWithReason() {
    byte[] png = new byte[512];
    png[0] = (byte) 0x89;
    png[1] = 'P';
    assertThatThrownBy(() -> parser.parse(SourceRecord.html("s", null, png, null, null)))
        .isInstanceOfSatisfying(
            UnparseableRecordException.class,
            e -> assertThat(e.reason()).isEqualTo("binary_content"));
  }

  @Test
  void capsGiantPagesAndSaysSo() {
    PageParser small = new PageParser(Settings.defaults().with(Map.of("segment.max_blocks", "10")));
    Page p =
        small.parse(
            SourceRecord.html("s", null, "<p>x</p>".repeat(50).getBytes(UTF_8), null, null));
    assertThat(p.blocks()).hasSize(10);
    assertThat(p.notes()).anyMatch(n -> n.startsWith("truncated at 10 blocks"));
  }

  @Test
  void framesetGivesPageWithoutBlocksAndANote() {
    Page p = html("<frameset><frame src='a.html'></frameset>");
    assertThat(p.blocks()).isEmpty();
    assertThat(p.notes()).isNotEmpty();
  }

  @Test
  void rejectsBadCapSettingInConstructor() {
    assertThatThrownBy(() -> Settings.defaults().with(Map.of("segment.max_blocks", "0")))
        .hasMessageContaining("segment.max_blocks");
  }

  @Test
  void leavesOutClassTokensThatStateABehaviour() {
    Page p = html("<div class='js-truncate-related enable-pin-share post'><p>x</p></div>");
    assertThat(p.blocks().get(0).classIdTokens()).isEqualTo("post");
  }

  @Test
  void dropsFurnitureWordsOfAnElementNamedTheArticle() {
    Page p = html("<div class='entry themeform share'><p>x</p></div>");
    assertThat(p.blocks().get(0).classIdTokens()).isEqualTo("entry themeform");
  }

  @Test
  void appendsTheJsonLdArticleBodyWhenTheDomLacksIt() {
    String body = "The council met on Monday to discuss the new bridge over the river. ".repeat(4);
    String json = "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\\n" + body + "\"}";
    Page p =
        html(
            "<script type='application/ld+json'>"
                + json
                + "</script><ul><li><a href='/a'>Other story</a></li></ul>");
    assertThat(p.blocks()).hasSize(3);
    assertThat(p.blocks().get(1).text()).isEqualTo(body.trim());
    assertThat(p.blocks().get(1).has(Block.ARTICLE_BODY)).isTrue();
    assertThat(p.blocks().get(2).position()).isEqualTo(2);
    assertThat(p.notes()).anyMatch(n -> n.contains("JSON-LD articleBody"));
  }

  @Test
  void appendsNothingWhenTheDomHoldsTheArticleBody() {
    String body = "The council met on Monday to discuss the new bridge over the river. ".repeat(8);
    String json = "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\"}";
    Page p = html("<script type='application/ld+json'>" + json + "</script><p>" + body + "</p>");
    assertThat(p.blocks()).hasSize(1);
  }

  @Test
  void decodesAnArticleBodyThePublisherWroteAsEscapedHtml() {
    String json =
        "{\"@type\":\"NewsArticle\",\"articleBody\":\"&lt;p&gt;Uma das lideran&ccedil;as"
            + " foi presa.&lt;/p&gt;&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;\"}";
    Page p = html("<script type='application/ld+json'>" + json + "</script><p>x</p>");
    assertThat(p.structuredBody()).isEqualTo("Uma das lideranças foi presa. Fish & chips");
  }

  @Test
  void decodesAnArticleBodyEscapedTwice() {
    String json =
        "{\"@type\":\"NewsArticle\",\"articleBody\":\"&lt;p class=&quot;texto&quot;&gt;"
            + "Em busca de uma solu&amp;ccedil;&amp;atilde;o&lt;/p&gt;\"}";
    Page p = html("<script type='application/ld+json'>" + json + "</script><p>x</p>");
    assertThat(p.structuredBody()).isEqualTo("Em busca de uma solução");
  }

  @Test
  void appendsTheEscapedArticleBodyAsParagraphsWithoutItsMarkup() {
    String sentence = "The council met on Monday to discuss the new bridge over the river. ";
    String json =
        "{\"@type\":\"NewsArticle\",\"articleBody\":\"&lt;p&gt;"
            + sentence.repeat(4)
            + "&lt;/p&gt;&lt;p&gt;"
            + sentence.repeat(4)
            + "&lt;/p&gt;\"}";
    Page p =
        html(
            "<script type='application/ld+json'>"
                + json
                + "</script><ul><li><a href='/a'>Other story</a></li></ul>");
    assertThat(p.blocks()).hasSize(3);
    assertThat(p.blocks().get(1).text()).isEqualTo(sentence.repeat(4).trim());
  }
}
