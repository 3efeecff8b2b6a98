//! Arabic places and landmarks the knowledge base lacks, named after the noun that says what
//! they are: a town, city or quarter ("بلدة قرقميش", "مدينة غدامس", "منطقة الكولا") becomes a
//! location named by the words after the noun; a palace, mosque, church, university, square or
//! street ("قصر الاتحادية", "الجامع الأزهر", "ساحة الطيران", "قصر بغداد") a facility named with it.
//!
//! Arabic has no capitals, so the name is told from a common noun by its form: the noun before
//! it carries no article (a construct, "بلدة X", so a definite word after it is a genitive), and
//! a name is neither an indefinite adjective ("منطقة عازلة", "بلدة حدودية": ending in ة or ي)
//! nor one of the common nouns that follow these heads ("منطقة العمليات", "ساحة المعركة").

use super::mentions::{
    is_definite, is_quote_token, name_word, new_name, push_new, RawMention, Target,
};
use super::resources::{Resources, Words};
use crate::model::{EntityType, Lang};
use crate::text::{arabic, Analysis};

/// Heads of landmarks (keys): the head is part of the facility's name.
const LANDMARK_HEADS: &[&str] = &[
    "قصر",
    "جامع",
    "مسجد",
    "كنيسه",
    "جامعه",
    "ساحه",
    "ميدان",
    "شارع",
    "ضريح",
    "مرقد",
    "مقام",
];

/// Houses, landmarks only when a notable's honorific follows ("بيت الإمام الخميني"): else
/// too common ("منزل العائلة").
const HOUSES: &[&str] = &["بيت", "منزل"];

/// Landmark heads of tombs, named after a person.
const SHRINES: &[&str] = &["ضريح", "مرقد", "مقام"];

/// Honorifics inside a landmark's name, followed by the person's name ("مرقد الإمام علي").
const HONORIFICS: &[&str] = &["الامام", "الشيخ", "السيد", "النبي", "السيده"];

/// Place nouns after which an indefinite word is no name ("منطقة نفوذ", "منطقة حظر").
const DEFINITE_ONLY: &[&str] = &["منطقه", "منطقتي"];

/// Every key [`head_at`] takes for a head besides the place nouns, for its word filter.
pub(super) fn head_words() -> impl Iterator<Item = &'static str> {
    DEFINITE_ONLY
        .iter()
        .chain(LANDMARK_HEADS)
        .chain(HOUSES)
        .chain(&["الجامع"])
        .copied()
}

/// Common nouns that follow a place noun or a landmark head (keys).
const COMMON_AFTER_HEAD: &[&str] = &[
    "الحدود",
    "العمليات",
    "الاشتباكات",
    "الاشتباك",
    "المعركه",
    "المعارك",
    "القتال",
    "الحرب",
    "النزاع",
    "الصراع",
    "التماس",
    "النفوذ",
    "الحظر",
    "الحكم",
    "الانتشار",
    "الملاهي",
    "الشرق",
    "الغرب",
    "الشمال",
    "الجنوب",
    "الوسط",
    "الرئاسه",
    "المراقبه",
    "العدل",
    "الضيافه",
    "الامير",
    "الملك",
    "الشيخ",
];

/// Directions, which locate rather than name ("بلدة شمال حلب").
const DIRECTIONS: &[&str] = &["شمال", "جنوب", "شرق", "غرب", "وسط", "قرب", "بين", "داخل"];

/// Definite words that describe a place after its name ("بلدة كفركلا الحدودي…"); those
/// ending in ة are adjectives by their form already.
const GENERIC_AFTER_NAME: &[&str] = &[
    "الحدودي",
    "الساحلي",
    "الجنوبي",
    "الشمالي",
    "الشرقي",
    "الغربي",
];

/// Words that end a landmark's name ("كنيسة الطاهرة الكبرى", "المسجد الأقصى القديم").
const LANDMARK_DESCRIPTORS: &[&str] = &["الكبري", "الكبير", "القديم", "القديمه", "الاثري", "الاثريه"];

