package org.livelihoodmatch.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a file: CSV (UTF-8 with a byte-order mark, so Excel shows Khmer names) or XLSX
 * (counts and amounts as numbers, codes as text). One row per group, then the totals (group {@code
 * TOTAL}); a suppressed count is an empty cell and the row says {@code suppressed: yes}.
 */
final class ReportFiles {

  static final String TOTAL = "TOTAL";

  enum Format {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    final String mediaType;
    final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }
  }

  private ReportFiles() {}

  static byte[] write(ReportTable table, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (format == Format.CSV) {
        csv(table, out);
      } else {
        xlsx(table, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The header: group, label, the counts (the median after the fixed ones), suppressed. */
  static List<String> header(ReportTable table) {
    List<String> counts = ReportRow.Counts.names(table.endReasons());
    List<String> header = new ArrayList<>(List.of("group", "label"));
    header.addAll(counts.subList(0, ReportTable.FIXED));
    header.add("medianSurplus");
    header.addAll(counts.subList(ReportTable.FIXED, counts.size()));
    header.add("suppressed");
    return header;
  }

  /** Each row's values in the header's order, the totals last. */
  static List<List<Object>> rows(ReportTable table) {
    List<List<Object>> rows = new ArrayList<>();
    for (ReportRow row : table.rows()) {
      rows.add(values(row.group(), row, table));
    }
    rows.add(values(TOTAL, table.totals(), table));
    return rows;
  }

  private static List<Object> values(String group, ReportRow row, ReportTable table) {
    List<Integer> counts = row.counts(table.endReasons());
    List<Object> values = new ArrayList<>();
    values.add(group);
    values.add(row.label());
    values.addAll(counts.subList(0, ReportTable.FIXED));
    values.add(row.medianSurplus());
    values.addAll(counts.subList(ReportTable.FIXED, counts.size()));
    values.add(row.suppressed() ? "yes" : "no");
    return values;
  }

  private static void csv(ReportTable table, ByteArrayOutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer =
        new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
    printer.printRecord(header(table));
    for (List<Object> row : rows(table)) {
      printer.printRecord(row.stream().map(ReportFiles::text).toList());
    }
    printer.flush();
  }

  private static void xlsx(ReportTable table, ByteArrayOutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("outcomes by " + table.groupBy());
      List<String> header = header(table);
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        first.createCell(c).setCellValue(header.get(c));
      }
      int r = 1;
      for (List<Object> values : rows(table)) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Integer n) {
            row.createCell(c).setCellValue(n);
          } else if (v instanceof BigDecimal n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      book.write(out);
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal n ? n.toPlainString() : value.toString();
  }
}
