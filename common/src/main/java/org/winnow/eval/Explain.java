package org.winnow.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.winnow.classify.CorpusStats;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.classify.Verdict;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.segment.PageParser;
import org.winnow.settings.Settings;

/**
 * Prints the metadata and every block's verdict for one file: how to see why a paragraph was kept
 * or dropped. {@code .txt} files are read as text scrapes, anything else as HTML.
 *
 * <pre>{@code
 * java -cp ... org.winnow.eval.Explain page.html [url]
 *   -> title=..., then "  3 CONTENT 0.90 body      p     'It rained…'  (412 chars, stopwords …)"
 * }</pre>
 */
public final class Explain {
  private Explain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String url = args.length > 1 ? args[1] : null;
    Settings settings = Settings.defaults();
    SourceRecord record =
        file.toString().endsWith(".txt")
            ? SourceRecord.text(file.toUri().toString(), url, Files.readString(file))
            : SourceRecord.html(file.toUri().toString(), url, Files.readAllBytes(file), null, null);
    Page page = new PageParser(settings).parse(record);
    List<Verdict> verdicts = new ParagraphClassifier(settings).classify(page, CorpusStats.NONE);
    System.out.println(
        "title="
            + page.title()
            + " | date="
            + page.publishedAt()
            + " | author="
            + page.author()
            + " | language="
            + page.language()
            + " | host="
            + page.host()
            + " | structuredBody="
            + (page.structuredBody() == null ? "none" : page.structuredBody().length() + " chars")
            + " | notes="
            + page.notes());
    for (Block b : page.blocks()) {
      Verdict v = verdicts.get(b.position());
      String t = b.text();
      System.out.printf(
          Locale.ROOT,
          "%4d%s %-7s %.2f %-10s %-6s '%s'  (%s) [%s]%n",
          b.position(),
          // '*' marks the main container
          b.has(Block.IN_CONTAINER) ? "*" : " ",
          v.label(),
          v.score(),
          v.kind(),
          b.tag(),
          t.length() > 80 ? t.substring(0, 79) + "…" : t,
          v.reason(),
          b.classIdTokens().length() > 60
              ? "…" + b.classIdTokens().substring(b.classIdTokens().length() - 59)
              : b.classIdTokens());
    }
  }
}
