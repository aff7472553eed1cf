#!/usr/bin/env bash
# Runs every command of the command line on the files of generate.py and
# prints, per command, its exit status, wall time and peak memory.
#
# usage: measure.sh BIN DIR [TIMEOUT_SECONDS]
#   BIN  the release binary (target/release/security-hierarchy)
#   DIR  a directory written by generate.py
# Output goes to /dev/null; stderr's first line is shown.
set -u
bin=$1
dir=$2
limit=${3:-60}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() {
    local name=$1
    shift
    local status
    /usr/bin/time -f '%e %M' -o "$out/time" timeout -s KILL "$limit" "$bin" "$@" >"$out/stdout" 2>"$out/stderr"
    status=$?
    # GNU time puts a note on exit status or signal before its last line.
    read -r secs kib < <(tail -n 1 "$out/time") || { secs='?'; kib=0; }
    printf '%-28s exit %-3s %8s s %8d MiB  %s\n' "$name" "$status" "$secs" "$((kib / 1024))" \
        "$(head -c 160 "$out/stderr" | head -n 1)"
}
f=$dir/forward.toml r=$dir/reverse.toml t=$dir/tied.json c=$dir/chain.toml y=$dir/cycles.toml s=$dir/scenario.toml
run "list" list
run "show forward" show "$f"
run "show chain" show "$c"
run "show --format json tied" show "$t" --format json
run "export pu-2022" export pu-2022
run "check forward" check "$f"
run "show cycles" show "$y"
run "check chain" check "$c"
run "check cycles" check "$y"
run "conflicts chain" conflicts "$c"
run "conflicts chain fwd (none)" conflicts "$c" "$f" --via none
run "compare chain fwd (none)" compare "$c" "$f" --via none
run "dot chain" dot "$c"
run "dot cycles" dot "$y"
run "check scenario" check "$s"
run "compare fwd rev (none)" compare "$f" "$r" --via none
run "compare fwd tied (none,json)" compare "$f" "$t" --via none --format json
run "compare fwd rev (tier)" compare "$f" "$r" --via tier
run "conflicts fwd rev (none)" conflicts "$f" "$r" --via none
run "conflicts fwd rev" conflicts "$f" "$r"
run "conflicts fwd tied (none)" conflicts "$f" "$t" --via none
run "check tied" check "$t"
run "consensus borda (none)" consensus "$f" "$r" --via none --method borda
run "consensus copeland (none)" consensus "$f" "$r" --via none --method copeland
run "consensus heuristic (none)" consensus "$f" "$t" --via none --method heuristic
run "consensus kemeny (none)" consensus "$f" "$t" --via none
run "consensus kemeny" consensus "$f" "$r"
run "consensus heuristic ties" consensus "$f" "$t" --via none --method heuristic --allow-ties
run "consensus kemeny ties" consensus "$f" "$t" --via none --allow-ties
run "scenario (none)" scenario "$s" --against "$f" --via none
run "plot fwd rev (none)" plot "$f" "$r" --via none -o "$out/plot.svg"
run "plot majority (none)" plot majority "$f" "$t" --via none -o "$out/majority.svg"
run "plot heatmap (none)" plot heatmap "$f" "$t" --via none -o "$out/heatmap.svg"
run "dot forward" dot "$f"
run "dot fwd rev (none)" dot "$f" "$r" --via none
run "dot tied" dot "$t"
