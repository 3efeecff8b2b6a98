//! Synthetic newswire for benchmarks: deterministic (same `--seed`, same bytes), Arabic and English
//! articles of 300–800 words with thousands of actors (knowledge-base names and generated ones), all
//! five relations in several phrasings, and the noise of real feeds (captions, tweets, boilerplate).
//!
//! ```sh
//! cargo run --profile perf --example gen_corpus -- --articles 100000 --seed 1 --out /tmp/corpus
//! cargo run --profile perf --example gen_corpus -- --articles 2000 --seed 7 --out /tmp/c --format txt
//! ```
//! `jsonl`: `corpus-NNN.jsonl` files of 10,000 articles; `txt`: `ar|en/NNNN/NNNNNNN.txt` with front
//! matter. Every sentence comes from templates in this file; nothing is copied from real articles.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// splitmix64: tiny, seedable, the same sequence on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 > 1.0 - p
    }
    /// Skewed towards small indices (a few actors are in the news every day, most rarely).
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) - 1.0) as usize % n
    }
}

#[derive(Clone, Copy, PartialEq)]
pub enum Lang {
    Ar,
    En,
}

/// A name in both languages.
#[derive(Clone)]
struct Name {
    en: String,
    ar: String,
}

impl Name {
    fn get(&self, l: Lang) -> &str {
        match l {
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone)]
struct Country {
    name: Name,
    /// English adjective, Arabic definite masculine adjective.
    adj: Name,
    cities: Vec<Name>,
}

#[derive(Clone)]
struct Person {
    name: Name,
    /// Title with its country, e.g. "Iraqi Foreign Minister" / "وزير الخارجية العراقي".
    title: Name,
}

#[derive(Clone)]
struct Group {
    name: Name,
}

#[derive(Clone)]
struct Facility {
    name: Name,
}

const GIVEN: &[(&str, &str)] = &[
    ("Khalid", "خالد"),
    ("Omar", "عمر"),
    ("Ahmed", "أحمد"),
    ("Youssef", "يوسف"),
    ("Tariq", "طارق"),
    ("Samir", "سمير"),
    ("Faisal", "فيصل"),
    ("Nabil", "نبيل"),
    ("Karim", "كريم"),
    ("Hassan", "حسن"),
    ("Mahmoud", "محمود"),
    ("Walid", "وليد"),
    ("Ziad", "زياد"),
    ("Rami", "رامي"),
    ("Adel", "عادل"),
    ("Bassam", "بسام"),
    ("Jamal", "جمال"),
    ("Fadi", "فادي"),
    ("Hisham", "هشام"),
    ("Mazen", "مازن"),
    ("Nizar", "نزار"),
    ("Raed", "رائد"),
    ("Salim", "سليم"),
    ("Tamer", "تامر"),
    ("Anwar", "أنور"),
    ("Ghassan", "غسان"),
    ("Hamza", "حمزة"),
    ("Jalal", "جلال"),
    ("Kamal", "كمال"),
    ("Laith", "ليث"),
    ("Majid", "ماجد"),
    ("Nasser", "ناصر"),
    ("Qasim", "قاسم"),
    ("Rashid", "راشد"),
    ("Sami", "سامي"),
    ("Talal", "طلال"),
    ("Wael", "وائل"),
    ("Yasser", "ياسر"),
    ("Zaid", "زيد"),
    ("Murad", "مراد"),
    ("Bilal", "بلال"),
    ("Fuad", "فؤاد"),
    ("Imad", "عماد"),
    ("Munir", "منير"),
    ("Riyad", "رياض"),
];

const FAMILY: &[(&str, &str)] = &[
    ("Haddad", "الحداد"),
    ("Khatib", "الخطيب"),
    ("Najjar", "النجار"),
    ("Hakim", "الحكيم"),
    ("Obeidi", "العبيدي"),
    ("Tamimi", "التميمي"),
    ("Shammari", "الشمري"),
    ("Zubaidi", "الزبيدي"),
    ("Rifai", "الرفاعي"),
    ("Qadi", "القاضي"),
    ("Bakri", "البكري"),
    ("Azzawi", "العزاوي"),
    ("Hamdani", "الحمداني"),
    ("Ansari", "الأنصاري"),
    ("Farhan", "الفرحان"),
    ("Sabbagh", "الصباغ"),
    ("Attar", "العطار"),
    ("Darwish", "درويش"),
    ("Mansour", "منصور"),
    ("Nouri", "النوري"),
    ("Kubaisi", "الكبيسي"),
    ("Saadi", "السعدي"),
    ("Khalidi", "الخالدي"),
    ("Rawi", "الراوي"),
    ("Janabi", "الجنابي"),
    ("Ghanem", "الغانم"),
    ("Shaker", "شاكر"),
    ("Barakat", "بركات"),
    ("Halabi", "الحلبي"),
    ("Issa", "عيسى"),
    ("Qureshi", "القرشي"),
    ("Sharif", "الشريف"),
    ("Tikriti", "التكريتي"),
    ("Mahdawi", "المهداوي"),
    ("Karmi", "الكرمي"),
    ("Jaberi", "الجابري"),
];

/// Offices: English title words, Arabic title words (the country adjective follows in Arabic).
const OFFICES: &[(&str, &str)] = &[
    ("Foreign Minister", "وزير الخارجية"),
    ("Defence Minister", "وزير الدفاع"),
    ("Interior Minister", "وزير الداخلية"),
    ("Oil Minister", "وزير النفط"),
    ("Finance Minister", "وزير المالية"),
    ("National Security Adviser", "مستشار الأمن القومي"),
    ("army chief of staff", "رئيس أركان الجيش"),
    ("Deputy Prime Minister", "نائب رئيس الوزراء"),
];

/// Country, adjective (en, ar definite masculine), and two cities.
#[allow(clippy::type_complexity)]
const COUNTRIES: &[((&str, &str), (&str, &str), [(&str, &str); 2])] = &[
    (
        ("Iraq", "العراق"),
        ("Iraqi", "العراقي"),
        [("Baghdad", "بغداد"), ("Basra", "البصرة")],
    ),
    (
        ("Syria", "سوريا"),
        ("Syrian", "السوري"),
        [("Damascus", "دمشق"), ("Aleppo", "حلب")],
    ),
    (
        ("Lebanon", "لبنان"),
        ("Lebanese", "اللبناني"),
        [("Beirut", "بيروت"), ("Tripoli", "طرابلس")],
    ),
    (
        ("Jordan", "الأردن"),
        ("Jordanian", "الأردني"),
        [("Amman", "عمان"), ("Aqaba", "العقبة")],
    ),
    (
        ("Egypt", "مصر"),
        ("Egyptian", "المصري"),
        [("Cairo", "القاهرة"), ("Alexandria", "الإسكندرية")],
    ),
    (
        ("Saudi Arabia", "السعودية"),
        ("Saudi", "السعودي"),
        [("Riyadh", "الرياض"), ("Jeddah", "جدة")],
    ),
    (
        ("Iran", "إيران"),
        ("Iranian", "الإيراني"),
        [("Tehran", "طهران"), ("Isfahan", "أصفهان")],
    ),
    (
        ("Turkey", "تركيا"),
        ("Turkish", "التركي"),
        [("Ankara", "أنقرة"), ("Istanbul", "إسطنبول")],
    ),
    (
        ("Qatar", "قطر"),
        ("Qatari", "القطري"),
        [("Doha", "الدوحة"), ("Doha", "الدوحة")],
    ),
    (
        ("Kuwait", "الكويت"),
        ("Kuwaiti", "الكويتي"),
        [
            ("Kuwait City", "مدينة الكويت"),
            ("Kuwait City", "مدينة الكويت"),
        ],
    ),
    (
        ("Oman", "عمان"),
        ("Omani", "العماني"),
        [("Muscat", "مسقط"), ("Salalah", "صلالة")],
    ),
    (
        ("Yemen", "اليمن"),
        ("Yemeni", "اليمني"),
        [("Sanaa", "صنعاء"), ("Aden", "عدن")],
    ),
    (
        ("Israel", "إسرائيل"),
        ("Israeli", "الإسرائيلي"),
        [("Tel Aviv", "تل أبيب"), ("Haifa", "حيفا")],
    ),
    (
        ("France", "فرنسا"),
        ("French", "الفرنسي"),
        [("Paris", "باريس"), ("Marseille", "مرسيليا")],
    ),
    (
        ("Russia", "روسيا"),
        ("Russian", "الروسي"),
        [("Moscow", "موسكو"), ("Sochi", "سوتشي")],
    ),
    (
        ("China", "الصين"),
        ("Chinese", "الصيني"),
        [("Beijing", "بكين"), ("Shanghai", "شنغهاي")],
    ),
    (
        ("Germany", "ألمانيا"),
        ("German", "الألماني"),
        [("Berlin", "برلين"), ("Munich", "ميونخ")],
    ),
    (
        ("Algeria", "الجزائر"),
        ("Algerian", "الجزائري"),
        [("Algiers", "الجزائر العاصمة"), ("Oran", "وهران")],
    ),
    (
        ("Tunisia", "تونس"),
        ("Tunisian", "التونسي"),
        [("Tunis", "تونس العاصمة"), ("Sfax", "صفاقس")],
    ),
    (
        ("Libya", "ليبيا"),
        ("Libyan", "الليبي"),
        [("Tripoli", "طرابلس"), ("Benghazi", "بنغازي")],
    ),
];

/// Words that name armed groups ("the Al-Nasr Brigades" / "كتائب النصر").
const GROUP_WORDS: &[(&str, &str)] = &[
    ("Nasr", "النصر"),
    ("Fath", "الفتح"),
    ("Karama", "الكرامة"),
    ("Tahrir", "التحرير"),
    ("Wafa", "الوفاء"),
    ("Intisar", "الانتصار"),
    ("Thaar", "الثأر"),
    ("Furqan", "الفرقان"),
    ("Ahrar", "الأحرار"),
    ("Rafidain", "الرافدين"),
    ("Jazira", "الجزيرة"),
    ("Fajr", "الفجر"),
    ("Badr al-Kubra", "بدر الكبرى"),
    ("Sumud", "الصمود"),
    ("Yaqin", "اليقين"),
    ("Quds al-Jadida", "القدس الجديدة"),
    ("Saif", "السيف"),
    ("Burkan", "البركان"),
    ("Raad", "الرعد"),
    ("Asifa", "العاصفة"),
];
const GROUP_HEADS: &[(&str, &str)] = &[
    ("Brigades", "كتائب"),
    ("Movement", "حركة"),
    ("Front", "جبهة"),
    ("Battalions", "سرايا"),
];

const BASES: &[(&str, &str)] = &[
    ("Harir", "حرير"),
    ("Ain Zalah", "عين زالة"),
    ("Qayyarah", "القيارة"),
    ("Shaddadi", "الشدادي"),
    ("Rumaylan", "الرميلان"),
    ("Kharab", "الخراب"),
    ("Balad", "بلد"),
    ("Taji", "التاجي"),
    ("Mazraa", "المزرعة"),
    ("Wadi Rum", "وادي رم"),
    ("Jurf", "الجرف"),
    ("Hammam", "الحمام"),
];

const WEEKDAYS: &[(&str, &str)] = &[
    ("Monday", "الاثنين"),
    ("Tuesday", "الثلاثاء"),
    ("Wednesday", "الأربعاء"),
    ("Thursday", "الخميس"),
    ("Friday", "الجمعة"),
    ("Saturday", "السبت"),
    ("Sunday", "الأحد"),
];

const TOPICS: &[(&str, &str)] = &[
    ("regional security", "الأمن الإقليمي"),
    ("energy cooperation", "التعاون في مجال الطاقة"),
    ("the return of displaced families", "عودة العائلات النازحة"),
    ("border trade", "التجارة عبر الحدود"),
    ("water sharing on the rivers", "تقاسم مياه الأنهار"),
    ("reconstruction funding", "تمويل إعادة الإعمار"),
    ("the exchange of prisoners", "تبادل الأسرى"),
    ("electricity imports", "استيراد الكهرباء"),
    ("the fight against smuggling", "مكافحة التهريب"),
    (
        "investment in ports and railways",
        "الاستثمار في الموانئ والسكك الحديدية",
    ),
];

/// Everything one corpus draws from: built once from the seed.
struct World {
    countries: Vec<Country>,
    persons: Vec<Person>,
    groups: Vec<Group>,
    facilities: Vec<Facility>,
}

fn n(en: &str, ar: &str) -> Name {
    Name {
        en: en.to_string(),
        ar: ar.to_string(),
    }
}

impl World {
    fn build(rng: &mut Rng, kb: &[(Name, bool)], persons: usize) -> World {
        let countries: Vec<Country> = COUNTRIES
            .iter()
            .map(|(c, a, cities)| Country {
                name: n(c.0, c.1),
                adj: n(a.0, a.1),
                cities: cities.iter().map(|x| n(x.0, x.1)).collect(),
            })
            .collect();
        let mut people = Vec::with_capacity(persons);
        let mut seen = std::collections::HashSet::new();
        while people.len() < persons {
            let g = rng.pick(GIVEN);
            let f = rng.pick(FAMILY);
            let middle = rng.chance(0.6).then(|| *rng.pick(GIVEN));
            let (en, ar) = match middle {
                Some(m) => (
                    format!("{} {} al-{}", g.0, m.0, f.0),
                    format!("{} {} {}", g.1, m.1, f.1),
                ),
                None => (format!("{} {}", g.0, f.0), format!("{} {}", g.1, f.1)),
            };
            if !seen.insert(en.clone()) {
                if seen.len() >= GIVEN.len() * GIVEN.len() * FAMILY.len() / 2 {
                    break;
                }
                continue;
            }
            let c = rng.pick(&countries);
            let o = rng.pick(OFFICES);
            people.push(Person {
                name: n(&en, &ar),
                title: n(
                    &format!("{} {}", c.adj.en, o.0),
                    &format!("{} {}", o.1, c.adj.ar),
                ),
            });
        }
        // Knowledge-base people are mixed in among the generated ones.
        for (name, is_person) in kb.iter().filter(|(_, p)| *p) {
            debug_assert!(is_person);
            let pos = rng.below(people.len() + 1);
            people.insert(
                pos,
                Person {
                    name: name.clone(),
                    title: n("", ""),
                },
            );
        }
        let mut groups: Vec<Group> = Vec::new();
        for w in GROUP_WORDS {
            for h in GROUP_HEADS {
                groups.push(Group {
                    name: n(&format!("{} {}", w.0, h.0), &format!("{} {}", h.1, w.1)),
                });
            }
        }
        for (name, _) in kb.iter().filter(|(_, p)| !*p) {
            groups.push(Group { name: name.clone() });
        }
        // Shuffle so the skewed choice favours a mix of generated and known groups.
        for i in (1..groups.len()).rev() {
            let j = rng.below(i + 1);
            groups.swap(i, j);
        }
        let mut facilities = Vec::new();
        for b in BASES {
            facilities.push(Facility {
                name: n(
                    &format!("{} Air Base", b.0),
                    &format!("قاعدة {} الجوية", b.1),
                ),
            });
        }
        for c in &countries {
            let city = &c.cities[0];
            facilities.push(Facility {
                name: n(
                    &format!("{} Airport", city.en),
                    &format!("مطار {}", city.ar),
                ),
            });
        }
        World {
            countries,
            persons: people,
            groups,
            facilities,
        }
    }
}

/// People and organisations of the knowledge base with both labels (true = person).
fn kb_names() -> Vec<(Name, bool)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology/kb/actors.tsv");
    let Ok(text) = fs::read_to_string(&path) else {
        return Vec::new();
    };
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id\t"))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 6 || f[4].is_empty() || f[5].is_empty() {
                return None;
            }
            match f[1] {
                "Person" => Some((n(f[4], f[5]), true)),
                "Organization" => Some((n(f[4], f[5]), false)),
                _ => None,
            }
        })
        .collect()
}

