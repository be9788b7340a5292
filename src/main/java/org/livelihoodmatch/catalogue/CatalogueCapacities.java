package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What is left of the catalogues' shared capacities once placements have taken their part: room in
 * each province's market for one more small business of an occupation (its {@code
 * new_businesses_per_year}), and what each microcredit product's fund has left to lend. A take is
 * one conditional {@code UPDATE} whose row count says whether there was room, so that concurrent
 * placements never take more than there is.
 */
@Service
public class CatalogueCapacities {

  private final Catalogue catalogue;
  private final JdbcTemplate jdbc;

  CatalogueCapacities(Catalogue catalogue, JdbcTemplate jdbc) {
    this.catalogue = catalogue;
    this.jdbc = jdbc;
  }

  /** Takes one place in the market {@code province:occupation}; false when it is full. */
  public boolean takeMarketPlace(String marketKey) {
    int capacity = marketCapacity(marketKey);
    jdbc.update(
        "insert into market_place_taken (market_key) values (?) on conflict do nothing", marketKey);
    return jdbc.update(
            "update market_place_taken set taken = taken + 1 where market_key = ? and taken < ?",
            marketKey,
            capacity)
        == 1;
  }

  /** Gives a market place back (the business closed, the placement ended). */
  public void releaseMarketPlace(String marketKey) {
    jdbc.update(
        "update market_place_taken set taken = greatest(taken - 1, 0) where market_key = ?",
        marketKey);
  }

  /** Lends {@code amount} from the product's fund; false when the fund cannot cover it. */
  public boolean lend(String productCode, BigDecimal amount) {
    MicrocreditProduct product =
        catalogue.microcreditProducts().stream()
            .filter(p -> p.code().equals(productCode))
            .findFirst()
            .orElse(null);
    if (product == null) {
      return false;
    }
    BigDecimal fund =
        product.fundSize(); // none: the lender's own capital, not a fund that runs out
    jdbc.update(
        "insert into loan_fund_lent (product_code) values (?) on conflict do nothing", productCode);
    return jdbc.update(
            "update loan_fund_lent set lent = lent + ? where product_code = ?"
                + " and (?::numeric is null or lent + ? <= ?)",
            amount,
            productCode,
            fund,
            amount,
            fund)
        == 1;
  }

  /** Places taken so far, by market key. */
  public Map<String, Integer> marketPlacesTaken() {
    Map<String, Integer> taken = new HashMap<>();
    jdbc.query(
        "select market_key, taken from market_place_taken",
        rs -> {
          taken.put(rs.getString(1), rs.getInt(2));
        });
    return taken;
  }

  /** Amounts lent so far, by product code. */
  public Map<String, BigDecimal> lentByProduct() {
    Map<String, BigDecimal> lent = new HashMap<>();
    jdbc.query(
        "select product_code, lent from loan_fund_lent",
        rs -> {
          lent.put(rs.getString(1), rs.getBigDecimal(2));
        });
    return lent;
  }

  /** The markets whose room placements have taken up (no business is offered in them). */
  public java.util.Set<String> fullMarkets() {
    return fullMarkets(catalogue, marketPlacesTaken());
  }

  /**
   * The markets of {@code taken} (places taken, by market key) that have no room left: the one
   * rule, for the service (from the database) and for plans assembled without one.
   */
  public static java.util.Set<String> fullMarkets(Catalogue catalogue, Map<String, Integer> taken) {
    java.util.Set<String> full = new java.util.HashSet<>();
    taken.forEach(
        (key, n) -> {
          if (n >= capacity(catalogue, key)) {
            full.add(key);
          }
        });
    return full;
  }

  /** Room left in one market. */
  public int marketPlacesLeft(String marketKey) {
    Integer taken =
        jdbc.query(
            "select taken from market_place_taken where market_key = ?",
            rs -> rs.next() ? rs.getInt(1) : 0,
            marketKey);
    return Math.max(0, marketCapacity(marketKey) - (taken == null ? 0 : taken));
  }

  private int marketCapacity(String marketKey) {
    return capacity(catalogue, marketKey);
  }

  /** How many new businesses the market of {@code marketKey} absorbs a year (0 if none known). */
  public static int capacity(Catalogue catalogue, String marketKey) {
    String[] parts = marketKey.split(":", 2);
    return parts.length < 2
        ? 0
        : catalogue
            .marketDemand(parts[0], parts[1])
            .map(d -> Math.max(0, d.newBusinessesPerYear()))
            .orElse(0);
  }
}
