#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server from Debian's packages:
#   server/dev/with-postgres.sh npm run test:server
# A cluster is made in a temporary folder, owned by the non-root `postgres` user (Debian's package creates
# it), listening on a unix socket in that folder and on a free loopback port; TEST_DATABASE_URL points at
# it for the command. The cluster is stopped and removed afterwards, whatever the command's outcome.
set -euo pipefail

bin=""
for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && bin="$dir"; done
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)." >&2
  exit 2
fi

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home /nonexistent --shell /usr/sbin/nologin postgres
  run_as=(runuser -u postgres --)
fi

work="$(mktemp -d /tmp/gateway-pg.XXXXXX)"
chmod 755 "$work"
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

cleanup() {
  "${run_as[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"${run_as[@]}" "$bin/initdb" -D "$work/data" -U gateway --auth=trust --encoding=UTF8 --no-instructions >/dev/null
"${run_as[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster in $work)"

export TEST_DATABASE_URL="postgres://gateway@127.0.0.1:$port/postgres"
"$@"
