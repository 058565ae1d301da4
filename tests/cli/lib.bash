# Helpers for the CLI tests: sourced, not run. Each test gets the kronika
# binary as $1 and the source folder as $2.
KRONIKA=${1:?kronika binary}
SRC=${2:?source folder}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_eq() { [[ "$1" == "$2" ]] || fail "$3: expected '$2', got '$1'"; }
expect_contains() { grep -qF -- "$2" <<<"$1" || fail "$3: '$2' not in output:"$'\n'"$1"; }
