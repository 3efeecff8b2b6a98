#!/usr/bin/env bash
# `make bench`: end-to-end throughput and memory figures, printed as one table (also written to
# $BENCH_DIR/summary.md). Every step runs the perf-profile binaries under /usr/bin/time -v.
#
#   BENCH_ARTICLES  generated articles to ingest (default 100000)     BENCH_SEED   corpus seed (1)
#   BENCH_NODES / BENCH_EDGES  synthetic graph for export/stats/NetworkX (100000 / 1000000)
#   BENCH_SAMPLES   betweenness sources, the same for newsgraph and NetworkX (default 20)
#   BENCH_DIR       scratch directory (default ~/.cache/newsgraph/bench; the corpus is kept there)
#   PYTHON          python with networkx (default .venv/bin/python, from `make venv`)
#   BENCH_REUSE=1   keep the stores (and their ingest figures) of the last run on the same corpus
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${BENCH_ARTICLES:-100000}
SEED=${BENCH_SEED:-1}
NODES=${BENCH_NODES:-100000}
EDGES=${BENCH_EDGES:-1000000}
SAMPLES=${BENCH_SAMPLES:-20}
DIR=${BENCH_DIR:-${CACHE_HOME:-$HOME/.cache/newsgraph}/bench}
PYTHON=${PYTHON:-.venv/bin/python}
: "${CARGO_TARGET_DIR:=$HOME/.cache/newsgraph/target}"
BIN=$CARGO_TARGET_DIR/perf/newsgraph
EX=$CARGO_TARGET_DIR/perf/examples
mkdir -p "$DIR"

cargo build --profile perf --bin newsgraph --example gen_corpus --example bench_graph

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 |"); echo "  $1: $2 (peak RSS $3)"; }

# measure NAME CMD...: runs CMD under /usr/bin/time -v; sets WALL (s), CPU (s), RSS (MiB).
measure() {
    local name=$1
    shift
    /usr/bin/time -v -o "$DIR/time.$name" "$@" >"$DIR/out.$name" 2>"$DIR/err.$name" || {
        echo "bench: $name failed:" >&2
        tail -5 "$DIR/err.$name" >&2
        return 1
    }
    parse "$name"
}
parse() {
    local name=$1
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$DIR/time.$name")
    CPU=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$DIR/time.$name")
    RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MiB", $2/1024}' "$DIR/time.$name")
}
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 1e-9; printf "%.2f", a / b }'; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0.001) d = 0.001; printf "%.3f", d }'; }

echo "== corpus: $ARTICLES articles, seed $SEED"
CORPUS=$DIR/corpus-$ARTICLES-$SEED
if [ ! -f "$CORPUS/.done" ]; then
    rm -rf "$CORPUS"
    "$EX/gen_corpus" --articles "$ARTICLES" --seed "$SEED" --out "$CORPUS"
    touch "$CORPUS/.done"
