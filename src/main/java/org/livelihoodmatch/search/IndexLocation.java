package org.livelihoodmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of the index directory: one sub-directory per index generation ({@code index-1},
 * {@code index-2}, ...) and a small file {@code current} naming the generation in use. A rebuild
 * writes a new generation beside the old one and then replaces {@code current} with an atomic
 * rename, so a crash at any moment leaves either the old or the new generation in use, never a
 * half-built one.
 */
final class IndexLocation {

  static final String POINTER = "current";
  private static final String PREFIX = "index-";

  private final Path root;

  IndexLocation(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  Path root() {
    return root;
  }

  /** The generation named by {@code current}, when both exist. */
  Optional<Path> current() throws IOException {
    Path pointer = root.resolve(POINTER);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    Path generation = root.resolve(name);
    return name.startsWith(PREFIX) && Files.isDirectory(generation)
        ? Optional.of(generation)
        : Optional.empty();
  }

  /** Creates the directory of a new generation, numbered after every existing one. */
  Path newGeneration() throws IOException {
    long next = 1;
    try (Stream<Path> children = Files.list(root)) {
      next +=
          children
              .map(path -> path.getFileName().toString())
              .filter(name -> name.matches(PREFIX + "\\d+"))
              .mapToLong(name -> Long.parseLong(name.substring(PREFIX.length())))
              .max()
              .orElse(0);
    }
    return Files.createDirectory(root.resolve(PREFIX + next));
  }

  /** Points {@code current} at {@code generation} atomically. */
  void makeCurrent(Path generation) throws IOException {
    Path temporary = root.resolve(POINTER + ".tmp");
    Files.writeString(temporary, generation.getFileName().toString(), StandardCharsets.UTF_8);
    Files.move(
        temporary,
        root.resolve(POINTER),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Deletes every generation but {@code keep} (left-overs of replaced or failed builds). */
  void removeAllBut(Path keep) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.toList()) {
        if (child.getFileName().toString().startsWith(PREFIX) && !child.equals(keep)) {
          deleteRecursively(child);
        }
      }
    }
  }

  static void deleteRecursively(Path directory) {
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure)
                throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }
}
