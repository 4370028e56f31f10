package org.safeports.platform.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The page of a list asked for in the address ({@code ?page=}): a number from 0. Anything that is
 * not one is the first page, and a page past the last one is simply empty (capped, so that the
 * offset cannot overflow): a mistyped or stale link still shows the list.
 */
public record PageNumber(int value) {

  public static final int MAX = 1_000_000;

  public static final PageNumber FIRST = new PageNumber(0);

  public PageNumber {
    value = Math.min(Math.max(value, 0), MAX);
  }

  /** Turns the address's text into a page number for controllers' {@code @RequestParam}. */
  @Component
  static class FromText implements Converter<String, PageNumber> {
    @Override
    public PageNumber convert(String text) {
      try {
        return new PageNumber(Integer.parseInt(text.trim()));
      } catch (NumberFormatException e) {
        return FIRST;
      }
    }
  }
}
