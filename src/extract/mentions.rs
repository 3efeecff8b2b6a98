//! Finding mentions: knowledge-base names first (longest match, Arabic clitics stripped), then
//! patterns for names the KB lacks (titles before names, kunyas, group and facility heads,
//! capitalised English names), then anaphors ("the group", a bare title).

use super::phrases::{PhraseIndex, PhraseMatch};
use super::resources::{lang_index, NameRef, Resources, Words};
use crate::model::{EntityType, Lang};
use crate::text::arabic::{self, Reading};
use crate::text::{Analysis, TokenKind};

/// What a mention refers to, before entities are built.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A knowledge-base entry.
    Kb(usize),
    /// A name the KB lacks.
    New(EntityType),
    /// "the group", "الجماعة": the last organisation.
    AnaphorOrg,
    /// A bare title ("رئيس الوزراء العراقي", "the Iraqi prime minister"): whoever held it before.
    Title(String),
}

#[derive(Debug, Clone)]
pub struct RawMention {
    /// Token range `[start_tok, end_tok)`.
    pub start_tok: usize,
    pub end_tok: usize,
    /// Byte span in the original text (clitic prefix excluded).
    pub start: usize,
    pub end: usize,
    pub target: Target,
    /// Arabic one-word short form of a person: accepted only in context.
    pub weak: bool,
    /// Segmentation of the first word (conjunction, preposition).
    pub reading: Option<Reading>,
    /// Keys of the titles that stood before the name (nearest first), for title coreference:
    /// "ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان" holds three.
    pub titles: Vec<String>,
    /// A demonym standing for its country ("Israeli strikes", "السفن الأمريكية").
    pub adjective: bool,
    /// A place that only qualifies a title ("Iran's supreme leader", "UAE President X"): an
    /// entity of the document, never an argument of a relation.
    pub qualifier: bool,
}

/// Words that describe a facility after its name (مطار القاهرة الدولي، قاعدة الديلمي الجوية).
const FACILITY_DESCRIPTORS: &[&str] = &[
    "الدولي",
    "الدوليه",
    "الجويه",
    "الجوي",
    "العسكريه",
    "العسكري",
    "البحريه",
    "القديم",
    "الجديد",
];

/// All mentions of one sentence (token range), sorted, non-overlapping.
pub fn find(
    a: &Analysis,
    range: std::ops::Range<usize>,
    lang: Lang,
    res: &Resources,
    local: &PhraseIndex<Target>,
    named: &[bool],
) -> Vec<RawMention> {
    let words = &res.words[lang_index(lang)];
    let mut out: Vec<RawMention> = Vec::new();
    let mut covered = vec![false; range.end - range.start];
    // 1. Knowledge-base names.
    let mut i = range.start;
    while i < range.end {
        let best = res
            .names
            .matches_at(&a.tokens, i, range.end, false)
            .into_iter()
            .filter(|m| m.reading.as_ref().is_none_or(|r| !r.future))
            .find(|m| case_ok(a, m));
        // A longer name starting inside this one wins: "the Gulf of Aden" is not "the Gulf".
        let overtaken = best.as_ref().is_some_and(|m| {
            (m.start + 1..m.end).any(|k| {
                res.names
                    .matches_at(&a.tokens, k, range.end, false)
                    .iter()
                    .any(|x| x.end > m.end && case_ok(a, x))
            })
        });
        if let Some(m) = best.filter(|m| {
            let namesake = m.start > range.start
                && !covered[m.start - 1 - range.start]
                && another_bearer(a, m, res, words);
            // "Allawi" after "Ali Allawi" in this document is Ali, not the KB's Ayad.
            let named_here = m.end - m.start == 1
                && res.kb.entries()[m.value.entry].kind == EntityType::Person
                && local
                    .matches_at(&a.tokens, m.start, m.end, false)
                    .iter()
                    .any(|l| l.end == m.end && *l.value != Target::Kb(m.value.entry));
            !overtaken
                && !adjective_reading(a, m.start, m.end, res)
                && !military_modifier(a, m.end, lang)
                && !namesake
                && !named_here
        }) {
            let mut found = mention(a, &m, Target::Kb(m.value.entry), m.value.weak);
            // "Mohamed Hamdane Daglo" for the KB's "Mohamed Hamdan Dagalo | Daglo": the given
            // names before a surname alias, spelt otherwise, are part of the mention.
            while found.start_tok > range.start
                && !covered[found.start_tok - 1 - range.start]
                && given_name_of(a, found.start_tok - 1, &res.kb.entries()[m.value.entry])
            {
                found.start_tok -= 1;
                found.start = a.tokens[found.start_tok].start;
            }
            covered[found.start_tok - range.start..m.end - range.start].fill(true);
            out.push(found);
            i = m.end;
        } else {
            i += 1;
        }
    }
    // 1b. Short names of people this document named in full ("Hariri" after "Saad al-Hariri").
    let mut i = range.start;
    while i < range.end {
        if covered[i - range.start] {
            i += 1;
            continue;
        }
        let m = local
            .matches_at(&a.tokens, i, range.end, false)
            .into_iter()
            .find(|m| {
                m.reading.as_ref().is_none_or(|r| !r.future)
                    && !named[m.start]
                    // Not the start of a longer name ("الأمير بدر بن سلطان").
                    && a.tokens
                        .get(m.end)
                        .is_none_or(|t| !matches!(t.key.as_str(), "بن" | "bin" | "ibn"))
                    && (a.tokens[m.start].arabic || a.tokens[m.start].is_capitalized(a.text))
                    && !covered[m.start - range.start..m.end - range.start]
                        .iter()
                        .any(|&c| c)
            });
        match m {
            Some(m) => {
                let arabic = a.tokens[m.start].arabic;
                out.push(mention(a, &m, m.value.clone(), arabic));
                covered[m.start - range.start..m.end - range.start].fill(true);
                i = m.end;
            }
            None => i += 1,
        }
    }
    // 2. "العاصمة السورية", "the Syrian capital": the capital of that country.
    for t in range.clone() {
        if covered[t - range.start] {
            continue;
        }
        let k = a.tokens[t].key.as_str();
        let capital_word = match lang {
            Lang::Ar => {
                arabic::readings_shared(k)
                    .iter()
                    .any(|r| r.stem == "عاصمه" && r.suffix.is_none())
                    || k == "عاصمه"
            }
            Lang::En => k == "capital",
        };
        if !capital_word {
            continue;
        }
        let (adj_at, span_start, span_end) = match lang {
            Lang::Ar => (t + 1, t, None),
            Lang::En => (t.saturating_sub(1), t.saturating_sub(1), Some(t + 1)),
        };
        if adj_at >= range.end || adj_at < range.start {
            continue;
        }
        let Some(adj) = res
            .adjectives
            .matches_at(&a.tokens, adj_at, range.end, false)
            .into_iter()
            .next()
        else {
            continue;
        };
        if covered[adj_at - range.start] {
            // "العاصمة السعودية": the demonym is also the country's name, read in the first
            // pass; after "the capital" it is the demonym.
            let as_country = out.iter().position(|m| {
                m.start_tok == adj_at
                    && m.end_tok == adj.end
                    && matches!(m.target, Target::Kb(e) if res.kb.entries()[e].kind == EntityType::Country)
            });
            match as_country {
                Some(i) if lang == Lang::Ar => {
                    out.remove(i);
                }
                _ => continue,
            }
        }
        if lang == Lang::En && adj.end != t {
            continue;
        }
        let Some(&capital) = res.capitals.get(adj.value) else {
            continue;
        };
        let end = span_end.unwrap_or(adj.end);
        let first = &a.tokens[span_start];
        let reading = if lang == Lang::Ar {
            arabic::readings_shared(&first.key)
                .iter()
                .find(|r| r.stem == "عاصمه")
                .cloned()
        } else {
            None
        };
        let skip = reading
            .as_ref()
            .map(|r| {
                crate::text::normalize::original_prefix_len(first.text(a.text), r.prefix_chars)
            })
            .unwrap_or(0);
        out.push(RawMention {
            start_tok: span_start,
            end_tok: end,
            start: first.start + skip,
            end: a.tokens[end - 1].end,
            target: Target::Kb(capital),
            weak: false,
            reading,
            titles: Vec::new(),
            adjective: false,
            qualifier: false,
        });
        covered[span_start - range.start..end - range.start].fill(true);
    }
    // 3. Patterns over what is left.
    match lang {
        Lang::Ar => arabic_patterns(a, range.clone(), res, words, &mut covered, &mut out),
        Lang::En => english_patterns(a, range.clone(), res, words, &mut covered, &mut out),
    }
    if lang == Lang::Ar {
        super::landmarks::landmarks(a, range.clone(), res, words, &mut covered, &mut out);
        super::media::media(a, range.clone(), res, words, &mut covered, &mut out);
    }
    // 3. "The army", "الجيش" with no state named.
    super::armies::bare_armies(a, range.clone(), lang, res, &mut covered, &mut out);
    // 3. Delegations named by their country (an Egyptian security delegation, الوفد المصري).
    delegations(a, range.clone(), lang, res, &mut covered, &mut out);
    // 3. Demonyms qualifying a common noun stand for their country.
    demonyms(a, range.clone(), lang, res, words, &mut covered, &mut out);
    super::compounds::compounds(a, range.clone(), lang, res, &mut covered, &mut out);
    super::metonymy::capitals_as_states(a, range.clone(), lang, res, &mut out);
    if lang == Lang::Ar {
        super::landmarks::airport_cities(a, res, &mut out);
    }
    out.sort_by_key(|m| m.start_tok);
    // A place before a title ("Saudi Crown Prince X", "Syria's interim President X") qualifies
    // the person: a node of its own, but no argument.
    if lang == Lang::En {
        for m in out.iter_mut() {
            let place = match m.target {
                Target::Kb(e) => res.kb.entries()[e].kind.is_place(),
                _ => false,
            };
            if !place || m.qualifier {
                continue;
            }
            let mut next = m.end_tok;
            if a.tokens.get(next).is_some_and(|t| t.key == "'")
                && a.tokens.get(next + 1).is_some_and(|t| t.key == "s")
            {
                next += 2;
            }
            while a.tokens.get(next).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && matches!(
                        t.key.as_str(),
                        "interim"
                            | "former"
                            | "acting"
                            | "late"
                            | "new"
                            | "top"
                            | "deputy"
                            | "then"
                    )
            }) {
                next += 1;
            }
            m.qualifier = next < range.end
                && !words
                    .titles
                    .matches_at(&a.tokens, next, range.end, false)
                    .is_empty();
        }
    }
    // 4. Title a name stood after, for coreference of later bare titles.
    let bodies: Vec<(usize, usize)> = out
        .iter()
        .filter(|m| {
            matches!(m.target, Target::Kb(e) if res.kb.entries()[e].kind == EntityType::Organization)
        })
        .map(|m| (m.start_tok, m.end_tok))
        .collect();
    for m in out.iter_mut() {
        let mut at = m.start_tok;
        while let Some((start, key)) = title_before(a, range.start, at, res, words) {
            m.titles.push(key);
            at = start;
        }
        // "الأمين العام للأمم المتحدة أنطونيو غوتيريش": the title before the body he heads.
        if m.titles.is_empty() {
            if let Some(&(s, _)) = bodies.iter().find(|&&(_, e)| e == m.start_tok) {
                if let Some((_, key)) = title_before(a, range.start, s, res, words) {
                    m.titles.push(key);
                }
            }
        }
        // "البابا فرنسيس": a KB name that opens with its title holds it.
        if let Some(t) = words
            .titles
            .matches_at(&a.tokens, m.start_tok, m.end_tok, false)
            .into_iter()
            .find(|t| t.end < m.end_tok)
            .filter(|_| matches!(m.target, Target::Kb(_)))
        {
            let key: Vec<&str> = (t.start..t.end)
                .filter(|&x| a.tokens[x].kind != TokenKind::Punct)
                .map(|x| {
                    strip_clitics(
                        &a.tokens[x].key,
                        t.reading.as_ref().filter(|_| x == t.start),
                    )
                })
                .collect();
            m.titles.push(same_title(words, key.join(" ")));
        }
    }
    out
}

