package org.winnow.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input record or file that could not become a document: where it was, a short machine-readable
 * reason ({@code unreadable_file}, {@code bad_json}, {@code truncated_record}, ...) and a detail
 * for people.
 */
public record Reject(String source, String reason, String detail)
    implements ReadItem, Serializable {
  public Reject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    detail = detail == null ? "" : detail;
  }
}
