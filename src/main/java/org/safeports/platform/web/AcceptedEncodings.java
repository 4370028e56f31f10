package org.safeports.platform.web;

/** What a request's {@code Accept-Encoding} lets an answer be sent as. */
final class AcceptedEncodings {

  private AcceptedEncodings() {}

  /** Whether the header names gzip (or any coding) without refusing it ({@code gzip;q=0}). */
  static boolean gzip(String header) {
    if (header == null) {
      return false;
    }
    for (String part : header.split(",")) {
      String[] coding = part.trim().split(";");
      String token = coding[0].trim();
      if (token.equalsIgnoreCase("gzip") || token.equals("*")) {
        for (int i = 1; i < coding.length; i++) {
          String parameter = coding[i].trim().replace(" ", "");
          if (parameter.startsWith("q=") && refused(parameter.substring(2))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean refused(String quality) {
    try {
      return Double.parseDouble(quality) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
