//! Weakly connected components with a union-find.

use petgraph::unionfind::UnionFind;

/// Sizes of the weakly connected components of a graph with nodes `0..n` and the given edges
/// (direction ignored, self-loops and repeats harmless), largest first. Isolated nodes are
/// components of size 1; the sizes sum to `n`.
pub(crate) fn weak_component_sizes(
    n: usize,
    edges: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<usize> {
    let mut sets = UnionFind::<usize>::new(n);
    for (a, b) in edges {
        sets.union(a, b);
    }
    let mut counts = vec![0usize; n];
    for root in sets.into_labeling() {
        counts[root] += 1;
    }
    let mut sizes: Vec<usize> = counts.into_iter().filter(|&c| c > 0).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_graph() {
        assert!(weak_component_sizes(0, []).is_empty());
    }

    #[test]
    fn isolated_nodes() {
        assert_eq!(weak_component_sizes(3, []), vec![1, 1, 1]);
    }

    #[test]
    fn direction_and_repeats_ignored() {
        // 0->1, 2->1 (weakly joined through 1), 3<->4, 4->4, 5 alone.
        let edges = [(0, 1), (2, 1), (3, 4), (4, 3), (4, 4), (0, 1)];
        assert_eq!(weak_component_sizes(6, edges), vec![3, 2, 1]);
    }

    #[test]
    fn chain_merges_late() {
        let edges = [(0, 1), (2, 3), (4, 5), (1, 2), (3, 4)];
        assert_eq!(weak_component_sizes(7, edges), vec![6, 1]);
    }
}
