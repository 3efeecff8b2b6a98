//! Property tests of the text layer: matching keys, clitic readings, tokens and sentences on any
//! input, and on news-like text built from Arabic words, Arabic punctuation (؟ ، ؛), quotes,
//! abbreviations, numbers, captions and embedded tweets.

use proptest::prelude::*;

use super::arabic::readings;
use super::normalize::{key, original_prefix_len};
use super::{analyze, sentences, tokens};

/// Pieces of news text, joined at random.
const FRAGMENTS: &[&str] = &[
    "قال",
    "الرئيس",
    "العراقي",
    "والسوداني",
    "بالسوداني",
    "وللعراق",
    "لإيران",
    "فسيزور",
    "زيارته",
    "مسؤوليتها",
    "إِبْرَاهِيم",
    "الـمقاومة",
    "مصطفى",
    "ﻻ",
    "کی",
    "٢٠٢٣",
    "3.5",
    "د.",
    "U.S.",
    "Gen.",
    "Kata'ib",
    "Iran's",
    "?",
    "؟",
    "،",
    "؛",
    ".",
    "!",
    "…",
    "...",
    "«",
    "»",
    "\"",
    "“",
    "”",
    "(",
    ")",
    ":",
    "-",
    "—",
    "@IraqiPM",
    "#بغداد",
    "https://t.co/AbC123",
    "pic.twitter.com/xyz",
    "— Reuters (@Reuters) March 3, 2024",
    "📷",
    "\u{200F}",
    "\u{0640}",
    "\u{064E}",
    "\u{FEFF}",
];

fn news_text() -> impl Strategy<Value = String> {
    let piece = (
        prop::sample::select(FRAGMENTS),
        prop::sample::select(&[" ", " ", " ", "", "\n", "\n\n", "\t", " \n"][..]),
    );
    prop::collection::vec(piece, 0..40).prop_map(|v| {
        v.into_iter()
            .map(|(f, sep)| format!("{f}{sep}"))
            .collect::<String>()
    })
}

/// Arabic words as written: clitics, article, stem, enclitic, with diacritics and tatweel
/// sprinkled in.
fn arabic_word() -> impl Strategy<Value = String> {
    let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة".chars().collect();
    (
        prop::sample::select(&["", "و", "ف"][..]),
        prop::sample::select(&["", "ب", "ل", "ك", "س"][..]),
        prop::sample::select(&["", "ال"][..]),
        prop::collection::vec(prop::sample::select(letters), 1..7),
        prop::sample::select(&["", "ه", "ها", "هم", "نا", "ي"][..]),
        prop::collection::vec(
            prop::sample::select(&["", "", "", "\u{064E}", "\u{0651}", "\u{0640}"][..]),
            8,
        ),
    )
        .prop_map(|(c, p, al, stem, suf, marks)| {
            let mut out = String::new();
            let parts = [c.to_string(), p.to_string(), al.to_string()]
                .into_iter()
                .chain(stem.into_iter().map(String::from))
                .chain([suf.to_string()]);
            for (i, part) in parts.enumerate() {
                out.push_str(&part);
                out.push_str(marks[i % marks.len()]);
            }
            out
        })
}

fn check_sentences(text: &str) -> Result<(), TestCaseError> {
    let spans = sentences::split(text);
    let mut last = 0;
    for &(s, e) in &spans {
        prop_assert!(
            s >= last && s < e && e <= text.len(),
            "span {s}..{e} after {last}"
        );
        prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        let t = &text[s..e];
        prop_assert_eq!(t, t.trim(), "sentences are trimmed");
        last = e;
    }
    // Every character outside the sentences is whitespace: nothing is lost.
    let mut inside = vec![false; text.len()];
    for &(s, e) in &spans {
        inside[s..e].fill(true);
    }
    for (b, c) in text.char_indices() {
        prop_assert!(
            inside[b] || c.is_whitespace(),
            "{c:?} at {b} is in no sentence"
        );
    }
    Ok(())
}

fn check_analysis(text: &str) -> Result<(), TestCaseError> {
    let a = analyze(text);
    prop_assert_eq!(a.text, text);
    for t in &a.tokens {
        prop_assert!(t.start < t.end && t.end <= text.len());
        let original = t.text(text);
        if t.kind != tokens::TokenKind::Punct {
            prop_assert_eq!(
                &t.key,
                &key(original),
                "a word's key is the key of its text"
            );
        }
    }
    // Sentence token ranges partition the tokens, and each token lies inside its sentence.
    let mut next = 0;
    for s in &a.sentences {
        prop_assert_eq!(s.tokens.start, next);
        for t in &a.tokens[s.tokens.clone()] {
            prop_assert!(s.start <= t.start && t.end <= s.end);
        }
        next = s.tokens.end;
    }
    prop_assert_eq!(next, a.tokens.len(), "every token is in a sentence");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn key_is_idempotent(s in "\\PC*") {
        let k = key(&s);
        prop_assert_eq!(key(&k), k);
    }

    #[test]
    fn key_is_idempotent_on_news(s in news_text()) {
        let k = key(&s);
        prop_assert_eq!(key(&k), k);
    }

    #[test]
    fn no_panic_on_any_input(s in any::<String>()) {
        let a = analyze(&s);
        for t in &a.tokens {
            let _ = readings(&t.key);
        }
        let _ = original_prefix_len(&s, 3);
    }

    #[test]
    fn analysis_of_any_input(s in "\\PC*") {
        check_sentences(&s)?;
        check_analysis(&s)?;
    }

    #[test]
    fn analysis_of_news_text(s in news_text()) {
        check_sentences(&s)?;
        check_analysis(&s)?;
    }

    #[test]
    fn clitic_offsets_map_back_into_the_word(w in arabic_word()) {
        let k = key(&w);
        let kc: Vec<char> = k.chars().collect();
        for r in readings(&k) {
            prop_assert!(r.prefix_chars <= kc.len());
            // The cut falls on a character boundary of the original word, and what lies before
            // it is exactly the clitics the reading strips.
            let cut = original_prefix_len(&w, r.prefix_chars);
            prop_assert!(cut <= w.len() && w.is_char_boundary(cut));
            let head: String = kc[..r.prefix_chars].iter().collect();
            prop_assert_eq!(key(&w[..cut]), head);
            let rest: String = kc[r.prefix_chars..].iter().collect();
            prop_assert_eq!(key(&w[cut..]), rest.clone());
            // The stem is what is left once the article and the enclitic are removed.
            match r.suffix {
                None => prop_assert!(rest.ends_with(&r.stem), "{rest} / {}", r.stem),
                Some(suf) => prop_assert!(rest.ends_with(suf)),
            }
        }
    }
}

#[test]
fn arabic_punctuation_quotes_and_tweets() {
    let text = "هل وصل الوفد؟ نعم، وصل؛ ثم غادر. وقال: «سنرد.» ثم صمت\n\
                — Reuters (@Reuters) March 3, 2024\n\
                📷 الصورة: وزير الخارجية في بغداد";
    let got: Vec<&str> = sentences::split(text)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect();
    assert_eq!(
        got,
        [
            "هل وصل الوفد؟",
            "نعم، وصل؛ ثم غادر.",
            "وقال: «سنرد.»",
            "ثم صمت",
            "— Reuters (@Reuters) March 3, 2024",
            "📷 الصورة: وزير الخارجية في بغداد",
        ]
    );
}
