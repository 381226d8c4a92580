package org.winnow.jobs.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  private void write(String rel, int bytes) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.write(p, new byte[bytes]);
  }

  @Test
  void readsFoldersRecursivelyInUriOrder() throws IOException {
    write("b/2.txt", 3);
    write("a/1.warc.gz", 5);
    write("a/deeper/0.jsonl", 7);
    List<InputFile> files = InputFiles.list(new Configuration(), List.of(dir.toString()));
    assertThat(files)
        .extracting(f -> f.uri().substring(f.uri().indexOf(dir.getFileName().toString())))
        .containsExactly(
            dir.getFileName() + "/a/1.warc.gz",
            dir.getFileName() + "/a/deeper/0.jsonl",
            dir.getFileName() + "/b/2.txt");
    assertThat(files.get(0).bytes()).isEqualTo(5);
  }

  @Test
  void leavesOutHiddenFilesInsideFolders() throws IOException {
    write("a.txt", 1);
    write(".hidden.txt", 1);
    write("_SUCCESS", 0);
    write(".git/objects/x", 1);
    assertThat(InputFiles.list(new Configuration(), List.of(dir.toString()))).hasSize(1);
  }

  @Test
  void expandsGlobs() throws IOException {
    write("x/a.jsonl", 1);
    write("x/b.jsonl", 1);
    write("x/c.txt", 1);
    assertThat(InputFiles.list(new Configuration(), List.of(dir + "/x/*.jsonl"))).hasSize(2);
  }

  @Test
  void namesTheInputThatMatchesNothing() {
    assertThatThrownBy(
            () -> InputFiles.list(new Configuration(), List.of(dir + "/missing.warc.gz")))
        .isInstanceOf(InputFiles.MissingInputException.class)
        .hasMessageContaining("missing.warc.gz");
  }

  @Test
  void countsAFileNamedTwiceOnce() throws IOException {
    write("a.txt", 1);
    String f = dir.resolve("a.txt").toString();
    assertThat(InputFiles.list(new Configuration(), List.of(f, f, dir.toString()))).hasSize(1);
  }

  private static List<List<Long>> starts(List<List<InputSplit>> tasks) {
    return tasks.stream()
        .map(t -> t.stream().map(s -> s.split() == null ? -1L : s.split().start()).toList())
        .toList();
  }

  @Test
  void groupsSmallFilesIntoTasksAndReadsABigFileThatCannotBeSplitWhole() {
    List<InputFile> files =
        List.of(
            new InputFile("a", 40),
            new InputFile("b", 40),
            new InputFile("c", 500),
            new InputFile("d", 10));
    List<List<InputSplit>> tasks = InputFiles.plan(new Configuration(), files, 100, 10, 1);
    assertThat(starts(tasks)).isEqualTo(List.of(List.of(-1L, -1L), List.of(-1L), List.of(-1L)));
  }

  @Test
  void capsFilesPerTask() {
    List<InputFile> files =
        List.of(new InputFile("a", 1), new InputFile("b", 1), new InputFile("c", 1));
    assertThat(InputFiles.plan(new Configuration(), files, 1000, 2, 1))
        .extracting(List::size)
        .containsExactly(2, 1);
  }

  @Test
  void sizesTasksToShareTheInputAmongThePartitions() {
    List<InputFile> files =
        List.of(
            new InputFile("a", 30),
            new InputFile("b", 30),
            new InputFile("c", 30),
            new InputFile("d", 30));
    assertThat(InputFiles.plan(new Configuration(), files, 1000, 10, 4)).hasSize(4);
  }

  @Test
  void cutsABigJsonLinesFileIntoOneTaskPerSplit() throws IOException {
    Path p = dir.resolve("big.jsonl");
    Files.writeString(p, "{\"url\":\"https://example.com/\",\"text\":\"words\"}\n".repeat(40));
    List<InputFile> files = InputFiles.list(new Configuration(), List.of(p.toString()));

    List<List<InputSplit>> tasks = InputFiles.plan(new Configuration(), files, 1 << 20, 10, 4);

    long size = Files.size(p);
    assertThat(starts(tasks))
        .isEqualTo(
            List.of(List.of(0L), List.of(size / 4), List.of(size / 2), List.of(size * 3 / 4)));
    assertThat(tasks.get(3).get(0).split().end()).isEqualTo(size);
  }

  @Test
  void readsABigWholeFileGzipWarcAsOneTask() throws IOException {
    Path p = dir.resolve("whole.warc.gz");
    StringBuilder warc = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      warc.append("WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 0\r\nWARC-Record-ID: <urn:")
          .append(i * 7919L % 104729)
          .append(">\r\n\r\n\r\n\r\n");
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(warc.toString().getBytes(StandardCharsets.US_ASCII));
    }
    List<InputFile> files = InputFiles.list(new Configuration(), List.of(p.toString()));

    assertThat(starts(InputFiles.plan(new Configuration(), files, 1 << 20, 10, 8)))
        .isEqualTo(List.of(List.of(-1L)));
  }

  @Test
  void cutsFinerSoThatTheTasksAreAMultipleOfTheCores() throws IOException {
    Path p = dir.resolve("big.jsonl");
    Files.writeString(p, "{\"url\":\"https://example.com/\",\"text\":\"words\"}\n".repeat(40));
    List<InputFile> files = InputFiles.list(new Configuration(), List.of(p.toString()));

    assertThat(InputFiles.plan(new Configuration(), files, 1 << 20, 10, 3)).hasSize(3);
    assertThat(InputFiles.plan(new Configuration(), files, 1 << 20, 10, 3, 2)).hasSize(4);
  }

  @Test
  void keepsThePlainPlanWhenNoFinerCutEvensTheTasks() {
    List<InputFile> files =
        List.of(new InputFile("a", 30), new InputFile("b", 30), new InputFile("c", 30));

    assertThat(InputFiles.plan(new Configuration(), files, 1000, 10, 3, 2)).hasSize(3);
  }

  @Test
  void leavesAPlanOfManyWavesAsItIs() throws IOException {
    Path p = dir.resolve("big.jsonl");
    Files.writeString(p, "{\"url\":\"https://example.com/\",\"text\":\"words\"}\n".repeat(40));
    List<InputFile> files = InputFiles.list(new Configuration(), List.of(p.toString()));

    assertThat(InputFiles.plan(new Configuration(), files, 1 << 20, 10, 17, 2)).hasSize(17);
  }

  @Test
  void givesOnePartitionPerPartitionBytesOfInput() {
    assertThat(InputFiles.partitions(1L << 30, 32L << 20, 4)).isEqualTo(32);
    assertThat(InputFiles.partitions((1L << 30) + 1, 32L << 20, 4)).isEqualTo(33);
  }

  @Test
  void keepsEveryCoreBusyOnASmallInput() {
    assertThat(InputFiles.partitions(1_300_000, 32L << 20, 4)).isEqualTo(4);
    assertThat(InputFiles.partitions(0, 32L << 20, 4)).isEqualTo(4);
  }
}
