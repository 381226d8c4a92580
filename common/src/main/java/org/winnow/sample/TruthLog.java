package org.winnow.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the truth beside a corpus: {@code documents.jsonl} (one line per article), {@code
 * paragraphs.jsonl} (one line per emitted text block) and {@code non_articles.jsonl} (records that
 * are not articles: robots.txt, images, revisits, broken records).
 */
final class TruthLog implements Closeable {
  private static final JsonFactory JSON = new JsonFactory();

  private final JsonGenerator documents;
  private final JsonGenerator paragraphs;
  private final JsonGenerator nonArticles;
  private boolean anyNonArticle;
  private long nonArticleCount;

  TruthLog(Path truthDir, boolean gzip) throws IOException {
    Files.createDirectories(truthDir);
    String suffix = gzip ? ".jsonl.gz" : ".jsonl";
    documents = open(truthDir.resolve("documents" + suffix), gzip);
    paragraphs = open(truthDir.resolve("paragraphs" + suffix), gzip);
    nonArticles = open(truthDir.resolve("non_articles" + suffix), gzip);
  }

  private static JsonGenerator open(Path file, boolean gzip) throws IOException {
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    if (gzip) {
      out = new GZIPOutputStream(out, 1 << 16);
    }
    JsonGenerator json = JSON.createGenerator(out);
    json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
    return json;
  }

  void article(Article a, Placement where, List<TruthBlock> blocks) throws IOException {
    int content = 0;
    for (TruthBlock block : blocks) {
      if (block.kind() == TruthBlock.Kind.BODY || block.kind() == TruthBlock.Kind.HEADING) {
        content++;
      }
    }
    JsonGenerator d = documents;
    d.writeStartObject();
    d.writeStringField("article_id", a.id());
    d.writeStringField("url", a.url());
    d.writeStringField("source", where.file());
    d.writeStringField("position", where.position());
    if (where.recordId() != null) {
      d.writeStringField("record_id", where.recordId());
    }
    d.writeStringField("story_id", a.story().id());
    d.writeStringField("story_kind", a.story().kind().value());
    if (a.story().quotedStoryId() != null) {
      d.writeStringField("quotes_story_id", a.story().quotedStoryId());
    }
    d.writeStringField("outlet", a.outlet().host());
    d.writeStringField("template", a.outlet().family().name().toLowerCase(java.util.Locale.ROOT));
    d.writeStringField("format", a.format().value());
    d.writeStringField("language", a.story().language().code());
    d.writeStringField("topic", a.story().topic());
    d.writeStringField("published_at", a.publishedAt().toString());
    d.writeBooleanField("is_agency_copy", a.agencyCopy());
    d.writeNumberField("copy_index", a.copyIndex());
    d.writeStringField("title", a.headline());
    d.writeArrayFieldStart("edits");
    for (String edit : a.edits()) {
      d.writeString(edit);
    }
    d.writeEndArray();
    d.writeNumberField("n_paragraphs", blocks.size());
    d.writeNumberField("n_content_paragraphs", content);
    d.writeEndObject();

    for (int i = 0; i < blocks.size(); i++) {
      TruthBlock block = blocks.get(i);
      JsonGenerator p = paragraphs;
      p.writeStartObject();
      p.writeStringField("article_id", a.id());
      p.writeNumberField("position", i);
      p.writeStringField("text", block.text());
      p.writeStringField("label", block.label().value());
      p.writeStringField("kind", block.kind().value());
      p.writeEndObject();
    }
  }

  /**
   * A record that is not an article.
   *
   * @param what robots, image, revisit, corrupt_json, truncated_gzip or empty_file
   * @param expect {@code skip} when readers should pass over it quietly, {@code reject} when it
   *     should appear among the rejects
   */
  void nonArticle(String file, String position, String what, String expect) throws IOException {
    anyNonArticle = true;
    nonArticleCount++;
    JsonGenerator n = nonArticles;
    n.writeStartObject();
    n.writeStringField("source", file);
    n.writeStringField("position", position);
    n.writeStringField("what", what);
    n.writeStringField("expect", expect);
    n.writeEndObject();
  }

  long nonArticleCount() {
    return nonArticleCount;
  }

  @Override
  public void close() throws IOException {
    // Every line ends with a newline, and an empty log stays an empty file.
    documents.writeRaw('\n');
    paragraphs.writeRaw('\n');
    if (anyNonArticle) {
      nonArticles.writeRaw('\n');
    }
    documents.close();
    paragraphs.close();
    nonArticles.close();
  }
}