/// English: "Syrian military targets", "Iranian military sites": "military" qualifies the noun
/// after it, so the name ending in it ("Syrian military") is not the armed force; the demonym
/// stands for the country (demonym pass).
fn military_modifier(a: &Analysis, end: usize, lang: Lang) -> bool {
    lang == Lang::En
        && end > 0
        && a.tokens[end - 1].key == "military"
        && a.tokens.get(end).is_some_and(|t| {
            matches!(
                t.key.as_str(),
                "targets"
                    | "target"
                    | "sites"
                    | "site"
                    | "facilities"
                    | "facility"
                    | "installations"
                    | "infrastructure"
                    | "bases"
                    | "airports"
                    | "airbases"
                    | "depots"
                    | "warehouses"
                    | "buildings"
            )
        })
}

/// A demonym after a common noun (Arabic: السفن الأمريكية) or before one (English: American ships),
/// not part of a title or a name, is a mention of its country.
/// "طائرات حربية سورية": a one-word country name that is also the feminine demonym, after an
/// indefinite feminine or plural noun, is the demonym (left to the demonym pass).
fn adjective_reading(a: &Analysis, start: usize, end: usize, res: &Resources) -> bool {
    // (Feminine: سورية; "قضية سوريا" is the country.)
    if end != start + 1
        || start == 0
        || !a.tokens[start].arabic
        || !a.tokens[start].text(a.text).ends_with('ة')
    {
        return false;
    }
    let prev = &a.tokens[start - 1];
    let text = prev.text(a.text);
    prev.kind == TokenKind::Word
        && prev.arabic
        && !prev.key.starts_with("ال")
        && (text.ends_with('ة') || text.ends_with("ات"))
        && res
            .adjectives
            .matches_at(&a.tokens, start, end, false)
            .iter()
            .any(|m| m.end == end)
}

fn demonyms(
    a: &Analysis,
    range: std::ops::Range<usize>,
    lang: Lang,
    res: &Resources,
    words: &Words,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let mut t = range.start;
    while t < range.end {
        if covered[t - base] {
            t += 1;
            continue;
        }
        let Some(m) = res
            .adjectives
            .matches_at(&a.tokens, t, range.end, false)
            .into_iter()
            .next()
        else {
            t += 1;
            continue;
        };
        let word = |x: usize| a.tokens[x].kind == TokenKind::Word && !covered[x - base];
        let title_ends_at = |x: usize| {
            (range.start..x).rev().take(4).any(|s| {
                words
                    .titles
                    .matches_at(&a.tokens, s, x, false)
                    .iter()
                    .any(|tm| tm.end == x)
            })
        };
        // (An indefinite Arabic demonym before a definite title qualifies the noun before it:
        // "غارة إسرائيلية القيادي في حماس".)
        let indefinite_before_definite = |x: usize| {
            lang == Lang::Ar
                && !is_definite(&a.tokens[t].key)
                && x < range.end
                && is_definite(&a.tokens[x].key)
        };
        let title_after = words
            .titles
            .matches_at(&a.tokens, m.end.min(range.end - 1), range.end, false)
            .into_iter()
            .next()
            .is_some()
            && !indefinite_before_definite(m.end);
        let ok = !title_after
            && match lang {
                // The noun before it is an ordinary word, not a title or a name; no name follows.
                Lang::Ar => {
                    t > range.start
                        && (word(t - 1) || out.iter().any(|o| o.adjective && o.end_tok == t))
                        && !title_ends_at(t)
                        && (!(m.end < range.end && covered[m.end - base])
                            || indefinite_before_definite(m.end))
                        && (words
                            .titles
                            .matches_at(&a.tokens, m.end.min(range.end - 1), range.end, false)
                            .is_empty()
                            || indefinite_before_definite(m.end))
                }
                // A lower-case noun (or another demonym) follows; no title before or after.
                Lang::En => {
                    let next = m.end;
                    // "his Iranian counterpart" is a person, not Iran.
                    // ("his Saudi and Emirati counterparts" too.)
                    let counterpart = (next..(next + 4).min(range.end))
                        .take_while(|&x| {
                            a.tokens[x].kind == TokenKind::Word || a.tokens[x].key == ","
                        })
                        .any(|x| {
                            matches!(a.tokens[x].key.as_str(), "counterpart" | "counterparts")
                        });
                    next < range.end
                        && !counterpart
                        && ((word(next) && !a.tokens[next].is_capitalized(a.text))
                            || a.tokens[next].key == "and"
                            || a.tokens[next].key == ",")
                        && !title_ends_at(t)
                }
            };
        // "الرئيس الإيراني", "رئيس الجمهورية الإيرانية": the country qualifies the title, a node
        // of the document but no argument (as "Iran's president" in English).
        let qualifies = lang == Lang::Ar && !ok && title_ends_at(t) && word(t);
        if ok || qualifies {
            out.push(RawMention {
                adjective: true,
                qualifier: qualifies,
                ..mention(a, &m, Target::Kb(*m.value), false)
            });
            covered[m.start - base..m.end - base].fill(true);
            t = m.end;
        } else {
            t += 1;
        }
    }
}

fn mention<V>(a: &Analysis, m: &PhraseMatch<V>, target: Target, weak: bool) -> RawMention {
    let tok = &a.tokens[m.start];
    let skip = m
        .reading
        .as_ref()
        .map(|r| crate::text::normalize::original_prefix_len(tok.text(a.text), r.prefix_chars))
        .unwrap_or(0);
    RawMention {
        start_tok: m.start,
        end_tok: m.end,
        start: tok.start + skip,
        end: a.tokens[m.end - 1].end,
        target,
        weak,
        reading: m.reading.clone(),
        titles: Vec::new(),
        adjective: false,
        qualifier: false,
    }
}

/// "Ali Allawi" is not the KB's Ayad Allawi: a one-word KB person name right after a capitalised
/// word that is no title, honorific, demonym or function word, and that none of the entry's names
/// holds, is the surname of another person (English; the caller checks that no name covers the
/// word before).
fn another_bearer(a: &Analysis, m: &PhraseMatch<NameRef>, res: &Resources, words: &Words) -> bool {
    let entry = &res.kb.entries()[m.value.entry];
    if m.end - m.start != 1 || m.start == 0 || entry.kind != EntityType::Person {
        return false;
    }
    let p = m.start - 1;
    let prev = &a.tokens[p];
    if prev.arabic
        || prev.kind != TokenKind::Word
        || !prev.is_capitalized(a.text)
        || !a.tokens[m.start].is_capitalized(a.text)
        || words.stop.contains(prev.key.as_str())
        || !res
            .adjectives
            .matches_at(&a.tokens, p, m.start, false)
            .is_empty()
    {
        return false;
    }
    let titled = (p.saturating_sub(3)..=p).any(|s| {
        [&words.titles, &words.honorifics].iter().any(|ix| {
            ix.matches_at(&a.tokens, s, m.start, false)
                .iter()
                .any(|t| t.end == m.start)
        })
    });
    !titled && !given_name_of(a, p, entry)
}

