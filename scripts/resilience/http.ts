import http from "node:http";

// Plain node:http with a fresh connection per request: a dropped in-flight request shows up as ECONNRESET,
// a refused new one as ECONNREFUSED, and no keep-alive pool blurs the two.

export type Outcome = {
  status: number | null;
  error: string | null;
  ms: number;
  body: string;
  headers: http.IncomingHttpHeaders;
};

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, agent: false, timeout: options.timeoutMs ?? 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? null, error: null, ms: Date.now() - started, body: Buffer.concat(chunks).toString(), headers: res.headers }),
        );
        res.on("error", (error: NodeJS.ErrnoException) =>
          resolve({ status: res.statusCode ?? null, error: error.code ?? error.message, ms: Date.now() - started, body: "", headers: res.headers }),
        );
      },
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    req.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ status: null, error: error.code ?? error.message, ms: Date.now() - started, body: "", headers: {} }),
    );
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** Runs `work` in `workers` parallel loops until `until()` is true; returns every outcome with its start time. */
export async function loadLoop(
  workers: number,
  until: () => boolean,
  work: (worker: number, iteration: number) => Promise<Outcome>,
): Promise<(Outcome & { at: number })[]> {
  const outcomes: (Outcome & { at: number })[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let iteration = 0; !until(); iteration++) {
        const at = Date.now();
        outcomes.push({ ...(await work(worker, iteration)), at });
      }
    }),
  );
  return outcomes;
}

export function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.status === null ? `error:${outcome.error}` : String(outcome.status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
