package org.winnow.segment;

/** TEMPORARY until the quality branch lands. */
public final class UnparseableRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String reason;
  private final String detail;

  public UnparseableRecordException(String reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
    this.detail = detail;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }
}
