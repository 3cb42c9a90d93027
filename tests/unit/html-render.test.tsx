import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { escapeHtml, renderToHtml } from "@/lib/platform/html/render";

// The public pages are rendered by lib/platform/html/render.ts, not by React: these trees must come out exactly as
// React's own renderer writes them.

function Card({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <section aria-labelledby="t" className="rounded border">
      <h2 id="t">{title}</h2>
      {children}
    </section>
  );
}

const TREES: [string, React.ReactElement][] = [
  [
    "text, numbers and escaping",
    <p key="p">
      {"a < b & 'c' \"d\""} {3} {null} {false} {["x", "y"]}
    </p>,
  ],
  [
    "attributes: aliases, booleans, aria and data",
    <form key="f" method="get" action="/id/cek-dokumen" noValidate acceptCharset="utf-8">
      <label htmlFor="age" className="block">
        Umur
      </label>
      <input
        id="age"
        name="age"
        type="number"
        inputMode="numeric"
        min={0}
        max={120}
        tabIndex={-1}
        readOnly
        disabled={false}
        aria-invalid
        data-x={false}
        defaultValue="2&4"
      />
      <input type="radio" name="p" value="WORK" defaultChecked />
      <textarea name="n" defaultValue="<b>" />
      <details open>
        <summary>Lagi</summary>
      </details>
    </form>,
  ],
  [
    "select marks the chosen option",
    <select key="s" name="office" defaultValue="batulicin">
      <option value="">Semua</option>
      <option value="batulicin">Batulicin</option>
      <optgroup label="g">
        <option value="tarakan">Tarakan</option>
      </optgroup>
    </select>,
  ],
  [
    "svg and style objects",
    <div key="d" style={{ marginTop: 4, lineHeight: 1.5, opacity: 0 }}>
      <svg viewBox="0 0 10 10" aria-hidden="true">
        <path d="M0 0h10" strokeWidth={2} strokeLinecap="round" fillRule="evenodd" />
      </svg>
      <time dateTime="2026-12-01T01:00:00.000Z">1 Des</time>
      <table>
        <tbody>
          <tr>
            <td colSpan={2}>x</td>
          </tr>
        </tbody>
      </table>
    </div>,
  ],
  [
    "raw HTML from a trusted renderer",
    <div key="g" className="guide-body" dangerouslySetInnerHTML={{ __html: "<p>Aman &amp; rapi</p>" }} />,
  ],
  [
    "javascript: URLs are blocked",
    <a key="a" href=" javascript:alert(1)">
      x
    </a>,
  ],
  [
    "components and fragments",
    <Card key="c" title="Judul">
      <>
        <p>satu</p>
        <p>dua</p>
      </>
    </Card>,
  ],
  [
    "the shared form controls",
    <div key="ctl">
      <ChoiceGroup
        legend="Tujuan"
        name="purpose"
        type="radio"
        options={[
          { value: "WORK", label: "Kerja" },
          { value: "STUDY", label: "Sekolah" },
        ]}
        selected={["WORK"]}
        error="Pilih satu"
      />
      <TextField label="Umur" name="age" defaultValue="24" error="Isi angka" />
      <SelectField
        label="Kantor"
        name="office"
        placeholder="Semua"
        defaultValue="b"
        options={[
          { value: "a", label: "A" },
          { value: "b", label: "B" },
        ]}
      />
      <Alert tone="error" title="Periksa isian" />
      <Pagination
        page={2}
        pages={3}
        hrefFor={(p) => `/id/desa-binaan?page=${p}`}
        labels={{ previous: "Sebelumnya", next: "Berikutnya", pageOf: "Halaman 2 dari 3" }}
        link="a"
      />
    </div>,
  ],
];

describe("renderToHtml", () => {
  for (const [name, tree] of TREES) {
    it(`writes what React writes: ${name}`, async () => {
      expect(await renderToHtml(tree)).toBe(renderToStaticMarkup(tree));
    });
  }

  it("awaits async server components in document order", async () => {
    async function Late({ ms, text }: { ms: number; text: string }) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return <li>{text}</li>;
    }
    expect(
      await renderToHtml(
        <ul>
          <Late ms={20} text="pertama" />
          <Late ms={1} text="kedua" />
        </ul>,
      ),
    ).toBe("<ul><li>pertama</li><li>kedua</li></ul>");
  });

  it("refuses anything that would need JavaScript in the browser", async () => {
    await expect(renderToHtml(<button onClick={() => undefined}>x</button>)).rejects.toThrow(/event handlers/);
    const clientReference = Object.assign(() => null, {
      $$typeof: Symbol.for("react.client.reference"),
      $$id: "share-link.tsx#ShareLink",
    });
    const Client = clientReference as unknown as () => null;
    await expect(renderToHtml(<Client />)).rejects.toThrow(/without JavaScript/);
  });

  it("escapes the five characters React escapes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;");
  });
});
