//! Statistical name recognition for Arabic: an averaged structured perceptron over BIO tags
//! (`PERS`, `LOC`, `ORG`, `MISC`) trained on ANERcorp, for names the knowledge base lacks.
//!
//! The public entry is [`Tagger`]: [`Tagger::embedded`] (the model in `ontology/ner/ar.model`) or
//! [`Tagger::load`], then [`Tagger::tag`] (BIO tags) or [`Tagger::spans`] (names with a confidence)
//! over a sentence's tokens. [`train`] builds a model from CoNLL files (`newsgraph train-ner`,
//! `make train-ner`).

pub(crate) mod consistency;
pub mod doc;
mod features;
mod freq;
mod model;
pub(crate) mod names;
mod perceptron;
pub mod seen;
pub mod train;

pub use model::{Span, Tagger};

use crate::text::{normalize, tokens::tokenize, Token, TokenKind};

/// Why a model could not be read.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Format { path: String, message: String },
}

/// Whether sentence `i` of `n` in the ANERcorp train file belongs to the dev split: the last tenth
/// of the sentences (`i >= n - n / 10`), carved sequentially as CAMeL Lab carved the test split
/// from the end of the corpus, so dev articles are never seen in training.
pub fn is_dev(i: usize, n: usize) -> bool {
    i >= n - n / 10
}

/// Tokens for pre-tokenised words (a CoNLL sentence), joined by spaces into the returned text:
/// a word our tokenizer reads as one token keeps that token (same key and kind as at run time).
pub fn tokens_of<S: AsRef<str>>(words: &[S]) -> (String, Vec<Token>) {
    let mut text = String::new();
    let mut out = Vec::with_capacity(words.len());
    for w in words {
        let w = w.as_ref();
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w);
        let mut own = tokenize(w);
        let tok = if own.len() == 1 {
            let mut t = own.remove(0);
            t.start += start;
            t.end += start;
            t
        } else {
            let key = normalize::key(w);
            let punct = !w.chars().any(char::is_alphanumeric);
            Token {
                start,
                end: text.len(),
                kind: if punct {
                    TokenKind::Punct
                } else {
                    TokenKind::Word
                },
                arabic: w.chars().any(crate::text::is_arabic_char),
                key: if punct { w.to_string() } else { key },
                id: crate::text::intern::NONE,
                starts: Default::default(),
            }
        };
        out.push(tok);
    }
    (text, out)
}

/// Sentences on each side of a CoNLL sentence that stand in for its document (ANERcorp has no
/// document boundaries; its articles run a few dozen sentences).
pub const WINDOW: usize = 10;

/// Sentence `i` of `sentences` with up to [`WINDOW`] neighbours on each side from `bounds` as its
/// document: the joined text, its tokens, and the range of sentence `i`'s tokens.
pub fn in_window<S: AsRef<str>>(
    sentences: &[Vec<S>],
    i: usize,
    bounds: std::ops::Range<usize>,
) -> (String, Vec<Token>, std::ops::Range<usize>) {
    let lo = i.saturating_sub(WINDOW).max(bounds.start);
    let hi = (i + WINDOW + 1).min(bounds.end);
    let before: usize = sentences[lo..i].iter().map(Vec::len).sum();
    let words: Vec<&str> = sentences[lo..hi]
        .iter()
        .flat_map(|s| s.iter().map(AsRef::as_ref))
        .collect();
    let (text, tokens) = tokens_of(&words);
    (text, tokens, before..before + sentences[i].len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dev_split_is_the_last_tenth() {
        let dev: Vec<usize> = (0..25).filter(|&i| is_dev(i, 25)).collect();
        assert_eq!(dev, [23, 24]);
        assert!(!is_dev(0, 5));
    }

    #[test]
    fn tokens_of_keeps_one_token_per_word() {
        let (text, toks) = tokens_of(&["(د", "ب", "أ)", "أعلن", "،", "..."]);
        assert_eq!(toks.len(), 6);
        assert_eq!(toks[0].text(&text), "(د");
        assert_eq!(toks[3].key, "اعلن");
        assert_eq!(toks[4].key, ",");
        assert_eq!(toks[5].kind, TokenKind::Punct);
    }

    #[test]
    fn a_window_stays_within_its_bounds() {
        let s: Vec<Vec<String>> = (0..30).map(|i| vec![format!("w{i}"), "x".into()]).collect();
        let (text, tokens, range) = in_window(&s, 25, 22..30);
        // Sentences 22..=29: three before sentence 25, so its tokens are 6..8.
        assert_eq!(range, 6..8);
        assert_eq!(tokens.len(), 16);
        assert_eq!(tokens[range.start].text(&text), "w25");
        let (_, _, first) = in_window(&s, 0, 0..30);
        assert_eq!(first, 0..2);
    }

    #[test]
    fn embedded_model_loads() {
        let t = Tagger::embedded();
        assert!(t.tags().iter().any(|t| t == "B-PERS"));
        assert!(t.features() > 1000);
    }
}
