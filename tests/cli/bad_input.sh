#!/usr/bin/env bash
# A folder of bad inputs: each is named on stderr (with its line for JSON
# Lines), every good article is stored, and the exit code is 1.
set -u
source "$(dirname "$0")/lib.bash"
d="$TMP/in"; mkdir -p "$d"
printf 'Ljubljana, 3. marca (STA) - Slovenija in Hrvaška sta podpisali sporazum o meji.\n' > "$d/good.txt"
printf 'Rusija je zavrnila obtožbe \xff\xfe Ukrajine.\n' > "$d/invalid-utf8.txt"
: > "$d/empty.txt"
printf 'PK\x03\x04\x00\x00\x00binary\x00\x01\x02' > "$d/binary.txt"
head -c 20000000 /dev/zero | tr '\0' 'a' > "$d/huge.txt"
for i in $(seq 1 3000); do echo "Moscow (AP) - Russia and China signed agreement number $i on gas supplies."; done | gzip -c > "$TMP/full.gz"
head -c 2000 "$TMP/full.gz" > "$d/truncated.txt.gz"
{
  echo '{"id": "a1", "text": "Kitajska je Japonski poslala protestno noto."}'
  echo '{"id": "a2", "text": "broken'
  echo '{"id": "a3", "text": "France and Germany agreed on a new package of aid for Ukraine."}'
  echo '["not", "an", "object"]'
} > "$d/feed.jsonl"

"$KRONIKA" ingest --db "$TMP/k.db" --max-bytes 10000000 "$d" 2> "$TMP/err"
code=$?
err=$(cat "$TMP/err")
expect_eq "$code" "1" "exit code with rejected input"
expect_contains "$err" "empty.txt" "empty file named"
expect_contains "$err" "(empty)" "empty file reason"
expect_contains "$err" "binary.txt" "binary file named"
expect_contains "$err" "(binary)" "binary reason"
expect_contains "$err" "huge.txt" "huge file named"
expect_contains "$err" "(too-large)" "huge reason"
expect_contains "$err" "truncated.txt.gz" "truncated gzip named"
expect_contains "$err" "(truncated-gzip)" "truncated reason"
expect_contains "$err" "feed.jsonl:2" "malformed JSON line named"
expect_contains "$err" "feed.jsonl:4" "non-object JSON line named"
expect_contains "$err" "invalid-utf8.txt: byte 28: invalid UTF-8" "invalid UTF-8 position"
stored=$(sqlite3 "$TMP/k.db" "SELECT group_concat(source, ' ') FROM (SELECT source FROM articles ORDER BY source)")
expect_eq "$stored" "$d/feed.jsonl:1 $d/feed.jsonl:3 $d/good.txt $d/invalid-utf8.txt" "stored articles"
rejected=$(sqlite3 "$TMP/k.db" "SELECT count(*) FROM rejections")
expect_eq "$rejected" "6" "rejections kept in the database"
text=$(sqlite3 "$TMP/k.db" "SELECT text FROM articles WHERE source LIKE '%invalid-utf8.txt'")
expect_eq "$text" "Rusija je zavrnila obtožbe �� Ukrajine." "invalid bytes replaced, the rest kept"

# annotate: same rejections, the good articles on stdout.
"$KRONIKA" annotate --max-bytes 10000000 "$d" > "$TMP/out.jsonl" 2> "$TMP/err2"
expect_eq "$?" "1" "annotate exit code"
expect_eq "$(wc -l < "$TMP/out.jsonl" | tr -d ' ')" "4" "annotate printed the good articles"
echo "ok"
