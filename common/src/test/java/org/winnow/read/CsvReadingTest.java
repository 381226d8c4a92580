package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.winnow.read.Warcs.utf8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.winnow.model.Reject;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

class CsvReadingTest {
  private static final String URI = "file:/data/articles.csv";
  private static final String HEADER = "id,publisher,scrape_time,text\n";

  @Test
  void readsOneArticlePerRowNamedByRowNumber() throws IOException {
    Drain d = Drain.of(utf8(HEADER + "7,x.com,,One.\n8,y.com,,Two.\n"), URI);

    assertThat(d.items).extracting(i -> i.source()).containsExactly(URI + "#row:1", URI + "#row:2");
    assertThat(d.records()).extracting(SourceRecord::text).containsExactly("One.", "Two.");
  }

  @Test
  void mapsColumnsLikeJsonFields() throws IOException {
    SourceRecord r =
        Drain.of(utf8(HEADER + "604,slate.com,2019-05-31T17:45:53-04:00,Body.\n"), URI)
            .records()
            .get(0);

    assertThat(r.externalId()).isEqualTo("604");
    assertThat(r.site()).isEqualTo("slate.com");
    assertThat(r.fetchedAt()).isEqualTo(Instant.parse("2019-05-31T21:45:53Z"));
    assertThat(r.url()).isNull();
  }

  @Test
  void keepsDelimitersLineBreaksAndDoubledQuotesInsideQuotedFields() throws IOException {
    String csv = HEADER + "1,x.com,,\"He said \"\"no\"\", twice.\r\nSecond line.\"\r\n";

    SourceRecord r = Drain.of(utf8(csv), URI).records().get(0);

    assertThat(r.text()).isEqualTo("He said \"no\", twice.\nSecond line.");
  }

  @Test
  void rejectsARowWithTheWrongNumberOfFieldsAndReadsTheNext() throws IOException {
    Drain d = Drain.of(utf8(HEADER + "1,x.com\n2,y.com,,Two.\n"), URI);

    Reject r = d.rejects().get(0);
    assertThat(r.source()).isEqualTo(URI + "#row:1");
    assertThat(r.reason()).isEqualTo("bad_csv");
    assertThat(r.detail()).isEqualTo("2 fields, the header has 4");
    assertThat(d.records()).extracting(SourceRecord::text).containsExactly("Two.");
  }

  @Test
  void rejectsAQuotedFieldLeftOpenAtTheEndOfTheFile() throws IOException {
    Drain d = Drain.of(utf8(HEADER + "1,x.com,,\"never closed\n"), URI);

    assertThat(d.rejectReasons).isEqualTo(Map.of("bad_csv", 1));
    assertThat(d.rejects().get(0).detail()).contains("not closed");
  }

  @Test
  void skipsARowLongerThanTheRecordLimitWithoutLosingTheNextRow() throws IOException {
    RecordReaders small =
        new RecordReaders(Settings.defaults().with(Map.of("input.max_record_bytes", "1k")));
    String csv = HEADER + "1,x.com,,\"" + "word, ".repeat(400) + "\"\n2,y.com,,Short.\n";

    Drain d = Drain.of(small, URI, new java.io.ByteArrayInputStream(utf8(csv)));

    assertThat(d.rejectReasons).isEqualTo(Map.of("too_large", 1));
    assertThat(d.records()).extracting(SourceRecord::text).containsExactly("Short.");
  }

  @Test
  void rejectsARowWithoutABodyAsNoBody() throws IOException {
    Drain d = Drain.of(utf8(HEADER + "1,x.com,,\n"), URI);

    assertThat(d.rejectReasons).isEqualTo(Map.of("no_body", 1));
  }

  @Test
  void readsTabSeparatedFilesAndAByteOrderMarkBeforeTheHeader() throws IOException {
    Drain d = Drain.of(utf8("\uFEFFurl\ttitle\ttext\nhttps://e.com/a\tT\tBody, here.\n"), "x.tsv");

    SourceRecord r = d.records().get(0);
    assertThat(r.url()).isEqualTo("https://e.com/a");
    assertThat(r.title()).isEqualTo("T");
    assertThat(r.text()).isEqualTo("Body, here.");
  }

  @Test
  void guessesASemicolonDelimiterFromTheHeader() {
    assertThat(CsvArticleStream.delimiterOf("a.csv", utf8("id;text\n1;x\n"))).isEqualTo(';');
    assertThat(CsvArticleStream.delimiterOf("a.csv", utf8("\"a;b\",text\n"))).isEqualTo(',');
  }

  @Test
  void splitsTextAtAConfiguredParagraphMarker() throws IOException {
    RecordReaders marked =
        new RecordReaders(Settings.defaults().with(Map.of("input.text_paragraph_marker", "###")));
    String csv = HEADER + "1,x.com,,Headline ### First paragraph. ### Second.\n";

    SourceRecord r =
        Drain.of(marked, URI, new java.io.ByteArrayInputStream(utf8(csv))).records().get(0);

    assertThat(r.text()).isEqualTo("Headline\nFirst paragraph.\nSecond.");
  }

  @Test
  void isRecognisedByItsNameOnly() {
    assertThat(InputFormats.detect("a.csv.gz", utf8("id,text\n"))).isEqualTo(InputFormat.CSV);
    assertThat(InputFormats.detect("a.txt", utf8("id,text\n"))).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void countsAReadmeBesideTheArticlesAsSkippedNotAsAnArticle() throws IOException {
    Drain d = Drain.of(utf8("# About this dump\nThe files hold articles.\n"), "file:/d/README.md");

    assertThat(d.records).isZero();
    assertThat(d.skipReasons).isEqualTo(Map.of("file_type:md", 1));
  }

  @Test
  void readsEveryRowOfTheArticleComparisonsScrapes() throws IOException {
    Path dir = Path.of("..", "..", "shared", "eval", "articlecomparisons");
    Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/eval/articlecomparisons is absent");
    int records = 0;
    int rejects = 0;
    try (Stream<Path> files = Files.list(dir).sorted()) {
      for (Path f : files.toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          Drain d = Drain.of(Drain.DEFAULT, f.toUri().toString(), in);
          records += d.records;
          rejects += d.rejects;
          if (f.toString().endsWith(".csv")) assertThat(d.records().get(0).site()).isNotBlank();
        }
      }
    }
    assertThat(rejects).isZero();
    assertThat(records).isEqualTo(680);
  }
}
