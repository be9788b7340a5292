package org.livelihoodmatch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One generation of the index: its directory, its only {@link IndexWriter} and the {@link
 * SearcherManager} of near-real-time searchers opened from that writer. Nothing is committed
 * implicitly: {@link #close()} discards what was not committed with {@link #commit}.
 */
final class IndexGeneration implements Closeable {

  final Path path;
  final IndexWriter writer;
  final SearcherManager searchers;
  private final Directory directory;

  private IndexGeneration(Path path, Directory directory, IndexWriter writer) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, new FacetedSearcher.Factory());
  }

  /** Opens (or creates) the generation at {@code path} with a RAM buffer of {@code ramMb}. */
  static IndexGeneration open(Path path, Analyzer analyzer, double ramMb) throws IOException {
    Directory directory = FSDirectory.open(path);
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(ramMb)
              .setCommitOnClose(false);
      return new IndexGeneration(path, directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The status recorded by the last commit at {@code path}, or missing when there is none. */
  static IndexStatus readStatus(Path path) {
    try (Directory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        return IndexStatus.missing();
      }
      return IndexStatus.fromCommitData(SegmentInfos.readLatestCommit(directory).getUserData());
    } catch (IOException | RuntimeException unreadable) {
      return IndexStatus.missing();
    }
  }

  /** Makes every change so far visible to searchers acquired from now on. */
  void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Documents per type in what is visible now (call {@link #refresh()} first for all). */
  Map<SearchType, Long> countByType() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<SearchType, Long> counts = new EnumMap<>(SearchType.class);
      for (SearchType type : SearchType.values()) {
        counts.put(
            type, (long) searcher.count(new TermQuery(new Term(SearchFields.TYPE, type.name()))));
      }
      return counts;
    } finally {
      searchers.release(searcher);
    }
  }

  /** Commits all changes with {@code status} as the commit's user data. */
  void commit(IndexStatus status) throws IOException {
    writer.setLiveCommitData(status.toCommitData().entrySet(), true);
    writer.commit();
  }

  /** Closes searchers, writer and directory, discarding uncommitted changes. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.rollback();
      } finally {
        directory.close();
      }
    }
  }
}
