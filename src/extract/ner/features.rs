//! Features of a token in its sentence, hashed to 64-bit ids.
//!
//! Templates: the word's matching key and its name key (article dropped), key prefixes and
//! suffixes, the stems of its clitic readings (و ف ب ل ك ال س, enclitics), shape and length, the
//! words ±2 around it and the bigrams with its neighbours, the closed word classes of
//! `ontology/lexicon/words.tsv` (titles, honorifics, group and facility heads, speech verbs, stop
//! words, prepositions, institutions) and triggers of this and the neighbouring words, and
//! knowledge-base membership (a B/I tag with the entry's type, or a demonym) from a longest-match
//! pass over the sentence; what the training names say about the word and its neighbours (see
//! `seen`); the words around its other occurrences in the document (see `doc`); how common the
//! word and its clitic-free base are in large corpora and how often the base takes the article
//! or a suffix (see `freq`). Hashing is FNV-1a, so ids are the same on every machine and run.

use super::doc::Doc;
use super::seen::Seen;
use crate::extract::resources::Resources;
use std::borrow::Cow;
use std::rc::Rc;

use crate::text::arabic::{self, Reading};
use crate::text::{Token, TokenKind};

/// What the lexicons and the KB say about one token.
#[derive(Debug, Clone, Default)]
struct Info {
    classes: Vec<&'static str>,
    gaz: Option<String>,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

pub(super) fn hash(template: &str, value: &str) -> u64 {
    Fnv::new(template).str(value).0
}

/// FNV-1a state fed piece by piece: `Fnv::new(t).str(a).str(b).0 == hash(t, &(a + b))`, so a
/// feature made of several parts is hashed without building its string (the ids, and with them
/// the committed model, stay the same).
#[derive(Clone, Copy)]
pub(super) struct Fnv(pub(super) u64);

impl Fnv {
    /// The state after `template` and its separator; `const`, so the templates below are
    /// hashed at compile time (through `t!`).
    pub(super) const fn new(template: &str) -> Fnv {
        let b = template.as_bytes();
        let mut h = FNV_OFFSET;
        let mut i = 0;
        while i < b.len() {
            h ^= b[i] as u64;
            h = h.wrapping_mul(FNV_PRIME);
            i += 1;
        }
        h ^= 0xff;
        Fnv(h.wrapping_mul(FNV_PRIME))
    }
    fn bytes(mut self, bytes: &[u8]) -> Fnv {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
        self
    }
    pub(super) fn str(self, s: &str) -> Fnv {
        self.bytes(s.as_bytes())
    }
    /// `n` in decimal, as `n.to_string()` writes it.
    fn num(self, mut n: usize) -> Fnv {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.bytes(&buf[i..])
    }
}

/// The 32-bit id a feature is stored under in a model file.
pub fn fold(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

/// Word shape: letters of the Arabic script `a`, Latin upper `X`, lower `x`, digits `d`, other
/// characters as themselves; runs collapsed.
#[cfg(test)]
fn shape(word: &str) -> String {
    let mut out = String::new();
    shape_into(word, &mut out);
    out
}

/// [`shape`] written into `out` (cleared first), which is reused across tokens.
fn shape_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        let s = if crate::text::is_arabic_char(c) {
            'a'
        } else if c.is_ascii_digit() || c.is_numeric() {
            'd'
        } else if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if crate::text::normalize::is_ignorable(c) {
            continue;
        } else {
            c
        };
        if !out.ends_with(s) {
            out.push(s);
        }
    }
}

fn chars_prefix(s: &str, n: usize) -> Option<&str> {
    let (i, _) = s.char_indices().nth(n)?;
    Some(&s[..i])
}

fn chars_suffix(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    let (i, _) = s.char_indices().nth(count - n)?;
    Some(&s[i..])
}

/// A template's hash state, computed at compile time.
macro_rules! t {
    ($template:literal) => {
        const { Fnv::new($template) }
    };
}

