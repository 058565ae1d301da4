#!/usr/bin/env bash
# Killing an ingest at any moment leaves a consistent database: every stored
# article has all its mentions, nothing is half-written, and ingesting again
# completes the set without duplicates.
set -u
source "$(dirname "$0")/lib.bash"
python3 - "$SRC/samples" "$TMP/corpus.jsonl" <<'PY'
import json, os, sys
texts = []
for root, _, files in os.walk(sys.argv[1]):
    for f in sorted(files):
        if f.endswith(".txt"):
            texts.append(open(os.path.join(root, f), encoding="utf-8").read())
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(4000):
        t = texts[i % len(texts)] + "\n\n(%d)\n" % i   # each one distinct
        out.write(json.dumps({"id": "k%d" % i, "text": t}, ensure_ascii=False) + "\n")
PY
for delay in 0.3 0.8; do
  rm -f "$TMP/k.db"*
  "$KRONIKA" ingest -q -j 2 --batch 8 --db "$TMP/k.db" "$TMP/corpus.jsonl" &
  pid=$!
  # Start counting once the process has created its database (slow builds start slowly).
  for _ in $(seq 1 200); do [[ -f "$TMP/k.db" ]] && break; sleep 0.1; done
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [[ -f "$TMP/k.db" ]] || fail "no database after kill at ${delay}s"
  expect_eq "$(sqlite3 "$TMP/k.db" 'PRAGMA integrity_check')" "ok" "integrity after kill at ${delay}s"
  bad=$(sqlite3 "$TMP/k.db" "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM mentions m WHERE m.article = a.rowid) != json_array_length(a.annotation, '$.mentions')")
  expect_eq "$bad" "0" "articles with missing mentions after kill at ${delay}s"
  n=$(sqlite3 "$TMP/k.db" "SELECT count(*) FROM articles")
  [[ "$n" -lt 4000 ]] || fail "kill at ${delay}s came too late to test anything ($n articles)"
  "$KRONIKA" ingest -q -j 2 --db "$TMP/k.db" "$TMP/corpus.jsonl" || fail "resume after kill failed"
  expect_eq "$(sqlite3 "$TMP/k.db" 'SELECT count(*) FROM articles')" "4000" "all articles after resuming"
  expect_eq "$(sqlite3 "$TMP/k.db" 'SELECT count(DISTINCT id) FROM articles')" "4000" "no duplicates after resuming"
done
echo "ok"
