//! Extraction cases written for this file (not taken from any article): one sentence or two per
//! phrasing class, both languages, asserted and non-asserted.

use super::{Extractor, Resources};
use crate::model::{Document, Lang, Modality};

fn extractor() -> &'static Extractor {
    use std::sync::OnceLock;
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR
        .get_or_init(|| Extractor::new(Resources::embedded(&[]).expect("the embedded data loads")))
}

fn doc(lang: Lang, text: &str) -> Document {
    Document {
        id: crate::input::document_id(text),
        lang,
        title: None,
        published: Some("2024-03-10".into()),
        url: None,
        source: "test".into(),
        key: "test".into(),
        text: text.into(),
    }
}

/// The extraction of one test article, with the shared extractor (for the other modules' tests).
pub(super) fn extraction(lang: Lang, text: &str) -> crate::model::Extraction {
    extractor().extract(&doc(lang, text))
}

/// The extraction of an Arabic test text without the name tagger: what the knowledge base and
/// the patterns alone find (for the pattern modules' tests).
pub(super) fn pattern_extraction(text: &str) -> crate::model::Extraction {
    use std::sync::OnceLock;
    static PATTERNS: OnceLock<Extractor> = OnceLock::new();
    PATTERNS
        .get_or_init(|| {
            Extractor::new(Resources::embedded(&[]).expect("the embedded data loads"))
                .with_ner(None)
        })
        .extract(&doc(Lang::Ar, text))
}

/// The entities (type, label) of `pattern_extraction`.
pub(super) fn pattern_entities(text: &str) -> Vec<(crate::model::EntityType, String)> {
    pattern_extraction(text)
        .entities
        .into_iter()
        .map(|e| (e.kind, e.label))
        .collect()
}

