//! What the rest of the document says about a word: the words around its other occurrences
//! ("context aggregation", Ratinov & Roth 2009, "Design challenges and misconceptions in named
//! entity recognition", CoNLL). A club or a player named once after «نادي» or «اللاعب» is likely
//! the same kind of name where the article later names it bare.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

// Only looked up, never iterated: the hasher cannot change the output.
use foldhash::fast::FixedState;

use crate::text::tokens::tokenize;
use crate::text::{Token, TokenKind};

thread_local! {
    /// The last document [`Doc::cached`] read, with its text.
    static LAST: RefCell<Option<(String, Rc<Doc>)>> = const { RefCell::new(None) };
}

/// Distinct contexts kept per word (the first ones in the text), so frequent words cost little.
const MAX_CONTEXTS: usize = 8;

/// Per word key: where it occurs (byte offset) and its token index, whose neighbours' keys are
/// the words before and after it.
#[derive(Debug, Default)]
pub struct Doc {
    /// Distinct keys of the document's tokens, and per token the index of its key there.
    keys: Vec<String>,
    at: Vec<u32>,
    /// Per distinct key, its occurrences as a word of two letters or more.
    index: HashMap<String, u32, FixedState>,
    occurrences: Vec<Vec<(usize, usize)>>,
}

impl Doc {
    /// The contexts of every word of `text`.
    pub fn of_text(text: &str) -> Doc {
        Doc::of_tokens(&tokenize(text))
    }

    /// The contexts of every word of a document, from its tokens (`tokenize` of its text).
    pub fn of_tokens(toks: &[Token]) -> Doc {
        let mut doc = Doc {
            at: Vec::with_capacity(toks.len()),
            ..Doc::default()
        };
        for (i, t) in toks.iter().enumerate() {
            // The key is copied only for a new word.
            let k = match doc.index.get(t.key.as_str()) {
                Some(&k) => k,
                None => {
                    let k = doc.keys.len() as u32;
                    doc.keys.push(t.key.clone());
                    doc.index.insert(t.key.clone(), k);
                    doc.occurrences.push(Vec::new());
                    k
                }
            };
            doc.at.push(k);
            if t.kind != TokenKind::Word || t.key.chars().count() < 2 {
                continue;
            }
            doc.occurrences[k as usize].push((t.start, i));
        }
        doc
    }

    /// `of_text(text)`, kept for the next call on the same thread: extraction tags a document
    /// sentence by sentence, each call with the whole text.
    pub fn cached(text: &str) -> Rc<Doc> {
        LAST.with(|last| {
            let mut last = last.borrow_mut();
            // Compared by content (a memcmp), not by a byte-at-a-time hash of the whole text on
            // every sentence, which made the check quadratic in the document's length.
            match &*last {
                Some((t, doc)) if t == text => doc.clone(),
                _ => {
                    let doc = Rc::new(Doc::of_text(text));
                    *last = Some((text.to_string(), doc.clone()));
                    doc
                }
            }
        })
    }

    /// Makes `of_tokens(tokens)` the [`Self::cached`] document of `text` (whose tokens they
    /// are), so the tagger does not tokenize the text again.
    pub fn prime(text: &str, tokens: &[Token]) {
        let doc = Rc::new(Doc::of_tokens(tokens));
        LAST.with(|last| *last.borrow_mut() = Some((text.to_string(), doc)));
    }

    /// How often the word with `key` at byte offset `start` occurs elsewhere, and the distinct
    /// words before and after those other occurrences.
    pub fn others(&self, key: &str, start: usize) -> (usize, Vec<&str>, Vec<&str>) {
        let (mut before, mut after) = (Vec::new(), Vec::new());
        let mut count = 0;
        let key_at = |j: Option<usize>| -> &str {
            j.and_then(|j| self.at.get(j))
                .map_or("", |&k| self.keys[k as usize].as_str())
        };
        let occurrences = self.index.get(key).map(|&k| &self.occurrences[k as usize]);
        for &(s, i) in occurrences.into_iter().flatten() {
            if s == start {
                continue;
            }
            let (b, a) = (key_at(i.checked_sub(1)), key_at(Some(i + 1)));
            count += 1;
            if before.len() < MAX_CONTEXTS && !before.contains(&b) {
                before.push(b);
            }
            if after.len() < MAX_CONTEXTS && !after.contains(&a) {
                after.push(a);
            }
        }
        (count, before, after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_occurrences_only() {
        let text = "قال اللاعب إيتو إن إيتو سجل";
        let doc = Doc::of_text(text);
        let first = text.find("إيتو").unwrap_or(0);
        let (n, before, after) = doc.others("ايتو", first);
        assert_eq!(n, 1);
        assert_eq!(before, ["ان"]);
        assert_eq!(after, ["سجل"]);
        assert_eq!(doc.others("سجل", text.rfind("سجل").unwrap_or(0)).0, 0);
    }
}
