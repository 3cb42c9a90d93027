#!/usr/bin/env bash
# Runs the integration suite through PgBouncer in transaction mode, as a production deployment would use it.
# Needs a PostgreSQL server (DATABASE_URL, default the local one) and the pgbouncer binary (Debian: pgbouncer).
set -euo pipefail
cd "$(dirname "$0")/../.."

server_url="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
server_host=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname)' "$server_url")
server_port=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||5432)' "$server_url")
server_user=$(node -e 'const u=new URL(process.argv[1]);console.log(decodeURIComponent(u.username)||"postgres")' "$server_url")
port="${PGBOUNCER_PORT:-6432}"

command -v pgbouncer >/dev/null || { echo "pgbouncer is not installed (apt-get install -y pgbouncer)" >&2; exit 1; }

dir=$(mktemp -d)

cat > "$dir/pgbouncer.ini" <<INI
[databases]
* = host=$server_host port=$server_port
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
; node-pg sends statement_timeout as a startup parameter; behind PgBouncer set it on the role instead
; (ALTER ROLE … SET statement_timeout), see docs/scaling.md.
ignore_startup_parameters = extra_float_digits,statement_timeout,options
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
echo "\"$server_user\" \"\"" > "$dir/userlist.txt"
chmod 644 "$dir"/*
[ "$(id -u)" = 0 ] && chown -R postgres "$dir"

as_user=()
[ "$(id -u)" = 0 ] && as_user=(-u postgres)   # pgbouncer refuses to run as root
pgbouncer -d "${as_user[@]}" "$dir/pgbouncer.ini"
trap 'kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 50); do
  (echo > /dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
  sleep 0.1
done

echo "PgBouncer (transaction mode) on 127.0.0.1:$port → $server_host:$server_port"
DATABASE_URL="postgresql://$server_user@127.0.0.1:$port/postgres" TEST_DATABASE_ISOLATION=database TEST_THROUGH_PGBOUNCER=1 \
  npx vitest run --project integration "$@"
