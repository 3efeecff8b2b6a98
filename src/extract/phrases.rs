//! Multi-word phrase lookup over tokens, with Arabic clitics on the first word.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use crate::text::arabic::{self, Reading};
use crate::text::intern::{self, Ids};
use crate::text::tokens::{tokenize, StartMemo};
use crate::text::{normalize, Token};

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

/// The phrases that go on with the words read so far: a trie of word keys, so a match reads each
/// token once instead of comparing it with every phrase that shares the first word.
#[derive(Debug, Clone)]
struct Node<V> {
    /// Phrases that end here, in insertion order.
    here: Vec<V>,
    next: HashMap<String, Node<V>, foldhash::fast::FixedState>,
}

impl<V> Default for Node<V> {
    fn default() -> Self {
        Node {
            here: Vec::new(),
            next: HashMap::default(),
        }
    }
}

/// Phrases indexed by the key of their first word.
#[derive(Debug, Clone)]
pub struct PhraseIndex<V> {
    by_first: HashMap<String, Node<V>, foldhash::fast::FixedState>,
    /// Compare words with the Arabic article dropped (names) or exactly (lexicon).
    drop_article: bool,
    /// Identity of this content for [`MAY_START`] (new on every insert), and this index's bit
    /// there if it is memoised.
    id: u64,
    memo: Option<u32>,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);
static NEXT_SLOT: AtomicU64 = AtomicU64::new(0);

/// Which index each memo slot belongs to now.
static OWNERS: [AtomicU64; 64] = [const { AtomicU64::new(0) }; 64];
/// Bumped whenever a slot changes hands (or its index's content), so the bits tokens keep
/// ([`Token::starts`]) from before are void.
static EPOCH: AtomicU32 = AtomicU32::new(1);

fn claim(slot: u32, id: u64) {
    OWNERS[slot as usize].store(id, Ordering::SeqCst);
    EPOCH.fetch_add(1, Ordering::SeqCst);
}

/// Per word, one bit per memoised index: is it known, and can a phrase start there.
struct Memo {
    /// Id of the index that owns each bit.
    owners: [u64; 64],
    /// By token id ([`intern`]), for Arabic and for other words (a memo answer depends on both).
    arabic: Ids<(u64, u64)>,
    other: Ids<(u64, u64)>,
    /// By key, for tokens without an id.
    words: HashMap<(String, bool), (u64, u64), foldhash::fast::FixedState>,
}

impl Default for Memo {
    fn default() -> Self {
        Memo {
            owners: [0; 64],
            arabic: Ids::default(),
            other: Ids::default(),
            words: HashMap::default(),
        }
    }
}

thread_local! {
    /// Per word: can a phrase of a memoised index start at it, under any of its readings? Most
    /// words start none, and answering that from the key and its readings costs a lookup per
    /// reading each time the matchers ask (dozens of times per word). One entry per word for all
    /// the indexes, so the asks about one word hit one entry; found by the token's id, so an ask
    /// costs no hashing. Bounded: ids come in blocks, and a new block replaces the entries.
    static MAY_START: RefCell<Memo> = RefCell::default();
}

impl<V> PhraseIndex<V> {
    pub fn new(drop_article: bool) -> Self {
        PhraseIndex {
            by_first: HashMap::default(),
            drop_article,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            memo: None,
        }
    }

    /// Remember, per thread, the Arabic words no phrase starts with (for the long-lived
    /// indexes of [`crate::extract::Resources`]; a per-document index would only fill the memo).
    pub(crate) fn memoize(&mut self) {
        let slot = (NEXT_SLOT.fetch_add(1, Ordering::Relaxed) % 64) as u32;
        claim(slot, self.id);
        self.memo = Some(slot);
    }

    /// [`Self::may_start`], remembered on the token itself for the rest of its document: the
    /// matchers ask about the same token dozens of times.
    fn may_start_token(&self, slot: u32, tok: &Token) -> bool {
        let epoch = EPOCH.load(Ordering::SeqCst);
        if OWNERS[slot as usize].load(Ordering::SeqCst) != self.id {
            // Another index took the slot since: answer without the token's bits.
            return self.may_start(slot, tok);
        }
        let bit = 1u64 << slot;
        let mut m = tok.starts.get();
        if m.epoch != epoch {
            m = StartMemo {
                epoch,
                known: 0,
                hit: 0,
            };
        }
        if m.known & bit != 0 {
            return m.hit & bit != 0;
        }
        let b = if tok.arabic {
            self.may_start(slot, tok)
        } else {
            self.starts_at(tok)
        };
        m.known |= bit;
        if b {
            m.hit |= bit;
        }
        tok.starts.set(m);
        b
    }