/// Finds both kinds over the uncovered tokens of `range` (Arabic only).
pub fn landmarks(
    a: &Analysis,
    range: std::ops::Range<usize>,
    res: &Resources,
    words: &Words,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let mut t = range.start;
    while t + 1 < range.end {
        if covered[t - base] || !a.tokens[t].arabic {
            t += 1;
            continue;
        }
        // A facility head before a quoted name: ثكنة “أفيفيم”، قاعدة "عين الأسد".
        if let Some(close) = quoted_after(a, t, range.clone(), words) {
            let reading = head_at(&a.tokens[t], words).and_then(|h| h.1).or_else(|| {
                words
                    .facility_heads
                    .matches_at(&a.tokens, t, t + 1, false)
                    .into_iter()
                    .next()
                    .and_then(|m| m.reading)
            });
            out.retain(|m| !(m.start_tok > t && m.end_tok <= close));
            push_new(
                a,
                t,
                close + 1,
                EntityType::Facility,
                reading,
                covered,
                base,
                out,
            );
            t = close + 1;
            continue;
        }
        let Some((head, reading, landmark)) = head_at(&a.tokens[t], words) else {
            t += 1;
            continue;
        };
        let n = t + 1;
        // "قصر بغداد", "جامعة القاهرة": a landmark named by a known place; "ضريح الخميني": a
        // shrine by the person buried there.
        if landmark && !HOUSES.contains(&head.as_str()) {
            let shrine = SHRINES.contains(&head.as_str());
            if let Some(i) = out.iter().position(|m| {
                m.start_tok == n
                    && matches!(m.target, Target::Kb(e) if res.kb.entries()[e].kind.is_place()
                        || (shrine && res.kb.entries()[e].kind == EntityType::Person))
            }) {
                let end = out[i].end_tok;
                out.remove(i);
                push_new(a, t, end, EntityType::Facility, reading, covered, base, out);
                t = end;
                continue;
            }
        }
        let word = |x: usize| {
            x < range.end
                && name_word(a, x, Lang::Ar, res, words, covered, base)
                && res
                    .adjectives
                    .matches_at(&a.tokens, x, x + 1, false)
                    .is_empty()
        };
        let key = |x: usize| a.tokens[x].key.as_str();
        let mut end = n;
        let honorific =
            landmark && n < range.end && !covered[n - base] && HONORIFICS.contains(&key(n));
        if HOUSES.contains(&head.as_str()) && !honorific {
            t += 1;
            continue;
        }
        if honorific || (word(n) && is_definite(key(n))) {
            let k = key(n);
            // After a head without article a definite word is a genitive, never an adjective
            // ("قصر الاتحادية"): a name unless a common noun.
            if !COMMON_AFTER_HEAD.contains(&k) {
                end = n + 1;
                // "مرقد الإمام علي": the honorific's person is part of the name.
                if landmark && HONORIFICS.contains(&k) {
                    // The name علي folds to the key of the preposition على; its text tells them apart.
                    let ali = |x: usize| {
                        x < range.end && !covered[x - base] && a.tokens[x].text(a.text) == "علي"
                    };
                    // "بيت الإمام الخميني": a known person after the honorific.
                    if let Some(i) = out.iter().position(|m| {
                        m.start_tok == end
                            && matches!(m.target, Target::Kb(e) if res.kb.entries()[e].kind == EntityType::Person)
                    }) {
                        end = out.remove(i).end_tok;
                    }
                    while end < (n + 3).min(range.end)
                        && (word(end) || ali(end))
                        && !is_definite(key(end))
                        && !DIRECTIONS.contains(&key(end))
                        && !matches!(key(end), "ابن" | "بن")
                    {
                        end += 1;
                    }
                }
            }
        } else if !DEFINITE_ONLY.contains(&head.as_str()) {
            // One or two indefinite words: "ولاية فلوريدا", "ولاية ساوث كارولاينا"; a definite
            // word may close the name ("بلدة مارون الراس", "بلدة خان شيخون").
            // An adjective agrees with its head: after a masculine head ("قصر", "مرقد") a word
            // in ة is no adjective but a name ("قصر دولمة بهتشة").
            let masculine = !head.ends_with('ه');
            while end < n + 2
                && word(end)
                && !is_definite(key(end))
                && !(adjective_form(key(end))
                    && !(masculine && landmark && key(end).ends_with('ه')))
                && !DIRECTIONS.contains(&key(end))
            {
                end += 1;
            }
            if end > n
                && end < range.end
                && word(end)
                && is_definite(key(end))
                && !COMMON_AFTER_HEAD.contains(&key(end))
                && !GENERIC_AFTER_NAME.contains(&key(end))
                && !adjective_form(key(end))
            {
                end += 1;
            }
        }
        if end == n {
            t += 1;
            continue;
        }
        if landmark {
            while end < range.end
                && LANDMARK_DESCRIPTORS.contains(&key(end))
                && !covered[end - base]
            {
                end += 1;
            }
            push_new(a, t, end, EntityType::Facility, reading, covered, base, out);
        } else {
            push_new(a, n, end, EntityType::Location, None, covered, base, out);
        }
        t = end;
    }
}

