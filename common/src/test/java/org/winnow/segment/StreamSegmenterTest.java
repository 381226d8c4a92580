package org.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.winnow.model.Block;

class StreamSegmenterTest {
  private static BlockWalk.Result stream(String html) {
    return new StreamSegmenter(5000, 1_000_000).segment(html);
  }

  private static BlockWalk.Result dom(String html) {
    return new Segmenter(5000, 1_000_000).segment(Parser.htmlParser().parseInput(html, ""));
  }

  private static List<String> texts(String html) {
    return stream(html).blocks().stream().map(Block::text).toList();
  }

  private static List<String> paths(String html) {
    return stream(html).blocks().stream().map(Block::tagPath).toList();
  }

  /** Every feature of every block, as the DOM walk gives them. */
  private static void assertSameAsDom(String html) {
    assertThat(signatures(stream(html).blocks())).isEqualTo(signatures(dom(html).blocks()));
  }

  private static List<String> signatures(List<Block> blocks) {
    return blocks.stream()
        .map(
            b ->
                String.join(
                    "|",
                    b.text(),
                    b.tag(),
                    b.tagPath(),
                    b.classIdTokens(),
                    "d" + b.depth(),
                    "l" + b.linkChars() + "/" + b.linkCount() + "/" + b.leadLinkChars(),
                    "f" + b.flags()))
        .toList();
  }

  @Test
  void closesAParagraphAtTheNextBlock() {
    String html = "<p>One<div>Two</div><p>Three<p>Four";
    assertThat(texts(html)).containsExactly("One", "Two", "Three", "Four");
    assertThat(paths(html)).containsExactly("p", "div", "p", "p");
    assertSameAsDom(html);
  }

  @Test
  void closesAListItemAtTheNextItem() {
    String html = "<ul><li>One<li>Two<ul><li>Inner</ul></ul>";
    assertThat(texts(html)).containsExactly("One", "Two", "Inner");
    assertThat(paths(html)).containsExactly("ul>li", "ul>li", "ul>li>ul>li");
    assertSameAsDom(html);
  }

  @Test
  void closesDefinitionTermsAtTheNextTermOrDescription() {
    String html = "<dl><dt>Term<dd>Meaning<dt>Next</dl>";
    assertThat(paths(html)).containsExactly("dl>dt", "dl>dd", "dl>dt");
    assertSameAsDom(html);
  }

  @Test
  void closesCellsAndRowsAndImpliesTheTableBody() {
    String html = "<table><tr><td>A<td>B<tr><th>C</table><p>After";
    assertThat(texts(html)).containsExactly("A", "B", "C", "After");
    assertThat(paths(html).get(0)).isEqualTo("table>tbody>tr>td");
    assertSameAsDom(html);
  }

  @Test
  void closesAnOptionAtTheNextOption() {
    String html = "<select><option>First<option>Second <p>and</p> more</select>";
    assertThat(texts(html)).containsExactly("First", "Second and more");
    assertSameAsDom(html);
  }

  @Test
  void closesAnOpenHeadingAtTheNextHeading() {
    String html = "<h2>One<h3>Two</h3>";
    assertThat(stream(html).blocks()).allMatch(b -> b.has(Block.HEADING));
    assertSameAsDom(html);
  }

  @Test
  void reopensAnUnclosedLinkInTheNextParagraph() {
    String html = "<p><a href=/x>One</p><p>Two";
    assertThat(stream(html).blocks().get(1).linkChars()).isEqualTo(3);
    assertSameAsDom(html);
  }

  @Test
  void movesAParagraphOutOfTheInlineElementItWasMisnestedIn() {
    String html = "<div><font><p>Text</font> more</p></div>";
    assertThat(paths(html)).containsExactly("div>p");
    assertSameAsDom(html);
  }

  @Test
  void ignoresAStrayEndTag() {
    String html = "<div>One </span>two</div>";
    assertThat(texts(html)).containsExactly("One two");
    assertSameAsDom(html);
  }

  @Test
  void closesWhatIsOpenInsideAClosedBlock() {
    String html = "<div><span><b>One</div>Two";
    assertThat(texts(html)).containsExactly("One", "Two");
    assertThat(paths(html)).containsExactly("div", "");
    assertSameAsDom(html);
  }

