package org.winnow.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one article per file: text scrapes under {@code txt/}, pages under {@code html/}. */
final class FileSink {
  private final Path corpus;
  private final String folder;
  private final String extension;

  FileSink(Path corpus, String folder, String extension) {
    this.corpus = corpus;
    this.folder = folder;
    this.extension = extension;
  }

  Placement write(Article article, String content) throws IOException {
    return write(article, content.getBytes(StandardCharsets.UTF_8));
  }

  Placement write(Article article, byte[] content) throws IOException {
    String name = folder + "/" + article.outlet().host() + "/" + article.id() + extension;
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
