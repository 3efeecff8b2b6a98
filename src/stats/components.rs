//! Weakly and strongly connected components.
//!
//! Weak: union-find on the edges, direction ignored (`networkx.weakly_connected_components`).
//! Strong: petgraph's Tarjan on the collapsed directed graph, `met-with` counting both ways
//! (`networkx.strongly_connected_components(D)`; Gephi's "Connected Components" statistic with
//! "directed" gives both counts). Isolated nodes are components of size 1.
//!
//! Component ids per node (Gephi's `Component ID`, `Strongly-Connected ID`) are numbered 0, 1, ...
//! in order of each component's smallest node index.

use petgraph::graph::DiGraph;

use super::pagerank::Csr;

/// Component id of every node and the sizes of the components, largest first.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Components {
    pub ids: Vec<usize>,
    pub sizes: Vec<usize>,
}

/// Weak components of nodes `0..n` with the given edges (direction ignored, loops and repeats
/// harmless).
pub(crate) fn weak_components(
    n: usize,
    edges: impl IntoIterator<Item = (usize, usize)>,
) -> Components {
    assert!(n < u32::MAX as usize, "fewer than 2^32 nodes");
    // Union-find on u32 parents with path halving, the larger root linked under the smaller: every
    // root is the smallest node of its set, which numbers the components directly.
    let mut parent: Vec<u32> = (0..n as u32).collect();
    for (a, b) in edges {
        let (ra, rb) = (root(&mut parent, a as u32), root(&mut parent, b as u32));
        if ra != rb {
            parent[ra.max(rb) as usize] = ra.min(rb);
        }
    }
    let mut ids = vec![0usize; n];
    let mut sizes = Vec::new();
    for v in 0..n {
        let r = root(&mut parent, v as u32) as usize;
        if r == v {
            ids[v] = sizes.len();
            sizes.push(0);
        } else {
            ids[v] = ids[r]; // r < v: already numbered
        }
        sizes[ids[v]] += 1;
    }
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    Components { ids, sizes }
}

fn root(parent: &mut [u32], mut x: u32) -> u32 {
    while parent[x as usize] != x {
        let up = parent[parent[x as usize] as usize];
        parent[x as usize] = up;
        x = up;
    }
    x
}

/// Strong components of the directed `csr`.
pub(crate) fn strong_components(csr: &Csr) -> Components {
    let n = csr.node_count();
    let mut g = DiGraph::<(), ()>::with_capacity(n, csr.arc_count());
    for _ in 0..n {
        g.add_node(());
    }
    for (u, v) in csr.arcs() {
        g.add_edge((u as u32).into(), (v as u32).into(), ());
    }
    let mut labels = vec![0usize; n];
    for (k, scc) in petgraph::algo::tarjan_scc(&g).into_iter().enumerate() {
        for i in scc {
            labels[i.index()] = k;
        }
    }
    from_labels(&labels)
}

/// Renumbers arbitrary labels by first node and counts the sizes.
fn from_labels(labels: &[usize]) -> Components {
    let mut map = vec![usize::MAX; labels.len()];
    let mut sizes = Vec::new();
    let ids = labels
        .iter()
        .map(|&l| {
            if map[l] == usize::MAX {
                map[l] = sizes.len();
                sizes.push(0);
            }
            sizes[map[l]] += 1;
            map[l]
        })
        .collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    Components { ids, sizes }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weak_component_sizes(n: usize, edges: &[(usize, usize)]) -> Vec<usize> {
        weak_components(n, edges.iter().copied()).sizes
    }

    #[test]
    fn empty_graph() {
        assert!(weak_component_sizes(0, &[]).is_empty());
    }

    #[test]
    fn isolated_nodes() {
        assert_eq!(weak_component_sizes(3, &[]), vec![1, 1, 1]);
    }

    #[test]
    fn direction_and_repeats_ignored() {
        // 0->1, 2->1 (weakly joined through 1), 3<->4, 4->4, 5 alone.
        let edges = [(0, 1), (2, 1), (3, 4), (4, 3), (4, 4), (0, 1)];
        assert_eq!(weak_component_sizes(6, &edges), vec![3, 2, 1]);
        assert_eq!(weak_components(6, edges).ids, vec![0, 0, 0, 1, 1, 2]);
    }

    #[test]
    fn chain_merges_late() {
        let edges = [(0, 1), (2, 3), (4, 5), (1, 2), (3, 4)];
        assert_eq!(weak_component_sizes(7, &edges), vec![6, 1]);
    }

    /// petgraph's union-find (union by rank), numbered by first node: the reference.
    #[test]
    fn union_find_matches_petgraph_on_random_graphs() {
        let mut rng = crate::stats::fixture::lcg(11);
        let mut next = |m: usize| rng() % m;
        for (n, m) in [
            (1, 3),
            (50, 20),
            (2_000, 1_500),
            (2_000, 5_000),
            (30_000, 40_000),
        ] {
            let edges: Vec<(usize, usize)> = (0..m).map(|_| (next(n), next(n))).collect();
            let mut sets = petgraph::unionfind::UnionFind::<usize>::new(n);
            for &(a, b) in &edges {
                sets.union(a, b);
            }
            let expected = from_labels(&sets.into_labeling());
            assert_eq!(weak_components(n, edges), expected, "n = {n}, m = {m}");
        }
    }

    #[test]
    fn strong() {
        // Cycle 0->1->2->0, then 2->3 <-> 4, 5 alone.
        let csr = Csr::from_arcs(6, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3)]);
        let c = strong_components(&csr);
        assert_eq!(c.sizes, vec![3, 2, 1]);
        assert_eq!(c.ids, vec![0, 0, 0, 1, 1, 2]);
    }
}
