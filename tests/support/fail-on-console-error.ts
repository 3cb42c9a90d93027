import { afterEach, vi } from "vitest";

// An unexpected console.error is a bug the test did not look for: fail loudly. Tests that expect one
// replace the spy with their own (vi.spyOn(console, "error").mockImplementation(...)).
let spy: ReturnType<typeof vi.spyOn> | undefined;

afterEach(() => {
  const calls = spy?.mock.calls ?? [];
  spy?.mockRestore();
  spy = vi.spyOn(console, "error");
  if (calls.length) throw new Error(`console.error was called:\n${calls.map((c: unknown[]) => c.map(String).join(" ")).join("\n")}`);
});

spy = vi.spyOn(console, "error");
