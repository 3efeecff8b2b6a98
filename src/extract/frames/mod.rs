//! Relations from triggers and argument frames.
//!
//! For each trigger (ontology/lexicon/triggers.tsv) in a sentence the frame of its part of speech
//! finds a subject and objects among the sentence's mentions:
//! - Arabic verbs: subject right after the verb (VSO) or right before it (SVO), else the implicit
//!   subject of the discourse (وأضاف); objects marked as the trigger row says (direct, ب، مع، إلى …),
//!   coordinated objects (X وY) each get an edge;
//! - English verbs: subject to the left (appositions and prepositional phrases skipped, pronouns
//!   resolved to the discourse subject), objects to the right; passives swap them (by X);
//! - verbal nouns: the genitive (زيارة بلينكن) or possessive (Raisi's visit) is the subject, an enclitic
//!   pronoun (زيارته) the discourse subject; transitive nouns (استهداف X) take the genitive as object;
//! - claims of responsibility take the attack they name, or the last attack of the document.
//!
//! Modality cues before the trigger (negation, plans, conditions, accusations) mark the relation as not
//! asserted; threats are speech acts, so plans and conditions do not un-assert them.
//!
//! This file reads the triggers and their frames; `subjects`, `objects`, `claims`, `threats` and
//! `modality` hold the parts each frame asks for.

use super::entities::{DocEntity, Resolved};
use super::mentions::is_quote_token;
use super::resources::{lang_index, Resources, TriggerPos, TriggerRow, Words, DIRECT};
use crate::model::{EntityType, Lang, Modality, Predicate};
use crate::text::{arabic, Analysis, TokenKind};

mod claims;
mod modality;
mod objects;
mod subjects;
mod threats;

/// A relation before ids and offsets are attached.
#[derive(Debug, Clone)]
pub struct Found {
    pub subject: usize,
    pub object: usize,
    pub predicate: Predicate,
    pub sentence: usize,
    pub trigger: (usize, usize),
    pub modality: Modality,
    pub confidence: f32,
    pub place: Option<usize>,
}

/// A locative place that is neither party: one an event can have happened at.
fn event_place(g: &Arg, subject: usize, object: usize) -> bool {
    g.locative
        && g.entity != subject
        && g.entity != object
        && matches!(
            g.kind,
            EntityType::Location | EntityType::Country | EntityType::Facility
        )
}

/// A mention with what the frames need: where its title/adjectives start, how it is marked.
#[derive(Debug, Clone)]
struct Arg {
    entity: usize,
    kind: EntityType,
    ext_start: usize,
    end: usize,
    marker: String,
    conj: bool,
    /// Joined by a conjunction word or clitic (و، and), not only by a comma.
    conj_word: bool,
    /// Right after a complementizer or a future verb: subject of an embedded clause.
    embedded: bool,
    locative: bool,
    /// First token of the mention itself (ext_start may reach back over a title).
    start: usize,
    /// A demonym standing for its country.
    adjective: bool,
    /// Reached over a member noun before it (قادة حماس، عناصر من حزب الله): its members.
    member: bool,
}

struct Ctx<'a> {
    a: &'a Analysis<'a>,
    lang: Lang,
    res: &'a Resources,
    words: &'a Words,
    entities: &'a [DocEntity],
}

/// What earlier sentences leave for later ones.
#[derive(Default)]
struct Discourse {
    /// Last explicit subject of a relation or of a verb of saying.
    subject: Option<(usize, usize)>,
    last_person: Option<usize>,
    last_actor: Option<usize>,
    /// Last country or city named (زارها: "visited it").
    last_place: Option<usize>,
    /// Object of the last attack mentioned (for claims of responsibility).
    last_attack: Option<(usize, usize)>,
    /// Subject of the last relation with an explicit subject: (entity, sentence).
    sentence_subject: Option<(usize, usize)>,
    /// The trigger being read carries a conjunction (والتقى): it may share the sentence's subject.
    conj: bool,
    /// Subject of the last visit told: the guest a reception refers to (في مقدمة مستقبليه).
    visitor: Option<(usize, usize)>,
    /// Subject of the last relation read, whatever its frame: a participle's (مستهدفة).
    last_subject: Option<(usize, usize)>,
    /// Attacker of the last attack read: whose attack "led to the killing of" X.
    last_attacker: Option<(usize, usize)>,
    /// Everyone in the last meeting read: whom "attended the meeting" joins (English).
    last_meeting: Option<(Vec<usize>, usize)>,
}

/// Relations in a document, in text order.
pub fn find(
    a: &Analysis,
    lang: Lang,
    res: &Resources,
    entities: &[DocEntity],
    mentions: &[Resolved],
) -> Vec<Found> {
    let ctx = Ctx {
        a,
        lang,
        res,
        words: &res.words[lang_index(lang)],
        entities,
    };
    let mut out = Vec::new();
    let mut disc = Discourse::default();
    let mut m = 0;
    for (si, s) in a.sentences.iter().enumerate() {
        let first = m;
        while m < mentions.len() && mentions[m].raw.start_tok < s.tokens.end {
            m += 1;
        }
        let mut floor = s.tokens.start;
        let mut args: Vec<Arg> = mentions[first..m]
            .iter()
            // A place qualifying a title ("Iran's supreme leader") is a node, not an argument.
            .filter(|r| !r.raw.qualifier)
            .map(|r| {
                let arg = ctx.arg(r, floor);
                floor = r.raw.end_tok;
                arg
            })
            .collect();
        // A country right after a place is where it is (في طهران بإيران).
        for i in 1..args.len() {
            if args[i - 1].locative
                && args[i - 1].end == args[i].ext_start
                && !args[i].conj
                && matches!(args[i].kind, EntityType::Country | EntityType::Location)
            {
                args[i].locative = true;
            }
        }
        // "زعيم الجماعة عبد الملك الحوثي", "the spokesman of the army X": an organisation inside a
        // person's title is part of the title, not an argument.
        // A chain (رئيس هيئة الأركان للقوات المسلحة الإيرانية اللواء محمد باقري) merges too.
        let mut i = 1;
        while i < args.len() {
            if args[i].kind != EntityType::Person {
                i += 1;
                continue;
            }
            let mut k = i;
            let mut titled = None;
            // Words between a body and the name may be more of the title (للقوات المسلحة الإيرانية اللواء).
            let title_words = |from: usize, to: usize| {
                to >= from
                    && to - from <= 4
                    && (from..to).all(|x| {
                        (a.tokens[x].kind == TokenKind::Word || is_quote_token(&a.tokens[x]))
                            // "غارة أمريكية قد قتلت سليماني": a verb follows قد.
                            && !matches!(a.tokens[x].key.as_str(), "قد" | "لقد")
                            && res.triggers[lang_index(lang)]
                                .matches_at(&a.tokens, x, x + 1, true)
                                .is_empty()
                            && !ctx.words.speech.contains(a.tokens[x].key.as_str())
                    })
            };
            // "رئيس الحكومة الليبية، التي تتخذ من طرابلس مقرا؛ "عبد الحميد الدبيبة"": a titled body,
            // an aside, then the quoted name of its head.
            let titled_aside = |body: &Arg, name: &Arg| {
                let (from, to) = (body.end, name.ext_start);
                body.ext_start < body.start
                    && to > from + 1
                    && to - from <= 7
                    && a.tokens[from].is_punct(",")
                    && (is_quote_token(&a.tokens[to - 1])
                        || matches!(a.tokens[to - 1].key.as_str(), ";" | "؛"))
                    && (from + 1..to).all(|x| {
                        a.tokens[x].kind == TokenKind::Word
                            || is_quote_token(&a.tokens[x])
                            || matches!(a.tokens[x].key.as_str(), ";" | "؛")
                    })
                    && (from + 1..to).all(|x| {
                        res.triggers[lang_index(lang)]
                            .matches_at(&a.tokens, x, x + 1, true)
                            .is_empty()
                    })
            };
            while k > 0
                && (title_words(args[k - 1].end, args[k].ext_start)
                    || titled_aside(&args[k - 1], &args[k]))
                // A demonym heads no title chain across words ("غارة أمريكية بطائرة … سليماني").
                && (!args[k - 1].adjective || args[k - 1].end == args[k].ext_start)
                // Nor does an indefinite demonym before a definite title: it qualifies the noun
                // before it ("غارة إسرائيلية القيادي في حماس").
                && !(args[k - 1].adjective
                    && a.tokens[args[k].ext_start].arabic
                    && !super::mentions::is_definite(&a.tokens[args[k - 1].start].key)
                    && super::mentions::is_definite(&a.tokens[args[k].ext_start].key))
                && (matches!(
                    args[k - 1].kind,
                    EntityType::Organization | EntityType::Country
                )
                    // "حاكم دبي الشيخ محمد": a titled place too; so are a person's forces
                    // ("الناطق باسم قوات حفتر اللواء أحمد المسماري").
                    || (args[k - 1].kind == EntityType::Location
                        && args[k - 1].ext_start < args[k - 1].start)
                    || (args[k - 1].kind == EntityType::Person
                        && args[k - 1].ext_start < args[k - 1].start
                        && (args[k - 1].ext_start..args[k - 1].start)
                            .any(|x| a.tokens[x].key.ends_with("قوات"))))
                && !args[k].conj
            {
                k -= 1;
                if args[k].ext_start < args[k].start {
                    titled = Some(k);
                }
            }
            // "Kurdistan Regional Government Prime Minister Masrour Barzani": in English a body
            // or country named right before a titled name qualifies it.
            let titled = titled.or_else(|| {
                (lang == Lang::En
                    && i > 0
                    && args[i].ext_start < args[i].start
                    && args[i - 1].end == args[i].ext_start
                    && !args[i - 1].adjective
                    && !args[i].conj
                    && matches!(
                        args[i - 1].kind,
                        EntityType::Organization | EntityType::Country
                    ))
                .then_some(i - 1)
            });
            // The chain starts at the farthest body that has a title of its own: an untitled
            // actor before it is an argument (قتل الولايات المتحدة الجنرال سليماني بغارة).
            if let Some(k) = titled {
                let (ext, marker, conj) = (args[k].ext_start, args[k].marker.clone(), args[k].conj);
                args[i].ext_start = ext;
                args[i].marker = marker;
                args[i].conj = conj;
                args[i].conj_word = args[k].conj_word;
                args.drain(k..i);
                i = k + 1;
            } else {
                i += 1;
            }
        }
        // "العاصمة اليمنية صنعاء": the same entity twice in a row is one argument.
        let mut i = 1;
        while i < args.len() {
            if args[i].entity == args[i - 1].entity && args[i].ext_start == args[i - 1].end {
                args[i - 1].end = args[i].end;
                args.remove(i);
            } else {
                i += 1;
            }
        }
        // Coordinated mentions share the marker of the first conjunct (by X and Y).
        for i in 1..args.len() {
            let between_only_conj = (args[i - 1].end..args[i].ext_start)
                .all(|x| matches!(a.tokens[x].key.as_str(), "," | "و" | "and"))
                // An Arabic list joins with و; a bare comma closes an apposition
                // ("صاحب القرار في أبوظبي، الرئيس السوري").
                && !(a.tokens[args[i].ext_start].arabic
                    && !args[i].conj_word
                    && (args[i - 1].end..args[i].ext_start).all(|x| a.tokens[x].key != "و"));
            // "During his visit to Syria, Biden met Assad": a name after a comma that a verb
            // follows is the clause's subject, not one more object of the phrase before.
            let comma_only =
                (args[i - 1].end..args[i].ext_start).all(|x| a.tokens[x].is_punct(","));
            // "In Sderot, Hamas fighters roamed …": after a sentence-opening phrase likewise.
            let opening_phrase = args[i - 1].ext_start == s.tokens.start + 1
                && ctx.word_in(s.tokens.start, &ctx.words.prepositions);
            let subject_of_next = lang == Lang::En && comma_only && {
                let mut x = args[i].end;
                while x < s.tokens.end && ctx.is_gap(x) && !a.tokens[x].is_punct(",") {
                    x += 1;
                }
                x < s.tokens.end
                    && ((opening_phrase
                        && a.tokens[x].kind == TokenKind::Word
                        && !a.tokens[x].is_capitalized(a.text)
                        && !matches!(a.tokens[x].key.as_str(), "and" | "or"))
                        || ctx.word_in(x, &ctx.words.speech)
                        || res.triggers[lang_index(lang)]
                            .matches_at(&a.tokens, x, s.tokens.end, true)
                            .iter()
                            .any(|m| {
                                matches!(
                                    m.value.pos,
                                    TriggerPos::Verb | TriggerPos::Passive | TriggerPos::Claim
                                )
                            }))
            };
            // "في جنوب شرق سوريا ومطار أربيل الدولي": a site after a place is one more target
            // of its own, not a second "in".
            let site_after_place = args[i].kind == EntityType::Facility
                && matches!(args[i - 1].kind, EntityType::Location | EntityType::Country)
                && args[i - 1].locative;
            if args[i].conj
                && args[i].marker == DIRECT
                && between_only_conj
                && args[i - 1].marker != DIRECT
                && args[i - 1].marker != "aside"
                && !subject_of_next
                && !site_after_place
            {
                args[i].marker = args[i - 1].marker.clone();
                args[i].locative |= args[i - 1].locative;
            }
        }
        if std::env::var_os("NEWSGRAPH_DEBUG").is_some() {
            for g in &args {
                eprintln!(
                    "  arg {:?} ext={} end={} marker={} conj={} emb={} loc={}",
                    a.text[a.tokens[g.ext_start].start..a.tokens[g.end - 1].end].to_string(),
                    g.ext_start,
                    g.end,
                    g.marker,
                    g.conj,
                    g.embedded,
                    g.locative
                );
            }
        }
        let before = out.len();
        ctx.sentence(si, s.tokens.clone(), &args, &mut disc, &mut out);
        // Discourse bookkeeping for the next sentences.
        for arg in &args {
            if arg.kind == EntityType::Person {
                disc.last_person = Some(arg.entity);
            }
            if arg.kind.is_actor() {
                disc.last_actor = Some(arg.entity);
            }
            if matches!(arg.kind, EntityType::Country | EntityType::Location) {
                disc.last_place = Some(arg.entity);
            }
        }
        if let Some(speaker) = ctx.speaker(s.tokens.clone(), &args) {
            disc.subject = Some((speaker, si));
        }
        if let Some(f) = out[before..].iter().rev().find(|f| f.confidence >= 0.8) {
            // "X … was greeted by Y": an English passive is about its patient, X.
            let passive =
                lang == Lang::En && matches!(a.tokens[f.trigger.0].key.as_str(), "was" | "were");
            disc.subject = Some((if passive { f.object } else { f.subject }, si));
        }
    }
    out
}

