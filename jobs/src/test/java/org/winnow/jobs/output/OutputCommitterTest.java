package org.winnow.jobs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCommitterTest {
  @TempDir Path dir;

  @Test
  void outputAppearsOnlyAtCommit() throws IOException {
    Path out = dir.resolve("out");
    OutputCommitter c = new OutputCommitter(new Configuration(), out.toString(), "r1", false);
    c.writeText("_report.json", "{}");
    assertThat(out).doesNotExist();
    c.commit();
    assertThat(out.resolve("_report.json")).hasContent("{}");
    assertThat(out.resolve("_SUCCESS")).exists();
    assertThat(dir.toFile().list()).containsExactly("out");
  }

  @Test
  void refusesToReplaceAnOutputWithoutOverwrite() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    assertThatThrownBy(
            () ->
                new OutputCommitter(new Configuration(), dir.resolve("out").toString(), "r", false))
        .isInstanceOf(OutputCommitter.OutputExistsException.class)
        .hasMessageContaining("--overwrite");
  }

  @Test
  void replacesAnOutputWithOverwrite() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("old.txt"), "old");
    OutputCommitter c = new OutputCommitter(new Configuration(), out.toString(), "r2", true);
    c.writeText("new.txt", "new");
    c.commit();
    assertThat(out.resolve("old.txt")).doesNotExist();
    assertThat(out.resolve("new.txt")).hasContent("new");
    assertThat(dir.toFile().list()).containsExactly("out");
  }

  @Test
  void abortLeavesNothingThatLooksLikeAnOutput() throws IOException {
    Path out = dir.resolve("out");
    OutputCommitter c = new OutputCommitter(new Configuration(), out.toString(), "r3", false);
    c.writeText("_report.json", "{}");
    c.abort();
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void aKilledRunLeavesOnlyAHiddenStagingFolder() throws IOException {
    Path out = dir.resolve("out");
    OutputCommitter c = new OutputCommitter(new Configuration(), out.toString(), "r4", false);
    c.writeText("documents.parquet", "partial");
    // no commit, no abort: what a killed driver leaves
    assertThat(out).doesNotExist();
    assertThat(dir.toFile().list()).containsExactly(".out.r4.inprogress");
  }
}
