//! Language detection: Arabic script share first, then whatlang for Latin-script text.

use crate::model::Lang;
use crate::text::is_arabic_char as is_arabic_letter;

/// Detects Arabic or English; any other language is an error naming what was found.
pub fn detect_language(text: &str) -> Result<Lang, String> {
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        if is_arabic_letter(c) {
            arabic += 1;
        } else if c.is_alphabetic() && (c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)) {
            latin += 1;
        }
    }
    if arabic + latin == 0 {
        // Another script (Cyrillic, Hebrew, CJK …) is named, not called "no letters".
        let sample: String = text.chars().take(4000).collect();
        return Err(match whatlang::detect(&sample) {
            Some(info) if sample.chars().any(char::is_alphabetic) => format!(
                "text looks like {} (newsgraph reads Arabic and English); pass --lang to force",
                info.lang().eng_name()
            ),
            _ => "no letters in the text: nothing to extract".into(),
        });
    }
    if arabic * 2 >= arabic + latin {
        return Ok(Lang::Ar);
    }
    let sample: String = text.chars().take(4000).collect();
    match whatlang::detect(&sample) {
        Some(info) if info.lang() != whatlang::Lang::Eng && info.is_reliable() => Err(format!(
            "text looks like {} (newsgraph reads Arabic and English); pass --lang to force",
            info.lang().eng_name()
        )),
        _ => Ok(Lang::En),
    }
}