/// Is the capitalised Latin word at `t` one of the words of the entry's names, or a spelling of
/// one ("Hamdane" for "Hamdan": the same consonants)?
fn given_name_of(a: &Analysis, t: usize, entry: &crate::extract::kb::KbEntry) -> bool {
    let tok = &a.tokens[t];
    if tok.arabic || tok.kind != TokenKind::Word || !tok.is_capitalized(a.text) {
        return false;
    }
    let skeleton = super::entities::consonant_skeleton(&tok.key);
    entry.kind == EntityType::Person
        && entry.names().any(|n| {
            n.split_whitespace().any(|w| {
                let k = crate::text::normalize::key(w);
                k == tok.key
                    || (skeleton.is_some() && super::entities::consonant_skeleton(&k) == skeleton)
            })
        })
}

/// English case rules: a capitalised alias word needs a capitalised text word, an acronym the
/// same acronym ("US" is not "us").
fn case_ok(a: &Analysis, m: &PhraseMatch<NameRef>) -> bool {
    let mut k = 0;
    for t in m.start..m.end {
        let tok = &a.tokens[t];
        if tok.kind == TokenKind::Punct {
            continue;
        }
        let want = m.value.case.get(k).copied().unwrap_or(0);
        k += 1;
        let text = tok.text(a.text);
        let ok = match want {
            1 => text.chars().next().is_some_and(|c| c.is_uppercase()),
            2 => text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase()),
            3 => {
                tok.key.starts_with("ال")
                    || arabic::readings_shared(&tok.key).iter().any(|r| r.article)
            }
            _ => true,
        };
        if !ok {
            return false;
        }
    }
    true
}

/// A title phrase (with adjectives and honorifics) ending right before token `t`: its start
/// token and its key.
pub fn title_before(
    a: &Analysis,
    floor: usize,
    t: usize,
    res: &Resources,
    words: &Words,
) -> Option<(usize, String)> {
    // Walk back over honorifics and adjectives, then expect a title.
    let mut j = t;
    let mut adjectives = Vec::new();
    loop {
        if j <= floor {
            return None;
        }
        // Honorific or adjective ending at j.
        let mut moved = false;
        for start in (floor..j).rev().take(3) {
            let honorific = [&words.honorifics, &words.title_qualifiers]
                .iter()
                .flat_map(|ix| ix.matches_at(&a.tokens, start, j, false))
                .find(|m| m.end == j);
            if let Some(h) = honorific {
                // "رئيس إيراني بالمرجع السيستاني": a preposition on the honorific starts a new
                // phrase; the title before it is someone else's.
                if h.reading.as_ref().is_some_and(|r| r.prep.is_some()) {
                    return None;
                }
                j = start;
                moved = true;
                break;
            }
            if let Some(m) = res
                .adjectives
                .matches_at(&a.tokens, start, j, false)
                .into_iter()
                .find(|m| m.end == j)
            {
                adjectives.push(*m.value);
                j = start;
                moved = true;
                break;
            }
        }
        if moved {
            continue;
        }
        for start in (floor..j).rev().take(4) {
            if let Some(m) = words
                .titles
                .matches_at(&a.tokens, start, j, false)
                .into_iter()
                .find(|m| m.end == j)
            {
                let key: Vec<&str> = (start..m.end)
                    .filter(|&x| a.tokens[x].kind != TokenKind::Punct)
                    .map(|x| {
                        strip_clitics(&a.tokens[x].key, m.reading.as_ref().filter(|_| x == start))
                    })
                    .collect();
                let mut k = same_title(words, key.join(" "));
                adjectives.sort_unstable();
                for adj in adjectives {
                    k.push_str(&format!(" #{adj}"));
                }
                return Some((start, k));
            }
        }
        // "وزير المالية العراقي": the office is the title and its portfolio.
        if let Some((start, title_end)) = portfolio_title(a, floor, j, res, words) {
            let reading = words
                .titles
                .matches_at(&a.tokens, start, title_end, false)
                .into_iter()
                .find(|m| m.end == title_end)
                .and_then(|m| m.reading);
            let mut k = (start..j)
                .filter(|&x| a.tokens[x].kind != TokenKind::Punct)
                .map(|x| strip_clitics(&a.tokens[x].key, reading.as_ref().filter(|_| x == start)))
                .collect::<Vec<_>>()
                .join(" ");
            adjectives.sort_unstable();
            for adj in adjectives {
                k.push_str(&format!(" #{adj}"));
            }
            return Some((start, k));
        }
        return None;
    }
}

/// An Arabic title that takes its portfolio as a genitive of common nouns ending right before
/// `end` ("وزير المالية", "مستشار الأمن القومي", "وزير الشؤون الخارجية"): the title's start and
/// the start of the portfolio. The lexicon lists the common offices; this covers the others.
/// Portfolio words are definite nouns that start no KB name, title or trigger, so "قائد الحرس
/// الثوري" and "زعيم الحوثيين" keep their body as a name of its own.
pub(super) fn portfolio_title(
    a: &Analysis,
    floor: usize,
    end: usize,
    res: &Resources,
    words: &Words,
) -> Option<(usize, usize)> {
    let portfolio_word = |x: usize| {
        let tok = &a.tokens[x];
        tok.arabic
            && tok.kind == TokenKind::Word
            && tok.key.starts_with("ال")
            && is_definite(&tok.key)
            && res.names.matches_at(&a.tokens, x, end, false).is_empty()
            && words.titles.matches_at(&a.tokens, x, end, false).is_empty()
            && res.triggers[0]
                .matches_at(&a.tokens, x, x + 1, true)
                .is_empty()
            && res
                .adjectives
                .matches_at(&a.tokens, x, x + 1, false)
                .is_empty()
    };
    // "الحاكم الفعلي للإمارات": a name behind a preposition is no title's holder.
    if a.tokens.get(end).is_some_and(|t| {
        arabic::readings_shared(&t.key)
            .iter()
            .any(|r| r.prep.is_some() && r.article)
    }) {
        return None;
    }
    let mut j = end;
    while j > floor && end - j < 3 && portfolio_word(j - 1) {
        j -= 1;
        let title = (j.saturating_sub(4).max(floor)..j).find(|&s| {
            words
                .titles
                .matches_at(&a.tokens, s, j, false)
                .iter()
                .any(|m| m.end == j)
        });
        if let Some(s) = title {
            return Some((s, j));
        }
    }
    None
}

/// The key of the office a title names (الحبر الأعظم is البابا).
fn same_title(words: &Words, key: String) -> String {
    words.title_same.get(&key).cloned().unwrap_or(key)
}

/// A title word's key without the clitics the phrase match read on it ("ووزير" → "وزير"): the
/// reading knows them; stripping letters by shape would cut "وزير" to "زير".
fn strip_clitics<'k>(key: &'k str, reading: Option<&Reading>) -> &'k str {
    match reading {
        Some(r) if r.prefix_chars > 0 => key
            .char_indices()
            .nth(r.prefix_chars)
            .map_or(key, |(i, _)| &key[i..]),
        _ => key,
    }
}

pub(super) fn is_definite(key: &str) -> bool {
    arabic::readings_shared(key)
        .iter()
        .any(|r| r.article && r.suffix.is_none() && !r.future)
}

/// Words that are no part of a name: function words, titles, triggers, punctuation, numbers.
/// A derived-form feminine past verb (تناولت، استمرت، انطلقت: ت or ا, five letters or more,
/// final ت) starts a clause, not a name ("نظيره السعودي تناولت استئناف الرحلات").
pub(super) fn verb_shaped(key: &str) -> bool {
    (key.starts_with('ت') || key.starts_with('ا'))
        && !key.starts_with("ال")
        && key.ends_with('ت')
        && key.chars().count() >= 5
}

/// An Arabic word no name holds: a function word, preposition or verb of saying, bare, with a
/// clitic, or with an enclitic pronoun ("إنه يرحب بالضيوف" is a clause, not a name).
pub(crate) fn function_word(a: &Analysis, t: usize, words: &Words) -> bool {
    let key = a.tokens[t].key.as_str();
    closed_word(key, words)
        || closed_with_pronoun(key, words)
        || arabic::readings_shared(key)
            .iter()
            .any(|r| !r.article && r.stem != key && closed_word(&r.stem, words))
}

fn closed_word(k: &str, words: &Words) -> bool {
    words.stop.contains(k) || words.prepositions.contains(k) || words.speech.contains(k)
}

/// A closed word with an enclitic pronoun (إنه، أنها), or "قوله" (his saying): "ونقلت الصحيفة عن
/// الوزير سالم قوله إنه سيعود" names سالم only. The segmenter leaves stems of two letters whole (انه),
/// so the pronoun is cut here; not after the article, where a final ه is a ta marbuta (العامة).
fn closed_with_pronoun(key: &str, words: &Words) -> bool {
    ["هما", "هم", "ها", "ه", "نا"]
        .iter()
        .find_map(|p| key.strip_suffix(p))
        .filter(|k| !k.is_empty() && !key.starts_with("ال"))
        .is_some_and(|k| closed_word(k, words) || k == "قول")
}

