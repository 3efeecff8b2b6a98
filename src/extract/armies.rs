//! "The army", "the military", "الجيش", "القوات المسلحة", "قوات الجيش" with no state named: a
//! report says "the army" for the army of the state it is about ("Burhan, head of the army";
//! "أكد أن الجيش ماض حتى الانتصار"). Such a mention is the army named last in the document, else the
//! army of the state the document has named most so far, when the KB knows that state's army;
//! otherwise it names no node.

use super::entities::{DocEntity, Resolved};
use super::mentions::{RawMention, Target};
use super::resources::Resources;
use crate::model::{EntityType, Lang};
use crate::text::{arabic, Analysis, TokenKind};

/// The key of a bare army mention (a `Target::Title`).
pub const BARE_ARMY: &str = "#army";

/// Adds the bare army mentions of one sentence (tokens not yet covered).
pub fn bare_armies(
    a: &Analysis,
    range: std::ops::Range<usize>,
    lang: Lang,
    res: &Resources,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let mut t = range.start;
    while t < range.end {
        let found = find_at(a, range.clone(), lang, res, covered, t);
        match found {
            Some((s, e, reading)) => {
                let mut m = super::mentions::new_name(
                    a,
                    s,
                    e,
                    EntityType::Organization,
                    reading.filter(|r| r.prefix_chars > 0),
                    Vec::new(),
                );
                m.target = Target::Title(BARE_ARMY.into());
                covered[s - base..e - base].fill(true);
                out.push(m);
                t = e;
            }
            None => t += 1,
        }
    }
}

/// A bare army phrase starting at `t`, on free tokens: its token span and the clitic reading of
/// its first word.
fn find_at(
    a: &Analysis,
    range: std::ops::Range<usize>,
    lang: Lang,
    res: &Resources,
    covered: &[bool],
    t: usize,
) -> Option<(usize, usize, Option<arabic::Reading>)> {
    let base = range.start;
    let free = |x: usize| x < range.end && !covered[x - base];
    let word = |x: usize| free(x) && a.tokens[x].kind == TokenKind::Word;
    let key = |x: usize| a.tokens[x].key.as_str();
    // A demonym after the phrase names the state ("الجيش السوداني"): the compounds step's.
    let demonym_at = |x: usize| {
        x < range.end
            && !res
                .adjectives
                .matches_at(&a.tokens, x, range.end, false)
                .is_empty()
    };
    let found = match lang {
        Lang::En => {
            // "the army", "the military", "the armed forces"; not "the army of X", "the
            // Army Command", "the army's X" is fine.
            let end = if word(t) && key(t) == "the" && word(t + 1) {
                match key(t + 1) {
                    "army" | "military" => Some(t + 2),
                    "armed" if word(t + 2) && key(t + 2) == "forces" => Some(t + 3),
                    _ => None,
                }
            } else {
                None
            };
            end.filter(|&e| {
                !a.tokens[e - 1].is_capitalized(a.text)
                    && (e >= range.end || !(key(e) == "of" || a.tokens[e].is_capitalized(a.text)))
            })
            .map(|e| (t + 1, e, None))
        }
        Lang::Ar => {
            let reading = |x: usize, stem: &str| {
                arabic::readings_shared(key(x))
                    .iter()
                    .find(|r| r.stem == stem && r.article && r.suffix.is_none())
                    .cloned()
            };
            let stem_free = |x: usize, stem: &str| {
                word(x)
                    && a.tokens[x].arabic
                    && arabic::readings_shared(key(x))
                        .iter()
                        .any(|r| r.stem == stem && r.suffix.is_none())
            };
            // (Most words hold neither stem: no clitic readings looked up for them.)
            if word(t) && a.tokens[t].arabic && (key(t).contains("جيش") || key(t).contains("قوات"))
            {
                if let Some(r) = reading(t, "جيش") {
                    Some((t, t + 1, Some(r)))
                } else if let Some(r) =
                    reading(t, "قوات").filter(|_| word(t + 1) && reading(t + 1, "مسلحه").is_some())
                {
                    Some((t, t + 2, Some(r)))
                } else if stem_free(t, "قوات")
                    && !key(t).starts_with("ال")
                    && word(t + 1)
                    && reading(t + 1, "جيش").is_some()
                {
                    // قوات الجيش
                    let r = arabic::readings_shared(key(t))
                        .iter()
                        .find(|r| r.stem == "قوات")
                        .cloned();
                    Some((t, t + 2, r))
                } else {
                    None
                }
            } else {
                None
            }
            .filter(|&(_, e, _)| !demonym_at(e))
        }
    };
    found.filter(|&(s, e, _)| (s..e).all(free))
}

/// The KB army a bare army mention names, given the document's entities so far and the mentions
/// resolved before it (in text order): the last army named, else the army of the state named most.
pub fn resolve(entities: &[DocEntity], before: &[Resolved], res: &Resources) -> Option<usize> {
    let kb = res.kb.entries();
    let is_army = |k: usize| super::compounds::is_army(res, k);
    if let Some(k) = before
        .iter()
        .rev()
        .filter_map(|r| entities[r.entity].kb)
        .find(|&k| is_army(k))
    {
        return Some(k);
    }
    // States by how often they were named, directly or through their people and bodies.
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for r in before {
        let Some(k) = entities[r.entity].kb else {
            continue;
        };
        let state = if kb[k].kind == EntityType::Country {
            Some(k)
        } else {
            kb[k].country.as_deref().and_then(|c| res.kb.index_of(c))
        };
        if let Some(s) = state {
            match counts.iter_mut().find(|(c, _)| *c == s) {
                Some((_, n)) => *n += 1,
                None => counts.push((s, 1)),
            }
        }
    }
    // The first state to reach the highest count.
    let best = counts.iter().map(|&(_, n)| n).max()?;
    let state = counts.iter().find(|&&(_, n)| n == best)?.0;
    super::compounds::army_of(res, state)
}
