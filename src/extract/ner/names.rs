//! Names the tagger finds become mentions where no knowledge-base name or pattern matched.
//!
//! Conservative on purpose (an analyst must trust every edge): only `PERS`, `ORG` and `LOC`
//! spans of Arabic words, with a confidence of at least [`MIN_CONFIDENCE`], and no one-word span
//! that is a function word, title, honorific, trigger, speech verb, group or facility head,
//! institution noun or demonym.

use super::Span;
use crate::extract::mentions::{RawMention, Target};
use crate::extract::resources::Resources;
use crate::model::EntityType;
use crate::text::{arabic, Analysis, TokenKind};

/// Spans below this confidence (score margin over "no name here") are dropped.
pub const MIN_CONFIDENCE: f32 = 0.8;

fn entity_type(kind: &str) -> Option<EntityType> {
    match kind {
        "PERS" => Some(EntityType::Person),
        "ORG" => Some(EntityType::Organization),
        // Places the KB lacks (villages, quarters) mostly became wrong objects of attacks and
        // visits in the dev sets: countries and cities come from the KB, facilities from patterns.
        _ => None,
    }
}

/// A single word that names nothing by itself, whatever the tagger says.
fn closed_word(a: &Analysis, t: usize, res: &Resources) -> bool {
    let w = &res.words[0];
    let key = a.tokens[t].key.as_str();
    let stems: Vec<String> = std::iter::once(key.to_string())
        .chain(
            arabic::readings_shared(key)
                .iter()
                .filter(|r| r.suffix.is_none())
                .flat_map(|r| [format!("ال{}", r.stem), r.stem.clone()]),
        )
        .collect();
    let in_set = |set: &crate::extract::resources::WordSet| stems.iter().any(|s| set.contains(s));
    in_set(&w.stop)
        || in_set(&w.speech)
        || in_set(&w.org_heads)
        || in_set(&w.institutions)
        || in_set(&w.place_nouns)
        || in_set(&w.prepositions)
        || in_set(&w.support)
        || [&w.titles, &w.honorifics, &w.facility_heads, &w.anaphor_org]
            .iter()
            .any(|ix| !ix.matches_at(&a.tokens, t, t + 1, false).is_empty())
        || !res.triggers[0]
            .matches_at(&a.tokens, t, t + 1, true)
            .is_empty()
        || !res
            .adjectives
            .matches_at(&a.tokens, t, t + 1, false)
            .is_empty()
}

/// The clitics to cut off the first word: a conjunction or preposition before the article
/// (والسوداني → السوداني, بالقاهرة → القاهرة), or before a word the document also writes bare
/// (وعمر when عمر occurs). Otherwise the word stays whole: بغداد is no ب + غداد.
fn first_word_reading(a: &Analysis, t: usize) -> Option<arabic::Reading> {
    let key = &a.tokens[t].key;
    arabic::readings_shared(key)
        .iter()
        .find(|r| {
            r.prefix_chars > 0
                && r.suffix.is_none()
                && !r.future
                && (r.article || a.tokens.iter().any(|x| x.key == r.stem))
        })
        .cloned()
}

/// Name keys of the words of the people mentioned in `earlier`.
fn person_words(a: &Analysis, earlier: &[RawMention], res: &Resources) -> Vec<String> {
    earlier
        .iter()
        .filter(|m| match m.target {
            Target::Kb(e) => res.kb.entries()[e].kind == EntityType::Person,
            Target::New(k) => k == EntityType::Person,
            _ => false,
        })
        .flat_map(|m| &a.tokens[m.start_tok..m.end_tok])
        .map(|t| arabic::name_key(&t.key).to_string())
        .collect()
}

