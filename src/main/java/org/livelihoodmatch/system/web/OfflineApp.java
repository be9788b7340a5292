package org.livelihoodmatch.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import tools.jackson.databind.ObjectMapper;

/**
 * What makes the service an installable app that works where there is no signal (issue 11): the web
 * app manifest, in the page's language, and the service worker, served from the root so that its
 * scope is the whole service ({@code Service-Worker-Allowed: /}). The worker keeps the styles and
 * scripts, and each placement page an officer opened, so the visit form opens without signal;
 * visits saved there wait in the phone's queue ({@code js/visit-queue.js}) until it is back online.
 * Both are checked by the browser on every start, so neither is cached for long.
 */
@Controller
class OfflineApp {

  /**
   * What the worker keeps as soon as it is installed, linked by their versioned names: the styles
   * and scripts of the placement page and the Khmer font.
   */
  static final List<String> ASSETS =
      List.of(
          "/css/app.css",
          "/css/phone.css",
          "/css/placement.css",
          "/js/phone.js",
          "/js/language.js",
          "/js/visit-queue.js",
          "/js/offline-visits.js",
          "/img/icon-192.png",
          "/fonts/noto-sans-khmer-khmer-400-normal.woff2");

  private final ResourceUrlProvider urls;
  private final MessageSource messages;
  private final ObjectMapper json;
  private final String worker;

  OfflineApp(ResourceUrlProvider urls, MessageSource messages, ObjectMapper json)
      throws IOException {
    this.urls = urls;
    this.messages = messages;
    this.json = json;
    try (InputStream in = new ClassPathResource("offline/sw.js").getInputStream()) {
      this.worker = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @GetMapping(value = "/sw.js", produces = "text/javascript")
  ResponseEntity<String> serviceWorker() {
    // only what exists: one missing file would fail the worker's whole installation
    List<String> assets =
        ASSETS.stream().map(urls::getForLookupPath).filter(java.util.Objects::nonNull).toList();
    Map<String, String> offline =
        Map.of(
            "en", text("phone.offline.notKept", Locale.ENGLISH),
            "km", text("phone.offline.notKept", Locale.forLanguageTag("km")));
    String head =
        "// Made by OfflineApp: the versioned names of what is kept, and the offline text.\n"
            + "var ASSETS = "
            + json.writeValueAsString(assets)
            + ";\nvar VERSION = "
            + json.writeValueAsString(Integer.toHexString(String.join(",", assets).hashCode()))
            + ";\nvar OFFLINE_TEXT = "
            + json.writeValueAsString(offline)
            + ";\nimportScripts("
            + json.writeValueAsString(versioned("/js/visit-queue.js"))
            + ");\n";
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .header("Service-Worker-Allowed", "/")
        .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
        .body(head + worker);
  }

  @GetMapping(value = "/manifest.webmanifest", produces = "application/manifest+json")
  ResponseEntity<String> manifest(Locale locale) {
    Map<String, Object> manifest =
        Map.of(
            "name",
            text("app.name", locale),
            "short_name",
            text("phone.app.shortName", locale),
            "description",
            text("phone.app.description", locale),
            "lang",
            locale.getLanguage(),
            "start_url",
            "/caseload",
            "scope",
            "/",
            "display",
            "standalone",
            "background_color",
            "#ffffff",
            "theme_color",
            "#0b6e4f",
            "icons",
            List.of(
                Map.of(
                    "src", versioned("/img/icon-192.png"),
                    "sizes", "192x192",
                    "type", "image/png"),
                Map.of(
                    "src", versioned("/img/icon-512.png"),
                    "sizes", "512x512",
                    "type", "image/png")));
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .contentType(MediaType.parseMediaType("application/manifest+json;charset=UTF-8"))
        .body(json.writeValueAsString(manifest));
  }

  private String versioned(String path) {
    String url = urls.getForLookupPath(path);
    return url == null ? path : url;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
