//! Throughput of the scanner on realistic multilingual chat, against a naive
//! baseline that runs one `regex::Regex` per kind of the default catalogue
//! (47 rules for the 46 kinds: phones get an international and a national
//! rule; Unicode-aware defaults, as a typical user would write them, plus the same
//! kind of validators: Luhn, mod-97, ABA) over the same messages; and the
//! time to build the default scanner.
//!
//! Run: `cargo bench -p bowline-mask --bench scan -- --warm-up-time 1 --measurement-time 3`

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "benchmark code"
)]

use std::hint::black_box;

use bowline_mask::Scanner;
use criterion::{Criterion, Throughput};
use regex::Regex;

const CHAT: &str = include_str!("../testdata/bench/chat.txt");

/// Findings of the default scanner on the bench corpus; the benchmark checks
/// it before timing (update it when the corpus or the detector changes on
/// purpose).
const EXPECTED_FINDINGS: usize = 2_497;

fn messages() -> Vec<&'static str> {
    CHAT.lines().filter(|l| !l.is_empty()).collect()
}

fn luhn(d: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &c) in d.iter().rev().enumerate() {
        let mut v = u32::from(c - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

fn mod97(s: &[u8]) -> bool {
    if s.len() < 15 {
        return false;
    }
    let mut r = 0u32;
    for &c in s[4..].iter().chain(&s[..4]) {
        if c.is_ascii_digit() {
            r = (r * 10 + u32::from(c - b'0')) % 97;
        } else {
            r = (r * 100 + u32::from(c.to_ascii_uppercase() - b'A') + 10) % 97;
        }
    }
    r == 1
}

fn digits(s: &str) -> Vec<u8> {
    s.bytes().filter(u8::is_ascii_alphanumeric).collect()
}

/// A validator run on a regex match.
type Check = fn(&str) -> bool;

/// One regex per kind, each run separately: what people write first.
struct Naive {
    rules: Vec<(Regex, Check)>,
}

impl Naive {
    fn new() -> Self {
        let any: Check = |_| true;
        let card: Check = |m| {
            let d = digits(m);
            (13..=19).contains(&d.len()) && luhn(&d)
        };
        let iban: Check = |m| mod97(&digits(m));
        let card_short: Check = |m| luhn(&digits(m));
        let aba: Check = |m| {
            let d = digits(m);
            let w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
            d.len() == 9
                && d.iter()
                    .zip(w)
                    .map(|(&c, w)| u32::from(c - b'0') * w)
                    .sum::<u32>()
                    % 10
                    == 0
        };
        let rules = vec![
            (r"\b(?:\d[ -]?){12,18}\d\b", card),
            (
                r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b",
                iban,
            ),
            (r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b", any),
            (r"\+\d{1,3}[ -]?\(?\d{1,4}\)?(?:[ -]?\d{2,5}){1,4}", any),
            (r"\b\d{3}\.?\d{3}\.?\d{3}-?\d{2}\b", any),
            (r"\b\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}\b", any),
            (r"\b[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}\b", any),
            (r"\b[A-Z]{5}\d{4}[A-Z]\b", any),
            (r"\b[A-Z]{4}0[A-Z0-9]{6}\b", any),
            (r"\b[\w.-]{2,}@[a-zA-Z]{2,}\b", any),
            (r"\b\d{3}-\d{2}-\d{4}\b", any),
            (r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", any),
            (r"\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b", any),
            (r"(?i)\b(?:otp|code|código|kode)\D{0,20}\d{4,8}\b", any),
            (r"(?i)\b(?:cvv|cvc)\D{0,10}\d{3,4}\b", any),
            (
                r"(?i)\b(?:account|a/c|conta|cuenta|rekening)\D{0,20}\d{6,18}\b",
                any,
            ),
            (r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b", any),
            (r"\b(?:0[1-9]|1[0-2])/\d{2}\b", any),
            (r"\beyJ[\w-]+\.[\w-]+\.[\w-]*", any),
            (r"\b[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d\b", any),
            (r"\b\d{18}\b", any),
            (r"\b\d{2}-\d{8}-\d\b", any),
            // The kinds below complete the catalogue: one rule per default
            // kind, as a user without a single-pass engine would write them.
            (r"(?i)\b(?:pin|senha|clave|nip)\D{0,10}\d{4,6}\b", any),
            (r"%B\d{12,19}\^[^^]{2,26}\^\d{4,}|;\d{12,19}=\d{4,}", any),
            (r"\b[0-3]\d{8}\b", aba),
            (r"\b\d{2}-\d{2}-\d{2}\b", any),
            (
                r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b",
                any,
            ),
            (r"\b9\d{2}-?[7-9]\d-?\d{4}\b", any),
            (r"\b\d{3}[ -]?\d{3}[ -]?\d{3}\b", card_short),
            (r"\b[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}\b", any),
            (r"\b\d{1,2}\.?\d{3}\.?\d{3}-[\dkK]\b", any),
            (r"\b\d{8}-?[A-Z]\b", any),
            (r"\b[XYZ]-?\d{7}-?[A-Z]\b", any),
            (r"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b", any),
            (r"\b[STFGM]\d{7}[A-Z]\b", any),
            (r"\b\d{3} ?\d{3} ?\d{2,3}\b", any),
            (r"\b\d{13}\b", card_short),
            (r"\b784-?\d{4}-?\d{7}-?\d\b", any),
            (r"\b[1-9]\d{10}\b", any),
            (r"\b\d{16}\b", any),
            (r"\b\d{17}[\dXx]\b", any),
            (r"\b\d{11}\b", any),
            (r"\b\d{9}\b", any),
            (
                r"(?i)\b(?:password|passwd|pwd|senha|contraseña|clave)\W{0,3}\S+",
                any,
            ),
            (
                r"\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36}\b",
                any,
            ),
            (r"\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b", any),
            (r"\b\d{22}\b", any),
        ];
        Naive {
            rules: rules
                .into_iter()
                .map(|(p, f)| (Regex::new(p).unwrap(), f))
                .collect(),
        }
    }

    fn count(&self, text: &str) -> usize {
        let mut n = 0;
        for (re, ok) in &self.rules {
            n += re.find_iter(text).filter(|m| ok(m.as_str())).count();
        }
        n
    }
}

fn bench(c: &mut Criterion) {
    let msgs = messages();
    let bytes: usize = msgs.iter().map(|m| m.len()).sum();
    let scanner = Scanner::new().unwrap();
    let found: usize = msgs.iter().map(|m| scanner.find_iter(m).count()).sum();
    assert_eq!(found, EXPECTED_FINDINGS, "bench corpus or detector changed");
    let naive = Naive::new();
    let naive_found: usize = msgs.iter().map(|m| naive.count(m)).sum();
    assert!(naive_found > 0);

    let mut g = c.benchmark_group("scan");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("bowline/default", |b| {
        b.iter(|| {
            let mut n = 0;
            for m in &msgs {
                n += scanner.find_iter(black_box(m)).count();
            }
            n
        });
    });
    g.bench_function("naive/regex-per-kind", |b| {
        b.iter(|| {
            let mut n = 0;
            for m in &msgs {
                n += naive.count(black_box(m));
            }
            n
        });
    });
    g.finish();

    let mut g = c.benchmark_group("scan-messages");
    g.throughput(Throughput::Elements(msgs.len() as u64));
    g.bench_function("bowline/default", |b| {
        b.iter(|| {
            let mut n = 0;
            for m in &msgs {
                n += scanner.find_iter(black_box(m)).count();
            }
            n
        });
    });
    g.finish();

    c.bench_function("build/default", |b| b.iter(|| Scanner::new().unwrap()));
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
}