/// The closing quote of a quoted name of one to three Arabic words right after a facility or
/// landmark head at `t`.
fn quoted_after(
    a: &Analysis,
    t: usize,
    range: std::ops::Range<usize>,
    words: &Words,
) -> Option<usize> {
    let head = head_at(&a.tokens[t], words).is_some_and(|h| h.2)
        || words
            .facility_heads
            .matches_at(&a.tokens, t, t + 1, false)
            .iter()
            .any(|m| m.end == t + 1);
    let open = t + 1;
    if !head || open >= range.end || !is_quote_token(&a.tokens[open]) {
        return None;
    }
    let close = (open + 2..(open + 5).min(range.end)).find(|&x| is_quote_token(&a.tokens[x]))?;
    (open + 1..close)
        .all(|x| a.tokens[x].arabic)
        .then_some(close)
}

/// The head a word is (its key without clitics), the clitics to cut, and whether it names a
/// landmark. A place noun must be bare ("بلدة", "وبمدينة"); a landmark head too, except the
/// mosque ("الجامع الأزهر").
fn head_at(
    tok: &crate::text::Token,
    words: &Words,
) -> Option<(String, Option<arabic::Reading>, bool)> {
    if !words.landmark_head_filter.may_start_at(tok) {
        // No reading of the word reaches a place noun or landmark head.
        return None;
    }
    let key = tok.key.as_str();
    let place = |k: &str| words.place_nouns.contains(k) || DEFINITE_ONLY.contains(&k);
    let landmark = |k: &str| LANDMARK_HEADS.contains(&k) || HOUSES.contains(&k);
    if place(key) && !key.starts_with("ال") {
        return Some((key.to_string(), None, false));
    }
    if landmark(key) {
        return Some((key.to_string(), None, true));
    }
    if key == "الجامع" {
        return Some(("جامع".to_string(), None, true));
    }
    arabic::readings_shared(key)
        .iter()
        .filter(|r| r.suffix.is_none() && !r.future && !r.article)
        .find_map(|r| {
            if place(&r.stem) {
                Some((r.stem.clone(), Some(r.clone()), false))
            } else if landmark(&r.stem) {
                Some((r.stem.clone(), Some(r.clone()), true))
            } else {
                None
            }
        })
}

/// The city an airport is named after ("مطار أبها") is a node of the document
/// too, as a qualifier: never an argument, so the airport stays what was struck or visited.
/// Mentions are otherwise disjoint; these few lie inside their airport's. Arabic only: in English
/// ("El Arish airport", "Arish" an alias) the later stages took the city for the airport.
pub fn airport_cities(a: &Analysis, res: &Resources, out: &mut Vec<RawMention>) {
    let airport = |m: &RawMention| match m.target {
        Target::Kb(e) => res.kb.entries()[e].subtype.as_deref() == Some("airport"),
        Target::New(EntityType::Facility) => arabic::readings_shared(&a.tokens[m.start_tok].key)
            .iter()
            .any(|r| r.stem == "مطار"),
        _ => false,
    };
    let mut cities = Vec::new();
    for m in out.iter().filter(|m| airport(m)) {
        for s in m.start_tok + 1..m.end_tok {
            let city = res
                .names
                .matches_at(&a.tokens, s, m.end_tok, false)
                .into_iter()
                .find(|c| res.kb.entries()[c.value.entry].kind == EntityType::Location);
            if let Some(c) = city {
                let tok = &a.tokens[s];
                let skip = c.reading.as_ref().map_or(0, |r| {
                    crate::text::normalize::original_prefix_len(tok.text(a.text), r.prefix_chars)
                });
                cities.push(RawMention {
                    start: tok.start + skip,
                    end: a.tokens[c.end - 1].end,
                    target: Target::Kb(c.value.entry),
                    qualifier: true,
                    ..new_name(
                        a,
                        s,
                        c.end,
                        EntityType::Location,
                        c.reading.clone(),
                        Vec::new(),
                    )
                });
                break;
            }
        }
    }
    out.extend(cities);
}