pub(super) fn name_word(
    a: &Analysis,
    t: usize,
    lang: Lang,
    res: &Resources,
    words: &Words,
    covered: &[bool],
    base: usize,
) -> bool {
    let tok = &a.tokens[t];
    if tok.kind != TokenKind::Word || covered[t - base] {
        return false;
    }
    if lang == Lang::Ar && !tok.arabic {
        return false;
    }
    let li = lang_index(lang);
    let k = tok.key.as_str();
    // Also behind clitics: "رئيس المجلس الرئاسي لحكومة الوفاق" names no person لحكومة.
    let body = |k: &str| words.institutions.contains(k) || words.org_heads.contains(k);
    if body(k)
        || (tok.arabic
            && arabic::readings_shared(k)
                .iter()
                .any(|r| r.suffix.is_none() && (body(&r.stem) || body(&format!("ال{}", r.stem)))))
    {
        return false;
    }
    if tok.arabic && verb_shaped(k) {
        return false;
    }
    // "زار الوزير قاعدة جوية": a facility head names no person after a title.
    if !words
        .facility_heads
        .matches_at(&a.tokens, t, t + 1, false)
        .is_empty()
    {
        return false;
    }
    let stop = |k: &str| words.stop.contains(k) || words.speech.contains(k);
    if stop(k)
        || (tok.arabic && closed_with_pronoun(k, words))
        || arabic::readings_shared(k)
            .iter()
            .any(|r| r.conj.is_some() && r.prep.is_none() && stop(&r.stem))
    {
        return false;
    }
    if !words
        .honorifics
        .matches_at(&a.tokens, t, a.tokens.len(), false)
        .is_empty()
        || !res.triggers[li]
            .matches_at(&a.tokens, t, t + 1, true)
            .is_empty()
        || !words
            .titles
            .matches_at(&a.tokens, t, a.tokens.len(), false)
            .is_empty()
    {
        return false;
    }
    true
}

#[allow(clippy::too_many_arguments)]
pub(super) fn push_new(
    a: &Analysis,
    start: usize,
    end: usize,
    kind: EntityType,
    reading: Option<Reading>,
    covered: &mut [bool],
    base: usize,
    out: &mut Vec<RawMention>,
) {
    covered[start - base..end - base].fill(true);
    out.push(new_name(a, start, end, kind, reading, Vec::new()));
}

/// A mention of a name the KB lacks over tokens `start..end`; its byte span leaves out the
/// clitics `reading` strips from the first word (وكتائب → كتائب).
pub(crate) fn new_name(
    a: &Analysis,
    start: usize,
    end: usize,
    kind: EntityType,
    reading: Option<Reading>,
    titles: Vec<String>,
) -> RawMention {
    let tok = &a.tokens[start];
    let skip = reading
        .as_ref()
        .map(|r| crate::text::normalize::original_prefix_len(tok.text(a.text), r.prefix_chars))
        .unwrap_or(0);
    RawMention {
        start_tok: start,
        end_tok: end,
        start: tok.start + skip,
        end: a.tokens[end - 1].end,
        target: Target::New(kind),
        weak: false,
        reading,
        titles,
        adjective: false,
        qualifier: false,
    }
}

/// A delegation named by its country is an actor of its own (it visits, it meets): "an Egyptian
/// security delegation", "the U.S. delegation", "وفد أمني مصري", "الوفد التركي".
fn delegations(
    a: &Analysis,
    range: std::ops::Range<usize>,
    lang: Lang,
    res: &Resources,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let country_at = |out: &[RawMention], x: usize, end_limit: usize| -> Option<usize> {
        let adj = res
            .adjectives
            .matches_at(&a.tokens, x, end_limit, false)
            .into_iter()
            .next()
            .map(|m| m.end);
        adj.or_else(|| {
            out.iter()
                .find(|m| {
                    m.start_tok == x
                        && matches!(m.target, Target::Kb(e) if res.kb.entries()[e].kind == EntityType::Country)
                })
                .map(|m| m.end_tok)
        })
    };
    for t in range.clone() {
        let tok = &a.tokens[t];
        let (start, end, reading) = match lang {
            Lang::En => {
                if !matches!(tok.key.as_str(), "delegation" | "delegations") {
                    continue;
                }
                // Back over a few lower-case qualifiers to the demonym or country.
                let mut x = t;
                let mut found = None;
                while x > range.start && x + 4 > t {
                    x -= 1;
                    if let Some(e) = country_at(out, x, t) {
                        if (e..t).all(|y| {
                            a.tokens[y].kind == TokenKind::Word
                                && !a.tokens[y].is_capitalized(a.text)
                        }) {
                            found = Some(x);
                        }
                        break;
                    }
                    // "U.S." is three tokens: let the country match find its start.
                    if a.tokens[x].kind != TokenKind::Word && a.tokens[x].key != "." {
                        break;
                    }
                }
                let Some(start) = found else { continue };
                (start, t + 1, None)
            }
            Lang::Ar => {
                let reading = arabic::readings_shared(&tok.key)
                    .iter()
                    .find(|r| r.stem == "وفد" && r.suffix.is_none() && r.prep.is_none())
                    .cloned();
                if tok.key != "وفد" && reading.is_none() {
                    continue;
                }
                // Forward over a few qualifiers (أمني، رفيع، رسمي) to the demonym.
                let Some(end) = (t + 1..(t + 4).min(range.end))
                    .find_map(|x| {
                        res.adjectives
                            .matches_at(&a.tokens, x, range.end, false)
                            .into_iter()
                            .next()
                            .map(|m| (x, m.end))
                    })
                    .filter(|&(x, _)| (t + 1..x).all(|y| a.tokens[y].kind == TokenKind::Word))
                    .map(|(_, e)| e)
                else {
                    continue;
                };
                (t, end, reading.filter(|r| r.prefix_chars > 0))
            }
        };
        // Only over countries and demonyms: never over a name or another pattern.
        let clash = out.iter().any(|m| {
            m.start_tok < end
                && start < m.end_tok
                && !matches!(m.target, Target::Kb(e) if res.kb.entries()[e].kind == EntityType::Country)
        });
        if clash {
            continue;
        }
        out.retain(|m| !(m.start_tok < end && start < m.end_tok));
        covered[start - base..end - base].fill(false);
        push_new(
            a,
            start,
            end,
            EntityType::Organization,
            reading,
            covered,
            base,
            out,
        );
    }
}

/// The reading of a word that strips only a conjunction/preposition (for heads like وكتائب).
fn head_reading(
    tok: &crate::text::Token,
    filter: &PhraseIndex<()>,
    heads: &dyn Fn(&str) -> bool,
) -> Option<Option<Reading>> {
    // `filter` holds the heads: a word none of whose readings reaches one is none.
    if !filter.may_start_at(tok) {
        return None;
    }
    if heads(&tok.key) {
        return Some(None);
    }
    let mut buf = String::new();
    arabic::readings_of(tok)
        .iter()
        .find(|r| {
            r.suffix.is_none()
                && !r.future
                && heads(if r.article {
                    buf.clear();
                    buf.push_str("ال");
                    buf.push_str(&r.stem);
                    &buf
                } else {
                    &r.stem
                })
        })
        .cloned()
        .map(Some)
}

const GENERIC_AR: &[&str] = &[
    "المسلحه",
    "المسلحين",
    "المتطرفه",
    "الارهابيه",
    "المدعومه",
    "المواليه",
    "المتحالفه",
    "الكبري",
    "الاخري",
    "المعارضه",
    "العسكريه",
    "الامنيه",
    "المسلح",
    "الاسلاميه",
    "الجديده",
    "المحليه",
    "الدوليه",
    "السياسيه",
];

