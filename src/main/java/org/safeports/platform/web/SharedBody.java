package org.safeports.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A page rendered for everyone of an audience, cut at its per-person slots: the pieces between them
 * are shared, and each slot is filled for the person it is sent to. A slot is a marker the render
 * wrote in place of a per-person value (the CSRF token, the header's name); the markers are random
 * per process, so no content can contain one.
 *
 * @param contentType the page's content type
 * @param headers the headers the page's render set (none of security's: those are written anew)
 * @param pieces the shared bytes, one more than the slots
 * @param slots which value goes after each piece but the last
 */
record SharedBody(
    String contentType,
    List<Map.Entry<String, String>> headers,
    List<byte[]> pieces,
    List<Slot> slots) {

  /** The values a slot can hold. */
  enum Slot {
    CSRF_TOKEN,
    NAME
  }

  /** What fills the slots for one person: each value's bytes as they go in the page (escaped). */
  record Values(byte[] csrfToken, byte[] name) {
    byte[] of(Slot slot) {
      return slot == Slot.CSRF_TOKEN ? csrfToken : name;
    }
  }

  /** Cuts {@code body} at every marker of {@code markers} (one per slot, in slot order). */
  static SharedBody cut(
      String contentType,
      List<Map.Entry<String, String>> headers,
      byte[] body,
      String csrfMarker,
      String nameMarker) {
    byte[] csrf = csrfMarker.getBytes(StandardCharsets.US_ASCII);
    byte[] name = nameMarker.getBytes(StandardCharsets.US_ASCII);
    List<byte[]> pieces = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i <= body.length - Math.min(csrf.length, name.length)) {
      Slot found = at(body, i, csrf) ? Slot.CSRF_TOKEN : at(body, i, name) ? Slot.NAME : null;
      if (found == null) {
        i++;
        continue;
      }
      pieces.add(Arrays.copyOfRange(body, start, i));
      slots.add(found);
      i += found == Slot.CSRF_TOKEN ? csrf.length : name.length;
      start = i;
    }
    pieces.add(Arrays.copyOfRange(body, start, body.length));
    return new SharedBody(contentType, headers, List.copyOf(pieces), List.copyOf(slots));
  }

  private static boolean at(byte[] body, int i, byte[] marker) {
    if (i + marker.length > body.length || body[i] != marker[0]) {
      return false;
    }
    for (int k = 1; k < marker.length; k++) {
      if (body[i + k] != marker[k]) {
        return false;
      }
    }
    return true;
  }

  /** The page for one person. */
  byte[] fill(Values values) {
    int length = 0;
    for (byte[] piece : pieces) {
      length += piece.length;
    }
    for (Slot slot : slots) {
      length += values.of(slot).length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length);
    for (int i = 0; i < slots.size(); i++) {
      out.writeBytes(pieces.get(i));
      out.writeBytes(values.of(slots.get(i)));
    }
    out.writeBytes(pieces.get(pieces.size() - 1));
    return out.toByteArray();
  }

  /** Answers with the page filled for one person, and the headers its render set. */
  void serve(HttpServletResponse response, Values values) throws IOException {
    for (Map.Entry<String, String> header : headers) {
      if (!response.containsHeader(header.getKey())) {
        response.addHeader(header.getKey(), header.getValue());
      }
    }
    response.setStatus(200);
    response.setContentType(contentType);
    write(response, fill(values));
  }

  /** Writes a body, unless the answer is already under way (an error page, a redirect). */
  static void write(HttpServletResponse response, byte[] body) throws IOException {
    if (!response.isCommitted()) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /** Roughly what it costs to keep, for the store's limit. */
  int weight() {
    int weight = 256;
    for (byte[] piece : pieces) {
      weight += piece.length + 16;
    }
    return weight;
  }
}
