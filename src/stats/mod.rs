//! Graph statistics with Gephi's names and definitions: counts, degree and weighted degree,
//! density, weak and strong components, diameter, radius and average path length, clustering,
//! Louvain modularity, PageRank, betweenness, closeness, harmonic closeness, eigenvector
//! centrality and HITS, each with its top actors; per-node values for the exports.
//!
//! The one public entry is [`compute`]; [`render_table`] formats its result for a terminal and the
//! [`Stats`] value serializes to JSON with a fixed field order.
//!
//! # Graph views (what each measure sees)
//!
//! - *Collapsed directed graph* D: one arc u -> v for every ordered pair of distinct nodes joined
//!   by at least one edge from u to v, a symmetric relation (`met-with`) giving arcs both ways;
//!   relation, weight and parallel edges are ignored and self-loops dropped. Used by density,
//!   strong components, PageRank (`pagerank.rs`), HITS (`hits.rs`) and every shortest-path
//!   measure (`paths.rs`: betweenness, closeness, harmonic closeness, eccentricity, diameter,
//!   radius, average path length).
//! - *Undirected shadow* U of D: one edge per unordered pair {u, v} with an arc either way,
//!   unweighted. Used by degree, average degree, weak components, clustering (`clustering.rs`) and
//!   eigenvector centrality (`eigenvector.rs`).
//! - *Weighted undirected graph*: U with the summed event counts of the edges between the pair
//!   as weight. Used by Louvain modularity (`louvain.rs`).
//! - The graph itself (a multigraph): edge counts and weighted degree = the sum of the weights of
//!   the edges at a node, in and out (a self-loop twice), as NetworkX
//!   `MultiDiGraph.degree(weight="weight")` and Gephi's "Weighted Degree".
//!
//! Each algorithm file states its definition and the NetworkX/igraph call that gives the same
//! numbers; `tests/it/conformance.rs` checks them on the examples and on a generated graph.
//!
//! - `density` = arcs of D / (n (n - 1)), 0 when n < 2 (NetworkX `density(D)`);
//! - `average_degree` = 2 * edges of U / n; `average_weighted_degree` = mean weighted degree;
//!
//! The top lists keep actors only ([`EntityType::is_actor`]: persons, organizations, countries),
//! ordered by value descending, ties broken by id ascending. Places still take part in the
//! computation (PageRank flows through them), they are just not listed.

#[doc(hidden)]
pub mod bench;
mod clustering;
mod components;
mod eigenvector;
mod hits;
mod louvain;
mod pagerank;
mod paths;

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use indexmap::IndexMap;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::graph::{KnowledgeGraph, NodeColumn};
use crate::model::{EntityType, Predicate};

use self::pagerank::Csr;

/// What to compute. `Options::default()` is what `stats` runs without flags.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// How many actors to list per measure.
    pub top: usize,
    /// Betweenness from this many sampled sources instead of all (see `paths.rs`).
    pub samples: Option<usize>,
    /// Louvain resolution γ (1 is standard modularity; larger gives more, smaller classes).
    pub resolution: f64,
    /// Above this many nodes the shortest-path measures (one breadth-first search per node:
    /// betweenness, closeness, harmonic closeness, eccentricity, diameter, radius, average path
    /// length) are left out: on 100k nodes and 1M edges they would take hours.
    pub max_path_nodes: usize,
}

/// Default of [`Options::max_path_nodes`].
pub const MAX_PATH_NODES: usize = 50_000;

impl Default for Options {
    fn default() -> Self {
        Options {
            top: 10,
            samples: None,
            resolution: 1.0,
            max_path_nodes: MAX_PATH_NODES,
        }
    }
}

