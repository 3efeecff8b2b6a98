//! The on-disk Oxigraph (RocksDB) store: one named graph per document, idempotent ingestion.
//!
//! [`GraphStore`] is the façade: [`GraphStore::ingest`] writes one [`Extraction`] atomically;
//! re-ingesting the same document changes nothing, a changed document (same source key, new text or
//! new extraction) replaces its graph.

mod rdf;
pub mod vocab;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term,
};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use sha2::{Digest, Sha256};

use crate::extract::{Resources, ONTOLOGY_TTL};
use crate::model::Extraction;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store {path} is in use by another newsgraph process (only one writer at a time); wait for it or use another --store")]
    InUse { path: String },
    #[error("cannot open store {path}: {message}")]
    Open { path: String, message: String },
    #[error("store {path} does not exist (run `newsgraph ingest` or `build` first)")]
    Missing { path: String },
    #[error("store error: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("cannot load the ontology: {0}")]
    Load(#[from] oxigraph::store::LoaderError),
    #[error("query syntax error: {0}")]
    QuerySyntax(#[from] oxigraph::sparql::SparqlSyntaxError),
    #[error("query failed: {0}")]
    Query(#[from] oxigraph::sparql::QueryEvaluationError),
    #[error("{0}")]
    Refused(String),
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
}

/// What ingesting one document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    New,
    Unchanged,
    /// An earlier version (same source key) was replaced.
    Replaced,
}

pub struct GraphStore {
    store: Store,
    path: PathBuf,
    /// The knowledge base loaded by [`GraphStore::ensure_ontology`]: what document graphs need
    /// not repeat. Empty until then (documents are then written in full).
    kb: RwLock<Arc<rdf::KbFacts>>,
}

/// Dump formats of the whole store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dump {
    NQuads,
    TriG,
}

