package org.livelihoodmatch.system;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The errors Tomcat answers itself, before a request reaches the application (a URL or headers too
 * long, a request line it cannot parse), as RFC 9457 problem details like every other error of the
 * service, instead of Tomcat's branded HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ProblemErrorReports {

  @Bean
  TomcatContextCustomizer problemErrorReportValve() {
    return context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(Valve.class.getName());
      }
    };
  }

  /** Writes problem+json for an error response that has no body yet. */
  public static final class Valve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          org.springframework.http.HttpStatus known =
              org.springframework.http.HttpStatus.resolve(status);
          writer.write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + (known == null ? "Error" : known.getReasonPhrase())
                  + "\",\"status\":"
                  + status
                  + ",\"detail\":\"The request could not be read: its URL or headers may be"
                  + " too long, or malformed.\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the connection is gone: nothing to tell
      }
    }
  }
}
