//! The end-of-run summary printed on stderr.

use std::fmt::Write as _;

use crate::pipeline::{Outcome, human_bytes, mb_per_s};

/// The summary text: lines, bytes, time, throughput, findings per kind, errors.
pub(crate) fn summary(command: &str, outcome: &Outcome, threads: usize) -> String {
    let stats = &outcome.stats;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "bowline {command}: {}, {} in {:.2} s ({:.1} MB/s, {})",
        plural(stats.lines, "line"),
        human_bytes(stats.bytes),
        outcome.elapsed.as_secs_f64(),
        mb_per_s(stats.bytes, outcome.elapsed),
        plural(u64::try_from(threads).unwrap_or(u64::MAX), "thread"),
    );
    let total = stats.findings();
    if total == 0 {
        out.push_str("  no findings\n");
    } else {
        let _ = writeln!(
            out,
            "  {} in {}:",
            plural(total, "finding"),
            plural(stats.lines_with_findings, "line")
        );
        let mut kinds: Vec<(&String, &u64)> = stats.by_kind.iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        let width = kinds.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (kind, n) in kinds {
            let _ = writeln!(out, "    {kind:<width$}  {n}");
        }
    }
    if stats.line_errors > 0 {
        let _ = writeln!(
            out,
            "  {} could not be processed (marked with \"error\" in the output)",
            plural(stats.line_errors, "line")
        );
    }
    if outcome.unreadable > 0 {
        let _ = writeln!(
            out,
            "  {} could not be read",
            plural(outcome.unreadable, "input")
        );
    }
    if outcome.output_closed {
        out.push_str("  stopped: the output was closed\n");
    }
    if outcome.stopped {
        out.push_str("  stopped at the first error\n");
    }
    out
}

/// `1 line`, `2 lines`.
fn plural(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn the_summary_lists_kinds_by_count_then_name() {
        let mut outcome = Outcome {
            elapsed: Duration::from_secs(2),
            ..Outcome::default()
        };
        outcome.stats.lines = 10;
        outcome.stats.bytes = 4_000_000;
        outcome.stats.lines_with_findings = 3;
        for kind in ["email", "phone", "card_number", "phone"] {
            outcome.stats.count_kind(kind);
        }
        outcome.stats.line_errors = 1;
        let text = summary("scan", &outcome, 2);
        assert_eq!(
            text,
            "bowline scan: 10 lines, 4.0 MB in 2.00 s (2.0 MB/s, 2 threads)\n  4 findings in 3 lines:\n    phone        2\n    card_number  1\n    email        1\n  1 line could not be processed (marked with \"error\" in the output)\n"
        );
        let empty = summary("mask", &Outcome::default(), 1);
        assert!(empty.contains("1 thread)\n  no findings\n"), "{empty}");
    }
}
