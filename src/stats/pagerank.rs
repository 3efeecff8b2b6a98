//! PageRank by power iteration over a compressed sparse row (CSR) snapshot of the collapsed graph.
//!
//! (`petgraph::algo::page_rank` is O(iterations x V^2); see /work/shared/CRATES.md.)
//!
//! # Definition
//!
//! The input is the *collapsed* directed graph: one arc u -> v for every ordered pair of distinct
//! nodes with at least one edge from u to v; a symmetric relation (`met-with`) gives arcs both ways;
//! parallel edges collapse to one arc, weights are ignored and self-loops are dropped. With N nodes,
//! damping d = 0.85, out-degree `out(u)` and x⁰ = 1/N everywhere, each step computes
//!
//! ```text
//! x'[v] = d * ( Σ_{u -> v} x[u] / out(u)  +  Σ_{u dangling} x[u] / N )  +  (1 - d) / N
//! ```
//!
//! (the mass of nodes without out-arcs is spread uniformly) until the L1 change Σ|x' - x| is below
//! 1e-10, at most 200 steps. The scores sum to 1.
//!
//! # Relation to NetworkX
//!
//! This is exactly the iteration of `networkx.pagerank(G, alpha=0.85, weight=None)` (NetworkX 3.x,
//! uniform personalization and dangling weights) on `G = nx.DiGraph()` holding every node plus the
//! arcs above (`G.add_edge(u, v)` per edge, and `G.add_edge(v, u)` too for `met-with`; no self-loops).
//! The stopping rule differs: NetworkX stops when the L1 change is below `N * tol` with
//! `tol = 1e-6` by default, so its default output can be ~1e-6 away from the fixed point, while this
//! stops at an absolute 1e-10 (within ~6e-10 of it in L1). The results match to 1e-9 against
//! `networkx.pagerank(G, alpha=0.85, weight=None, tol=1e-15, max_iter=10000)`; with NetworkX's
//! default `tol` they match to about 1e-6. Unlike NetworkX, failing to converge in 200 steps is not
//! an error: the last iterate is returned with `converged == false` (it cannot happen with
//! d = 0.85, whose contraction reaches 1e-10 in under 150 steps).

/// Damping factor (NetworkX `alpha`).
pub(crate) const DAMPING: f64 = 0.85;
/// Stop when the L1 change between two iterates is below this.
pub(crate) const TOLERANCE: f64 = 1e-10;
/// Upper bound on power iterations.
pub(crate) const MAX_ITERATIONS: usize = 200;

/// Out-adjacency of nodes `0..n` in CSR form: the targets of node `u` are
/// `targets[offsets[u]..offsets[u + 1]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Csr {
    offsets: Vec<usize>,
    targets: Vec<usize>,
}