/// Mentions for the tagger's spans in sentence tokens `range` that overlap none of `taken` (this
/// sentence's mentions). A person span whose every word belongs to a person named in `earlier`
/// (the document so far) is a short form ("بن فرحان" after "فيصل بن فرحان"): the short-name pass
/// links those, a new entity would split the person in two.
pub fn mentions(
    a: &Analysis,
    range: std::ops::Range<usize>,
    spans: &[Span],
    res: &Resources,
    taken: &[RawMention],
    earlier: &[RawMention],
) -> Vec<RawMention> {
    let people = person_words(a, earlier, res);
    // Tokens inside a title or honorific phrase (آية الله العظمى) are no name.
    let w = &res.words[0];
    let mut in_title = vec![false; range.end - range.start];
    for t in range.clone() {
        for ix in [&w.titles, &w.honorifics] {
            if let Some(m) = ix.matches_at(&a.tokens, t, range.end, false).first() {
                in_title[t - range.start..m.end - range.start].fill(true);
            }
        }
    }
    let mut out = Vec::new();
    for s in spans {
        let Some(kind) = entity_type(&s.kind) else {
            continue;
        };
        let (start, end) = (range.start + s.start, range.start + s.end);
        if s.confidence < MIN_CONFIDENCE
            || in_title[s.start..s.end].iter().any(|&x| x)
            || a.tokens[start..end]
                .iter()
                .any(|t| t.kind != TokenKind::Word || !t.arabic)
            || (end - start == 1 && closed_word(a, start, res))
            // "قاعدة جوية", "مطار دولي": a person's name opens with no facility head.
            || (kind == EntityType::Person
                && !res.words[0]
                    .facility_heads
                    .matches_at(&a.tokens, start, start + 1, false)
                    .is_empty())
            || (start..end).any(|t| crate::extract::mentions::function_word(a, t, &res.words[0]))
            || taken.iter().any(|m| m.start_tok < end && start < m.end_tok)
            || (kind == EntityType::Person
                && a.tokens[start..end].iter().enumerate().all(|(i, t)| {
                    let k = match (i, &first_word_reading(a, start)) {
                        (0, Some(r)) => r.stem.clone(),
                        _ => t.key.clone(),
                    };
                    people.iter().any(|p| p == arabic::name_key(&k))
                }))
        {
            continue;
        }
        let reading = first_word_reading(a, start);
        let tok = &a.tokens[start];
        // Titles before the name, for the coreference of later bare titles (as mentions.rs does).
        let mut titles = Vec::new();
        let mut at = start;
        while let Some((t, key)) =
            crate::extract::mentions::title_before(a, range.start, at, res, &res.words[0])
        {
            titles.push(key);
            at = t;
        }
        // One word tagged a person with no title before it is too often a thing named after one
        // (صواريخ كروز); a real person of one word is named with a title or was named in full.
        if kind == EntityType::Person && end - start == 1 && titles.is_empty() {
            continue;
        }
        if kind == EntityType::Person && crate::extract::mentions::verb_shaped(&tok.key) {
            continue;
        }
        // After a place noun (لولاية ساوث كارولاينا، مدينة X) the name is a place's: not ours.
        let after_place_noun = start > range.start
            && arabic::readings(&a.tokens[start - 1].key)
                .iter()
                .map(|r| r.stem.clone())
                .chain([a.tokens[start - 1].key.clone()])
                .any(|k| w.place_nouns.contains(&k) || w.place_nouns.contains(&format!("ال{k}")));
        if after_place_noun {
            continue;
        }
        let thing = |k: &str| w.things.contains(k);
        if thing(&tok.key) || reading.as_ref().is_some_and(|r| thing(&r.stem)) {
            continue;
        }
        out.push(crate::extract::mentions::new_name(
            a, start, end, kind, reading, titles,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Extractor, Resources};
    use crate::model::{Document, Lang};
    use crate::text::analyze;

    fn span(start: usize, end: usize, kind: &str, confidence: f32) -> Span {
        Span {
            start,
            end,
            kind: kind.into(),
            confidence,
        }
    }

    #[test]
    fn filters_closed_words_low_confidence_places_and_taken_tokens() {
        let res = Resources::embedded(&[]).unwrap();
        // 0 قال 1 الرئيس 2 إن 3 حسن 4 زبيب 5 وصل 6 إلى 7 بنت 8 جبيل
        let a = analyze("قال الرئيس إن حسن زبيب وصل إلى بنت جبيل");
        let n = a.tokens.len();
        let spans = [
            span(1, 2, "PERS", 0.99),
            span(3, 5, "PERS", 0.5),
            span(7, 9, "LOC", 0.99),
        ];
        assert!(mentions(&a, 0..n, &spans, &res, &[], &[]).is_empty());
        let got = mentions(&a, 0..n, &[span(3, 5, "PERS", 0.95)], &res, &[], &[]);
        assert_eq!(got.len(), 1);
        assert_eq!(&a.text[got[0].start..got[0].end], "حسن زبيب");
        assert_eq!(got[0].target, Target::New(EntityType::Person));
        // Overlapping an existing mention, or a short form of a person named before: dropped.
        assert!(mentions(&a, 0..n, &[span(3, 5, "PERS", 0.95)], &res, &got, &[]).is_empty());
        let short = mentions(&a, 0..n, &[span(4, 5, "PERS", 0.95)], &res, &[], &got);
        assert!(short.is_empty());
    }

    #[test]
    fn a_span_that_runs_into_a_clause_is_no_name() {
        let res = Resources::embedded(&[]).unwrap();
        // 0 وأكد 1 سامي 2 الحلو 3 أنه 4 يرحب 5 بالوفد
        let a = analyze("وأكد سامي الحلو أنه يرحب بالوفد");
        let n = a.tokens.len();
        assert!(mentions(&a, 0..n, &[span(1, 5, "PERS", 0.95)], &res, &[], &[]).is_empty());
        assert!(mentions(&a, 0..n, &[span(3, 5, "ORG", 0.95)], &res, &[], &[]).is_empty());
        assert_eq!(
            mentions(&a, 0..n, &[span(1, 3, "PERS", 0.95)], &res, &[], &[]).len(),
            1
        );
    }

    #[test]
    fn conjunction_is_cut_before_the_article() {
        let res = Resources::embedded(&[]).unwrap();
        let a = analyze("ووصل والكبيسي");
        let got = mentions(&a, 0..2, &[span(1, 2, "ORG", 0.95)], &res, &[], &[]);
        assert_eq!(&a.text[got[0].start..got[0].end], "الكبيسي");
    }

    #[test]
    fn extraction_adds_tagged_names_unless_turned_off() {
        let doc = Document {
            id: "doc-ner".into(),
            lang: Lang::Ar,
            title: None,
            published: None,
            url: None,
            source: "-".into(),
            key: "-".into(),
            text: "وأعلن حسن زبيب أن الغارة قتلت ثلاثة.".into(),
        };
        let on = Extractor::new(Resources::embedded(&[]).unwrap());
        let x = on.extract(&doc);
        assert!(
            x.entities
                .iter()
                .any(|e| e.label == "حسن زبيب" && e.kind == EntityType::Person),
            "{:?}",
            x.entities
        );
        let off = on.with_ner(None).extract(&doc);
        assert!(off.entities.iter().all(|e| e.label != "حسن زبيب"));
    }
}
