// Runs once when the server starts (Node.js runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/platform/env");
  const { installForwardedHeaders, parseTrustedProxies } = await import("@/lib/platform/http/forwarded");
  // Before any request is handled: forwarded headers count only from the configured proxies (decision 025).
  await installForwardedHeaders(parseTrustedProxies(env().TRUSTED_PROXIES)!);
  const { installGracefulShutdown } = await import("@/lib/platform/http/shutdown");
  const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 5_000);
  installGracefulShutdown(Number.isFinite(drainMs) && drainMs >= 0 ? drainMs : 5_000);
}
