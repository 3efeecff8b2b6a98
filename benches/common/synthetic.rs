//! A synthetic knowledge graph of any size (benches and examples/bench_graph.rs).

use newsgraph::graph::{Edge, KnowledgeGraph, Node};
use newsgraph::model::{EntityType, Predicate};

/// splitmix64, as in the generator.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Skewed towards small values: a few hubs, a long tail, as in news graphs.
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) - 1.0) as usize % n
    }
}

/// A graph with `nodes` nodes and about `edges` distinct (subject, relation, object) edges, built
/// as `graph::load` builds its view (nodes sorted by id, edges by source id, relation, target id).
pub fn synthetic_graph(nodes: usize, edges: usize) -> KnowledgeGraph {
    let mut rng = Rng(42);
    let kinds = [
        EntityType::Person,
        EntityType::Person,
        EntityType::Organization,
        EntityType::Country,
        EntityType::Location,
        EntityType::Facility,
    ];
    let mut kg = KnowledgeGraph::default();
    let idx: Vec<_> = (0..nodes)
        .map(|i| {
            let kind = kinds[i % kinds.len()];
            let id = format!("{}/n{i:07}", kind.as_str().to_lowercase());
            kg.graph.add_node(Node {
                iri: format!("https://w3id.org/newsgraph/id/{id}"),
                id,
                label: format!("Actor {i}"),
                kind,
                wikidata: (i % 7 == 0).then(|| format!("Q{}", 1000 + i)),
                aliases: if i % 3 == 0 {
                    vec![format!("A{i}"), format!("الفاعل {i}")]
                } else {
                    Vec::new()
                },
                mentions: 1 + (i % 50) as u64,
            })
        })
        .collect();
    let mut triples: Vec<(usize, Predicate, usize)> = Vec::with_capacity(edges);
    while triples.len() < edges {
        let s = rng.skewed(nodes);
        let o = rng.next() as usize % nodes;
        if s == o {
            continue;
        }
        let p = Predicate::ALL[rng.next() as usize % Predicate::ALL.len()];
        let (s, o) = if p.is_symmetric() && o < s {
            (o, s)
        } else {
            (s, o)
        };
        triples.push((s, p, o));
        if triples.len() == edges {
            triples.sort_unstable_by_key(|&(s, p, o)| (s, p.as_str(), o));
            triples.dedup();
        }
    }
    for (k, (s, p, o)) in triples.into_iter().enumerate() {
        kg.graph.add_edge(
            idx[s],
            idx[o],
            Edge {
                relation: p,
                weight: 1 + (k % 5) as u64,
                first_date: Some(format!("2024-{:02}-01", 1 + k % 12)),
                last_date: Some(format!("2025-{:02}-15", 1 + k % 12)),
                documents: 1 + (k % 3) as u64,
            },
        );
    }
    kg
}
