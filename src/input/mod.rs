//! Reading articles: `.txt` (optional front matter), `.jsonl`/`.ndjson` (one article per line),
//! `.json` (one article), directories (recursive) and `-` for stdin.
//!
//! The one public entry is [`read`]; it yields one `Result` per article so that a bad file or line
//! is reported and the batch goes on.

mod detect;
mod fields;

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::model::{Document, Lang};
pub use detect::detect_language;

/// Why an input could not be read. Each variant names the file (and line).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: cannot read: {source}")]
    Io { path: String, source: io::Error },
    #[error("{path}: empty file")]
    Empty { path: String },
    #[error("{path}: looks like a binary file (NUL bytes), skipped")]
    Binary { path: String },
    #[error("{path}:{line}: not valid UTF-8, skipped")]
    NotUtf8 { path: String, line: usize },
    #[error("{path}:{line}: malformed JSON: {message}")]
    Json {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}:{line}: {message}")]
    Shape {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: unsupported file type (expected .txt, .jsonl, .ndjson or .json)")]
    Unsupported { path: String },
    #[error("{path}: {message}")]
    Language { path: String, message: String },
    #[error("{path}: no such file or directory")]
    Missing { path: String },
    #[error("{path}: broken symbolic link (points to {target}), skipped")]
    BrokenLink { path: String, target: String },
    #[error("{path}:{line}: longer than {limit} bytes, skipped (raise --max-article-bytes)")]
    TooLong {
        path: String,
        line: usize,
        limit: usize,
    },
}

/// A non-fatal problem: the article was read but something in it was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning(pub String);

/// Longest article, in bytes of UTF-8, read by default; the rest is ignored with a warning.
/// Real news articles are under 100 kB; extraction takes about 3 s per MB in a debug build.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 1_000_000;

/// Options shared by every input.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Force a language instead of detecting it.
    pub lang: Option<Lang>,
    /// Articles longer than this are cut (at a line break or space) with a warning; 0 = no limit.
    pub max_article_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            lang: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

impl ReadOptions {
    /// Longest JSON line or file read at all: the article limit with room for JSON escapes
    /// (`\u0627` is 6 bytes for 2), and never less than 64 MiB.
    fn json_limit(&self) -> usize {
        match self.max_article_bytes {
            0 => usize::MAX,
            n => n.saturating_mul(8).max(64 << 20),
        }
    }

    /// Bytes of a text file read: the article limit plus room for front matter.
    fn text_limit(&self) -> usize {
        match self.max_article_bytes {
            0 => usize::MAX,
            n => n.saturating_add(64 << 10),
        }
    }
}

/// Reads every article under `inputs`, in a deterministic order (directories sorted by path).
pub fn read(inputs: &[PathBuf], options: &ReadOptions) -> Reader {
    let mut pending = VecDeque::new();
    let mut errors = VecDeque::new();
    let mut warnings = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            pending.push_back(Source::Stdin);
        } else if input.is_dir() {
            let files = walk(input, &mut errors, &mut warnings);
            pending.extend(files.into_iter().map(Source::File));
        } else if input.exists() {
            pending.push_back(Source::File(input.clone()));
        } else {
            errors.push_back(missing(input));
        }
    }
    Reader {
        pending,
        errors,
        lines: None,
        options: options.clone(),
        warnings,
    }
}

/// Article files under a directory, sorted. A directory loop (a link to an ancestor) is only a
/// warning: every file in it is read once anyway; an empty directory is a warning too.
fn walk(
    dir: &Path,
    errors: &mut VecDeque<InputError>,
    warnings: &mut Vec<Warning>,
) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(true) {
        match entry {
            Ok(e) if e.file_type().is_file() && is_article_file(e.path()) => {
                files.push(e.into_path())
            }
            Ok(_) => {}
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                if let Some(ancestor) = e.loop_ancestor() {
                    warnings.push(Warning(format!(
                        "{}: directory loop (links back to {}), not followed",
                        path.display(),
                        ancestor.display()
                    )));
                } else if !path.exists() && path.symlink_metadata().is_ok() {
                    errors.push_back(missing(&path));
                } else {
                    let source = match e.into_io_error() {
                        Some(io) => io,
                        None => io::Error::other("cannot walk the directory"),
                    };
                    errors.push_back(InputError::Io {
                        path: path.display().to_string(),
                        source,
                    });
                }
            }
        }
    }
    if files.is_empty() {
        warnings.push(Warning(format!(
            "{}: no article files (.txt, .jsonl, .ndjson, .json) in this directory",
            dir.display()
        )));
    }
    files.sort();
    files
}

