//! Issue 7, no panics on any input: properties of input parsing, text analysis and extraction over
//! arbitrary strings and bytes, plus "news-like" strings built from Arabic and English news words,
//! names of the knowledge base, punctuation and invisible characters (where the rules do work).
//! Case counts are modest for the debug build; `PROPTEST_CASES` raises them.

use std::sync::OnceLock;

use newsgraph::extract::{Extractor, Resources};
use newsgraph::input::{self, ReadOptions};
use newsgraph::model::{Document, Lang};
use newsgraph::text;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "التقى",
    "الرئيس",
    "السوري",
    "بشار",
    "الأسد",
    "وزير",
    "الخارجية",
    "الإيراني",
    "في",
    "دمشق",
    "هاجم",
    "الحوثيون",
    "سفينة",
    "أعلنت",
    "كتائب",
    "حزب",
    "الله",
    "مسؤوليتها",
    "عن",
    "الهجوم",
    "وهدد",
    "بالرد",
    "يوم",
    "الأحد",
    "زار",
    "بغداد",
    "لم",
    "يلتق",
    "met",
    "President",
    "Joe",
    "Biden",
    "Netanyahu",
    "in",
    "Tel",
    "Aviv",
    "Houthi",
    "forces",
    "attacked",
    "a",
    "ship",
    "claimed",
    "responsibility",
    "for",
    "the",
    "attack",
    "on",
    "threatened",
    "Iran",
    "visited",
    "U.S.",
    "Gen.",
    "said",
    "on",
    "Sunday",
    "2024-01-21",
    "١٢",
    "Hezbollah",
    "Hamas",
    "al-Assad",
    "Kata'ib",
    "Abdollahian's",
    "أبو",
    "أم",
    "قاعدة",
    "مطار",
    "the group",
    "الجماعة",
];
const SEPARATORS: &[&str] = &[
    " ", " ", " ", "  ", ", ", "، ", ". ", "؟ ", "! ", "\n", "\r\n", "\u{200F}", "\u{200D}",
    "\u{202B}", "\u{2069}", "\u{FEFF}", "\u{0640}", "\u{064E}", " (", ") ", " «", "» ", "\"", "…",
    " - ", "\t", ":", "’s ",
];

/// Words of the news vocabulary joined by separators.
fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(WORDS),
            prop::sample::select(SEPARATORS),
        ),
        0..60,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(w, s)| [w, s]).collect())
}

/// Arbitrary Unicode or news-like text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), newsy(), "[ -~\u{600}-\u{6ff}\n]{0,300}"]
}

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        Extractor::new(Resources::embedded(&[]).expect("the built-in language data loads"))
    })
}

/// 128 cases, or `PROPTEST_CASES`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(128)
}

fn chars(text: &str, start: usize, end: usize) -> Option<String> {
    (start <= end && end <= text.chars().count())
        .then(|| text.chars().skip(start).take(end - start).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Any bytes under any supported extension: each article is a document or an error naming
    /// the file, and documents have text with `\n` line ends only.
    #[test]
    fn input_never_panics(bytes in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        any_text().prop_map(String::into_bytes),
        any_text().prop_map(|t| format!("---\ntitle: {t}\ndate: {t}\n---\n{t}").into_bytes()),
        any_text().prop_map(|t| serde_json::json!({ "text": t, "date": t, "lang": t }).to_string().into_bytes()),
    ], ext in prop::sample::select(&["txt", "json", "jsonl"][..])) {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join(format!("a.{ext}"));
        std::fs::write(&path, &bytes).expect("write");
        let mut reader = input::read(&[path], &ReadOptions { max_article_bytes: 64, ..ReadOptions::default() });
        for item in reader.by_ref() {
            match item {
                Ok(doc) => {
                    prop_assert!(!doc.text.contains('\r'));
                    prop_assert!(doc.text.len() <= 64);
                    prop_assert!(doc.source.contains("a."));
                }
                Err(e) => prop_assert!(e.to_string().contains("a."), "{e}"),
            }
        }
        for w in reader.take_warnings() {
            prop_assert!(w.0.contains("a."), "{}", w.0);
        }
    }

    /// Tokens and sentences lie inside the text on char boundaries, in order, and sentences never
    /// exceed the sentence limit.
    #[test]
    fn analysis_offsets_in_bounds(t in any_text()) {
        let a = text::analyze(&t);
        let mut last = 0;
        for tok in &a.tokens {
            prop_assert!(tok.start < tok.end && tok.end <= t.len());
            prop_assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
            prop_assert!(tok.start >= last);
            last = tok.end;
        }
        let max = text::sentences::max_chars();
        for s in &a.sentences {
            prop_assert!(s.start < s.end && s.end <= t.len());
            prop_assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            prop_assert!(s.tokens.end <= a.tokens.len() && s.tokens.start <= s.tokens.end);
            prop_assert!(max == 0 || t[s.start..s.end].chars().count() <= max);
        }
        for (i, _) in a.tokens.iter().enumerate() {
            let _ = a.sentence_of(i);
        }
    }

    /// Extraction never panics; every mention and every evidence is the code-point slice of the text
    /// its offsets name, and relations name entities of the document.
    #[test]
    fn extraction_offsets_slice_the_text(t in any_text(), ar in any::<bool>()) {
        let doc = Document {
            id: input::document_id(&t),
            lang: if ar { Lang::Ar } else { Lang::En },
            title: None,
            published: None,
            url: None,
            source: "prop".into(),
            key: "prop".into(),
            text: t.clone(),
        };
        let x = extractor().extract(&doc);
        for e in &x.entities {
            for m in &e.mentions {
                prop_assert_eq!(chars(&t, m.start, m.end), Some(m.text.clone()));
            }
        }
        for r in &x.relations {
            prop_assert_eq!(chars(&t, r.start, r.end), Some(r.evidence.clone()));
            prop_assert!(x.entity(&r.subject).is_some() && x.entity(&r.object).is_some());
        }
    }
}

/// What the properties found: a title closing the text indexed past the tokens; a combining half
/// mark (U+FE20, its own NFKC form) made key normalisation recurse without end.
#[test]
fn found_by_proptest() {
    for (t, lang) in [
        ("President ", Lang::En),
        ("\u{FE20}", Lang::En),
        ("التقى الرئيس", Lang::Ar),
    ] {
        let doc = Document {
            id: input::document_id(t),
            lang,
            title: None,
            published: None,
            url: None,
            source: "regression".into(),
            key: "regression".into(),
            text: t.into(),
        };
        let x = extractor().extract(&doc);
        assert!(x.relations.is_empty(), "{t:?}");
    }
}
