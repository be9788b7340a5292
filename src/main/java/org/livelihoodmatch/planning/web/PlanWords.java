package org.livelihoodmatch.planning.web;

import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.livelihoodmatch.system.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes the words of a plan page: {@link PlanText} for one plan's clients in the reader's language,
 * from the plan pages' bundle ({@code planner-messages}), the catalogue's names and the employers'
 * names.
 */
@Component
class PlanWords {

  private final MessageSource messages;
  private final Catalogue catalogue;
  private final OrganisationService organisations;
  private final LocalFormats formats;

  PlanWords(
      MessageSource messages,
      Catalogue catalogue,
      OrganisationService organisations,
      LocalFormats formats) {
    this.messages = messages;
    this.catalogue = catalogue;
    this.organisations = organisations;
    this.formats = formats;
  }

  /** The words of a plan whose clients (with their options) are {@code stored}. */
  PlanText of(List<StoredAssignment> stored, Locale locale) {
    return new PlanText(
        new PlanTerms(stored),
        locale,
        messages,
        new Labels(catalogue),
        id -> organisations.find(id).map(o -> o.name()).orElse(null),
        formats);
  }
}
