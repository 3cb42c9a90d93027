import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

// The app keeps no state of its own: two `next start` instances over one database serve one signed-in user
// alternately, and a form rendered by one instance is accepted by the other (same build, same action key).

const first = `http://127.0.0.1:${process.env.E2E_PORT ?? 3001}`;
const second = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3001) + 1}`;

test("two instances serve one signed-in village official alternately, server actions included", async ({ page, request }) => {
  await expect.poll(async () => (await request.get(`${second}/api/health`)).status(), { timeout: 60_000 }).toBe(200);
  await signInAs(page, "gendangTimburu");

  for (let i = 0; i < 6; i++) {
    const origin = i % 2 ? second : first;
    const response = await page.goto(`${origin}/desa/cpmi`);
    expect(response?.status(), origin).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  // The visit-request form as instance 1 renders it for a browser without JavaScript: its hidden action fields.
  const api = page.context().request;
  const html = await (await api.get(`${first}/desa/kunjungan`)).text();
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*name="topic"[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields[name] = (/value="([^"]*)"/.exec(input)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  expect(Object.keys(fields).some((name) => name.startsWith("$ACTION"))).toBe(true);

  const topic = `Sosialisasi dua instans ${Date.now()}`;
  Object.assign(fields, { topic, preferredFrom: "2030-02-03", preferredTo: "2030-02-10", expectedParticipants: "40" });
  // Posted to instance 2, as a load balancer would send it (one public host, so the Origin is the instance's own).
  const response = await api.post(`${second}/desa/kunjungan`, { multipart: fields, headers: { origin: second }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(400);

  await page.goto(`${first}/desa/kunjungan`);
  await expect(page.getByText(topic)).toBeVisible();
});
