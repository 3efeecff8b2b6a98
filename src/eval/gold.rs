//! Annotated articles in the gold format (`../shared/seed/GOLD-FORMAT.md`).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::EvalError;
use crate::model::{Document, Lang};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldRelation {
    pub subject: Vec<String>,
    pub relation: String,
    pub object: Vec<String>,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    pub lang: Lang,
    #[serde(default)]
    pub source_url: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    pub text: String,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
    #[serde(skip)]
    pub path: PathBuf,
}

impl GoldDoc {
    /// The document the extractor sees: the text exactly as annotated.
    pub fn document(&self) -> Document {
        Document {
            id: crate::input::document_id(&self.text),
            lang: self.lang,
            title: None,
            published: self.published.clone(),
            url: self.source_url.clone(),
            source: self.path.display().to_string(),
            key: format!("gold:{}", self.id),
            text: self.text.clone(),
        }
    }
}

/// Gold files from files or directories (every `*.json` below, sorted).
pub fn load(paths: &[PathBuf]) -> Result<Vec<GoldDoc>, EvalError> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            for e in walkdir::WalkDir::new(p).sort_by_file_name() {
                let e = e.map_err(|e| EvalError::Io {
                    path: p.display().to_string(),
                    message: e.to_string(),
                })?;
                if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "json") {
                    files.push(e.into_path());
                }
            }
        } else {
            files.push(p.clone());
        }
    }
    files.iter().map(|f| load_one(f)).collect()
}

fn load_one(path: &Path) -> Result<GoldDoc, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|e| EvalError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    let mut doc: GoldDoc = serde_json::from_str(&text).map_err(|e| EvalError::Format {
        path: path.display().to_string(),
        line: e.line(),
        message: e.to_string(),
    })?;
    doc.path = path.to_path_buf();
    Ok(doc)
}
