//! Building the [`KnowledgeGraph`] from the store.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use oxigraph::model::{Term, TermRef};
use oxigraph::sparql::QueryResults;

use super::{Edge, KnowledgeGraph, Node};
use crate::model::{EntityType, Predicate};
use crate::store::{vocab, GraphStore, StoreError};

#[derive(Default)]
struct EdgeAcc {
    events: u64,
    docs: BTreeSet<String>,
    first: Option<String>,
    last: Option<String>,
}

#[derive(Default)]
struct NodeInfo {
    kind: Option<EntityType>,
    kb_label_en: Option<String>,
    labels: BTreeMap<String, u64>,
    aliases: BTreeSet<String>,
    wikidata: Option<String>,
    mentions: u64,
}

fn value(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

/// Loads asserted relations from every document graph and aggregates them per
/// (subject, relation, object). Nodes are the entities taking part in at least one edge.
pub fn load(store: &GraphStore) -> Result<KnowledgeGraph, StoreError> {
    let q = "SELECT ?s ?rel ?o ?date ?g WHERE { GRAPH ?g { ?ev ng:subject ?s ; ng:object ?o ; ng:relation ?rel ; ng:modality \"asserted\" . OPTIONAL { ?ev dcterms:date ?date } } }";
    let mut edges: BTreeMap<(String, Predicate, String), EdgeAcc> = BTreeMap::new();
    if let QueryResults::Solutions(solutions) = store.query(q)? {
        for row in solutions {
            let row = row?;
            let (Some(s), Some(rel), Some(o), Some(g)) =
                (row.get("s"), row.get("rel"), row.get("o"), row.get("g"))
            else {
                continue;
            };
            let rel = value(rel);
            let Some(p) = rel
                .strip_prefix(vocab::NG)
                .and_then(Predicate::from_property)
            else {
                continue;
            };
            let (mut s, mut o) = (value(s), value(o));
            if p.is_symmetric() && o < s {
                std::mem::swap(&mut s, &mut o);
            }
            let acc = edges.entry((s, p, o)).or_default();
            acc.events += 1;
            acc.docs.insert(value(g));
            if let Some(d) = row.get("date").map(value) {
                if acc.first.as_ref().is_none_or(|f| d < *f) {
                    acc.first = Some(d.clone());
                }
                if acc.last.as_ref().is_none_or(|l| d > *l) {
                    acc.last = Some(d);
                }
            }
        }
    }
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    for (s, _, o) in edges.keys() {
        wanted.insert(s.clone());
        wanted.insert(o.clone());
    }
    let info = node_info(store, &wanted)?;
    let mut kg = KnowledgeGraph::default();
    let mut index = HashMap::new();
    for iri in &wanted {
        let inf = info.get(iri);
        let id = iri.strip_prefix(vocab::ID).unwrap_or(iri).to_string();
        let label = inf
            .and_then(|i| {
                i.kb_label_en.clone().or_else(|| {
                    i.labels
                        .iter()
                        .max_by_key(|(l, n)| (**n, std::cmp::Reverse((*l).clone())))
                        .map(|(l, _)| l.clone())
                })
            })
            .unwrap_or_else(|| id.clone());
        let mut aliases: Vec<String> = inf
            .map(|i| {
                i.aliases
                    .iter()
                    .chain(i.labels.keys())
                    .filter(|a| **a != label)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        aliases.sort();
        aliases.dedup();
        let n = kg.graph.add_node(Node {
            iri: iri.clone(),
            id,
            label,
            kind: inf.and_then(|i| i.kind).unwrap_or(EntityType::Organization),
            wikidata: inf.and_then(|i| i.wikidata.clone()),
            aliases,
            mentions: inf.map_or(0, |i| i.mentions),
        });
        index.insert(iri.clone(), n);
    }
    for ((s, p, o), acc) in edges {
        kg.graph.add_edge(
            index[&s],
            index[&o],
            Edge {
                relation: p,
                weight: acc.events,
                first_date: acc.first,
                last_date: acc.last,
                documents: acc.docs.len() as u64,
            },
        );
    }
    Ok(kg)
}

fn node_info(
    store: &GraphStore,
    wanted: &BTreeSet<String>,
) -> Result<HashMap<String, NodeInfo>, StoreError> {
    let mut info: HashMap<String, NodeInfo> = HashMap::new();
    let kb_graph = vocab::graph_kb();
    let type_pred = vocab::iri(vocab::RDF_TYPE, "");
    let label = vocab::iri(vocab::RDFS, "label");
    let alt = vocab::iri(vocab::SKOS, "altLabel");
    let same = vocab::iri(vocab::OWL, "sameAs");
    let mentions = vocab::ng("mentionCount");
    for iri in wanted {
        let node = oxigraph::model::NamedNode::new_unchecked(iri.clone());
        let entry = info.entry(iri.clone()).or_default();
        for q in store
            .inner()
            .quads_for_pattern(Some(node.as_ref().into()), None, None, None)
        {
            let q = q?;
            let in_kb = q.graph_name == kb_graph.clone().into();
            let p = q.predicate.as_ref();
            let lit = |t: &Term| -> Option<(String, Option<String>)> {
                match t.as_ref() {
                    TermRef::Literal(l) => {
                        Some((l.value().to_string(), l.language().map(String::from)))
                    }
                    _ => None,
                }
            };
            if p == type_pred.as_ref() {
                if let Term::NamedNode(t) = &q.object {
                    if let Some(k) = t
                        .as_str()
                        .strip_prefix(vocab::NG)
                        .and_then(|l| l.parse().ok())
                    {
                        if in_kb || entry.kind.is_none() {
                            entry.kind = Some(k);
                        }
                    }
                }
            } else if p == label.as_ref() {
                if let Some((v, lang)) = lit(&q.object) {
                    if in_kb && lang.as_deref() == Some("en") {
                        entry.kb_label_en = Some(v);
                    } else if in_kb {
                        entry.aliases.insert(v);
                    } else {
                        *entry.labels.entry(v).or_default() += 1;
                    }
                }
            } else if p == alt.as_ref() {
                if let Some((v, _)) = lit(&q.object) {
                    if !in_kb {
                        entry.aliases.insert(v);
                    }
                }
            } else if p == same.as_ref() {
                if let Term::NamedNode(w) = &q.object {
                    entry.wikidata = w.as_str().strip_prefix(vocab::WIKIDATA).map(String::from);
                }
            } else if p == mentions.as_ref() {
                if let Some((v, _)) = lit(&q.object) {
                    entry.mentions += v.parse::<u64>().unwrap_or(0);
                }
            }
        }
    }
    Ok(info)
}
