import { env, type Env } from "@/lib/platform/env";

// Shared by the command-line scripts: validate the environment once, up front, with a readable message.

export function checkedEnv(): Env {
  try {
    return env();
  } catch (error) {
    console.error((error as Error).message);
    console.error("Fix the variables above (see README.md, Configuration) and try again.");
    process.exit(1);
  }
}

export function logLine(prefix: string) {
  return (line: string) => console.log(`[${prefix}] ${line}`);
}

/** The URL with its password hidden, for log lines. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
