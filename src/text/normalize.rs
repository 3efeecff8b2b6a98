//! Matching keys. The original text is never changed: these functions produce keys used only
//! to compare words, and every span shown to a user is cut from the original.
//!
//! Arabic rules, applied per character, in order:
//! 1. presentation forms (U+FB50–U+FEFF) are folded with NFKC (ﻻ → لا);
//! 2. dropped: harakat and Quranic marks (U+064B–U+065F, U+0670, U+06D6–U+06ED), tatweel (U+0640),
//!    zero-width and bidi controls (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF);
//! 3. alef forms أ إ آ ٱ → ا; ta marbuta ة → ه; alef maqsura ى → ي; hamza on ya ئ → ي (names
//!    are spelled both ways: فائز / فايز);
//!    Persian letters in Arabic text: ی → ي, ک → ك, ۀ → ه, ہ → ه;
//! 4. Arabic-Indic digits → ASCII digits.
//!
//! Latin rules: lowercase, accents removed (NFKD without combining marks), apostrophes and
//! ayn/hamza signs (' ’ ʼ ʿ ʾ `) dropped.

use unicode_normalization::UnicodeNormalization;

/// Whether a character is removed from matching keys.
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
        | '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BF}' | '\u{02BE}' | '`' | '\u{00AD}')
}

/// Appends the key form of one character to `out`.
pub fn push_key(c: char, out: &mut String) {
    if is_ignorable(c) {
        return;
    }
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ة' | 'ۀ' | 'ہ' => out.push('ه'),
        'ى' | 'ی' | 'ې' | 'ئ' => out.push('ي'),
        'ک' => out.push('ك'),
        '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{FB50}'..='\u{FEFC}' => {
            for d in c.to_string().nfkc() {
                // Some code points of the range have no compatibility form (U+FD3E, variation
                // selectors): NFKC returns them unchanged, and recursing on them never ends.
                if d == c {
                    out.push(c);
                } else {
                    push_key(d, out);
                }
            }
        }
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        // Range test first: `is_alphabetic` is a table lookup, and this runs on every character.
        c if (c as u32) < 0x0600 && c.is_alphabetic() => {
            for d in c.to_lowercase().collect::<String>().nfkd() {
                if !unicode_normalization::char::is_combining_mark(d) {
                    out.push(d);
                }
            }
        }
        c => out.push(c),
    }
}

/// The matching key of a word or phrase.
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        // What `push_key` does to ASCII: the two ignorable signs dropped, letters lowercased.
        for b in text.bytes() {
            if !matches!(b, b'\'' | b'`') {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return out;
    }
    let arabic = arabic_block();
    for c in text.chars() {
        match arabic.get((c as u32).wrapping_sub(0x0600) as usize) {
            Some(Some(None)) => {}
            Some(Some(Some(k))) => out.push(*k),
            _ => push_key(c, &mut out),
        }
    }
    out
}

/// What [`push_key`] makes of each char of the Arabic block (U+0600–U+06FF): nothing, one char,
/// or `None` where it makes more (asked of `push_key` each time). Read by [`key`], which runs on
/// every word, instead of the chain of tests in `push_key`.
fn arabic_block() -> &'static [Option<Option<char>>; 256] {
    static BLOCK: std::sync::OnceLock<[Option<Option<char>>; 256]> = std::sync::OnceLock::new();
    BLOCK.get_or_init(|| {
        let mut table = [None; 256];
        for (i, e) in table.iter_mut().enumerate() {
            let Some(c) = char::from_u32(0x0600 + i as u32) else {
                continue;
            };
            let mut k = String::new();
            push_key(c, &mut k);
            let mut chars = k.chars();
            *e = match (chars.next(), chars.next()) {
                (None, _) => Some(None),
                (Some(d), None) => Some(Some(d)),
                _ => None,
            };
        }
        table
    })
}

/// Byte length of the prefix of `original` whose key is `key_chars` characters long.
/// Used to cut a clitic-stripped mention out of the original token.
pub fn original_prefix_len(original: &str, key_chars: usize) -> usize {
    let mut seen = 0;
    let mut buf = String::new();
    for (i, c) in original.char_indices() {
        // Marks after the prefix belong to it (بِـ): cut before the next real letter.
        if seen >= key_chars && !is_ignorable(c) {
            return i;
        }
        buf.clear();
        push_key(c, &mut buf);
        seen += buf.chars().count();
    }
    original.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_rules() {
        assert_eq!(key("إِبْرَاهِيم"), "ابراهيم");
        assert_eq!(key("الـمقاومة"), "المقاومه");
        assert_eq!(key("مصطفى"), "مصطفي");
        assert_eq!(key("آية"), "ايه");
        assert_eq!(key("ﻻ"), "لا");
        assert_eq!(key("٢٠٢٣"), "2023");
        assert_eq!(key("کی"), "كي");
    }

    /// Characters of the presentation-form range that NFKC leaves as they are.
    #[test]
    fn own_nfkc_forms_end() {
        for c in ['\u{FE20}', '\u{FE0F}', '\u{FD3E}'] {
            assert_eq!(key(&c.to_string()), c.to_string());
        }
        for c in '\u{FB50}'..='\u{FEFC}' {
            let _ = key(&c.to_string());
        }
    }

    #[test]
    fn latin_rules() {
        assert_eq!(key("Kata'ib"), "kataib");
        assert_eq!(key("Türkiye"), "turkiye");
        assert_eq!(key("Raisi’s"), "raisis");
    }

    #[test]
    fn code_points_without_compatibility_form_are_kept() {
        // Found by the property tests: these overflowed the stack.
        assert_eq!(key("\u{FD3E}"), "\u{FD3E}");
        assert_eq!(key("a\u{FE00}"), "a\u{FE00}");
    }

    #[test]
    fn prefix_len_skips_marks() {
        let w = "بِالسوداني";
        let n = original_prefix_len(w, 1);
        assert_eq!(&w[n..], "السوداني");
    }
}
