package org.livelihoodmatch.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what, in one place: the JSON API takes HTTP Basic or the browser session and answers
 * {@code 401}/{@code 403} as problem details; pages use form login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String STAFF_READERS = "OFFICER,PLANNER,ADMIN";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  CachedSignIns cachedSignIns(
      StaffDirectory staff, PasswordEncoder passwordEncoder, java.time.Clock clock) {
    org.springframework.security.authentication.dao.DaoAuthenticationProvider passwords =
        new org.springframework.security.authentication.dao.DaoAuthenticationProvider(staff);
    passwords.setPasswordEncoder(passwordEncoder);
    return new CachedSignIns(passwords, clock);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
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
                    .requestMatchers("/api/v1/admin/**", "/api/v1/users/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/api/v1/organisations")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.PATCH, "/api/v1/organisations/**")
                    .hasAnyRole("ADMIN", "OFFICER")
                    .requestMatchers("/api/v1/organisations/**")
                    .hasAnyRole("ADMIN", "OFFICER", "PLANNER")
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
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(ProblemResponses.unauthorized())
                    .accessDeniedHandler(ProblemResponses.forbidden()))
        .csrf(csrf -> csrf.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/",
                        "/login",
                        "/error",
                        "/vacancies/new",
                        "/vacancies/new/expired",
                        "/vacancies/submitted/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/employer/**")
                    .hasRole("EMPLOYER")
                    .requestMatchers("/vacancies/review/**")
                    .hasRole("OFFICER")
                    .requestMatchers("/plans/**")
                    .hasRole("PLANNER")
                    .requestMatchers("/search/**", "/clients/**", "/caseload", "/placements/**")
                    .hasAnyRole("OFFICER", "PLANNER")
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(signInFailure())
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .exceptionHandling(
            ex ->
                ex.accessDeniedHandler(
                    new RequestMatcherDelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(
                            Map.of(
                                PathPatternRequestMatcher.pathPattern(
                                    HttpMethod.POST, "/vacancies/new"),
                                formBackAfterStaleCsrf("/vacancies/new/expired"))),
                        new AccessDeniedHandlerImpl())));
    return http.build();
  }

  /** A wrong password goes back to the form; a database that cannot be reached says so. */
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
