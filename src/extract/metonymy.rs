//! Capitals standing for their state: "Tehran has vowed", "Washington's envoy", "وتأمل دمشق",
//! "إعلان طهران" name the government, not the city. Wire reports use a capital this way whenever it
//! is an actor, and as a place after a locative word ("in Tehran", "arrived in Damascus",
//! "بالرياض", "إلى بغداد", "العاصمة بغداد", "زار شمخاني أبوظبي") or in a dateline. A capital mention
//! outside such a context is taken as a mention of its country, so one state is one node.

use super::mentions::{RawMention, Target};
use super::resources::{lang_index, Resources};
use crate::model::Lang;
use crate::text::{arabic, Analysis, TokenKind};

/// English words after which a capital is a place.
const EN_PLACE_BEFORE: &[&str] = &[
    "in",
    "to",
    "from",
    "at",
    "near",
    "into",
    "outside",
    "inside",
    "toward",
    "towards",
    "via",
    "across",
    "around",
    "of",
    "on",
    "the",
    "a",
    "an",
    "capital",
    "visit",
    "visits",
    "visited",
    "visiting",
    "reached",
    "left",
    "leaving",
    "over",
    "throughout",
    "within",
    "downtown",
];

/// Nouns whose "on" names the state they weigh on, not a place ("sanctions on Damascus").
const EN_MEASURES_ON: &[&str] = &[
    "sanctions",
    "pressure",
    "embargo",
    "restrictions",
    "curbs",
    "demands",
    "penalties",
    "war",
];

/// Arabic words (stems of matching keys) after which a capital is a place: prepositions,
/// directions, place nouns, verbs and nouns of travel.
const AR_PLACE_BEFORE: &[&str] = &[
    "في",
    "الي",
    "من",
    "نحو",
    "قرب",
    "داخل",
    "وسط",
    "حول",
    "علي",
    "اتجاه",
    "عاصمه",
    "مدينه",
    // (and the directions of compounds::AR_DIRECTIONS)
    "ضاحيه",
    "ضواحي",
    "محيط",
    "اطراف",
    "حدود",
    "اداريه",
    "جنوبيه",
    "شماليه",
    "شرقيه",
    "غربيه",
    "مطار",
    "شوارع",
    "زار",
    "يزور",
    "زياره",
    "وصل",
    "يصل",
    "وصول",
    "غادر",
    "يغادر",
    "حط",
    "توجه",
    "يتوجه",
    "عاد",
    "عوده",
    "انتقل",
    // Heads of names that contain a city: قناة القاهرة الإخبارية، جامعة بغداد، شرطة دبي.
    "قناه",
    "صحيفه",
    "جريده",
    "اذاعه",
    "تلفزيون",
    "جامعه",
    "ميناء",
    "مرفا",
    "شرطه",
    "محافظ",
    "بلديه",
    "امانه",
    "قصر",
];

/// English words that, after "Tehran's", make the capital a place (its airport, its suburbs).
const EN_PLACE_PARTS: &[&str] = &[
    "airport",
    "international",
    "suburb",
    "suburbs",
    "district",
    "districts",
    "neighbourhood",
    "neighborhood",
    "area",
    "streets",
    "street",
    "outskirts",
    "centre",
    "center",
    "port",
    "old",
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
    "main",
    "municipality",
];

/// Replaces, in place, the capitals of `out` (one sentence's mentions) that stand for their
/// state by mentions of that state.
pub fn capitals_as_states(
    a: &Analysis,
    range: std::ops::Range<usize>,
    lang: Lang,
    res: &Resources,
    out: &mut [RawMention],
) {
    let words = &res.words[lang_index(lang)];
    for m in out.iter_mut() {
        let Target::Kb(e) = m.target else { continue };
        let entry = &res.kb.entries()[e];
        if entry.subtype.as_deref() != Some("capital") {
            continue;
        }
        let Some(country) = entry.country.as_deref().and_then(|c| res.kb.index_of(c)) else {
            continue;
        };
        // Part of a title ("ولي عهد أبوظبي", "Abu Dhabi Crown Prince"): the title decides.
        let in_title = super::mentions::title_before(a, range.start, m.start_tok, res, words)
            .is_some()
            || (m.end_tok < range.end
                && !words
                    .titles
                    .matches_at(&a.tokens, m.end_tok, range.end, false)
                    .is_empty());
        if !in_title && !is_place(a, range.clone(), lang, words, m) {
            m.target = Target::Kb(country);
        }
    }
}

