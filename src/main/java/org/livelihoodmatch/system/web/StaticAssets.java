package org.livelihoodmatch.system.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts, images and fonts are downloaded once a year, not on every page: each link a page
 * makes ({@code @{/css/app.css}}) becomes {@code /css/app-<content hash>.css}, and a file served so
 * is cached for a year and never revalidated ({@code immutable}); a changed file has another hash,
 * so another name. On a 400 kbit/s link this is most of a page's weight on the second visit
 * (benchmarks/README.md, "Pages on a slow link"). Webjars carry their version in their path and are
 * cached the same way. Pages themselves stay {@code no-store}, as Spring Security writes it: it
 * writes its cache headers only where the response has none, so these are left as they are.
 *
 * <p>Registered before Spring Boot's own handlers (which then leave {@code /webjars/**} to this
 * one); everything else under {@code static/} is served by Boot's handler as before.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssets implements WebMvcConfigurer {

  /** The folders of {@code static/} whose files are linked by versioned names. */
  static final List<String> VERSIONED = List.of("css", "js", "img", "fonts");

  static final CacheControl FOR_A_YEAR =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (String folder : VERSIONED) {
      registry
          .addResourceHandler("/" + folder + "/**")
          .addResourceLocations("classpath:/static/" + folder + "/")
          .setCacheControl(FOR_A_YEAR)
          .resourceChain(true)
          .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .setCacheControl(FOR_A_YEAR)
        .resourceChain(true);
  }
}