/// Marks every token of the sentence with its word classes and KB membership (`readings` are
/// the tokens' clitic readings).
fn infos(tokens: &[Token], readings: &[Rc<[Reading]>], res: &Resources) -> Vec<Info> {
    let n = tokens.len();
    let mut out = vec![Info::default(); n];
    let w = &res.words[0];
    let phrase_classes: [(&'static str, &crate::extract::phrases::PhraseIndex<()>); 4] = [
        ("title", &w.titles),
        ("honorific", &w.honorifics),
        ("facility", &w.facility_heads),
        ("locative", &w.locative),
    ];
    let mut stems: Vec<Cow<str>> = Vec::new();
    for i in 0..n {
        for (name, index) in phrase_classes {
            if let Some(m) = index.matches_at(tokens, i, n, false).into_iter().next() {
                for info in &mut out[i..m.end] {
                    info.classes.push(name);
                }
                if m.end < n {
                    out[m.end].classes.push(match name {
                        "title" => "after-title",
                        "honorific" => "after-honorific",
                        "facility" => "after-facility",
                        _ => "after-locative",
                    });
                }
            }
        }
        let tok = &tokens[i];
        if tok.kind != TokenKind::Word {
            continue;
        }
        let key = tok.key.as_str();
        stems.clear();
        stems.push(Cow::Borrowed(key));
        stems.extend(
            readings[i]
                .iter()
                .filter(|r| r.suffix.is_none() && !r.future)
                .map(|r| {
                    if r.article {
                        Cow::Owned(format!("ال{}", r.stem))
                    } else {
                        Cow::Borrowed(r.stem.as_str())
                    }
                }),
        );
        let sets: [(&'static str, &crate::extract::resources::WordSet); 7] = [
            ("org-head", &w.org_heads),
            ("speech", &w.speech),
            ("stop", &w.stop),
            ("place-noun", &w.place_nouns),
            ("preposition", &w.prepositions),
            ("institution", &w.institutions),
            ("support", &w.support),
        ];
        for (name, set) in sets {
            if stems.iter().any(|s| set.contains(s.as_ref())) {
                out[i].classes.push(name);
            }
        }
        if !res.triggers[0]
            .matches_at(tokens, i, i + 1, true)
            .is_empty()
        {
            out[i].classes.push("trigger");
        }
    }
    // Knowledge-base names, longest match left to right; demonyms where no name matched.
    let mut i = 0;
    while i < n {
        if let Some(m) = res.names.matches_at(tokens, i, n, false).into_iter().next() {
            let kind = res.kb.entries()[m.value.entry].kind.as_str();
            for (j, info) in out[i..m.end].iter_mut().enumerate() {
                info.gaz = Some(format!("{}-{kind}", if j == 0 { 'B' } else { 'I' }));
            }
            i = m.end;
        } else if let Some(m) = res
            .adjectives
            .matches_at(tokens, i, n, false)
            .into_iter()
            .next()
        {
            for info in &mut out[i..m.end] {
                info.gaz = Some("adjective".into());
            }
            i = m.end;
        } else {
            i += 1;
        }
    }
    out
}

/// Feature ids of every token of a sentence (`tokens` is the sentence, `text` what their offsets
/// index). Each id is `hash(template, value)`; values made of parts are fed to the hash part by
/// part rather than built (this runs on every Arabic sentence).
pub fn sentence(
    tokens: &[Token],
    text: &str,
    res: &Resources,
    seen: &Seen,
    doc: &Doc,
) -> Vec<Vec<u64>> {
    let (readings, context) = contextual(tokens, text, res, seen, doc, true);
    let mut after = Vec::new();
    context
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let t = &tokens[i];
            let mut f: Vec<u64> = Vec::with_capacity(64);
            after.clear();
            own(&t.key, t.arabic, &readings[i], &mut f, &mut after);
            f.push(c[0]);
            f.extend_from_slice(&after);
            f.extend_from_slice(&c[1..]);
            f
        })
        .collect()
}