/// Summary statistics of a [`KnowledgeGraph`]. Serializes with the fields in declaration order;
/// the per-node values are not serialized (see [`Stats::node_columns`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Number of entity nodes.
    pub nodes: usize,
    /// Number of aggregated edges (one per subject, relation, object).
    pub edges: usize,
    /// Node count per entity type; every type is present, zero counts included.
    pub nodes_by_type: BTreeMap<String, usize>,
    /// Edge count per relation (kebab-case name); every relation is present, zero counts included.
    pub edges_by_relation: BTreeMap<String, usize>,
    /// Directed density of the collapsed graph.
    pub density: f64,
    /// Mean number of distinct neighbours.
    pub average_degree: f64,
    /// Mean weighted degree (sum of event counts at a node).
    pub average_weighted_degree: f64,
    /// Number of weakly connected components.
    pub components: usize,
    /// Node count of the largest weakly connected component (0 for an empty graph).
    pub largest_component: usize,
    /// Number of strongly connected components of the collapsed directed graph.
    pub strong_components: usize,
    /// Node count of the largest strongly connected component.
    pub largest_strong_component: usize,
    /// Longest shortest directed path.
    pub diameter: usize,
    /// Smallest eccentricity of a node that reaches another.
    pub radius: usize,
    /// Mean shortest directed path length over connected ordered pairs.
    pub average_path_length: f64,
    /// Mean local clustering coefficient (undirected).
    pub average_clustering: f64,
    /// Modularity of the Louvain classes at `resolution`.
    pub modularity: f64,
    /// Number of Louvain classes.
    pub modularity_classes: usize,
    /// Louvain resolution used.
    pub resolution: f64,
    /// Betweenness sources sampled, `null` when exact.
    pub betweenness_samples: Option<usize>,
    /// Whether the shortest-path measures were computed (see [`Options::max_path_nodes`]); when
    /// false they are 0.
    pub path_measures: bool,
    /// Actors with the most distinct neighbours.
    pub top_degree: Vec<TopEntry<usize>>,
    /// Actors with the highest PageRank.
    pub top_pagerank: Vec<TopEntry<f64>>,
    /// Top actors per further measure, keys in the order of [`RANKED`].
    pub rankings: IndexMap<String, Vec<TopEntry<f64>>>,
    #[serde(skip)]
    columns: Vec<NodeColumn>,
}

/// (column name, title) of the measures in [`Stats::rankings`], in order.
pub const RANKED: [(&str, &str); 7] = [
    ("weighted_degree", "Weighted Degree"),
    ("betweenness", "Betweenness Centrality"),
    ("closeness", "Closeness Centrality"),
    ("harmonic_closeness", "Harmonic Closeness Centrality"),
    ("eigenvector", "Eigenvector Centrality"),
    ("hub", "Hub"),
    ("authority", "Authority"),
];

impl Stats {
    /// Per-node measures as node attributes for the exports (`--with-stats`), in a fixed order.
    pub fn node_columns(&self) -> &[NodeColumn] {
        &self.columns
    }
}

/// One ranked node.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopEntry<V> {
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub value: V,
}

