#!/usr/bin/env bash
# Benchmark (not a test): prints the no-op build time, the time to add one article via `build`, and the time from
# saving a new article to its page being served under `serve`. Runs on a copy of articles/ and templates/ in a
# temporary folder, through the ./newsgraph launcher, as a journalist would. Usage: bench/run.sh [RUNS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cp -r "$home/articles" "$home/templates" "$work/"
cd "$work"

ng() { "$home/newsgraph" "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# A new article the size of a real one: an existing article under a new slug, so that it must be extracted.
new_article() {
  sed "0,/^---$/s//---\nslug: $1/" "$home/articles/2025-03-14-albion-skyways-order.md" > "articles/2025-08-01-$1.md"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ng build > /dev/null 2>&1 || true   # builds the jar if needed, extracts every article once (fills the cache)

for _ in $(seq "$runs"); do
  start=$(now); ng build > /dev/null; elapsed "$start" "$(now)"; echo
done | median | xargs printf "no-op build (median of $runs, whole process):        %s s\n"

new_article bench-build
start=$(now); ng build > "$work/build.log"; end=$(now)
printf "add one article via build (whole process, loads CoreNLP): %s s   [%s]\n" "$(elapsed "$start" "$end")" \
  "$(grep -o 'Built.*' "$work/build.log")"

# Not through the ng function: $! must be the launcher itself, which execs java, so that kill reaches the JVM.
"$home/newsgraph" serve --port 0 > "$work/serve.log" 2>&1 &
server=$!
until grep -q "NLP pipeline ready" "$work/serve.log"; do
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/serve.log"; exit 1; fi
  sleep 0.2
done
port="$(grep -o 'http://localhost:[0-9]*/ ' "$work/serve.log" | head -1 | grep -o '[0-9]*' | tail -1)"
for n in 1 2 3; do
  start=$(now); new_article "bench-serve-$n"
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/article/bench-serve-$n/")" == 200 ]]; do
    sleep 0.05
  done
  page=$(now)
  until curl -s "http://localhost:$port/sparql" --data-urlencode \
      "query=ASK { <http://localhost:8080/article/bench-serve-$n> ?p ?o }" -H 'Accept: text/csv' | grep -q true; do
    sleep 0.05
  done
  printf "serve: save -> page served %s s, -> in SPARQL %s s\n" "$(elapsed "$start" "$page")" "$(elapsed "$start" "$(now)")"
done
echo "serve log:"; sed 's/^/  /' "$work/serve.log"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
