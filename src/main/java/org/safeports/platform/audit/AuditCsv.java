package org.safeports.platform.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.safeports.platform.web.CsvExport;

/** The audit log's rows in the portal's CSV export, one entry a line. */
final class AuditCsv implements AutoCloseable {

  private final CsvExport csv;

  AuditCsv(OutputStream out, List<String> header) throws IOException {
    this.csv = new CsvExport(out, header);
  }

  void write(AuditRecord r) {
    csv.row(
        Arrays.asList(
            r.occurredAt().toString(),
            r.accountId() == null ? null : r.accountId().toString(),
            r.email(),
            r.name(),
            r.address(),
            r.module(),
            r.action(),
            r.objectType(),
            r.objectId(),
            r.before(),
            r.after(),
            r.detail()));
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