fn arabic_patterns(
    a: &Analysis,
    range: std::ops::Range<usize>,
    res: &Resources,
    words: &Words,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let lang = Lang::Ar;
    let mut t = range.start;
    while t < range.end {
        if covered[t - base] || a.tokens[t].kind != TokenKind::Word || !a.tokens[t].arabic {
            t += 1;
            continue;
        }
        let tok = &a.tokens[t];
        // Kunya: أبو علي العسكري, أبو عبيدة.
        if let Some(reading) = head_reading(tok, &words.kunya_filter, &|k| k == "ابو" || k == "ام")
        {
            if t + 1 < range.end && name_word(a, t + 1, lang, res, words, covered, base) {
                let mut end = t + 2;
                if end < range.end
                    && name_word(a, end, lang, res, words, covered, base)
                    && is_definite(&a.tokens[end].key)
                    && !GENERIC_AR.contains(&a.tokens[end].key.as_str())
                {
                    end += 1;
                }
                push_new(a, t, end, EntityType::Person, reading, covered, base, out);
                t = end;
                continue;
            }
        }
        // A group head before a quoted name: مجموعة "شهداء الجنوب".
        let org_head = head_reading(tok, &words.org_head_filter, &|k| {
            words.org_heads.contains(k)
        });
        if let Some(reading) = org_head.clone() {
            let open = t + 1;
            if open < range.end && is_quote_token(&a.tokens[open]) {
                let close =
                    (open + 2..(open + 6).min(range.end)).find(|&x| is_quote_token(&a.tokens[x]));
                if let Some(close) = close {
                    let words_inside = (open + 1..close)
                        .all(|x| a.tokens[x].kind == TokenKind::Word && a.tokens[x].arabic);
                    if words_inside {
                        // The quoted words are the name; a place inside it is part of it.
                        for m in out
                            .iter_mut()
                            .filter(|m| m.start_tok > open && m.end_tok <= close)
                        {
                            m.end_tok = m.start_tok;
                        }
                        out.retain(|m| m.end_tok > m.start_tok);
                        covered[open + 1 - base..close - base].fill(false);
                        push_new(
                            a,
                            t,
                            close,
                            EntityType::Organization,
                            reading,
                            covered,
                            base,
                            out,
                        );
                        t = close;
                        continue;
                    }
                }
            }
        }
        // Group heads: جماعة الظافرين، حركة النجباء.
        if let Some(reading) = org_head {
            let mut end = t + 1;
            while end < range.end
                && end < t + 3
                && name_word(a, end, lang, res, words, covered, base)
                && is_definite(&a.tokens[end].key)
                && !GENERIC_AR.contains(&a.tokens[end].key.as_str())
                && res
                    .adjectives
                    .matches_at(&a.tokens, end, end + 1, false)
                    .is_empty()
            {
                end += 1;
            }
            if end > t + 1 {
                push_new(
                    a,
                    t,
                    end,
                    EntityType::Organization,
                    reading,
                    covered,
                    base,
                    out,
                );
                t = end;
                continue;
            }
        }
        // Facility heads: السفارة الأمريكية، مطار بغداد الدولي.
        let head = words
            .facility_heads
            .matches_at(&a.tokens, t, range.end, false)
            .into_iter()
            .next();
        if let Some(h) = head {
            let mut end = h.end;
            // A demonym ("السفارة الأمريكية") or a known place ("مطار بغداد").
            if let Some(adj) = res
                .adjectives
                .matches_at(&a.tokens, end, range.end, false)
                .into_iter()
                .next()
            {
                // "قاعدة أمريكية" (a US base) names no facility: the demonym's country owns an
                // unnamed one, as in English; "القاعدة الأمريكية" is one the text knows.
                if !is_definite(&a.tokens[t].key)
                    && !a.tokens[t].key.starts_with("ال")
                    && h.end == t + 1
                {
                    t += 1;
                    continue;
                }
                end = adj.end;
            } else if let Some(k) = out.iter().find(|m| {
                m.start_tok == end
                    && matches!(m.target, Target::Kb(e) if res.kb.entries()[e].kind.is_place())
            }) {
                end = k.end_tok;
            } else {
                // A name: indefinite words up to a definite one (عين الأسد), or one definite word.
                let mut e = end;
                while e < range.end
                    && e < end + 3
                    && name_word(a, e, lang, res, words, covered, base)
                    && !GENERIC_AR.contains(&a.tokens[e].key.as_str())
                    // القاعدة الجوية: a descriptor is no name.
                    && !FACILITY_DESCRIPTORS.contains(&a.tokens[e].key.as_str())
                {
                    let definite = is_definite(&a.tokens[e].key);
                    e += 1;
                    if definite {
                        end = e;
                        break;
                    }
                }
                // "قاعدة فلامنغو البحرية": a foreign name ends at the descriptor after it.
                if end == h.end
                    && e > end
                    && e < range.end
                    && FACILITY_DESCRIPTORS.contains(&a.tokens[e].key.as_str())
                {
                    end = e;
                }
            }
            // Trailing descriptors stay in the name: مطار القاهرة الدولي، قاعدة الديلمي الجوية.
            while end > h.end
                && end < range.end
                && FACILITY_DESCRIPTORS.contains(&a.tokens[end].key.as_str())
            {
                end += 1;
            }
            if end > h.end {
                // Swallow a place mention the facility name contains.
                out.retain(|m| !(m.start_tok >= t && m.end_tok <= end));
                push_new(
                    a,
                    t,
                    end,
                    EntityType::Facility,
                    h.reading.clone(),
                    covered,
                    base,
                    out,
                );
                t = end;
                continue;
            }
        }
        // Title + unknown name: المحلل السياسي العراقي مؤيد الجحيشي.
        if let Some(title) = words
            .titles
            .matches_at(&a.tokens, t, range.end, false)
            .into_iter()
            .next()
        {
            let mut s = title.end;
            // Skip definite adjectives, demonyms and honorifics after the title.
            while s < range.end && s < title.end + 5 {
                if let Some(h) = words
                    .honorifics
                    .matches_at(&a.tokens, s, range.end, false)
                    .into_iter()
                    .next()
                {
                    s = h.end;
                    continue;
                }
                // The body the title belongs to: القيادي في جماعة الحوثي محمد البخيتي.
                if let Some(org) = out.iter().find(|m| {
                    m.start_tok == s
                        || (m.start_tok == s + 1
                            && words.prepositions.contains(a.tokens[s].key.as_str()))
                }) {
                    if matches!(org.target, Target::Kb(e) if res.kb.entries()[e].kind != EntityType::Person)
                    {
                        s = org.end_tok;
                        continue;
                    }
                }
                let tok = &a.tokens[s];
                if tok.kind == TokenKind::Word
                    && !covered[s - base]
                    && (is_definite(&tok.key)
                        || !res
                            .adjectives
                            .matches_at(&a.tokens, s, s + 1, false)
                            .is_empty())
                    && !words.stop.contains(tok.key.as_str())
                {
                    s += 1;
                } else {
                    break;
                }
            }
            if s < range.end
                && !covered[s - base]
                && !is_definite(&a.tokens[s].key)
                && name_word(a, s, lang, res, words, covered, base)
            {
                let mut end = s + 1;
                // After بن/ابن/عبد/أبو/آل the next word is a name whatever else it means (بدر بن سلطان).
                let linked = |x: usize| {
                    x > 0
                        && matches!(
                            a.tokens[x - 1].key.as_str(),
                            "بن" | "بنت" | "ابن" | "عبد" | "ابو" | "ال"
                        )
                        && a.tokens[x].kind == TokenKind::Word
                        && a.tokens[x].arabic
                        && !covered[x - base]
                };
                while end < range.end
                    && end < s + 5
                    && (name_word(a, end, lang, res, words, covered, base) || linked(end))
                {
                    let definite = is_definite(&a.tokens[end].key);
                    end += 1;
                    if definite {
                        break;
                    }
                }
                // One word is a name when something closes it: punctuation, or the next person's
                // title ("زوجته ميلانيا وصهره جاريد كوشنر").
                if end - s >= 2
                    || a.tokens
                        .get(end)
                        .is_some_and(|x| x.kind == TokenKind::Punct)
                    || (end < range.end
                        && !words
                            .titles
                            .matches_at(&a.tokens, end, range.end, false)
                            .is_empty())
                {
                    push_new(a, s, end, EntityType::Person, None, covered, base, out);
                    t = end;
                    continue;
                }
            }
        }
        // Anaphors: الجماعة.
        if let Some(m) = words
            .anaphor_org
            .matches_at(&a.tokens, t, range.end, false)
            .into_iter()
            .next()
        {
            let next_is_name = m.end < range.end
                && name_word(a, m.end, lang, res, words, covered, base)
                && is_definite(&a.tokens[m.end].key)
                && !GENERIC_AR.contains(&a.tokens[m.end].key.as_str());
            if !next_is_name {
                let mut rm = mention(a, &m, Target::AnaphorOrg, false);
                rm.weak = false;
                covered[m.start - base..m.end - base].fill(true);
                out.push(rm);
                t = m.end;
                continue;
            }
        }
        t += 1;
    }
    bare_titles(a, range, res, words, covered, out);
}

/// Key prefix of a title without adjective: it needs a single holder in the document.
pub const BARE_TITLE: &str = "#bare ";

/// A title not followed by a name refers to whoever held it earlier in the document.
fn bare_titles(
    a: &Analysis,
    range: std::ops::Range<usize>,
    res: &Resources,
    words: &Words,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let mut t = range.start;
    while t < range.end {
        if covered[t - base] {
            t += 1;
            continue;
        }
        if let Some((m, k)) = counterpart(a, t, range.clone(), res) {
            let taken = covered[m.start - base..m.end - base].iter().any(|&c| c);
            // A name right after it is the counterpart's own name ("نظيره السوري فيصل المقداد").
            let named = m.end < range.end && covered[m.end - base];
            if !taken && !named {
                out.push(mention(a, &m, Target::Title(k), false));
                covered[m.start - base..m.end - base].fill(true);
                t = m.end;
                continue;
            }
        }
        let Some(title) = words
            .titles
            .matches_at(&a.tokens, t, range.end, false)
            .into_iter()
            .next()
        else {
            t += 1;
            continue;
        };
        // Only specific titles: at least two words with an adjective (the Iraqi prime minister).
        let mut end = title.end;
        let mut adjectives = Vec::new();
        while let Some(adj) = res
            .adjectives
            .matches_at(&a.tokens, end, range.end, false)
            .into_iter()
            .next()
        {
            adjectives.push(*adj.value);
            end = adj.end;
        }
        // A name right after the title is its holder, unless the KB says the name belongs to
        // another country ("والتقى ولي العهد السعودي زيلينسكي": two people).
        let foreign_name =
            out.iter()
                .find(|m| m.start_tok == end)
                .is_some_and(|m| match m.target {
                    Target::Kb(e) => {
                        let person = &res.kb.entries()[e];
                        let nationality = |i: &usize| res.kb.entries()[*i].id.as_str();
                        person.kind == EntityType::Person
                            && person
                                .country
                                .as_deref()
                                .is_some_and(|c| !adjectives.iter().any(|i| nationality(i) == c))
                    }
                    _ => false,
                });
        let next_covered = end < range.end && covered[end - base] && !foreign_name;
        // A definite title alone ("البابا", "الأمين العام", "the secretary-general") stands for
        // the one person the document gave it to; `entities` drops it when two share the title.
        let definite = if a.tokens[t].arabic {
            is_definite(&a.tokens[t].key)
        } else {
            t > range.start && a.tokens[t - 1].key == "the"
        };
        let bare = adjectives.is_empty() && definite && !(end < range.end && covered[end - base]);
        if (adjectives.is_empty() && !bare)
            || next_covered
            || covered[t - base..end - base].iter().any(|&c| c)
        {
            t += 1;
            continue;
        }
        let key: Vec<&str> = (t..title.end)
            .filter(|&x| a.tokens[x].kind != TokenKind::Punct)
            .map(|x| strip_clitics(&a.tokens[x].key, title.reading.as_ref().filter(|_| x == t)))
            .collect();
        let mut k = same_title(words, key.join(" "));
        adjectives.sort_unstable();
        for adj in adjectives {
            k.push_str(&format!(" #{adj}"));
        }
        if bare {
            k = format!("{BARE_TITLE}{k}");
        }
        let m = PhraseMatch {
            start: t,
            end,
            reading: title.reading.clone(),
            value: &(),
        };
        out.push(mention(a, &m, Target::Title(k), false));
        covered[t - base..end - base].fill(true);
        t = end;
    }
}

