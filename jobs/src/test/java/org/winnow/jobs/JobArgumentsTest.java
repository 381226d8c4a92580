package org.winnow.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {
  @Test
  void takesRepeatedInputsAndSettings() {
    JobArguments a =
        JobArguments.parse(
            "--input",
            "a.warc.gz",
            "--input",
            "dir/",
            "--output",
            "out",
            "--set",
            "dedup.bands=16");
    assertThat(a.inputs()).containsExactly("a.warc.gz", "dir/");
    assertThat(a.output()).isEqualTo("out");
    assertThat(a.overrides()).isEqualTo(Map.of("dedup.bands", "16"));
    assertThat(a.overwrite()).isFalse();
  }

  @Test
  void takesTheEarlierOutputOfAnIncrementalRun() {
    JobArguments a = JobArguments.parse("--input", "day2/", "--previous", "out/day1");
    assertThat(a.previous()).isEqualTo("out/day1");
    assertThat(JobArguments.parse("--input", "x").previous()).isNull();
    assertThatThrownBy(() -> JobArguments.parse("--previous"))
        .hasMessage("--previous needs a value");
  }

  @Test
  void acceptsOptionEqualsValueForm() {
    JobArguments a = JobArguments.parse("--input=x.jsonl", "--output=o", "--overwrite");
    assertThat(a.inputs()).isEqualTo(List.of("x.jsonl"));
    assertThat(a.output()).isEqualTo("o");
    assertThat(a.overwrite()).isTrue();
  }

  @Test
  void rejectsUnknownOptionInOneLine() {
    assertThatThrownBy(() -> JobArguments.parse("--inptu", "x"))
        .isInstanceOf(JobArguments.UsageException.class)
        .hasMessage("unknown option --inptu");
  }

  @Test
  void rejectsOptionWithoutValue() {
    assertThatThrownBy(() -> JobArguments.parse("--output"))
        .isInstanceOf(JobArguments.UsageException.class)
        .hasMessage("--output needs a value");
  }

  @Test
  void rejectsSetWithoutEquals() {
    assertThatThrownBy(() -> JobArguments.parse("--set", "dedup.bands"))
        .hasMessageContaining("key=value");
  }
}