/// A path that does not exist, or a symbolic link to nothing.
fn missing(path: &Path) -> InputError {
    match fs::read_link(path) {
        Ok(target) => InputError::BrokenLink {
            path: path.display().to_string(),
            target: target.display().to_string(),
        },
        Err(_) => InputError::Missing {
            path: path.display().to_string(),
        },
    }
}

/// Files read from directories. Annotations (`*.gold.json`) sit beside articles and are skipped;
/// name one explicitly to read it as an article.
fn is_article_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.ends_with(".gold.json")
        && matches!(
            extension(path).as_deref(),
            Some("txt" | "jsonl" | "ndjson" | "json")
        )
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
}

enum Source {
    File(PathBuf),
    Stdin,
    /// Contents read as a file of that name (its extension picks the format).
    Bytes(String, Vec<u8>),
}

/// Reads `bytes` as if they were the file `name` (`.txt`, `.json`, `.jsonl` …): the same checks
/// and messages, without the file system (fuzzing, callers that hold the bytes already).
pub fn read_bytes(name: &str, bytes: Vec<u8>, options: &ReadOptions) -> Reader {
    Reader {
        pending: VecDeque::from([Source::Bytes(name.to_string(), bytes)]),
        errors: VecDeque::new(),
        lines: None,
        options: options.clone(),
        warnings: Vec::new(),
    }
}

/// Iterator over the articles of a batch; see [`read`].
pub struct Reader {
    pending: VecDeque<Source>,
    errors: VecDeque<InputError>,
    lines: Option<JsonLines>,
    options: ReadOptions,
    warnings: Vec<Warning>,
}

struct JsonLines {
    path: String,
    reader: Box<dyn BufRead>,
    line: usize,
}