/// One article being written.
struct Article<'w> {
    lang: Lang,
    w: &'w World,
    /// People already introduced with their title.
    introduced: Vec<usize>,
    text: String,
    words: usize,
}

impl<'w> Article<'w> {
    fn person(&mut self, rng: &mut Rng) -> String {
        let i = rng.skewed(self.w.persons.len());
        let p = &self.w.persons[i];
        let name = p.name.get(self.lang).to_string();
        let title = p.title.get(self.lang);
        if self.introduced.contains(&i) || title.is_empty() {
            return name;
        }
        self.introduced.push(i);
        format!("{title} {name}")
    }
    fn group(&self, rng: &mut Rng) -> String {
        let g = &self.w.groups[rng.skewed(self.w.groups.len())];
        match self.lang {
            Lang::En if !g.name.en.starts_with("the ") && g.name.en.ends_with('s') => {
                format!("the {}", g.name.en)
            }
            _ => g.name.get(self.lang).to_string(),
        }
    }
    fn country(&self, rng: &mut Rng) -> &'w Country {
        rng.pick(&self.w.countries)
    }
    fn city(&self, rng: &mut Rng) -> String {
        let c = rng.pick(&self.w.countries);
        rng.pick(&c.cities).get(self.lang).to_string()
    }
    fn facility(&self, rng: &mut Rng) -> String {
        rng.pick(&self.w.facilities).name.get(self.lang).to_string()
    }
    fn push(&mut self, sentence: &str) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push(' ');
        }
        self.text.push_str(sentence);
        self.words += sentence.split_whitespace().count();
    }
    fn paragraph(&mut self) {
        self.text.push('\n');
    }

    fn relation_en(&mut self, rng: &mut Rng) -> String {
        let day = rng.pick(WEEKDAYS).0;
        let topic = rng.pick(TOPICS).0;
        match rng.below(18) {
            0 => {
                let (a, b, c) = (self.person(rng), self.person(rng), self.city(rng));
                format!("{a} met with {b} in {c} on {day} to discuss {topic}.")
            }
            1 => {
                let (a, b) = (self.person(rng), self.person(rng));
                format!(
                    "{a} held talks with {b} on {topic}, according to a statement from his office."
                )
            }
            2 => {
                let (a, b, c) = (self.person(rng), self.person(rng), self.city(rng));
                format!("{a} received {b} in {c} on {day}.")
            }
            3 => {
                let (a, b) = (self.person(rng), self.person(rng));
                format!("{b} was received by {a} on {day} for talks that focused on {topic}.")
            }
            4 => {
                let (a, b) = (self.person(rng), self.person(rng));
                format!("{a} spoke by phone with {b} about {topic}.")
            }
            5 => {
                let (a, c) = (self.person(rng), self.country(rng).name.en.clone());
                format!("{a} visited {c} on {day}, his first trip abroad since taking office.")
            }
            6 => {
                let (a, c) = (self.person(rng), self.city(rng));
                format!("{a} arrived in {c} on {day} for a two-day visit.")
            }
            7 => {
                let (a, c) = (self.person(rng), self.city(rng));
                format!("{a} travelled to {c} later in the week for talks on {topic}.")
            }
            8 => {
                let (g, c) = (self.group(rng), self.country(rng).name.en.clone());
                format!("{g} threatened {c} with a harsh response if the raids continued.")
            }
            9 => {
                let (a, g) = (self.person(rng), self.group(rng));
                format!("{a} warned {g} against any further attack on civilians.")
            }
            10 => {
                let (g, c) = (self.group(rng), self.country(rng).name.en.clone());
                format!("{g} vowed to retaliate against {c} after the killing of one of its commanders.")
            }
            11 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("{g} fired rockets at {f} on {day}, causing no casualties, officials said.")
            }
            12 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("{f} was targeted by {g} late on {day} with two explosive-laden drones.")
            }
            13 => {
                let (c, g) = (self.country(rng).name.en.clone(), self.group(rng));
                format!("{c} launched airstrikes on {g} near the border on {day}.")
            }
            14 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("{g} attacked {f} before dawn, a security source said.")
            }
            15 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!(
                    "{g} claimed responsibility for the attack on {f} in a statement on Telegram."
                )
            }
            16 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("In a statement, {g} claimed the drone attack on {f}.")
            }
            _ => {
                let (a, c) = (self.person(rng), self.country(rng).name.en.clone());
                format!(
                    "{a} may visit {c} next month, a diplomat said, although no date has been set."
                )
            }
        }
    }

    fn relation_ar(&mut self, rng: &mut Rng) -> String {
        let day = rng.pick(WEEKDAYS).1;
        let topic = rng.pick(TOPICS).1;
        match rng.below(18) {
            0 => {
                let (a, b, c) = (self.person(rng), self.person(rng), self.city(rng));
                format!("التقى {a} {b} في {c} يوم {day}، وبحث الجانبان {topic}.")
            }
            1 => {
                let (a, b) = (self.person(rng), self.person(rng));
                format!("واستقبل {a} {b} يوم {day} وناقش معه {topic}.")
            }
            2 => {
                let (a, b) = (self.person(rng), self.person(rng));
                format!("وبحث {a} مع {b} {topic} خلال اتصال هاتفي.")
            }
            3 => {
                let (a, b) = (self.person(rng), self.person(rng));
                format!("وأجرى {a} اتصالا هاتفيا مع {b} تناول {topic}، بحسب بيان رسمي.")
            }
            4 => {
                let (a, b, c) = (self.person(rng), self.person(rng), self.city(rng));
                format!("اجتمع {a} مع {b} في {c} لبحث {topic}.")
            }
            5 => {
                let (a, c) = (self.person(rng), self.city(rng));
                format!("ووصل {a} إلى {c} يوم {day} في زيارة رسمية تستمر يومين.")
            }
            6 => {
                let (a, c) = (self.person(rng), self.country(rng).name.ar.clone());
                format!("وزار {a} {c} الأسبوع الماضي في أول جولة خارجية له منذ توليه منصبه.")
            }
            7 => {
                let (a, c) = (self.person(rng), self.city(rng));
                format!("وقام {a} بزيارة إلى {c} التقى خلالها عددا من المسؤولين.")
            }
            8 => {
                let (g, c) = (self.group(rng), self.country(rng).name.ar.clone());
                format!("وهددت {g} {c} برد قاس إذا استمرت الغارات.")
            }
            9 => {
                let (a, g) = (self.person(rng), self.group(rng));
                format!("وحذر {a} {g} من مغبة استهداف المدنيين.")
            }
            10 => {
                let (g, c) = (self.group(rng), self.country(rng).name.ar.clone());
                format!("وتوعدت {g} {c} بالرد على مقتل أحد قادتها.")
            }
            11 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("واستهدفت {g} {f} بطائرات مسيرة فجر {day}، دون وقوع إصابات.")
            }
            12 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("وهاجمت {g} {f} بالصواريخ، وفق مصدر أمني.")
            }
            13 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("وشنت {g} هجوما على {f} مساء {day}.")
            }
            14 => {
                let (c, g) = (self.country(rng).name.ar.clone(), self.group(rng));
                format!("وقصفت {c} مواقع تابعة لـ{g} قرب الحدود يوم {day}.")
            }
            15 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("وتبنت {g} الهجوم على {f} في بيان نشرته على قناتها في تلغرام.")
            }
            16 => {
                let (g, f) = (self.group(rng), self.facility(rng));
                format!("وأعلنت {g} مسؤوليتها عن الهجوم على {f}.")
            }
            _ => {
                let (a, c) = (self.person(rng), self.country(rng).name.ar.clone());
                format!("ومن المقرر أن يزور {a} {c} الشهر المقبل، بحسب دبلوماسي.")
            }
        }
    }

    fn filler(&mut self, rng: &mut Rng) -> String {
        let n = rng.below(1000);
        let topic = rng.pick(TOPICS);
        let day = rng.pick(WEEKDAYS);
        let city = self.city(rng);
        match (self.lang, rng.below(8)) {
            (Lang::En, 0) => format!("Officials said the talks would continue in the coming weeks, with {} at the top of the agenda.", topic.0),
            (Lang::En, 1) => format!("Analysts said the region had seen {n} incidents of this kind since the start of the year, most of them near {city}."),
            (Lang::En, 2) => format!("\"We are committed to {}, and we will not be drawn into a wider conflict,\" a spokesman told reporters on {}.", topic.0, day.0),
            (Lang::En, 3) => "The statement gave no further details, and it was not possible to verify the claims independently.".to_string(),
            (Lang::En, 4) => format!("Prices in the markets of {city} rose by {} percent last month, according to official figures.", n % 40),
            (Lang::En, 5) => format!("The government has promised to spend {n} million dollars on {} over the next three years.", topic.0),
            (Lang::En, 6) => "Diplomats in the region have repeatedly called for restraint, warning that a miscalculation could widen the war.".to_string(),
            (Lang::En, _) => format!("Thousands of people gathered in the centre of {city} on {} to mark the anniversary.", day.0),
            (Lang::Ar, 0) => format!("وقال مسؤولون إن المحادثات ستتواصل خلال الأسابيع المقبلة، وإن ملف {} يتصدر جدول الأعمال.", topic.1),
            (Lang::Ar, 1) => format!("ويقول محللون إن المنطقة شهدت {n} حادثا من هذا النوع منذ بداية العام، معظمها قرب {city}."),
            (Lang::Ar, 2) => format!("وقال متحدث للصحفيين يوم {}: \"نحن ملتزمون بملف {}، ولن ننجر إلى صراع أوسع\".", day.1, topic.1),
            (Lang::Ar, 3) => "ولم يقدم البيان مزيدا من التفاصيل، ولم يتسن التحقق من صحة ما ورد فيه من مصادر مستقلة.".to_string(),
            (Lang::Ar, 4) => format!("وارتفعت الأسعار في أسواق {city} بنسبة {} في المئة خلال الشهر الماضي، وفق أرقام رسمية.", n % 40),
            (Lang::Ar, 5) => format!("وتعهدت الحكومة بإنفاق {n} مليون دولار على {} خلال السنوات الثلاث المقبلة.", topic.1),
            (Lang::Ar, 6) => "ودعا دبلوماسيون في المنطقة مرارا إلى ضبط النفس، محذرين من أن أي خطأ في الحسابات قد يوسع رقعة الحرب.".to_string(),
            (Lang::Ar, _) => format!("واحتشد آلاف الأشخاص وسط {city} يوم {} لإحياء الذكرى السنوية.", day.1),
        }
    }

    fn noise(&mut self, rng: &mut Rng) -> String {
        let n = rng.below(100_000);
        let city = self.city(rng);
        match (self.lang, rng.below(4)) {
            (Lang::En, 0) => format!("A man walks past a damaged building in {city}, {} {}. (Photo: wire service)", rng.pick(WEEKDAYS).0, 1 + n % 28),
            (Lang::En, 1) => format!("@newsdesk_{n}: Breaking: explosions heard near {city}, more soon #breaking #{}", city.replace(' ', "")),
            (Lang::En, 2) => "Reporting by the newsroom; Editing by the world desk. Subscribe to our daily newsletter for more.".to_string(),
            (Lang::En, _) => "Read more: Click here for our live coverage. Share this article: Facebook | X | WhatsApp".to_string(),
            (Lang::Ar, 0) => format!("رجل يمر أمام مبنى متضرر في {city}، {} {}. (صورة: وكالة أنباء)", rng.pick(WEEKDAYS).1, 1 + n % 28),
            (Lang::Ar, 1) => format!("@akhbar_{n}: عاجل: سماع دوي انفجارات قرب {city} والتفاصيل لاحقا #عاجل"),
            (Lang::Ar, 2) => "(تغطية صحفية مكتب الأخبار - تحرير القسم الدولي) اشترك في نشرتنا اليومية.".to_string(),
            (Lang::Ar, _) => "اقرأ أيضا: تغطية مباشرة للأحداث. شارك المقال: فيسبوك | إكس | واتساب".to_string(),
        }
    }
}

