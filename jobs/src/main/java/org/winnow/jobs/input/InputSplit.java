package org.winnow.jobs.input;

import java.io.Serializable;
import org.winnow.read.Split;

/**
 * What one read task reads of one input file: all of it, or one {@link Split} of a big archive or
 * JSON lines file.
 *
 * <pre>{@code
 * new InputSplit(file, null)                                           // the whole file
 * new InputSplit(file, new Split(WARC_GZIP_MEMBERS, 0, 33554432, 0))  // its first 32 MB
 * }</pre>
 *
 * @param file the input file
 * @param split the byte range to read, or null for the whole file
 */
public record InputSplit(InputFile file, Split split) implements Serializable {
  /** The whole of {@code file}. */
  public static InputSplit whole(InputFile file) {
    return new InputSplit(file, null);
  }

  /**
   * Whether this is the file's first part (or all of it), which reports a file that cannot open.
   */
  public boolean first() {
    return split == null || split.start() == 0;
  }
}
