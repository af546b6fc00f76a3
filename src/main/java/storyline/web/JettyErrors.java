package storyline.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives by itself, before a request reaches the site: a request line too long
 * (414), headers too large (431) or a request it cannot parse (400). They carry the same security
 * headers as every page, and never a stack trace or Jetty's version. Jetty closes the connection
 * after a request it could not parse; the answer says so, or a client that keeps connections open
 * sends its next request down the closed one and fails.
 */
public final class JettyErrors extends ErrorHandler {
  private final SecurityHeaders headers;

  public JettyErrors(SecurityHeaders headers) {
    this.headers = headers;
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    headers.putOn(response.getHeaders());
    response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    return super.handle(request, response, callback);
  }

  @Override
  public java.nio.ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers.putOn(fields);
    fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    return super.badMessageError(status, reason, fields);
  }
}