impl Reader {
    /// Warnings gathered since the last call.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    fn next_json_line(&mut self) -> Option<Result<Document, InputError>> {
        let lines = self.lines.as_mut()?;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            lines.line += 1;
            let line_no = lines.line;
            let limit = self.options.json_limit();
            let cap = u64::try_from(limit).unwrap_or(u64::MAX);
            match (&mut *lines.reader).take(cap).read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.lines = None;
                    return None;
                }
                Ok(n) if n >= limit && buf.last() != Some(&b'\n') => {
                    // Skip the rest of the line; the next line is read as usual.
                    let path = lines.path.clone();
                    if let Err(source) = lines.reader.skip_until(b'\n') {
                        self.lines = None;
                        return Some(Err(InputError::Io { path, source }));
                    }
                    return Some(Err(InputError::TooLong {
                        path,
                        line: line_no,
                        limit,
                    }));
                }
                Ok(_) => {}
                Err(source) => {
                    let path = lines.path.clone();
                    self.lines = None;
                    return Some(Err(InputError::Io { path, source }));
                }
            }
            let path = lines.path.clone();
            let Ok(line) = std::str::from_utf8(&buf) else {
                return Some(Err(InputError::NotUtf8 {
                    path,
                    line: line_no,
                }));
            };
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() {
                continue;
            }
            let source = format!("{path}:{line_no}");
            return Some(match serde_json::from_str::<serde_json::Value>(line) {
                Err(e) => Err(InputError::Json {
                    path,
                    line: line_no,
                    message: e.to_string(),
                }),
                Ok(value) => fields::article(&value, &path, line_no, source, &self.options)
                    .and_then(|raw| self.finish(raw)),
            });
        }
    }

    fn open(&mut self, source: Source) -> Option<Result<Document, InputError>> {
        match source {
            Source::Stdin => {
                let mut bytes = Vec::new();
                if let Err(source) = io::stdin().lock().read_to_end(&mut bytes) {
                    return Some(Err(InputError::Io {
                        path: "-".into(),
                        source,
                    }));
                }
                let trimmed = bytes.iter().position(|b| !b.is_ascii_whitespace());
                if trimmed.map(|i| bytes[i] == b'{').unwrap_or(false) {
                    self.lines = Some(JsonLines {
                        path: "-".into(),
                        reader: Box::new(io::Cursor::new(bytes)),
                        line: 0,
                    });
                    return self.next_json_line();
                }
                Some(self.text_article("-", &bytes, "-".into(), false))
            }
            Source::Bytes(name, bytes) => match extension(Path::new(&name)).as_deref() {
                Some("jsonl" | "ndjson") => {
                    self.lines = Some(JsonLines {
                        path: name,
                        reader: Box::new(io::Cursor::new(bytes)),
                        line: 0,
                    });
                    self.next_json_line()
                }
                Some("json") => Some(self.json_bytes(&bytes, name)),
                _ => {
                    let limit = self.options.text_limit();
                    let cut = bytes.len() > limit;
                    let head = &bytes[..bytes.len().min(limit)];
                    Some(self.text_article(&name, head, name.clone(), cut))
                }
            },
            Source::File(path) => {
                let shown = path.display().to_string();
                match extension(&path).as_deref() {
                    Some("jsonl" | "ndjson") => match fs::File::open(&path) {
                        Ok(file) => {
                            self.lines = Some(JsonLines {
                                path: shown,
                                reader: Box::new(BufReader::new(file)),
                                line: 0,
                            });
                            self.next_json_line()
                        }
                        Err(source) => Some(Err(InputError::Io {
                            path: shown,
                            source,
                        })),
                    },
                    Some("json") => Some(self.json_file(&path, shown)),
                    Some("txt") | Some("md") => {
                        Some(match read_capped(&path, self.options.text_limit()) {
                            Ok((bytes, cut)) => {
                                let key = key_for_path(&path);
                                self.text_article(&shown, &bytes, key, cut)
                            }
                            Err(source) => Err(InputError::Io {
                                path: shown,
                                source,
                            }),
                        })
                    }
                    _ => Some(Err(InputError::Unsupported { path: shown })),
                }
            }
        }
    }

    fn json_file(&mut self, path: &Path, shown: String) -> Result<Document, InputError> {
        let limit = self.options.json_limit();
        let (bytes, cut) = read_capped(path, limit).map_err(|source| InputError::Io {
            path: shown.clone(),
            source,
        })?;
        if cut {
            return Err(InputError::TooLong {
                path: shown,
                line: 1,
                limit,
            });
        }
        self.json_bytes(&bytes, shown)
    }

    fn json_bytes(&mut self, bytes: &[u8], shown: String) -> Result<Document, InputError> {
        let text = decode(&shown, bytes, false)?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| InputError::Json {
                path: shown.clone(),
                line: e.line(),
                message: e.to_string(),
            })?;
        let raw = fields::article(&value, &shown, 1, shown.clone(), &self.options)?;
        self.finish(raw)
    }

    fn text_article(
        &mut self,
        shown: &str,
        bytes: &[u8],
        key: String,
        cut: bool,
    ) -> Result<Document, InputError> {
        let text = decode(shown, bytes, cut)?;
        let (meta, body) = fields::front_matter(&text, shown, &mut self.warnings);
        let raw = fields::RawArticle {
            text: body.to_string(),
            title: meta.title,
            published: meta.date,
            url: meta.url,
            lang: meta.lang,
            id: meta.id,
            source: shown.to_string(),
            key,
            path: shown.to_string(),
            cut,
        };
        let raw = if let Some(lang) = self.options.lang {
            fields::RawArticle {
                lang: Some(lang),
                ..raw
            }
        } else {
            raw
        };
        self.finish(raw)
    }

    fn finish(&mut self, raw: fields::RawArticle) -> Result<Document, InputError> {
        let mut text = clean_text(&raw.text);
        if text.trim().is_empty() {
            return Err(InputError::Empty { path: raw.source });
        }
        let max = self.options.max_article_bytes;
        if max > 0 && (raw.cut || text.len() > max) {
            text.truncate(cut_point(&text, max));
            self.warnings.push(Warning(format!(
                "{}: article longer than {max} bytes: only its first {} bytes are read (raise --max-article-bytes)",
                raw.source,
                text.len()
            )));
        }
        let long = crate::text::sentences::overlong(&text);
        if long > 0 {
            self.warnings.push(Warning(format!(
                "{}: {long} sentence(s) longer than {} characters cut into pieces (raise --max-sentence-chars)",
                raw.source,
                crate::text::sentences::max_chars()
            )));
        }
        let lang = match raw.lang.or(self.options.lang) {
            Some(lang) => lang,
            None => detect_language(&text).map_err(|message| InputError::Language {
                path: raw.source.clone(),
                message,
            })?,
        };
        let key = match (&raw.id, &raw.url) {
            (Some(id), _) => format!("id:{id}"),
            (None, Some(url)) => url.clone(),
            (None, None) => raw.key.clone(),
        };
        let _ = raw.path;
        Ok(Document {
            id: document_id(&text),
            lang,
            title: raw.title,
            published: raw.published,
            url: raw.url,
            source: raw.source,
            key,
            text,
        })
    }
}

