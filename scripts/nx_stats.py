"""NetworkX side of `make bench`: the measures `newsgraph stats` computes, on the same GraphML.

Usage: python scripts/nx_stats.py GRAPHML
Builds the collapsed DiGraph that newsgraph's statistics use (one arc per ordered pair, both ways
for `symmetric` edges, no self-loops), then times PageRank (alpha 0.85, unweighted, NetworkX's
default tolerance) and weakly connected components. Prints `name<TAB>seconds` lines.
"""

import sys
import time

import networkx as nx


def main(path):
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
    t = time.perf_counter()
    pr = nx.pagerank(d, alpha=0.85, weight=None)
    print(f"nx-pagerank\t{time.perf_counter() - t:.3f}")
    # NetworkX stops when the L1 change is below N * tol: loose on large graphs. newsgraph iterates
    # to the fixed point, so this is the like-for-like PageRank.
    t = time.perf_counter()
    tight = nx.pagerank(d, alpha=0.85, weight=None, tol=1e-12 / d.number_of_nodes(), max_iter=10000)
    print(f"nx-pagerank-tight\t{time.perf_counter() - t:.3f}")
    t = time.perf_counter()
    comps = sorted((len(c) for c in nx.weakly_connected_components(d)), reverse=True)
    print(f"nx-components\t{time.perf_counter() - t:.3f}")
    top = max(pr.items(), key=lambda kv: (kv[1], [-ord(c) for c in kv[0]]))
    print(f"nx-nodes\t{d.number_of_nodes()}")
    print(f"nx-components-count\t{len(comps)}")
    print(f"nx-top-pagerank\t{top[0]}\t{top[1]:.6f}")
    print(f"nx-top-pagerank-tight\t{top[0]}\t{tight[top[0]]:.6f}")


if __name__ == "__main__":
    main(sys.argv[1])