impl Csr {
    /// Builds the CSR of nodes `0..n` from arcs `(source, target)`. Arcs are sorted and
    /// deduplicated here and self-loops dropped, so any order and repeats are fine.
    pub(crate) fn from_arcs(n: usize, arcs: impl IntoIterator<Item = (usize, usize)>) -> Csr {
        let mut arcs: Vec<(usize, usize)> = arcs.into_iter().filter(|(u, v)| u != v).collect();
        arcs.sort_unstable();
        arcs.dedup();
        let mut offsets = vec![0usize; n + 1];
        for &(u, v) in &arcs {
            assert!(u < n && v < n, "arc ({u}, {v}) outside 0..{n}");
            offsets[u + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        Csr {
            offsets,
            targets: arcs.into_iter().map(|(_, v)| v).collect(),
        }
    }

    pub(crate) fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    pub(crate) fn arc_count(&self) -> usize {
        self.targets.len()
    }

    /// Targets of `u`, sorted.
    pub(crate) fn out(&self, u: usize) -> &[usize] {
        &self.targets[self.offsets[u]..self.offsets[u + 1]]
    }

    /// The same nodes with every arc reversed (in-adjacency; sources sorted per target).
    pub(crate) fn reversed(&self) -> Csr {
        let n = self.node_count();
        let mut offsets = vec![0usize; n + 1];
        for &v in &self.targets {
            offsets[v + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        // Arcs are visited by increasing source, so each target's sources come out sorted.
        let mut fill = offsets.clone();
        let mut targets = vec![0usize; self.targets.len()];
        for (u, v) in self.arcs() {
            targets[fill[v]] = u;
            fill[v] += 1;
        }
        Csr { offsets, targets }
    }

    /// All arcs, sorted by (source, target).
    pub(crate) fn arcs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        (0..self.node_count()).flat_map(move |u| self.out(u).iter().map(move |&v| (u, v)))
    }
}

/// Scores indexed like the CSR nodes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PageRank {
    pub scores: Vec<f64>,
    pub iterations: usize,
    pub converged: bool,
}

/// PageRank with the crate's parameters ([`DAMPING`], [`TOLERANCE`], [`MAX_ITERATIONS`]).
pub(crate) fn pagerank(csr: &Csr) -> PageRank {
    pagerank_with(csr, DAMPING, TOLERANCE, MAX_ITERATIONS)
}

/// Power iteration as described in the module documentation.
pub(crate) fn pagerank_with(
    csr: &Csr,
    damping: f64,
    tolerance: f64,
    max_iterations: usize,
) -> PageRank {
    let n = csr.node_count();
    if n == 0 {
        return PageRank {
            scores: Vec::new(),
            iterations: 0,
            converged: true,
        };
    }
    use rayon::prelude::*;

    let nf = n as f64;
    let inv_out: Vec<f64> = (0..n)
        .map(|u| match csr.out(u).len() {
            0 => 0.0,
            k => 1.0 / k as f64,
        })
        .collect();
    // Pull form: each node sums what its in-neighbours send, in increasing source order. That is
    // the order the push loop `for u { for v in out(u) { next[v] += share } }` adds in, so the
    // sums are bit-identical to it, and independent per node, so they run in parallel with a
    // result that does not depend on the thread count.
    // Sources as u32 (the CSR's are usize): the loop below is bound by reading this array ~140
    // times, and half the bytes is measurably faster on 1M arcs. Node counts fit u32 here.
    let incoming = csr.reversed();
    let offsets = &incoming.offsets;
    let sources: Vec<u32> = incoming
        .targets
        .iter()
        .map(|&u| u32::try_from(u).expect("fewer than 2^32 nodes"))
        .collect();
    let mut x = vec![1.0 / nf; n];
    let mut share = vec![0.0f64; n];
    let mut next = vec![0.0f64; n];
    for iteration in 1..=max_iterations {
        let mut dangling = 0.0;
        for ((s, &xu), &inv) in share.iter_mut().zip(&x).zip(&inv_out) {
            if inv == 0.0 {
                dangling += xu;
            } else {
                *s = xu * inv;
            }
        }
        let base = damping * dangling / nf + (1.0 - damping) / nf;
        next.par_iter_mut()
            .with_min_len(4096)
            .enumerate()
            .for_each(|(v, slot)| {
                let mut sum = 0.0;
                for &u in &sources[offsets[v]..offsets[v + 1]] {
                    sum += share[u as usize];
                }
                *slot = damping * sum + base;
            });
        let mut change = 0.0;
        for (a, b) in next.iter().zip(&x) {
            change += (a - b).abs();
        }
        std::mem::swap(&mut x, &mut next);
        if change < tolerance {
            return PageRank {
                scores: x,
                iterations: iteration,
                converged: true,
            };
        }
    }
    PageRank {
        scores: x,
        iterations: max_iterations,
        converged: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_close(actual: &[f64], expected: &[f64]) {
        assert_eq!(actual.len(), expected.len());
        for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
            assert!((a - e).abs() < 1e-9, "node {i}: {a} vs {e}");
        }
        let sum: f64 = actual.iter().sum();
        assert!((sum - 1.0).abs() < 1e-9, "sum {sum}");
    }

    #[test]
    fn csr_sorts_dedups_and_drops_self_loops() {
        let csr = Csr::from_arcs(4, [(2, 0), (0, 3), (0, 1), (0, 3), (1, 1), (2, 1)]);
        assert_eq!(csr.node_count(), 4);
        assert_eq!(csr.arc_count(), 4);
        assert_eq!(csr.out(0), &[1, 3]);
        assert_eq!(csr.out(1), &[] as &[usize]);
        assert_eq!(csr.out(2), &[0, 1]);
        assert_eq!(csr.out(3), &[] as &[usize]);
        assert_eq!(
            csr.arcs().collect::<Vec<_>>(),
            vec![(0, 1), (0, 3), (2, 0), (2, 1)]
        );
    }

    #[test]
    fn empty_and_edgeless() {
        let pr = pagerank(&Csr::from_arcs(0, []));
        assert!(pr.scores.is_empty() && pr.converged);
        let pr = pagerank(&Csr::from_arcs(1, []));
        assert_close(&pr.scores, &[1.0]);
        let pr = pagerank(&Csr::from_arcs(3, []));
        assert_close(&pr.scores, &[1.0 / 3.0; 3]);
        assert_eq!(pr.iterations, 1);
    }

    /// Reference from NetworkX 3.6.1:
    /// ```python
    /// G = nx.DiGraph(); G.add_nodes_from(range(9))
    /// G.add_edges_from([(0,1),(1,2),(2,0),(2,3),(3,4),(4,2),(5,6),(6,5),(7,0),(1,3),(0,3)])
    /// nx.pagerank(G, alpha=0.85, weight=None, tol=1e-15, max_iter=10000)
    /// ```
    #[test]
    fn matches_networkx_on_cycles_with_dangling_and_isolated_nodes() {
        let arcs = [
            (0, 1),
            (1, 2),
            (2, 0),
            (2, 3),
            (3, 4),
            (4, 2),
            (5, 6),
            (6, 5),
            (7, 0),
            (1, 3),
            (0, 3),
        ];
        let pr = pagerank(&Csr::from_arcs(9, arcs));
        assert!(pr.converged, "{pr:?}");
        assert_close(
            &pr.scores,
            &[
                0.11492709055273015,
                0.06724892146036934,
                0.1903012018779486,
                0.1767077238791554,
                0.1686064732727413,
                0.1226993865030675,
                0.1226993865030675,
                0.018404907975460127,
                0.018404907975460127,
            ],
        );
    }

    /// The push loop the parallel pull replaced, kept as the reference: same bits.
    #[allow(clippy::needless_range_loop)]
    fn push_pagerank(csr: &Csr) -> Vec<f64> {
        let n = csr.node_count();
        let nf = n as f64;
        let mut x = vec![1.0 / nf; n];
        for _ in 0..MAX_ITERATIONS {
            let mut next = vec![0.0f64; n];
            let mut dangling = 0.0;
            for u in 0..n {
                let out = csr.out(u);
                if out.is_empty() {
                    dangling += x[u];
                } else {
                    let share = x[u] * (1.0 / out.len() as f64);
                    for &v in out {
                        next[v] += share;
                    }
                }
            }
            let base = DAMPING * dangling / nf + (1.0 - DAMPING) / nf;
            let mut change = 0.0;
            for v in 0..n {
                let value = DAMPING * next[v] + base;
                change += (value - x[v]).abs();
                next[v] = value;
            }
            x = next;
            if change < TOLERANCE {
                break;
            }
        }
        x
    }

    #[test]
    fn parallel_pull_is_bit_identical_to_the_push_loop() {
        let mut state = 7u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        let n = 20_000;
        let arcs: Vec<(usize, usize)> = (0..120_000)
            .map(|_| (next() % n, next() % 97 * (next() % 200)))
            .collect();
        let csr = Csr::from_arcs(n, arcs.into_iter().map(|(u, v)| (u, v % n)));
        assert_eq!(csr.reversed().reversed(), csr);
        let ours: Vec<u64> = pagerank(&csr).scores.iter().map(|x| x.to_bits()).collect();
        let push: Vec<u64> = push_pagerank(&csr).iter().map(|x| x.to_bits()).collect();
        assert_eq!(ours, push);
    }

    #[test]
    fn non_convergence_is_reported() {
        let pr = pagerank_with(&Csr::from_arcs(3, [(0, 1), (1, 2)]), 0.85, 0.0, 5);
        assert!(!pr.converged);
        assert_eq!(pr.iterations, 5);
    }
}
