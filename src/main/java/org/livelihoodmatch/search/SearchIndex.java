package org.livelihoodmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.IOUtils;
import org.livelihoodmatch.search.analysis.Analyzers;
import org.livelihoodmatch.search.analysis.CatalogueSpelling;
import org.livelihoodmatch.search.analysis.OccupationCatalogue;

/**
 * The search index of the application (one per process): documents of vacancies, intakes,
 * self-employment options and clients, searched by text in English and Khmer with filters, facets
 * and distance. The index is derived from PostgreSQL: the application upserts what changed after
 * each commit and {@link #rebuild rebuilds} it when {@link #needsRebuild} says so at start-up.
 *
 * <p>It owns one {@code IndexWriter} and one {@code SearcherManager}; a background thread makes
 * changes visible every {@value #REFRESH_MILLIS} ms and commits every {@value #COMMIT_SECONDS} s
 * when something changed. All methods are thread-safe. Lucene's I/O errors surface as {@link
 * UncheckedIOException}; use after {@link #close()} as {@link IllegalStateException}.
 */
public final class SearchIndex implements AutoCloseable {

  /** Version of fields and analysis; an index of another version is not used and is rebuilt. */
  public static final int SCHEMA_VERSION = 3;

  static final long REFRESH_MILLIS = 100;
  static final long COMMIT_SECONDS = 5;
  static final double LIVE_RAM_MB = 32;
  static final double BULK_RAM_MB = 256;

  private final String configuration;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final Analyzer namesAnalyzer;
  private final DocumentMapper mapper;
  private final SearchExecution execution;
  private final Directory rootDirectory;
  private final Lock directoryLock;
  private final IndexStatus startupStatus;
  private final LiveIndex live;
  private final Rebuild rebuild;
  private final Maintenance maintenance;
  private volatile boolean closed;

  /** Opens the index under {@code directory}, creating an empty one when there is none. */
  public SearchIndex(Path directory, List<OccupationTerms> occupations) {
    this(directory, occupations, List.of());
  }

  /**
   * Opens the index under {@code directory}, creating an empty one when there is none or when it is
   * of another {@link #SCHEMA_VERSION} (its fields could conflict with this version's).
   *
   * @param occupations names and synonyms of the occupations, in English and Khmer
   * @param khmerWords further Khmer words to find inside Khmer compounds (e.g. province names)
   */
  public SearchIndex(
      Path directory, List<OccupationTerms> occupations, Collection<String> khmerWords) {
    OccupationCatalogue catalogue = new OccupationCatalogue(occupations, khmerWords);
    configuration = catalogue.fingerprint();
    indexAnalyzer = Analyzers.forIndexing(occupations, khmerWords);
    queryAnalyzer = Analyzers.forQueries(occupations);
    namesAnalyzer = Analyzers.plain();
    mapper = new DocumentMapper(catalogue);
    execution =
        new SearchExecution(
            new QueryFactory(
                queryAnalyzer,
                namesAnalyzer,
                catalogue.codes(),
                new CatalogueSpelling(occupations)),
            new Snippets(indexAnalyzer));
    Directory root = null;
    Lock lock = null;
    IndexGeneration generation = null;
    try {
      IndexLocation location = new IndexLocation(directory);
      root = FSDirectory.open(location.root());
      lock = root.obtainLock("search.lock"); // one SearchIndex per directory, in any process
      Path found = location.current().orElse(null);
      startupStatus = found == null ? IndexStatus.missing() : IndexGeneration.readStatus(found);
      boolean usable = startupStatus.present() && startupStatus.schemaVersion() == SCHEMA_VERSION;
      Path path = usable ? found : location.newGeneration();
      generation = IndexGeneration.open(path, indexAnalyzer, LIVE_RAM_MB);
      live = new LiveIndex(generation, configuration);
      live.commit(false); // from here on, a crash shows as cleanShutdown=false
      location.makeCurrent(path);
      location.removeAllBut(path);
      rebuild = new Rebuild(live, location, indexAnalyzer, mapper, () -> closed);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(
          generation, lock, root, indexAnalyzer, queryAnalyzer, namesAnalyzer);
      throw e instanceof IOException io
          ? new UncheckedIOException("cannot open the search index in " + directory, io)
          : (RuntimeException) e;
    }
    rootDirectory = root;
    directoryLock = lock;
    maintenance = new Maintenance(live);
  }

