//! Event dates: explicit dates in both calendars' month names (Gregorian names and the Levantine
//! Syriac names: تشرين الثاني), weekday names and "yesterday" relative to the publication date.

use crate::text::{Analysis, TokenKind};

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's `days_from_civil`.
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

fn parse(date: &str) -> Option<(i32, u32, u32)> {
    let mut p = date.split('-');
    Some((
        p.next()?.parse().ok()?,
        p.next()?.parse().ok()?,
        p.next()?.parse().ok()?,
    ))
}

fn format(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Month number of a month-name key (Arabic keys are normalised: ي for ى, ا for أ).
fn month(key: &str) -> Option<u32> {
    const NAMES: &[(&str, u32)] = &[
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sept", 9),
        ("sep", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
        ("يناير", 1),
        ("فبراير", 2),
        ("مارس", 3),
        ("ابريل", 4),
        ("مايو", 5),
        ("يونيو", 6),
        ("يونيه", 6),
        ("يوليو", 7),
        ("يوليه", 7),
        ("اغسطس", 8),
        ("سبتمبر", 9),
        ("اكتوبر", 10),
        ("نوفمبر", 11),
        ("ديسمبر", 12),
        ("كانون", 0),
        ("شباط", 2),
        ("اذار", 3),
        ("نيسان", 4),
        ("ايار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("اب", 8),
        ("ايلول", 9),
        ("تشرين", 0),
    ];
    NAMES.iter().find(|(n, _)| *n == key).map(|&(_, m)| m)
}

/// Weekday of a key: 0 = Monday.
fn weekday(key: &str) -> Option<i64> {
    const NAMES: &[(&str, i64)] = &[
        ("monday", 0),
        ("tuesday", 1),
        ("wednesday", 2),
        ("thursday", 3),
        ("friday", 4),
        ("saturday", 5),
        ("sunday", 6),
        ("الاثنين", 0),
        ("الثلاثاء", 1),
        ("الاربعاء", 2),
        ("الخميس", 3),
        ("الجمعه", 4),
        ("السبت", 5),
        ("الاحد", 6),
        ("اثنين", 0),
        ("ثلاثاء", 1),
        ("اربعاء", 2),
        ("خميس", 3),
        ("جمعه", 4),
        ("سبت", 5),
        ("احد", 6),
    ];
    let k = key
        .strip_prefix('و')
        .filter(|k| k.starts_with("ال"))
        .unwrap_or(key);
    NAMES.iter().find(|(n, _)| *n == k).map(|&(_, w)| w)
}

/// The date of an event stated in tokens `range`, or the publication date.
pub fn event_date(
    a: &Analysis,
    range: std::ops::Range<usize>,
    published: Option<&str>,
) -> Option<String> {
    let pub_ymd = published.and_then(parse);
    let toks = &a.tokens[range.clone()];
    let key = |i: usize| toks.get(i).map(|t| t.key.as_str()).unwrap_or("");
    let num = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|t| t.key.parse::<u32>().ok())
    };
    let month_at = |i: usize| -> Option<(u32, usize)> {
        // Levantine two-word months: كانون الثاني، تشرين الأول; optional "/نوفمبر".
        let m = month(key(i))?;
        let (mut m, mut next) = (m, i + 1);
        if m == 0 {
            let ordinal = key(i + 1);
            m = match (key(i), ordinal) {
                ("كانون", "الاول") => 12,
                ("كانون", "الثاني") => 1,
                ("تشرين", "الاول") => 10,
                ("تشرين", "الثاني") => 11,
                _ => return None,
            };
            next = i + 2;
        }
        if key(next) == "/" && month(key(next + 1)).is_some() {
            next += 2;
        }
        Some((m, next))
    };
    let resolve_year = |m: u32, d: u32| -> Option<i32> {
        let (py, pm, pd) = pub_ymd?;
        Some(if (m, d) > (pm, pd) { py - 1 } else { py })
    };
    for i in 0..toks.len() {
        // 6 November 2023 / 6 نوفمبر 2023 / 6 تشرين الثاني/نوفمبر
        if let Some(d) = num(i).filter(|d| (1..=31).contains(d)) {
            if let Some((m, next)) = month_at(i + 1) {
                let y = num(next)
                    .filter(|y| (1900..=2100).contains(y))
                    .map(|y| y as i32)
                    .or_else(|| resolve_year(m, d));
                if let Some(y) = y {
                    if d <= days_in_month(y, m) {
                        return Some(format(y, m, d));
                    }
                }
            }
        }
        // November 6, 2023
        if let Some((m, next)) = month_at(i) {
            if let Some(d) = num(next).filter(|d| (1..=31).contains(d)) {
                let after = if key(next + 1) == "," {
                    next + 2
                } else {
                    next + 1
                };
                let y = num(after)
                    .filter(|y| (1900..=2100).contains(y))
                    .map(|y| y as i32)
                    .or_else(|| resolve_year(m, d));
                if let Some(y) = y {
                    if d <= days_in_month(y, m) {
                        return Some(format(y, m, d));
                    }
                }
            }
        }
    }
    let (py, pm, pd) = pub_ymd?;
    let today = days_from_civil(py, pm, pd);
    for i in 0..toks.len() {
        let k = key(i);
        let delta = if let Some(w) = weekday(k) {
            // The latest such weekday on or before publication. 1970-01-01 was a Thursday (3).
            let pub_w = (today + 3).rem_euclid(7);
            Some((pub_w - w).rem_euclid(7))
        } else {
            match k {
                "yesterday" | "امس" | "وامس" => Some(1),
                _ => None,
            }
        };
        if let Some(delta) = delta {
            let (y, m, d) = civil_from_days(today - delta);
            return Some(format(y, m, d));
        }
    }
    published.map(String::from)
}

/// Month and weekday names (keys): part of a time expression, skipped between a verb and its subject.
pub fn is_date_word(key: &str) -> bool {
    month(key).is_some() || weekday(key).is_some() || matches!(key, "الاول" | "الثاني")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyze;

    fn date(text: &str, published: &str) -> Option<String> {
        let a = analyze(text);
        let n = a.tokens.len();
        event_date(&a, 0..n, Some(published))
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(
            date("في 6 نوفمبر 2023 وصل", "2023-11-07").as_deref(),
            Some("2023-11-06")
        );
        assert_eq!(
            date("يوم الخميس 9 تشرين الثاني/نوفمبر", "2023-11-10").as_deref(),
            Some("2023-11-09")
        );
        assert_eq!(
            date("on November 6, 2023 he", "2024-01-01").as_deref(),
            Some("2023-11-06")
        );
        assert_eq!(
            date("on 30 December", "2024-01-02").as_deref(),
            Some("2023-12-30")
        );
    }

    #[test]
    fn weekdays_relative_to_publication() {
        // 2023-11-06 was a Monday.
        assert_eq!(
            date("وصل الأحد", "2023-11-06").as_deref(),
            Some("2023-11-05")
        );
        assert_eq!(
            date("arrived on Monday", "2023-11-06").as_deref(),
            Some("2023-11-06")
        );
        assert_eq!(
            date("met yesterday", "2023-11-06").as_deref(),
            Some("2023-11-05")
        );
    }

    #[test]
    fn round_trip_days() {
        for z in [-1000i64, 0, 19667, 30000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }
}
