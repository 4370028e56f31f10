package org.safeports.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the portal writes a CSV file for a spreadsheet (the audit log, the users list): UTF-8
 * with a byte-order mark, so that Excel reads the accents right, and every cell that a spreadsheet
 * would take for a formula made text. A null cell is written empty.
 */
public final class CsvExport implements AutoCloseable {

  private final Writer writer;
  private final CSVPrinter printer;

  public CsvExport(OutputStream out, List<String> header) throws IOException {
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    row(header);
  }

  /** One line of the file; an I/O failure (the visitor went away) is unchecked. */
  public void row(List<String> cells) {
    try {
      printer.printRecord(cells.stream().map(CsvExport::neutralised).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell that starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or
   * carriage return that some spreadsheets skip before one) gets a leading apostrophe, so that a
   * name such as {@code =HYPERLINK(...)} typed at sign-up is shown, never run (OWASP's CSV
   * injection).
   */
  public static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