/// One generated article.
pub struct Generated {
    pub id: String,
    pub lang: Lang,
    pub title: String,
    pub date: String,
    pub url: String,
    pub text: String,
}

/// A seeded corpus: article `i` is the same whatever else is generated (benches use this too).
pub struct Corpus {
    world: World,
    seed: u64,
}

impl Corpus {
    pub fn new(seed: u64, persons: usize) -> Corpus {
        let mut rng = Rng(seed);
        Corpus {
            world: World::build(&mut rng, &kb_names(), persons),
            seed,
        }
    }

    pub fn article(&self, i: u64) -> Generated {
        article(&self.world, self.seed, i)
    }
}

fn article(w: &World, seed: u64, i: u64) -> Generated {
    // Each article has its own stream: the corpus is the same whatever the order of generation.
    let mut rng = Rng(seed ^ i.wrapping_mul(0xD6E8_FEB8_6659_FD93));
    rng.next();
    let lang = if rng.chance(0.5) { Lang::Ar } else { Lang::En };
    let target = 300 + rng.below(501);
    let mut a = Article {
        lang,
        w,
        introduced: Vec::new(),
        text: String::new(),
        words: 0,
    };
    let city = a.city(&mut rng);
    let dateline = match lang {
        Lang::En => format!("{} (Newswire) -", city.to_uppercase()),
        Lang::Ar => format!("{city} (نيوزواير) -"),
    };
    a.push(&dateline);
    while a.words < target {
        let s = match rng.below(10) {
            0..=3 => match lang {
                Lang::En => a.relation_en(&mut rng),
                Lang::Ar => a.relation_ar(&mut rng),
            },
            4 if rng.chance(0.3) => {
                a.paragraph();
                a.noise(&mut rng)
            }
            _ => a.filler(&mut rng),
        };
        a.push(&s);
        if rng.chance(0.3) {
            a.paragraph();
        }
    }
    a.text.push('\n');
    let title = a
        .text
        .split(['.', '،'])
        .nth(1)
        .unwrap_or("")
        .trim()
        .chars()
        .take(90)
        .collect();
    let day = 1 + rng.below(28);
    let month = 1 + rng.below(12);
    let year = 2023 + rng.below(3);
    Generated {
        id: format!("gen-{seed}-{i:07}"),
        lang,
        title,
        date: format!("{year}-{month:02}-{day:02}"),
        url: format!("https://example.org/newswire/{seed}/{i:07}"),
        text: a.text,
    }
}

