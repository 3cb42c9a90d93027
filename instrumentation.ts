// Runs once when the server starts (Node.js runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installGracefulShutdown } = await import("@/lib/platform/http/shutdown");
  const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 5_000);
  installGracefulShutdown(Number.isFinite(drainMs) && drainMs >= 0 ? drainMs : 5_000);
}
