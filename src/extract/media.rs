//! Arabic media offices and outlets the knowledge base lacks, named by what they are: an office
//! of information or public relations ("المكتب الإعلامي لرئيس الوزراء", "قسم الإعلام الحربي
//! المركزي", "مركز العلاقات العامة"), a state broadcaster ("التلفزيون اللبناني") and a news outlet
//! called "the news …" ("النجاح الإخباري"). They are the sources wire reports quote; without
//! this rule a broadcaster's demonym read as its country ("بثه التلفزيون اللبناني" → Lebanon).

use super::mentions::{is_definite, name_word, push_new, RawMention, Target};
use super::resources::{Resources, Words};
use crate::model::{EntityType, Lang};
use crate::text::{arabic, Analysis};

/// Offices and units (keys, without article) whose media word follows.
const OFFICE_HEADS: &[&str] = &["مكتب", "قسم", "مركز", "خليه", "دائره", "مديريه", "هيئه"];

/// State broadcasters (keys, without article), named with a demonym after them.
const BROADCASTERS: &[&str] = &["تلفزيون", "اذاعه", "تلفزه", "تليفزيون"];

/// Words that qualify a broadcaster after its demonym ("التلفزيون السوري الرسمي").
const OFFICIAL: &[&str] = &["الرسمي", "الرسميه", "الحكومي", "الحكوميه"];

/// Heads that open a news outlet's name before "الإخباري" ("موقع النجاح الإخباري").
const OUTLET_HEADS: &[&str] = &["موقع", "شبكه", "قناه", "وكاله", "صحيفه"];

/// Every head of the lists [`head`] is asked about, for its word filter.
pub(super) const HEADS: [&[&str]; 3] = [OFFICE_HEADS, BROADCASTERS, OUTLET_HEADS];

/// The head `key` stands for (itself or behind clitics, with or without article), and the
/// clitics to cut.
fn head(
    tok: &crate::text::Token,
    words: &Words,
    heads: &[&str],
) -> Option<Option<arabic::Reading>> {
    if !words.media_head_filter.may_start_at(tok) {
        // No reading of the word reaches a head of any list, with or without article.
        return None;
    }
    let key = tok.key.as_str();
    let bare = key.strip_prefix("ال").unwrap_or(key);
    if heads.contains(&bare) {
        return Some(None);
    }
    arabic::readings_shared(key)
        .iter()
        .find(|r| {
            r.suffix.is_none()
                && !r.future
                && r.prefix_chars > 0
                && heads.contains(&r.stem.as_str())
        })
        .map(|r| Some(r.clone()))
}

