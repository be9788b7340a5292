package org.livelihoodmatch.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The figures of an NGO's own placements, known exactly: five placements in two provinces, started
 * 14, 8, 8, 4 and 1 months ago, some visited, some ended. Rows add up to the totals under every
 * grouping, retention counts only placements old enough to know, and the CSV and XLSX files say
 * what the JSON says.
 */
@IntegrationTest
class ReportIntegrationTests {

  static final String A = "05";
  static final String B = "06";

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  ReportFixtures f;
  BigDecimal plannedA2;
  BigDecimal plannedB;

  @AfterEach
  void forget() {
    f.forget(jdbc);
  }

  @BeforeEach
  void fivePlacements() throws Exception {
    f = new ReportFixtures(mvc, organisations, clock);
    LocalDate fourteen = f.today.minusMonths(14);
    LocalDate eight = f.today.minusMonths(8);
    // A1: 14 months and running; short at month 1 (-35), then 55 left over
    UUID a1 = f.placed(A, "F", fourteen);
    assertThat(f.visit(a1, 1, fourteen.plusMonths(1), "100.00")).isEqualByComparingTo("-35");
    assertThat(f.visit(a1, 2, fourteen.plusMonths(2), "190.00")).isEqualByComparingTo("55");
    // A2: left the job after two months
    UUID a2 = f.placed(A, "F", eight);
    f.end(a2, eight.plusMonths(2), "LEFT_JOB");
    // A3: 10 short at month 1, dismissed after four months
    UUID a3 = f.placed(A, "M", eight);
    assertThat(f.visit(a3, 1, eight.plusMonths(1), "125.00")).isEqualByComparingTo("-10");
    f.end(a3, eight.plusMonths(4), "DISMISSED");
    // B1: one month and running; B2: moved away after ten days, four months ago
    UUID b1 = f.placed(B, "F", f.today.minusMonths(1));
    UUID b2 = f.placed(B, "F", f.today.minusMonths(4));
    f.end(b2, f.today.minusMonths(4).plusDays(10), "MOVED");
    plannedA2 = f.plannedSurplus(a2);
    plannedB = f.plannedSurplus(b1);
    assertThat(f.plannedSurplus(b2)).isEqualByComparingTo(plannedB);
  }