  @Test
  void splitsTextAroundAStrayParagraphEnd() {
    String html = "<div>One</p>Two</div>";
    assertThat(texts(html)).containsExactly("One", "Two");
    assertSameAsDom(html);
  }

  @Test
  void keepsAParagraphOpenAroundATableInQuirksMode() {
    String html = "<p>One<table><tr><td>Two</table>";
    assertThat(paths(html)).containsExactly("p", "p>table>tbody>tr>td");
    assertThat(paths("<!DOCTYPE html>" + html)).containsExactly("p", "table>tbody>tr>td");
    assertSameAsDom(html);
    assertSameAsDom("<!DOCTYPE html>" + html);
  }

  @Test
  void joinsTextAcrossEmptyElementsAndEndsABlockAtTwoLineBreaks() {
    String html = "<div>One<img src=a.png>two<br>three<br><br>Four</div>";
    assertThat(texts(html)).containsExactly("Onetwo three", "Four");
    assertSameAsDom(html);
  }

  @Test
  void skipsScriptsStylesAndTheMarkupInThem() {
    String html = "<p>One<script>var a = '<p>x</p>';</script> two<style>p{}</style></p>";
    assertThat(texts(html)).containsExactly("One two");
    assertSameAsDom(html);
  }

  @Test
  void skipsSvgContent() {
    String html = "<p>One <svg><text>x</text><path d='M0'/><title>t</title></svg>two</p>";
    assertThat(texts(html)).containsExactly("One two");
    assertSameAsDom(html);
  }

  @Test
  void dropsASmallNoscriptAndReadsABigOne() {
    assertThat(texts("<p>One</p><noscript><p>Enable JavaScript</p></noscript>"))
        .containsExactly("One");
    String big = "<body><noscript><p>" + "word ".repeat(200) + "</p></noscript>";
    assertThat(texts(big)).hasSize(1);
    assertSameAsDom(big);
  }

  @Test
  void flagsRegionsListsAndLinks() {
    String html =
        "<nav><ul><li><a href=/>Home</a></li></ul></nav>"
            + "<article><div itemprop=articleBody><p>Body <a href=/y>link</a></p></div></article>"
            + "<div role=complementary><p>Side</p></div><footer><p>Foot</p></footer>";
    List<Block> b = stream(html).blocks();
    assertThat(b.get(0).has(Block.IN_NAV | Block.IN_LIST)).isTrue();
    assertThat(b.get(0).linkChars()).isEqualTo(4);
    assertThat(b.get(1).has(Block.IN_ARTICLE | Block.ARTICLE_BODY)).isTrue();
    assertThat(b.get(1).linkCount()).isEqualTo(1);
    assertThat(b.get(2).has(Block.IN_ASIDE)).isTrue();
    assertThat(b.get(3).has(Block.IN_FOOTER)).isTrue();
    assertSameAsDom(html);
  }

  @Test
  void readsClassAndIdTokensOfTheBlockAndItsAncestors() {
    String html = "<div CLASS='Story js-toggle' id=main><p class=lead>Text</p></div>";
    assertThat(stream(html).blocks().get(0).classIdTokens()).isEqualTo("story main lead");
    assertSameAsDom(html);
  }

  @Test
  void splitsClassNamesWhereCaseOrDigitsJoinTheirWords() {
    String html = "<div class='commentBody relatedNews2'><p id=HTMLBox>Text</p></div>";
    assertThat(stream(html).blocks().get(0).classIdTokens())
        .isEqualTo("comment-body related-news-2 htmlbox");
    assertSameAsDom(html);
  }

  @Test
  void countsTheLinkedCharactersAtTheStartOfABlock() {
    String html =
        "<p><a href=/a>Rain ends</a> <a href=/b>drought</a> as farmers sow</p>"
            + "<p>Farmers <a href=/c>sow</a> again</p><p><a href=/d>All linked</a></p>";
    List<Block> b = stream(html).blocks();
    assertThat(b.get(0).leadLinkChars()).isEqualTo("Rain ends".length() + "drought".length());
    assertThat(b.get(1).leadLinkChars()).isZero();
    assertThat(b.get(2).leadLinkChars()).isEqualTo("All linked".length());
    assertSameAsDom(html);
  }

