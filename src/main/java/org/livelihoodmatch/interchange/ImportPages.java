package org.livelihoodmatch.interchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import and export page ({@code /clients/import}): links to the exports; for officers, an
 * upload that is checked first (a dry run: how many clients are new or changed, and every row's
 * problems, each explained in the page's language) and stored only when the officer confirms, all
 * rows or none, through the same {@link ClientImporter} as the API. No JavaScript needed.
 */
@Controller
class ImportPages {

  private final ClientImporter importer;
  private final ImportUploads uploads;
  private final MessageSource messages;

  ImportPages(ClientImporter importer, ImportUploads uploads, MessageSource messages) {
    this.importer = importer;
    this.uploads = uploads;
    this.messages = messages;
  }

  /** A problem as the page shows it: row, column, and what to do, in the page's language. */
  record Problem(int row, String column, String explanation, String detail) {}

  @GetMapping("/clients/import")
  String page() {
    return "interchange/import";
  }

  @PostMapping("/clients/import")
  String upload(
      @RequestParam(required = false) MultipartFile file,
      Locale locale,
      Model model,
      HttpServletResponse response)
      throws IOException {
    if (file == null || file.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problem", messages.getMessage("import.noFile", null, locale));
      return "interchange/import";
    }
    byte[] content = file.getBytes();
    ImportReport report;
    try {
      report = importer.importFile(content, true);
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute(
          "problem",
          messages.getMessage(
              "import.unreadable", new Object[] {e.problems().get(0).message()}, locale));
      return "interchange/import";
    }
    if (report.errors().isEmpty()) {
      Staff staff = CurrentStaff.get();
      model.addAttribute(
          "uploadId",
          uploads.keep(
              staff.organisationId(),
              staff.username(),
              file.getContentType(),
              file.getOriginalFilename(),
              content));
    }
    model.addAttribute("fileName", file.getOriginalFilename());
    model.addAttribute("report", report);
    model.addAttribute("problems", explained(report.errors(), locale));
    return "interchange/import";
  }

  @PostMapping("/clients/import/{id}/confirm")
  String confirm(
      @PathVariable UUID id,
      Locale locale,
      Model model,
      RedirectAttributes flash,
      HttpServletResponse response) {
    Staff staff = CurrentStaff.get();
    byte[] content = uploads.find(id, staff.organisationId(), staff.username()).orElse(null);
    if (content == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("problem", messages.getMessage("import.expired", null, locale));
      return "interchange/import";
    }
    ImportReport report;
    try {
      report = importer.importFile(content, false);
    } catch (org.livelihoodmatch.system.ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("problem", messages.getMessage("import.conflict", null, locale));
      return "interchange/import";
    }
    if (!report.stored()) {
      // the clients changed since the preview: show what is wrong now
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("report", report);
      model.addAttribute("problems", explained(report.errors(), locale));
      return "interchange/import";
    }
    uploads.delete(id);
    flash.addFlashAttribute(
        "notice",
        messages.getMessage(
            "import.done",
            new Object[] {report.created(), report.updated(), report.unchanged()},
            locale));
    return "redirect:/clients/import";
  }

  private List<Problem> explained(List<ImportReport.RowError> errors, Locale locale) {
    return errors.stream()
        .map(
            e ->
                new Problem(
                    e.row(),
                    e.field(),
                    messages.getMessage("import.problem." + key(e.field()), null, "", locale),
                    e.message()))
        .toList();
  }

  private static String key(String column) {
    return switch (column) {
      case Columns.WILLING_TO_RELOCATE,
          Columns.SELF_EMPLOYMENT,
          Columns.CAN_LIVE_AT_HOME,
          Columns.HEAD_OF_HOUSEHOLD,
          Columns.NEEDS_HEALTH_CLINIC ->
          "yesNo";
      case Columns.PREFERRED_PROVINCES, Columns.AVOID_PROVINCES -> "provinces";
      default -> column;
    };
  }
}
