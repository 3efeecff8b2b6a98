//! Shared by the benches: generated articles (examples/gen_corpus.rs), a synthetic graph of any
//! size, and the process's peak memory.

#![allow(dead_code, unused_imports)]

#[path = "../../examples/gen_corpus.rs"]
#[allow(dead_code, clippy::all)]
pub mod gen_corpus;

use newsgraph::extract::{Extractor, Resources};
use newsgraph::model::{Document, Lang};

/// `n` generated articles of one language (or both), as the reader would produce them.
pub fn documents(n: usize, lang: Option<Lang>) -> Vec<Document> {
    let corpus = gen_corpus::Corpus::new(1, 5000);
    let mut docs = Vec::with_capacity(n);
    let mut i = 0u64;
    while docs.len() < n {
        let g = corpus.article(i);
        i += 1;
        let l = match g.lang {
            gen_corpus::Lang::Ar => Lang::Ar,
            gen_corpus::Lang::En => Lang::En,
        };
        if lang.is_some_and(|want| want != l) {
            continue;
        }
        docs.push(Document {
            id: newsgraph::input::document_id(&g.text),
            lang: l,
            title: Some(g.title),
            published: Some(g.date),
            url: Some(g.url.clone()),
            source: format!("bench:{}", g.id),
            key: g.url,
            text: g.text,
        });
    }
    docs
}

pub fn extractor() -> Extractor {
    Extractor::new(Resources::embedded(&[]).expect("built-in resources load"))
}

pub mod synthetic;
pub use synthetic::synthetic_graph;

/// True under `cargo bench`; `cargo test --all-targets` runs each bench once, on small inputs.
pub fn full_run() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// Peak resident memory of this process so far, in MiB (VmHWM), when the kernel reports it.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
