package org.livelihoodmatch.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API request body over {@value #LIMIT_TEXT}: a declared length above it is answered {@code 413}
 * before a byte is read, and a body without a length (chunked) is cut off where it passes the
 * limit. Without it, a handful of huge bodies ran the service out of memory. The public form has
 * its own limit ({@code server.tomcat.max-http-form-post-size}). A module may allow one path of its
 * own a larger body ({@link ApiBodyAllowance}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ApiBodyLimit extends OncePerRequestFilter {

  static final String LIMIT_TEXT = "2 MB";
  static final long LIMIT = DataSize.ofMegabytes(2).toBytes();

  private final java.util.Map<String, DataSize> allowances = new java.util.HashMap<>();

  ApiBodyLimit(org.springframework.beans.factory.ObjectProvider<ApiBodyAllowance> allowances) {
    allowances.forEach(a -> this.allowances.put(a.path(), a.limit()));
  }

  /** The limit of this request's path, in bytes. */
  private long limit(HttpServletRequest request) {
    DataSize allowed =
        allowances.get(request.getRequestURI().substring(request.getContextPath().length()));
    return allowed == null ? LIMIT : allowed.toBytes();
  }

  private static String text(long limit) {
    return limit % DataSize.ofMegabytes(1).toBytes() == 0
        ? (limit / DataSize.ofMegabytes(1).toBytes()) + " MB"
        : limit + " bytes";
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    long limit = limit(request);
    if (declared > limit) {
      refuse(response, text(limit));
      return;
    }
    try {
      chain.doFilter(declared >= 0 ? request : new Bounded(request, limit), response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!tooLarge(e)) {
        throw e;
      }
      if (!response.isCommitted()) {
        response.reset();
        refuse(response, text(limit));
      }
    }
  }

  static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge) {
        return true;
      }
    }
    return false;
  }

  static void refuse(HttpServletResponse response, String limit) throws IOException {
    response.setHeader("Connection", "close");
    ProblemJson.write(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "Request body too large",
        "The API takes request bodies of at most " + limit + " on this path.");
  }

  /** Thrown while reading a body that passes the limit. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge(long limit) {
      super("request body over " + text(limit));
    }
  }

  /** A request whose body stream fails once more than the limit has been read. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private ServletInputStream stream;
    private final long limit;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
