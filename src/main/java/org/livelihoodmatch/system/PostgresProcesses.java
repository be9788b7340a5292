package org.livelihoodmatch.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating-system processes of the PostgreSQL server of one data directory. The server changes
 * into its data directory and every process it forks inherits that, so {@code /proc/<pid>/cwd}
 * names them all, even those a crash left without their parent. The postmaster's id is the first
 * line of {@code postmaster.pid}.
 */
final class PostgresProcesses {

  private static final Logger log = LoggerFactory.getLogger(PostgresProcesses.class);

  private final Path pgData;

  PostgresProcesses(Path pgData) {
    this.pgData = pgData;
  }

  /** The postmaster named by {@code postmaster.pid}, when that process is alive. */
  Optional<ProcessHandle> postmaster() {
    return named().filter(this::runsHere);
  }

  /**
   * The process {@code postmaster.pid} names, if it exists in any state: one that was just killed
   * may no longer show its working directory and yet, until it is reaped, make PostgreSQL refuse to
   * start ("another postmaster running").
   */
  private Optional<ProcessHandle> named() {
    Path pidFile = pgData.resolve("postmaster.pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty() || lines.get(0).isBlank()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Every live process working in this data directory: the postmaster and its children. */
  List<ProcessHandle> all() {
    return ProcessHandle.allProcesses().filter(this::runsHere).toList();
  }

  private boolean runsHere(ProcessHandle process) {
    try {
      Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
      return cwd.equals(pgData.toRealPath());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /**
   * Stops a server left running by a service that died without stopping it (its JVM killed): a
   * smart shutdown first (its clients are gone with that JVM), then, if it lingers, a kill. Callers
   * hold the data directory's lock, so no living service uses this server.
   */
  void stopLeftover(Duration patience) {
    Optional<ProcessHandle> leftover = postmaster();
    if (leftover.isEmpty() && all().isEmpty()) {
      awaitNone(Duration.ofSeconds(10));
      return;
    }
    log.warn(
        "A PostgreSQL server left running by an earlier run of the service uses {}: stopping it",
        pgData);
    leftover.ifPresent(ProcessHandle::destroy);
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline && !all().isEmpty()) {
      pause(100);
    }
    List<ProcessHandle> lingering = all();
    if (!lingering.isEmpty()) {
      log.warn("{} server processes did not stop in {}: killing them", lingering.size(), patience);
      lingering.forEach(ProcessHandle::destroyForcibly);
    }
    awaitNone(Duration.ofSeconds(10));
  }

  /**
   * Waits until no process works in the data directory any more and the postmaster it names is
   * gone, not merely dying.
   */
  void awaitNone(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline && (!all().isEmpty() || dyingPostmaster())) {
      pause(50);
    }
  }

  /** The named process exists but no longer works here: killed, not yet reaped. */
  private boolean dyingPostmaster() {
    return named().filter(p -> !runsHere(p)).map(this::unreadable).orElse(false);
  }

  private boolean unreadable(ProcessHandle process) {
    return !Files.exists(Path.of("/proc", Long.toString(process.pid()), "cwd"))
        || process.info().command().isEmpty();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
