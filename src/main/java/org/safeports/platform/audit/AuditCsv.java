package org.safeports.platform.audit;

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
 * The audit log as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (so that Excel reads
 * the accents right), and every cell that a spreadsheet would take for a formula made text.
 */
final class AuditCsv implements AutoCloseable {

  private final Writer writer;
  private final CSVPrinter printer;

  AuditCsv(OutputStream out, List<String> header) throws IOException {
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    printer.printRecord(header.stream().map(AuditCsv::neutralised).toList());
  }

  void write(AuditRecord r) {
    try {
      printer.printRecord(
          List.of(
                  r.occurredAt().toString(),
                  r.accountId() == null ? "" : r.accountId().toString(),
                  text(r.email()),
                  text(r.name()),
                  text(r.address()),
                  r.module(),
                  r.action(),
                  r.objectType(),
                  text(r.objectId()),
                  text(r.before()),
                  text(r.after()),
                  text(r.detail()))
              .stream()
              .map(AuditCsv::neutralised)
              .toList());
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
  static String neutralised(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