/// The features of a token that depend only on its key and script (`readings` are the key's),
/// in [`sentence`]'s order: those before the shape feature go to `before`, those after it to
/// `after`. The tagger computes them once per word, not once per occurrence.
pub(super) fn own(
    k: &str,
    arabic: bool,
    readings: &[Reading],
    before: &mut Vec<u64>,
    after: &mut Vec<u64>,
) {
    const PREFIX: [Fnv; 4] = [t!("p1"), t!("p2"), t!("p3"), t!("p4")];
    const SUFFIX: [Fnv; 4] = [t!("s1"), t!("s2"), t!("s3"), t!("s4")];
    let mut add = |h: Fnv| before.push(h.0);
    add(t!("b").str(""));
    add(t!("w").str(k));
    let nk = arabic::name_key(k);
    add(t!("nk").str(nk));
    for len in 1..=4 {
        if let Some(p) = chars_prefix(k, len) {
            add(PREFIX[len - 1].str(p));
        }
        if let Some(s) = chars_suffix(k, len) {
            add(SUFFIX[len - 1].str(s));
        }
    }
    // Letter trigrams of the name key: transliterated foreign names (يوكانان، ديديه) share
    // letter patterns that no whole-word feature sees.
    if arabic {
        let mut bounds: Vec<usize> = nk.char_indices().map(|(b, _)| b).collect();
        bounds.push(nk.len());
        // `bounds` has one more entry than the key has letters.
        if bounds.len() > 4 {
            for w in bounds.windows(4) {
                add(t!("c3").str(&nk[w[0]..w[3]]));
            }
        }
    }
    let mut add = |h: Fnv| after.push(h.0);
    add(t!("len").num(k.chars().count().min(12)));
    if arabic {
        let mut stems: Vec<&str> = Vec::new();
        let mut definite = false;
        for r in readings.iter().skip(1).take(8) {
            definite |= r.article && r.suffix.is_none();
            if !stems.contains(&r.stem.as_str()) {
                stems.push(&r.stem);
            }
        }
        for s in &stems {
            add(t!("st").str(s));
        }
        if definite {
            add(t!("def").str(""));
        }
        frequency(k, readings, &mut add);
    }
}

/// What large corpora say about an Arabic word (see `freq`), in bands.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Freq {
    /// log10 of the word's occurrences per billion words (0–8), 9 when unknown.
    word: usize,
    /// The same for its clitic-free base with and without the article; `None` when unknown.
    base: Option<usize>,
    /// Fifths of the base's occurrences that carry the article (0–4).
    article: usize,
    /// log10 of the base's forms with a possessive or plural suffix over the base's, +4
    /// (0–5), 9 when none.
    suffixed: usize,
    /// −log10 of the word's share of its base (0–4), `None` when the word is unknown.
    share: Option<usize>,
}

impl Freq {
    /// Names seldom take the article or a possessive/plural suffix; common nouns do.
    fn of(k: &str, readings: &[Reading]) -> Freq {
        use super::freq::per_billion;
        let with_article = |s: &str| per_billion(&format!("ال{s}"));
        // The base: the clitic-free stem (article dropped) that is commonest with or without it.
        let mut base: Option<(&str, f64)> = None;
        for r in readings.iter().filter(|r| r.suffix.is_none() && !r.future) {
            let s = r.stem.as_str();
            let total = per_billion(s) + with_article(s);
            if base.is_none_or(|(b, t)| total > t || (total == t && s.len() > b.len())) {
                base = Some((s, total));
            }
        }
        let word = per_billion(k);
        let band = |f: f64| {
            if f > 0.0 {
                (f.log10() as i64).clamp(0, 8) as usize
            } else {
                9
            }
        };
        let mut out = Freq {
            word: band(word),
            base: None,
            article: 0,
            suffixed: 9,
            share: None,
        };
        let Some((b, total)) = base.filter(|(_, t)| *t > 0.0) else {
            return out;
        };
        out.base = Some(band(total));
        out.article = ((5.0 * with_article(b) / total) as usize).min(4);
        // ة is written ت before a suffix.
        let stem = match b.strip_suffix('ه') {
            Some(s) => format!("{s}ت"),
            None => b.to_string(),
        };
        let suffixed: f64 = ["ه", "ها", "هم", "هما", "نا", "ي", "ات", "ين", "ون"]
            .iter()
            .map(|x| per_billion(&format!("{stem}{x}")))
            .sum();
        if suffixed > 0.0 {
            out.suffixed = ((suffixed / total).log10().round() as i64 + 4).clamp(0, 5) as usize;
        }
        if word > 0.0 {
            out.share = Some((-(word / total).log10().round() as i64).clamp(0, 4) as usize);
        }
        out
    }
}