fi
BYTES=$(python3 -c 'import json,sys,glob
print(sum(len(json.loads(l)["text"].encode()) for f in glob.glob(sys.argv[1]+"/*.jsonl") for l in open(f)))' "$CORPUS")
echo "   $(div "$BYTES" 1e6) MB of article text"

echo "== extraction, one core, per language (newsgraph extract, sequential)"
head -n 1 "$CORPUS/corpus-000.jsonl" >"$DIR/one.jsonl"
measure startup "$BIN" extract "$DIR/one.jsonl"
START_WALL=$WALL START_CPU=$CPU
for lang in ar en; do
    awk -v want="\"lang\":\"$lang\"" 'index($0, want) && n < 1500 { print; n++ }' \
        "$CORPUS/corpus-000.jsonl" >"$DIR/$lang.jsonl"
    B=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$DIR/$lang.jsonl")
    measure "extract-$lang" "$BIN" extract "$DIR/$lang.jsonl"
    row "extraction $lang, MB/s per core (wall / CPU time, startup subtracted)" \
        "$(div "$B" "$(sub "$WALL" "$START_WALL")e6") / $(div "$B" "$(sub "$CPU" "$START_CPU")e6")" "$RSS"
done

for threads in 1 2; do
    echo "== ingest $ARTICLES articles, $threads thread(s)"
    if [ -n "${BENCH_REUSE:-}" ] && [ -f "$DIR/store-$threads.done" ]; then
        parse "ingest-$threads" # BENCH_REUSE=1: figures of the last run on this corpus
    else
        rm -rf "$DIR/store-$threads" "$DIR/store-$threads.done"
        RAYON_NUM_THREADS=$threads measure "ingest-$threads" "$BIN" --store "$DIR/store-$threads" ingest "$CORPUS"
        echo "$CORPUS" >"$DIR/store-$threads.done"
    fi
    row "ingest $ARTICLES articles, $threads thread(s): seconds; articles/s; MB/s" \
        "$WALL s; $(div "$ARTICLES" "$WALL"); $(div "$BYTES" "${WALL}e6")" "$RSS"
    grep -h "documents:" "$DIR/err.ingest-$threads" | sed 's/^/   /'
done
STORE=$DIR/store-2
QUADS=$("$BIN" --store "$STORE" query 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' --format tsv | tail -1)
row "store: quads after ingest; quads/s (2 threads, whole ingest)" "$QUADS; $(div "$QUADS" "$WALL")" "-"

echo "== export and stats of the ingested store (CLI, graph loaded from the store each time)"
"$BIN" --store "$STORE" stats --format json >"$DIR/stats.json"
SIZE=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["nodes"], "nodes,", s["edges"], "edges")' "$DIR/stats.json")
for f in graphml gephi-graphml csv nquads trig; do
    out=$DIR/exports/$f
    [ "$f" = csv ] || out=$DIR/exports/graph.$f
    measure "export-$f" "$BIN" --store "$STORE" export --format "$f" --out "$out"
    row "export $f of the corpus graph ($SIZE), s" "$WALL" "$RSS"
done
measure stats-store "$BIN" --store "$STORE" stats
row "stats of the corpus graph ($SIZE), s" "$WALL" "$RSS"

echo "== synthetic graph: $NODES nodes, $EDGES edges"
rm -rf "$DIR/graph"
measure graph "$EX/bench_graph" --nodes "$NODES" --edges "$EDGES" --samples "$SAMPLES" --out "$DIR/graph"
GRAPH_RSS=$RSS
val() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$DIR/out.graph"; }
for f in graphml gephi-graphml csv; do
    row "export $f, $(val nodes) nodes / $(val edges) edges, s (in process)" "$(val "export-$f")" "$GRAPH_RSS (whole run)"
done
row "stats, every measure of \`stats\` but the path measures (skipped above 50k nodes), $(val edges) edges, s" "$(val stats)" "$GRAPH_RSS (whole run)"
add() { awk -v a="$1" -v b="$2" 'BEGIN {print a + b}'; }
# PageRank with newsgraph's stopping rule (L1 change < 1e-10) and with NetworkX's default one
# (< n * 1e-6): each is compared with NetworkX run with the same rule.
OURS_PC=$(add "$(val measure-pagerank)" "$(val measure-components)")
OURS_PCD=$(add "$(val measure-pagerank-nx-tol)" "$(val measure-components)")
OURS_B=$(val measure-betweenness)
row "PageRank (NetworkX's default tol / newsgraph's 1e-10, $(val pagerank-nx-tol-iterations) / $(val pagerank-iterations) iterations) + weak components, $(val edges) edges, s" "$OURS_PCD / $OURS_PC" "$GRAPH_RSS (whole run)"
row "betweenness from $(val samples) sampled sources, s" "$OURS_B" "$GRAPH_RSS (whole run)"

if [ -x "$PYTHON" ]; then
    echo "== NetworkX on the same GraphML (same sampled betweenness sources)"
    measure nx "$PYTHON" scripts/nx_stats.py "$DIR/graph/graph.graphml" "$DIR/graph"
    nx() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$DIR/out.nx"; }
    NXT=$(add "$(nx nx-pagerank)" "$(nx nx-components)")
    NXF=$(add "$(nx nx-pagerank-tight)" "$(nx nx-components)")
    NXB=$(nx nx-betweenness)
    row "NetworkX PageRank (default tol / tol 1e-10 / n, newsgraph's rule) + components, s (GraphML read: $(nx nx-read) s)" "$NXT / $NXF" "$RSS"
    row "NetworkX betweenness from the same $(nx nx-betweenness-samples) sources, s" "$NXB" "$RSS"
    row "speed-up over NetworkX: PageRank + components, same stopping rule each side (NetworkX's default / newsgraph's)" "$(div "$NXT" "$OURS_PCD")x / $(div "$NXF" "$OURS_PC")x" "-"
    # Stricter still: each side's build of its collapsed graph view (CSR / nx.DiGraph) counted too.
    row "speed-up over NetworkX: the same, collapsed-graph build included" "$(div "$(add "$NXT" "$(nx nx-collapse)")" "$(add "$OURS_PCD" "$(val measure-collapse)")")x / $(div "$(add "$NXF" "$(nx nx-collapse)")" "$(add "$OURS_PC" "$(val measure-collapse)")")x" "-"
    row "speed-up over NetworkX: sampled betweenness" "$(div "$NXB" "$OURS_B")x" "-"
    row "speed-up over NetworkX: all three (newsgraph's PageRank rule)" "$(div "$(add "$NXF" "$NXB")" "$(add "$OURS_PC" "$OURS_B")")x" "-"
    echo "   top PageRank: ours $(awk -F'\t' '$1=="top-pagerank"{print $2, $3}' "$DIR/out.graph"), NetworkX $(awk -F'\t' '$1=="nx-top-pagerank"{print $2, $3}' "$DIR/out.nx") (tol 1e-10 / n: $(awk -F"\t" '$1=="nx-top-pagerank-tight"{print $3}' "$DIR/out.nx"))"
    echo "   components: ours $(val measure-components-count), NetworkX $(nx nx-components-count)"
    echo "   values vs NetworkX: PageRank max abs diff $(nx pagerank-max-abs-diff) (default tol: $(nx pagerank-nx-tol-max-abs-diff)), betweenness max rel diff $(nx betweenness-max-rel-diff)"
else
    echo "   (no $PYTHON: run \`make venv\` for the NetworkX comparison)"
fi

{
    echo "| measure | value | peak RSS |"
    echo "|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
} | tee "$DIR/summary.md"
