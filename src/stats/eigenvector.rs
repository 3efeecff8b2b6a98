//! Eigenvector centrality by power iteration.
//!
//! Graph view: the undirected, unweighted shadow of the collapsed graph. The iteration is
//! NetworkX's `eigenvector_centrality` step for step: x⁰ = 1/n everywhere, x' = (A + I) x scaled
//! to unit Euclidean norm, stop when Σ|x' - x| < n · [`TOLERANCE`] (at most [`MAX_ITERATIONS`]
//! steps). Adding I keeps the iteration from oscillating on bipartite parts and does not change
//! the eigenvector. The result is then scaled so the largest value is 1, as Gephi shows it; so it
//! equals `c = networkx.eigenvector_centrality(U, max_iter=MAX_ITERATIONS, tol=TOLERANCE)` divided
//! by `max(c.values())` (and igraph `eigenvector_centrality(directed=False, scale=True)` where
//! the leading eigenvalue is simple).

use rayon::prelude::*;

use super::pagerank::Csr;

/// Per-node tolerance of the stopping rule (NetworkX `tol`).
pub(crate) const TOLERANCE: f64 = 1e-10;
/// Upper bound on iterations (NetworkX `max_iter`).
pub(crate) const MAX_ITERATIONS: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Eigenvector {
    pub scores: Vec<f64>,
    pub iterations: usize,
    pub converged: bool,
}

/// Eigenvector centrality of the symmetric CSR `undirected` (see the module documentation).
pub(crate) fn eigenvector(undirected: &Csr) -> Eigenvector {
    let n = undirected.node_count();
    let mut x = vec![1.0 / n as f64; n];
    let mut next = vec![0.0f64; n];
    let (mut iterations, mut converged) = (0, n == 0);
    while !converged && iterations < MAX_ITERATIONS {
        iterations += 1;
        // Pull form, in parallel: each node sums its own value and then its neighbours' in
        // increasing index, the order the push loop (for u ascending: next[v] += x[u]) added
        // in, so the result is bit-identical to it and independent of the thread count.
        next.par_iter_mut().enumerate().for_each(|(v, acc)| {
            *acc = undirected.out(v).iter().fold(x[v], |a, &u| a + x[u]);
        });
        let norm = next.iter().map(|v| v * v).sum::<f64>().sqrt();
        let norm = if norm == 0.0 { 1.0 } else { norm };
        let mut change = 0.0;
        for (a, b) in next.iter_mut().zip(&x) {
            *a /= norm;
            change += (*a - b).abs();
        }
        std::mem::swap(&mut x, &mut next);
        converged = change < n as f64 * TOLERANCE;
    }
    let max = x.iter().copied().fold(0.0f64, f64::max);
    if max > 0.0 {
        for v in &mut x {
            *v /= max;
        }
    }
    Eigenvector {
        scores: x,
        iterations,
        converged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_and_path() {
        // Star 0-{1,2,3}: centre 1, leaves 1/sqrt(3) (eigenvalue sqrt(3)).
        let star = Csr::from_arcs(4, [(0, 1), (1, 0), (0, 2), (2, 0), (0, 3), (3, 0)]);
        let e = eigenvector(&star);
        assert!(e.converged);
        let leaf = 1.0 / 3f64.sqrt();
        for (a, b) in e.scores.iter().zip([1.0, leaf, leaf, leaf]) {
            assert!((a - b).abs() < 1e-9, "{:?}", e.scores);
        }
        assert!(eigenvector(&Csr::from_arcs(0, [])).scores.is_empty());
        // No edges: all equal.
        assert_eq!(eigenvector(&Csr::from_arcs(2, [])).scores, vec![1.0, 1.0]);
    }

    #[test]
    fn parallel_pull_is_bit_identical_to_the_push_loop() {
        let mut next = crate::stats::fixture::lcg(11);
        let n = 5_000;
        let pairs: Vec<(usize, usize)> = (0..30_000).map(|_| (next() % n, next() % 97)).collect();
        let g = Csr::from_arcs(n, pairs.iter().flat_map(|&(a, b)| [(a, b), (b, a)]));
        // The loop as it was before the pull form.
        let push = |iterations: usize| {
            let mut x = vec![1.0 / n as f64; n];
            let mut next = vec![0.0f64; n];
            for _ in 0..iterations {
                next.copy_from_slice(&x);
                for (u, &xu) in x.iter().enumerate() {
                    for &v in g.out(u) {
                        next[v] += xu;
                    }
                }
                let norm = next.iter().map(|v| v * v).sum::<f64>().sqrt();
                next.iter_mut().for_each(|a| *a /= norm);
                std::mem::swap(&mut x, &mut next);
            }
            let max = x.iter().copied().fold(0.0f64, f64::max);
            x.iter().map(|v| (v / max).to_bits()).collect::<Vec<_>>()
        };
        let e = eigenvector(&g);
        assert!(e.converged && e.iterations > 5);
        let ours: Vec<u64> = e.scores.iter().map(|x| x.to_bits()).collect();
        assert_eq!(ours, push(e.iterations));
    }
}