/// "نظيره السعودي", "his Saudi counterpart": the person of that country the document names
/// (key `#counterpart #<country>`, resolved in `entities`).
fn counterpart(
    a: &Analysis,
    t: usize,
    range: std::ops::Range<usize>,
    res: &Resources,
) -> Option<(PhraseMatch<'static, ()>, String)> {
    let tok = &a.tokens[t];
    let adjective_at = |x: usize| {
        res.adjectives
            .matches_at(&a.tokens, x, range.end, false)
            .into_iter()
            .next()
            .map(|m| (*m.value, m.end))
    };
    let (start, end, adj) = if tok.arabic {
        let is_counterpart = tok.key == "نظير"
            || arabic::readings_shared(&tok.key)
                .iter()
                .any(|r| r.stem == "نظير" && r.prep.is_none());
        if !is_counterpart || t + 1 >= range.end {
            return None;
        }
        let (adj, end) = adjective_at(t + 1)?;
        (t, end, adj)
    } else {
        // his / her / its + demonym + counterpart
        if tok.key != "counterpart" || t < range.start + 2 {
            return None;
        }
        let (adj, adj_end) = adjective_at(t - 1).or_else(|| adjective_at(t.checked_sub(2)?))?;
        if adj_end != t {
            return None;
        }
        let first = (range.start..t)
            .rev()
            .take(4)
            .find(|&x| matches!(a.tokens[x].key.as_str(), "his" | "her" | "its" | "their"))?;
        (first, t + 1, adj)
    };
    static UNIT: () = ();
    let country = &res.kb.entries()[adj];
    let country = if country.kind == EntityType::Country {
        country.id.clone()
    } else {
        country.country.clone()?
    };
    Some((
        PhraseMatch {
            start,
            end,
            reading: None,
            value: &UNIT,
        },
        format!("#counterpart {country}"),
    ))
}

const CONNECTORS: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "of", "de", "ad", "as", "ash", "ar", "az",
];

fn english_patterns(
    a: &Analysis,
    range: std::ops::Range<usize>,
    res: &Resources,
    words: &Words,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    // "the Iran-aligned group": a reference to an organisation, not a mention of Iran.
    let mut backers = Vec::new();
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let e = m.end_tok;
        let modifier = |x: usize| {
            a.tokens.get(x).is_some_and(|t| {
                matches!(
                    t.key.as_str(),
                    "aligned"
                        | "backed"
                        | "allied"
                        | "sponsored"
                        | "supported"
                        | "linked"
                        | "affiliated"
                        | "funded"
                )
            })
        };
        let head = |x: usize| {
            a.tokens.get(x).is_some_and(|t| {
                matches!(
                    t.key.as_str(),
                    "group" | "militia" | "movement" | "faction" | "organization" | "organisation"
                )
            })
        };
        if e + 2 < range.end && a.tokens[e].is_punct("-") && modifier(e + 1) && head(e + 2) {
            let start = if m.start_tok > range.start && a.tokens[m.start_tok - 1].key == "the" {
                m.start_tok - 1
            } else {
                m.start_tok
            };
            let end = e + 3;
            // The backer stays a node of the document, as a qualifier: no argument.
            if matches!(m.target, Target::Kb(p) if res.kb.entries()[p].kind.is_place()) {
                backers.push(RawMention {
                    qualifier: true,
                    ..m.clone()
                });
            }
            out[i] = RawMention {
                start_tok: start,
                end_tok: end,
                start: a.tokens[start].start,
                end: a.tokens[end - 1].end,
                target: Target::AnaphorOrg,
                weak: false,
                reading: None,
                titles: Vec::new(),
                adjective: false,
                qualifier: false,
            };
            covered[start - base..end - base].fill(true);
        }
        i += 1;
    }
    out.append(&mut backers);
    let mut t = range.start;
    while t < range.end {
        let tok = &a.tokens[t];
        let cap = |x: usize| {
            a.tokens[x].kind == TokenKind::Word
                && a.tokens[x].is_capitalized(a.text)
                && !covered[x - base]
        };
        if !cap(t)
            || words.stop.contains(tok.key.as_str())
            || !res
                .adjectives
                .matches_at(&a.tokens, t, t + 1, false)
                .is_empty()
        {
            t += 1;
            continue;
        }
        if let Some(title) = words
            .titles
            .matches_at(&a.tokens, t, range.end, false)
            .into_iter()
            .chain(words.honorifics.matches_at(&a.tokens, t, range.end, false))
            .next()
        {
            t = title.end;
            continue;
        }
        // Extend the run of capitalised words and connectors.
        let mut end = t + 1;
        let mut last_word = t;
        while end < range.end {
            let x = &a.tokens[end];
            if covered[end - base] {
                break;
            }
            if cap(end)
                && !words.stop.contains(x.key.as_str())
                && words
                    .titles
                    .matches_at(&a.tokens, end, end + 1, false)
                    .is_empty()
            {
                last_word = end;
                end += 1;
            } else if (x.kind == TokenKind::Word && CONNECTORS.contains(&x.key.as_str()))
                || x.is_punct("-")
            {
                end += 1;
            } else {
                break;
            }
        }
        let end = last_word + 1;
        // "al-Sawana", "el-Arish": a lower-case article and hyphen open the name.
        let s = if t >= range.start + 2
            && a.tokens[t - 1].is_punct("-")
            && matches!(a.tokens[t - 2].key.as_str(), "al" | "el")
            && !a.tokens[t - 2].is_capitalized(a.text)
            && !covered[t - 2 - base]
        {
            t - 2
        } else {
            t
        };
        let n_words = (s..end)
            .filter(|&x| a.tokens[x].kind == TokenKind::Word && a.tokens[x].is_capitalized(a.text))
            .count();
        let sentence_initial = s == range.start || a.tokens[s - 1].is_punct("\"");
        let after_title = title_before(a, range.start, s, res, words).is_some();
        let prev = (s > range.start).then(|| a.tokens[s - 1].key.as_str());
        // "Ministry of Defence", "Council of Ministers": a head word before "of" names a body too.
        let head_of = (s..end).any(|x| {
            words.org_heads.contains(word_text_key(a, x).as_ref())
                && a.tokens.get(x + 1).is_some_and(|n| n.key == "of")
        });
        // "the Merowe air base", "Mitiga airport": an unknown name before a lower-case
        // facility head names the facility, head and all.
        // (Not after a possessive: "Tripoli's Mitiga airport" stays the owner's site, which
        // joins the owner to the other targets of its verb.)
        let possessed = s >= range.start + 2
            && a.tokens[s - 1].key == "s"
            && (a.tokens[s - 2].is_punct("'") || a.tokens[s - 2].is_punct("’"));
        let facility_tail = [
            &["air", "base"][..],
            &["naval", "base"],
            &["military", "base"],
            &["airbase"],
            &["airport"],
            &["air", "field"],
            &["airfield"],
            &["refinery"],
            &["border", "crossing"],
            &["crossing"],
        ]
        .iter()
        .find(|w| {
            end + w.len() <= range.end
                && w.iter().enumerate().all(|(i, k)| {
                    !covered[end + i - base]
                        && !a.tokens[end + i].is_capitalized(a.text)
                        && a.tokens[end + i].key == *k
                })
        })
        .map(|w| end + w.len())
        .filter(|_| !possessed);
        let end = facility_tail.unwrap_or(end);
        let kind = if facility_tail.is_some() {
            Some(EntityType::Facility)
        } else if words.org_heads.contains(word_text_key(a, end - 1).as_ref()) || head_of {
            Some(EntityType::Organization)
        } else if (s..end).any(|x| {
            !words
                .facility_heads
                .matches_at(&a.tokens, x, end, false)
                .is_empty()
        }) {
            Some(EntityType::Facility)
        } else if a.tokens.get(end).is_some_and(|x| {
            // "Mashtal district", "the Leqtaifiya area": a place noun after the name.
            end < range.end
                && !x.is_capitalized(a.text)
                && matches!(
                    x.key.as_str(),
                    "district"
                        | "area"
                        | "neighbourhood"
                        | "neighborhood"
                        | "quarter"
                        | "village"
                        | "town"
                        | "province"
                        | "governorate"
                        | "region"
                        | "camp"
                )
        }) {
            Some(EntityType::Location)
        } else if after_title {
            Some(EntityType::Person)
        } else if matches!(
            prev,
            Some("in" | "to" | "near" | "at" | "from" | "into" | "outside")
        ) || (
            // "the towns of Rastan and Talbiseh"
            matches!(prev, Some("of" | "and"))
                && s >= range.start + 2
                && (s.saturating_sub(5).max(range.start)..s).any(|x| {
                    matches!(
                        a.tokens[x].key.as_str(),
                        "town"
                            | "towns"
                            | "city"
                            | "cities"
                            | "village"
                            | "villages"
                            | "province"
                            | "provinces"
                            | "district"
                            | "region"
                            | "camp"
                            | "port"
                            | "community"
                            | "settlement"
                            | "kibbutz"
                    )
                })
        ) || (
            // "at al-Qurayn and al-Wadiah": the conjunct of a place just named.
            matches!(prev, Some("and" | "or"))
                && out.iter().any(|o| {
                    o.end_tok + 1 == s
                        && match o.target {
                            Target::Kb(e) => res.kb.entries()[e].kind == EntityType::Location,
                            Target::New(k) => k == EntityType::Location,
                            _ => false,
                        }
                })
        ) {
            Some(EntityType::Location)
        } else if n_words >= 2
            && (!sentence_initial
                || (s..end).any(|x| CONNECTORS.contains(&a.tokens[x].key.as_str())))
            // "Foreign Affairs Minister Ahmed Attaf", "Energy Security Secretary": capitalised
            // words right before a title are its portfolio, not a person.
            && !(end < range.end
                && a.tokens[end].is_capitalized(a.text)
                && !words
                    .titles
                    .matches_at(&a.tokens, end, range.end, false)
                    .is_empty())
        {
            Some(EntityType::Person)
        } else {
            None
        };
        // "the 91st Division", "its 1st Armored Brigade": a unit's ordinal is part of its name.
        let ordinal = |x: &crate::text::Token| {
            let k = x.key.as_str();
            let digits = k.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && matches!(&k[digits.len()..], "st" | "nd" | "rd" | "th")
        };
        let s = if kind == Some(EntityType::Organization)
            && s > range.start
            && !covered[s - 1 - base]
            && ordinal(&a.tokens[s - 1])
        {
            s - 1
        } else {
            s
        };
        if let Some(kind) = kind {
            push_new(a, s, end, kind, None, covered, base, out);
        }
        t = end;
    }
    // Anaphors: "the group".
    for t in range.clone() {
        if covered[t - base] {
            continue;
        }
        if let Some(m) = words
            .anaphor_org
            .matches_at(&a.tokens, t, range.end, false)
            .into_iter()
            .next()
        {
            if covered[m.start - base..m.end - base].iter().any(|&c| c) {
                continue;
            }
            let next_cap = m.end < range.end && a.tokens[m.end].is_capitalized(a.text);
            if !next_cap {
                out.push(mention(a, &m, Target::AnaphorOrg, false));
                covered[m.start - base..m.end - base].fill(true);
            }
        }
    }
    english_self_named(a, range.clone(), covered, out);
    english_roles(a, range.clone(), res, covered, out);
    english_place_descriptions(a, range.clone(), res, covered, out);
    english_country_forces(a, range.clone(), res, covered, out);
    bare_titles(a, range, res, words, covered, out);
}

