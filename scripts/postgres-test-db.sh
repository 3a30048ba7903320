#!/usr/bin/env bash
# Sets up a throwaway PostgreSQL database for tests/core/test_postgres.py on Debian (as root, as in CI)
# and prints its SQLAlchemy URL. Prints nothing and exits 0 where that is not possible: the test skips.
set -uo pipefail
[ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 || exit 0
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || exit 0
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='hh'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE hh LOGIN SUPERUSER PASSWORD 'hh'\"" >/dev/null || exit 0
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='hh_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O hh hh_test" || exit 0
echo "postgresql+psycopg://hh:hh@localhost/hh_test"