/// Adds the offices and outlets found over the uncovered tokens of `range` (Arabic only).
pub fn media(
    a: &Analysis,
    range: std::ops::Range<usize>,
    res: &Resources,
    words: &Words,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let key = |x: usize| a.tokens[x].key.as_str();
    let free = |covered: &[bool], x: usize| x < range.end && !covered[x - base];
    let mut t = range.start;
    while t < range.end {
        if covered[t - base] || !a.tokens[t].arabic {
            t += 1;
            continue;
        }
        let demonym_at = |x: usize| {
            res.adjectives
                .matches_at(&a.tokens, x, range.end, false)
                .into_iter()
                .next()
                .map(|m| m.end)
        };
        // An office: its head, the media word, adjectives, and the title of whose office it is.
        if let Some(reading) = head(&a.tokens[t], words, OFFICE_HEADS) {
            let media_end = match (t + 1 < range.end).then(|| key(t + 1)) {
                Some("الاعلامي" | "الاعلاميه" | "الاعلام") => Some(t + 2),
                Some("العلاقات") if t + 2 < range.end && key(t + 2) == "العامه" => {
                    Some(t + 3)
                }
                _ => None,
            };
            if let Some(mut end) = media_end.filter(|&e| (t + 1..e).all(|x| free(covered, x))) {
                // "الحربي المركزي": adjectives of the office, not a demonym.
                while end < (media_end.unwrap_or(end) + 2).min(range.end)
                    && free(covered, end)
                    && is_definite(key(end))
                    && (key(end).ends_with('ي') || key(end).ends_with("يه"))
                    && demonym_at(end).is_none()
                {
                    end += 1;
                }
                // "لرئيس الوزراء العراقي": the office of a title holder (a bare title, not a
                // name) is named with the title.
                if end < range.end
                    && arabic::readings_shared(key(end))
                        .iter()
                        .any(|r| r.prep == Some('ل'))
                {
                    let title = words
                        .titles
                        .matches_at(&a.tokens, end, range.end, false)
                        .into_iter()
                        .next()
                        .map(|m| m.end);
                    let bare = out
                        .iter()
                        .find(|m| m.start_tok == end && matches!(m.target, Target::Title(_)))
                        .map(|m| m.end_tok);
                    if let Some(mut e) =
                        bare.or(title.filter(|&e| (end..e).all(|x| free(covered, x))))
                    {
                        if let Some(d) = demonym_at(e).filter(|_| e < range.end && free(covered, e))
                        {
                            e = d;
                        }
                        out.retain(|m| !(m.start_tok >= end && m.end_tok <= e));
                        covered[end - base..e - base].fill(false);
                        end = e;
                    }
                }
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
        // A state broadcaster: التلفزيون اللبناني، الإذاعة السورية الرسمية.
        if let Some(reading) = head(&a.tokens[t], words, BROADCASTERS) {
            if let Some(mut end) = demonym_at(t + 1)
                .filter(|&e| t + 1 < range.end && (t + 1..e).all(|x| free(covered, x)))
            {
                if free(covered, end) && OFFICIAL.contains(&key(end)) {
                    end += 1;
                }
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
        // "النجاح الإخباري": a definite name before "the news" adjective is an outlet.
        if t + 1 < range.end
            && matches!(key(t + 1), "الاخباري" | "الاخباريه")
            && free(covered, t + 1)
            && is_definite(key(t))
            && name_word(a, t, Lang::Ar, res, words, covered, base)
            && demonym_at(t).is_none()
        {
            let mut start = t;
            let mut reading = None;
            if t > range.start && free(covered, t - 1) {
                if let Some(r) = head(&a.tokens[t - 1], words, OUTLET_HEADS) {
                    start = t - 1;
                    reading = r;
                }
            }
            push_new(
                a,
                start,
                t + 2,
                EntityType::Organization,
                reading,
                covered,
                base,
                out,
            );
            t += 2;
            continue;
        }
        t += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::model::EntityType;

    use crate::extract::tests::pattern_entities as entities;

    #[test]
    fn offices_of_information_are_organisations() {
        let e = entities("وأوضح المكتب الإعلامي لرئيس الوزراء العراقي أن اللقاء كان مثمرا.");
        assert!(
            e.contains(&(
                EntityType::Organization,
                "المكتب الإعلامي لرئيس الوزراء العراقي".into()
            )),
            "{e:?}"
        );
        let e = entities(
            "ونشر قسم الإعلام الحربي المركزي صورا للعملية، كما أصدر مركز العلاقات العامة بيانا.",
        );
        for name in ["قسم الإعلام الحربي المركزي", "مركز العلاقات العامة"]
        {
            assert!(
                e.contains(&(EntityType::Organization, name.into())),
                "{name}: {e:?}"
            );
        }
    }

    #[test]
    fn broadcasters_and_outlets_are_no_countries() {
        let e = entities("ونقل التلفزيون السوري الرسمي الخبر عن موقع الفجر الإخباري.");
        for name in ["التلفزيون السوري الرسمي", "موقع الفجر الإخباري"]
        {
            assert!(
                e.contains(&(EntityType::Organization, name.into())),
                "{name}: {e:?}"
            );
        }
        // An ordinary centre is no office: "مركز المدينة".
        let e = entities("تجمع المتظاهرون في مركز المدينة.");
        assert!(
            e.iter().all(|(k, _)| *k != EntityType::Organization),
            "{e:?}"
        );
    }
}
