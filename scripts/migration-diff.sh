#!/usr/bin/env bash
# Writes the SQL that takes the database from the committed prisma/schema.prisma (or the one at --from <git ref>)
# to the schema in the working copy. With a name, it creates prisma/migrations/<UTC timestamp>_<name>/migration.sql;
# without one, it prints the SQL. Review and edit the file (checks, indexes Prisma cannot express), then run
# `npm run db:migrate` and the drift test (tests/integration/schema-drift.test.ts).
#
# Prisma 7's `migrate diff` wants the native schema engine, which cannot be downloaded here. Prisma 6.19.3 with
# engine "js" and a driver adapter runs its WebAssembly schema engine instead; it is installed into a temporary
# folder so the project's dependencies stay untouched. See docs/decisions/002-own-migration-runner.md.
#
# usage: scripts/migration-diff.sh [--from <git ref>] [migration_name]
set -euo pipefail
cd "$(dirname "$0")/.."

from_ref=HEAD
if [ "${1:-}" = "--from" ]; then from_ref="$2"; shift 2; fi
name="${1:-}"
if [ -n "$name" ] && ! [[ "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "migration name: lower-case letters, digits and underscores only" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Any existing file stops the engine downloads; the js engine never runs them.
export PRISMA_QUERY_ENGINE_LIBRARY="$(command -v node)"
export PRISMA_SCHEMA_ENGINE_BINARY="$(command -v node)"
export PRISMA_HIDE_UPDATE_MESSAGE=1
# Only needed to satisfy the datasource; a diff between two schema files reads no database.
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"

(cd "$tmp" && echo '{"private":true}' > package.json &&
  npm install --silent --no-audit --no-fund prisma@6.19.3 @prisma/adapter-pg@6.19.3 >/dev/null)

# Prisma 6 wants the classic generator and a url line.
to_v6() {
  sed -e 's/provider *= *"prisma-client"/provider = "prisma-client-js"/' -e '/^ *output *=/d' -e '/^ *moduleFormat *=/d' \
    -e 's/^\( *\)provider = "postgresql"$/\1provider = "postgresql"\n\1url      = env("DATABASE_URL")/'
}
git show "${from_ref}:prisma/schema.prisma" | to_v6 > "$tmp/from.prisma"
to_v6 < prisma/schema.prisma > "$tmp/to.prisma"

cat > "$tmp/prisma.config.ts" <<'TS'
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "to.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
});
TS

sql="$(cd "$tmp" && npx --no-install prisma migrate diff --from-schema-datamodel from.prisma --to-schema-datamodel to.prisma --script 2>/dev/null)"
if [ -z "$(grep -v '^--' <<<"$sql" | tr -d '[:space:]')" ]; then
  echo "No schema changes since ${from_ref}." >&2
  exit 0
fi
if [ -z "$name" ]; then
  printf '%s\n' "$sql"
  exit 0
fi
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
echo "wrote $dir/migration.sql"
