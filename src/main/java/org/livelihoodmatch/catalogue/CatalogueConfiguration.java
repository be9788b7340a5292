package org.livelihoodmatch.catalogue;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the catalogues once at start-up; a wrong row stops the service with its file and line. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

  @Bean
  Catalogue catalogue(@Value("${livelihood.catalogue-dir:}") String catalogueDir) {
    CatalogueFiles files =
        catalogueDir.isBlank()
            ? CatalogueFiles.packaged()
            : CatalogueFiles.directory(Path.of(catalogueDir));
    Catalogue catalogue = new CatalogueLoader(files).load();
    log.info(
        "Catalogues loaded from {}: {} provinces, {} occupations, {} markets, {} loan products",
        catalogueDir.isBlank() ? "the application" : catalogueDir,
        catalogue.provinces().size(),
        catalogue.occupations().size(),
        catalogue.marketDemand().size(),
        catalogue.microcreditProducts().size());
    return catalogue;
  }
}
