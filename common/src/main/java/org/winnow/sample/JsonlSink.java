package org.winnow.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes articles as gzipped JSON lines in news-please's layout: {@code url}, {@code title}, {@code
 * maintext} (the text scrape, paragraphs as lines, furniture included), {@code date_publish},
 * {@code id} and the other news-please fields.
 */
final class JsonlSink implements Closeable {
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter NEWS_PLEASE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Path corpus;
  private final CorpusSpec spec;
  private final TruthLog truth;
  private int fileNumber = -1;
  private int line;
  private String fileName;
  private OutputStream out;

  JsonlSink(Path corpus, CorpusSpec spec, TruthLog truth) {
    this.corpus = corpus;
    this.spec = spec;
    this.truth = truth;
  }

  Placement write(Article article, List<TruthBlock> lines, String maintext) throws IOException {
    if (out == null || line >= spec.recordsPerFile()) {
      roll();
    }
    if (spec.badRecords() && fileNumber == 0 && line == 3) {
      // A line cut off mid-string, as when a dump was written by a crashing process.
      line++;
      out.write(
          ("{\"url\": \""
                  + article.url()
                  + "?broken=1\", \"title\": \""
                  + article.headline()
                  + "\", \"maintext\": \""
                  + article.paragraphs().get(0).text().substring(0, 20)
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      truth.nonArticle(fileName, "line:" + line, "corrupt_json", "reject");
    }
    line++;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(maintext.length() + 1024);
    try (JsonGenerator json = JSON.createGenerator(buffer)) {
      json.writeStartObject();
      json.writeArrayFieldStart("authors");
      json.writeString(author(article.byline()));
      json.writeEndArray();
      json.writeStringField(
          "date_download", NEWS_PLEASE_DATE.format(article.publishedAt().plusSeconds(3600)));
      json.writeNullField("date_modify");
      json.writeStringField("date_publish", NEWS_PLEASE_DATE.format(article.publishedAt()));
      json.writeStringField("description", firstSentence(article.paragraphs().get(0).text()));
      json.writeStringField(
          "filename", java.net.URLEncoder.encode(article.url(), StandardCharsets.UTF_8) + ".json");
      json.writeStringField("id", article.id() + "-" + Long.toHexString(article.renderSeed()));
      json.writeStringField(
          "image_url", "https://" + article.outlet().host() + "/img/" + article.id() + ".jpg");
      json.writeStringField("language", article.story().language().code());
      json.writeNullField("localpath");
      json.writeStringField("maintext", maintext);
      json.writeStringField("source_domain", article.outlet().host());
      json.writeStringField("title", article.headline());
      json.writeNullField("title_page");
      json.writeNullField("title_rss");
      json.writeStringField("url", article.url());
      json.writeEndObject();
    }
    buffer.write('\n');
    buffer.writeTo(out);
    return new Placement(fileName, "line:" + line, null);
  }

  private void roll() throws IOException {
    close();
    fileNumber++;
    line = 0;
    fileName = String.format("jsonl/part-%05d.jsonl.gz", fileNumber);
    Path path = corpus.resolve(fileName);
    Files.createDirectories(path.getParent());
    out =
        new GZIPOutputStream(
            new BufferedOutputStream(Files.newOutputStream(path), 1 << 16), 1 << 16);
  }

  private static String author(String byline) {
    String name =
        byline.replaceFirst(
            "^(By|Von|Par|Por|Written by|Ein Bericht von|Un article de" + "|Información de)\\s+",
            "");
    int cut = name.indexOf(',');
    if (cut < 0) {
      cut = name.indexOf(" |");
    }
    return cut < 0 ? name : name.substring(0, cut);
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }
}
