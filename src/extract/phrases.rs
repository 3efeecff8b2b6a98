//! Multi-word phrase lookup over tokens, with Arabic clitics on the first word.

use std::collections::HashMap;

use crate::text::arabic::{self, Reading};
use crate::text::{normalize, tokens::tokenize, Token};

/// Soft punctuation may sit inside a phrase: `al-Sudani`, `U.S.`, `Kata’ib`.
pub fn is_soft(token: &Token) -> bool {
    matches!(token.key.as_str(), "-" | "'" | "." | "\"")
}

/// Key used to compare a word inside a name: Arabic article dropped.
pub fn word_key(key: &str) -> &str {
    arabic::name_key(key)
}

/// Keys of the words of a phrase (punctuation dropped).
pub fn phrase_keys(phrase: &str) -> Vec<String> {
    tokenize(phrase)
        .into_iter()
        .filter(|t| !matches!(t.kind, crate::text::TokenKind::Punct))
        .map(|t| t.key)
        .collect()
}

/// A match of a phrase at a token position.
#[derive(Debug, Clone)]
pub struct PhraseMatch<'v, V> {
    /// Token range `[start, end)` covered.
    pub start: usize,
    pub end: usize,
    /// How the first word was segmented (Arabic), `None` for an unsegmented match.
    pub reading: Option<Reading>,
    pub value: &'v V,
}

/// Phrases indexed by the key of their first word.
#[derive(Debug, Clone)]
pub struct PhraseIndex<V> {
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
    /// Compare words with the Arabic article dropped (names) or exactly (lexicon).
    drop_article: bool,
}

impl<V> PhraseIndex<V> {
    pub fn new(drop_article: bool) -> Self {
        PhraseIndex {
            by_first: HashMap::new(),
            drop_article,
        }
    }

    fn norm<'a>(&self, key: &'a str) -> &'a str {
        if self.drop_article {
            word_key(key)
        } else {
            key
        }
    }

    pub fn insert(&mut self, phrase: &str, value: V) {
        let keys: Vec<String> = phrase_keys(phrase)
            .iter()
            .map(|k| self.norm(k).to_string())
            .collect();
        let Some((first, rest)) = keys.split_first() else {
            return;
        };
        self.by_first
            .entry(first.clone())
            .or_default()
            .push((rest.to_vec(), value));
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every phrase starting at token `i`, longest first. `suffixes` allows an enclitic pronoun
    /// on the first word (زيارته), `limit` is the end of the token range to search.
    pub fn matches_at<'v>(
        &'v self,
        tokens: &[Token],
        i: usize,
        limit: usize,
        suffixes: bool,
    ) -> Vec<PhraseMatch<'v, V>> {
        let mut out = Vec::new();
        // A caller may ask at the end of its range ("President" closing a text: proptest).
        let Some(tok) = tokens.get(i).filter(|_| i < limit) else {
            return out;
        };
        if tok.kind == crate::text::TokenKind::Punct {
            return out;
        }
        let mut firsts: Vec<(String, Option<Reading>)> =
            vec![(self.norm(&tok.key).to_string(), None)];
        if tok.arabic {
            for r in arabic::readings(&tok.key) {
                if r.suffix.is_some() && !suffixes {
                    continue;
                }
                if r.prefix_chars == 0 && r.suffix.is_none() && !r.article {
                    continue;
                }
                let stem = if self.drop_article || !r.article {
                    r.stem.clone()
                } else {
                    format!("ال{}", r.stem)
                };
                let stem = self.norm(&stem).to_string();
                firsts.push((stem, Some(r)));
            }
        }
        let mut seen_first = Vec::new();
        for (first, reading) in firsts {
            if seen_first.contains(&first) {
                continue;
            }
            let Some(cands) = self.by_first.get(&first) else {
                continue;
            };
            seen_first.push(first);
            for (rest, value) in cands {
                if let Some(end) = self.match_rest(tokens, i + 1, limit, rest) {
                    out.push(PhraseMatch {
                        start: i,
                        end,
                        reading: reading.clone(),
                        value,
                    });
                }
            }
        }
        out.sort_by_key(|m| std::cmp::Reverse(m.end));
        out
    }

    fn match_rest(
        &self,
        tokens: &[Token],
        mut j: usize,
        limit: usize,
        rest: &[String],
    ) -> Option<usize> {
        for want in rest {
            while j < limit && is_soft(&tokens[j]) {
                j += 1;
            }
            if j >= limit || tokens[j].kind == crate::text::TokenKind::Punct {
                return None;
            }
            if self.norm(&tokens[j].key) != want {
                return None;
            }
            j += 1;
        }
        Some(j)
    }
}

/// Key of a whole phrase, words joined by spaces, article dropped: for comparing names.
pub fn name_key(phrase: &str) -> String {
    phrase_keys(phrase)
        .iter()
        .map(|k| word_key(k))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Normalises a single word as the matcher does.
pub fn key(word: &str) -> String {
    normalize::key(word)
}
