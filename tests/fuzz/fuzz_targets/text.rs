//! Text analysis: tokens and sentences lie in the text, on char boundaries, in order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::text;

fuzz_target!(|t: &str| {
    let a = text::analyze(t);
    let mut last = 0;
    for tok in &a.tokens {
        assert!(tok.start < tok.end && tok.end <= t.len() && tok.start >= last);
        assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
        last = tok.end;
    }
    for s in &a.sentences {
        assert!(s.start < s.end && s.end <= t.len());
        assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
        assert!(s.tokens.start <= s.tokens.end && s.tokens.end <= a.tokens.len());
    }
    let _ = text::normalize::key(t);
});
