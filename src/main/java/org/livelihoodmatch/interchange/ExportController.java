package org.livelihoodmatch.interchange;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.livelihoodmatch.client.ClientExport;
import org.livelihoodmatch.placement.PlacementRecords;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's clients and placements as CSV or XLSX (API.md, "Interchange"), with the
 * import's column names where the data is the same. Each export is one audit entry naming every
 * client in it. The pages link here: a signed-in browser downloads the same files.
 */
@RestController
class ExportController {

  private final ClientExport clients;
  private final PlacementRecords placements;
  private final Clock clock;

  ExportController(ClientExport clients, PlacementRecords placements, Clock clock) {
    this.clients = clients;
    this.placements = placements;
    this.clock = clock;
  }

  @GetMapping("/api/v1/clients/export.csv")
  @Operation(
      summary = "The organisation's clients as CSV (UTF-8)",
      description =
          "OFFICER or PLANNER. The import's columns (README, 'Import and export') plus id, code,"
              + " status, current placement and last follow-up; importing it again changes nothing.")
  ResponseEntity<byte[]> clientsCsv() {
    return clientsAs(SheetWriter.Format.CSV);
  }

  @GetMapping("/api/v1/clients/export.xlsx")
  @Operation(summary = "The organisation's clients as an Excel workbook (XLSX)")
  ResponseEntity<byte[]> clientsXlsx() {
    return clientsAs(SheetWriter.Format.XLSX);
  }

  @GetMapping("/api/v1/placements/export.csv")
  @Operation(
      summary = "The organisation's placements as CSV (UTF-8)",
      description =
          "OFFICER or PLANNER. One row per placement: the client's id, code and global_id, the"
              + " pathway, status, next and last follow-up, alerts, and how it ended.")
  ResponseEntity<byte[]> placementsCsv() {
    return placementsAs(SheetWriter.Format.CSV);
  }

  @GetMapping("/api/v1/placements/export.xlsx")
  @Operation(summary = "The organisation's placements as an Excel workbook (XLSX)")
  ResponseEntity<byte[]> placementsXlsx() {
    return placementsAs(SheetWriter.Format.XLSX);
  }

  private ResponseEntity<byte[]> clientsAs(SheetWriter.Format format) {
    List<List<Object>> rows =
        ExportRows.clients(clients.all(format.extension), placements.all(false, format.extension));
    return file("clients", format, Columns.clientExport(), rows);
  }

  private ResponseEntity<byte[]> placementsAs(SheetWriter.Format format) {
    List<List<Object>> rows =
        ExportRows.placements(placements.all(true, format.extension), clients.externalIds());
    return file("placements", format, Columns.PLACEMENT, rows);
  }

  private ResponseEntity<byte[]> file(
      String what, SheetWriter.Format format, List<String> header, List<List<Object>> rows) {
    String name = what + "-" + LocalDate.now(clock) + "." + format.extension;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      SheetWriter.write(format, what, header, rows, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(format.mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .body(out.toByteArray());
  }
}
