//! IRIs of the ontology, the resources and the named graphs.

use oxigraph::model::NamedNode;

pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
pub const ID: &str = "https://w3id.org/newsgraph/id/";
pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// Prefixes predeclared for queries and used in Turtle output.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("id", ID),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", RDFS),
    ("skos", SKOS),
    ("owl", OWL),
    ("xsd", XSD),
    ("dcterms", DCTERMS),
    ("prov", PROV),
    ("wd", WIKIDATA),
];

pub fn ng(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{NG}{local}"))
}

pub fn iri(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// Resource under `id/`: entities (`kb/…`, `person/…`), events (`ev/…`), documents, graphs.
pub fn id(path: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}{path}"))
}

pub fn graph_ontology() -> NamedNode {
    id("graph/ontology")
}

pub fn graph_kb() -> NamedNode {
    id("graph/kb")
}

pub fn graph_documents() -> NamedNode {
    id("graph/documents")
}

pub fn graph_of(doc_id: &str) -> NamedNode {
    id(&format!("graph/{doc_id}"))
}

pub fn document(doc_id: &str) -> NamedNode {
    id(&format!("doc/{doc_id}"))
}
