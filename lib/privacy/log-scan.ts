import { findNikShaped, maskNik } from "@/lib/identity/nik";

// Finds NIK-shaped strings in log text. The report masks what it found: the scanner's own output is a log too.

export type LogFinding = { file: string; line: number; masked: string };

export function scanLogText(file: string, text: string): LogFinding[] {
  const findings: LogFinding[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    for (const nik of findNikShaped(content)) findings.push({ file, line: index + 1, masked: maskNik(nik) });
  });
  return findings;
}
