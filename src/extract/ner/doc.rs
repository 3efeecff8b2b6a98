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

/// Per word key: where it occurs (byte offset) and the keys of the words before and after it.
#[derive(Debug, Default)]
pub struct Doc {
    words: HashMap<String, Vec<(usize, String, String)>, FixedState>,
}

impl Doc {
    /// The contexts of every word of `text`.
    pub fn of_text(text: &str) -> Doc {
        let toks = tokenize(text);
        let mut words: HashMap<String, Vec<(usize, String, String)>, FixedState> =
            HashMap::default();
        let key = |j: Option<usize>| -> String {
            j.and_then(|j| toks.get(j))
                .map_or_else(String::new, |t| t.key.clone())
        };
        for (i, t) in toks.iter().enumerate() {
            if t.kind != TokenKind::Word || t.key.chars().count() < 2 {
                continue;
            }
            words.entry(t.key.clone()).or_default().push((
                t.start,
                key(i.checked_sub(1)),
                key(Some(i + 1)),
            ));
        }
        Doc { words }
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
        for (s, b, a) in self.words.get(key).into_iter().flatten() {
            if *s == start {
                continue;
            }
            count += 1;
            if before.len() < MAX_CONTEXTS && !before.contains(&b.as_str()) {
                before.push(b.as_str());
            }
            if after.len() < MAX_CONTEXTS && !after.contains(&a.as_str()) {
                after.push(a.as_str());
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