impl Iterator for Reader {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(e) = self.errors.pop_front() {
                return Some(Err(e));
            }
            if self.lines.is_some() {
                if let Some(item) = self.next_json_line() {
                    return Some(item);
                }
                continue;
            }
            let source = self.pending.pop_front()?;
            if let Some(item) = self.open(source) {
                return Some(item);
            }
        }
    }
}

/// The id of a document: a hash of its text, so the same article always gets the same id.
pub fn document_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("doc-{}", hex(&digest[..8]))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn key_for_path(path: &Path) -> String {
    fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

/// Reads at most `limit` bytes of a file; `true` when the file is longer.
fn read_capped(path: &Path, limit: usize) -> io::Result<(Vec<u8>, bool)> {
    let file = fs::File::open(path)?;
    let cap = u64::try_from(limit).unwrap_or(u64::MAX);
    let mut bytes = Vec::new();
    let mut reader = file.take(cap.saturating_add(1));
    reader.read_to_end(&mut bytes)?;
    let cut = bytes.len() > limit;
    bytes.truncate(limit);
    Ok((bytes, cut))
}

/// Where to cut a text to at most `max` bytes: the last line break in its second half, else the
/// last space there, else the last char boundary.
fn cut_point(text: &str, max: usize) -> usize {
    if text.len() <= max {
        return text.len();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    head.rfind('\n')
        .filter(|&i| i >= end / 2)
        .or_else(|| head.rfind(char::is_whitespace).filter(|&i| i >= end / 2))
        .unwrap_or(end)
}

/// Decodes UTF-8, refusing binary files and naming the line of the first invalid byte. When the
/// bytes were `cut` from a longer file, a character split by the cut is dropped.
fn decode(path: &str, bytes: &[u8], cut: bool) -> Result<String, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty { path: path.into() });
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(InputError::Binary { path: path.into() });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.trim_start_matches('\u{feff}').to_string()),
        Err(e) if cut && e.error_len().is_none() => decode(path, &bytes[..e.valid_up_to()], false),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err(InputError::NotUtf8 {
                path: path.into(),
                line,
            })
        }
    }
}

/// Line endings to `\n`, no BOM, no trailing whitespace at the end of the article.
/// This is the text every offset refers to.
fn clean_text(text: &str) -> String {
    let text = text.trim_start_matches('\u{feff}');
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    };
    text.trim_end().to_string()
}
