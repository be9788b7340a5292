package org.livelihoodmatch.interchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Client files over the API (API.md, "Interchange"): {@code POST /api/v1/imports/clients} with a
 * CSV or XLSX body. Its body may be up to {@value #LIMIT_MB} MB, not the API's 2 MB: a 5,000-row
 * file of this service's columns is about 0.9 MB as CSV, but OSCaR's own exports carry dozens of
 * further columns (ignored here) and offices keep larger files; every other path keeps the 2 MB.
 */
@RestController
class ImportController {

  static final String PATH = "/api/v1/imports/clients";
  static final int LIMIT_MB = 10;

  private final ClientImporter importer;

  ImportController(ClientImporter importer) {
    this.importer = importer;
  }

  /** This path alone takes bodies of up to {@value #LIMIT_MB} MB. */
  @Bean
  static org.livelihoodmatch.system.ApiBodyAllowance importBodyAllowance() {
    return new org.livelihoodmatch.system.ApiBodyAllowance(PATH, DataSize.ofMegabytes(LIMIT_MB));
  }

  @PostMapping(
      path = PATH,
      consumes = {"text/csv", "application/csv", SheetReader.XLSX, "application/octet-stream"})
  @Operation(
      summary = "Import clients from an OSCaR export or a spreadsheet (CSV or XLSX)",
      description =
          "OFFICER. Columns are OSCaR's client export names plus this service's own (README,"
              + " 'Import and export'). A row's global_id becomes the client's externalId: a"
              + " second import updates, never duplicates. Every problem of every row is listed"
              + " (row: the spreadsheet's row number, the header being row 1; field: the column);"
              + " any problem, or dryRun=true, stores nothing. One transaction, one audit entry per"
              + " client stored, the search index updated once. Bodies up to 10 MB.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = {
                @Content(
                    mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary")),
                @Content(
                    mediaType = SheetReader.XLSX,
                    schema = @Schema(type = "string", format = "binary"))
              }))
  ImportReport importClients(
      @Parameter(description = "true: check and count only, store nothing")
          @RequestParam(defaultValue = "false")
          boolean dryRun,
      @Parameter(hidden = true) InputStream body)
      throws IOException {
    return importer.importFile(body.readAllBytes(), dryRun);
  }
}
