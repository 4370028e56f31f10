package org.safeports.platform.web;

import java.util.Map;

/**
 * What a page tells search engines and link previews: its description, canonical address, Open
 * Graph type and the same page in the other languages. The layout prints it when the model has it.
 */
public record PageMeta(
    String title,
    String description,
    String canonicalPath,
    String type,
    Map<String, String> alternates) {}
