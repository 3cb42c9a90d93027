import { createFirstAdministrator } from "@/lib/accounts/commands";
import type { Failure } from "@/lib/platform/command";
import { catalogText } from "@/lib/platform/i18n/catalog";
import { db } from "@/lib/platform/db/client";
import { checkedEnv, logLine } from "./lib/cli";

// npm run accounts:create-admin -- --email admin@kanim.example.go.id --name "Nama Lengkap"
// Creates the first administrator of a new deployment and prints a one-time link to choose a password (no
// password ever passes through the command line or the shell history). Refused once an administrator exists:
// from then on administrators create accounts in the portal (/admin/akun).

/** A refusal in English, the operator's language here. */
function refusal(failure: Failure): string {
  if (failure.reason === "invalid") return Object.values(failure.fieldErrors).map((m) => catalogText("en", m.key)).join("; ");
  return failure.reason === "conflict" ? catalogText("en", failure.message.key) : "not found";
}

const config = checkedEnv();
const log = logLine("accounts:create-admin");
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1] ?? "");
if (!config.DATABASE_URL || !args.get("email") || !args.get("name")) {
  console.error('Usage: DATABASE_URL=… npm run accounts:create-admin -- --email <e-mail> --name "<full name>"');
  process.exit(1);
}

try {
  const result = await createFirstAdministrator({ email: args.get("email"), name: args.get("name") });
  if (result.ok) {
    log(`administrator ${args.get("email")} created; it must enrol two-factor sign-in after choosing a password.`);
    log(`one-time link (valid 72 hours, shown once): ${config.APP_URL}/masuk/sandi-baru?kode=${encodeURIComponent(result.value.resetToken)}`);
  } else {
    console.error(`Refused: ${refusal(result)}.`);
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
