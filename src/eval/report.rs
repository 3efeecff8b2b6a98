//! Human-readable evaluation report.

use std::fmt::Write;

use super::{Counts, Report};

fn row(out: &mut String, name: &str, c: &Counts) {
    let _ = writeln!(
        out,
        "{name:<20} {:>5} {:>6} {:>7} {:>9.3} {:>7.3} {:>7.3}",
        c.gold,
        c.system,
        c.correct,
        c.precision(),
        c.recall(),
        c.f1()
    );
}

/// The report as a table; with `verbose`, every false positive and miss.
pub fn render(r: &Report, verbose: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "documents: {}", r.documents);
    let _ = writeln!(
        out,
        "{:<20} {:>5} {:>6} {:>7} {:>9} {:>7} {:>7}",
        "relation", "gold", "system", "correct", "precision", "recall", "f1"
    );
    for (name, c) in &r.by_relation {
        row(&mut out, name, c);
    }
    for (lang, c) in &r.by_lang {
        row(&mut out, &format!("overall ({lang})"), c);
    }
    row(&mut out, "overall", &r.overall);
    for (lang, e) in &r.entities_by_lang {
        let recall = if e.gold == 0 {
            0.0
        } else {
            e.found as f64 / e.gold as f64
        };
        let _ = writeln!(out, "entities ({lang}): recall {recall:.3} ({}/{} gold entities found), {} split into several nodes, {} also matched by its capital read as a place", e.found, e.gold, e.split, e.capital_beside_state);
    }
    if verbose {
        let _ = writeln!(out, "\nfalse positives ({}):", r.false_positives.len());
        for d in &r.false_positives {
            let _ = writeln!(
                out,
                "  [{}] {} -{}-> {}\n      {}",
                d.doc, d.subject, d.relation, d.object, d.evidence
            );
        }
        let _ = writeln!(out, "\nmisses ({}):", r.misses.len());
        for d in &r.misses {
            let _ = writeln!(
                out,
                "  [{}] {} -{}-> {}\n      {}",
                d.doc, d.subject, d.relation, d.object, d.evidence
            );
        }
        let _ = writeln!(out, "\nentities missed ({}):", r.entity_misses.len());
        for d in &r.entity_misses {
            let _ = writeln!(out, "  [{}] {}: {}", d.doc, d.id, d.aliases.join(" | "));
        }
        let _ = writeln!(out, "\nentities split ({}):", r.entity_splits.len());
        for d in &r.entity_splits {
            let _ = writeln!(out, "  [{}] {} -> {}", d.doc, d.id, d.nodes.join(" | "));
        }
        let _ = writeln!(
            out,
            "\nstates also matched by their capital read as a place ({}):",
            r.capitals_beside_states.len()
        );
        for d in &r.capitals_beside_states {
            let _ = writeln!(out, "  [{}] {} -> {}", d.doc, d.id, d.nodes.join(" | "));
        }
    }
    out
}
