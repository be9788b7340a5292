package org.livelihoodmatch.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded database's password: made at the first start from a strong random source and kept in
 * a file that only the service's own operating-system user may read, so nobody else on the machine
 * can sign in to the database that holds survivors' names.
 */
final class DatabasePassword {

  static final String FILE_NAME = "postgres-password";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private DatabasePassword() {}

  /** The password and whether it was made just now (the database does not know it yet). */
  record Secret(String value, boolean isNew) {}

  static Secret readOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        restrict(file);
        return new Secret(Files.readString(file).strip(), false);
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (FileAlreadyExistsException e) {
        return readOrCreate(dataDir);
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      }
      Files.writeString(file, password);
      return new Secret(password, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the database password in " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the directory's own protection is all there is.
    }
  }
}
