import { db } from "@/lib/platform/db/client";

// Looks for personal identifiers in clear across every text-like column of the tables that hold or describe
// personal data. A 16-digit run counts only between non-hex characters, because the HMAC columns are hex and
// hold 16 digits in a row by chance; the exact values of the test's people are searched for as substrings.

export const PERSONAL_TABLES = ["Candidate", "AuditLog", "AccessRecord", "DataSubjectRequest", "CandidateNote", "GuidanceRecord", "PassportStatusChange"];

export async function textColumns(tables = PERSONAL_TABLES) {
  return db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS table, column_name AS column
      FROM information_schema.columns
     WHERE table_schema = current_schema()
       AND table_name = ANY(${tables})
       AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'ARRAY')
     ORDER BY table_name, column_name`;
}

/** Rows (table.column) where a 16-digit string or one of `values` appears in clear. */
export async function findClearIdentifiers(values: string[], tables = PERSONAL_TABLES): Promise<string[]> {
  const hits: string[] = [];
  for (const { table, column } of await textColumns(tables)) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}"
        WHERE "${column}"::text ~ '(^|[^0-9a-fA-F])[0-9]{16}([^0-9a-fA-F]|$)'
           OR EXISTS (SELECT 1 FROM unnest($1::text[]) v WHERE strpos("${column}"::text, v) > 0)`,
      values,
    );
    if (row.n > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}
