package org.winnow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A benchmark corpus of any size made of the real eval pages, repeated with distinct URLs: {@code
 * --articles N} records spread over WARC.gz files of about {@code --file-mb} MB each (or JSON lines
 * with an {@code html} field, or one {@code .html} file per record). Used for the end-to-end runs
 * when no synthetic generator is at hand, and for the memory check, whose input must be large.
 *
 * <pre>
 * java ... org.winnow.bench.RealPageCorpus --out /tmp/c --articles 10000 --format warc
 * wrote 10000 records, 221.3 MB in 4 files to /tmp/c
 * </pre>
 */
public final class RealPageCorpus {
  private RealPageCorpus() {}

  public static void main(String[] args) throws IOException {
    Path eval = Path.of("../shared/eval");
    Path out = null;
    long articles = 0;
    long fileMb = 64;
    long targetMb = 0;
    String format = "warc";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--eval" -> eval = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--articles" -> articles = Long.parseLong(args[i + 1]);
        case "--target-mb" -> targetMb = Long.parseLong(args[i + 1]);
        case "--file-mb" -> fileMb = Long.parseLong(args[i + 1]);
        case "--format" -> format = args[i + 1];
        default -> usage("unknown option " + args[i]);
      }
    }
    if (out == null || (articles <= 0 && targetMb <= 0))
      usage("--out and --articles or --target-mb are required");
    if (!List.of("warc", "jsonl", "html").contains(format))
      usage("--format is warc, jsonl or html");
    List<EvalPages.Page> pages = EvalPages.load(eval, 0);
    Files.createDirectories(out);
    long limit = articles > 0 ? articles : Long.MAX_VALUE;
    long targetBytes = targetMb > 0 ? targetMb << 20 : Long.MAX_VALUE;
    Sink sink =
        switch (format) {
          case "warc" -> new WarcSink(out, fileMb << 20);
          case "jsonl" -> new JsonlSink(out, fileMb << 20);
          default -> new HtmlSink(out);
        };
    long n = 0;
    try (sink) {
      while (n < limit && sink.bytes() < targetBytes) {
        EvalPages.Page p = pages.get((int) (n % pages.size()));
        sink.write(p, (int) (n / pages.size()));
        n++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "wrote %d records, %.1f MB in %d files to %s%n",
        n,
        sink.bytes() / 1e6,
        sink.files(),
        out);
  }

  private static void usage(String problem) {
    System.err.println(
        "RealPageCorpus: "
            + problem
            + "\nusage: RealPageCorpus --out DIR (--articles N | --target-mb MB) [--format warc|jsonl|html]"
            + " [--file-mb MB] [--eval DIR]");
    System.exit(2);
  }

  /** Where records go, rolling over to a new file when one is full. */
  private interface Sink extends AutoCloseable {
    void write(EvalPages.Page page, int copy) throws IOException;

    long bytes();

    int files();

    @Override
    void close() throws IOException;
  }

  private static final class WarcSink implements Sink {
    private final Path dir;
    private final long fileBytes;
    private OutputStream file;
    private WarcFiles.Writer writer;
    private long done;
    private int files;

    WarcSink(Path dir, long fileBytes) {
      this.dir = dir;
      this.fileBytes = fileBytes;
    }

    @Override
    public void write(EvalPages.Page page, int copy) throws IOException {
      if (writer == null || writer.position() >= fileBytes) roll();
      writer.write(page, copy);
    }

    private void roll() throws IOException {
      closeFile();
      file =
          new BufferedOutputStream(
              Files.newOutputStream(
                  dir.resolve(String.format(Locale.ROOT, "part-%05d.warc.gz", files++))),
              1 << 16);
      writer = new WarcFiles.Writer(file);
    }

    private void closeFile() throws IOException {
      if (writer != null) {
        done += writer.position();
        writer.close();
        file.close();
        writer = null;
      }
    }

    @Override
    public long bytes() {
      return done + (writer == null ? 0 : writer.position());
    }

    @Override
    public int files() {
      return files;
    }

    @Override
    public void close() throws IOException {
      closeFile();
    }
  }

  private static final class JsonlSink implements Sink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final long fileBytes;
    private OutputStream file;
    private long inFile;
    private long done;
    private int files;

    JsonlSink(Path dir, long fileBytes) {
      this.dir = dir;
      this.fileBytes = fileBytes;
    }

    @Override
    public void write(EvalPages.Page page, int copy) throws IOException {
      if (file == null || inFile >= fileBytes) roll();
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("url", page.url(copy));
      line.put("html", new String(page.html(), StandardCharsets.UTF_8));
      byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
      file.write(bytes);
      inFile += bytes.length;
    }

    private void roll() throws IOException {
      close();
      file =
          new BufferedOutputStream(
              Files.newOutputStream(
                  dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", files++))),
              1 << 16);
    }

    @Override
    public long bytes() {
      return done + inFile;
    }

    @Override
    public int files() {
      return files;
    }

    @Override
    public void close() throws IOException {
      if (file != null) {
        file.close();
        done += inFile;
        inFile = 0;
        file = null;
      }
    }
  }

  private static final class HtmlSink implements Sink {
    private final Path dir;
    private long done;
    private int files;

    HtmlSink(Path dir) {
      this.dir = dir;
    }

    @Override
    public void write(EvalPages.Page page, int copy) throws IOException {
      Path sub = dir.resolve(String.format(Locale.ROOT, "copy-%04d", copy));
      Files.createDirectories(sub);
      Files.write(sub.resolve(String.format(Locale.ROOT, "%06d.html", files)), page.html());
      done += page.html().length;
      files++;
    }

    @Override
    public long bytes() {
      return done;
    }

    @Override
    public int files() {
      return files;
    }

    @Override
    public void close() {}
  }
}
