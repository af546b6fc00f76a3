package storyline.web;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers GET and HEAD requests for pages the cache holds, current ones only, straight from Jetty,
 * before the servlet and routing layers: when a story breaks, nearly every request is one of these.
 * Anything else, and any page not held, goes on to Javalin, which renders and keeps it.
 */
public final class FastPath extends Handler.Wrapper {
  private final PageCache cache;
  private final SecurityHeaders security;

  public FastPath(PageCache cache, SecurityHeaders security) {
    this.cache = cache;
    this.security = security;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    boolean head = "HEAD".equals(method);
    if (!head && !"GET".equals(method)) {
      return super.handle(request, response, callback);
    }
    Kept entry = cache.current(Request.getPathInContext(request), request.getHttpURI().getQuery());
    if (entry == null) {
      return super.handle(request, response, callback);
    }
    HttpFields headers = request.getHeaders();
    Kept.Reply reply =
        Kept.reply(
            entry,
            head,
            headers.get(HttpHeader.ACCEPT_ENCODING),
            headers.get(HttpHeader.IF_NONE_MATCH),
            headers.get(HttpHeader.IF_MODIFIED_SINCE));
    response.setStatus(reply.status());
    HttpFields.Mutable out = response.getHeaders();
    if (reply.status() != 304) {
      security.putOn(out);
    }
    for (Map.Entry<String, String> header : reply.headers()) {
      out.put(header.getKey(), header.getValue());
    }
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
    return true;
  }
}
