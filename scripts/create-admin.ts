import { createFirstAdministrator } from "@/lib/accounts/commands";
import { isAppError } from "@/lib/platform/errors";
import { db } from "@/lib/platform/db/client";
import { checkedEnv, logLine } from "./lib/cli";

// npm run accounts:create-admin -- --email admin@kanim.example.go.id --name "Nama Lengkap"
// Creates the first administrator of a new deployment and prints a one-time link to choose a password (no
// password ever passes through the command line or the shell history). Refused once an administrator exists:
// from then on administrators create accounts in the portal (/admin/akun).

const config = checkedEnv();
const log = logLine("accounts:create-admin");
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ""), process.argv[i + 1] ?? "");
if (!config.DATABASE_URL || !args.get("email") || !args.get("name")) {
  console.error('Usage: DATABASE_URL=… npm run accounts:create-admin -- --email <e-mail> --name "<full name>"');
  process.exit(1);
}

try {
  const { resetToken } = await createFirstAdministrator({ email: args.get("email"), name: args.get("name") });
  log(`administrator ${args.get("email")} created; it must enrol two-factor sign-in after choosing a password.`);
  log(`one-time link (valid 72 hours, shown once): ${config.APP_URL}/masuk/sandi-baru?kode=${encodeURIComponent(resetToken)}`);
} catch (error) {
  console.error(isAppError(error) ? `Refused: ${error.message}.` : (error as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
