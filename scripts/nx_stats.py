"""NetworkX side of `make bench`: the measures `newsgraph stats` computes, on the same GraphML.

Usage: python scripts/nx_stats.py GRAPHML [MEASURES_DIR]
Builds the collapsed DiGraph that newsgraph's statistics use (one arc per ordered pair, both ways
for `symmetric` edges, no self-loops), then times PageRank (alpha 0.85, unweighted; with NetworkX's
default tolerance, and with newsgraph's stopping rule, an L1 change below 1e-10), weakly connected
components and, when MEASURES_DIR
(the `--out` of examples/bench_graph) is given, betweenness from the same sampled sources as
newsgraph (its sources.txt), and compares the values with its measures.tsv. Prints
`name<TAB>value` lines.
"""

import math
import os
import random
import sys
import time

import networkx as nx


class FixedSample(random.Random):
    """A random source whose `sample` returns newsgraph's sources: NetworkX then accumulates
    betweenness from exactly the nodes newsgraph did."""

    def __init__(self, sources):
        super().__init__(0)
        self.sources = sources

    def sample(self, population, k, **_):
        assert k == len(self.sources)
        return list(self.sources)


def warm_up():
    """Pay the one-time costs (NetworkX's lazy scipy import, backend dispatch) outside the timed
    regions: newsgraph's timings include no start-up either."""
    import scipy.sparse  # noqa: F401

    w = nx.DiGraph([(0, 1), (1, 2), (2, 0), (3, 0)])
    nx.pagerank(w, alpha=0.85, weight=None)
    list(nx.weakly_connected_components(w))


def main(path, measures_dir=None):
    warm_up()
    t = time.perf_counter()
    g = nx.read_graphml(path)
    print(f"nx-read\t{time.perf_counter() - t:.3f}")
    t = time.perf_counter()
    d = nx.DiGraph()
    d.add_nodes_from(g.nodes)
    for u, v, data in g.edges(data=True):
        if u == v:
            continue
        d.add_edge(u, v)
        if data.get("symmetric"):
            d.add_edge(v, u)
    print(f"nx-collapse\t{time.perf_counter() - t:.3f}")
    n = d.number_of_nodes()
    t = time.perf_counter()
    pr = nx.pagerank(d, alpha=0.85, weight=None)
    print(f"nx-pagerank\t{time.perf_counter() - t:.3f}")
    # NetworkX stops when the L1 change is below N * tol: loose on large graphs. newsgraph stops
    # when it is below 1e-10 (src/stats/pagerank.rs TOLERANCE): tol = 1e-10 / N is the same rule,
    # so both run the same number of iterations of the same update.
    t = time.perf_counter()
    tight = nx.pagerank(d, alpha=0.85, weight=None, tol=1e-10 / n, max_iter=10000)
    print(f"nx-pagerank-tight\t{time.perf_counter() - t:.3f}")
    t = time.perf_counter()
    comps = sorted((len(c) for c in nx.weakly_connected_components(d)), reverse=True)
    print(f"nx-components\t{time.perf_counter() - t:.3f}")
    top = max(pr.items(), key=lambda kv: (kv[1], [-ord(c) for c in kv[0]]))
    print(f"nx-nodes\t{n}")
    print(f"nx-components-count\t{len(comps)}")
    print(f"nx-top-pagerank\t{top[0]}\t{top[1]:.6f}")
    print(f"nx-top-pagerank-tight\t{top[0]}\t{tight[top[0]]:.6f}")
    if not measures_dir:
        return
    with open(os.path.join(measures_dir, "sources.txt")) as f:
        sources = [line.rstrip("\n") for line in f if line.strip()]
    ours = {}
    ours_nx_tol = {}
    with open(os.path.join(measures_dir, "measures.tsv")) as f:
        next(f)
        for line in f:
            node, p, b, p_nx_tol = line.rstrip("\n").split("\t")
            ours[node] = (float(p), float(b))
            ours_nx_tol[node] = float(p_nx_tol)
    k = len(sources)
    t = time.perf_counter()
    bc = nx.betweenness_centrality(d, k=k, normalized=True, seed=FixedSample(sources))
    print(f"nx-betweenness\t{time.perf_counter() - t:.3f}")
    print(f"nx-betweenness-samples\t{k}")
    # Same dependency sums, different scale: newsgraph multiplies every node by n / k /
    # ((n-1)(n-2)); NetworkX 3.6 by 1 / ((k-1)(n-2)) for a source and 1 / (k(n-2)) otherwise.
    # Compare the unscaled sums, relative to the largest.
    src = set(sources)
    ours_scale = n / k / ((n - 1) * (n - 2))
    raw_ours = {v: b / ours_scale for v, (_, b) in ours.items()}
    raw_nx = {
        v: b * ((k - 1) * (n - 2) if v in src else k * (n - 2)) for v, b in bc.items()
    }
    top_raw = max(raw_nx.values()) or 1.0
    diff = max(abs(raw_ours[v] - raw_nx[v]) for v in raw_nx) / top_raw
    print(f"betweenness-max-rel-diff\t{diff:.2e}")
    pr_diff = max(abs(ours[v][0] - tight[v]) for v in tight)
    print(f"pagerank-max-abs-diff\t{pr_diff:.2e}")
    pr_default_diff = max(abs(ours_nx_tol[v] - pr[v]) for v in pr)
    print(f"pagerank-nx-tol-max-abs-diff\t{pr_default_diff:.2e}")
    if not (diff < 1e-9 and pr_diff < 1e-8 and pr_default_diff < 1e-8 and math.isfinite(diff)):
        print("nx_stats: newsgraph and NetworkX disagree", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(*sys.argv[1:3])
