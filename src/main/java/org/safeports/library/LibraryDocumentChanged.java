package org.safeports.library;

/** Something visitors may see of a library document changed: for search and caches. */
public record LibraryDocumentChanged(long documentId)
    implements org.safeports.platform.web.PublicPagesChanged {}
