package org.winnow.read;

import java.io.Closeable;
import java.util.Iterator;
import org.winnow.model.ReadItem;

/** The items of one input file, read lazily. */
public interface RecordStream extends Iterator<ReadItem>, Closeable {}
