//! Names built on a known name: a part of a country ("northern Israel", "شمال شرق سوريا"), a
//! state's air force or army named by its aircraft or by a demonym ("Israeli warplanes",
//! "المقاتلات التركية", "the Sudanese army"), a state's ministry or presidency ("the UAE foreign
//! ministry", "وزارة الدفاع القطرية", "الرئاسة السورية") and an airport named by its city ("Khartoum
//! airport", "Baghdad's international airport"). Wire reports name these actors and places this way
//! far more often than by their full names; without this step they collapse into the country or
//! the city (a ministry's statement becomes the state's, a strike on a region one on the state).

use super::mentions::{new_name, RawMention, Target};
use super::resources::Resources;
use crate::model::{EntityType, Lang};
use crate::text::arabic::{self, Reading};
use crate::text::{Analysis, TokenKind};

const EN_DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "central",
];

/// Arabic words of direction before a place (شمال سوريا، وسط تل أبيب), as matching keys.
pub(super) const AR_DIRECTIONS: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "وسط",
];

/// Aircraft nouns that name an air force (English: after the demonym).
const EN_AIRCRAFT: &[&str] = &[
    "warplanes",
    "jets",
    "aircraft",
    "bombers",
    "warplane",
    "jet",
];
/// Arabic aircraft nouns before the demonym, with an optional حربية between (matching keys:
/// ئ is ي).
/// ("الطيران الأمريكي", aviation, is left out: reports use it for any state aircraft.)
const AR_AIRCRAFT: &[&str] = &["طايرات", "مقاتلات", "قاذفات", "مروحيات"];

/// Things a state owns that reports name as targets, before the demonym (keys, without article):
/// vessels, vehicles and convoys, drones. Weapons are left out (the means of an attack, and
/// "صواريخ إيرانية" are fired by others too), and so are "interests" ("المصالح الأمريكية"): a threat
/// to them is one to the state.
const AR_TARGETS: &[&str] = &[
    "سفينه",
    "سفن",
    "ناقله",
    "ناقلات",
    "بارجه",
    "بوارج",
    "مدمره",
    "فرقاطه",
    "غواصه",
    "اليه",
    "اليات",
    "اله",
    "موكب",
    "قافله",
    "دوريه",
    "مركبه",
    "مسيره",
    "مسيرات",
];

/// A state's missions abroad (English, after the demonym or the possessive).
const EN_MISSIONS: &[&str] = &["embassy", "consulate"];

/// Ministry-like heads (English: last word; Arabic: first word) that take the demonym into their
/// name.
const EN_BODIES: &[&str] = &["ministry", "presidency"];
const AR_BODIES: &[&str] = &["وزاره", "رياسه"];

