//! Label consistency: a name the tagger finds in one sentence of a document is a name wherever
//! the document repeats it. A club or a player tagged after «نادي» or «اللاعب» is often missed
//! where the article later names it bare, or with a clitic (وللأهلي after الأهلي).
//!
//! Every sentence of the document (as `text::analyze` splits it) is tagged once per document
//! and the names found are kept by their words' keys; they are then looked for in the sentence
//! being tagged: a run of words tagged `O`, or a run that holds only whole names and some `O`
//! (a longer form of a name: «طلعت زكريا» where «زكريا» was tagged), takes the name's commonest
//! type. Names tagged with a confidence under [`MIN_SOURCE`] are not carried over.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use foldhash::fast::FixedState;

use super::doc::Doc;
use super::{Span, Tagger};
use crate::extract::resources::Resources;
use crate::text::{analyze, arabic, Analysis, Token};

/// Longest name, in words, that is looked for.
const MAX_WORDS: usize = 6;

/// Names less sure than this are not carried over.
const MIN_SOURCE: f32 = 0.5;

/// A name's occurrences per type and its best confidence.
type Kinds = (Vec<(String, usize)>, f32);

/// Per name (words' keys): occurrences per type (in first-seen order) and the best confidence;
/// and per sentence of the document (offset of its first token, token count) its names.
#[derive(Debug, Default)]
pub struct Names {
    names: HashMap<Vec<String>, Kinds, FixedState>,
    /// The first words of `names`: most runs of a sentence start with none of them.
    firsts: std::collections::HashSet<String, FixedState>,
    sentences: HashMap<(usize, usize), Vec<Span>, FixedState>,
}

impl Names {
    fn add(&mut self, words: Vec<String>, kind: &str, confidence: f32) {
        if confidence < MIN_SOURCE {
            return;
        }
        self.firsts.insert(words[0].clone());
        let (kinds, best) = self.names.entry(words).or_default();
        match kinds.iter_mut().find(|(k, _)| k == kind) {
            Some((_, n)) => *n += 1,
            None => kinds.push((kind.to_string(), 1)),
        }
        *best = best.max(confidence);
    }

    /// The commonest type of the name with these words (the first seen among equals), and its
    /// best confidence.
    fn get(&self, words: &[String]) -> Option<(&str, f32)> {
        let (kinds, best) = self.names.get(words)?;
        let mut top: Option<&(String, usize)> = None;
        for k in kinds {
            if top.is_none_or(|t| k.1 > t.1) {
                top = Some(k);
            }
        }
        top.map(|(k, _)| (k.as_str(), *best))
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The names of the document's sentence made of `tokens`, if it is one (same first token
    /// and length): extraction tags the sentences `names` already tagged.
    pub fn of_sentence(&self, tokens: &[Token]) -> Option<&[Span]> {
        let first = tokens.first()?;
        self.sentences
            .get(&(first.start, tokens.len()))
            .map(Vec::as_slice)
    }
}

thread_local! {
    /// The last document's names (extraction tags a document sentence by sentence).
    static LAST: RefCell<Option<(u64, String, Rc<Names>)>> = const { RefCell::new(None) };
}

/// The names the tagger finds in the sentences of `text`.
pub fn names(tagger: &Tagger, text: &str, res: &Resources) -> Rc<Names> {
    let id = tagger.id();
    if let Some(n) = LAST.with(|l| match &*l.borrow() {
        Some((i, t, n)) if *i == id && t == text => Some(n.clone()),
        _ => None,
    }) {
        return n;
    }
    let a = analyze(text);
    tag_document(tagger, text, &a, res)
}

/// Lets [`names`] read the extractor's analysis of the document instead of analysing it again
/// (the same text gives the same tokens and sentences).
pub(crate) fn prime(tagger: &Tagger, a: &Analysis, res: &Resources) {
    let id = tagger.id();
    let known = LAST.with(|l| matches!(&*l.borrow(), Some((i, t, _)) if *i == id && t == a.text));
    if !known {
        tag_document(tagger, a.text, a, res);
    }
}

fn tag_document(tagger: &Tagger, text: &str, a: &Analysis, res: &Resources) -> Rc<Names> {
    let id = tagger.id();
    let doc = Doc::cached(text);
    let mut names = Names::default();
    for s in &a.sentences {
        let tokens = &a.tokens[s.tokens.clone()];
        let Some(first) = tokens.first() else {
            continue;
        };
        let spans = tagger.spans_in(tokens, text, res, &doc);
        for sp in &spans {
            let words = tokens[sp.start..sp.end]
                .iter()
                .map(|t| t.key.clone())
                .collect();
            names.add(words, &sp.kind, sp.confidence);
        }
        names.sentences.insert((first.start, tokens.len()), spans);
    }
    let names = Rc::new(names);
    LAST.with(|l| *l.borrow_mut() = Some((id, text.to_string(), names.clone())));
    names
}

/// The keys a token's word may stand for (itself, and without its conjunction or preposition:
/// وللأهلي → الأهلي, بسلتيك → سلتيك) that begin some name; nothing is allocated for the (most)
/// words that begin none.
fn first_variants(tok: &Token, names: &Names) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if names.firsts.contains(tok.key.as_str()) {
        out.push(tok.key.clone());
    }
    let mut buf = String::new();
    for r in arabic::readings_of(tok).iter() {
        if r.prefix_chars == 0 || r.suffix.is_some() || r.future {
            continue;
        }
        let v = if r.article {
            buf.clear();
            buf.push_str("ال");
            buf.push_str(&r.stem);
            buf.as_str()
        } else {
            r.stem.as_str()
        };
        if names.firsts.contains(v) && !out.iter().any(|o| o == v) {
            out.push(v.to_string());
        }
    }
    out
}

