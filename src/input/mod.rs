//! Reading articles: `.txt` (optional front matter), `.jsonl`/`.ndjson` (one article per line),
//! `.json` (one article or an array), directories (recursive) and `-` for stdin.
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
}

/// A non-fatal problem: the article was read but something in it was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning(pub String);

/// Options shared by every input.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Force a language instead of detecting it.
    pub lang: Option<Lang>,
}

/// Reads every article under `inputs`, in a deterministic order (directories sorted by path).
pub fn read(inputs: &[PathBuf], options: &ReadOptions) -> Reader {
    let mut pending = VecDeque::new();
    let mut errors = VecDeque::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            pending.push_back(Source::Stdin);
        } else if input.is_dir() {
            let mut files: Vec<PathBuf> = Vec::new();
            for entry in walkdir::WalkDir::new(input).follow_links(true) {
                match entry {
                    Ok(e) if e.file_type().is_file() && is_article_file(e.path()) => {
                        files.push(e.into_path())
                    }
                    Ok(_) => {}
                    Err(e) => errors.push_back(InputError::Io {
                        path: e
                            .path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_else(|| input.display().to_string()),
                        source: io::Error::other(e.to_string()),
                    }),
                }
            }
            files.sort();
            pending.extend(files.into_iter().map(Source::File));
        } else if input.exists() {
            pending.push_back(Source::File(input.clone()));
        } else {
            errors.push_back(InputError::Missing {
                path: input.display().to_string(),
            });
        }
    }
    Reader {
        pending,
        errors,
        lines: None,
        options: options.clone(),
        warnings: Vec::new(),
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
            match lines.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.lines = None;
                    return None;
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
                Some(self.text_article("-", &bytes, "-".into()))
            }
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
                    Some("txt") | Some("md") => Some(match fs::read(&path) {
                        Ok(bytes) => {
                            let key = key_for_path(&path);
                            self.text_article(&shown, &bytes, key)
                        }
                        Err(source) => Err(InputError::Io {
                            path: shown,
                            source,
                        }),
                    }),
                    _ => Some(Err(InputError::Unsupported { path: shown })),
                }
            }
        }
    }

    fn json_file(&mut self, path: &Path, shown: String) -> Result<Document, InputError> {
        let bytes = fs::read(path).map_err(|source| InputError::Io {
            path: shown.clone(),
            source,
        })?;
        let text = decode(&shown, &bytes)?;
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
    ) -> Result<Document, InputError> {
        let text = decode(shown, bytes)?;
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
        let text = clean_text(&raw.text);
        if text.trim().is_empty() {
            return Err(InputError::Empty { path: raw.source });
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

/// Decodes UTF-8, refusing binary files and naming the line of the first invalid byte.
fn decode(path: &str, bytes: &[u8]) -> Result<String, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty { path: path.into() });
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(InputError::Binary { path: path.into() });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.trim_start_matches('\u{feff}').to_string()),
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