    /// False when no phrase can start at `tok` (exact: every first-word key
    /// [`Self::matches_at`] could look up is tried).
    fn may_start(&self, slot: u32, tok: &Token) -> bool {
        MAY_START.with(|m| {
            let mut m = m.borrow_mut();
            let bit = 1u64 << slot;
            if m.owners[slot as usize] != self.id {
                // Another index had this bit: forget every answer (the other bits are recomputed).
                m.arabic.clear();
                m.other.clear();
                m.words.clear();
                m.owners[slot as usize] = self.id;
            }
            let by_id = if tok.arabic { &m.arabic } else { &m.other };
            let known = match by_id.get(tok.id) {
                Some(e) => Some(*e),
                None if tok.id == intern::NONE => {
                    m.words.get(&(tok.key.clone(), tok.arabic)).copied()
                }
                None => None,
            };
            if let Some((known, hit)) = known {
                if known & bit != 0 {
                    return hit & bit != 0;
                }
            }
            let b = self.starts_at(tok);
            let hit = if b { bit } else { 0 };
            let by_id = if tok.arabic {
                &mut m.arabic
            } else {
                &mut m.other
            };
            if let Some(e) = by_id.slot(tok.id) {
                e.0 |= bit;
                e.1 |= hit;
            } else {
                if m.words.len() >= 200_000 {
                    m.words.clear();
                }
                let e = m.words.entry((tok.key.clone(), tok.arabic)).or_default();
                e.0 |= bit;
                e.1 |= hit;
            }
            b
        })
    }

    /// Whether some phrase's first word is `tok`'s key, or (Arabic) one of its readings' stems.
    fn starts_at(&self, tok: &Token) -> bool {
        let key = tok.key.as_str();
        self.by_first.contains_key(self.norm(key))
            || (tok.arabic
                && arabic::readings_of(tok).iter().any(|r| {
                    if r.prefix_chars == 0 && r.suffix.is_none() && !r.article {
                        return false;
                    }
                    if self.drop_article || !r.article {
                        self.by_first.contains_key(self.norm(&r.stem))
                    } else {
                        self.by_first.contains_key(format!("ال{}", r.stem).as_str())
                    }
                }))
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
        self.id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        if let Some(slot) = self.memo {
            claim(slot, self.id);
        }
        let mut node = self.by_first.entry(first.clone()).or_default();
        for k in rest {
            node = node.next.entry(k.clone()).or_default();
        }
        node.here.push(value);
    }

    /// Adds a one-word phrase keyed by `key` as it is (not tokenized): for the word filters of
    /// [`crate::extract::resources::Words`], read only by [`Self::may_start_at`].
    pub(crate) fn insert_key(&mut self, key: &str, value: V) {
        self.id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        if let Some(slot) = self.memo {
            claim(slot, self.id);
        }
        self.by_first
            .entry(key.to_string())
            .or_default()
            .here
            .push(value);
    }

    /// Whether a phrase may start at `tok`: its key, or (Arabic) the stem of a reading with a
    /// clitic, article included, is a first word. False means no first word is in reach of `tok`
    /// under any reading; memoised like [`Self::matches_at`].
    pub(crate) fn may_start_at(&self, tok: &Token) -> bool {
        match self.memo {
            Some(slot) => self.may_start_token(slot, tok),
            None => self.starts_at(tok),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Every phrase starting at token `i`, longest first. `suffixes` allows an enclitic pronoun
    /// on the first word (زيارته), `limit` is the end of the token range to search.
    #[inline]
    pub fn matches_at<'v>(
        &'v self,
        tokens: &[Token],
        i: usize,
        limit: usize,
        suffixes: bool,
    ) -> Vec<PhraseMatch<'v, V>> {
        // Most asks are about a word the token already knows starts nothing here: answered
        // inline, without the call.
        if tokens
            .get(i)
            .is_some_and(|tok| i < limit && self.known_to_start_nothing(tok))
        {
            return Vec::new();
        }
        self.find_at(tokens, i, limit, suffixes)
    }