/// `tags` (BIO strings of `tokens`) with the document's names carried over; per token, the
/// confidence of the name it was given (`None` where the tagger's own tag stays).
pub fn apply(tokens: &[Token], tags: &mut [String], names: &Names) -> Vec<Option<f32>> {
    let n = tokens.len();
    let mut given = vec![None; n];
    if names.is_empty() {
        return given;
    }
    // Per token, the keys its word may stand for that begin some name.
    let firsts: Vec<Vec<String>> = tokens.iter().map(|t| first_variants(t, names)).collect();
    for len in (1..=MAX_WORDS.min(n)).rev() {
        for a in 0..=n - len {
            if firsts[a].is_empty() {
                continue;
            }
            let span = &tags[a..a + len];
            let all_o = span.iter().all(|t| t == "O");
            // A longer form may swallow whole names, never cut one.
            let whole = !span[0].starts_with("I-")
                && tags.get(a + len).is_none_or(|t| !t.starts_with("I-"))
                && span.iter().any(|t| t == "O");
            if !(all_o || whole) {
                continue;
            }
            let hit = firsts[a].iter().find_map(|first| {
                let mut words = Vec::with_capacity(len);
                words.push(first.clone());
                words.extend(tokens[a + 1..a + len].iter().map(|t| t.key.clone()));
                names.get(&words).map(|(k, c)| (k.to_string(), c))
            });
            let Some((kind, conf)) = hit else { continue };
            for (j, t) in tags[a..a + len].iter_mut().enumerate() {
                *t = format!("{}-{kind}", if j == 0 { 'B' } else { 'I' });
                given[a + j] = Some(conf);
            }
        }
    }
    given
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Token> {
        crate::text::tokens::tokenize(text)
    }

    #[test]
    fn names_carry_over_with_clitics_and_longer_forms() {
        let mut names = Names::default();
        names.add(vec!["الاهلي".into()], "ORG", 0.9);
        names.add(vec!["طلعت".into(), "زكريا".into()], "PERS", 0.7);
        names.add(vec!["الاهلي".into()], "LOC", 0.6);
        names.add(vec!["الاهلي".into()], "ORG", 0.5);
        let t = toks("وفاز وللأهلي على طلعت زكريا");
        let mut tags: Vec<String> = ["O", "O", "O", "O", "B-PERS"].map(String::from).to_vec();
        let given = apply(&t, &mut tags, &names);
        assert_eq!(tags, ["O", "B-ORG", "O", "B-PERS", "I-PERS"]);
        assert_eq!(given[1], Some(0.9));
        assert_eq!(given[0], None);
    }

    #[test]
    fn a_name_is_never_cut() {
        let mut names = Names::default();
        names.add(vec!["زكريا".into()], "PERS", 0.9);
        let t = toks("طلعت زكريا قال");
        let mut tags: Vec<String> = ["B-ORG", "I-ORG", "O"].map(String::from).to_vec();
        apply(&t, &mut tags, &names);
        assert_eq!(tags, ["B-ORG", "I-ORG", "O"]);
    }
}
