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
    SpringApplication app = new SpringApplication(LivelihoodMatchApplication.class);
    if (Arrays.asList(args).contains("--demo")) {
      app.setAdditionalProfiles("demo");
    }
    app.run(args);
  }
}
