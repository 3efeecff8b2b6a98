//! Shortest-path measures from one breadth-first search per source (Brandes 2001): betweenness,
//! closeness, harmonic closeness, eccentricity, diameter, radius and average path length.
//!
//! # Graph view and definitions (Gephi's "Network Diameter" statistic, directed)
//!
//! All on the collapsed *directed* graph (module `stats`): unweighted, a `met-with` edge is an arc
//! each way, distances follow arcs forward. For a node u with R(u) the nodes reachable from u
//! (u excluded) and d(u, v) the out-distance:
//!
//! - betweenness(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, normalized by 1 / ((n - 1)(n - 2)) when n > 2
//!   = `networkx.betweenness_centrality(D, normalized=True)` = igraph
//!   `betweenness(directed=True) / ((n-1)(n-2))`;
//! - closeness(u) = |R(u)| / Σ_{v ∈ R(u)} d(u, v), 0 when R(u) is empty (Gephi: the inverse of the
//!   mean distance to the reachable nodes) = `networkx.closeness_centrality(D.reverse(),
//!   wf_improved=False)` = igraph `closeness(mode="out")`;
//! - harmonic closeness(u) = Σ_{v ∈ R(u)} 1 / d(u, v) / (n - 1), 0 when n < 2 =
//!   `networkx.harmonic_centrality(D.reverse())[u] / (n - 1)` = igraph
//!   `harmonic_centrality(mode="out", normalized=True)`;
//! - eccentricity(u) = max_{v ∈ R(u)} d(u, v), 0 when R(u) is empty;
//! - diameter = max eccentricity; radius = min eccentricity over nodes with some reachable node
//!   (0 when there is none); average path length = mean of d(u, v) over all ordered pairs with
//!   v ∈ R(u) (0 when there is none).
//!
//! # Sampling
//!
//! With `samples = Some(k)`, k < n, betweenness accumulates dependencies from k sources only (a
//! fixed pseudo-random choice, [`sample_sources`]) and is scaled by n / k (NetworkX's estimator for
//! `betweenness_centrality(k=...)`). The distance measures still use every source: they cost one
//! breadth-first search each, the cheaper half of the work.

use super::pagerank::Csr;

/// Seed of the sample of betweenness sources; fixed so that runs are repeatable.
pub(crate) const SAMPLE_SEED: u64 = 0x6e65_7773_6772_6170;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PathMeasures {
    pub betweenness: Vec<f64>,
    pub closeness: Vec<f64>,
    pub harmonic: Vec<f64>,
    pub eccentricity: Vec<usize>,
    pub diameter: usize,
    pub radius: usize,
    pub average_path_length: f64,
    /// Number of betweenness sources when sampled, `None` when exact.
    pub samples: Option<usize>,
}

impl PathMeasures {
    /// All zero: the measures were not computed (a graph too large for one search per node).
    pub(crate) fn skipped(n: usize) -> Self {
        PathMeasures {
            betweenness: vec![0.0; n],
            closeness: vec![0.0; n],
            harmonic: vec![0.0; n],
            eccentricity: vec![0; n],
            diameter: 0,
            radius: 0,
            average_path_length: 0.0,
            samples: None,
        }
    }
}

/// Sources of a betweenness sample: `k` distinct nodes of `0..n`, sorted, from a Fisher-Yates
/// shuffle driven by SplitMix64 seeded with [`SAMPLE_SEED`]. All nodes when k >= n.
pub(crate) fn sample_sources(n: usize, k: usize) -> Vec<usize> {
    let mut nodes: Vec<usize> = (0..n).collect();
    if k >= n {
        return nodes;
    }
    let mut state = SAMPLE_SEED;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in 0..k {
        let j = i + (next() % (n - i) as u64) as usize;
        nodes.swap(i, j);
    }
    let mut chosen = nodes[..k].to_vec();
    chosen.sort_unstable();
    chosen
}

/// At most this many units of parallel work, each with its own betweenness vector. The split
/// depends on n only (not on the thread count), so the floating-point sums, added chunk by chunk
/// in order, are the same on every machine.
const MAX_CHUNKS: usize = 32;

/// What one chunk of sources contributes.
struct Partial {
    betweenness: Vec<f64>,
    pair_count: u64,
    distance_sum: u64,
}

