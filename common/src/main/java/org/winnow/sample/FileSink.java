package org.winnow.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one article per file: text scrapes under {@code txt/}, pages under {@code html/}, in a
 * folder per outlet, or all in one folder when the sink is {@link #flat flat}.
 */
final class FileSink {
  private final Path corpus;
  private final String folder;
  private final String extension;
  private final boolean flat;
  private final long seed;
  private int written;

  FileSink(Path corpus, String folder, String extension) {
    this(corpus, folder, extension, false, 0);
  }

  private FileSink(Path corpus, String folder, String extension, boolean flat, long seed) {
    this.corpus = corpus;
    this.folder = folder;
    this.extension = extension;
    this.flat = flat;
    this.seed = seed;
  }

  /**
   * A sink that names files as scrapers that keep no outlet do: {@code
   * txt/000_73141ed0dc438f87.txt}, a running number and a hash of the article, so nothing in the
   * path tells the outlet.
   */
  static FileSink flat(Path corpus, String folder, String extension, long seed) {
    return new FileSink(corpus, folder, extension, true, seed);
  }

  Placement write(Article article, String content) throws IOException {
    return write(article, content.getBytes(StandardCharsets.UTF_8));
  }

  Placement write(Article article, byte[] content) throws IOException {
    String name =
        flat
            ? String.format(
                "%s/%03d_%016x%s", folder, written, Rng.of(seed, written).nextLong(), extension)
            : folder + "/" + article.outlet().host() + "/" + article.id() + extension;
    written++;
    Path path = corpus.resolve(name);
    Files.createDirectories(path.getParent());
    Files.write(path, content);
    return new Placement(name, "", null);
  }

  /** An empty file among the others, as interrupted downloads leave. */
  String writeEmpty() throws IOException {
    String name = folder + "/empty" + extension;
    Path path = corpus.resolve(name);
    Files.createDirectories(path.getParent());
    Files.write(path, new byte[0]);
    return name;
  }
}
