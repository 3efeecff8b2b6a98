//! One filter step on the loaded graph, shared by `export`, `stats` and `build`, so a briefing's
//! subgraph is the same whichever command pulls it.
//!
//! Order of the step: edges are kept by relation, weight and date; nodes by type (an edge needs
//! both ends kept); nodes left without any edge are dropped (the loaded graph has none either);
//! last, `ego` keeps the nodes within `depth` hops of one entity, edges followed in either
//! direction, with every kept edge between them (NetworkX `ego_graph(G, n, radius=depth,
//! undirected=True)`). The result keeps the input's node and edge order, so exports stay
//! deterministic.

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use super::KnowledgeGraph;
use crate::model::{EntityType, Predicate};

/// What to keep. The default keeps everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Keep only these relations (empty: all).
    pub relations: Vec<Predicate>,
    /// Keep only nodes of these types (empty: all).
    pub types: Vec<EntityType>,
    /// Keep edges whose last date is on or after this `YYYY-MM-DD` (undated edges go).
    pub since: Option<String>,
    /// Keep edges whose first date is on or before this `YYYY-MM-DD` (undated edges go).
    pub until: Option<String>,
    /// Keep edges supported by at least this many events.
    pub min_weight: Option<u64>,
    /// Keep the neighbourhood of this entity (its id, IRI or label, case-insensitive label).
    pub ego: Option<String>,
    /// Hops around `ego`.
    pub depth: usize,
}

/// A filter that cannot be applied.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FilterError {
    #[error("no entity with id or label {0:?} in the graph")]
    UnknownEntity(String),
    #[error("{0:?} is the label of several entities; give one id: {1}")]
    AmbiguousEntity(String, String),
}

impl Filter {
    /// Does this filter keep the whole graph?
    pub fn is_empty(&self) -> bool {
        *self
            == Filter {
                depth: self.depth,
                ..Filter::default()
            }
    }
}

/// Applies `filter` to `graph` (see the module documentation).
pub fn filter(graph: &KnowledgeGraph, filter: &Filter) -> Result<KnowledgeGraph, FilterError> {
    let g = &graph.graph;
    let ego = filter
        .ego
        .as_deref()
        .map(|name| resolve(graph, name))
        .transpose()?;
    if filter.is_empty() {
        return Ok(graph.clone());
    }
    let node_ok = |i: NodeIndex| filter.types.is_empty() || filter.types.contains(&g[i].kind);
    let mut edge_ok: Vec<bool> = g
        .edge_references()
        .map(|e| {
            let w = e.weight();
            let dated_ok = match (&filter.since, &filter.until) {
                (None, None) => true,
                (since, until) => match (&w.first_date, &w.last_date) {
                    (Some(first), Some(last)) => {
                        since.as_ref().is_none_or(|s| last >= s)
                            && until.as_ref().is_none_or(|u| first <= u)
                    }
                    _ => false,
                },
            };
            (filter.relations.is_empty() || filter.relations.contains(&w.relation))
                && filter.min_weight.is_none_or(|m| w.weight >= m)
                && dated_ok
                && node_ok(e.source())
                && node_ok(e.target())
        })
        .collect();
    let mut node_keep = vec![false; g.node_count()];
    for e in g.edge_references() {
        if edge_ok[e.id().index()] {
            node_keep[e.source().index()] = true;
            node_keep[e.target().index()] = true;
        }
    }
    if let Some(center) = ego {
        // Breadth-first over kept edges, both directions.
        let mut dist: Vec<Option<usize>> = vec![None; g.node_count()];
        dist[center.index()] = Some(0);
        let mut frontier = vec![center];
        for d in 1..=filter.depth {
            let mut next = Vec::new();
            for &u in &frontier {
                for dir in [Direction::Outgoing, Direction::Incoming] {
                    for e in g.edges_directed(u, dir) {
                        let v = if dir == Direction::Outgoing {
                            e.target()
                        } else {
                            e.source()
                        };
                        if edge_ok[e.id().index()] && dist[v.index()].is_none() {
                            dist[v.index()] = Some(d);
                            next.push(v);
                        }
                    }
                }
            }
            frontier = next;
        }
        for (keep, d) in node_keep.iter_mut().zip(&dist) {
            *keep = d.is_some();
        }
        for e in g.edge_references() {
            let ok = &mut edge_ok[e.id().index()];
            *ok = *ok && node_keep[e.source().index()] && node_keep[e.target().index()];
        }
    }

    let mut out = KnowledgeGraph::default();
    let mut map = vec![None; g.node_count()];
    for i in g.node_indices() {
        if node_keep[i.index()] {
            map[i.index()] = Some(out.graph.add_node(g[i].clone()));
        }
    }
    for e in g.edge_references() {
        if edge_ok[e.id().index()] {
            if let (Some(s), Some(t)) = (map[e.source().index()], map[e.target().index()]) {
                out.graph.add_edge(s, t, e.weight().clone());
            }
        }
    }
    Ok(out)
}

