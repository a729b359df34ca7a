#!/usr/bin/env bash
# Coverage-guided fuzzing of the archive loader and the page importer with libFuzzer
# (swiftc -sanitize=fuzzer,address; works with the Linux toolchain).
#
#   bash Fuzz/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
#
# One binary (.build/fuzz/gazette-fuzz) is built from GazetteCore's sources (with the CPrefetch
# header module) and Fuzz/*.swift;
# each target (GAZETTE_FUZZ_TARGET=archive|page) is seeded with the bundled archive, the JSONTestSuite files and the seed page when ../shared
# is present, and run for the given time. A crash leaves its input in .build/fuzz/ and
# makes the script exit non-zero: turn it into a regression test in MutationFuzzTests.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
out=.build/fuzz
mkdir -p "$out"

if ! command -v swiftc >/dev/null; then echo "fuzz: swiftc not found" >&2; exit 2; fi
mapfile -t core < <(find Sources/GazetteCore -name '*.swift' | sort)

corpus() {  # corpus NAME FILE... : a fresh seed corpus of the existing files
    local dir="$out/corpus-$1"; shift
    rm -rf "$dir"; mkdir -p "$dir"
    for file in "$@"; do [ -f "$file" ] && cp "$file" "$dir/" || true; done
    echo "$dir"
}

run() {  # run NAME CORPUS_DIR
    local name="$1" dir="$2"
    echo "fuzz: running $name for ${seconds}s"
    GAZETTE_FUZZ_TARGET="$name" "$out/gazette-fuzz" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$out/$name-" -print_final_stats=1 "$dir" 2>&1 | grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)" || true
    # libFuzzer's own exit status is lost in the pipe; crash artifacts are the verdict.
    if compgen -G "$out/$name-crash-*" >/dev/null || compgen -G "$out/$name-timeout-*" >/dev/null \
        || compgen -G "$out/$name-oom-*" >/dev/null; then
        echo "fuzz: $name found a failing input (see $out/$name-*)" >&2
        return 1
    fi
}

echo "fuzz: building $out/gazette-fuzz"
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name GazetteCore -I Sources/CPrefetch \
    "${core[@]}" Fuzz/*.swift -o "$out/gazette-fuzz" 2> >(grep -v "ld.gold: warning" >&2)
rm -f "$out"/*-crash-* "$out"/*-timeout-* "$out"/*-oom-*
shopt -s nullglob
archives=(data/bjast.json ../shared/jsontestsuite/test_parsing/*.json)
pages=(../shared/seed/*.txt)
run archive "$(corpus archive "${archives[@]}")"
run page "$(corpus page "${pages[@]}")"
echo "fuzz: no crash"