/// The key of token `x`'s text: its own key for a word or number (made the same way), computed
/// again only for punctuation (whose key is its class: "،" is ",").
fn word_text_key<'a>(a: &'a Analysis, x: usize) -> std::borrow::Cow<'a, str> {
    let t = &a.tokens[x];
    if t.kind == TokenKind::Punct {
        crate::text::normalize::key(t.text(a.text)).into()
    } else {
        t.key.as_str().into()
    }
}

/// "a group calling itself Partisans of the Caliphate in Sinai": the whole name a group
/// gives itself is one organisation, whatever known names it contains.
fn english_self_named(
    a: &Analysis,
    range: std::ops::Range<usize>,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let cap = |x: usize| {
        x < range.end && a.tokens[x].kind == TokenKind::Word && a.tokens[x].is_capitalized(a.text)
    };
    for t in range.start + 1..range.end {
        if a.tokens[t].key != "itself"
            || !matches!(a.tokens[t - 1].key.as_str(), "calling" | "calls" | "called")
        {
            continue;
        }
        let mut start = t + 1;
        if start < range.end && is_quote_token(&a.tokens[start]) {
            start += 1;
        }
        let mut end = start;
        let mut words = 0;
        while end < range.end {
            if cap(end) {
                words += 1;
                end += 1;
            } else if (a.tokens[end].is_punct("-") && end > start && cap(end + 1))
                || (matches!(
                    a.tokens[end].key.as_str(),
                    "of" | "the" | "in" | "al" | "for"
                ) && (cap(end + 1)
                    || (a.tokens[end + 1..range.end]
                        .first()
                        .is_some_and(|n| n.key == "the")
                        && cap(end + 2))))
            {
                end += 1;
            } else {
                break;
            }
        }
        if words < 2 || out.iter().any(|m| m.start_tok == start && m.end_tok >= end) {
            continue;
        }
        // Names inside it, and names overlapping its end, give way.
        out.retain(|m| m.end_tok <= start || m.start_tok >= end);
        covered[start - base..end - base].fill(false);
        push_new(
            a,
            start,
            end,
            EntityType::Organization,
            None,
            covered,
            base,
            out,
        );
    }
}

/// The last word of every person named with two words or more, when no other person of the
/// document shares it: "Hariri" for "Saad al-Hariri", "البرهان" for "عبد الفتاح البرهان".
pub fn short_names(a: &Analysis, mentions: &[RawMention], res: &Resources) -> PhraseIndex<Target> {
    let mut by_surname: std::collections::HashMap<String, Vec<Target>> =
        std::collections::HashMap::new();
    for m in mentions {
        let person = match &m.target {
            Target::Kb(e) => res.kb.entries()[*e].kind == EntityType::Person,
            Target::New(kind) => *kind == EntityType::Person,
            _ => false,
        };
        let words: Vec<usize> = (m.start_tok..m.end_tok)
            .filter(|&t| a.tokens[t].kind == TokenKind::Word)
            .collect();
        if !person || words.len() < 2 {
            continue;
        }
        // Cannot fail: fewer than two words `continue`d above.
        let last = *words.last().expect("two words or more");
        let key = super::phrases::word_key(&a.tokens[last].key).to_string();
        if key.chars().count() < 3 || CONNECTORS.contains(&key.as_str()) {
            continue;
        }
        let targets = by_surname.entry(key).or_default();
        if !targets.contains(&m.target) {
            targets.push(m.target.clone());
        }
        // Royals go by honorific and given name: "تميم بن حمد آل ثاني" is "الشيخ تميم",
        // "Mohammed bin Salman" is "الأمير محمد" (unless the document has two of them).
        let second = super::phrases::word_key(&a.tokens[words[1]].key);
        if words.len() >= 3 && matches!(second, "بن" | "bin") {
            let given = super::phrases::word_key(&a.tokens[words[0]].key).to_string();
            for honorific in [
                "الشيخ",
                "الامير",
                "الملك",
                "السلطان",
                "Sheikh",
                "Prince",
                "King",
            ] {
                let targets = by_surname
                    .entry(format!("{honorific} {given}"))
                    .or_default();
                if !targets.contains(&m.target) {
                    targets.push(m.target.clone());
                }
            }
        }
    }
    let mut index = PhraseIndex::new(true);
    let mut keys: Vec<_> = by_surname
        .into_iter()
        .filter(|(_, t)| t.len() == 1)
        .collect();
    keys.sort_by(|x, y| x.0.cmp(&y.0));
    for (key, mut targets) in keys {
        index.insert(&key, targets.remove(0));
    }
    index
}

pub(super) fn is_quote_token(tok: &crate::text::Token) -> bool {
    tok.kind == TokenKind::Punct && matches!(tok.key.as_str(), "\"" | "“" | "”" | "«" | "»" | "„")
}

