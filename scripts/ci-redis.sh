#!/usr/bin/env bash
# Make redis-server available for the queue tests (tests/queue.test.ts spawns its own on a random
# loopback port). With a port argument (or REDIS_PORT), also start a throwaway server on 127.0.0.1.
# Usage: bash scripts/ci-redis.sh [PORT]
set -euo pipefail

if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "ci-redis: redis-server missing and not root; install it (apt-get install redis-server)" >&2
    exit 1
  fi
  echo "ci-redis: installing redis-server" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends redis-server >/dev/null
fi
echo "ci-redis: $(redis-server --version)" >&2

port="${1:-${REDIS_PORT:-}}"
if [ -n "$port" ]; then
  # Loopback only, nothing persisted: a scratch server for this run.
  redis-server --port "$port" --bind 127.0.0.1 --protected-mode yes --save '' --appendonly no --daemonize yes \
    --logfile "/tmp/newsclean-redis-$port.log" --pidfile "/tmp/newsclean-redis-$port.pid"
  for _ in $(seq 1 50); do
    if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
      echo "ci-redis: redis://127.0.0.1:$port ready (pid $(cat "/tmp/newsclean-redis-$port.pid"))" >&2
      exit 0
    fi
    sleep 0.1
  done
  echo "ci-redis: redis-server on port $port did not answer" >&2
  exit 1
fi
