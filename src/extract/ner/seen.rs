//! What the training data says about a word: the name type it was tagged with and how often.
//!
//! The classic "seen as a first name / as a place" gazetteer feature, built from the labeled
//! training sentences themselves. While training, each sentence sees a table built without its
//! own fold (jackknifing), so the feature is as reliable on training sentences as it will be on
//! new text and the perceptron does not learn to trust it blindly. Words are stored by the
//! 32-bit fold of their hash, so the model file holds no text.

use std::collections::HashMap;

use super::features::{fold, hash};
use super::tokens_of;

/// `(word id, [type, frequency code])`, ids strictly ascending. Type: 1 PERS, 2 LOC, 3 ORG,
/// 4 MISC (the commonest among the word's name tags); frequency code: 2 × the quarter of its
/// occurrences that were inside names (0–3) + 1 when it mostly began the name. Words never
/// tagged inside a name are absent.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    pub entries: Vec<(u32, [u16; 2])>,
    /// `entries` by id: the tagger looks up every token and several of its stems, and a binary
    /// search (a cache miss per step) was a visible share of tagging.
    index: HashMap<u32, [u16; 2], foldhash::fast::FixedState>,
}

impl PartialEq for Seen {
    fn eq(&self, other: &Seen) -> bool {
        self.entries == other.entries
    }
}

/// The id a word's key is stored under.
pub fn word_id(key: &str) -> u32 {
    fold(hash("seen-word", key))
}

impl Seen {
    pub fn get(&self, key: &str) -> Option<[u16; 2]> {
        self.get_id(word_id(key))
    }

    /// [`Seen::get`] by the word's id.
    pub fn get_id(&self, id: u32) -> Option<[u16; 2]> {
        self.index.get(&id).copied()
    }

    /// The table of `entries` (ids strictly ascending).
    pub fn new(entries: Vec<(u32, [u16; 2])>) -> Seen {
        let index = entries.iter().copied().collect();
        Seen { entries, index }
    }

    /// The table of `sentences` (words and BIO tags), leaving out sentence `i` when
    /// `i % folds == skip`.
    pub fn learn(
        sentences: &[(Vec<String>, Vec<String>)],
        folds: usize,
        skip: Option<usize>,
    ) -> Seen {
        // Per key: counts of O, PERS, LOC, ORG, MISC, and of B- tags.
        let mut counts: HashMap<String, [u32; 6]> = HashMap::new();
        for (i, (words, tags)) in sentences.iter().enumerate() {
            if Some(i % folds.max(1)) == skip {
                continue;
            }
            let (_, tokens) = tokens_of(words);
            for (t, tag) in tokens.iter().zip(tags) {
                let c = counts.entry(t.key.clone()).or_default();
                let k = match tag.get(2..) {
                    Some("PERS") => 1,
                    Some("LOC") => 2,
                    Some("ORG") => 3,
                    Some("MISC") => 4,
                    _ => 0,
                };
                c[k] += 1;
                if tag.starts_with("B-") {
                    c[5] += 1;
                }
            }
        }
        let mut entries: Vec<(u32, [u16; 2])> = counts
            .into_iter()
            .filter_map(|(w, c)| {
                let named: u32 = c[1..5].iter().sum();
                if named == 0 {
                    return None;
                }
                // Ties go to the lower type number, so the table does not depend on hash order.
                let ty = (1..5).max_by_key(|&k| (c[k], std::cmp::Reverse(k)))?;
                let quarter = (4 * named / (named + c[0])).min(3);
                let b = u32::from(2 * c[5] >= named);
                Some((word_id(&w), [ty as u16, (2 * quarter + b) as u16]))
            })
            .collect();
        entries.sort_by_key(|(id, _)| *id);
        entries.dedup_by_key(|(id, _)| *id);
        Seen::new(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(words: &[&str], tags: &[&str]) -> (Vec<String>, Vec<String>) {
        (
            words.iter().map(|w| w.to_string()).collect(),
            tags.iter().map(|t| t.to_string()).collect(),
        )
    }

    #[test]
    fn counts_types_and_leaves_out_a_fold() {
        let data = vec![
            s(&["قال", "زيد", "عمرو"], &["O", "B-PERS", "I-PERS"]),
            s(&["في", "بغداد"], &["O", "B-LOC"]),
            s(&["زيد", "في", "بغداد"], &["O", "O", "B-LOC"]),
        ];
        let all = Seen::learn(&data, 3, None);
        // زيد: once PERS (B-) of two occurrences: second quarter, mostly B.
        assert_eq!(all.get("زيد"), Some([1, 2 * 2 + 1]));
        assert_eq!(all.get("عمرو"), Some([1, 2 * 3]));
        assert_eq!(all.get("بغداد"), Some([2, 2 * 3 + 1]));
        assert_eq!(all.get("قال"), None);
        let without_first = Seen::learn(&data, 3, Some(0));
        assert_eq!(without_first.get("عمرو"), None);
        assert_eq!(without_first.get("زيد"), None);
    }
}
