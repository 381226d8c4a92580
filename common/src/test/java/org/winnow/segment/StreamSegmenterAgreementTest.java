package org.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

/**
 * Parses every page of the shared evaluation sets with both parsers ({@code segment.parser=dom} and
 * {@code stream}), counts the blocks that agree in text and every feature and the pages whose
 * metadata agree, and prints a sample of the differences.
 */
class StreamSegmenterAgreementTest {
  /** The shared sets, seen from the module (as surefire runs) or from the project root. */
  private static final Path EVAL =
      Files.isDirectory(Path.of("../../shared/eval"))
          ? Path.of("../../shared/eval")
          : Path.of("../shared/eval");

  private static final List<String> FOLDERS = List.of("l3s-gn1/original", "trafilatura-eval/eval");

  private final PageParser domParser =
      new PageParser(Settings.of(Map.of(SegmentSettings.PARSER.key(), "dom")));
  private final PageParser streamParser =
      new PageParser(Settings.of(Map.of(SegmentSettings.PARSER.key(), "stream")));

  @Test
  void streamParserGivesTheDomWalksBlocksOnRealPages() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(EVAL.resolve(FOLDERS.get(0))), "no ../shared/eval");
    List<Path> files = new ArrayList<>();
    for (String folder : FOLDERS) files.addAll(htmlFiles(EVAL.resolve(folder)));
    assertThat(identicalShare(files)).isGreaterThan(0.995);
  }

  @Test
  void streamParserGivesTheDomWalksBlocksOnEverySamplePage() throws IOException {
    Path sample =
        Files.isDirectory(Path.of("../sample/corpus/html"))
            ? Path.of("../sample/corpus/html")
            : Path.of("sample/corpus/html");
    List<Path> files = htmlFiles(sample);
    assertThat(files).isNotEmpty();
    assertThat(identicalShare(files)).isEqualTo(1.0);
  }

  private static List<Path> htmlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  /** The share of blocks identical in text and features, of the larger count per page. */
  private double identicalShare(List<Path> files) throws IOException {
    long domBlocks = 0;
    long sameText = 0;
    long sameAll = 0;
    long union = 0;
    int identicalPages = 0;
    int sameMetadata = 0;
    Map<String, Integer> differences = new HashMap<>();
    List<String> samples = new ArrayList<>();
    for (Path f : files) {
      SourceRecord record =
          SourceRecord.html(f.toUri().toString(), null, Files.readAllBytes(f), null, null);
      Page dom = domParser.parse(record);
      Page stream = streamParser.parse(record);
      Map<String, Integer> texts = new HashMap<>();
      Map<String, Integer> all = new HashMap<>();
      for (Block b : stream.blocks()) {
        texts.merge(b.text(), 1, Integer::sum);
        all.merge(signature(b), 1, Integer::sum);
      }
      int pageSameAll = 0;
      for (Block b : dom.blocks()) {
        if (take(texts, b.text())) sameText++;
        if (take(all, signature(b))) {
          sameAll++;
          pageSameAll++;
        }
      }
      domBlocks += dom.blocks().size();
      union += Math.max(dom.blocks().size(), stream.blocks().size());
      if (pageSameAll == dom.blocks().size() && dom.blocks().size() == stream.blocks().size()) {
        identicalPages++;
      }
      if (metadata(dom).equals(metadata(stream))) {
        sameMetadata++;
      } else if (samples.size() < 60) {
        samples.add(
            f.getFileName() + " METADATA dom=" + metadata(dom) + "\n   stream=" + metadata(stream));
      }
      int before = samples.size();
      diff(f, dom.blocks(), stream.blocks(), differences, samples);
      // a few per page, so that the sample shows many kinds of difference
      while (samples.size() > before + 2) samples.remove(samples.size() - 1);
    }
    System.out.printf(
        "stream vs dom on %d pages: %d dom blocks, same text %.4f, same text and features %.4f"
            + " (of the larger count per page), identical pages %d, same metadata %d%n",
        files.size(),
        domBlocks,
        sameText / (double) union,
        sameAll / (double) union,
        identicalPages,
        sameMetadata);
    System.out.println("differences by feature: " + differences);
    samples.forEach(System.out::println);
    return sameAll / (double) union;
  }

  private static boolean take(Map<String, Integer> m, String key) {
    Integer c = m.get(key);
    if (c == null || c == 0) return false;
    m.put(key, c - 1);
    return true;
  }

  private static String signature(Block b) {
    return b.text()
        + "\u0001"
        + b.tag()
        + "\u0001"
        + b.tagPath()
        + "\u0001"
        + b.classIdTokens()
        + "\u0001"
        + b.depth()
        + "\u0001"
        + b.linkChars()
        + "\u0001"
        + b.linkCount()
        + "\u0001"
        + b.leadLinkChars()
        + "\u0001"
        + b.flags();
  }

  private static String metadata(Page p) {
    return p.title()
        + "|"
        + p.publishedAt()
        + "|"
        + p.author()
        + "|"
        + p.language()
        + "|"
        + (p.structuredBody() == null ? 0 : p.structuredBody().length())
        + "|"
        + p.notes();
  }

  /** Pairs blocks of equal text in order and counts which features differ. */
  private static void diff(
      Path f,
      List<Block> dom,
      List<Block> stream,
      Map<String, Integer> counts,
      List<String> samples) {
    int j = 0;
    for (int i = 0; i < dom.size(); i++) {
      Block d = dom.get(i);
      int k = j;
      while (k < stream.size() && k < j + 20 && !stream.get(k).text().equals(d.text())) k++;
      if (k >= stream.size() || !stream.get(k).text().equals(d.text())) {
        counts.merge("text", 1, Integer::sum);
        if (samples.size() < 400) {
          Block s = j < stream.size() ? stream.get(j) : null;
          samples.add(
              f.getFileName()
                  + " TEXT dom["
                  + i
                  + "]="
                  + cut(d.text())
                  + " "
                  + d.tagPath()
                  + "\n   stream["
                  + j
                  + "]="
                  + (s == null ? "-" : cut(s.text()) + " " + s.tagPath()));
        }
        continue;
      }
      Block s = stream.get(k);
      j = k + 1;
      String what = "";
      if (!d.tag().equals(s.tag())) what += " tag";
      if (!d.tagPath().equals(s.tagPath())) what += " path";
      if (!d.classIdTokens().equals(s.classIdTokens())) what += " tokens";
      if (d.depth() != s.depth()) what += " depth";
      if (d.linkChars() != s.linkChars()) what += " linkChars";
      if (d.linkCount() != s.linkCount()) what += " linkCount";
      if (d.leadLinkChars() != s.leadLinkChars()) what += " leadLinkChars";
      if (d.flags() != s.flags())
        what += " flags(" + Integer.toBinaryString(d.flags() ^ s.flags()) + ")";
      if (what.isEmpty()) continue;
      counts.merge(what.trim(), 1, Integer::sum);
      if (samples.size() < 400) {
        samples.add(
            f.getFileName()
                + what
                + " '"
                + cut(d.text())
                + "'\n   dom="
                + d.tagPath()
                + " d"
                + d.depth()
                + " l"
                + d.linkChars()
                + "/"
                + d.linkCount()
                + " f"
                + d.flags()
                + "\n   str="
                + s.tagPath()
                + " d"
                + s.depth()
                + " l"
                + s.linkChars()
                + "/"
                + s.linkCount()
                + " f"
                + s.flags());
      }
    }
  }

  private static String cut(String t) {
    return t.length() > 70 ? t.substring(0, 70) : t;
  }
}
