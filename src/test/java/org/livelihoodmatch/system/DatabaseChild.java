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

  public static void main(String[] args) throws Exception {
    EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
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
}
