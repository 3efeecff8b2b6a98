//! HITS hubs and authorities (Kleinberg).
//!
//! Graph view: the collapsed directed graph, unweighted. From h = 1 everywhere, repeat
//! a = Aᵀ h, h = A a, each scaled to maximum 1, until the hub vector changes by less than
//! n · [`TOLERANCE`] in L1 (at most [`MAX_ITERATIONS`] steps); both are then scaled to sum 1, as
//! `networkx.hits` reports them. Nodes without arcs score 0.

use super::pagerank::Csr;

pub(crate) const TOLERANCE: f64 = 1e-10;
pub(crate) const MAX_ITERATIONS: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hits {
    pub hubs: Vec<f64>,
    pub authorities: Vec<f64>,
}

pub(crate) fn hits(csr: &Csr) -> Hits {
    let n = csr.node_count();
    let mut hubs = vec![1.0f64; n];
    let mut authorities = vec![0.0f64; n];
    for _ in 0..MAX_ITERATIONS {
        authorities.fill(0.0);
        for (u, &h) in hubs.iter().enumerate() {
            for &v in csr.out(u) {
                authorities[v] += h;
            }
        }
        scale_max(&mut authorities);
        let mut next = vec![0.0f64; n];
        for (u, x) in next.iter_mut().enumerate() {
            *x = csr.out(u).iter().map(|&v| authorities[v]).sum();
        }
        scale_max(&mut next);
        let change: f64 = next.iter().zip(&hubs).map(|(a, b)| (a - b).abs()).sum();
        hubs = next;
        if change < n as f64 * TOLERANCE {
            break;
        }
    }
    scale_sum(&mut hubs);
    scale_sum(&mut authorities);
    Hits { hubs, authorities }
}

fn scale_max(v: &mut [f64]) {
    let m = v.iter().copied().fold(0.0f64, f64::max);
    if m > 0.0 {
        v.iter_mut().for_each(|x| *x /= m);
    }
}

fn scale_sum(v: &mut [f64]) {
    let s: f64 = v.iter().sum();
    if s > 0.0 {
        v.iter_mut().for_each(|x| *x /= s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_hubs_one_authority() {
        // 0 -> 2, 1 -> 2, 1 -> 3: 1 is the better hub, 2 the better authority.
        let h = hits(&Csr::from_arcs(5, [(0, 2), (1, 2), (1, 3)]));
        assert!(h.hubs[1] > h.hubs[0] && h.hubs[0] > 0.0);
        assert!(h.authorities[2] > h.authorities[3] && h.authorities[3] > 0.0);
        assert_eq!((h.hubs[4], h.authorities[4]), (0.0, 0.0));
        assert!((h.hubs.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((h.authorities.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        // Golden ratio structure: hubs (1, φ)/(1 + φ) for A = [[0,0,1,0],[0,0,1,1]].
        let phi = (1.0 + 5f64.sqrt()) / 2.0;
        assert!((h.hubs[1] - phi / (1.0 + phi)).abs() < 1e-9, "{h:?}");
    }
}
