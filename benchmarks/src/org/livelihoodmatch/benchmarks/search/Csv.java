package org.livelihoodmatch.benchmarks.search;

import java.util.List;

/** Rows in PostgreSQL's CSV format for {@code COPY ... FROM STDIN (FORMAT csv)}. */
final class Csv {

  private Csv() {}

  static void row(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      Object value = values[i];
      if (value == null) {
        continue; // an empty unquoted field is NULL
      }
      String text = value.toString();
      out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
    out.append('\n');
  }

  /** A text[] literal. */
  static String array(List<String> values) {
    return "{" + String.join(",", values) + "}";
  }
}
