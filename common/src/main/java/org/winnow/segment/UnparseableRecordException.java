package org.winnow.segment;

/**
 * A record that cannot honestly be turned into a page, with a machine-readable reason (what the
 * {@code rejects} dataset groups by) and a human-readable detail.
 *
 * <pre>{@code
 * new PageParser(settings).parse(emptyRecord)
 *   -> throws UnparseableRecordException(reason="empty_body", detail="0 bytes")
 * }</pre>
 */
public final class UnparseableRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String detail;

  public UnparseableRecordException(String reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
    this.detail = detail;
  }

  /** Short snake_case cause such as {@code empty_body} or {@code binary_content}. */
  public String reason() {
    return reason;
  }

  /** What was seen, for a person reading the rejects. */
  public String detail() {
    return detail;
  }
}