/// Computes every measure of the module documentation on `csr`, the sources split over threads.
pub(crate) fn shortest_paths(csr: &Csr, samples: Option<usize>) -> PathMeasures {
    use rayon::prelude::*;

    let n = csr.node_count();
    let samples = samples.filter(|&k| k < n);
    let mut accumulate = vec![samples.is_none(); n];
    if let Some(k) = samples {
        for s in sample_sources(n, k) {
            accumulate[s] = true;
        }
    }
    let chunk = n.div_ceil(MAX_CHUNKS).max(1);
    let mut closeness = vec![0.0f64; n];
    let mut harmonic = vec![0.0f64; n];
    let mut eccentricity = vec![0usize; n];
    let partials: Vec<Partial> = closeness
        .par_chunks_mut(chunk)
        .zip(harmonic.par_chunks_mut(chunk))
        .zip(eccentricity.par_chunks_mut(chunk))
        .enumerate()
        .map(|(k, ((closeness, harmonic), eccentricity))| {
            let first = k * chunk;
            let mut search = Search::new(n);
            let mut partial = Partial {
                betweenness: vec![0.0; n],
                pair_count: 0,
                distance_sum: 0,
            };
            for (offset, ((c, h), e)) in closeness
                .iter_mut()
                .zip(harmonic.iter_mut())
                .zip(eccentricity.iter_mut())
                .enumerate()
            {
                let s = first + offset;
                search.run(csr, s, accumulate[s], &mut partial.betweenness);
                let reached = search.order.len() - 1;
                if reached > 0 {
                    let (mut sum, mut inverse) = (0u64, 0.0f64);
                    for &v in &search.order[1..] {
                        sum += u64::from(search.dist[v]);
                        inverse += 1.0 / f64::from(search.dist[v]);
                    }
                    *c = reached as f64 / sum as f64;
                    *h = inverse;
                    *e = search.dist[*search.order.last().expect("reached > 0")] as usize;
                    partial.pair_count += reached as u64;
                    partial.distance_sum += sum;
                }
                search.reset();
            }
            partial
        })
        .collect();
    let mut betweenness = vec![0.0f64; n];
    let (mut pair_count, mut distance_sum) = (0u64, 0u64);
    for p in partials {
        for (b, x) in betweenness.iter_mut().zip(&p.betweenness) {
            *b += x;
        }
        pair_count += p.pair_count;
        distance_sum += p.distance_sum;
    }

    let mut scale = if n > 2 {
        1.0 / ((n - 1) as f64 * (n - 2) as f64)
    } else {
        1.0
    };
    if let Some(k) = samples {
        scale *= n as f64 / k as f64;
    }
    for b in &mut betweenness {
        *b *= scale;
    }
    if n > 1 {
        for h in &mut harmonic {
            *h /= (n - 1) as f64;
        }
    }
    let diameter = eccentricity.iter().copied().max().unwrap_or(0);
    let radius = eccentricity
        .iter()
        .copied()
        .filter(|&e| e > 0)
        .min()
        .unwrap_or(0);
    PathMeasures {
        betweenness,
        closeness,
        harmonic,
        eccentricity,
        diameter,
        radius,
        average_path_length: if pair_count == 0 {
            0.0
        } else {
            distance_sum as f64 / pair_count as f64
        },
        samples,
    }
}

/// Betweenness alone, accumulated from `sources` only and scaled by n / k as in
/// [`shortest_paths`] with `samples = Some(k)`, without the distance measures (which need a
/// search from every node): k searches instead of n. This is `networkx.betweenness_centrality(D,
/// k=len(sources))` when NetworkX draws the same sources; `make bench` times the two side by side.
pub(crate) fn sampled_betweenness(csr: &Csr, sources: &[usize]) -> Vec<f64> {
    use rayon::prelude::*;

    let n = csr.node_count();
    let chunk = sources.len().div_ceil(MAX_CHUNKS).max(1);
    let partials: Vec<Vec<f64>> = sources
        .par_chunks(chunk)
        .map(|chunk| {
            let mut search = Search::new(n);
            let mut betweenness = vec![0.0; n];
            for &s in chunk {
                search.run(csr, s, true, &mut betweenness);
                search.reset();
            }
            betweenness
        })
        .collect();
    let mut betweenness = vec![0.0f64; n];
    for p in partials {
        for (b, x) in betweenness.iter_mut().zip(&p) {
            *b += x;
        }
    }
    let mut scale = if n > 2 {
        1.0 / ((n - 1) as f64 * (n - 2) as f64)
    } else {
        1.0
    };
    if !sources.is_empty() && sources.len() < n {
        scale *= n as f64 / sources.len() as f64;
    }
    for b in &mut betweenness {
        *b *= scale;
    }
    betweenness
}

