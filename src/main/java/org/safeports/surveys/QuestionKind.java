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

  /**
   * The kinds the builder offers. File answers are not taken yet (the answer page has no upload),
   * so a question of that kind would be one nobody could answer: the builder neither offers nor
   * accepts it until they are.
   */
  public boolean offered() {
    return this != FILE;
  }

  public static java.util.List<QuestionKind> offeredKinds() {
    return java.util.Arrays.stream(values()).filter(QuestionKind::offered).toList();
  }
}
