//! The petgraph view of the store: nodes are entities, edges are relations aggregated per
//! (subject, relation, object), weighted by the number of supporting events.
//!
//! The public entries are [`load`] and [`filter`] (one step that cuts a subgraph for a briefing);
//! export and statistics work on the [`KnowledgeGraph`] they return.

mod filter;
mod load;

use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{EntityType, Predicate};
pub use filter::{filter, Filter, FilterError};
pub use load::load;

/// A per-node value computed elsewhere (a statistic) that exports write as a node attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeColumn {
    /// Attribute name in GraphML and GEXF (`snake_case`).
    pub name: &'static str,
    /// Column title in `nodes.csv` (Gephi's name of the measure).
    pub title: &'static str,
    /// Whole numbers (written without a fraction, typed `long`/`integer`) or doubles.
    pub integer: bool,
    /// One value per node, indexed like the graph's nodes.
    pub values: Vec<f64>,
}

/// An entity node.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The entity IRI.
    pub iri: String,
    /// Short stable id (IRI without the newsgraph prefix), used as node id in exports.
    pub id: String,
    pub label: String,
    pub kind: EntityType,
    pub wikidata: Option<String>,
    /// Other names seen, sorted.
    pub aliases: Vec<String>,
    /// Number of mentions across documents.
    pub mentions: u64,
}

/// An aggregated edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub relation: Predicate,
    /// Number of supporting events.
    pub weight: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// Number of distinct documents.
    pub documents: u64,
}

/// The aggregated graph. Nodes are sorted by id and edges by (source id, relation, target id), so
/// every export of the same store is byte-identical. `met-with` edges are stored once, from the
/// smaller id to the larger, and are undirected in exports.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    pub graph: DiGraph<Node, Edge>,
}

impl KnowledgeGraph {
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    pub fn node(&self, i: NodeIndex) -> &Node {
        &self.graph[i]
    }
}
