package org.livelihoodmatch.benchmarks.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used so far by a process and all its descendants (the service's JVM and the embedded
 * PostgreSQL it started), read from Linux's {@code /proc}; zero where there is no {@code /proc}.
 * On a shared 2-core machine it tells how much work one form post costs, whatever else runs.
 */
final class ProcessCpu {

  private static final long TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  /**
   * Milliseconds of CPU of {@code root} alone and of its descendants plus the PostgreSQL server of
   * {@code dataDir} and its backends (the embedded PostgreSQL detaches from the JVM).
   */
  static long[] millis(long root, String dataDir) {
    Map<Long, long[]> all = new HashMap<>();
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      entries
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .forEach(
              p -> {
                try {
                  String stat = Files.readString(p.resolve("stat"));
                  String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                  long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                  all.put(Long.valueOf(p.getFileName().toString()),
                      new long[] {Long.parseLong(f[1]), ticks});
                } catch (IOException | RuntimeException e) {
                  // the process ended meanwhile
                }
              });
    } catch (IOException e) {
      return new long[] {0, 0};
    }
    long own = all.containsKey(root) ? all.get(root)[1] : 0;
    long descendants = 0;
    for (Map.Entry<Long, long[]> e : all.entrySet()) {
      if (e.getKey() != root
          && (descends(e.getKey(), root, all) || namedOrChildOf(e.getKey(), dataDir, all))) {
        descendants += e.getValue()[1];
      }
    }
    return new long[] {own * 1000 / TICKS_PER_SECOND, descendants * 1000 / TICKS_PER_SECOND};
  }

  /** The PostgreSQL server of this data directory ({@code postgres -D dir}) and its backends. */
  private static boolean namedOrChildOf(long pid, String dataDir, Map<Long, long[]> all) {
    if (dataDir == null || pid == ProcessHandle.current().pid()) {
      return false;
    }
    String server = "-D " + dataDir + " ";
    return commandLine(pid).contains(server) || commandLine(all.get(pid)[0]).contains(server);
  }

  private static String commandLine(long pid) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }

  private static boolean descends(long pid, long root, Map<Long, long[]> all) {
    long current = pid;
    for (int depth = 0; depth < 10 && all.containsKey(current); depth++) {
      long parent = all.get(current)[0];
      if (parent == root) {
        return true;
      }
      current = parent;
    }
    return false;
  }
}
