//! Building the [`KnowledgeGraph`] from the store.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Term, TermRef,
};
use oxigraph::sparql::{PreparedSparqlQuery, QueryResults, SparqlEvaluator};

use rayon::prelude::*;

use super::{Edge, KnowledgeGraph, Node};
use crate::model::{EntityType, Predicate};
use crate::store::{vocab, GraphStore, StoreError};

#[derive(Default)]
struct EdgeAcc {
    events: u64,
    /// Distinct document graphs (each graph is read once, so a count suffices).
    docs: u64,
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
///
/// One pass over the named graphs, each read by one join-free query (see [`PER_EVENT`]), then a
/// few aggregate queries for the nodes: the cost is linear in the store (Oxigraph's join of the
/// event pattern across all graphs was not), memory holds a chunk of graphs' events plus the
/// aggregates. A row
/// is what the SPARQL pattern `GRAPH ?g { ?ev ng:subject ?s ; ng:object ?o ; ng:relation ?rel ;
/// ng:modality "asserted" . OPTIONAL { ?ev dcterms:date ?date } }` would give, cross products
/// included, so the result does not depend on how the events were written.
pub fn load(store: &GraphStore) -> Result<KnowledgeGraph, StoreError> {
    let mut edges: BTreeMap<(String, Predicate, String), EdgeAcc> = BTreeMap::new();
    let graphs: Vec<NamedOrBlankNode> = store.inner().named_graphs().collect::<Result<_, _>>()?;
    let preds = EventPreds::new();
    let per_event = per_event_query(store)?;
    let mut in_graph: HashSet<(String, Predicate, String)> = HashSet::new();
    // Graphs are read in parallel, a chunk at a time (memory: one chunk's rows), and merged in
    // graph order; the aggregates do not depend on the order anyway.
    for chunk in graphs.chunks(2048) {
        let per_graph: Vec<Vec<Row>> = chunk
            .par_iter()
            .map(|g| graph_events(store, &per_event, g, &preds))
            .collect::<Result<_, _>>()?;
        for rows in per_graph {
            in_graph.clear();
            for (s, p, o, date) in rows {
                let key = (s, p, o);
                let acc = edges.entry(key.clone()).or_default();
                acc.events += 1;
                if in_graph.insert(key) {
                    acc.docs += 1;
                }
                if let Some(d) = date {
                    if acc.first.as_ref().is_none_or(|f| d < *f) {
                        acc.first = Some(d.clone());
                    }
                    if acc.last.as_ref().is_none_or(|l| d > *l) {
                        acc.last = Some(d);
                    }
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
                documents: acc.docs,
            },
        );
    }
    Ok(kg)
}

/// The predicates an event row reads, built once.
struct EventPreds {
    subject: NamedNode,
    object: NamedNode,
    relation: NamedNode,
    modality: NamedNode,
    date: NamedNode,
    asserted: Term,
}

impl EventPreds {
    fn new() -> EventPreds {
        EventPreds {
            subject: vocab::ng("subject"),
            object: vocab::ng("object"),
            relation: vocab::ng("relation"),
            modality: vocab::ng("modality"),
            date: vocab::iri(vocab::DCTERMS, "date"),
            asserted: Literal::new_simple_literal("asserted").into(),
        }
    }
}

type Row = (String, Predicate, String, Option<String>);

/// One row per asserted event of a graph (the query runs with that graph as its default graph).
/// No join: the five patterns are index scans grouped by event inside the evaluator, so the event
/// IRI is never decoded from the store's string table (decoding is the cost of this whole load).
/// The counts find events with several subjects (...) in the graph; quads are a set, so a plain
/// COUNT counts distinct values.
const PER_EVENT: &str =
    "SELECT (SAMPLE(?s) AS ?S) (SAMPLE(?o) AS ?O) (SAMPLE(?r) AS ?R) (SAMPLE(?d) AS ?D) \
    (COUNT(?s) AS ?ns) (COUNT(?o) AS ?no) (COUNT(?r) AS ?nr) (COUNT(?d) AS ?nd) \
    WHERE { { ?ev ng:subject ?s } UNION { ?ev ng:object ?o } UNION { ?ev ng:relation ?r } \
    UNION { ?ev dcterms:date ?d } UNION { ?ev ng:modality \"asserted\" BIND(1 AS ?a) } } \
    GROUP BY ?ev HAVING (COUNT(?a) > 0)";

fn per_event_query(store: &GraphStore) -> Result<PreparedSparqlQuery, StoreError> {
    let mut evaluator = SparqlEvaluator::new();
    for (p, ns) in vocab::PREFIXES {
        evaluator = evaluator
            .with_prefix(*p, *ns)
            .map_err(|e| StoreError::Refused(e.to_string()))?;
    }
    let _ = store;
    Ok(evaluator.parse_query(PER_EVENT)?)
}

/// The asserted event rows of one graph: (subject, relation, object, date), `met-with` oriented
/// from the smaller IRI. Events with several subjects (objects, ...) in one graph, which newsgraph
/// never writes, take the exact but slower path that gives their cross product.
fn graph_events(
    store: &GraphStore,
    per_event: &PreparedSparqlQuery,
    g: &NamedOrBlankNode,
    preds: &EventPreds,
) -> Result<Vec<Row>, StoreError> {
    let mut q = per_event.clone();
    q.dataset_mut().set_default_graph(vec![g.clone().into()]);
    let QueryResults::Solutions(solutions) = q.on_store(store.inner()).execute()? else {
        return Ok(Vec::new());
    };
    let count = |t: Option<&Term>| t.map_or(0, |t| value(t).parse::<u64>().unwrap_or(0));
    let mut rows = Vec::new();
    for sol in solutions {
        let sol = sol?;
        if ["ns", "no", "nr", "nd"]
            .iter()
            .any(|v| count(sol.get(*v)) > 1)
        {
            return graph_events_exact(store, g.as_ref().into(), preds);
        }
        let (Some(s), Some(o), Some(rel)) = (sol.get("S"), sol.get("O"), sol.get("R")) else {
            continue;
        };
        let Some(p) = value(rel)
            .strip_prefix(vocab::NG)
            .and_then(Predicate::from_property)
        else {
            continue;
        };
        let (mut s, mut o) = (value(s), value(o));
        if p.is_symmetric() && o < s {
            std::mem::swap(&mut s, &mut o);
        }
        rows.push((s, p, o, sol.get("D").map(value)));
    }
    Ok(rows)
}

/// [`graph_events`] from the quads themselves, with the SPARQL join's cross products.
fn graph_events_exact(
    store: &GraphStore,
    g: GraphNameRef<'_>,
    preds: &EventPreds,
) -> Result<Vec<Row>, StoreError> {
    let st = store.inner();
    let asserted: HashSet<NamedOrBlankNode> = st
        .quads_for_pattern(
            None,
            Some(preds.modality.as_ref()),
            Some(preds.asserted.as_ref()),
            Some(g),
        )
        .map(|q| q.map(|q| q.subject))
        .collect::<Result<_, _>>()?;
    if asserted.is_empty() {
        return Ok(Vec::new());
    }
    let objects_of = |p: &NamedNode| -> Result<HashMap<NamedOrBlankNode, Vec<Term>>, StoreError> {
        let mut m: HashMap<NamedOrBlankNode, Vec<Term>> = HashMap::new();
        for q in st.quads_for_pattern(None, Some(p.as_ref()), None, Some(g)) {
            let q = q?;
            if asserted.contains(&q.subject) {
                m.entry(q.subject).or_default().push(q.object);
            }
        }
        Ok(m)
    };
    let subjects = objects_of(&preds.subject)?;
    let objects = objects_of(&preds.object)?;
    let relations = objects_of(&preds.relation)?;
    let dates = objects_of(&preds.date)?;
    let mut rows = Vec::new();
    for ev in &asserted {
        let (Some(ss), Some(os), Some(rels)) =
            (subjects.get(ev), objects.get(ev), relations.get(ev))
        else {
            continue;
        };
        let ds: Vec<Option<String>> = match dates.get(ev) {
            Some(d) => d.iter().map(|d| Some(value(d))).collect(),
            None => vec![None],
        };
        for rel in rels {
            let Some(p) = value(rel)
                .strip_prefix(vocab::NG)
                .and_then(Predicate::from_property)
            else {
                continue;
            };
            for s in ss {
                for o in os {
                    let (mut s, mut o) = (value(s), value(o));
                    if p.is_symmetric() && o < s {
                        std::mem::swap(&mut s, &mut o);
                    }
                    for d in &ds {
                        rows.push((s.clone(), p, o.clone(), d.clone()));
                    }
                }
            }
        }
    }
    Ok(rows)
}

/// Rows of an aggregate query over the whole store (no join, grouped inside the evaluator, so
/// only the distinct values are decoded). `{P}` is replaced by the triple pattern, read in every
/// named graph (`?k` tells whether it is the knowledge-base graph) and in the default graph.
fn rows(
    store: &GraphStore,
    select: &str,
    pattern: &str,
    rest: &str,
) -> Result<Vec<oxigraph::sparql::QuerySolution>, StoreError> {
    let kb = vocab::graph_kb();
    let q = format!(
        "SELECT {select} WHERE {{ {{ GRAPH ?g {{ {pattern} }} BIND(?g = <{}> AS ?k) }} UNION {{ {pattern} BIND(false AS ?k) }} }} {rest}",
        kb.as_str()
    );
    match store.query(&q)? {
        QueryResults::Solutions(s) => Ok(s.collect::<Result<_, _>>()?),
        _ => Ok(Vec::new()),
    }
}

fn is_true(t: Option<&Term>) -> bool {
    matches!(t, Some(Term::Literal(l)) if l.value() == "true")
}

fn node_info(
    store: &GraphStore,
    wanted: &BTreeSet<String>,
) -> Result<HashMap<String, NodeInfo>, StoreError> {
    let mut info: HashMap<String, NodeInfo> = wanted
        .iter()
        .map(|w| (w.clone(), NodeInfo::default()))
        .collect();
    let lit = |t: Option<&Term>| -> Option<(String, Option<String>)> {
        match t?.as_ref() {
            TermRef::Literal(l) => Some((l.value().to_string(), l.language().map(String::from))),
            _ => None,
        }
    };
    let entity = |t: Option<&Term>| -> Option<String> {
        match t? {
            Term::NamedNode(n) if wanted.contains(n.as_str()) => Some(n.as_str().to_string()),
            _ => None,
        }
    };
    // Where the per-quad rule depends on the order of quads (first type, last sameAs, last English
    // KB label) and a node has more than one candidate, that node is read quad by quad instead.
    let mut exact: BTreeSet<String> = BTreeSet::new();

    let classes: String = EntityType::ALL
        .iter()
        .map(|t| format!("<{}{}> ", vocab::NG, t.as_str()))
        .collect();
    let mut kinds: HashMap<String, (BTreeSet<EntityType>, BTreeSet<EntityType>)> = HashMap::new();
    for r in rows(
        store,
        "DISTINCT ?e ?t ?k",
        &format!("VALUES ?t {{ {classes} }} ?e a ?t"),
        "",
    )? {
        let (Some(e), Some(Term::NamedNode(t))) = (entity(r.get("e")), r.get("t")) else {
            continue;
        };
        let Some(k) = t
            .as_str()
            .strip_prefix(vocab::NG)
            .and_then(|l| l.parse().ok())
        else {
            continue;
        };
        let (kb, other) = kinds.entry(e).or_default();
        if is_true(r.get("k")) { kb } else { other }.insert(k);
    }
    for (e, (kb, other)) in kinds {
        let pick = if kb.is_empty() { &other } else { &kb };
        if pick.len() == 1 {
            info.get_mut(&e).unwrap().kind = pick.first().copied();
        } else {
            exact.insert(e);
        }
    }

    for r in rows(
        store,
        "?e ?l ?k (COUNT(*) AS ?c)",
        "?e rdfs:label ?l",
        "GROUP BY ?e ?l ?k",
    )? {
        let (Some(e), Some((v, lang))) = (entity(r.get("e")), lit(r.get("l"))) else {
            continue;
        };
        let entry = info.get_mut(&e).unwrap();
        let in_kb = is_true(r.get("k"));
        if in_kb && lang.as_deref() == Some("en") {
            if entry.kb_label_en.as_ref().is_some_and(|l| *l != v) {
                exact.insert(e.clone());
            }
            entry.kb_label_en = Some(v);
        } else if in_kb {
            entry.aliases.insert(v);
        } else {
            let c = r
                .get("c")
                .map_or(0, |c| value(c).parse::<u64>().unwrap_or(0));
            *entry.labels.entry(v).or_default() += c;
        }
    }

    // The KB's own alternative labels are left out (they are the KB's, not names seen).
    for r in rows(store, "DISTINCT ?e ?a ?k", "?e skos:altLabel ?a", "")?
        .into_iter()
        .filter(|r| !is_true(r.get("k")))
    {
        if let (Some(e), Some((v, _))) = (entity(r.get("e")), lit(r.get("a"))) {
            info.get_mut(&e).unwrap().aliases.insert(v);
        }
    }

    let mut same: HashMap<String, BTreeSet<String>> = HashMap::new();
    for r in rows(store, "DISTINCT ?e ?w", "?e owl:sameAs ?w", "")? {
        if let (Some(e), Some(Term::NamedNode(w))) = (entity(r.get("e")), r.get("w")) {
            same.entry(e).or_default().insert(w.as_str().to_string());
        }
    }
    for (e, ws) in same {
        if ws.len() == 1 {
            let w = ws.first().unwrap();
            info.get_mut(&e).unwrap().wikidata = w.strip_prefix(vocab::WIKIDATA).map(String::from);
        } else {
            exact.insert(e);
        }
    }

    for r in rows(
        store,
        "?e ?n (COUNT(*) AS ?c)",
        "?e ng:mentionCount ?n",
        "GROUP BY ?e ?n",
    )? {
        if let (Some(e), Some((v, _))) = (entity(r.get("e")), lit(r.get("n"))) {
            let c = r
                .get("c")
                .map_or(0, |c| value(c).parse::<u64>().unwrap_or(0));
            info.get_mut(&e).unwrap().mentions += v.parse::<u64>().unwrap_or(0) * c;
        }
    }

    for e in exact {
        exact_choices(store, &e, info.get_mut(&e).unwrap())?;
    }
    Ok(info)
}

/// The order-dependent choices for one node, quad by quad in the store's order (kind: the KB's,
/// else the first seen; sameAs and the KB's English label: the last seen).
fn exact_choices(store: &GraphStore, iri: &str, entry: &mut NodeInfo) -> Result<(), StoreError> {
    let kb_graph: GraphName = vocab::graph_kb().into();
    let node = NamedNode::new_unchecked(iri);
    let scan = |p: NamedNode| {
        store
            .inner()
            .quads_for_pattern(Some(node.as_ref().into()), Some(p.as_ref()), None, None)
            .collect::<Result<Vec<_>, _>>()
    };
    entry.kind = None;
    for q in scan(vocab::iri(vocab::RDF_TYPE, ""))? {
        let in_kb = q.graph_name == kb_graph;
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
    }
    entry.kb_label_en = None;
    for q in scan(vocab::iri(vocab::RDFS, "label"))? {
        if let TermRef::Literal(l) = q.object.as_ref() {
            if q.graph_name == kb_graph && l.language() == Some("en") {
                entry.kb_label_en = Some(l.value().to_string());
            }
        }
    }
    entry.wikidata = None;
    for q in scan(vocab::iri(vocab::OWL, "sameAs"))? {
        if let Term::NamedNode(w) = &q.object {
            entry.wikidata = w.as_str().strip_prefix(vocab::WIKIDATA).map(String::from);
        }
    }
    Ok(())
}
