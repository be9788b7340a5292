package org.livelihoodmatch.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.livelihoodmatch.system.InvalidInputException;

/**
 * Reads a CSV (UTF-8, comma or semicolon, as Excel saves it in different countries) or an XLSX file
 * (its first sheet) into rows of texts by column name, with Apache Commons CSV and Apache POI.
 * Column names are compared in lower case. Each row keeps its spreadsheet row number (the header is
 * row 1); rows with nothing in them are left out. An XLSX date cell becomes an ISO date, a number a
 * plain decimal ({@code 1020304}, not {@code 1.020304E6}).
 */
final class SheetReader {

  /** A file's header and its non-empty rows. */
  record Table(List<String> header, List<Line> lines) {}

  /** One row: its number in the spreadsheet and its texts by column (absent: the column is not). */
  record Line(int row, Map<String, String> values) {}

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private SheetReader() {}

  /** Reads {@code content}: an XLSX file when it is one (a zip), else CSV. */
  static Table read(byte[] content) {
    if (content.length == 0) {
      throw unreadable("the file is empty");
    }
    return isZip(content) ? xlsx(content) : csv(content);
  }

  static boolean isZip(byte[] content) {
    return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3;
  }

  private static Table csv(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw unreadable("a CSV file must be in UTF-8 (in Excel: Save As, CSV UTF-8)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int eol = text.indexOf('\n');
    String first = eol < 0 ? text : text.substring(0, eol);
    char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .setTrim(true)
            .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      List<String> header = parser.getHeaderNames().stream().map(SheetReader::name).toList();
      checkHeader(header);
      List<Line> lines = new ArrayList<>();
      int row = 1;
      for (CSVRecord record : parser) {
        row++;
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (!header.get(i).isEmpty()) {
            values.put(header.get(i), i < record.size() ? record.get(i).strip() : "");
          }
        }
        add(lines, row, values);
      }
      return new Table(header, lines);
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw unreadable("not a CSV file that can be read: " + e.getMessage());
    }
  }

  private static Table xlsx(byte[] content) {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (book.getNumberOfSheets() == 0) {
        throw unreadable("the workbook has no sheet");
      }
      Sheet sheet = book.getSheetAt(0);
      List<String> header = new ArrayList<>();
      List<Line> lines = new ArrayList<>();
      int headerRow = -1;
      for (Row r : sheet) {
        if (headerRow < 0) {
          List<String> names = new ArrayList<>();
          for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
            names.add(name(text(r.getCell(c))));
          }
          if (names.stream().allMatch(String::isEmpty)) {
            continue;
          }
          header.addAll(names);
          checkHeader(header);
          headerRow = r.getRowNum();
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          if (!header.get(c).isEmpty()) {
            values.put(header.get(c), text(r.getCell(c)).strip());
          }
        }
        add(lines, r.getRowNum() + 1, values);
      }
      if (headerRow < 0) {
        throw unreadable("the first sheet is empty");
      }
      return new Table(header, lines);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw unreadable("not an Excel workbook (.xlsx) that can be read");
    }
  }

  /** A cell as text: what it shows, dates as ISO dates, numbers without exponent or ".0". */
  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : plain(cell.getNumericCellValue());
      default -> "";
    };
  }

  private static String plain(double number) {
    BigDecimal value = BigDecimal.valueOf(number).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
  }

  private static void add(List<Line> lines, int row, Map<String, String> values) {
    if (values.values().stream().anyMatch(v -> !v.isEmpty())) {
      lines.add(new Line(row, values));
    }
  }

  private static void checkHeader(List<String> header) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String name : header) {
      if (!name.isEmpty() && !seen.add(name)) {
        throw unreadable("the column " + name + " is there twice");
      }
    }
  }

  private static String name(String header) {
    String name = header.strip().toLowerCase(Locale.ROOT);
    return name.startsWith("\uFEFF") ? name.substring(1) : name;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }

  private static InvalidInputException unreadable(String why) {
    return new InvalidInputException("file", why);
  }
}
