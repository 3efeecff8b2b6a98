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

/// Nodes summed side by side in the pull loop (one slice of [`Sliced`]).
const LANES: usize = 8;

/// Nodes plus in-arcs per unit of parallel work: large enough that rayon's per-task cost is
/// noise, small enough (≈ 40 units on 1M arcs) to balance two threads around hubs.
const CHUNK_WORK: usize = 32 * 1024;

/// The in-arcs in a sliced ELLPACK layout (SELL-C-σ, C = [`LANES`], σ = n), built for the pull
/// loop. Nodes are renumbered to *positions*, by in-degree descending (ties by node index), and
/// cut into slices of [`LANES`] consecutive positions. A slice stores its in-arc sources row by
/// row, one column per lane: row j holds the j-th source of each of its nodes, as a position.
/// Each node's sources stay in increasing node order and the shorter lists are padded at the
/// end with [`Sliced::pad`], a position whose share is always 0.0.
///
/// Why: summed one node at a time, each in-arc waits for the previous addition (a latency
/// chain); [`LANES`] independent chains keep the adder busy, ≈ 2.5x faster per core on the
/// 1M-edge benchmark graph. Each node still adds its shares in the same order from 0.0, and
/// adding 0.0 to a non-negative sum changes no bit, so the scores are bit-identical to the plain
/// loop. Sorting by in-degree bounds the padding by (LANES - 1) x the largest in-degree.
struct Sliced {
    /// Position of each node.
    position: Vec<u32>,
    /// Slice `s` is `cols[starts[s]..starts[s + 1]]`, rows of [`LANES`] positions.
    starts: Vec<usize>,
    cols: Vec<u32>,
}

impl Sliced {
    fn of(csr: &Csr) -> Sliced {
        let n = csr.node_count();
        let slices = n.div_ceil(LANES);
        assert!(
            slices * LANES < u32::MAX as usize,
            "PageRank needs fewer than 2^32 nodes"
        );
        let mut in_degree = vec![0usize; n];
        for &v in &csr.targets {
            in_degree[v] += 1;
        }
        let mut order: Vec<u32> = (0..n as u32).collect();
        order.sort_by_key(|&v| std::cmp::Reverse(in_degree[v as usize])); // stable: ties by index
        let mut position = vec![0u32; n];
        for (p, &v) in order.iter().enumerate() {
            position[v as usize] = p as u32;
        }
        // A slice is as wide as its first (largest) node's in-degree.
        let mut starts = Vec::with_capacity(slices + 1);
        starts.push(0);
        for s in 0..slices {
            let width = in_degree[order[s * LANES] as usize];
            starts.push(starts[s] + width * LANES);
        }
        let pad = (slices * LANES) as u32;
        let mut cols = vec![pad; starts[slices]];
        // Arcs come by increasing source, so each node's row count grows in source order.
        let mut rows = vec![0usize; n];
        for u in 0..n {
            for &v in csr.out(u) {
                let p = position[v] as usize;
                cols[starts[p / LANES] + rows[v] * LANES + p % LANES] = position[u];
                rows[v] += 1;
            }
        }
        Sliced {
            position,
            starts,
            cols,
        }
    }

    fn slices(&self) -> usize {
        self.starts.len() - 1
    }

    /// Positions `0..pad()` are nodes and, after the last node, empty lanes; `pad()` itself is
    /// the padding's source.
    fn pad(&self) -> usize {
        self.slices() * LANES
    }

    /// Slice ranges of about [`CHUNK_WORK`] lanes + entries each: the units of parallel work.
    /// They depend on the graph only, so the per-chunk partial sums, added in chunk order, do
    /// not depend on the number of threads.
    fn chunks(&self) -> Vec<std::ops::Range<usize>> {
        let mut chunks = Vec::new();
        let mut start = 0;
        while start < self.slices() {
            let mut end = start + 1;
            while end < self.slices()
                && self.starts[end] - self.starts[start] + (end - start) * LANES < CHUNK_WORK
            {
                end += 1;
            }
            chunks.push(start..end);
            start = end;
        }
        chunks
    }
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

