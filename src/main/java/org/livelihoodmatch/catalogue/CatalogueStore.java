package org.livelihoodmatch.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the loaded catalogues into PostgreSQL in one transaction at start-up, so that the database
 * holds the figures every stored plan and match was computed with, queryable by SQL, and records
 * which file versions were loaded when ({@link CatalogueTables}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueStore implements ApplicationRunner {

  private final Catalogue catalogue;
  private final CatalogueTables tables;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;

  CatalogueStore(
      Catalogue catalogue,
      CatalogueTables tables,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      ObjectMapper json) {
    this.catalogue = catalogue;
    this.tables = tables;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) {
    transaction.executeWithoutResult(
        status -> {
          jdbc.update("delete from catalogue_entry");
          insert("provinces", catalogue.provinces(), Province::code);
          insert("occupations", catalogue.occupations(), Occupation::code);
          insert("wage-floors", catalogue.wageFloors(), f -> f.sector() + "@" + f.effectiveFrom());
          insert("living-costs", catalogue.livingCosts(), LivingCosts::province);
          insert("market-demand", catalogue.marketDemand(), MarketDemand::marketKey);
          insert("microcredit-products", catalogue.microcreditProducts(), MicrocreditProduct::code);
          insert("family-livelihoods", catalogue.familyLivelihoods(), FamilyLivelihood::code);
          insert("clinics", catalogue.clinics(), Clinic::code);
          tables.recordLoad(java.time.Instant.now());
        });
  }

  private <T> void insert(String name, List<T> rows, Function<T, String> key) {
    List<Object[]> args = new ArrayList<>();
    for (T row : rows) {
      args.add(new Object[] {name, key.apply(row), json.writeValueAsString(row)});
    }
    jdbc.batchUpdate(
        "insert into catalogue_entry (catalogue, key, data) values (?, ?, ?::jsonb)", args);
  }
}
