import { readFile } from "node:fs/promises";
import { scanLogText } from "@/lib/privacy/log-scan";

// Usage: tsx scripts/scan-logs.ts <log file>… — exits 1 when any file holds a NIK-shaped string (UU PDP: never
// log a NIK). The test command tees the whole run's output into a file and runs this over it.

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: scan-logs <log file>…");
  process.exit(2);
}

let total = 0;
for (const file of files) {
  const findings = scanLogText(file, await readFile(file, "utf8"));
  for (const f of findings) console.error(`${f.file}:${f.line}: NIK-shaped string ${f.masked}`);
  total += findings.length;
}
if (total) {
  console.error(`scan-logs: ${total} NIK-shaped string(s) found in the logs`);
  process.exit(1);
}
console.log(`scan-logs: no NIK-shaped strings in ${files.length} file(s)`);
