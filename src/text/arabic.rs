//! Arabic clitic segmentation over matching keys.
//!
//! A written Arabic word can carry, in this order: a conjunction (و، ف), a preposition (ب، ل، ك) or
//! the future prefix (س, before an imperfect verb), the article (ال; after ل it is written لل),
//! the stem, and an enclitic pronoun (ه، ها، هم، هما، هن، ك، كم، نا، ي). [`readings`] lists every
//! plausible split of a word; callers keep the one their lexicon or knowledge base knows, so a
//! wrong split costs nothing unless it lands on a known word.

/// One way to read a word as clitics around a stem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Number of key characters before the stem's article (conjunction + preposition/future).
    pub prefix_chars: usize,
    pub conj: Option<char>,
    pub prep: Option<char>,
    pub future: bool,
    pub article: bool,
    /// The stem without clitics or article, as a key.
    pub stem: String,
    /// Enclitic pronoun removed from the end, if any.
    pub suffix: Option<&'static str>,
}

const ENCLITICS: [&str; 10] = ["هما", "هم", "هن", "ها", "كم", "نا", "ني", "ه", "ك", "ي"];
const MIN_STEM: usize = 2;

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Every reading of `key` (a word's matching key), the unsegmented word first.
pub fn readings(key: &str) -> Vec<Reading> {
    readings_shared(key).to_vec()
}

type Cache = std::collections::HashMap<String, std::rc::Rc<[Reading]>, foldhash::fast::FixedState>;

thread_local! {
    /// Readings per key: the matchers ask for the same word dozens of times per sentence, and a
    /// newswire reuses a small vocabulary. Cleared when large, so memory stays bounded.
    static CACHE: std::cell::RefCell<Cache> = std::cell::RefCell::default();
}

thread_local! {
    static BY_ID: std::cell::RefCell<super::intern::Ids<Option<std::rc::Rc<[Reading]>>>> =
        std::cell::RefCell::default();
}

/// [`readings_shared`] of a token's key, found by the token's id ([`super::intern`]).
pub fn readings_of(tok: &super::Token) -> std::rc::Rc<[Reading]> {
    BY_ID.with(|m| {
        if let Some(Some(r)) = m.borrow().get(tok.id) {
            return r.clone();
        }
        let r = readings_shared(&tok.key);
        if let Some(e) = m.borrow_mut().slot(tok.id) {
            *e = Some(r.clone());
        }
        r
    })
}

/// [`readings`] without copying: shared with later calls on the same thread.
pub fn readings_shared(key: &str) -> std::rc::Rc<[Reading]> {
    CACHE.with(|cache| {
        if let Some(r) = cache.borrow().get(key) {
            return r.clone();
        }
        let r: std::rc::Rc<[Reading]> = compute_readings(key).into();
        let mut cache = cache.borrow_mut();
        if cache.len() >= 200_000 {
            cache.clear();
        }
        cache.insert(key.to_string(), r.clone());
        r
    })
}

fn compute_readings(key: &str) -> Vec<Reading> {
    let mut out: Vec<Reading> = Vec::with_capacity(8);
    let mut push = |r: Reading| {
        if char_len(&r.stem) >= MIN_STEM && !out.contains(&r) {
            out.push(r);
        }
    };
    let base = Reading {
        prefix_chars: 0,
        conj: None,
        prep: None,
        future: false,
        article: false,
        stem: key.to_string(),
        suffix: None,
    };
    // Conjunction.
    let mut heads = vec![base.clone()];
    for c in ['و', 'ف'] {
        if let Some(rest) = key.strip_prefix(c) {
            // Two letters are enough for function words (ولم، فلا).
            if char_len(rest) >= 2 {
                heads.push(Reading {
                    prefix_chars: 1,
                    conj: Some(c),
                    stem: rest.to_string(),
                    ..base.clone()
                });
            }
        }
    }
    // Preposition or future prefix.
    let mut mids = Vec::new();
    for h in &heads {
        mids.push(h.clone());
        let stem = h.stem.as_str();
        if let Some(rest) = stem.strip_prefix("لل") {
            if char_len(rest) >= 2 {
                // للعراق: the whole word stays in the mention (its ل is the article's).
                mids.push(Reading {
                    prefix_chars: h.prefix_chars,
                    prep: Some('ل'),
                    article: true,
                    stem: rest.to_string(),
                    ..h.clone()
                });
            }
        }
        for c in ['ب', 'ل', 'ك'] {
            if let Some(rest) = stem.strip_prefix(c) {
                if char_len(rest) >= 3 {
                    mids.push(Reading {
                        prefix_chars: h.prefix_chars + 1,
                        prep: Some(c),
                        stem: rest.to_string(),
                        ..h.clone()
                    });
                }
            }
        }
        if let Some(rest) = stem.strip_prefix('س') {
            if rest.starts_with(['ي', 'ت', 'ن', 'ا']) && char_len(rest) >= 3 {
                mids.push(Reading {
                    prefix_chars: h.prefix_chars + 1,
                    future: true,
                    stem: rest.to_string(),
                    ..h.clone()
                });
            }
        }
    }
    // Article.
    for m in mids {
        let with_article = (!m.article)
            .then(|| m.stem.strip_prefix("ال"))
            .flatten()
            .filter(|rest| char_len(rest) >= 2)
            .map(|rest| Reading {
                article: true,
                stem: rest.to_string(),
                ..m.clone()
            });
        for r in std::iter::once(m).chain(with_article) {
            // Enclitic pronoun (not after the article: الكتابه is not الكتاب+ه).
            let mut bare = Vec::new();
            if !r.article {
                for s in ENCLITICS {
                    if let Some(rest) = r.stem.strip_suffix(s) {
                        if char_len(rest) >= 3 {
                            bare.push(Reading {
                                suffix: Some(s),
                                stem: rest.to_string(),
                                ..r.clone()
                            });
                            // زيارته → زيارت + ه → زياره (ta marbuta before a suffix is written ت)
                            if let Some(t) = rest.strip_suffix('ت') {
                                bare.push(Reading {
                                    suffix: Some(s),
                                    stem: format!("{t}ه"),
                                    ..r.clone()
                                });
                            }
                            // لقائه → لقاي + ه → لقاء: a final hamza after alef sits on ya or
                            // waw before a suffix (اعتدائه، أبناؤه), and the key writes the seat.
                            if let Some(t) =
                                rest.strip_suffix("اي").or_else(|| rest.strip_suffix("اؤ"))
                            {
                                bare.push(Reading {
                                    suffix: Some(s),
                                    stem: format!("{t}اء"),
                                    ..r.clone()
                                });
                            }
                        }
                    }
                }
            }
            push(r);
            for b in bare {
                push(b);
            }
        }
    }
    out
}

/// Key of a name word without its article, for comparing names: العراق and عراق match.
pub fn name_key(key: &str) -> &str {
    match key.strip_prefix("ال") {
        Some(rest) if char_len(rest) >= 2 => rest,
        _ => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::key;

    fn has(word: &str, stem: &str, prep: Option<char>) -> bool {
        readings(&key(word))
            .iter()
            .any(|r| r.stem == key(stem) && r.prep == prep)
    }

    #[test]
    fn proclitics() {
        assert!(has("بالسوداني", "سوداني", Some('ب')));
        assert!(has("وللعراق", "عراق", Some('ل')));
        assert!(has("لإيران", "إيران", Some('ل')));
        assert!(has("والتقى", "التقى", None));
        assert!(has("بغداد", "بغداد", None));
    }

    #[test]
    fn a_final_hamza_changes_its_seat_before_a_pronoun() {
        for (word, stem) in [
            ("لقائه", "لقاء"),
            ("اعتدائها", "اعتداء"),
            ("أبناؤهم", "أبناء"),
        ] {
            assert!(
                readings(&key(word))
                    .iter()
                    .any(|r| r.stem == key(stem) && r.suffix.is_some()),
                "{word}"
            );
        }
    }

    #[test]
    fn enclitics_and_ta_marbuta() {
        assert!(readings(&key("زيارته"))
            .iter()
            .any(|r| r.stem == key("زيارة") && r.suffix == Some("ه")));
        assert!(readings(&key("مسؤوليتها"))
            .iter()
            .any(|r| r.stem == key("مسؤولية")));
    }

    #[test]
    fn future_prefix() {
        assert!(readings(&key("وسيزور"))
            .iter()
            .any(|r| r.stem == key("يزور") && r.future));
    }

    #[test]
    fn prefix_chars_point_before_article() {
        let r = readings(&key("بالسوداني"));
        let r = r.iter().find(|r| r.stem == key("سوداني")).unwrap();
        assert_eq!(r.prefix_chars, 1);
        assert!(r.article);
    }
}
