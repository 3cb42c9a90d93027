import { DEMO_TOTP_SECRET, demoTotpCode } from "@/lib/demo/accounts";

// `npm run demo:code`: the current sign-in code of the demo accounts that use a second factor.
if (process.env.NODE_ENV === "production") {
  console.error("The demo accounts do not exist in production.");
  process.exit(1);
}
const left = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${demoTotpCode()}  (valid for about ${left} s more; secret ${DEMO_TOTP_SECRET})`);
