# Reads every export of one graph with NetworkX, igraph and rdflib and recomputes the statistics.
# Run by tests/it/conformance.rs:
#   python conformance.py EXPORT_DIR STORE_QUADS networkx|igraph STORE_DISTINCT_TRIPLES
# Prints progress lines, then one JSON line {"checked": N, "failures": [...]}.
#
# Graph views, as src/stats documents them, rebuilt here from graph.graphml:
#   D  collapsed directed graph (met-with both ways, no parallel arcs, no self-loops), unweighted;
#   U  its undirected shadow; W  U weighted by the summed event counts of the edges of a pair.
# Reference parameters: PageRank alpha=0.85, weight=None (NetworkX tol=1e-13, max_iter=10000;
# igraph PRPACK); betweenness exact, normalized 1/((n-1)(n-2)); closeness over reachable nodes by
# out-distance (NetworkX closeness_centrality(D.reverse(), wf_improved=False), igraph
# closeness(mode="out")); harmonic closeness / (n-1); eigenvector on U scaled to max 1 (NetworkX
# eigenvector_centrality(U, max_iter=10000, tol=1e-10), igraph eigenvector_centrality(scale=True));
# clustering on U with zeros; Louvain on W at the stats' resolution (NetworkX
# louvain_communities(seed=1), igraph community_multilevel).
import concurrent.futures
import csv
import json
import math
import sys
import time
import xml.etree.ElementTree as ET

import igraph as ig
import networkx as nx
from rdflib import Dataset, Graph

EXPORTS, STORE_QUADS, REFERENCE = sys.argv[1], int(sys.argv[2]), sys.argv[3]
STORE_TRIPLES = int(sys.argv[4])
TOL = 1e-6
failures = []
checked = 0
t0 = time.time()


def check(ok, message):
    global checked
    checked += 1
    if not ok:
        failures.append(message)


def log(message):
    print(f"[{time.time() - t0:6.1f} s] {message}", flush=True)


def close(name, mine, theirs, tol=TOL):
    """Per-node comparison: both dicts keyed by node id."""
    worst = max((abs(mine[k] - theirs[k]), k) for k in theirs) if theirs else (0.0, None)
    check(set(mine) == set(theirs), f"{name}: node sets differ")
    check(worst[0] <= tol, f"{name}: node {worst[1]} differs by {worst[0]:.3g} "
          f"(ours {mine.get(worst[1])}, {REFERENCE} {theirs.get(worst[1])})")
    log(f"{name}: max difference {worst[0]:.3g} over {len(theirs)} nodes")


def same_partition(name, mine, theirs_sets):
    groups = {}
    for node, c in mine.items():
        groups.setdefault(c, set()).add(node)
    ours = sorted(sorted(g) for g in groups.values())
    ref = sorted(sorted(g) for g in theirs_sets)
    check(ours == ref, f"{name}: partitions differ ({len(ours)} vs {len(ref)} sets)")


def count_quads(name, fmt):
    if fmt == "turtle":
        g = Graph()
        g.parse(f"{EXPORTS}/{name}", format=fmt)
        return len(g)
    ds = Dataset()
    ds.parse(f"{EXPORTS}/{name}", format=fmt)
    return sum(1 for _ in ds.quads((None, None, None, None)))


# rdflib is the slow reader: it parses both dumps in worker processes while the rest is checked.
pool = concurrent.futures.ProcessPoolExecutor(max_workers=2)
rdf_jobs = {name: pool.submit(count_quads, name, fmt)
            for name, fmt in (("graph.nq", "nquads"), ("graph.trig", "trig"), ("graph.ttl", "turtle"))}

stats = json.load(open(f"{EXPORTS}/stats.json"))
N, M = stats["nodes"], stats["edges"]

