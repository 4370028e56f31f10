package org.safeports.library;

/**
 * Where a document stands. An editor's upload is published at once; a delegate's plan waits for an
 * editor, who publishes it or returns it with a note.
 */
enum DocumentStatus {
  PENDING,
  PUBLISHED,
  RETURNED,
  WITHDRAWN
}
