#!/usr/bin/env bash
# Runs every benchmark (benchmarks/bench_*.py) and prints its figures; benchmarks never assert.
# ONLY=name runs one:  make bench ONLY=quantities
set -euo pipefail
cd "$(dirname "$0")/.."
for b in benchmarks/bench_*.py; do
  name=$(basename "$b" .py); name=${name#bench_}
  if [ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ]; then continue; fi
  echo "==================== $name"
  .venv/bin/python "$b" "$@"
done
