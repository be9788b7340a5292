package org.livelihoodmatch.search;

import org.livelihoodmatch.system.DataDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's one {@link SearchIndex}, under {@code ${livelihood.data-dir}/index}, analysed with
 * the catalogue's occupation terms. It is opened after the database (its documents' source), so a
 * second service on the same data directory is refused by the database's lock first, with its clear
 * message.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(DataDirectory dataDirectory, DocumentSource documents) {
    return new SearchIndex(
        dataDirectory.path().resolve("index"), documents.occupationTerms(), documents.khmerWords());
  }
}
