package org.safeports.membership;

import java.time.LocalDate;
import java.util.List;

/**
 * A section of a country page: a heading, then either a figure (a count, such as verified PFSOs) or
 * lines linking to what the country published, with a link to all of them.
 *
 * @param heading the heading, already in the reader's language
 * @param figure a number to show large with its {@code figureLabel}, or null
 * @param figureLabel what the figure counts, in the reader's language (may be null)
 * @param lines what the country published, newest first
 * @param empty what to say when there is nothing, in the reader's language
 * @param moreHref a link to the full list, or null
 * @param moreLabel the text of that link, in the reader's language
 */
public record CountrySection(
    String heading,
    Long figure,
    String figureLabel,
    List<Line> lines,
    String empty,
    String moreHref,
    String moreLabel) {

  /** One item the country published. */
  public record Line(String title, String href, LocalDate date, String meta) {}
}
