#!/usr/bin/env bash
# Prints "N passed, N failed" (", N skipped" when any) from the TRX files under the given folder.
set -euo pipefail
folder="${1:-TestResults}"
passed=0; failed=0; skipped=0
shopt -s globstar nullglob
for trx in "$folder"/**/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed))); failed=$((failed + $(get failed)))
  executed=$(get executed); total=$(get total)
  skipped=$((skipped + total - executed))
done
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
