//! Name normalisation of the gold format's scoring rules.
//!
//! Arabic: diacritics and tatweel stripped, alef forms unified, ta marbuta -> ha, alef maqsura -> ya
//! (the matching key of `text::normalize`), then per word a leading و/ف, an attached ب/ل/ك and the
//! article ال dropped. Latin: casefolded, a leading "al-"/"the" dropped, punctuation stripped.

use crate::text::normalize;

fn arabic_word(w: &str) -> String {
    let n = |s: &str| s.chars().count();
    let mut w = w;
    for c in ['و', 'ف'] {
        if let Some(r) = w.strip_prefix(c) {
            if n(r) >= 3 {
                w = r;
                break;
            }
        }
    }
    if let Some(r) = w.strip_prefix("لل") {
        if n(r) >= 2 {
            return r.to_string();
        }
    }
    for c in ['ب', 'ل', 'ك'] {
        if let Some(r) = w.strip_prefix(c) {
            if r.starts_with("ال") && n(r) >= 4 {
                w = r;
                break;
            }
        }
    }
    match w.strip_prefix("ال") {
        Some(r) if n(r) >= 2 => r.to_string(),
        _ => w.to_string(),
    }
}

/// The comparison key of a name: normalised words joined by single spaces.
pub fn key(name: &str) -> String {
    let k = normalize::key(name);
    let spaced: String = k
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c
            } else if c == '.' {
                '\u{0}'
            } else {
                ' '
            }
        })
        .filter(|&c| c != '\u{0}')
        .collect();
    let mut words: Vec<String> = spaced
        .split_whitespace()
        .map(|w| {
            if w.chars().any(crate::text::is_arabic_char) {
                arabic_word(w)
            } else {
                w.to_string()
            }
        })
        .collect();
    while words
        .first()
        .is_some_and(|w| w == "the" || w == "al" || w == "el")
        && words.len() > 1
    {
        words.remove(0);
    }
    words.join(" ")
}

/// An alias matches a system name when equal, or, for a multi-word alias, inside it.
pub fn matches(alias: &str, name: &str) -> bool {
    if alias == name {
        return true;
    }
    if !alias.contains(' ') {
        return false;
    }
    let hay: Vec<&str> = name.split(' ').collect();
    let needle: Vec<&str> = alias.split(' ').collect();
    hay.windows(needle.len()).any(|w| w == needle.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_clitics_and_article() {
        assert_eq!(key("بالسوداني"), key("السوداني"));
        assert_eq!(key("وللعراق"), key("العراق"));
        assert_eq!(key("إيران"), key("ايران"));
    }

    #[test]
    fn latin() {
        assert_eq!(key("al-Sudani"), "sudani");
        assert_eq!(key("U.S."), "us");
        assert_eq!(key("Kata'ib Hezbollah"), "kataib hezbollah");
        assert!(matches(&key("Ain al-Asad"), &key("Ain al-Asad Air Base")));
    }
}
