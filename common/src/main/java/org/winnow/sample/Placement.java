package org.winnow.sample;

/**
 * Where a record was written: the file relative to the corpus folder and the position in it, in the
 * form readers append to a source URI ({@code 1234} for a byte offset, {@code line:17} for a
 * 1-based line, empty for a whole file).
 *
 * @param file path relative to the corpus folder, with forward slashes
 * @param position position of the record in the file
 * @param recordId the WARC-Record-ID of a WARC response, else null
 */
record Placement(String file, String position, String recordId) {}
