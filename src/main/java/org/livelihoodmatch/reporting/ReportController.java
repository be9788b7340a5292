package org.livelihoodmatch.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/outcomes} (API.md "Reports"): JSON, or the same table as CSV ({@code
 * Accept: text/csv} or {@code .csv}) or XLSX ({@code .xlsx}).
 */
@RestController
class ReportController {

  static final String PATH = "/api/v1/reports/outcomes";
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  private final OutcomeReports reports;

  ReportController(OutcomeReports reports) {
    this.reports = reports;
  }

  @GetMapping(PATH)
  @Operation(
      summary = "Outcomes of placements by group, with totals",
      description =
          "OFFICER or PLANNER: their own organisation's placements. REPORTER (users of GOVERNMENT"
              + " organisations): every organisation's, from/to widened to whole months, counts"
              + " from 1 to 4 null with suppressed: true (and a second count wherever a total would"
              + " give one away). Placements are those started from 'from' to 'to' (inclusive);"
              + " retainedN counts, of the placements earning for N months or more by asOf"
              + " (eligibleN), those not ended before N months. Accept: text/csv gives the CSV.")
  @ApiResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ReportTable.class)),
        @Content(mediaType = "text/csv")
      })
  ResponseEntity<?> outcomes(
      @Parameter(description = "province (default), sex, ageBand, occupation, kind, organisation")
          @RequestParam(required = false)
          String groupBy,
      @Parameter(description = "first start date, YYYY-MM-DD") @RequestParam(required = false)
          String from,
      @Parameter(description = "last start date, YYYY-MM-DD") @RequestParam(required = false)
          String to,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      Locale locale) {
    ReportTable table = table(groupBy, from, to, locale);
    if (wantsCsv(accept)) {
      return file(table, ReportFiles.Format.CSV);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
  }

  @GetMapping(PATH + ".csv")
  @Operation(summary = "The same report as CSV (UTF-8 with a byte-order mark)")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale) {
    return file(table(groupBy, from, to, locale), ReportFiles.Format.CSV);
  }

  @GetMapping(PATH + ".xlsx")
  @Operation(summary = "The same report as an Excel workbook (XLSX)")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale) {
    return file(table(groupBy, from, to, locale), ReportFiles.Format.XLSX);
  }

  private ReportTable table(String groupBy, String from, String to, Locale locale) {
    return reports.report(ReportRequest.parse(groupBy, from, to), CurrentStaff.get(), locale);
  }

  /** The first media type the caller names that is CSV or JSON decides; JSON by default. */
  static boolean wantsCsv(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : types) {
      if (type.isCompatibleWith(CSV) && !type.isWildcardType() && !type.isWildcardSubtype()) {
        return true;
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
        return false;
      }
    }
    return false;
  }

  private static ResponseEntity<byte[]> file(ReportTable table, ReportFiles.Format format) {
    String name = "outcomes-by-" + table.groupBy() + "-" + table.asOf() + "." + format.extension;
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(format.mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(ReportFiles.write(table, format));
  }
}
