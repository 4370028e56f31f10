package org.safeports.voices;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.Arrays;
import java.util.List;

/** What an editor changed in an author's text, line by line, escaped for the page. */
final class VoicesDiff {

  private VoicesDiff() {}

  static List<DiffRow> rows(String before, String after) {
    DiffRowGenerator generator =
        DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            // The default line normaliser escapes HTML: the texts are shown as text.
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();
    return generator.generateDiffRows(lines(before), lines(after));
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
  }
}
