#!/bin/bash
# Differential fuzzing of the language core: for seeds N..M, generate a program with
# test/tools/fuzz_lang.py and run it under python3 and Yieldpoint; compare stdout, the last
# line of stderr and the exit code. Failing programs are saved to /tmp/fuzz-lang-fail/.
# usage: test/tools/fuzz_lang.sh N M [JOBS]
set -u
cd "$(dirname "$0")/../.."
N=${1:?first seed}; M=${2:?last seed}; JOBS=${3:-2}
PY=$(python3 -c 'import sys; print(sys.executable)')
OUT=/tmp/fuzz-lang-fail
mkdir -p "$OUT"
export PY OUT PYTHONHASHSEED=0
one() {
  s=$1; d=$(mktemp -d)
  "$PY" test/tools/fuzz_lang.py "$s" > "$d/prog.py"
  timeout 20 "$PY" "$d/prog.py" > "$d/py.out" 2> "$d/py.err"; pc=$?
  timeout 20 node dist/cli.js run "$d/prog.py" > "$d/yp.out" 2> "$d/yp.err"; yc=$?
  pl=$(sed -e 's/[[:space:]]*$//' "$d/py.err" | sed -e '/^$/d' | tail -1)
  yl=$(sed -e 's/[[:space:]]*$//' "$d/yp.err" | sed -e '/^$/d' | tail -1)
  if cmp -s "$d/py.out" "$d/yp.out" && [ "$pc" == "$yc" ] && [ "$pl" == "$yl" ]; then
    rm -rf "$d"
  else
    cp "$d/prog.py" "$OUT/seed$s.py"
    diff "$d/py.out" "$d/yp.out" > "$OUT/seed$s.diff"
    printf 'exit %s/%s\npy: %s\nyp: %s\n' "$pc" "$yc" "$pl" "$yl" >> "$OUT/seed$s.diff"
    echo "FAIL seed $s (exit $pc/$yc)"
    rm -rf "$d"
  fi
}
export -f one
seq "$N" "$M" | xargs -P "$JOBS" -I{} bash -c 'one {}'
