//! The on-disk Oxigraph (RocksDB) store: one named graph per document, idempotent ingestion.
//!
//! [`GraphStore`] is the façade: [`GraphStore::ingest`] writes one [`Extraction`] atomically;
//! re-ingesting the same document changes nothing, a changed document (same source key, new text or
//! new extraction) replaces its graph.

mod rdf;
pub mod vocab;

use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphNameRef, Literal, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
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

    /// Loads the ontology and the knowledge base into their graphs when they changed.
    pub fn ensure_ontology(&self, resources: &Resources) -> Result<bool, StoreError> {
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
    pub fn ingest(&self, x: &Extraction) -> Result<Outcome, StoreError> {
        let graph_quads = rdf::document_graph(x);
        let mut meta = rdf::document_metadata(x);
        let mut h = Sha256::new();
        for q in graph_quads.iter().chain(meta.iter()) {
            h.update(q.to_string().as_bytes());
            h.update(b"\n");
        }
        let digest = crate::input::hex(&h.finalize()[..16]);
        let doc = vocab::document(&x.document.id);
        let documents = vocab::graph_documents();
        let digest_quad = Quad::new(
            doc.clone(),
            vocab::ng("digest"),
            Literal::new_simple_literal(&digest),
            documents.clone(),
        );
        let mut tx = self.store.start_transaction()?;
        if tx.contains(&digest_quad)? {
            return Ok(Outcome::Unchanged);
        }
        // Earlier versions: the same document id, or the same source key.
        let key = Term::from(Literal::new_simple_literal(&x.document.key));
        let mut old: Vec<NamedOrBlankNode> = tx
            .quads_for_pattern(
                None,
                Some(vocab::ng("sourceKey").as_ref()),
                Some(key.as_ref()),
                Some(GraphNameRef::from(documents.as_ref())),
            )
            .map(|q| q.map(|q| q.subject))
            .collect::<Result<_, _>>()?;
        if tx.contains(QuadRef::new(
            &doc,
            NamedNodeRef::new_unchecked(vocab::RDF_TYPE),
            vocab::ng("Document").as_ref(),
            &documents,
        ))? {
            old.push(doc.clone().into());
        }
        old.sort_by_key(|o| o.to_string());
        old.dedup();
        let replaced = !old.is_empty();
        for o in &old {
            let NamedOrBlankNode::NamedNode(o) = o else {
                continue;
            };
            let graphs: Vec<Term> = tx
                .quads_for_pattern(
                    Some(o.as_ref().into()),
                    Some(vocab::ng("graph").as_ref()),
                    None,
                    Some(GraphNameRef::from(documents.as_ref())),
                )
                .map(|q| q.map(|q| q.object))
                .collect::<Result<_, _>>()?;
            for g in graphs {
                if let Term::NamedNode(g) = g {
                    tx.clear_graph(&g)?;
                    tx.remove_named_graph(&g)?;
                }
            }
            let meta_quads: Vec<Quad> = tx
                .quads_for_pattern(
                    Some(o.as_ref().into()),
                    None,
                    None,
                    Some(GraphNameRef::from(documents.as_ref())),
                )
                .collect::<Result<_, _>>()?;
            for q in meta_quads {
                tx.remove(&q);
            }
        }
        meta.push(digest_quad);
        for q in graph_quads.iter().chain(meta.iter()) {
            tx.insert(q);
        }
        tx.commit()?;
        Ok(if replaced {
            Outcome::Replaced
        } else {
            Outcome::New
        })
    }

    /// Prepares a read-only SPARQL query with the ontology prefixes declared. Updates are refused.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = SparqlEvaluator::new();
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

    /// Writes every quad (all named graphs) in a deterministic order.
    pub fn dump(&self, format: Dump, mut out: impl std::io::Write) -> Result<(), StoreError> {
        let mut quads: Vec<Quad> = self.store.iter().collect::<Result<_, _>>()?;
        quads.sort_by_cached_key(|q| q.to_string());
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
        for q in &quads {
            w.serialize_quad(q)?;
        }
        w.finish()?;
        Ok(())
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
