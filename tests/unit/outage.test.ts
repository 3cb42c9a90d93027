import { describe, expect, it, vi } from "vitest";
import { outageHref, outageReturnPath } from "@/lib/platform/http/outage";
import { GET } from "@/app/(app)/gangguan/route";

// The language cookie needs a request scope; the page's own logic does not.
vi.mock("@/lib/platform/i18n/server", () => ({ getRequestLocale: async () => "id" }));

// The friendly outage page (/gangguan) links back to where the user was, and never to another site.

describe("outage page", () => {
  it("links back to same-site paths only", () => {
    expect(outageReturnPath("/desa/cpmi/baru")).toBe("/desa/cpmi/baru");
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/a\u0000b", "/gangguan", null, ""]) {
      expect(outageReturnPath(bad), String(bad)).toBe("/masuk");
    }
    expect(outageHref("/kanim/kegiatan")).toBe("/gangguan?kembali=%2Fkanim%2Fkegiatan");
  });

  it("answers 503 with Retry-After and the try-again text, without any script", async () => {
    const response = await GET(new Request("http://127.0.0.1/gangguan?kembali=/desa%22%3E%3Cscript%3E"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const html = await response.text();
    expect(html).toContain("Terjadi gangguan");
    expect(html).not.toContain("<script");
    expect(html).toContain('href="/desa&quot;&gt;&lt;script&gt;"');
  });
});
