package org.winnow.settings;

/** Settings of the run as a whole: partitioning and output. */
public final class RunSettings {
  private RunSettings() {}

  public static final Setting<Integer> FILES_PER_TASK =
      Setting.intIn(
          "run.files_per_task",
          1,
          1,
          10_000,
          "input files read by one task; 1 streams each archive in its own task");

  public static final Setting<Integer> OUTPUT_FILES =
      Setting.intIn(
          "run.output_files",
          0,
          0,
          100_000,
          "Parquet files per dataset; 0 lets Spark's shuffle partitioning decide");

  public static final Setting<Integer> SHUFFLE_PARTITIONS =
      Setting.intIn(
          "run.shuffle_partitions",
          0,
          0,
          1_000_000,
          "partitions of the shuffles; 0 derives them from the input size and cores");
}