/// Buffers of one breadth-first search with shortest-path counts (Brandes).
struct Search {
    dist: Vec<u32>,
    sigma: Vec<f64>,
    delta: Vec<f64>,
    order: Vec<usize>,
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            dist: vec![u32::MAX; n],
            sigma: vec![0.0; n],
            delta: vec![0.0; n],
            order: Vec::with_capacity(n),
        }
    }

    /// Distances and path counts from `s`; with `accumulate`, adds the dependencies of `s` to
    /// `betweenness`.
    fn run(&mut self, csr: &Csr, s: usize, accumulate: bool, betweenness: &mut [f64]) {
        let Search {
            dist,
            sigma,
            delta,
            order,
        } = self;
        dist[s] = 0;
        sigma[s] = 1.0;
        order.push(s);
        let mut head = 0;
        while head < order.len() {
            let v = order[head];
            head += 1;
            let dv = dist[v];
            for &w in csr.out(v) {
                if dist[w] == u32::MAX {
                    dist[w] = dv + 1;
                    order.push(w);
                }
                if dist[w] == dv + 1 {
                    sigma[w] += sigma[v];
                }
            }
        }
        if accumulate {
            // Dependencies in reverse BFS order, through the successors on shortest paths.
            for &v in order.iter().rev() {
                let dv = dist[v];
                let mut d = 0.0;
                for &w in csr.out(v) {
                    if dist[w] == dv + 1 {
                        d += sigma[v] / sigma[w] * (1.0 + delta[w]);
                    }
                }
                delta[v] = d;
                if v != s {
                    betweenness[v] += d;
                }
            }
        }
    }

    /// Clears what the last search touched.
    fn reset(&mut self) {
        for &v in &self.order {
            self.dist[v] = u32::MAX;
            self.sigma[v] = 0.0;
            self.delta[v] = 0.0;
        }
        self.order.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: &[f64], b: &[f64]) {
        assert_eq!(a.len(), b.len());
        for (i, (x, y)) in a.iter().zip(b).enumerate() {
            assert!((x - y).abs() < 1e-12, "node {i}: {x} vs {y}");
        }
    }

    /// NetworkX 3.6.1 on `D = nx.DiGraph([(0,1),(1,2),(2,0),(2,3),(3,4),(1,3)])` plus node 5:
    /// `betweenness_centrality(D)`, `closeness_centrality(D.reverse(), wf_improved=False)`,
    /// `harmonic_centrality(D.reverse())` / 5.
    #[test]
    fn matches_networkx() {
        let csr = Csr::from_arcs(6, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (1, 3)]);
        let p = shortest_paths(&csr, None);
        close(&p.betweenness, &[0.05, 0.15, 0.05, 0.15, 0.0, 0.0]);
        close(&p.closeness, &[0.5, 2.0 / 3.0, 2.0 / 3.0, 1.0, 0.0, 0.0]);
        close(&p.harmonic, &[0.4666666666666667, 0.6, 0.6, 0.2, 0.0, 0.0]);
        assert_eq!(p.eccentricity, vec![3, 2, 2, 1, 0, 0]);
        assert_eq!((p.diameter, p.radius), (3, 1));
        // 4 + 4 + 4 + 1 ordered pairs, distances 8 + 6 + 6 + 1.
        assert!((p.average_path_length - 21.0 / 13.0).abs() < 1e-12);
    }

    #[test]
    fn full_sample_is_exact_and_samples_are_fixed() {
        let arcs = [(0, 1), (1, 2), (2, 3), (3, 0), (1, 3), (4, 2)];
        let csr = Csr::from_arcs(5, arcs);
        assert_eq!(shortest_paths(&csr, Some(5)), shortest_paths(&csr, None));
        let s = sample_sources(1000, 10);
        assert_eq!(s.len(), 10);
        assert_eq!(s, sample_sources(1000, 10));
        assert!(s.windows(2).all(|w| w[0] < w[1]));
        let p = shortest_paths(&csr, Some(2));
        assert_eq!(p.samples, Some(2));
    }

    #[test]
    fn sampled_betweenness_is_the_sampled_estimator() {
        let arcs = [
            (0, 1),
            (1, 2),
            (2, 3),
            (3, 0),
            (1, 3),
            (4, 2),
            (5, 1),
            (2, 6),
        ];
        let csr = Csr::from_arcs(7, arcs);
        for k in [2, 4, 7] {
            let full = shortest_paths(&csr, Some(k)).betweenness;
            close(&sampled_betweenness(&csr, &sample_sources(7, k)), &full);
        }
    }

    #[test]
    fn tiny_graphs() {
        let p = shortest_paths(&Csr::from_arcs(0, []), None);
        assert_eq!((p.diameter, p.radius, p.average_path_length), (0, 0, 0.0));
        let p = shortest_paths(&Csr::from_arcs(2, [(0, 1)]), None);
        close(&p.betweenness, &[0.0, 0.0]);
        close(&p.closeness, &[1.0, 0.0]);
        close(&p.harmonic, &[1.0, 0.0]);
    }
}
