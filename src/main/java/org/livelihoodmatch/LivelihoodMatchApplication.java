package org.livelihoodmatch;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Livelihood Match: placement matching whose options pay for a living. {@code --demo} adds the demo
 * organisations, users and synthetic data.
 */
@SpringBootApplication
public class LivelihoodMatchApplication {

  public static void main(String[] args) {
    haltWhenOutOfMemory();
    SpringApplication app = new SpringApplication(LivelihoodMatchApplication.class);
    if (Arrays.asList(args).contains("--demo")) {
      app.setAdditionalProfiles("demo");
    }
    app.run(args);
  }

  /**
   * A thread that dies of {@link OutOfMemoryError} (once, Tomcat's acceptor and poller) leaves a
   * process that listens and serves nothing. Better to stop, so that whatever supervises the
   * service starts it again: the same as {@code -XX:+ExitOnOutOfMemoryError}, which the README's
   * start commands pass, for a jar started without it.
   */
  static void haltWhenOutOfMemory() {
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (e instanceof OutOfMemoryError) {
            System.err.println("Out of memory in thread " + thread.getName() + ": stopping");
            Runtime.getRuntime().halt(3);
          }
          if (previous != null) {
            previous.uncaughtException(thread, e);
          } else {
            e.printStackTrace();
          }
        });
  }
}
