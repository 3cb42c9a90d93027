import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { publicRoute } from "@/app/(public)/public-route";
import { publicNotFound } from "@/components/public/public-page";

// The GET handler every public page goes through: a whole document with no script, the right language and
// status, and errors that never leave a cached error page behind.

const request = (url: string) => new NextRequest(new URL(url, "http://127.0.0.1:3000"));
const context = (params: Record<string, string>) => ({ params: Promise.resolve(params as { locale: string }) });

const hello = publicRoute(
  async ({ locale, query }) => ({
    head: { locale, path: "/halo", title: "Halo", description: "Sapaan" },
    body: <main id="main">{`q=${String(query.q ?? "")}`}</main>,
  }),
  { cached: false },
);

function unavailableError() {
  return Object.assign(new Error("Can't reach database server"), { code: "P1001" });
}

describe("publicRoute", () => {
  it("writes a whole HTML document in the page's language, with its metadata and no script", async () => {
    const response = await hello(request("/en/halo?q=desa"), context({ locale: "en" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html.startsWith('<!DOCTYPE html><html lang="en"><head>')).toBe(true);
    expect(html).toContain("<title>Halo · ");
    expect(html).toContain('<meta property="og:title" content="Halo"/>');
    expect(html).toContain('<link rel="alternate" hrefLang="id-ID"');
    expect(html).toContain("<style>");
    expect(html).toContain("q=desa");
    expect(html).not.toMatch(/<script/i);
  });

  it("gives cached routes no query string: their copy is shared by every visitor", async () => {
    const cached = publicRoute(
      async ({ locale, query }) => ({
        head: { locale, path: "", title: "x", description: "y" },
        body: <p>{Object.keys(query).length}</p>,
      }),
      { cached: true },
    );
    expect(await (await cached(request("/id?q=1"), context({ locale: "id" }))).text()).toContain("<p>0</p>");
  });

  it("answers an unknown language and a missing record with the bilingual not-found page", async () => {
    const unknown = await hello(request("/xx/halo"), context({ locale: "xx" }));
    expect(unknown.status).toBe(404);
    const html = await unknown.text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("Halaman tidak ditemukan");
    expect(html).toContain("Page not found");

    const missing = publicRoute(async () => publicNotFound(), { cached: true });
    const response = await missing(request("/en/panduan/x"), context({ locale: "en" }));
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<html lang="en">[\s\S]*<h1[^>]*>Page not found<\/h1>/);
  });

  it("answers a database outage with a friendly 503 on uncached pages, and rethrows on cached ones", async () => {
    const failing = (cached: boolean) => publicRoute(async () => Promise.reject(unavailableError()), { cached });
    const response = await failing(false)(request("/id/kalender"), context({ locale: "id" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.text()).toContain("Layanan sedang sibuk");

    await expect(failing(true)(request("/id/panduan"), context({ locale: "id" }))).rejects.toThrow(/reach database/);
  });

  it("lets other errors through, so they are logged as errors", async () => {
    const broken = publicRoute(async () => Promise.reject(new TypeError("bug")), { cached: false });
    await expect(broken(request("/id/x"), context({ locale: "id" }))).rejects.toThrow("bug");
  });
});