/// Rewrites the mentions of one sentence; `covered` marks tokens inside a mention.
pub fn compounds(
    a: &Analysis,
    range: std::ops::Range<usize>,
    lang: Lang,
    res: &Resources,
    covered: &mut [bool],
    out: &mut Vec<RawMention>,
) {
    let base = range.start;
    let kb = res.kb.entries();
    let mut owned = Vec::new();
    let mut i = 0;
    while i < out.len() {
        let Target::Kb(e) = out[i].target else {
            i += 1;
            continue;
        };
        let (s, t) = (out[i].start_tok, out[i].end_tok);
        let free = |x: usize| x >= range.start && x < range.end && !covered[x - base];
        let word = |x: usize| free(x) && a.tokens[x].kind == TokenKind::Word;
        let key = |x: usize| a.tokens[x].key.as_str();
        let country = kb[e].kind == EntityType::Country;
        let mut replace: Option<(usize, usize, Target, Option<Reading>)> = None;
        let mut owned_thing = false;
        // The army that owns an owned thing and stands for it as the argument.
        let mut owner_army = None;
        // A mention the replacement takes in (the city of "the embassy in X").
        let mut absorb = None;
        // The state stays a node of the document, as a qualifier inside the replacement.
        let mut keep_state = false;
        match lang {
            Lang::En => {
                // northern Israel, north-eastern Syria.
                if country && !out[i].adjective && s > range.start && word(s - 1) {
                    let mut from = s - 1;
                    if EN_DIRECTIONS.contains(&key(from)) {
                        if from >= range.start + 2
                            && a.tokens[from - 1].is_punct("-")
                            && word(from - 2)
                            && EN_DIRECTIONS.contains(&key(from - 2))
                        {
                            from -= 2;
                        }
                        replace = Some((from, t, Target::New(EntityType::Location), None));
                    }
                }
                // Israeli warplanes / the Sudanese army / the UAE foreign ministry.
                let state_before = out[i].adjective
                    || (country
                        && a.tokens
                            .get(t)
                            .is_some_and(|x| x.key == "'" || x.key == "’"));
                if replace.is_none() && country {
                    let mut n = t;
                    if !out[i].adjective
                        && state_before
                        && a.tokens.get(t + 1).is_some_and(|x| x.key == "s")
                    {
                        n = t + 2;
                    }
                    // Aircraft and armies need a demonym or a possessive; a body takes a bare
                    // country name too ("the UAE foreign ministry").
                    let aircraft =
                        word(n) && (EN_AIRCRAFT.contains(&key(n)) || key(n) == "fighter");
                    let army = word(n) && key(n) == "army";
                    if state_before && aircraft {
                        let end = if key(n) == "fighter"
                            && word(n + 1)
                            && EN_AIRCRAFT.contains(&key(n + 1))
                        {
                            n + 2
                        } else {
                            n + 1
                        };
                        if let Some(af) = force_of(res, e, Force::Air) {
                            replace = Some((s, end, Target::Kb(af), None));
                        }
                    } else if state_before && army {
                        if let Some(army) = force_of(res, e, Force::Army) {
                            replace = Some((s, n + 1, Target::Kb(army), None));
                        }
                    } else if !aircraft && !army {
                        // Up to two lower-case words, then the body: the UAE foreign ministry.
                        let mut x = n;
                        while x < n + 2
                            && word(x)
                            && !a.tokens[x].is_capitalized(a.text)
                            && !EN_BODIES.contains(&key(x))
                        {
                            x += 1;
                        }
                        if word(x) && EN_BODIES.contains(&key(x)) {
                            replace = Some((s, x + 1, Target::New(EntityType::Organization), None));
                        } else if state_before && word(n) && EN_MISSIONS.contains(&key(n)) {
                            // The Egyptian embassy, Iran's consulate in Damascus: a facility of
                            // its own, told apart from the state's other missions by its city.
                            let mut end = n + 1;
                            let city = out.iter().position(|o| {
                                word(end)
                                    && key(end) == "in"
                                    && o.start_tok == end + 1
                                    && !o.qualifier
                                    && matches!(o.target, Target::Kb(p) if kb[p].kind.is_place())
                            });
                            if let Some(j) = city {
                                end = out[j].end_tok;
                                absorb = Some(j);
                            }
                            let city = city.map(|j| &out[j]);
                            let phrase = &a.text[a.tokens[s].start..a.tokens[end - 1].end];
                            let target =
                                mission_of(res, e, key(n), city.map(|o| o.target.clone()), phrase)
                                    .map_or(Target::New(EntityType::Facility), Target::Kb);
                            replace = Some((s, end, target, None));
                            keep_state = true;
                        }
                    }
                }
                // Khartoum airport, Baghdad's international airport, the Khamis Mushait air
                // base; in a coordination the head is plural ("Abha and Jizan airports").
                if replace.is_none() && matches!(kb[e].kind, EntityType::Location) {
                    let plural = s > range.start && a.tokens[s - 1].key == "and";
                    // "a military base in Safed", "an air base near Kirkuk": an unnamed base is
                    // told apart by its place.
                    let head = |x: usize| word(x) && matches!(key(x), "base" | "airbase");
                    let base_in = (s >= range.start + 2
                        && word(s - 1)
                        && matches!(key(s - 1), "in" | "near")
                        && head(s - 2))
                    .then(|| {
                        let mut from = s - 2;
                        while from > range.start
                            && word(from - 1)
                            && matches!(key(from - 1), "military" | "air" | "naval" | "army")
                        {
                            from -= 1;
                        }
                        from
                    });
                    if let Some(n) = facility_head(a, t, range.end, plural) {
                        let phrase = &a.text[a.tokens[s].start..a.tokens[n].end];
                        let k = facility_key(&super::phrases::name_key(phrase));
                        let target = kb_facility(res, &k)
                            .map_or(Target::New(EntityType::Facility), Target::Kb);
                        replace = Some((s, n + 1, target, None));
                    } else if let Some(from) = base_in {
                        replace = Some((from, t, Target::New(EntityType::Facility), None));
                    } else if let Some(n) = out
                        .iter()
                        .find(|o| {
                            word(t) && key(t) == "and" && o.start_tok == t + 1 && {
                                matches!(o.target, Target::Kb(p) if kb[p].kind == EntityType::Location)
                            }
                        })
                        .and_then(|o| facility_head(a, o.end_tok, range.end, true))
                    {
                        // The first of "Abha and Jizan airports": the KB's airport of that city
                        // (its name is not in the text, so an unknown one stays the city).
                        let k = facility_key(&super::phrases::name_key(&format!(
                            "{} {}",
                            &a.text[a.tokens[s].start..a.tokens[t - 1].end],
                            key(n)
                        )));
                        if let Some(f) = kb_facility(res, &k) {
                            replace = Some((s, t, Target::Kb(f), None));
                        }
                    }
                }
            }
            Lang::Ar => {
                let stem_reading = |x: usize, list: &[&str]| -> Option<Reading> {
                    arabic::readings_shared(key(x))
                        .iter()
                        .find(|r| list.contains(&r.stem.as_str()) && r.suffix.is_none())
                        .cloned()
                };
                // شمال سوريا، جنوب لبنان، شمال شرق سوريا، شمالي العراق.
                // Not a locator after a place: مطار أبها جنوبي السعودية.
                let after_place = s >= range.start + 2
                    && out.iter().any(|o| {
                        o.end_tok == s - 1
                            && match o.target {
                                Target::Kb(p) => kb[p].kind.is_place(),
                                Target::New(k) => k.is_place(),
                                _ => false,
                            }
                    });
                if country && !out[i].adjective && !after_place && s > range.start && word(s - 1) {
                    if let Some(r) = stem_reading(s - 1, AR_DIRECTIONS).filter(|r| !r.article) {
                        let mut from = s - 1;
                        let mut reading = r;
                        if from > range.start && word(from - 1) {
                            if let Some(r0) =
                                stem_reading(from - 1, AR_DIRECTIONS).filter(|r| !r.article)
                            {
                                from -= 1;
                                reading = r0;
                            }
                        }
                        let reading = (reading.prefix_chars > 0).then_some(reading);
                        replace = Some((from, t, Target::New(EntityType::Location), reading));
                    }
                }
                let demonym = out[i].adjective
                    || res
                        .adjectives
                        .matches_at(&a.tokens, s, range.end, false)
                        .iter()
                        .any(|d| d.end == t);
                // "مقاتلات أمريكية وبريطانية": several states' aircraft are no one air force.
                let coordinated = a.tokens.get(t).is_some_and(|x| {
                    x.arabic
                        && arabic::readings_shared(&x.key).iter().any(|r| {
                            r.conj == Some('و')
                                && res
                                    .adjectives
                                    .matches_at(&a.tokens, t, range.end, false)
                                    .iter()
                                    .any(|_| true)
                        })
                });
                if replace.is_none() && demonym && !coordinated && s > range.start {
                    // الطائرات الحربية الإسرائيلية، مقاتلات إسرائيلية، الطيران التركي.
                    let mut n = s - 1;
                    let warlike = |x: usize| {
                        matches!(
                            key(x),
                            "حربيه"
                                | "الحربيه"
                                | "عسكريه"
                                | "العسكريه"
                                | "عسكري"
                                | "العسكري"
                                | "عسكريا"
                        )
                    };
                    let military = warlike(n);
                    if military && n > range.start {
                        n -= 1;
                    }
                    if word(n) {
                        // The indefinite accusative keeps its alef once the tanween is gone
                        // (موكباً عسكرياً إسرائيلياً).
                        let target = stem_reading(n, AR_TARGETS).or_else(|| {
                            key(n)
                                .strip_suffix('ا')
                                .filter(|k| AR_TARGETS.contains(k))
                                .map(|_| arabic::readings_shared(key(n))[0].clone())
                        });
                        if let Some(r) = target {
                            // "سفن أميركية", "آلة عسكرية إسرائيلية": the state's vessels and
                            // vehicles, the targets a report names, are nodes too.
                            let reading = (r.prefix_chars > 0).then_some(r);
                            replace = Some((n, t, Target::New(EntityType::Facility), reading));
                            owned_thing = true;
                            // A military convoy or vehicle is the state's army's
                            // ("موكباً عسكرياً إسرائيلياً": the Israeli army's).
                            if military {
                                owner_army = army_of(res, e);
                            }
                        } else if let Some(r) = stem_reading(n, &["قوات"]).filter(|r| r.article)
                        {
                            // "القوات البريطانية": the KB's army of the state, else a name.
                            let reading = (r.prefix_chars > 0).then_some(r);
                            let target = force_of(res, e, Force::Army)
                                .map_or(Target::New(EntityType::Organization), Target::Kb);
                            replace = Some((n, t, target, reading));
                        } else if let Some(r) = stem_reading(n, AR_AIRCRAFT) {
                            if let Some(af) = force_of(res, e, Force::Air) {
                                let reading = (r.prefix_chars > 0).then_some(r);
                                replace = Some((n, t, Target::Kb(af), reading));
                            }
                        } else if let Some(r) = stem_reading(n, &["جيش"]).filter(|r| r.article) {
                            if let Some(army) = force_of(res, e, Force::Army) {
                                let reading = (r.prefix_chars > 0).then_some(r);
                                replace = Some((n, t, Target::Kb(army), reading));
                            }
                        } else if let Some(r) = stem_reading(n, &["رياسه"]).filter(|r| r.article)
                        {
                            // الرئاسة السورية.
                            let reading = (r.prefix_chars > 0).then_some(r);
                            replace = Some((n, t, Target::New(EntityType::Organization), reading));
                        }
                    }
                }
            }
        }
        let Some((from, to, mut target, reading)) = replace else {
            i += 1;
            continue;
        };
        // A part the KB knows under another case ("south Lebanon" for South Lebanon).
        if target == Target::New(EntityType::Location) {
            if let Some(k) = res
                .names
                .matches_at(&a.tokens, from, to, false)
                .into_iter()
                .find(|k| k.end == to && kb[k.value.entry].kind == EntityType::Location)
            {
                target = Target::Kb(k.value.entry);
            }
        }
        let mut m = new_name(
            a,
            from,
            to,
            EntityType::Location,
            reading,
            out[i].titles.clone(),
        );
        m.target = target;
        if owned_thing {
            // A state's vessel or convoy: a node of its own, while the state stays the
            // argument of the relations (mentions are otherwise disjoint; this one encloses
            // its demonym).
            m.qualifier = true;
            owned.push(m);
            if let Some(army) = owner_army {
                out[i].target = Target::Kb(army);
                out[i].adjective = false;
            }
        } else {
            covered[from - base..to - base].fill(true);
            if keep_state {
                owned.push(RawMention {
                    qualifier: true,
                    ..out[i].clone()
                });
            }
            out[i] = m;
            if let Some(j) = absorb {
                out.remove(j);
                if j < i {
                    i -= 1;
                }
            }
        }
        i += 1;
    }
    out.extend(owned);
    // "the Qatari Ministry of Defence": a demonym before a ministry the patterns found.
    if lang == Lang::En {
        let mut j = 0;
        while j < out.len() {
            let body = matches!(out[j].target, Target::New(EntityType::Organization))
                && EN_BODIES.contains(&a.tokens[out[j].start_tok].key.as_str());
            let start = out[j].start_tok;
            // The demonym is no mention of its own before a capitalised word: find it in the
            // text ("Qatari"), or as a mention ("UAE").
            let demonym = (start.saturating_sub(2).max(range.start)..start).find_map(|s0| {
                res.adjectives
                    .matches_at(&a.tokens, s0, start, false)
                    .into_iter()
                    .find(|d| d.end == start && kb[*d.value].kind == EntityType::Country)
                    .map(|d| d.start)
            });
            if let (true, Some(from)) = (body, demonym) {
                out.retain(|o| !(o.start_tok >= from && o.end_tok <= start));
                if let Some(k) = out.iter().position(|o| o.start_tok == start) {
                    out[k].start_tok = from;
                    out[k].start = a.tokens[from].start;
                    covered[from - base..start - base].fill(true);
                    j = k;
                }
            }
            j += 1;
        }
    }
    // وزارة الدفاع القطرية: a ministry the patterns found, followed by a demonym.
    if lang == Lang::Ar {
        let mut j = 0;
        while j < out.len() {
            let m = &out[j];
            let body = matches!(m.target, Target::New(EntityType::Organization)) && {
                let k = a.tokens[m.start_tok].key.as_str();
                arabic::readings_shared(k)
                    .iter()
                    .any(|r| AR_BODIES.contains(&r.stem.as_str()))
            };
            let demonym = res
                .adjectives
                .matches_at(&a.tokens, m.end_tok, range.end, false)
                .into_iter()
                .next()
                .filter(|d| res.kb.entries()[*d.value].kind == EntityType::Country);
            if let (true, Some(d)) = (body, demonym) {
                let (start, end) = (m.start_tok, d.end);
                // A mention the demonym made of its own goes.
                out.retain(|o| !(o.start_tok >= d.start && o.end_tok <= end));
                covered[d.start - base..end - base].fill(true);
                if let Some(k) = out.iter().position(|o| o.start_tok == start) {
                    out[k].end_tok = end;
                    out[k].end = a.tokens[end - 1].end;
                    j = k;
                }
            }
            j += 1;
        }
    }
}

