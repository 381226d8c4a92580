package org.winnow.jobs.output;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskType;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.datasources.OutputWriter;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;
import org.apache.spark.sql.execution.datasources.parquet.ParquetOptions;
import org.apache.spark.sql.execution.datasources.parquet.ParquetUtils;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;
import org.winnow.classify.Verdict;
import org.winnow.jobs.input.HadoopConf;
import org.winnow.jobs.stages.FinalDoc;
import org.winnow.jobs.stages.LabelCounts;
import org.winnow.jobs.stages.PartitionTally;

/**
 * Writes the {@code documents} and {@code paragraphs} datasets in ONE pass over the finished
 * documents, each partition to one Parquet file of each, with Spark's own Parquet writer set up as
 * {@code DataFrame.write().parquet} sets it up (same footer, column comments and codec), but fed
 * {@link InternalRow}s straight from {@link Rows}: no second read of the cached pages for the
 * second dataset and no conversion of external rows.
 *
 * <pre>{@code
 * new ArticleDatasets(session, "/out/.x.inprogress", plainColumns).write(finals)
 *   -> /out/.x.inprogress/documents/part-00000.zstd.parquet, paragraphs/part-00000.zstd.parquet, ...
 * }</pre>
 *
 * <p>A task writes hidden files and gives them their names only once both are complete, so a failed
 * or repeated attempt never leaves a visible half file; hidden leftovers are removed when the job
 * is done. The run's own commit ({@link OutputCommitter}) still makes the whole output appear at
 * once.
 */