impl GraphStore {
    /// Opens (creating if needed) the store for writing.
    pub fn open(path: &Path) -> Result<GraphStore, StoreError> {
        std::fs::create_dir_all(path).map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        let store = Store::open(path).map_err(|e| classify(path, e))?;
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
            kb: RwLock::default(),
        })
    }

    /// Opens an existing store read-only; works while another process writes to it.
    pub fn open_read_only(path: &Path) -> Result<GraphStore, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing {
                path: path.display().to_string(),
            });
        }
        let store = Store::open_read_only(path).map_err(|e| classify(path, e))?;
        Ok(GraphStore {
            store,
            path: path.to_path_buf(),
            kb: RwLock::default(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize, StoreError> {
        Ok(self.store.len()?)
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.store.is_empty()?)
    }

    /// Loads the ontology and the knowledge base into their graphs when they changed. From then
    /// on, documents leave the KB's own facts about KB entities to the KB graph.
    pub fn ensure_ontology(&self, resources: &Resources) -> Result<bool, StoreError> {
        let facts = Arc::new(rdf::KbFacts::new(resources.kb.entries()));
        *self.kb.write().unwrap_or_else(|e| e.into_inner()) = facts;
        let marker_graph = vocab::graph_ontology();
        let digest = format!(
            "{}-{}",
            short_hash(ONTOLOGY_TTL.as_bytes()),
            resources.fingerprint
        );
        let marker = Quad::new(
            marker_graph.clone(),
            vocab::ng("digest"),
            Literal::new_simple_literal(&digest),
            marker_graph.clone(),
        );
        if self.store.contains(&marker)? {
            return Ok(false);
        }
        let mut tx = self.store.start_transaction()?;
        tx.clear_graph(&marker_graph)?;
        tx.clear_graph(&vocab::graph_kb())?;
        tx.load_from_slice(
            RdfParser::from_format(RdfFormat::Turtle)
                .without_named_graphs()
                .with_default_graph(marker_graph.clone()),
            ONTOLOGY_TTL,
        )?;
        tx.insert(&marker);
        for q in rdf::kb_graph(resources.kb.entries()) {
            tx.insert(&q);
        }
        tx.commit()?;
        Ok(true)
    }

    /// Writes one document's extraction in a single transaction.
    ///
    /// A document is its text (its id is a hash of it); the same text from another file or URL adds
    /// that source to it and changes nothing else. A new text under a known source key (an edited
    /// file, an updated URL) replaces the old document unless another source still holds it; a new
    /// extraction of a known text (new lexicon or knowledge base) replaces its graph.
    pub fn ingest(&self, x: &Extraction) -> Result<Outcome, StoreError> {
        self.write_one(&self.prepare(x))
    }

    /// Turns one extraction into the quads [`GraphStore::ingest_batch`] writes: pure work that
    /// callers may run in parallel for a whole batch before the (sequential) writes.
    pub fn prepare(&self, x: &Extraction) -> Prepared {
        let kb = Arc::clone(&self.kb.read().unwrap_or_else(|e| e.into_inner()));
        Prepared::new(x, &kb)
    }

    /// Writes many documents, in order, with the same result as [`GraphStore::ingest`] on each.
    ///
    /// Documents new to the store (unknown text, unknown source key, first of their text and key in
    /// the batch) go through Oxigraph's bulk loader, whose commit is atomic: each of them is either
    /// wholly in the store or not at all, and the bulk path is about 4x faster than a transaction per
    /// document. The others (re-ingests, replacements) take the transactional path afterwards, in
    /// input order, so a later version in the batch still replaces an earlier one. Memory is
    /// bounded by the batch. `prepared` comes from [`GraphStore::prepare`]; the new documents'
    /// quads are moved into the loader, not copied.
    pub fn ingest_batch(&self, mut prepared: Vec<Prepared>) -> Vec<Result<Outcome, StoreError>> {
        let mut results: Vec<Option<Result<Outcome, StoreError>>> =
            prepared.iter().map(|_| None).collect();
        let mut fresh = Vec::new();
        let mut seen_docs = std::collections::HashSet::new();
        let mut seen_keys = std::collections::HashSet::new();
        for (i, p) in prepared.iter().enumerate() {
            // Both sets take the item (no short circuit): a later repeat of either goes the slow way.
            let first = seen_docs.insert(p.doc.as_str()) & seen_keys.insert(p.key.as_str());
            if first && self.is_fresh(p).unwrap_or(false) {
                fresh.push(i);
            }
        }
        if !fresh.is_empty() {
            let quads = fresh.iter().flat_map(|&i| prepared[i].take_fresh_quads());
            let mut loader = self.store.bulk_loader().with_num_threads(1);
            let loaded = loader
                .load_quads(quads)
                .and_then(|()| loader.commit())
                .map_err(|e| e.to_string());
            for &i in &fresh {
                results[i] = Some(match &loaded {
                    Ok(()) => Ok(Outcome::New),
                    Err(e) => Err(StoreError::Refused(format!("bulk load failed: {e}"))),
                });
            }
        }
        for (i, p) in prepared.iter().enumerate() {
            if results[i].is_none() {
                results[i] = Some(self.write_one(p));
            }
        }
        results.into_iter().flatten().collect()
    }

    /// True when neither the document nor its source key is in the store yet.
    fn is_fresh(&self, p: &Prepared) -> Result<bool, StoreError> {
        let documents = vocab::graph_documents();
        let document_class = vocab::ng("Document");
        let type_quad = QuadRef::new(
            &p.doc,
            NamedNodeRef::new_unchecked(vocab::RDF_TYPE),
            &document_class,
            &documents,
        );
        if self.store.contains(type_quad)? {
            return Ok(false);
        }
        let key_p = vocab::ng("sourceKey");
        let key = Term::from(Literal::new_simple_literal(&p.key));
        let held = self
            .store
            .quads_for_pattern(
                None,
                Some(key_p.as_ref()),
                Some(key.as_ref()),
                Some(documents.as_ref().into()),
            )
            .next()
            .transpose()?;
        Ok(held.is_none())
    }

    fn write_one(&self, p: &Prepared) -> Result<Outcome, StoreError> {
        let doc = &p.doc;
        let graph = &p.graph;
        let documents = vocab::graph_documents();
        let in_documents = Some(GraphNameRef::from(documents.as_ref()));
        let digest_p = vocab::ng("digest");
        let key_p = vocab::ng("sourceKey");
        let key = Term::from(Literal::new_simple_literal(&p.key));
        let key_quad = &p.key_quad;
        let digest_quad = &p.digest_quad;
        let document_class = vocab::ng("Document");
        let type_quad = QuadRef::new(
            doc,
            NamedNodeRef::new_unchecked(vocab::RDF_TYPE),
            document_class.as_ref(),
            &documents,
        );

        let mut tx = self.store.start_transaction()?;
        let known = tx.contains(type_quad)?;
        let same_content = tx.contains(digest_quad)?;
        if known && same_content {
            if tx.contains(key_quad)? {
                return Ok(Outcome::Unchanged);
            }
            // The same text from one more source.
            tx.insert(key_quad);
            tx.commit()?;
            return Ok(Outcome::Unchanged);
        }
        let mut outcome = Outcome::New;
        if known {
            // New extraction of a known text: replace the graph, keep the sources.
            tx.clear_graph(graph)?;
            let old: Vec<Quad> = tx
                .quads_for_pattern(
                    Some(doc.as_ref().into()),
                    Some(digest_p.as_ref()),
                    None,
                    in_documents,
                )
                .collect::<Result<_, _>>()?;
            for q in old {
                tx.remove(&q);
            }
            outcome = Outcome::Replaced;
        } else {
            for q in &p.metadata {
                tx.insert(q);
            }
        }
        // Earlier versions under the same source key lose it; a version left with no source goes.
        let holders: Vec<NamedOrBlankNode> = tx
            .quads_for_pattern(None, Some(key_p.as_ref()), Some(key.as_ref()), in_documents)
            .map(|q| q.map(|q| q.subject))
            .collect::<Result<_, _>>()?;
        for holder in holders {
            let NamedOrBlankNode::NamedNode(old) = holder else {
                continue;
            };
            if old == *doc {
                continue;
            }
            tx.remove(QuadRef::new(&old, &key_p, &key, &documents));
            let remaining = tx
                .quads_for_pattern(
                    Some(old.as_ref().into()),
                    Some(key_p.as_ref()),
                    None,
                    in_documents,
                )
                .next()
                .transpose()?;
            if remaining.is_none() {
                let graphs: Vec<Term> = tx
                    .quads_for_pattern(
                        Some(old.as_ref().into()),
                        Some(vocab::ng("graph").as_ref()),
                        None,
                        in_documents,
                    )
                    .map(|q| q.map(|q| q.object))
                    .collect::<Result<_, _>>()?;
                for g in graphs {
                    if let Term::NamedNode(g) = g {
                        tx.clear_graph(&g)?;
                        tx.remove_named_graph(&g)?;
                    }
                }
                let meta: Vec<Quad> = tx
                    .quads_for_pattern(Some(old.as_ref().into()), None, None, in_documents)
                    .collect::<Result<_, _>>()?;
                for q in meta {
                    tx.remove(&q);
                }
                outcome = Outcome::Replaced;
            }
        }
        tx.insert(key_quad);
        tx.insert(digest_quad);
        for q in &p.graph_quads {
            tx.insert(q);
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// Prepares a read-only SPARQL query with the ontology prefixes declared. Updates are refused.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_until(sparql, CancellationToken::new())
    }

    /// [`GraphStore::query`] that stops (with `QueryEvaluationError::Cancelled`) once `token` is cancelled.
    pub fn query_until(
        &self,
        sparql: &str,
        token: CancellationToken,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = SparqlEvaluator::new().with_cancellation_token(token);
        for (p, ns) in vocab::PREFIXES {
            evaluator = evaluator
                .with_prefix(*p, *ns)
                .map_err(|e| StoreError::Refused(e.to_string()))?;
        }
        let query = match evaluator.clone().parse_query(sparql) {
            Ok(q) => q,
            Err(e) => {
                if evaluator.parse_update(sparql).is_ok() {
                    return Err(StoreError::Refused(
                        "`query` is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP …) is refused".into(),
                    ));
                }
                return Err(e.into());
            }
        };
        Ok(query.on_store(&self.store).execute()?)
    }

    /// Writes every quad (all named graphs) in the store's own index order: the default graph
    /// first, then the named graphs, each graph's quads together and grouped by subject (what
    /// TriG abbreviates). The order is that of Oxigraph's keys, which are a function of the terms
    /// alone, so the same quads give the same bytes whatever the order they were written in; it is
    /// not alphabetical. Streaming, one snapshot: memory does not grow with the store.
    ///
    /// (Sorting each graph by its N-Quads line cost a formatted string per quad and held the
    /// whole documents graph, which grows with the corpus, in memory.)
    pub fn dump(&self, format: Dump, mut out: impl std::io::Write) -> Result<(), StoreError> {
        let fmt = match format {
            Dump::NQuads => RdfFormat::NQuads,
            Dump::TriG => RdfFormat::TriG,
        };
        let mut ser = RdfSerializer::from_format(fmt);
        if format == Dump::TriG {
            for (p, ns) in vocab::PREFIXES {
                ser = ser
                    .with_prefix(*p, *ns)
                    .map_err(|e| StoreError::Refused(e.to_string()))?;
            }
        }
        let mut w = ser.for_writer(&mut out);
        for q in self.store.iter() {
            w.serialize_quad(&q?)?;
        }
        w.finish()?;
        Ok(())
    }
}

/// One extraction turned into quads, ready to write: pure work, so callers can prepare a batch
/// in parallel before the (sequential) writes.
pub struct Prepared {
    doc: NamedNode,
    graph: NamedNode,
    key: String,
    key_quad: Quad,
    digest_quad: Quad,
    metadata: Vec<Quad>,
    graph_quads: Vec<Quad>,
}

impl Prepared {
    fn new(x: &Extraction, kb: &rdf::KbFacts) -> Prepared {
        let lines = rdf::document_graph(x, kb);
        let mut h = Sha256::new();
        for (line, _) in &lines {
            h.update(line.as_bytes());
            h.update(b"\n");
        }
        let graph_quads: Vec<Quad> = lines.into_iter().map(|(_, q)| q).collect();
        let digest = crate::input::hex(&h.finalize()[..16]);
        let doc = vocab::document(&x.document.id);
        let documents = vocab::graph_documents();
        let key_quad = Quad::new(
            doc.clone(),
            vocab::ng("sourceKey"),
            Literal::new_simple_literal(&x.document.key),
            documents.clone(),
        );
        let digest_quad = Quad::new(
            doc.clone(),
            vocab::ng("digest"),
            Literal::new_simple_literal(&digest),
            documents,
        );
        Prepared {
            graph: vocab::graph_of(&x.document.id),
            doc,
            key: x.document.key.clone(),
            key_quad,
            digest_quad,
            metadata: rdf::document_metadata(x),
            graph_quads,
        }
    }

    /// Every quad a new document adds (the same set [`GraphStore::ingest`] inserts), moved out:
    /// the document is written by the bulk loader, never by `write_one`.
    fn take_fresh_quads(&mut self) -> Vec<Quad> {
        let mut quads = std::mem::take(&mut self.metadata);
        quads.push(self.key_quad.clone());
        quads.push(self.digest_quad.clone());
        quads.append(&mut self.graph_quads);
        quads
    }
}

fn short_hash(bytes: &[u8]) -> String {
    crate::input::hex(&Sha256::digest(bytes)[..8])
}

/// RocksDB's lock error means another process has the store open for writing.
fn classify(path: &Path, e: oxigraph::store::StorageError) -> StoreError {
    let message = e.to_string();
    if message.contains("lock") || message.contains("Resource temporarily unavailable") {
        StoreError::InUse {
            path: path.display().to_string(),
        }
    } else {
        StoreError::Open {
            path: path.display().to_string(),
            message,
        }
    }
}