    // Pull form: each node sums what its in-neighbours send, in increasing source order. That is
    // the order the push loop `for u { for v in out(u) { next[v] += share } }` adds in, so the
    // scores are bit-identical to it, and independent per node, so they run in parallel with a
    // result that does not depend on the thread count. One pass per iteration writes the new
    // score, the share it sends next time (score / out-degree) and the chunk's part of the L1
    // change. Every vector below is indexed by position (see [`Sliced`]).
    let sliced = Sliced::of(csr);
    let chunks = sliced.chunks();
    let len = sliced.pad() + 1;
    let mut inv_out = vec![0.0f64; len];
    let mut dangling_nodes = Vec::new();
    for u in 0..n {
        let p = sliced.position[u] as usize;
        match csr.out(u).len() {
            0 => dangling_nodes.push(p),
            k => inv_out[p] = 1.0 / k as f64,
        }
    }
    let nf = n as f64;
    let mut x = vec![1.0 / nf; len];
    let mut share: Vec<f64> = inv_out.iter().map(|&inv| x[0] * inv).collect();
    let mut next = vec![0.0f64; len];
    let mut next_share = vec![0.0f64; len]; // the last, padding, entry stays 0.0
    let mut parts = Vec::with_capacity(chunks.len());
    let (starts, cols) = (&sliced.starts, &sliced.cols);
    for iteration in 1..=max_iterations {
        // Dangling mass in increasing node order, as the push loop sums it.
        let dangling = dangling_nodes.iter().fold(0.0f64, |acc, &p| acc + x[p]);
        let base = damping * dangling / nf + (1.0 - damping) / nf;
        let mut work = Vec::with_capacity(chunks.len());
        let (mut rest, mut rest_share) = (&mut next[..len - 1], &mut next_share[..len - 1]);
        for range in &chunks {
            let (a, b) = std::mem::take(&mut rest).split_at_mut(range.len() * LANES);
            let (c, d) = std::mem::take(&mut rest_share).split_at_mut(range.len() * LANES);
            work.push((range.clone(), a, c));
            (rest, rest_share) = (b, d);
        }
        let (x_now, share_now, inv_out) = (&x, &share, &inv_out);
        work.into_par_iter()
            .map(|(range, out, out_share)| {
                let first = range.start * LANES;
                let mut change = 0.0f64;
                for s in range {
                    let mut sums = [0.0f64; LANES];
                    for row in cols[starts[s]..starts[s + 1]].chunks_exact(LANES) {
                        for (sum, &u) in sums.iter_mut().zip(row) {
                            *sum += share_now[u as usize];
                        }
                    }
                    for (lane, sum) in sums.into_iter().enumerate() {
                        let p = s * LANES + lane;
                        let value = damping * sum + base;
                        if p < n {
                            change += (value - x_now[p]).abs();
                        }
                        out[p - first] = value;
                        out_share[p - first] = value * inv_out[p];
                    }
                }
                change
            })
            .collect_into_vec(&mut parts);
        let change: f64 = parts.iter().sum();
        std::mem::swap(&mut x, &mut next);
        std::mem::swap(&mut share, &mut next_share);
        if change < tolerance {
            return PageRank {
                scores: scores_by_node(&x, &sliced),
                iterations: iteration,
                converged: true,
            };
        }
    }
    PageRank {
        scores: scores_by_node(&x, &sliced),
        iterations: max_iterations,
        converged: false,
    }
}

fn scores_by_node(x: &[f64], sliced: &Sliced) -> Vec<f64> {
    sliced.position.iter().map(|&p| x[p as usize]).collect()
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
        let mut next = crate::stats::fixture::lcg(7);
        let n = 20_000;
        let arcs: Vec<(usize, usize)> = (0..120_000)
            .map(|_| (next() % n, next() % 97 * (next() % 200)))
            .collect();
        let csr = Csr::from_arcs(n, arcs.into_iter().map(|(u, v)| (u, v % n)));
        let sliced = Sliced::of(&csr);
        let mut sources = vec![Vec::new(); n];
        for (u, v) in csr.arcs() {
            sources[v].push(sliced.position[u]);
        }
        for (v, expected) in sources.iter().enumerate() {
            let p = sliced.position[v] as usize;
            let slice = &sliced.cols[sliced.starts[p / LANES]..sliced.starts[p / LANES + 1]];
            let lane: Vec<u32> = slice
                .iter()
                .skip(p % LANES)
                .step_by(LANES)
                .copied()
                .collect();
            let (own, pad) = lane.split_at(expected.len());
            assert_eq!(own, expected);
            assert!(pad.iter().all(|&q| q as usize == sliced.pad()));
        }
        let chunks = sliced.chunks();
        assert!(chunks.len() > 2, "{}", chunks.len());
        assert!(chunks.windows(2).all(|w| w[0].end == w[1].start));
        assert_eq!(
            (chunks[0].start, chunks.last().unwrap().end),
            (0, sliced.slices())
        );
        let ours: Vec<u64> = pagerank(&csr).scores.iter().map(|x| x.to_bits()).collect();
        let push: Vec<u64> = push_pagerank(&csr).iter().map(|x| x.to_bits()).collect();
        assert_eq!(ours, push);
        let one_thread = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap()
            .install(|| pagerank(&csr));
        let one: Vec<u64> = one_thread.scores.iter().map(|x| x.to_bits()).collect();
        assert_eq!(one, push);
    }

    #[test]
    fn non_convergence_is_reported() {
        let pr = pagerank_with(&Csr::from_arcs(3, [(0, 1), (1, 2)]), 0.85, 0.0, 5);
        assert!(!pr.converged);
        assert_eq!(pr.iterations, 5);
    }
}
