import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import type { DemoAccountKey } from "@/lib/demo/accounts";

// Issue #16, item 1: Next renders a layout and its page in parallel, so a layout's notFound() alone let the page's
// data through (in the 404's HTML, and as a 200 RSC payload). Each page now guards itself before it reads
// (decision 024). Per route group, a role outside the workspace asks for its pages as a document, as an RSC
// payload and as a prefetch, and the body must hold none of the data the rightful role sees on that page: its
// heading, the record ids it links to, officers' NIPs, e-mail addresses, a staff note. Every export route
// answers 404 to roles outside it, and the file to the role it is for.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const FLAVOURS: Record<string, Record<string, string>> = {
  html: { accept: "text/html" },
  rsc: { rsc: "1" },
  prefetch: { rsc: "1", "next-router-prefetch": "1" },
};

const contexts = new Map<DemoAccountKey, { context: BrowserContext; page: Page }>();

async function as(browser: Browser, account: DemoAccountKey) {
  if (!contexts.has(account)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, account);
    contexts.set(account, { context, page });
  }
  return contexts.get(account)!.page;
}

test.afterAll(async () => {
  for (const { context } of contexts.values()) await context.close();
});

const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();

/** What the rightful role sees on the page and nobody else may receive: heading, linked record ids, NIPs, e-mails. */
async function dataOf(owner: Page, path: string, extra: string[] = []): Promise<string[]> {
  const response = await owner.request.get(path);
  expect(response.status(), `${path} opens for its own role`).toBe(200);
  const html = await response.text();
  const main = html.slice(html.indexOf('<main'));
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(main)?.[1];
  const requested: string[] = [...(path.match(UUID) ?? [])];
  const markers = new Set<string>(extra);
  // A heading that is the page's static title (its metadata, which Next resolves even for a refused page and
  // which names no record) is a label, not data.
  const title = textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? "").split(" · ")[0];
  if (heading && textOf(heading).length >= 6 && textOf(heading) !== title) markers.add(textOf(heading));
  for (const id of main.match(UUID) ?? []) if (!requested.includes(id)) markers.add(id);
  for (const nip of textOf(main).match(/\b\d{18}\b/g) ?? []) markers.add(nip);
  for (const email of textOf(main).match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []) markers.add(email);
  expect(markers.size, `${path} shows data to compare with`).toBeGreaterThan(0);
  return [...markers];
}

const baselines = new Map<string, string>();

/**
 * What the intruder receives for a path of the same workspace that does not exist at all (the plain 404, with the
 * app's name and whatever frame it has): text found there is no page's data.
 */
async function baseline(intruder: Page, workspace: string, flavour: string, headers: Record<string, string>): Promise<string> {
  const key = `${contextsKey(intruder)}:${workspace}:${flavour}`;
  if (!baselines.has(key)) {
    baselines.set(key, await (await intruder.request.get(`/${workspace}/tidak-ada-${Date.now()}`, { headers, maxRedirects: 2 })).text());
  }
  return baselines.get(key)!;
}

const contextsKey = (page: Page) => [...contexts.entries()].find(([, v]) => v.page === page)?.[0] ?? "other";

async function expectNothingOf(intruder: Page, path: string, markers: string[]) {
  for (const [flavour, headers] of Object.entries(FLAVOURS)) {
    const plain404 = await baseline(intruder, path.split("/")[1], flavour, headers);
    const response = await intruder.request.get(path, { headers, maxRedirects: 2 });
    const body = await response.text();
    const leaked = markers.filter((marker) => !plain404.includes(marker) && body.includes(marker));
    expect(leaked, `${flavour} ${path} (${response.status()}) carries the page's data`).toEqual([]);
    // Next answers an RSC request for a not-found segment with 200 and the not-found tree: the data is what counts.
    if (flavour === "html") expect(response.status(), `${path} is not found`).toBe(404);
    expect(body.length, `${flavour} ${path} answered`).toBeGreaterThan(0);
  }
}

function firstLink(html: string, prefix: string): string {
  const match = new RegExp(`href="(${prefix.replace(/\//g, "\\/")}/[0-9a-f-]{36})"`).exec(html);
  expect(match, `a link under ${prefix}`).not.toBeNull();
  return match![1];
}

