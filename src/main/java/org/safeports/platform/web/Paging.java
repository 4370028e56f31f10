package org.safeports.platform.web;

import org.safeports.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page numbers as they come in a query string ({@code ?page=}, counted from 0): below the first
 * page means the first; past the last names nothing and gets the 404 page, however large the number
 * (multiplied by the page size it would overflow the offset).
 */
public final class Paging {

  private Paging() {}

  /** The first page for a negative number, else the number. */
  public static int page(int requested) {
    return Math.max(requested, 0);
  }

  /** Where page {@code page} of a list of {@code total} entries starts. */
  public static int offset(int page, int size, long total) {
    long offset = (long) page(page) * size;
    if (offset > 0 && offset >= total) {
      throw new NotFoundException();
    }
    return (int) offset;
  }

  /** A Spring Data page request whose offset fits, to be checked with {@link #existing}. */
  public static PageRequest request(int page, int size, Sort sort) {
    return PageRequest.of(Math.min(page(page), Integer.MAX_VALUE / size - 1), size, sort);
  }

  /** The page, unless it lies past the last one. */
  public static <T> Page<T> existing(Page<T> page) {
    if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
      throw new NotFoundException();
    }
    return page;
  }
}
