package org.livelihoodmatch.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.Province;
import org.livelihoodmatch.client.SearchableClients;
import org.livelihoodmatch.training.SearchableIntakes;
import org.livelihoodmatch.vacancy.SearchableVacancies;
import org.springframework.stereotype.Component;

/**
 * Where the index's documents come from: the open vacancies, the intakes that have not started and
 * the clients in PostgreSQL, and the self-employment options of the market-demand catalogue. It
 * also gives the analysis its vocabulary (the catalogue's occupation names and synonyms in both
 * languages, and the provinces' Khmer names).
 */
@Component
public class DocumentSource {

  private final SearchableVacancies vacancies;
  private final SearchableIntakes intakes;
  private final SearchableClients clients;
  private final Catalogue catalogue;
  private final DocumentFactory factory;
  private final Clock clock;

  DocumentSource(
      SearchableVacancies vacancies,
      SearchableIntakes intakes,
      SearchableClients clients,
      Catalogue catalogue,
      Clock clock) {
    this.vacancies = vacancies;
    this.intakes = intakes;
    this.clients = clients;
    this.catalogue = catalogue;
    this.factory = new DocumentFactory(catalogue);
    this.clock = clock;
  }

  /** The names and synonyms of every occupation of the catalogue, in English and Khmer. */
  public List<OccupationTerms> occupationTerms() {
    return catalogue.occupations().stream().map(DocumentSource::terms).toList();
  }

  /** Khmer words to find inside compounds: the provinces' names. */
  public List<String> khmerWords() {
    return catalogue.provinces().stream().map(Province::nameKm).toList();
  }

  /** How many documents of each type the index should hold now. */
  public Map<SearchType, Long> counts() {
    Map<SearchType, Long> counts = new EnumMap<>(SearchType.class);
    counts.put(SearchType.VACANCY, vacancies.count());
    counts.put(SearchType.TRAINING, intakes.count(today()));
    counts.put(SearchType.SELF_EMPLOYMENT, (long) catalogue.marketDemand().size());
    counts.put(SearchType.CLIENT, clients.count());
    return counts;
  }

  /**
   * Gives {@code use} every document the index should hold, read lazily type after type, and closes
   * what was opened afterwards. Call it inside one read-only transaction (a consistent snapshot,
   * read with cursors). The documents end with an exception once {@code cancelled} says so.
   */
  public <T> T readAll(BooleanSupplier cancelled, Function<Iterator<SearchDocument>, T> use) {
    LocalDate today = today();
    List<Supplier<Stream<SearchDocument>>> parts =
        List.of(
            () -> vacancies.all().map(factory::vacancy),
            () -> intakes.all(today).map(factory::intake),
            () -> selfEmployment().stream(),
            () -> clients.all().map(factory::client));
    Concatenation documents = new Concatenation(parts, cancelled);
    try {
      return use.apply(documents);
    } finally {
      documents.close();
    }
  }

  /** The document of a vacancy, or empty when it must not be in the index. */
  public Optional<SearchDocument> vacancy(UUID id) {
    return vacancies.find(id).map(factory::vacancy);
  }

  /** The document of an intake, or empty when it must not be in the index. */
  public Optional<SearchDocument> intake(UUID id) {
    return intakes.find(id, today()).map(factory::intake);
  }

  /** The document of a client, or empty when she is not (or no longer) stored. */
  public Optional<SearchDocument> client(UUID id) {
    return clients.find(id).map(factory::client);
  }

  /** The documents of those of these clients who are stored with an open case. */
  public List<SearchDocument> clients(Collection<UUID> ids) {
    return clients.findAll(ids).stream().map(factory::client).toList();
  }

  /** The self-employment options: one per row of the market-demand catalogue. */
  public List<SearchDocument> selfEmployment() {
    return catalogue.marketDemand().stream().map(factory::selfEmployment).toList();
  }

  /** The ids of intakes that started in the last {@code days} days, to take out of the index. */
  public Collection<UUID> startedIntakes(int days) {
    LocalDate today = today();
    return intakes.startedBetween(today.minusDays(days), today);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static OccupationTerms terms(Occupation o) {
    List<String> english = Stream.concat(Stream.of(o.nameEn()), o.synonymsEn().stream()).toList();
    List<String> khmer = Stream.concat(Stream.of(o.nameKm()), o.synonymsKm().stream()).toList();
    return new OccupationTerms(o.code(), english, khmer);
  }

  /** Streams opened one after the other as the previous one ends, each closed when done. */
  private static final class Concatenation implements Iterator<SearchDocument> {
    private final Iterator<Supplier<Stream<SearchDocument>>> parts;
    private final BooleanSupplier cancelled;
    private Stream<SearchDocument> stream;
    private Iterator<SearchDocument> current = java.util.Collections.emptyIterator();

    Concatenation(List<Supplier<Stream<SearchDocument>>> parts, BooleanSupplier cancelled) {
      this.parts = parts.iterator();
      this.cancelled = cancelled;
    }

    @Override
    public boolean hasNext() {
      if (cancelled.getAsBoolean()) {
        close();
        throw new IllegalStateException("reading the documents was cancelled");
      }
      while (!current.hasNext()) {
        close();
        if (!parts.hasNext()) {
          return false;
        }
        stream = parts.next().get();
        current = stream.iterator();
      }
      return true;
    }

    @Override
    public SearchDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    void close() {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }
}