/// Asserted triples as (subject id, predicate, object id).
fn triples(lang: Lang, text: &str) -> Vec<(String, String, String)> {
    let x = extractor().extract(&doc(lang, text));
    let mut out: Vec<_> = x
        .asserted()
        .map(|r| {
            (
                r.subject.clone(),
                r.predicate.as_str().to_string(),
                r.object.clone(),
            )
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn has(ts: &[(String, String, String)], s: &str, p: &str, o: &str) -> bool {
    ts.iter().any(|(a, q, b)| {
        q == p
            && ((a.contains(s) && b.contains(o))
                || (p == "met-with" && a.contains(o) && b.contains(s)))
    })
}

#[test]
fn arabic_verb_first_with_titles_and_coordination() {
    let t = triples(Lang::Ar, "والتقى رئيس الحكومة العراقية محمد شياع السوداني بالمرشد الأعلى علي خامنئي والرئيس إبراهيم رئيسي في طهران.");
    assert!(has(&t, "sudani", "met-with", "raisi"), "{t:?}");
    assert!(has(&t, "sudani", "met-with", "khamenei"), "{t:?}");
    assert!(
        !t.iter()
            .any(|(s, p, o)| p == "met-with" && (o.contains("tehran") || s.contains("tehran"))),
        "a place is no party: {t:?}"
    );
    // Meeting in Tehran, the Iraqi prime minister was there.
    assert!(has(&t, "sudani", "visited", "tehran"), "{t:?}");
}

#[test]
fn arabic_subject_first_and_verbal_noun_visit() {
    let t = triples(Lang::Ar, "وكان وزير الخارجية الأمريكي أنتوني بلينكن قد وصل إلى بغداد. وجاءت زيارة بلينكن إلى العراق بعد أسابيع من التوتر.");
    assert!(has(&t, "blinken", "visited", "baghdad"), "{t:?}");
    assert!(has(&t, "blinken", "visited", "iraq"), "{t:?}");
}

#[test]
fn arabic_claim_links_to_the_attack_told_before() {
    let t = triples(Lang::Ar, "استهدفت كتائب حزب الله قاعدة عين الأسد بطائرات مسيرة. وتبنت المقاومة الإسلامية في العراق الهجوم في بيان مقتضب.");
    assert!(
        has(
            &t,
            "islamic-resistance-in-iraq",
            "claimed-attack-on",
            "ain-al-asad"
        ),
        "{t:?}"
    );
}

#[test]
fn arabic_negated_and_planned_are_not_asserted() {
    let text = "لم يلتق الرئيس السوري بشار الأسد بالرئيس التركي رجب طيب أردوغان. ومن المقرر أن يزور أردوغان دمشق الشهر المقبل.";
    let x = extractor().extract(&doc(Lang::Ar, text));
    assert_eq!(x.asserted().count(), 0, "{:?}", x.relations);
    assert!(
        x.relations.iter().any(|r| r.modality == Modality::Negated),
        "{:?}",
        x.relations
    );
    assert!(
        x.relations.iter().any(|r| r.modality == Modality::Planned),
        "{:?}",
        x.relations
    );
}

#[test]
fn arabic_demonyms_stand_for_their_country() {
    let t = triples(
        Lang::Ar,
        "وقصفت مقاتلات أمريكية وبريطانية مواقع للحوثيين في اليمن.",
    );
    assert!(has(&t, "united-states", "attacked", "houthis"), "{t:?}");
    assert!(has(&t, "united-kingdom", "attacked", "houthis"), "{t:?}");
}

#[test]
fn arabic_threat_against_object_marked_by_preposition() {
    let t = triples(
        Lang::Ar,
        "وتوعد الأمين العام لحزب الله حسن نصر الله بالرد على إسرائيل.",
    );
    assert!(has(&t, "nasrallah", "threatened", "israel"), "{t:?}");
    assert!(
        !has(&t, "hezbollah", "threatened", "nasrallah"),
        "a body inside a title is no party: {t:?}"
    );
}

#[test]
fn english_active_passive_and_coordinated_subjects() {
    let t = triples(Lang::En, "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin met Iranian President Ebrahim Raisi in Tehran on Tuesday.");
    assert!(has(&t, "erdogan", "met-with", "raisi"), "{t:?}");
    assert!(has(&t, "putin", "met-with", "raisi"), "{t:?}");
    let t = triples(Lang::En, "Israeli Prime Minister Benjamin Netanyahu was received by Egyptian President Abdel Fattah al-Sisi.");
    assert!(has(&t, "sisi", "met-with", "netanyahu"), "{t:?}");
}

#[test]
fn english_claims_and_reported_accusations() {
    let t = triples(
        Lang::En,
        "Yemen's Houthis said they had struck the destroyer USS Carney with a missile.",
    );
    assert!(
        t.iter()
            .any(|(s, p, _)| s.contains("houthis") && p == "claimed-attack-on"),
        "{t:?}"
    );
    let x = extractor().extract(&doc(
        Lang::En,
        "Washington accused Kataib Hezbollah of attacking U.S. forces in Syria.",
    ));
    assert!(
        x.asserted().all(|r| r.predicate.as_str() != "attacked"),
        "an accusation is no attack: {:?}",
        x.relations
    );
}

#[test]
fn english_future_attack_announced_by_its_agent_is_a_threat() {
    let t = triples(
        Lang::En,
        "Harakat al-Nujaba said it would keep attacking U.S. forces.",
    );
    assert!(has(&t, "nujaba", "threatened", "us-forces"), "{t:?}");
}

#[test]
fn english_short_names_resolve_to_the_full_name() {
    let x = extractor().extract(&doc(
        Lang::En,
        "Lebanese official Karim Haddad arrived in Paris on Monday. Haddad met French President Emmanuel Macron.",
    ));
    let haddad: Vec<_> = x
        .entities
        .iter()
        .filter(|e| e.label.contains("Haddad"))
        .collect();
    assert_eq!(haddad.len(), 1, "one node for one person: {:?}", x.entities);
    assert!(
        x.asserted()
            .any(|r| r.subject == haddad[0].id || r.object == haddad[0].id),
        "{:?}",
        x.relations
    );
}

#[test]
fn every_evidence_is_the_sentence_at_its_offsets() {
    let text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت.\nMacron met Lebanese Prime Minister Najib Mikati in Beirut.";
    for lang in [Lang::Ar, Lang::En] {
        let x = extractor().extract(&doc(lang, text));
        for r in &x.relations {
            let slice: String = text.chars().skip(r.start).take(r.end - r.start).collect();
            assert_eq!(slice, r.evidence);
        }
        for e in &x.entities {
            for m in &e.mentions {
                let slice: String = text.chars().skip(m.start).take(m.end - m.start).collect();
                assert_eq!(slice, m.text);
            }
        }
    }
}

#[test]
fn extraction_does_not_depend_on_the_batch() {
    let a = doc(Lang::En, "Iran launched drones at Israel.");
    let first = extractor().extract(&a);
    let _ = extractor().extract(&doc(Lang::En, "Saudi Arabia struck Houthi positions."));
    assert_eq!(first, extractor().extract(&a));
}

#[test]
fn companions_visit_what_the_visitor_visits() {
    let t = triples(Lang::Ar, "وصل العاهل السعودي الملك سلمان بن عبد العزيز إلى القاهرة يوم الخميس. ويرافق الملك سلمان في زيارته وفد كبير، بينهم وزير الخارجية عادل الجبير.");
    assert!(has(&t, "king-salman", "visited", "cairo"), "{t:?}");
    assert!(has(&t, "jubeir", "visited", "cairo"), "{t:?}");
    let t = triples(Lang::En, "Iraqi Prime Minister Mohammed Shia al-Sudani visited Washington on Monday. He was accompanied by Foreign Minister Fuad Hussein.");
    assert!(has(&t, "fuad-hussein", "visited", "washington"), "{t:?}");
}

#[test]
fn a_verbal_noun_takes_its_agent_then_its_object() {
    let t = triples(
        Lang::Ar,
        "وتصاعد التوتر منذ اغتيال الولايات المتحدة للجنرال الإيراني قاسم سليماني في بغداد.",
    );
    assert!(has(&t, "united-states", "attacked", "soleimani"), "{t:?}");
    // The body in the title is part of the title, not a second target.
    assert!(!has(&t, "united-states", "attacked", "quds-force"), "{t:?}");
}

#[test]
fn a_threat_of_an_attack_threatens_its_target() {
    let t = triples(
        Lang::Ar,
        "وهدد تركي المالكي، الناطق العسكري للتحالف، مساء الجمعة بشن غارات مكثفة في صنعاء.",
    );
    assert!(has(&t, "maliki", "threatened", "sanaa"), "{t:?}");
}

#[test]
fn meetings_abroad_are_visits_of_the_foreigner_only() {
    // The guest's country is read off the title when the KB does not know him.
    let t = triples(
        Lang::Ar,
        "واجتمع المبعوث الأميركي جون سميث، صباح الأحد، في أنقرة بالرئيس التركي رجب طيب أردوغان.",
    );
    assert!(has(&t, "سميث", "visited", "ankara"), "{t:?}");
    assert!(!has(&t, "erdogan", "visited", "ankara"), "{t:?}");
}

#[test]
fn negated_planned_hoped_for_and_hypothetical_sentences_assert_nothing() {
    let cases: &[(Lang, &str)] = &[
        (Lang::Ar, "نفى وزير الخارجية الإيراني عباس عراقجي أن يكون قد التقى المبعوث الأمريكي ستيف ويتكوف."),
        (Lang::Ar, "لم يلتق الرئيس السوري أحمد الشرع بالرئيس الروسي فلاديمير بوتين خلال الزيارة."),
        (Lang::Ar, "ومن المقرر أن يزور رئيس الحكومة العراقية محمد شياع السوداني العاصمة الأمريكية واشنطن الشهر المقبل."),
        (Lang::Ar, "يأمل الرئيس الفرنسي إيمانويل ماكرون أن يلتقي الرئيس الإيراني مسعود بزشكيان قريبا."),
        (Lang::Ar, "وقال الجيش الإسرائيلي إنه لا يسعى إلى مهاجمة لبنان."),
        (Lang::Ar, "سيزور وزير الخارجية الأمريكي ماركو روبيو الرياض الأسبوع المقبل."),
        (Lang::Ar, "اتهمت إيران إسرائيل بمهاجمة منشأة نطنز، وهو ما لم تؤكده إسرائيل."),
        (Lang::En, "Iran's foreign minister Abbas Araghchi denied that he had met U.S. envoy Steve Witkoff."),
        (Lang::En, "Israel does not seek to attack Lebanon, the military said."),
        (Lang::En, "Secretary of State Marco Rubio will visit Riyadh next week."),
        (Lang::En, "French President Emmanuel Macron hopes to meet Iranian President Masoud Pezeshkian soon."),
        (Lang::En, "Iraqi Prime Minister Mohammed Shia al-Sudani plans to travel to Washington in April."),
        (Lang::En, "Turkish President Recep Tayyip Erdogan did not meet Syrian President Bashar al-Assad."),
        (Lang::En, "If Hezbollah attacked Israel, the response would be severe, the minister said."),
    ];
    let mut marked = 0;
    for (lang, text) in cases {
        let x = extractor().extract(&doc(*lang, text));
        marked += x
            .relations
            .iter()
            .filter(|r| r.modality != Modality::Asserted)
            .count()
            .min(1);
        let asserted: Vec<_> = x
            .relations
            .iter()
            .filter(|r| r.modality == Modality::Asserted)
            .map(|r| (&r.subject, r.predicate.as_str(), &r.object))
            .collect();
        assert!(asserted.is_empty(), "{text}: {asserted:?}");
    }
    // Not vacuous: most cases are read, and kept with their modality.
    assert!(
        marked >= cases.len() / 2,
        "only {marked} cases kept a marked relation"
    );
}

#[test]
fn arabic_object_before_subject_and_vehicles() {
    let t = triples(
        Lang::Ar,
        "كما وصل إلى الرياض ولي عهد البحرين الأمير سلمان بن حمد آل خليفة.",
    );
    assert!(has(&t, "salman-bin-hamad", "visited", "riyadh"), "{t:?}");
    let t = triples(
        Lang::Ar,
        "حطت طائرة الرئيس الأمريكي دونالد ترامب، السبت، في مطار الملك خالد الدولي بالرياض.",
    );
    assert!(has(&t, "trump", "visited", "riyadh"), "{t:?}");
    let t = triples(
        Lang::Ar,
        "قصفت مدمرتان تابعتان للبحرية الأمريكية مطار الشعيرات العسكري في ريف حمص.",
    );
    assert!(has(&t, "us-navy", "attacked", "shayrat"), "{t:?}");
}

#[test]
fn delegations_named_by_their_country_are_actors() {
    let t = triples(
        Lang::En,
        "Officials said an Egyptian security delegation had arrived in Tripoli on Sunday.",
    );
    assert!(
        has(&t, "egyptian-delegation", "visited", "tripoli"),
        "{t:?}"
    );
    let t = triples(
        Lang::Ar,
        "وصل وفد أمني مصري رفيع إلى العاصمة الليبية طرابلس.",
    );
    assert!(has(&t, "وفد", "visited", "tripoli"), "{t:?}");
    assert!(!has(&t, "egypt", "visited", "tripoli"), "{t:?}");
}

#[test]
fn a_reception_meets_its_guest() {
    // The host before the phrase, the guest in the last visit.
    let t = triples(Lang::Ar, "وصل رئيس الحكومة العراقية محمد شياع السوداني إلى طهران مساء الأحد. وكان المرشد الأعلى علي خامنئي على رأس مستقبليه في القصر.");
    assert!(has(&t, "khamenei", "met-with", "sudani"), "{t:?}");
    // The host after the phrase, the guest its genitive; a pronoun after a name in the sentence.
    let t = triples(Lang::Ar, "وكان في استقبال الرئيس الإيراني إبراهيم رئيسي في مطار دمشق وزير الخارجية السوري فيصل المقداد.");
    assert!(has(&t, "mekdad", "met-with", "raisi"), "{t:?}");
    let t = triples(Lang::Ar, "ووصل الرئيس التركي رجب طيب أردوغان إلى الدوحة، وكان في استقباله أمير قطر تميم بن حمد آل ثاني.");
    assert!(has(&t, "tamim", "met-with", "erdogan"), "{t:?}");
    // No guest told: nothing.
    let t = triples(
        Lang::Ar,
        "وكان وزير الخارجية السوري فيصل المقداد في مقدمة المستقبلين.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "met-with"), "{t:?}");
}

#[test]
fn a_promised_retaliation_threatens_the_one_it_answers() {
    let t = triples(Lang::Ar, "وحذر زعيم حزب الله حسن نصر الله من أي مغامرة، مؤكدا أن المقاومة سترد على أي عدوان إسرائيلي.");
    assert!(has(&t, "nasrallah", "threatened", "israel"), "{t:?}");
    // The attacker of the condition is threatened, and attacks nobody.
    let t = triples(
        Lang::Ar,
        "وقال وزير الخارجية الإيراني عباس عراقجي إن بلاده سترد فورا إذا هاجمتها الولايات المتحدة.",
    );
    assert!(has(&t, "araghchi", "threatened", "united-states"), "{t:?}");
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
    assert!(
        !t.iter()
            .any(|(s, p, _)| p == "threatened" && s.contains("united-states")),
        "{t:?}"
    );
}

#[test]
fn an_attack_on_a_region_of_a_place_targets_the_place() {
    let t = triples(
        Lang::Ar,
        "وعقب خروج القوات الأمريكية من الحدود، وسعت القوات التركية غاراتها على شمال شرق سوريا.",
    );
    // The region itself when it is a node of its own, else the country.
    assert!(
        has(&t, "turk", "attacked", "syria") || has(&t, "turk", "attacked", "شمال-شرق-سوريا"),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|(s, p, _)| p == "attacked" && s.contains("united-states")),
        "{t:?}"
    );
    // A participle of attack takes the subject of the clause's relation.
    let t = triples(Lang::Ar, "وبعد انسحاب القوات الأمريكية، شنت القوات التركية هجوما واسعا مستهدفة قوات سوريا الديمقراطية.");
    assert!(has(&t, "turk", "attacked", "sdf"), "{t:?}");
    assert!(
        !t.iter()
            .any(|(s, p, _)| p == "attacked" && s.contains("united-states")),
        "{t:?}"
    );
    let t = triples(
        Lang::Ar,
        "وتبنت جماعة الحوثي هجوما بطائرة مسيرة على وسط تل أبيب.",
    );
    assert!(has(&t, "houthi", "claimed-attack-on", "tel-aviv"), "{t:?}");
}

#[test]
fn an_arabic_claim_on_unnamed_targets_claims_the_place() {
    let t = triples(Lang::Ar, "وأعلنت حركة حماس مسؤوليتها عن القصف الصاروخي الذي استهدف مواقع عسكرية في مدينة عسقلان فجر الأحد.");
    assert!(has(&t, "hamas", "claimed-attack-on", "ashkelon"), "{t:?}");
}

#[test]
fn definite_arabic_verbal_nouns_trigger() {
    let t = triples(
        Lang::Ar,
        "وأعلنت كتائب القسام مسؤوليتها عن الهجوم على مستوطنة سديروت.",
    );
    assert!(has(&t, "qassam", "claimed-attack-on", "sderot"), "{t:?}");
    // "the Israeli air bombardment of Gaza" tells of strikes told before: no new edge from it.
    let t = triples(
        Lang::Ar,
        "وطالب الرئيس الإيراني بوقف القصف الجوي الإسرائيلي المتواصل على قطاع غزة.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
}

#[test]
fn arabic_clauses_share_their_subject_and_members_stand_for_their_body() {
    let t = triples(
        Lang::Ar,
        "وزار الرئيس السوري أحمد الشرع أنقرة، حيث عقد محادثات مع الرئيس التركي رجب طيب أردوغان.",
    );
    assert!(has(&t, "sharaa", "met-with", "erdogan"), "{t:?}");
    let t = triples(Lang::Ar, "وتوجه الرئيس السوري أحمد الشرع بزيارة إلى الرياض التقى خلالها ولي العهد السعودي الأمير محمد بن سلمان.");
    assert!(
        has(&t, "sharaa", "met-with", "mohammed-bin-salman"),
        "{t:?}"
    );
    let t = triples(
        Lang::Ar,
        "وهاجم مسلحون من تنظيم الدولة الإسلامية مراكز للشرطة في مدينة كركوك.",
    );
    assert!(has(&t, "islamic-state", "attacked", "kirkuk"), "{t:?}");
    // "X underwent an attack that Y launched": Y attacked X.
    let t = triples(
        Lang::Ar,
        "وتعرضت قاعدة عين الأسد لهجوم صاروخي شنته فصائل موالية لإيران.",
    );
    assert!(has(&t, "iran-backed", "attacked", "ain-al-asad"), "{t:?}");
    let t = triples(Lang::Ar, "وتعرض موكب المحافظ لهجوم قرب المدينة.");
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
}

#[test]
fn arabic_claims_through_pronouns_units_and_asides() {
    // The pronoun on أن is the subject: the demonym after the verb is the target.
    let t = triples(
        Lang::Ar,
        "أعلن حزب الله في بيان أنه استهدف موكبا إسرائيليا قرب الحدود.",
    );
    assert!(has(&t, "hezbollah", "claimed-attack-on", "israel"), "{t:?}");
    // One of its own units.
    let t = triples(
        Lang::Ar,
        "وأعلنت حركة حماس أن مجموعة تابعة لها استهدفت موقعا عسكريا إسرائيليا.",
    );
    assert!(has(&t, "hamas", "claimed-attack-on", "israel"), "{t:?}");
    // An abbreviation in brackets does not cut the clause; a partner is no attacker.
    let t = triples(Lang::Ar, "وذكرت القيادة المركزية الأمريكية (سنتكوم) أنها شنت فجرا، إلى جانب القوات البريطانية، ضربات ضد 12 هدفا للحوثيين.");
    assert!(has(&t, "centcom", "claimed-attack-on", "houthi"), "{t:?}");
    assert!(
        !t.iter().any(|(s, _, _)| s.contains("united-kingdom")),
        "{t:?}"
    );
    // A titled place in a title: "the ruler of Dubai Sheikh X" is X.
    let t = triples(Lang::Ar, "وذكرت وكالة رسمية أن الرئيس السوري بشار الأسد اجتمع كذلك بحاكم دبي الشيخ محمد بن راشد خلال الزيارة.");
    assert!(has(&t, "assad", "met-with", "mohammed-bin-rashid"), "{t:?}");
}

#[test]
fn english_possessive_pronoun_nouns_and_fronted_phrases() {
    // "his stay in X" names the person spoken of; a name after the fronted phrase's comma is the
    // subject of the verb that follows, not one more object of the phrase.
    let t = triples(
        Lang::En,
        "Antony Blinken spoke to reporters in Washington. During his stay in Qatar, Joe Biden met Benjamin Netanyahu.",
    );
    assert!(has(&t, "blinken", "visited", "qatar"), "{t:?}");
    assert!(has(&t, "biden", "met-with", "netanyahu"), "{t:?}");
    // An -ed word after "to" is no infinitive: the warning goes to the retired general.
    let t = triples(
        Lang::En,
        "Recep Tayyip Erdogan issued a blunt warning to the retired Field Marshal Khalifa Haftar.",
    );
    assert!(has(&t, "erdogan", "threatened", "haftar"), "{t:?}");
}

#[test]
fn english_coordinated_clauses_and_weapons() {
    // A verb right after "and" shares the first clause's subject, not its object.
    let t = triples(
        Lang::En,
        "Antony Blinken met Benjamin Netanyahu on Monday and later held talks with Isaac Herzog.",
    );
    assert!(has(&t, "blinken", "met-with", "herzog"), "{t:?}");
    assert!(!has(&t, "netanyahu", "met-with", "herzog"), "{t:?}");
    // Whoever fired the weapon attacked what it hit.
    let t = triples(
        Lang::En,
        "A missile fired by the Houthis hit the port of Eilat.",
    );
    assert!(has(&t, "houthis", "attacked", "eilat"), "{t:?}");
    // Demonyms before "targets" make it a noun, and they are no subjects.
    let t = triples(
        Lang::En,
        "Israeli jets struck Iranian and Syrian military targets near Damascus on Sunday.",
    );
    assert!(!t.iter().any(|(s, _, _)| s.contains("iran")), "{t:?}");
    // Demonyms before "counterparts, X and Y" qualify the people.
    let t = triples(
        Lang::En,
        "Antony Blinken spoke by phone with his Saudi and Emirati counterparts, Prince Faisal bin Farhan and Sheikh Abdullah bin Zayed.",
    );
    assert!(has(&t, "blinken", "met-with", "faisal-bin-farhan"), "{t:?}");
    assert!(
        has(&t, "blinken", "met-with", "abdullah-bin-zayed"),
        "{t:?}"
    );
    assert!(!has(&t, "blinken", "met-with", "saudi-arabia"), "{t:?}");
}

#[test]
fn english_own_forces_claims_and_continued_attacks() {
    // "said its jets destroyed": the speaker's own forces, so a claim.
    let t = triples(
        Lang::En,
        "Israel said its jets had destroyed Hezbollah rocket launchers overnight.",
    );
    assert!(has(&t, "israel", "claimed-attack-on", "hezbollah"), "{t:?}");
    // Attacks the speaker says will go on threaten their target; a denial does not.
    let t = triples(
        Lang::En,
        "Yahya Saree said operations against Israel will continue and escalate.",
    );
    assert!(has(&t, "saree", "threatened", "israel"), "{t:?}");
    let t = triples(
        Lang::En,
        "Yahya Saree denied that operations against Israel would continue.",
    );
    assert!(!has(&t, "saree", "threatened", "israel"), "{t:?}");
}

#[test]
fn arabic_threats_against_a_conditional_attacker_and_forces_of_a_person() {
    let t = triples(Lang::Ar, "وقال وزير الدفاع الإسرائيلي يوآف غالانت إن العمليات مستمرة، ملوحا بتوسيعها إذا تجرأ الحوثيون على مهاجمة إيلات.");
    assert!(has(&t, "gallant", "threatened", "houthi"), "{t:?}");
    // The victim of the attack answered is not who is threatened; the forces are their leader.
    let t = triples(Lang::Ar, "أعلن المشير خليفة حفتر بدء الهجوم. وتوعد فايز السراج، في كلمة متلفزة، بالتصدي بكل قوة لهجوم قوات حفتر على العاصمة.");
    assert!(
        has(&t, "sarraj", "threatened", "libyan-national-army"),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|(_, p, o)| p == "threatened" && o.contains("tripoli")),
        "{t:?}"
    );
    // كان … قد frames a subject with a qualifier between.
    let t = triples(
        Lang::Ar,
        "وكانت مقاتلات إسرائيلية من طراز إف-35 قد قصفت فجر السبت ميناء الحديدة.",
    );
    assert!(has(&t, "israel", "attacked", "hodeidah"), "{t:?}");
}

#[test]
fn this_visit_is_the_visit_told_and_quoted_bodies_head_titles() {
    let t = triples(Lang::Ar, "وصل وزير الخارجية السعودي فيصل بن فرحان إلى بغداد. وتعد هذه الزيارة الأولى لمسؤول سعودي رفيع إلى العراق منذ سنوات.");
    assert!(has(&t, "faisal-bin-farhan", "visited", "iraq"), "{t:?}");
    let t = triples(Lang::Ar, "وتتوالى الضربات منذ اغتيال الولايات المتحدة الجنرال قاسم سليماني ونائب رئيس هيئة “الحشد الشعبي” أبو مهدي المهندس مطلع 2020.");
    assert!(has(&t, "united-states", "attacked", "muhandis"), "{t:?}");
    assert!(!t.iter().any(|(_, _, o)| o.starts_with("person/")), "{t:?}");
}

#[test]
fn talks_between_parties_and_asides_that_are_no_objects() {
    let t = triples(
        Lang::Ar,
        "وجرت مفاوضات بين وزير الخارجية السعودي فيصل بن فرحان ونظيره الإيراني عباس عراقجي في بكين.",
    );
    assert!(
        has(&t, "faisal-bin-farhan", "met-with", "araghchi"),
        "{t:?}"
    );
    // A demonym on talks is no party; an audience (أمام) and a source (بحسب) are no objects.
    let t = triples(
        Lang::Ar,
        "وفشلت جهود الأمم المتحدة في إحياء محادثات السلام اليمنية.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "met-with"), "{t:?}");
    let t = triples(Lang::Ar, "وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد توعد، في خطابه أمام الجمعية العامة للأمم المتحدة، قادة إيران.");
    assert!(has(&t, "netanyahu", "threatened", "iran"), "{t:?}");
    assert!(
        !t.iter()
            .any(|(_, _, o)| o.contains("general-assembly") || o.contains("united-nations")),
        "{t:?}"
    );
    let t = triples(
        Lang::Ar,
        "واستهدفت غارة أمريكية مقرا للكتائب قرب الحدود، بحسب مسؤولين أمنيين عراقيين.",
    );
    assert!(!t.iter().any(|(_, _, o)| o.contains("iraq")), "{t:?}");
}

#[test]
fn an_attack_that_led_to_a_killing_attacked_the_one_killed() {
    let t = triples(Lang::Ar, "وشنت طائرات حربية إسرائيلية غارات على الضاحية الجنوبية لبيروت، ما أدى إلى مقتل حسن نصر الله.");
    assert!(has(&t, "israel", "attacked", "nasrallah"), "{t:?}");
    // Deaths reported with no attack told in the sentence are nobody's attack.
    let t = triples(Lang::Ar, "وأعلنت وزارة الصحة مقتل حسن نصر الله.");
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
    // "where he was received by X": the pronoun is this sentence's subject.
    let t = triples(
        Lang::En,
        "Chinese President Xi Jinping visited Riyadh, where he was received by King Salman.",
    );
    assert!(has(&t, "xi-jinping", "met-with", "king-salman"), "{t:?}");
}

#[test]
fn an_attack_its_agent_announces_is_a_claim() {
    let t = triples(
        Lang::Ar,
        "وأعلنت جماعة الحوثي إسقاطها مسيرة أميركية في محافظة مأرب.",
    );
    assert!(
        has(&t, "houthi", "claimed-attack-on", "united-states"),
        "{t:?}"
    );
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
}

#[test]
fn units_and_companions_named_in_short() {
    // A unit a group names in quotes is its own: the group claims its attack.
    let t = triples(
        Lang::Ar,
        "أعلن حزب الله في بيان أن مجموعة \"شهداء الجنوب\" استهدفت موقعا عسكريا إسرائيليا.",
    );
    assert!(has(&t, "hezbollah", "claimed-attack-on", "israel"), "{t:?}");
    // "ويرافق X": the short name after a verb of accompanying is the host.
    let t = triples(Lang::Ar, "واجتمع نائب الرئيس الأميركي مايك بنس، مساء الخميس، في أنقرة بالرئيس التركي رجب طيب أردوغان. وقال ترامب إن الاتفاق قريب. ويرافق بنس في جولته وزير الخارجية مايك بومبيو.");
    assert!(has(&t, "pompeo", "visited", "ankara"), "{t:?}");
}

#[test]
fn the_victim_of_an_answered_attack_is_not_threatened() {
    let t = triples(
        Lang::Ar,
        "وتوعد المتحدث العسكري يحيى سريع بأن الرد على «العدوان على الحديدة» سيكون هائلا.",
    );
    assert!(!t.iter().any(|(_, _, o)| o.contains("hodeidah")), "{t:?}");
    // A threat to keep attacking still threatens the attack's target.
    let t = triples(
        Lang::Ar,
        "وتوعد زعيم جماعة الحوثي عبد الملك الحوثي بمواصلة العمليات البحرية ضد السفن الإسرائيلية.",
    );
    assert!(has(&t, "houthi", "threatened", "israel"), "{t:?}");
}

#[test]
fn royals_go_by_honorific_and_given_name() {
    let t = triples(Lang::Ar, "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى الرياض. وكان ولي العهد السعودي الأمير محمد بن سلمان في استقبال الشيخ تميم عند سلم الطائرة.");
    assert!(has(&t, "mohammed-bin-salman", "met-with", "tamim"), "{t:?}");
    // Two princes called Mohammed: "الأمير محمد" alone is neither.
    let t = triples(Lang::Ar, "والتقى الرئيس الأمريكي دونالد ترامب ولي العهد الأمير محمد بن نايف وولي ولي العهد الأمير محمد بن سلمان. وقال الأمير محمد إن المحادثات إيجابية.");
    assert!(has(&t, "trump", "met-with", "muhammad-bin-nayef"), "{t:?}");
    assert!(has(&t, "trump", "met-with", "mohammed-bin-salman"), "{t:?}");
}

#[test]
fn the_pronoun_on_inna_is_the_speaker() {
    let t = triples(Lang::Ar, "وقال رئيس الوزراء العراقي عادل عبد المهدي إنه تلقى اتصالا هاتفيا من وزير الدفاع الأمريكي مارك إسبر.");
    assert!(has(&t, "abdul-mahdi", "met-with", "esper"), "{t:?}");
}

#[test]
fn a_reception_abroad_at_a_place_named_after_a_known_one_is_a_visit() {
    let t = triples(Lang::Ar, "واستقبل الرئيس المصري عبد الفتاح السيسي، مساء الأحد، قائد الجيش السوداني عبد الفتاح البرهان، أمس في مطار العلمين.");
    assert!(has(&t, "sisi", "met-with", "burhan"), "{t:?}");
    assert!(
        t.iter()
            .any(|(s, p, o)| s.contains("burhan") && p == "visited" && o.contains("علمين")),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|(s, p, _)| s.contains("sisi") && p == "visited"),
        "{t:?}"
    );
}

#[test]
fn english_reduced_passives_and_killing() {
    // "X, often targeted by Y": Y attacked X; the sentence's subject does not.
    let t = triples(
        Lang::En,
        "Benjamin Netanyahu stayed at a base near Haifa, frequently targeted by Hezbollah.",
    );
    assert!(has(&t, "hezbollah", "attacked", "haifa"), "{t:?}");
    assert!(!has(&t, "netanyahu", "attacked", "hezbollah"), "{t:?}");
    // A place qualifying a passive's unnamed target stands for it.
    let t = triples(
        Lang::En,
        "A school in Rafah was struck by Israeli aircraft on Monday.",
    );
    assert!(has(&t, "israel", "attacked", "rafah"), "{t:?}");
    // An attack that killed a person; a bare participle after a noun is no verb.
    let t = triples(
        Lang::En,
        "An Israeli air strike in Beirut on Tuesday killed Hassan Nasrallah.",
    );
    assert!(has(&t, "israel", "attacked", "nasrallah"), "{t:?}");
    let t = triples(
        Lang::En,
        "Two Iranian officers killed in Damascus were buried on Friday.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
}

#[test]
fn english_vows_quotes_and_ranked_visits() {
    // A consequence under a vow belongs to the vower.
    let t = triples(
        Lang::En,
        "Isaac Herzog vowed that Hezbollah would pay an unprecedented price.",
    );
    assert!(has(&t, "herzog", "threatened", "hezbollah"), "{t:?}");
    // "We" in a quote is whoever says it; holding someone responsible is a threat.
    let t = triples(
        Lang::En,
        "Yoav Gallant blamed the group for the shelling. \"We will hold Hezbollah accountable for every rocket,\" he said.",
    );
    assert!(has(&t, "gallant", "threatened", "hezbollah"), "{t:?}");
    // "the first leader to visit X" tells what happened: asserted, and the subject's.
    let t = triples(
        Lang::En,
        "Olaf Scholz landed in Tel Aviv on Tuesday, the first foreign leader to visit Israel since the attack.",
    );
    assert!(has(&t, "scholz", "visited", "israel"), "{t:?}");
    // "X, on a visit to Y where he held talks with Z".
    let t = triples(
        Lang::En,
        "Hakan Fidan, on a visit to Cairo where he held talks with Sameh Shoukry, called for a ceasefire.",
    );
    assert!(has(&t, "fidan", "visited", "cairo"), "{t:?}");
    assert!(has(&t, "fidan", "met-with", "shoukry"), "{t:?}");
    // "during a visit by X" with no destination: the place just named.
    let t = triples(
        Lang::En,
        "Rockets hit Erbil airport during a visit by Antony Blinken.",
    );
    assert!(has(&t, "blinken", "visited", "erbil"), "{t:?}");
}

#[test]
fn english_role_descriptions_resolve_to_the_holder() {
    // "the Egyptian minister", "Egypt's top diplomat": the Egyptian minister named before.
    let t = triples(
        Lang::En,
        "Egyptian Foreign Minister Sameh Shoukry landed in Ankara on Monday. The Egyptian minister held talks with Hakan Fidan.",
    );
    assert!(has(&t, "shoukry", "met-with", "fidan"), "{t:?}");
    let t = triples(
        Lang::En,
        "Egyptian Foreign Minister Sameh Shoukry landed in Ankara. Egypt's top diplomat later met Recep Tayyip Erdogan.",
    );
    assert!(has(&t, "shoukry", "met-with", "erdogan"), "{t:?}");
    // "the crown prince" after "Crown Prince X"; unnamed officials are no meeting with a country.
    let t = triples(
        Lang::En,
        "Crown Prince Mohammed bin Salman stayed in Jeddah. Antony Blinken met the crown prince and held talks with Turkish officials.",
    );
    assert!(
        has(&t, "blinken", "met-with", "mohammed-bin-salman"),
        "{t:?}"
    );
    assert!(!has(&t, "blinken", "met-with", "turkey"), "{t:?}");
}

#[test]
fn english_passive_pronoun_takes_this_sentences_subject() {
    // "X visited Y, where he was received by Z": he is X, not whoever spoke in the sentence before.
    let t = triples(
        Lang::En,
        "The White House said on Monday it welcomed the talks. Emmanuel Macron visited Riyadh, where he was received by Crown Prince Mohammed bin Salman.",
    );
    assert!(
        has(&t, "macron", "met-with", "mohammed-bin-salman"),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|(s, _, o)| s.contains("white-house") || o.contains("white-house")),
        "{t:?}"
    );
}

#[test]
fn a_place_before_a_title_is_a_node_but_no_argument() {
    let text = "Iran's supreme leader Ali Khamenei met UAE President Mohamed bin Zayed in Tehran.";
    let x = extractor().extract(&doc(Lang::En, text));
    let ids: Vec<&str> = x.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.iter().any(|i| i.contains("iran")), "{ids:?}");
    assert!(
        ids.iter().any(|i| i.contains("united-arab-emirates")),
        "{ids:?}"
    );
    let t = triples(Lang::En, text);
    assert!(
        has(&t, "khamenei", "met-with", "mohamed-bin-zayed"),
        "{t:?}"
    );
    assert!(
        !t.iter().any(|(s, _, o)| s.ends_with("/iran")
            || o.ends_with("/iran")
            || s.contains("united-arab-emirates")
            || o.contains("united-arab-emirates")),
        "{t:?}"
    );
}

#[test]
fn a_title_alone_is_its_single_holder() {
    // "الأمين العام" after "الأمين العام للأمم المتحدة أنطونيو غوتيريش"; "البابا" after "البابا فرنسيس".
    let t = triples(Lang::Ar, "اجتمع الأمين العام للأمم المتحدة أنطونيو غوتيريش بالصحفيين. وكان الأمين العام قد التقى في طرابلس فائز السراج.");
    assert!(has(&t, "guterres", "met-with", "sarraj"), "{t:?}");
    let t = triples(
        Lang::Ar,
        "التقى البابا فرنسيس المرجع علي السيستاني في النجف. وزار البابا بعد ذلك مدينة أور.",
    );
    assert!(has(&t, "pope-francis", "visited", "اور"), "{t:?}");
    // Two holders of the title: the bare title is nobody.
    let t = triples(Lang::Ar, "التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش الأمين العام لجامعة الدول العربية أحمد أبو الغيط. وكان الأمين العام قد زار طرابلس.");
    assert!(
        !t.iter()
            .any(|(_, p, o)| p == "visited" && o.contains("tripoli")),
        "{t:?}"
    );
}

#[test]
fn english_ranks_and_districts_name_entities() {
    let text =
        "The soldiers were Spc. Kennedy Ladon Sanders and Spc. Breonna Alexsondria Moffett. \
                A drone struck a house in the Mashtal district.";
    let x = extractor().extract(&doc(Lang::En, text));
    let got: Vec<(String, String)> = x
        .entities
        .iter()
        .map(|e| (e.kind.as_str().to_string(), e.label.clone()))
        .collect();
    for (kind, label) in [
        ("Person", "Kennedy Ladon Sanders"),
        ("Person", "Breonna Alexsondria Moffett"),
        ("Location", "Mashtal"),
    ] {
        assert!(
            got.iter().any(|(k, l)| k == kind && l == label),
            "{kind} {label}: {got:?}"
        );
    }
}

#[test]
fn a_visit_during_which_the_subject_speaks_is_theirs() {
    let t = triples(Lang::Ar, "وتوعد الرئيس الأمريكي جو بايدن بالرد، قائلا خلال زيارة لولاية ساوث كارولاينا إن المسؤولين سيحاسبون.");
    assert!(
        t.iter()
            .any(|(s, p, o)| s.contains("biden") && p == "visited" && o.contains("كارولاينا")),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|(_, p, o)| p == "threatened" && o.contains("كارولاينا")),
        "{t:?}"
    );
}

#[test]
fn appositions_are_no_lists_and_meetings_in_places_during_a_visit_are_visits() {
    // A bare comma closes an apposition: the title after it is the object, unmarked.
    let t = triples(Lang::Ar, "ووصل الرئيس السوري بشار الأسد إلى أبوظبي في زيارة رسمية. واستقبل رئيس الإمارات الشيخ محمد بن زايد آل نهيان، صاحب القرار في أبوظبي، الرئيس السوري في قصر الشاطئ.");
    assert!(has(&t, "mohamed-bin-zayed", "met-with", "assad"), "{t:?}");
    let t = triples(Lang::Ar, "وصل الرئيس الإيراني حسن روحاني إلى العراق في زيارة التقى فيها بالعديد من المسؤولين في العاصمة بغداد وكربلاء.");
    assert!(has(&t, "rouhani", "visited", "baghdad"), "{t:?}");
    assert!(has(&t, "rouhani", "visited", "karbala"), "{t:?}");
    // An embedded subject with its apposition: "إن X رئيس الحكومة، استقبل Y".
    let t = triples(Lang::Ar, "وحط وزير الخارجية السعودي عادل الجبير في بغداد. وأفاد بيان بأن حيدر العبادي رئيس الوزراء، استقبل الجبير صباح الأحد.");
    assert!(has(&t, "abadi", "met-with", "jubeir"), "{t:?}");
}

#[test]
fn companions_listed_over_wrapped_lines_visit_too() {
    let t = triples(Lang::Ar, "وصل رئيس مجلس السيادة السوداني عبد الفتاح البرهان إلى القاهرة.\nويرافق البرهان في زيارته كل من وزير الخارجية علي الصادق،\nومدير جهاز المخابرات الفريق أول أحمد إبراهيم مفضل.");
    assert!(
        t.iter()
            .any(|(s, p, o)| s.contains("مفضل") && p == "visited" && o.contains("cairo")),
        "{t:?}"
    );
}

#[test]
fn a_journeys_traveller_makes_the_visits_that_follow() {
    let t = triples(Lang::Ar, "أجرى الرئيس السوري أحمد الشرع اتصالا. ويأتي ذلك بعد أول جولة خارجية للشرع، استهلها بزيارة إلى الرياض التقى خلالها ولي العهد السعودي الأمير محمد بن سلمان.");
    assert!(has(&t, "sharaa", "visited", "riyadh"), "{t:?}");
    assert!(
        has(&t, "sharaa", "met-with", "mohammed-bin-salman"),
        "{t:?}"
    );
    // A visit that names its own visitor (قام بها) is theirs, not the traveller's.
    let t = triples(Lang::Ar, "وكان الرئيس الإيراني إبراهيم رئيسي قد زار الصين، وذلك بعد زيارة قام بها الرئيس الصيني شي جين بينغ إلى الرياض.");
    assert!(has(&t, "xi-jinping", "visited", "riyadh"), "{t:?}");
    assert!(
        !t.iter()
            .any(|(s, p, o)| s.contains("raisi") && p == "visited" && o.contains("riyadh")),
        "{t:?}"
    );
    // A place named with the article is not the bare word (قدس سره is no Jerusalem).
    let t = triples(
        Lang::Ar,
        "وزار الرئيس الإيراني حسن روحاني بيت الإمام الخميني قدس سره في النجف.",
    );
    assert!(!t.iter().any(|(_, _, o)| o.contains("jerusalem")), "{t:?}");
}

#[test]
fn targets_each_with_its_place() {
    let t = triples(Lang::Ar, "واستهدفت فصائل موالية لإيران قاعدة التنف قرب الحدود الأردنية في جنوب شرق سوريا ومطار أربيل الدولي في شمال العراق.");
    assert!(has(&t, "iran-backed", "attacked", "al-tanf"), "{t:?}");
    assert!(has(&t, "iran-backed", "attacked", "erbil-airport"), "{t:?}");
}

#[test]
fn a_weapon_that_hit_a_target_attacked_it_and_injuries_are_no_attacks() {
    let t = triples(
        Lang::Ar,
        "وقال مسؤول إن صواريخ إيرانية أصابت قاعدة نيفاتيم الجوية في النقب.",
    );
    assert!(has(&t, "iran", "attacked", "nevatim"), "{t:?}");
    let t = triples(
        Lang::Ar,
        "وأدى الهجوم إلى مقتل رجل وإصابة آخرين قرب مكتب تابع للسفارة الأمريكية.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
}

#[test]
fn an_english_attack_on_unnamed_targets_strikes_a_place_close_by() {
    let t = triples(Lang::En, "The Houthis began targeting commercial shipping in November in what they say is solidarity with Palestinians in Gaza.");
    assert!(
        !t.iter()
            .any(|(_, p, o)| p == "attacked" && o.contains("gaza")),
        "{t:?}"
    );
}

#[test]
fn hosting_where_the_speaker_is_and_hosts_who_do_not_meet() {
    // The host after حيث is the speaker of the sentence; the place before حيث is the meeting's,
    // and the guest from abroad visited it.
    let t = triples(Lang::Ar, "وتحدث الرئيس الأمريكي جو بايدن للصحفيين في ولاية ديلاوير حيث يستضيف نظيره الفرنسي إيمانويل ماكرون، مؤكدا متانة التحالف.");
    assert!(has(&t, "joe-biden", "met-with", "emmanuel-macron"), "{t:?}");
    assert!(has(&t, "emmanuel-macron", "visited", "delaware"), "{t:?}");
    // Two hosts of rounds of talks do not meet each other, nor a capital named further on.
    let t = triples(Lang::Ar, "واستضافت قطر ومصر خلال العام الماضي جولات متتالية من المفاوضات غير المباشرة أفضت إلى هدنة القاهرة.");
    assert!(!t.iter().any(|(_, p, _)| p == "met-with"), "{t:?}");
    let t = triples(
        Lang::En,
        "Qatar and Egypt hosted several rounds of indirect talks last year.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "met-with"), "{t:?}");
}

#[test]
fn an_enumeration_names_the_targets_it_spells_out() {
    let t = triples(Lang::Ar, "وقالت كتائب حزب الله إنها قصفت بالصواريخ قاعدتين يتمركز فيهما جنود أمريكيون، هما عين الأسد في الأنبار وقاعدة التنف.");
    assert!(
        has(&t, "kataib-hezbollah", "claimed-attack-on", "ain-al-asad"),
        "{t:?}"
    );
    assert!(
        has(&t, "kataib-hezbollah", "claimed-attack-on", "tanf"),
        "{t:?}"
    );
    // "سورية" after an indefinite plural is the demonym ("Syrian jets"), and "بينها" lists.
    let t = triples(
        Lang::Ar,
        "وأغارت مقاتلات سورية على قرى في ريف حماة، بينها بلدة اللطامنة.",
    );
    assert!(has(&t, "syria", "attacked", "لطامنه"), "{t:?}");
}

#[test]
fn a_counterpart_or_a_titled_demonym_is_the_person_named_before() {
    // "الوزير السعودي" is the Saudi minister named earlier; a clause after "نظيره السعودي"
    // (a feminine verb: تطرقت) is no name of his.
    let text = "وصل وزير الخارجية السعودي فيصل بن فرحان إلى عمان. واستقبل العاهل الأردني الملك عبد الله الثاني الوزير السعودي في قصر الحسينية. وكان وزير الخارجية الأردني أيمن الصفدي قد أجرى محادثات مع نظيره السعودي تطرقت إلى أمن الحدود.";
    let t = triples(Lang::Ar, text);
    assert!(
        has(&t, "abdullah", "met-with", "faisal-bin-farhan"),
        "{t:?}"
    );
    assert!(has(&t, "safadi", "met-with", "faisal-bin-farhan"), "{t:?}");
    assert!(
        !t.iter()
            .any(|(a, _, b)| a.contains("تطرقت") || b.contains("تطرقت")),
        "{t:?}"
    );
}

#[test]
fn another_name_of_a_title_and_a_place_inside_a_title() {
    // الحبر الأعظم is the pope named before; "في العراق" inside a cleric's title is no place of
    // the meeting, the city after his home is.
    let text = "استقبل المرجع الشيعي الأعلى في العراق آية الله العظمى علي السيستاني البابا فرنسيس في مكتبه بمدينة النجف. وكان الحبر الأعظم قد حط في مطار بغداد الدولي قبل يومين.";
    let x = extraction(Lang::Ar, text);
    let met = x
        .asserted()
        .find(|r| r.predicate.as_str() == "met-with")
        .expect("a meeting");
    assert_eq!(met.place.as_deref(), Some("kb/najaf"), "{met:?}");
    let t = triples(Lang::Ar, text);
    assert!(has(&t, "pope-francis", "visited", "baghdad"), "{t:?}");
}

#[test]
fn a_strike_that_killed_someone_attacked_them() {
    let t = triples(
        Lang::Ar,
        "وكانت ضربة أمريكية بطائرة مسيرة قد قتلت زعيم تنظيم القاعدة أيمن الظواهري في كابول.",
    );
    assert!(has(&t, "united-states", "attacked", "zawahiri"), "{t:?}");
    // The demonym of the strike is no part of the victim's title.
    let t = triples(
        Lang::Ar,
        "وقتلت غارة إسرائيلية القيادي في حركة حماس صالح العاروري في الضاحية الجنوبية لبيروت.",
    );
    assert!(has(&t, "israel", "attacked", "arouri"), "{t:?}");
    // A passive reading (قُتلت) with no attack or attacker is nothing.
    let t = triples(Lang::Ar, "وقتلت ممرضة في المستشفى بحسب الشرطة.");
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn kin_before_a_given_name_is_a_title() {
    let t = triples(Lang::Ar, "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرباط. ويرافق ماكرون في زيارته زوجته بريجيت وشقيقه جان.");
    assert!(has(&t, "بريجيت", "visited", "rabat"), "{t:?}");
}

#[test]
fn hosting_soldiers_is_no_meeting() {
    let t = triples(
        Lang::Ar,
        "وسقطت الصواريخ على قاعدة حرير في أربيل، التي تستضيف جنودا فرنسيين.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "met-with"), "{t:?}");
}

#[test]
fn title_qualifiers_and_phrases_inside_titles() {
    // "المستقيل" between the title and the name; the office announcing is its holder's voice.
    let t = triples(Lang::Ar, "وأعلن مكتب رئيس الحكومة اللبنانية المستقيل نجيب ميقاتي أنه تلقى اتصالا هاتفيا من وزير الخارجية الفرنسي جان نويل بارو.");
    assert!(has(&t, "mikati", "met-with", "barrot"), "{t:?}");
    // "في المرحلة الانتقالية" inside the title.
    let t = triples(
        Lang::Ar,
        "وهاتف الرئيس التركي رجب طيب أردوغان الرئيس السوري في المرحلة الانتقالية أحمد الشرع.",
    );
    assert!(has(&t, "erdogan", "met-with", "sharaa"), "{t:?}");
}

#[test]
fn a_companion_meets_the_other_side() {
    let text = "وصل الرئيس السوري أحمد الشرع إلى باريس. وكانت وزيرة الخارجية الألمانية أنالينا بيربوك قد التقت الشرع في دمشق قبل أسابيع برفقة نظيرها الفرنسي جان نويل بارو.";
    let t = triples(Lang::Ar, text);
    assert!(has(&t, "baerbock", "met-with", "sharaa"), "{t:?}");
    assert!(has(&t, "barrot", "met-with", "sharaa"), "{t:?}");
    assert!(!has(&t, "baerbock", "met-with", "barrot"), "{t:?}");
    let t = triples(Lang::En, "Turkish President Recep Tayyip Erdogan received Syrian President Ahmed al-Sharaa in Ankara, accompanied by Foreign Minister Asaad al-Shaibani.");
    assert!(has(&t, "shaibani", "met-with", "erdogan"), "{t:?}");
}

#[test]
fn the_owners_preposition_repeats_on_the_next_target() {
    let t = triples(Lang::Ar, "وشنت طائرات تركية غارات على مواقع لحزب العمال الكردستاني في جبال قنديل ولوحدات حماية الشعب في ريف الحسكة.");
    assert!(has(&t, "turk", "attacked", "pkk"), "{t:?}");
    assert!(has(&t, "turk", "attacked", "ypg"), "{t:?}");
}

#[test]
fn two_titles_of_one_person_and_a_title_cut_by_a_preposition() {
    // "الرئيس الإيراني" fits two titles of one man (no ambiguity); "رئيس إيراني بالمرجع" gives
    // the cleric no title.
    let text = "بدأ رئيس الجمهورية الإيرانية مسعود بزشكيان زيارة رسمية إلى العراق. ووصف مراقبون اللقاء بأنه الأول الذي يجمع رئيس إيراني بالمرجع السيستاني منذ سنوات. وكانت زيارة الرئيس الإيراني، والتي التقى فيها عددا من المسؤولين في بغداد والبصرة، قد استمرت ثلاثة أيام.";
    let t = triples(Lang::Ar, text);
    assert!(has(&t, "pezeshkian", "visited", "basra"), "{t:?}");
}

#[test]
fn a_title_before_a_quoted_name_across_a_semicolon() {
    let t = triples(
        Lang::Ar,
        r#"استقبل الرئيس التركي؛ "رجب طيب أردوغان"، الأحد، رئيس الوزراء الليبي عبد الحميد الدبيبة في إسطنبول."#,
    );
    assert!(has(&t, "erdogan", "met-with", "dbeibah"), "{t:?}");
    // A titled body, an aside, then its head's quoted name.
    let t = triples(
        Lang::Ar,
        r#"واستقبل الرئيس التركي؛ "رجب طيب أردوغان"، في أنقرة رئيس حكومة الوفاق الوطني، المعترف بها أمميا؛ "فائز السراج"."#,
    );
    assert!(has(&t, "erdogan", "met-with", "sarraj"), "{t:?}");
    assert!(
        !t.iter()
            .any(|(a, _, b)| a.contains("gna") || b.contains("gna")),
        "{t:?}"
    );
}

#[test]
fn an_attack_then_who_claimed_it() {
    // "تبناه X": the pronoun is the bombing told before; the claim is on its place.
    let t = triples(
        Lang::Ar,
        "وشهدت المدينة قبل شهر تفجيرا بسيارة مفخخة في سوق مدينة الصدر تبنته حركة الشباب حسب زعمها.",
    );
    assert!(
        t.iter()
            .any(|(s, p, _)| s.contains("shabaab") && p == "claimed-attack-on"),
        "{t:?}"
    );
}

#[test]
fn an_unnamed_force_of_the_speakers_own_is_a_claim() {
    let t = triples(Lang::Ar, "وقال المتحدث العسكري باسم جماعة الحوثي يحيى سريع إن القوات البحرية استهدفت سفينة في خليج عدن.");
    let t2 = triples(Lang::Ar, "وأكد المتحدث العسكري باسم جماعة الحوثي يحيى سريع أن القوة الصاروخية أطلقت صواريخ على مدينة إيلات.");
    assert!(has(&t2, "saree", "claimed-attack-on", "eilat"), "{t2:?}");
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
}

#[test]
fn a_bare_title_finds_the_one_holder_of_its_head() {
    let text = "بدأ وزير الخارجية العماني بدر البوسعيدي جولة إقليمية. وكان في استقبال الوزير لدى وصوله إلى مطار بغداد الدولي نائب رئيس الوزراء العراقي.";
    let t = triples(Lang::Ar, text);
    assert!(has(&t, "busaidi", "visited", "baghdad"), "{t:?}");
}

#[test]
fn a_place_opening_the_sentence_is_the_events() {
    let t = triples(
        Lang::Ar,
        "وفي العاصمة عمان، استقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس.",
    );
    assert!(has(&t, "abbas", "visited", "amman"), "{t:?}");
    let t = triples(Lang::En, "In Cairo, Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah II on Sunday.");
    assert!(has(&t, "abdullah", "visited", "cairo"), "{t:?}");
}

#[test]
fn leaving_a_place_is_a_visit_of_an_outsider_only() {
    let t = triples(
        Lang::Ar,
        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إنه يغادر السودان وهو قلق على المدنيين.",
    );
    assert!(has(&t, "guterres", "visited", "sudan"), "{t:?}");
    let t = triples(
        Lang::Ar,
        "وغادر الرئيس اللبناني جوزاف عون بيروت صباح الإثنين.",
    );
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn a_described_claimant_a_phone_call_and_an_answered_killing() {
    // A definite description between commas stands between the claimant and its claim.
    let t = triples(
        Lang::Ar,
        "وأعلنت سرايا القدس، الذراع المسلحة للجهاد الإسلامي، مسؤوليتها عن قصف مستوطنة سديروت.",
    );
    assert!(
        t.iter()
            .any(|(s, p, _)| s.contains("quds") && p == "claimed-attack-on"),
        "{t:?}"
    );
    // A phone call has no place, and the topic's place is none either.
    let x = extraction(Lang::Ar, "بحث ولي العهد السعودي الأمير محمد بن سلمان هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون التطورات في لبنان.");
    assert!(
        x.relations
            .iter()
            .all(|r| r.place.is_none() && r.predicate.as_str() != "visited"),
        "{:?}",
        x.relations
    );
    // The victim of the killing a threat answers is not threatened.
    let t = triples(
        Lang::Ar,
        "وتوعدت حركة حماس برد مؤلم على اغتيال القيادي صالح العاروري في بيروت.",
    );
    assert!(!has(&t, "hamas", "threatened", "arouri"), "{t:?}");
}

#[test]
fn an_arabic_title_demonym_is_a_node_but_no_argument() {
    let text = "التقى الرئيس الإيراني حسن روحاني المرجع السيستاني في النجف.";
    let x = extraction(Lang::Ar, text);
    let ids: Vec<&str> = x.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(ids.contains(&"kb/iran"), "{ids:?}");
    assert!(
        x.relations
            .iter()
            .all(|r| r.subject != "kb/iran" && r.object != "kb/iran"),
        "{:?}",
        x.relations
    );
    assert!(
        triples(Lang::Ar, text)
            .iter()
            .any(|(s, p, o)| p == "met-with" && s.contains("sistani") && o.contains("rouhani")),
        "{:?}",
        triples(Lang::Ar, text)
    );
}

#[test]
fn english_claims_refer_back_to_attacks_told_without_an_attacker() {
    // The attack is told first with no attacker; the claim names only "the attack".
    let t = triples(Lang::En, "Gunmen opened fire on worshippers in Kirkuk on Friday, killing nine. Islamic State claimed responsibility for the attack in a statement.");
    assert!(
        has(&t, "islamic-state", "claimed-attack-on", "kirkuk"),
        "{t:?}"
    );
    // A passive claim: the subject names the attack and its target.
    let t = triples(
        Lang::En,
        "The bombing of a checkpoint in Mosul was claimed by Islamic State.",
    );
    assert!(
        has(&t, "islamic-state", "claimed-attack-on", "mosul"),
        "{t:?}"
    );
    // The passive claim of an attack told in the sentence before.
    let t = triples(Lang::En, "Two rockets were fired at Sderot from Gaza late on Monday. The salvo was claimed by an obscure group calling itself the Sons of Tawhid.");
    assert!(
        t.iter().any(|(s, p, o)| s.contains("tawhid")
            && p == "claimed-attack-on"
            && o.contains("sderot")),
        "{t:?}"
    );
    // Attacks claimed as new events ("drone attacks against three bases") are not the one before.
    let t = triples(Lang::En, "Drones struck Saudi Aramco facilities in Abqaiq on Saturday. The Houthis later claimed drone attacks against two bases near Marib.");
    assert!(!has(&t, "houthis", "claimed-attack-on", "aramco"), "{t:?}");
}

#[test]
fn english_responses_to_attacks_threaten_the_attacker() {
    // "by X" inside the answered attack names whom the response threatens.
    let t = triples(Lang::En, "Jordan said it reserved the right to respond to \"these reckless strikes\" by the Houthis.");
    assert!(has(&t, "jordan", "threatened", "houthis"), "{t:?}");
    // "this attack" refers back to the attack told before; a state answers the attacker's state.
    let t = triples(Lang::En, "Israeli warplanes bombed a villa in Doha on Tuesday. Qatar's foreign ministry spokesman said Qatar reserved the right to respond to this outrageous attack.");
    assert!(has(&t, "qatar", "threatened", "israel"), "{t:?}");
    // "any attack" is a conditional threat with no attacker told.
    let t = triples(Lang::En, "Israeli warplanes bombed a villa in Doha on Tuesday. Oman said it reserved the right to respond to any attack.");
    assert!(
        !t.iter()
            .any(|(s, p, _)| s.contains("oman") && p == "threatened"),
        "{t:?}"
    );
}

#[test]
fn english_place_descriptions_resolve_to_the_place_meant() {
    // An epithet names its country.
    let t = triples(
        Lang::En,
        "Khamenei vowed to retaliate against the Jewish state at a time of Iran's choosing.",
    );
    assert!(has(&t, "khamenei", "threatened", "israel"), "{t:?}");
    // "the Saudi capital" is Riyadh, not Saudi Arabia.
    let t = triples(
        Lang::En,
        "Erdogan landed in the Saudi capital late on Monday.",
    );
    assert!(has(&t, "erdogan", "visited", "riyadh"), "{t:?}");
    // "the city" with one city named just before; unresolved when two were named.
    let t = triples(Lang::En, "Residents of Tyre fled north on Sunday. An Israeli strike on the coastal city destroyed a mosque.");
    assert!(has(&t, "israel", "attacked", "tyre"), "{t:?}");
    let t = triples(Lang::En, "Residents of Tyre fled to Sidon on Sunday. An Israeli strike on the coastal city destroyed a mosque.");
    assert!(
        !t.iter()
            .any(|(_, p, o)| p == "attacked" && (o.contains("tyre") || o.contains("sidon"))),
        "{t:?}"
    );
    // "the country" after a ministry the KB places in a country; "the kingdom" is a monarchy.
    let t = triples(Lang::En, "A drone hit an oil depot in Amman. Jordan's foreign ministry said the kingdom would respond to this attack. The country had summoned the ambassador.");
    assert!(
        !t.iter()
            .any(|(s, _, _)| s.contains("ministry") && s.contains("kingdom")),
        "{t:?}"
    );
}

#[test]
fn english_verb_after_and_keeps_the_subject_of_the_clause() {
    // "blamed X for … and vowed": X is the object of "blamed", not who vowed.
    let t = triples(Lang::En, "Iraq's prime minister Mohammed Shia al-Sudani on Friday blamed Turkey for the shelling and vowed to retaliate against Ankara.");
    assert!(has(&t, "sudani", "threatened", "turkey"), "{t:?}");
}

#[test]
fn english_unnamed_targets_belong_to_their_owner_or_places() {
    let t = triples(Lang::En, "Egypt's army carried out air strikes on camps of the militant Islamic State group on Monday.");
    assert!(has(&t, "egypt", "attacked", "islamic-state"), "{t:?}");
    let t = triples(
        Lang::En,
        "Turkish jets pounded PKK hideouts on Tuesday, striking Kurdish fighters' positions.",
    );
    assert!(!t.iter().any(|(s, _, _)| s.contains("pkk")), "{t:?}");
    let t = triples(
        Lang::En,
        "Iraqi warplanes bombed depots and command sites in the provinces of Anbar and Nineveh.",
    );
    assert!(has(&t, "iraq", "attacked", "anbar"), "{t:?}");
    assert!(has(&t, "iraq", "attacked", "nineveh"), "{t:?}");
}

#[test]
fn english_bodies_and_titles_before_a_name_qualify_it() {
    let t = triples(Lang::En, "Austin spoke by phone with Kurdistan Regional Government Prime Minister Masrour Barzani on Sunday.");
    assert!(has(&t, "austin", "met-with", "masrour-barzani"), "{t:?}");
    assert!(!has(&t, "austin", "met-with", "kurdistan"), "{t:?}");
    let t = triples(Lang::En, "Macron met President Michel Aoun, Prime Minister Hassan Diab and Parliament Speaker Nabih Berri.");
    assert!(has(&t, "macron", "met-with", "nabih-berri"), "{t:?}");
    let t = triples(
        Lang::En,
        "Blinken held talks with Chinese politburo member Wang Yi.",
    );
    assert!(has(&t, "blinken", "met-with", "wang-yi"), "{t:?}");
    assert!(!has(&t, "blinken", "met-with", "china"), "{t:?}");
}

#[test]
fn english_fronted_meetings_and_facility_descriptions() {
    // The clause after a fronted meeting phrase names who met.
    let t = triples(
        Lang::En,
        "During talks with Erdogan in Ankara, Putin urged restraint in Syria.",
    );
    assert!(has(&t, "putin", "met-with", "erdogan"), "{t:?}");
    // Not a meeting phrase: a fronted time phrase does not make the next actor meet anyone.
    let t = triples(
        Lang::En,
        "In the meeting's aftermath with no deal in sight, Putin urged restraint.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "met-with"), "{t:?}");
    // "the airport" is the airport named before.
    let t = triples(Lang::En, "A drone fell near Erbil International Airport on Monday. The Islamic Resistance in Iraq said it had targeted the airport with two drones.");
    assert!(
        t.iter().any(|(s, p, o)| s.contains("islamic-resistance")
            && p == "claimed-attack-on"
            && o.contains("erbil")),
        "{t:?}"
    );
}

#[test]
fn english_passive_receptions_with_phrases_between_and_their_topic() {
    // A phrase between the passive and "by"; the one greeted stays the topic for "he".
    let t = triples(Lang::En, "Erdogan, who landed in Riyadh on Monday and was greeted at the airport by Crown Prince Mohammed bin Salman, praised the kingdom. He flew on to Doha, where he was received by Qatar's Emir Sheikh Tamim bin Hamad Al Thani.");
    assert!(
        has(&t, "erdogan", "met-with", "mohammed-bin-salman"),
        "{t:?}"
    );
    assert!(has(&t, "erdogan", "visited", "doha"), "{t:?}");
    assert!(!has(&t, "mohammed-bin-salman", "visited", "doha"), "{t:?}");
    // "and was received by the emir": the clause's subject, and the emir named before.
    let t = triples(Lang::En, "Biden spoke by phone with Qatar's Emir Sheikh Tamim bin Hamad Al Thani on Monday. On Tuesday, Jordan's King Abdullah flew to Doha in a show of support and was received by the emir.");
    assert!(has(&t, "abdullah", "met-with", "tamim"), "{t:?}");
}

#[test]
fn english_attacks_referred_back_to_and_vows_to_avenge() {
    // "the strikes" as the subject: the attacker told before, not the sources who speak.
    let t = triples(Lang::En, "Israeli warplanes struck targets in Gaza overnight. Palestinian medics said the strikes hit two camps of Islamic Jihad in Rafah.");
    assert!(
        t.iter()
            .any(|(s, p, o)| (s.contains("israel") || s.contains("idf"))
                && p == "attacked"
                && o.contains("islamic-jihad")),
        "{t:?}"
    );
    assert!(!t.iter().any(|(s, _, _)| s.contains("palestin")), "{t:?}");
    // The attack avenged was blamed on someone: the vow threatens them.
    let t = triples(
        Lang::En,
        "Hezbollah vowed to avenge Sunday's drone strike in Beirut that it blamed on Israel.",
    );
    assert!(has(&t, "hezbollah", "threatened", "israel"), "{t:?}");
    // "also targeted" with no agent: the attacker of the attack just told.
    let t = triples(
        Lang::En,
        "Houthi missiles hit Jizan on Monday. A power station in Abha was also targeted.",
    );
    assert!(has(&t, "houthis", "attacked", "abha"), "{t:?}");
    // Without "also", an agentless passive names no attacker.
    let t = triples(
        Lang::En,
        "Houthi missiles hit Jizan on Monday. A power station in Abha was targeted last year.",
    );
    assert!(!has(&t, "houthis", "attacked", "abha"), "{t:?}");
}

#[test]
fn english_attacks_told_in_their_own_sides_quotes_are_claims() {
    // The spokesman of the attackers attributes the sentence.
    let t = triples(Lang::En, "Houthi forces attacked \"military sites in Jizan with a number of drones,\" spokesman Yahya Saree told reporters.");
    assert!(has(&t, "houthis", "claimed-attack-on", "jazan"), "{t:?}");
    assert!(!has(&t, "houthis", "attacked", "jazan"), "{t:?}");
    // The group's statement, with its own fighters as the unnamed subject.
    let t = triples(
        Lang::En,
        "Hezbollah said, \"Our fighters fired a barrage of rockets at Metula this morning.\"",
    );
    assert!(has(&t, "hezbollah", "claimed-attack-on", "metula"), "{t:?}");
    // Another party's attribution keeps the attack reported as fact.
    let t = triples(
        Lang::En,
        "Houthi forces fired a missile at \"a tanker off Aden,\" the U.S. military said.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "claimed-attack-on"), "{t:?}");
}

#[test]
fn english_opening_phrases_pronouns_after_and_and_owned_sites() {
    // "In X, Y verb …": Y is the clause's subject, not one more place.
    let t = triples(Lang::En, "In Kirkuk, Islamic State gunmen stormed a checkpoint and attacked the city's police headquarters.");
    assert!(has(&t, "islamic-state", "attacked", "kirkuk"), "{t:?}");
    // "X said he … and spoke with Y": the pronoun farther back is still the subject.
    let t = triples(Lang::En, "French President Emmanuel Macron said he was shocked by the blast and spoke by phone with Lebanese President Michel Aoun.");
    assert!(has(&t, "macron", "met-with", "aoun"), "{t:?}");
    // "the residence of X and Y's airport": the owner and the site coordinated after it.
    let t = triples(Lang::En, "The Libyan National Army said its fighters had stormed and seized the residence of Prime Minister Abdul Hamid Dbeibah and Tripoli's Mitiga airport.");
    assert!(
        has(&t, "libyan-national-army", "claimed-attack-on", "dbeibah"),
        "{t:?}"
    );
    assert!(
        has(&t, "libyan-national-army", "claimed-attack-on", "tripoli"),
        "{t:?}"
    );
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
}

#[test]
fn english_joining_a_meeting_told_before() {
    let t = triples(Lang::En, "Putin met Erdogan in Sochi on Friday. Iranian President Masoud Pezeshkian attended the two-hour meeting, and Azerbaijan's Ilham Aliyev joined by video link.");
    assert!(has(&t, "pezeshkian", "met-with", "putin"), "{t:?}");
    assert!(has(&t, "pezeshkian", "met-with", "erdogan"), "{t:?}");
    assert!(has(&t, "aliyev", "met-with", "putin"), "{t:?}");
    // Attending something else, or a meeting the sentence says was denied, is no meeting.
    let t = triples(Lang::En, "Putin met Erdogan in Sochi on Friday. Iranian President Masoud Pezeshkian attended a military parade.");
    assert!(!t.iter().any(|(s, _, _)| s.contains("pezeshkian")), "{t:?}");
    let t = triples(Lang::En, "Putin met Erdogan in Sochi on Friday. Media reported that Pezeshkian had joined the talks, which his office denied.");
    assert!(
        !t.iter()
            .any(|(s, p, o)| p == "met-with"
                && (s.contains("pezeshkian") || o.contains("pezeshkian"))),
        "{t:?}"
    );
}

#[test]
fn english_including_lists_add_targets() {
    let t = triples(Lang::En, "On Sunday Hezbollah claimed a wave of rocket attacks on northern Israel, including one near the town of Metula.");
    assert!(has(&t, "hezbollah", "claimed-attack-on", "metula"), "{t:?}");
    // "including" after something else than the targets adds nothing.
    let t = triples(
        Lang::En,
        "Israeli jets struck Gaza City on Sunday, killing 12 people including a doctor from Rafah.",
    );
    assert!(!t.iter().any(|(_, _, o)| o.contains("rafah")), "{t:?}");
}

#[test]
fn english_weapon_participles_have_no_subject_before_them() {
    let t = triples(Lang::En, "The Saudi-led coalition said on Sunday it would close the border crossings, after a ballistic missile fired toward Riyadh was shot down.");
    assert!(
        !t.iter()
            .any(|(_, p, o)| (p == "attacked" || p == "claimed-attack-on") && o.contains("riyadh")),
        "{t:?}"
    );
}

#[test]
fn english_a_long_meeting_list_then_and_keeps_the_visitor() {
    let t = triples(Lang::En, "Blinken arrived in Beirut on Monday. He later held talks with President Joseph Aoun, Prime Minister Nawaf Salam and Parliament Speaker Nabih Berri at the presidential palace, and received leaders of the main parties, including Hezbollah lawmaker Mohammad Raad, at the U.S. embassy.");
    assert!(has(&t, "blinken", "met-with", "nabih-berri"), "{t:?}");
    assert!(has(&t, "blinken", "met-with", "mohammad-raad"), "{t:?}");
}

#[test]
fn english_visits_to_unnamed_sites_visit_their_place() {
    let t = triples(
        Lang::En,
        "Erdogan toured a field hospital in Misrata on Sunday.",
    );
    assert!(has(&t, "erdogan", "visited", "misrata"), "{t:?}");
    // Past a comma the place is no longer the site's.
    let t = triples(
        Lang::En,
        "Erdogan visited the wounded, many of them brought from Gaza, on Sunday.",
    );
    assert!(!has(&t, "erdogan", "visited", "gaza"), "{t:?}");
}

#[test]
fn speaking_to_a_news_agency_is_no_meeting() {
    let t = triples(Lang::En, "The talks were constructive, said foreign ministry spokesman Esmaeil Baghaei, who spoke to Reuters by phone.");
    assert!(!t.iter().any(|(_, p, _)| p == "met-with"), "{t:?}");
}

#[test]
fn members_delegations_and_near_places() {
    // Leaders in a group stand for it; "near" places the strike.
    let x = extraction(
        Lang::Ar,
        "وقصفت مسيرة تركية سيارة تقل قياديين في حزب العمال الكردستاني قرب مدينة السليمانية.",
    );
    let r = x
        .asserted()
        .find(|r| r.predicate.as_str() == "attacked")
        .expect("an attack");
    assert!(r.object.contains("pkk"), "{r:?}");
    assert_eq!(r.place.as_deref(), Some("kb/sulaymaniyah"), "{r:?}");
    // A delegation of a group is the group; the minister before it is another argument.
    let t = triples(
        Lang::Ar,
        "والتقى وزير الخارجية المصري بدر عبد العاطي وفدا من حركة حماس في القاهرة.",
    );
    assert!(has(&t, "hamas", "met-with", "abdelatty"), "{t:?}");
    // A capital after a long subject is still the place visited.
    let t = triples(
        Lang::Ar,
        "وزار وفد من حركة حماس برئاسة خليل الحية القاهرة أمس.",
    );
    assert!(has(&t, "hayya", "visited", "cairo"), "{t:?}");
}

#[test]
fn coordinated_demonyms_plural_verbs_own_fighters_and_own_capitals() {
    // Both demonyms before the noun are agents.
    let t = triples(
        Lang::Ar,
        "ونفذت المقاتلات الأمريكية والبريطانية غارات على مواقع للحوثيين في صعدة.",
    );
    assert!(has(&t, "united-states", "attacked", "houthi"), "{t:?}");
    assert!(has(&t, "united-kingdom", "attacked", "houthi"), "{t:?}");
    // A plural verb follows its subject: the noun after it is its object; "its fighters" are
    // the speaker's own.
    let t = triples(
        Lang::Ar,
        "وقالت كتائب القسام إن مقاتليها فجروا عربة إسرائيلية في رفح.",
    );
    assert!(!has(&t, "israel", "attacked", "rafah"), "{t:?}");
    // The countryside of a province is the province.
    let t = triples(
        Lang::Ar,
        "وشن الطيران الحربي الروسي غارات على ريف حماة الشمالي.",
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "attacked" && o.contains("hama")),
        "{t:?}"
    );
    // Nobody threatens their own capital.
    let t = triples(
        Lang::Ar,
        "وحذرت الخارجية التركية من أن أنقرة سترد على أي هجوم يوناني.",
    );
    assert!(!has(&t, "turk", "threatened", "ankara"), "{t:?}");
}

#[test]
fn unnamed_officials_and_the_place_of_a_measure() {
    let t = triples(
        Lang::Ar,
        "واجتمع المبعوث الأمريكي توم باراك مع مسؤولين لبنانيين في بيروت.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "met-with"), "{t:?}");
    // Closing a strait threatens no strait.
    let t = triples(Lang::Ar, "وهددت إيران بإغلاق مضيق هرمز.");
    assert!(!t.iter().any(|(_, _, o)| o.contains("hormuz")), "{t:?}");
    // A name starting with ب is no measure: the warning still reaches its object.
    let t = triples(
        Lang::Ar,
        "وحذر رئيس الأركان الإيراني اللواء محمد باقري الولايات المتحدة من أي تدخل.",
    );
    assert!(has(&t, "bagheri", "threatened", "united-states"), "{t:?}");
}

#[test]
fn the_capital_by_its_demonym_and_summits_abroad() {
    // "العاصمة السعودية" is Riyadh, though "السعودية" also names the country.
    let t = triples(
        Lang::Ar,
        "وتوجه ملك الأردن عبد الله الثاني إلى العاصمة السعودية الرياض.",
    );
    assert!(has(&t, "abdullah", "visited", "riyadh"), "{t:?}");
    assert!(!has(&t, "abdullah", "visited", "saudi-arabia"), "{t:?}");
    // Taking part in a summit abroad is a visit; in a war, or at home, it is not.
    let t = triples(
        Lang::Ar,
        "وشارك الرئيس الإيراني مسعود بزشكيان في قمة بريكس في موسكو.",
    );
    assert!(
        t.iter()
            .any(|(s, p, _)| s.contains("pezeshkian") && p == "visited"),
        "{t:?}"
    );
    let t = triples(
        Lang::Ar,
        "وشارك الرئيس المصري عبد الفتاح السيسي في قمة المناخ في شرم الشيخ.",
    );
    assert!(t.is_empty(), "{t:?}");
    let t = triples(Lang::Ar, "وشارك الجيش الأردني في العملية العسكرية في سوريا.");
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn the_resistance_is_the_speakers_own_camp() {
    let t = triples(
        Lang::Ar,
        "وقال الأمين العام لحزب الله نعيم قاسم إن المقاومة ستقصف تل أبيب إذا قصفت إسرائيل الضاحية.",
    );
    assert!(
        t.iter()
            .any(|(s, p, _)| s.contains("qassem") && p == "threatened"),
        "{t:?}"
    );
}

#[test]
fn english_facility_nouns_do_not_end_a_target_list() {
    let t = triples(
        Lang::En,
        "The Houthis said they struck Aramco (plants) in Jizan, Najran and Abha airports, Khamis Mushait base and other sites.",
    );
    assert!(
        has(&t, "houthis", "claimed-attack-on", "najran")
            || has(&t, "houthis", "attacked", "najran"),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|(s, _, o)| s.contains("houthis") && o.contains("khamis")),
        "{t:?}"
    );
}

#[test]
fn english_places_of_owned_targets_are_targets() {
    let t = triples(
        Lang::En,
        "Israeli jets hit two posts of Hezbollah, the Lebanese group, in Bint Jbeil and another in Khiam.",
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "attacked" && o.contains("khiam")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "attacked" && o.contains("hezbollah")),
        "{t:?}"
    );
    // A place in a relative clause about the owner is not where the strike fell.
    let t = triples(
        Lang::En,
        "Israeli jets hit two posts of Hezbollah, which was founded in Beirut in 1982.",
    );
    assert!(!t.iter().any(|(_, _, o)| o.contains("beirut")), "{t:?}");
}

#[test]
fn english_appositions_between_coordinated_names() {
    let t = triples(
        Lang::En,
        "The deal followed two days of talks between Hakan Fidan, head of Turkey's diplomacy, and Russian Foreign Minister Sergei Lavrov.",
    );
    assert!(has(&t, "fidan", "met-with", "lavrov"), "{t:?}");
    // A relative clause is no apposition.
    let t = triples(
        Lang::En,
        "Erdogan met Hakan Fidan, who had flown in from Ankara, and then left.",
    );
    assert!(
        !t.iter()
            .any(|(_, p, o)| p == "met-with" && o.contains("ankara")),
        "{t:?}"
    );
}

#[test]
fn english_military_as_a_modifier_is_no_armed_force() {
    let t = triples(
        Lang::En,
        "Turkish drones hit several Syrian military sites near Qamishli on Monday.",
    );
    assert!(!t.iter().any(|(_, _, o)| o.contains("army")), "{t:?}");
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "attacked" && o.contains("syria")),
        "{t:?}"
    );
}

#[test]
fn english_appearing_in_a_place_is_a_visit() {
    let t = triples(
        Lang::En,
        "On Friday General Abdel Fattah al-Burhan appeared in Omdurman and then in Port Sudan, greeting soldiers. Hemedti appeared in a video on Saturday.",
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "visited" && o.contains("omdurman")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "visited" && o.contains("port-sudan")),
        "{t:?}"
    );
    assert_eq!(
        t.iter().filter(|(_, p, _)| p == "visited").count(),
        2,
        "{t:?}"
    );
}

#[test]
fn english_suburbs_and_outskirts_of_a_place_are_the_place() {
    let t = triples(
        Lang::En,
        "Prime Minister Mohammed Shia al-Sudani arrived in the western outskirts of Mosul on Monday.",
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "visited" && o.contains("mosul")),
        "{t:?}"
    );
}

#[test]
fn english_a_name_a_group_calls_itself_is_one_organisation() {
    let t = triples(
        Lang::En,
        "The bombing of the checkpoint near Kirkuk was claimed by a shadowy group calling itself Soldiers of the Caliphate in Iraq.",
    );
    assert!(
        t.iter()
            .any(|(s, p, _)| p == "claimed-attack-on"
                && s.contains("soldiers-of-the-caliphate-in-iraq")),
        "{t:?}"
    );
}

#[test]
fn english_a_group_does_not_claim_a_states_strike() {
    let t = triples(
        Lang::En,
        "Israeli jets struck Hamas positions in Rafah on Friday. The mortar fire was claimed by a new group calling itself Lions of the Tawhid Brigades.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "claimed-attack-on"), "{t:?}");
}

#[test]
fn english_the_enemy_in_a_threat_is_the_attacker_told_before() {
    let t = triples(
        Lang::En,
        "Israeli jets struck a house in Nabatieh on Sunday, killing four people. \"The enemy will pay dearly for this massacre,\" Hezbollah lawmaker Ali Fayyad said.",
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "threatened" && o.contains("israel")),
        "{t:?}"
    );
    // With no attack told, the enemy is no one.
    let t = triples(
        Lang::En,
        "\"The enemy will pay dearly,\" Hezbollah lawmaker Ali Fayyad said.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "threatened"), "{t:?}");
}

#[test]
fn english_a_closing_attribution_is_no_object() {
    let t = triples(
        Lang::En,
        "On Tuesday the Houthis fired two drones at the frigate HMS Diamond in the Red Sea, U.S. Central Command said.",
    );
    assert!(
        !t.iter()
            .any(|(_, _, o)| o.contains("central") || o.contains("centcom")),
        "{t:?}"
    );
}

#[test]
fn english_threats_against_those_behind_an_attack() {
    let t = triples(
        Lang::En,
        "An Israeli air strike in Damascus killed two IRGC advisers on Monday. Iranian President Masoud Pezeshkian vowed \"a crushing response\" to the \"terrorists\" behind the assassination and declared a day of mourning.",
    );
    assert!(has(&t, "pezeshkian", "threatened", "israel"), "{t:?}");
    // Nothing told before: no one to threaten.
    let t = triples(
        Lang::En,
        "Iranian President Masoud Pezeshkian vowed to punish the people behind the assassination.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "threatened"), "{t:?}");
}

#[test]
fn english_among_those_struck_adds_a_target_to_the_last_attack() {
    let t = triples(
        Lang::En,
        "U.S. warplanes struck Kataib Hezbollah depots in Jurf al-Sakhar overnight. Sites near the town of Albu Kamal, close to the Iraqi border, were among those hit.",
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "attacked" && o.contains("kamal")),
        "{t:?}"
    );
}

#[test]
fn english_a_groups_operations_somewhere_are_no_attack_on_it() {
    let t = triples(
        Lang::En,
        "The slain officer had run Hezbollah's operations in Syria for a decade.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "attacked"), "{t:?}");
}

/// The entity ids and labels of an English extraction.
fn english_entities(text: &str) -> Vec<(String, String)> {
    extractor()
        .extract(&doc(Lang::En, text))
        .entities
        .into_iter()
        .map(|e| (e.id, e.label))
        .collect()
}

#[test]
fn english_backers_lowercase_article_names_and_numbered_units_are_nodes() {
    let text = "The Iran-aligned group said it fired rockets at the army's 146th Division. \
                Two people died in the village of al-Mansouri.";
    let e = english_entities(text);
    let has_entity = |id: &str| e.iter().any(|(i, _)| i == id);
    // The backer is a node, but no argument: the unresolved "group" gives no edge.
    assert!(has_entity("kb/iran"), "{e:?}");
    assert!(!triples(Lang::En, text)
        .iter()
        .any(|(s, _, _)| s == "kb/iran"));
    assert!(has_entity("organization/146th-division"), "{e:?}");
    assert!(has_entity("location/al-mansouri"), "{e:?}");
}

#[test]
fn english_an_at_list_after_plural_targets_names_the_targets() {
    let t = triples(
        Lang::En,
        "The Houthis claimed strikes on two bases in Saudi Arabia, at al-Qurayn and al-Wadiah.",
    );
    assert!(
        has(&t, "houthis", "claimed-attack-on", "al-qurayn"),
        "{t:?}"
    );
    assert!(
        has(&t, "houthis", "claimed-attack-on", "al-wadiah"),
        "{t:?}"
    );
}

#[test]
fn english_a_capitals_possessive_is_its_state_unless_a_place_follows() {
    let e = english_entities("The envoy praised Ankara's support for the Syrian opposition.");
    assert!(e.iter().any(|(i, _)| i == "kb/turkey"), "{e:?}");
    assert!(!e.iter().any(|(i, _)| i == "kb/ankara"), "{e:?}");
    let e = english_entities("The envoy landed at Ankara's Esenboga airport on Monday.");
    assert!(!e.iter().any(|(i, _)| i == "kb/turkey"), "{e:?}");
}

#[test]
fn english_one_place_spelt_two_ways_is_one_node() {
    let x = extractor().extract(&doc(
        Lang::En,
        "Shells fell in Hebbariyeh on Monday. Two homes burned in al-Hebbariye, the mayor said.",
    ));
    let places: Vec<_> = x
        .entities
        .iter()
        .filter(|e| e.id.contains("hebbariy"))
        .collect();
    assert_eq!(places.len(), 1, "{places:?}");
    assert_eq!(places[0].mentions.len(), 2, "{places:?}");
}

#[test]
fn a_bare_army_is_the_army_named_last_else_that_of_the_state_named_most() {
    let ids = |lang: Lang, text: &str| -> Vec<String> {
        extractor()
            .extract(&doc(lang, text))
            .entities
            .into_iter()
            .map(|e| e.id)
            .collect()
    };
    let e = ids(
        Lang::En,
        "Sudan's leader Abdel Fattah al-Burhan flew to Port Sudan. Egypt has long backed the army.",
    );
    assert!(e.contains(&"kb/sudanese-armed-forces".to_string()), "{e:?}");
    // The army named last wins over the state named most.
    let e = ids(
        Lang::En,
        "The Israeli army shelled Lebanon. Lebanon and Lebanese officials protested in Beirut. \
         The army said it hit launchers.",
    );
    assert!(!e.contains(&"kb/lebanese-army".to_string()), "{e:?}");
    let e = ids(
        Lang::Ar,
        "وصل عبد الفتاح البرهان إلى بورتسودان، وأكد أن الجيش سيواصل القتال.",
    );
    assert!(e.contains(&"kb/sudanese-armed-forces".to_string()), "{e:?}");
    // No state named: no node.
    let e = ids(Lang::En, "The army said it was ready.");
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn a_speaker_does_not_threaten_the_bare_army_of_their_own_state() {
    let t = triples(
        Lang::Ar,
        "وحذر وزير الدفاع الإسرائيلي يوآف غالانت من أن ما فعله الجيش في خان يونس قد يتكرر في صور.",
    );
    assert!(
        !t.iter().any(|(_, p, o)| p == "threatened" && o == "kb/idf"),
        "{t:?}"
    );
}

#[test]
fn arabic_an_armed_side_announcing_an_attack_noun_claims_it() {
    let t = triples(
        Lang::Ar,
        "أعلنت كتائب القسام، مساء الثلاثاء، قصف مستوطنة سديروت برشقة صاروخية.",
    );
    assert!(has(&t, "qassam", "claimed-attack-on", "sderot"), "{t:?}");
    // A civil body announcing an attack tells of it; it claims nothing.
    let t = triples(Lang::Ar, "أعلنت وزارة الصحة استهداف مستشفى الشفاء.");
    assert!(!t.iter().any(|(_, p, _)| p == "claimed-attack-on"), "{t:?}");
}

#[test]
fn arabic_titles_with_a_portfolio_reach_their_holder() {
    // A minister of an office the lexicon does not list: the subject after the verb is the
    // person, not the speaker of an earlier sentence.
    let t = triples(
        Lang::Ar,
        "قال الرئيس التونسي إنه يرحب بالضيوف. ووصل وزير الطاقة الجزائري كمال بن عيسى إلى تونس يوم الخميس.",
    );
    assert!(has(&t, "كمال", "visited", "tunis"), "{t:?}");
    assert!(
        !t.iter()
            .any(|(s, p, _)| p == "visited" && s.contains("tunisia")),
        "{t:?}"
    );
    let t = triples(
        Lang::Ar,
        "التقى مستشار الأمن القومي الأردني سامر الخطيب وزير الخارجية المصري بدر عبد العاطي في القاهرة.",
    );
    assert!(has(&t, "سامر", "met-with", "abdelatty"), "{t:?}");
    // A preposition before the name closes the title: "the de facto ruler of the Emirates".
    let x = extraction(
        Lang::Ar,
        "استقبل الشيخ محمد بن زايد، الحاكم الفعلي للإمارات، الرئيس السوري بشار الأسد في أبوظبي.",
    );
    assert!(
        x.asserted().any(|r| r.predicate.as_str() == "met-with"
            && [&r.subject, &r.object].iter().any(|s| s.contains("assad"))),
        "{:?}",
        x.relations
    );
}

#[test]
fn english_portfolios_and_namesakes_are_not_other_people() {
    let x = extraction(
        Lang::En,
        "Omani Energy Affairs Minister Salim al-Aufi arrived in Doha on Sunday.",
    );
    assert!(
        !x.entities.iter().any(|e| e.label.contains("Energy")),
        "a portfolio is no person: {:?}",
        x.entities
    );
    assert!(x
        .asserted()
        .any(|r| r.subject.contains("aufi") && r.object.contains("doha")));
    // A namesake of a KB person, then his surname alone: one new person, not the KB's.
    let x = extraction(
        Lang::En,
        "Iraqi Trade Minister Ali Allawi arrived in Amman on Monday. Allawi held talks with Jordanian officials.",
    );
    assert!(
        !x.entities.iter().any(|e| e.id.starts_with("kb/ayad")),
        "{:?}",
        x.entities
    );
    let ali: Vec<_> = x
        .entities
        .iter()
        .filter(|e| e.label.contains("Allawi"))
        .collect();
    assert_eq!(ali.len(), 1, "{:?}", x.entities);
    assert_eq!(ali[0].mentions.len(), 2, "{:?}", ali[0]);
}

#[test]
fn a_name_after_an_honorific_stops_at_the_reported_clause() {
    let x = pattern_extraction("ونقلت الصحيفة عن الشيخ خليفة قوله إنه يتطلع إلى زيارة قريبة.");
    assert!(
        !x.entities
            .iter()
            .any(|e| e.label.contains("قوله") || e.label.contains("إنه")),
        "{:?}",
        x.entities
    );
}

#[test]
fn an_unnamed_base_of_a_state_is_the_state_in_both_languages() {
    for (lang, text) in [
        (
            Lang::Ar,
            "أعلنت جماعة مسلحة مسؤوليتها عن قصف قاعدة روسية ليلة السبت.",
        ),
        (
            Lang::En,
            "An armed group claimed responsibility for shelling a Russian base on Saturday night.",
        ),
    ] {
        let x = extraction(lang, text);
        assert!(
            !x.entities.iter().any(|e| e.id.starts_with("facility/")),
            "{lang:?}: no facility node for an unnamed base: {:?}",
            x.entities
        );
        assert!(
            x.entities.iter().any(|e| e.id == "kb/russia"),
            "{lang:?}: {:?}",
            x.entities
        );
    }
}

#[test]
fn calls_are_meetings_and_any_attack_is_hypothetical() {
    let t = triples(
        Lang::Ar,
        "اتصل العاهل الأردني الملك عبد الله الثاني هاتفيا بالرئيس الفرنسي إيمانويل ماكرون.",
    );
    assert!(has(&t, "abdullah", "met-with", "macron"), "{t:?}");
    let t = triples(Lang::En, "Egyptian President Abdel Fattah al-Sisi telephoned French President Emmanuel Macron on Monday.");
    assert!(has(&t, "sisi", "met-with", "macron"), "{t:?}");
    for (lang, text) in [
        (
            Lang::En,
            "Hezbollah said any Israeli strike on Beirut would be answered.",
        ),
        (
            Lang::Ar,
            "قال حزب الله إن أي غارة إسرائيلية على بيروت ستقابل بالرد.",
        ),
    ] {
        let t = triples(lang, text);
        assert!(
            !t.iter()
                .any(|(_, p, o)| p == "attacked" && o.contains("beirut")),
            "{lang:?}: {t:?}"
        );
    }
}

#[test]
fn a_verbal_noun_with_its_pronoun_takes_the_next_phrase_as_object() {
    // لقائه (hamza on its seat before the pronoun): "during his meeting [with] the minister".
    let t = triples(
        Lang::Ar,
        "أعرب الرئيس الفرنسي إيمانويل ماكرون خلال لقائه رئيس الوزراء اللبناني نواف سلام في باريس عن دعمه.",
    );
    assert!(has(&t, "macron", "met-with", "nawaf-salam"), "{t:?}");
}

#[test]
fn english_delegations_plural_nouns_and_spelt_given_names() {
    // Members stand for their body.
    let t = triples(
        Lang::En,
        "Jordan's King Abdullah II held talks with a delegation from Hamas in Amman.",
    );
    assert!(has(&t, "abdullah", "met-with", "hamas"), "{t:?}");
    // "Hezbollah positions" after an attack verb is a noun phrase: Hezbollah attacked nothing.
    let t = triples(
        Lang::En,
        "Israeli warplanes pounded Hezbollah positions in southern Lebanon.",
    );
    assert!(
        !t.iter()
            .any(|(s, p, _)| p == "attacked" && s.contains("hezbollah")),
        "{t:?}"
    );
    // A KB surname after given names spelt another way: one mention of the KB person.
    let x = extraction(
        Lang::En,
        "Fighters loyal to General Mohamed Hamdane Daglo seized the town.",
    );
    let hemedti: Vec<_> = x.entities.iter().filter(|e| e.id == "kb/hemedti").collect();
    assert_eq!(hemedti.len(), 1, "{:?}", x.entities);
    assert_eq!(hemedti[0].mentions[0].text, "Mohamed Hamdane Daglo");
    assert!(
        !x.entities.iter().any(|e| e.id.starts_with("person/")),
        "{:?}",
        x.entities
    );
}

#[test]
fn english_demonym_agent_inside_a_prepositional_phrase() {
    let t = triples(
        Lang::En,
        "Three fishermen died in a Turkish drone strike on Qamishli on Sunday.",
    );
    assert!(has(&t, "turkey", "attacked", "qamishli"), "{t:?}");
}

#[test]
fn english_killing_members_attacks_their_body() {
    let t = triples(
        Lang::En,
        "Turkish forces killed two PKK commanders near Duhok on Friday.",
    );
    assert!(has(&t, "turk", "attacked", "pkk"), "{t:?}");
    // Not a body before an ordinary noun.
    let t = triples(
        Lang::En,
        "Turkish forces killed two PKK supporters' relatives near Duhok.",
    );
    assert!(!has(&t, "turk", "attacked", "pkk"), "{t:?}");
}

#[test]
fn english_promised_responses_threaten_the_attacker() {
    for text in [
        "Pakistan's army said it would respond to any Indian attack.",
        "Baghdad will retaliate against Ankara for the strikes, the spokesman said.",
        "Cairo said it would respond firmly to any aggression by Ethiopia.",
    ] {
        let t = triples(Lang::En, text);
        assert!(t.iter().any(|(_, p, _)| p == "threatened"), "{text}: {t:?}");
    }
    // A response to a request threatens no one.
    let t = triples(
        Lang::En,
        "Oman said it would respond to the Iranian proposal next week.",
    );
    assert!(!t.iter().any(|(_, p, _)| p == "threatened"), "{t:?}");
}

#[test]
fn arabic_killing_members_attacks_their_body() {
    let t = triples(
        Lang::Ar,
        "اغتالت طائرة مسيرة تركية اثنين من قياديي حزب العمال الكردستاني قرب السليمانية.",
    );
    assert!(
        t.iter()
            .any(|(_, p, o)| p == "attacked" && o.contains("pkk")),
        "{t:?}"
    );
}

#[test]
fn english_joint_news_conferences_are_meetings() {
    let t = triples(Lang::En, "Speaking during a joint news conference with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, Rubio said the talks would go on.");
    assert!(has(&t, "rubio", "met-with", "abdulrahman"), "{t:?}");
    // A pronoun after the comma is the subject; a name past its verb is not.
    let t = triples(
        Lang::En,
        "At a news conference with Erdogan, he said that Syria would hold elections.",
    );
    assert!(
        !t.iter()
            .any(|(s, p, _)| p == "met-with" && s.contains("syria")),
        "{t:?}"
    );
}

#[test]
fn arabic_meetings_told_inside_the_speakers_clause() {
    let t = triples(Lang::Ar, "وقال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي مشترك مع الرئيس اللبناني جوزاف عون في باريس إن فرنسا تدعم الجيش.");
    assert!(has(&t, "macron", "met-with", "aoun"), "{t:?}");
    let t = triples(Lang::Ar, "وأوضح وزير الخارجية الأردني أيمن الصفدي خلال لقاء مع نظيره البريطاني ديفيد لامي أن التهدئة ضرورية.");
    assert!(has(&t, "safadi", "met-with", "lammy"), "{t:?}");
}

#[test]
fn wider_wordings_from_a_blind_reading() {
    // A count before a name: "targets" is a noun.
    let t = triples(
        Lang::En,
        "Israeli jets hit more than a dozen Hezbollah targets across Lebanon.",
    );
    assert!(
        !t.iter()
            .any(|(s, p, _)| p == "attacked" && s.contains("hezbollah")),
        "{t:?}"
    );
    // Calls held with several people.
    let t = triples(
        Lang::En,
        "Rubio held separate calls with Netanyahu and Erdogan on Tuesday.",
    );
    assert!(has(&t, "rubio", "met-with", "erdogan"), "{t:?}");
    // Every state that will pay the price is threatened.
    let t = triples(
        Lang::En,
        "A Houthi spokesman said the United States and Britain would have to pay a heavy price.",
    );
    assert!(has(&t, "houthi", "threatened", "united-states"), "{t:?}");
    assert!(has(&t, "houthi", "threatened", "united-kingdom"), "{t:?}");
    // Touring a place is visiting it; strikes on the gatherings or hideouts of X attack X.
    let t = triples(
        Lang::Ar,
        "وجال رئيس الوزراء العراقي محمد شياع السوداني في مدينة الموصل.",
    );
    assert!(has(&t, "sudani", "visited", "mosul"), "{t:?}");
    let t = triples(
        Lang::Ar,
        "شن الجيش السوداني غارات على تجمعات لقوات الدعم السريع في أم درمان.",
    );
    assert!(
        has(
            &t,
            "sudanese-armed-forces",
            "attacked",
            "rapid-support-forces"
        ),
        "{t:?}"
    );
}

#[test]
fn unknown_facilities_and_communities_are_places() {
    let x = extraction(
        Lang::En,
        "The militia said its fighters had overrun the Jabal air base overnight.",
    );
    assert!(
        x.entities
            .iter()
            .any(|e| e.label == "Jabal air base" && e.kind == crate::model::EntityType::Facility),
        "{:?}",
        x.entities
    );
    let t = triples(
        Lang::En,
        "Hezbollah said it fired rockets at the northern Israeli community of Shlomi.",
    );
    assert!(has(&t, "hezbollah", "claimed-attack-on", "shlomi"), "{t:?}");
    let x = extraction(
        Lang::Ar,
        "وزار القائد العام قاعدة برنيس البحرية ثم تفقد قاعدة جوية في الجنوب.",
    );
    assert!(
        x.entities.iter().any(|e| e.label == "قاعدة برنيس البحرية"),
        "{:?}",
        x.entities
    );
    assert!(
        !x.entities
            .iter()
            .any(|e| e.kind == crate::model::EntityType::Person),
        "{:?}",
        x.entities
    );
}

#[test]
fn arabic_clauses_after_qabl_an_and_bad_an() {
    // The attack told after بعد أن is no object of the first verb.
    let t = triples(
        Lang::Ar,
        "وقالت المصادر إن إسرائيل قصفت المعبر بعد أن هاجمت حركة حماس مستوطنة سديروت.",
    );
    assert!(!has(&t, "israel", "attacked", "hamas"), "{t:?}");
    // A verb after قبل أن continues the sentence's subject.
    let t = triples(
        Lang::Ar,
        "وزار الرئيس التركي رجب طيب أردوغان الدوحة قبل أن توجه إلى الكويت.",
    );
    assert!(has(&t, "erdogan", "visited", "doha"), "{t:?}");
}

#[test]
fn closing_attributions_and_payers_are_no_parties() {
    let t = triples(Lang::En, "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held separate calls with Blinken and Araghchi, the Qatari foreign ministry said.");
    assert!(
        !t.iter()
            .any(|(s, _, o)| s.contains("ministry") || o.contains("ministry")),
        "{t:?}"
    );
    assert!(has(&t, "abdulrahman", "met-with", "blinken"), "{t:?}");
    // The states that will pay are not the speaker.
    let t = triples(
        Lang::En,
        "A Houthi official said Washington and London \"will pay a heavy price\" for the raids.",
    );
    assert!(
        !t.iter().any(|(s, p, _)| p == "threatened"
            && (s.contains("united-states") || s.contains("united-kingdom"))),
        "{t:?}"
    );
}

#[test]
fn english_clause_after_after_has_its_own_subject() {
    let t = triples(
        Lang::En,
        "Kuwait recalled its envoy after demonstrators stormed its consulate in Basra.",
    );
    assert!(
        !t.iter()
            .any(|(s, p, _)| p == "attacked" && s.contains("kuwait")),
        "{t:?}"
    );
    // A pronoun after "after" is the same subject.
    let t = triples(
        Lang::En,
        "Fidan was in Erbil on Wednesday after he began a tour of Iraq.",
    );
    assert!(has(&t, "fidan", "visited", "iraq"), "{t:?}");
}

#[test]
fn arabic_aircraft_and_guns_carry_their_owner() {
    let t = triples(
        Lang::Ar,
        "شنت طائرات التحالف الدولي غارات على مواقع لتنظيم داعش في صحراء الأنبار.",
    );
    assert!(
        has(&t, "global-coalition", "attacked", "islamic-state"),
        "{t:?}"
    );
    // A tagged name opening with فـ is no closed word (فيصل is not ف + يصل).
    let x = extraction(Lang::Ar, "اجتمع وزير الداخلية العماني سالم الحارثي مع وزير الخارجية الجزائري فيصل يوسف النوري في صلالة.");
    assert!(
        x.entities.iter().any(|e| e.label.contains("فيصل")),
        "{:?}",
        x.entities
    );
}
