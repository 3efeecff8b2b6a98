//! Features of a token in its sentence, hashed to 64-bit ids.
//!
//! Templates: the word's matching key and its name key (article dropped), key prefixes and
//! suffixes, the stems of its clitic readings (و ف ب ل ك ال س, enclitics), shape and length, the
//! words ±2 around it and the bigrams with its neighbours, the closed word classes of
//! `ontology/lexicon/words.tsv` (titles, honorifics, group and facility heads, speech verbs, stop
//! words, prepositions, institutions) and triggers of this and the neighbouring words, and
//! knowledge-base membership (a B/I tag with the entry's type, or a demonym) from a longest-match
//! pass over the sentence; what the training names say about the word and its neighbours (see
//! `seen`); the words around its other occurrences in the document (see `doc`). Hashing is FNV-1a, so ids are the same on every machine and run.

use super::doc::Doc;
use super::seen::Seen;
use crate::extract::resources::Resources;
use crate::text::arabic;
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
    let mut h = FNV_OFFSET;
    for b in template.bytes().chain([0xff]).chain(value.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The 32-bit id a feature is stored under in a model file.
pub fn fold(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

/// Word shape: letters of the Arabic script `a`, Latin upper `X`, lower `x`, digits `d`, other
/// characters as themselves; runs collapsed.
fn shape(word: &str) -> String {
    let mut out = String::new();
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
    out
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

/// Marks every token of the sentence with its word classes and KB membership.
fn infos(tokens: &[Token], res: &Resources) -> Vec<Info> {
    let n = tokens.len();
    let mut out = vec![Info::default(); n];
    let w = &res.words[0];
    let phrase_classes: [(&'static str, &crate::extract::phrases::PhraseIndex<()>); 4] = [
        ("title", &w.titles),
        ("honorific", &w.honorifics),
        ("facility", &w.facility_heads),
        ("locative", &w.locative),
    ];
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
        let stems: Vec<String> = std::iter::once(key.to_string())
            .chain(
                arabic::readings(key)
                    .into_iter()
                    .filter(|r| r.suffix.is_none() && !r.future)
                    .map(|r| {
                        if r.article {
                            format!("ال{}", r.stem)
                        } else {
                            r.stem
                        }
                    }),
            )
            .collect();
        let sets: [(&'static str, &std::collections::HashSet<String>); 7] = [
            ("org-head", &w.org_heads),
            ("speech", &w.speech),
            ("stop", &w.stop),
            ("place-noun", &w.place_nouns),
            ("preposition", &w.prepositions),
            ("institution", &w.institutions),
            ("support", &w.support),
        ];
        for (name, set) in sets {
            if stems.iter().any(|s| set.contains(s)) {
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
/// index).
pub fn sentence(
    tokens: &[Token],
    text: &str,
    res: &Resources,
    seen: &Seen,
    doc: &Doc,
) -> Vec<Vec<u64>> {
    let n = tokens.len();
    let info = infos(tokens, res);
    let key = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else if j as usize >= n {
            "</s>"
        } else {
            tokens[j as usize].key.as_str()
        }
    };
    let class = |j: isize| -> String {
        if j < 0 || j as usize >= n {
            return "-".into();
        }
        let c = &info[j as usize].classes;
        if c.is_empty() {
            "-".into()
        } else {
            c.join("+")
        }
    };
    let gaz = |j: isize| -> &str {
        if j < 0 || j as usize >= n {
            return "-";
        }
        info[j as usize].gaz.as_deref().unwrap_or("-")
    };
    // What training said about the word, or else about the first of its clitic readings' stems
    // it said anything about (وللبنك → البنك).
    let sn: Vec<Option<[u16; 2]>> = tokens
        .iter()
        .map(|t| {
            seen.get(&t.key).or_else(|| {
                arabic::readings(&t.key).into_iter().skip(1).find_map(|r| {
                    let stem = if r.article {
                        format!("ال{}", r.stem)
                    } else {
                        r.stem
                    };
                    seen.get(&stem)
                })
            })
        })
        .collect();
    let seen_type = |j: isize| -> String {
        if j < 0 || j as usize >= n {
            return "<>".into();
        }
        sn[j as usize].map_or("-".into(), |c| c[0].to_string())
    };
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let t = &tokens[i];
        let k = t.key.as_str();
        let ii = i as isize;
        let mut f: Vec<u64> = Vec::with_capacity(48);
        let mut add = |template: &str, value: &str| f.push(hash(template, value));
        add("b", "");
        add("w", k);
        add("nk", arabic::name_key(k));
        for len in 1..=4 {
            if let Some(p) = chars_prefix(k, len) {
                add(["p1", "p2", "p3", "p4"][len - 1], p);
            }
            if let Some(s) = chars_suffix(k, len) {
                add(["s1", "s2", "s3", "s4"][len - 1], s);
            }
        }
        // Letter trigrams of the name key: transliterated foreign names (يوكانان، ديديه) share
        // letter patterns that no whole-word feature sees.
        let letters: Vec<char> = arabic::name_key(k).chars().collect();
        if t.arabic && letters.len() >= 4 {
            for w in letters.windows(3) {
                add("c3", &w.iter().collect::<String>());
            }
        }
        let sh = shape(t.text(text));
        add("sh", &sh);
        add("len", &k.chars().count().min(12).to_string());
        if t.arabic {
            let mut stems: Vec<String> = Vec::new();
            let mut definite = false;
            for r in arabic::readings(k).into_iter().skip(1).take(8) {
                definite |= r.article && r.suffix.is_none();
                if !stems.contains(&r.stem) {
                    stems.push(r.stem);
                }
            }
            for s in &stems {
                add("st", s);
            }
            if definite {
                add("def", "");
            }
        }
        add("w-1", key(ii - 1));
        add("w-2", key(ii - 2));
        add("w+1", key(ii + 1));
        add("w+2", key(ii + 2));
        add("nk-1", arabic::name_key(key(ii - 1)));
        add("nk+1", arabic::name_key(key(ii + 1)));
        add("w-1w", &format!("{}|{k}", key(ii - 1)));
        add("w-1w+1", &format!("{}|{}", key(ii - 1), key(ii + 1)));
        for (template, j) in [("st-1", ii - 1), ("st+1", ii + 1)] {
            if j >= 0 && (j as usize) < n && tokens[j as usize].arabic {
                if let Some(r) = arabic::readings(key(j)).into_iter().nth(1) {
                    add(template, &r.stem);
                }
            }
        }
        add("ww+1", &format!("{k}|{}", key(ii + 1)));
        if let Some(s) = chars_suffix(key(ii + 1), 2) {
            add("s2+1", s);
        }
        if let Some(s) = chars_suffix(key(ii - 1), 2) {
            add("s2-1", s);
        }
        add("c", &class(ii));
        add("c-1", &class(ii - 1));
        add("c-2", &class(ii - 2));
        add("c+1", &class(ii + 1));
        add("g", gaz(ii));
        add("g-1", gaz(ii - 1));
        add("g+1", gaz(ii + 1));
        add("g|c-1", &format!("{}|{}", gaz(ii), class(ii - 1)));
        add("sh|c-1", &format!("{sh}|{}", class(ii - 1)));
        // Only words seen in names get the first two: a constant "not seen" feature would act
        // as a second bias.
        if let Some(c) = sn[i] {
            add("sn", &format!("{}|{}", c[0], c[1]));
            add("sn0", &c[0].to_string());
        }
        add("sn-1", &seen_type(ii - 1));
        add("sn+1", &seen_type(ii + 1));
        // The words around the word's other occurrences in the document.
        let (count, before, after) = doc.others(k, t.start);
        if count > 0 {
            add("dn", &count.min(4).to_string());
            for b in before {
                add("d-1", b);
            }
            for a in after {
                add("d+1", a);
            }
        }
        out.push(f);
    }
    out
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
}