/// Computes the statistics of `graph` (see the module documentation for the graph views).
pub fn compute(graph: &KnowledgeGraph, options: &Options) -> Stats {
    let g = &graph.graph;
    let n = g.node_count();
    let top = options.top;

    let mut nodes_by_type: BTreeMap<String, usize> = EntityType::ALL
        .iter()
        .map(|t| (t.as_str().to_string(), 0))
        .collect();
    for node in g.node_weights() {
        *nodes_by_type
            .entry(node.kind.as_str().to_string())
            .or_default() += 1;
    }
    let mut edges_by_relation: BTreeMap<String, usize> = Predicate::ALL
        .iter()
        .map(|p| (p.as_str().to_string(), 0))
        .collect();
    for edge in g.edge_weights() {
        *edges_by_relation
            .entry(edge.relation.as_str().to_string())
            .or_default() += 1;
    }

    let csr = collapsed(graph);
    let density = if n < 2 {
        0.0
    } else {
        csr.arc_count() as f64 / (n as f64 * (n as f64 - 1.0))
    };

    // Undirected shadow: one (min, max) pair per neighbouring pair.
    let mut pairs: Vec<(usize, usize)> = csr.arcs().map(|(u, v)| (u.min(v), u.max(v))).collect();
    pairs.sort_unstable();
    pairs.dedup();
    let undirected = Csr::from_arcs(n, pairs.iter().flat_map(|&(u, v)| [(u, v), (v, u)]));
    let degree: Vec<usize> = (0..n).map(|u| undirected.out(u).len()).collect();
    let average_degree = if n == 0 {
        0.0
    } else {
        2.0 * pairs.len() as f64 / n as f64
    };

    let mut weighted_degree = vec![0.0f64; n];
    let mut weighted_pairs: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for e in g.edge_references() {
        let (s, t, w) = (
            e.source().index(),
            e.target().index(),
            e.weight().weight as f64,
        );
        weighted_degree[s] += w;
        weighted_degree[t] += w;
        if s != t {
            *weighted_pairs.entry((s.min(t), s.max(t))).or_default() += w;
        }
    }
    let weighted_pairs: Vec<(usize, usize, f64)> = weighted_pairs
        .into_iter()
        .map(|((u, v), w)| (u, v, w))
        .collect();

    let weak = components::weak_components(n, pairs.iter().copied());
    let strong = components::strong_components(&csr);
    let ranks = pagerank::pagerank(&csr);
    let path_measures = n <= options.max_path_nodes;
    let paths = if path_measures {
        paths::shortest_paths(&csr, options.samples)
    } else {
        paths::PathMeasures::skipped(n)
    };
    let local_clustering = clustering::local_clustering(&undirected);
    let eigen = eigenvector::eigenvector(&undirected);
    let hits = hits::hits(&csr);
    let partition = louvain::louvain(n, &weighted_pairs, options.resolution);

    let ranked: [&[f64]; 7] = [
        &weighted_degree,
        &paths.betweenness,
        &paths.closeness,
        &paths.harmonic,
        &eigen.scores,
        &hits.hubs,
        &hits.authorities,
    ];
    let rankings = RANKED
        .iter()
        .zip(ranked)
        .map(|(&(name, _), values)| {
            (
                name.to_string(),
                top_actors(graph, values, top, |a, b| a.total_cmp(b)),
            )
        })
        .collect();

    let as_f64 = |v: &[usize]| v.iter().map(|&x| x as f64).collect::<Vec<f64>>();
    let column = |name, title, integer, values| NodeColumn {
        name,
        title,
        integer,
        values,
    };
    let columns = vec![
        column("degree", "Degree", true, as_f64(&degree)),
        column(
            "weighted_degree",
            "Weighted Degree",
            false,
            weighted_degree.clone(),
        ),
        column("pagerank", "PageRank", false, ranks.scores.clone()),
        column(
            "betweenness",
            "Betweenness Centrality",
            false,
            paths.betweenness.clone(),
        ),
        column(
            "closeness",
            "Closeness Centrality",
            false,
            paths.closeness.clone(),
        ),
        column(
            "harmonic_closeness",
            "Harmonic Closeness Centrality",
            false,
            paths.harmonic.clone(),
        ),
        column(
            "eccentricity",
            "Eccentricity",
            true,
            as_f64(&paths.eccentricity),
        ),
        column(
            "clustering",
            "Clustering Coefficient",
            false,
            local_clustering.clone(),
        ),
        column(
            "eigenvector",
            "Eigenvector Centrality",
            false,
            eigen.scores.clone(),
        ),
        column("hub", "Hub", false, hits.hubs.clone()),
        column("authority", "Authority", false, hits.authorities.clone()),
        column(
            "modularity_class",
            "Modularity Class",
            true,
            as_f64(&partition.classes),
        ),
        column("component", "Component ID", true, as_f64(&weak.ids)),
        column(
            "strong_component",
            "Strongly-Connected ID",
            true,
            as_f64(&strong.ids),
        ),
    ];

    Stats {
        nodes: n,
        edges: g.edge_count(),
        nodes_by_type,
        edges_by_relation,
        density,
        average_degree,
        average_weighted_degree: clustering::average(&weighted_degree),
        components: weak.sizes.len(),
        largest_component: weak.sizes.first().copied().unwrap_or(0),
        strong_components: strong.sizes.len(),
        largest_strong_component: strong.sizes.first().copied().unwrap_or(0),
        diameter: paths.diameter,
        radius: paths.radius,
        average_path_length: paths.average_path_length,
        average_clustering: clustering::average(&local_clustering),
        modularity: partition.modularity,
        modularity_classes: partition.count,
        resolution: options.resolution,
        betweenness_samples: paths.samples,
        path_measures,
        top_degree: top_actors(graph, &degree, top, |a, b| a.cmp(b)),
        top_pagerank: top_actors(graph, &ranks.scores, top, |a, b| a.total_cmp(b)),
        rankings,
        columns,
    }
}

/// The collapsed directed graph over node indices (see the module documentation).
fn collapsed(graph: &KnowledgeGraph) -> Csr {
    let g = &graph.graph;
    let arcs = g.edge_references().flat_map(|e| {
        let (s, t) = (e.source().index(), e.target().index());
        let back = e.weight().relation.is_symmetric().then_some((t, s));
        std::iter::once((s, t)).chain(back)
    });
    Csr::from_arcs(g.node_count(), arcs)
}

/// The `top` actors by `values` (indexed by node index), highest first, ties by id.
fn top_actors<V: Copy>(
    graph: &KnowledgeGraph,
    values: &[V],
    top: usize,
    cmp: impl Fn(&V, &V) -> Ordering,
) -> Vec<TopEntry<V>> {
    let g = &graph.graph;
    let mut actors: Vec<_> = g.node_indices().filter(|&i| g[i].kind.is_actor()).collect();
    actors.sort_by(|&a, &b| {
        cmp(&values[b.index()], &values[a.index()]).then_with(|| g[a].id.cmp(&g[b].id))
    });
    actors
        .into_iter()
        .take(top)
        .map(|i| {
            let node = &g[i];
            TopEntry {
                id: node.id.clone(),
                label: node.label.clone(),
                kind: node.kind,
                value: values[i.index()],
            }
        })
        .collect()
}

