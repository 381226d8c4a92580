package org.winnow.read;

/**
 * A tar or zip archive whose structure is damaged past reading on: a bad header checksum, a size
 * that is not a number. The files read before it are kept.
 *
 * <pre>{@code
 * new TarEntries(junk).next() // throws CorruptBundleException("a tar header's checksum does not match")
 * }</pre>
 */
final class CorruptBundleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CorruptBundleException(String message) {
    super(message);
  }
}
