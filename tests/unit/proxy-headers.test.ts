import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest, type NextFetchEvent } from "next/server";
import { proxy } from "@/proxy";

// Auth.js's wrapper, reduced to what the proxy relies on: it hands the callback the request with its session
// (none here) and answers with the callback's response. The real one is exercised over HTTP by
// `npm run test:resilience`.
vi.mock("@/lib/platform/auth/config", () => ({
  auth:
    (callback: (request: unknown, event: unknown) => Response) =>
    (request: object, event: unknown) =>
      Promise.resolve(callback(Object.assign(request, { auth: null }), event)),
}));

// Calls the proxy as Next would and reads what it sends to the browser and forwards to the app.

function call(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Response> {
  const request = new NextRequest(`http://127.0.0.1:3800${path}`, { headers, method });
  return proxy(request, { waitUntil: () => {} } as unknown as NextFetchEvent);
}

function directives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? "").split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")] as const;
    }),
  );
}

/** The request headers the app will see: NextResponse.next({ request }) encodes them as x-middleware-request-*. */
function forwardedHeaders(response: Response): Map<string, string> {
  const names = (response.headers.get("x-middleware-override-headers") ?? "").split(",").filter(Boolean);
  return new Map(names.map((name) => [name, response.headers.get(`x-middleware-request-${name}`) ?? ""]));
}

afterEach(() => vi.unstubAllEnvs());

describe("proxy security headers", () => {
  it("gives signed-in pages a strict CSP with a fresh nonce per request", async () => {
    const first = await call("/masuk/kode");
    const second = await call("/masuk/kode");
    const csp = directives(first.headers.get("Content-Security-Policy"));
    const nonce = /'nonce-([^']+)'/.exec(csp.get("script-src") ?? "")?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(csp.get("script-src")).toContain("'strict-dynamic'");
    expect(csp.get("script-src")).not.toContain("unsafe-inline");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(second.headers.get("Content-Security-Policy")).not.toContain(nonce);

    // Next stamps its own scripts with the nonce it reads from the forwarded request CSP.
    const forwarded = forwardedHeaders(first);
    expect(forwarded.get("x-nonce")).toBe(nonce);
    expect(forwarded.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
  });

  it("gives public pages a policy that allows no script at all and blocks objects, framing and foreign forms", async () => {
    for (const path of ["/id", "/id/panduan/m-paspor", "/en", "/"]) {
      const csp = directives((await call(path)).headers.get("Content-Security-Policy"));
      expect(csp.get("script-src")).toBe("'none'");
      expect(csp.get("object-src")).toBe("'none'");
      expect(csp.get("frame-ancestors")).toBe("'none'");
      expect(csp.get("form-action")).toBe("'self'");
    }
    expect((await call("/identitas")).headers.get("Content-Security-Policy")).toContain("'nonce-");
  });

  it("sets the security headers, with HSTS only in production", async () => {
    const response = await call("/masuk");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("X-Frame-Options")).toBe("DENY");
    expect(response.headers.get("Permissions-Policy")).toContain("camera=()");
    expect(response.headers.get("Strict-Transport-Security")).toBeNull();

    vi.stubEnv("NODE_ENV", "production");
    expect((await call("/masuk")).headers.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8,}/);
    expect((await call("/masuk")).headers.get("Content-Security-Policy")).not.toContain("unsafe-eval");
  });

  it("upgrades insecure requests only when the app is served over https", async () => {
    expect((await call("/masuk")).headers.get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
    vi.stubEnv("APP_URL", "https://desabinaan.example.go.id");
    expect((await call("/masuk")).headers.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
  });

  it("strips internal proxy-bypass headers a client sends and keeps the ordinary ones", async () => {
    const response = await call("/masuk/sandi-baru", {
      "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
      "x-invoke-path": "/admin",
      "x-matched-path": "/admin",
      "x-nonce": "attacker-chosen",
      "accept-language": "id",
    });
    const forwarded = forwardedHeaders(response);
    expect(forwarded.has("x-middleware-subrequest")).toBe(false);
    expect(forwarded.has("x-invoke-path")).toBe(false);
    expect(forwarded.has("x-matched-path")).toBe(false);
    expect(forwarded.get("x-nonce")).not.toBe("attacker-chosen");
    expect(forwarded.get("accept-language")).toBe("id");
  });
});

