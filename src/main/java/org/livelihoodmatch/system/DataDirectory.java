package org.livelihoodmatch.system;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the service keeps what it owns on disk: the embedded database and the search index. Set
 * with {@code livelihood.data-dir} (environment {@code LIVELIHOOD_DATA_DIR}), default {@code
 * ./data}.
 */
@Component
public class DataDirectory {

  private final Path path;

  DataDirectory(@Value("${livelihood.data-dir:./data}") String path) {
    this.path = Path.of(path).toAbsolutePath().normalize();
  }

  public Path path() {
    return path;
  }
}
