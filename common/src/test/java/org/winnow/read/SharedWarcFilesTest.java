package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads every real archive in ../shared/warc: nothing may escape, every stream must end. */
class SharedWarcFilesTest {
  static final Path WARC_DIR = Path.of("..", "..", "shared", "warc");

  static Path shared(String name) {
    Path dir = WARC_DIR.toAbsolutePath().normalize();
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "../shared/warc is absent: the real-archive tests are skipped");
    return dir.resolve(name);
  }

  static List<Path> allFiles() throws IOException {
    Path dir = shared("");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().endsWith(".tsv"))
          .sorted()
          .toList();
    }
  }

  @Test
  void readsEverySharedFileToItsEndWithoutThrowing() throws IOException {
    List<Path> files = allFiles();
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%-58s %7s %7s %7s  %s%n", "file", "records", "rejects", "skips", "reject reasons"));
    for (Path f : files) {
      Drain d = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Drain.of(f));
      table.append(
          String.format(
              "%-58s %7d %7d %7d  %s%n",
              f.getFileName(), d.records, d.rejects, d.skips, d.rejectReasons));
      for (var r : d.rejects()) table.append("      ").append(r).append('\n');
    }
    System.out.print(table);
    assertThat(files).hasSizeGreaterThanOrEqualTo(69);
  }
}
