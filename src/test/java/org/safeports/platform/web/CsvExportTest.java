package org.safeports.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  @Test
  void writesUtf8WithAByteOrderMarkAndFormulasAsText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvExport csv = new CsvExport(out, List.of("Name", "E-mail"))) {
      csv.row(List.of("=HYPERLINK(\"http://x\")", "@ana"));
      csv.row(Arrays.asList("José, \"Pepe\"", null));
      csv.row(List.of("+1", "-1"));
      csv.row(List.of("\tx", "\rx"));
    }
    byte[] bytes = out.toByteArray();

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFName,E-mail\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'@ana\r\n"
                + "\"José, \"\"Pepe\"\"\",\r\n"
                + "'+1,'-1\r\n"
                + "'\tx,\"'\rx\"\r\n");
  }
}
