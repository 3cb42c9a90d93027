import { BlockList, isIP } from "node:net";
import type { IncomingMessage } from "node:http";

// Forwarded headers (X-Forwarded-For, -Host, -Proto, -Port, X-Real-IP) are claims. Only a proxy the operator
// named in TRUSTED_PROXIES may make them (decision 025); from anyone else they are dropped at the socket, before
// Next or the app reads them. Next itself only fills X-Forwarded-* when they are absent, so without this a
// client could set its own IP (the login throttle, the audit trail) and its own host (the cross-site check).

const FORWARDED_CLAIMS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

export type TrustedProxies = { list: BlockList; empty: boolean };

/** Parses "127.0.0.1, 10.0.0.0/8, ::1" (IPs or CIDR ranges, comma-separated); null when an entry is not one. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | null {
  const list = new BlockList();
  const entries = (value ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/");
    const family = isIP(address);
    if (!family || extra !== undefined) return null;
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d{1,3}$/.test(bits) || prefix > (family === 6 ? 128 : 32)) return null;
    list.addSubnet(address, prefix, type);
  }
  return { list, empty: entries.length === 0 };
}

const unmapped = (ip: string) => (ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip);

export function isTrustedProxy(ip: string | undefined, trusted: TrustedProxies): boolean {
  if (!ip || trusted.empty) return false;
  const address = unmapped(ip);
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address from an X-Forwarded-For whose last entry is the socket's peer (see `stampForwarded`):
 * walking from the right, every trusted proxy is skipped and the first other address is the client.
 */
export function clientIpFrom(forwardedFor: string | null, trusted: TrustedProxies): string | null {
  const hops = (forwardedFor ?? "").split(",").map((h) => unmapped(h.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (i === 0 || !isTrustedProxy(hops[i], trusted)) return isIP(hops[i]) ? hops[i] : null;
  }
  return null;
}

/**
 * Rewrites an incoming request's forwarded headers by who sent it: from a trusted proxy its claims stay and its
 * own address is appended to X-Forwarded-For; from anyone else every claim is removed and X-Forwarded-For is the
 * socket's peer alone.
 */
export function stampForwarded(request: IncomingMessage, trusted: TrustedProxies) {
  const peer = request.socket?.remoteAddress;
  const headers = request.headers;
  if (peer && isTrustedProxy(peer, trusted)) {
    const claimed = headers["x-forwarded-for"];
    const chain = Array.isArray(claimed) ? claimed.join(", ") : claimed;
    headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
    return;
  }
  for (const name of FORWARDED_CLAIMS) delete headers[name];
  if (peer) headers["x-forwarded-for"] = peer;
}

const state = globalThis as unknown as { desaForwardedInstalled?: boolean };

/**
 * Installs `stampForwarded` in front of every HTTP server of this process (the one `next start` or `next dev`
 * created before loading instrumentation). Next gives app code no access to the socket, so this is the one place
 * that knows who is really on the other end.
 */
export async function installForwardedHeaders(trusted: TrustedProxies) {
  if (state.desaForwardedInstalled) return;
  state.desaForwardedInstalled = true;
  const http = await import("node:http");
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: InstanceType<typeof http.Server>, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampForwarded(args[0] as IncomingMessage, trusted);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
