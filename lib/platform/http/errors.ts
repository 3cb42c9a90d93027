// Database outages and pool exhaustion become a clear 503 with Retry-After, never a hang or a bare 500.
// pg's own errors (pool acquire timeout) and Prisma's wrapped driver errors are both recognised.

const PRISMA_UNAVAILABLE = new Set([
  "P1001", // can't reach the database server
  "P1002", // server reached but timed out
  "P1008", // operation timed out
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "P2037", // too many database connections
]);

const DRIVER_UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);

/** SQLSTATEs: connection exceptions (08…), shutdown/starting up (57P0…), too many connections, statement timeout. */
function isUnavailableSqlState(code: unknown): boolean {
  return typeof code === "string" && (code.startsWith("08") || code.startsWith("57P0") || code === "53300" || code === "57014");
}

const NODE_UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);

const MESSAGE_UNAVAILABLE = [
  /timeout exceeded when trying to connect/i, // pg-pool: connectionTimeoutMillis elapsed
  /connection terminated/i,
  /Connection terminated unexpectedly/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down)/i,
  /Client has encountered a connection error and is not queryable/i,
  /Cannot use a pool after calling end/i,
];

/** True when the error means "the database is down, restarting or saturated": safe to retry later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as {
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } };
      cause?: unknown;
    };
    if (typeof candidate.code === "string") {
      if (PRISMA_UNAVAILABLE.has(candidate.code) || NODE_UNAVAILABLE.has(candidate.code)) return true;
      if (isUnavailableSqlState(candidate.code)) return true;
    }
    const driver = candidate.meta?.driverAdapterError?.cause;
    if (driver) {
      if (typeof driver.kind === "string" && DRIVER_UNAVAILABLE_KINDS.has(driver.kind)) return true;
      if (isUnavailableSqlState(driver.originalCode) || isUnavailableSqlState(driver.code)) return true;
    }
    if (typeof candidate.message === "string" && MESSAGE_UNAVAILABLE.some((pattern) => pattern.test(candidate.message as string))) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}

export const RETRY_AFTER_SECONDS = 5;

/** The response a route handler sends when the database cannot serve it right now. */
export function serviceUnavailable(): Response {
  return Response.json(
    { error: "UNAVAILABLE", message: "Layanan sedang sibuk. Coba lagi sebentar lagi. / The service is busy; try again shortly." },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}

/** Wraps a route handler: database outages become 503, anything else propagates (Next logs it as a 500). */
export function withDatabaseErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return serviceUnavailable();
      throw error;
    }
  };
}
