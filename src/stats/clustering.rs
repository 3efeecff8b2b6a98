//! Local and average clustering coefficient.
//!
//! Graph view: the undirected, unweighted shadow of the collapsed graph (one edge per pair of
//! distinct neighbours, any direction). c(v) = 2 T(v) / (k (k - 1)) with T(v) the triangles
//! through v and k its degree, 0 when k < 2; the average is over all nodes, zeros included.
//! Equal to `networkx.clustering(U)` / `networkx.average_clustering(U)` and igraph
//! `transitivity_local_undirected(mode="zero")` / `transitivity_avglocal_undirected(mode="zero")`.
//! (Gephi computes the same average on an undirected graph.)

use super::pagerank::Csr;

/// Local coefficients of the symmetric CSR `undirected` (sorted neighbour lists, no loops).
pub(crate) fn local_clustering(undirected: &Csr) -> Vec<f64> {
    let n = undirected.node_count();
    (0..n)
        .map(|v| {
            let nv = undirected.out(v);
            let k = nv.len();
            if k < 2 {
                return 0.0;
            }
            let mut links = 0usize;
            for &u in nv {
                links += sorted_intersection(nv, undirected.out(u));
            }
            // Each triangle through v is seen from both of its other corners.
            links as f64 / (k as f64 * (k - 1) as f64)
        })
        .collect()
}

/// Mean of `values`, 0 for none.
pub(crate) fn average(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

fn sorted_intersection(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn undirected(n: usize, edges: &[(usize, usize)]) -> Csr {
        Csr::from_arcs(n, edges.iter().flat_map(|&(a, b)| [(a, b), (b, a)]))
    }

    #[test]
    fn triangle_with_tail() {
        // nx.clustering(nx.Graph([(0,1),(1,2),(2,0),(2,3)])) = {0: 1, 1: 1, 2: 1/3, 3: 0}
        let c = local_clustering(&undirected(5, &[(0, 1), (1, 2), (2, 0), (2, 3)]));
        assert_eq!(c, vec![1.0, 1.0, 1.0 / 3.0, 0.0, 0.0]);
        assert!((average(&c) - (7.0 / 3.0) / 5.0).abs() < 1e-15);
        assert_eq!(average(&[]), 0.0);
    }
}