/// Human-readable report: a summary, the two breakdowns and the two rankings, each as a table with
/// aligned columns (numbers right-aligned, measures with 4 decimals).
pub fn render_table(stats: &Stats) -> String {
    let mut out = String::new();

    let summary = vec![
        vec!["Nodes".to_string(), stats.nodes.to_string()],
        vec!["Edges".to_string(), stats.edges.to_string()],
        vec!["Density".to_string(), format!("{:.4}", stats.density)],
        vec![
            "Average degree".to_string(),
            format!("{:.4}", stats.average_degree),
        ],
        vec!["Weak components".to_string(), stats.components.to_string()],
        vec![
            "Largest component".to_string(),
            stats.largest_component.to_string(),
        ],
        vec![
            "Average weighted degree".to_string(),
            format!("{:.4}", stats.average_weighted_degree),
        ],
        vec![
            "Strong components".to_string(),
            stats.strong_components.to_string(),
        ],
        vec![
            "Largest strong component".to_string(),
            stats.largest_strong_component.to_string(),
        ],
        vec!["Diameter".to_string(), stats.diameter.to_string()],
        vec!["Radius".to_string(), stats.radius.to_string()],
        vec![
            "Average path length".to_string(),
            format!("{:.4}", stats.average_path_length),
        ],
        vec![
            "Average clustering".to_string(),
            format!("{:.4}", stats.average_clustering),
        ],
        vec![
            format!("Modularity (resolution {})", stats.resolution),
            format!("{:.4}", stats.modularity),
        ],
        vec![
            "Modularity classes".to_string(),
            stats.modularity_classes.to_string(),
        ],
        vec![
            "Betweenness sources".to_string(),
            if stats.path_measures {
                stats
                    .betweenness_samples
                    .map_or_else(|| "all".to_string(), |k| k.to_string())
            } else {
                "none: path measures skipped (--max-path-nodes)".to_string()
            },
        ],
    ];
    table(
        &mut out,
        "Graph",
        &["Measure", "Value"],
        &[false, true],
        &summary,
    );

    let counts = |m: &BTreeMap<String, usize>| -> Vec<Vec<String>> {
        m.iter()
            .map(|(k, v)| vec![k.clone(), v.to_string()])
            .collect()
    };
    out.push('\n');
    table(
        &mut out,
        "Nodes by type",
        &["Type", "Nodes"],
        &[false, true],
        &counts(&stats.nodes_by_type),
    );
    out.push('\n');
    table(
        &mut out,
        "Edges by relation",
        &["Relation", "Edges"],
        &[false, true],
        &counts(&stats.edges_by_relation),
    );

    out.push('\n');
    ranking(
        &mut out,
        "Top actors by degree",
        "Degree",
        &stats.top_degree,
        |v| v.to_string(),
    );
    out.push('\n');
    ranking(
        &mut out,
        "Top actors by PageRank",
        "PageRank",
        &stats.top_pagerank,
        |v| format!("{v:.4}"),
    );
    for (name, title) in RANKED {
        if let Some(entries) = stats.rankings.get(name) {
            out.push('\n');
            ranking(
                &mut out,
                &format!("Top actors by {title}"),
                title,
                entries,
                |v| format!("{v:.4}"),
            );
        }
    }
    out
}

fn ranking<V>(
    out: &mut String,
    title: &str,
    measure: &str,
    entries: &[TopEntry<V>],
    fmt: impl Fn(&V) -> String,
) {
    let rows: Vec<Vec<String>> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                (i + 1).to_string(),
                e.id.clone(),
                e.label.clone(),
                e.kind.as_str().to_string(),
                fmt(&e.value),
            ]
        })
        .collect();
    table(
        out,
        title,
        &["#", "Id", "Label", "Type", measure],
        &[true, false, false, false, true],
        &rows,
    );
}

