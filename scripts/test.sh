#!/usr/bin/env bash
# Sets up everything the test suite needs and runs it:
#  - the virtual environment in .venv with claimgraph and its dev extras;
#  - a throwaway PostgreSQL cluster (Debian's postgresql package, installed if missing) listening
#    on 127.0.0.1 only, on a free port, stopped and deleted when the tests end.
# Extra arguments go to pytest:  bash scripts/test.sh -k readers
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

make -s venv

# ---------------------------------------------------------------- PostgreSQL
pg_bin_dir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}
if ! PGBIN=$(pg_bin_dir); then
  echo "test.sh: installing Debian's postgresql package for the PostgreSQL tests" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  PGBIN=$(pg_bin_dir)
fi

PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-pg.XXXXXX")
PGPORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# PostgreSQL refuses to run as root: run the throwaway cluster as the postgres system user.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$PGDIR"
  AS_PG=(runuser -u postgres --)
else
  AS_PG=()
fi
cleanup() {
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
"${AS_PG[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U claimgraph --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$PGDIR -c fsync=off" start >/dev/null
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U claimgraph claimgraph_test
export CLAIMGRAPH_TEST_PG_URL="postgresql://claimgraph@127.0.0.1:$PGPORT/claimgraph_test"
echo "test.sh: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"

# ---------------------------------------------------------------- lint and tests
.venv/bin/ruff check src tests benchmarks
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when nothing was collected: that is a failure for us, not a pass.
exit $rc
