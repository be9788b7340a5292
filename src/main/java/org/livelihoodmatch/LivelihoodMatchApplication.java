package org.livelihoodmatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Livelihood Match: placement matching whose options pay for a living. */
@SpringBootApplication
public class LivelihoodMatchApplication {

  public static void main(String[] args) {
    SpringApplication.run(LivelihoodMatchApplication.class, args);
  }
}