/// Appends `title`, a header row, a rule and `rows`; columns padded to their widest cell.
fn table(out: &mut String, title: &str, headers: &[&str], right: &[bool], rows: &[Vec<String>]) {
    let cell = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|s| cell(s)).collect())
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| display_width(h)).collect();
    for r in &rows {
        for (w, s) in widths.iter_mut().zip(r) {
            *w = (*w).max(display_width(s));
        }
    }
    let line = |out: &mut String, cells: &[&str]| {
        let mut text = String::from("  ");
        for (i, (s, &w)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            let pad = " ".repeat(w - display_width(s));
            if right[i] {
                text.push_str(&pad);
                text.push_str(s);
            } else {
                text.push_str(s);
                text.push_str(&pad);
            }
        }
        let _ = writeln!(out, "{}", text.trim_end());
    };
    let _ = writeln!(out, "{title}");
    line(out, headers);
    let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    line(out, &rule.iter().map(String::as_str).collect::<Vec<_>>());
    if rows.is_empty() {
        let _ = writeln!(out, "  (none)");
    }
    for r in &rows {
        line(out, &r.iter().map(String::as_str).collect::<Vec<_>>());
    }
}

/// Terminal columns of `s`, approximately: code points minus the zero-width ones common in news
/// text (combining marks incl. Arabic harakat, zero-width spaces and joiners, bidi controls).
fn display_width(s: &str) -> usize {
    s.chars()
        .filter(|&c| {
            !matches!(c,
                '\u{0300}'..='\u{036F}'
                | '\u{0610}'..='\u{061A}'
                | '\u{061C}'
                | '\u{064B}'..='\u{065F}'
                | '\u{0670}'
                | '\u{06D6}'..='\u{06DC}'
                | '\u{06DF}'..='\u{06E4}'
                | '\u{06E7}'..='\u{06E8}'
                | '\u{06EA}'..='\u{06ED}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}')
        })
        .count()
}

