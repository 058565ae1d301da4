#!/usr/bin/env bash
# A ".json" file may be one document: an article object, or an array of
# them (each named path:[i]); a pretty-printed document that is no article
# is one rejection, not one per line; JSON Lines in a ".json" file still work.
set -u
source "$(dirname "$0")/lib.bash"
d="$TMP/in"; mkdir -p "$d"
cat > "$d/one.json" <<'J'
{
  "id": "one",
  "lang": "sl",
  "text": "Rusija je napadla Ukrajino."
}
J
printf '[{"id": "a", "text": "Kitajska je Japonski poslala protestno noto."}, {"id": "b"}, {"id": "c", "text": "France and Germany agreed on a new aid package for Ukraine."}]' > "$d/many.json"
cat > "$d/gold.json" <<'J'
{
  "file": "x.txt",
  "events": [
    {"cue": "napadla"}
  ]
}
J
printf '{"id": "l1", "text": "Slovenija in Hrvaška sta podpisali sporazum."}\n{"id": "l2", "text": "Japan protested to China."}\n' > "$d/lines.json"

"$KRONIKA" ingest --db "$TMP/k.db" "$d" 2> "$TMP/err"
code=$?
err=$(cat "$TMP/err")
expect_eq "$code" "1" "exit code with one rejected document"
expect_contains "$err" "gold.json: a JSON document with no string field \"text\"" "a non-article document named once"
expect_contains "$err" "many.json:[1]" "the array element without text named"
expect_eq "$(grep -c '^kronika: rejected' <<<"$err")" "2" "two rejections, not one per line"
stored=$(sqlite3 "$TMP/k.db" "SELECT group_concat(source, ' ') FROM (SELECT source FROM articles ORDER BY source)")
expect_eq "$stored" "$d/lines.json:1 $d/lines.json:2 $d/many.json:[0] $d/many.json:[2] $d/one.json" "stored articles"
echo "ok"
