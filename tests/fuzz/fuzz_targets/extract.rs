//! Extraction: any text in either language; every mention and evidence is the code-point slice
//! its offsets name.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use newsgraph::extract::{Extractor, Resources};
use newsgraph::input::document_id;
use newsgraph::model::{Document, Lang};

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::new(Resources::embedded(&[]).expect("the built-in language data loads"))
    })
}

fn slice(text: &str, start: usize, end: usize) -> Option<String> {
    (start <= end && end <= text.chars().count())
        .then(|| text.chars().skip(start).take(end - start).collect())
}

fuzz_target!(|data: (bool, &str)| {
    let (arabic, text) = data;
    let doc = Document {
        id: document_id(text),
        lang: if arabic { Lang::Ar } else { Lang::En },
        title: None,
        published: None,
        url: None,
        source: "fuzz".into(),
        key: "fuzz".into(),
        text: text.to_string(),
    };
    let x = extractor().extract(&doc);
    for e in &x.entities {
        for m in &e.mentions {
            assert_eq!(
                slice(text, m.start, m.end).as_deref(),
                Some(m.text.as_str())
            );
        }
    }
    for r in &x.relations {
        assert_eq!(
            slice(text, r.start, r.end).as_deref(),
            Some(r.evidence.as_str())
        );
    }
});
