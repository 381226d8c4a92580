package org.winnow.jobs.stages;

import java.io.Serializable;
import org.winnow.model.Page;
import org.winnow.model.Reject;
import org.winnow.model.SourceRecord;

/**
 * What reading and parsing made of one input item: a page, a reject, a skip counted by reason, or
 * (between reading and parsing) a record still to parse. Exactly one of {@link #page()}, {@link
 * #reject()}, {@link #skipReason()} and {@link #record()} is non-null.
 */
public final class Extracted implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Page page;
  private final Reject reject;
  private final String skipReason;
  private final SourceRecord record;
  private final String format;

  private Extracted(
      Page page, Reject reject, String skipReason, SourceRecord record, String format) {
    this.page = page;
    this.reject = reject;
    this.skipReason = skipReason;
    this.record = record;
    this.format = format;
  }

  public static Extracted page(Page page, String format) {
    return new Extracted(page, null, null, null, format);
  }

  public static Extracted reject(Reject reject, String format) {
    return new Extracted(null, reject, null, null, format);
  }

  public static Extracted skip(String reason, String format) {
    return new Extracted(null, null, reason, null, format);
  }

  /** A record read but not parsed yet. */
  public static Extracted unparsed(SourceRecord record, String format) {
    return new Extracted(null, null, null, record, format);
  }

  public SourceRecord record() {
    return record;
  }

  public Page page() {
    return page;
  }

  public Reject reject() {
    return reject;
  }

  public String skipReason() {
    return skipReason;
  }

  /** The input format of the file the item came from ({@code warc}, {@code jsonl}, ...). */
  public String format() {
    return format;
  }

  public boolean isPage() {
    return page != null;
  }

  public boolean isReject() {
    return reject != null;
  }
}
