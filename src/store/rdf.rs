//! An [`Extraction`] as RDF quads: the document's named graph and its metadata.

use std::collections::HashMap;

use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use super::vocab::{self, id, ng, DCTERMS, OWL, PROV, RDFS, RDF_TYPE, SKOS, WIKIDATA, XSD};
use crate::extract::kb::KbEntry;
use crate::model::{Extraction, Lang, Modality};

fn lang_of(s: &str, default: Lang) -> &'static str {
    if s.chars().any(crate::text::is_arabic_char) {
        "ar"
    } else if s.chars().any(|c| c.is_ascii_alphabetic()) {
        "en"
    } else {
        default.as_str()
    }
}

fn tagged(s: &str, lang: &str) -> Term {
    Literal::new_language_tagged_literal_unchecked(clean(s), lang).into()
}

fn typed(s: impl Into<String>, datatype: &str) -> Term {
    Literal::new_typed_literal(s, vocab::iri(XSD, datatype)).into()
}

fn plain(s: &str) -> Term {
    Literal::new_simple_literal(clean(s)).into()
}

/// Drops characters RDF serialisations and XML cannot carry (C0 controls other than tab/newline).
fn clean(s: &str) -> String {
    s.chars()
        .filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

struct Sink {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Sink {
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(s, p, o, self.graph.clone()));
    }
}

/// What the knowledge-base graph ([`kb_graph`]) says about each KB entity, by entity id
/// (`kb/…`): a document graph leaves out what this already gives (see [`document_graph`]).
#[derive(Debug, Default)]
pub struct KbFacts {
    by_id: HashMap<String, KbFact>,
}

#[derive(Debug)]
struct KbFact {
    /// The English and Arabic `rdfs:label`s (empty when the KB has none).
    labels: [String; 2],
    subtype: Option<String>,
    wikidata: Option<String>,
}

impl KbFacts {
    pub fn new(entries: &[KbEntry]) -> KbFacts {
        KbFacts {
            by_id: entries
                .iter()
                .map(|e| {
                    let fact = KbFact {
                        labels: [clean(&e.label_en), clean(&e.label_ar)],
                        subtype: e.subtype.clone(),
                        wikidata: e.wikidata.clone(),
                    };
                    (format!("kb/{}", e.id), fact)
                })
                .collect(),
        }
    }
}

/// Quads of the document's own graph: entities as the document names them, direct edges for
/// asserted relations, and one event node per relation with its provenance. Each quad comes with
/// its N-Quads line; the list is sorted by that line and has no repeats.
///
/// A KB entity's subtype (`ng:type`), Wikidata link (`owl:sameAs`) and aliases equal to one of
/// its KB labels (the label in the other language, which extraction adds to the aliases) are
/// facts of the knowledge base, not of the document: when `kb` holds the same values they are
/// left to the KB graph (about 12% of a news article's quads). Label, type and mention count
/// stay: they are what the document says, and queries read them per document graph.
pub fn document_graph(x: &Extraction, kb: &KbFacts) -> Vec<(String, Quad)> {
    let doc = &x.document;
    let lang = doc.lang;
    let mut g = Sink {
        graph: vocab::graph_of(&doc.id).into(),
        quads: Vec::new(),
    };
    let doc_iri = vocab::document(&doc.id);
    for e in &x.entities {
        let s = id(&e.id);
        let fact = kb.by_id.get(&e.id);
        g.add(s.clone(), vocab::iri(RDF_TYPE, ""), ng(e.kind.as_str()));
        g.add(
            s.clone(),
            vocab::iri(RDFS, "label"),
            tagged(&e.label, lang_of(&e.label, lang)),
        );
        for a in &e.aliases {
            if fact.is_some_and(|f| f.labels.iter().any(|l| !l.is_empty() && *l == clean(a))) {
                continue;
            }
            g.add(
                s.clone(),
                vocab::iri(SKOS, "altLabel"),
                tagged(a, lang_of(a, lang)),
            );
        }
        if let Some(q) = &e.wikidata {
            if fact.is_none_or(|f| f.wikidata.as_ref() != Some(q)) {
                g.add(
                    s.clone(),
                    vocab::iri(OWL, "sameAs"),
                    vocab::iri(WIKIDATA, q),
                );
            }
        }
        if let Some(t) = &e.subtype {
            if fact.is_none_or(|f| f.subtype.as_ref() != Some(t)) {
                g.add(s.clone(), ng("type"), plain(t));
            }
        }
        g.add(
            s.clone(),
            ng("mentionCount"),
            typed(e.mentions.len().to_string(), "integer"),
        );
    }
    for r in &x.relations {
        let (s, o) = (id(&r.subject), id(&r.object));
        let prop = ng(r.predicate.property());
        if r.modality == Modality::Asserted {
            g.add(s.clone(), prop.clone(), o.clone());
        }
        let ev = id(&r.id);
        g.add(
            ev.clone(),
            vocab::iri(RDF_TYPE, ""),
            ng(r.predicate.event_class()),
        );
        g.add(ev.clone(), ng("subject"), s);
        g.add(ev.clone(), ng("object"), o);
        g.add(ev.clone(), ng("relation"), prop);
        g.add(
            ev.clone(),
            ng("evidence"),
            tagged(&r.evidence, lang.as_str()),
        );
        g.add(
            ev.clone(),
            ng("start"),
            typed(r.start.to_string(), "integer"),
        );
        g.add(ev.clone(), ng("end"), typed(r.end.to_string(), "integer"));
        g.add(ev.clone(), ng("trigger"), tagged(&r.trigger, lang.as_str()));
        g.add(ev.clone(), ng("modality"), plain(r.modality.as_str()));
        g.add(
            ev.clone(),
            ng("confidence"),
            typed(format!("{:.2}", r.confidence), "decimal"),
        );
        if let Some(d) = &r.date {
            g.add(
                ev.clone(),
                vocab::iri(DCTERMS, "date"),
                typed(d.clone(), "date"),
            );
        }
        if let Some(p) = &r.place {
            g.add(ev.clone(), ng("place"), id(p));
        }
        g.add(ev, vocab::iri(PROV, "wasDerivedFrom"), doc_iri.clone());
    }
    let mut lines: Vec<(String, Quad)> = g.quads.into_iter().map(|q| (q.to_string(), q)).collect();
    lines.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    lines.dedup_by(|a, b| a.0 == b.0);
    lines
}