describe("proxy cross-site write refusal", () => {
  const action = { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" };

  it("refuses server action posts from a foreign origin, a null origin or a cross-site fetch", async () => {
    const attempts: Record<string, string>[] = [
      { origin: "https://evil.example", host: "127.0.0.1:3800" },
      { origin: "null", host: "127.0.0.1:3800" },
      { origin: "http://127.0.0.1:3800.evil.example", host: "127.0.0.1:3800" },
      { "sec-fetch-site": "cross-site", host: "127.0.0.1:3800" },
      { origin: "not a url", host: "127.0.0.1:3800" },
    ];
    for (const headers of attempts) {
      const response = await call("/desa/cpmi/baru", { ...action, ...headers }, "POST");
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get("x-middleware-next")).toBeNull();
    }
  });

  it("lets same-origin posts, origin-less posts and reads through", async () => {
    expect((await call("/masuk", { ...action, origin: "http://127.0.0.1:3800", host: "127.0.0.1:3800" }, "POST")).status).toBe(200);
    expect((await call("/masuk", { ...action, host: "127.0.0.1:3800" }, "POST")).status).toBe(200);
    expect((await call("/masuk", { origin: "https://evil.example", host: "127.0.0.1:3800" })).status).toBe(200);
    // Behind a reverse proxy the public host arrives as x-forwarded-host.
    expect(
      (await call("/masuk", { origin: "https://desabinaan.example.go.id", host: "10.0.0.5:3000", "x-forwarded-host": "desabinaan.example.go.id" }, "POST")).status,
    ).toBe(200);
  });
});

describe("proxy body size limit", () => {
  it("refuses a post declaring more than 1 MB with 413 and lets smaller ones through", async () => {
    const big = await call("/desa/cpmi/baru", { "content-length": String(1024 * 1024 + 1), "next-action": "7f00" }, "POST");
    expect(big.status).toBe(413);
    expect(big.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect((await call("/masuk", { "content-length": "5000" }, "POST")).status).toBe(200);
  });
});

describe("proxy shape pre-checks (never the authorization boundary)", () => {
  it("answers 400 for a control character anywhere in the path or query, and for a path that does not decode", async () => {
    for (const path of ["/id/desa-binaan?q=a%00b", "/id/panduan/%00", "/kanim/desa?q=%0a", "/admin/log-audit?actor=%7F", "/x%1fy", "/id/%C0%AF", "/id/panduan/%E0%A4%A", "/id/%"]) {
      expect((await call(path)).status, path).toBe(400);
    }
    expect((await call("/id/desa-binaan?q=Gendang%20Timburu")).status).toBe(200);
    expect((await call("/id/desa-binaan?q=%25_%5C")).status).toBe(200);
    expect((await call("/id/panduan/%E2%80%AE")).status).toBe(200);
  });

  it("answers 411 for a post without a declared length (chunked)", async () => {
    expect((await call("/desa/cpmi/baru", { "transfer-encoding": "chunked", "content-type": "multipart/form-data; boundary=x" }, "POST")).status).toBe(411);
    expect((await call("/desa/cpmi/baru", { "content-length": "10", "content-type": "multipart/form-data; boundary=x" }, "POST")).status).toBe(200);
  });

  it("answers 400 for a malformed server action envelope before Next decodes it", async () => {
    const length = { "content-length": "2" };
    for (const headers of [
      { "next-action": "not hex!", "content-type": "text/plain;charset=UTF-8" },
      { "next-action": "7f00", "content-type": "application/json" },
      { "next-action": "7f00", "content-type": "multipart/form-data" },
      { "next-action": "7f00" },
    ] as Record<string, string>[]) {
      expect((await call("/masuk", { ...length, ...headers }, "POST")).status, JSON.stringify(headers)).toBe(400);
    }
    expect((await call("/masuk", { ...length, "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" }, "POST")).status).toBe(200);
    expect((await call("/masuk", { ...length, "next-action": "7f00", "content-type": "multipart/form-data; boundary=----x" }, "POST")).status).toBe(200);
  });
});

describe("proxy in the signed-in areas", () => {
  it("sends a visitor without a session to the login page, with the security headers", async () => {
    for (const path of ["/desa", "/kanim/kegiatan", "/admin/akun", "/akun"]) {
      const response = await call(path);
      expect(response.status, path).toBe(307);
      expect(new URL(response.headers.get("location")!).pathname).toBe("/masuk");
      expect(response.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
      expect(response.headers.get("X-Frame-Options")).toBe("DENY");
    }
  });
});