# ---- GraphML (NetworkX) ----
G = nx.read_graphml(f"{EXPORTS}/graph.graphml")
log(f"networkx read graph.graphml: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
check(G.number_of_nodes() == N, f"graphml: {G.number_of_nodes()} nodes, stats {N}")
check(G.number_of_edges() == M, f"graphml: {G.number_of_edges()} edges, stats {M}")
check(G.is_directed(), "graphml: not directed")
nodes = list(G.nodes())
label = {n: d.get("label") for n, d in G.nodes(data=True)}
check(all(label.values()), "graphml: a node without label")
check(all(d.get("type") for _, d in G.nodes(data=True)), "graphml: a node without type")
edge_list = list(G.edges(data=True))
for u, v, d in edge_list:
    if not (d.get("relation") and isinstance(d.get("weight"), float) and "symmetric" in d):
        check(False, f"graphml: edge {u} -> {v} lacks relation/weight/symmetric: {d}")
        break
met = sum(1 for _, _, d in edge_list if d["symmetric"])
check(all((d["relation"] == "met-with") == d["symmetric"] for _, _, d in edge_list),
      "graphml: symmetric is not exactly the met-with edges")
STAT_COLUMNS = ["degree", "weighted_degree", "pagerank", "betweenness", "closeness",
                "harmonic_closeness", "eccentricity", "clustering", "eigenvector", "hub",
                "authority", "modularity_class", "component", "strong_component"]
attrs = {c: {n: d.get(c) for n, d in G.nodes(data=True)} for c in STAT_COLUMNS}
for c in STAT_COLUMNS:
    check(all(v is not None for v in attrs[c].values()), f"graphml: column {c} missing on a node")

# ---- GraphML (igraph) ----
gi = ig.Graph.Read_GraphML(f"{EXPORTS}/graph.graphml")
check(gi.vcount() == N and gi.ecount() == M, f"igraph graphml: {gi.vcount()} / {gi.ecount()}")
check(gi.is_directed(), "igraph graphml: not directed")
check(dict(zip(gi.vs["id"], gi.vs["label"])) == label, "igraph graphml: labels differ from networkx")
check(gi.vs["pagerank"] == [attrs["pagerank"][n] for n in gi.vs["id"]],
      "igraph graphml: pagerank attribute differs from networkx's reading")
log("igraph read graph.graphml")

# ---- Gephi GraphML: mixed, well-formed, met-with undirected ----
root = ET.parse(f"{EXPORTS}/graph.gephi.graphml").getroot()
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
gedges = root.findall(".//g:edge", ns)
check(len(gedges) == M, f"gephi graphml: {len(gedges)} edges")
check(sum(1 for e in gedges if e.get("directed") == "false") == met,
      "gephi graphml: undirected edges are not the met-with edges")
keys = [k.get("id") for k in root.findall("g:key", ns)]
check(all(k.startswith(("n_", "e_")) for k in keys), f"graphml key ids may collide: {keys}")

# ---- GEXF (NetworkX) ----
X = nx.read_gexf(f"{EXPORTS}/graph.gexf", version="1.3")
check(X.number_of_nodes() == N, f"gexf: {X.number_of_nodes()} nodes")
# A mutual (met-with) edge reads as two arcs.
check(X.number_of_edges() == M + met, f"gexf: {X.number_of_edges()} arcs, expected {M + met}")
check(X.graph.get("mode") == "dynamic", "gexf: not dynamic")
check({n: d.get("label") for n, d in X.nodes(data=True)} == label, "gexf: labels differ")
for c in STAT_COLUMNS:
    if {n: d.get(c) for n, d in X.nodes(data=True)} != attrs[c]:
        check(False, f"gexf: column {c} differs from graphml")
dated = [(d.get("start"), d.get("end"), d.get("first_date"), d.get("last_date"))
         for _, _, d in X.edges(data=True)]
check(all(s == f and e == l for s, e, f, l in dated), "gexf: edge start/end are not first/last date")
check(any(s for s, _, _, _ in dated) or not any(f for _, _, f, _ in dated), "gexf: no dated edge")
for n, d in X.nodes(data=True):
    if d.get("start"):
        inc = [e for e in X.in_edges(n, data=True)] + [e for e in X.out_edges(n, data=True)]
        if not all(e[2].get("start") and d["start"] <= e[2]["start"] and e[2]["end"] <= d["end"]
                   for e in inc):
            check(False, f"gexf: node {n} interval does not cover its edges")
            break
log("networkx read graph.gexf")

# ---- CSV ----
with open(f"{EXPORTS}/nodes.csv", newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
check(len(rows) == N, f"nodes.csv: {len(rows)} rows")
check({r["Id"]: r["Label"] for r in rows} == label, "nodes.csv: labels differ from graphml")
check(all(abs(float(r["PageRank"]) - attrs["pagerank"][r["Id"]]) == 0 for r in rows),
      "nodes.csv: PageRank column differs from graphml")
with open(f"{EXPORTS}/edges.csv", newline="", encoding="utf-8") as fh:
    erows = list(csv.DictReader(fh))
check(len(erows) == M, f"edges.csv: {len(erows)} rows")
check(sum(1 for r in erows if r["Type"] == "Undirected") == met, "edges.csv: Undirected != met-with")
check(all(r["Type"] in ("Directed", "Undirected") for r in erows), "edges.csv: bad Type")
check(all(r["Time Interval"] == (f"<[{r['First Date']}, {r['Last Date']}]>" if r["First Date"] else "")
          for r in erows), "edges.csv: Time Interval is not <[first, last]>")

# ---- Statistics ----
D = nx.DiGraph()
D.add_nodes_from(nodes)
for u, v, d in edge_list:
    if u != v:
        D.add_edge(u, v)
        if d["symmetric"]:
            D.add_edge(v, u)
U = nx.Graph(D)
W = nx.Graph()
W.add_nodes_from(nodes)
for u, v, d in edge_list:
    if u != v:
        W.add_edge(u, v, weight=W.get_edge_data(u, v, {"weight": 0.0})["weight"] + d["weight"])
n = len(nodes)


def near(name, ours, theirs, tol=TOL):
    check(abs(ours - theirs) <= tol, f"{name}: ours {ours}, {REFERENCE} {theirs}")
    log(f"{name}: ours {ours}, reference {theirs}")


near("density", stats["density"], nx.density(D))
near("average degree", stats["average_degree"], 2 * U.number_of_edges() / n)
wdeg = dict(G.degree(weight="weight"))
close("weighted degree", attrs["weighted_degree"], wdeg)
near("average weighted degree", stats["average_weighted_degree"], sum(wdeg.values()) / n)
close("degree", attrs["degree"], dict(U.degree()), 0)
weak = list(nx.weakly_connected_components(D))
strong = list(nx.strongly_connected_components(D))
check(stats["components"] == len(weak), f"weak components: {stats['components']} vs {len(weak)}")
check(stats["strong_components"] == len(strong), f"strong: {stats['strong_components']} vs {len(strong)}")
check(stats["largest_component"] == max(map(len, weak)), "largest weak component")
check(stats["largest_strong_component"] == max(map(len, strong)), "largest strong component")
same_partition("weak component ids", attrs["component"], weak)
same_partition("strong component ids", attrs["strong_component"], strong)
near("average clustering", stats["average_clustering"], nx.average_clustering(U))
close("clustering", attrs["clustering"], nx.clustering(U))

if REFERENCE == "networkx":
    pr = nx.pagerank(D, alpha=0.85, weight=None, tol=1e-13, max_iter=10000)
    close("pagerank", attrs["pagerank"], pr)
    close("betweenness", attrs["betweenness"], nx.betweenness_centrality(D, normalized=True))
    close("closeness", attrs["closeness"], nx.closeness_centrality(D.reverse(), wf_improved=False))
    h = nx.harmonic_centrality(D.reverse())
    close("harmonic closeness", attrs["harmonic_closeness"], {k: v / (n - 1) for k, v in h.items()})
    ev = nx.eigenvector_centrality(U, max_iter=10000, tol=1e-10)
    top = max(ev.values())
    close("eigenvector", attrs["eigenvector"], {k: v / top for k, v in ev.items()})
    ecc = {}
    lengths = []
    for u, dist in nx.all_pairs_shortest_path_length(D):
        reach = [d for v, d in dist.items() if v != u]
        ecc[u] = max(reach, default=0)
        lengths += reach
    close("eccentricity", attrs["eccentricity"], ecc, 0)
    diameter, apl = max(ecc.values()), sum(lengths) / len(lengths) if lengths else 0.0
    radius = min((e for e in ecc.values() if e > 0), default=0)
    ref_q = nx.community.modularity(
        W, nx.community.louvain_communities(W, weight="weight", resolution=stats["resolution"], seed=1),
        weight="weight", resolution=stats["resolution"])
else:
    index = {v: i for i, v in enumerate(nodes)}
    gd = ig.Graph(n=n, edges=[(index[u], index[v]) for u, v in D.edges()], directed=True)
    gu = ig.Graph(n=n, edges=[(index[u], index[v]) for u, v in U.edges()], directed=False)
    by = lambda values: {nodes[i]: (0.0 if math.isnan(x) else x) for i, x in enumerate(values)}
    close("pagerank", attrs["pagerank"], by(gd.pagerank(directed=True, damping=0.85)))
    scale = 1.0 / ((n - 1) * (n - 2))
    close("betweenness", attrs["betweenness"], by([b * scale for b in gd.betweenness(directed=True)]))
    close("closeness", attrs["closeness"], by(gd.closeness(mode="out", normalized=True)))
    close("harmonic closeness", attrs["harmonic_closeness"],
          by(gd.harmonic_centrality(mode="out", normalized=True)))
    close("eigenvector", attrs["eigenvector"], by(gu.eigenvector_centrality(directed=False, scale=True)))
    ecc = by(gd.eccentricity(mode="out"))
    close("eccentricity", attrs["eccentricity"], ecc, 0)
    diameter = gd.diameter(directed=True, unconn=True)
    radius = min((e for e in ecc.values() if e > 0), default=0)
    apl = gd.average_path_length(directed=True, unconn=True)
    gw = ig.Graph(n=n, edges=[(index[u], index[v]) for u, v in W.edges()], directed=False)
    gw.es["weight"] = [d["weight"] for _, _, d in W.edges(data=True)]
    part = gw.community_multilevel(weights="weight", resolution=stats["resolution"])
    ref_q = gw.modularity(part.membership, weights="weight", resolution=stats["resolution"])

check(stats["diameter"] == diameter, f"diameter: ours {stats['diameter']}, {REFERENCE} {diameter}")
check(stats["radius"] == radius, f"radius: ours {stats['radius']}, reference {radius}")
near("average path length", stats["average_path_length"], apl)
# Our modularity is that of our classes, and close to the reference tool's own Louvain run.
classes = {}
for node, c in attrs["modularity_class"].items():
    classes.setdefault(c, set()).add(node)
check(len(classes) == stats["modularity_classes"], "modularity classes count")
q_ours = nx.community.modularity(W, list(classes.values()), weight="weight",
                                 resolution=stats["resolution"]) if W.number_of_edges() else 0.0
near("modularity of our classes", stats["modularity"], q_ours)
near("modularity vs reference Louvain", stats["modularity"], ref_q, 0.02)

# Top lists: actors only, sorted, labelled, equal to the node attributes.
ACTORS = {"Person", "Organization", "Country"}
kinds = {n: d["type"] for n, d in G.nodes(data=True)}
rankings = dict(stats["rankings"], degree=stats["top_degree"], pagerank=stats["top_pagerank"])
for measure, entries in rankings.items():
    values = [e["value"] for e in entries]
    check(values == sorted(values, reverse=True), f"top {measure}: not sorted")
    for e in entries:
        if e["id"] not in label or e["label"] != label[e["id"]] or kinds[e["id"]] not in ACTORS \
                or abs(e["value"] - attrs[measure][e["id"]]) > 0:
            check(False, f"top {measure}: entry {e} does not match the graph")
            break
log("statistics compared")

# ---- RDF ----
for name, job in rdf_jobs.items():
    q = job.result()
    want = STORE_TRIPLES if name == "graph.ttl" else STORE_QUADS
    check(q == want, f"rdflib: {q} statements in {name}, the store has {want}")
    log(f"rdflib parsed {name}: {q} statements")
pool.shutdown()

print(json.dumps({"checked": checked, "failures": failures}, ensure_ascii=False))
