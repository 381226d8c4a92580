package org.winnow.jobs.input;

import java.io.Serializable;

/**
 * One input file found by {@link InputFiles}: its fully qualified URI and size in bytes.
 *
 * @param uri fully qualified Hadoop URI, e.g. {@code file:/data/a.warc.gz}
 * @param bytes file length
 */
public record InputFile(String uri, long bytes) implements Serializable {}