  @Test
  void decodesEntitiesInTextAndAttributes() {
    String html = "<p class='a&amp;b'>Fish &amp; chips&nbsp;&#8364;5 &copy</p>";
    BlockWalk.Result r = stream(html);
    assertThat(r.blocks().get(0).text()).isEqualTo("Fish & chips €5 ©");
    assertThat(r.blocks().get(0).classIdTokens()).isEqualTo("a&b");
    assertSameAsDom(html);
  }

  @Test
  void collectsThePagesMetadata() {
    String html =
        "<html lang=de><head><title>Rain &amp; snow</title>"
            + "<meta property=og:title content='Rain'>"
            + "<script type=application/ld+json>{\"headline\":\"H\"}</script></head>"
            + "<body><h1>Rain today</h1><p>By <a rel=author href=/a>Ann Lee</a></p>"
            + "<time datetime=2024-01-02>Jan 2</time>";
    PageHints h = stream(html).hints();
    assertThat(h.htmlTitle).isEqualTo("Rain & snow");
    assertThat(h.htmlLang).isEqualTo("de");
    assertThat(h.meta("og:title")).isEqualTo("Rain");
    assertThat(h.jsonLd).containsExactly("{\"headline\":\"H\"}");
    assertThat(h.h1).isEqualTo("Rain today");
    assertThat(h.relAuthor).isEqualTo("Ann Lee");
    assertThat(h.times).containsExactly("2024-01-02");
  }

  @Test
  void readsMetadataAfterAnImageInANoscriptOfTheHead() {
    String html =
        "<head><noscript><img src=p.gif></noscript><meta name=author content=Bo>"
            + "<title>T</title></head><body><p>Text";
    PageHints h = stream(html).hints();
    assertThat(h.meta("author")).isEqualTo("Bo");
    assertThat(h.htmlTitle).isEqualTo("T");
    assertSameAsDom(html);
  }

  @Test
  void readsANoscriptInTheHeadAsText() {
    String html = "<head><noscript><p>Enable JavaScript</p></noscript><title>T</title><p>Body";
    assertThat(texts(html)).containsExactly("Body");
    assertThat(stream(html).hints().htmlTitle).isEqualTo("T");
    assertSameAsDom(html);
  }

  @Test
  void dropsATagCutOffByTheEndOfThePage() {
    assertThat(texts("<p>One<a href=\"x")).containsExactly("One");
  }

  @Test
  void treatsAnUnclosedCommentAsTheRestOfThePage() {
    assertThat(texts("<p>One<!-- x <p>Two")).containsExactly("One");
  }

  @Test
  void keepsALessThanSignThatStartsNoTag() {
    String html = "<p>1 < 2 and 3 <> 4</p>";
    assertThat(texts(html)).containsExactly("1 < 2 and 3 <> 4");
    assertSameAsDom(html);
  }

  @Test
  void survivesDeepNestingInLinearTime() {
    int depth = 200_000;
    String html = "<div>".repeat(depth) + "deep" + "<b>".repeat(depth) + "text" + "</div>";
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertThat(texts(html)).containsExactly("deep" + "text"));
  }

  @Test
  void readsManyUnclosedNoscriptsAndStrayEndTagsInLinearTime() {
    String html =
        "<div>".repeat(50_000)
            + "<noscript><span>x</span>".repeat(50_000)
            + "</span></td></li>".repeat(50_000);
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertThat(stream(html).blocks()).hasSize(1));
  }

  @Test
  void neverThrowsOnBinaryGarbage() {
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 500_000; i++) {
      int r = random.nextInt(20);
      sb.append(
          r == 0
              ? '<'
              : r == 1 ? '>' : r == 2 ? '/' : r == 3 ? '&' : (char) random.nextInt(0x3000));
    }
    String garbage = sb.toString();
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> assertThatCode(() -> stream(garbage)).doesNotThrowAnyException());
  }

  @Test
  void stopsAtTheBlockCap() {
    String html = "<p>x</p>".repeat(100);
    BlockWalk.Result r = new StreamSegmenter(10, 1_000_000).segment(html);
    assertThat(r.blocks()).hasSize(10);
    assertThat(r.truncated()).isTrue();
  }
}
