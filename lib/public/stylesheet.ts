import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { compile, optimize } from "@tailwindcss/node";
import { Scanner } from "@tailwindcss/oxide";

// The public pages carry their CSS inline (about 5 kB gzip): on a slow connection one request beats two, and
// the pages are cached whole. It is compiled with Tailwind once per server process, from the same sources the
// build uses; in development on every call, so edits show at once.

const ENTRY = path.join(process.cwd(), "components/public/stylesheet.css");

async function compilePublicStylesheet(): Promise<string> {
  const compiler = await compile(await readFile(ENTRY, "utf8"), { base: path.dirname(ENTRY), onDependency: () => undefined });
  const scanner = new Scanner({ sources: compiler.sources });
  return optimize(compiler.build(scanner.scan()), { minify: true }).code;
}

let compiled: Promise<string> | null = null;

export function publicStylesheet(): Promise<string> {
  if (!compiled || process.env.NODE_ENV === "development") {
    compiled = compilePublicStylesheet();
    // A failed compile is retried by the next page rather than cached.
    compiled.catch(() => {
      compiled = null;
    });
  }
  return compiled;
}
