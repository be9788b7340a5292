package org.livelihoodmatch.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A stand-in for the service in a process of its own, so a test can kill it with {@code kill -9}:
 * starts the embedded database of a data directory the way the service does, says {@code ready},
 * and with {@code burst} writes rows from four connections, printing {@code ack <n>} only after
 * each commit returned, as the service answers {@code 201} only after its commit.
 */
public final class DatabaseChild {

  private static volatile EmbeddedDatabase started;

  public static void main(String[] args) throws Exception {
    exitWithParent();
    EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
    started = database;
    DataSource source = database.directDataSource();
    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table if not exists burst (n bigint primary key, body text not null)");
    }
    System.out.println("ready " + database.port());
    System.out.flush();
    if (args.length < 2 || !args[1].equals("burst")) {
      Thread.currentThread().join();
    }
    AtomicLong next = new AtomicLong();
    for (int t = 0; t < 4; t++) {
      Thread writer =
          new Thread(
              () -> {
                try (Connection c = source.getConnection();
                    PreparedStatement insert =
                        c.prepareStatement("insert into burst (n, body) values (?, ?)")) {
                  c.setAutoCommit(true);
                  while (true) {
                    long n = next.incrementAndGet();
                    insert.setLong(1, n);
                    insert.setString(2, "acknowledged write " + n);
                    insert.executeUpdate();
                    synchronized (System.out) {
                      System.out.println("ack " + n);
                      System.out.flush();
                    }
                  }
                } catch (Exception e) {
                  System.err.println("writer stopped: " + e);
                }
              });
      writer.start();
    }
    Thread.currentThread().join();
  }

  /**
   * The test holds this process's standard input; when the test's JVM ends, however it ends, the
   * pipe closes and this process stops its database and itself, so an interrupted test run leaves
   * nothing running. (The tests' own kill -9 gives it no such chance, on purpose.)
   */
  private static void exitWithParent() {
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (System.in.read() >= 0) {
                  // nothing is sent; read until the pipe closes
                }
              } catch (java.io.IOException e) {
                // closed
              }
              try {
                if (started != null) {
                  started.close();
                }
              } catch (Exception e) {
                // stopping anyway
              }
              Runtime.getRuntime().halt(0);
            },
            "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }
}
