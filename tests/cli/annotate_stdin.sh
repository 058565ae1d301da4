#!/usr/bin/env bash
# annotate reads JSON Lines from stdin, keeps input ids and metadata, writes
# one object per article in input order whatever the thread count, and finds
# inflected country names through lemmas.
set -u
source "$(dirname "$0")/lib.bash"
for i in $(seq 1 30); do
  printf '{"id": "n%d", "lang": "sl", "published": "2024-05-0%dT10:00:00+02:00", "text": "Predsednik Slovenije je v Pekingu govoril o odnosih med Kitajsko in Rusijo (%d)."}\n' "$i" "$(( i % 9 + 1 ))" "$i"
done > "$TMP/in.jsonl"
"$KRONIKA" annotate -j 1 - < "$TMP/in.jsonl" > "$TMP/one.jsonl" || fail "annotate -j 1 failed"
"$KRONIKA" annotate -j 4 - < "$TMP/in.jsonl" > "$TMP/four.jsonl" || fail "annotate -j 4 failed"
cmp -s "$TMP/one.jsonl" "$TMP/four.jsonl" || fail "output depends on the thread count"
ids=$(python3 -c 'import json,sys; print(" ".join(json.loads(l)["id"] for l in open(sys.argv[1])))' "$TMP/one.jsonl")
expect_eq "$ids" "$(seq -f 'n%g' 1 30 | tr '\n' ' ' | sed 's/ $//')" "ids in input order"
first=$(head -n 1 "$TMP/one.jsonl")
python3 - "$first" <<'PY' || fail "first record"
import json, sys
d = json.loads(sys.argv[1])
assert d["lang"] == "sl" and d["published"] == "2024-05-02T10:00:00+02:00", d
text = "Predsednik Slovenije je v Pekingu govoril o odnosih med Kitajsko in Rusijo (1)."
found = {(m["text"], m["entity"], m["country"]) for m in d["mentions"] if m["type"] == "LOC"}
want = {("Slovenije", "Slovenia", "SVN"), ("Pekingu", "Beijing", "CHN"), ("Kitajsko", "China", "CHN"), ("Rusijo", "Russia", "RUS")}
assert found == want, found
for m in d["mentions"]:
    assert d["mentions"] and text[m["start"]:m["end"]] == m["text"], m
PY
echo "ok"