/// Quads describing the document in the documents graph (digest added by the store).
pub fn document_metadata(x: &Extraction) -> Vec<Quad> {
    let doc = &x.document;
    let mut g = Sink {
        graph: vocab::graph_documents().into(),
        quads: Vec::new(),
    };
    let d = vocab::document(&doc.id);
    g.add(d.clone(), vocab::iri(RDF_TYPE, ""), ng("Document"));
    g.add(d.clone(), ng("graph"), vocab::graph_of(&doc.id));
    g.add(d.clone(), ng("sourceKey"), plain(&doc.key));
    g.add(d.clone(), vocab::iri(DCTERMS, "source"), plain(&doc.source));
    g.add(
        d.clone(),
        vocab::iri(DCTERMS, "language"),
        plain(doc.lang.as_str()),
    );
    if let Some(t) = &doc.title {
        g.add(
            d.clone(),
            vocab::iri(DCTERMS, "title"),
            tagged(t, lang_of(t, doc.lang)),
        );
    }
    if let Some(p) = &doc.published {
        g.add(
            d.clone(),
            vocab::iri(DCTERMS, "issued"),
            typed(p.clone(), "date"),
        );
    }
    if let Some(u) = &doc.url {
        g.add(d.clone(), vocab::iri(DCTERMS, "identifier"), plain(u));
    }
    g.quads
}

/// The knowledge base as RDF (its own graph).
pub fn kb_graph(entries: &[KbEntry]) -> Vec<Quad> {
    let mut g = Sink {
        graph: vocab::graph_kb().into(),
        quads: Vec::new(),
    };
    for e in entries {
        let s = id(&format!("kb/{}", e.id));
        g.add(s.clone(), vocab::iri(RDF_TYPE, ""), ng(e.kind.as_str()));
        if !e.label_en.is_empty() {
            g.add(
                s.clone(),
                vocab::iri(RDFS, "label"),
                tagged(&e.label_en, "en"),
            );
        }
        if !e.label_ar.is_empty() {
            g.add(
                s.clone(),
                vocab::iri(RDFS, "label"),
                tagged(&e.label_ar, "ar"),
            );
        }
        for a in &e.aliases {
            g.add(
                s.clone(),
                vocab::iri(SKOS, "altLabel"),
                tagged(a, lang_of(a, Lang::En)),
            );
        }
        if let Some(q) = &e.wikidata {
            g.add(
                s.clone(),
                vocab::iri(OWL, "sameAs"),
                vocab::iri(WIKIDATA, q),
            );
        }
        if let Some(t) = &e.subtype {
            g.add(s.clone(), ng("type"), plain(t));
        }
        if let Some(c) = &e.country {
            g.add(s.clone(), ng("country"), id(&format!("kb/{c}")));
        }
    }
    g.quads
}
