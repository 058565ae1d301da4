#!/usr/bin/env bash
# Ingesting the same articles twice changes nothing in the database.
set -u
source "$(dirname "$0")/lib.bash"
"$KRONIKA" ingest -q --db "$TMP/k.db" "$SRC/samples" || fail "first ingest failed"
dump1=$(sqlite3 "$TMP/k.db" "SELECT id, content_hash, title FROM articles ORDER BY rowid; SELECT * FROM mentions ORDER BY article, id;")
n1=$(sqlite3 "$TMP/k.db" "SELECT count(*) FROM articles")
[[ "$n1" -ge 20 ]] || fail "expected at least 20 sample articles, got $n1"
"$KRONIKA" ingest --db "$TMP/k.db" "$SRC/samples" 2> "$TMP/err" || fail "second ingest failed"
expect_contains "$(cat "$TMP/err")" "0 new, $n1 already stored" "second run summary"
dump2=$(sqlite3 "$TMP/k.db" "SELECT id, content_hash, title FROM articles ORDER BY rowid; SELECT * FROM mentions ORDER BY article, id;")
[[ "$dump1" == "$dump2" ]] || fail "database changed on the second ingest"
# The same article under another file name is still the same article.
cp "$(find "$SRC/samples" -name '*.txt' | sort | head -n 1)" "$TMP/copy.txt"
"$KRONIKA" ingest -q --db "$TMP/k.db" "$TMP/copy.txt" || fail "ingest of a copy failed"
expect_eq "$(sqlite3 "$TMP/k.db" "SELECT count(*) FROM articles")" "$n1" "a renamed copy is not a new article"
echo "ok"
