package org.winnow.jobs.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Makes a run's output appear whole or not at all. Datasets are written into a hidden staging
 * folder beside the output ({@code .NAME.RUNID.inprogress}); only when everything, the report last,
 * is written does the staging folder take the output's name. A run that fails or is killed leaves
 * at most a hidden {@code .inprogress} folder, never a folder that looks complete.
 *
 * <p>The final rename is atomic on HDFS and local disks. Object stores (s3a) emulate a rename by
 * copying, so there the output can be seen while it is being copied; its {@code _SUCCESS} marker is
 * the sign of a complete output.
 */
public final class OutputCommitter {
  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final boolean overwrite;

  /** Thrown when the output exists and the run may not replace it. */
  public static final class OutputExistsException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputExistsException(String message) {
      super(message);
    }
  }

  /**
   * Prepares a run writing to {@code output}.
   *
   * @throws OutputExistsException when {@code output} exists and {@code overwrite} is false
   */
  public OutputCommitter(Configuration conf, String output, String runId, boolean overwrite)
      throws IOException {
    Path out = new Path(output);
    this.fs = out.getFileSystem(conf);
    fs.setWriteChecksum(false); // no .crc beside the report files on local disks
    this.output = fs.makeQualified(out);
    this.overwrite = overwrite;
    if (fs.exists(this.output) && !overwrite) {
      throw new OutputExistsException(
          "output exists: " + this.output + " (give --overwrite to replace it)");
    }
    Path parent = this.output.getParent();
    if (parent == null) throw new IOException("output cannot be a root folder: " + output);
    this.staging = new Path(parent, "." + this.output.getName() + "." + runId + ".inprogress");
    if (!fs.mkdirs(staging)) throw new IOException("cannot create " + staging);
  }

  /** Where datasets are written before commit. */
  public Path staging() {
    return staging;
  }

  /** The output folder. */
  public Path output() {
    return output;
  }

  /** Writes a small text file into the staging folder. */
  public void writeText(String name, String text) throws IOException {
    try (OutputStream os = fs.create(new Path(staging, name), true)) {
      os.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Moves the staging folder to the output, replacing an old output when allowed. */
  public void commit() throws IOException {
    writeText("_SUCCESS", "");
    Path old = null;
    if (fs.exists(output)) {
      if (!overwrite) throw new OutputExistsException("output appeared during the run: " + output);
      old = new Path(staging.getParent(), staging.getName().replace(".inprogress", ".replaced"));
      if (!fs.rename(output, old)) throw new IOException("cannot move old output aside: " + output);
    }
    if (!fs.rename(staging, output)) {
      if (old != null) fs.rename(old, output);
      throw new IOException("cannot move " + staging + " to " + output);
    }
    if (old != null) fs.delete(old, true);
  }

  /** Removes the staging folder after a failure; best effort. */
  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException ignored) {
      // the hidden .inprogress folder left behind does not look like an output
    }
  }
}