/// A dateline: the capital opens a line and punctuation follows ("دمشق – واشنطن (وكالات)",
/// "TEHRAN -").
fn in_dateline(a: &Analysis, m: &RawMention) -> bool {
    let line = a.text[..m.start].rsplit('\n').next().unwrap_or("");
    line.trim().is_empty()
        && a.tokens
            .get(m.end_tok)
            .is_some_and(|t| t.kind == TokenKind::Punct)
}

fn is_place(
    a: &Analysis,
    range: std::ops::Range<usize>,
    lang: Lang,
    words: &super::resources::Words,
    m: &RawMention,
) -> bool {
    if in_dateline(a, m) {
        return true;
    }
    // "the Syrian capital", "العاصمة السورية" name the city itself.
    let first = a.tokens[m.start_tok].key.as_str();
    if first == "the"
        || first == "capital"
        || arabic::readings_shared(first)
            .iter()
            .any(|r| r.stem == "عاصمه")
    {
        return true;
    }
    // The words before it (up to three, within the sentence).
    let before: Vec<usize> = (range.start..m.start_tok)
        .rev()
        .filter(|&t| a.tokens[t].kind == TokenKind::Word)
        .take(3)
        .collect();
    // A verb of visiting may stand further back, before its subject's title and name
    // ("ويزور وزير الخارجية الأمريكي ريكس تيلرسون موسكو", "زار وفد من حركة حماس برئاسة خليل
    // الحية القاهرة"): up to ten words, within the clause.
    let clause: Vec<usize> = (range.start..m.start_tok)
        .rev()
        .take_while(|&t| !a.tokens[t].is_punct(",") && !a.tokens[t].is_punct("،"))
        .filter(|&t| a.tokens[t].kind == TokenKind::Word)
        .take(10)
        .collect();
    match lang {
        Lang::En => {
            // Part of a longer name the KB lacks ("the Marlin Luanda", a ship).
            if m.start_tok > range.start
                && a.tokens[m.start_tok - 1].kind == TokenKind::Word
                && a.tokens[m.start_tok - 1].is_capitalized(a.text)
                && m.start_tok - 1 > range.start
            {
                return true;
            }
            // "sanctions on Damascus", "pressure on Tehran" weigh on the state.
            let weighs_on = before.len() >= 2
                && a.tokens[before[0]].key == "on"
                && EN_MEASURES_ON.contains(&a.tokens[before[1]].key.as_str());
            if !weighs_on
                && before.first().is_some_and(|&p| {
                    EN_PLACE_BEFORE.contains(&a.tokens[p].key.as_str())
                        || !words
                            .locative
                            .matches_at(&a.tokens, p, m.start_tok, false)
                            .is_empty()
                })
            {
                return true;
            }
            if clause.iter().any(|&t| {
                matches!(
                    a.tokens[t].key.as_str(),
                    "visit" | "visited" | "visiting" | "visits"
                )
            }) {
                return true;
            }
            // "Baghdad's international airport" is the city; "Tehran's support" the state.
            let e = m.end_tok;
            let possessive = a
                .tokens
                .get(e)
                .is_some_and(|t| t.key == "'" || t.key == "’")
                && a.tokens.get(e + 1).is_some_and(|t| t.key == "s");
            if possessive {
                // A name right after the possessive ("Tehran's Imam Khomeini airport"); a
                // capitalised word further on belongs to the phrase after ("Ankara's backing
                // of the Syrian opposition").
                return a
                    .tokens
                    .get(e + 2)
                    .is_some_and(|t| t.is_capitalized(a.text))
                    || (e + 2..(e + 5).min(range.end))
                        // Within the possessed noun phrase: "Ankara's backing of the
                        // Syrian opposition" ends at "of".
                        .take_while(|&x| {
                            !matches!(
                                a.tokens[x].key.as_str(),
                                "for" | "of" | "to" | "with" | "in" | "on" | "and" | "the" | "a"
                            )
                        })
                        .any(|x| {
                            let t = &a.tokens[x];
                            EN_PLACE_PARTS.contains(&t.key.as_str())
                                || words.place_nouns.contains(&t.key)
                        });
            }
            // "Cairo University", "Tehran Times": part of a longer name.
            if a.tokens.get(e).is_some_and(|t| t.is_capitalized(a.text)) {
                return true;
            }
            // "Tehran-based", "the Tehran meeting" (after "the", handled above).
            a.tokens.get(e).is_some_and(|t| t.is_punct("-"))
                && a.tokens.get(e + 1).is_some_and(|t| t.key == "based")
        }
        Lang::Ar => {
            // An attached ب or ك is "in"/"like" the city: بالرياض، بدمشق.
            if m.reading
                .as_ref()
                .is_some_and(|r| matches!(r.prep, Some('ب' | 'ك')))
            {
                return true;
            }
            let stem_in = |t: usize, list: &[&str]| {
                let k = a.tokens[t].key.as_str();
                list.contains(&k)
                    || arabic::readings_shared(k)
                        .iter()
                        .any(|r| list.contains(&r.stem.as_str()))
            };
            let place_before = |t: usize| {
                stem_in(t, AR_PLACE_BEFORE) || stem_in(t, super::compounds::AR_DIRECTIONS)
            };
            let Some(&prev) = before.first() else {
                return false;
            };
            // "العاصمة اليمنية صنعاء": the capital named after its title and demonym.
            if before.iter().take(2).any(|&t| stem_in(t, &["عاصمه"])) {
                return true;
            }
            // لبيروت after a place word (الضاحية الجنوبية لبيروت) is the city; لطهران alone the state.
            if m.reading.as_ref().is_some_and(|r| r.prep == Some('ل')) {
                return place_before(prev) || words.place_nouns.contains(&a.tokens[prev].key);
            }
            place_before(prev)
                || words.place_nouns.contains(&a.tokens[prev].key)
                || !words
                    .locative
                    .matches_at(&a.tokens, prev, prev + 1, false)
                    .is_empty()
                || clause.iter().skip(1).any(|&t| {
                    stem_in(
                        t,
                        &[
                            "زار",
                            "يزور",
                            "زياره",
                            "وصل",
                            "يصل",
                            "وصول",
                            "حط",
                            "غادر",
                            "يغادر",
                        ],
                    )
                })
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Lang;

    /// The entity id each mention with this surface text resolved to, in text order.
    fn ids_of(lang: Lang, text: &str, surface: &str) -> Vec<String> {
        let out = crate::extract::tests::extraction(lang, text);
        let mut found: Vec<(usize, String)> = out
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .filter(|m| m.text == surface)
                    .map(|m| (m.start, e.id.clone()))
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, id)| id).collect()
    }

    #[test]
    fn english_capital_as_actor_is_its_state_as_place_the_city() {
        let text = "Tehran has vowed to respond. The minister arrived in Tehran on Monday. \
                    He reiterated Tehran's support and visited Tehran University.";
        assert_eq!(
            ids_of(Lang::En, text, "Tehran"),
            ["kb/iran", "kb/tehran", "kb/iran", "kb/tehran"],
            "Tehran University names no state"
        );
        // A ship named after a capital is no state.
        let ids = ids_of(
            Lang::En,
            "A missile hit the tanker Marlin Luanda.",
            "Luanda",
        );
        assert!(!ids.contains(&"kb/angola".to_string()), "{ids:?}");
    }

    #[test]
    fn arabic_capital_as_actor_is_its_state_as_place_the_city() {
        let text = "وكانت طهران قد حملت إسرائيل المسؤولية. ووصل الوزير إلى طهران أمس، \
                    وعقد مؤتمرا صحفيا بطهران.";
        assert_eq!(
            ids_of(Lang::Ar, text, "طهران"),
            ["kb/iran", "kb/tehran", "kb/tehran"]
        );
        // A title naming the city keeps it: the crown prince of Abu Dhabi.
        let t = "وكان ولي عهد أبوظبي الأمير الشاب قد رحب بالضيف.";
        assert!(!ids_of(Lang::Ar, t, "أبوظبي").contains(&"kb/united-arab-emirates".to_string()));
        // A visit verb before the visitor's title and name: the city is visited.
        let t = "ويزور وزير الخارجية الأمريكي ريكس تيلرسون موسكو الأسبوع المقبل.";
        assert_eq!(ids_of(Lang::Ar, t, "موسكو"), ["kb/moscow"]);
        // A dateline is the city.
        assert_eq!(
            ids_of(Lang::Ar, "دمشق – قال مسؤول إن الغارة وقعت.", "دمشق"),
            ["kb/damascus"]
        );
    }
}