fn frequency(k: &str, readings: &[Reading], add: &mut impl FnMut(Fnv)) {
    let f = Freq::of(k, readings);
    add(t!("fz").num(f.word));
    let Some(base) = f.base else {
        add(t!("fb").str("none"));
        return;
    };
    add(t!("fb").num(base));
    add(t!("fa").num(f.article));
    add(t!("fs").num(f.suffixed));
    add(t!("fa|fs").num(f.article).str("|").num(f.suffixed));
    if let Some(share) = f.share {
        add(t!("fd").num(share));
    }
}

/// Offsets of the neighbours the [`as_neighbour`] features of a token come from, in their order.
pub(super) const NEIGHBOURS: [isize; 10] = [-1, -2, 1, 2, -1, 1, -1, 1, 1, -1];

/// The features that a word with key `k` gives the token [`NEIGHBOURS`]`[x]` away from it
/// (`None` where the template does not apply to it; `<s>` and `</s>` stand outside the
/// sentence, as Latin words). [`contextual`] adds them where its comments say; the tagger
/// computes them once per word.
pub(super) fn as_neighbour(k: &str, arabic: bool, readings: &[Reading]) -> [Option<u64>; 10] {
    let st = readings.get(1).filter(|_| arabic).map(|r| r.stem.as_str());
    let s2 = chars_suffix(k, 2);
    let nk = arabic::name_key(k);
    [
        Some(t!("w-1").str(k).0),
        Some(t!("w-2").str(k).0),
        Some(t!("w+1").str(k).0),
        Some(t!("w+2").str(k).0),
        Some(t!("nk-1").str(nk).0),
        Some(t!("nk+1").str(nk).0),
        st.map(|s| t!("st-1").str(s).0),
        st.map(|s| t!("st+1").str(s).0),
        s2.map(|s| t!("s2+1").str(s).0),
        s2.map(|s| t!("s2-1").str(s).0),
    ]
}

