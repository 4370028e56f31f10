package org.safeports.surveys;

/** What a question asks for, and so what its answer holds (see {@link Answer}). */
public enum QuestionKind {
  /** One of the options (and, when the question allows it, "other" with a text). */
  SINGLE,
  /** Any of the options (and "other" with a text). */
  MULTIPLE,
  /** Free text. */
  TEXT,
  /** A number within the question's bounds. */
  NUMBER,
  /** A date. */
  DATE,
  /** A point on a scale from the question's min to its max (e.g. 1 to 5). */
  RATING,
  /** For each row, one of the options. */
  MATRIX,
  /** A file, under the library's upload rules. */
  FILE;

  /** The kinds the builder offers: every one, now that the answer page takes file uploads. */
  public boolean offered() {
    return true;
  }

  public static java.util.List<QuestionKind> offeredKinds() {
    return java.util.Arrays.stream(values()).filter(QuestionKind::offered).toList();
  }
}
