//! Input parsing: any bytes, read as a .txt, .json or .jsonl file (the first byte picks which),
//! give documents or errors, never a panic; documents respect the article limit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::input::{read_bytes, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = ["a.txt", "a.json", "a.jsonl"][usize::from(pick % 3)];
    let options = ReadOptions {
        max_article_bytes: 4096,
        ..ReadOptions::default()
    };
    let mut reader = read_bytes(name, bytes.to_vec(), &options);
    for doc in reader.by_ref().flatten() {
        assert!(doc.text.len() <= 4096);
        assert!(!doc.text.contains('\r'));
    }
    let _ = reader.take_warnings();
});