/// Per token of a sentence, the shape feature and then every feature after [`own`]'s, with the
/// tokens' clitic readings. Without `neighbours`, the [`as_neighbour`] features are left out:
/// what is left is the shape, `w-1w`, `w-1w+1`, `ww+1`, and the rest in order.
#[allow(clippy::type_complexity)]
pub(super) fn contextual(
    tokens: &[Token],
    text: &str,
    res: &Resources,
    seen: &Seen,
    doc: &Doc,
    neighbours: bool,
) -> (Vec<Rc<[Reading]>>, Vec<Vec<u64>>) {
    let n = tokens.len();
    // Every use below reads the same readings of the same key: look each token up once.
    let readings: Vec<Rc<[Reading]>> = tokens.iter().map(arabic::readings_of).collect();
    let info = infos(tokens, &readings, res);
    let key = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else if j as usize >= n {
            "</s>"
        } else {
            tokens[j as usize].key.as_str()
        }
    };
    // `classes.join("+")`, or "-" for none and outside the sentence.
    let class = |h: Fnv, j: isize| -> Fnv {
        if j < 0 || j as usize >= n || info[j as usize].classes.is_empty() {
            return h.str("-");
        }
        let mut h = h;
        for (x, c) in info[j as usize].classes.iter().enumerate() {
            if x > 0 {
                h = h.str("+");
            }
            h = h.str(c);
        }
        h
    };
    let gaz = |j: isize| -> &str {
        if j < 0 || j as usize >= n {
            return "-";
        }
        info[j as usize].gaz.as_deref().unwrap_or("-")
    };
    // What training said about the word, or else about the first of its clitic readings' stems
    // it said anything about (وللبنك → البنك).
    let seen_word = t!("seen-word");
    let sn: Vec<Option<[u16; 2]>> = tokens
        .iter()
        .zip(&readings)
        .map(|(t, rs)| {
            seen.get(&t.key).or_else(|| {
                rs.iter().skip(1).find_map(|r| {
                    let h = if r.article {
                        seen_word.str("ال")
                    } else {
                        seen_word
                    };
                    seen.get_id(fold(h.str(&r.stem).0))
                })
            })
        })
        .collect();
    let seen_type = |h: Fnv, j: isize| -> Fnv {
        if j < 0 || j as usize >= n {
            return h.str("<>");
        }
        match sn[j as usize] {
            None => h.str("-"),
            Some(c) => h.num(usize::from(c[0])),
        }
    };
    let mut out = Vec::with_capacity(n);
    let mut sh = String::new();
    for i in 0..n {
        let t = &tokens[i];
        let k = t.key.as_str();
        let ii = i as isize;
        let mut f: Vec<u64> = Vec::with_capacity(48);
        let mut add = |h: Fnv| f.push(h.0);
        shape_into(t.text(text), &mut sh);
        add(t!("sh").str(&sh));
        // [`as_neighbour`] 0..6
        if neighbours {
            add(t!("w-1").str(key(ii - 1)));
            add(t!("w-2").str(key(ii - 2)));
            add(t!("w+1").str(key(ii + 1)));
            add(t!("w+2").str(key(ii + 2)));
            add(t!("nk-1").str(arabic::name_key(key(ii - 1))));
            add(t!("nk+1").str(arabic::name_key(key(ii + 1))));
        }
        add(t!("w-1w").str(key(ii - 1)).str("|").str(k));
        add(t!("w-1w+1").str(key(ii - 1)).str("|").str(key(ii + 1)));
        // [`as_neighbour`] 6..8
        if neighbours {
            for (template, j) in [(t!("st-1"), ii - 1), (t!("st+1"), ii + 1)] {
                if j >= 0 && (j as usize) < n && tokens[j as usize].arabic {
                    if let Some(r) = readings[j as usize].get(1) {
                        add(template.str(&r.stem));
                    }
                }
            }
        }
        add(t!("ww+1").str(k).str("|").str(key(ii + 1)));
        // [`as_neighbour`] 8..10
        if neighbours {
            if let Some(s) = chars_suffix(key(ii + 1), 2) {
                add(t!("s2+1").str(s));
            }
            if let Some(s) = chars_suffix(key(ii - 1), 2) {
                add(t!("s2-1").str(s));
            }
        }
        add(class(t!("c"), ii));
        add(class(t!("c-1"), ii - 1));
        add(class(t!("c-2"), ii - 2));
        add(class(t!("c+1"), ii + 1));
        add(t!("g").str(gaz(ii)));
        add(t!("g-1").str(gaz(ii - 1)));
        add(t!("g+1").str(gaz(ii + 1)));
        add(class(t!("g|c-1").str(gaz(ii)).str("|"), ii - 1));
        add(class(t!("sh|c-1").str(&sh).str("|"), ii - 1));
        // Only words seen in names get the first two: a constant "not seen" feature would act
        // as a second bias.
        if let Some(c) = sn[i] {
            add(t!("sn")
                .num(usize::from(c[0]))
                .str("|")
                .num(usize::from(c[1])));
            add(t!("sn0").num(usize::from(c[0])));
        }
        add(seen_type(t!("sn-1"), ii - 1));
        add(seen_type(t!("sn+1"), ii + 1));
        // The words around the word's other occurrences in the document.
        let (count, before, after) = doc.others(k, t.start);
        if count > 0 {
            add(t!("dn").num(count.min(4)));
            for b in before {
                add(t!("d-1").str(b));
            }
            for a in after {
                add(t!("d+1").str(a));
            }
        }
        out.push(f);
    }
    (readings, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Kata'ib"), "Xx");
        assert_eq!(shape("بغداد"), "a");
        assert_eq!(shape("2002"), "d");
        assert_eq!(shape("U.S."), "X.X.");
    }

    #[test]
    fn affixes_count_chars() {
        assert_eq!(chars_prefix("بغداد", 2), Some("بغ"));
        assert_eq!(chars_suffix("بغداد", 2), Some("اد"));
        assert_eq!(chars_suffix("اب", 2), None);
    }

    #[test]
    fn hashing_is_stable() {
        // FNV-1a of a fixed input: the model file depends on these ids never changing.
        assert_eq!(hash("w", "x"), 0x6031_eb19_49c6_de09);
        assert_ne!(hash("w", "x"), hash("w-1", "x"));
        assert_eq!(fold(0x0000_0001_0000_0002), 3);
    }

    #[test]
    fn hashing_by_parts_is_hashing_the_joined_string() {
        let parts = Fnv::new("w-1w").str("قال").str("|").str("زيد").0;
        assert_eq!(parts, hash("w-1w", "قال|زيد"));
        assert_eq!(t!("w-1w").0, Fnv::new("w-1w").0);
        for n in [0, 7, 12, 65535, usize::MAX] {
            assert_eq!(Fnv::new("sn").num(n).0, hash("sn", &n.to_string()));
        }
    }
}
