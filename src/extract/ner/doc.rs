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
use crate::text::TokenKind;

/// Distinct contexts kept per word (the first ones in the text), so frequent words cost little.
const MAX_CONTEXTS: usize = 8;

/// Per word key: where it occurs (byte offset) and its token index, whose neighbours' keys are
/// the words before and after it.
#[derive(Debug, Default)]
pub struct Doc {
    toks: Vec<crate::text::Token>,
    words: HashMap<String, Vec<(usize, usize)>, FixedState>,
}

impl Doc {
    /// The contexts of every word of `text`.
    pub fn of_text(text: &str) -> Doc {
        let toks = tokenize(text);
        let mut words: HashMap<String, Vec<(usize, usize)>, FixedState> = HashMap::default();
        for (i, t) in toks.iter().enumerate() {
            if t.kind != TokenKind::Word || t.key.chars().count() < 2 {
                continue;
            }
            // The key is copied only for a new word.
            if let Some(v) = words.get_mut(t.key.as_str()) {
                v.push((t.start, i));
            } else {
                words.insert(t.key.clone(), vec![(t.start, i)]);
            }
        }
        Doc { toks, words }
    }

    /// `of_text(text)`, kept for the next call on the same thread: extraction tags a document
    /// sentence by sentence, each call with the whole text.
    pub fn cached(text: &str) -> Rc<Doc> {
        thread_local! {
            static LAST: RefCell<Option<(String, Rc<Doc>)>> = const { RefCell::new(None) };
        }
        // Compared by content (a memcmp), not by a byte-at-a-time hash of the whole text on
        // every sentence, which made the check quadratic in the document's length.
        LAST.with(|last| {
            let mut last = last.borrow_mut();
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

    /// How often the word with `key` at byte offset `start` occurs elsewhere, and the distinct
    /// words before and after those other occurrences.
    pub fn others(&self, key: &str, start: usize) -> (usize, Vec<&str>, Vec<&str>) {
        let (mut before, mut after) = (Vec::new(), Vec::new());
        let mut count = 0;
        let key_at = |j: Option<usize>| -> &str {
            j.and_then(|j| self.toks.get(j))
                .map_or("", |t| t.key.as_str())
        };
        for &(s, i) in self.words.get(key).into_iter().flatten() {
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