  @Test
  void rowsAddUpToTotalsAndRetentionCountsOnlyPlacementsOldEnoughToKnow() throws Exception {
    Map<String, Object> report = report(f.officer, "groupBy=province");

    assertThat(report.get("groupBy")).isEqualTo("province");
    assertThat(report.get("scope")).isEqualTo("ORGANISATION");
    assertThat(report.get("suppression")).isEqualTo(false);
    assertThat(report.get("asOf")).isEqualTo(f.today.toString());
    List<Map<String, Object>> rows = rows(report);
    assertThat(rows).extracting(r -> r.get("group")).containsExactly(A, B);
    Map<String, Object> a = rows.get(0);
    assertThat(a.get("label")).isEqualTo("Kampong Speu");
    assertThat(counts(a, "placed", "eligible3", "retained3", "eligible6", "retained6"))
        .containsExactly(3, 3, 2, 3, 1);
    assertThat(counts(a, "eligible12", "retained12", "belowThreshold")).containsExactly(1, 1, 2);
    assertThat(a.get("eligibleByMonth")).isEqualTo(List.of(3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1));
    assertThat(a.get("retainedByMonth")).isEqualTo(List.of(3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1));
    assertThat(a.get("ended")).isEqualTo(Map.of("LEFT_JOB", 1, "DISMISSED", 1));
    // latest surpluses: 55 (A1's second visit), A2 as planned, -10 (A3's only visit)
    assertThat(money(a.get("medianSurplus")))
        .isEqualByComparingTo(
            median(List.of(new BigDecimal("55"), plannedA2, new BigDecimal("-10"))));
    Map<String, Object> b = rows.get(1);
    assertThat(counts(b, "placed", "eligible3", "retained3", "eligible6", "retained6"))
        .containsExactly(2, 1, 0, 0, 0);
    assertThat(b.get("eligibleByMonth")).isEqualTo(List.of(2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(b.get("retainedByMonth")).isEqualTo(List.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(b.get("ended")).isEqualTo(Map.of("MOVED", 1));
    assertThat(counts(b, "belowThreshold")).containsExactly(0);
    assertThat(money(b.get("medianSurplus"))).isEqualByComparingTo(plannedB);

    Map<String, Object> totals = totals(report);
    assertThat(counts(totals, "placed", "retained3", "retained6", "retained12"))
        .containsExactly(5, 2, 1, 1);
    assertThat(totals.get("ended")).isEqualTo(Map.of("LEFT_JOB", 1, "DISMISSED", 1, "MOVED", 1));
    assertThat(totals.get("suppressed")).isEqualTo(false);
    assertThat(money(totals.get("medianSurplus")))
        .isEqualByComparingTo(
            median(
                List.of(
                    new BigDecimal("55"), plannedA2, new BigDecimal("-10"), plannedB, plannedB)));
    assertAddsUp(report);
  }

  @Test
  void everyGroupingAddsUpToTheSameTotals() throws Exception {
    Map<String, Object> byProvince = totals(report(f.officer, "groupBy=province"));
    for (String by : List.of("sex", "ageBand", "occupation", "kind", "organisation")) {
      Map<String, Object> report = report(f.officer, "groupBy=" + by);
      assertAddsUp(report);
      assertThat(totals(report)).as(by).isEqualTo(byProvince);
    }
    List<Map<String, Object>> bySex = rows(report(f.officer, "groupBy=sex"));
    assertThat(bySex).extracting(r -> r.get("group")).containsExactly("F", "M");
    assertThat(bySex).extracting(r -> r.get("placed")).containsExactly(4, 1);
    assertThat(bySex).extracting(r -> r.get("label")).containsExactly("Women", "Men");
    List<Map<String, Object>> byOrganisation = rows(report(f.officer, "groupBy=organisation"));
    assertThat(byOrganisation)
        .singleElement()
        .satisfies(r -> assertThat(r.get("group")).isEqualTo(f.ngo.id().toString()))
        .satisfies(r -> assertThat(r.get("label")).isEqualTo(f.ngo.name()));
    assertThat(rows(report(f.officer, "groupBy=kind")))
        .extracting(r -> r.get("group"), r -> r.get("label"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("JOB", "Job"));
  }

  @Test
  void thePeriodSelectsPlacementsByTheirStartDate() throws Exception {
    String from = f.today.minusMonths(9).toString();
    String to = f.today.minusMonths(2).toString();

    assertThat(totals(report(f.officer, "from=" + from)).get("placed")).isEqualTo(4);
    assertThat(totals(report(f.officer, "to=" + to)).get("placed")).isEqualTo(4);
    Map<String, Object> both = report(f.officer, "from=" + from + "&to=" + to);
    assertThat(both.get("from")).isEqualTo(from);
    assertThat(both.get("to")).isEqualTo(to);
    assertThat(totals(both).get("placed")).isEqualTo(3);
    assertAddsUp(both);
    assertThat(rows(report(f.officer, "from=" + f.today.plusDays(1)))).isEmpty();
    assertThat(totals(report(f.officer, "from=" + f.today.plusDays(1))).get("placed")).isEqualTo(0);
  }

  @Test
  void csvAndXlsxSayWhatTheJsonSays() throws Exception {
    Map<String, Object> report = report(f.officer, "groupBy=province");
    var csvAnswer =
        mvc.perform(get(ReportController.PATH + ".csv?groupBy=province").with(f.officer))
            .andReturn()
            .getResponse();
    assertThat(csvAnswer.getContentType()).startsWith("text/csv");
    assertThat(csvAnswer.getHeader("Content-Disposition"))
        .isEqualTo("attachment; filename=\"outcomes-by-province-" + f.today + ".csv\"");
    List<Map<String, String>> csv = csv(csvAnswer.getContentAsByteArray());
    byte[] negotiated =
        mvc.perform(
                get(ReportController.PATH + "?groupBy=province")
                    .with(f.officer)
                    .header("Accept", "text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(negotiated).isEqualTo(csvAnswer.getContentAsByteArray());
    List<Map<String, String>> xlsx =
        xlsx(
            mvc.perform(get(ReportController.PATH + ".xlsx?groupBy=province").with(f.officer))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());

    for (List<Map<String, String>> file : List.of(csv, xlsx)) {
      assertThat(file).hasSize(3);
      assertThat(file).extracting(r -> r.get("group")).containsExactly(A, B, "TOTAL");
      List<Map<String, Object>> json = new ArrayList<>(rows(report));
      json.add(totals(report));
      for (int i = 0; i < 3; i++) {
        Map<String, String> row = file.get(i);
        Map<String, Object> expected = json.get(i);
        for (String count :
            List.of(
                "placed",
                "eligible3",
                "retained3",
                "eligible6",
                "retained6",
                "eligible12",
                "retained12",
                "belowThreshold")) {
          assertThat(Integer.parseInt(row.get(count))).as(count).isEqualTo(expected.get(count));
        }
        assertThat(new BigDecimal(row.get("medianSurplus")))
            .isEqualByComparingTo(money(expected.get("medianSurplus")));
        for (int m = 1; m <= 12; m++) {
          assertThat(Integer.parseInt(row.get("retainedMonth" + m)))
              .isEqualTo(((List<?>) expected.get("retainedByMonth")).get(m - 1));
        }
        Map<?, ?> ended = (Map<?, ?>) expected.get("ended");
        for (String reason : List.of("DISMISSED", "LEFT_JOB", "MOVED")) {
          Object n = ended.get(reason);
          assertThat(Integer.parseInt(row.get("ended." + reason))).isEqualTo(n == null ? 0 : n);
        }
        assertThat(row.get("suppressed")).isEqualTo("no");
        assertThat(row.get("label")).isEqualTo(expected.get("label"));
      }
    }
  }

  @Test
  void badFiltersAreRefusedNamingTheField() throws Exception {
    for (String path :
        List.of(
            ReportController.PATH,
            ReportController.PATH + ".csv",
            ReportController.PATH + ".xlsx")) {
      assertProblem(path + "?groupBy=village", "groupBy");
      assertProblem(path + "?from=2026-13-01", "from");
      assertProblem(path + "?to=yesterday", "to");
      assertProblem(path + "?from=2026-05-01&to=2026-04-30", "from", "to");
      assertProblem(path + "?from=99999-01-01", "from");
    }
  }

  private void assertProblem(String path, String... fields) throws Exception {
    var response = mvc.perform(get(path).with(f.officer)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    List<String> named = JsonPath.read(response.getContentAsString(), "$.errors[*].field");
    assertThat(named).as(path).containsExactly(fields);
  }

  /** Every count of the rows adds up to the totals' count. */
  static void assertAddsUp(Map<String, Object> report) {
    Map<String, Object> totals = totals(report);
    List<Map<String, Object>> rows = rows(report);
    for (String count :
        List.of(
            "placed",
            "eligible3",
            "retained3",
            "eligible6",
            "retained6",
            "eligible12",
            "retained12",
            "belowThreshold")) {
      assertThat(rows.stream().mapToInt(r -> (Integer) r.get(count)).sum())
          .as(count)
          .isEqualTo(totals.get(count));
    }
    for (String series : List.of("eligibleByMonth", "retainedByMonth")) {
      for (int m = 0; m < 12; m++) {
        int month = m;
        assertThat(
                rows.stream().mapToInt(r -> (Integer) ((List<?>) r.get(series)).get(month)).sum())
            .as(series + " " + (m + 1))
            .isEqualTo(((List<?>) totals.get(series)).get(m));
      }
    }
    Map<?, ?> ended = (Map<?, ?>) totals.get("ended");
    for (Object reason : ended.keySet()) {
      assertThat(rows.stream().mapToInt(r -> ended(r, reason)).sum())
          .as("ended " + reason)
          .isEqualTo(ended.get(reason));
    }
  }

  private static int ended(Map<String, Object> row, Object reason) {
    Object n = ((Map<?, ?>) row.get("ended")).get(reason);
    return n == null ? 0 : (Integer) n;
  }

  Map<String, Object> report(RequestPostProcessor who, String query) throws Exception {
    var response =
        mvc.perform(get(ReportController.PATH + "?" + query).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return JsonPath.read(response.getContentAsString(), "$");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(Map<String, Object> report) {
    return (List<Map<String, Object>>) report.get("rows");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> totals(Map<String, Object> report) {
    return (Map<String, Object>) report.get("totals");
  }

  static List<Object> counts(Map<String, Object> row, String... names) {
    List<Object> values = new ArrayList<>();
    for (String name : names) {
      values.add(row.get(name));
    }
    return values;
  }

  static BigDecimal money(Object value) {
    return new BigDecimal(value.toString());
  }

  static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted
            .get(n / 2 - 1)
            .add(sorted.get(n / 2))
            .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
  }

  static List<Map<String, String>> csv(byte[] content) throws Exception {
    assertThat(content).startsWith(0xEF, 0xBB, 0xBF); // the byte-order mark Excel needs
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(
                new InputStreamReader(
                    new ByteArrayInputStream(content, 3, content.length - 3),
                    StandardCharsets.UTF_8))) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toMap());
      }
      return rows;
    }
  }

  static List<Map<String, String>> xlsx(byte[] content) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      Row header = sheet.getRow(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int c = 0; c < header.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          String name = header.getCell(c).getStringCellValue();
          if (cell == null) {
            values.put(name, "");
          } else if (cell.getCellType() == CellType.NUMERIC) {
            values.put(
                name,
                BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString());
          } else {
            values.put(name, format.formatCellValue(cell));
          }
        }
        rows.add(values);
      }
      return rows;
    }
  }
}
