package org.livelihoodmatch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.MarketDemand;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.Province;
import org.livelihoodmatch.client.SearchableClients;
import org.livelihoodmatch.training.SearchableIntakes;
import org.livelihoodmatch.vacancy.SearchableVacancies;

/**
 * Turns the rows of the owning modules into search documents: the text an officer searches (in
 * English and, where the catalogue has it, Khmer), the occupation and province to filter and facet
 * on, and the place of the province's capital for distances (addresses are not geocoded).
 */
final class DocumentFactory {

  private final Catalogue catalogue;

  DocumentFactory(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  SearchDocument vacancy(SearchableVacancies.Listing v) {
    String description = join(". ", v.description(), v.workplaceAddress());
    return placed(
        new SearchDocument(
            SearchType.VACANCY,
            v.id().toString(),
            v.title(),
            description,
            v.occupation(),
            null,
            null,
            null,
            null,
            v.startDate(),
            v.closingDate()),
        v.province());
  }

  SearchDocument intake(SearchableIntakes.Listing t) {
    String description =
        join(
            ". ",
            t.provider(),
            t.durationWeeks() + " weeks from " + t.startDate(),
            t.providesAccommodation() ? "accommodation provided" : null);
    return placed(
        new SearchDocument(
            SearchType.TRAINING,
            t.id().toString(),
            t.title(),
            description,
            t.occupation(),
            null,
            null,
            null,
            null,
            t.startDate()),
        t.province());
  }

  /** One self-employment option per market: a business of one occupation in one province. */
  SearchDocument selfEmployment(MarketDemand market) {
    Occupation occupation = catalogue.occupation(market.occupation()).orElse(null);
    Province province = catalogue.province(market.province()).orElse(null);
    String nameEn = occupation == null ? market.occupation() : occupation.nameEn();
    String placeEn = province == null ? market.province() : province.nameEn();
    String title = "Own business: " + nameEn + " in " + placeEn;
    String description =
        join(
            ". ",
            occupation == null ? null : occupation.nameKm(),
            province == null ? null : province.nameKm(),
            "About "
                + market.newBusinessesPerYear()
                + " new businesses a year, earning about US$"
                + market.netMonthlyIncome()
                + " a month",
            occupation == null || occupation.startupCapital() == null
                ? null
                : "start-up capital about US$" + occupation.startupCapital());
    return placed(
        new SearchDocument(
            SearchType.SELF_EMPLOYMENT,
            market.marketKey(),
            title,
            description,
            market.occupation(),
            null,
            null,
            null,
            null,
            null),
        market.province());
  }

  /**
   * A client of one organisation: her case code and names as the title; her skills and wishes (in
   * English and Khmer) and home province as text. Her occupation is her first wish (else her first
   * skill), so the occupation filter finds the clients who want that work most.
   */
  SearchDocument client(SearchableClients.Listing c) {
    Set<String> occupations = new LinkedHashSet<>(c.preferredOccupations());
    occupations.addAll(c.skills());
    List<String> text = new ArrayList<>();
    if (!c.skills().isEmpty()) {
      text.add("Skills: " + names(c.skills()));
    }
    if (!c.preferredOccupations().isEmpty()) {
      text.add("Wishes: " + names(c.preferredOccupations()));
    }
    catalogue.province(c.homeProvince()).ifPresent(p -> text.add(p.nameEn() + " " + p.nameKm()));
    return placed(
        new SearchDocument(
            SearchType.CLIENT,
            c.id().toString(),
            join(" ", c.code(), c.givenName(), c.familyName()),
            String.join(". ", text),
            occupations.stream().findFirst().orElse(null),
            null,
            null,
            null,
            c.organisationId(),
            null),
        c.homeProvince());
  }

  private SearchDocument placed(SearchDocument document, String provinceCode) {
    Province province = catalogue.province(provinceCode).orElse(null);
    return province == null
        ? document.at(provinceCode, null, null)
        : document.at(provinceCode, province.lat(), province.lon());
  }

  private String names(List<String> occupationCodes) {
    List<String> names = new ArrayList<>();
    for (String code : occupationCodes) {
      names.add(catalogue.occupation(code).map(o -> o.nameEn() + " " + o.nameKm()).orElse(code));
    }
    return String.join(", ", names);
  }

  private static String join(String separator, String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part.strip());
      }
    }
    return String.join(separator, present);
  }
}