/// The facility noun after a place name at `t` ("airport", "air base", "'s international
/// airport", "military base"): the index of the head word. Plural heads only in a coordination
/// ("Abha and Jizan airports").
fn facility_head(a: &Analysis, t: usize, end: usize, plural: bool) -> Option<usize> {
    let word = |x: usize| x < end && a.tokens[x].kind == TokenKind::Word;
    let key = |x: usize| a.tokens[x].key.as_str();
    let mut n = t;
    if a.tokens
        .get(n)
        .is_some_and(|x| x.key == "'" || x.key == "’")
        && a.tokens.get(n + 1).is_some_and(|x| x.key == "s")
    {
        n += 2;
    }
    while word(n) && matches!(key(n), "international" | "military" | "air" | "naval") {
        n += 1;
    }
    let head = |h: &str| match h {
        "airport" | "base" | "airbase" => true,
        "airports" | "bases" | "airbases" => plural,
        _ => false,
    };
    (word(n) && head(key(n))).then_some(n)
}

/// The KB's mission of this state ("embassy" or "consulate"), in that city when one is named:
/// "Saudi Arabia's embassy in Tehran" is the KB's Saudi embassy there. Names are tried as the KB
/// writes them: the state's demonyms and names before the head, the city's names after "in".
fn mission_of(
    res: &Resources,
    state: usize,
    head: &str,
    city: Option<Target>,
    phrase: &str,
) -> Option<usize> {
    let kb = res.kb.entries();
    let mut keys = vec![facility_key(&super::phrases::name_key(phrase))];
    let cities: Vec<&str> = match city {
        Some(Target::Kb(c)) => kb[c].names().collect(),
        _ => vec![""],
    };
    let owners = kb[state]
        .adjectives
        .iter()
        .map(String::as_str)
        .chain(kb[state].names());
    for owner in owners {
        for c in &cities {
            let name = if c.is_empty() {
                format!("{owner} {head}")
            } else {
                format!("{owner} {head} in {c}")
            };
            keys.push(facility_key(&super::phrases::name_key(&name)));
        }
    }
    keys.iter().find_map(|k| kb_facility(res, k))
}