  /** Adds or replaces documents (by type and id); visible to searches within a second. */
  public void upsert(Collection<SearchDocument> documents) {
    ensureOpen();
    for (SearchDocument document : documents) {
      Document lucene = mapper.toLucene(document);
      live.change(
          writer ->
              writer.updateDocument(SearchFields.key(document.type(), document.id()), lucene));
    }
  }

  /** Removes the document of {@code type} and {@code id}, if there is one. */
  public void delete(SearchType type, String id) {
    ensureOpen();
    live.change(writer -> writer.deleteDocuments(SearchFields.key(type, id)));
  }

  /** Runs {@code query}: one page of hits, the total and the facet counts. */
  public SearchResult search(SearchQuery query) {
    ensureOpen();
    return live.withSearcher(searcher -> execution.run(searcher, query));
  }

  /**
   * The ids of the vacancies or intakes that fit {@code query} (the candidates of one client's
   * pathways), nearest first; without text, scores, facets or snippets, so it stays cheap.
   */
  public List<String> candidates(CandidateQuery query) {
    ensureOpen();
    return live.withSearcher(searcher -> CandidateSearch.run(searcher, query));
  }

  /** Documents of {@code type} visible to searches now (for CLIENT: of all organisations). */
  public long count(SearchType type) {
    ensureOpen();
    return io(() -> live.countByType().get(type));
  }

  /**
   * Builds a complete new index from {@code documents} in a new directory while searches keep being
   * answered from the old one, then swaps to it atomically and deletes the old one. Changes made
   * while it runs are applied to both, so none is lost. Only one rebuild runs at a time.
   *
   * @return the status committed with the new index (its counts are those of {@code documents})
   */
  public IndexStatus rebuild(Iterator<SearchDocument> documents) {
    ensureOpen();
    return rebuild.run(documents);
  }

  /** As {@link #rebuild(Iterator)}; the stream is consumed, not closed. */
  public IndexStatus rebuild(Stream<SearchDocument> documents) {
    return rebuild(documents.iterator());
  }

  /** What the last commit of the index found at opening said (missing when there was none). */
  public IndexStatus startupStatus() {
    return startupStatus;
  }

  /** The schema version of the index in use: {@link #SCHEMA_VERSION}, since others are not used. */
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Whether the index found at opening must be rebuilt: it was missing, of another schema version,
   * indexed with other occupation terms, not shut down cleanly, or its counts differ from {@code
   * expected} (the database's counts per type; a missing type counts as 0).
   */
  public boolean needsRebuild(Map<SearchType, Long> expected) {
    return startupStatus.needsRebuild(expected, configuration);
  }

  /** Makes every change so far visible to searches now, without waiting for the refresh. */
  public void refresh() {
    ensureOpen();
    io(
        () -> {
          live.refresh();
          return null;
        });
  }

  /** Commits to disk with the counts per type (the background thread does it every few s). */
  public IndexStatus commit() {
    ensureOpen();
    return io(() -> live.commit(false));
  }

  /** Stops the background thread, commits with {@code cleanShutdown = true}, releases all. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      maintenance.close();
      rebuild.awaitIdle();
      live.commit(true);
      live.current().close();
      directoryLock.close();
      rootDirectory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      indexAnalyzer.close();
      queryAnalyzer.close();
      namesAnalyzer.close();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the search index is closed");
    }
  }

  private interface IoSupplier<T> {
    T get() throws IOException;
  }

  private static <T> T io(IoSupplier<T> action) {
    try {
      return action.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
