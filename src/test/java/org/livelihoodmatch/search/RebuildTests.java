package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.livelihoodmatch.search.SearchFixtures.ids;
import static org.livelihoodmatch.search.SearchFixtures.index;
import static org.livelihoodmatch.search.SearchFixtures.vacancy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildTests {

  @TempDir Path directory;
  SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchFixtures.openIndex(directory);
    index(
        index, vacancy("old-1", "Hairdresser", null, null), vacancy("old-2", "Baker", null, null));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> find(String q) {
    return ids(index.search(SearchQuery.text(q)));
  }

  private static Stream<SearchDocument> newVacancies(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> vacancy("new-" + i, "Tailor " + i, "Sewing work", "tailor"));
  }

  /** The documents of {@code stream}, running {@code action} just before the one at {@code at}. */
  private static Iterator<SearchDocument> runningAt(
      Stream<SearchDocument> stream, int at, Runnable action) {
    Iterator<SearchDocument> documents = stream.iterator();
    return new Iterator<>() {
      int served;

      @Override
      public boolean hasNext() {
        return documents.hasNext();
      }

      @Override
      public SearchDocument next() {
        if (served++ == at) {
          action.run();
        }
        return documents.next();
      }
    };
  }

  @Test
  void searchesAnswerFromTheOldIndexDuringARebuildThenFromTheNewOne() throws IOException {
    Path before = generationInUse();
    List<List<String>> seenDuringRebuild = new ArrayList<>();
    IndexStatus status =
        index.rebuild(
            runningAt(
                newVacancies(500),
                250,
                () -> {
                  seenDuringRebuild.add(find("hairdresser"));
                  seenDuringRebuild.add(find("tailor"));
                }));

    assertThat(seenDuringRebuild).containsExactly(List.of("old-1"), List.of());
    assertThat(status.count(SearchType.VACANCY)).isEqualTo(500);
    assertThat(find("hairdresser")).isEmpty();
    assertThat(index.search(SearchQuery.text("tailor")).total()).isEqualTo(500);
    assertThat(index.count(SearchType.VACANCY)).isEqualTo(500);
    assertThat(generationInUse()).isNotEqualTo(before);
    assertThat(before).doesNotExist();
  }

  @Test
  void changesMadeDuringARebuildAreKeptAfterTheSwap() {
    index.rebuild(
        runningAt(
            newVacancies(100),
            50,
            () -> {
              index.upsert(List.of(vacancy("during", "Motorcycle mechanic", null, null)));
              index.delete(SearchType.VACANCY, "new-99"); // not yet in the new index
            }));
    index.refresh();
    assertThat(find("mechanic")).containsExactly("during");
    // the delete was replayed after the rebuild had added new-99
    assertThat(find("tailor 99")).doesNotContain("new-99");
    assertThat(index.count(SearchType.VACANCY)).isEqualTo(100);
  }

  @Test
  void aFailedRebuildLeavesTheOldIndexInUse() throws IOException {
    Path before = generationInUse();
    Iterator<SearchDocument> failing =
        runningAt(
            newVacancies(10),
            5,
            () -> {
              throw new IllegalStateException("database went away");
            });
    assertThatThrownBy(() -> index.rebuild(failing)).hasMessage("database went away");
    assertThat(generationInUse()).isEqualTo(before);
    assertThat(find("hairdresser")).containsExactly("old-1");
    try (Stream<Path> children = Files.list(directory)) {
      assertThat(children.filter(Files::isDirectory)).containsExactly(before);
    }
    // and a later rebuild works
    index.rebuild(newVacancies(3));
    assertThat(index.count(SearchType.VACANCY)).isEqualTo(3);
  }

  @Test
  void onlyOneRebuildRunsAtATime() {
    List<Throwable> refused = new ArrayList<>();
    index.rebuild(
        runningAt(
            newVacancies(10),
            5,
            () -> {
              try {
                index.rebuild(newVacancies(1));
              } catch (IllegalStateException e) {
                refused.add(e);
              }
            }));
    assertThat(refused).hasSize(1);
    assertThat(index.count(SearchType.VACANCY)).isEqualTo(10);
  }

  @Test
  void aRebuiltIndexIsTheOneFoundAtTheNextStart() {
    index.rebuild(newVacancies(7));
    index.close();
    index = SearchFixtures.openIndex(directory);
    assertThat(index.startupStatus().count(SearchType.VACANCY)).isEqualTo(7);
    assertThat(index.needsRebuild(Map.of(SearchType.VACANCY, 7L))).isFalse();
    assertThat(index.search(SearchQuery.text("tailor")).total()).isEqualTo(7);
  }

  @Test
  void anIndexLeftWithoutACleanShutdownNeedsRebuilding(@TempDir Path copy) throws IOException {
    index.commit(); // what the background thread does every few seconds
    copyIndex(directory, copy); // as a crash would leave it: committed, never closed
    try (SearchIndex crashed = SearchFixtures.openIndex(copy)) {
      assertThat(crashed.startupStatus().cleanShutdown()).isFalse();
      assertThat(crashed.startupStatus().count(SearchType.VACANCY)).isEqualTo(2);
      assertThat(crashed.needsRebuild(Map.of(SearchType.VACANCY, 2L))).isTrue();
    }
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsSetAside(@TempDir Path old) throws IOException {
    Path generation = Files.createDirectory(old.resolve("index-1"));
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(generation), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new TextField("title", "from an older version", Field.Store.YES));
      writer.addDocument(doc);
      writer.setLiveCommitData(Map.of("schemaVersion", "0", "cleanShutdown", "true").entrySet());
      writer.commit();
    }
    Files.writeString(old.resolve("current"), "index-1");

    try (SearchIndex opened = SearchFixtures.openIndex(old)) {
      assertThat(opened.startupStatus().present()).isTrue();
      assertThat(opened.startupStatus().schemaVersion()).isZero();
      assertThat(opened.needsRebuild(Map.of())).isTrue();
      assertThat(opened.search(SearchQuery.text("")).total()).isZero();
      assertThat(generation).doesNotExist();
    }
  }

  private Path generationInUse() throws IOException {
    return directory.resolve(Files.readString(directory.resolve(IndexLocation.POINTER)).strip());
  }

  private static void copyIndex(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (!file.getFileName().toString().endsWith(".lock")) {
          Files.copy(file, target);
        }
      }
    }
  }
}