/// A small graph shared by the export and stats tests.
#[cfg(test)]
pub(crate) mod fixture {
    /// A seeded linear congruential generator for the random graphs of the stats tests: the
    /// same sequence on every machine.
    pub(crate) fn lcg(mut state: u64) -> impl FnMut() -> usize {
        move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize
        }
    }

    use crate::graph::{Edge, KnowledgeGraph, Node};
    use crate::model::{EntityType, Predicate};

    /// Six nodes sorted by id, seven edges sorted by (source, relation, target):
    ///
    /// ```text
    /// 0 country/iran    --threatened-->        country/israel
    /// 1 country/israel  --attacked-->          location/gaza
    /// 2 location/gaza   country/israel --attacked/threatened--> org/hamas (parallel)
    /// 3 org/hamas       --attacked-->          country/israel
    /// 4 person/alice    org/hamas --met-with-- person/alice (symmetric)
    /// 5 person/bob      person/alice --visited--> location/gaza;  person/bob isolated
    /// ```
    pub(crate) fn sample_graph() -> KnowledgeGraph {
        let mut kg = KnowledgeGraph::default();
        let node =
            |id: &str, label: &str, kind, wikidata: Option<&str>, aliases: &[&str], mentions| {
                Node {
                    iri: format!("https://newsgraph.example/entity/{id}"),
                    id: id.to_string(),
                    label: label.to_string(),
                    kind,
                    wikidata: wikidata.map(str::to_string),
                    aliases: aliases.iter().map(|s| s.to_string()).collect(),
                    mentions,
                }
            };
        let iran = kg.graph.add_node(node(
            "country/iran",
            "Iran",
            EntityType::Country,
            Some("Q794"),
            &["Islamic Republic of Iran", "إيران"],
            4,
        ));
        let israel = kg.graph.add_node(node(
            "country/israel",
            "Israel",
            EntityType::Country,
            Some("Q801"),
            &["إسرائيل"],
            5,
        ));
        let gaza = kg.graph.add_node(node(
            "location/gaza",
            "Gaza",
            EntityType::Location,
            Some("Q39760"),
            &["غزة"],
            3,
        ));
        let hamas = kg.graph.add_node(node(
            "org/hamas",
            "Hamas, the \"Movement\"",
            EntityType::Organization,
            Some("Q38799"),
            &["حماس"],
            3,
        ));
        let alice = kg.graph.add_node(node(
            "person/alice",
            "Alice",
            EntityType::Person,
            None,
            &[],
            2,
        ));
        kg.graph
            .add_node(node("person/bob", "Bob", EntityType::Person, None, &[], 1));

        let edge = |relation, weight, dates: Option<(&str, &str)>, documents| Edge {
            relation,
            weight,
            first_date: dates.map(|d| d.0.to_string()),
            last_date: dates.map(|d| d.1.to_string()),
            documents,
        };
        kg.graph
            .add_edge(iran, israel, edge(Predicate::Threatened, 2, None, 1));
        kg.graph.add_edge(
            israel,
            gaza,
            edge(
                Predicate::Attacked,
                3,
                Some(("2024-01-01", "2024-02-01")),
                2,
            ),
        );
        kg.graph.add_edge(
            israel,
            hamas,
            edge(
                Predicate::Attacked,
                1,
                Some(("2024-01-05", "2024-01-05")),
                1,
            ),
        );
        kg.graph.add_edge(
            israel,
            hamas,
            edge(
                Predicate::Threatened,
                1,
                Some(("2024-01-03", "2024-01-03")),
                1,
            ),
        );
        kg.graph.add_edge(
            hamas,
            israel,
            edge(
                Predicate::Attacked,
                1,
                Some(("2023-10-07", "2023-10-07")),
                1,
            ),
        );
        kg.graph.add_edge(
            hamas,
            alice,
            edge(Predicate::MetWith, 2, Some(("2024-01-02", "2024-03-04")), 2),
        );
        kg.graph.add_edge(
            alice,
            gaza,
            edge(Predicate::Visited, 1, Some(("2024-02-10", "2024-02-10")), 1),
        );
        kg
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::sample_graph;

    fn compute_top(graph: &KnowledgeGraph, top: usize) -> Stats {
        compute(
            graph,
            &Options {
                top,
                ..Options::default()
            },
        )
    }
    use super::*;
    use crate::graph::{Edge, Node};

    /// NetworkX 3.6.1 on the DiGraph of the fixture, built as in the `pagerank` module docs:
    /// ```python
    /// G = nx.DiGraph(); G.add_nodes_from(nodes)            # the six ids, in order
    /// for s, r, t in edges:
    ///     G.add_edge(s, t)
    ///     if r == "met-with": G.add_edge(t, s)
    /// nx.pagerank(G, alpha=0.85, weight=None, tol=1e-15, max_iter=1000)
    /// ```
    const NX_PAGERANK: [(&str, f64); 6] = [
        ("country/iran", 0.06795212765957452),
        ("country/israel", 0.22568816489361718),
        ("location/gaza", 0.23523936170212725),
        ("org/hamas", 0.23523936170212725),
        ("person/alice", 0.16792885638297897),
        ("person/bob", 0.06795212765957452),
    ];

    #[test]
    fn pagerank_matches_networkx() {
        let kg = sample_graph();
        let pr = pagerank::pagerank(&collapsed(&kg));
        assert!(pr.converged);
        for (i, (id, expected)) in NX_PAGERANK.iter().enumerate() {
            assert_eq!(kg.graph.node_weights().nth(i).unwrap().id, *id);
            assert!(
                (pr.scores[i] - expected).abs() < 1e-9,
                "{id}: {} vs {expected}",
                pr.scores[i]
            );
        }
    }

    #[test]
    fn collapsed_graph_merges_parallel_and_doubles_symmetric() {
        let csr = collapsed(&sample_graph());
        assert_eq!(
            csr.arcs().collect::<Vec<_>>(),
            vec![(0, 1), (1, 2), (1, 3), (3, 1), (3, 4), (4, 2), (4, 3)]
        );
    }

    #[test]
    fn counts_density_degree_components() {
        let s = compute_top(&sample_graph(), 10);
        assert_eq!(s.nodes, 6);
        assert_eq!(s.edges, 7);
        let types: Vec<(&str, usize)> = s
            .nodes_by_type
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(
            types,
            vec![
                ("Country", 2),
                ("Facility", 0),
                ("Location", 1),
                ("Organization", 1),
                ("Person", 2)
            ]
        );
        let rels: Vec<(&str, usize)> = s
            .edges_by_relation
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(
            rels,
            vec![
                ("attacked", 3),
                ("claimed-attack-on", 0),
                ("met-with", 1),
                ("threatened", 2),
                ("visited", 1)
            ]
        );
        // 7 distinct ordered pairs out of 6 * 5 (NetworkX: nx.density(G) = 0.23333333333333334).
        assert!((s.density - 7.0 / 30.0).abs() < 1e-15);
        // 5 neighbouring pairs: 2 * 5 / 6.
        assert!((s.average_degree - 10.0 / 6.0).abs() < 1e-15);
        assert_eq!(s.components, 2);
        assert_eq!(s.largest_component, 5);
    }

    #[test]
    fn rankings_keep_actors_and_break_ties_by_id() {
        let s = compute_top(&sample_graph(), 10);
        let degree: Vec<(&str, usize)> = s
            .top_degree
            .iter()
            .map(|e| (e.id.as_str(), e.value))
            .collect();
        assert_eq!(
            degree,
            vec![
                ("country/israel", 3),
                ("org/hamas", 2),
                ("person/alice", 2),
                ("country/iran", 1),
                ("person/bob", 0)
            ]
        );
        let ids: Vec<&str> = s.top_pagerank.iter().map(|e| e.id.as_str()).collect();
        // iran and bob have exactly equal scores: id order.
        assert_eq!(
            ids,
            vec![
                "org/hamas",
                "country/israel",
                "person/alice",
                "country/iran",
                "person/bob"
            ]
        );
        assert_eq!(s.top_pagerank[3].value, s.top_pagerank[4].value);
        assert!((s.top_pagerank[0].value - 0.23523936170212725).abs() < 1e-9);

        let s = compute_top(&sample_graph(), 2);
        assert_eq!(s.top_degree.len(), 2);
        assert_eq!(s.top_pagerank.len(), 2);
        assert_eq!(s.top_pagerank[1].label, "Israel");
        assert_eq!(s.top_pagerank[1].kind, EntityType::Country);
        assert!(compute_top(&sample_graph(), 0).top_degree.is_empty());
    }

    #[test]
    fn small_graphs() {
        let empty = compute_top(&KnowledgeGraph::default(), 5);
        assert_eq!(
            (empty.nodes, empty.components, empty.largest_component),
            (0, 0, 0)
        );
        assert_eq!((empty.density, empty.average_degree), (0.0, 0.0));
        assert!(empty.top_pagerank.is_empty());

        // One node with a self-loop: the loop is ignored everywhere.
        let mut kg = KnowledgeGraph::default();
        let a = kg.graph.add_node(Node {
            iri: "https://newsgraph.example/entity/person/a".into(),
            id: "person/a".into(),
            label: "A".into(),
            kind: EntityType::Person,
            wikidata: None,
            aliases: vec![],
            mentions: 1,
        });
        kg.graph.add_edge(
            a,
            a,
            Edge {
                relation: Predicate::MetWith,
                weight: 1,
                first_date: None,
                last_date: None,
                documents: 1,
            },
        );
        let s = compute_top(&kg, 5);
        assert_eq!(
            (s.nodes, s.edges, s.components, s.largest_component),
            (1, 1, 1, 1)
        );
        assert_eq!((s.density, s.average_degree), (0.0, 0.0));
        assert_eq!(s.top_degree[0].value, 0);
        assert!((s.top_pagerank[0].value - 1.0).abs() < 1e-12);
    }

    #[test]
    fn options_reach_the_measures() {
        let g = sample_graph();
        let exact = compute(&g, &Options::default());
        assert_eq!(exact.betweenness_samples, None);
        let sampled = compute(
            &g,
            &Options {
                samples: Some(3),
                ..Options::default()
            },
        );
        assert_eq!(sampled.betweenness_samples, Some(3));
        // As many samples as nodes is the exact computation.
        let all = compute(
            &g,
            &Options {
                samples: Some(6),
                ..Options::default()
            },
        );
        assert_eq!(all.betweenness_samples, None);
        assert_eq!(all.node_columns(), exact.node_columns());
        let coarse = compute(
            &g,
            &Options {
                resolution: 0.05,
                ..Options::default()
            },
        );
        assert_eq!(coarse.resolution, 0.05);
        assert!(coarse.modularity_classes < exact.modularity_classes);
        let names: Vec<&str> = exact.node_columns().iter().map(|c| c.name).collect();
        assert_eq!(names.len(), 14);
        assert!(exact.node_columns().iter().all(|c| c.values.len() == 6));
    }

    #[test]
    fn json_field_order() {
        let json = serde_json::to_string(&compute_top(&sample_graph(), 1)).unwrap();
        let keys = [
            "\"nodes\":6",
            "\"edges\":7",
            "\"nodes_by_type\":{\"Country\":2,",
            "\"edges_by_relation\":{\"attacked\":3,",
            "\"density\":",
            "\"average_degree\":",
            "\"average_weighted_degree\":",
            "\"components\":2",
            "\"largest_component\":5",
            "\"strong_components\":4",
            "\"largest_strong_component\":3",
            "\"diameter\":3",
            "\"radius\":2",
            "\"average_path_length\":",
            "\"average_clustering\":0.0",
            "\"modularity\":",
            "\"modularity_classes\":3",
            "\"resolution\":1.0",
            "\"betweenness_samples\":null",
            "\"top_degree\":[{\"id\":\"country/israel\",\"label\":\"Israel\",\"type\":\"Country\",\"value\":3}]",
            "\"top_pagerank\":[{\"id\":\"org/hamas\",",
            "\"rankings\":{\"weighted_degree\":[{\"id\":\"country/israel\",",
            "\"betweenness\":[",
            "\"closeness\":[",
            "\"harmonic_closeness\":[",
            "\"eigenvector\":[",
            "\"hub\":[",
            "\"authority\":[{\"id\":\"org/hamas\",",
        ];
        assert!(
            !json.contains("columns"),
            "per-node values are not in the JSON"
        );
        let mut at = 0;
        for k in keys {
            let found = json[at..]
                .find(k)
                .unwrap_or_else(|| panic!("{k} after {at} in {json}"));
            at += found + k.len();
        }
    }

    #[test]
    fn table_is_aligned() {
        let text = render_table(&compute_top(&sample_graph(), 3));
        let expected = "\
Graph
  Measure                     Value
  -------------------------  ------
  Nodes                           6
  Edges                           7
  Density                    0.2333
  Average degree             1.6667
  Weak components                 2
  Largest component               5
  Average weighted degree    3.6667
  Strong components               4
  Largest strong component        3
  Diameter                        3
  Radius                          2
  Average path length        1.5385
  Average clustering         0.0000
  Modularity (resolution 1)  0.0992
  Modularity classes              3
  Betweenness sources           all

Nodes by type
  Type          Nodes
  ------------  -----
  Country           2
  Facility          0
  Location          1
  Organization      1
  Person            2

Edges by relation
  Relation           Edges
  -----------------  -----
  attacked               3
  claimed-attack-on      0
  met-with               1
  threatened             2
  visited                1

Top actors by degree
  #  Id              Label                  Type          Degree
  -  --------------  ---------------------  ------------  ------
  1  country/israel  Israel                 Country            3
  2  org/hamas       Hamas, the \"Movement\"  Organization       2
  3  person/alice    Alice                  Person             2

Top actors by PageRank
  #  Id              Label                  Type          PageRank
  -  --------------  ---------------------  ------------  --------
  1  org/hamas       Hamas, the \"Movement\"  Organization    0.2352
  2  country/israel  Israel                 Country         0.2257
  3  person/alice    Alice                  Person          0.1679

Top actors by Weighted Degree
  #  Id              Label                  Type          Weighted Degree
  -  --------------  ---------------------  ------------  ---------------
  1  country/israel  Israel                 Country                8.0000
  2  org/hamas       Hamas, the \"Movement\"  Organization           5.0000
  3  person/alice    Alice                  Person                 3.0000

Top actors by Betweenness Centrality
  #  Id              Label                  Type          Betweenness Centrality
  -  --------------  ---------------------  ------------  ----------------------
  1  country/israel  Israel                 Country                       0.1750
  2  org/hamas       Hamas, the \"Movement\"  Organization                  0.1500
  3  person/alice    Alice                  Person                        0.0250

Top actors by Closeness Centrality
  #  Id              Label                  Type          Closeness Centrality
  -  --------------  ---------------------  ------------  --------------------
  1  country/israel  Israel                 Country                     0.7500
  2  org/hamas       Hamas, the \"Movement\"  Organization                0.7500
  3  person/alice    Alice                  Person                      0.7500

Top actors by Harmonic Closeness Centrality
  #  Id              Label                  Type          Harmonic Closeness Centrality
  -  --------------  ---------------------  ------------  -----------------------------
  1  country/israel  Israel                 Country                              0.5000
  2  org/hamas       Hamas, the \"Movement\"  Organization                         0.5000
  3  person/alice    Alice                  Person                               0.5000

Top actors by Eigenvector Centrality
  #  Id              Label                  Type          Eigenvector Centrality
  -  --------------  ---------------------  ------------  ----------------------
  1  country/israel  Israel                 Country                       1.0000
  2  org/hamas       Hamas, the \"Movement\"  Organization                  0.8338
  3  person/alice    Alice                  Person                        0.7808

Top actors by Hub
  #  Id              Label                  Type             Hub
  -  --------------  ---------------------  ------------  ------
  1  country/israel  Israel                 Country       0.5000
  2  person/alice    Alice                  Person        0.5000
  3  org/hamas       Hamas, the \"Movement\"  Organization  0.0000

Top actors by Authority
  #  Id              Label                  Type          Authority
  -  --------------  ---------------------  ------------  ---------
  1  org/hamas       Hamas, the \"Movement\"  Organization     0.5000
  2  country/israel  Israel                 Country          0.0000
  3  person/alice    Alice                  Person           0.0000
";
        assert_eq!(text, expected, "\n{text}");
    }

    #[test]
    fn display_width_ignores_marks_and_bidi() {
        assert_eq!(display_width("مُحَمَّد"), 4);
        assert_eq!(display_width("\u{202B}حماس\u{202C}"), 4);
        assert_eq!(display_width("Hamas"), 5);
    }
}