    /// Punctuation, or a token whose bit for this index says no phrase starts at it: exactly
    /// the cases in which [`Self::find_at`] returns at once, having learnt nothing new.
    #[inline]
    fn known_to_start_nothing(&self, tok: &Token) -> bool {
        if tok.kind == crate::text::TokenKind::Punct {
            return true;
        }
        let Some(slot) = self.memo else {
            return false;
        };
        let bit = 1u64 << slot;
        let m = tok.starts.get();
        m.known & bit != 0
            && m.hit & bit == 0
            && m.epoch == EPOCH.load(Ordering::SeqCst)
            && OWNERS[slot as usize].load(Ordering::SeqCst) == self.id
    }

    #[inline(never)]
    fn find_at<'v>(
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
        if tok.kind == crate::text::TokenKind::Punct || self.by_first.is_empty() {
            return out;
        }
        if let Some(slot) = self.memo {
            if !self.may_start_token(slot, tok) {
                return out;
            }
        }
        // First-word keys are looked up without allocating; only a hit clones its reading.
        let mut seen_first = Seen::default();
        self.collect(
            tokens,
            i,
            limit,
            self.norm(&tok.key),
            None,
            &mut seen_first,
            &mut out,
        );
        if tok.arabic {
            let readings = arabic::readings_of(tok);
            let mut buf = String::new();
            for r in readings.iter() {
                if r.suffix.is_some() && !suffixes {
                    continue;
                }
                if r.prefix_chars == 0 && r.suffix.is_none() && !r.article {
                    continue;
                }
                let stem = if self.drop_article || !r.article {
                    self.norm(&r.stem)
                } else {
                    buf.clear();
                    buf.push_str("ال");
                    buf.push_str(&r.stem);
                    buf.as_str()
                };
                self.collect(tokens, i, limit, stem, Some(r), &mut seen_first, &mut out);
            }
        }
        out.sort_by_key(|m| std::cmp::Reverse(m.end));
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn collect<'v, 'k>(
        &'v self,
        tokens: &[Token],
        i: usize,
        limit: usize,
        first: &str,
        reading: Option<&Reading>,
        seen_first: &mut Seen<'k>,
        out: &mut Vec<PhraseMatch<'v, V>>,
    ) where
        'v: 'k,
    {
        if seen_first.contains(first) {
            return;
        }
        let Some((key, mut node)) = self.by_first.get_key_value(first) else {
            return;
        };
        seen_first.push(key.as_str());
        // Each word is found at the first non-soft token after the previous one, so a phrase's
        // end grows with its length: phrases of one node share their end, and they come out in
        // insertion order as before (callers sort by end, stably).
        let mut j = i + 1;
        loop {
            for value in &node.here {
                out.push(PhraseMatch {
                    start: i,
                    end: j,
                    reading: reading.cloned(),
                    value,
                });
            }
            if node.next.is_empty() {
                return;
            }
            while j < limit && is_soft(&tokens[j]) {
                j += 1;
            }
            if j >= limit || tokens[j].kind == crate::text::TokenKind::Punct {
                return;
            }
            match node.next.get(self.norm(&tokens[j].key)) {
                Some(n) => node = n,
                None => return,
            }
            j += 1;
        }
    }
}

/// The first-word keys one [`PhraseIndex::matches_at`] call has looked up: a few, so kept on the
/// stack (a `Vec` cost an allocation per call on words that start a phrase).
#[derive(Default)]
struct Seen<'k> {
    few: [&'k str; 8],
    n: usize,
    more: Vec<&'k str>,
}

impl<'k> Seen<'k> {
    fn contains(&self, key: &str) -> bool {
        self.few[..self.n].contains(&key) || self.more.contains(&key)
    }

    fn push(&mut self, key: &'k str) {
        if self.n < self.few.len() {
            self.few[self.n] = key;
            self.n += 1;
        } else {
            self.more.push(key);
        }
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
