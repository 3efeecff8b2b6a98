//! Field names news crawlers use, front matter, and date parsing.

use serde_json::Value;

use super::{InputError, ReadOptions, Warning};
use crate::model::Lang;

pub(super) struct RawArticle {
    pub text: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub lang: Option<Lang>,
    pub id: Option<String>,
    pub source: String,
    pub key: String,
    pub path: String,
    /// The file was longer than what was read.
    pub cut: bool,
}

const TEXT_FIELDS: [&str; 5] = ["text", "maintext", "body", "content", "article"];
const DATE_FIELDS: [&str; 6] = [
    "published",
    "date_publish",
    "date",
    "publish_date",
    "published_at",
    "datePublished",
];
const LANG_FIELDS: [&str; 2] = ["lang", "language"];

/// An article from a JSON object (news-please, trafilatura, newspaper3k and gold files all fit).
pub(super) fn article(
    value: &Value,
    path: &str,
    line: usize,
    source: String,
    options: &ReadOptions,
) -> Result<RawArticle, InputError> {
    let shape = |message: String| InputError::Shape {
        path: path.to_string(),
        line,
        message,
    };
    let Value::Object(map) = value else {
        return Err(shape(format!(
            "expected a JSON object with a \"text\" field, found {}",
            kind(value)
        )));
    };
    let string = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| match map.get(*n) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
    };
    let text = TEXT_FIELDS
        .iter()
        .find_map(|n| map.get(*n).and_then(Value::as_str))
        .ok_or_else(|| {
            shape(
                "no article text (expected one of the fields text, maintext, body, content)".into(),
            )
        })?;
    let lang = match options.lang {
        Some(l) => Some(l),
        None => match string(&LANG_FIELDS) {
            Some(l) => Some(l.parse::<Lang>().map_err(shape)?),
            None => None,
        },
    };
    let published = string(&DATE_FIELDS).and_then(|d| parse_date(&d));
    let id = string(&["id", "_id", "article_id"]);
    let url = string(&["url", "source_url", "link"]);
    Ok(RawArticle {
        text: text.to_string(),
        title: string(&["title", "headline"]),
        published,
        url,
        lang,
        id,
        key: source.clone(),
        source,
        path: path.to_string(),
        cut: false,
    })
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[derive(Default)]
pub(super) struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub lang: Option<Lang>,
    pub id: Option<String>,
}

/// Splits an optional `---` front-matter block (`key: value` lines) from the article body.
pub(super) fn front_matter<'a>(
    text: &'a str,
    path: &str,
    warnings: &mut Vec<Warning>,
) -> (FrontMatter, &'a str) {
    let mut meta = FrontMatter::default();
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (meta, text);
    };
    let mut offset = text.len() - rest.len();
    let mut line_no = 1;
    for line in rest.split_inclusive('\n') {
        line_no += 1;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim() == "---" {
            return (meta, &text[offset..]);
        }
        let Some((key, value)) = content.split_once(':') else {
            warnings.push(Warning(format!(
                "{path}:{line_no}: front matter line without `key: value`, ignored"
            )));
            continue;
        };
        let value = value
            .trim()
            .trim_matches('"')
            .trim_matches('\'')
            .to_string();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = Some(value),
            "date" | "published" | "date_publish" => match parse_date(&value) {
                Some(d) => meta.date = Some(d),
                None => warnings.push(Warning(format!(
                    "{path}:{line_no}: unreadable date {value:?} (expected YYYY-MM-DD), ignored"
                ))),
            },
            "url" | "source_url" => meta.url = Some(value),
            "lang" | "language" => match value.parse() {
                Ok(l) => meta.lang = Some(l),
                Err(e) => {
                    warnings.push(Warning(format!("{path}:{line_no}: {e}, detecting instead")))
                }
            },
            "id" => meta.id = Some(value),
            _ => {}
        }
    }
    warnings.push(Warning(format!(
        "{path}: front matter opened with --- but never closed; read as article text"
    )));
    (FrontMatter::default(), text)
}

/// `YYYY-MM-DD` from an ISO date or date-time; `None` when it is not a real calendar date.
pub fn parse_date(value: &str) -> Option<String> {
    let v = value.trim();
    let head = v.get(..10)?;
    let mut parts = head.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || d == 0 || d > crate::extract::dates::days_in_month(y, m) {
        return None;
    }
    if v.len() > 10 && !matches!(v.as_bytes()[10], b'T' | b' ' | b't') {
        return None;
    }
    Some(head.to_string())
}
