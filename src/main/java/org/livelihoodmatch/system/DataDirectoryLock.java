package org.livelihoodmatch.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive operating-system lock on the data directory, held for the life of the service, so
 * two services never run one embedded database (which would corrupt it).
 */
final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirectoryLock acquire(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      Path lockFile = dataDir.resolve("livelihood.lock");
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new DataDirectoryInUseException(
            "The data directory "
                + dataDir
                + " is already used by another running Livelihood Match service. Stop that"
                + " service, or start this one with another LIVELIHOOD_DATA_DIR.");
      }
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not lock the data directory " + dataDir, e);
    }
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }

  /** Thrown when another service already holds the data directory. */
  static final class DataDirectoryInUseException extends IllegalStateException {
    DataDirectoryInUseException(String message) {
      super(message);
    }
  }
}