fn main() {
    let mut articles: u64 = 1000;
    let mut seed: u64 = 1;
    let mut out = PathBuf::from("corpus");
    let mut format = String::from("jsonl");
    let mut persons: usize = 5000;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || {
            args.next()
                .unwrap_or_else(|| usage(&format!("{a} needs a value")))
        };
        match a.as_str() {
            "--articles" => articles = val().parse().unwrap_or_else(|_| usage("bad --articles")),
            "--seed" => seed = val().parse().unwrap_or_else(|_| usage("bad --seed")),
            "--out" => out = PathBuf::from(val()),
            "--format" => format = val(),
            "--persons" => persons = val().parse().unwrap_or_else(|_| usage("bad --persons")),
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    if format != "jsonl" && format != "txt" {
        usage("--format is txt or jsonl");
    }
    let corpus = Corpus::new(seed, persons);
    let world = &corpus.world;
    fs::create_dir_all(&out).expect("cannot create --out");
    let mut bytes = 0usize;
    let mut file: Option<BufWriter<fs::File>> = None;
    let mut line = String::new();
    for i in 0..articles {
        let g = corpus.article(i);
        bytes += g.text.len();
        let lang = match g.lang {
            Lang::Ar => "ar",
            Lang::En => "en",
        };
        if format == "jsonl" {
            if i % 10_000 == 0 {
                if let Some(mut f) = file.take() {
                    f.flush().expect("write");
                }
                let p = out.join(format!("corpus-{:03}.jsonl", i / 10_000));
                file = Some(BufWriter::new(fs::File::create(p).expect("create")));
            }
            line.clear();
            let obj = serde_json::json!({
                "id": g.id, "lang": lang, "title": g.title, "published": g.date,
                "url": g.url, "text": g.text,
            });
            line.push_str(&obj.to_string());
            line.push('\n');
            file.as_mut()
                .unwrap()
                .write_all(line.as_bytes())
                .expect("write");
        } else {
            let dir = out.join(lang).join(format!("{:04}", i / 1000));
            fs::create_dir_all(&dir).expect("mkdir");
            let mut s = String::new();
            let _ = write!(
                s,
                "---\ntitle: {}\ndate: {}\nurl: {}\nlang: {lang}\nid: {}\n---\n{}",
                g.title.replace('\n', " "),
                g.date,
                g.url,
                g.id,
                g.text
            );
            fs::write(dir.join(format!("{i:07}.txt")), s).expect("write");
        }
    }
    if let Some(mut f) = file {
        f.flush().expect("write");
    }
    eprintln!(
        "gen_corpus: {articles} articles, {:.1} MB of text, {} persons, {} groups, in {}",
        bytes as f64 / 1e6,
        world.persons.len(),
        world.groups.len(),
        out.display()
    );
}

fn usage(msg: &str) -> ! {
    if !msg.is_empty() {
        eprintln!("gen_corpus: {msg}");
    }
    eprintln!(
        "usage: gen_corpus --articles N --seed S --out DIR [--format jsonl|txt] [--persons N]"
    );
    std::process::exit(if msg.is_empty() { 0 } else { 2 });
}