/// English role descriptions with no name after them: "the Turkish minister", "Iran's top
/// diplomat", "the crown prince". Key `#role <country or -> <role>`, resolved in `entities` to the
/// last person of that country who held the role.
fn english_roles(
    a: &Analysis,
    range: std::ops::Range<usize>,
    res: &Resources,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    const ROLES: &[&str] = &[
        "top diplomat",
        "foreign minister",
        "defence minister",
        "defense minister",
        "crown prince",
        "prime minister",
        "minister",
        "president",
        "emir",
        "king",
        "sultan",
        "army chief",
    ];
    let base = range.start;
    let key = |x: usize| a.tokens[x].key.as_str();
    for t in range.clone() {
        if covered[t - base] {
            continue;
        }
        // Only a role's first word can open one (most words are none).
        if !matches!(
            key(t),
            "top"
                | "foreign"
                | "defence"
                | "defense"
                | "crown"
                | "prime"
                | "minister"
                | "president"
                | "emir"
                | "king"
                | "sultan"
                | "army"
        ) {
            continue;
        }
        let Some(role) = ROLES.iter().find(|r| {
            // The first word first: splitting every role at every word cost a fifth of English.
            let k = key(t);
            if !(r.starts_with(k) && r.as_bytes().get(k.len()).is_none_or(|&b| b == b' ')) {
                return false;
            }
            let n = r.split(' ').count();
            t + n <= range.end && r.split(' ').enumerate().all(|(i, w)| key(t + i) == w)
        }) else {
            continue;
        };
        let end = t + role.split(' ').count();
        if covered[t - base..end - base].iter().any(|&c| c)
            || (end < range.end && (covered[end - base] || a.tokens[end].is_capitalized(a.text)))
        {
            continue;
        }
        // "Turkish minister", "Iran's top diplomat", or "the crown prince" (two words, no country).
        let demonym = (t.saturating_sub(2).max(range.start)..t).find_map(|x| {
            res.adjectives
                .matches_at(&a.tokens, x, t, false)
                .into_iter()
                .find(|m| m.end == t)
                .map(|m| (m.start, *m.value))
        });
        let possessive = (t >= range.start + 3 && key(t - 1) == "s" && key(t - 2) == "'")
            .then(|| out.iter().find(|m| m.end_tok == t - 2))
            .flatten()
            .and_then(|m| match m.target {
                Target::Kb(e) => Some((t, e)),
                _ => None,
            });
        let country = demonym.or(possessive).and_then(|(start, e)| {
            let entry = &res.kb.entries()[e];
            let c = if entry.kind == EntityType::Country {
                Some(entry.id.clone())
            } else {
                entry.country.clone()
            };
            c.map(|c| (start, c))
        });
        let start = match &country {
            Some((s, _)) => *s,
            None if t > range.start && key(t - 1) == "the" && role.contains(' ') => t - 1,
            None => continue,
        };
        if covered[start - base..t - base].iter().any(|&c| c) {
            continue;
        }
        static UNIT: () = ();
        let m = PhraseMatch {
            start,
            end,
            reading: None,
            value: &UNIT,
        };
        let c = country.map_or("-".to_string(), |(_, c)| c);
        out.push(mention(
            a,
            &m,
            Target::Title(format!("#role {c} {role}")),
            false,
        ));
        covered[start - base..end - base].fill(true);
    }
}

/// English descriptions of places with no name after them. Epithets name one country ("the
/// Jewish state"); "the Saudi capital" is that country's capital in the KB; "the city", "the
/// southern town" (key `#place city`), "the country", "the kingdom" (keys `#place country`,
/// `#place kingdom`) and "the airport", "the air base" (key `#place facility <head>`) are
/// resolved in `entities` to a place of that kind named before.
fn english_place_descriptions(
    a: &Analysis,
    range: std::ops::Range<usize>,
    res: &Resources,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    // Word by word: splitting each form at every "the" cost a sixth of this function.
    const EPITHETS: &[(&[&str], &str)] = &[
        (&["the", "jewish", "state"], "israel"),
        (&["the", "zionist", "entity"], "israel"),
        (&["the", "zionist", "regime"], "israel"),
        (&["the", "zionist", "enemy"], "israel"),
        (&["the", "islamic", "republic"], "iran"),
    ];
    const TOWN: &[&str] = &["city", "town", "capital", "village"];
    const FACILITY: &[&str] = &[
        "airport",
        "base",
        "embassy",
        "consulate",
        "port",
        "refinery",
        "palace",
    ];
    const SIDE: &[&str] = &[
        "southern",
        "northern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "coastal",
        "border",
        "port",
        "holy",
        "besieged",
    ];
    let base = range.start;
    let key = |x: usize| a.tokens[x].key.as_str();
    let free = |from: usize, to: usize, covered: &[bool]| {
        to <= range.end && covered[from - base..to - base].iter().all(|&c| !c)
    };
    // No name follows ("the city of Homs", "the capital Sanaa" name it themselves).
    let unnamed = |end: usize| {
        end >= range.end || !(a.tokens[end].is_capitalized(a.text) || key(end) == "of")
    };
    static UNIT: () = ();
    let mut t = range.start;
    while t < range.end {
        if key(t) != "the" || covered[t - base] {
            t += 1;
            continue;
        }
        let epithet = EPITHETS.iter().find(|(form, _)| {
            let n = form.len();
            t + n <= range.end && form.iter().enumerate().all(|(i, w)| key(t + i) == *w)
        });
        let mut found: Option<(usize, Target)> = None;
        if let Some((form, id)) = epithet {
            let end = t + form.len();
            if let Some(i) = res.kb.index_of(id).filter(|_| unnamed(end)) {
                found = Some((end, Target::Kb(i)));
            }
        } else if t + 2 < range.end && key(t + 2) == "capital" {
            // "the Saudi capital": the capital the KB gives that country.
            let country = res
                .adjectives
                .matches_at(&a.tokens, t + 1, t + 2, false)
                .into_iter()
                .find(|m| m.end == t + 2)
                .map(|m| &res.kb.entries()[*m.value])
                .and_then(|e| {
                    if e.kind == EntityType::Country {
                        Some(e.id.clone())
                    } else {
                        e.country.clone()
                    }
                });
            let capital = country.and_then(|c| {
                res.kb.entries().iter().position(|e| {
                    e.subtype.as_deref() == Some("capital") && e.country.as_deref() == Some(&c)
                })
            });
            if let Some(i) = capital.filter(|_| unnamed(t + 3)) {
                found = Some((t + 3, Target::Kb(i)));
            }
        } else if t + 1 < range.end && matches!(key(t + 1), "country" | "kingdom") {
            if unnamed(t + 2) {
                let k = format!("#place {}", key(t + 1));
                found = Some((t + 2, Target::Title(k)));
            }
        } else {
            let mut end = t + 1;
            while end < range.end && SIDE.contains(&key(end)) {
                end += 1;
            }
            if end < range.end && TOWN.contains(&key(end)) && unnamed(end + 1) {
                found = Some((end + 1, Target::Title("#place city".into())));
            } else {
                // "the airport", "the international airport", "the air base", "the embassy".
                let mut end = t + 1;
                while end < range.end
                    && matches!(key(end), "international" | "military" | "air" | "naval")
                {
                    end += 1;
                }
                if end < range.end && FACILITY.contains(&key(end)) && unnamed(end + 1) {
                    let k = format!("#place facility {}", key(end));
                    found = Some((end + 1, Target::Title(k)));
                }
            }
        }
        // "the Saudi capital": the capital replaces the demonym read inside it.
        if let Some((end, Target::Kb(_))) = &found {
            if covered[t - base..*end - base].iter().any(|&c| c) {
                out.retain(|m| !(m.start_tok >= t && m.end_tok <= *end));
                covered[t - base..*end - base].fill(false);
            }
        }
        match found {
            Some((end, target)) if free(t, end, covered) => {
                let m = PhraseMatch {
                    start: t,
                    end,
                    reading: None,
                    value: &UNIT,
                };
                out.push(mention(a, &m, target, false));
                covered[t - base..end - base].fill(true);
                t = end;
            }
            _ => t += 1,
        }
    }
}

/// "Sudan's army", "Israel's military", "Turkey's air force": a country's armed force is the KB
/// force of that country whose name or alias has the head word, when exactly one has it;
/// otherwise the country mention stays as it is (English).
fn english_country_forces(
    a: &Analysis,
    range: std::ops::Range<usize>,
    res: &Resources,
    covered: &mut [bool],
    out: &mut [RawMention],
) {
    const HEADS: &[&str] = &["air force", "navy", "army", "military", "armed forces"];
    let base = range.start;
    let key = |x: usize| a.tokens[x].key.as_str();
    for m in out.iter_mut() {
        let Target::Kb(c) = m.target else { continue };
        let e = m.end_tok;
        let country = &res.kb.entries()[c];
        if country.kind != EntityType::Country
            || m.start_tok < range.start
            || e + 2 >= range.end
            || key(e + 1) != "s"
            || !(a.tokens[e].is_punct("'") || a.tokens[e].is_punct("’"))
        {
            continue;
        }
        let Some((head, end)) = HEADS.iter().find_map(|h| {
            let n = h.split(' ').count();
            (e + 2 + n <= range.end && h.split(' ').enumerate().all(|(i, w)| key(e + 2 + i) == w))
                .then_some((*h, e + 2 + n))
        }) else {
            continue;
        };
        if covered[e + 2 - base..end - base].iter().any(|&x| x) {
            continue;
        }
        let has_head = |k: &super::kb::KbEntry| {
            std::iter::once(&k.label_en)
                .chain(k.aliases.iter())
                .any(|n| {
                    n.to_lowercase()
                        .split(' ')
                        .collect::<Vec<_>>()
                        .join(" ")
                        .contains(head)
                })
        };
        let forces: Vec<usize> = res
            .kb
            .entries()
            .iter()
            .enumerate()
            .filter(|(_, k)| {
                k.subtype.as_deref() == Some("armed-forces")
                    && k.country.as_deref() == Some(country.id.as_str())
                    && has_head(k)
            })
            .map(|(i, _)| i)
            .collect();
        if let [force] = forces[..] {
            m.target = Target::Kb(force);
            m.end_tok = end;
            m.end = a.tokens[end - 1].end;
            covered[e - base..end - base].fill(true);
        }
    }
}
