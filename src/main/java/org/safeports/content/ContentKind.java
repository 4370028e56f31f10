package org.safeports.content;

/** What an item is: a dated news article, or a resource page that sits in the section tree. */
public enum ContentKind {
  NEWS,
  PAGE
}
