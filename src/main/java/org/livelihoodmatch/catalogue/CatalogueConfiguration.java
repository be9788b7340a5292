package org.livelihoodmatch.catalogue;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loads the catalogues once at start-up; a wrong row stops the service with its file and line. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

  /** One reading of the files: the catalogue the service computes with and the files as read. */
  record Loaded(Catalogue catalogue, CatalogueLoader loader, String location) {}

  @Bean
  Loaded loadedCatalogues(@Value("${livelihood.catalogue-dir:}") String catalogueDir) {
    CatalogueFiles files =
        catalogueDir.isBlank()
            ? CatalogueFiles.packaged()
            : CatalogueFiles.directory(Path.of(catalogueDir));
    CatalogueLoader loader = new CatalogueLoader(files);
    Catalogue catalogue = loader.load();
    String location =
        catalogueDir.isBlank() ? "the application" : Path.of(catalogueDir).toAbsolutePath() + "";
    log.info(
        "Catalogues loaded from {}: {} provinces, {} occupations, {} markets, {} loan products",
        location,
        catalogue.provinces().size(),
        catalogue.occupations().size(),
        catalogue.marketDemand().size(),
        catalogue.microcreditProducts().size());
    return new Loaded(catalogue, loader, location);
  }

  @Bean
  Catalogue catalogue(Loaded loaded) {
    return loaded.catalogue();
  }

  @Bean
  CatalogueTables catalogueTables(Loaded loaded, JdbcTemplate jdbc) {
    return new CatalogueTables(loaded.loader().tables(), loaded.location(), jdbc);
  }
}
