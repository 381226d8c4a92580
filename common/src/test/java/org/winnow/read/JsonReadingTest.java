package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.winnow.read.Warcs.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.model.Reject;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

class JsonReadingTest {
  private static final String URI = "file:/data/news.jsonl";
  private static final String NEWS_PLEASE =
      "{\"url\":\"https://news.example/a\",\"title\":\"Putin meets Kim\","
          + "\"maintext\":\"First paragraph.\\nSecond paragraph.\","
          + "\"date_publish\":\"2018-07-16 12:34:56\",\"date_download\":\"2018-07-17 00:00:00\"}";

  @Test
  void readsANewsPleaseLineWithTitleDateAndParagraphLines() throws IOException {
    SourceRecord r = Drain.of(utf8(NEWS_PLEASE + "\n"), URI).records().get(0);

    assertThat(r.payload()).isEqualTo(SourceRecord.Payload.TEXT);
    assertThat(r.url()).isEqualTo("https://news.example/a");
    assertThat(r.title()).isEqualTo("Putin meets Kim");
    assertThat(r.text()).isEqualTo("First paragraph.\nSecond paragraph.");
    assertThat(r.publishedAt()).isEqualTo(Instant.parse("2018-07-16T12:34:56Z"));
  }

  @Test
  void takesTheDownloadDateOfNewsPleaseAsCaptureTime() throws IOException {
    SourceRecord r = Drain.of(utf8(NEWS_PLEASE), URI).records().get(0);

    assertThat(r.fetchedAt()).isEqualTo(Instant.parse("2018-07-17T00:00:00Z"));
  }

  @Test
  void numbersRecordsByOneBasedLineCountingBlankLines() throws IOException {
    Drain d = Drain.of(utf8(NEWS_PLEASE + "\n\n" + NEWS_PLEASE + "\n"), URI);

    assertThat(d.items)
        .extracting(i -> i.source())
        .containsExactly(URI + "#line:1", URI + "#line:3");
  }

  @Test
  void rejectsABadJsonLineWithTheParserMessageAndReadsTheNextLine() throws IOException {
    Drain d = Drain.of(utf8("{\"url\": \"x\", \"text\": \n" + NEWS_PLEASE + "\n"), URI);

    Reject r = d.rejects().get(0);
    assertThat(r.source()).isEqualTo(URI + "#line:1");
    assertThat(r.reason()).isEqualTo("bad_json");
    assertThat(r.detail()).contains("end-of-input");
    assertThat(d.records()).hasSize(1);
  }

  @Test
  void rejectsALineWithNeitherTextNorHtmlAsNoBody() throws IOException {
    Drain d = Drain.of(utf8("{\"url\":\"https://e.com/\",\"title\":\"only a title\"}\n"), URI);

    assertThat(d.rejectReasons).isEqualTo(Map.of("no_body", 1));
  }

  @Test
  void readsTheHtmlFieldWhenThereIsNoTextField() throws IOException {
    Drain d = Drain.of(utf8("{\"url\":\"https://e.com/\",\"raw_html\":\"<p>Hi</p>\"}"), URI);

    SourceRecord r = d.records().get(0);
    assertThat(r.payload()).isEqualTo(SourceRecord.Payload.HTML);
    assertThat(new String(r.html(), StandardCharsets.UTF_8)).isEqualTo("<p>Hi</p>");
  }

  @Test
  void keepsARecordWhoseDateCannotBeReadWithoutADate() throws IOException {
    Drain d = Drain.of(utf8("{\"text\":\"Body.\",\"date\":\"sometime last week\"}"), URI);

    assertThat(d.records()).hasSize(1);
    assertThat(d.records().get(0).publishedAt()).isNull();
  }

  @Test
  void takesTheIdFieldAsExternalId() throws IOException {
    Drain d = Drain.of(utf8("{\"id\":12345,\"text\":\"Body.\"}"), URI);

    assertThat(d.records().get(0).externalId()).isEqualTo("12345");
  }

  @Test
  void joinsAnArrayOfParagraphStringsIntoLines() throws IOException {
    Drain d = Drain.of(utf8("{\"text\":[\"One.\",\"Two.\"]}"), URI);

    assertThat(d.records().get(0).text()).isEqualTo("One.\nTwo.");
  }

  @Test
  void streamsTheArticlesOfOneTopLevelJsonArray() throws IOException {
    String array = "[\n" + NEWS_PLEASE + ",\n" + NEWS_PLEASE + "\n]";

    Drain d = Drain.of(utf8(array), "file:/data/all.json");

    assertThat(d.items)
        .extracting(i -> i.source())
        .containsExactly("file:/data/all.json#item:1", "file:/data/all.json#item:2");
  }

  @Test
  void readsANewsPleaseFileHoldingOneIndentedArticle() throws IOException {
    String indented =
        "{\n    \"authors\": [],\n    \"date_publish\": \"2018-07-16 12:34:56\",\n"
            + "    \"maintext\": \"One.\\nTwo.\",\n    \"title\": \"T\",\n"
            + "    \"url\": \"https://news.example/a\"\n}\n";

    Drain d = Drain.of(utf8(indented), "file:/data/a.json");

    assertThat(d.items).hasSize(1);
    SourceRecord r = d.records().get(0);
    assertThat(r.source()).isEqualTo("file:/data/a.json#item:1");
    assertThat(r.text()).isEqualTo("One.\nTwo.");
  }

  @Test
  void endsAJsonValuesFileAtBrokenSyntaxWithOneReject() throws IOException {
    String broken = "[\n" + NEWS_PLEASE + ",\n{\"text\": oops}\n]";

    Drain d = Drain.of(utf8(broken), "file:/data/all.json");

    assertThat(d.records()).hasSize(1);
    assertThat(d.rejects()).extracting(Reject::reason).containsExactly("bad_json");
  }

  @Test
  void readsGzippedJsonLines() throws IOException {
    Drain d = Drain.of(Warcs.gzip(utf8(NEWS_PLEASE + "\n" + NEWS_PLEASE + "\n")), URI + ".gz");

    assertThat(d.records()).hasSize(2);
  }

  @Test
  void recognisesJsonLinesByContentWhateverTheName() throws IOException {
    Drain d = Drain.of(utf8(NEWS_PLEASE), "file:/data/part-00000");

    assertThat(d.records()).hasSize(1);
  }

  @Test
  void skipsALineOverTheSizeLimitAsTooLargeAndReadsTheNext() throws IOException {
    RecordReaders small =
        new RecordReaders(Settings.defaults().with(Map.of("input.max_record_bytes", "1k")));
    String big = "{\"text\":\"" + "x".repeat(3000) + "\"}";

    Drain d = Drain.of(small, URI, new ByteArrayInputStream(utf8(big + "\n" + NEWS_PLEASE)));

    assertThat(d.rejects())
        .extracting(Reject::reason, Reject::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("too_large", URI + "#line:1"));
    assertThat(d.records()).hasSize(1);
  }

  @Test
  void readsFieldsNamedBySettings() throws IOException {
    RecordReaders custom =
        new RecordReaders(
            Settings.defaults()
                .with(
                    Map.of(
                        "input.json.text_fields", "article_body", "input.json.url_field", "link")));
    String line = "{\"link\":\"https://e.com/x\",\"article_body\":\"Body.\"}";

    Drain d = Drain.of(custom, URI, new ByteArrayInputStream(utf8(line)));

    assertThat(d.records()).extracting(SourceRecord::url).containsExactly("https://e.com/x");
  }
}
