package org.winnow.jobs.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

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
   * Groups files into read tasks in URI order: a task takes files until it holds {@code taskBytes};
   * a larger file is a task of its own. Compressed archives cannot be split, so a file is never
   * cut.
   */
  public static List<List<InputFile>> tasks(
      List<InputFile> files, long taskBytes, int maxFilesPerTask) {
    List<List<InputFile>> tasks = new ArrayList<>();
    List<InputFile> current = new ArrayList<>();
    long bytes = 0;
    for (InputFile f : files) {
      if (!current.isEmpty()
          && (bytes + f.bytes() > taskBytes || current.size() >= maxFilesPerTask)) {
        tasks.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(f);
      bytes += f.bytes();
    }
    if (!current.isEmpty()) tasks.add(current);
    return tasks;
  }
}
