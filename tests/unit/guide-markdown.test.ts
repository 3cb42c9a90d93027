import { describe, expect, it } from "vitest";
import { expandTokens, isSafeUrl, renderGuideBody, renderMarkdown } from "@/lib/guides/markdown";
import { GUIDE_SOURCES } from "@/lib/guides/content";
import { guideInput } from "@/lib/guides/schema";

const data = {
  fees: [
    { code: "ORDINARY_5Y", labelId: "Paspor biasa 5 tahun", labelEn: "Ordinary passport, 5 years", amount: 350_000 },
    { code: "PMI_5Y", labelId: "Paspor PMI | 5 tahun", labelEn: "Migrant worker, 5 years", amount: 0 },
  ],
  moratorium: ["SA", "KW"],
};

/** No element other than the ones Markdown itself produces, and no event handler or script URL anywhere. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(img|iframe|svg|style|object|embed|div|span|form|input)\b[^>]*\son\w+=/i);
  expect(html).not.toMatch(/<[a-z]+[^>]*\son\w+\s*=/i);
  expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  expect(html).not.toMatch(/src="\s*(javascript|data|vbscript):/i);
}

describe("guide Markdown rendering", () => {
  it("renders headings, lists, emphasis, links and GFM tables", () => {
    const html = renderMarkdown("## Langkah\n\n1. **Daftar** di [M-Paspor](/id/panduan/m-paspor)\n\n| a | b |\n| --- | --- |\n| 1 | 2 |");
    expect(html).toContain("<h2>Langkah</h2>");
    expect(html).toContain("<strong>Daftar</strong>");
    expect(html).toContain('<a href="/id/panduan/m-paspor">M-Paspor</a>');
    expect(html).toContain("<table>");
    expect(html).toContain("<td>2</td>");
  });

  it("escapes a <script> element instead of emitting it", () => {
    const html = renderMarkdown('Halo <script>alert("x")</script> dunia\n\n<script src="https://evil.example/x.js"></script>');
    expectInert(html);
    expect(html).toContain("&lt;script&gt;");
  });

  it("escapes raw HTML blocks and inline tags with event handlers", () => {
    const html = renderMarkdown(
      '<div onclick="steal()">blok</div>\n\nteks <img src=x onerror="alert(1)"> dan <a href="javascript:alert(1)">klik</a>\n\n<iframe src="https://evil.example"></iframe>\n\n<!-- komentar -->',
    );
    expectInert(html);
    expect(html).toContain("&lt;div onclick=");
    expect(html).toContain("&lt;img src=x onerror=");
    expect(html).not.toContain("<iframe");
    expect(html).not.toContain("<!--");
  });

  it("drops javascript:, data: and vbscript: link and image targets, even disguised", () => {
    const cases = [
      "[a](javascript:alert(1))",
      "[b](JAVASCRIPT:alert(1))",
      "[c](java\tscript:alert(1))",
      "[d](&#106;avascript:alert(1))",
      "[e](data:text/html;base64,PHNjcmlwdD4=)",
      "[f](vbscript:msgbox)",
      "<javascript:alert(1)>",
      "![g](javascript:alert(1))",
      "[h][ref]\n\n[ref]: javascript:alert(1)",
    ];
    for (const markdown of cases) {
      const html = renderMarkdown(markdown);
      expectInert(html);
      // Either the text stays text, or it becomes a link/image whose target was dropped.
      expect(html, markdown).not.toMatch(/(href|src)="[^"]*(script|data):/i);
    }
  });

  it("keeps http(s), mailto, tel and relative links", () => {
    const html = renderMarkdown(
      "[a](https://imigrasi.go.id) [b](mailto:kanim@imigrasi.go.id) [c](tel:+62518700) [d](/id/desa-binaan) [e](#bagian)",
    );
    expect(html).toContain('href="https://imigrasi.go.id"');
    expect(html).toContain('href="mailto:kanim@imigrasi.go.id"');
    expect(html).toContain('href="tel:+62518700"');
    expect(html).toContain('href="/id/desa-binaan"');
    expect(html).toContain('href="#bagian"');
  });

  it("judges URL schemes strictly", () => {
    expect(isSafeUrl("javascript:alert(1)", "href")).toBe(false);
    expect(isSafeUrl(" javascript:alert(1)", "href")).toBe(false);
    expect(isSafeUrl("ftp://x", "href")).toBe(false);
    expect(isSafeUrl("tel:123", "src")).toBe(false);
    expect(isSafeUrl("https://x/y.png", "src")).toBe(true);
    expect(isSafeUrl("./a:b", "href")).toBe(true);
  });

  it("replaces fee and moratorium tokens from data, escaping their text", () => {
    const id = expandTokens("{{fees}}\n\nPMI: {{fee:PMI_5Y}}, biasa {{fee:ORDINARY_5Y}}, lain {{fee:NOPE}}\n\n{{moratorium}}", "id", data);
    expect(id).toContain("| Paspor biasa 5 tahun | Rp\u00a0350.000 |");
    expect(id).toContain("Paspor PMI \\| 5 tahun");
    expect(id).toContain("PMI: Rp\u00a00");
    expect(id).toContain("lain —");
    expect(id).toContain("- Arab Saudi");
    expect(id).toContain("- Kuwait");
    const en = renderGuideBody("{{fees}}\n\n{{moratorium}}", "en", data);
    expect(en).toContain("<td>Ordinary passport, 5 years</td>");
    expect(en).toContain("IDR");
    expect(en).toContain("<li>Saudi Arabia</li>");
  });

  it("says so when the data is missing instead of printing a token", () => {
    const html = renderGuideBody("{{fees}} {{moratorium}}", "id", { fees: [], moratorium: [] });
    expect(html).not.toContain("{{");
    expect(html).toContain("Data biaya belum tersedia");
  });

  it("ships guides that are complete in both languages and hold no hard-coded fee", () => {
    expect(GUIDE_SOURCES.length).toBeGreaterThanOrEqual(8);
    for (const source of GUIDE_SOURCES) {
      for (const locale of ["id", "en"] as const) {
        guideInput.parse({ slug: source.slug, locale, category: source.category, ...source[locale] });
        expect(source[locale].body, `${source.slug}/${locale}`).not.toMatch(/Rp\s?\d|IDR\s?\d/);
        expectInert(renderMarkdown(source[locale].body));
      }
      // Links in a guide stay in its own language.
      expect(source.id.body).not.toMatch(/\]\(\/en\//);
      expect(source.en.body).not.toMatch(/\]\(\/id\//);
    }
  });
});
