#!/usr/bin/env bash
# --help tells the truth: every command is listed, exit codes are documented,
# and a wrong option is a usage error (exit 2).
set -u
source "$(dirname "$0")/lib.bash"
top=$("$KRONIKA" --help)
for c in annotate ingest articles events show; do expect_contains "$top" "$c" "command $c in --help"; done
expect_contains "$top" "Exit codes" "exit codes documented"
for c in annotate ingest articles events show; do
  out=$("$KRONIKA" "$c" --help) || fail "$c --help failed"
  expect_contains "$out" "Exit codes" "$c --help documents exit codes"
done
"$KRONIKA" annotate --no-such-option >/dev/null 2>&1
expect_eq "$?" "2" "unknown option exit code"
"$KRONIKA" >/dev/null 2>&1
expect_eq "$?" "2" "missing command exit code"
"$KRONIKA" articles --db "$TMP/missing.db" >/dev/null 2> "$TMP/err"
expect_eq "$?" "3" "missing database exit code"
expect_contains "$(cat "$TMP/err")" "missing.db" "missing database named"
echo "ok"
