package org.livelihoodmatch.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may call what, in one place: the JSON API takes HTTP Basic or the browser session and answers
 * {@code 401}/{@code 403} as problem details; pages use form login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String STAFF_READERS = "OFFICER,PLANNER,ADMIN";

  /** Who reads reports: NGO staff their own organisation's, reporters every organisation's. */
  private static final String[] REPORT_READERS = {"OFFICER", "PLANNER", "REPORTER"};

  /**
   * Every role but {@code REPORTER}, which reaches reports, the home page, the catalogue and its
   * own password only: whatever is not named above is closed to it.
   */
  private static final String[] ALL_BUT_REPORTER = {"OFFICER", "PLANNER", "EMPLOYER", "ADMIN"};

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * Sign-ins: remembered for a while ({@link CachedSignIns}), otherwise checked against the hash
   * behind the lockout and the audit ({@link GuardedSignIns}).
   */
  @Bean
  CachedSignIns cachedSignIns(
      StaffDirectory staff,
      PasswordEncoder passwordEncoder,
      java.time.Clock clock,
      SignInAttempts attempts,
      StaffAccounts accounts,
      AuditTrail audit,
      org.springframework.jdbc.core.JdbcTemplate jdbc) {
    org.springframework.security.authentication.dao.DaoAuthenticationProvider passwords =
        new org.springframework.security.authentication.dao.DaoAuthenticationProvider(staff);
    passwords.setPasswordEncoder(passwordEncoder);
    return new CachedSignIns(
        new GuardedSignIns(passwords, attempts, accounts, audit),
        clock,
        username ->
            Boolean.TRUE.equals(
                jdbc.queryForObject(
                    "select exists (select 1 from app_user u where u.username = ?"
                        + " and u.status = 'ACTIVE' and not exists (select 1 from sign_in_lock l"
                        + " where l.username = u.username and l.locked_until > now()))",
                    Boolean.class,
                    username)));
  }

  /** The browser sessions of each user, so that disabling an account ends them at once. */
  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  /** Tells the session registry when a session ends, so it does not keep it for ever. */
  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, SessionRegistry sessions, AuditTrail audit)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/catalogue/provinces",
                        "/api/v1/catalogue/occupations")
                    .permitAll()
                    .requestMatchers("/api/v1/catalogue/**")
                    .authenticated()
                    .requestMatchers(HttpMethod.PUT, "/api/v1/users/me/password")
                    .authenticated()
                    .requestMatchers(HttpMethod.POST, "/api/v1/users/*/approve")
                    .hasAnyRole("OFFICER", "PLANNER")
                    .requestMatchers(HttpMethod.POST, "/api/v1/users/*/disable")
                    .hasAnyRole("ADMIN", "PLANNER")
                    .requestMatchers(HttpMethod.GET, "/api/v1/users")
                    .hasAnyRole("ADMIN", "OFFICER", "PLANNER")
                    .requestMatchers("/api/v1/audit/**")
                    .hasAnyRole("ADMIN", "PLANNER")
                    .requestMatchers("/api/v1/admin/**", "/api/v1/users/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/api/v1/organisations")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.PATCH, "/api/v1/organisations/**")
                    .hasAnyRole("ADMIN", "OFFICER")
                    .requestMatchers("/api/v1/organisations/**")
                    .hasAnyRole("ADMIN", "OFFICER", "PLANNER")
                    .requestMatchers(HttpMethod.POST, "/api/v1/clients/*/referrals")
                    .hasRole("OFFICER")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/referrals/*/accept",
                        "/api/v1/referrals/*/decline")
                    .hasRole("OFFICER")
                    .requestMatchers("/api/v1/referrals/**")
                    .hasAnyRole("OFFICER", "PLANNER")
                    .requestMatchers("/api/v1/imports/**")
                    .hasRole("OFFICER")
                    .requestMatchers(
                        "/api/v1/clients/**", "/api/v1/search/**", "/api/v1/placements/**")
                    .hasAnyRole("OFFICER", "PLANNER")
                    .requestMatchers("/api/v1/plans/**")
                    .hasRole("PLANNER")
                    .requestMatchers("/api/v1/training-intakes/**")
                    .hasAnyRole(STAFF_READERS.split(","))
                    .requestMatchers(HttpMethod.POST, "/api/v1/vacancies")
                    .hasAnyRole("EMPLOYER", "OFFICER")
                    .requestMatchers(HttpMethod.PATCH, "/api/v1/vacancies/*/status")
                    .hasRole("OFFICER")
                    .requestMatchers("/api/v1/vacancies/**")
                    .hasAnyRole("EMPLOYER", "OFFICER", "PLANNER", "ADMIN")
                    .requestMatchers("/api/v1/reports/**")
                    .hasAnyRole(REPORT_READERS)
                    .anyRequest()
                    .hasAnyRole(ALL_BUT_REPORTER))
        .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
        .addFilterBefore(
            new ConcurrentSessionFilter(sessions, ProblemResponses.sessionEnded()),
            BasicAuthenticationFilter.class)
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(ProblemResponses.unauthorized())
                    .accessDeniedHandler(ProblemResponses.forbidden(audit)))
        .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::basicWithoutSession))
        .headers(SecurityConfiguration::pageHeaders);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, SessionRegistry sessions, AuditTrail audit)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/",
                        "/login",
                        "/error",
                        "/vacancies/new",
                        "/vacancies/new/expired",
                        "/vacancies/submitted/**",
                        "/invitations/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/fonts/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/sw.js",
                        "/manifest.webmanifest",
                        "/actuator/health/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/employer/**")
                    .hasRole("EMPLOYER")
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/vacancies/review/**")
                    .hasRole("OFFICER")
                    .requestMatchers("/plans/**")
                    .hasRole("PLANNER")
                    .requestMatchers("/audit/**")
                    .hasAnyRole("PLANNER", "ADMIN")
                    .requestMatchers(
                        HttpMethod.POST,
                        "/clients/import/**",
                        "/clients/*/referrals",
                        "/referrals/**")
                    .hasRole("OFFICER")
                    .requestMatchers(
                        "/search/**",
                        "/clients",
                        "/clients/**",
                        "/caseload",
                        "/placements/**",
                        "/referrals/**",
                        "/vacancies/*",
                        "/training-intakes/**",
                        "/self-employment/**")
                    .hasAnyRole("OFFICER", "PLANNER")
                    .requestMatchers("/reports/**")
                    .hasAnyRole(REPORT_READERS)
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .hasAnyRole(ALL_BUT_REPORTER))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(signInFailure())
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .headers(SecurityConfiguration::pageHeaders)
        .sessionManagement(
            session ->
                session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"))
        .exceptionHandling(
            ex ->
                ex.accessDeniedHandler(
                    new RequestMatcherDelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(
                            Map.of(
                                PathPatternRequestMatcher.pathPattern(
                                    HttpMethod.POST, "/vacancies/new"),
                                formBackAfterStaleCsrf("/vacancies/new/expired"))),
                        audited(new AccessDeniedHandlerImpl(), audit))));
    return http.build();
  }

  /**
   * Scripts and styles only from the service itself (pages serve everything from it, webjars
   * included); inline style attributes stay allowed for the budget bars' widths. No framing, no
   * plug-ins, forms posted only to the service; the referrer never leaves it.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  private static void pageHeaders(
      org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
          headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(
            referrer ->
                referrer.policy(
                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                        .ReferrerPolicy.SAME_ORIGIN));
  }

  /**
   * A script signing each call in with HTTP Basic needs no CSRF token: a browser cannot be made to
   * send that header across sites. A request that also carries a session does, whatever its headers
   * say: otherwise any Authorization header at all switched CSRF off for a browser session.
   */
  static boolean basicWithoutSession(jakarta.servlet.http.HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && request.getRequestedSessionId() == null;
  }

  /** A page refused to a signed-in user for their role is an audit event. */
  private static AccessDeniedHandler audited(AccessDeniedHandler handler, AuditTrail audit) {
    return (request, response, e) -> {
      ProblemResponses.recordDenied(request, audit);
      handler.handle(request, response, e);
    };
  }

  /**
   * A wrong password goes back to the form; a locked name says so; a database that cannot be
   * reached says so.
   */
  private static org.springframework.security.web.authentication.AuthenticationFailureHandler
      signInFailure() {
    var wrong =
        new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler(
            "/login?error");
    return (request, response, e) -> {
      if (e
              instanceof
              org.springframework.security.authentication.InternalAuthenticationServiceException
          && org.livelihoodmatch.system.DatabaseUnavailable.isCauseOf(e.getCause())) {
        response.sendRedirect(request.getContextPath() + "/login?unavailable");
      } else if (e instanceof SignInLocked) {
        response.sendRedirect(request.getContextPath() + "/login?locked");
      } else {
        wrong.onAuthenticationFailure(request, response, e);
      }
    };
  }

  /**
   * The public vacancy form posted with a missing or stale CSRF token (most often: the session
   * timed out while the employer typed) is still refused with {@code 403} and stores nothing, but
   * the page that says so is the form again with everything typed, so nothing is lost.
   */
  private static AccessDeniedHandler formBackAfterStaleCsrf(String formAgain) {
    AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
    return (request, response, e) -> {
      if (e instanceof CsrfException) {
        request.getRequestDispatcher(formAgain).forward(request, response);
      } else {
        otherwise.handle(request, response, e);
      }
    };
  }
}