public final class ArticleDatasets implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String documentsDir;
  private final String paragraphsDir;
  private final OutputWriterFactory documents;
  private final OutputWriterFactory paragraphs;
  private final Broadcast<HadoopConf> documentsConf;
  private final Broadcast<HadoopConf> paragraphsConf;

  /**
   * Prepares the writers of both datasets under {@code staging}; {@code plainColumns} names, by
   * dataset, the columns written without a dictionary.
   */
  public ArticleDatasets(
      SparkSession session, String staging, Map<String, List<String>> plainColumns)
      throws IOException {
    this.documentsDir = staging + "/" + Schemas.DOCUMENTS;
    this.paragraphsDir = staging + "/" + Schemas.PARAGRAPHS;
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
    Job docJob = job(session, plainColumns.getOrDefault(Schemas.DOCUMENTS, List.of()));
    Job paraJob = job(session, plainColumns.getOrDefault(Schemas.PARAGRAPHS, List.of()));
    SQLConf sql = session.sessionState().conf();
    this.documents = prepare(sql, docJob, Schemas.DOCUMENTS_SCHEMA);
    this.paragraphs = prepare(sql, paraJob, Schemas.PARAGRAPHS_SCHEMA);
    this.documentsConf = jsc.broadcast(new HadoopConf(docJob.getConfiguration()));
    this.paragraphsConf = jsc.broadcast(new HadoopConf(paraJob.getConfiguration()));
  }

  /** The Hadoop settings of one dataset's write, with the session's and the writer options. */
  private static Job job(SparkSession session, List<String> plain) throws IOException {
    Configuration conf = session.sessionState().newHadoopConf();
    // what DataFrameWriter.option("parquet.enable.dictionary#COLUMN", "false") would set
    for (String column : plain) conf.set("parquet.enable.dictionary#" + column, "false");
    return Job.getInstance(conf);
  }

  private static OutputWriterFactory prepare(SQLConf sql, Job job, StructType schema) {
    return ParquetUtils.prepareWrite(
        sql, job, schema, new ParquetOptions(scala.collection.immutable.Map$.MODULE$.empty(), sql));
  }

  /**
   * What {@link #write} wrote: documents, paragraphs and the paragraphs by {@code label:kind}.
   *
   * @param documents documents written
   * @param paragraphs paragraphs written
   * @param labelCounts the paragraphs by {@code label:kind} ({@link LabelCounts#key})
   */
  public record Written(long documents, long paragraphs, Map<String, Long> labelCounts)
      implements Serializable {
    public Written {
      labelCounts = Map.copyOf(labelCounts);
    }

    Written plus(Written o) {
      return new Written(
          documents + o.documents,
          paragraphs + o.paragraphs,
          PartitionTally.sum(labelCounts, o.labelCounts));
    }
  }

  /**
   * Writes both datasets, one file of each per partition of {@code docs} (an empty partition writes
   * none, except the first, so that an empty dataset still has its schema), and counts the
   * paragraphs by label and kind as they go by: the report's counts cost no pass of their own.
   *
   * @return the documents and paragraphs written, and the paragraphs by label and kind
   */
  public Written write(JavaRDD<FinalDoc> docs) throws IOException {
    List<Written> counts =
        docs.mapPartitionsWithIndex((idx, it) -> List.of(writePartition(idx, it)).iterator(), true)
            .collect();
    Written total = new Written(0, 0, Map.of());
    for (Written c : counts) total = total.plus(c);
    removeLeftovers(documentsConf.value().value());
    return total;
  }

  private Written writePartition(int partition, Iterator<FinalDoc> docs) throws IOException {
    if (!docs.hasNext() && partition > 0) return new Written(0, 0, Map.of());
    TaskContext task = TaskContext.get();
    int attempt = task == null ? 0 : task.attemptNumber();
    String name = String.format("part-%05d", partition);
    Part doc =
        new Part(
            documentsDir,
            name,
            attempt,
            documents,
            documentsConf.value(),
            partition,
            Schemas.DOCUMENTS_SCHEMA);
    Part para =
        new Part(
            paragraphsDir,
            name,
            attempt,
            paragraphs,
            paragraphsConf.value(),
            partition,
            Schemas.PARAGRAPHS_SCHEMA);
    long documentsWritten = 0;
    long paragraphsWritten = 0;
    LabelCounts labels = new LabelCounts();
    try {
      while (docs.hasNext()) {
        FinalDoc d = docs.next();
        doc.writer.write(Rows.documentRow(d));
        documentsWritten++;
        paragraphsWritten += Rows.paragraphRows(d, para.writer::write);
        for (Verdict v : d.classified().verdicts()) labels.add(v);
      }
      doc.writer.close();
      para.writer.close();
    } catch (Throwable e) { // Spark's writer is Scala: an IOException comes undeclared
      doc.abandon();
      para.abandon();
      throw e;
    }
    doc.publish();
    para.publish();
    return new Written(documentsWritten, paragraphsWritten, labels.counts());
  }

  /** Hidden files of failed attempts: invisible to readers, but not worth keeping. */
  private void removeLeftovers(Configuration conf) throws IOException {
    for (String dir : List.of(documentsDir, paragraphsDir)) {
      Path path = new Path(dir);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) continue;
      for (FileStatus f : fs.listStatus(path)) {
        if (f.getPath().getName().startsWith(".")) fs.delete(f.getPath(), false);
      }
    }
  }

  /** One file being written: a hidden name while it is written, its own name once complete. */
  private static final class Part {
    final OutputWriter writer;
    final Path hidden;
    final Path visible;
    final FileSystem fs;

    Part(
        String dir,
        String name,
        int attempt,
        OutputWriterFactory factory,
        HadoopConf conf,
        int partition,
        StructType schema)
        throws IOException {
      TaskAttemptContext context =
          new TaskAttemptContextImpl(
              conf.value(), new TaskAttemptID("winnow", 0, TaskType.MAP, partition, attempt));
      String extension = factory.getFileExtension(context);
      this.hidden = new Path(dir, "." + name + "-attempt" + attempt + extension);
      this.visible = new Path(dir, name + extension);
      this.fs = hidden.getFileSystem(conf.value());
      this.writer = factory.newInstance(hidden.toString(), schema, context);
    }

    void publish() throws IOException {
      // a repeated attempt replaces the file of an earlier one that got this far
      if (fs.exists(visible)) fs.delete(visible, false);
      if (!fs.rename(hidden, visible)) throw new IOException("cannot rename " + hidden);
    }

    void abandon() {
      try {
        writer.close();
      } catch (RuntimeException ignored) {
        // the file is deleted next; what failed is the error being reported
      }
      try {
        fs.delete(hidden, false);
      } catch (IOException ignored) {
        // a hidden leftover is invisible to readers and removed after the job
      }
    }
  }
}
