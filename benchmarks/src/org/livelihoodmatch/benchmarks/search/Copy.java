package org.livelihoodmatch.benchmarks.search;

import java.io.StringReader;
import java.util.function.ObjIntConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Bulk loading with PostgreSQL's {@code COPY}, in chunks so no table's CSV is held whole. */
final class Copy {

  private static final int CHUNK = 10_000;

  private final CopyManager copy;

  Copy(PGConnection connection) throws Exception {
    this.copy = connection.getCopyAPI();
  }

  void into(String table, StringBuilder csv) throws Exception {
    copy.copyIn("copy " + table + " from stdin (format csv)", new StringReader(csv.toString()));
    csv.setLength(0);
  }

  /** Writes {@code count} rows made by {@code row} (given the buffer and the row's number). */
  long rows(String table, int count, ObjIntConsumer<StringBuilder> row) throws Exception {
    StringBuilder csv = new StringBuilder(1 << 20);
    for (int i = 0; i < count; i++) {
      row.accept(csv, i);
      if ((i + 1) % CHUNK == 0) {
        into(table, csv);
      }
    }
    if (csv.length() > 0) {
      into(table, csv);
    }
    return count;
  }
}
