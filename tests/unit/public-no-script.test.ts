import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scriptFindings } from "@/tests/support/public-tree";

// The guard of the public tree: no module a public page is built from may be a client component or attach an
// event handler (decision 020). React's renderer would drop either without a word.

const root = path.resolve(import.meta.dirname, "../..");
const publicRoutes = readdirSync(path.join(root, "app/(public)"), { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)route\.tsx?$/.test(file))
  .map((file) => path.join("app/(public)", file));

describe("the public pages' modules", () => {
  it("include every public route", () => {
    expect(publicRoutes.length).toBeGreaterThanOrEqual(10);
    expect(publicRoutes).toContain("app/(public)/[locale]/desa-binaan/[code]/poster/route.ts");
  });

  it("hold no client component and no event handler", () => {
    expect(scriptFindings(root, publicRoutes)).toEqual([]);
  });
});

describe("scriptFindings", () => {
  const sandbox = mkdtempSync(path.join(tmpdir(), "public-tree-"));
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(sandbox, file)), { recursive: true });
    writeFileSync(path.join(sandbox, file), text);
  };

  it("finds an event handler and a client component anywhere below a route, with the chain that reaches it", () => {
    write("app/page/route.ts", 'import { Page } from "@/components/page";\nexport const GET = Page;\n');
    write("components/page.tsx", 'import { Share } from "./share";\nimport "react";\nexport const Page = () => <div><button onClick={() => 1}>x</button><Share /></div>;\n');
    write("components/share.tsx", '// Opens the share sheet.\n"use client";\nexport const Share = () => null;\n');
    expect(scriptFindings(sandbox, ["app/page/route.ts"])).toEqual([
      { file: "components/page.tsx", problem: "event handler onClick", importedBy: ["app/page/route.ts"] },
      { file: "components/share.tsx", problem: '"use client" (a client component)', importedBy: ["app/page/route.ts", "components/page.tsx"] },
    ]);
  });

  it("lets plain server components, links and forms through", () => {
    write("app/plain/route.ts", 'import { Form } from "../../components/form";\nexport const GET = Form;\n');
    write("components/form.tsx", 'export const Form = () => <form method="get" action="/id/cek-dokumen"><a href="/id">x</a></form>;\n');
    expect(scriptFindings(sandbox, ["app/plain/route.ts"])).toEqual([]);
  });
});
