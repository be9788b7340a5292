package org.livelihoodmatch.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.livelihoodmatch.catalogue.Catalogue;

/**
 * Draws synthetic employers ("Angkor Garments Co. Ltd"), each of one trade, in Phnom Penh, the
 * factory zones or a town, with a registration number, a phone and an address; emails are on the
 * reserved domain example.com.
 */
final class EmployerGenerator {

  private static final List<String> PHONE_PREFIXES =
      List.of("012", "015", "016", "017", "077", "078", "085", "089", "096", "097");

  private final Catalogue catalogue;
  private final Map<String, Integer> trades = Trades.weights();
  private final Map<String, Integer> provinces;
  private final Set<String> taken = new HashSet<>();

  EmployerGenerator(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.provinces = Places.known(Places.WORK, catalogue);
  }

  SyntheticEmployer next(Draw draw) {
    Trades.Trade trade = Trades.find(draw.weighted(trades)).orElseThrow();
    String name = Names.employer(draw, draw.oneOf(trade.businessWords()), taken);
    String province = draw.weighted(provinces);
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    return new SyntheticEmployer(
        name,
        trade.code(),
        province,
        String.format("DEMO-%08d", draw.between(1, 99_999_999)),
        draw.oneOf(PHONE_PREFIXES) + " " + draw.between(100, 999) + " " + draw.between(100, 999),
        "hr@" + slug + ".example.com",
        Places.address(draw, province, catalogue));
  }
}
