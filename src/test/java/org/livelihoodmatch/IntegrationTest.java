package org.livelihoodmatch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the embedded PostgreSQL, one context (and one database) shared by every
 * integration test class of a run. Tests create their own organisations and users with unique
 * names, so they never depend on each other's data. The server listens on a random port, so browser
 * tests ({@link Browser}) share the same context and database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "livelihood.data-dir=target/test-data",
      "LIVELIHOOD_ADMIN_PASSWORD=kampot pepper farm at dusk"
    })
@AutoConfigureMockMvc
public @interface IntegrationTest {}
