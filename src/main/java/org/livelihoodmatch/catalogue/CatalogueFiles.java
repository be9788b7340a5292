package org.livelihoodmatch.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the catalogue CSV files are read from: a directory when {@code livelihood.catalogue-dir} is
 * set (so an administrator can correct a figure without a new build), otherwise the copies packaged
 * in the application.
 */
interface CatalogueFiles {

  InputStream open(String fileName) throws IOException;

  static CatalogueFiles directory(Path dir) {
    return name -> {
      Path file = dir.resolve(name);
      if (!Files.exists(file)) {
        throw new CatalogueException(name, 0, "missing from " + dir.toAbsolutePath());
      }
      return Files.newInputStream(file);
    };
  }

  static CatalogueFiles packaged() {
    return name -> {
      InputStream in = CatalogueFiles.class.getResourceAsStream("/catalogues/" + name);
      if (in == null) {
        throw new CatalogueException(name, 0, "not packaged in the application");
      }
      return in;
    };
  }
}
