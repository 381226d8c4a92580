package org.winnow.segment;

/**
 * The attributes of one element as segmentation reads them: by lower-case name, the empty string
 * for one that is absent, the first of duplicates.
 *
 * <pre>{@code
 * <div class="story body" hidden>  -> get("class") = "story body", has("hidden"), get("id") = ""
 * }</pre>
 */
interface ElementAttributes {
  /** An element without attributes. */
  ElementAttributes NONE =
      new ElementAttributes() {
        @Override
        public String get(String name) {
          return "";
        }

        @Override
        public boolean has(String name) {
          return false;
        }

        @Override
        public boolean isEmpty() {
          return true;
        }
      };

  /** The value of {@code name} (lower case) with entities decoded, or "" when it is absent. */
  String get(String name);

  boolean has(String name);

  boolean isEmpty();
}
