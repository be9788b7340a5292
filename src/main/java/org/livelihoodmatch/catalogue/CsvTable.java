package org.livelihoodmatch.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One catalogue file read as RFC 4180 CSV: a header and rows addressed by column name, each row
 * knowing its line number so a bad value is reported as {@code file:line: reason}.
 */
final class CsvTable {

  private final String file;
  private final List<Row> rows;

  private CsvTable(String file, List<Row> rows) {
    this.file = file;
    this.rows = rows;
  }

  List<Row> rows() {
    return rows;
  }

  static CsvTable read(String file, InputStream in, List<String> expectedHeader)
      throws IOException {
    List<Record> records = parse(file, new InputStreamReader(in, StandardCharsets.UTF_8));
    if (records.isEmpty()) {
      throw new CatalogueException(
          file, 1, "the file is empty; expected the header " + expectedHeader);
    }
    List<String> header = records.get(0).fields();
    if (!header.equals(expectedHeader)) {
      throw new CatalogueException(
          file, 1, "the header is " + header + " but must be " + expectedHeader);
    }
    List<Row> rows = new ArrayList<>();
    for (Record record : records.subList(1, records.size())) {
      if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
        continue;
      }
      if (record.fields().size() != header.size()) {
        throw new CatalogueException(
            file,
            record.line(),
            "has " + record.fields().size() + " fields but the header has " + header.size());
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        values.put(header.get(i), record.fields().get(i).trim());
      }
      rows.add(new Row(file, record.line(), values));
    }
    return new CsvTable(file, rows);
  }

  private record Record(int line, List<String> fields) {}

  private static List<Record> parse(String file, InputStreamReader reader) throws IOException {
    List<Record> records = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    int c;
    while ((c = in.read()) != -1) {
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              in.reset();
            }
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"' && field.isEmpty()) {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        fields.add(stripCarriageReturn(field));
        records.add(new Record(recordLine, List.copyOf(fields)));
        fields.clear();
        field.setLength(0);
        line++;
        recordLine = line;
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new CatalogueException(file, recordLine, "a quoted field is never closed");
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(stripCarriageReturn(field));
      records.add(new Record(recordLine, List.copyOf(fields)));
    }
    if (!records.isEmpty() && !records.get(0).fields().isEmpty()) {
      List<String> header = new ArrayList<>(records.get(0).fields());
      header.set(0, header.get(0).replace("\uFEFF", ""));
      records.set(0, new Record(1, header));
    }
    return records;
  }

  private static String stripCarriageReturn(StringBuilder field) {
    int n = field.length();
    return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
  }
}
