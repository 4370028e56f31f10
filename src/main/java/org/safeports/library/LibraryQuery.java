package org.safeports.library;

/**
 * The listing's query parameters as bound. A value that does not convert (letters for the year or
 * the page) is left out, as {@link LibraryFilter} leaves out unknown choices, so that an old or
 * mistyped link still opens the library.
 */
class LibraryQuery {

  private String country;
  private String port;
  private String hazard;
  private String type;
  private String language;
  private Integer year;
  private String q;
  private String sort;
  private Integer page;

  LibraryFilter filter() {
    return LibraryFilter.of(country, port, hazard, type, language, year, q, sort, page);
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public void setPort(String port) {
    this.port = port;
  }

  public void setHazard(String hazard) {
    this.hazard = hazard;
  }

  public void setType(String type) {
    this.type = type;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
