package org.winnow.jobs.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void groupsSmallFilesIntoTasksAndNeverSplitsABigOne() {
    List<InputFile> files =
        List.of(
            new InputFile("a", 40),
            new InputFile("b", 40),
            new InputFile("c", 500),
            new InputFile("d", 10));
    List<List<InputFile>> tasks = InputFiles.tasks(files, 100, 10);
    assertThat(tasks).extracting(List::size).containsExactly(2, 1, 1);
  }

  @Test
  void capsFilesPerTask() {
    List<InputFile> files =
        List.of(new InputFile("a", 1), new InputFile("b", 1), new InputFile("c", 1));
    assertThat(InputFiles.tasks(files, 1000, 2)).extracting(List::size).containsExactly(2, 1);
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
