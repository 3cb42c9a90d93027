import { readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { publicRoute } from "@/app/(public)/public-route";
import { PUBLIC_STYLESHEET } from "@/lib/public/generated/stylesheet";
import { samplePublicPage } from "@/tests/support/sample-public-page";

// The public route handlers render with React's own renderer (decision 020). The fixtures are the documents the
// former home-made renderer (decision 011) wrote for the same pages and data, with the stylesheet left out: React
// must write the same head and body, byte for byte, so the switch changes nothing a visitor or a crawler sees.

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "fixtures/public-documents", `${name}.html`), "utf8").trimEnd();
const request = (url: string) => new NextRequest(new URL(url, "http://127.0.0.1:3000"));
const context = (locale: string) => ({ params: Promise.resolve({ locale }) });
const STYLE = /<style>([\s\S]*?)<\/style>/;

async function documentOf(response: Response) {
  const html = await response.text();
  return { html: html.replace(STYLE, "<style>/*css*/</style>"), stylesheet: STYLE.exec(html)?.[1] };
}

describe("public documents on React's renderer", () => {
  it("write a page of the shared parts (shell, form controls, event, Markdown) as before", async () => {
    for (const locale of ["id", "en"] as const) {
      const route = publicRoute(async () => samplePublicPage(locale), { cached: true });
      const response = await route(request(`/${locale}/cek-dokumen`), context(locale));
      expect(response.status).toBe(200);
      const { html, stylesheet } = await documentOf(response);
      expect(html).toBe(fixture(`sample-${locale}`));
      expect(stylesheet).toBe(PUBLIC_STYLESHEET);
    }
  });

  it("write the not-found and the unavailable pages as before", async () => {
    const unknownLanguage = await publicRoute(async () => samplePublicPage("id"), { cached: true })(request("/xx"), context("xx"));
    expect(unknownLanguage.status).toBe(404);
    expect((await documentOf(unknownLanguage)).html).toBe(fixture("not-found-id"));

    const outage = publicRoute(async () => Promise.reject(Object.assign(new Error("Can't reach database server"), { code: "P1001" })), { cached: false });
    const unavailable = await outage(request("/en/kalender"), context("en"));
    expect(unavailable.status).toBe(503);
    expect((await documentOf(unavailable)).html).toBe(fixture("unavailable-en"));
  });

  it("refuse an async component loudly: a page loads its data before it returns its tree", async () => {
    async function Late() {
      return <p>late</p>;
    }
    const route = publicRoute(async ({ locale }) => ({ ...samplePublicPage(locale), body: <Late /> }), { cached: false });
    await expect(route(request("/id/x"), context("id"))).rejects.toThrow(/suspended/);
  });

  it("inline the stylesheet compiled at build time, with the public components' utilities and no others", () => {
    expect(PUBLIC_STYLESHEET.length).toBeGreaterThan(5_000);
    expect(PUBLIC_STYLESHEET).toContain(".text-brand-700");
    expect(PUBLIC_STYLESHEET).toContain(".guide-body");
    expect(PUBLIC_STYLESHEET).not.toMatch(/@tailwind|@apply|@source/);
  });
});
