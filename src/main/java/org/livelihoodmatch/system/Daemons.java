package org.livelihoodmatch.system;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The service's background threads (supervisors, heartbeats, feeds): one named daemon thread each,
 * so none of them keeps the JVM alive at shutdown and each is recognisable in a thread dump.
 */
public final class Daemons {

  private Daemons() {}

  /** A scheduler running on one daemon thread called {@code name}. */
  public static ScheduledExecutorService scheduler(String name) {
    return Executors.newSingleThreadScheduledExecutor(
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          return thread;
        });
  }
}