/// An indefinite word shaped like an adjective: ending in ة or the nisba ي ("عازلة", "حدودي").
fn adjective_form(key: &str) -> bool {
    key.ends_with('ه') || key.ends_with('ي')
}

#[cfg(test)]
mod tests {
    use crate::model::EntityType;

    use crate::extract::tests::pattern_entities as entities;

    #[test]
    fn towns_and_quarters_after_a_place_noun() {
        let e = entities("سقطت قذائف على بلدة قرقميش الحدودية، ووصل الوفد إلى ولاية ساوث كارولاينا.");
        assert!(
            e.contains(&(EntityType::Location, "قرقميش".into())),
            "{e:?}"
        );
        assert!(
            e.contains(&(EntityType::Location, "ساوث كارولاينا".into())),
            "{e:?}"
        );
        let e = entities("استهدفت الغارة شقة في منطقة الكولا.");
        assert!(e.contains(&(EntityType::Location, "الكولا".into())), "{e:?}");
        let e = entities("قصفت المدفعية محيط بلدة مارون الراس ومديرية سنحان.");
        assert!(
            e.contains(&(EntityType::Location, "مارون الراس".into())),
            "{e:?}"
        );
        assert!(e.contains(&(EntityType::Location, "سنحان".into())), "{e:?}");
    }

    #[test]
    fn adjectives_and_common_nouns_are_no_names() {
        let e = entities("أقامت القوات منطقة عازلة قرب بلدة حدودية في منطقة العمليات ومنطقة نفوذ.");
        assert!(
            e.iter()
                .all(|(k, _)| *k != EntityType::Location && *k != EntityType::Facility),
            "{e:?}"
        );
    }

    #[test]
    fn landmarks_keep_their_head() {
        let e = entities("توجه الموكب إلى قصر الاتحادية، ثم زار الجامع الأزهر وجامعة القاهرة.");
        for name in ["قصر الاتحادية", "الجامع الأزهر", "جامعة القاهرة"]
        {
            assert!(
                e.contains(&(EntityType::Facility, name.into())),
                "{name}: {e:?}"
            );
        }
        let e = entities("استهدف الحزب ثكنة “برانيت” بالصواريخ.");
        assert!(
            e.contains(&(EntityType::Facility, "ثكنة “برانيت”".into())),
            "{e:?}"
        );
        let e = entities("لقي عشرات حتفهم في ساحة المعركة.");
        assert!(e.iter().all(|(k, _)| *k != EntityType::Facility), "{e:?}");
    }
    #[test]
    fn shrines_houses_and_palaces_of_foreign_names() {
        let e = entities("زار الرئيس مرقد الإمام علي في النجف ثم بيت الإمام الخميني، والتقى نظيره في قصر دولمة بهتشة.");
        for name in ["مرقد الإمام علي", "بيت الإمام الخميني", "قصر دولمة بهتشة"]
        {
            assert!(
                e.contains(&(EntityType::Facility, name.into())),
                "{name}: {e:?}"
            );
        }
        // A house without a notable is no landmark; a feminine head's word in ة is an adjective.
        let e = entities("دخلت القوة منزل العائلة قرب ساحة واسعة.");
        assert!(e.iter().all(|(k, _)| *k != EntityType::Facility), "{e:?}");
    }

    #[test]
    fn the_city_of_an_airport_is_a_node_but_no_target() {
        let out =
            crate::extract::tests::pattern_extraction("قصفت الجماعة مطار أبها بطائرات مسيرة.");
        let ids: Vec<&str> = out.entities.iter().map(|e| e.id.as_str()).collect();
        assert!(
            ids.contains(&"kb/abha") && ids.contains(&"kb/abha-airport"),
            "{ids:?}"
        );
        assert!(
            out.relations.iter().all(|r| r.object != "kb/abha"),
            "{:?}",
            out.relations
        );
    }
}
