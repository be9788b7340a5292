package org.livelihoodmatch.reporting;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.outcome.OutcomeFigures;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who sees what (README "Reports"): officers and planners their own organisation's figures as they
 * are; a {@code REPORTER} every organisation's, over whole months, with small counts suppressed.
 * The figures are counted in SQL by the outcome module; no client record is read.
 */
@Service
class OutcomeReports {

  private final OutcomeFigures figures;
  private final OrganisationService organisations;
  private final Catalogue catalogue;
  private final MessageSource messages;

  OutcomeReports(
      OutcomeFigures figures,
      OrganisationService organisations,
      Catalogue catalogue,
      MessageSource messages) {
    this.figures = figures;
    this.organisations = organisations;
    this.catalogue = catalogue;
    this.messages = messages;
  }

  ReportTable report(ReportRequest request, Staff reader, Locale locale) {
    boolean reporter = reader.has(Role.REPORTER);
    if (!reporter && !reader.worksWithClients()) {
      throw new AccessDeniedException("reports are for officers, planners and reporters");
    }
    ReportRequest asked = reporter ? request.wholeMonths() : request;
    UUID scope = reporter ? null : reader.organisationId();
    OutcomeFigures.Figures counted =
        figures.outcomes(
            new OutcomeFigures.Query(asked.groupBy(), asked.from(), asked.to(), scope));
    return ReportTable.of(
        asked,
        counted,
        reporter,
        reporter,
        labels(asked.groupBy(), locale),
        message("reports.total", locale));
  }

  /** A group's name in the reader's language. */
  private UnaryOperator<String> labels(OutcomeFigures.Dimension by, Locale locale) {
    CatalogueLabels names = CatalogueLabels.of(catalogue, locale);
    return switch (by) {
      case PROVINCE -> names::province;
      case OCCUPATION -> names::occupation;
      case SEX -> code -> message("reports.sex." + code, locale);
      case AGE_BAND -> code -> message("reports.ageBand." + code, locale);
      case KIND -> code -> message("reports.kind." + code, locale);
      case ORGANISATION -> organisationNames();
    };
  }

  private UnaryOperator<String> organisationNames() {
    Map<String, String> known = new HashMap<>();
    return id ->
        known.computeIfAbsent(
            id,
            key -> organisations.find(UUID.fromString(key)).map(Organisation::name).orElse(key));
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
  }
}
