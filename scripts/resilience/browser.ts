import { request, type Outcome } from "./http";

// A browser without JavaScript: a cookie jar, and forms submitted the way a plain <form action={serverAction}>
// posts them (multipart, with the hidden $ACTION_… fields React renders into the form). It drives the real
// server actions with no knowledge of their internals, so the load exercises exactly what a phone does.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[entity.toLowerCase()] ?? match;
  });
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:$.-]+)(?:="([^"]*)")?/g)) result[match[1]] = decodeEntities(match[2] ?? "");
  return result;
}

/** The hidden inputs of the first form on the page that has an input named `marker`. */
export function hiddenFieldsOfForm(html: string, marker: string): Record<string, string> | null {
  for (const form of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    if (!form[1].includes(`name="${marker}"`)) continue;
    const fields: Record<string, string> = {};
    for (const input of form[1].matchAll(/<input\b[^>]*>/g)) {
      const attrs = attributes(input[0]);
      if (attrs.type === "hidden" && attrs.name) fields[attrs.name] = attrs.value ?? "";
    }
    return fields;
  }
  return null;
}

function multipart(fields: [string, string][]): { body: string; contentType: string } {
  const boundary = `----desa${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return { body: `${parts.join("")}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

export class NoScriptBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  private remember(outcome: Outcome) {
    const setCookie = outcome.headers["set-cookie"] ?? [];
    for (const line of setCookie) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return outcome;
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") } : {};
  }

  async get(path: string, headers: Record<string, string> = {}) {
    return this.remember(await request(`${this.base}${path}`, { headers: { ...this.cookieHeader(), ...headers } }));
  }

  /**
   * The RSC payload of a page, as client navigation fetches it (`RSC: 1`). Next answers a request without the
   * matching `_rsc` cache-busting parameter with a redirect that adds it; follow that one redirect.
   */
  async getRsc(path: string, headers: Record<string, string> = {}) {
    const rscHeaders = { rsc: "1", ...headers };
    const first = await this.get(path, rscHeaders);
    const location = String(first.headers.location ?? "");
    if (first.status === 307 && /[?&]_rsc\b/.test(location)) {
      return this.get(location.startsWith("http") ? new URL(location).pathname + new URL(location).search : location, rscHeaders);
    }
    return first;
  }

  /**
   * Loads `path`, finds the form that has an input named `marker`, and posts its hidden fields plus `fields`
   * back to the same URL. A server action that succeeds answers with a redirect (303).
   */
  async submit(path: string, marker: string, fields: Record<string, string | string[]>) {
    const page = await this.get(path);
    if (page.status !== 200) return { page, response: null, hidden: null };
    const hidden = hiddenFieldsOfForm(page.body, marker);
    if (!hidden) throw new Error(`no form with a field "${marker}" on ${path}`);
    const response = await this.post(path, hidden, fields);
    return { page, response, hidden };
  }

  async post(path: string, hidden: Record<string, string>, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    const entries: [string, string][] = Object.entries(hidden);
    for (const [name, value] of Object.entries(fields)) {
      for (const one of Array.isArray(value) ? value : [value]) entries.push([name, one]);
    }
    const { body, contentType } = multipart(entries);
    return this.remember(
      await request(`${this.base}${path}`, {
        method: "POST",
        headers: { ...this.cookieHeader(), origin: this.base, "content-type": contentType, ...headers },
        body,
        timeoutMs: 20_000,
      }),
    );
  }
}
