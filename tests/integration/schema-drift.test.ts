import pg from "pg";
import { describe, expect, it } from "vitest";
import { readDmmf, type DmmfField } from "../support/prisma-dmmf";

// The migrations (prisma/migrations, applied by our runner) must build exactly the database that
// prisma/schema.prisma describes: a column added to one and not the other fails here.

const dmmf = readDmmf();

function expectedType(field: DmmfField): string {
  let base: string;
  if (field.kind === "enum") base = `"${field.type}"`;
  else {
    const [native, args] = field.nativeType ?? [null, []];
    const byNative: Record<string, string> = {
      VarChar: `character varying(${args[0]})`,
      Char: `character(${args[0]})`,
      Uuid: "uuid",
      Date: "date",
      Timestamptz: `timestamp(${args[0] ?? 6}) with time zone`,
    };
    const byType: Record<string, string> = {
      String: "text",
      Int: "integer",
      BigInt: "bigint",
      Boolean: "boolean",
      DateTime: "timestamp(3) without time zone",
      Json: "jsonb",
      Float: "double precision",
      Decimal: "numeric(65,30)",
    };
    base = native ? byNative[native] : byType[field.type];
    if (!base) throw new Error(`No mapping for ${field.type} ${native}`);
  }
  return field.isList ? `${base}[]` : base;
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    options: process.env.DATABASE_SCHEMA === "public" ? undefined : `-c search_path=${process.env.DATABASE_SCHEMA},public`,
  });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const schema = () => process.env.DATABASE_SCHEMA ?? "public";

describe("migrations match schema.prisma", () => {
  it("has every model's columns with their types and nullability, and no others", async () => {
    const rows = await query<{ table: string; column: string; type: string; notnull: boolean }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`,
      [schema()],
    );
    const actual = rows.map((r) => `${r.table}.${r.column}: ${r.type}${r.notnull ? " not null" : ""}`).sort();
    const expected = dmmf.datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.kind === "scalar" || f.kind === "enum")
          .map((f) => {
            const notNull = f.isRequired && !f.isList;
            return `${model.dbName ?? model.name}.${f.dbName ?? f.name}: ${expectedType(f)}${notNull ? " not null" : ""}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has the enums with their values", async () => {
    const rows = await query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = $1 GROUP BY t.typname`,
      [schema()],
    );
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  it("has the primary keys and unique constraints", async () => {
    const rows = await query<{ table: string; primary: boolean; columns: string[] }>(
      `SELECT c.relname AS table, i.indisprimary AS primary,
              array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND i.indisunique AND i.indpred IS NULL AND c.relname <> '_prisma_migrations'`,
      [schema()],
    );
    const actual = rows.map((r) => `${r.table} ${r.primary ? "pk" : "unique"} (${r.columns.join(", ")})`).sort();
    const expected = dmmf.datamodel.indexes
      .filter((i) => i.type === "id" || i.type === "unique")
      .map((i) => `${i.model} ${i.type === "id" ? "pk" : "unique"} (${i.fields.map((f) => f.name).join(", ")})`)
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has a foreign key for every relation", async () => {
    const rows = await query<{ table: string; columns: string[]; target: string; targetColumns: string[] }>(
      `SELECT c.relname AS table, t.relname AS target,
              array(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY x(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum ORDER BY x.ord)::text[] AS columns,
              array(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY x(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.attnum ORDER BY x.ord)::text[] AS "targetColumns"
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND k.contype = 'f'`,
      [schema()],
    );
    const actual = rows.map((r) => `${r.table}(${r.columns.join(", ")}) -> ${r.target}(${r.targetColumns.join(", ")})`).sort();
    const expected = dmmf.datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.kind === "object" && f.relationFromFields?.length)
          .map((f) => `${model.name}(${f.relationFromFields!.join(", ")}) -> ${f.type}(${f.relationToFields!.join(", ")})`),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