impl Ctx<'_> {
    fn key(&self, t: usize) -> &str {
        self.a.tokens[t].key.as_str()
    }

    fn word_in(&self, t: usize, set: &crate::extract::resources::WordSet) -> bool {
        let k = self.key(t);
        if set.contains(k) {
            return true;
        }
        self.a.tokens[t].arabic
            && arabic::readings_shared(k).iter().any(|r| {
                r.conj.is_some()
                    && r.prep.is_none()
                    && !r.article
                    && r.suffix.is_none()
                    && set.contains(&r.stem)
            })
    }

    fn arg(&self, r: &Resolved, floor: usize) -> Arg {
        let a = self.a;
        let w = self.words;
        let mut ext = r.raw.start_tok;
        // An Arabic demonym follows the noun it qualifies: the noun is its head (السفن الأمريكية).
        if r.raw.adjective
            && self.lang == Lang::Ar
            && ext > floor
            && a.tokens[ext - 1].kind == TokenKind::Word
        {
            ext -= 1;
        }
        // Walk back over titles, demonyms, honorifics, place nouns and articles.
        let mut member = false;
        for _ in 0..6 {
            if ext <= floor {
                break;
            }
            let mut moved = false;
            // Farthest start first: the longest title wins ("Prime Minister", not "Minister").
            let end = ext;
            // A title (with its demonyms) ending at `e`.
            let ends_here_at = |start: usize, e: usize| {
                ends_at(&w.titles, &a.tokens, start, e)
                    || ends_at(&self.res.adjectives, &a.tokens, start, e)
            };
            let ends_here = |start: usize| {
                ends_here_at(start, end)
                    || ends_at(&w.honorifics, &a.tokens, start, end)
                    || ends_at(&w.title_qualifiers, &a.tokens, start, end)
            };
            if let Some(start) = (end.saturating_sub(4).max(floor)..end).find(|&s| ends_here(s)) {
                ext = start;
                moved = true;
            }
            // "وزير المالية", "مستشار الأمن القومي": a title and its portfolio.
            let name_prep =
                ext == r.raw.start_tok && r.raw.reading.as_ref().is_some_and(|x| x.prep.is_some());
            if !moved && self.lang == Lang::Ar && !name_prep {
                if let Some((start, _)) =
                    super::mentions::portfolio_title(a, floor, end, self.res, w)
                {
                    ext = start;
                    moved = true;
                }
            }
            // "بالرئيس السوري في المرحلة الانتقالية أحمد الشرع": a phrase inside the title.
            if !moved && self.lang == Lang::Ar && end > floor + 2 {
                let inner = (end.saturating_sub(4).max(floor + 1)..end - 1).find(|&j| {
                    self.key(j) == "في"
                        && (j + 1..end).all(|x| {
                            a.tokens[x].kind == TokenKind::Word
                                && super::mentions::is_definite(self.key(x))
                        })
                        && self.title_word(j - 1)
                });
                if let Some(j) = inner {
                    ext = j;
                    moved = true;
                }
            }
            // "by his Omani counterpart, Badr Albusaidi": the counterpart is the name.
            if !moved
                && self.lang == Lang::En
                && ext >= floor + 3
                && a.tokens[ext - 1].is_punct(",")
                && a.tokens[ext - 2].key == "counterpart"
            {
                if let Some(p) = (floor..ext - 2)
                    .rev()
                    .take(4)
                    .find(|&x| matches!(a.tokens[x].key.as_str(), "his" | "her" | "its" | "their"))
                {
                    ext = p;
                    moved = true;
                }
            }
            // الرئيس التركي "رجب طيب أردوغان": a title before a quoted name; some outlets put a
            // semicolon between (الرئيس التركي؛ "رجب طيب أردوغان").
            if !moved && ext > floor + 1 && is_quote_token(&a.tokens[ext - 1]) {
                let semicolon = ext > floor + 2
                    && (a.tokens[ext - 2].is_punct("؛") || a.tokens[ext - 2].is_punct(";"));
                let title_end = if semicolon { ext - 2 } else { ext - 1 };
                let titled = (title_end.saturating_sub(5).max(floor)..title_end)
                    .any(|s| ends_here_at(s, title_end));
                if titled {
                    ext = title_end;
                    moved = true;
                }
            }
            // رئيس ميليشيا “الحشد الشعبي”: a body noun before a quoted name is its head.
            if !moved
                && ext > floor + 2
                && is_quote_token(&a.tokens[ext - 1])
                && self.word_in(ext - 2, &w.institutions)
            {
                ext -= 2;
                moved = true;
            }
            if !moved && ext > floor {
                let p = ext - 1;
                let pk = self.key(p);
                let place_noun = w.place_nouns.contains(pk)
                    || (a.tokens[p].arabic
                        && arabic::readings_shared(pk).iter().any(|r| {
                            r.suffix.is_none()
                                && w.place_nouns.contains(&if r.article {
                                    format!("ال{}", r.stem)
                                } else {
                                    r.stem.clone()
                                })
                        }));
                if place_noun || matches!(pk, "his" | "her" | "their" | "its" | "a" | "an") {
                    ext = p;
                    moved = true;
                }
                // "مسلحون من تنظيم الدولة"، "عناصر حزب الله"، "قوات حفتر": members and forces
                // stand for their body or leader (the `member` class of words.tsv).
                let members = |k: &str| {
                    w.members.contains(k)
                        || arabic::readings_shared(k)
                            .iter()
                            .any(|r| r.suffix.is_none() && w.members.contains(&r.stem))
                };
                let kind = self.entities[r.entity].kind;
                if !moved
                    && a.tokens[p].arabic
                    && matches!(kind, EntityType::Organization | EntityType::Person)
                {
                    if members(pk) {
                        ext = p;
                        moved = true;
                        member = true;
                    } else if matches!(pk, "من" | "في")
                        && p > floor
                        && kind == EntityType::Organization
                        && members(self.key(p - 1))
                    {
                        ext = p - 1;
                        moved = true;
                        member = true;
                    }
                }
            }
            // The member noun heads the phrase: what stands before it is another phrase's
            // ("التقى وزير الخارجية المصري وفدا من حركة حماس").
            if !moved || member {
                break;
            }
        }
        // Marker: a clitic preposition on the first word, or a preposition word before it.
        let mut marker = DIRECT.to_string();
        let mut conj = false;
        let mut conj_word = false;
        let first = &a.tokens[ext];
        if first.arabic {
            let reading = if ext == r.raw.start_tok {
                r.raw.reading.clone()
            } else {
                let rs = arabic::readings(&first.key);
                rs.into_iter()
                    .filter(|x| x.suffix.is_none() && !x.future)
                    .find(|x| {
                        x.prep.is_some()
                            && (x.article
                                // لولاية ساوث كارولاينا، بمدينة النجف
                                || w.place_nouns.contains(&x.stem)
                                || (r.raw.adjective && x.stem.chars().count() >= 3)
                                || w.titles
                                    .matches_at(&a.tokens, ext, ext + 4, false)
                                    .iter()
                                    .any(|m| {
                                        m.reading.as_ref().is_some_and(|mr| mr.prep == x.prep)
                                    }))
                    })
                    .or_else(|| {
                        arabic::readings(&first.key).into_iter().find(|x| {
                            x.conj.is_some()
                                && x.prep.is_none()
                                && x.prefix_chars == 1
                                && (w.titles
                                    .matches_at(&a.tokens, ext, ext + 4, false)
                                    .iter()
                                    .any(|m| m.reading.as_ref().is_some_and(|mr| mr.conj.is_some()))
                                    // ومحافظة الحديدة
                                    || w.place_nouns.contains(&x.stem)
                                    || w.place_nouns.contains(&format!("ال{}", x.stem)))
                        })
                    })
            };
            if let Some(rd) = reading {
                if let Some(p) = rd.prep {
                    marker = p.to_string();
                }
                conj = rd.conj.is_some();
                conj_word = conj;
            }
        }
        let mut embedded = false;
        let mut locative = false;
        if ext > floor {
            let p = ext - 1;
            let pk = self.key(p).to_string();
            // "at the destroyer USS Carney", "by several Iranian missiles": a preposition before
            // the noun phrase the name ends.
            let mut mp = p;
            if self.lang == Lang::En && marker == DIRECT && !self.word_in(p, &w.prepositions) {
                let li = lang_index(self.lang);
                let mut q = p;
                // "by Iran's Supreme Leader X": skip the possessor.
                if q >= floor + 3 && self.key(q) == "s" && self.key(q - 1) == "'" {
                    q -= 2;
                    while q > floor && a.tokens[q].is_capitalized(a.text) {
                        q -= 1;
                    }
                }
                while q > floor
                    && q + 3 > p
                    && a.tokens[q].kind == TokenKind::Word
                    && !a.tokens[q].is_capitalized(a.text)
                    && !self.word_in(q, &w.prepositions)
                    && self.res.triggers[li]
                        .matches_at(&a.tokens, q, q + 1, false)
                        .is_empty()
                {
                    q -= 1;
                }
                // "vowed to drive U.S. troops out": `to` before a verb is no preposition.
                // "a warning to retired General X": a word in -ed is no verb's base form.
                let infinitive = self.key(q) == "to"
                    && (q + 1..=p).any(|x| {
                        !self.key(x).ends_with("ed")
                            && !matches!(
                                self.key(x),
                                "the"
                                    | "a"
                                    | "an"
                                    | "its"
                                    | "his"
                                    | "her"
                                    | "their"
                                    | "several"
                                    | "many"
                                    | "some"
                                    | "these"
                                    | "those"
                                    | "all"
                            )
                    });
                if self.word_in(q, &w.prepositions) && q < p && !infinitive {
                    mp = q;
                }
            }
            let mk = self.key(mp).to_string();
            if marker == DIRECT && self.word_in(mp, &w.prepositions) {
                marker = arabic::readings(&mk)
                    .into_iter()
                    .find(|x| {
                        x.conj.is_some() && x.prep.is_none() && w.prepositions.contains(&x.stem)
                    })
                    .map(|x| x.stem)
                    .unwrap_or(mk.clone());
            }
            // "مواقع تابعة لكتائب حزب الله", "facilities used by X": the owner stands for the target.
            let owner_word = |k: &str| {
                matches!(
                    k,
                    "تابعه"
                        | "التابعه"
                        | "تابعين"
                        | "تابع"
                        | "التابع"
                        | "belonging"
                        | "used"
                        | "run"
                        | "operated"
                        | "controlled"
                        | "owned"
                        | "linked"
                        | "مواقع"
                        | "مخابي"
                        | "مخابئ"
                        | "تجمعات"
                        | "تجمعا"
                        | "معاقل"
                        | "مستودعات"
                        | "ثكنات"
                        | "منصات"
                        | "مقار"
                        | "مقرات"
                        | "اهداف"
                        | "هدفا"
                        | "هدف"
                        | "اهدافا"
                        | "منشات"
                        | "مخازن"
                        | "معسكرات"
                        | "تابعتين"
                        | "التابعتين"
                        | "تابعان"
                        | "تابعتان"
                        | "التابعتان"
                        | "تابعون"
                        | "التابعون"
                        | "positions"
                        | "targets"
                        | "sites"
                        | "airports"
                        | "airport"
                        | "bases"
                        | "base"
                        | "facilities"
                        | "headquarters"
                        | "ports"
                        | "offices"
                        | "homes"
                )
            };
            // "the towns of Rastan and Talbiseh", "the city of Homs": the place itself.
            let place_of = self.lang == Lang::En
                && marker == "of"
                && p > floor
                && self.word_in(p - 1, &w.place_nouns);
            // "received a delegation from Hamas", "met leaders of the group": members stand for
            // their body, as the member words do in Arabic (وفد من حماس).
            let members_of = self.lang == Lang::En
                && matches!(marker.as_str(), "from" | "of")
                && p > floor + 1
                && w.members.contains(self.key(p - 1))
                && matches!(
                    self.key(p - 2),
                    "a" | "an" | "the" | "high-level" | "senior"
                );
            member |= members_of;
            if (marker == "ل" && owner_word(&pk))
                || (matches!(marker.as_str(), "to" | "by" | "of")
                    && p > floor
                    && owner_word(self.key(p - 1))
                    // "greeted at the airport by X": in English only a participle takes an
                    // owner with "by" (used by, run by).
                    && !(self.lang == Lang::En
                        && marker == "by"
                        && !matches!(
                            self.key(p - 1),
                            "used" | "run" | "operated" | "controlled" | "owned" | "linked"
                        )))
                || place_of
                || members_of
            {
                marker = DIRECT.to_string();
                // "held talks with a delegation from Hamas": the preposition before the members.
                if members_of && p > floor + 2 && self.word_in(p - 3, &w.prepositions) {
                    marker = self.key(p - 3).to_string();
                }
                // "غارات على مواقع لوحدات حماية الشعب": the owner noun's preposition marks X,
                // as a word before it or a clitic on it (بمواقع).
                if self.lang == Lang::Ar && marker == DIRECT && owner_word(&pk) {
                    let clitic = arabic::readings(&pk)
                        .into_iter()
                        .find(|r| r.prep.is_some() && r.suffix.is_none())
                        .and_then(|r| r.prep)
                        .map(|c| c.to_string());
                    // "ضربات ضد 13 هدفا للحوثيين": past a number.
                    let mut q = p;
                    while q > floor + 1 && a.tokens[q - 1].kind == TokenKind::Number {
                        q -= 1;
                    }
                    let word = (q > floor && self.word_in(q - 1, &w.prepositions))
                        .then(|| self.key(q - 1).to_string());
                    if let Some(m) = word.or(clitic) {
                        marker = m;
                    }
                }
                // "fired at the airports of X": the owner noun's own preposition marks X.
                if self.lang == Lang::En && p >= floor + 2 {
                    let mut q = p - 2;
                    // ("in the northern suburbs of X": past a direction too.)
                    while q > floor
                        && matches!(
                            self.key(q),
                            "the"
                                | "a"
                                | "an"
                                | "two"
                                | "three"
                                | "northern"
                                | "southern"
                                | "eastern"
                                | "western"
                                | "central"
                        )
                    {
                        q -= 1;
                    }
                    if self.word_in(q, &w.prepositions) && !matches!(self.key(q), "of" | "by") {
                        marker = self.key(q).to_string();
                    }
                }
            }
            // "في بيان نقلته وكالة تسنيم": the outlet of a statement is no argument; nor is the
            // patron in "الدول الحليفة لواشنطن".
            if self.lang == Lang::Ar && a.tokens[p].arabic {
                let relayed = arabic::readings_shared(&pk).iter().any(|r| {
                    r.suffix.is_some()
                        && matches!(
                            r.stem.as_str(),
                            "نقل"
                                | "نقلت"
                                | "بث"
                                | "بثت"
                                | "اورد"
                                | "اوردت"
                                | "نشر"
                                | "نشرت"
                                | "اذاع"
                                | "اذاعت"
                        )
                });
                let ally = marker == "ل"
                    && matches!(
                        pk.as_str(),
                        "الحليفه" | "الحليف" | "حليفه" | "الحلفاء" | "حلفاء"
                    );
                if relayed || ally {
                    marker = "aside".to_string();
                }
            }
            // "نفذت إلى جانب القوات البريطانية ضربات": a partner, neither subject nor object.
            if self.lang == Lang::Ar
                && marker == DIRECT
                && pk == "جانب"
                && p > floor
                && self.key(p - 1) == "الي"
            {
                marker = "جانب".to_string();
            }
            // "ثلاثة من قادة حماس": a number before من counts members out of the phrase,
            // which is the object itself.
            if self.lang == Lang::Ar
                && member
                && marker == "من"
                && p > floor
                && (a.tokens[p - 1].kind == TokenKind::Number
                    || matches!(
                        self.key(p - 1),
                        "اثنين"
                            | "اثنان"
                            | "ثلاثه"
                            | "اربعه"
                            | "خمسه"
                            | "سته"
                            | "سبعه"
                            | "ثمانيه"
                            | "تسعه"
                            | "عشره"
                            | "عدد"
                            | "عددا"
                            | "عشرات"
                            | "بعض"
                            | "احد"
                    ))
            {
                marker = DIRECT.to_string();
            }
            // "هجوم على شمال شرق سوريا", "على وسط تل أبيب": the target is the place itself.
            let mut aimed = false;
            if self.lang == Lang::Ar && marker == DIRECT {
                let direction = |x: usize| super::compounds::AR_DIRECTIONS.contains(&self.key(x));
                let mut q = p;
                while q > floor && q + 2 > p && direction(q) {
                    q -= 1;
                }
                if q < p && matches!(self.key(q), "علي" | "ضد") {
                    marker = self.key(q).to_string();
                    aimed = true;
                }
            }
            if matches!(pk.as_str(), "و" | "and" | "," | "&") {
                conj = true;
                conj_word |= pk != ",";
            }
            if self.word_in(p, &w.complementizers) {
                embedded = true;
            }
            // Subject of a future verb (ستتخذ الولايات المتحدة).
            if self.entities[r.entity].kind.is_actor()
                && a.tokens[p].arabic
                && arabic::readings_shared(&pk).iter().any(|x| x.future)
                && self.res.triggers[lang_index(self.lang)]
                    .matches_at(&a.tokens, p, p + 1, true)
                    .is_empty()
            {
                embedded = true;
            }
            for start in (floor..ext).rev().take(3) {
                if !aimed
                    && w.locative
                        .matches_at(&a.tokens, start, ext, false)
                        .iter()
                        .any(|m| m.end == ext)
                {
                    locative = true;
                }
            }
        }
        // "attacks on three bases in Syria, at X, Y and Z": after a comma, an "at" list names
        // the plural targets told just before; it is not where they happened (English).
        if self.lang == Lang::En
            && marker == "at"
            && ext >= 2
            && self.key(ext - 1) == "at"
            && self.key(ext - 2) == ","
            && (ext.saturating_sub(8)..ext - 2).any(|x| {
                let k = self.key(x);
                k.ends_with('s') && TARGET_HEADS.contains(&k)
            })
        {
            marker = DIRECT.to_string();
        }
        // في/in mark places; so does ب before a place (في طهران بإيران, "in Tehran, Iran").
        let kind = self.entities[r.entity].kind;
        if matches!(marker.as_str(), "في" | "in" | "near")
            || (marker == "at" && kind.is_place())
            || (marker == "ب" && matches!(kind, EntityType::Location | EntityType::Facility))
        {
            locative = true;
        }
        // "killed three Hamas commanders": English names its members after the body.
        if self.lang == Lang::En
            && a.tokens
                .get(r.raw.end_tok)
                .is_some_and(|t| w.members.contains(t.key.as_str()))
        {
            member = true;
        }
        Arg {
            entity: r.entity,
            kind: self.entities[r.entity].kind,
            ext_start: ext,
            end: r.raw.end_tok,
            marker,
            conj,
            conj_word,
            embedded,
            locative,
            start: r.raw.start_tok,
            adjective: r.raw.adjective,
            member,
        }
    }

    fn is_locative_word(&self, t: usize) -> bool {
        self.words
            .locative
            .matches_at(&self.a.tokens, t, self.a.tokens.len(), false)
            .into_iter()
            .next()
            .is_some()
            || self.words.place_nouns.contains(self.key(t))
            || self.key(t).starts_with("بالقرب")
    }

    fn is_boundary(&self, t: usize) -> bool {
        let tok = &self.a.tokens[t];
        if tok.kind == TokenKind::Punct {
            // A short parenthesis ("(سنتكوم)", "(Reuters)") is an aside, no clause break.
            let toks = &self.a.tokens;
            // A dateline's "(Reuters) -" still ends the dateline.
            let dash = |x: usize| {
                toks.get(x)
                    .is_some_and(|d| matches!(d.key.as_str(), "-" | "–" | "—"))
            };
            let short = match tok.key.as_str() {
                "(" => (t + 1..(t + 5).min(toks.len()))
                    .find(|&x| toks[x].is_punct(")"))
                    .is_some_and(|x| !dash(x + 1)),
                ")" => !dash(t + 1) && (t.saturating_sub(4)..t).any(|x| toks[x].is_punct("(")),
                _ => false,
            };
            // "الرئيس التركي؛ "رجب طيب أردوغان"": a semicolon between a title and a quoted name.
            let titled_name = matches!(tok.key.as_str(), ";" | "؛")
                && t > 0
                && toks.get(t + 1).is_some_and(is_quote_token)
                && self.title_word(t - 1);
            // A "." inside a sentence is an abbreviation (U.S.): sentences are already split.
            return !short
                && !titled_name
                && matches!(tok.key.as_str(), ";" | "؛" | ":" | "?" | "!" | "(" | ")");
        }
        self.word_in(t, &self.words.boundaries)
    }

    fn is_gap(&self, t: usize) -> bool {
        let tok = &self.a.tokens[t];
        tok.kind == TokenKind::Number
            || tok.is_punct(",")
            || tok.is_punct("/")
            // Some outlets quote every name: إن "السراج" يزور إسطنبول.
            || is_quote_token(tok)
            || self.word_in(t, &self.words.gaps)
            || crate::extract::dates::is_date_word(&tok.key)
    }

    fn sentence(
        &self,
        si: usize,
        range: std::ops::Range<usize>,
        args: &[Arg],
        disc: &mut Discourse,
        out: &mut Vec<Found>,
    ) {
        let li = lang_index(self.lang);
        let mut t = range.start;
        while t < range.end {
            // A name is no trigger (فيصل is not ف+يصل "arrives").
            if let Some(g) = args.iter().find(|g| (g.start..g.end).contains(&t)) {
                t = g.end;
                continue;
            }
            let matches = self.res.triggers[li].matches_at(&self.a.tokens, t, range.end, true);
            let Some(m) = matches.first() else {
                t += 1;
                continue;
            };
            let (ts, te) = (m.start, m.end);
            if std::env::var("NEWSGRAPH_DEBUG").is_ok() {
                eprintln!(
                    "trigger {:?} {:?} {:?}",
                    self.a.token_text(ts),
                    m.reading,
                    matches
                        .iter()
                        .map(|x| (x.value.pos, x.value.form.clone()))
                        .collect::<Vec<_>>()
                );
            }
            let future = m.reading.as_ref().is_some_and(|r| r.future);
            let suffix = m.reading.as_ref().and_then(|r| r.suffix);
            let definite = m.reading.as_ref().is_some_and(|r| r.article)
                || self.key(ts).starts_with("ال")
                || (ts > range.start && self.key(ts - 1) == "the");
            // The longest trigger wins; rows of the same form are alternatives (noun and verb).
            let conj = m.reading.as_ref().is_some_and(|r| r.conj.is_some());
            // English base forms after a determiner are nouns ("condemn the attack").
            // An English form that is both verb and noun (visit, attack, strike) is a verb only
            // after a subject, a modal, "to" or "not": "a solidarity visit" is a noun.
            // (A sentence opening with such a form opens with the noun: "Strikes on …".)
            let verb_context = ts > range.start
                && matches!(
                    self.key(ts - 1),
                    "to" | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "did"
                        | "does"
                        | "do"
                        | "not"
                        | "they"
                        | "we"
                        | "i"
                        | "you"
                        | "also"
                        | "then"
                        | "later"
                        | "and"
                        | "often"
                        | "never"
                )
                // "Syrian military targets": a demonym before the form makes it a noun.
                || args
                    .iter()
                    .any(|g| g.end == ts && !(self.lang == Lang::En && g.adjective));
            let determiner = self.lang == Lang::En && !verb_context;
            // A demonym is no subject of an English verb right after it; the form is a noun
            // with no noun reading here ("struck eight Iranian targets").
            // Nor is a coordinated pair the subject of a singular verb ("Iranian and Syrian
            // military targets" is a noun phrase).
            let singular =
                te == ts + 1 && self.key(ts).ends_with('s') && !self.key(ts).ends_with("ss");
            // Nor is the object of a verb or preposition: "pounded Hezbollah targets", "strikes
            // on Houthi positions" (the form is a plural noun).
            // ("pounded more than a dozen Houthi targets": a count before the name too.)
            let object_before = |g: &Arg| {
                singular
                    && g.ext_start > range.start
                    && (self.word_in(g.ext_start - 1, &self.words.prepositions)
                        || self.a.tokens[g.ext_start - 1].kind == TokenKind::Number
                        || matches!(
                            self.key(g.ext_start - 1),
                            "dozen"
                                | "dozens"
                                | "several"
                                | "numerous"
                                | "multiple"
                                | "many"
                                | "two"
                                | "three"
                                | "four"
                                | "five"
                                | "six"
                                | "seven"
                                | "eight"
                                | "nine"
                                | "ten"
                        )
                        || self.res.triggers[li]
                            .matches_at(&self.a.tokens, g.ext_start - 1, g.ext_start, true)
                            .iter()
                            .any(|x| x.value.pos == TriggerPos::Verb))
            };
            if self.lang == Lang::En
                && ts > range.start
                && args.iter().any(|g| {
                    g.end == ts && (g.adjective || (g.conj && singular) || object_before(g))
                })
                && !matches
                    .iter()
                    .any(|x| x.end == te && x.value.pos == TriggerPos::Noun)
                && matches.iter().all(|x| x.value.pos == TriggerPos::Verb)
            {
                t = te;
                continue;
            }
            for row in matches
                .iter()
                .filter(|x| x.end == te)
                .map(|x| x.value)
                .filter(|r| {
                    !(determiner
                        && r.pos == TriggerPos::Verb
                        && matches
                            .iter()
                            .any(|o| o.end == te && o.value.pos == TriggerPos::Noun))
                })
            {
                disc.conj = conj;
                if let Some(found) = self.frame(
                    si,
                    range.clone(),
                    (ts, te),
                    row,
                    future,
                    suffix,
                    definite,
                    args,
                    disc,
                ) {
                    if let Some(f) = found.iter().find(|f| f.predicate == Predicate::Visited) {
                        disc.visitor = Some((f.subject, si));
                    }
                    if let Some(f) = found.first() {
                        disc.last_subject = Some((f.subject, si));
                    }
                    let mut met: Vec<usize> = Vec::new();
                    for f in found.iter().filter(|f| f.predicate == Predicate::MetWith) {
                        for e in [f.subject, f.object] {
                            if !met.contains(&e) {
                                met.push(e);
                            }
                        }
                    }
                    // (Who joins a meeting does not change whom the next joiner meets.)
                    let joined = matches!(self.key(ts), "attended" | "joined");
                    if !met.is_empty() && !joined {
                        disc.last_meeting = Some((met, si));
                    }
                    if let Some(f) = found.iter().find(|f| {
                        matches!(
                            f.predicate,
                            Predicate::Attacked | Predicate::ClaimedAttackOn
                        )
                    }) {
                        disc.last_attacker = Some((f.subject, si));
                    }
                    out.extend(found);
                    break;
                }
            }
            t = te;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn frame(
        &self,
        si: usize,
        range: std::ops::Range<usize>,
        (ts, te): (usize, usize),
        row: &TriggerRow,
        future: bool,
        suffix: Option<&str>,
        definite: bool,
        args: &[Arg],
        disc: &mut Discourse,
    ) -> Option<Vec<Found>> {
        let left = (range.start..ts)
            .rev()
            .find(|&x| self.is_boundary(x))
            .map_or(range.start, |x| x + 1);
        let right = (te..range.end)
            .find(|&x| self.is_boundary(x))
            .unwrap_or(range.end)
            .min(te + 25);
        // Arguments do not reach into the next coordinated clause ("زار دمشق والتقى الأسد",
        // "travelled to Israel and met Netanyahu"): its verb has its own.
        let li = lang_index(self.lang);
        let right = (te..right)
            .find(|&x| {
                !args.iter().any(|g| (g.start..g.end).contains(&x))
                    && self.res.triggers[li]
                        .matches_at(&self.a.tokens, x, right, true)
                        .iter()
                        .any(|m| {
                            matches!(m.value.pos, TriggerPos::Verb | TriggerPos::Passive)
                                && (m.reading.as_ref().is_some_and(|r| r.conj.is_some())
                                    || (x > 0 && self.key(x - 1) == "and"))
                        })
            })
            .unwrap_or(right);
        // The subject of a complement clause is no object, except where the trigger takes one:
        // "warned that Israel would pay", "حذر من أن إسرائيل".
        let clause_object = row.markers.iter().any(|m| m == "that" || m == "ان");
        // "محادثات السلام اليمنية": a demonym on talks is no party to them.
        // "توعد بأن الرد على العدوان على الحديدة": the victim of the attack answered is not
        // threatened.
        let answered_victim =
            |g: &Arg| row.relation == Predicate::Threatened && self.answered_victim(te, g);
        // "توعد … قائلا خلال زيارة لولاية X": a town or a site marked ل is where, not whom.
        let place_for = |g: &Arg| {
            row.relation == Predicate::Threatened
                && g.marker == "ل"
                && matches!(g.kind, EntityType::Location | EntityType::Facility)
        };
        // "هددت إيران بإغلاق مضيق هرمز": the place of a measure that is no attack is not
        // threatened.
        let measure_place = |g: &Arg| {
            row.relation == Predicate::Threatened
                && self.lang == Lang::Ar
                && g.marker == DIRECT
                && g.kind.is_place()
                && g.ext_start > te
                && !args
                    .iter()
                    .any(|o| (o.ext_start..o.end).contains(&(g.ext_start - 1)))
                && arabic::readings_shared(self.key(g.ext_start - 1))
                    .iter()
                    .any(|r| r.prep == Some('ب') && r.suffix.is_none())
                && self.res.triggers[lang_index(self.lang)]
                    .matches_at(&self.a.tokens, g.ext_start - 1, g.ext_start, true)
                    .is_empty()
        };
        let allowed = |g: &Arg| {
            row.markers.contains(&g.marker)
                && !place_for(g)
                && !measure_place(g)
                && (!g.embedded || clause_object)
                && !(g.adjective
                    && row.relation == Predicate::MetWith
                    && row.pos == TriggerPos::Noun)
                && !answered_victim(g)
        };
        let subject_type = |g: &Arg| g.kind.is_actor();
        // A row may narrow the object (an assassination's is a person: اغتيال X قائد فيلق القدس Y).
        let object_type = |g: &Arg| match (row.object, row.relation) {
            // Killing members attacks their body: "killed three Hamas commanders", "قتلت ثلاثة من
            // قادة حماس", "a commander of the group" (see `member` in `arg`).
            (Some(super::resources::ObjectKind::Person), Predicate::Attacked)
                if g.member && g.kind == EntityType::Organization =>
            {
                true
            }
            (Some(k), _) => k.admits(g.kind),
            // "held talks with Libyan officials": unnamed officials are no meeting with their country.
            (None, Predicate::MetWith) => {
                g.kind.is_actor()
                    && !(self.lang == Lang::En
                        && g.adjective
                        && g.end < self.a.tokens.len()
                        && matches!(self.key(g.end), "officials" | "leaders" | "diplomats"))
                    // "اجتمع مع مسؤولين إسرائيليين": unnamed officials are no meeting with
                    // their country.
                    && !(self.lang == Lang::Ar
                        && g.adjective
                        && g.start > 0
                        && self.officials_word(g.start - 1))
                    // "التي تستضيف جنودا أمريكيين": hosting troops is meeting no one.
                    && !(self.lang == Lang::Ar
                        && g.adjective
                        && g.start > 0
                        && self.word_in(g.start - 1, &self.words.members))
            }
            (None, Predicate::Visited) => g.kind.is_place(),
            _ => true,
        };
        let mut confidence: f32 = 0.9;
        let mut subject: Option<&Arg>;
        let mut obj_from = te;
        let mut object_override: Option<usize> = None;
        let mut predicate = row.relation;
        // "كان في استقبال الوزير X", "وكان X في مقدمة مستقبليه": a reception names its guest.
        let reception = row.pos == TriggerPos::Host
            || (row.relation == Predicate::MetWith
                && row.pos == TriggerPos::Noun
                && ts > range.start
                && self.key(ts - 1) == "في"
                // ("في مؤتمر صحفي مشترك مع X" is a meeting of the one who speaks.)
                && !row.form.starts_with("مؤتمر"));
        // "will hold Hamas responsible": holding is a threat only when someone is held to account.
        if self.lang == Lang::En
            && row.form.ends_with(" hold")
            && !(te..right.min(te + 8))
                .any(|x| matches!(self.key(x), "responsible" | "accountable"))
        {
            return None;
        }
        // "killed" is an attack when an actor or an attack does it ("Israel killed X", "a drone
        // strike at the airport killed X"), not a participle ("an Iranian soldier killed in …").
        // "وشارك X في قمة مجموعة العشرين في نيودلهي": taking part in a summit or conference
        // abroad is a visit; taking part in anything else (a war, an operation) is not.
        if self.lang == Lang::Ar
            && row.relation == Predicate::Visited
            && TAKING_PART.contains(&row.form.as_str())
        {
            let heads: Vec<String> = ["قمة", "مؤتمر", "منتدى", "اجتماعات", "اجتماع"]
                .iter()
                .map(|w| crate::text::normalize::key(w))
                .collect();
            let gathering = (te..right.min(te + 12)).any(|x| {
                let k = self.key(x);
                heads.iter().any(|w| {
                    k == w
                        || arabic::readings_shared(k)
                            .iter()
                            .any(|r| &r.stem == w && r.suffix.is_none())
                })
            });
            if !gathering {
                return None;
            }
        }
        // "وكانت غارة أمريكية بطائرة مسيرة قد قتلت X": in Arabic too, but not a passive (قُتلت).
        if self.lang == Lang::Ar && row.pos == TriggerPos::Verb && row.form == "قتلت" {
            let attack_noun = |x: usize| {
                self.res.triggers[lang_index(self.lang)]
                    .matches_at(&self.a.tokens, x, x + 1, true)
                    .iter()
                    .any(|m| {
                        m.value.relation == Predicate::Attacked && m.value.pos == TriggerPos::Noun
                    })
            };
            let actor_before = args
                .iter()
                .any(|g| g.end <= ts && g.end + 4 >= ts && g.marker == DIRECT && g.kind.is_actor());
            let attack_near =
                (ts.saturating_sub(8).max(left)..(te + 2).min(right)).any(attack_noun);
            if !actor_before && !attack_near {
                return None;
            }
        }
        if self.lang == Lang::En && row.pos == TriggerPos::Verb && row.form == "killed" {
            let actor_before = args
                .iter()
                .any(|g| g.end == ts && !g.adjective && g.kind.is_actor());
            let attack_before = (ts.saturating_sub(10).max(left)..ts).any(|x| {
                matches!(
                    self.key(x),
                    "strike"
                        | "strikes"
                        | "airstrike"
                        | "airstrikes"
                        | "attack"
                        | "raid"
                        | "bombing"
                )
            });
            if !actor_before && !attack_before {
                return None;
            }
        }
        if reception {
            return self.reception(si, range.clone(), (ts, te), left, right, suffix, args, disc);
        }
        match row.pos {
            TriggerPos::Host => unreachable!("handled above"),
            // Reduced relative passive: "the ministry in Tripoli, often shelled by the militia",
            // "the tower, struck by Israeli jets": the `by` phrase is the agent, the noun the
            // participle hangs on (or the place that qualifies it) the object.
            TriggerPos::Verb if self.lang == Lang::En && self.reduced_passive(ts, te, left) => {
                let agent = args.iter().find(|g| {
                    g.marker == "by"
                        && g.ext_start >= te
                        && g.ext_start <= te + 2
                        && subject_type(g)
                })?;
                let mut x = ts;
                while x > left && (self.is_gap(x - 1) || self.key(x - 1).ends_with("ly")) {
                    x -= 1;
                }
                let obj = args.iter().rev().find(|g| {
                    g.end <= x
                        && g.end + 1 >= x
                        && g.marker != "by"
                        && (!g.locative || row.relation == Predicate::Attacked)
                        && object_type(g)
                })?;
                let agents = self.conjuncts(agent, args, &subject_type);
                return Some(self.edges(
                    (si, range.clone(), (ts, te), future),
                    row.relation,
                    &agents,
                    &[obj.entity],
                    0.75,
                    args,
                ));
            }
            // English passive with a modifier inside ("was officially welcomed by", "were also
            // targeted by"): the `by` phrase is the agent, the grammatical subject the object.
            TriggerPos::Verb
                if self.lang == Lang::En
                    // "was visiting" is progressive, not passive.
                    && !self.key(te - 1).ends_with("ing")
                    && (ts.saturating_sub(3).max(left)..ts).any(|x| {
                        matches!(
                            self.key(x),
                            "was" | "were" | "been" | "being" | "is" | "are"
                        )
                    })
                    && (ts.saturating_sub(3).max(left)..ts).all(|x| {
                        matches!(
                            self.key(x),
                            "was"
                                | "were"
                                | "been"
                                | "being"
                                | "is"
                                | "are"
                                | "has"
                                | "have"
                                | "had"
                        ) || self.key(x).ends_with("ly")
                            || matches!(self.key(x), "also" | "reportedly" | "later" | "then")
                            || args.iter().any(|g| (g.start..g.end).contains(&x))
                    }) =>
            {
                let obj = self.subject_of_verb(ts, te, left, right, args, object_type)?;
                let agent = args.iter().find(|g| {
                    g.ext_start >= te && g.ext_start < right && g.marker == "by" && subject_type(g)
                })?;
                let agents = self.conjuncts(agent, args, &subject_type);
                return Some(self.edges(
                    (si, range.clone(), (ts, te), future),
                    row.relation,
                    &agents,
                    &[obj.entity],
                    0.8,
                    args,
                ));
            }
            // "X attended the meeting", "Y joined by phone": whoever met in the meeting told
            // just before (English; the rows attended, joined).
            TriggerPos::Verb
                if self.lang == Lang::En
                    && row.relation == Predicate::MetWith
                    && (row.form.starts_with("attended") || row.form.starts_with("joined")) =>
            {
                // Only a meeting or a call: "attended the half-hour meeting", "joined by phone",
                // "joined the talks"; and not one the sentence says was denied.
                let sentence_end = range.end;
                let window = (te..(te + 5).min(sentence_end)).map(|x| self.key(x));
                let meeting = window.clone().any(|k| {
                    matches!(
                        k,
                        "meeting" | "meetings" | "talks" | "summit" | "phone" | "video"
                    )
                });
                let denied = (te..sentence_end).any(|x| matches!(self.key(x), "denied" | "denies"));
                if !meeting || denied {
                    return None;
                }
                let subject = self.subject_of_verb(ts, te, left, right, args, subject_type)?;
                let (met, m_si) = disc.last_meeting.clone()?;
                let others: Vec<usize> = met.into_iter().filter(|&e| e != subject.entity).collect();
                if m_si + 1 < si || others.is_empty() {
                    return None;
                }
                return Some(self.edges(
                    (si, range.clone(), (ts, te), future),
                    Predicate::MetWith,
                    &[subject.entity],
                    &others,
                    0.7,
                    args,
                ));
            }
            TriggerPos::Verb | TriggerPos::Claim => {
                subject = self.subject_of_verb(ts, te, left, right, args, subject_type);
                // "X arrived …, the first leader to visit Y", "He was the most senior official to
                // travel to Y": the one the ranked noun phrase describes.
                if ts > left && self.ranked_infinitive(ts - 1) {
                    let told = disc
                        .sentence_subject
                        .filter(|&(_, s_si)| s_si == si)
                        .map(|(e, _)| e);
                    subject = args.iter().find(|g| {
                        g.end < ts
                            && told.is_none_or(|e| g.entity == e)
                            && g.marker == DIRECT
                            && !g.adjective
                            && !g.embedded
                            && subject_type(g)
                    });
                    let pronoun = (left..ts).any(|x| matches!(self.key(x), "he" | "she"));
                    if subject.is_none() && pronoun {
                        let e = disc
                            .subject
                            .filter(|&(e, s_si)| {
                                s_si + 1 >= si && self.entities[e].kind == EntityType::Person
                            })
                            .map(|(e, _)| e)
                            .or(disc.last_person)?;
                        let objs = self.objects(te, right, args, &allowed, &object_type, e)?;
                        return Some(self.edges(
                            (si, range.clone(), (ts, te), future),
                            row.relation,
                            &[e],
                            &objs,
                            0.7,
                            args,
                        ));
                    }
                }
                // "A missile fired by X struck Y", "rockets launched by X hit Y": the one who fired
                // the weapon is the attacker.
                if subject.is_none() && self.lang == Lang::En && row.relation == Predicate::Attacked
                {
                    subject = args.iter().rev().find(|g| {
                        g.end <= ts
                            && g.ext_start >= left + 2
                            && ts - g.end <= 6
                            && g.marker == "by"
                            && subject_type(g)
                            && (g.ext_start.saturating_sub(3)..g.ext_start)
                                .any(|x| matches!(self.key(x), "fired" | "launched" | "dropped"))
                    });
                }
                // VOS: "كما وصل إلى العلا ولي عهد البحرين": a marked object right after the verb,
                // then the subject.
                let mut vos = false;
                if subject.is_none() && self.lang == Lang::Ar {
                    let object = args.iter().find(|g| {
                        g.ext_start >= te
                            && g.ext_start <= te + 1
                            && g.marker != DIRECT
                            && allowed(g)
                            && object_type(g)
                    });
                    subject = object.and_then(|o| {
                        args.iter().find(|g| {
                            g.ext_start == o.end
                                && g.marker == DIRECT
                                && !g.conj
                                && subject_type(g)
                                && !g.adjective
                        })
                    });
                    vos = subject.is_some();
                }
                // "زار X دمشق والتقى الأسد", "حيث التقى نظيره": a verb after a conjunction or a
                // clause break shares the sentence's subject when what follows it is its object.
                let shared = disc
                    .sentence_subject
                    .filter(|&(_, s_si)| s_si == si)
                    .map(|(e, _)| e);
                let before = (range.start..ts).rev().find(|&x| !self.is_gap(x));
                let after_break = before.is_some_and(|x| {
                    matches!(self.key(x), "," | "حيث" | "ثم" | "كما" | "and" | "then")
                });
                // "وقال X من منتجعه حيث يستضيف نظيره": with no relation before it, a verb after
                // حيث shares the subject of the sentence's verb of saying.
                let shared = shared.or_else(|| {
                    before
                        .filter(|&x| self.key(x) == "حيث")
                        .and_then(|x| self.speaker(range.start..x, args))
                });
                // "بزيارة إلى الرياض التقى خلالها X": the visit's visitor met X.
                // "زيارة الرئيس والتي التقى فيها …": in it, the visit named before.
                let during = self.lang == Lang::Ar
                    && te < right
                    && (matches!(self.key(te), "خلالها" | "خلاله" | "اثناءها")
                        || (self.key(te) == "فيها"
                            && ts > range.start
                            && (matches!(self.key(ts - 1), "التي" | "والتي")
                                // "في زيارة التقى فيها": an indefinite antecedent.
                                || self.res.triggers[li]
                                    .matches_at(&self.a.tokens, ts - 1, ts, true)
                                    .iter()
                                    .any(|m| {
                                        m.value.relation == Predicate::Visited
                                            && m.value.pos == TriggerPos::Noun
                                    }))));
                if during && subject.is_none_or(|s| s.ext_start >= te) {
                    let host = disc
                        .visitor
                        .filter(|&(_, v_si)| v_si + 1 >= si)
                        .map(|(e, _)| e)
                        .or(shared);
                    if let Some(e) = host {
                        if let Some(objs) =
                            self.objects(te + 1, right, args, &allowed, &object_type, e)
                        {
                            return Some(self.edges(
                                (si, range.clone(), (ts, te), future),
                                row.relation,
                                &[e],
                                &objs,
                                0.75,
                                args,
                            ));
                        }
                        // "التقى فيها عددا من المسؤولين في بغداد وكربلاء": meeting
                        // people unnamed in places is visiting the places.
                        if row.relation == Predicate::MetWith {
                            let place = args.iter().find(|g| {
                                g.ext_start > te
                                    && g.ext_start < right
                                    && g.locative
                                    && matches!(g.kind, EntityType::Location | EntityType::Facility)
                            });
                            if let Some(p) = place {
                                let places = self.conjuncts(p, args, &|g: &Arg| g.kind.is_place());
                                return Some(self.edges(
                                    (si, range.clone(), (ts, te), future),
                                    Predicate::Visited,
                                    &[e],
                                    &places,
                                    0.6,
                                    args,
                                ));
                            }
                        }
                    }
                }
                if let Some(shared) =
                    shared.filter(|_| self.lang == Lang::Ar && (disc.conj || after_break))
                {
                    let counterpart = |g: &Arg| self.key(g.ext_start).starts_with("نظير");
                    let lone = subject.filter(|s| s.ext_start >= te).is_some_and(|s| {
                        counterpart(s)
                            || self
                                .objects(s.end, right, args, &allowed, &object_type, s.entity)
                                .is_none()
                    });
                    if subject.is_none() || lone {
                        if let Some(objs) =
                            self.objects(te, right, args, &allowed, &object_type, shared)
                        {
                            return Some(self.edges(
                                (si, range.clone(), (ts, te), future),
                                row.relation,
                                &[shared],
                                &objs,
                                0.75,
                                args,
                            ));
                        }
                    }
                }
                // "X met Y on Tuesday and later held talks with Z": a verb right after "and"
                // shares the subject of the clause before, not its object.
                if self.lang == Lang::En && subject.is_some_and(|s| s.end <= ts) {
                    let mut x = ts;
                    while x > left && self.is_gap(x - 1) && !self.a.tokens[x - 1].is_punct(",") {
                        x -= 1;
                    }
                    let after_and = x > left && self.key(x - 1) == "and";
                    if let Some((e, _)) = disc.sentence_subject.filter(|&(e, s_si)| {
                        after_and && s_si == si && subject.is_some_and(|s| s.entity != e)
                    }) {
                        if let Some(g) = args.iter().find(|g| g.entity == e && g.end <= ts) {
                            subject = Some(g);
                        }
                    } else if let Some(g) = subject
                        .filter(|_| after_and)
                        .and_then(|s| self.object_of_earlier_verb(s, left, args))
                    {
                        subject = Some(g);
                    }
                }
                if let Some(s) = subject.filter(|_| !vos) {
                    if s.ext_start >= te {
                        obj_from = s.end;
                        // Objects start after coordinated subjects (قصفت مقاتلات أمريكية وبريطانية).
                        for g in args.iter().filter(|g| g.ext_start >= s.end) {
                            let between = (obj_from..g.ext_start)
                                .all(|x| matches!(self.key(x), "," | "و" | "and"));
                            let stacked = g.adjective && s.adjective && g.ext_start == obj_from;
                            if (g.conj || stacked)
                                && between
                                && g.marker == DIRECT
                                && subject_type(g)
                            {
                                obj_from = g.end;
                            } else {
                                break;
                            }
                        }
                    }
                }
            }
            TriggerPos::Participle => {
                // English participles follow a comma ("…, warning that"); "Bagheri's warning" is a noun.
                if self.lang == Lang::En
                    && !(ts > range.start && matches!(self.key(ts - 1), "," | "and"))
                {
                    return None;
                }
                // "وقال X … متوعدا Y": the subject of the clause's verb when a relation was read
                // there ("بدأت القوات التركية هجومها …، مستهدفة"), else the sentence's first
                // unmarked actor, else the discourse subject.
                let clause_subject = disc
                    .last_subject
                    .filter(|&(_, s_si)| s_si == si)
                    .and_then(|(e, _)| args.iter().find(|g| g.entity == e && g.end <= ts));
                // "شنت القوات التركية هجوما مستهدفة": the light verb's subject.
                let light = (left..ts)
                    .rev()
                    .find(|&x| self.word_in(x, &self.words.support))
                    .and_then(|sv| self.subject_of_verb(sv, sv + 1, left, ts, args, subject_type));
                subject = clause_subject.or(light).or_else(|| {
                    args.iter().find(|g| {
                        g.end <= ts
                            && g.marker == DIRECT
                            && !g.embedded
                            && subject_type(g)
                            && !g.adjective
                    })
                });
                if subject.is_none() {
                    let (e, s_si) = disc.subject?;
                    if s_si + 1 < si {
                        return None;
                    }
                    let objs = self.objects(te, right, args, &allowed, &object_type, e)?;
                    return Some(self.edges(
                        (si, range.clone(), (ts, te), future),
                        row.relation,
                        &[e],
                        &objs,
                        0.7,
                        args,
                    ));
                }
            }
            TriggerPos::Retaliation => {
                return self.retaliation(si, range.clone(), (ts, te), right, row, args, disc);
            }
            TriggerPos::Consequence => {
                // "Israel will pay the price"; Arabic verb-first: ستدفع إسرائيل الثمن.
                let near = actor_near(args, Some((ts, 4)), te.saturating_sub(1)..te + 2);
                let (target_entity, target_start) = match near {
                    Some(t) => (t.entity, t.ext_start),
                    None => self.enemy_before(ts, si, disc)?,
                };
                // "the United States and Britain will pay": the conjuncts before it too.
                let mut targets = vec![target_entity];
                let mut target_start = target_start;
                let mut conj = near.is_some_and(|t| t.conj);
                while conj {
                    let Some(g) = args
                        .iter()
                        .rev()
                        .find(|g| g.end < target_start && g.end + 1 >= target_start)
                        .filter(|g| g.kind.is_actor())
                    else {
                        break;
                    };
                    targets.insert(0, g.entity);
                    target_start = g.ext_start;
                    conj = g.conj;
                }
                // "X warned that Hamas will pay the price": the warning verb's frame has it,
                // with its own subject.
                // "X vowed that Hamas would pay": the vow's subject is the speaker.
                let threat = (left..target_start).rev().find(|&x| {
                    self.lang == Lang::En
                        && matches!(
                            self.key(x),
                            "warned" | "warns" | "warning" | "vowed" | "vows" | "vowing"
                        )
                });
                if threat.is_some_and(|x| self.key(x).starts_with("warn")) {
                    return None;
                }
                let vower = threat
                    .and_then(|x| {
                        self.subject_of_verb(x, x + 1, left, target_start, args, subject_type)
                    })
                    .map(|g| g.entity);
                let sentence = self.a.sentences[si].tokens.clone();
                let speaker = vower.or(self.speaker(sentence, args)).or(disc
                    .subject
                    .filter(|&(_, s_si)| s_si + 1 >= si)
                    .map(|(e, _)| e))?;
                // One of those who will pay is no speaker ("said Washington and London will pay").
                if targets.contains(&speaker) {
                    return None;
                }
                return Some(self.edges(
                    (si, range.clone(), (ts, te), false),
                    row.relation,
                    &[speaker],
                    &targets,
                    0.7,
                    args,
                ));
            }
            // "At the meeting with X, Y said …", "During talks with X in Ankara, Y …": the
            // subject of the clause after a fronted meeting phrase met X (English).
            TriggerPos::Noun
                if self.lang == Lang::En
                    && row.relation == Predicate::MetWith
                    && self.fronted_phrase(range.start, ts) =>
            {
                let comma = (te..right.max(te)).find(|&x| self.a.tokens[x].is_punct(","));
                let sentence_end = range.end;
                let comma = comma.or_else(|| {
                    (te..sentence_end.min(te + 20)).find(|&x| self.a.tokens[x].is_punct(","))
                })?;
                let first = args.iter().find(|g| {
                    g.ext_start >= te && g.end <= comma && allowed(g) && object_type(g)
                })?;
                let objs = self.conjuncts(first, args, &|g: &Arg| object_type(g) && !g.locative);
                let subject = args
                    .iter()
                    .find(|g| {
                        // (The comma may have read it as one more item of the phrase's list.)
                        let clause = g.end < range.end && {
                            let n = &self.a.tokens[g.end];
                            n.kind == TokenKind::Word
                                && !n.is_capitalized(self.a.text)
                                && !matches!(self.key(g.end), "and" | "or")
                        };
                        // ("…, he vowed that Turkey would …": a pronoun is the subject, and
                        // names past a verb are not.)
                        g.ext_start > comma
                            && g.ext_start <= comma + 8
                            && !(comma + 1..g.ext_start).any(|x| {
                                matches!(self.key(x), "he" | "she" | "they" | "it" | "we")
                                    || self.word_in(x, &self.words.speech)
                                    || self.word_in(x, &self.words.complementizers)
                            })
                            && (g.marker == DIRECT || (g.conj && !g.conj_word && clause))
                            && !g.adjective
                            && subject_type(g)
                    })
                    .filter(|g| !objs.contains(&g.entity))?;
                return Some(self.edges(
                    (si, range.clone(), (ts, te), future),
                    Predicate::MetWith,
                    &[subject.entity],
                    &objs,
                    0.75,
                    args,
                ));
            }
            TriggerPos::Passive
                if self.lang == Lang::En && row.relation == Predicate::ClaimedAttackOn =>
            {
                return self.passive_claim(
                    si,
                    range.clone(),
                    (ts, te, left, right),
                    future,
                    args,
                    disc,
                );
            }
            TriggerPos::Passive => {
                // X was attacked by Y: object before, agent after `by`.
                let obj = args
                    .iter()
                    .rev()
                    .find(|g| {
                        g.end <= ts
                            && g.end + 8 >= ts
                            && g.end >= left
                            && !self.crosses_verb(g.end, ts)
                            && g.marker == DIRECT
                            && !g.locative
                            && !g.conj
                            && object_type(g)
                    })
                    .map(|g| g.entity)
                    // "A tower in Gaza City was struck by X": the place qualifying an unnamed
                    // target stands for it.
                    .or_else(|| {
                        args.iter()
                            .rev()
                            .find(|g| {
                                self.lang == Lang::En
                                    && row.relation == Predicate::Attacked
                                    && g.locative
                                    && g.end == ts
                                    && g.ext_start > left
                                    && g.kind.is_place()
                            })
                            .map(|g| g.entity)
                    });
                // "Sites near the town of X, …, were among those hit": the place the subject
                // names (English).
                let obj = obj.or_else(|| {
                    let among = self.lang == Lang::En
                        && row.relation == Predicate::Attacked
                        && (ts..te).any(|x| self.key(x) == "among");
                    args.iter()
                        .find(|g| {
                            among
                                && g.ext_start >= left
                                && g.end <= ts
                                && g.locative
                                && g.kind.is_place()
                        })
                        .map(|g| g.entity)
                });
                // "X flew to Doha … and was received by Y": the clause's subject (English).
                let obj = obj.or_else(|| {
                    let after_and = self.lang == Lang::En && ts > left && self.key(ts - 1) == "and";
                    let this_sentence = disc
                        .sentence_subject
                        .filter(|&(_, s_si)| s_si == si)
                        .map(|(e, _)| e);
                    after_and
                        .then(|| {
                            this_sentence.or_else(|| {
                                args.iter()
                                    .find(|g| {
                                        g.end <= ts
                                            && g.ext_start >= left
                                            && g.marker == DIRECT
                                            && !g.embedded
                                            && !g.adjective
                                            && subject_type(g)
                                    })
                                    .map(|g| g.entity)
                            })
                        })
                        .flatten()
                });
                // "he was received by X": the pronoun's referent.
                let obj = match obj {
                    Some(o) => o,
                    None => {
                        let p = (ts.saturating_sub(3).max(left)..ts)
                            .find(|&x| matches!(self.key(x), "he" | "she" | "they" | "it"))?;
                        let person = matches!(self.key(p), "he" | "she");
                        // "X visited Riyadh, where he was received by Y": this sentence's subject.
                        let this_sentence = disc
                            .sentence_subject
                            .filter(|&(e, s_si)| {
                                s_si == si
                                    && (!person || self.entities[e].kind == EntityType::Person)
                            })
                            .map(|(e, _)| e);
                        this_sentence
                            .or(disc
                                .subject
                                .filter(|&(_, s_si)| s_si + 2 >= si)
                                .map(|(e, _)| e))
                            .or(if person {
                                disc.last_person
                            } else {
                                disc.last_actor
                            })?
                    }
                };
                let agent = args.iter().find(|g| {
                    g.ext_start >= te && g.ext_start < right && allowed(g) && subject_type(g)
                });
                // "A compound in Dhahran was also targeted", "Positions near X were among those
                // struck": with no agent, "also"/"among" adds a target to the attack just told;
                // its attacker (English).
                let also = self.lang == Lang::En
                    && row.relation == Predicate::Attacked
                    && (ts..te).any(|x| matches!(self.key(x), "also" | "among"));
                let agent = match agent {
                    Some(g) => g,
                    None if also => {
                        let (attacker, _) = disc
                            .last_attacker
                            .filter(|&(e, a_si)| a_si + 2 >= si && e != obj)?;
                        // "A compound in Dhahran used by X": the place, not the owner.
                        let obj = args
                            .iter()
                            .find(|g| {
                                g.ext_start >= left
                                    && g.end <= ts
                                    && g.locative
                                    && g.kind.is_place()
                                    && g.entity != attacker
                            })
                            .map_or(obj, |g| g.entity);
                        return Some(self.edges(
                            (si, range.clone(), (ts, te), future),
                            Predicate::Attacked,
                            &[attacker],
                            &[obj],
                            0.6,
                            args,
                        ));
                    }
                    None => return None,
                };
                // "by Prime Minister X and President Y": every coordinated agent.
                let agents = self.conjuncts(agent, args, &subject_type);
                return Some(self.edges(
                    (si, range.clone(), (ts, te), future),
                    row.relation,
                    &agents,
                    &[obj],
                    0.85,
                    args,
                ));
            }
            // "قائلا خلال زيارة لولاية ساوث كارولاينا": a visit during which the subject speaks
            // or acts is the subject's.
            TriggerPos::Noun
                if self.lang == Lang::Ar
                    && row.relation == Predicate::Visited
                    && ts > range.start
                    && matches!(self.key(ts - 1), "خلال" | "اثناء")
                    && !args.iter().any(|g| g.ext_start == te && g.marker == DIRECT) =>
            {
                let visitor = args
                    .iter()
                    .find(|g| {
                        g.end <= ts
                            && g.marker == DIRECT
                            && !g.embedded
                            && !g.adjective
                            && g.kind == EntityType::Person
                    })
                    .map(|g| g.entity)?;
                return self.visit_of(
                    (si, range.clone(), (ts, te), future),
                    visitor,
                    right,
                    args,
                    &allowed,
                    &object_type,
                );
            }
            // "وتعد هذه الزيارة الأولى … إلى العراق", "this visit to Iraq": the visit told.
            TriggerPos::Noun
                if row.relation == Predicate::Visited
                    && ts > range.start
                    && matches!(self.key(ts - 1), "هذه" | "this")
                    && disc.visitor.is_some_and(|(_, v_si)| v_si + 3 >= si) =>
            {
                let (visitor, _) = disc.visitor?;
                return self.visit_of(
                    (si, range.clone(), (ts, te), future),
                    visitor,
                    right,
                    args,
                    &allowed,
                    &object_type,
                );
            }
            // "an attack on El Arish airport during a visit by X and Y": a visit by someone with no
            // destination named is a visit to the place the sentence just named.
            TriggerPos::Noun
                if self.lang == Lang::En
                    && row.relation == Predicate::Visited
                    && ts > left + 1
                    && matches!(self.key(ts - 2), "during" | "amid")
                    && args.iter().any(|g| {
                        g.marker == "by" && g.ext_start == te + 1 && g.kind == EntityType::Person
                    })
                    && !args.iter().any(|g| {
                        g.ext_start >= te && g.ext_start < right && allowed(g) && object_type(g)
                    }) =>
            {
                let agent = args
                    .iter()
                    .find(|g| g.marker == "by" && g.ext_start == te + 1)?;
                let agents = self.conjuncts(agent, args, &|g: &Arg| g.kind == EntityType::Person);
                let place = args
                    .iter()
                    .rev()
                    .find(|g| g.end < ts && g.end + 3 >= ts && g.kind.is_place())?;
                return Some(self.edges(
                    (si, range.clone(), (ts, te), future),
                    row.relation,
                    &agents,
                    &[place.entity],
                    0.7,
                    args,
                ));
            }
            // "مفاوضات بين X وY", "talks between X and Y": the parties are the pair.
            TriggerPos::Noun
                if row.relation == Predicate::MetWith
                    && args.iter().any(|g| {
                        g.ext_start >= te
                            && g.ext_start <= te + 4
                            && matches!(g.marker.as_str(), "بين" | "between")
                    }) =>
            {
                let first = args.iter().find(|g| {
                    g.ext_start >= te
                        && g.ext_start <= te + 4
                        && matches!(g.marker.as_str(), "بين" | "between")
                })?;
                let parties = self.conjuncts(first, args, &|g: &Arg| g.kind.is_actor());
                let (head, rest) = parties.split_first()?;
                if rest.is_empty() {
                    return None;
                }
                return Some(self.edges(
                    (si, range.clone(), (ts, te), future),
                    row.relation,
                    &[*head],
                    rest,
                    0.8,
                    args,
                ));
            }
            TriggerPos::Noun => {
                // Genitive or possessive subject, enclitic pronoun, or `by X`.
                // An indefinite Arabic noun's demonym is its agent (غارة إسرائيلية); so is an
                // English demonym before the noun (Israeli strikes).
                // "زيارة رسمية للسوداني إلى واشنطن": an agent marked with ل, a word or two on.
                let genitive = args.iter().find(|g| {
                    // "الغارات الجوية الإسرائيلية": a definite noun's demonym tells of an
                    // attack told before, no new one.
                    // A noun with a pronoun on it has no genitive: what follows is its object.
                    (g.ext_start == te
                        && g.marker == DIRECT
                        && !(g.adjective && definite)
                        && suffix.is_none())
                        || (g.adjective && g.start == te && !definite)
                        || (self.lang == Lang::Ar
                            && g.marker == "ل"
                            && g.kind == EntityType::Person
                            && g.ext_start <= te + 2
                            && g.ext_start >= te
                            && (te..g.ext_start).all(|x| self.a.tokens[x].kind == TokenKind::Word))
                });
                let possessive = args.iter().rev().find(|g| {
                    g.end <= ts
                        && g.end + 4 >= ts
                        && g.end >= left
                        && ((g.end..ts)
                            .any(|x| self.key(x) == "s" && x > 0 && self.key(x - 1) == "'")
                            // (In English the preposition before the demonym is the whole
                            // phrase's: "killed in an Israeli strike on Khan Younis".)
                            || (g.adjective
                                && g.end == ts
                                && (g.marker == DIRECT || self.lang == Lang::En))
                            // "a U.S. drone strike", "Houthi missile attacks": a name before a
                            // compound noun is its agent.
                            || (self.lang == Lang::En
                                && (g.marker == DIRECT || g.adjective)
                                && g.end + 2 >= ts
                                && (g.end..ts).all(|x| {
                                    self.a.tokens[x].kind == TokenKind::Word
                                        && !self.a.tokens[x].is_capitalized(self.a.text)
                                        && matches!(self.key(x), "drone" | "missile" | "rocket" | "air" | "artillery" | "naval" | "military" | "ground" | "suicide" | "cross-border" | "retaliatory")
                                })))
                });
                let transitive =
                    row.markers.iter().any(|m| m == DIRECT) && row.relation == Predicate::Attacked;
                // "اغتيال الولايات المتحدة سليماني", "استهداف الاحتلال لمواقع": a verbal noun's
                // genitive is its agent when the object follows it, unmarked or with ل.
                let agent_then_object = |g: &Arg| {
                    self.lang == Lang::Ar
                        && subject_type(g)
                        && !g.adjective
                        && args.iter().any(|h| {
                            h.ext_start == g.end
                                && !h.conj
                                && (h.marker == "ل"
                                    || (h.marker == DIRECT && g.kind != EntityType::Person))
                        })
                };
                if let Some(g) = genitive.filter(|g| {
                    !transitive
                        || (g.adjective && g.start == te)
                        || subject_type(g) && !object_type(g)
                        || agent_then_object(g)
                }) {
                    subject = Some(g).filter(|g| subject_type(g));
                    obj_from = g.end;
                } else if let Some(g) = possessive.filter(|g| subject_type(g)) {
                    subject = Some(g);
                } else if let Some(sv) = (left..ts)
                    .rev()
                    .take(14)
                    .find(|&x| self.word_in(x, &self.words.support))
                    // "had targeted the ship, and vowed that attacks …": a light verb carries
                    // the noun only with no other verb or clause between (English).
                    .filter(|&sv| {
                        self.lang == Lang::Ar
                            || !(sv + 1..ts).any(|x| {
                                self.word_in(x, &self.words.complementizers)
                                    || self.word_in(x, &self.words.speech)
                                    || self.res.triggers[lang_index(self.lang)]
                                        .matches_at(&self.a.tokens, x, ts, true)
                                        .iter()
                                        .any(|m| {
                                            matches!(
                                                m.value.pos,
                                                TriggerPos::Verb
                                                    | TriggerPos::Passive
                                                    | TriggerPos::Claim
                                                    | TriggerPos::Participle
                                            )
                                        })
                            })
                    })
                {
                    // A light verb carries the noun: أجرى X اتصالا هاتفيا بـY، X held talks with Y.
                    subject = self.subject_of_verb(sv, sv + 1, left, ts, args, subject_type);
                    // "زار X أنقرة، حيث عقد محادثات مع Y": after حيث or a conjunction the light
                    // verb shares the sentence's subject.
                    let opens_clause = self.lang == Lang::Ar
                        && (self.word_in(sv, &self.words.boundaries)
                            || (sv > range.start
                                && (self.word_in(sv - 1, &self.words.boundaries)
                                    || self.key(sv - 1) == ","))
                            || arabic::readings_shared(self.key(sv))
                                .iter()
                                .any(|r| r.conj.is_some()));
                    if subject.is_none() && opens_clause {
                        subject = disc
                            .sentence_subject
                            .filter(|&(_, s_si)| s_si == si)
                            .and_then(|(e, _)| args.iter().find(|g| g.entity == e && g.end <= sv));
                    }
                    // "وقال X إنه تلقى اتصالا من Y": the pronoun on إن is the speaker.
                    // (An attack so told is a claim: the reporting agent sees to it below.)
                    if subject.is_none()
                        && self.lang == Lang::Ar
                        && row.relation != Predicate::Attacked
                        && sv > range.start
                        && matches!(self.key(sv - 1), "انه" | "انها" | "بانه" | "بانها")
                    {
                        let sentence = self.a.sentences[si].tokens.clone();
                        subject = self
                            .speaker(sentence, args)
                            .and_then(|e| args.iter().find(|g| g.entity == e && g.end <= sv));
                    }
                } else if let Some(sv) = (te..(te + 4).min(right)).find(|&x| {
                    self.lang == Lang::Ar
                        && self.a.tokens[x].arabic
                        && arabic::readings_shared(&self.a.tokens[x].key)
                            .iter()
                            .any(|r| r.suffix.is_some() && self.words.support.contains(&r.stem))
                            // شنه: a two-letter stem the clitic reader keeps whole.
                            || matches!(self.key(x), "شنه" | "شنها")
                            // "زيارة قام بها شي": قام with the noun's pronoun on بـ.
                            || (matches!(self.key(x), "قام" | "قامت" | "يقوم" | "تقوم")
                                && x + 1 < right
                                && matches!(self.key(x + 1), "بها" | "به"))
                }) {
                    let sv = if matches!(self.key(sv + 1), "بها" | "به") {
                        sv + 1
                    } else {
                        sv
                    };
                    // "هجوم غير مسبوق شنته إيران على إسرائيل": the light verb of a relative clause
                    // after the noun; its enclitic is the noun, its subject the agent.
                    // (A demonym visits nobody: "زيارة يقوم بها مسؤول سعودي" has no named visitor.)
                    subject = args.iter().find(|g| {
                        g.ext_start == sv + 1
                            && g.marker == DIRECT
                            && subject_type(g)
                            && !(g.adjective && row.relation != Predicate::Attacked)
                    });
                    if let Some(s) = subject {
                        obj_from = s.end;
                    } else if row.relation == Predicate::Visited
                        && args.iter().any(|g| g.ext_start == sv + 1 && g.adjective)
                    {
                        // "حط الوزير فيصل بن فرحان في دمشق في أول زيارة يقوم بها مسؤول سعودي":
                        // the unnamed official is the visitor just told.
                        subject = disc
                            .visitor
                            .filter(|&(_, v_si)| v_si == si)
                            .and_then(|(e, _)| args.iter().find(|g| g.entity == e && g.end <= ts));
                    }
                } else if let Some(s) = suffix
                    .or_else(|| self.possessive_pronoun(left, ts))
                    // "في أول زيارة له إلى المملكة": the pronoun after the noun.
                    .or_else(|| {
                        (self.lang == Lang::Ar && te < right)
                            .then_some(())
                            .and_then(|_| match self.key(te) {
                                "له" => Some("ه"),
                                "لها" => Some("ها"),
                                "لهم" => Some("هم"),
                                _ => None,
                            })
                    })
                {
                    let person = matches!(s, "ه" | "هم" | "هما" | "his" | "her");
                    // ها is feminine: a country or a body more often than a person.
                    let fits = |g: &&Arg| {
                        if person {
                            g.kind == EntityType::Person
                        } else {
                            g.kind.is_actor() && g.kind != EntityType::Person
                        }
                    };
                    // The nearest one: "بعد انسحاب القوات الأمريكية، بدأت القوات التركية
                    // هجومها" is the Turkish forces' attack.
                    // "… محمود عباس، الذي قطع زيارته": the relative pronoun's antecedent.
                    let antecedent = (left > range.start + 1
                        && matches!(self.key(left - 1), "الذي" | "التي" | "who"))
                    .then(|| {
                        args.iter()
                            .rev()
                            .filter(fits)
                            .find(|g| g.end + 2 >= left - 1 && g.end < left)
                            .map(|g| g.entity)
                    })
                    .flatten();
                    let in_sentence = antecedent.or_else(|| {
                        args.iter()
                            .rev()
                            .filter(fits)
                            .find(|g| g.end <= ts && g.marker == DIRECT && !g.embedded)
                            .map(|g| g.entity)
                    });
                    // "During his stay in Syria": "his" is a person, not the country last spoken of.
                    let recent = disc
                        .subject
                        .filter(|&(e, s_si)| {
                            s_si + 2 >= si
                                && (self.lang == Lang::Ar
                                    || !person
                                    || self.entities[e].kind == EntityType::Person)
                        })
                        .map(|(e, _)| e);
                    let fallback = if person {
                        disc.last_person
                    } else {
                        disc.last_actor
                    };
                    let referent = in_sentence.or(recent).or(fallback)?;
                    confidence = 0.7;
                    // "إعلان الجماعة إسقاطها مسيرات أميركية": its own attack, announced.
                    let announced = (left..ts)
                        .find(|&x| self.word_in(x, &self.words.speech))
                        .and_then(|sp| {
                            args.iter().find(|g| {
                                g.ext_start > sp
                                    && g.end <= ts
                                    && g.marker == DIRECT
                                    && !g.adjective
                                    && g.kind.is_actor()
                            })
                        })
                        .is_some_and(|g| g.entity == referent);
                    let relation = if row.relation == Predicate::Attacked && announced {
                        Predicate::ClaimedAttackOn
                    } else {
                        row.relation
                    };
                    // "خلال لقائه نظيره الإيراني", "زيارته العاصمة": the pronoun on the noun is
                    // its subject, so the noun phrase right after it is its object.
                    let direct = (self.lang == Lang::Ar && suffix.is_some())
                        .then(|| {
                            args.iter().find(|g| {
                                g.ext_start == te
                                    && g.marker == DIRECT
                                    && !g.adjective
                                    && g.entity != referent
                                    && object_type(g)
                            })
                        })
                        .flatten();
                    if let Some(g) = direct {
                        return Some(self.edges(
                            (si, range.clone(), (ts, te), future),
                            relation,
                            &[referent],
                            &[g.entity],
                            confidence,
                            args,
                        ));
                    }
                    return self
                        .objects(te, right, args, &allowed, &object_type, referent)
                        .map(|objs| {
                            self.edges(
                                (si, range.clone(), (ts, te), future),
                                relation,
                                &[referent],
                                &objs,
                                confidence,
                                args,
                            )
                        });
                } else if let Some(g) = (self.lang == Lang::En && !transitive)
                    .then(|| {
                        // "X, on a visit to Berlin, …": the noun phrase set off after X is X's.
                        let p = (ts.saturating_sub(4).max(left + 1)..ts)
                            .find(|&x| matches!(self.key(x), "on" | "during"))?;
                        let plain = (p + 1..ts).all(|x| {
                            self.a.tokens[x].kind == TokenKind::Word
                                && !self.a.tokens[x].is_capitalized(self.a.text)
                        });
                        (plain && self.a.tokens[p - 1].is_punct(",")).then_some(p - 1)
                    })
                    .flatten()
                    .and_then(|comma| {
                        args.iter().find(|g| {
                            g.end == comma
                                && g.marker == DIRECT
                                && !g.adjective
                                && g.kind == EntityType::Person
                        })
                    })
                {
                    subject = Some(g);
                } else if let Some(v) = disc
                    .visitor
                    .filter(|&(_, v_si)| {
                        v_si == si
                            && self.lang == Lang::Ar
                            && row.relation == Predicate::Visited
                            // "زيارة قام بها شي إلى الرياض" names its own visitor.
                            && !(te..(te + 2).min(right)).any(|x| {
                                matches!(
                                    self.key(x),
                                    "قام" | "قامت" | "يقوم" | "تقوم" | "اجراها" | "يجريها"
                                )
                            })
                    })
                    .and_then(|(e, _)| args.iter().find(|g| g.entity == e && g.end <= ts))
                {
                    // "أول جولة خارجية للشرع، استهلها بزيارة إلى الرياض": the traveller this
                    // sentence named.
                    subject = Some(v);
                } else if let Some(g) = (self.lang == Lang::Ar
                    && row.relation == Predicate::MetWith
                    && ts > range.start
                    && matches!(self.key(ts - 1), "خلال" | "في" | "اثناء" | "عقب"))
                .then(|| {
                    // "وقال عراقجي خلال مؤتمر صحفي مشترك مع نظيره X": the subject named right
                    // before the phrase met X.
                    args.iter().find(|g| {
                        g.ext_start >= range.start
                            && g.end + 1 == ts
                            && g.marker == DIRECT
                            && !g.adjective
                            && !g.embedded
                            && subject_type(g)
                    })
                })
                .flatten()
                {
                    subject = Some(g);
                } else if transitive {
                    // استهداف قاعدة X / the shelling of X: the attacker comes from a support verb or a claim.
                    let target = genitive.filter(|g| object_type(g)).or_else(|| {
                        args.iter().find(|g| {
                            g.ext_start >= te
                                && g.ext_start < right
                                && allowed(g)
                                && !g.locative
                                && object_type(g)
                        })
                    });
                    if let Some(g) = target {
                        disc.last_attack = Some((g.entity, si));
                        // "أعلن حزب الله عن تدمير آلة عسكرية إسرائيلية": its agent announces it.
                        if let Some(agent) = self.reporting_agent(left, ts, args, None) {
                            // Not when another attack is told between (أعلن أنه قصف X ردا على اغتيال Y).
                            let li = lang_index(self.lang);
                            let other_attack = (agent.end..ts).any(|x| {
                                self.res.triggers[li]
                                    .matches_at(&self.a.tokens, x, ts, true)
                                    .iter()
                                    .any(|m| m.value.relation == Predicate::Attacked)
                            });
                            if agent.entity != g.entity && !other_attack {
                                return Some(self.edges(
                                    (si, range.clone(), (ts, te), future),
                                    Predicate::ClaimedAttackOn,
                                    &[agent.entity],
                                    &[g.entity],
                                    0.7,
                                    args,
                                ));
                            }
                        }
                        // "غارة إسرائيلية أدت إلى مقتل X", "ما أسفر عن اغتيال X": the attack
                        // just told killed X; its attacker attacked X.
                        let led_to = (ts.saturating_sub(3).max(left)..ts).any(|x| {
                            arabic::readings_shared(self.key(x)).iter().any(|r| {
                                matches!(r.stem.as_str(), "ادي" | "ادت" | "اسفر" | "اسفرت")
                            }) || matches!(self.key(x), "ادى" | "ادي" | "ادت" | "اسفر" | "اسفرت")
                        });
                        if let Some((attacker, _)) = disc
                            .last_attacker
                            .filter(|&(e, a_si)| led_to && a_si == si && e != g.entity)
                        {
                            return Some(self.edges(
                                (si, range.clone(), (ts, te), future),
                                Predicate::Attacked,
                                &[attacker],
                                &[g.entity],
                                0.7,
                                args,
                            ));
                        }
                    }
                    return None;
                } else {
                    // A definite noun with no subject refers to an event told before; an indefinite
                    // one names no attacker. Either way no edge, but attacks feed claim linking.
                    if row.relation == Predicate::Attacked {
                        if let Some(o) = args.iter().find(|g| {
                            g.ext_start >= te && g.ext_start < right && allowed(g) && object_type(g)
                        }) {
                            disc.last_attack = Some((o.entity, si));
                        }
                        // "X said operations against Y will continue": attacks its speaker
                        // announces will go on threaten their target.
                        if let Some(found) = self.continued_attacks(
                            si,
                            range.clone(),
                            (ts, te),
                            args,
                            &allowed,
                            &object_type,
                        ) {
                            return Some(found);
                        }
                    }
                    let _ = definite;
                    return None;
                }
            }
        }
        // A journey noun with its traveller and no destination yet ("أول جولة خارجية للشرع"):
        // the visits the sentence tells next are theirs.
        if row.pos == TriggerPos::Noun && row.relation == Predicate::Visited {
            if let Some(s) = subject {
                disc.visitor = Some((s.entity, si));
            }
        }
        // "تعرضت محطة الكهرباء لهجوم شنه X": what underwent the attack is its object.
        if self.lang == Lang::Ar && row.pos == TriggerPos::Noun && object_override.is_none() {
            let undergo = |x: usize| {
                let is = |k: &str| {
                    matches!(k, "تعرض" | "تعرضت" | "يتعرض" | "تتعرض" | "تعرضا" | "تعرضوا")
                };
                is(self.key(x))
                    || arabic::readings_shared(self.key(x))
                        .iter()
                        .any(|r| is(&r.stem))
            };
            let marked_l = self.a.tokens[ts].arabic
                && arabic::readings_shared(self.key(ts))
                    .iter()
                    .any(|r| r.prep == Some('ل'));
            if let Some(v) = (left..ts)
                .rev()
                .take(12)
                .find(|&x| undergo(x))
                .filter(|_| marked_l)
            {
                let undergoer = args
                    .iter()
                    .find(|g| g.ext_start > v && g.end <= ts && g.marker == DIRECT)
                    .or_else(|| {
                        args.iter()
                            .rev()
                            .find(|g| g.end <= v && g.ext_start >= left && g.marker == DIRECT)
                    });
                match undergoer {
                    Some(g) if subject.is_some_and(|s| s.entity != g.entity) => {
                        object_override = Some(g.entity);
                    }
                    _ => return None,
                }
            }
        }
        // "after a ballistic missile fired toward Riyadh was intercepted": a participle after a
        // weapon noun has no subject before it (its agent comes with "by", English), nor is it
        // the report of a speaker before.
        let weapon_participle = self.lang == Lang::En
            && row.pos == TriggerPos::Verb
            && matches!(self.key(ts), "fired" | "launched")
            && ts > left
            && matches!(
                self.key(ts - 1),
                "missile"
                    | "missiles"
                    | "rocket"
                    | "rockets"
                    | "drone"
                    | "drones"
                    | "shell"
                    | "shells"
                    | "projectile"
                    | "projectiles"
            )
            && subject.is_none_or(|s| s.end < ts - 1);
        if weapon_participle {
            subject = None;
        }
        // تبنى الهجوم، "claimed the attack": a verb of claiming takes the attack it names.
        if row.pos == TriggerPos::Claim || row.relation == Predicate::ClaimedAttackOn {
            // "تبناه التنظيم": the pronoun stands for an attack told before.
            let pronoun_attack = self.lang == Lang::Ar
                && row.pos == TriggerPos::Verb
                && (suffix.is_some() || row.form.ends_with('ه') || row.form.ends_with("ها"));
            let needs_attack_noun =
                !row.form.contains("responsib") && !row.form.contains("مسؤولي") && !pronoun_attack;
            let (target, attack_noun) = if pronoun_attack {
                (None, false)
            } else {
                self.claimed_target(te, right, args, disc)
            };
            if needs_attack_noun && !attack_noun {
                return None;
            }
            // The attack named has no target we know: nothing else after the verb is one.
            if attack_noun && target.is_none() && self.lang == Lang::Ar {
                return None;
            }
            object_override = target;
            confidence = if attack_noun { 0.85 } else { 0.7 };
        }
        // An attack its own agent reports ("said it struck", أعلن عن تدمير) is a claim.
        if predicate == Predicate::Attacked && !weapon_participle {
            if let Some(speaker) = self.reporting_agent(left, ts, args, subject) {
                subject = Some(speaker);
                predicate = Predicate::ClaimedAttackOn;
            } else if let Some(claimant) = self.quoted_own_report(si, ts, te, subject, args) {
                subject = Some(claimant);
                predicate = Predicate::ClaimedAttackOn;
            }
        }
        // `…," spokesman X said`: no object past the closing quote of an attributed statement.
        let right = if self.lang == Lang::En {
            (te..right)
                .find(|&x| {
                    super::mentions::is_quote_token(&self.a.tokens[x])
                        && (x + 1..(x + 6).min(right)).any(|s| self.word_in(s, &self.words.speech))
                })
                .unwrap_or(right)
        } else {
            right
        };
        let subject_entity = match subject {
            Some(s) => s.entity,
            // "Israeli planes struck … They said the raids hit X": an attack noun told before
            // is the subject; its attacker is the last one told (English).
            None if self.lang == Lang::En
                && predicate == Predicate::Attacked
                && self.attack_noun_subject(left, ts) =>
            {
                confidence = 0.7;
                disc.last_attacker
                    .filter(|&(_, a_si)| a_si + 3 >= si)
                    .map(|(e, _)| e)?
            }
            None => {
                // Implicit subject: a sentence-initial verb (وأضاف), or an English pronoun.
                let initial = (range.start..ts)
                    .all(|x| self.is_gap(x) || self.a.tokens[x].kind == TokenKind::Punct);
                // "he would be prepared to use force": modals and auxiliaries between.
                // "X said he was outraged by the attack and spoke by phone with Y": after "and"
                // the clause's pronoun may be farther back (English).
                let reach = if self.lang == Lang::En && ts > left && self.key(ts - 1) == "and" {
                    16
                } else {
                    6
                };
                // "He held talks with A, B and C at the palace, and received D": a verb after
                // "and" continues the subject of a relation already read in this sentence.
                // (Meetings and visits: a threat after "and" is often the speaker's.)
                let and_clause = reach > 6
                    && matches!(row.relation, Predicate::MetWith | Predicate::Visited)
                    && [disc.sentence_subject, disc.last_subject]
                        .iter()
                        .any(|x| x.is_some_and(|(_, s_si)| s_si == si));
                let pronoun = ts > left
                    && ((left..ts)
                        .rev()
                        .take(reach)
                        .any(|x| matches!(self.key(x), "he" | "she" | "it" | "they" | "we"))
                        || and_clause);
                // "حضر زيلينسكي القمة، ووصل إلى جدة": a verb with و mid-sentence continues the
                // sentence's first actor.
                // "زار X دمشق، قبل أن يتوجه إلى Y": the verb after قبل أن / بعد أن too.
                let before_after = self.lang == Lang::Ar
                    && ts >= range.start + 2
                    && self.key(ts - 1) == "ان"
                    && matches!(self.key(ts - 2), "قبل" | "بعد");
                let topic = (self.lang == Lang::Ar && ((disc.conj && !initial) || before_after))
                    .then(|| {
                        args.iter()
                            .find(|g| {
                                g.end <= ts
                                    && g.marker == DIRECT
                                    && !g.embedded
                                    && !g.adjective
                                    && subject_type(g)
                            })
                            .map(|g| g.entity)
                    })
                    .flatten();
                // "وقال X إنه تلقى اتصالا من Y": the pronoun on إن is the speaker.
                let speaker_pronoun = (self.lang == Lang::Ar
                    && ts > range.start
                    && matches!(self.key(ts - 1), "انه" | "انها" | "بانه" | "بانها"))
                .then(|| self.speaker(self.a.sentences[si].tokens.clone(), args))
                .flatten();
                let topic = topic.or(speaker_pronoun);
                if let Some(e) = topic {
                    confidence = 0.7;
                    let objs = self.objects(obj_from, right, args, &allowed, &object_type, e)?;
                    return Some(self.edges(
                        (si, range.clone(), (ts, te), future),
                        predicate,
                        &[e],
                        &objs,
                        confidence,
                        args,
                    ));
                }
                if !(initial || pronoun) {
                    // "Drones struck X. Y claimed responsibility": an attack told with no named
                    // attacker still gives a later claim its target.
                    if self.lang == Lang::En && predicate == Predicate::Attacked {
                        self.note_unattributed_attack(
                            si,
                            (obj_from, te, right),
                            args,
                            &allowed,
                            &object_type,
                            disc,
                        );
                    }
                    return None;
                }
                let recent = disc
                    .subject
                    .filter(|&(_, s_si)| si <= s_si + 2)
                    .map(|(e, _)| e);
                let e = if pronoun {
                    let person = (left..ts)
                        .rev()
                        .take(reach)
                        .any(|x| matches!(self.key(x), "he" | "she"));
                    // "Biden said he would": the one who speaks in this sentence.
                    let sentence = self.a.sentences[si].tokens.clone();
                    let speaker = self
                        .speaker(sentence, args)
                        .filter(|&e| !person || self.entities[e].kind == EntityType::Person)
                        .filter(|_| self.lang == Lang::En && self.has_speech_before(left, ts));
                    // "flew to Berlin, where he held talks": this sentence's subject.
                    let this_sentence = disc
                        .sentence_subject
                        .filter(|&(e, s_si)| {
                            s_si == si && (!person || self.entities[e].kind == EntityType::Person)
                        })
                        .map(|(e, _)| e);
                    // "\"We will …,\" he said": a first person in a quote is whoever says it.
                    let first_person = self.lang == Lang::En
                        && (left..ts)
                            .rev()
                            .take(6)
                            .any(|x| matches!(self.key(x), "we" | "i"));
                    let quoted = first_person
                        .then(|| {
                            let sentence = self.a.sentences[si].tokens.clone();
                            self.speaker(sentence.clone(), args).or_else(|| {
                                (ts..sentence.end.saturating_sub(1))
                                    .find(|&x| {
                                        matches!(self.key(x), "he" | "she")
                                            && self.word_in(x + 1, &self.words.speech)
                                    })
                                    .and(disc.last_person)
                            })
                        })
                        .flatten();
                    quoted
                        .or(speaker)
                        .or(this_sentence)
                        .or(recent)
                        .or(if person {
                            disc.last_person
                        } else {
                            disc.last_actor
                        })?
                } else {
                    recent?
                };
                confidence = 0.7;
                if pronoun && predicate == Predicate::Attacked && self.has_speech_before(left, ts) {
                    predicate = Predicate::ClaimedAttackOn;
                }
                e
            }
        };
        let objects = match object_override {
            Some(o) => Some(vec![o]),
            None => match self
                .objects(
                    obj_from,
                    right,
                    args,
                    &allowed,
                    &object_type,
                    subject_entity,
                )
                .filter(|o| !self.far_direct_guest(row, obj_from, o[0], args))
            {
                Some(o) => Some(o),
                // "تفجير انتحاري في ساحة الطيران تبناه التنظيم": the pronoun is the attack told
                // just before; the claim is on its target, else on its place.
                None if row.relation == Predicate::ClaimedAttackOn
                    && self.lang == Lang::Ar
                    && row.pos == TriggerPos::Verb
                    && (suffix.is_some()
                        || row.form.ends_with('ه')
                        || row.form.ends_with("ها")) =>
                {
                    self.attack_before(si, range.start, ts, args, disc, subject_entity)
                        .map(|o| vec![o])
                }
                // استقبله X: the enclitic pronoun on the verb is the object.
                // (Only for verbs with a direct object: أطلقته's pronoun is the missile.)
                None if row.pos == TriggerPos::Verb
                    && row.markers.iter().any(|m| m == DIRECT)
                    && matches!(suffix, Some("ه" | "ها" | "هم")) =>
                {
                    let person = suffix != Some("ها");
                    // The nearest fitting mention before: a person for ه, a place or body for ها.
                    let earlier = args
                        .iter()
                        .rev()
                        .filter(|g| {
                            g.end <= ts
                                && g.entity != subject_entity
                                && (g.marker == DIRECT || g.kind.is_place())
                        })
                        .find(|g| {
                            object_type(g)
                                && if person {
                                    g.kind == EntityType::Person
                                } else {
                                    g.kind != EntityType::Person
                                }
                        })
                        .map(|g| g.entity);
                    let recent = if row.relation == Predicate::Visited {
                        // زارها: the place named last.
                        disc.last_place.filter(|&e| e != subject_entity)
                    } else {
                        disc.subject
                            .filter(|&(e, s_si)| s_si + 1 >= si && e != subject_entity)
                            .map(|(e, _)| e)
                    };
                    Some(vec![earlier.or(recent)?])
                }
                // "هدد بشن عملية في صنعاء", "توعد بمواصلة العملية العسكرية في سوريا", "threatened
                // to strike X": a threat of an attack threatens the attack's target.
                None if row.relation == Predicate::Threatened => self
                    .threatened_attack_target(obj_from, right, args, subject_entity)
                    .or_else(|| self.conditional_attacker(obj_from, right, args, subject_entity))
                    .or_else(|| {
                        self.answered_attacker(si, te, right, args, subject_entity, disc, false)
                    })
                    // (Past a closing quote: against the "criminals" behind …)
                    .or_else(|| self.perpetrators(si, te, range.end, subject_entity, disc))
                    .map(|o| vec![o]),
                None => None,
            },
        };
        // "هاجمت ثلاث قواعد تستخدمها القوات الأمريكية، هي الشدادي والركبان والتنف": the
        // targets an enumeration names stand for the noun it spells out.
        let objects = match objects {
            _ if matches!(predicate, Predicate::Attacked | Predicate::ClaimedAttackOn) => self
                .enumerated(te, right, args, &object_type, subject_entity)
                .or(objects),
            o => o,
        };
        // "استهدفت قاعدة التنف قرب الحدود في جنوب شرق سوريا ومطار أربيل الدولي في شمال
        // العراق": each target followed by where it is; the sites joined after the places are
        // targets too.
        let objects = objects.map(|mut objs| {
            if matches!(predicate, Predicate::Attacked | Predicate::ClaimedAttackOn) {
                let mut last = args
                    .iter()
                    .filter(|g| objs.contains(&g.entity) && g.ext_start >= te)
                    .map(|g| g.end)
                    .max()
                    .unwrap_or(te);
                let mut skipped = false;
                let start = last;
                for g in args
                    .iter()
                    .filter(|g| g.ext_start >= start && g.ext_start < right)
                {
                    if g.locative && g.kind.is_place() {
                        skipped = true;
                        last = g.end;
                        continue;
                    }
                    let joined = (last..g.ext_start)
                        .all(|x| matches!(self.key(x), "و" | "and" | ",") || self.is_gap(x));
                    if skipped
                        && joined
                        && g.conj_word
                        && g.marker == DIRECT
                        && g.kind == EntityType::Facility
                        && g.entity != subject_entity
                        && !objs.contains(&g.entity)
                    {
                        objs.push(g.entity);
                        last = g.end;
                        skipped = false;
                    } else {
                        break;
                    }
                }
            }
            objs
        });
        // "strikes on southern Lebanon, including one close to the town of Tyre": the places the
        // list names are targets too (English).
        let objects = objects.map(|mut objs| {
            if self.lang == Lang::En
                && matches!(predicate, Predicate::Attacked | Predicate::ClaimedAttackOn)
            {
                for e in self.including_targets(te, range.end, args, &objs) {
                    if !objs.contains(&e) {
                        objs.push(e);
                    }
                }
                for e in self.owned_target_places(te, right, args, &objs, subject_entity) {
                    if !objs.contains(&e) {
                        objs.push(e);
                    }
                }
            }
            objs
        });
        // Coordinated subjects: "the United States and Britain struck", "قصفت مقاتلات أمريكية وبريطانية".
        let mut subjects = vec![subject_entity];
        if let Some(s) = subject {
            let mut last = s.end;
            for g in args
                .iter()
                .filter(|g| g.ext_start >= s.end && g.ext_start < right)
            {
                let between = (last..g.ext_start).all(|x| matches!(self.key(x), "," | "و" | "and"));
                // "الطيران الأميركي البريطاني": demonyms side by side are coordinated.
                let stacked = g.adjective && s.adjective && g.ext_start == last;
                if (g.conj || stacked)
                    && between
                    && g.marker == DIRECT
                    && subject_type(g)
                    && !objects.as_ref().is_some_and(|o| o.contains(&g.entity))
                {
                    subjects.push(g.entity);
                    last = g.end;
                } else {
                    break;
                }
            }
            // English names the last conjunct nearest the verb: "Cameron and Baerbock travelled";
            // so does an Arabic agent before its noun ("الطائرات الأمريكية والبريطانية ضربات").
            if (self.lang == Lang::En || (s.conj && s.adjective)) && s.end <= ts {
                let mut cur = s;
                while cur.conj {
                    let Some(prev) = args.iter().rev().find(|g| g.end <= cur.ext_start) else {
                        break;
                    };
                    let between =
                        (prev.end..cur.ext_start).all(|x| matches!(self.key(x), "," | "and"));
                    if !between || prev.marker != DIRECT || !subject_type(prev) {
                        break;
                    }
                    subjects.push(prev.entity);
                    cur = prev;
                }
            }
        }
        let objects = match objects {
            Some(o) => o,
            // "Putin and Erdogan held talks": a meeting among coordinated subjects; not so for a
            // verb that takes its guest as direct object ("واستضاف العراق وعمان جولات محادثات",
            // "X and Y welcomed the deal").
            None if predicate == Predicate::MetWith
                && subjects.len() > 1
                && !row.markers.iter().all(|m| m == DIRECT) =>
            {
                subjects.split_off(1)
            }
            // "هاجم الجيش … أطراف البلدات في جنوب لبنان": with no named target, the place attacked;
            // so for an Arabic claim (مسؤوليته عن الهجوم الذي استهدف مدينة أربيل).
            // "inspected his country's troops in Qatar", "toured a hospital in Misrata": a visit
            // to an unnamed site is a visit to the place it is in (English).
            None if predicate == Predicate::Visited && self.lang == Lang::En => {
                let place = args
                    .iter()
                    .find(|g| {
                        g.ext_start > te
                            && g.ext_start <= te + 8
                            && g.ext_start < right
                            && g.locative
                            && matches!(g.marker.as_str(), "in" | "at")
                            && g.kind.is_place()
                            && !self.crosses_verb(te, g.ext_start)
                    })
                    .filter(|g| {
                        // Only an object phrase between: no other name, no comma.
                        !args
                            .iter()
                            .any(|h| h.ext_start >= te && h.end <= g.ext_start)
                            && (te..g.ext_start).all(|x| !self.a.tokens[x].is_punct(","))
                    })?;
                confidence = 0.6;
                vec![place.entity]
            }
            // "air strikes on bases of the RSF", "targeting Hezbollah positions", "sites in the
            // provinces of X, Y and Z": the owner or the places of an unnamed target (English).
            None if matches!(predicate, Predicate::Attacked | Predicate::ClaimedAttackOn)
                && self.lang == Lang::En
                && self
                    .unnamed_target_owner(te, right, args, subject_entity)
                    .is_some() =>
            {
                confidence = 0.6;
                let mut objs = self.unnamed_target_owner(te, right, args, subject_entity)?;
                for e in self.owned_target_places(te, right, args, &objs, subject_entity) {
                    if !objs.contains(&e) {
                        objs.push(e);
                    }
                }
                objs
            }
            // ("the group's operations in Syria": where a group is active, no attack on it.)
            // (Not for an agent read inside a prepositional phrase: "two fighters died in a Turkish
            // air raid in Duhok" tells where the victims died, not what was attacked.)
            None if ((predicate == Predicate::Attacked
                && !(self.lang == Lang::En
                    && matches!(self.key(ts), "operation" | "operations")))
                || (predicate == Predicate::ClaimedAttackOn && self.lang == Lang::Ar))
                && !(self.lang == Lang::En
                    && subject.is_some_and(|s| s.adjective && s.marker != DIRECT)) =>
            {
                // In English close to the attack: "targeting shipping in what it says is
                // solidarity with Palestinians in Gaza" struck nothing in Gaza. (Arabic reports
                // put time and target phrases first: شنت المقاتلات فجر الأحد غارات على … في شمال العراق.)
                let place = args.iter().find(|g| {
                    g.ext_start >= obj_from.max(te)
                        && g.ext_start < right
                        && (self.lang == Lang::Ar || g.ext_start <= te + 8)
                        && g.locative
                        && matches!(g.marker.as_str(), "في" | "in" | "across" | "داخل")
                        && matches!(g.kind, EntityType::Location | EntityType::Country)
                        && g.entity != subject_entity
                })?;
                confidence = 0.6;
                vec![place.entity]
            }
            None => return None,
        };
        if predicate == Predicate::Attacked {
            if let Some(&o) = objects.first() {
                disc.last_attack = Some((o, si));
            }
        }
        if subject.is_some() {
            disc.sentence_subject = Some((subject_entity, si));
        }
        Some(self.edges(
            (si, range.clone(), (ts, te), future),
            predicate,
            &subjects,
            &objects,
            confidence,
            args,
        ))
    }

    /// The trigger noun opens its sentence inside a prepositional phrase: "At the meeting",
    /// "During his talks", "In a phone call" (English).
    fn fronted_phrase(&self, start: usize, ts: usize) -> bool {
        // Past a participle: "Speaking at a news conference beside X, Y said".
        let start = if matches!(self.key(start), "speaking" | "addressing" | "talking") {
            start + 1
        } else {
            start
        };
        ts > start
            && matches!(
                self.key(start),
                "at" | "during" | "in" | "after" | "following"
            )
            && ts - start <= 4
            && (start + 1..ts).all(|x| {
                matches!(
                    self.key(x),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "this"
                        | "that"
                        | "first"
                        | "second"
                        | "latest"
                        | "phone"
                        | "telephone"
                        | "closed-door"
                        | "joint"
                )
            })
    }

    /// An English participle that opens a reduced relative: "X, (regularly) attacked by Y". A bare
    /// past form right after a comma (adverbs aside) with "by" next; an auxiliary before it makes it
    /// a finite verb, which the other frames read.
    fn reduced_passive(&self, ts: usize, te: usize, left: usize) -> bool {
        let k = self.key(te - 1);
        if te != ts + 1
            || !(k.ends_with("ed") || matches!(k, "struck" | "hit" | "shot" | "met" | "held"))
            || te >= self.a.tokens.len()
            || self.key(te) != "by"
        {
            return false;
        }
        let mut x = ts;
        while x > left && self.key(x - 1).ends_with("ly") && self.key(x - 1) != "only" {
            x -= 1;
        }
        x > left && self.a.tokens[x - 1].is_punct(",")
    }

    /// Whether a word of saying or a relative pronoun sits between `from` and `to` (English).
    fn crosses_verb(&self, from: usize, to: usize) -> bool {
        (from..to).any(|x| {
            self.word_in(x, &self.words.speech) || self.word_in(x, &self.words.complementizers)
        })
    }

    /// The visit a visit noun tells, by a visitor found elsewhere: its destinations after the noun.
    /// A demonym there is the visitor's ("الأولى لمسؤول سعودي إلى العراق"), not a place.
    fn visit_of(
        &self,
        (si, range, (ts, te), future): (usize, std::ops::Range<usize>, (usize, usize), bool),
        visitor: usize,
        right: usize,
        args: &[Arg],
        allowed: &dyn Fn(&Arg) -> bool,
        object_type: &dyn Fn(&Arg) -> bool,
    ) -> Option<Vec<Found>> {
        let named = |g: &Arg| allowed(g) && !g.adjective;
        let objs = self.objects(te, right, args, &named, object_type, visitor)?;
        Some(self.edges(
            (si, range, (ts, te), future),
            Predicate::Visited,
            &[visitor],
            &objs,
            0.7,
            args,
        ))
    }

    /// A reception: the host stands outside the phrase (before it, or after it as the subject
    /// of كان), the guest is its genitive ("مستقبلي الضيف", "استقبال الوزير") or its pronoun
    /// (مستقبليه), else the last visitor.
    #[allow(clippy::too_many_arguments)]
    fn reception(
        &self,
        si: usize,
        range: std::ops::Range<usize>,
        (ts, te): (usize, usize),
        left: usize,
        right: usize,
        suffix: Option<&str>,
        args: &[Arg],
        disc: &Discourse,
    ) -> Option<Vec<Found>> {
        let actor = |g: &&Arg| g.kind.is_actor() && !g.adjective;
        // A noun with a pronoun takes no genitive: after استقباله comes the host.
        let named_guest = args
            .iter()
            .find(|g| g.ext_start == te && g.marker == DIRECT && suffix.is_none())
            .filter(actor);
        let visitor = disc
            .visitor
            .filter(|&(_, v_si)| v_si + 3 >= si)
            .map(|(e, _)| e);
        let from = named_guest.map_or(te, |g| g.end);
        let host = args
            .iter()
            .rev()
            .find(|g| g.end <= ts && g.ext_start >= left && g.marker == DIRECT && !g.embedded)
            // "وكان X في مقدمة مستقبليه": right before the phrase.
            .filter(|g| actor(g) && g.end + 3 >= ts)
            .or_else(|| {
                args.iter().find(|g| {
                    g.ext_start >= from && g.ext_start < right && g.marker == DIRECT && actor(g)
                })
            })?;
        // A pronoun refers to the person named before it in the sentence ("ووصل هادي إلى
        // الرياض، وكان في استقباله X"), else the visitor, else the current subject.
        let in_sentence = args
            .iter()
            .find(|g| {
                g.end <= ts
                    && g.ext_start >= range.start
                    && g.marker == DIRECT
                    && !g.embedded
                    && g.kind == EntityType::Person
                    && g.entity != host.entity
            })
            .map(|g| g.entity);
        let referent = suffix.and_then(|_| {
            in_sentence.or(visitor).or(disc
                .subject
                .filter(|&(_, s_si)| s_si + 2 >= si)
                .map(|(e, _)| e)
                .or(disc.last_person))
        });
        let guest = match named_guest {
            Some(g) => g.entity,
            None => referent.or(visitor)?,
        };
        // Without a name the guest is a pronoun, a title or "the guest": never a stranger's name.
        if named_guest.is_none() && suffix.is_none() && te < right {
            let next = &self.a.tokens[te];
            if args.iter().any(|g| g.ext_start == te) || next.kind != TokenKind::Word {
                return None;
            }
        }
        let hosts = self.conjuncts(host, args, &|g: &Arg| g.kind.is_actor());
        Some(self.edges(
            (si, range, (ts, te), false),
            Predicate::MetWith,
            &hosts,
            &[guest],
            0.8,
            args,
        ))
    }

    /// One relation per (subject, object) pair, never an entity with itself.
    fn edges(
        &self,
        (si, range, trigger, future): (usize, std::ops::Range<usize>, (usize, usize), bool),
        predicate: Predicate,
        subjects: &[usize],
        objects: &[usize],
        confidence: f32,
        args: &[Arg],
    ) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        for &s in subjects {
            for &o in objects.iter().filter(|&&o| o != s) {
                out.push(self.found(
                    si,
                    range.clone(),
                    trigger,
                    predicate,
                    s,
                    o,
                    confidence,
                    args,
                    future,
                ));
            }
        }
        // A coordinated object is no place of the others ("at Abu Dhabi and Dubai").
        for f in &mut out {
            if f.place
                .is_some_and(|p| objects.contains(&p) || subjects.contains(&p))
            {
                f.place = None;
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn found(
        &self,
        si: usize,
        range: std::ops::Range<usize>,
        (ts, te): (usize, usize),
        predicate: Predicate,
        subject: usize,
        object: usize,
        confidence: f32,
        args: &[Arg],
        future: bool,
    ) -> Found {
        let mut modality = self.modality(range.start, ts, predicate, future);
        let mut predicate = predicate;
        // "X said it would keep attacking Y", "توعد بأن يضرب": an attack announced for later by
        // its agent is a threat.
        // Not an attack of someone else in a condition ("سترد إذا هاجمتها إسرائيل"): that one
        // is the threatened, not the threatener.
        let others_condition = modality == Modality::Hypothetical
            && self
                .speaker(range.clone(), args)
                .is_some_and(|speaker| speaker != subject);
        if matches!(predicate, Predicate::Attacked | Predicate::ClaimedAttackOn)
            && matches!(modality, Modality::Planned | Modality::Hypothetical)
            && self.has_speech_before(range.start, ts)
            && !others_condition
        {
            predicate = Predicate::Threatened;
            modality = Modality::Asserted;
        }
        // The place of the event: a place marked in/في in the same clause, close to the trigger
        // ("met Haftar in Benghazi", not "talks on the war in Ukraine" later on).
        let place = args
            .iter()
            .find(|g| {
                g.locative
                    && g.entity != object
                    && g.entity != subject
                    && (matches!(g.kind, EntityType::Location | EntityType::Country)
                        || (g.kind == EntityType::Facility
                            && matches!(g.marker.as_str(), "at" | "في" | "ب")))
                    && g.ext_start >= te
                    // Close to the trigger, not counting the names, their titles and the time
                    // words between.
                    && (te..g.ext_start)
                        .filter(|&x| {
                            !self.is_gap(x)
                                && !args.iter().any(|o| (o.ext_start..o.end).contains(&x))
                                && !self.title_word(x)
                        })
                        .count()
                        <= 8
                    && !self.in_title(g, args)
                    && matches!(g.marker.as_str(), "في" | "in" | "ب" | "at" | "قرب" | "near")
                    && (te..g.ext_start).all(|x| {
                        !self.is_boundary(x)
                            && (!self.a.tokens[x].is_punct(",")
                                // "التقى X، اليوم الخميس، في أنقرة": commas around a time phrase.
                                || (x + 1 < g.ext_start && self.is_gap(x + 1))
                                || (x > te && self.is_gap(x - 1))
                                // "استقبل X … البرهان، في مطار العلمين": after a long object.
                                || (x + 2 >= g.ext_start && args.iter().any(|o| o.end == x)))
                    })
                    // Not the topic's place: "talks on the war in Ukraine", "تطورات الأوضاع في غزة".
                    && !(te..g.ext_start).any(|x| {
                        matches!(
                            self.key(x),
                            "war"
                                | "conflict"
                                | "crisis"
                                | "situation"
                                | "developments"
                                | "الحرب"
                                | "حرب"
                                | "الازمه"
                                | "ازمه"
                                | "الصراع"
                                | "الاوضاع"
                                | "الوضع"
                                | "تطورات"
                                | "التطورات"
                                | "الاحداث"
                                | "ملف"
                                | "الملف"
                        )
                    })
            })
            .map(|g| g.entity)
            .or_else(|| self.place_before_where(ts, args, subject, object))
            .or_else(|| self.fronted_place(ts, args, subject, object))
            // A telephone call happens nowhere in particular.
            .filter(|_| {
                !(ts.saturating_sub(1)..(te + 2).min(self.a.tokens.len())).any(|x| {
                    let k = self.key(x);
                    k.starts_with("هاتفي") || matches!(k, "phone" | "telephone")
                })
            });
        Found {
            subject,
            object,
            predicate,
            sentence: si,
            trigger: (ts, te),
            modality,
            confidence,
            place,
        }
    }

    /// "مسؤولين"، "دبلوماسيين": unnamed officials (with or without a clitic).
    fn officials_word(&self, t: usize) -> bool {
        const OFFICIALS: &[&str] = &[
            "مسؤولين",
            "مسؤولون",
            "مسؤولي",
            "مسؤول",
            "دبلوماسيين",
            "قادة",
            "ممثلين",
            "ممثلي",
        ];
        let k = self.key(t);
        OFFICIALS.iter().any(|w| {
            let w = crate::text::normalize::key(w);
            k == w
                || arabic::readings_shared(k)
                    .iter()
                    .any(|r| r.stem == w && r.suffix.is_none())
        })
    }

    /// A word of a title or honorific phrase ("المرجع الشيعي الأعلى", "آية الله العظمى").
    fn title_word(&self, x: usize) -> bool {
        let toks = &self.a.tokens;
        (x.saturating_sub(3)..=x).any(|s| {
            [&self.words.titles, &self.words.honorifics]
                .iter()
                .any(|ix| {
                    ix.matches_at(toks, s, toks.len(), false)
                        .iter()
                        .any(|m| m.end > x)
                })
        }) || !self
            .res
            .adjectives
            .matches_at(toks, x, x + 1, false)
            .is_empty()
    }

    /// A place inside a person's title ("المرجع الشيعي الأعلى في العراق آية الله العظمى علي
    /// السيستاني"): the name follows with only title words between.
    fn in_title(&self, g: &Arg, args: &[Arg]) -> bool {
        // Title words on both sides: "الأعلى في العراق آية الله" (not "، في أنقرة الرئيس").
        let marker_word = g.ext_start > 0 && self.key(g.ext_start - 1) == g.marker;
        let before = g.ext_start.checked_sub(if marker_word { 2 } else { 1 });
        g.marker != DIRECT
            && before.is_some_and(|b| self.title_word(b))
            && args.iter().any(|h| {
                h.kind == EntityType::Person
                    && h.ext_start >= g.end
                    && h.start > g.end
                    && h.start <= g.end + 4
                    && (g.end..h.start)
                        .all(|x| self.a.tokens[x].kind == TokenKind::Word && self.title_word(x))
            })
    }

    /// "وفي العاصمة بغداد، استقبل X Y", "In Riyadh, X met Y": a place opening the sentence, set
    /// off by a comma, is where its event happened.
    fn fronted_place(
        &self,
        ts: usize,
        args: &[Arg],
        subject: usize,
        object: usize,
    ) -> Option<usize> {
        let start = self.a.sentences[self.a.sentence_of(ts)].tokens.start;
        args.iter()
            .find(|g| {
                matches!(g.marker.as_str(), "في" | "in")
                    && g.ext_start <= start + 2
                    && g.end < ts
                    && self.a.tokens[g.end].is_punct(",")
                    && event_place(g, subject, object)
            })
            .map(|g| g.entity)
    }

    /// "في ولاية فلوريدا حيث يستضيف نظيره", "in Doha, where he met Y": the place a "where"
    /// clause hangs on is the event's place.
    fn place_before_where(
        &self,
        ts: usize,
        args: &[Arg],
        subject: usize,
        object: usize,
    ) -> Option<usize> {
        let start = self.a.sentences[self.a.sentence_of(ts)].tokens.start;
        let w = (start..ts).rev().find(|&x| !self.is_gap(x))?;
        if !matches!(self.key(w), "حيث" | "where") {
            return None;
        }
        // Skip the comma before "where".
        let end = if w > start && self.a.tokens[w - 1].is_punct(",") {
            w - 1
        } else {
            w
        };
        args.iter()
            .find(|g| g.end == end && event_place(g, subject, object))
            .map(|g| g.entity)
    }
}

/// Nouns for unnamed targets: "bases of X", "X positions", "sites in X".
const TARGET_HEADS: &[&str] = &[
    "base",
    "bases",
    "position",
    "positions",
    "facility",
    "facilities",
    "site",
    "sites",
    "target",
    "targets",
    "headquarters",
    "home",
    "homes",
    "stronghold",
    "strongholds",
    "post",
    "posts",
    "camp",
    "camps",
    "depot",
    "depots",
    "installations",
    "airport",
    "airports",
    "office",
    "offices",
    "convoy",
    "vehicles",
    "ships",
    "vessels",
    "fighters",
    "province",
    "provinces",
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "area",
    "areas",
    "district",
    "districts",
    "suburbs",
    "outskirts",
    "infrastructure",
    "residence",
    "palace",
    "compound",
    "embassy",
    "consulate",
    "building",
];

/// The unmarked actor ending at most `back` tokens before `before` (nearest first), else the
/// first one starting in `after`.
fn actor_near(
    args: &[Arg],
    before: Option<(usize, usize)>,
    after: std::ops::Range<usize>,
) -> Option<&Arg> {
    let fits = |g: &&Arg| g.marker == DIRECT && g.kind.is_actor();
    before
        .and_then(|(t, back)| {
            args.iter()
                .rev()
                .filter(fits)
                .find(|g| g.end <= t && g.end + back >= t)
        })
        .or_else(|| {
            args.iter()
                .filter(fits)
                .find(|g| after.contains(&g.ext_start))
        })
}

/// A meeting held in a place abroad is a visit there: "Guterres met Haftar in Benghazi" means
/// Guterres visited Benghazi. Only for people whose country the knowledge base knows (or who
/// belong to none, like UN officials) and places whose country it knows, so a leader meeting
/// at home visits nothing.
pub fn implied_visits(
    a: &Analysis,
    found: &[Found],
    entities: &[DocEntity],
    mentions: &[Resolved],
    res: &Resources,
) -> Vec<Found> {
    let kb_country = |k: usize| -> Option<&str> {
        let entry = &res.kb.entries()[k];
        match entry.kind {
            EntityType::Country => Some(entry.id.as_str()),
            _ => entry.country.as_deref(),
        }
    };
    // A person the KB lacks takes the country of the demonym or country in their title
    // ("نائب الرئيس الأميركي مايك بنس", "U.S. envoy Adam Boehler").
    let title_country = |e: usize| -> Option<&str> {
        mentions.iter().filter(|m| m.entity == e).find_map(|m| {
            let sentence = &a.sentences[a.sentence_of(m.raw.start_tok)].tokens;
            let from = m.raw.start_tok.saturating_sub(5).max(sentence.start);
            (from..m.raw.start_tok).find_map(|x| {
                if a.tokens[x].kind == TokenKind::Punct && a.tokens[x].key != "." {
                    return None;
                }
                let adjective = res
                    .adjectives
                    .matches_at(&a.tokens, x, m.raw.start_tok, false)
                    .into_iter()
                    .next()
                    .and_then(|pm| kb_country(*pm.value));
                adjective.or_else(|| {
                    mentions
                        .iter()
                        .find(|o| {
                            o.raw.start_tok == x
                                && o.raw.end_tok < m.raw.start_tok
                                && entities[o.entity].kind == EntityType::Country
                        })
                        .and_then(|o| entities[o.entity].kb)
                        .and_then(kb_country)
                })
            })
        })
    };
    // A place the KB lacks takes the country of a known place inside its name ("مطار العلمين").
    let inner_country = |e: usize| -> Option<&str> {
        mentions.iter().filter(|m| m.entity == e).find_map(|m| {
            (m.raw.start_tok..m.raw.end_tok).find_map(|x| {
                res.names
                    .matches_at(&a.tokens, x, m.raw.end_tok, false)
                    .into_iter()
                    .map(|pm| pm.value.entry)
                    .find(|&k| res.kb.entries()[k].kind.is_place())
                    .and_then(kb_country)
            })
        })
    };
    let country_of = |e: usize| -> Option<Option<&str>> {
        match entities[e].kb {
            Some(k) => Some(kb_country(k)),
            None if entities[e].kind == EntityType::Person => title_country(e).map(Some),
            None if entities[e].kind.is_place() => inner_country(e).map(Some),
            None => None,
        }
    };
    let mut out = Vec::new();
    for f in found
        .iter()
        .filter(|f| f.predicate == Predicate::MetWith && f.modality == Modality::Asserted)
    {
        let Some(place) = f.place else { continue };
        let Some(Some(place_country)) = country_of(place) else {
            continue;
        };
        for person in [f.subject, f.object] {
            if entities[person].kind != EntityType::Person {
                continue;
            }
            match country_of(person) {
                Some(Some(home)) if home == place_country => continue,
                None => continue,
                _ => {}
            }
            // A place known only through the place in its name adds nothing to a visit of
            // that country already told ("زار مصر … بمطار القاهرة الدولي").
            let visits_country = || {
                found.iter().any(|v| {
                    v.predicate == Predicate::Visited
                        && v.subject == person
                        && country_of(v.object) == Some(Some(place_country))
                })
            };
            if entities[place].kb.is_none() && visits_country() {
                continue;
            }
            out.push(Found {
                subject: person,
                object: place,
                predicate: Predicate::Visited,
                confidence: 0.6,
                place: None,
                ..f.clone()
            });
        }
    }
    out
}

/// Whether a phrase of `ix` starting at `start` ends exactly at `end`.
fn ends_at<V>(
    ix: &super::phrases::PhraseIndex<V>,
    tokens: &[crate::text::Token],
    start: usize,
    end: usize,
) -> bool {
    ix.matches_at(tokens, start, end, false)
        .iter()
        .any(|m| m.end == end)
}

/// A verb of leaving (غادر، departed) or of taking part (شارك) at token `t`: a visit only of
/// someone from elsewhere.
pub fn outsider_only(a: &Analysis, t: usize) -> bool {
    const LEAVING: &[&str] = &[
        "غادر",
        "غادرت",
        "يغادر",
        "تغادر",
        "departed",
        "departs",
        "departing",
    ];
    let key = a.tokens[t].key.as_str();
    let outsider = |k: &str| LEAVING.contains(&k) || TAKING_PART.contains(&k);
    outsider(key)
        || (a.tokens[t].arabic
            && arabic::readings_shared(key)
                .iter()
                .any(|r| outsider(r.stem.as_str())))
}

/// Verbs of taking part (in a summit, a conference): a visit of an outsider to where it is held.
const TAKING_PART: &[&str] = &["شارك", "شاركت", "يشارك", "تشارك"];
