package org.livelihoodmatch.search.web;

import java.util.Locale;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.search.OfficerSearch;
import org.livelihoodmatch.search.SearchParameters;
import org.livelihoodmatch.search.SearchQuery;
import org.livelihoodmatch.search.SearchResult;
import org.livelihoodmatch.search.SearchType;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.training.IntakeDetails;
import org.livelihoodmatch.vacancy.VacancyDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officer's search page ({@code /search}): a search box, the facets as filter links, and result
 * cards with the matched words marked, each opening its page; a vacancy's card names the employer,
 * wage, start and whom to call, an intake's the provider, dates and seats left. Bad parameters are
 * shown on the page, never a 500.
 */
@Controller
class SearchPageController {

  static final String PAGE_SIZE = "20";

  private final OfficerSearch search;
  private final Catalogue catalogue;
  private final VacancyDetails vacancies;
  private final IntakeDetails intakes;

  SearchPageController(
      OfficerSearch search, Catalogue catalogue, VacancyDetails vacancies, IntakeDetails intakes) {
    this.search = search;
    this.catalogue = catalogue;
    this.vacancies = vacancies;
    this.intakes = intakes;
  }

  @GetMapping("/search")
  String search(SearchParameters asked, Locale locale, Model model) {
    SearchParameters parameters = asked.withSize(PAGE_SIZE);
    SearchPage view = new SearchPage(parameters, CatalogueLabels.of(catalogue, locale));
    model.addAttribute("parameters", parameters);
    model.addAttribute("provinces", catalogue.provinces());
    model.addAttribute("khmer", "km".equals(locale.getLanguage()));
    model.addAttribute("activeFilters", view.activeFilters());
    try {
      SearchQuery query = parameters.toQuery(catalogue);
      SearchResult result = search.search(query);
      model.addAttribute("total", result.total());
      model.addAttribute(
          "cards",
          view.cards(
              result,
              vacancies.of(SearchPage.ids(result, SearchType.VACANCY)),
              intakes.of(SearchPage.ids(result, SearchType.TRAINING))));
      model.addAttribute("facets", view.facets(result));
      model.addAttribute("previous", view.pageLink(query.page() - 1, query, result.total()));
      model.addAttribute("next", view.pageLink(query.page() + 1, query, result.total()));
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.problems());
    }
    return "search/search";
  }
}
