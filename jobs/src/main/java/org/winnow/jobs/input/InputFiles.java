package org.winnow.jobs.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.winnow.read.Split;

/**
 * Finds the input files of a run on the driver: files, folders read recursively, globs and Hadoop
 * URIs ({@code file:}, {@code hdfs:}, {@code s3a:}), sorted by URI so that every run sees them in
 * the same order. Hidden files ({@code .x}, {@code _x}) inside folders are left out, as Hadoop's
 * own input formats do.
 *
 * <pre>{@code
 * InputFiles.list(conf, List.of("data/", "more/*.jsonl.gz"))
 *   -> [file:/abs/data/a.warc.gz (1234 bytes), file:/abs/more/b.jsonl.gz (567 bytes)]
 * }</pre>
 */
public final class InputFiles {
  private InputFiles() {}

  /** Thrown when an input names nothing; its message is one line naming the input. */
  public static final class MissingInputException extends IOException {
    private static final long serialVersionUID = 1L;

    public MissingInputException(String message) {
      super(message);
    }
  }

  /** Every file under {@code inputs}, deduplicated and sorted by URI. */
  public static List<InputFile> list(Configuration conf, List<String> inputs) throws IOException {
    TreeMap<String, InputFile> files = new TreeMap<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new MissingInputException("input not found: " + input);
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.isFile() && !hidden(match.getPath(), f.getPath())) {
              add(files, fs, f);
            }
          }
        } else {
          add(files, fs, match);
        }
      }
    }
    return new ArrayList<>(files.values());
  }

  private static void add(TreeMap<String, InputFile> files, FileSystem fs, FileStatus f) {
    String uri = fs.makeQualified(f.getPath()).toString();
    files.putIfAbsent(uri, new InputFile(uri, f.getLen()));
  }

  /** Whether any path element below {@code root} starts with '.' or '_'. */
  private static boolean hidden(Path root, Path file) {
    String rootPath = root.toUri().getPath();
    String rel = file.toUri().getPath();
    if (rel.startsWith(rootPath)) rel = rel.substring(rootPath.length());
    for (String part : rel.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) return true;
    }
    return false;
  }

  /**
   * How many partitions the work after reading gets: one per {@code partitionBytes} of input, at
   * least {@code atLeast} (enough to keep every core busy). A fixed count would let each task's
   * share, and with it what a task holds at once (a partition's block facts, its memberships), grow
   * with the input; this way it stays near {@code partitionBytes} whatever the input.
   *
   * <pre>{@code
   * partitions(1 << 30, 32 << 20, 4) -> 32;  partitions(1_300_000, 32 << 20, 4) -> 4
   * }</pre>
   */
  public static int partitions(long inputBytes, long partitionBytes, int atLeast) {
    long byBytes = (inputBytes + partitionBytes - 1) / partitionBytes;
    return (int) Math.max(atLeast, Math.min(Integer.MAX_VALUE / 2, byBytes));
  }

  /**
   * Plans the read tasks of a run on the driver, so that they are about as many as {@code
   * partitions} whenever the input allows, each parsing what it reads (no shuffle of raw pages):
   * tasks take about {@code inputBytes / partitions} bytes, at most {@code taskBytes}. A bigger
   * file that can be split ({@link Split#kindOf}: per-record {@code .warc.gz}, uncompressed JSON
   * lines) becomes one task per split; smaller files are grouped in URI order, at most {@code
   * maxFilesPerTask} a task. Only the file list and the arguments decide the plan.
   *
   * <pre>{@code
   * 64 MB + 31 MB .warc.gz, partitions 4, taskBytes 32m -> 24 MB splits:
   *   [a#0-21M] [a#21M-43M] [a#43M-64M] [b#0-16M] [b#16M-31M]
   * }</pre>
   */
  public static List<List<InputSplit>> plan(
      Configuration conf,
      List<InputFile> files,
      long taskBytes,
      int maxFilesPerTask,
      int partitions) {
    return plan(files, taskBytes, maxFilesPerTask, partitions, kinds(conf));
  }

  /**
   * {@link #plan} for {@code cores} cores: where the input can be cut finer, the tasks are a
   * multiple of the cores, so that the last wave of reading (and of every pass over the partitions
   * that reading makes) keeps every core busy. The plan for the fewest partitions from {@code
   * partitions} up to twice that (and at most {@value #MAX_BALANCE_TRIES} more) whose tasks are a
   * multiple of {@code cores}; the plain plan when there is none, or when the plain plan already
   * runs in more than {@value #MAX_BALANCED_WAVES} waves.
   *
   * <pre>{@code
   * 4 x 67 MB + 27 MB per-record .warc.gz, partitions 9, cores 2:
   *   plain: 13 tasks (3 splits of each big file, the small one whole), the 7th wave on one core
   *   here:  14 tasks (partitions 11: the small file in two splits)
   * }</pre>
   */
  public static List<List<InputSplit>> plan(
      Configuration conf,
      List<InputFile> files,
      long taskBytes,
      int maxFilesPerTask,
      int partitions,
      int cores) {
    Function<InputFile, Split.Kind> kinds = kinds(conf);
    List<List<InputSplit>> plain = plan(files, taskBytes, maxFilesPerTask, partitions, kinds);
    // With many waves the last one costs little, and each plan tried walks every file: a few tries
    // are enough for the few waves where a half-empty last one shows.
    if (cores <= 1 || plain.size() % cores == 0 || plain.size() > MAX_BALANCED_WAVES * cores) {
      return plain;
    }
    int last = Math.min(2 * partitions, partitions + MAX_BALANCE_TRIES);
    for (int p = partitions + 1; p <= last; p++) {
      List<List<InputSplit>> tasks = plan(files, taskBytes, maxFilesPerTask, p, kinds);
      if (tasks.size() % cores == 0) return tasks;
    }
    return plain;
  }

  /** Waves of read tasks beyond which the plan is not balanced over the cores. */
  static final int MAX_BALANCED_WAVES = 8;

  /** Partition counts above the planned one that {@link #plan} tries for a balanced plan. */
  static final int MAX_BALANCE_TRIES = 16;

  /** How each file can be split, each big file opened once however many plans ask. */
  private static Function<InputFile, Split.Kind> kinds(Configuration conf) {
    Map<String, Optional<Split.Kind>> known = new HashMap<>();
    return f ->
        known.computeIfAbsent(f.uri(), u -> Optional.ofNullable(kindOf(conf, f))).orElse(null);
  }

  private static List<List<InputSplit>> plan(
      List<InputFile> files,
      long taskBytes,
      int maxFilesPerTask,
      int partitions,
      Function<InputFile, Split.Kind> kinds) {
    long inputBytes = files.stream().mapToLong(InputFile::bytes).sum();
    long splitBytes =
        Math.max(1, Math.min(taskBytes, ceilDiv(inputBytes, Math.max(1, partitions))));
    List<List<InputSplit>> tasks = new ArrayList<>();
    List<InputSplit> current = new ArrayList<>();
    long bytes = 0;
    for (InputFile f : files) {
      Split.Kind kind = f.bytes() > splitBytes ? kinds.apply(f) : null;
      if (kind != null) {
        for (Split s : Split.cut(kind, f.bytes(), splitBytes)) {
          tasks.add(List.of(new InputSplit(f, s)));
        }
        continue;
      }
      if (!current.isEmpty()
          && (bytes + f.bytes() > splitBytes || current.size() >= maxFilesPerTask)) {
        tasks.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(InputSplit.whole(f));
      bytes += f.bytes();
    }
    if (!current.isEmpty()) tasks.add(current);
    return tasks;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /** How the file can be split, or null: also when it cannot be read (its task reports that). */
  private static Split.Kind kindOf(Configuration conf, InputFile f) {
    Path path = new Path(f.uri());
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return Split.kindOf(f.uri(), in);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
