package org.livelihoodmatch.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as CSV (UTF-8 with a byte-order mark, so Excel shows Khmer as Khmer) or as XLSX
 * (dates as date cells shown {@code yyyy-mm-dd}, amounts and counts as numbers, codes as text so no
 * leading zero is lost), with Apache Commons CSV and Apache POI's streaming workbook. Yes and no
 * are written as {@code yes} and {@code no}; an empty value as an empty cell.
 */
final class SheetWriter {

  enum Format {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX(SheetReader.XLSX, "xlsx");

    final String mediaType;
    final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }
  }

  private SheetWriter() {}

  static void write(
      Format format,
      String sheetName,
      List<String> header,
      List<List<Object>> rows,
      OutputStream out)
      throws IOException {
    if (format == Format.CSV) {
      csv(header, rows, out);
    } else {
      xlsx(sheetName, header, rows, out);
    }
  }

  private static void csv(List<String> header, List<List<Object>> rows, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer =
        new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
    printer.printRecord(header);
    for (List<Object> row : rows) {
      printer.printRecord(row.stream().map(SheetWriter::text).toList());
    }
    printer.flush();
  }

  private static void xlsx(
      String sheetName, List<String> header, List<List<Object>> rows, OutputStream out)
      throws IOException {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try {
      CellStyle dates = book.createCellStyle();
      dates.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = book.createSheet(sheetName);
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        first.createCell(c).setCellValue(header.get(c));
      }
      int r = 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dates);
          } else if (v instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof Integer n) {
            cell.setCellValue(n);
          } else {
            cell.setCellValue(text(v));
          }
        }
      }
      book.write(out);
    } finally {
      book.close();
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (value instanceof BigDecimal n) {
      return n.toPlainString();
    }
    return value.toString();
  }
}
