package storyline.web;

import io.javalin.http.Context;
import java.util.Set;

/**
 * The address of the client behind a request, for what is counted per client (sign-in attempts). It
 * is the connection's own address, and {@code X-Forwarded-For} is read only when the connection
 * comes from a proxy the operator named in {@code STORYLINE_TRUSTED_PROXIES}: anyone can send the
 * header, so trusting it from anywhere would let a client be whoever it likes. (Javalin's {@code
 * ctx.ip()} trusts it from anywhere, so it is not used.) {@code X-Forwarded-Proto} likewise says
 * whether the client reached the site over https only when a trusted proxy sends it.
 */
public final class ClientAddress {
  private final Set<String> trustedProxies;

  public ClientAddress(Set<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  public String of(Context ctx) {
    String remote = ctx.req().getRemoteAddr();
    if (!trustedProxies.contains(remote)) {
      return remote;
    }
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return Text.truncate(Text.clean(hop), 60);
      }
    }
    return remote;
  }

  /**
   * Whether the client reached the site over https: the connection itself, or a trusted proxy that
   * says so. A proxy appends its hop to the list, so the last value is the nearest proxy's.
   */
  public boolean overHttps(Context ctx) {
    if (ctx.req().isSecure()) {
      return true;
    }
    String proto = ctx.header("X-Forwarded-Proto");
    if (proto == null || !trustedProxies.contains(ctx.req().getRemoteAddr())) {
      return false;
    }
    String[] hops = proto.split(",");
    return hops[hops.length - 1].strip().equalsIgnoreCase("https");
  }
}
