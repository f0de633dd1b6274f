#!/usr/bin/env bash
# Fuzzes the decoder and the reducer with libFuzzer for a bounded time, starting from the hostile corpus.
#
#   Tests/Fuzz/run.sh [SECONDS]        # 60 by default
#
# FlightDeckCore's sources and Tests/Fuzz/FuzzEntry.swift are compiled into one instrumented binary with
# `swiftc -sanitize=fuzzer`; swift-collections comes from the SwiftPM debug build, so run `swift build` first
# (`swift test` has). Exit status 0: no crash, no hang, no invariant broken. Otherwise the input that did it
# is in .build/fuzz/artifacts/: copy it to Tests/Corpus/hostile/any-fuzz-<what>.json as a regression test.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
build=${FLIGHTDECK_BUILD:-$root/.build/debug}
work=$root/.build/fuzz
mkdir -p "$work/corpus" "$work/artifacts"

if [ ! -d "$build/DequeModule.build" ]; then
    echo "no SwiftPM debug build in $build: run 'swift build' first" >&2
    exit 2
fi

shopt -s globstar nullglob
objects=()
for module in DequeModule ContainersPreview InternalCollectionsUtilities; do
    objects+=("$build/$module.build"/*.o)
done

swiftc -sanitize=fuzzer -parse-as-library -O -module-name FlightDeckCore \
    -I "$build/Modules" -Xlinker -lm \
    "$root"/Sources/FlightDeckCore/**/*.swift "$root/Tests/Fuzz/FuzzEntry.swift" "${objects[@]}" \
    -o "$work/fuzz-core"

# Swift's own crash reporter would take the trap before libFuzzer, which then keeps no crashing input.
export SWIFT_BACKTRACE=enable=no
# The writable corpus first: libFuzzer adds what it finds there and only reads the committed one.
# Inputs are capped at 4 KB so mutations stay fast; the large corpus files are covered by the corpus tests.
exec "$work/fuzz-core" "$work/corpus" "$root/Tests/Corpus/hostile" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1
