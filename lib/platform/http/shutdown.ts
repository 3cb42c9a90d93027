// Graceful shutdown with a drain window. On SIGTERM `next start` closes its listener at once: connections the
// kernel has already queued but Node has not yet accepted are reset, so a busy server drops requests the
// client had already sent. Here SIGTERM first switches /api/health to 503 (load balancers stop routing here)
// while the server keeps answering for SHUTDOWN_DRAIN_MS; then Next's own shutdown runs (stop accepting,
// finish in-flight requests, exit).

const state = globalThis as unknown as { desaDraining?: boolean; desaShutdownInstalled?: boolean };

/** True once SIGTERM has arrived: the instance is leaving and should receive no new traffic. */
export function isDraining(): boolean {
  return state.desaDraining === true;
}

export function installGracefulShutdown(drainMs: number) {
  if (state.desaShutdownInstalled) return;
  state.desaShutdownInstalled = true;
  // Next's handlers, registered by `next start` before it loads instrumentation. Absent under other hosts.
  const nextHandlers = process.listeners("SIGTERM");
  if (nextHandlers.length === 0) return;
  process.removeAllListeners("SIGTERM");
  process.once("SIGTERM", () => {
    state.desaDraining = true;
    setTimeout(() => {
      for (const handler of nextHandlers) handler("SIGTERM");
    }, drainMs);
  });
}
