import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIpFrom, installForwardedHeaders, isTrustedProxy, parseTrustedProxies, stampForwarded } from "@/lib/platform/http/forwarded";
import { isCrossSiteWrite } from "@/lib/platform/security/headers";
import { env, resetEnvCache } from "@/lib/platform/env";

const none = parseTrustedProxies("")!;
const local = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1")!;

describe("TRUSTED_PROXIES", () => {
  it("parses IPs and CIDR ranges, and refuses anything else", () => {
    expect(parseTrustedProxies("")?.empty).toBe(true);
    expect(parseTrustedProxies("192.168.1.10, 10.0.0.0/8, fd00::/8")?.empty).toBe(false);
    for (const bad of ["localhost", "10.0.0.0/33", "10.0.0.1/8/1", "1.2.3", "*"]) expect(parseTrustedProxies(bad)).toBeNull();
  });

  it("is validated at start: a bad entry stops the app with a message naming the variable", () => {
    const before = process.env.TRUSTED_PROXIES;
    try {
      process.env.TRUSTED_PROXIES = "localhost";
      resetEnvCache();
      expect(() => env()).toThrow(/TRUSTED_PROXIES/);
      process.env.TRUSTED_PROXIES = "127.0.0.1, 10.0.0.0/8";
      resetEnvCache();
      expect(env().TRUSTED_PROXIES).toBe("127.0.0.1, 10.0.0.0/8");
    } finally {
      if (before === undefined) delete process.env.TRUSTED_PROXIES;
      else process.env.TRUSTED_PROXIES = before;
      resetEnvCache();
    }
  });

  it("trusts only the listed addresses, also written as IPv4-mapped IPv6", () => {
    expect(isTrustedProxy("10.2.3.4", local)).toBe(true);
    expect(isTrustedProxy("::ffff:127.0.0.1", local)).toBe(true);
    expect(isTrustedProxy("11.0.0.1", local)).toBe(false);
    expect(isTrustedProxy("127.0.0.1", none)).toBe(false);
  });

  it("takes the client from the right of X-Forwarded-For, skipping only trusted proxies", () => {
    // Without trusted proxies the last entry (the socket's peer, appended at the socket) is the client.
    expect(clientIpFrom("6.6.6.6, 203.0.113.9", none)).toBe("203.0.113.9");
    expect(clientIpFrom("6.6.6.6, 203.0.113.9, 10.0.0.5, 127.0.0.1", local)).toBe("203.0.113.9");
    expect(clientIpFrom("127.0.0.1", local)).toBe("127.0.0.1");
    expect(clientIpFrom("not-an-ip", none)).toBeNull();
    expect(clientIpFrom(null, none)).toBeNull();
  });
});

describe("forwarded headers at the socket (a real HTTP server)", () => {
  let server: http.Server;
  let base: string;
  const seen: http.IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    // The test connects from 127.0.0.1; 10.0.0.0/8 stands for a proxy that is not this client.
    await installForwardedHeaders(parseTrustedProxies("10.0.0.0/8")!);
    server = http.createServer((request, response) => {
      seen.push({ ...request.headers });
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("drops every forwarded claim of a client that is not a trusted proxy", async () => {
    await fetch(`${base}/masuk`, {
      headers: { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "6.6.6.6" },
    });
    const headers = seen.at(-1)!;
    expect(headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    expect(headers["x-real-ip"]).toBeUndefined();
    expect(clientIpFrom(String(headers["x-forwarded-for"]), none)).toBe("127.0.0.1");
    // The cross-site check then compares the Origin with the real Host: evil.example is refused.
    const asSeen = new Headers({ origin: "https://evil.example", host: String(headers.host) });
    expect(isCrossSiteWrite("POST", asSeen)).toBe(true);
  });

  it("keeps the claims of a trusted proxy and appends the proxy's own address", () => {
    const request = {
      socket: { remoteAddress: "10.0.0.5" },
      headers: { "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "desabinaan.example.go.id" },
    } as unknown as http.IncomingMessage;
    stampForwarded(request, local);
    expect(request.headers["x-forwarded-for"]).toBe("203.0.113.9, 10.0.0.5");
    expect(request.headers["x-forwarded-host"]).toBe("desabinaan.example.go.id");
    expect(clientIpFrom(String(request.headers["x-forwarded-for"]), local)).toBe("203.0.113.9");
  });
});
