//! Modularity classes by the Louvain method (Blondel et al. 2008), with a resolution parameter.
//!
//! Graph view: undirected and weighted. The weight of a pair {u, v} of distinct nodes is the sum
//! of the weights (event counts) of every edge between them, in either direction; self-loops are
//! left out. Modularity with resolution γ is
//!
//! ```text
//! Q = Σ_c [ L_c / m  -  γ (d_c / 2m)² ]
//! ```
//!
//! with m the total weight, L_c the weight inside class c and d_c the weighted degree of c:
//! `networkx.community.modularity(U, classes, weight="weight", resolution=γ)` and igraph
//! `modularity(membership, weights, resolution=γ)`. (Gephi's Modularity statistic optimises the
//! same quantity; its classes depend on node order and randomisation, so only Q is comparable.)
//!
//! Deterministic: nodes are visited in index order and ties go to the lowest class id, so the
//! same graph always gets the same classes. Classes are numbered 0, 1, ... in order of their first
//! node.

/// A partition and its modularity.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Partition {
    pub classes: Vec<usize>,
    pub count: usize,
    pub modularity: f64,
}

/// Weighted adjacency of one level: neighbour lists (no self entries) and self-loop weights.
struct Level {
    adj: Vec<Vec<(usize, f64)>>,
    selfw: Vec<f64>,
}

impl Level {
    fn strength(&self, i: usize) -> f64 {
        self.adj[i].iter().map(|&(_, w)| w).sum::<f64>() + 2.0 * self.selfw[i]
    }
}

/// Louvain on nodes `0..n` and undirected weighted `pairs` (u != v, each pair once).
pub(crate) fn louvain(n: usize, pairs: &[(usize, usize, f64)], resolution: f64) -> Partition {
    let mut adj = vec![Vec::new(); n];
    for &(u, v, w) in pairs {
        adj[u].push((v, w));
        adj[v].push((u, w));
    }
    let mut level = Level {
        adj,
        selfw: vec![0.0; n],
    };
    // membership of original nodes in current level nodes
    let mut member: Vec<usize> = (0..n).collect();
    let m2: f64 = 2.0 * pairs.iter().map(|p| p.2).sum::<f64>();
    if m2 > 0.0 {
        loop {
            let (moved, community) = local_moves(&level, m2, resolution);
            if !moved {
                break;
            }
            let (renumbered, count) = renumber(&community);
            if count == level.adj.len() {
                break; // nodes moved and came back: nothing to merge
            }
            for c in &mut member {
                *c = renumbered[*c];
            }
            level = aggregate(&level, &renumbered, count);
        }
    }
    let (classes, count) = renumber(&member);
    let modularity = modularity(n, pairs, &classes, resolution);
    Partition {
        classes,
        count,
        modularity,
    }
}

/// Moves single nodes between classes while modularity grows. Returns whether any node moved
/// and the class of every node of the level.
fn local_moves(level: &Level, m2: f64, resolution: f64) -> (bool, Vec<usize>) {
    let n = level.adj.len();
    let strength: Vec<f64> = (0..n).map(|i| level.strength(i)).collect();
    let mut community: Vec<usize> = (0..n).collect();
    let mut total = strength.clone();
    let mut links = vec![0.0f64; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut moved_any = false;
    loop {
        let mut moved = false;
        for i in 0..n {
            let own = community[i];
            for &(j, w) in &level.adj[i] {
                let c = community[j];
                if links[c] == 0.0 {
                    touched.push(c);
                }
                links[c] += w;
            }
            total[own] -= strength[i];
            let gain =
                |c: usize, links: &[f64]| links[c] - resolution * total[c] * strength[i] / m2;
            let mut best = own;
            let mut best_gain = gain(own, &links);
            touched.sort_unstable();
            for &c in &touched {
                let g = gain(c, &links);
                if g > best_gain + 1e-12 {
                    best = c;
                    best_gain = g;
                }
            }
            total[best] += strength[i];
            if best != own {
                community[i] = best;
                moved = true;
                moved_any = true;
            }
            for &c in &touched {
                links[c] = 0.0;
            }
            touched.clear();
        }
        if !moved {
            break;
        }
    }
    (moved_any, community)
}

/// Class ids renumbered 0.. in order of first appearance, and their count.
fn renumber(classes: &[usize]) -> (Vec<usize>, usize) {
    let mut map = vec![usize::MAX; classes.iter().copied().max().map_or(0, |m| m + 1)];
    let mut count = 0;
    let out = classes
        .iter()
        .map(|&c| {
            if map[c] == usize::MAX {
                map[c] = count;
                count += 1;
            }
            map[c]
        })
        .collect();
    (out, count)
}

/// The graph of classes: weights between classes summed, weights inside a class as self-loops.
fn aggregate(level: &Level, community: &[usize], count: usize) -> Level {
    let mut selfw = vec![0.0; count];
    let mut maps: Vec<std::collections::BTreeMap<usize, f64>> = vec![Default::default(); count];
    for (i, nbrs) in level.adj.iter().enumerate() {
        let ci = community[i];
        selfw[ci] += level.selfw[i];
        for &(j, w) in nbrs {
            let cj = community[j];
            if ci == cj {
                // Seen from both ends.
                selfw[ci] += w / 2.0;
            } else {
                *maps[ci].entry(cj).or_default() += w;
            }
        }
    }
    Level {
        adj: maps.into_iter().map(|m| m.into_iter().collect()).collect(),
        selfw,
    }
}

/// Q of `classes` on the weighted pairs (see the module documentation); 0 without edges.
pub(crate) fn modularity(
    n: usize,
    pairs: &[(usize, usize, f64)],
    classes: &[usize],
    resolution: f64,
) -> f64 {
    let m: f64 = pairs.iter().map(|p| p.2).sum();
    if m == 0.0 {
        return 0.0;
    }
    let count = classes.iter().copied().max().map_or(0, |c| c + 1);
    let mut inside = vec![0.0f64; count];
    let mut degree = vec![0.0f64; count];
    debug_assert_eq!(classes.len(), n);
    for &(u, v, w) in pairs {
        if classes[u] == classes[v] {
            inside[classes[u]] += w;
        }
        degree[classes[u]] += w;
        degree[classes[v]] += w;
    }
    inside
        .iter()
        .zip(&degree)
        .map(|(l, d)| l / m - resolution * (d / (2.0 * m)).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_triangles_joined_by_one_edge() {
        let pairs = [
            (0, 1, 1.0),
            (1, 2, 1.0),
            (0, 2, 1.0),
            (3, 4, 1.0),
            (4, 5, 1.0),
            (3, 5, 1.0),
            (2, 3, 1.0),
        ];
        let p = louvain(7, &pairs, 1.0);
        assert_eq!(p.classes, vec![0, 0, 0, 1, 1, 1, 2]);
        assert_eq!(p.count, 3);
        // networkx.community.modularity: 2 * (3/7 - (7/14)^2) = 5/14.
        assert!((p.modularity - 5.0 / 14.0).abs() < 1e-12, "{p:?}");
        // A tiny resolution favours one class for the connected part.
        let coarse = louvain(7, &pairs, 0.01);
        assert_eq!(&coarse.classes[..6], &[0; 6]);
    }

    #[test]
    fn no_edges() {
        let p = louvain(3, &[], 1.0);
        assert_eq!((p.classes, p.count, p.modularity), (vec![0, 1, 2], 3, 0.0));
    }
}
