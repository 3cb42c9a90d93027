import { notFound } from "next/navigation";
import pg from "pg";
import { BASELINE_QUERIES } from "@/bench/baselines";

// A baseline: one bare pg query and a plain list. Exists only in the benchmark build.
const globalForBench = globalThis as unknown as { benchPool?: pg.Pool };
const pool = (globalForBench.benchPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }));

export default async function BaselinePage({
  params,
  searchParams,
}: {
  params: Promise<{ scenario: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = BASELINE_QUERIES[(await params).scenario];
  if (!query) notFound();
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const v of Array.isArray(value) ? value : [value ?? ""]) search.append(key, v);
  }
  const { rows } = await pool.query(query.sql, query.params(search));
  return (
    <ul>
      {rows.map((row, i) => (
        <li key={i}>{JSON.stringify(row)}</li>
      ))}
    </ul>
  );
}
