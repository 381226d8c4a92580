package org.winnow.jobs.stages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.winnow.jobs.input.HadoopConf;
import org.winnow.jobs.input.InputFile;
import org.winnow.jobs.input.InputFiles;
import org.winnow.jobs.input.InputSplit;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;
import org.winnow.model.Skipped;
import org.winnow.model.SourceRecord;
import org.winnow.read.RecordReaders;
import org.winnow.read.RecordStream;
import org.winnow.read.Split;
import org.winnow.segment.PageParser;
import org.winnow.segment.UnparseableRecordException;
import org.winnow.settings.Settings;
import scala.Tuple2;

/**
 * Reads input files and parses their records into pages: one Spark task per group of small files or
 * per {@link Split} of a big one ({@link InputFiles#plan}), each archive streamed record by record
 * so that memory never holds more than one record.
 *
 * <p>Nothing is lost silently: a file that cannot be opened, a record that cannot be read or
 * parsed, each becomes a reject with its reason; records that are not articles are skipped and
 * counted.
 */
public final class ExtractStage implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Settings settings;

  public ExtractStage(Settings settings) {
    this.settings = settings;
  }

  /**
   * Reads and parses. With at least {@code partitions} read tasks, as {@link InputFiles#plan} makes
   * whenever the input can be split, each task parses what it reads; with fewer (big files that
   * cannot be split) records are spread over {@code partitions} partitions before parsing, so that
   * parsing, the costly part, uses every core.
   */
  public JavaRDD<Extracted> run(
      JavaSparkContext jsc,
      Broadcast<HadoopConf> conf,
      List<List<InputSplit>> tasks,
      int partitions) {
    if (tasks.isEmpty()) {
      return jsc.emptyRDD();
    }
    List<ArrayList<InputSplit>> serializableTasks = numberJsonLines(jsc, conf, tasks);
    boolean parseWhileReading = tasks.size() >= partitions;
    JavaRDD<Extracted> read =
        jsc.parallelize(serializableTasks, serializableTasks.size())
            .mapPartitions(
                it -> {
                  List<InputSplit> parts = new ArrayList<>();
                  it.forEachRemaining(parts::addAll);
                  return new TaskIterator(parts, conf.value(), settings, parseWhileReading);
                });
    if (parseWhileReading) return read;
    // Spread by a hash of the source, not round robin: a recomputed partition holds the same
    // records, which the later zips of pages with their facts rely on.
    return read.mapToPair(e -> new Tuple2<>(sourceOf(e), e))
        .partitionBy(new HashPartitioner(partitions))
        .values()
        .mapPartitions(
            it -> {
              PageParser parser = new PageParser(settings);
              return new Iterator<Extracted>() {
                @Override
                public boolean hasNext() {
                  return it.hasNext();
                }

                @Override
                public Extracted next() {
                  Extracted e = it.next();
                  return e.record() == null ? e : parse(parser, e.record(), e.format());
                }
              };
            });
  }

  /**
   * The tasks with every JSON lines split told how many lines of its file come before it, counted
   * by one parallel pass over those files: sources name lines by their number in the whole file.
   */
  private static List<ArrayList<InputSplit>> numberJsonLines(
      JavaSparkContext jsc, Broadcast<HadoopConf> conf, List<List<InputSplit>> tasks) {
    List<InputSplit> lineSplits = new ArrayList<>();
    for (List<InputSplit> t : tasks) {
      for (InputSplit s : t) {
        if (s.split() != null && s.split().kind() == Split.Kind.JSON_LINES) lineSplits.add(s);
      }
    }
    List<Long> counts =
        lineSplits.isEmpty()
            ? List.of()
            : jsc.parallelize(lineSplits, lineSplits.size())
                .map(s -> countLineEnds(conf.value(), s))
                .collect();
    // splits of one file are planned in order, so a running sum per file numbers them
    Map<InputSplit, Split> numbered = new HashMap<>();
    Map<String, List<Split>> splitsByFile = new LinkedHashMap<>();
    Map<String, List<Long>> countsByFile = new LinkedHashMap<>();
    for (int i = 0; i < lineSplits.size(); i++) {
      String uri = lineSplits.get(i).file().uri();
      splitsByFile.computeIfAbsent(uri, u -> new ArrayList<>()).add(lineSplits.get(i).split());
      countsByFile.computeIfAbsent(uri, u -> new ArrayList<>()).add(counts.get(i));
    }
    for (InputSplit s : lineSplits) {
      List<Split> ofFile = splitsByFile.get(s.file().uri());
      List<Split> withLines = Split.numbered(ofFile, countsByFile.get(s.file().uri()));
      numbered.put(s, withLines.get(ofFile.indexOf(s.split())));
    }
    List<ArrayList<InputSplit>> out = new ArrayList<>();
    for (List<InputSplit> t : tasks) {
      ArrayList<InputSplit> task = new ArrayList<>();
      for (InputSplit s : t) {
        Split n = numbered.get(s);
        task.add(n == null ? s : new InputSplit(s.file(), n));
      }
      out.add(task);
    }
    return out;
  }

  /** The split's line ends; 0 when the file cannot be read, which its first split reports. */
  private static long countLineEnds(HadoopConf conf, InputSplit s) {
    Path path = new Path(s.file().uri());
    try (FSDataInputStream in = path.getFileSystem(conf.value()).open(path)) {
      in.seek(s.split().readFrom());
      return s.split().countLineEnds(in);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String sourceOf(Extracted e) {
    if (e.record() != null) return e.record().source();
    if (e.reject() != null) return e.reject().source();
    return e.skipReason();
  }

  /** A page, or a reject saying why the record could not be parsed. */
  static Extracted parse(PageParser parser, SourceRecord record, String format) {
    try {
      return Extracted.page(parser.parse(record), format);
    } catch (UnparseableRecordException e) {
      return Extracted.reject(new Reject(record.source(), e.reason(), e.detail()), format);
    } catch (RuntimeException | StackOverflowError e) {
      // One bad record never kills a job: the parser's failure becomes a reject row.
      return Extracted.reject(new Reject(record.source(), "parse_error", describe(e)), format);
    }
  }

  /** Streams the items of a task's files or split one after another. */
  private static final class TaskIterator implements Iterator<Extracted> {
    private final Iterator<InputSplit> files;
    private final HadoopConf conf;
    private final RecordReaders readers;
    private final PageParser parser;
    private final boolean parse;
    private RecordStream current;
    private String currentFormat = "unknown";
    private Extracted next;

    TaskIterator(List<InputSplit> files, HadoopConf conf, Settings settings, boolean parse) {
      this.files = files.iterator();
      this.conf = conf;
      this.readers = new RecordReaders(settings);
      this.parser = parse ? new PageParser(settings) : null;
      this.parse = parse;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (current != null && current.hasNext()) {
          next = convert(current.next());
        } else {
          closeCurrent();
          if (!files.hasNext()) return false;
          next = open(files.next());
        }
      }
      return true;
    }

    @Override
    public Extracted next() {
      if (!hasNext()) throw new NoSuchElementException();
      Extracted e = next;
      next = null;
      return e;
    }

    /**
     * Opens a file or split; returns a reject when it cannot be opened, else null. Only a file's
     * first split reports it, so that a file is one reject however many splits it has.
     */
    private Extracted open(InputSplit part) {
      InputFile file = part.file();
      FSDataInputStream in = null;
      try {
        Path path = new Path(file.uri());
        FileSystem fs = path.getFileSystem(conf.value());
        in = fs.open(path);
        if (part.split() != null && part.split().readFrom() > 0) in.seek(part.split().readFrom());
        current = readers.open(file.uri(), in, part.split());
        currentFormat = current.format().id();
        return null;
      } catch (IOException | RuntimeException e) {
        closeQuietly(in);
        current = null;
        if (!part.first()) return null;
        return Extracted.reject(new Reject(file.uri(), "unreadable_file", describe(e)), "unknown");
      }
    }

    private Extracted convert(ReadItem item) {
      if (item instanceof Reject r) return Extracted.reject(r, currentFormat);
      if (item instanceof Skipped s) return Extracted.skip(s.reason(), currentFormat);
      SourceRecord record = (SourceRecord) item;
      return parse
          ? parse(parser, record, currentFormat)
          : Extracted.unparsed(record, currentFormat);
    }

    private void closeCurrent() {
      if (current != null) {
        closeQuietly(current);
        current = null;
      }
    }

    private static void closeQuietly(java.io.Closeable c) {
      if (c == null) return;
      try {
        c.close();
      } catch (IOException | RuntimeException ignored) {
        // the file is done with; a failing close loses nothing already read
      }
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
