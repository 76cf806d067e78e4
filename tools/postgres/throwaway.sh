#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `start DIR PORT` makes a cluster in DIR (initdb) and starts it on
# 127.0.0.1:PORT, installing Debian's postgresql first when no server binaries are found; `stop DIR` stops it and
# removes DIR. Prints one line on stdout: the connection string. As root the server runs as the postgres user.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: throwaway.sh start DIR PORT | stop DIR" >&2
  exit 2
fi

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then
    echo "$found"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

install_server() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "throwaway.sh: no PostgreSQL server binaries and not root: install Debian's postgresql" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -q >&2
  apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends postgresql >&2
}

case "$command" in
  start)
    port=${3:?port}
    bin=$(find_bin)
    if [ -z "$bin" ]; then
      install_server
      bin=$(find_bin)
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
      useradd --system --no-create-home postgres
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=200" start >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    bin=$(find_bin)
    if [ -n "$bin" ] && [ -d "$dir/data" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: throwaway.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