test("kanim: a village official receives none of the office's pages", async ({ browser }) => {
  const staff = await as(browser, "batulicin");
  const official = await as(browser, "gendangTimburu");

  // The official's own village's CPMI, with a staff note on it.
  const ownCpmi = firstLink(await (await official.request.get("/desa/cpmi")).text(), "/desa/cpmi").replace("/desa", "/kanim");
  const note = `Catatan kantor ${Date.now()}`;
  await staff.goto(ownCpmi);
  await staff.locator('textarea[name="body"]').fill(note);
  await staff.getByRole("button", { name: "Tambah catatan" }).click();
  await expect(staff.getByText(note)).toBeVisible();

  const designation = firstLink(await (await staff.request.get("/kanim/desa")).text(), "/kanim/desa");
  const event = firstLink(await (await staff.request.get("/kanim/kegiatan?tampilan=daftar")).text(), "/kanim/kegiatan");
  const officer = firstLink(await (await staff.request.get("/kanim/petugas")).text(), "/kanim/petugas");
  const pages = [
    "/kanim", "/kanim/cpmi", "/kanim/cpmi/perhatian", ownCpmi, "/kanim/desa", designation, "/kanim/kegiatan?tampilan=daftar",
    event, `${event}/laporan`, "/kanim/petugas", officer, "/kanim/permintaan", "/kanim/ekspor",
  ];
  for (const path of pages) {
    const markers = await dataOf(staff, path, path === ownCpmi ? [note] : []);
    await expectNothingOf(official, path, markers);
  }
});

test("desa: office staff receive none of the village workspace's pages", async ({ browser }) => {
  const official = await as(browser, "gendangTimburu");
  const staff = await as(browser, "batulicin");
  const cpmi = firstLink(await (await official.request.get("/desa/cpmi")).text(), "/desa/cpmi");
  for (const path of ["/desa", "/desa/cpmi", cpmi, `${cpmi}/ubah`, "/desa/kunjungan"]) {
    await expectNothingOf(staff, path, await dataOf(official, path));
  }
});

test("admin and pdp: office staff and village officials receive none of the administrators' pages", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const staff = await as(browser, "batulicin");
  const official = await as(browser, "gendangTimburu");
  const account = firstLink(await (await admin.request.get("/admin/akun")).text(), "/admin/akun");
  const office = firstLink(await (await admin.request.get("/admin/kantor")).text(), "/admin/kantor");
  const guide = firstLink(await (await admin.request.get("/admin/panduan")).text(), "/admin/panduan");
  const entry = /href="(\/admin\/log-audit\/\d+)"/.exec(await (await admin.request.get("/admin/log-audit")).text())![1];
  const pages = ["/admin", "/admin/akun", account, "/admin/kantor", office, "/admin/panduan", guide, "/admin/data-referensi", "/admin/log-audit", entry, "/pdp/akses", "/pdp/retensi"];
  for (const path of pages) {
    const markers = await dataOf(admin, path);
    await expectNothingOf(staff, path, markers);
    await expectNothingOf(official, path, markers);
  }
});

test("every export route answers only the role it is for", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const staff = await as(browser, "batulicin");
  const official = await as(browser, "gendangTimburu");
  // Route handlers have no layout: the export's domain function authorizes (its matrix rows), so an
  // administrator (every office) may export too; a village official may not, not even its village's events
  // (the office's event records, non-public ones and reports included: decision 024).
  const routes: { path: string; allowed: Page[]; refused: Page[] }[] = [
    { path: "/kanim/ekspor/cpmi?format=csv", allowed: [staff, admin], refused: [official] },
    { path: "/kanim/ekspor/cpmi?format=xlsx", allowed: [staff, admin], refused: [official] },
    { path: "/kanim/ekspor/cpmi?format=csv&nik=lengkap", allowed: [admin], refused: [staff, official] },
    { path: "/kanim/ekspor/kegiatan?format=csv", allowed: [staff, admin], refused: [official] },
    { path: "/admin/log-audit/ekspor", allowed: [admin], refused: [staff, official] },
  ];
  for (const { path, allowed, refused } of routes) {
    for (const page of allowed) {
      const response = await page.request.get(path);
      expect(response.status(), `${path} for its role`).toBe(200);
      expect(response.headers()["content-disposition"]).toContain("attachment");
    }
    for (const page of refused) {
      const response = await page.request.get(path);
      expect(response.status(), `${path} refused`).toBe(404);
      expect(response.headers()["content-disposition"]).toBeUndefined();
    }
  }
  const anonymous = await browser.newContext();
  for (const { path } of routes) expect((await anonymous.request.get(path, { maxRedirects: 0 })).status(), path).not.toBe(200);
  await anonymous.close();
});
