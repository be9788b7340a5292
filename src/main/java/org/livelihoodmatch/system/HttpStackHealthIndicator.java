package org.livelihoodmatch.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Liveness that goes through the HTTP stack itself: every few seconds the service asks itself for
 * {@code /actuator/health/liveness} over loopback. Once, Tomcat's acceptor and poller threads died
 * of an out-of-memory error while the process and its port stayed up and nothing was served; after
 * {@value #FAILURES_BEFORE_BROKEN} unanswered probes in a row the service is {@code BROKEN}
 * (liveness {@code DOWN}), so a supervisor restarts it.
 */
@Component
class HttpStackHealthIndicator implements HealthIndicator {

  static final int FAILURES_BEFORE_BROKEN = 3;
  private static final Logger log = LoggerFactory.getLogger(HttpStackHealthIndicator.class);

  private final ApplicationEventPublisher events;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ScheduledExecutorService probe;
  private volatile URI target;
  private volatile int failures;

  HttpStackHealthIndicator(ApplicationEventPublisher events) {
    this.events = events;
  }

  @EventListener
  void started(WebServerInitializedEvent event) {
    if (event.getWebServer().getPort() <= 0 || probe != null) {
      return;
    }
    target =
        URI.create(
            "http://127.0.0.1:" + event.getWebServer().getPort() + "/actuator/health/liveness");
    probe = org.livelihoodmatch.system.Daemons.scheduler("http-stack-probe");
    probe.scheduleWithFixedDelay(this::probeOnce, 10, 10, TimeUnit.SECONDS);
  }

  /** One request to itself; any answer at all means the stack serves. */
  void probeOnce() {
    try {
      client.send(
          HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      if (failures >= FAILURES_BEFORE_BROKEN) {
        log.warn("The HTTP stack answers again");
        AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
      }
      failures = 0;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return;
      }
      if (++failures == FAILURES_BEFORE_BROKEN) {
        log.error("The HTTP stack does not answer its own probe: the service is broken", e);
        AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
      }
    }
  }

  @Override
  public Health health() {
    return failures >= FAILURES_BEFORE_BROKEN ? Health.down().build() : Health.up().build();
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    if (probe != null) {
      probe.shutdownNow();
    }
  }
}