/// The node named `name`: exact id or IRI first, then a case-insensitive label or alias that
/// names one entity only.
fn resolve(graph: &KnowledgeGraph, name: &str) -> Result<NodeIndex, FilterError> {
    let g = &graph.graph;
    let name = name.trim();
    if let Some(i) = g
        .node_indices()
        .find(|&i| g[i].id == name || g[i].iri == name)
    {
        return Ok(i);
    }
    let wanted = name.to_lowercase();
    for by_alias in [false, true] {
        let hits: Vec<NodeIndex> = g
            .node_indices()
            .filter(|&i| {
                let n = &g[i];
                if by_alias {
                    n.aliases.iter().any(|a| a.to_lowercase() == wanted)
                } else {
                    n.label.to_lowercase() == wanted
                }
            })
            .collect();
        match hits.len() {
            0 => continue,
            1 => return Ok(hits[0]),
            _ => {
                let ids: Vec<&str> = hits.iter().map(|&i| g[i].id.as_str()).collect();
                return Err(FilterError::AmbiguousEntity(
                    name.to_string(),
                    ids.join(", "),
                ));
            }
        }
    }
    Err(FilterError::UnknownEntity(name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixture::sample_graph;

    fn ids(kg: &KnowledgeGraph) -> Vec<String> {
        kg.graph.node_weights().map(|n| n.id.clone()).collect()
    }

    fn edges(kg: &KnowledgeGraph) -> Vec<String> {
        let g = &kg.graph;
        g.edge_references()
            .map(|e| {
                format!(
                    "{} {} {}",
                    g[e.source()].id,
                    e.weight().relation.as_str(),
                    g[e.target()].id
                )
            })
            .collect()
    }

    #[test]
    fn empty_filter_keeps_everything() {
        let g = sample_graph();
        let f = filter(&g, &Filter::default()).unwrap();
        assert_eq!(ids(&f), ids(&g));
        assert_eq!(edges(&f), edges(&g));
    }

    #[test]
    fn relation_and_weight() {
        let g = sample_graph();
        let f = Filter {
            relations: vec![Predicate::Attacked],
            min_weight: Some(2),
            ..Filter::default()
        };
        let out = filter(&g, &f).unwrap();
        assert_eq!(edges(&out), vec!["country/israel attacked location/gaza"]);
        assert_eq!(ids(&out), vec!["country/israel", "location/gaza"]);
    }

    #[test]
    fn dates_overlap_and_undated_edges_go() {
        let g = sample_graph();
        let f = Filter {
            since: Some("2024-01-04".into()),
            until: Some("2024-01-31".into()),
            ..Filter::default()
        };
        assert_eq!(
            edges(&filter(&g, &f).unwrap()),
            vec![
                "country/israel attacked location/gaza",
                "country/israel attacked org/hamas",
                "org/hamas met-with person/alice",
            ]
        );
    }

    #[test]
    fn types_drop_edges_to_other_types() {
        let g = sample_graph();
        let f = Filter {
            types: vec![EntityType::Country, EntityType::Organization],
            ..Filter::default()
        };
        let out = filter(&g, &f).unwrap();
        assert_eq!(
            ids(&out),
            vec!["country/iran", "country/israel", "org/hamas"]
        );
        assert_eq!(out.edge_count(), 4);
    }

    #[test]
    fn ego_by_id_label_and_alias() {
        let g = sample_graph();
        let ego = |name: &str, depth| {
            filter(
                &g,
                &Filter {
                    ego: Some(name.into()),
                    depth,
                    ..Filter::default()
                },
            )
        };
        assert_eq!(
            ids(&ego("person/alice", 1).unwrap()),
            vec!["location/gaza", "org/hamas", "person/alice"]
        );
        // Induced: the edge gaza -- hamas is not there, but hamas <-> israel are at depth 2.
        let two = ego("alice", 2).unwrap();
        assert_eq!(
            ids(&two),
            vec![
                "country/israel",
                "location/gaza",
                "org/hamas",
                "person/alice"
            ]
        );
        assert_eq!(two.edge_count(), 6);
        assert_eq!(ids(&ego("حماس", 0).unwrap()), vec!["org/hamas"]);
        assert_eq!(
            ego("nobody", 1).unwrap_err(),
            FilterError::UnknownEntity("nobody".into())
        );
        // Bob is isolated: his ego graph is himself.
        assert_eq!(ids(&ego("Bob", 3).unwrap()), vec!["person/bob"]);
    }
}
