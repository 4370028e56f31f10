package org.safeports.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a page's render tells the store of kept signed-in pages ({@link SignedInPageCache}) about
 * itself, when its module knows something the store cannot see: that the answer holds for this
 * moment only, or that reading it changed something of its reader's that their other pages show
 * (what they have read, when they last came).
 */
public final class KeptPages {

  /** The request attribute that marks a render as not to be kept. */
  static final String NOT_KEPT = KeptPages.class.getName() + ".notKept";

  /** The request attribute that marks a render as having changed its reader's pages. */
  static final String READER_CHANGED = KeptPages.class.getName() + ".readerChanged";

  private KeptPages() {}

  /**
   * This render is not kept: it shows something that lapses at a moment nothing announces (a link
   * that works only for a few more minutes).
   */
  public static void notKept(HttpServletRequest request) {
    request.setAttribute(NOT_KEPT, Boolean.TRUE);
  }

  /**
   * This render wrote something of its reader's that their pages show: it is not kept, and the kept
   * pages go (here and on the other instances), as after a form sent.
   */
  public static void readerChanged(HttpServletRequest request) {
    request.setAttribute(READER_CHANGED, Boolean.TRUE);
  }
}
