#!/usr/bin/env bash
# The proofs of the shared cache (decision 018) and the read replica (decision 019), after `npm run build`:
#   1. a primary PostgreSQL cluster and a streaming replica of it (pg_basebackup -R), both of this run's own;
#   2. the dashboard and export tests with DATABASE_REPLICA_URLS set (commits wait for the replica to apply them,
#      so the tests' read-after-write holds), then the routing and lag test with ordinary asynchronous replication;
#   3. the multi-instance journey with REDIS_URL (a Redis of this run's own): a guide published through instance 1
#      is on instance 2 at once;
#   4. the fault test: Redis, then the replica, stopped and started under load (scripts/scale/faults.ts).
# Needs root (pg_createcluster), PostgreSQL 15 and redis-server. Ports: SCALE_PG_PRIMARY_PORT (5611),
# SCALE_PG_REPLICA_PORT (5612), SCALE_REDIS_PORT (6391, and the next one for the fault test), SCALE_APP_PORT (3820,
# and the next one). Everything it makes is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

PRIMARY_PORT="${SCALE_PG_PRIMARY_PORT:-5611}"
REPLICA_PORT="${SCALE_PG_REPLICA_PORT:-5612}"
REDIS_PORT="${SCALE_REDIS_PORT:-6391}"
APP_PORT="${SCALE_APP_PORT:-3820}"
PG_VERSION=15
PRIMARY="scale_primary_$$"
REPLICA="scale_replica_$$"
PRIMARY_SERVER="postgresql://postgres@127.0.0.1:${PRIMARY_PORT}/postgres"
DB="scale_ci"
REDIS_PID=""
started=$(date +%s)

say() { printf '[scale %3ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }
psql_primary() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d postgres -tA -c "$1"; }

cleanup() {
  [ -n "$REDIS_PID" ] && kill "$REDIS_PID" 2>/dev/null || true
  pg_dropcluster "$PG_VERSION" "$REPLICA" --stop >/dev/null 2>&1 || true
  pg_dropcluster "$PG_VERSION" "$PRIMARY" --stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap "exit 1" INT TERM

if ! command -v redis-server >/dev/null; then
  say "installing redis-server"
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
fi

say "primary cluster $PRIMARY on port $PRIMARY_PORT, replica $REPLICA on port $REPLICA_PORT"
pg_createcluster "$PG_VERSION" "$PRIMARY" --port "$PRIMARY_PORT" -- --auth=trust >/dev/null
pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PRIMARY" start
pg_createcluster "$PG_VERSION" "$REPLICA" --port "$REPLICA_PORT" -- --auth=trust >/dev/null
REPLICA_DATA="/var/lib/postgresql/$PG_VERSION/$REPLICA"
find "$REPLICA_DATA" -mindepth 1 -delete
runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$REPLICA_DATA" -R -X stream
pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$REPLICA" start
for _ in $(seq 1 50); do
  [ "$(psql_primary "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = "1" ] && break
  sleep 0.2
done
[ "$(psql_primary "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = "1" ] || { echo "the replica is not streaming" >&2; exit 1; }
psql_primary "CREATE DATABASE $DB"
export DATABASE_URL="postgresql://postgres@127.0.0.1:${PRIMARY_PORT}/${DB}"
export DATABASE_REPLICA_URLS="postgresql://postgres@127.0.0.1:${REPLICA_PORT}/${DB}"
say "replica streaming"

say "dashboard and export tests with the replica configured (commits wait for the replica to apply them)"
psql_primary "ALTER SYSTEM SET synchronous_standby_names = '*'"
psql_primary "ALTER SYSTEM SET synchronous_commit = 'remote_apply'"
psql_primary "SELECT pg_reload_conf()" >/dev/null
npx vitest run --project integration tests/integration/kanim-dashboard-exports.test.ts tests/integration/admin-audit.test.ts
psql_primary "ALTER SYSTEM RESET synchronous_standby_names"
psql_primary "ALTER SYSTEM RESET synchronous_commit"
psql_primary "SELECT pg_reload_conf()" >/dev/null

say "replica routing and lag (asynchronous replication)"
npx vitest run --config tests/scale/vitest.config.ts

say "multi-instance journey with the shared cache (Redis on port $REDIS_PORT)"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >/dev/null &
REDIS_PID=$!
for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
# The journey's app has a database of its own (<db>_e2e), which the replica URL above does not name.
env -u DATABASE_REPLICA_URLS REDIS_URL="redis://127.0.0.1:${REDIS_PORT}" REDIS_KEY_PREFIX="scale-ci-$$:" E2E_PORT="$APP_PORT" \
  npx playwright test tests/e2e/multi-instance.spec.ts --project chromium
kill "$REDIS_PID"
REDIS_PID=""

say "faults under load: Redis, then the replica, stopped and started"
SCALE_PRIMARY_URL="$PRIMARY_SERVER" SCALE_REPLICA_PORT="$REPLICA_PORT" SCALE_REPLICA_CLUSTER="$PG_VERSION $REPLICA" \
  SCALE_FAULT_REDIS_PORT="$((REDIS_PORT + 1))" SCALE_APP_PORT="$APP_PORT" \
  node_modules/.bin/tsx --conditions=react-server scripts/scale/faults.ts

say "shared cache and read replica proofs passed"