/// "Khartoum's international airport" and "Khartoum airport", "مطار بغداد الدولي" and "مطار
/// بغداد" are one facility: the possessive and "international" are left out of its key.
pub(crate) fn facility_key(key: &str) -> String {
    key.split(' ')
        .filter(|w| !matches!(*w, "s" | "international" | "الدولي" | "دولي"))
        .map(|w| match w {
            "airports" => "airport",
            "bases" => "base",
            "airbases" => "airbase",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "an Egyptian security delegation" and "the Egyptian delegation", "وفد أمني مصري" and "الوفد
/// المصري" are one delegation: its qualifiers are left out of its key.
pub(crate) fn delegation_key(key: &str) -> String {
    if !key.split(' ').any(|w| matches!(w, "delegation" | "وفد")) {
        return key.to_string();
    }
    key.split(' ')
        .filter(|w| {
            !matches!(
                *w,
                "security"
                    | "military"
                    | "official"
                    | "senior"
                    | "high"
                    | "level"
                    | "government"
                    | "ministerial"
                    | "diplomatic"
                    | "technical"
                    | "امني"
                    | "عسكري"
                    | "رسمي"
                    | "رفيع"
                    | "مستوي"
                    | "حكومي"
                    | "وزاري"
                    | "دبلوماسي"
                    | "فني"
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The KB facility one of whose names has this facility key ("Baghdad's international airport"
/// is Baghdad International Airport).
fn kb_facility(res: &Resources, key: &str) -> Option<usize> {
    res.facilities.get(key).copied()
}

#[derive(Clone, Copy, PartialEq)]
enum Force {
    Air,
    Army,
}

/// The KB's air force or army of a country (by the entry's country and English label).
fn force_of(res: &Resources, country: usize, force: Force) -> Option<usize> {
    let kb = res.kb.entries();
    let id = &kb[country].id;
    kb.iter().position(|k| {
        k.kind == EntityType::Organization
            && k.subtype.as_deref() == Some("armed-forces")
            && k.country.as_ref() == Some(id)
            && is_force(k, force)
    })
}

fn is_force(k: &crate::extract::kb::KbEntry, force: Force) -> bool {
    let label = k.label_en.to_lowercase();
    match force {
        Force::Air => label.contains("air force") || label.contains("aerospace"),
        Force::Army => {
            label.ends_with("army")
                || label.ends_with("armed forces")
                || label.ends_with("defense forces")
        }
    }
}

/// The KB's army of a state ("Sudanese Armed Forces", "Israel Defense Forces").
pub(super) fn army_of(res: &Resources, state: usize) -> Option<usize> {
    force_of(res, state, Force::Army)
}

/// Whether KB entry `k` is a state's army.
pub(super) fn is_army(res: &Resources, k: usize) -> bool {
    let e = &res.kb.entries()[k];
    e.kind == EntityType::Organization
        && e.subtype.as_deref() == Some("armed-forces")
        && is_force(e, Force::Army)
}

#[cfg(test)]
mod tests {
    use crate::model::Lang;

    /// (entity id, mention text) of every mention, in text order.
    fn mentions(lang: Lang, text: &str) -> Vec<(String, String)> {
        let out = crate::extract::tests::extraction(lang, text);
        let mut found: Vec<(usize, String, String)> = out
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(|m| (m.start, e.id.clone(), m.text.clone()))
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, id, t)| (id, t)).collect()
    }

    fn has(ms: &[(String, String)], id: &str, text: &str) -> bool {
        ms.iter().any(|(i, t)| i == id && t == text)
    }

    #[test]
    fn english_parts_forces_ministries_and_airports() {
        let m = mentions(
            Lang::En,
            "Israeli warplanes struck northern Israel and north-eastern Syria, the UAE foreign \
             ministry said. Drones hit Khartoum airport, Baghdad's international airport and \
             Kirkuk airport.",
        );
        assert!(
            has(&m, "kb/israeli-air-force", "Israeli warplanes"),
            "{m:?}"
        );
        assert!(
            has(&m, "location/northern-israel", "northern Israel"),
            "{m:?}"
        );
        assert!(
            has(&m, "location/north-eastern-syria", "north-eastern Syria"),
            "{m:?}"
        );
        assert!(
            has(
                &m,
                "organization/uae-foreign-ministry",
                "UAE foreign ministry"
            ),
            "{m:?}"
        );
        assert!(has(&m, "kb/khartoum-airport", "Khartoum airport"), "{m:?}");
        assert!(
            has(&m, "kb/baghdad-airport", "Baghdad's international airport"),
            "{m:?}"
        );
        assert!(
            has(&m, "facility/kirkuk-airport", "Kirkuk airport"),
            "{m:?}"
        );
        let m = mentions(
            Lang::En,
            "The Qatari Ministry of Defence condemned the attack.",
        );
        assert!(
            has(
                &m,
                "organization/qatari-ministry-of-defence",
                "Qatari Ministry of Defence"
            ),
            "{m:?}"
        );
    }

    #[test]
    fn english_missions_bases_and_coordinated_airports() {
        let m = mentions(
            Lang::En,
            "The envoy toured the Jordanian embassy in Baghdad before talks at Turkey's consulate. \
             Missiles fell on the Jizan and Abha airports, on a naval base near Tartus and on the \
             Deir ez-Zor military airport.",
        );
        assert!(
            has(
                &m,
                "facility/jordanian-embassy-in-baghdad",
                "Jordanian embassy in Baghdad"
            ),
            "{m:?}"
        );
        // The state stays a node of its own; the city went into the embassy's name.
        assert!(has(&m, "kb/jordan", "Jordanian"), "{m:?}");
        assert!(!m.iter().any(|(i, _)| i == "kb/baghdad"), "{m:?}");
        assert!(
            has(&m, "facility/turkey-consulate", "Turkey's consulate"),
            "{m:?}"
        );
        // The first airport of the coordination is the KB's, though its name is split.
        assert!(has(&m, "kb/jizan-airport", "Jizan"), "{m:?}");
        assert!(has(&m, "kb/abha-airport", "Abha airports"), "{m:?}");
        assert!(
            has(
                &m,
                "facility/naval-base-near-tartus",
                "naval base near Tartus"
            ),
            "{m:?}"
        );
        assert!(
            has(
                &m,
                "facility/deir-ez-zor-military-airport",
                "Deir ez-Zor military airport"
            ),
            "{m:?}"
        );
        // A mission of a state the KB lists keeps the KB's node, whatever the wording.
        let m = mentions(
            Lang::En,
            "Protesters gathered outside Saudi Arabia's embassy in Tehran.",
        );
        assert!(
            has(
                &m,
                "kb/saudi-embassy-tehran",
                "Saudi Arabia's embassy in Tehran"
            ),
            "{m:?}"
        );
    }

    #[test]
    fn arabic_parts_forces_and_bodies() {
        let m = mentions(
            Lang::Ar,
            "شنت طائرات حربية إسرائيلية غارات على شمال شرق سوريا، وقالت وزارة الدفاع القطرية \
             إن الرئاسة السورية رحبت.",
        );
        assert!(
            has(&m, "kb/israeli-air-force", "طائرات حربية إسرائيلية"),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|(i, t)| i.starts_with("location/") && t == "شمال شرق سوريا"),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|(i, t)| i.starts_with("organization/") && t == "وزارة الدفاع القطرية"),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|(i, t)| i.starts_with("organization/") && t == "الرئاسة السورية"),
            "{m:?}"
        );
    }

    #[test]
    fn one_key_for_a_delegation_or_an_airport_however_qualified() {
        use super::{delegation_key, facility_key};
        use crate::extract::phrases::name_key;
        let d = |s: &str| delegation_key(&name_key(s));
        assert_eq!(d("Egyptian security delegation"), d("Egyptian delegation"));
        assert_eq!(d("وفد أمني مصري رفيع المستوى"), d("الوفد المصري"));
        assert_ne!(d("Egyptian delegation"), d("Turkish delegation"));
        let f = |s: &str| facility_key(&name_key(s));
        assert_eq!(f("Khartoum's international airport"), f("Khartoum airport"));
        assert_eq!(f("مطار بغداد الدولي"), f("مطار بغداد"));
    }

    #[test]
    fn a_longer_kb_name_inside_a_shorter_match_wins() {
        // "the Gulf" is an alias of the Persian Gulf; "the Gulf of Aden" is another sea.
        let m = mentions(Lang::En, "A tanker was hit in the Gulf of Aden on Friday.");
        assert!(has(&m, "kb/gulf-of-aden", "Gulf of Aden"), "{m:?}");
        assert!(!m.iter().any(|(i, _)| i == "kb/persian-gulf"), "{m:?}");
    }

    #[test]
    fn no_compound_where_the_words_say_otherwise() {
        // Aircraft of two states are no one air force; a direction after a place locates it.
        let m = mentions(
            Lang::Ar,
            "وقصفت مقاتلات أمريكية وبريطانية مواقع. وقصفت الجماعة مطار أبها جنوبي السعودية.",
        );
        assert!(!m.iter().any(|(i, _)| i == "kb/us-air-force"), "{m:?}");
        assert!(!m.iter().any(|(_, t)| t == "جنوبي السعودية"), "{m:?}");
        // "North Korea" is a country of its own, not a part of Korea.
        let m = mentions(Lang::En, "North Korea fired a missile.");
        assert!(!m.iter().any(|(i, _)| i.starts_with("location/")), "{m:?}");
    }
    #[test]
    fn arabic_vessels_vehicles_and_forces_of_a_state() {
        let m = mentions(
            Lang::Ar,
            "قالت الجماعة إنها أغرقت سفينة تركية وأصابت موكباً عسكرياً إسرائيلياً، فيما انسحبت \
             القوات البريطانية من القاعدة.",
        );
        assert!(
            m.iter()
                .any(|(i, t)| i.starts_with("facility/") && t == "سفينة تركية"),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|(i, t)| i.starts_with("facility/") && t == "موكباً عسكرياً إسرائيلياً"),
            "{m:?}"
        );
        assert!(
            m.iter()
                .any(|(i, t)| i.starts_with("organization/") && t == "القوات البريطانية"),
            "{m:?}"
        );
        // The states stay: they are the arguments of relations; a military thing's owner is the
        // state's army.
        assert!(
            has(&m, "kb/turkey", "تركية") && has(&m, "kb/idf", "إسرائيلياً"),
            "{m:?}"
        );
        // A threat to a state's interests is one to the state.
        let m = mentions(Lang::Ar, "وتعهد القيادي بضرب المصالح الأمريكية في المنطقة.");
        assert!(has(&m, "kb/united-states", "الأمريكية"), "{m:?}");
    }
}
