//! The compiled scanner: configuration compiled once, and the single pass
//! over the text.
//!
//! # How a scan works
//!
//! 1. One left-to-right pass over the bytes (`builtin_pass`). Bytes that
//!    cannot start an identifier are skipped one at a time; an ASCII letter
//!    or digit (or a digit of another script) starts a *token*. Tokens that
//!    hold digits (or short all-caps letter groups, which occur inside
//!    IBANs, NINOs and alphanumeric CNPJs) are joined with their neighbours
//!    across short separator runs into a *chain* of groups. Every contiguous
//!    span of a chain (at most [`MAX_SPAN_GROUPS`] groups and
//!    [`MAX_SPAN_CHARS`] characters) is normalized (separators dropped,
//!    digits made ASCII, letters upper-cased) and classified by shape and
//!    length into *interpretations*, each with a validator and a gate.
//!    `@` starts an email / UPI check; known prefixes start API keys, JWTs,
//!    UUID PIX keys and track data.
//! 2. Only when an interpretation needs context (or could gain confidence)
//!    are the keywords in the window around the span searched
//!    (`Keywords::scan`), so text without candidates costs the pass alone.
//! 3. Optional passes: password triggers, dictionaries, custom recognizers.
//! 4. Allow-list and confidence filtering, then overlap resolution.

// A byte scanner reads best with short names (`b`, `i`, `c`) and one long
// table of shapes; these style lints are off here on purpose.
#![expect(
    clippy::many_single_char_names,
    clippy::similar_names,
    clippy::too_many_lines,
    reason = "byte-level scanner: short index names and one table of shapes read best"
)]

use std::collections::{BTreeSet, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};

use crate::checksum as cs;
use crate::finding::Finding;
use crate::kind::{Confidence, CustomKind, PiiKind};
use crate::scanner::builder::{
    BuildError, MAX_CONTEXT_WINDOW, MAX_CUSTOM_LEN, ScannerBuilder, ValidatorFn,
};
use crate::scanner::context::{
    Ctx, DANDA, Hit, KIND_BITS, Keywords, PARTIES, PASSWORD_TRIGGERS, Raw, T_ADDR, T_AMT, T_AUTH,
    T_BANK, T_CODE, T_CUR, T_GEN, T_LAST, T_NEG, T_PWT, T_TEST, T_UTIL, amount_at, case_variants,
    kbit, party, trigger_spellings,
};
use crate::scanner::messy::{month_and_year, pause_gap, stray_runs};
use crate::scanner::numwords::{
    DOTS, FILLER_PAIRS, is_filler, is_filler_pair, is_number_word, phrase, sound_alike,
    spoken_dates, spoken_emails, spoken_upis,
};
use crate::scanner::spelled::{Item, spelled, spelled_marks, spelled_runs, spoken_marks};
use crate::scanner::text::{
    SEP_DASH, SEP_DOT, SEP_NEWLINE, SEP_PAREN, SEP_SLASH, SEP_SPACE, alnum_char_after,
    alnum_char_before, at, back_chars, before, contains_ci, contains_whole_word_ci,
    contains_word_ci, digit_at, ends_with_ci, fwd_chars, is_alnum, leads_with, sep_at,
    starts_with_ci,
};

/// Most groups in one candidate span.
const MAX_SPAN_GROUPS: usize = 19;
/// Most characters (digits and letters) in one candidate span.
const MAX_SPAN_CHARS: usize = 40;
/// Chain buffer capacity (groups kept before processing).
const CHAIN_CAP: usize = 32;
/// Longest built-in finding, in bytes (a JWT is cut here).
const MAX_BUILTIN_LEN: usize = 1024;
/// Longest email local part / domain.
const MAX_LOCAL: usize = 64;
const MAX_DOMAIN: usize = 190;

use PiiKind as K;

/// A candidate finding before overlap resolution.
#[derive(Clone, Copy, Debug)]
struct Cand {
    start: usize,
    end: usize,
    kind: PiiKind,
    conf: Confidence,
    /// 1 for validated or strictly structured kinds, 0 for context-only.
    tier: u8,
    /// Neighbouring digit groups this candidate would be a fragment of
    /// (empty ranges when none): it is dropped unless another candidate
    /// explains each of them.
    frag: [(usize, usize); 2],
}

impl Cand {
    /// Total priority order: higher tier, longer, earlier, then kind order.
    fn beats(&self, o: &Cand) -> bool {
        let a = (
            self.tier,
            self.end - self.start,
            core::cmp::Reverse(self.start),
            core::cmp::Reverse(self.kind),
        );
        let b = (
            o.tier,
            o.end - o.start,
            core::cmp::Reverse(o.start),
            core::cmp::Reverse(o.kind),
        );
        a > b
    }
}

const NO_FRAG: [(usize, usize); 2] = [(0, 0); 2];

impl Cand {
    /// A context-only reading at medium confidence, standing alone.
    fn context(start: usize, end: usize, kind: PiiKind) -> Self {
        Self::said(start, end, kind, false)
    }

    /// A value read after its word: high confidence when `near` it,
    /// medium otherwise.
    fn said(start: usize, end: usize, kind: PiiKind, near: bool) -> Self {
        Cand {
            start,
            end,
            kind,
            conf: if near {
                Confidence::High
            } else {
                Confidence::Medium
            },
            tier: 0,
            frag: NO_FRAG,
        }
    }
}

/// Kinds a question may ask for that a number read as a phone (or as an
/// Aadhaar number) by a word in its window may be instead: the answer
/// gives what was asked for.
const ASKED_OVER_PHONE: [PiiKind; 5] = [
    PiiKind::BankAccount,
    PiiKind::PlPesel,
    PiiKind::TrTckn,
    PiiKind::NlBsn,
    PiiKind::AuTfn,
];

/// Where a phone number found at `start..end` begins: with its `+`, or
/// with the parenthesis of its area code ("(11) 98765-4321", "+(91) …"),
/// "(+91) …", not one around the whole number ("(11987654321)") or
/// closed only after a bracket of its own ("(+234 (0)803 406 9674)").
fn phone_start(b: &[u8], start: usize, end: usize) -> usize {
    let area = b.get(start..end).is_some_and(|s| {
        let close = s.iter().position(|&c| c == b')');
        close.is_some_and(|z| s.get(..z).is_some_and(|h| !h.contains(&b'(')))
    });
    let mut s = start;
    let (mut plus, mut paren) = (false, false);
    for _ in 0..2 {
        match before(b, s) {
            b'+' if !plus => (s, plus) = (s - 1, true),
            // (One parenthesis: "minha mãe ((085) 98422 6486)".)
            b'(' if area && !paren => (s, paren) = (s - 1, true),
            _ => break,
        }
    }
    s
}

/// How an interpretation is gated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gate {
    /// Stands alone at its base confidence; a keyword of its kind raises it to High.
    Alone,
    /// Stands alone unless negative context applies.
    Weak,
    /// Needs a keyword of its kind in the window.
    Ctx,
}

#[derive(Clone, Copy, Debug)]
struct Interp {
    kind: PiiKind,
    base: Confidence,
    gate: Gate,
}

/// A few interpretations of one span, in preference order, and the bits
/// of their kinds (asked far more often than the list is built).
#[derive(Clone, Copy)]
struct Interps {
    v: [Interp; 8],
    n: usize,
    kinds: u64,
}

impl Default for Interps {
    fn default() -> Self {
        Interps::new()
    }
}

impl Interps {
    fn new() -> Self {
        const UNUSED: Interp = Interp {
            kind: K::Email,
            base: Confidence::Low,
            gate: Gate::Ctx,
        };
        Interps {
            v: [UNUSED; 8],
            n: 0,
            kinds: 0,
        }
    }
    fn push(&mut self, kind: PiiKind, base: Confidence, gate: Gate) {
        if let Some(slot) = self.v.get_mut(self.n) {
            *slot = Interp { kind, base, gate };
            self.n += 1;
            self.kinds |= kbit(kind);
        }
    }
    fn iter(&self) -> impl Iterator<Item = Interp> + '_ {
        self.v.get(..self.n).unwrap_or(&[]).iter().copied()
    }
    /// The kind bits of these interpretations.
    fn kinds(&self) -> u64 {
        self.kinds
    }
    /// True if one of these interpretations is of `kind`.
    fn has(&self, kind: PiiKind) -> bool {
        self.kinds & kbit(kind) != 0
    }
    /// These interpretations without those of `kind`.
    fn without(&self, kind: PiiKind) -> Self {
        let mut out = Interps::new();
        for x in self.iter().filter(|x| x.kind != kind) {
            out.push(x.kind, x.base, x.gate);
        }
        out
    }
}

/// One group of a chain: a maximal run of ASCII letters/digits and digits
/// of other scripts.
#[derive(Clone, Copy, Debug, Default)]
struct Group {
    start: usize,
    end: usize,
    chars: usize,
    digits: usize,
    lower: bool,
    upper: bool,
    /// Separator classes between the previous group and this one.
    sep: u8,
    /// Number of separator characters before this group.
    seplen: u8,
}

impl Group {
    fn letters(&self) -> usize {
        self.chars - self.digits
    }
    /// May this group join a chain after a separator? Mixed-case tokens
    /// (hashes, tokens, passwords) never do.
    fn joinable(&self) -> bool {
        // Mixed case never joins; "hello5300...", a word glued to digits, is
        // read on its own.
        let mixed = self.lower && self.upper && self.chars > 1;
        let glued_word = self.lower && self.digits > 0 && self.letters() >= 2;
        !mixed
            && !glued_word
            && (self.digits > 0 || self.chars == 1 || (!self.lower && self.chars <= 4))
    }
}

/// Words typed glued after a number that belong to it: units, ordinals,
/// times of day, sums in thousands (lower case).
const GLUED_UNITS: &[&str] = &[
    "st", "nd", "rd", "th", "am", "pm", "hrs", "hr", "min", "mins", "sec", "secs", "ms", "kb",
    "mb", "gb", "tb", "kg", "gm", "gr", "km", "cm", "mm", "ml", "ltr", "rs", "inr", "usd", "eur",
    "aed", "sar", "idr", "brl", "mxn", "ars", "try", "tl", "rb", "rp", "jt", "lakh", "lac", "cr",
    "mah", "mp", "fps", "hz", "ghz", "mhz", "kw", "kwh", "px", "dpi", "yrs", "yr", "days", "day",
    "pcs", "pc",
];

/// Where the digits of the group `b[i..j]` end, when it is three digits or
/// more (of any script) and then two letters or more that are no unit (see
/// [`GLUED_UNITS`]) and no letter of the value (a word glued after it):
/// a word in one case, and no symbol glued around that makes the whole a
/// password ("1969Jabuti!", "Blue#1560zz").
fn word_glued_after(b: &[u8], i: usize, j: usize) -> Option<usize> {
    let symbol = |c: u8| b"#@!$%&*_=^~".contains(&c);
    if symbol(before(b, i)) || symbol(at(b, j)) {
        return None;
    }
    let mut k = i;
    let mut digits = 0;
    while let Some((_, l)) = digit_at(b, k).filter(|_| k < j) {
        k += l;
        digits += 1;
    }
    let word = b.get(k..j)?;
    (digits >= 3
        && word.len() >= 2
        && (word.iter().all(u8::is_ascii_lowercase) || word.iter().all(u8::is_ascii_uppercase))
        && !GLUED_UNITS
            .iter()
            .any(|u| word.eq_ignore_ascii_case(u.as_bytes())))
    .then_some(k)
}

/// A normalized candidate span.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    buf: [u8; MAX_SPAN_CHARS],
    n: usize,
    letters: usize,
    lower: bool,
    ngroups: usize,
    glen: [u8; MAX_SPAN_GROUPS],
    /// Union of the separator classes inside the span.
    seps: u8,
    /// All inner separators are one character of one class.
    uniform: bool,
    /// The separator class before the last group.
    last_sep: u8,
    /// The separator class before the second group.
    first_sep: u8,
}

impl Default for Span {
    fn default() -> Self {
        Span {
            start: 0,
            end: 0,
            buf: [0; MAX_SPAN_CHARS],
            n: 0,
            letters: 0,
            lower: false,
            ngroups: 0,
            glen: [0; MAX_SPAN_GROUPS],
            seps: 0,
            uniform: true,
            last_sep: 0,
            first_sep: 0,
        }
    }
}

impl Span {
    fn s(&self) -> &[u8] {
        self.buf.get(..self.n).unwrap_or(&[])
    }
    /// The number the normalized digits `r` spell (0 outside the span).
    fn num(&self, r: core::ops::Range<usize>) -> u32 {
        self.s().get(r).map_or(0, ascii_num)
    }
    fn glens(&self) -> &[u8] {
        self.glen.get(..self.ngroups).unwrap_or(&[])
    }
    fn shape(&self, want: &[u8]) -> bool {
        self.glens() == want
    }
    fn plain(&self) -> bool {
        self.ngroups == 1
    }
    /// Only the given separator classes (or none) occur inside.
    fn seps_in(&self, allowed: u8) -> bool {
        self.seps & !allowed == 0
    }
    fn digits_only(&self) -> bool {
        self.letters == 0
    }
    fn first(&self) -> u8 {
        self.buf.first().copied().unwrap_or(0)
    }
    fn byte(&self, i: usize) -> u8 {
        self.buf.get(i).copied().unwrap_or(0)
    }
}

/// Byte classes for the scanning loop.
const C_DIGIT: u8 = 1;
const C_LOWER: u8 = 2;
const C_UPPER: u8 = 4;

/// A 256-entry table holding `body` for every byte `c`, built at compile
/// time (stable const fns cannot take a closure).
macro_rules! byte_table {
    (|$c:ident| $body:expr) => {{
        let mut t = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            #[expect(clippy::cast_possible_truncation, reason = "i < 256")]
            let $c = i as u8;
            #[expect(clippy::indexing_slicing, reason = "i < 256 in a const table")]
            let slot = &mut t[i];
            *slot = $body;
            i += 1;
        }
        t
    }};
}

const CLASSES: [u8; 256] = byte_table!(|c| if c.is_ascii_digit() {
    C_DIGIT
} else if c.is_ascii_lowercase() {
    C_LOWER
} else if c.is_ascii_uppercase() {
    C_UPPER
} else {
    0
});

#[inline]
fn class(c: u8) -> u8 {
    CLASSES.get(usize::from(c)).copied().unwrap_or(0)
}

/// Characters (not bytes) in `b[i..j]`, a run of ASCII letters/digits and
/// digits of other scripts.
fn count_chars(b: &[u8], i: usize, j: usize) -> usize {
    b.get(i..j)
        .map_or(0, |s| s.iter().filter(|&&c| (c & 0xC0) != 0x80).count())
}

/// What a byte may start in the scanning loop.
const T_ALNUM: u8 = 1;
const T_AT: u8 = 2;
const T_MULTI: u8 = 3;

const TRIGGERS: [u8; 256] = byte_table!(|c| if c.is_ascii_digit() || c.is_ascii_uppercase() {
    T_ALNUM
} else if c == b'@' {
    T_AT
} else if c == 0xD9 || c == 0xDB || c == 0xE0 || c == 0xE1 || c == 0xEF {
    // Leads of the digits of other scripts (see `digit_at`).
    T_MULTI
} else {
    0
});

#[inline]
fn trigger(c: u8) -> u8 {
    TRIGGERS.get(usize::from(c)).copied().unwrap_or(0)
}

/// Most lines a form and its answers may span, and most fields or answers
/// read (see `Compiled::form_answer`).
const FORM_LINES: usize = 24;
const FORM_ITEMS: usize = 24;

/// Texts up to this many bytes get their keywords found in one pass, shared
/// by all candidates; longer texts are searched in windows.
const WHOLE_TEXT: usize = 4096;

/// Where the single pass puts its candidates, with the keyword occurrences
/// found so far (found lazily: text without candidates never pays for them).
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about the text, each read once and asked in hot paths"
)]
struct Sink {
    cands: Vec<Cand>,
    /// The largest end among `cands[..=k]`, for each `k`, counted from
    /// the start of `k`'s run (see [`Sink::near`]).
    ends: Vec<usize>,
    /// Where the runs of `cands` after the first start: a candidate ending
    /// more than [`REWIND`] bytes before the largest end of its run so far
    /// (a second sweep over a long chain, which pushes its values again
    /// from its start) opens a new one.
    runs: Vec<usize>,
    /// Occurrences found so far (an empty, overflowed list before any).
    raw: Raw,
    /// The text holds a line break (transcripts need one).
    lines: bool,
    /// The text may hold a transcript on one line: a question mark, a bar
    /// or a slash between spaces, or a full stop before the customer's
    /// label.
    turns: bool,
    /// The text holds an Arabic question mark "؟".
    arabic_q: bool,
    /// The text holds a full stop before a customer's label ("…
    /// batayein. Customer: …").
    dot_turn: bool,
    /// The same with a Devanagari full stop, once known.
    danda_turn: Option<bool>,
    /// The keywords around the last span asked about (its start and end):
    /// the gate and the readings after it ask for the same span's in turn.
    ctx: Option<(usize, usize, Ctx)>,
    /// Where chains held six digits or three pairs of them: a sort code
    /// may start there (see [`sort_code_pairs`]); the first eight, and
    /// whether there were more.
    sort_codes: ([usize; 8], usize, bool),
    /// The last full date of a long-past year found without a word of
    /// birth, not yet settled (see [`date_before_id`]).
    loose_date: Option<(usize, usize)>,
    /// Whether the text holds two digit names or number words, and how
    /// many marks of a value spelled out (up to two), once the spoken pass
    /// asked (see [`spoken_marks`]).
    spoken: Option<(bool, usize)>,
    /// Whether the text holds a word of reference ("refer…"), once asked
    /// (see [`reference_person`]).
    refers: Option<bool>,
    /// Whether a chain held four single digits set apart by one space
    /// each (see [`one_by_one`]).
    single_digits: bool,
}

/// How far before the largest end so far a candidate may end and still
/// belong to the same run of [`Sink::cands`].
const REWIND: usize = 512;

/// The candidates [`Sink::between`] returns, run by run, each in the
/// order found: the sink and the bounds `lo` and `hi` on their ends.
#[derive(Clone, Copy)]
struct Near<'a>(&'a Sink, usize, usize);

impl<'a> Near<'a> {
    fn iter(self) -> impl DoubleEndedIterator<Item = &'a Cand> + Clone + 'a {
        let Near(sink, lo, hi) = self;
        (0..=sink.runs.len()).flat_map(move |r| sink.run_between(r, lo, hi).iter())
    }
}

impl Sink {
    fn new(text: &str) -> Self {
        let b = text.as_bytes();
        let dot_turn =
            memchr::memchr_iter(b'.', b).any(|p| at(b, p + 1) == b' ' && party_next(b, p + 2));
        Sink {
            cands: Vec::new(),
            ends: Vec::new(),
            runs: Vec::new(),
            raw: Raw::empty(),
            lines: memchr::memchr(b'\n', b).is_some(),
            turns: memchr::memchr2(b'?', b'|', b).is_some()
                || dot_turn
                || memchr::memchr_iter(b'/', b)
                    .any(|i| i > 0 && at(b, i - 1) == b' ' && at(b, i + 1) == b' '),
            arabic_q: memchr::memchr_iter(0x9F, b).any(|i| i > 0 && at(b, i - 1) == 0xD8),
            dot_turn,
            danda_turn: None,
            ctx: None,
            sort_codes: ([0; 8], 0, false),
            loose_date: None,
            single_digits: false,
            spoken: None,
            refers: None,
        }
    }

    /// True if the text holds "refer" in any casing, looked for on first
    /// need.
    fn refers(&mut self, b: &[u8]) -> bool {
        *self.refers.get_or_insert_with(|| {
            // (Its "f", rarer than its "r", found by memchr.)
            memchr::memchr2_iter(b'f', b'F', b).any(|p| {
                p >= 2
                    && b.get(p - 2..p + 3)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"refer"))
            })
        })
    }

    /// True if the text holds a Devanagari full stop before a customer's
    /// label ("… जन्मतिथि बताइए। ग्राहक: …"), looked for on first need.
    fn danda_turn(&mut self, b: &[u8]) -> bool {
        *self.danda_turn.get_or_insert_with(|| {
            // (Its last byte, 0xA4, is rarer than its first.)
            memchr::memchr_iter(0xA4, b).any(|p| {
                p >= 2 && danda_at(b, p - 2) && at(b, p + 1) == b' ' && party_next(b, p + 2)
            })
        })
    }

    fn push(&mut self, c: Cand) {
        self.cands.push(c);
        self.note_end(c.end);
    }

    /// Records the end of the candidate just added (the `ends.len()`-th),
    /// opening a new run when it ends more than [`REWIND`] bytes before
    /// the largest end of the current one.
    fn note_end(&mut self, end: usize) {
        let run = self.runs.last().copied().unwrap_or(0);
        let top = self.ends.get(run..).and_then(|r| r.last()).copied();
        let end = match top {
            Some(t) if end + REWIND < t => {
                self.runs.push(self.ends.len());
                end
            }
            Some(t) => t.max(end),
            None => end,
        };
        self.ends.push(end);
    }

    /// The candidates found so far that may end after `lo`, in the order
    /// found: in each run, the list from the first one after which some
    /// candidate of the run ends past `lo` (every one before it ends at or
    /// before `lo`). Looking back from a value costs what lies near it,
    /// not the whole text's, even when a long chain is swept twice.
    fn near(&self, lo: usize) -> Near<'_> {
        self.between(lo, usize::MAX)
    }

    /// [`Self::near`], and of those only ones that may end at or before
    /// `hi` (more when unsure). In one run every candidate ends at most
    /// [`REWIND`] bytes before the largest end of those before it, so
    /// past the first index where that largest end passes `hi + REWIND`
    /// every candidate ends after `hi`.
    fn between(&self, lo: usize, hi: usize) -> Near<'_> {
        Near(self, lo, hi)
    }

    /// The candidates of run `r` that [`Self::between`] keeps.
    fn run_between(&self, r: usize, lo: usize, hi: usize) -> &[Cand] {
        if self.ends.len() != self.cands.len() {
            return if r == 0 { &self.cands } else { &[] };
        }
        let start = if r == 0 {
            0
        } else {
            self.runs.get(r - 1).copied().unwrap_or(self.ends.len())
        };
        let end = self.runs.get(r).copied().unwrap_or(self.ends.len());
        let Some(run) = self.ends.get(start..end) else {
            return &[];
        };
        let k = run.partition_point(|&e| e <= lo);
        let e = if hi == usize::MAX {
            run.len()
        } else {
            let bound = hi.saturating_add(REWIND);
            (run.partition_point(|&e| e <= bound) + 1).min(run.len())
        };
        self.cands.get(start + k..start + e.max(k)).unwrap_or(&[])
    }

    /// The candidates found so far that end at most `reach` bytes before
    /// `start` (and not after it).
    fn ended_within(&self, start: usize, reach: usize) -> impl Iterator<Item = &Cand> {
        self.between(start.saturating_sub(reach + 1), start)
            .iter()
            .filter(move |c| c.end <= start && start - c.end <= reach)
    }

    /// Records `b[start..end]`, a full date read as no finding, after
    /// settling the one before it: whatever follows that one in a list
    /// lies before this one, so has been read already.
    fn loose_date(&mut self, b: &[u8], start: usize, end: usize) {
        if let Some(prev) = self.loose_date.replace((start, end)) {
            date_before_id(b, prev, &mut self.cands);
            while self.ends.len() < self.cands.len() {
                let end = self.cands.get(self.ends.len()).map_or(0, |c| c.end);
                self.note_end(end);
            }
        }
    }

    fn len(&self) -> usize {
        self.cands.len()
    }

    /// Keyword occurrences covering `text[ws..we]`.
    fn raw(&mut self, c: &Compiled, text: &str, ws: usize, we: usize) -> &Raw {
        if !self.raw.covers(ws, we) {
            if text.len() <= WHOLE_TEXT {
                c.kw.fill(&mut self.raw, text, 0, text.len());
            } else {
                // (A stretch ahead too: the next candidates' windows are
                // likely inside it, and filling one per candidate would cost
                // a window's length each.)
                let ahead = we.max(ws + WHOLE_TEXT).min(text.len());
                c.kw.fill(&mut self.raw, text, ws, ahead);
            }
        }
        &self.raw
    }
}

/// Texts up to this many bytes are folded (see [`Compiled::scan`]) on the
/// stack: scanning a short message without findings allocates nothing.
const FOLD_STACK: usize = 2048;

/// The caller's text behind a folded copy, the copy, and where each offset
/// of the copy falls in the text.
#[derive(Clone, Copy)]
struct Orig<'a> {
    text: &'a str,
    folded: &'a [u8],
    map: &'a [u32],
}

impl Orig<'_> {
    /// The offset in the caller's text of offset `i` of the copy: where the
    /// character there starts (after any marks dropped before it).
    fn text_at(self, i: usize) -> usize {
        self.map.get(i).map_or(self.text.len(), |&o| o as usize)
    }

    /// The offset in the caller's text where the copy's character ending
    /// at `e` ends (before any marks dropped after it).
    fn text_end(self, e: usize) -> usize {
        let Some(mut k) = e.checked_sub(1) else {
            return self.text_at(0);
        };
        while k > 0 && self.folded.get(k).is_some_and(|&c| c & 0xC0 == 0x80) {
            k -= 1;
        }
        let os = self.text_at(k);
        let width = match self.text.as_bytes().get(os) {
            Some(&c) if c < 0x80 => 1,
            Some(&c) if c < 0xE0 => 2,
            Some(&c) if c < 0xF0 => 3,
            Some(_) => 4,
            None => 0,
        };
        (os + width).min(self.text.len())
    }

    /// The offset of the copy at offset `o` of the caller's text (a
    /// character boundary there, so one of the copy's).
    fn folded_at(self, o: usize) -> usize {
        self.map.partition_point(|&x| (x as usize) < o)
    }
}

/// What the scan reads the character at `b[i]` as, and its length, when it
/// is one the scan folds: a digit of another script (see [`digit_at`]), a
/// space of another width (no-break, figure, thin and narrow no-break
/// spaces), a hyphen or dash that groups digits (U+2010 to U+2013) or a
/// middle dot ("4478·1951") or a full-width Latin letter ("ＯＴＰ") as its
/// ASCII form; an invisible format mark
/// (direction marks and embeddings that chat apps put around numbers in
/// right-to-left text, zero-width spaces and joiners, the word joiner, the
/// byte order mark, the soft hyphen) and the carriage return of a "\r\n"
/// line end as nothing (`None`).
fn fold_char(b: &[u8], i: usize) -> Option<(Option<u8>, usize)> {
    match at(b, i) {
        // A line ends with "\r\n" in some exports: read as "\n".
        b'\r' if at(b, i + 1) == b'\n' => Some((None, 1)),
        0xC2 => match at(b, i + 1) {
            0xA0 => Some((Some(b' '), 2)),
            0xB7 => Some((Some(b'.'), 2)),
            0xAD => Some((None, 2)),
            _ => None,
        },
        0xE2 if at(b, i + 1) == 0x80 => match at(b, i + 2) {
            0x87 | 0x89 | 0xAF => Some((Some(b' '), 3)),
            0x90..=0x93 => Some((Some(b'-'), 3)),
            0x8B..=0x8F | 0xAA..=0xAE => Some((None, 3)),
            _ => None,
        },
        0xE2 if at(b, i + 1) == 0x81 && matches!(at(b, i + 2), 0xA0 | 0xA6..=0xA9) => {
            Some((None, 3))
        }
        0xEF if at(b, i + 1) == 0xBB && at(b, i + 2) == 0xBF => Some((None, 3)),
        // Full-width Latin letters, as a Japanese keyboard types them
        // ("ＭＹ ＯＴＰ ＩＳ ７５２５５３").
        0xEF if at(b, i + 1) == 0xBC && matches!(at(b, i + 2), 0xA1..=0xBA) => {
            Some((Some(b'A' + (at(b, i + 2) - 0xA1)), 3))
        }
        0xEF if at(b, i + 1) == 0xBD && matches!(at(b, i + 2), 0x81..=0x9A) => {
            Some((Some(b'a' + (at(b, i + 2) - 0x81)), 3))
        }
        // A capital O or a small l typed for a zero or a one between two
        // digits ("4278 1796 5730 3O78", "56l9", "kode otp 4O6 509"), in
        // a word of no other letter (an Italian IBAN's "IT06O39…", a
        // codice fiscale's "…98l47l…" or an alphanumeric CNPJ's
        // "N0.6O2.HY8/…" keep theirs).
        // Or at the edge of a group of four whose neighbour is four digits
        // ("card no 430l 2383 6077 7670", "… 4495\u{a0}l551").
        b'O' | b'o' | b'l' if before(b, i).is_ascii_digit() || at(b, i + 1).is_ascii_digit() => {
            typo_digit(b, i).map(|d| (Some(d), 1))
        }
        c if c >= 0xC0 => digit_at(b, i).map(|(d, l)| (Some(b'0' + d), l)),
        _ => None,
    }
}

/// The digit a capital O or small l at `b[i]` stands for, if the word
/// holding it (the ASCII letters, digits and `.`, `-`, `/` around it, at
/// most 32 bytes either way) has no other letter than O and l.
fn typo_digit(b: &[u8], i: usize) -> Option<u8> {
    let part = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'/');
    let clean = |c: u8| !c.is_ascii_alphabetic() || matches!(c, b'O' | b'o' | b'l');
    let lo = i.saturating_sub(32);
    let left = b.get(lo..i)?.iter().rev().take_while(|&&c| part(c));
    let right = b.get(i + 1..)?.iter().take(32).take_while(|&&c| part(c));
    let (l, r) = (left.clone().count(), right.clone().count());
    // (A word running past the bound is no number typed by hand.)
    let bounded = (l < 32 || lo == 0) && r < 32;
    let between = before(b, i).is_ascii_digit() && at(b, i + 1).is_ascii_digit();
    let edge = || {
        // A group of three digits and the letter, then a space (or a
        // no-break one) and four digits on the other side.
        let (s, e) = (i - l, i + 1 + r);
        let four =
            |k: usize| (k..k + 4).all(|j| at(b, j).is_ascii_digit()) && !is_alnum(at(b, k + 4));
        let gap_after = match (at(b, e), at(b, e + 1)) {
            (b' ', _) => Some(e + 1),
            (0xC2, 0xA0) => Some(e + 2),
            _ => None,
        };
        let gap_before = match (before(b, s), before(b, s.saturating_sub(1))) {
            (b' ', _) => s.checked_sub(1),
            (0xA0, 0xC2) => s.checked_sub(2),
            _ => None,
        };
        // (Not in a run of groups mixing letters and digits: an IBAN's
        // "IT76 O020 0802 …", "244O E77W".)
        let mixed = |k: usize, step_back: bool| {
            let w: &[u8] = if step_back {
                let p = b.get(..k).unwrap_or(&[]);
                let n = p
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                p.get(p.len() - n..).unwrap_or(&[])
            } else {
                let p = b.get(k..).unwrap_or(&[]);
                let n = p.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                p.get(..n).unwrap_or(&[])
            };
            w.iter().any(u8::is_ascii_digit) && w.iter().any(u8::is_ascii_alphabetic)
        };
        e - s == 4
            && b.get(s..e)
                .is_some_and(|w| w.iter().filter(|c| c.is_ascii_digit()).count() == 3)
            && !gap_after.is_some_and(|k| mixed(k, false))
            && !gap_before.is_some_and(|k| mixed(k, true))
            && (gap_after.is_some_and(four)
                || gap_before.is_some_and(|g| g >= 4 && four(g - 4) && !is_alnum(before(b, g - 4))))
    };
    (bounded && left.copied().all(clean) && right.copied().all(clean) && (between || edge()))
        .then_some(if at(b, i) == b'l' { b'1' } else { b'0' })
}

/// True if `b` holds a character the scan folds (see [`fold_char`]), or
/// two spaces in a row (a run of two or three is read as one).
fn needs_fold(b: &[u8]) -> bool {
    // One pass, stopping at the bytes that may start one: a space (a
    // second may follow), a carriage return (a line feed may follow) and
    // the lead bytes of the characters folded (the spaces, dots, dashes
    // and marks; Arabic-Indic, Extended Arabic-Indic, the Indic, Thai and
    // Lao blocks, Khmer and Myanmar, full-width forms and the byte order
    // mark) or of an emoji.
    const STOP: [u8; 256] = byte_table!(|c| match c {
        b' ' => 1,
        b'\r' => 2,
        b'O' | b'o' | b'l' | 0xC2 | 0xD9 | 0xDB | 0xE0 | 0xE1 | 0xE2 | 0xEF | 0xF0 => 3,
        _ => 0,
    });
    let stop = |c: u8| STOP.get(usize::from(c)).copied().unwrap_or(0);
    let mut i = 0;
    while let Some(p) = b
        .get(i..)
        .and_then(|t| t.iter().position(|&c| stop(c) != 0))
    {
        let k = i + p;
        let folds = match stop(at(b, k)) {
            1 => at(b, k + 1) == b' ',
            2 => at(b, k + 1) == b'\n',
            _ => {
                fold_char(b, k).is_some()
                    || emoji_at(b, k)
                        && emoji_glued(before(b, k), before(b, k.saturating_sub(1)), at(b, k + 4))
            }
        };
        if folds {
            return true;
        }
        i = k + 1;
    }
    false
}

/// True if an emoji other than the phone ones ("📱", "📞", "📲", keywords
/// of their own) starts at `b[i]`: four bytes from U+1F000.
fn emoji_at(b: &[u8], i: usize) -> bool {
    at(b, i) == 0xF0
        && at(b, i + 1) == 0x9F
        && !(at(b, i + 2) == 0x93 && matches!(at(b, i + 3), 0x9E | 0xB1 | 0xB2))
}

/// True if an emoji between the characters read as `prev` (after
/// `prev2`) and `next` is glued to a value ("19156465-H🙏", "874370🙏",
/// "🙏4111…"): it then ends the value as a space would. One glued to a word
/// ("thanks🙏") stays.
fn emoji_glued(prev: u8, prev2: u8, next: u8) -> bool {
    prev.is_ascii_digit()
        || next.is_ascii_digit()
        || prev.is_ascii_uppercase() && matches!(prev2, b'0'..=b'9' | b'-' | b' ')
}

/// Writes `b` to `out` with every character [`fold_char`] names as what it
/// is read as, and in `map` the offset in `b` of each offset of the copy
/// (one past its end included); returns the copy's length. `out` and `map`
/// hold at least `b.len()` and `b.len() + 1` entries.
fn fold_text(b: &[u8], out: &mut [u8], map: &mut [u32]) -> usize {
    let (mut i, mut n) = (0, 0);
    // The end of a run of three or more marks (or four or more spaces),
    // kept as typed: dropping only short runs keeps every character of the
    // copy within three of the text's, which the locality bound relies on.
    let mut kept_to = 0;
    while i < b.len() {
        // Two or three spaces in a row are read as one ("sort  code",
        // "account  number" typed with a double space); longer runs, as
        // tables and logs align columns, are kept.
        // (Spaces of any width: a run of them reads as its ASCII run.)
        let space = |k: usize| match fold_char(b, k) {
            Some((Some(b' '), l)) => Some(l),
            None if at(b, k) == b' ' => Some(1),
            _ => None,
        };
        if i >= kept_to && matches!(at(b, i), b' ' | 0xC2 | 0xE2) {
            if let Some(l0) = space(i) {
                let (mut e, mut run) = (i + l0, 1);
                while let Some(l) = space(e) {
                    e += l;
                    run += 1;
                }
                if (2..=3).contains(&run) {
                    if let (Some(o), Some(m)) = (out.get_mut(n), map.get_mut(n)) {
                        *o = b' ';
                        *m = u32::try_from(i).unwrap_or(u32::MAX);
                    }
                    n += 1;
                    i = e;
                    continue;
                }
                if run > 3 {
                    kept_to = e;
                }
            }
        }
        // An emoji glued to a value, judged by the characters it is read
        // between (digits of any script, marks dropped): a space.
        if emoji_at(b, i) {
            let prev = n
                .checked_sub(1)
                .and_then(|k| out.get(k))
                .copied()
                .unwrap_or(b' ');
            let prev2 = n
                .checked_sub(2)
                .and_then(|k| out.get(k))
                .copied()
                .unwrap_or(b' ');
            let mut k = i + 4;
            while let Some((None, l)) = fold_char(b, k) {
                k += l;
            }
            let next = match fold_char(b, k) {
                Some((Some(c), _)) => c,
                _ => at(b, k),
            };
            if emoji_glued(prev, prev2, next) {
                if let (Some(o), Some(m)) = (out.get_mut(n), map.get_mut(n)) {
                    *o = b' ';
                    *m = u32::try_from(i).unwrap_or(u32::MAX);
                }
                n += 1;
                i += 4;
                continue;
            }
        }
        let (c, l) = fold_char(b, i).unwrap_or((Some(at(b, i)), 1));
        if c.is_none() && i >= kept_to {
            let mut e = i + l;
            let mut run = 1;
            while let Some((None, ml)) = fold_char(b, e) {
                e += ml;
                run += 1;
            }
            if run > 2 {
                kept_to = e;
            }
        }
        if c.is_none() && i < kept_to {
            // (Copied byte by byte.)
            for k in i..i + l {
                if let (Some(o), Some(m)) = (out.get_mut(n), map.get_mut(n)) {
                    *o = at(b, k);
                    *m = u32::try_from(k).unwrap_or(u32::MAX);
                }
                n += 1;
            }
            i += l;
            continue;
        }
        if let Some(c) = c {
            if let (Some(o), Some(m)) = (out.get_mut(n), map.get_mut(n)) {
                *o = c;
                *m = u32::try_from(i).unwrap_or(u32::MAX);
            }
            n += 1;
        }
        i += l;
    }
    if let Some(m) = map.get_mut(n) {
        *m = u32::try_from(b.len()).unwrap_or(u32::MAX);
    }
    n
}

/// A compiled dictionary / deny-list automaton.
#[derive(Debug)]
struct Dict {
    ac: AhoCorasick,
    kinds: Vec<PiiKind>,
    max_len: usize,
}

/// One compiled custom recognizer.
struct Custom {
    kind: PiiKind,
    validator: Option<ValidatorFn>,
    context: Option<AhoCorasick>,
    context_required: bool,
    confidence: Confidence,
    max_len: usize,
}

impl core::fmt::Debug for Custom {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Custom")
            .field("kind", &self.kind)
            .field("validator", &self.validator.is_some())
            .field("context_required", &self.context_required)
            .field("confidence", &self.confidence)
            .field("max_len", &self.max_len)
            .finish_non_exhaustive()
    }
}

/// Everything a scan needs, compiled once.
#[derive(Debug)]
pub(crate) struct Compiled {
    /// Finders of " dot ", " ponto ", " punto " and " titik ": an e-mail
    /// address read out holds one (see `numwords::spoken_emails`).
    dots: Vec<memchr::memmem::Finder<'static>>,
    pub(crate) custom_names: Vec<String>,
    pub(crate) enabled_list: Vec<PiiKind>,
    pub(crate) reach: usize,
    pub(crate) max_finding_len: usize,
    enabled: u64,
    min_conf: Confidence,
    window: usize,
    kw: Keywords,
    pw: Option<AhoCorasick>,
    /// Verbs of changing a secret to a new value: [`CHANGED_TO`] in three
    /// casings, [`CHANGED_TO_MORE`] in two (each fits the vectorised
    /// prefilter's 64 patterns).
    changed: Option<[AhoCorasick; 2]>,
    allow: HashSet<Vec<u8>>,
    allow_re: Option<Regex>,
    dict: Option<Dict>,
    custom_re: Option<Regex>,
    customs: Vec<Custom>,
}

/// Normalizes a value for allow-list comparison: ASCII letters and digits
/// (any script's digits as ASCII), upper-cased; other characters kept
/// unless they are separators.
fn normalize_into(s: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < s.len() {
        if let Some((d, l)) = digit_at(s, i) {
            out.push(b'0' + d);
            i += l;
        } else if let Some((_, l)) = sep_at(s, i) {
            i += l;
        } else {
            out.push(at(s, i).to_ascii_uppercase());
            i += 1;
        }
    }
}

/// A leftmost-longest automaton over `pats`, folding ASCII case if
/// `fold_case`, of the `kind` given (the crate's choice if none: a DFA for
/// a few short phrases, which the every-text search of change verbs needs).
/// An automaton that folds case cannot use aho-corasick's vectorised
/// prefilter.
fn phrase_automaton<P: AsRef<[u8]>>(
    name: &str,
    pats: &[P],
    kind: Option<AhoCorasickKind>,
    fold_case: bool,
) -> Result<AhoCorasick, BuildError> {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(fold_case)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(kind)
        .build(pats)
        .map_err(|e| BuildError::TooLarge {
            name: name.to_owned(),
            source: Box::new(e),
        })
}

/// A case-sensitive automaton of `phrases` as written, with the first
/// letter upper case and, if `caps`, all upper case (pattern `i` is phrase
/// `i / 3`, or `i / 2` without `caps`).
fn casings(name: &str, phrases: &[&str], caps: bool) -> Result<AhoCorasick, BuildError> {
    let pats: Vec<String> = phrases
        .iter()
        .flat_map(|p| {
            let mut first = (*p).to_string();
            if let Some(c) = first.get_mut(..1) {
                c.make_ascii_uppercase();
            }
            let upper = caps.then(|| p.to_ascii_uppercase());
            [(*p).to_string(), first].into_iter().chain(upper)
        })
        .collect();
    phrase_automaton(name, &pats, None, false)
}

fn build_regex(name: &str, patterns: &[&str]) -> Result<Regex, BuildError> {
    Regex::builder()
        .configure(Regex::config().nfa_size_limit(Some(10 * (1 << 20))))
        .build_many(patterns)
        .map_err(|e| {
            let pattern = e
                .pattern()
                .and_then(|p| patterns.get(p.as_usize()))
                .map_or_else(|| patterns.join(" | "), |p| (*p).to_owned());
            BuildError::InvalidPattern {
                name: name.to_owned(),
                pattern,
                source: Box::new(e),
            }
        })
}

impl Compiled {
    pub(crate) fn new(b: &ScannerBuilder) -> Result<Self, BuildError> {
        if b.context_window > MAX_CONTEXT_WINDOW {
            return Err(BuildError::OutOfRange {
                setting: "context_window",
                value: b.context_window,
                max: MAX_CONTEXT_WINDOW,
            });
        }
        let enabled_list = b.enabled_builtins();
        let enabled = enabled_list.iter().fold(0u64, |m, &k| m | kbit(k));
        let kw = Keywords::new(kbit).map_err(|e| BuildError::TooLarge {
            name: "context keywords".to_owned(),
            source: Box::new(e),
        })?;
        let pw = if enabled & kbit(K::Password) != 0 {
            let pats: Vec<String> = PASSWORD_TRIGGERS
                .iter()
                .flat_map(|p| trigger_spellings(p))
                .collect();
            Some(phrase_automaton(
                "password keywords",
                &pats,
                Some(AhoCorasickKind::ContiguousNFA),
                true,
            )?)
        } else {
            None
        };
        // Case-sensitive, each verb in the ways people case it: these
        // automata search every text, so they need the vectorised
        // prefilter.
        let changed = if enabled & kbit(K::Password) != 0 {
            Some([
                casings("password change verbs", CHANGED_TO, true)?,
                casings("password change verbs", CHANGED_TO_MORE, false)?,
            ])
        } else {
            None
        };

        // Custom kind names: dictionaries first, then recognizers.
        let mut custom_names: Vec<String> = Vec::new();
        let all_names = b
            .dictionaries
            .iter()
            .map(|(n, _)| n)
            .chain(b.recognizers.iter().map(|r| &r.name));
        for name in all_names {
            if name.trim().is_empty() || name.parse::<PiiKind>().is_ok() || name == "custom" {
                return Err(BuildError::InvalidName { name: name.clone() });
            }
            if custom_names.contains(name) {
                return Err(BuildError::DuplicateName { name: name.clone() });
            }
            custom_names.push(name.clone());
        }
        if custom_names.len() > usize::from(u16::MAX) {
            return Err(BuildError::TooManyCustomKinds {
                count: custom_names.len(),
            });
        }
        let custom_kind =
            |i: usize| PiiKind::Custom(CustomKind(u16::try_from(i).unwrap_or(u16::MAX)));

        // Dictionaries and deny-lists share one automaton.
        let mut terms: Vec<String> = Vec::new();
        let mut term_kinds: Vec<PiiKind> = Vec::new();
        let mut add_term = |name: &str, term: &str, kind: PiiKind| -> Result<(), BuildError> {
            let t = term.trim();
            if t.is_empty() || t.len() > MAX_CUSTOM_LEN {
                return Err(BuildError::InvalidTerm {
                    name: name.to_owned(),
                    term: term.chars().take(64).collect(),
                });
            }
            for v in case_variants(t) {
                terms.push(v);
                term_kinds.push(kind);
            }
            Ok(())
        };
        for (i, (name, list)) in b.dictionaries.iter().enumerate() {
            for t in list {
                add_term(name, t, custom_kind(i))?;
            }
        }
        for (kind, t) in &b.deny {
            if let PiiKind::Custom(c) = kind {
                if usize::from(c.0) >= custom_names.len() {
                    return Err(BuildError::UnknownKind {
                        kind: kind.to_string(),
                    });
                }
            }
            add_term(kind.as_str(), t, *kind)?;
        }
        let dict = if terms.is_empty() {
            None
        } else {
            let max_len = terms.iter().map(String::len).max().unwrap_or(0);
            let ac = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&terms)
                .map_err(|e| BuildError::TooLarge {
                    name: "dictionary".to_owned(),
                    source: Box::new(e),
                })?;
            Some(Dict {
                ac,
                kinds: term_kinds,
                max_len,
            })
        };

        // Custom recognizers: one multi-pattern regex.
        let mut customs = Vec::new();
        let mut pats: Vec<&str> = Vec::new();
        let ndict = b.dictionaries.len();
        for (j, r) in b.recognizers.iter().enumerate() {
            if r.max_len == 0 || r.max_len > MAX_CUSTOM_LEN {
                return Err(BuildError::OutOfRange {
                    setting: "max_len",
                    value: r.max_len,
                    max: MAX_CUSTOM_LEN,
                });
            }
            let one = build_regex(&r.name, &[r.pattern.as_str()])?;
            if one.is_match("") {
                return Err(BuildError::EmptyMatch {
                    name: r.name.clone(),
                    pattern: r.pattern.clone(),
                });
            }
            let context = if r.context.is_empty() {
                None
            } else {
                let words: Vec<String> = r.context.iter().flat_map(|w| case_variants(w)).collect();
                Some(
                    AhoCorasickBuilder::new()
                        .ascii_case_insensitive(true)
                        .build(&words)
                        .map_err(|e| BuildError::TooLarge {
                            name: r.name.clone(),
                            source: Box::new(e),
                        })?,
                )
            };
            pats.push(r.pattern.as_str());
            customs.push(Custom {
                kind: custom_kind(ndict + j),
                validator: r.validator.clone(),
                context,
                context_required: r.context_required,
                confidence: r.confidence,
                max_len: r.max_len,
            });
        }
        let custom_re = if pats.is_empty() {
            None
        } else {
            Some(build_regex("custom recognizers", &pats)?)
        };

        let mut allow = HashSet::new();
        for v in &b.allow_values {
            let mut n = Vec::new();
            normalize_into(v.as_bytes(), &mut n);
            allow.insert(n);
        }
        let allow_re = if b.allow_patterns.is_empty() {
            None
        } else {
            let anchored: Vec<String> = b
                .allow_patterns
                .iter()
                .map(|p| format!("(?:{p})$"))
                .collect();
            let refs: Vec<&str> = anchored.iter().map(String::as_str).collect();
            // Report the caller's pattern, not our anchored wrapper.
            for p in &b.allow_patterns {
                build_regex("allow_pattern", &[p.as_str()])?;
            }
            Some(build_regex("allow_pattern", &refs)?)
        };

        let mut max_finding_len = MAX_BUILTIN_LEN;
        if let Some(d) = &dict {
            max_finding_len = max_finding_len.max(d.max_len);
        }
        for c in &customs {
            max_finding_len = max_finding_len.max(c.max_len);
        }
        // Context window in bytes (4 per char), plus the neighbouring group
        // and overlapping candidates.
        let reach = 4 * b.context_window + 2 * max_finding_len + 64;

        Ok(Compiled {
            dots: DOTS
                .iter()
                .map(|d| memchr::memmem::Finder::new(format!(" {d} ").as_bytes()).into_owned())
                .collect(),
            custom_names,
            enabled_list,
            reach,
            max_finding_len,
            enabled,
            min_conf: b.min_confidence,
            window: b.context_window,
            kw,
            pw,
            changed,
            allow,
            allow_re,
            dict,
            custom_re,
            customs,
        })
    }

    fn on(&self, k: PiiKind) -> bool {
        self.enabled & kbit(k) != 0
    }

    /// Scans `text`, appending sorted, non-overlapping findings to `out`.
    ///
    /// Text is read as typed, whatever the keyboard: a text holding digits
    /// of another script, spaces of another width, Unicode dashes, short
    /// runs of spaces or invisible marks, `\r\n` line ends or an emoji
    /// glued to a value (see [`fold_char`] and [`fold_text`]) is scanned as
    /// a folded copy (on the stack for texts up to [`FOLD_STACK`] bytes) and
    /// the findings mapped back to the caller's offsets, so every rule
    /// about numbers, dates, times, amounts, keywords and stamps holds
    /// whatever was typed. Dictionaries, deny-lists, custom recognizers and
    /// allow patterns still see the caller's text.
    pub(crate) fn scan(&self, text: &str, out: &mut Vec<Finding>) {
        // (Offsets of the map are 32-bit: a text of four gigabytes or more
        // is read as typed.)
        if !needs_fold(text.as_bytes()) || u32::try_from(text.len()).is_err() {
            self.scan_text(text, None, out);
            return;
        }
        // (Most messages are short: a small copy is cheaper to clear.)
        if text.len() <= 256 {
            self.fold_on_stack::<256, 257>(text, out);
        } else if text.len() <= FOLD_STACK {
            self.fold_on_stack::<FOLD_STACK, { FOLD_STACK + 1 }>(text, out);
        } else {
            let mut buf = vec![0u8; text.len()];
            let mut map = vec![0u32; text.len() + 1];
            let n = fold_text(text.as_bytes(), &mut buf, &mut map);
            if let (Some(f), Some(m)) = (buf.get(..n), map.get(..=n)) {
                self.scan_folded(text, f, m, out);
            }
        }
    }

    /// [`Self::scan_folded`] of `text`, of at most `N` bytes, folded on the
    /// stack (`M` is `N + 1`).
    fn fold_on_stack<const N: usize, const M: usize>(&self, text: &str, out: &mut Vec<Finding>) {
        let mut buf = [0u8; N];
        let mut map = [0u32; M];
        let n = fold_text(text.as_bytes(), &mut buf, &mut map);
        if let (Some(f), Some(m)) = (buf.get(..n), map.get(..=n)) {
            self.scan_folded(text, f, m, out);
        }
    }

    /// Scans the folded copy `folded` of `text` (`map` gives the offset in
    /// `text` of each offset of `folded`, one past its end included) and
    /// appends the findings at `text`'s offsets.
    fn scan_folded(&self, text: &str, folded: &[u8], map: &[u32], out: &mut Vec<Finding>) {
        // (Folding swaps whole characters for ASCII ones: still UTF-8.)
        let Ok(folded) = core::str::from_utf8(folded) else {
            self.scan_text(text, None, out);
            return;
        };
        let from = out.len();
        let orig = Orig {
            text,
            folded: folded.as_bytes(),
            map,
        };
        self.scan_text(folded, Some(orig), out);
        for f in out.get_mut(from..).into_iter().flatten() {
            let (s, mut e) = (orig.text_at(f.start()), orig.text_end(f.end()));
            // (A finding is never longer than the bound callers rely on.)
            while e - s > self.max_finding_len && e > s {
                e -= 1;
                while !text.is_char_boundary(e) {
                    e -= 1;
                }
            }
            *f = Finding::new(f.kind(), s, e, f.confidence());
        }
    }

    /// Scans `text` (a folded copy of `orig.text` when `orig` is given).
    fn scan_text(&self, text: &str, orig: Option<Orig<'_>>, out: &mut Vec<Finding>) {
        let mut sink = Sink::new(text);
        self.builtin_pass(text, &mut sink);
        self.spoken_pass(text, &mut sink);
        self.stray_pass(text, &mut sink);
        self.spelled_pass(text, &mut sink);
        if self.on(K::DateOfBirth) || self.on(K::CardExpiry) {
            self.spoken_dates(text, &mut sink);
        }
        // UPI ids read out ("upi id is pooja dot nair at ybl").
        let b = text.as_bytes();
        if self.on(K::UpiId) && upi_word(b) {
            let handle = |w: &[u8]| UPI_HANDLES.iter().any(|h| w.eq_ignore_ascii_case(h));
            // (Over a number read in it as a phone: "60085 77196 at axl".)
            spoken_upis(b, handle, |s, e| {
                sink.push(Cand {
                    tier: 1,
                    ..Cand::context(s, e, K::UpiId)
                });
            });
        }
        if self.on(K::Email) && self.dots.iter().any(|f| f.find(text.as_bytes()).is_some()) {
            spoken_emails(text.as_bytes(), |s, e| {
                sink.push(Cand::context(s, e, K::Email));
            });
        }
        // The keyword list, when the pass needed it for the whole text,
        // also tells whether any password trigger is there.
        let no_trigger =
            sink.raw.covers(0, text.len()) && !self.kw.any_topic(&sink.raw, 0, text.len(), T_PWT);
        // (A short text whose keywords were never needed holds no number
        // an authorization word could name.)
        let maybe_auth = self.on(K::Otp)
            && if sink.raw.covers(0, text.len()) {
                self.kw.any_topic(&sink.raw, 0, text.len(), T_AUTH)
            } else {
                text.len() > WHOLE_TEXT
            };
        self.mistaken_expiry(text, &mut sink);
        let (sort_codes, nsort, more) = sink.sort_codes;
        let single_digits = sink.single_digits;
        let mut cands = sink.cands;
        if let Some(d) = sink.loose_date {
            date_before_id(text.as_bytes(), d, &mut cands);
        }
        if nsort > 0 && self.on(K::UkSortCode) && self.on(K::BankAccount) {
            // (Past eight, every start of digits is tried: what is found
            // must not depend on how many came before.)
            let starts = (!more).then(|| sort_codes.get(..nsort).unwrap_or(&[]));
            sort_code_pairs(text.as_bytes(), starts, &mut cands, 4 * self.window);
        }
        let pw_from = if self.pw.is_some() && !no_trigger {
            self.password_pass(text, &mut cands)
        } else {
            None
        };
        if memchr::memchr(b'/', text.as_bytes()).is_some() {
            self.credential_pairs(text, &mut cands);
        }
        self.changed_password(text, &mut cands);
        // (Asked of every text, whatever password word lies far off: what
        // it finds depends on the words around each symbol only.)
        self.said_password(text, &mut cands);
        if let Some(from) = pw_from {
            quoted_answer_password(text.as_bytes(), &mut cands);
            self.shaped_before(text, &mut cands);
            self.shaped_passwords(text, from, &mut cands);
            named_after(text.as_bytes(), &mut cands);
        }
        if cands.iter().any(|c| c.kind == K::Password) {
            listed_passwords(text.as_bytes(), &mut cands);
        }
        if self.on(K::Otp) {
            listed_codes(text.as_bytes(), &mut cands);
            if single_digits {
                one_by_one(text.as_bytes(), &mut cands);
            }
        }
        if maybe_auth {
            authorization_codes(text.as_bytes(), &mut cands);
        }
        // Dictionaries and custom patterns match what the caller typed.
        if self.dict.is_some() || self.custom_re.is_some() {
            let (src, from) = (orig.map_or(text, |o| o.text), cands.len());
            if self.dict.is_some() {
                self.dict_pass(src, &mut cands);
            }
            if self.custom_re.is_some() {
                self.custom_pass(src, &mut cands);
            }
            if let Some(o) = orig {
                for c in cands.get_mut(from..).into_iter().flatten() {
                    c.start = o.folded_at(c.start);
                    c.end = o.folded_at(c.end);
                }
            }
        }
        if cands.is_empty() {
            return;
        }
        if self.on(K::BankAccount) {
            sort_code_accounts(text.as_bytes(), &mut cands);
            routing_accounts(text.as_bytes(), &mut cands, 4 * self.window);
        }
        if self.on(K::DateOfBirth) {
            encoded_birth_dates(text.as_bytes(), &mut cands, 4 * self.window);
        }
        drop_fragments(&mut cands);
        drop_recent_birth_dates(text, &mut cands, 4 * self.window);
        cands.retain(|c| {
            c.conf >= self.min_conf
                && !match orig {
                    Some(o) => self.allowed(
                        o.text,
                        &Cand {
                            start: o.text_at(c.start),
                            end: o.text_end(c.end),
                            ..*c
                        },
                    ),
                    None => self.allowed(text, c),
                }
                && !(matches!(c.kind, K::CardPin | K::Otp | K::CardSecurityCode)
                    && (number_to_call(text.as_bytes(), c.end)
                        || reported_to(text.as_bytes(), c.start)))
                // (A link's path is no password: "the link in the sms was
                // bit.ly/3xQ7791".)
                && (c.kind != K::Password || url_path(text.as_bytes(), c.start).is_none())
                // (A round sum is no account: "account …, IFSC …, 10000
                // anuppanum".)
                && (c.kind != K::BankAccount
                    || !text.as_bytes().get(c.start..c.end).is_some_and(round_sum))
        });
        self.repeats(text, &mut cands);
        resolve(&mut cands);
        drop_short_typos(text.as_bytes(), &mut cands, 4 * self.window);
        out.extend(
            cands
                .iter()
                .map(|c| Finding::new(c.kind, c.start, c.end, c.conf)),
        );
    }

    /// A password its owner says they changed to, right after the verb
    /// ("troquei pra Monterrey$0455", "ya la cambié a shop2123#", "geändert
    /// auf `fiets_781`", "zmieniłem na ZcEFheDoqOK!"): a word of six or
    /// more printable characters shaped like a password, with letters and
    /// a digit, a symbol or mixed case; not an amount, a time or a word.
    fn changed_password(&self, text: &str, cands: &mut Vec<Cand>) {
        let Some([ac, more]) = &self.changed else {
            return;
        };
        let b = text.as_bytes();
        let found = ac
            .find_iter(text)
            .map(|m| (m, CHANGED_TO.get(m.pattern().as_usize() / 3)))
            .chain(
                more.find_iter(text)
                    .map(|m| (m, CHANGED_TO_MORE.get(m.pattern().as_usize() / 2))),
            );
        for (m, phrase) in found {
            // (A phrase of a script without spaces may follow a Latin word:
            // "App密碼換成…".)
            if m.start() > 0 && is_alnum(at(b, m.start() - 1)) && at(b, m.start()) < 0x80 {
                continue;
            }
            let mut vs = m.end();
            // (Some phrases are checked around: see [`CHANGED_TO`].)
            match phrase {
                Some(&("it to " | "it as ")) => {
                    let head = b.get(..m.start()).unwrap_or(&[]);
                    let verb = |v: &&[u8]| {
                        ends_with_ci(head, v)
                            && (head.len() == v.len()
                                || !is_alnum(at(head, head.len() - v.len() - 1)))
                    };
                    if !IT_TO_VERBS.iter().any(verb) {
                        continue;
                    }
                }
                // ("Payout account changed to acct#421544913" is no
                // password: only one a password word names before, or
                // alone.)
                Some(&("changed to " | "reset to ")) => {
                    let head = b
                        .get(m.start().saturating_sub(48)..m.start())
                        .unwrap_or(&[]);
                    let named = PASSWORD_WORDS.iter().any(|w| contains_ci(head, w));
                    if !(named
                        || b.get(..m.start())
                            .is_some_and(|h| h.trim_ascii().is_empty()))
                    {
                        continue;
                    }
                }
                Some(&"jadi " | &"jd ") => {
                    let head = b.get(..m.start()).unwrap_or(&[]);
                    if !ends_with_word(head, JADI_VERBS) {
                        continue;
                    }
                }
                Some(&"la cambi") => {
                    let tail = b.get(vs..).unwrap_or(&[]);
                    match LA_CAMBIE.iter().find(|w| tail.starts_with(w.as_bytes())) {
                        Some(w) => vs += w.len(),
                        None => continue,
                    }
                }
                _ => {}
            }
            let mut we = without_closing(b, vs, password_word_end(b, vs));
            // (After a phrase of a script without spaces, the value ends
            // where that script resumes: "密碼換成Bangkok@159，但是…".)
            if before(b, vs) >= 0x80 {
                if let Some(k) = b
                    .get(vs..we)
                    .and_then(|v| v.iter().position(|&c| c >= 0x80))
                {
                    we = vs + k;
                }
            }
            let Some(v) = b.get(vs..we) else { continue };
            let letter = v.iter().any(u8::is_ascii_alphabetic);
            let other = v.iter().any(|c| !c.is_ascii_alphabetic());
            let mixed =
                v.iter().any(u8::is_ascii_lowercase) && v.iter().any(u8::is_ascii_uppercase);
            // ("10:30pm", "5000rs": a time or an amount; "Rs.5000" too.)
            let head = v.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            let amount = head <= 3
                && v.get(head..)
                    .is_some_and(|r| r.iter().all(|c| c.is_ascii_digit() || b".,$".contains(c)));
            // (A digit first only in a word only a password looks like:
            // "la cambié a 1986sunshine!".)
            if v.len() >= 6
                && (!v.first().is_some_and(u8::is_ascii_digit) || strong_password(v))
                && !amount
                && letter
                && (other || mixed)
                && looks_like_password(v)
                && !masked_remnant(v)
                && url_path(b, vs).is_none()
                && !is_alnum(at(b, we))
            {
                cands.push(Cand::said(vs, we, K::Password, true));
            }
        }
    }

    /// Values read out digit by digit in words, as voice notes are
    /// transcribed ("the code is six six eight one zero two", "kodenya
    /// tujuh dua 4 lima 0 1", "mi número es siete tres nueve …", "aadhaar
    /// hai do ek paanch …"): a run of at least two digit names (see
    /// [`spoken_run`]) starting within 32 bytes after a word naming the
    /// value. The word's kinds are tried in turn: a kind with check digits
    /// only if the spoken digits pass them; a one-time code, PIN or
    /// security code by its length; a phone (nine to thirteen digits) after
    /// a phone, PIX or number word; an account (six to eighteen) after an
    /// account word.
    fn spoken_pass(&self, text: &str, sink: &mut Sink) {
        let b = text.as_bytes();
        let want = [
            K::Otp,
            K::CardPin,
            K::CardSecurityCode,
            K::Phone,
            K::BrPixKey,
            K::BankAccount,
            K::CardNumber,
            K::InAadhaar,
            K::BrCpf,
            K::BrCnpj,
            K::ArCuit,
            K::UsItin,
            K::CaSin,
            K::TrTckn,
            K::MxClabe,
            K::ArCbu,
            K::UsSsn,
            K::UsRoutingNumber,
            K::UkSortCode,
            K::IdNik,
            K::AeEmiratesId,
            K::CardExpiry,
            K::DateOfBirth,
        ]
        .iter()
        .fold(T_GEN, |m, &k| m | kbit(k));
        // Short texts have their keyword list for the whole text; long ones
        // find keywords around each run. Every run holds two digit names.
        // A run is read by a word of its kinds near it (a card passing its
        // checks by any keyword or value found near it), as a correction of
        // a value found before it or as one said again (a value found
        // before, or a run read before it): when the keywords are already
        // known (most texts with figures) and the text holds no word of the
        // kinds and no value found, no run can be read, and none is looked
        // for.
        let short = text.len() <= WHOLE_TEXT;
        let quiet = short
            && sink.cands.is_empty()
            && sink.raw.covers(0, text.len())
            && !self.kw.any_topic(
                &sink.raw,
                0,
                text.len(),
                want | kbit(K::CardExpiry) | kbit(K::CardSecurityCode),
            );
        if quiet {
            return;
        }
        let (spoken, marks) = spoken_marks(b);
        sink.spoken = Some((spoken, marks));
        if !spoken {
            return;
        }
        if short {
            sink.raw(self, text, 0, text.len());
        }
        // The last runs found: where each ends, its digits and its kind.
        let mut runs: [SaidRun; 4] = [(0, [0u8; 24], 0, None); 4];
        let mut nruns = 0;
        let mut i = 0;
        loop {
            let mut buf = [0u8; 24];
            let Ok((s, e, n)) = spoken_run(b, i, &mut buf) else {
                break;
            };
            i = e;
            // (Two of its words name digits, as the text's had to: a run
            // whose second is a sound-alike, "15 Sept to 24", is read in no
            // text, whatever lies far off.)
            if !b.get(s..e).is_some_and(two_spoken_names) {
                continue;
            }
            let d = buf.get(..n).unwrap_or(&[]);
            let ctx = self.ctx(text, sink, s, e);
            if ctx.negative(want, true) || reference_number(&ctx, want) {
                continue;
            }
            // The words before the run, nearest first ("البطاقة رقم …": the
            // card word behind a generic number word); then those right
            // after it ("… 2198 4089 thats the full card number").
            let fill = |slots: &mut [(usize, u64)], before: bool| {
                let side = ctx.hits().iter().filter(|h| {
                    h.before == before && !h.period && h.dist <= 32 && h.mask & want != 0
                });
                for (slot, h) in slots.iter_mut().zip(side) {
                    *slot = (h.dist, h.mask);
                }
                slots.sort_unstable_by_key(|&(dist, _)| dist);
            };
            let mut words = [(usize::MAX, 0); 8];
            let mut after = [(usize::MAX, 0); 4];
            fill(&mut words, true);
            fill(&mut after, false);
            // A word of a kind whose check digits the run passes first
            // ("aadhaar number hai aath teen …": not the nearer "number").
            let said = || filled(&words);
            let then = || filled(&after);
            // A whole card number passing its brand, length and Luhn checks
            // stands with a keyword of the kinds in its window or a value
            // found within reach (read out, "… validade 09/25"): what decides it lies
            // near it.
            let card = d.len() >= 15
                && self.on(K::CardNumber)
                && luhn_card(d)
                && (ctx.hits().iter().any(|h| h.mask & want != 0)
                    || sink
                        .near(s.saturating_sub(4 * self.window + 1))
                        .iter()
                        .any(|c| c.end + 4 * self.window >= s && c.start <= e + 4 * self.window));
            let kind = said()
                .find_map(|&(_, mask)| self.spoken_kind(mask, d, true))
                .or_else(|| said().find_map(|&(_, mask)| self.spoken_kind(mask, d, false)))
                .or_else(|| then().find_map(|&(_, mask)| self.spoken_kind(mask, d, true)))
                .or_else(|| card.then_some(K::CardNumber))
                // The answer to a question in the turn before ("Agent:
                // please confirm your mobile. Client: zero nine three nine
                // …").
                .or_else(|| {
                    self.asked_above(text, sink, s, e, want)
                        .and_then(|m| self.spoken_kind(m, d, false))
                })
                .or_else(|| spoken_correction(b, sink.near(s.saturating_sub(65)), s, d))
                .or_else(|| {
                    let reach = 4 * self.window;
                    said_again(
                        b,
                        sink.near(s.saturating_sub(reach + 1)),
                        &runs,
                        s,
                        d,
                        reach,
                    )
                });
            if let Some(kind) = kind {
                if let Some(slot) = runs.get_mut(nruns % 4) {
                    *slot = (e, buf, n, Some(kind));
                    nruns += 1;
                }
                // Digits that pass their kind's check digits outrank a
                // reading of some of them in figures ("5404 2141 2889 zero
                // sete oito cinco" is no phone).
                let tier = u8::from(CHECKED.iter().any(|&(k, _)| k == kind));
                sink.push(Cand {
                    tier,
                    ..Cand::context(s, e, kind)
                });
                // The same digits given again in figures after it ("social
                // is six zero nine, … i mean 609960762", "… isso, 48 97782
                // 7424"): the same kind.
                let to = (e + 4 * self.window).min(b.len());
                if let Some((fs, fe)) = figures_copy(b, e, to, d) {
                    sink.push(Cand {
                        tier,
                        ..Cand::context(fs, fe, kind)
                    });
                }
            }
        }
    }

    /// Birth dates said in words (see `numwords::spoken_dates`): a word of
    /// birth in the date's window; and a month and a year said after a
    /// word of a card's expiry ("expires february twenty twenty-six").
    /// (A short text is read only when its keywords are known and hold a
    /// word of birth or of expiry: a date said in words has a year in
    /// figures or two number words, either of which had its keywords
    /// looked up.)
    fn spoken_dates(&self, text: &str, sink: &mut Sink) {
        // (An expiry only when none was found typed near it: most texts
        // with a word of expiry have one.)
        // (And two words of a number somewhere, "twenty twenty-six", or a
        // year typed after a space: "expiry June 2030".)
        let short = text.len() <= WHOLE_TEXT;
        let known = short && sink.raw.covers(0, text.len());
        let has =
            |topic: PiiKind| known && self.kw.any_topic(&sink.raw, 0, text.len(), kbit(topic));
        let expiry = (!short || has(K::CardExpiry))
            && (sink.spoken.is_none_or(|(names, _)| names) || typed_year(text.as_bytes()));
        let reach = 4 * self.window;
        let typed_near = |cands: &[Cand], s: usize, e: usize| {
            cands
                .iter()
                .any(|c| c.kind == K::CardExpiry && c.end + reach >= s && c.start <= e + reach)
        };
        if short && !expiry && !has(K::DateOfBirth) {
            return;
        }
        spoken_dates(text.as_bytes(), |s, e, whole| {
            let kind = if whole { K::DateOfBirth } else { K::CardExpiry };
            // (A month and a year typed need a word of the expiry itself
            // right before: "expiry June 2030", not "statement for June
            // 2024" or "tagihan kartu kredit September 2025".)
            let typed = !whole
                && text
                    .as_bytes()
                    .get(s..e)
                    .is_some_and(|v| v.iter().any(u8::is_ascii_digit));
            if typed && {
                let ctx = self.ctx(text, sink, s, e);
                !ctx.hits().iter().any(|h| {
                    h.before
                        && h.dist <= 24
                        && h.mask & kbit(K::CardExpiry) != 0
                        && h.mask & kbit(K::CardNumber) == 0
                })
            } {
                return;
            }
            if self.on(kind)
                && (whole || expiry && !typed_near(&sink.cands, s, e))
                && self.window_has(text, sink, s, e, kbit(kind))
            {
                sink.push(Cand::context(s, e, kind));
            }
        });
    }

    /// Four digits given as a security code, PIN or one-time code that the
    /// writer then says are the expiry ("cvv is 1126 no wait that's the
    /// expiry", "el cvv es 1028 no, eso es el vencimiento", "رمز cvv هو 0728
    /// لا هذا تاريخ الانتهاء"): a month and a year, then within 48 bytes and
    /// before any other digit a word of denial and a word of the expiry.
    fn mistaken_expiry(&self, text: &str, sink: &mut Sink) {
        const DENIAL: &[&str] = &[
            "no", "not", "nahi", "nahin", "la2", "لا", "não", "nao", "bukan", "eh", "wait", "pera",
            "espera", "sorry", "oops", "galat", "غلط", "itu",
        ];
        if !self.on(K::CardExpiry) {
            return;
        }
        let b = text.as_bytes();
        for k in 0..sink.cands.len() {
            let Some(&c) = sink.cands.get(k) else { break };
            let v = b.get(c.start..c.end).unwrap_or(&[]);
            let mmyy = v.len() == 4
                && v.iter().all(u8::is_ascii_digit)
                && (1..=12).contains(&ascii_num(v.get(..2).unwrap_or(&[])));
            if !mmyy || !matches!(c.kind, K::CardSecurityCode | K::CardPin | K::Otp) {
                continue;
            }
            let mut hi = (c.end + 48).min(b.len());
            if let Some(p) = (c.end..hi).find(|&k| free_digit(b, k)) {
                hi = p;
            }
            while !text.is_char_boundary(hi) {
                hi -= 1;
            }
            let gap = text.get(c.end..hi).unwrap_or("");
            if !words_of(gap).any(|w| one_of(DENIAL, w)) {
                continue;
            }
            // (A word of the expiry alone: "card" names it too.)
            let raw = sink.raw(self, text, c.end, hi);
            let ctx = self.kw.ctx_from_raw(text, raw, c.end, hi, c.start, c.end);
            if ctx
                .hits()
                .iter()
                .any(|h| !h.before && h.mask & KIND_BITS == kbit(K::CardExpiry))
            {
                if let Some(x) = sink.cands.get_mut(k) {
                    x.kind = K::CardExpiry;
                }
            }
        }
    }

    /// Values typed with stray marks between their groups ("4861 , 0788
    /// 👉 5261.1496", "SA56.0572--1014.1561--8365.4610", "774-97..9922"; see
    /// `messy.rs`): a run of groups whose characters pass the check digits
    /// of a kind, with a word of the kind in its window or the same
    /// characters found as that kind elsewhere in the text (an agent reading
    /// the garbled value back whole).
    fn stray_pass(&self, text: &str, sink: &mut Sink) {
        let b = text.as_bytes();
        // (The values found so far, to tell one read back.)
        let before = sink.cands.len();
        // The candidates by start, made at the first run offered (most
        // texts offer none).
        let mut ix: Option<ByStart> = None;
        stray_runs(b, |s, e, d| {
            // (Not across a value found by its checks: "5085.8304.6151.1716
            // yaani 50858304 61511716" holds two cards, and no third
            // across the filler.)
            // (One inside the run may be a part read by chance: "4509
            // matlab, 5454 1881 7351" holds an Aadhaar's shape.)
            let ix = ix.get_or_insert_with(|| ByStart::new(&sink.cands));
            let crosses = |c: &Cand| c.tier == 1 && (c.start < s || c.end > e);
            if first_near(&sink.cands, Some(ix), s, e, crosses).is_some() {
                return;
            }
            let iban = d.first().is_some_and(u8::is_ascii_uppercase);
            let kinds = BY_LENGTH
                .iter()
                .filter(|&&(len, kind, valid)| !iban && d.len() == len && self.on(kind) && valid(d))
                .map(|&(_, kind, _)| kind)
                .chain((iban && self.on(K::Iban) && cs::iban(d)).then_some(K::Iban));
            for kind in kinds {
                let again =
                    sink.cands.get(..before).unwrap_or(&[]).iter().any(|c| {
                        c.kind == kind && (c.end <= s || c.start >= e) && same_chars(b, c, d)
                    });
                // (An IBAN by an account's word too: "numer konta to
                // PL07... 0245… ".)
                let words = if kind == K::Iban {
                    kbit(kind) | kbit(K::BankAccount)
                } else {
                    kbit(kind)
                };
                if again || self.window_has(text, sink, s, e, words) {
                    ix.insert(sink.cands.len(), s, e);
                    sink.push(Cand {
                        tier: 1,
                        ..Cand::context(s, e, kind)
                    });
                    return;
                }
            }
            if !iban && self.stray_account(text, sink, s, e, d.len()) {
                ix.insert(sink.cands.len(), s, e);
                sink.push(Cand::said(s, e, K::BankAccount, true));
            } else if let Some(kind) = (!iban)
                .then(|| self.paused_code(text, sink, s, e, d.len()))
                .flatten()
            {
                ix.insert(sink.cands.len(), s, e);
                sink.push(Cand {
                    tier: 1,
                    ..Cand::said(s, e, kind, true)
                });
            }
        });
    }

    /// The one-time code or PIN that the run of groups `[s, e)` (`digits`
    /// in all) reads out with pauses ("the code I got was 667... 127",
    /// "UPI PIN 132... 649 tha"): two or three groups of two digits or
    /// more, four to eight digits in all, set apart by nothing but an
    /// ellipsis (see `pause_gap`), with the kind's word right before and no
    /// negative word near.
    fn paused_code(
        &self,
        text: &str,
        sink: &mut Sink,
        s: usize,
        e: usize,
        digits: usize,
    ) -> Option<PiiKind> {
        let run = text.as_bytes().get(s..e)?;
        if !(4..=8).contains(&digits) {
            return None;
        }
        let mut groups = run.split(|c| !c.is_ascii_digit()).filter(|g| !g.is_empty());
        let n = groups.clone().count();
        if !(2..=3).contains(&n) || groups.any(|g| g.len() < 2) {
            return None;
        }
        let paused = run
            .split(u8::is_ascii_digit)
            .filter(|g| !g.is_empty())
            .all(pause_gap);
        let want = kbit(K::Otp) | kbit(K::CardPin);
        if !paused || !self.window_has(text, sink, s, e, want) {
            return None;
        }
        let ctx = self.ctx(text, sink, s, e);
        let h = ctx.nearest(want)?;
        if !(h.before && h.clean && !h.period && h.dist <= 24) || ctx.negative(want, true) {
            return None;
        }
        let kind = if h.mask & kbit(K::Otp) != 0 {
            K::Otp
        } else {
            K::CardPin
        };
        (self.on(kind) && (kind == K::Otp || digits <= 6)).then_some(kind)
    }

    /// True if the run of groups `[s, e)` with stray marks between them
    /// (`digits` in all) is a bank account, which has no check digits to
    /// tell it: its word right before it, nothing but its groups of three to
    /// eight digits after that word, and no digit going on after it ("rek
    /// 508 ✅ 3101 ✅ 3856 ✅ 8384", `acct: 167_527_8851`).
    fn stray_account(
        &self,
        text: &str,
        sink: &mut Sink,
        s: usize,
        e: usize,
        digits: usize,
    ) -> bool {
        let b = text.as_bytes();
        if !self.on(K::BankAccount) || !(9..=18).contains(&digits) {
            return false;
        }
        let run = text.get(s..e).unwrap_or("");
        let mut groups = run
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty());
        let groups_fit = groups.clone().all(|g| (3..=8).contains(&g.len()));
        // (Nor grouped in thousands, an amount: "125'000'000".)
        let thousands = groups.next().is_some_and(|g| g.len() <= 3) && groups.all(|g| g.len() == 3);
        // (Marks no one types between the groups of an amount, a date or a
        // reference: an underscore, an apostrophe, an emoji; not a slash, a
        // comma or an arrow, "2024/420401", "767,125,000", "094145 /
        // 78628181" (a sort code and its account), "07272729 → 500".)
        let mut marked = false;
        for c in run.chars() {
            match c {
                '0'..='9' | ' ' | '-' | '.' => {}
                '_' | '\'' | '’' => marked = true,
                c if u32::from(c) >= 0x2600 && !c.is_alphanumeric() => marked = true,
                _ => return false,
            }
        }
        // (The run is all of the value: what follows up to the next letter
        // or digit holds no digit.)
        let goes_on = b
            .get(e..(e + 12).min(b.len()))
            .unwrap_or(&[])
            .iter()
            .find(|c| c.is_ascii_alphanumeric())
            .is_some_and(u8::is_ascii_digit);
        if !marked
            || !groups_fit
            || thousands
            || goes_on
            || !self.window_has(text, sink, s, e, kbit(K::BankAccount))
        {
            return false;
        }
        let bit = kbit(K::BankAccount);
        let ctx = self.ctx(text, sink, s, e);
        ctx.nearest(bit)
            .is_some_and(|h| h.before && h.clean && !h.period && h.dist <= 16)
            && !ctx.negative(bit, true)
            && !ctx.currency(b)
    }

    /// Identifiers spelled out (see `spelled::spelled_runs`): in each run,
    /// from its first item on, the longest stretch that passes a kind's
    /// checks with a word of the kind in its window, one after another.
    /// (A short text is read only when its keywords are known and hold a
    /// word of one of these kinds.)
    fn spelled_pass(&self, text: &str, sink: &mut Sink) {
        const KINDS: [KindCheck; 11] = [
            (K::MxCurp, cs::mx_curp),
            (K::ItCodiceFiscale, cs::it_codice_fiscale),
            (K::MxRfc, cs::mx_rfc),
            (K::InIfsc, cs::in_ifsc),
            (K::InPan, cs::in_pan),
            (K::UkNino, cs::uk_nino),
            (K::EsDni, cs::es_dni),
            (K::EsNie, cs::es_nie),
            (K::SgNric, cs::sg_nric),
            (K::SwiftBic, cs::swift_bic),
            (K::Iban, cs::iban),
        ];
        // (An IBAN is named by a word of an account too: "رقم الحساب
        // echo golf 428 …".)
        let words = |k: PiiKind| {
            if k == K::Iban {
                kbit(k) | kbit(K::BankAccount)
            } else {
                kbit(k)
            }
        };
        let bits = KINDS
            .iter()
            .filter(|(k, _)| self.on(*k))
            .fold(0, |m, &(k, _)| m | words(k));
        if bits == 0 {
            return;
        }
        // (A value spelled out holds two words it is spelled with or
        // letters standing alone, and a run read holds them itself (see
        // `spelled::spoken_marks`): most texts have neither. The spoken
        // pass counted them, unless it skipped a short text whose keywords
        // were known: the keywords are asked first there. A short text gets
        // its keywords if no number needed them yet.)
        let short = text.len() <= WHOLE_TEXT;
        if short
            && sink.raw.covers(0, text.len())
            && !self.kw.any_topic(&sink.raw, 0, text.len(), bits)
        {
            return;
        }
        let marks = match sink.spoken {
            Some((_, marks)) => marks,
            None => spoken_marks(text.as_bytes()).1,
        };
        if marks < 2 {
            return;
        }
        if short
            && !self
                .kw
                .any_topic(sink.raw(self, text, 0, text.len()), 0, text.len(), bits)
        {
            return;
        }
        let mut value = [0u8; 40];
        spelled_runs(text.as_bytes(), |items| {
            let mut i = 0;
            while i < items.len() {
                let mut next = i + 1;
                for j in (i + 1..=items.len()).rev() {
                    let Some(part) = items.get(i..j) else {
                        continue;
                    };
                    if !spelled(part) || spelled_marks(text.as_bytes(), part) < 2 {
                        continue;
                    }
                    let mut n = 0;
                    for c in part.iter().flat_map(Item::chars) {
                        if let Some(slot) = value.get_mut(n) {
                            *slot = *c;
                        }
                        n += 1;
                    }
                    let Some(v) = value.get(..n) else { continue };
                    let (s, e) = (
                        part.first().map_or(0, |x| x.start),
                        part.last().map_or(0, |x| x.end),
                    );
                    let kind = KINDS.iter().find(|&&(k, valid)| {
                        self.on(k) && valid(v) && self.window_has(text, sink, s, e, words(k))
                    });
                    if let Some(&(kind, _)) = kind {
                        sink.push(Cand {
                            tier: 1,
                            ..Cand::context(s, e, kind)
                        });
                        next = j;
                        break;
                    }
                }
                i = next;
            }
        });
    }

    /// The kind a word of `mask` gives to the spoken digits `d` (see
    /// [`Self::spoken_pass`]).
    /// With `checked_only`, only the kinds with check digits.
    fn spoken_kind(&self, mask: u64, d: &[u8], checked_only: bool) -> Option<PiiKind> {
        let n = d.len();
        let phones = kbit(K::Phone) | kbit(K::BrPixKey) | T_GEN;
        let has = |k: PiiKind| mask & kbit(k) != 0 && self.on(k);
        let checked = CHECKED
            .iter()
            .find(|&&(k, check)| has(k) && check(d))
            .map(|&(k, _)| k);
        if checked_only {
            return checked;
        }
        // A birth date read out digit by digit after its word ("date of
        // birth is one nine one oh one nine nine two").
        let birth =
            (n == 8 && has(K::DateOfBirth) && eight_digit_date(d)).then_some(K::DateOfBirth);
        checked
            .or(birth)
            .or_else(|| {
                [
                    (K::Otp, 4..=8),
                    (K::CardPin, 4..=6),
                    (K::CardSecurityCode, 3..=4),
                    (K::UkSortCode, 6..=6),
                    (K::BankAccount, 6..=18),
                ]
                .into_iter()
                // Three spoken digits only after a word of the CVV itself
                // ("the code is one two three" counts).
                .find(|(k, len)| has(*k) && len.contains(&n) && (n > 3 || mask & T_CODE == 0))
                .map(|(k, _)| k)
            })
            .or_else(|| {
                (mask & phones != 0 && self.on(K::Phone) && (9..=13).contains(&n))
                    .then_some(K::Phone)
            })
            .or_else(|| {
                // An expiry read out after a word of the expiry itself, not
                // the card's ("expiry zero four two seven", "validade um
                // dois dois oito"): a month and a two-digit year.
                // (Or a month of one digit: "expiry five twenty nine", "one
                // thirty"; not after a word of the CVV too.)
                let month = d.get(..2).map_or(0, ascii_num);
                let short = n == 3
                    && d.first().is_some_and(|&c| c != b'0')
                    && (20..=49).contains(&d.get(1..3).map_or(0, ascii_num))
                    && !has(K::CardSecurityCode);
                ((n == 4 && (1..=12).contains(&month) || short)
                    && has(K::CardExpiry)
                    && mask & kbit(K::CardNumber) == 0)
                    .then_some(K::CardExpiry)
            })
    }

    /// A value said again near where it was found ("my account # is
    /// 23043911059" … "Agent: Got it, 23043911059"), or its digits grouped
    /// another way ("477538348360" … "4775 3834 8360"): the copy is the
    /// same kind at the same confidence. Only values of six or more bytes
    /// with four or more digits (six for regrouped copies), and no
    /// dates; looks at most `4 × window` bytes either side.
    fn repeats(&self, text: &str, cands: &mut Vec<Cand>) {
        let b = text.as_bytes();
        let r = 4 * self.window;
        // Many candidates (a long chat export): look others up by start
        // rather than one by one, or adding copies is quadratic.
        let mut ix = (cands.len() > 32).then(|| ByStart::new(cands));
        for k in 0..cands.len() {
            let Some(&c) = cands.get(k) else { break };
            let Some(v) = b.get(c.start..c.end) else {
                continue;
            };
            let lo = c.start.saturating_sub(r);
            let hi = (c.end + r).min(b.len());
            let Some(hay) = b.get(lo..hi) else { continue };
            // A birth date said again as its eight digits run together
            // ("fecha de nac. 27/11/1974, le repito: 27111974"): no chat
            // stamp is written so. (`push_copy` takes no copy glued to a
            // letter or a digit.)
            if c.kind == K::DateOfBirth
                && v.len() == 10
                && v.iter().all(u8::is_ascii)
                && v.iter().filter(|x| x.is_ascii_digit()).count() == 8
            {
                let mut d = [0u8; 8];
                for (slot, &x) in d.iter_mut().zip(v.iter().filter(|x| x.is_ascii_digit())) {
                    *slot = x;
                }
                for off in memchr::memmem::find_iter(hay, &d) {
                    push_copy(b, cands, ix.as_mut(), c, lo + off, lo + off + 8);
                }
            }
            // (Dates repeat as the stamps of a chat export.) Digits of any
            // script count ("الحساب ٥٢٧١١٧٨١٤٦٤٣٣ … في الايصال ٥٢٧١١٧٨١٤٦٤٣٣").
            // (A PIN or a one-time code of four or five digits too, typed
            // again as it was: "đổi mã PIN … thành 3547 … đúng là 3547
            // không"; not one that reads as a year.)
            let short_secret = matches!(c.kind, K::CardPin | K::Otp)
                && v.iter().all(u8::is_ascii_digit)
                && !year_digits(v);
            if v.len() < 6 && !short_secret
                || script_digits(v) < 4
                || matches!(c.kind, K::DateOfBirth | K::CardExpiry)
            {
                continue;
            }
            for off in memchr::memmem::find_iter(hay, v) {
                push_copy(b, cands, ix.as_mut(), c, lo + off, lo + off + v.len());
            }
            // The same digits grouped another way ("a/c 477538348360" …
            // "4775 3834 8360", no-break spaces too): six digits or more,
            // ASCII only.
            let digits = || v.iter().copied().filter(u8::is_ascii_digit);
            if digits().count() < 6
                || !v
                    .iter()
                    .all(|&x| x.is_ascii_digit() || b" -.\xC2\xA0".contains(&x))
            {
                continue;
            }
            let mut i = lo;
            while i < hi {
                if !at(b, i).is_ascii_digit() || is_alnum(before(b, i)) {
                    i += 1;
                    continue;
                }
                // A chain of digits with single separators between.
                let s = i;
                let mut e = i;
                while e < hi {
                    let step = match at(b, e) {
                        b'0'..=b'9' => 1,
                        b' ' | b'-' | b'.' if at(b, e + 1).is_ascii_digit() => 1,
                        0xC2 if at(b, e + 1) == 0xA0 && at(b, e + 2).is_ascii_digit() => 2,
                        _ => break,
                    };
                    e += step;
                }
                i = e.max(s + 1);
                let Some(w) = b.get(s..e) else { continue };
                if w != v && w.iter().copied().filter(u8::is_ascii_digit).eq(digits()) {
                    push_copy(b, cands, ix.as_mut(), c, s, e);
                    continue;
                }
                // Or some of its groups, next to another value's ("I've
                // used 83 84 73 3969 3114": a sort code, then an account).
                let mut ends = [0usize; 12];
                let mut ng = 0;
                for (k, &x) in w.iter().enumerate() {
                    if !x.is_ascii_digit() && at(w, k + 1).is_ascii_digit() {
                        if let Some(slot) = ends.get_mut(ng) {
                            *slot = s + k;
                            ng += 1;
                        }
                    }
                }
                if ng == 0 || ng >= ends.len() {
                    continue;
                }
                let cut = |g: usize| ends.get(g).copied().unwrap_or(e);
                for a in 0..=ng {
                    let gs = if a == 0 { s } else { cut(a - 1) + 1 };
                    for z in a..=ng {
                        let ge = cut(z);
                        if (gs, ge) == (s, e) {
                            continue;
                        }
                        let part = b.get(gs..ge).unwrap_or(&[]);
                        if part != v && part.iter().copied().filter(u8::is_ascii_digit).eq(digits())
                        {
                            push_copy(b, cands, ix.as_mut(), c, gs, ge);
                        }
                    }
                }
            }
        }
    }

    fn allowed(&self, text: &str, c: &Cand) -> bool {
        let Some(s) = text.get(c.start..c.end) else {
            return true;
        };
        if !self.allow.is_empty() {
            let mut n = Vec::with_capacity(s.len());
            normalize_into(s.as_bytes(), &mut n);
            if self.allow.contains(&n) {
                return true;
            }
        }
        if let Some(re) = &self.allow_re {
            if re.is_match(Input::new(s).anchored(Anchored::Yes)) {
                return true;
            }
        }
        false
    }

    /// False only if no keyword of a topic in `want` lies in the window
    /// around `[start, end)`: then [`Self::ctx`] would hold none either, and
    /// need not be built (a look at the shared list only).
    fn window_has(&self, text: &str, sink: &mut Sink, start: usize, end: usize, want: u64) -> bool {
        let b = text.as_bytes();
        let ws = back_chars(b, start, self.window);
        let we = fwd_chars(b, end, self.window);
        let raw = sink.raw(self, text, ws, we);
        self.kw.any_topic(raw, ws, we, want)
    }

    /// The keywords around `[start, end)`, using the sink's shared list.
    fn ctx(&self, text: &str, sink: &mut Sink, start: usize, end: usize) -> Ctx {
        if let Some((s, e, ctx)) = sink.ctx {
            if (s, e) == (start, end) {
                return ctx;
            }
        }
        let b = text.as_bytes();
        let ws = back_chars(b, start, self.window);
        let we = fwd_chars(b, end, self.window);
        let raw = sink.raw(self, text, ws, we);
        let ctx = self.kw.ctx_from_raw(text, raw, ws, we, start, end);
        sink.ctx = Some((start, end, ctx));
        ctx
    }

    // ------------------------------------------------------------------
    // The single pass
    // ------------------------------------------------------------------

    fn builtin_pass(&self, text: &str, cands: &mut Sink) {
        let b = text.as_bytes();
        let n = b.len();
        let mut i = 0;
        // Bytes before `floor` have been handled.
        let mut floor = 0;
        while i < n {
            // Skip what cannot start or belong to an identifier: lowercase
            // letters, spaces, punctuation, text of other scripts. A token
            // that holds a digit or a capital letter is picked up there and
            // read again from its start.
            let c = at(b, i);
            match trigger(c) {
                0 => {
                    // A tight loop to the next byte that may start something.
                    i = b
                        .get(i + 1..)
                        .and_then(|r| r.iter().position(|&c| trigger(c) != 0))
                        .map_or(n, |p| i + 1 + p);
                }
                T_AT => {
                    self.at_sign(text, i, cands);
                    i += 1;
                }
                // A token starts at an ASCII letter or digit, or at a digit
                // of another script, read from the ASCII letters and digits
                // glued before it ("ae٧٦ ٠٥٠٦ …" is an IBAN's head).
                t if t == T_ALNUM || digit_at(b, i).is_some() => {
                    let mut t = i;
                    while t > floor && is_alnum(before(b, t)) {
                        t -= 1;
                    }
                    // (Not into an e-mail address found right before: the
                    // value glued after it starts where it ends,
                    // "ahmed.k8847@gmail.com055 647 1772".)
                    if let Some(c) = cands.cands.last() {
                        if c.kind == K::Email && c.end > t && c.end <= i {
                            t = c.end;
                        }
                    }
                    i = self.token(text, t, floor, cands).max(i + 1);
                    floor = i;
                }
                _ => i += 1,
            }
        }
    }

    /// Reads the group starting at `i`.
    fn read_group(b: &[u8], i: usize) -> Group {
        let mut j = i;
        let mut flags = 0u8;
        let mut digits = 0usize;
        loop {
            // Fast path: a run of ASCII letters and digits.
            for &c in b.get(j..).unwrap_or(&[]) {
                let k = class(c);
                if k == 0 {
                    break;
                }
                flags |= k;
                digits += usize::from(k & C_DIGIT);
                j += 1;
            }
            // Digits of other scripts continue the group.
            match digit_at(b, j) {
                Some((_, l)) if at(b, j) >= 0xC0 => {
                    j += l;
                    digits += 1;
                    flags |= C_DIGIT;
                }
                _ => break,
            }
        }
        let mut g = Group {
            start: i,
            end: j,
            digits,
            lower: flags & C_LOWER != 0,
            upper: flags & C_UPPER != 0,
            ..Group::default()
        };
        g.chars = count_chars(b, i, j);
        g
    }

    /// [`Self::read_group`], ended before a word glued after its digits
    /// ("414for", "906828843IS", "٨٦٦٦٥٩٨٠١٥٤doğum": fast typing drops the
    /// space; see [`word_glued_after`]).
    fn read_digits_group(b: &[u8], i: usize) -> Group {
        let g = Self::read_group(b, i);
        if g.digits == 0 || !(g.lower || g.upper) {
            return g;
        }
        match word_glued_after(b, i, g.end) {
            Some(cut) => Group {
                end: cut,
                chars: g.digits,
                lower: false,
                upper: false,
                ..g
            },
            None => g,
        }
    }

    /// Handles the token starting at `i`; returns where scanning resumes.
    fn token(&self, text: &str, i: usize, floor: usize, cands: &mut Sink) -> usize {
        let b = text.as_bytes();
        // A value glued to the copula or preposition before it, as fast
        // typing leaves it ("THE OTP IS544238", "MI RUT ES25.461.599-4",
        // "el pin lo cambié a5359"): read from its first digit, with four
        // digits or more there.
        if let Some(k) = glued_copula(b, i) {
            return self.token(text, i + k, floor, cands);
        }
        // The key inside a PIX "copia e cola" code (an EMV BR Code): field
        // 01 after "br.gov.bcb.pix", its length in two digits, then the key
        // ("…0014br.gov.bcb.pix0136<uuid>5204…"); the fields glued around
        // it say where it ends.
        if let Some((s, e, kind)) = pix_emv_key(b, i) {
            if self.on(kind) {
                cands.push(Cand {
                    tier: 1,
                    ..Cand::said(s, e, kind, true)
                });
                return e;
            }
        }
        // The path of a link ("secure-bank-verify.co/9001", "bit.ly/3xQ7791"):
        // part of an address, never a value.
        if let Some(end) = url_path(b, i) {
            return end;
        }
        // A secret whose prefix ends in `_` or `-` ("sk_live_51H..."): find
        // where the whole token starts.
        if matches!(before(b, i), b'_' | b'-') {
            let mut t = i;
            while t > floor
                && i - t < 64
                && (is_alnum(before(b, t)) || matches!(before(b, t), b'_' | b'-'))
            {
                t -= 1;
            }
            if t < i {
                if let Some(end) = self.secret(text, t, cands) {
                    return end;
                }
            }
        }
        let g = Self::read_digits_group(b, i);
        // "tt 16 74 91 d": a short lowercase head of a NINO before digits.
        if g.digits > 0 && at(b, i).is_ascii_digit() && before(b, i) == b' ' && i >= floor + 3 {
            let h = i - 3;
            let head = b.get(h..i - 1).unwrap_or(&[]);
            if head.iter().all(u8::is_ascii_lowercase) && (h == 0 || !is_alnum(before(b, h))) {
                let hg = Self::read_group(b, h);
                self.chain(text, hg, cands);
            }
        }
        // A PAN typed in its three parts ("PAN diya tha ORCPA 7683 S"): the
        // capitals before the four digits were read as a word of their own.
        if g.digits == 4 && g.chars == 4 && before(b, i) == b' ' && i >= 6 && self.on(K::InPan) {
            if let Some(end) = spaced_pan(b, i) {
                let start = i - 6;
                if !cands
                    .near(start)
                    .iter()
                    .any(|c| c.start < end && start < c.end)
                {
                    cands.push(Cand::context(start, end, K::InPan));
                    return end;
                }
            }
        }
        // An alphanumeric CNPJ typed in lower case ("7a.ztg.19g/0001-77"),
        // found from any of its groups: its layout and check digits decide.
        if self.on(K::BrCnpj) {
            for back in [0, 3, 7, 11] {
                let Some(h) = i.checked_sub(back) else { break };
                if h < floor {
                    break;
                }
                if let Some(end) = lower_cnpj(b, h) {
                    cands.push(Cand {
                        tier: 1,
                        ..Cand::said(h, end, K::BrCnpj, true)
                    });
                    return end;
                }
            }
        }
        // "y-6110908-y": the lower-case letter of a NIE before its digits
        // (read as a chain; the digits are read again on their own).
        if g.digits > 0
            && i >= floor + 2
            && matches!(before(b, i), b'-' | b' ' | b'.')
            && matches!(at(b, i - 2), b'x' | b'y' | b'z')
            && (i == 2 || !is_alnum(at(b, i - 3)))
            && self.on(K::EsNie)
        {
            self.chain(text, Self::read_group(b, i - 2), cands);
        }
        if g.digits == 0 {
            // Letters only: secrets, BIC, or the head of an IBAN/NINO chain.
            if let Some(end) = self.secret(text, i, cands) {
                return end;
            }
            if g.lower && !g.upper {
                return g.end;
            }
            if !g.lower && (g.chars == 8 || g.chars == 11) {
                self.chain(text, g, cands);
                return g.end;
            }
            if !g.lower && g.chars <= 4 {
                // The following groups are scanned again on their own, so a
                // word like "EM" never hides the date after it.
                self.chain(text, g, cands);
            }
            return g.end;
        }
        if let Some(end) = self.secret(text, i, cands) {
            return end;
        }
        if let Some(end) = self.uuid(text, i, cands) {
            return end;
        }
        if before(b, i) == b';' && self.on(K::CardTrackData) {
            if let Some(end) = Self::track2(text, i, cands) {
                return end;
            }
        }
        if before(b, i) == b'%' && at(b, i) == b'B' && self.on(K::CardTrackData) {
            if let Some(end) = Self::track1(text, i, cands) {
                return end;
            }
        }
        // "13sep1979", "18out1968": a day, a month's short name and a year
        // typed with no space between them, read from the day.
        let glued_day = (self.on(K::DateOfBirth)
            && (3..=6).contains(&g.digits)
            && (3..=4).contains(&g.letters()))
        .then(|| glued_month_date(b, g))
        .flatten();
        if let Some(d) = glued_day {
            let dg = Group {
                end: g.start + d,
                chars: d,
                digits: d,
                lower: false,
                upper: false,
                ..g
            };
            if let Some(end) = self.text_date(text, dg, cands) {
                return end;
            }
        }
        if self.on(K::DateOfBirth) && (1..=2).contains(&g.digits) {
            // "1st": the digits alone (its suffix after them); "٥": the
            // whole (multi-byte) group; a word glued before the day: the
            // DOB label ("DOB11 May 1959", "dob25-Nov-1955") or an article
            // ("nací el23 de octubre de 2003").
            let suffix = g.letters() == 2 && g.chars <= 4 && at(b, i).is_ascii_digit();
            let lead = [&b"dob"[..], b"el", b"on", b"le", b"am", b"em"]
                .iter()
                .find(|w| {
                    g.chars == w.len() + g.digits
                        && b.get(i..i + w.len())
                            .is_some_and(|x| x.eq_ignore_ascii_case(w))
                })
                .map(|w| w.len());
            let dg = if g.letters() == 0 {
                Some(g)
            } else if suffix {
                Some(Group {
                    end: g.start + g.digits,
                    ..g
                })
            } else {
                lead.map(|l| Group {
                    start: g.start + l,
                    chars: g.digits,
                    lower: false,
                    upper: false,
                    ..g
                })
            };
            if let Some(end) = dg.and_then(|dg| self.text_date(text, dg, cands)) {
                return end;
            }
        }
        if self.on(K::DateOfBirth)
            && (1..=4).contains(&g.digits)
            && g.letters() == 0
            && b.get(g.end..)
                .is_some_and(|t| t.starts_with("年".as_bytes()) || t.starts_with("년".as_bytes()))
        {
            if let Some(end) = self.cjk_date(text, g, cands) {
                return end;
            }
        }
        // An IBAN in lower case with a word glued to it, before or after
        // ("ibanfr76300…", "es2401821284442657223272thx"): its country's
        // length and check digits decide.
        if g.lower && !g.upper && g.chars >= 15 && g.digits >= 8 && self.on(K::Iban) {
            let label = b
                .get(i..i + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"iban"));
            let head = if label { i + 4 } else { i };
            if let Some(end) = glued_lower_iban(b, head) {
                cands.push(Cand {
                    tier: 1,
                    ..Cand::said(head, end, K::Iban, true)
                });
                return end;
            }
        }
        if g.lower && g.upper && g.chars >= 15 && g.digits >= 8 && self.on(K::Iban) {
            // (Or after its label in capitals: "IBANae3802…".)
            let label = b.get(i..i + 4) == Some(&b"IBAN"[..]);
            let head = if label { i + 4 } else { i };
            if let Some(end) = lower_country_iban(b, head, label) {
                cands.push(Cand {
                    tier: 1,
                    ..Cand::said(head, end, K::Iban, true)
                });
                return end;
            }
        }
        // A label glued to a value typed in lower case ("ifscsibl0593339",
        // "panrarph2057b", "dni11484316w"): the value's shape and check
        // decide.
        if g.lower && !g.upper && g.digits > 0 && g.chars >= 10 {
            if let Some((s, e, kind)) = glued_lower_value(b, i).filter(|v| self.on(v.2)) {
                cands.push(Cand {
                    tier: 1,
                    ..Cand::said(s, e, kind, true)
                });
                return e;
            }
        }
        // "IBANES86…", "IFSCUTIB0728944", "PANWPCPZ2524B": the label glued
        // to the letters of the value it names, read alone when it is one.
        if g.chars >= 8 && g.upper {
            let label = glued_label(b, i);
            if label > 0 {
                let is = |w: &[u8]| {
                    b.get(i..i + label)
                        .is_some_and(|l| l.eq_ignore_ascii_case(w))
                };
                let (rfc, curp) = (is(b"rfc"), is(b"curp"));
                let n1 = cands.len();
                let end = self.chain_opt(text, Self::read_group(b, i + label), cands, true);
                if cands.len() > n1 {
                    // (A CURP or RFC is one word: what follows it is read
                    // afresh, "RFCLOXJ780322WF1 CURP SAJD9007…".)
                    return if rfc || curp { g.end } else { end.max(g.end) };
                }
                // (Its own label glued before it names an RFC or a CURP,
                // whatever else the sentence says: "mándenme la factura,
                // rfcBNQ980603GB9".)
                let v = b.get(i + label..g.end).unwrap_or(&[]);
                let named = if rfc && cs::mx_rfc(v) {
                    Some(K::MxRfc)
                } else if curp && cs::mx_curp_shape(v) {
                    Some(K::MxCurp)
                } else {
                    None
                };
                if let Some(kind) = named.filter(|&k| self.on(k)) {
                    cands.push(Cand::said(i + label, g.end, kind, true));
                    return g.end;
                }
            }
        }
        let letters = g.letters();
        // Letters glued to digits ("cvv123", "MEUCPF07687823842"): when the
        // whole token is no identifier, the trailing digits may be one.
        let mut j = i;
        while at(b, j).is_ascii_alphabetic() {
            j += 1;
        }
        let tail = Self::read_group(b, j);
        let prefix = b.get(i..j).unwrap_or(&[]);
        let masked = prefix.iter().all(|c| c.eq_ignore_ascii_case(&b'x'));
        // "cvv123", "CPF123...", "Rekening1295...".
        let one_case = prefix.iter().all(u8::is_ascii_lowercase)
            || prefix.iter().all(u8::is_ascii_uppercase)
            || prefix.split_first().is_some_and(|(f, r)| {
                f.is_ascii_uppercase() && r.iter().all(u8::is_ascii_lowercase)
            })
            // "SortCode82…", "AccNo…": capitalised words run together.
            || prefix.first().is_some_and(u8::is_ascii_uppercase)
                && prefix
                    .iter()
                    .zip(prefix.iter().skip(1))
                    .all(|(a, c)| !a.is_ascii_uppercase() || c.is_ascii_lowercase())
                && prefix.last().is_some_and(u8::is_ascii_lowercase)
            // "noHP0859…", "noRek…": a lower-case word glued to an
            // upper-case one.
            || {
                let low = prefix.iter().take_while(|c| c.is_ascii_lowercase()).count();
                low > 0
                    && prefix
                        .get(low..)
                        .is_some_and(|r| !r.is_empty() && r.iter().all(u8::is_ascii_uppercase))
            };
        let symbol_after = matches!(
            at(b, g.end),
            b'@' | b'&' | b'_' | b'!' | b'#' | b'$' | b'*' | b'%'
        );
        // A lower-case word glued to an upper-case id ("ibanTR77...",
        // "dni44724548J").
        let upper_tail = prefix.iter().all(u8::is_ascii_lowercase)
            && b.get(j..g.end)
                .is_some_and(|t| !t.iter().any(u8::is_ascii_lowercase));
        // "a/c51505093919": the label's last letter glued, its start before
        // the slash.
        let ac = j == i + 1 && i >= 2 && ac_label(b, i - 2);
        // A label whose word starts with letters of other scripts
        // ("cartão5430…": the token starts at the "o").
        let word_start = if before(b, i) >= 0x80 {
            text.get(floor..i).map_or(i, |h| {
                i - h
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .map(char::len_utf8)
                    .sum::<usize>()
            })
        } else {
            i
        };
        // The digits right after the label, when a word follows them with
        // no space ("OTP106190hai", "CPF36939698256e senha").
        let (digits_end, ndigits) = digit_run(b, j);
        // The word is lower case or letters only: "CC015318AB4471902" is
        // one reference.
        // A single capital after the digits is the value's own letter
        // ("DNI73244950R"): the tail is read whole.
        let own_letter = g.end == digits_end + 1 && at(b, digits_end).is_ascii_uppercase();
        // (Capitals on both sides make one id, as a parcel's tracking
        // number "PH993435267LBC", "CP333018618NL".)
        let capitals_around = prefix.iter().all(u8::is_ascii_uppercase)
            && b.get(digits_end..g.end)
                .is_some_and(|w| w.len() >= 2 && w.iter().all(u8::is_ascii_uppercase));
        let word_after_digits = tail.end == g.end
            && ndigits >= 3
            && digits_end < g.end
            && !own_letter
            && !capitals_around
            && (at(b, digits_end).is_ascii_lowercase()
                || b.get(digits_end..g.end)
                    .is_some_and(|w| w.iter().all(u8::is_ascii_alphabetic)));
        let label_start = if ac { i - 2 } else { word_start };
        let split = (letters >= 2 || ac || word_start < i)
            && j > i
            && tail.end == g.end
            && (tail.letters() == 0
                || upper_tail
                || word_after_digits
                || own_letter && ndigits >= 3)
            && !masked
            && one_case
            && !symbol_after
            && self.label_glued(text, cands, label_start, j);
        let word_after_digits = word_after_digits && !upper_tail;
        // A lower-case word glued to an upper-case id whose first letters
        // are upper case too ("ibanTR77..."): read the id alone.
        let mut u = i;
        while at(b, u).is_ascii_lowercase() {
            u += 1;
        }
        // (One letter only before an IBAN's country and check digits:
        // "transferencia internacional aDE15 9082 …".)
        let iban_head = at(b, u + 1).is_ascii_uppercase()
            && at(b, u + 2).is_ascii_digit()
            && at(b, u + 3).is_ascii_digit();
        let upper_after_lower = (u >= i + 2 || u == i + 1 && iban_head)
            && u < g.end
            && at(b, u).is_ascii_uppercase()
            && b.get(u..g.end)
                .is_some_and(|t| !t.iter().any(u8::is_ascii_lowercase));
        if g.lower && g.upper && !split {
            if upper_after_lower {
                let n1 = cands.len();
                let end = self.chain_opt(text, Self::read_group(b, u), cands, true);
                if cands.len() > n1 {
                    return end.max(g.end);
                }
            }
            // A long upper-case id glued to a lower-case word after it
            // ("DE19335107751245284807bic", "AE93…379pls"), or a PAN or
            // IFSC glued to the next field's label ("pan:CSFPI0242Raadhaar:
            // 3670…"): read the id alone.
            let mut k = i;
            while at(b, k).is_ascii_uppercase() || at(b, k).is_ascii_digit() {
                k += 1;
            }
            let short_id = b
                .get(i..k)
                .is_some_and(|h| h.len() == 10 && cs::in_pan(h) || h.len() == 11 && cs::in_ifsc(h))
                && g.end - k >= 3;
            if (k - i >= 15 || short_id)
                && k < g.end
                && b.get(k..g.end)
                    .is_some_and(|w| w.iter().all(u8::is_ascii_lowercase))
            {
                let digits = b
                    .get(i..k)
                    .map_or(0, |h| h.iter().filter(|c| c.is_ascii_digit()).count());
                let head = Group {
                    start: i,
                    end: k,
                    chars: k - i,
                    digits,
                    lower: false,
                    upper: digits < k - i,
                    ..Group::default()
                };
                let n1 = cands.len();
                self.chain_opt(text, head, cands, true);
                if cands.len() > n1 {
                    return g.end;
                }
            }
            // Digits, a label in lower case, then its value in capitals
            // ("acc 83567037102866ifscBARB0466832"): the digits alone, then
            // the label and its value are read as a token.
            let mut d = i;
            while at(b, d).is_ascii_digit() {
                d += 1;
            }
            // (Or the next field's label, capitalised: "NIK:3210…1280Nama:".)
            if d - i >= 4
                && (self.label_then_value(text, cands, d, g.end)
                    || d - i >= 8 && g.end - d >= 3 && capitalised(b, d, g.end))
            {
                let head = Group {
                    start: i,
                    end: d,
                    chars: d - i,
                    digits: d - i,
                    lower: false,
                    upper: false,
                    ..Group::default()
                };
                self.chain_opt(text, head, cands, true);
                return d;
            }
            // Mixed-case alphanumerics (hashes, passwords, ids) are not ours,
            // unless an API-key word introduces a long one (with its `_`
            // and `-` joined pieces: "EAAAxi4B…Zz_NFFy6U…kV-q3zv…").
            let ke = key_end(b, g.start);
            if ke - g.start >= 20 && self.named_key(text, g.start, ke, cands) {
                return ke;
            }
            return g.end;
        }
        // So is a long lower-case one ("api key is 324897a22947d2990a1e…").
        if g.lower
            && g.chars >= 24
            && letters >= 4
            && g.digits >= 4
            && self.named_key(text, g.start, g.end, cands)
        {
            return g.end;
        }
        // A key id and its secret joined by a dot after an API-key word
        // ("api key: UY7951S0S10YOMKT5C22.VBfFKGPXmKNzCLP37my1Sp…"): the
        // whole, when it is long and of mixed case with digits.
        if g.upper && g.digits > 0 && g.chars >= 16 && at(b, g.end) == b'.' {
            let ke = key_end(b, g.start);
            let whole = b.get(g.start..ke).unwrap_or(&[]);
            if ke - g.start >= 40
                && whole.iter().any(u8::is_ascii_lowercase)
                && self.named_key(text, g.start, ke, cands)
            {
                return ke;
            }
        }
        let n0 = cands.len();
        let end = self.chain(text, g, cands);
        // Retry the digits when no candidate took the letters with them.
        let head_used = cands
            .cands
            .get(n0..)
            .unwrap_or(&[])
            .iter()
            .any(|c| c.start < tail.start);
        if split && !head_used {
            if word_after_digits {
                // The digits alone; the word after them is read again
                // ("no205711935969ifscSBIN0988083": then the IFSC).
                let digits = Group {
                    end: digits_end,
                    chars: ndigits,
                    digits: ndigits,
                    lower: false,
                    upper: false,
                    ..tail
                };
                self.chain_opt(text, digits, cands, true);
                return digits_end;
            }
            return self.chain_opt(text, tail, cands, true).max(end);
        }
        // Digits glued to the word after them ("3049912875first",
        // "0283347068GTB", "48492678151NASC:"): a missing space. When
        // nothing took the token whole, read the digits alone.
        let mut k = i;
        while at(b, k).is_ascii_digit() {
            k += 1;
        }
        let word_after = k - i >= 4
            && g.end - k >= 3
            && b.get(k..g.end).is_some_and(|w| {
                w.iter().all(u8::is_ascii_lowercase) || w.iter().all(u8::is_ascii_uppercase)
            });
        let token_taken = cands
            .cands
            .get(n0..)
            .unwrap_or(&[])
            .iter()
            .any(|c| c.start < g.end && c.end > i);
        // Or a label glued between the digits and the next value
        // ("4532…5858exp12/25"): the label names what follows it.
        let label_after =
            k - i >= 4 && !token_taken && self.label_then_value(text, cands, k, g.end);
        if (word_after || label_after) && !token_taken {
            let head = Group {
                start: i,
                end: k,
                chars: k - i,
                digits: k - i,
                lower: false,
                upper: false,
                ..Group::default()
            };
            self.chain_opt(text, head, cands, true);
            if label_after {
                // The label and its value are read next.
                return k;
            }
        } else if !token_taken && g.lower && !g.upper {
            // Values typed without spaces between their labels
            // ("card8172783708712498exp1229cvv585"): each run of three or
            // more digits between lower-case words, read on its own.
            let (runs, n) = digit_runs_in(b, i, g.end);
            // (Or one long run between two words, "la5217…8891jaja": a
            // missing space on both sides.)
            let long = |&(ds, de): &(usize, usize)| de - ds >= 12;
            if n >= 2 || n == 1 && runs.first().is_some_and(long) {
                for &(ds, de) in runs.iter().take(n) {
                    let head = Group {
                        start: ds,
                        end: de,
                        chars: de - ds,
                        digits: de - ds,
                        ..Group::default()
                    };
                    self.chain_opt(text, head, cands, true);
                }
            }
        }
        end
    }

    /// True if lower-case letters from `k`, ending before `end`, are a
    /// label glued between digits and the next value ("…5858exp12/25",
    /// "25cvv206"): two letters or more, a digit right after them, and
    /// [`Self::label_glued`] takes them for a label.
    fn label_then_value(&self, text: &str, sink: &mut Sink, k: usize, end: usize) -> bool {
        let b = text.as_bytes();
        let mut m = k;
        while at(b, m).is_ascii_lowercase() {
            m += 1;
        }
        // (Or the next field's label, its colon after it: "mobile:80410
        // 55167pan:QDJPU3404T".)
        // (Or a value in capitals: "acc 83567037102866ifscBARB0466832".)
        let value_next = m < end && (digit_at(b, m).is_some() || at(b, m).is_ascii_uppercase())
            || m == end && at(b, m) == b':';
        m - k >= 2 && value_next && self.label_glued(text, sink, k, m)
    }

    /// True if the letters `text[i..j]` glued to digits are a keyword, a
    /// label of the value after it ("cvv123", "CPF0768…"); other letters
    /// make the token an id of their own ("LN1392480278"). Upper-case
    /// letters glued to an upper-case id ("ibanTR77…") always label it.
    fn label_glued(&self, text: &str, sink: &mut Sink, i: usize, j: usize) -> bool {
        // Upper-case "CC" glued to digits prefixes contract and reference
        // codes ("Préstamo CC784382928829"); the account label is typed in
        // lower case ("ag 0456 cc43064336-7") or apart.
        if text.as_bytes().get(i..j) == Some(&b"CC"[..]) {
            return false;
        }
        // The word may end a keyword of several words ("kartu
        // debit5408…").
        let lo = i.saturating_sub(24);
        let raw = sink.raw(self, text, lo, j);
        let ctx = self.kw.ctx_from_raw(text, raw, lo, j, j, j);
        // Capitals glued to digits right after a reference word are the
        // prefix of an id ("txn PIX5987748580", "ID transaksi
        // OVO00882294577"), not a wallet's name labelling a number.
        let upper = text
            .as_bytes()
            .get(i..j)
            .is_some_and(|w| w.iter().all(u8::is_ascii_uppercase));
        if upper
            && ctx.hits().iter().any(|h| {
                // (Not one ending a list's item: "… na agência,
                // CPF360.550.392-65".)
                h.mask & T_NEG != 0
                    && h.end <= i
                    && i - h.end <= 2
                    && text
                        .as_bytes()
                        .get(h.end..i)
                        .is_some_and(|g| g.iter().all(|&c| matches!(c, b' ' | b':')))
            })
        {
            return false;
        }
        let labelled = ctx.hits().iter().any(|h| {
            h.end == j && (h.start == i || h.start < i && before(text.as_bytes(), i) == b' ')
        });
        // Short words glued by a missing space (see `GLUE_WORDS`).
        let glue = text
            .as_bytes()
            .get(i..j)
            .is_some_and(|w| GLUE_WORDS.contains(&w));
        labelled
            || glue
            || text.as_bytes().get(j).is_some_and(u8::is_ascii_uppercase)
            // "meucpf8820…": words glued before the label.
            || self.kw.ends_label(text.as_bytes(), i, j)
    }

    /// Reports `text[start..end]` as an API key if an API-key word comes right
    /// before it (at most 24 bytes, 40 for a key of 32 or more; no digit
    /// between); true if it did.
    fn named_key(&self, text: &str, start: usize, end: usize, cands: &mut Sink) -> bool {
        let b = text.as_bytes();
        if !self.on(K::ApiKey) || is_alnum(before(b, start)) {
            return false;
        }
        // The vendor's prefix is part of the key ("sk_b0b8…", "kb_api_4hl…").
        let start = key_prefix_start(b, start);
        let ctx = self.ctx(text, cands, start, end);
        // A long key may sit a clause after its word ("webhook secret
        // leaked in a Slack screenshot: f7d77fdd…").
        let reach = if end - start >= 32 { 40 } else { 24 };
        // (A UUID only by a word that says which key: a key or a token
        // alone may be a PIX key's or a request's, "my key is 89ab3f5c-…",
        // "idempotency key 7da4c0cd-…".)
        let uuid = is_uuid_at(b, start);
        let named = ctx.nearest(kbit(K::ApiKey)).is_some_and(|h| {
            h.before
                && h.clean
                && h.dist <= reach
                && !(uuid
                    && b.get(h.start..h.end).is_some_and(|w| {
                        BARE_KEY_WORDS
                            .iter()
                            .any(|k| w.eq_ignore_ascii_case(k.as_bytes()))
                    }))
        });
        if named {
            cands.push(Cand {
                start,
                end,
                kind: K::ApiKey,
                conf: Confidence::High,
                tier: 1,
                frag: NO_FRAG,
            });
        }
        named
    }

    /// The kind of a number retyped right after a mistyped one that was not
    /// reported ("NIK 1123220871970098 eh salah ketik, yg bener
    /// 1123220801970098"): the number before has as many digits (one more
    /// or less), a correction word lies between with no other digit, and a
    /// word of a kind the value can be read as names that number right
    /// before it (clean, within 16 bytes). The correction carries the word
    /// over to the value.
    fn retyped_after_word(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<PiiKind> {
        let b = text.as_bytes();
        let pe = digits_end_before(b, sp.start)?;
        let gap = b.get(pe..sp.start)?;
        // (The cheap tests first: a word between, "1 1 1 …" has none; a
        // number before of the value's length; no value found there. The
        // correction word is asked last, of few spans.)
        // (Ids and accounts of eight digits or more: codes and PINs are
        // retyped after a found value, [`corrected_after`]'s.)
        if sp.n < 8 || !gap.iter().any(|&c| c.is_ascii_alphabetic() || c >= 0x80) {
            return None;
        }
        let ps = number_start(b, pe);
        let prev = b.get(ps..pe)?.iter().filter(|c| c.is_ascii_digit()).count();
        // (A found value before is [`corrected_after`]'s.)
        if prev.abs_diff(sp.n) > 1
            || sink.cands.last().is_some_and(|c| c.end > ps)
            || !corrects(gap)
        {
            return None;
        }
        let ctx = self.ctx(text, sink, ps, pe);
        let h = ctx
            .hits()
            .iter()
            .filter(|h| h.before && h.clean && h.dist <= 16 && h.mask & T_NEG == 0)
            .min_by_key(|h| h.dist)?;
        it.iter()
            .find(|x| x.gate == Gate::Ctx && h.mask & kbit(x.kind) != 0)
            .map(|x| x.kind)
    }

    /// Builds the chain starting with `first` and classifies its spans;
    /// returns the end of the chain.
    fn chain(&self, text: &str, first: Group, cands: &mut Sink) -> usize {
        self.chain_opt(text, first, cands, false)
    }

    /// As [`Self::chain`]; with `only_first`, only spans that start with
    /// `first` are classified (the tail of a token whose head was no match).
    fn chain_opt(&self, text: &str, first: Group, cands: &mut Sink, only_first: bool) -> usize {
        let b = text.as_bytes();
        let mut groups = [Group::default(); CHAIN_CAP];
        let mut len = 0usize;
        let mut done = 0usize;
        if let Some(slot) = groups.get_mut(0) {
            *slot = first;
            len = 1;
        }
        let mut p = first.end;
        // The length of an IBAN whose head is typed in lower case.
        let lower_iban = if first.chars == 4 {
            lower_iban_len(b, first.start)
        } else {
            None
        };
        // The minutes of a time begin no number ("15/03/2026 08:14 -
        // 0817-089-1956: …", a chat export's stamp before a sender's
        // phone).
        let minutes = first.end == first.start + 2
            && before(b, first.start) == b':'
            && first.start >= 2
            && at(b, first.start - 2).is_ascii_digit()
            && b.get(first.start..first.end)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit) && ascii_num(m) < 60);
        loop {
            if minutes {
                break;
            }
            let mut q = p;
            let mut mask = 0u8;
            let mut nsep = 0u8;
            let mut newlines = 0;
            while nsep < 3 {
                match sep_at(b, q) {
                    Some((cls, l)) => {
                        mask |= cls;
                        if cls == SEP_NEWLINE {
                            newlines += 1;
                        }
                        q += l;
                        nsep += 1;
                        // Dots in a row are one pause ("71788 .. 91594",
                        // "88505... 73658"), and so is an ellipsis; between
                        // digits with no space, three or more hide the middle of a
                        // value read back ("La cuenta 0144...0443"): no join.
                        if cls == SEP_DOT && at(b, q - 1) == b'.' {
                            let from = q - l;
                            q = dots_end(b, q);
                            if nsep == 1
                                && q - from >= 3
                                && before(b, from).is_ascii_digit()
                                && at(b, q).is_ascii_digit()
                            {
                                nsep = 0;
                                break;
                            }
                        }
                    }
                    None if ellipsis_at(b, q) => {
                        mask |= SEP_DOT;
                        q = dots_end(b, q);
                        nsep += 1;
                    }
                    None => break,
                }
            }
            // (Nor does a number go on into the stamp of a chat export's
            // next line: "his BSN is 954671740\n10/4/23, 3:38 PM - …".)
            if nsep == 0 || newlines > 2 || newlines > 0 && in_stamp(b, q) {
                break;
            }
            let c = at(b, q);
            if !(c.is_ascii_alphanumeric() || (c >= 0xC0 && digit_at(b, q).is_some())) {
                break;
            }
            let mut g = Self::read_digits_group(b, q);
            // A bracket opened before a group that does not close right
            // after it opens an aside ("1500 341 (24 jam)", "… 7890 (24
            // hours)"), no area code: the chain ends.
            if before(b, q) == b'(' && at(b, g.end) != b')' {
                break;
            }
            // Digits glued to the label of the next value ("exp 12/25cvv206",
            // "０７ / ３０cvv618"): the digits end the group; the label and
            // its value are read again as a token.
            // So do they glued to a word of four or more lower-case letters
            // ("CPF865.937.590-40nome Lerato").
            if g.lower {
                let (k, nd) = digit_run(b, g.start);
                // (A short word, "… 2859no pasa", after a group of four
                // digits that ends a chain of three or more.)
                let word = g.end - k;
                // (Or the year's Polish "r." (roku): "22.07.1988r.".)
                let roku = nd == 4 && word == 1 && at(b, k) == b'r' && at(b, k + 1) == b'.';
                let word_after = (nd >= 2 && word >= 4 || nd >= 4 && word >= 2 && len >= 2 || roku)
                    && b.get(k..g.end)
                        .is_some_and(|w| w.iter().all(u8::is_ascii_lowercase));
                // (Or the next field's label, capitalised: "ID
                // Number784-1975-5922031-0Name …".)
                let label_after = word >= 3 && capitalised(b, k, g.end);
                if nd > 0
                    && (word_after || label_after || self.label_then_value(text, cands, k, g.end))
                {
                    g = Group {
                        end: k,
                        chars: nd,
                        digits: nd,
                        lower: false,
                        upper: false,
                        ..g
                    };
                }
            }
            // The bank code of an IBAN typed in lower case ("qa74 cbqa 5695…").
            let iban_bank = len == 1
                && g.chars == 4
                && g.digits == 0
                && groups.first().is_some_and(|f| {
                    f.chars == 4
                        && f.lower
                        && !f.upper
                        && at(b, f.start + 2).is_ascii_digit()
                        && at(b, f.start + 3).is_ascii_digit()
                });
            // The rest of an IBAN typed in lower case ("ro68 rzbr dyl9 3966
            // …"): groups of up to four letters and digits, while the
            // country's length allows (its check digits decide).
            let iban_rest = lower_iban.is_some_and(|n| {
                g.chars <= 4
                    && !(g.lower && g.upper)
                    && groups
                        .get(..len)
                        .unwrap_or(&[])
                        .iter()
                        .map(|x| x.chars)
                        .sum::<usize>()
                        + g.chars
                        <= n
            });
            if !(g.joinable() || iban_bank || iban_rest)
                || is_uuid_at(b, q)
                || (only_first && len > MAX_SPAN_GROUPS)
            {
                break;
            }
            // A label after a number starts a value of its own ("…2733
            // DOB-07-07-2001", "…9707. DOB 22 September"): the chain ends,
            // and the label is read again as a token.
            // So does a word on the next line ("…7265\nDOB 28 Aug 1994"),
            // or the birth-date label itself ("…1983M DOB 28 Aug 1994").
            // (Not the bank code of an IBAN whose head ends a line: "KW54\nGULB
            // 9275 …".)
            let iban_head = len == 1
                && g.chars == 4
                && groups.first().is_some_and(|f| {
                    f.chars == 4
                        && at(b, f.start).is_ascii_alphabetic()
                        && at(b, f.start + 1).is_ascii_alphabetic()
                        && at(b, f.start + 2).is_ascii_digit()
                        && at(b, f.start + 3).is_ascii_digit()
                });
            // (The birth-date label after any group: "HA 49 06 99 D / DOB 9
            // DECEMBER 1987" in capitals.)
            let dob = b
                .get(g.start..g.end)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"dob"));
            // (Or glued to its date: "SSN344453562 DOB04/06/1981".)
            let dob_glued = g.digits > 0
                && mask & (SEP_SPACE | SEP_NEWLINE) != 0
                && b.get(g.start..g.start + 3)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"dob"))
                && at(b, g.start + 3).is_ascii_digit();
            let label = g.digits == 0
                && !iban_head
                && mask & (SEP_SPACE | SEP_NEWLINE) != 0
                && (dob
                    || (matches!(at(b, g.end), b'-' | b':')
                        || mask & SEP_DOT != 0
                        || mask & SEP_NEWLINE != 0 && g.chars >= 2)
                        && groups
                            .get(len.wrapping_sub(1))
                            .is_some_and(|p| p.digits > 0));
            // Nor does a list's item number on the next line ("…6161\n3) Use")
            // or after a space on the same one ("1) savings 6021 2) current",
            // "١) جاري ٦٤٣٣ ٢) توفير"), or a count of digits ("94659448 8
            // digit ka code") or of tries ("mpin 521134 3 baar daala").
            let item = g.chars <= 2
                && g.digits == g.chars
                && (mask & SEP_NEWLINE != 0
                    && (at(b, g.end) == b')'
                        || (at(b, g.end) == b'.' && at(b, g.end + 1) == b' '))
                    || mask == SEP_SPACE && item_number(b, &g)
                    || at(b, g.end) == b' '
                        && (digit_word_at(b, g.end + 1) || times_word_at(b, g.end + 1))
                    // (Or a count glued to its Korean, Chinese or Japanese
                    // counter: "비밀번호 7356 3회 오류", "輸錯3次".)
                    || ["회", "번", "次", "回"]
                        .iter()
                        .any(|w| b.get(g.end..).is_some_and(|t| t.starts_with(w.as_bytes()))));
            // An account label glued to its value ("ag 7721 c/c35273591-4",
            // "IFSC SBIN0001234 a/c51505093919") is read again as a token.
            let ac = g.chars == 1 && g.digits == 0 && ac_label(b, g.start);
            // Nor does a label glued to the value after it ("… IFSCUTIB0728944").
            // (Or a word's capitals glued to the digits of the value it
            // names: "NIK7313… / HP0879…".)
            let glued = g.upper
                && mask & (SEP_SPACE | SEP_NEWLINE) != 0
                && (glued_label(b, g.start) > 0 || {
                    let k = letters_end(b, g.start);
                    (2..=5).contains(&(k - g.start))
                        && g.end.saturating_sub(k) >= 6
                        && b.get(k..g.end)
                            .is_some_and(|t| t.iter().all(u8::is_ascii_digit))
                        && self.label_glued(text, cands, g.start, k)
                });
            // Nor does the day of a date written with a month's name
            // ("KWUPL3328A\n26 Sep 1977", "S8054135Z 13 August 1971"): the
            // date is read again as a token, with a month's name only there.
            // (The year must follow: "mas" is a month's abbreviation too.)
            let day = (1..=2).contains(&g.digits)
                && g.chars == g.digits
                && matches!(at(b, g.end), b' ' | b'-' | b'/' | b'.')
                && {
                    let mut ms = g.end + 1;
                    // ("… / 2 de setembro de 1979", "5 of May 1980".)
                    let linking = |w: &[u8]| {
                        w.eq_ignore_ascii_case(b"de")
                            || w.eq_ignore_ascii_case(b"del")
                            || w.eq_ignore_ascii_case(b"of")
                    };
                    if at(b, g.end) == b' ' && linking(word_at(b, ms)) {
                        ms = skip_spaces(b, ms + word_at(b, ms).len());
                    }
                    let me = letters_end(b, ms);
                    let mut y = me;
                    while matches!(at(b, y), b' ' | b'-' | b'/' | b'.' | b',') {
                        y += 1;
                    }
                    if y > me && linking(word_at(b, y)) {
                        y = skip_spaces(b, y + word_at(b, y).len());
                    }
                    b.get(ms..me).is_some_and(is_month) && digit_at(b, y).is_some()
                };
            // Nor does a "4" or "2" typed for "for" or "to" ("TFN 033-845-474
            // 4 the super acct", "sin 518 958 889 4 the tfsa", "sent 2 u");
            // not before "a" or "me", which are Spanish and Portuguese too
            // ("CLABE … 2 a nombre de …", "… 2 me marca error" end with the
            // CLABE's check digit).
            let slang = g.chars == 1
                && matches!(at(b, g.start), b'2' | b'4')
                && mask == SEP_SPACE
                && at(b, g.end) == b' '
                && {
                    let w = word_at(b, g.end + 1);
                    [
                        &b"the"[..],
                        b"u",
                        b"you",
                        b"ur",
                        b"my",
                        b"this",
                        b"that",
                        b"him",
                        b"her",
                        b"them",
                        b"us",
                    ]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
                };
            // Nor does a count of last digits end before them ("ac last 4
            // 5829", "últimos 4 1234"): the value starts after the count.
            let last_count = len == 1
                && groups.first().is_some_and(|f| {
                    f.digits == f.chars
                        && (1..=2).contains(&f.chars)
                        && before(b, f.start) == b' '
                        && [
                            &b"last"[..],
                            b"ultimos",
                            "últimos".as_bytes(),
                            b"akhri",
                            b"terakhir",
                        ]
                        .iter()
                        .any(|w| ends_with_ci(b.get(..f.start - 1).unwrap_or(&[]), w))
                });
            if label || item || ac || glued || day || dob_glued || slang || last_count {
                break;
            }
            g.sep = mask;
            g.seplen = nsep;
            if len == CHAIN_CAP {
                let upto = len - MAX_SPAN_GROUPS;
                self.spans(text, groups.get(..len).unwrap_or(&[]), done, upto, cands);
                let keep = upto - 1;
                groups.copy_within(keep..len, 0);
                len -= keep;
                done = 1;
            }
            if let Some(slot) = groups.get_mut(len) {
                *slot = g;
                len += 1;
            }
            p = g.end;
        }
        let to = if only_first { len.min(1) } else { len };
        let chain = groups.get(..len).unwrap_or(&[]);
        let pair = |g: &Group| g.digits == 2 && g.chars == 2;
        for (k, g) in chain.iter().enumerate() {
            let six = g.digits == 6 && g.chars == 6;
            let pairs = chain.get(k..k + 3).is_some_and(|w| w.iter().all(pair));
            if six || pairs {
                let (at, n, more) = &mut cands.sort_codes;
                match at.get_mut(*n) {
                    Some(slot) => {
                        *slot = g.start;
                        *n += 1;
                    }
                    None => *more = true,
                }
            }
        }
        self.spans(text, groups.get(..len).unwrap_or(&[]), done, to, cands);
        p
    }

    /// Classifies the spans of `groups` that start at `from..to`.
    fn spans(&self, text: &str, groups: &[Group], from: usize, to: usize, cands: &mut Sink) {
        // No kind is shorter than three characters ("10:30", "2 items").
        let total: usize = groups.iter().map(|g| g.chars).sum();
        if total < 3 || !groups.iter().any(|g| g.digits > 0 || g.chars >= 8) {
            return;
        }
        // (A code typed one digit at a time: "3 1 8 6 4 5".)
        if !cands.single_digits {
            let mut run = 0;
            for g in groups {
                let single = g.digits == 1 && g.chars == 1;
                run = match (single, run > 0 && g.sep == SEP_SPACE && g.seplen == 1) {
                    (false, _) => 0,
                    (true, true) => run + 1,
                    (true, false) => 1,
                };
                if run >= 4 {
                    cands.single_digits = true;
                    break;
                }
            }
        }
        let b = text.as_bytes();
        // Keyword occurrences around the whole chain, found once and shared
        // by every span of it.
        let (Some(g0), Some(gl)) = (groups.first(), groups.last()) else {
            return;
        };
        // The chain's keyword window, computed on first need.
        let mut cwin: Option<(usize, usize)> = None;
        // The last group of a validated finding pushed from an earlier
        // start. A span inside it can never win overlap resolution (same or
        // lower tier, shorter), so it is not classified at all, as long as
        // nothing can remove the outer finding before resolution.
        let mut inside: Option<usize> = None;
        for s in from..to {
            let Some(gs) = groups.get(s) else { break };
            // A short word starts no value unless digits follow, right
            // after it or, for an alphanumeric CNPJ ("QX.AHL.YST/0001-76"),
            // within three dotted groups.
            let cnpj_head = gs.chars == 2
                && groups.get(s + 1).is_some_and(|n| n.sep == SEP_DOT)
                && groups
                    .get(s + 1..(s + 4).min(groups.len()))
                    .is_some_and(|next| next.iter().any(|n| n.digits > 0));
            if gs.digits == 0
                && gs.chars < 8
                && groups.get(s + 1).is_none_or(|n| n.digits == 0)
                && !cnpj_head
            {
                continue;
            }
            // Pass 1: which spans s..=e have an interpretation at all.
            // Fixed capacity: classifying clean text must not allocate.
            let mut found = [0u8; MAX_SPAN_GROUPS];
            let mut nfound = 0usize;
            let mut longest: Option<(usize, Span, Interps)> = None;
            let mut sp = Span {
                start: gs.start,
                end: gs.start,
                ..Span::default()
            };
            for e in s..groups.len().min(s + MAX_SPAN_GROUPS) {
                let Some(g) = groups.get(e) else { break };
                if !push_group(b, &mut sp, g, e > s) {
                    break;
                }
                if inside.is_some_and(|last| e <= last) {
                    continue;
                }
                // Neighbour rule: a sub-span whose digit-bearing neighbour is
                // joined like the span's own groups is part of a larger
                // number, not a value of its own.
                // Digits glued to mask characters ("530000******0006",
                // "****1234", "••••1234") are what is left of a masked value.
                // (Not the stars of WhatsApp's bold around a whole value:
                // "*418624* ye otp hai".)
                if (is_mask_char(b, sp.end) || is_mask_char_before(b, gs.start))
                    && !bold(b, gs.start, sp.end)
                    || glued_mask_after(b, sp.end)
                    || glued_mask_before(b, gs.start)
                    || masked_group_after(b, sp.end)
                    || masked_group_before(b, gs.start)
                {
                    continue;
                }
                // A last group that is the hour of a time ("login
                // 22-04-2024 06:44", "pada 02-04-2024 3.09pm") ends no
                // value.
                if e > s && (is_hour(b, g) || is_dotted_hour(b, g)) {
                    continue;
                }
                // Nor does one run on over a space into a whole date
                // ("Refund Rs 121145 2025-06-12 ko …", "POS 0980621005
                // 14-10-2024 USD …"): the value, if any, ends before it.
                // (Or into a month and year: "6011 7555 4834 2404 05 / 28
                // 035", a card, its expiry and its code.)
                if e > s && (date_after_space(b, groups, e) || month_year_after_space(b, groups, e))
                {
                    break;
                }
                // Nor does a whole date run on into the time after it ("pix
                // agendado 04.04.25 2327 hrs").
                // Nor does one run on from a whole date over a space into a
                // long number (a statement's row: "23-09-2025\t023561605659").
                if e == s + 3 && (time_after_date(b, groups, s) || number_after_date(b, groups, s))
                {
                    break;
                }
                let mut it = Interps::new();
                self.classify(text, &sp, &mut it);
                if it.n > 0 {
                    if let Some(slot) = found.get_mut(nfound) {
                        *slot = u8::try_from(e - s).unwrap_or(u8::MAX);
                        nfound += 1;
                        // Pass 2 starts with the longest: keep its work.
                        longest = Some((e, sp, it));
                    }
                }
            }
            // Pass 2: longest span first; the first that survives gating wins.
            for &k in found.iter().take(nfound).rev() {
                let e = s + usize::from(k);
                let (sp, it) = match longest.take() {
                    Some((le, sp, it)) if le == e => (sp, it),
                    _ => {
                        let mut sp = Span {
                            start: gs.start,
                            end: gs.start,
                            ..Span::default()
                        };
                        for g in groups.get(s..=e).unwrap_or(&[]) {
                            push_group(b, &mut sp, g, g.start != gs.start);
                        }
                        let mut it = Interps::new();
                        self.classify(text, &sp, &mut it);
                        (sp, it)
                    }
                };
                let frag = fragment_of(b, groups, s, e, &sp);
                let (cws, cwe) = *cwin.get_or_insert_with(|| {
                    (
                        back_chars(b, g0.start, self.window),
                        fwd_chars(b, gl.end, self.window),
                    )
                });
                let gated = if loan_or_year(b, &sp, &it) {
                    None
                } else {
                    self.gate(text, &sp, &it, cands, (cws, cwe))
                };
                if let Some((mut c, strong)) = gated {
                    // A secret's digits glued after a capitalised word and
                    // an "@" are the tail of a password ("it's Kitty@4363",
                    // "Rahul@1234"): the whole word is hidden, as one.
                    if matches!(
                        c.kind,
                        K::CardPin | K::Password | K::Otp | K::CardSecurityCode
                    ) && c.start == sp.start
                    {
                        if let Some(ws) = named_at_before(b, c.start) {
                            c.start = ws;
                            c.kind = K::Password;
                            c.conf = Confidence::High;
                        }
                    }
                    // A neighbour glued by a tight separator the span does not
                    // use itself ("... 0539 289.000.000-12") means the span
                    // cuts through another value: try a shorter one.
                    let tight = SEP_DASH | SEP_DOT | SEP_SLASH;
                    let cut = |g: Option<&Group>| {
                        g.is_some_and(|g| {
                            g.seplen == 1
                                && g.sep & tight != 0
                                && g.sep & sp.seps == 0
                                && g.digits > 0
                        })
                    };
                    let left_cut = s > 0
                        && groups.get(s).is_some_and(|g| {
                            g.seplen == 1 && g.sep & tight != 0 && g.sep & sp.seps == 0
                        })
                        && groups.get(s - 1).is_some_and(|g| g.digits > 0);
                    if (cut(groups.get(e + 1)) || left_cut) && e > s {
                        continue;
                    }
                    // Part of a larger number: only a value with a strong
                    // check of its own (IBAN, card, formatted CPF ...) stands
                    // out of it; anything else needs the neighbours explained.
                    // A card's four groups inside a longer run of groups of
                    // four joined alike ("token PLN: 4386-7890-5335-3474-3029",
                    // a prepaid meter token) are part of that run.
                    // (Not a group that is joined to the far side by another
                    // tight separator: "5341 5897 6829 5999 4562-2194-…" is
                    // a card then the head of a dashed number.)
                    let fours = |g: Option<&Group>, sep: Option<&Group>, far: Option<&Group>| {
                        g.zip(sep).is_some_and(|(g, j)| {
                            g.chars == 4 && g.digits == 4 && j.seplen == 1 && j.sep == sp.seps
                        }) && far.is_none_or(|f| f.sep & tight == 0 || f.sep == sp.seps)
                    };
                    // (Nineteen digits too, the last three alone, after a
                    // four of the run: "ARN 7582-6014-1229-8679-5488-053".)
                    let left_four =
                        s > 0 && fours(groups.get(s - 1), groups.get(s), groups.get(s - 1));
                    let in_fours = c.kind == K::CardNumber
                        && sp.uniform
                        && (sp.glens().iter().all(|&l| l == 4)
                            && (left_four
                                || fours(groups.get(e + 1), groups.get(e + 1), groups.get(e + 2)))
                            || left_four
                                && sp.glens().split_last().is_some_and(|(&l, r)| {
                                    l < 4 && r.len() >= 3 && r.iter().all(|&x| x == 4)
                                }));
                    // Nor does a card grouped as no card is printed
                    // ("policy OG-24-5559-4754-06180396"): its brand and
                    // Luhn alone do not set it apart from the run.
                    let odd_card = c.kind == K::CardNumber
                        && sp.ngroups > 1
                        && !matches!(sp.glens(), [4, 4, 4, 4] | [4, 6, 5 | 4])
                        // (Nineteen digits and so: "5061 5375 8513 2181 396".)
                        && !sp.glens().split_last().is_some_and(|(&l, r)| {
                            r == [4, 4, 4, 4] && (1..=3).contains(&l)
                        });
                    if !strong || in_fours || odd_card {
                        c.frag = frag;
                    } else if frag[0] != (0, 0)
                        && groups
                            .iter()
                            .any(|g| g.start == frag[0].0 && iban_head(b, g))
                    {
                        // "CH77 3090 4043 ...": the tail of an alphanumeric
                        // value stands only if the head is explained.
                        c.frag = [frag[0], (0, 0)];
                    }
                    if strong
                        && c.tier == 1
                        && c.frag == NO_FRAG
                        && c.conf >= self.min_conf
                        && self.allow.is_empty()
                        && self.allow_re.is_none()
                    {
                        inside = Some(inside.map_or(e, |l| l.max(e)));
                    }
                    // A UK account and its sort code after it, read as one
                    // account ("acc is 76539605 40 94 74"), or the sort code
                    // then the account ("paid into 072904 70835857"): two
                    // values, unless the sort code reads as a date.
                    if let Some((e1, s2, k1, k2)) = uk_pair_split(b, &c, &sp, groups.get(s..=e)) {
                        cands.push(Cand {
                            end: e1,
                            kind: k1,
                            ..c
                        });
                        c = Cand {
                            start: s2,
                            kind: k2,
                            ..c
                        };
                    }
                    // A Brazilian account's check digit X after its dash
                    // ("conta 368054-X") is part of it.
                    if c.kind == K::BankAccount
                        && c.end == sp.end
                        && at(b, c.end) == b'-'
                        && matches!(at(b, c.end + 1), b'X' | b'x')
                        && !is_alnum(at(b, c.end + 2))
                    {
                        c.end += 2;
                    }
                    cands.push(c);
                    break;
                }
                // A whole date that is no finding ("kiya tha 2025-05-15 ko")
                // holds none either: neither its year nor its day and month.
                if date_shaped(&sp) {
                    if old_date(&sp) {
                        cands.loose_date(b, sp.start, sp.end);
                    }
                    inside = Some(inside.map_or(e, |l| l.max(e)));
                    break;
                }
            }
        }
    }

    /// The kind of the value right before `sp` when `sp` is another number
    /// of the same kind written the same way ("NIK istri 3671..., anak
    /// 3578...", "should be 0917 812 4456 but I sent to 0917 812 4465"):
    /// the same digit grouping (for a phone, any mobile shape), and between
    /// the two a short gap without digits or a keyword of something else.
    fn sibling_after(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
        (cws, cwe): (usize, usize),
    ) -> Option<PiiKind> {
        let b = text.as_bytes();
        let c = *sink.cands.last()?;
        let gap = b.get(c.end..sp.start)?;
        // A code or PIN replacing another ("… expired, sending again:
        // 151466", "ATM PIN 5993 bhool gaya tha, naya set kiya abhi
        // 865228"): whatever else the words between speak of.
        // (Typed whole or in two threes: "ito po yung bago: 778 031".)
        let code_shaped = (4..=8).contains(&sp.n)
            && (sp.plain() || sp.shape(&[3, 3]) && sp.seps_in(SEP_SPACE | SEP_DASH));
        let renewal = matches!(c.kind, K::Otp | K::CardPin)
            && code_shaped
            && gap.len() <= 64
            && renewed(text.get(c.end..sp.start)?);
        // Not a piece of one larger number: the value before stands on its
        // own, and something other than digit separators lies between.
        // Nor a round sum after a PIN or a code ("card ka pin 2408 hai, tu
        // jaake nikal le 2000": what to withdraw).
        if c.frag != NO_FRAG
            || matches!(c.kind, K::Otp | K::CardPin) && sp.s().ends_with(b"000")
            || !sp.digits_only()
            || gap.len() > 40 && !renewal
            || gap
                .iter()
                .all(|x| matches!(x, b' ' | b'.' | b'-' | b'/' | b'\n'))
            || loose_digit(gap)
            || memchr::memchr_iter(b'\n', gap).nth(1).is_some()
            || gap.trim_ascii_end().ends_with(b"#")
            // (Nor one after a reference's label: "… instead of +233 25 874
            // 7908. ID 58962071935".)
            || gap
                .trim_ascii_end()
                .rsplit(|&x| !x.is_ascii_alphabetic())
                .next()
                .is_some_and(|w| {
                    // (Spanish "no" says the other is wrong.)
                    REF_LABELS
                        .iter()
                        .any(|l| w == l.as_bytes() || *l != "NO" && w.eq_ignore_ascii_case(l.as_bytes()))
                })
            // (A field of its own on the next line: "Phone: 07210 445338\n
            // Application no: 3414232700".)
            || gap.contains(&b'\n') && gap.trim_ascii_end().ends_with(b":")
            || !it.has(c.kind)
            || digit_runs(b, c.start, c.end) != digit_runs(b, sp.start, sp.end)
                // (Phones are written many ways: any mobile-shaped number
                // after one, "(81) 97309-1433, o antigo 81993563069"; so are
                // ids whose check digits the second one passes, "TFN is 299
                // 275 532 and mine is 699058911"; and birth dates, "Wife's
                // dob 7 Nov 1973, mine 13/08/1958".)
                && !(c.kind == K::Phone && mobile_shaped(sp))
                // (Or the same country's number without its code, said to
                // replace one written with it: "+522223895794, ya no lo
                // tengo, el nuevo es 2228669631".)
                && !(c.kind == K::Phone
                    && sp.plain()
                    && at(b, c.start) == b'+'
                    && (1..=3).contains(
                        &script_digits(b.get(c.start..c.end).unwrap_or(&[])).saturating_sub(sp.n),
                    )
                    && text.get(c.end..sp.start).is_some_and(renewed))
                && !(c.kind == K::DateOfBirth && someone_elses(text, c.end, sp.start))
                // (Two codes or PINs of two lengths joined by "and" or
                // "or": "2 codes, 19728082 and 285489", "82215 aur 652415",
                // "UPI PIN bhool gaya, 1501 ya 258319 tha".)
                && !(matches!(c.kind, K::Otp | K::CardPin)
                    && code_shaped
                    && (gap.len() <= 16 && either_or(gap) || renewal))
                // (Or codes listed with commas: "otp 181772, 8492, 463691
                // all invalid".)
                && !(c.kind == K::Otp && code_shaped && gap.trim_ascii() == b",")
                && !(checked(c.kind) && c.kind != K::CardNumber)
                // (Two accounts, each of its own bank's length, joined by
                // "and": "papa ka account 84139774934155 aur mera
                // 2805383636283729".)
                // (Whatever the first one's grouping: "mera khata
                // 3533.8093.543 hai aur beti ka 58846864129381".)
                && !(c.kind == K::BankAccount
                    && sp.plain()
                    && (8..=18).contains(&sp.n)
                    && b.get(c.start..c.end).is_some_and(|v| {
                        v.iter()
                            .all(|x| x.is_ascii_digit() || matches!(x, b' ' | b'.' | b'-' | b'\n'))
                            && (8..=18).contains(&v.iter().filter(|x| x.is_ascii_digit()).count())
                    })
                    && gap.len() <= 24
                    && either_or(gap))
                // (An account typed in place of another, grouped its own
                // way: "the wrong acct no 32554252 instead of 233 074 87".)
                && !(c.kind == K::BankAccount
                    && script_digits(b.get(c.start..c.end).unwrap_or(&[])) == sp.n
                    && instead_of(gap))
        {
            return None;
        }
        // A value read back ("nomor rekening 6577234319 dan nomor HP 0878…
        // iya 6577234319") keeps the kind it was found with.
        // (Within the locality bound: earlier values beyond it do not count.)
        let v = b.get(sp.start..sp.end);
        // (Only the candidates that may end past `lo` are looked at: one
        // starting there ends past it, and a scan of every candidate made
        // long texts with many values quadratic.)
        let lo = sp.start.saturating_sub(4 * self.window);
        if sink
            .near(lo)
            .iter()
            .any(|x| x.kind != c.kind && x.start >= lo && b.get(x.start..x.end) == v)
        {
            return None;
        }
        // (An amount right after it is no sibling: the caller's test of
        // every listed reading says so.)
        let raw = sink.raw(self, text, cws.min(c.end), cwe);
        let foreign = if renewal {
            self.kw.any_topic(raw, c.end, sp.start, T_NEG | T_CUR)
        } else {
            self.kw.foreign(raw, c.end, sp.start, kbit(c.kind))
        };
        (!foreign).then_some(c.kind)
    }

    /// Decides among the interpretations of a span using context.
    /// The keyword occurrences are found (once per chain window, in `sink`)
    /// only when a reading needs them.
    fn gate(
        &self,
        text: &str,
        sp: &Span,
        it: &Interps,
        sink: &mut Sink,
        (cws, cwe): (usize, usize),
    ) -> Option<(Cand, bool)> {
        let b = text.as_bytes();
        let start = sp.start;
        // No part of a run of fours longer than any card is a value (a
        // prepaid electricity token, "token 7698 0083 3800 5741 0619").
        if sp.n <= 12 && sp.n % 4 == 0 && piece_of_fours(b, sp) {
            return None;
        }
        // Nor is a phone's area code in brackets ("the number on the back
        // of the card is 1 (888) 909-7272": no card's code).
        if sp.n <= 4
            && before(b, start) == b'('
            && at(b, sp.end) == b')'
            && at(b, sp.end + 1) == b' '
            && digit_at(b, sp.end + 2).is_some()
        {
            return None;
        }
        // A value said to be a reference, an order or the like right after
        // it ("2960309484 is the complaint id they gave me", "0778157013
        // es el número de la aclaración"): only a reading that stands alone
        // by its check digits is left, or one its own word names right
        // before it (a run-on "my tax file number is 711 533 575 is my
        // claim approved yet?").
        if let Some(p) = presented_as(b, sp.end) {
            if p < cwe && !it.iter().any(|x| x.gate == Gate::Alone) {
                let raw = sink.raw(self, text, cws, cwe);
                // (In brackets right after it, whatever word names it
                // before: "rek BNI 8077… (virtual account tokped)".)
                // (Words only: "(Ref: NLK92…)", "(ag 0739)" add a field.)
                let paren = at(b, sp.end + 1) == b'(';
                let words_only = || {
                    let t = b.get(sp.end + 2..(sp.end + 51).min(b.len())).unwrap_or(&[]);
                    let inside = t.split(|&c| c == b')').next().unwrap_or(t);
                    inside.len() <= 48 && !inside.iter().any(|c| c.is_ascii_digit() || *c == b':')
                };
                if paren && words_only() && self.kw.topic_at(raw, p, T_NEG) {
                    return None;
                }
                if !paren && self.kw.topic_at(raw, p, T_NEG) {
                    let ctx = self.ctx(text, sink, sp.start, sp.end);
                    // (Not a word that ends the clause of a value before:
                    // "+91 74127 35424 is my number, 2960309484 is the
                    // complaint id".)
                    let named = ctx.hits().iter().any(|h| {
                        h.before
                            && h.clean
                            && h.dist <= 16
                            && h.mask & it.kinds() != 0
                            && b.get(h.end..sp.start).is_some_and(|g| {
                                !g.iter().any(|c| matches!(c, b',' | b'.' | b'\n'))
                            })
                    });
                    if !named {
                        return None;
                    }
                }
            }
        }
        // Seven or eight digits right after a DNI word, with no check
        // letter: an Argentine or Peruvian DNI ("mi usuario es el DNI
        // 38356597", "su DNI es 25509450"), no code and no account.
        // (The shared keyword list is asked first: few texts hold one.)
        if (7..=8).contains(&sp.n)
            && sp.plain()
            && !it.has(K::EsDni)
            && self.on(K::EsDni)
            && self.window_has(text, sink, sp.start, sp.end, kbit(K::EsDni))
        {
            let ctx = self.ctx(text, sink, sp.start, sp.end);
            if ctx
                .hits()
                .iter()
                .filter(|h| h.before && h.clean && !h.period)
                .min_by_key(|h| h.dist)
                .is_some_and(|h| h.dist <= 8 && h.mask & kbit(K::EsDni) != 0)
            {
                return None;
            }
        }
        // Sixteen digits whose NIK birth date is a date given near them
        // ("datanya\n3671024903840785\n09-03-1984"): the NIK, whatever
        // else its digits pass (a card's Luhn and prefix by chance).
        let nik_dated;
        let it = if it.has(K::IdNik)
            && sp.n == 16
            && cs::id_nik(sp.s())
            && nik_date_near(b, sp, 4 * self.window)
        {
            nik_dated = {
                let mut x = Interps::new();
                x.push(K::IdNik, Confidence::High, Gate::Alone);
                x
            };
            &nik_dated
        } else {
            it
        };
        // A number written the way a CPF is (000.000.000-00), whatever its check
        // digits say, is no phone ("cadastrar a chave 433.246.684-42").
        // Nor is twelve digits in fours from 2 to 9 without a "+", as an
        // Aadhaar is written ("ye 4370 2718 8272 kya hai? sms me aaya"),
        // unless a country's mobile after its code ("5255-3955-7533";
        // Indonesian mobiles in fours start 08) or a piece of a longer run
        // of groups (a key of 44 digits in fours).
        let cpf_written;
        let it = if it.has(K::Phone)
            && (sp.glens() == [3, 3, 3, 2] && sp.seps == SEP_DOT | SEP_DASH
                || sp.glens() == [4, 4, 4]
                    && sp.uniform
                    && matches!(sp.first(), b'2'..=b'9')
                    && before(b, start) != b'+'
                    && !mobile_shaped(sp)
                    && !in_longer_run(b, sp))
        {
            cpf_written = it.without(K::Phone);
            &cpf_written
        } else {
            it
        };
        // Eleven digits shaped like a Brazilian mobile that pass a CPF's
        // check digits by chance (one in a hundred do) are the phone a
        // phone's word right before names, with no CPF word around ("Me
        // liga no 85963027357", "tô no whats 98989070538").
        let phone_named;
        let it = if it.has(K::BrCpf)
            && it.has(K::Phone)
            && sp.plain()
            && sp.n == 11
            && sp.byte(2) == b'9'
        {
            let ctx = self.ctx(text, sink, sp.start, sp.end);
            let phone_word = ctx.hits().iter().any(|h| {
                h.before
                    && h.clean
                    && !h.period
                    && h.dist <= 16
                    && h.mask & kbit(K::Phone) != 0
                    && h.mask & (kbit(K::BrCpf) | T_NEG) == 0
            });
            let cpf_word = ctx.hits().iter().any(|h| h.mask & kbit(K::BrCpf) != 0);
            if phone_word && !cpf_word {
                phone_named = it.without(K::BrCpf);
                &phone_named
            } else {
                it
            }
        } else {
            it
        };
        // A day and month at one end of a range of dates ("traveling to
        // Japan 12/03 to 12/19") is no expiry.
        let ranged;
        let it = if it.has(K::CardExpiry)
            && sp.ngroups == 2
            && sp.seps == SEP_SLASH
            && in_date_range(b, sp.start, sp.end)
        {
            ranged = it.without(K::CardExpiry);
            &ranged
        } else {
            it
        };
        // A number read only as a security code, or only as a birth date
        // (a date that opens the text aside), is reported only by a word of
        // its kind in the text (its window's, or a question's that it
        // answers) or after a value found before it (a card, an expiry, a
        // person's id, another of its kind): with neither, nothing below
        // can report it.
        let alone = it.kinds() == kbit(K::CardSecurityCode)
            || it.kinds() == kbit(K::DateOfBirth) && !opens_on_old_date(b, sp);
        if alone
            && sink.cands.is_empty()
            && !self
                .kw
                .any_topic(sink.raw(self, text, cws, cwe), 0, b.len(), it.kinds())
        {
            return None;
        }
        // Nor is a number read only as a secret (a security code, a PIN, a
        // one-time code, a password: four digits such as "sala 2565",
        // "error 3578") when no word of those kinds is in the text and no
        // value was found before it: of the readings below, only a one-time
        // code's template ("enter 7832 in the app") and a PIN said to be set
        // ("changed it to 2469 at the atm", "ya lo cambié a 4351") report one
        // without such a word.
        // (Asked here, before the rest, because most short numbers in chat
        // are such look-alikes.)
        let secrets =
            kbit(K::CardSecurityCode) | kbit(K::CardPin) | kbit(K::Otp) | kbit(K::Password);
        if it.kinds() & !secrets == 0
            && sink.cands.is_empty()
            && !self
                .kw
                .any_topic(sink.raw(self, text, cws, cwe), 0, b.len(), it.kinds())
        {
            return otp_template(text, sp, it)
                .or_else(|| self.pin_set_to(text, sink, sp, it))
                .or_else(|| self.changed_it_to(text, sink, sp, it));
        }
        // A mobile of the person a borrower gave as a reference ("my
        // reference is my sister, 0703 …", "Character reference:
        // 0935-176-5114", "mi referencia es mi prima Yessica 919275839"):
        // that person's phone, though "reference" most often names a
        // number of no one.
        if it.has(K::Phone) && sink.refers(b) && mobile_shaped(sp) && reference_person(b, sp.start)
        {
            return Some((Cand::context(start, sp.end, K::Phone), false));
        }
        // The date and time stamp that starts a line of a chat export
        // ("05/05/2024, 01:12 - Thiago: …", "[05/05/24, 1:12 PM] …").
        if in_stamp(b, sp.start)
            || build_number(b, sp)
            || slashed_ref(b, sp)
            || year_since(text, sp)
            || pt_tax_number(text, sp)
        {
            return None;
        }
        // A published test card number next to a word of testing ("Stripe
        // test mode: use 4242 4242 4242 4242") is no customer's.
        if it.has(K::CardNumber)
            && TEST_CARDS.contains(&sp.s())
            && self
                .kw
                .any_topic(sink.raw(self, text, cws, cwe), cws, cwe, T_TEST)
        {
            return None;
        }
        // Six digits after "pin" in a postal address ("Sector 20, Gurgaon,
        // pin 717696") are a PIN code, not a card's PIN.
        let own_addr;
        let it = if sp.n == 6
            && it.has(K::CardPin)
            && self
                .kw
                .any_topic(sink.raw(self, text, cws, cwe), cws, cwe, T_ADDR)
            && {
                // The bare word "pin" after an address word ("upi pin",
                // "atm pin" still name a secret).
                let ctx = self.ctx(text, sink, sp.start, sp.end);
                ctx.nearest(kbit(K::CardPin)).is_some_and(|h| {
                    h.before
                        && text
                            .get(h.start..h.end)
                            .is_some_and(|w| w.eq_ignore_ascii_case("pin"))
                        && ctx.hits().iter().any(|a| {
                            a.mask & T_ADDR != 0 && a.before && !a.period && a.start < h.start
                        })
                })
            } {
            own_addr = it.without(K::CardPin);
            &own_addr
        } else {
            it
        };
        // A single strongly validated reading (IBAN, grouped card, formatted
        // CPF ...) needs no context: it is reported at High either way.
        if let (1, Some(x)) = (it.n, it.iter().next()) {
            if x.gate == Gate::Alone && x.base == Confidence::High && x.kind != K::Phone {
                let cand = Cand {
                    start,
                    end: sp.end,
                    kind: x.kind,
                    conf: Confidence::High,
                    tier: 1,
                    frag: NO_FRAG,
                };
                return Some((cand, true));
            }
        }
        // An international phone keeps its `+`.
        let plus = before(b, sp.start) == b'+';
        // A toll-free or nationwide service number is a business's, never
        // a person's.
        let own;
        // Saudi toll-free numbers (800 123 4567) are written unbroken too;
        // in Arabic text "8001705007" is one, not an Indian mobile.
        // So are UAE 600 numbers unbroken or read in threes ("600 503
        // 765"), which in Spanish text are mobiles.
        let arabic_before = || {
            b.get(sp.start.saturating_sub(4 * self.window)..sp.start)
                .is_some_and(|h| h.iter().any(|c| matches!(c, 0xD8..=0xDB)))
        };
        let gulf_free = sp.n == 10 && sp.plain() && sp.s().starts_with(b"800")
            || sp.n == 9 && (sp.plain() || sp.glens() == [3, 3, 3]) && sp.s().starts_with(b"600");
        let saudi_free = gulf_free && arabic_before();
        // Nor is a line the customer called and no one answered ("I
        // called 8001226860 3 times, nobody answer", "nag-try ako tumawag
        // sa 600501391 pero walang sumasagot", "اتصلت على 4440 4312 أكثر من
        // مرة"): a bank's, unless a mobile's shape says otherwise.
        // (Or a UAE landline, nine digits from 0: "اتصلت على ٠٤ ٣١٦ ٠٠٠٠
        // أكثر من مرة وما أحد رد".)
        // (Or an international number no mobile plan reads: "llamé al +56 2
        // 2351 1000 y no contestan".)
        let unanswered = it.has(K::Phone)
            && (gulf_free
                || sp.n == 8 && matches!(sp.first(), b'1' | b'2' | b'4') && !mobile_shaped(sp)
                || sp.n == 9 && sp.first() == b'0' && !mobile_shaped(sp)
                || plus && !mobile_shaped(sp))
            && called_unanswered(b, sp.start, sp.end);
        // (Brazil's nationwide lines keep the country code too: "+55 11
        // 4004-0001".)
        let national = !plus || sp.s().starts_with(b"55");
        // The UK's 03 numbers of organisations and its free 0800 and 0808
        // lines keep the country code as well: "+44 345 600 2290".
        let uk_line = sp.n == 12
            && (matches!(sp.s().get(..4), Some(b"4430" | b"4433" | b"4434" | b"4437"))
                || matches!(sp.s().get(..5), Some(b"44800" | b"44808")));
        // (Only a phone or account reading is taken away: nothing to ask
        // of the other spans.)
        let lines_of = it.has(K::Phone) || it.has(K::BankAccount);
        let it = if lines_of
            && (national && (service_number(sp) || saudi_free)
                || unanswered
                || plus && uk_line
                || it.has(K::Phone) && business_call(b, sp))
        {
            // (Unless an account word stands right before eight digits or
            // more: "account 902470191" is no Spanish 902 line; "BRI 14017"
            // and "Maybank 1300 880 900" are the bank's call centres. Digits
            // typed unbroken may stand a few words after it: "rekening
            // tujuan 1860914745", "rekening BCA 1800512733".)
            // (A bank's name does too before ten digits starting 123, a
            // Swish number's shape, no call centre's: "pls use DBS
            // 1237898991".)
            let reach = if sp.plain() { 16 } else { 4 };
            let ctx = if sp.n >= 8 {
                self.ctx(text, sink, sp.start, sp.end)
            } else {
                Ctx::empty()
            };
            let swish = swish_shaped(sp);
            let account = ctx
                .nearest_where(kbit(K::BankAccount), |h| {
                    h.before && (h.mask & T_BANK == 0 || swish)
                })
                .is_some_and(|h| h.clean && !h.period && h.dist <= reach);
            // Nor when eleven digits starting 0808 or 0810 (Nigerian and
            // Indian mobiles too) are someone's own number: "my phone
            // number is 0810 941 2394", "Phone: 0808-285-3233". Nor those
            // starting 030 to 034 (Pakistani mobiles too): "Mobile: 0336
            // 298 8728".
            let pk_mobile = sp.s().starts_with(b"03") && matches!(sp.byte(2), b'0'..=b'4');
            let personal = sp.n == 11
                && (sp.s().starts_with(b"0808") || sp.s().starts_with(b"0810") || pk_mobile)
                && ctx.hits().iter().any(|h| {
                    // (The 03 ones named by any word of someone's number,
                    // not one of calling a line: British banks' 03 lines
                    // are written alike, "Not you? Call 0345 300 0000";
                    // "my phone 0333 617 8197" is a Pakistani mobile.)
                    let word = b.get(h.start..h.end).unwrap_or(&[]);
                    let calling = [
                        &b"call"[..],
                        b"ring",
                        b"dial",
                        b"line",
                        b" us",
                        b"our",
                        b"lig",
                        b"llam",
                    ]
                    .iter()
                    .any(|x| contains_ci(word, x));
                    // (Or, whoever's it is, by a word only a mobile has:
                    // "please jazzcash 0304 708 1744", "yes registered no
                    // is 0349 617 8197".)
                    let mobile_word = pk_mobile
                        && h.before
                        && h.clean
                        && !h.period
                        && h.dist <= 24
                        && h.mask & kbit(K::Phone) != 0
                        && [
                            &b"mobile"[..],
                            b"paisa",
                            b"jazz",
                            b"registered",
                            b"whatsapp",
                            b"cell",
                        ]
                        .iter()
                        .any(|x| contains_ci(word, x));
                    own_number_word(text, h, sp.start) && !(pk_mobile && calling) || mobile_word
                })
                // Any of them right after the speaker's "my number" ("mi
                // número es 833 639 9571": Tampico's area code, the shape
                // of a US toll-free line).
                // (The possessive may stand before the word, and a word of
                // time between: "mi celular es 844 …", "cambié de número,
                // ahora es 844 …".)
                || ctx.hits().iter().any(|h| {
                    const MY: [&[u8]; 6] = [b"mi ", b"my ", b"meu ", b"mon ", b"mera ", b"il mio "];
                    let word = b.get(h.start..h.end).unwrap_or(&[]);
                    let head = b.get(h.start.saturating_sub(8)..h.start).unwrap_or(&[]);
                    let mine = MY.iter().any(|x| starts_with_ci(word, x))
                        || ends_with_word(head, &MY);
                    let changed = h.before
                        && h.mask & (kbit(K::Phone) | T_GEN) != 0
                        && h.mask & T_NEG == 0
                        && changed_number_now(b, h.start, h.end, sp.start);
                    h.dist <= 12 && (own_number_word(text, h, sp.start) && mine || changed)
                })
                // Or, nine digits from 9, a Peruvian wallet's name or verb
                // right before: its number is a mobile ("para el plin
                // 902045720", "yapeame al 902…").
                || sp.n == 9
                    && sp.first() == b'9'
                    && ctx.hits().iter().any(|h| {
                        let word = b.get(h.start..h.end).unwrap_or(&[]);
                        h.before
                            && h.clean
                            && h.dist <= 4
                            && [&b"plin"[..], b"yape"].iter().any(|w| starts_with_ci(word, w))
                    });
            own = if personal {
                it.without(K::BankAccount)
            } else if account {
                it.without(K::Phone)
            } else {
                it.without(K::Phone).without(K::BankAccount)
            };
            &own
        } else {
            it
        };
        let hash_before = before(b, sp.start) == b'#'
            || (before(b, sp.start) == b' ' && before(b, sp.start.saturating_sub(1)) == b'#');
        // Thousands or decimal separators glue amounts: "1.234,56", "١٣٩٬١٩٢".
        // (Or cents with a unit glued to them: "57803.00rs".)
        let amount_after = (at(b, sp.end) == b',' && digit_at(b, sp.end + 1).is_some())
            || (at(b, sp.end) == b'.'
                && at(b, sp.end + 1).is_ascii_digit()
                && at(b, sp.end + 2).is_ascii_digit()
                && at(b, sp.end + 3).is_ascii_alphabetic())
            || (at(b, sp.end) == 0xD9
                && matches!(at(b, sp.end + 1), 0xAB | 0xAC)
                && digit_at(b, sp.end + 2).is_some());
        let amount_before =
            (before(b, sp.start) == b',' && sp.start >= 2 && digit_before(b, sp.start - 1))
                || (sp.start >= 3
                    && before(b, sp.start - 1) == 0xD9
                    && matches!(before(b, sp.start), 0xAB | 0xAC)
                    && digit_before(b, sp.start - 2));
        // A chat export names a sender it has no contact for by phone
        // number ("[22/05/24, 10:42:10 PM] +91 98204 11873: hi all").
        if it.has(K::Phone) && sender_slot(b, sp.start - usize::from(plus), sp.end) {
            let cand = Cand {
                start: sp.start - usize::from(plus),
                end: sp.end,
                kind: K::Phone,
                conf: Confidence::High,
                tier: 0,
                frag: NO_FRAG,
            };
            return Some((cand, false));
        }
        let all_ctx = it.iter().all(|x| x.gate == Gate::Ctx);
        // A message that is nothing but one national id passing its check
        // digits is the answer to a question asked in another message
        // ("59923630276"): hide it (fail closed) at medium confidence.
        // (Or after a short line that only presents it: "kak ini ya\n…",
        // "data saya:\n…", "here:\n…".)
        let intro = |h: &[u8]| {
            let t = h.trim_ascii_end();
            h.len() <= 32
                && (h.ends_with(b"\n") || t.ends_with(b":"))
                && !h.iter().any(u8::is_ascii_digit)
                && t.split(|&c| c == b' ').filter(|w| !w.is_empty()).count() <= 4
        };
        let checked = [K::TrTckn, K::IdNik, K::PlPesel, K::NlBsn, K::AuTfn];
        // (Or before a word or two that only present it, with no question
        // and no word against it: "… ini kak", "… here", "… ya".)
        let presents = |t: &[u8]| {
            let t = t.trim_ascii();
            t.len() <= 12
                && t.iter()
                    .all(|&c| c.is_ascii_alphabetic() || b" .!,:".contains(&c))
                && (1..=2).contains(
                    &t.split(|&c| !c.is_ascii_alphabetic())
                        .filter(|w| !w.is_empty())
                        .count(),
                )
                && it.iter().any(|x| checked.contains(&x.kind))
        };
        let tail = b.get(sp.end..).unwrap_or(&[]);
        let outro = presents(tail);
        // (Before it, only words of assent or address, nothing after it,
        // and an id of eleven digits or more: nine are shared by too many
        // kinds' checks. Words on both sides are chat around a number: "ok
        // 59923630276 ok".)
        let lead_in = |h: &[u8]| {
            sp.n >= 11
                && tail.iter().all(u8::is_ascii_whitespace)
                && presents(h)
                && words_all_in(
                    h,
                    |c| !c.is_ascii_alphabetic(),
                    &[
                        b"ok", b"oke", b"okay", b"ini", b"kak", b"ka", b"here", b"sure", b"yes",
                        b"ya", b"iya", b"tamam", b"evet", b"this", b"tak", b"ja", b"sir", b"ji",
                    ],
                )
        };
        let lone = sp.start <= self.window
            && b.len() - sp.end <= self.window
            && (tail.iter().all(u8::is_ascii_whitespace)
                || outro && {
                    let ctx = self.ctx(text, sink, sp.start, sp.end);
                    !ctx.hits()
                        .iter()
                        .any(|x| !x.before && x.mask & (T_NEG | T_CUR) != 0)
                })
            && b.get(..sp.start).is_some_and(|h| {
                h.iter().all(u8::is_ascii_whitespace)
                    || (intro(h) || lead_in(h)) && !it.has(K::CardNumber) && {
                        // (An intro naming a kind leaves the value to it:
                        // "Got the code:\n…", "Nowy numer telefonu: …"; one
                        // with a negative word is no intro: "Reference
                        // number: …".)
                        let ctx = self.ctx(text, sink, sp.start, sp.end);
                        !ctx.hits()
                            .iter()
                            .any(|x| x.before && x.mask & (KIND_BITS | T_NEG | T_CUR) != 0)
                    }
            });
        if lone {
            if let Some(x) = it.iter().find(|x| checked.contains(&x.kind)) {
                return Some((Cand::context(start, sp.end, x.kind), false));
            }
        }
        // A value listed right after the one it belongs with ("4111 ... /
        // 04/29 / 771", "sort 60-16-13 / 31926819"): the first value is
        // its context.
        if all_ctx && !(amount_after || amount_before || decimal_tail(sp)) {
            let listed = it
                .iter()
                .find(|x| listed_after(b, &sink.cands, sp, x.kind))
                .map(|x| x.kind)
                .or_else(|| {
                    // Not when the value's own word of another kind comes
                    // right before it ("… sorry it's a US account, routing
                    // 314832126").
                    // Nor a card's last digits ("PIN 6372, mesin bilang salah.
                    // kartu akhiran 4459").
                    let k = corrected_after(b, &sink.cands, sp, it)?;
                    let other = it.kinds() & !kbit(k);
                    let ctx = self.ctx(text, sink, sp.start, sp.end);
                    // Nor a reference named right before it ("… instead of my
                    // brother's, can you reverse? UTR 2623…").
                    let named = ctx
                        .nearest(other)
                        .is_some_and(|h| h.before && h.clean && h.dist <= 4)
                        || ctx
                            .hits()
                            .iter()
                            .any(|h| h.mask & T_NEG != 0 && h.before && h.clean && h.dist <= 8);
                    let last = ctx.last_digits() && sp.n <= 6;
                    (!(named || last)).then_some(k)
                })
                .or_else(|| self.retyped_after_word(text, sink, sp, it))
                .or_else(|| {
                    // "SBI, 3271 0048 8913, SBIN0012284": the account right
                    // before its branch's IFSC.
                    // An account number alone later in the clause ("sent
                    // to 52096076925442 by mistake, ifsc IDIB0034520").
                    // Not a value whose own label names something else
                    // ("order: 5853… || ifsc: …", "#5619735 — IFSC …").
                    (it.has(K::BankAccount)
                        && (ifsc_after(b, sp.end)
                            || sp.plain() && sp.n >= 9 && ifsc_later(b, sp.end))
                        && {
                            let ctx = self.ctx(text, sink, sp.start, sp.end);
                            let near = |h: &crate::scanner::context::Hit| {
                                h.before && h.clean && h.dist <= 8
                            };
                            // (Or a reference's word further back with no
                            // account word nearer: "virtual account hai
                            // payment ke liye: 7946… (IFSC …)".)
                            let account_word = ctx
                                .nearest_where(kbit(K::BankAccount), |h| h.before)
                                .map_or(usize::MAX, |h| h.dist);
                            !(ctx.nearest(T_NEG).is_some_and(|h| {
                                near(&h)
                                    || h.before && h.clean && h.dist <= 24 && h.dist < account_word
                            }) || before(b, start) == b'#'
                                && !ctx.nearest(kbit(K::BankAccount)).is_some_and(|h| h.before))
                        })
                    .then_some(K::BankAccount)
                })
                .or_else(|| {
                    // A bank's name right before or after the account ("HDFC
                    // 39504085627", "6812164780 (Sterling)", "8088823457,
                    // Zenith Bank").
                    // (Or a Nigerian account of ten digits in groups:
                    // "to Access 14857 72107", "Polaris 1458-023-493".)
                    (it.has(K::BankAccount)
                        && (sp.plain() && (9..=18).contains(&sp.n)
                            || sp.n == 10
                                && sp.uniform
                                && sp.ngroups <= 3
                                && sp.seps_in(SEP_SPACE | SEP_DASH))
                        && bank_named(b, start, sp.end)
                        && {
                            let ctx = self.ctx(text, sink, sp.start, sp.end);
                            !ctx.hits()
                                .iter()
                                .any(|h| h.mask & T_NEG != 0 && h.clean && h.dist <= 16)
                        })
                    .then_some(K::BankAccount)
                })
                .or_else(|| self.sibling_after(text, sink, sp, it, (cws, cwe)))
                // Nor an amount, its currency right after it ("…, IFSC
                // SBIN0140331, 12500 AED bhejna hai", "pin 4404 hai, ATM se
                // 5000 nikal").
                .filter(|_| {
                    !(at(b, sp.end) == b' ' && sp.end + 1 < cwe && {
                        let raw = sink.raw(self, text, sp.end, cwe);
                        self.kw.topic_at(raw, sp.end + 1, T_CUR)
                    })
                });
            if let Some(kind) = listed {
                let cand = Cand {
                    start,
                    end: sp.end,
                    kind,
                    conf: Confidence::High,
                    tier: 0,
                    frag: NO_FRAG,
                };
                return Some((cand, false));
            }
        }
        // Context-only readings of an amount are never reported, whatever
        // the keywords (see `base_neg` below): no need to find them.
        if all_ctx && (amount_after || amount_before || decimal_tail(sp)) {
            return None;
        }
        // A second account joined to one found by "and" or "or", shaped as
        // a mobile too ("tengo dos cuentas 0041316490 y 03488819268"): an
        // account, as it is when no mobile reads it.
        if !all_ctx
            && it.has(K::BankAccount)
            && it.iter().all(|x| x.gate == Gate::Ctx || x.kind == K::Phone)
            && sink.cands.last().is_some_and(|c| {
                c.kind == K::BankAccount
                    && b.get(c.end..sp.start)
                        .is_some_and(|g| g.len() <= 8 && either_or(g))
            })
            && self.sibling_after(text, sink, sp, it, (cws, cwe)) == Some(K::BankAccount)
        {
            return Some((Cand::context(start, sp.end, K::BankAccount), false));
        }
        // A year after a month's name is a date ("last one I got was for
        // Jan 2025"), not a code.
        // (Or glued to it by a dash, a slash or a dot: "17-Mar-2025 |
        // NIP/ZAINAB/…", a statement's row.)
        if all_ctx
            && sp.plain()
            && year_shaped(sp)
            && (month_before(b, sp.start).is_some() || month_glued_before(b, sp.start))
        {
            return None;
        }
        // A long number given alone after a word of correction, a whole
        // message ("no its 4940020946", "nahi ye wala 17966955725", "bukan
        // kak, yg bener 3592868076"): the account the customer is
        // correcting, hidden at medium confidence.
        if all_ctx
            && sp.plain()
            && (9..=18).contains(&sp.n)
            && it.has(K::BankAccount)
            // (Not one shaped as the commonest mobiles: ten digits from 6
            // to 9, or a trunk zero and ten or eleven.)
            && !(sp.n == 10 && matches!(sp.first(), b'6'..=b'9')
                || sp.first() == b'0' && (10..=11).contains(&sp.n))
            && correction_alone(b, sp)
        {
            return Some((Cand::context(start, sp.end, K::BankAccount), false));
        }
        let flags = (hash_before, amount_after, amount_before, all_ctx);
        match self.gate_ctx(text, sp, it, sink, (cws, cwe), flags) {
            // "Your OTP for adding beneficiary is 604218": the code the
            // notice ends on, not an account its words speak of.
            // (Nor an Aadhaar mistyped right after its word: "mera aadhaar
            // 2208 9864 6616 se 2 account link dikh rahe".)
            Some((c, strong)) if c.kind == K::BankAccount => self
                .otp_sentence(text, sink, sp, it)
                .or_else(|| self.otp_of_bank(text, sink, sp, it))
                .or_else(|| otp_template(text, sp, it))
                .or_else(|| self.named_unchecked(text, sink, sp))
                .or(Some((c, strong))),
            // Four digits named only by a generic code word after an Amex
            // card ("amex 3422 194444 23142 and the 4 digit code on the
            // front is 5519"): its CID, the card's security code.
            Some((mut c, strong))
                if matches!(c.kind, K::Otp | K::CardPin)
                    && sp.n == 4
                    && it.has(K::CardSecurityCode)
                    && self.amex_code(text, sink, sp) =>
            {
                c.kind = K::CardSecurityCode;
                Some((c, strong))
            }
            // A code its owner changes ("clave de la app: 151114, la cambié
            // ayer", "… es 064795, cámbiala"): a PIN, no one-time code.
            // So is one its owner forgot ("j'ai oublié mon code, c'était
            // 0005", "نسيت le code … كان 0872"), unless a word of one-time
            // codes names it (a generic "code" word does not).
            Some((mut c, strong))
                if matches!(c.kind, K::Otp | K::CardSecurityCode)
                    && it.has(K::CardPin)
                    && (changed_around(b, sp.start, sp.end)
                        || forgotten_before(b, sp.start)
                            && !self.ctx(text, sink, sp.start, sp.end).hits().iter().any(
                                |h| {
                                    h.before
                                        && h.mask & kbit(K::Otp) != 0
                                        && h.mask & (kbit(K::CardPin) | T_CODE) == 0
                                },
                            )) =>
            {
                c.kind = K::CardPin;
                Some((c, strong))
            }
            // A secret in a message shown as received ("me llegó este sms:
            // 'Tu clave de acceso es 22908050 …'", "FW: \"Barclays: 445101
            // is your passcode to approve …\""): no bank sends a customer's
            // own password or PIN, so it is a one-time code.
            Some((mut c, strong))
                if matches!(c.kind, K::Password | K::CardPin)
                    && it.has(K::Otp)
                    && sp.digits_only()
                    && in_received_quote(b, sp.start) =>
            {
                c.kind = K::Otp;
                Some((c, strong))
            }
            // A number passing the check digits of two kinds, given as the
            // answer to a question naming the other ("TC kimlik numaranızı
            // alabilir miyim?\nMehmet: 95442647012", a TCKN that passes a
            // CPF's check too; a TFN asked for that passes a SIN's, a NIK
            // a card's): the kind asked for.
            Some((c, strong))
                if (c.kind == K::Phone || passes_check(c.kind, sp))
                    && it
                        .iter()
                        .any(|x| x.kind != c.kind && passes_check(x.kind, sp)) =>
            {
                // (Otherwise as the two readings below would have it.)
                match self.answered(text, sink, sp, it) {
                    Some(a) if a.0.kind != c.kind && passes_check(a.0.kind, sp) => Some(a),
                    _ if c.kind != K::Otp && c.tier == 0 => {
                        otp_template(text, sp, it).or(Some((c, strong)))
                    }
                    Some(a)
                        if !strong
                            && matches!(c.kind, K::Phone | K::InAadhaar)
                            && c.conf < Confidence::High
                            && ASKED_OVER_PHONE.contains(&a.0.kind) =>
                    {
                        Some(a)
                    }
                    _ => Some((c, strong)),
                }
            }
            // The code a one-time-code message is built around ("Use
            // 685828 to confirm enrollment of biller", "Use 81722489 to
            // verify your device"), whatever a word in the window names.
            Some((c, strong)) if c.kind != K::Otp && c.tier == 0 => {
                otp_template(text, sp, it).or(Some((c, strong)))
            }
            // A number shaped as a mobile given as the answer to a question
            // for an account ("Bot: Masukkan nomor rekening tujuan\nNasabah:
            // 0531577135", "> kindly provide your account number and
            // registered phone number\n6564474420\n+234 …"): the account
            // the question names, not a phone no word names.
            // (So is twelve digits passing the Aadhaar check by chance, one
            // time in ten: "Bot: اكتب رقم الحساب\nأنا: ٤٧٦١١٠٠٩٥٦٢٤".)
            // (Or the national id the question names, whose check the
            // number passes too: "PKO BP: Proszę podać numer PESEL.\nKasia:
            // 01242510546", a PESEL that reads as a British landline.)
            Some((c, false))
                if matches!(c.kind, K::Phone | K::InAadhaar)
                    && c.conf < Confidence::High
                    && ASKED_OVER_PHONE.iter().any(|&k| it.has(k)) =>
            {
                match self.answered(text, sink, sp, it) {
                    Some(a) if ASKED_OVER_PHONE.contains(&a.0.kind) => Some(a),
                    _ => Some((c, false)),
                }
            }
            Some(found) => Some(found),
            None => self
                .answered(text, sink, sp, it)
                .or_else(|| self.otp_sentence(text, sink, sp, it))
                .or_else(|| otp_template(text, sp, it))
                .or_else(|| self.warned_code(text, sink, sp, it))
                // (Not a sum with its currency: "ok got it, ₹150345".)
                .or_else(|| {
                    arrived_code(text, sp, it)
                        .filter(|_| !self.ctx(text, sink, sp.start, sp.end).currency(b))
                })
                .or_else(|| self.arrived_after(text, sink, sp, it))
                .or_else(|| self.code_after_phone(text, sink, sp, it))
                .or_else(|| self.pin_set_to(text, sink, sp, it))
                .or_else(|| self.changed_it_to(text, sink, sp, it))
                .or_else(|| self.refused_code(text, sink, sp, it))
                .or_else(|| self.warned_reply(text, sink, sp, it))
                .or_else(|| {
                    // (Both read a mobile-shaped number, asked once. Not
                    // one whose last group is a lone digit: "I phoned 0800
                    // 032 5598 3 times".)
                    let mobile = it.has(K::Phone)
                        && sp.glens().last().is_some_and(|&g| g >= 2)
                        && mobile_shaped(sp)
                        && !service_number(sp);
                    if !mobile {
                        return None;
                    }
                    called_at(text, sp)
                        .or_else(|| wallet_party(text, sp))
                        .or_else(|| details_phone(b, &sink.cands, sp))
                        .or_else(|| self.renewed_number(text, sink, sp))
                        .or_else(|| code_sent_to(text, sp))
                        .or_else(|| self.lone_mobile(text, sink, sp))
                })
                .or_else(|| lone_code(text, sp, it))
                .or_else(|| self.renewed_account(text, sink, sp, it))
                .or_else(|| self.confessed(text, sink, sp, it))
                .or_else(|| self.named_earlier(text, sink, sp, it))
                .or_else(|| self.recalled(text, sink, sp, it))
                .or_else(|| self.asked_back(text, sink, sp, it))
                .or_else(|| self.told_after_asked(text, sink, sp, it))
                .or_else(|| {
                    let kinds = self.header_kinds(text, sink, sp.start, sp.end, it.kinds());
                    let x = it.iter().find(|x| kinds & kbit(x.kind) != 0)?;
                    let start = if x.kind == K::Phone {
                        phone_start(b, sp.start, sp.end)
                    } else {
                        sp.start
                    };
                    Some((Cand::context(start, sp.end, x.kind), false))
                })
                .or_else(|| self.named_unchecked(text, sink, sp))
                .or_else(|| self.card_then_expiry(text, sink, sp, it))
                .or_else(|| self.bic_named(text, sink, sp, it))
                .or_else(|| {
                    let phone = it.has(K::Phone);
                    (phone && !service_number(sp))
                        .then(|| self.nanp_grouped(text, sink, sp))
                        .flatten()
                })
                .or_else(|| {
                    self.otp_headline(text, sink, sp, it)
                        .then(|| (Cand::context(sp.start, sp.end, K::Otp), false))
                }),
        }
    }

    /// A card number of a length that needs its word (thirteen, fourteen,
    /// seventeen to nineteen digits) or grouped as no card prints it, its
    /// brand's prefix and Luhn passing, followed in its sentence within 24
    /// bytes by a word of the card's expiry or security code
    /// ("5060998683140706314, exp 04/2028, cvv 386"): the card those belong
    /// to, at medium confidence, unless a negative word speaks against it.
    fn card_then_expiry(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        if !it.has(K::CardNumber) || sp.n < 13 || !cs::card_number(sp.s()) || !cs::luhn(sp.s()) {
            return None;
        }
        // (The keyword list, not the window's: a word followed by its own
        // value speaks of that value there. A word of the expiry or the
        // code alone: "card" after it names the card the number was sent
        // with, "AWB 5814… me card bheja".)
        let b = text.as_bytes();
        let mut hi = (sp.end + 24).min(b.len());
        // (In its sentence.)
        if let Some(k) = b
            .get(sp.end..hi)
            .and_then(|g| g.windows(2).position(|w| w == b". "))
        {
            hi = sp.end + k;
        }
        let want = kbit(K::CardExpiry) | kbit(K::CardSecurityCode);
        if !self.card_word_after(text, sink, sp.end, hi, want) {
            return None;
        }
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        (!ctx.negative(kbit(K::CardNumber), true))
            .then(|| (Cand::context(sp.start, sp.end, K::CardNumber), false))
    }

    /// True if a word of the topics `want` from the keyword list, no
    /// negative word and no card's, stands in `text[end..hi]` (`hi` moved
    /// back to a character's start): a card's expiry or code after the
    /// number ("… 4346 validade 1/26", "5060…, exp 04/2028, cvv 386").
    fn card_word_after(
        &self,
        text: &str,
        sink: &mut Sink,
        end: usize,
        hi: usize,
        want: u64,
    ) -> bool {
        let mut hi = hi.min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let raw = sink.raw(self, text, end, hi);
        self.kw.word_of_topic(
            text.as_bytes(),
            raw,
            (end, hi),
            want,
            T_NEG | kbit(K::CardNumber),
        )
    }

    /// A North American number written the way only phone numbers are
    /// ("347.714.3230", "210 812 2047"): ten digits grouped 3-3-4 by one
    /// kind of space or dot, an area code and an exchange starting 2 to 9,
    /// neither an N11 code, the area code no toll-free (8XX with a doubled
    /// digit, "800", "833" … "888"), premium or service one ("900", "600",
    /// "500", "700"), and no negative word (a reference, tracking number,
    /// MTCN, contract, folio …) or currency in the window. A phone at medium
    /// confidence, with no keyword: references and ids are rarely grouped so,
    /// and a number hidden in doubt is the safe side.
    ///
    /// Asked last, of a number a phone may be, no service number.
    fn nanp_grouped(&self, text: &str, sink: &mut Sink, sp: &Span) -> Option<(Cand, bool)> {
        if !(sp.n == 10
            && sp.shape(&[3, 3, 4])
            && sp.uniform
            && matches!(sp.seps, SEP_SPACE | SEP_DOT))
        {
            return None;
        }
        let (a, b, c) = (sp.byte(0), sp.byte(1), sp.byte(2));
        let n11 = |x: u8, y: u8| x == b'1' && y == b'1';
        let toll_free = a == b'8' && (b == c || b == b'0' && c == b'0');
        let service = matches!(a, b'5' | b'6' | b'7' | b'9') && b == b'0' && c == b'0';
        if !(b'2'..=b'9').contains(&a)
            || n11(b, c)
            || toll_free
            || service
            || !(b'2'..=b'9').contains(&sp.byte(3))
            || n11(sp.byte(4), sp.byte(5))
        {
            return None;
        }
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        // (A negative word speaking of it, or a currency next to it; one
        // about another value on the next line does not count: "cb no:
        // 649.535.9404\nDOB vrfd: …\nref ticket 50318".)
        let currency = ctx
            .hits()
            .iter()
            .any(|h| h.mask & T_CUR != 0 && h.dist <= 2);
        if ctx.negative(kbit(K::Phone), true) || currency {
            return None;
        }
        Some((Cand::context(sp.start, sp.end, K::Phone), false))
    }

    /// A mobile-shaped number right after a word saying it is the new or
    /// the old one ("naya 07317103070", "el anterior era 719 163 192",
    /// "yg baru 6281…", "Old: 0426…"), in a message whose words at most 120
    /// characters before name a phone or a number, with no negative word
    /// among them: a changed number. A phone at medium confidence.
    ///
    /// Asked of a mobile-shaped number a phone may be, no service number.
    fn renewed_number(&self, text: &str, sink: &mut Sink, sp: &Span) -> Option<(Cand, bool)> {
        let other = kbit(K::BankAccount) | kbit(K::CardNumber) | kbit(K::Otp) | kbit(K::CardPin);
        self.renewed(text, sink, sp, kbit(K::Phone) | T_GEN, other, K::Phone)
    }

    /// A mobile-shaped number of ten digits (or nine) given alone in a
    /// short message, with at most four words of presenting around it ("ye
    /// raha 8654380917", "9936397674 ye hai sir", "buenas tardes 3132472178
    /// ese es", "tak, 694212377"): the answer to a question asked in
    /// another message. No other digit in
    /// the text, every word around it one of [`PRESENTING`] or a phone's
    /// or a number's keyword (a reference, an application, a transfer say
    /// what it is), at most 48 bytes. A phone at medium confidence: hidden
    /// when in doubt.
    fn lone_mobile(&self, text: &str, sink: &mut Sink, sp: &Span) -> Option<(Cand, bool)> {
        let b = text.as_bytes();
        // (Ten digits: eleven given alone are as often an id failing its
        // check, "59923630277".)
        // (Or nine, a mobile's in Spain, Portugal, Poland or Peru.)
        if b.len() > 48 || !(sp.n == 10 || sp.n == 9 && mobile_shaped(sp)) || !sp.plain() {
            return None;
        }
        let (head, rest) = (text.get(..sp.start)?, text.get(sp.end..)?);
        // (At most four words, each a presenting one.)
        let mut words = words_of(head).chain(words_of(rest));
        if head
            .bytes()
            .chain(rest.bytes())
            .any(|c| c.is_ascii_digit() || c == b'?')
            || !words.by_ref().take(4).all(|w| one_of(PRESENTING, w))
            || words.next().is_some()
        {
            return None;
        }
        let raw = sink.raw(self, text, 0, b.len());
        let other = !(kbit(K::Phone) | T_GEN);
        (!self.kw.any_topic(raw, 0, b.len(), other))
            .then(|| (Cand::context(sp.start, sp.end, K::Phone), false))
    }

    /// An account number right after a word saying it is the new or the
    /// old one, the last value word before it an account's ("can i get a
    /// new account number? Old one 1149 2280 4451 is compromised"): an
    /// account at medium confidence. Eight digits or more.
    fn renewed_account(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        if !it.has(K::BankAccount) || sp.n < 8 {
            return None;
        }
        let other = kbit(K::Phone) | kbit(K::CardNumber) | kbit(K::Otp) | kbit(K::CardPin);
        self.renewed(text, sink, sp, kbit(K::BankAccount), other, K::BankAccount)
    }

    /// [`Self::renewed_number`] and [`Self::renewed_account`]: a value
    /// right after a word of renewal, the last value word before it of
    /// `spoken` and not of `other`.
    fn renewed(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        spoken: u64,
        other: u64,
        kind: PiiKind,
    ) -> Option<(Cand, bool)> {
        // (The keyword list first: it is at hand, and most numbers have no
        // word of `spoken` before them.)
        let b = text.as_bytes();
        let ws = back_chars(b, sp.start, 120);
        let raw = sink.raw(self, text, ws, sp.start);
        let said = self.kw.last_topic(raw, ws, sp.start, spoken)?;
        // The last value word before is of `spoken`, not of `other` ("a
        // new account number? Old one 6821…" is no phone).
        if self
            .kw
            .last_topic(raw, ws, sp.start, other)
            .is_some_and(|o| o >= said)
            || self.kw.any_topic(raw, ws, sp.start, T_NEG)
        {
            return None;
        }
        let head = tail(text, sp.start, 32);
        let clause = head
            .rsplit(['\n', '.', '!', '?', ';'])
            .next()
            .unwrap_or(head);
        for w in words_of(clause).rev().take(3) {
            if one_of(RENEWED, w) {
                return Some((Cand::context(sp.start, sp.end, kind), false));
            }
            if w.bytes().any(|c| c.is_ascii_digit()) || !one_of(RENEWED_GAP, w) {
                return None;
            }
        }
        None
    }

    /// A BIC-shaped word (no other kind reads such letters) after a word
    /// of BICs anywhere in the window ("whats the swift code for my
    /// branch? is it BARCGB22?"), or in the country of an IBAN found before
    /// it ("IBAN AE79 0446 …, bank is EBILAEAD"): hidden at medium
    /// confidence, unless a negative word is near.
    fn bic_named(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        if !it.has(K::SwiftBic) {
            return None;
        }
        let b = text.as_bytes();
        let country = b.get(sp.start + 4..sp.start + 6)?;
        let iban = sink
            .ended_within(sp.start, 4 * self.window)
            .any(|c| c.kind == K::Iban && b.get(c.start..c.start + 2) == Some(country));
        // Or a second code a few words after a BIC found before it ("SWIFT
        // Code: XIRIIDN0. Untuk kantor gunakan LGGEIDPP."; not past a
        // negative word: "… kantor cabang gunakan …" is still missed).
        let second = sink
            .ended_within(sp.start, 2 * self.window)
            .any(|c| c.kind == K::SwiftBic)
            && code_like(b, sp.start, sp.end);
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        // (Or a bank's name right before it: "(Maybank, MBBEMYKL)", "bank:
        // Maybank (MBBEMYKL)".)
        // (A word of wires names routing numbers too: after it, only what
        // reads as a code, not "Beneficiary: BLUEPEAK SUPPLY LLC".)
        let named = ctx.hits().iter().any(|h| {
            h.before
                && (h.mask & KIND_BITS == kbit(K::SwiftBic)
                    || h.mask & kbit(K::SwiftBic) != 0 && code_alone(b, sp.start, sp.end)
                    || h.mask & T_BANK != 0 && h.clean && !h.period && h.dist <= 3)
        });
        // (A word of BICs before it in its sentence owns it, whatever
        // place word comes between: "el swift de la oficina es
        // CAIXESBB?", "SWIFT untuk kantor cabang …".)
        let own_word = ctx.hits().iter().any(|h| {
            h.before && h.mask & KIND_BITS == kbit(K::SwiftBic) && !h.period && h.dist <= 32
        });
        if !own_word && ctx.negative(kbit(K::SwiftBic), true) {
            return None;
        }
        // Or a SWIFT word further back in the same sentence (a question
        // may end between), within the locality bound ("what is the swift
        // code for receiving money from abroad into my account, is it
        // PXXBKE22?", "SWIFT del banco para recibir desde Reino Unido? me
        // han dicho CAIXESBBXXX").
        // (Past the sentence's start for what reads as a code, with a
        // digit or three consonants in a row: "whats the BIC for Monzo,
        // need it for a transfer. MONZGB2L?", "necesito el SWIFT … El de
        // ustedes es CAIXESBBXXX?".)
        let mut far = || {
            let lo = sp.start.saturating_sub(4 * self.window);
            let from = if code_like(b, sp.start, sp.end) {
                lo
            } else {
                sentence_start(b, lo, sp.start, b".!")
            };
            let raw = sink.raw(self, text, from, sp.start);
            self.kw
                .ctx_from_raw(text, raw, from, sp.start, sp.start, sp.end)
                .hits()
                .iter()
                // (A word of SWIFT alone: "wire" names routing numbers too.)
                .any(|h| h.before && h.mask & KIND_BITS == kbit(K::SwiftBic))
        };
        // Or, in a text of lower-case words, a word of banks or of money
        // coming from abroad around it ("her bank says SPKADEJK", "Yes,
        // BOFAUS3N is correct for incoming international wires",
        // "BMRIIDJA untuk Bank Mandiri"): capitals of a BIC's shape set
        // among them are a code.
        // (Only a code that reads as none of the words merchants and
        // notices write in capitals: see [`code_like`].)
        // (Nor a name in capitals, a surname after it: "Statement of
        // account\nHARPREET MISHRA".)
        let banked = || {
            let surname = at(b, sp.end) == b' ' && {
                let k = b
                    .get(sp.end + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|c| c.is_ascii_uppercase())
                    .count();
                k >= 3 && !is_alnum(at(b, sp.end + 1 + k))
            };
            if surname || !code_like(b, sp.start, sp.end) {
                return false;
            }
            let lo = self.locality_start(text, sp.start);
            let mut hi = (sp.end + 4 * self.window).min(b.len());
            while !text.is_char_boundary(hi) {
                hi -= 1;
            }
            let around = text.get(lo..hi).unwrap_or("");
            around
                .bytes()
                .filter(u8::is_ascii_lowercase)
                .nth(11)
                .is_some()
                && words_of(around).any(|w| one_of(BANK_WORDS, w))
        };
        (named || iban || second || far() || banked())
            .then(|| (Cand::context(sp.start, sp.end, K::SwiftBic), false))
    }

    /// A number named by its kind's word right before it that fails only
    /// part of the kind's check: twelve digits shaped like an Aadhaar but
    /// failing Verhoeff ("aadhaar 3422 8118 7765": a mistyped number still
    /// holds eleven of the holder's digits), nine digits passing the ABA
    /// checksum under a routing symbol prefix not in use ("routing
    /// 133415517"), or sixteen digits named a NIK whose province or birth
    /// date does not check out. Hidden at medium confidence: when unsure, hide. Not when
    /// the window calls the number wrong, a typo or a reference ("… galat
    /// hai", "enrolment slip ka ref"), or any negative word is near.
    fn named_unchecked(&self, text: &str, sink: &mut Sink, sp: &Span) -> Option<(Cand, bool)> {
        let s = sp.s();
        // (Its groups may be broken by a line break, "aadhaar 7368 0867\n1765
        // hai", or dotted, "आधार नंबर 3621.1348.3801".)
        let grouped = |shape: &[u8]| {
            sp.shape(shape)
                && (sp.uniform && sp.seps_in(SEP_SPACE | SEP_DASH | SEP_DOT)
                    || sp.seps == SEP_SPACE | SEP_NEWLINE)
        };
        let aadhaar = self.on(K::InAadhaar)
            && sp.n == 12
            && (sp.plain() || grouped(&[4, 4, 4]))
            && s.first().is_some_and(|&d| d >= b'2')
            && !cs::in_aadhaar(s)
            && !palindrome(s);
        let routing = self.on(K::UsRoutingNumber)
            && sp.n == 9
            && sp.plain()
            && cs::aba_checksum(s)
            && !cs::aba_routing(s);
        // Sixteen digits named a NIK whose province or birth date does not
        // check out ("NIK saya 4334322803860071"): a mistyped NIK still
        // holds most of its holder's digits.
        let nik = self.on(K::IdNik)
            && sp.n == 16
            && (sp.plain() || grouped(&[4, 4, 4, 4]))
            && !cs::id_nik_loose(s)
            && !palindrome(s);
        let kind = match (aadhaar, routing, nik) {
            (true, _, _) => K::InAadhaar,
            (_, true, _) => K::UsRoutingNumber,
            (_, _, true) => K::IdNik,
            _ => return None,
        };
        if !self.window_has(text, sink, sp.start, sp.end, kbit(kind)) {
            return None;
        }
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        let named = ctx
            .nearest(kbit(kind))
            .is_some_and(|h| h.before && h.clean && !h.period && h.dist <= 16);
        // (Not a negative word in a later sentence or after another
        // number: "routing # 176317436 acct # 71046403. set up autopay for
        // auto loan".)
        let neg = ctx
            .hits()
            .iter()
            .any(|h| h.mask & (T_NEG | T_CUR) != 0 && (h.before || h.clean && !h.period));
        if !named || neg {
            return None;
        }
        let b = text.as_bytes();
        let ws = back_chars(b, sp.start, self.window);
        let we = fwd_chars(b, sp.end, self.window);
        let doubted = |t: &str| {
            words_of(t).any(|w| {
                one_of(
                    &[
                        "galat",
                        "galti",
                        "invalid",
                        "typo",
                        "sorry",
                        "sry",
                        "wrong",
                        "incorrect",
                        "nahi",
                        "nahin",
                        "ref",
                        "reference",
                        "enrolment",
                        "enrollment",
                        "eid",
                        "receipt",
                        "ack",
                        "error",
                        "mistake",
                        "sahi",
                        "correct",
                        "purana",
                        "old",
                        "गलत",
                        "सही",
                        "salah",
                        "ketik",
                        "valid",
                        "bukan",
                        "gagal",
                    ],
                    w,
                )
            })
        };
        if text.get(ws..sp.start).is_none_or(doubted) || text.get(sp.end..we).is_none_or(doubted) {
            return None;
        }
        Some((Cand::context(sp.start, sp.end, kind), false))
    }

    /// A one-time code named right before a bank's name ("Kode OTP BCA Anda
    /// 196659", "OTP HDFC: 482913"): the bank names whose code it is, not
    /// an account. The code word at most 20 bytes before the value, with no
    /// digit or sentence end between.
    fn otp_of_bank(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        if !otp_shaped(sp, it) || !self.window_has(text, sink, sp.start, sp.end, kbit(K::Otp)) {
            return None;
        }
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        let code = ctx.hits().iter().find(|h| {
            h.before
                && h.clean
                && !h.period
                && h.dist <= 20
                && h.mask & kbit(K::Otp) != 0
                && h.mask & T_CODE == 0
        })?;
        let bank = ctx.hits().iter().any(|h| {
            h.before && h.start >= code.end && h.mask & !(T_GEN | T_BANK) == kbit(K::BankAccount)
        });
        bank.then_some((Cand::context(sp.start, sp.end, K::Otp), false))
    }

    /// True if `sp` is the code right after the colon that ends a
    /// message's opening label, the label starting with a one-time code's
    /// word, however long what lies between ("Codice di conferma per il
    /// pagamento di 921,38 € presso AMAZON EU SARL: 045594", "Código OTP
    /// para su compra en Falabella por COP 521.000: 724627"): an SMS's
    /// template, whose amount and merchant push the word out of the window.
    /// (One label on its line, within the locality bound, no negative word
    /// at its end, and nothing but the end of a sentence after the code.)
    /// (The label's keywords are looked up over the label itself, which
    /// may start before the candidate's window: what the keyword list of
    /// a long text happened to cover must not decide, or the result would
    /// depend on text beyond the locality bound.)
    fn otp_headline(&self, text: &str, sink: &mut Sink, sp: &Span, it: &Interps) -> bool {
        let b = text.as_bytes();
        let colon = if before(b, sp.start) == b':' {
            sp.start - 1
        } else if before(b, sp.start) == b' ' && before(b, sp.start - 1) == b':' {
            sp.start - 2
        } else {
            return false;
        };
        if !otp_shaped(sp, it)
            || !matches!(at(b, sp.end), 0 | b' ' | b'.' | b'\n' | b',')
            || at(b, sp.end) == b'.' && at(b, sp.end + 1).is_ascii_digit()
        {
            return false;
        }
        let lo = self.locality_start(text, sp.start);
        let Some(ls) = line_start_from(b, lo, colon) else {
            return false;
        };
        // (A quote may open the line: a forwarded SMS.)
        let ls = ls
            + b.get(ls..colon).map_or(0, |l| {
                l.iter()
                    .take_while(|&&c| matches!(c, b'"' | b'\'' | b' '))
                    .count()
            });
        if b.get(ls..colon).is_none_or(|l| l.contains(&b':')) {
            return false;
        }
        // (A word of one-time codes, not a generic "code": "transfer
        // declined. Code: 0512".)
        let head = (ls + 24).min(colon);
        let raw = sink.raw(self, text, ls, colon);
        raw.covers(ls, colon)
            && self
                .kw
                .word_of_topic(b, raw, (ls, head), kbit(K::Otp), T_CODE | T_NEG)
            // (A negative word names the field only close to the colon:
            // "… order no:"; not the purchase the code is for, "per
            // l'acquisto di … presso …:".)
            && !self.kw.any_topic(raw, colon.saturating_sub(24).max(ls), colon, T_NEG)
    }

    /// Where the locality bound before `at` starts: `4 × window` bytes
    /// back, moved forward to a character boundary.
    fn locality_start(&self, text: &str, at: usize) -> usize {
        let mut lo = at.saturating_sub(4 * self.window);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        lo
    }

    /// A value whose check digits pass those of an id's or a routing
    /// number's kind, presented as the thing spoken of ("Dad needs his TFN
    /// on the term deposit … It's 300 712 878", "Need the routing number for
    /// direct deposit. Is it 243 543 887?", "my routing number keeps showing
    /// as invalid?? i typed 239483100", "W-8BEN form asks for SSN. Mine is
    /// 012798684"): the kind's word may stand beyond the window, within the
    /// locality bound (`4 × window` bytes before the value), as long as no
    /// word of another kind and no negative word comes between.
    fn named_earlier(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        /// What presents a value, as it ends right before it.
        const PRESENTS: &[&[u8]] = &[
            b"it's",
            b"it\xE2\x80\x99s",
            b"its",
            b"it is",
            b"is it",
            b"mine is",
            b"mine's",
            b"i did:",
            b"i did",
            b"typed",
            b"i typed",
            b"says",
            b"entered",
            b"i put in",
        ];
        let kinds = it
            .iter()
            .filter(|x| checked(x.kind) && !matches!(x.kind, K::CardNumber | K::Iban))
            .fold(0, |m, x| m | kbit(x.kind));
        if kinds == 0 || !sp.digits_only() {
            return None;
        }
        let b = text.as_bytes();
        let head = b
            .get(sp.start.saturating_sub(12)..sp.start)?
            .trim_ascii_end();
        // (Each ends with one of these.)
        if !matches!(
            head.last().map(u8::to_ascii_lowercase),
            Some(b's' | b't' | b'd' | b'n' | b':')
        ) {
            return None;
        }
        if !ends_with_word(head, PRESENTS) {
            return None;
        }
        let word = self.earlier_word(text, sink, sp, kinds, 0, 0)?;
        if b.get(word.end..sp.start)?.iter().any(u8::is_ascii_digit) {
            return None;
        }
        let x = it.iter().find(|x| word.mask & kinds & kbit(x.kind) != 0)?;
        Some((Cand::context(sp.start, sp.end, x.kind), false))
    }

    /// The last word of `kinds` before `sp` within the locality bound
    /// (`4 × window` bytes), if after it comes no negative word, no word
    /// of the topics `against` and no other kind's word but those of
    /// `allowed` (see [`Self::named_earlier`], [`Self::recalled`]).
    fn earlier_word(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        kinds: u64,
        against: u64,
        allowed: u64,
    ) -> Option<Hit> {
        let lo = self.locality_start(text, sp.start);
        let raw = sink.raw(self, text, lo, sp.start);
        if !self.kw.any_topic(raw, lo, sp.start, kinds) {
            return None;
        }
        let ctx = self
            .kw
            .ctx_from_raw(text, raw, lo, sp.start, sp.start, sp.end);
        let word = ctx
            .hits()
            .iter()
            .filter(|h| h.before && h.mask & kinds != 0 && h.mask & T_NEG == 0)
            .max_by_key(|h| h.start)
            .copied()?;
        let other = ctx.hits().iter().any(|h| {
            h.before
                && h.start >= word.end
                && (h.mask & (T_NEG | against) != 0
                    || h.mask & KIND_BITS & !(word.mask & KIND_BITS) & !allowed != 0)
        });
        (!other).then_some(word)
    }

    /// A PIN, password or one-time code recalled in the past tense after
    /// its word earlier in the text ("my UPI PIN got blocked after 3 wrong
    /// attempts. I thought it was 779878", "el nip de mi tarjeta de débito
    /// lo olvidé, el que tenía era 6523", "الرقم السري للبطاقة … القديم
    /// كان 7178"): four to eight digits right after "was" ("era", "était",
    /// "war", "كان"), the last value word before them within the locality
    /// bound (`4 × window` bytes) one of these kinds, and after it no
    /// negative or generic number word ("… PIN … number was 19803"), no
    /// other kind's word but a card's, and no figures but counts.
    fn recalled(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        const WAS: [&[u8]; 5] = [b"was", b"era", "était".as_bytes(), b"war", "كان".as_bytes()];
        let secrets = kbit(K::CardPin) | kbit(K::Password) | kbit(K::Otp);
        let kinds = it.kinds() & secrets;
        if kinds == 0 || !sp.digits_only() || !(4..=8).contains(&sp.n) {
            return None;
        }
        let b = text.as_bytes();
        let head = b.get(sp.start.saturating_sub(12)..sp.start)?;
        let head = head.strip_suffix(b" ")?;
        if !ends_with_word(head, &WAS) {
            return None;
        }
        let card = kbit(K::CardNumber) | kbit(K::CardExpiry);
        let word = self.earlier_word(text, sink, sp, kinds, T_GEN, card)?;
        // (Counts only: "after 3 wrong attempts".)
        let figures = b
            .get(word.end..sp.start)?
            .split(|c| !c.is_ascii_digit())
            .any(|d| d.len() > 2);
        if figures {
            return None;
        }
        let kind = [K::CardPin, K::Password, K::Otp]
            .into_iter()
            .find(|&k| word.mask & kinds & kbit(k) != 0)?;
        Some((Cand::context(sp.start, sp.end, kind), false))
    }

    /// A value offered back as a question about the thing named before it
    /// ("kindly share the account number where I need to deposit the cash.
    /// Is it 58844109053612?"): right after "is it" ("is this", "is that")
    /// and before a question mark, the last value word before it within
    /// the locality bound (`4 × window` bytes) one of its kinds, and after
    /// that word no negative word and no other kind's.
    fn asked_back(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        const IS_IT: [&[u8]; 3] = [b"is it", b"is this", b"is that"];
        let b = text.as_bytes();
        let tail = b.get(sp.end..)?;
        if !tail.strip_prefix(b" ").unwrap_or(tail).starts_with(b"?") {
            return None;
        }
        let head = b.get(sp.start.saturating_sub(12)..sp.start)?;
        if !ends_with_word(head.strip_suffix(b" ")?, &IS_IT) {
            return None;
        }
        let kinds = it.kinds() & KIND_BITS;
        let word = self.earlier_word(text, sink, sp, kinds, 0, 0)?;
        let x = it.iter().find(|x| word.mask & kbit(x.kind) != 0)?;
        Some((Cand::context(sp.start, sp.end, x.kind), false))
    }

    /// A code a customer owns up to having given away, on the line after
    /// a warning that names it ("CS: jangan bagikan OTP ke siapapun\nNasabah:
    /// tadi udah saya kasih ke yang nelpon, 128683", "Agent: UPI PIN kabhi
    /// share mat kijiye\nCustomer: maine galti se bata diya tha 643995"):
    /// four to eight digits on a line with a verb of giving, the line above
    /// naming a one-time code, a PIN or a password. Reads at most `4 ×
    /// window` bytes on either side of the value.
    fn confessed(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        let want = given_away_kinds() | kbit(K::CardSecurityCode);
        if !sink.lines || !given_away_shaped(sp, it) {
            return None;
        }
        let b = text.as_bytes();
        let lo = sp.start.saturating_sub(4 * self.window);
        let ls = lo + memchr::memrchr(b'\n', b.get(lo..sp.start)?)? + 1;
        let hi = (sp.end + 4 * self.window).min(b.len());
        let le = memchr::memchr(b'\n', b.get(sp.end..hi)?).map_or(hi, |p| sp.end + p);
        // A verb of its own ("resent it" holds no "sent it"); the value no
        // group of a longer number ("REF DE44 8373 3614 …").
        let gave = gave_verb_in(b, ls, le);
        let mut p = sp.start;
        while p > ls && matches!(at(b, p - 1), b' ' | b'-' | b'.') {
            p -= 1;
        }
        let mut q = sp.end;
        while q < le && matches!(at(b, q), b' ' | b'-' | b'.') {
            q += 1;
        }
        if !gave || digit_before(b, p) || digit_at(b, q).is_some() {
            return None;
        }
        // Nor the last digits of something ("number ending xxx-xxx-7547").
        if self.ctx(text, sink, sp.start, sp.end).last_digits() {
            return None;
        }
        let pe = ls - 1;
        let ps = b
            .get(lo..pe)
            .and_then(|h| memchr::memrchr(b'\n', h))
            .map_or(lo, |p| lo + p + 1);
        if ps == lo && lo > 0 {
            return None;
        }
        let raw = sink.raw(self, text, ps, pe);
        let ctx = self.kw.ctx_from_raw(text, raw, ps, pe, sp.start, sp.end);
        let named = ctx.hits().iter().fold(0, |m, h| m | h.mask) & want;
        let x = it.iter().find(|x| named & kbit(x.kind) != 0)?;
        self.given_away(text, sink, sp, x.kind)
    }

    /// A secret the other side warns about on the next line of a
    /// transcript ("Customer: I used 2929 like always\nAgent: Please never
    /// share your PIN, …", "~Anjali: I'm entering 2525\nKavya (PhonePe):
    /// Please never share your UPI PIN."): four to eight digits, the only
    /// number on a speaker's line; the next line another speaker's, with a
    /// warning not to share within its first 40 bytes that names a PIN, a
    /// one-time code or a password before it or within 40 bytes after it.
    /// Not the last digits of something, nor a number a negative or
    /// currency word names. Reads at most `4 × window` bytes on either
    /// side of the value.
    fn warned_reply(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        if !sink.lines || !given_away_shaped(sp, it) || sp.n < 4 {
            return None;
        }
        let b = text.as_bytes();
        let lo = sp.start.saturating_sub(4 * self.window);
        let hi = (sp.end + 4 * self.window).min(b.len());
        let ls = line_start_from(b, lo, sp.start)?;
        let le = sp.end + memchr::memchr(b'\n', b.get(sp.end..hi)?)?;
        if b.get(sp.end..le)?.iter().any(u8::is_ascii_digit) || digit_before(b, sp.start) {
            return None;
        }
        let (name, own_said) = speaker(b, ls, sp.start)?;
        // (The only number of its line: "pin 8336 isn't accepted, card ends
        // 0178" warns of the first.)
        if b.get(own_said..sp.start)?
            .split(|c| !c.is_ascii_digit())
            .any(|r| r.len() >= 3)
        {
            return None;
        }
        let ne = memchr::memchr(b'\n', b.get(le + 1..hi)?).map_or(hi, |p| le + 1 + p);
        let (who, said) = speaker(b, le + 1, ne)?;
        if who.eq_ignore_ascii_case(name) {
            return None;
        }
        let line = b.get(said..ne)?;
        let w = (0..line.len().min(40)).find(|&i| {
            let c = at(line, i);
            warning_head(c)
                && (i == 0 || !at(line, i - 1).is_ascii_alphanumeric())
                && warning_at(line, i, c)
        })?;
        let raw = sink.raw(self, text, said, ne);
        let ctx = self.kw.ctx_from_raw(text, raw, said, ne, sp.start, sp.end);
        let from = said + w;
        // (The thing warned about after the warning, or before it where
        // the verb comes last: "Kripya PIN kabhi chat pe share na karein".)
        let named = ctx
            .hits()
            .iter()
            .filter(|h| h.start <= from + 40 && h.mask & T_NEG == 0)
            .fold(0, |m, h| m | h.mask);
        let kind = [K::CardPin, K::Otp, K::Password]
            .into_iter()
            .find(|&k| named & kbit(k) != 0 && it.has(k))?;
        let own = self.ctx(text, sink, sp.start, sp.end);
        let against = own.last_digits()
            || own.currency(b)
            || own
                .hits()
                .iter()
                .any(|h| h.mask & (T_NEG | T_CUR) != 0 && h.clean && h.dist <= 16);
        (!against).then(|| (Cand::context(sp.start, sp.end, kind), false))
    }

    /// A code given away in the sentence after the one that asked for it,
    /// on one line ("OTP batao warna account band. Maine bata diya 277861",
    /// "পিন চাইল। আমি বলে দিয়েছি ৭৬১২"): four to eight digits at most 24
    /// characters after a verb of giving in their own sentence, nothing but
    /// spaces, punctuation or emoji after them, and the sentence before
    /// (within `4 × window` bytes) naming a one-time code, a PIN or a
    /// password.
    fn told_after_asked(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        let want = given_away_kinds() | kbit(K::CardSecurityCode);
        if !given_away_shaped(sp, it) {
            return None;
        }
        let b = text.as_bytes();
        // Nothing that reads on after the value ("gave 5000 rupees"), but a
        // new clause may ("I got 4598 but it says expired"), or the person
        // it went to ("I read 411808 to him").
        let rest = b.get(sp.end..).unwrap_or(&[]);
        let clause = || {
            [
                &b" but "[..],
                b" and ",
                b" pero ",
                b" lekin ",
                b" tapi ",
                b" because ",
                b" porque ",
                b" karena ",
                b" kasi ",
                b" to him",
                b" to her",
                b" to them",
                // ("… 598496 to the guy who called", "… 054114 with the
                // caller".)
                b" to the ",
                b" with the ",
            ]
            .iter()
            .any(|w| starts_with_ci(rest, w))
        };
        if rest
            .iter()
            .find(|c| !matches!(c, b' ' | b'\t'))
            .is_some_and(|c| {
                c.is_ascii_alphanumeric()
                    || matches!(c, b'.' | b',') && digit_at(b, sp.end + 1).is_some()
            })
            && !clause()
        {
            return None;
        }
        let lo = sp.start.saturating_sub(4 * self.window);
        let head = b.get(lo..sp.start)?;
        let line = memchr::memrchr(b'\n', head).map_or(lo, |p| lo + p + 1);
        // The sentence holding the value, and the one before it, with no
        // digit from the stop between them to the value.
        let stop = |i: usize| {
            matches!(at(b, i), b'.' | b'!' | b'?') && at(b, i + 1) == b' ' || danda_at(b, i)
        };
        // (Read back from the value: a digit before the stop ends the look.)
        let mut end = sp.start;
        loop {
            if end <= line {
                return None;
            }
            end -= 1;
            if stop(end) {
                break;
            }
            if at(b, end).is_ascii_digit() {
                return None;
            }
        }
        // The verb, at most 24 characters before the value, in its
        // sentence, starting a word.
        let from = back_chars(b, sp.start, 24).max(end + 1);
        if !gave_verb_in(b, from, sp.start) {
            return None;
        }
        let ps = (line..end).rev().find(|&i| stop(i)).map_or(line, |i| i + 1);
        let raw = sink.raw(self, text, ps, end);
        let ctx = self.kw.ctx_from_raw(text, raw, ps, end, sp.start, sp.end);
        // The word nearest the verb that speaks of codes only, and of one
        // the value may be, names it ("OTP do warna card block": not
        // "card"; "do not share your CVV or PIN. … it's 712": the CVV).
        let named = ctx
            .hits()
            .iter()
            .filter(|h| {
                h.mask & T_NEG == 0
                    && h.mask & want & it.kinds() != 0
                    && h.mask & KIND_BITS & !want == 0
            })
            .max_by_key(|h| h.end)?
            .mask;
        let x = it.iter().find(|x| named & kbit(x.kind) != 0)?;
        self.given_away(text, sink, sp, x.kind)
    }

    /// The candidate of a secret given away of kind `kind` (see
    /// [`Compiled::confessed`] and [`Compiled::told_after_asked`]): a card's
    /// security code only when no word but a joining one reads on after it
    /// ("I got 250 cashback"; "it was 566 for card ending 4529") and no
    /// currency is near.
    fn given_away(&self, text: &str, sink: &mut Sink, sp: &Span, kind: K) -> Option<(Cand, bool)> {
        const JOIN: &[&str] = &[
            "for", "and", "but", "y", "pero", "e", "mas", "tapi", "lekin",
        ];
        let code = kind == K::CardSecurityCode;
        if code {
            let rest = text.get(sp.end..).unwrap_or("").trim_start_matches(' ');
            let reads_on = rest.starts_with(char::is_alphanumeric)
                && !words_of(rest).next().is_some_and(|w| one_of(JOIN, w));
            if reads_on
                || self
                    .ctx(text, sink, sp.start, sp.end)
                    .currency(text.as_bytes())
            {
                return None;
            }
        }
        // (Three digits are no other kind's.)
        (code || sp.n > 3).then_some((Cand::context(sp.start, sp.end, kind), false))
    }

    /// True if an Amex card (15 digits, 34 or 37) ends at most 64 bytes
    /// before `sp` and no word between them names a PIN or an OTP other
    /// than a generic code word.
    fn amex_code(&self, text: &str, sink: &mut Sink, sp: &Span) -> bool {
        let b = text.as_bytes();
        // (Looked up near it: a scan of every candidate made long texts
        // with many codes quadratic.)
        let Some(card) = sink
            .ended_within(sp.start, 64)
            .filter(|c| c.kind == K::CardNumber)
            .last()
        else {
            return false;
        };
        let ce = card.end;
        if !is_amex(b, card.start, ce) {
            return false;
        }
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        !ctx.hits().iter().any(|h| {
            h.start >= ce && h.mask & (kbit(K::CardPin) | kbit(K::Otp)) != 0 && h.mask & T_CODE == 0
        })
    }

    /// The code a one-time-password notice ends on, however far its
    /// keyword ("OTP for your transaction of INR 12,000.00 at AMAZON PAY is
    /// 482913"): four to eight digits right after "is" (es, é, adalah),
    /// an OTP word earlier in the same sentence (within `4 × window`
    /// bytes), and no word of a reference or amount right before the code.
    fn otp_sentence(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        if !otp_shaped(sp, it) {
            return None;
        }
        let b = text.as_bytes();
        let lo = sp.start.saturating_sub(4 * self.window);
        let head = b.get(lo..sp.start)?.trim_ascii_end();
        let colon = head.strip_suffix(b":");
        let head = colon.unwrap_or(head).trim_ascii_end();
        let copula = [
            &b" is"[..],
            b" es",
            " é".as_bytes(),
            b" adalah",
            b" ialah",
            b" je",
            b" est",
            b" was",
            b" foi",
            b" fue",
            b" era",
            " è".as_bytes(),
            " là".as_bytes(),
            " είναι".as_bytes(),
            " هو".as_bytes(),
            " هي".as_bytes(),
        ]
        .iter()
        .any(|w| ends_with_ci(head, w));
        // Or the notice's amount and a colon ("Twoj kod do autoryzacji
        // przelewu na kwote PLN 1.900,86: 7199"): where the amount starts.
        // (Or the amount, then where it was spent: "Kode OTP Anda untuk
        // transaksi Rp 2.752.500 di Akulaku: 3481".)
        let (priced, amount_head) = if copula || colon.is_none() {
            (None, head)
        } else if let Some(k) = amount_ending(head) {
            (Some(lo + k), head)
        } else {
            let h = without_place(head);
            (amount_ending(h).map(|k| lo + k), h)
        };
        // (Or the address it came to, found, then a colon: "o codigo
        // chegou no email bruna16@hotmail.com: 189 210".)
        let came_to = colon.is_some()
            && sink
                .cands
                .last()
                .is_some_and(|c| matches!(c.kind, K::Email | K::Phone) && c.end == lo + head.len());
        if !copula && priced.is_none() && !came_to {
            return None;
        }
        // The sentence, within the locality bound.
        let from = sentence_start(b, lo, sp.start, b".");
        if from == lo && lo > 0 {
            return None;
        }
        let raw = sink.raw(self, text, from, sp.start);
        let ctx = self
            .kw
            .ctx_from_raw(text, raw, from, sp.start, sp.start, sp.end);
        // (A bare "code" word names it only in a notice with an amount, or
        // before the address the code came to.)
        let named = ctx.hits().iter().any(|h| {
            h.mask & kbit(K::Otp) != 0 && (h.mask & T_CODE == 0 || priced.is_some() || came_to)
        });
        let near = |mask: u64| {
            ctx.hits()
                .iter()
                .any(|h| h.mask & mask != 0 && h.dist <= 12 && h.clean)
        };
        // (A notice's own amount speaks for its code, not against it.)
        let neg_near = near(T_NEG) || priced.is_none() && near(T_CUR);
        let amount = match priced {
            // A figure without cents is an amount only by a currency word
            // right before or after it ("€ 21:", "1 900 zł:").
            // (Or a currency sign or code right before the figure, which
            // the keyword list leaves out as another number's: "INR
            // 12,345.00 at AMAZON PAY: 482913".)
            Some(a) => {
                cents_at_end(amount_head)
                    || ctx
                        .hits()
                        .iter()
                        .any(|h| h.mask & T_CUR != 0 && h.end + 2 >= a && h.start <= sp.start)
                    || a > lo
                        && amount_head.len() < head.len()
                        && crate::scanner::context::amount_at(amount_head, a - lo).is_some()
            }
            None => true,
        };
        (named && amount && !neg_near).then_some((Cand::context(sp.start, sp.end, K::Otp), false))
    }

    /// Four to six digits a PIN was set to or typed as, in the clause
    /// right after the verb ("i changed it last week to 8550", "I set it
    /// as 728628", "I entered 7408 now", "the one I set at the branch was
    /// 2671"), in a text naming a PIN before it or a cash machine around
    /// it: the card's PIN at medium confidence. Not a year, a round sum or
    /// a number near a currency or a negative word.
    fn pin_set_to(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        /// Verbs of setting or typing a PIN.
        const SET: &[&str] = &[
            "changed",
            "change",
            "set",
            "reset",
            "typed",
            "entered",
            "put",
            "tried",
            "gave",
            "cambié",
            "cambie",
            "cambiado",
            "puse",
            "mudei",
            "troquei",
            "alterei",
            "coloquei",
            "digitei",
            "changé",
            "saisi",
            "ganti",
            "diganti",
            "ubah",
            "configuré",
            "configure",
        ];
        /// Words between the verb and the value ("changed it to", "lo
        /// cambié en el cajero a", "mudei pra", "ganti jadi", "set kiya").
        const TO: &[&str] = &[
            "to", "as", "was", "is", "a", "para", "pra", "en", "es", "era", "fue", "pour", "ke",
            "jadi", "kiya",
        ];
        let b = text.as_bytes();
        if !pin_shaped(sp, it) {
            return None;
        }
        // (Most four-digit numbers come after no such word: ask the bytes
        // first.)
        let (ws, we) = word_right_before(b, sp.start, false)?;
        // (The word in lower case, compared by length first; no word of
        // the lists is longer than sixteen bytes.)
        let word = b.get(ws..we)?;
        let mut buf = [0u8; 16];
        let lw = buf.get_mut(..word.len())?;
        for (d, c) in lw.iter_mut().zip(word) {
            *d = c.to_ascii_lowercase();
        }
        if !SET
            .iter()
            .chain(TO)
            .any(|w| w.len() == lw.len() && w.as_bytes() == lw)
        {
            return None;
        }
        let head = tail(text, sp.start, 48);
        let clause = head
            .rsplit(['.', '!', '?', '\n', ';'])
            .next()
            .unwrap_or(head);
        let mut words = words_of(clause).rev();
        let last = words.next()?;
        // The verb itself ("I typed 9388"), or it within four words before
        // "to", "as", "was" or "is" ("changed it yesterday to 4829").
        let verb = if one_of(SET, last) {
            Some(last)
        } else if one_of(TO, last) {
            words.take(4).find(|w| one_of(SET, w))
        } else {
            None
        };
        // (Where the verb starts in the text.)
        let verb_at = (verb?.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        // (A negative word after the verb says where the PIN was set, not
        // what the value is: "the new one I set at the branch was 2671".)
        let neg_before_verb = ctx
            .hits()
            .iter()
            .any(|h| h.before && h.mask & T_NEG != 0 && h.start < verb_at);
        if neg_before_verb && ctx.negative(kbit(K::CardPin), false) || ctx.currency(b) {
            return None;
        }
        let pin_before = ctx
            .hits()
            .iter()
            .any(|h| h.before && h.mask & kbit(K::CardPin) != 0 && h.mask & T_NEG == 0);
        // (Or named in a sentence before, within 120 characters, no code's
        // word after it: "App is asking for mPIN again after update
        // 4.7.38. I set it as 728628".)
        let mut pin_earlier = || {
            let ws = back_chars(b, sp.start, 120);
            let raw = sink.raw(self, text, ws, sp.start);
            self.kw
                .last_topic(raw, ws, sp.start, kbit(K::CardPin))
                .is_some_and(|p| {
                    self.kw
                        .last_topic(raw, ws, sp.start, kbit(K::Otp) | kbit(K::Password))
                        .is_none_or(|o| o <= p)
                })
        };
        (pin_before || self.atm_near(b, sp) || pin_earlier())
            .then_some((Cand::context(sp.start, sp.end, K::CardPin), false))
    }

    /// Four to six digits a secret was changed to, in a short message that
    /// names it by a pronoun or not at all ("ok I changed it to 5166 now",
    /// "ya lo cambié a 4351", "udah ganti jadi 188313 kak", "غيرته الحين إلى
    /// 0897"): the PIN an earlier message asked about, at medium confidence.
    /// The words right before the value are a verb of changing, its
    /// pronoun, at most two words of time and the preposition, in that
    /// order; the text names no value of another kind, no currency and no
    /// negative word. Not a year or a round sum.
    fn changed_it_to(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        /// The preposition before the value.
        const TO: &[&str] = &[
            "to", "a", "pra", "para", "jadi", "ke", "إلى", "الى", "ل", "لـ", "l", "le", "li",
        ];
        /// Words of time between ("changed it now to", "la cambié ayer a",
        /// "غيرته الحين إلى").
        const WHEN: &[&str] = &[
            "now",
            "already",
            "just",
            "today",
            "yesterday",
            "ayer",
            "hoy",
            "ontem",
            "hoje",
            "kemarin",
            "aaj",
            "امبارح",
            "أمس",
            "امس",
            "ya",
            "já",
            "ja",
            "agora",
            "ahora",
            "udah",
            "sudah",
            "tadi",
            "الحين",
            "الآن",
            "الان",
            "دلوقتي",
        ];
        /// Verbs of changing with their object glued on or left out
        /// ("غيرته", "ganti jadi", "mudei pra").
        const CHANGED: &[&str] = &[
            // (Arabizi: "8ayartaha l 360538".)
            "8ayartaha",
            "8ayarto",
            "8ayartoh",
            "ghayartaha",
            "ghayarto",
            "ghayartoh",
            "ganti",
            "diganti",
            "ubah",
            "diubah",
            "mudei",
            "troquei",
            "alterei",
            "cambié",
            "cambie",
            "غيرته",
            "غيرتها",
            "غيرت",
            "بدلته",
            "بدلتها",
        ];
        /// Verbs of changing after or before a pronoun ("changed it to",
        /// "lo cambié a", "mudei ela pra").
        const CHANGED_IT: &[&str] = &[
            "changed", "reset", "set", "cambié", "cambie", "mudei", "troquei", "alterei",
        ];
        const IT: &[&str] = &["it", "lo", "la", "ela", "ele"];
        if text.len() > 160 || !pin_shaped(sp, it) {
            return None;
        }
        // (The preposition right before the value, read from the bytes
        // first: most numbers have none.)
        let b = text.as_bytes();
        let (ws, we) = word_right_before(b, sp.start, true)?;
        // (No preposition is longer than six bytes.)
        if !(1..=6).contains(&(we - ws)) || !text.get(ws..we).is_some_and(|w| one_of(TO, w)) {
            return None;
        }
        let head = tail(text, ws, 40);
        let mut words = words_of(head).rev();
        let mut w = words.next()?;
        for _ in 0..2 {
            if !one_of(WHEN, w) {
                break;
            }
            w = words.next()?;
        }
        let changed = one_of(CHANGED, w)
            || one_of(IT, w) && words.next().is_some_and(|v| one_of(CHANGED_IT, v))
            || one_of(CHANGED_IT, w) && words.next().is_some_and(|v| one_of(IT, v));
        if !changed {
            return None;
        }
        let raw = sink.raw(self, text, 0, text.len());
        let other = (KIND_BITS & !kbit(K::CardPin) & !kbit(K::Password)) | T_CUR | T_NEG;
        (!self.kw.any_topic(raw, 0, text.len(), other))
            .then_some((Cand::context(sp.start, sp.end, K::CardPin), false))
    }

    /// True if a word of a cash machine (where a card's PIN is typed:
    /// "atm", "cajero", "caixa eletrônico" …) is within the window around
    /// `sp`.
    fn atm_near(&self, b: &[u8], sp: &Span) -> bool {
        const ATM_WORDS: &[&[u8]] = &[
            b"atm",
            b"cash machine",
            b"cajero",
            b"caixa eletr",
            b"bankomat",
            b"geldautomat",
            b"guichet",
            b"distributeur",
            b"dab",
            // Maghrebi French "guichet automatique bancaire".
            b"gab",
            b"terminal",
            b"automaat",
            "الصراف".as_bytes(),
        ];
        b.get(sp.start.saturating_sub(self.window)..(sp.end + self.window).min(b.len()))
            .is_some_and(|w| ATM_WORDS.iter().any(|c| contains_word_ci(w, c)))
    }

    /// Six digits (plain, or 3 and 3) standing alone and followed at once
    /// by a verb of a message arriving ("sir phone pe 225146 aaya tha",
    /// "851646 aa gaya", "… 637 874 came"): a one-time code at medium
    /// confidence. Not after a negative word or with a currency (a salary
    /// or an order that arrived: "salary Rs. 200424 aayi", "pedido
    /// #983171 chegou").
    fn arrived_after(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        /// Verbs of arriving, after the code.
        const ARRIVED_AFTER: &[&str] = &[
            "aaya", "aya", "aayi", "ayi", "came", "arrived", "chegou", "llegó", "llego", "masuk",
        ];
        let b = text.as_bytes();
        let halves = sp.glens() == [3, 3] && sp.seps == SEP_SPACE;
        if sp.n != 6
            || !(sp.plain() || halves)
            || !otp_shaped(sp, it)
            || !matches!(before(b, sp.start), 0 | b' ' | b'\n')
            || at(b, sp.end) != b' '
        {
            return None;
        }
        let mut words = words_of(text.get(sp.end..)?);
        let mut verb = words.next()?;
        // (Hinglish "… hi daala tha": that very one.)
        if one_of(&["hi", "hee"], verb) {
            verb = words.next()?;
        }
        let next = words.next();
        let arrived = one_of(ARRIVED_AFTER, verb)
            || verb.eq_ignore_ascii_case("aa")
                && next.is_some_and(|w| one_of(&["gaya", "gya", "gayi", "gai"], w));
        // Or told, shared or typed in Hinglish ("maine 811494 daal diya",
        // "766159 batao to cashback milega", "… share kar diya").
        let told = one_of(&["batao", "bataya", "daala", "dala"], verb)
            || one_of(&["bata", "daal", "dal", "share", "bol"], verb)
                && next.is_some_and(|w| {
                    one_of(
                        &[
                            "diya", "dia", "di", "diye", "kar", "kiya", "kr", "do", "dena",
                        ],
                        w,
                    )
                });
        if !arrived && !told {
            return None;
        }
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        if ctx.negative(kbit(K::Otp), false) || ctx.currency(b) {
            return None;
        }
        Some((Cand::context(sp.start, sp.end, K::Otp), false))
    }

    /// A code followed closely by a warning not to share it ("Código de
    /// autorización 858204. No lo entregues a nadie.", "Your bank code:
    /// 274828. Do not share.", "426198 bheja aur bola kisi ko mat
    /// batana"): a one-time code at medium confidence. The warning starts
    /// within 24 bytes of the code, with no digit between them, and in the
    /// same sentence unless a code word names the value before it. Not the
    /// last digits of something, a masked remnant, a year, or a number
    /// near a currency or a reference word.
    fn warned_code(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        let b = text.as_bytes();
        let year = year_shaped(sp);
        if year || !otp_shaped(sp, it) || is_mask_char_before(b, sp.start) {
            return None;
        }
        // The first warning starting within 24 bytes after the value, with
        // no digit before it (a cheap look at the words' first bytes
        // first).
        let tail = b.get(sp.end..)?;
        let mut at_ = None;
        for i in 0..=tail.len().min(24) {
            let c = at(tail, i);
            if c.is_ascii_digit() || c >= 0xC0 && digit_at(tail, i).is_some() {
                break;
            }
            let word_start = i == 0 || !at(tail, i - 1).is_ascii_alphanumeric();
            if warning_head(c) && word_start && warning_at(tail, i, c) {
                at_ = Some(i);
                break;
            }
        }
        let at_ = at_?;
        let gap = tail.get(..at_)?;
        let period = gap.iter().any(|c| matches!(c, b'.' | b'\n' | b'!' | b'?'));
        let lo = sp.start.saturating_sub(4 * self.window);
        let from = sentence_start(b, lo, sp.start, b".");
        let raw = sink.raw(self, text, from, sp.end);
        let ctx = self
            .kw
            .ctx_from_raw(text, raw, from, sp.end, sp.start, sp.end);
        // (An authorization code's word names it too: warned about, it is
        // the code that confirms a purchase, "Código de autorização:
        // 653235. Não partilhe este código.")
        // (A negative word of a code, the warning says, is a secret one:
        // "Your Acme Bank code: 274828. Do not share.")
        let code_word = |h: &Hit| {
            h.mask & T_NEG != 0
                && b.get(h.start..h.end)
                    .is_some_and(|w| ends_with_ci(w, b" code"))
        };
        let named = ctx.hits().iter().any(|h| {
            h.before && h.clean && (h.mask & (kbit(K::Otp) | T_CODE | T_AUTH) != 0 || code_word(h))
        });
        let against = ctx.last_digits()
            || ctx.hits().iter().any(|h| {
                h.mask & (T_NEG | T_CUR) != 0
                    && h.mask & T_AUTH == 0
                    && h.dist <= 12
                    && h.clean
                    && !code_word(h)
            });
        (!against && (named || !period)).then(|| (Cand::context(sp.start, sp.end, K::Otp), false))
    }

    /// A code its sender says was refused, in the same sentence ("ok i got
    /// 838140 but it says expired", "the code you sent to … was 649584,
    /// but it says invalid"): four to eight digits standing apart (no
    /// "CR-" before), then a word of refusing ([`REFUSED`]) within five
    /// words, only words of [`BEFORE_REFUSED`] between; a word of a code
    /// or a PIN before it in the window, or a verb of getting right
    /// before it; no word of another kind right before it, no negative,
    /// currency, address or "last digits" word in the window. A one-time
    /// code at medium confidence, or the PIN a PIN word names ("I thought
    /// it was 5158 but it says incorrect" after "my UPI PIN got blocked").
    fn refused_code(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        let year = year_shaped(sp);
        let b = text.as_bytes();
        let apart = matches!(before(b, sp.start), b' ' | b':' | b'"' | b'\'');
        if year || !apart || !otp_shaped(sp, it) {
            return None;
        }
        // (The word right after the value first: most are neither.)
        let mut k = sp.end;
        while matches!(at(b, k), b' ' | b',') {
            k += 1;
        }
        // (Letters of any script: "venció", "inválido"; a multi-byte
        // character is all bytes of 0x80 and above, so the word ends on a
        // character boundary.)
        let w = b.get(k..).unwrap_or(&[]);
        let n = w
            .iter()
            .take_while(|&&c| c.is_ascii_alphabetic() || c >= 0x80)
            .count();
        let first = core::str::from_utf8(w.get(..n).unwrap_or(&[])).unwrap_or("");
        if !(one_of(BEFORE_REFUSED, first) || one_of(REFUSED, first)) {
            return None;
        }
        let sentence = lead(text, sp.end, 48).split(['.', '!', '?', '\n']).next()?;
        let refused = words_of(sentence)
            .take(6)
            .find(|w| !one_of(BEFORE_REFUSED, w))
            .is_some_and(|w| one_of(REFUSED, w));
        if !refused {
            return None;
        }
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        let against = ctx.last_digits()
            || ctx.hits().iter().any(|h| {
                h.mask & (T_NEG | T_CUR | T_ADDR) != 0 && h.dist <= 24
                    || h.mask & KIND_BITS & !given_away_kinds() != 0
                        && h.before
                        && h.clean
                        && h.dist <= 16
            });
        let named = |m: u64| ctx.hits().iter().any(|h| h.before && h.mask & m != 0);
        let got = words_of(tail(text, sp.start, 24))
            .next_back()
            .is_some_and(|w| {
                one_of(
                    &[
                        "got", "received", "entered", "typed", "recibí", "recebi", "dapat",
                    ],
                    w,
                )
            });
        if against || !(got || named(kbit(K::Otp) | T_CODE | kbit(K::CardPin))) {
            return None;
        }
        let kind = if it.has(K::CardPin) && named(kbit(K::CardPin)) {
            K::CardPin
        } else {
            K::Otp
        };
        Some((Cand::context(sp.start, sp.end, kind), false))
    }

    /// [`Self::gate`] with the keywords of the window.
    fn gate_ctx(
        &self,
        text: &str,
        sp: &Span,
        it: &Interps,
        sink: &mut Sink,
        (cws, cwe): (usize, usize),
        (hash_before, amount_after, amount_before, all_ctx): (bool, bool, bool, bool),
    ) -> Option<(Cand, bool)> {
        let b = text.as_bytes();
        let mut start = sp.start;
        // A birth date corrected after its word ("a data de nascimento tá
        // errada, o certo é 11/08/1971"), or any full date of a long-past
        // year after it ("confirme a data de nascimento. No cadastro
        // consta 3/2/1955", "Tanggal lahir Kakak?\n\nJawaban: 1960-08-28"):
        // the word may stand farther off than the window, up to the
        // locality bound.
        // (Only a date written with its separators: an unbroken one is
        // as often a code or a reference. The keyword is looked up first:
        // few texts have one.)
        let birth = if sp.plain() {
            None
        } else {
            it.iter().find(|x| x.kind == K::DateOfBirth)
        };
        let corrected = birth.is_some()
            && {
                let lo = self.locality_start(text, sp.start);
                let r = sink.raw(self, text, lo, sp.start);
                self.kw.any_topic(r, lo, sp.start, kbit(K::DateOfBirth))
            }
            && (corrects_before(b, sp.start) || old_date(sp));
        // A full date opening the message, its year long past and no time
        // after it ("21-10-1973, 014307-3045", "1981-02-16 手机 …"): a
        // form's answer, the birth date asked for; chat opens on no other
        // date that old.
        let form_date = birth.is_some() && !corrected && opens_on_old_date(b, sp);
        let raw = sink.raw(self, text, cws, cwe);
        let pos_mask = it.kinds();
        // A mobile-shaped number may be named by a generic number word, or
        // by Hinglish "on" after it ("8208729232 pe callback chahiye",
        // "bheja 8642304350 pe").
        let mobile = pos_mask & kbit(K::Phone) != 0 && mobile_shaped(sp);
        let on = mobile
            && b.get(sp.end..).is_some_and(|t| {
                [&b" pe"[..], b" par", b" pr"]
                    .iter()
                    .any(|w| starts_with_ci(t, w) && !at(t, w.len()).is_ascii_alphanumeric())
            });
        // "my brother 602.956.5115": a person's number.
        // (Or one listed with an e-mail address right after it: "925 352
        // 138 y luis…@gmail.com", someone's contact details.)
        let person = mobile && (person_before(text, sp.start) || email_listed(text, sp.end));
        // "… transfer 922,100 naira to 3353 163 013": where money went.
        // "… the debit on 0696864173": the account money moved on.
        let moved = sp.n >= 8 && pos_mask & kbit(K::BankAccount) != 0 && moved_on(b, sp.start);
        // "Airtime top-up Ksh19,801 to 0133183302": the phone topped up.
        let topup = mobile && topped_up(b, sp.start);
        let sent = moved
            || topup
            || sp.n >= 8
                && pos_mask & (kbit(K::BankAccount) | kbit(K::Phone)) != 0
                && sent_money_to(b, sp.start);
        // Ten digits naira were sent to are a NUBAN, no phone: Nigerian
        // mobiles have eleven ("reverse NGN 326,284.78 i sent to
        // 0782732480").
        let no_phone;
        let it = if sent
            && !topup
            && sp.n == 10
            && sp.plain()
            && it.has(K::Phone)
            && it.has(K::BankAccount)
            && naira_before(b, sp.start)
        {
            no_phone = it.without(K::Phone);
            &no_phone
        } else {
            it
        };
        let ctx = {
            let b = text.as_bytes();
            // Fast exit: context-only readings without any keyword of their
            // kinds in the window cannot be reported.
            let want = pos_mask
                | if mobile {
                    T_GEN | kbit(K::DateOfBirth) | kbit(K::Otp)
                } else {
                    0
                };
            // (Unless a reading needs no keyword in the window.)
            let keyword_only = all_ctx && !(on || person || sent || corrected || form_date);
            // None in the whole text (when `raw` covers it): no need to
            // find the window.
            if keyword_only && !self.kw.any_topic(raw, 0, b.len(), want) {
                return None;
            }
            let ws = back_chars(b, sp.start, self.window);
            let we = fwd_chars(b, sp.end, self.window);
            if keyword_only && !self.kw.any_topic(raw, ws, we, want) {
                return None;
            }
            self.ctx(text, sink, sp.start, sp.end)
        };
        let last_digits = ctx.last_digits() && sp.n <= 6;
        // A unit after a number written in three dashed groups ("0812-4471-9036
        // min") is a word of the chat, not the number's unit.
        // Nor is "min" after four digits or more minutes: Indonesian chat
        // calls the admin "min" ("wa saya 0813322240445 min"); nor "hrs"
        // after five or more hours: it abbreviates "harus" ("pin m-banking
        // 805809 hrs diganti?").
        let admin = sp.n >= 4
            && ctx
                .hits()
                .iter()
                .filter(|h| h.mask & T_CUR != 0 && h.clean && h.dist <= 2)
                .all(|h| {
                    b.get(h.start..h.end).is_some_and(|w| {
                        w.eq_ignore_ascii_case(b"min")
                            || sp.n >= 5 && w.eq_ignore_ascii_case(b"hrs")
                    })
                });
        // Nor is "rs" after a code, PIN, phone or birth date its word names
        // ("senha do app: 107908 rs", "nascimento: 02.02.1992 rs"):
        // Brazilian chat laughs with it. A round number stays an amount
        // ("otp ke liye 3000 rs maang raha").
        // (Asked only of a currency word next to the value.)
        let laugh = || {
            let no_amount = [
                K::Otp,
                K::CardPin,
                K::CardSecurityCode,
                K::Password,
                K::DateOfBirth,
                K::Phone,
            ]
            .iter()
            .fold(0, |m, &k| m | kbit(k));
            let round = b.get(sp.end.saturating_sub(2)..sp.end) == Some(b"00");
            !round
                && ctx
                    .hits()
                    .iter()
                    .filter(|h| h.mask & T_CUR != 0 && h.clean && h.dist <= 2)
                    .all(|h| {
                        !h.before
                            && b.get(h.start..h.end)
                                .is_some_and(|w| w.eq_ignore_ascii_case(b"rs"))
                    })
                && ctx.hits().iter().any(|h| {
                    h.before && h.clean && !h.period && h.dist <= 16 && h.mask & no_amount != 0
                })
        };
        let dashed = sp.ngroups >= 3 && sp.seps & SEP_DASH != 0;
        let currency = ctx.currency(b) && !(admin || dashed || laugh());
        // "HMO-2291", "E-204": the tail of an id with a letter prefix;
        // "ts=1767096880525": a logged field.
        // (Also after a slash, two capitals or more: "POL/٣٠١٦٧٨٨٦٢".)
        let slash = before(b, sp.start) == b'/';
        // ("ERR_5464": an underscore joins an identifier too.)
        let id_tail = ((matches!(before(b, sp.start), b'-' | b'_') || slash) && {
            let mut k = sp.start - 1;
            while k > 0 && at(b, k - 1).is_ascii_uppercase() && sp.start - k <= 7 {
                k -= 1;
            }
            k + usize::from(slash) < sp.start - 1
                && sp.start - k <= 7
                && (k == 0 || !is_alnum(at(b, k - 1)))
        }) || (before(b, sp.start) == b'='
            && sp.start >= 2
            && at(b, sp.start - 2).is_ascii_lowercase());

        // "#123456" is a reference number unless a keyword sits right
        // before the `#` ("card#4111...", "SSN#123-45-6789").
        // (Or the keyword, then a number's word glued to the `#`: "paytm
        // wallet no#8497…", "aadhaar number#4228 …".)
        // (Not a Pix word before fewer digits than a Pix key's phone has
        // with its area code: "o Pix #21296306" is a transfer's number.)
        let hash_neg = hash_before
            && !ctx.hits().iter().any(|h| {
                h.before
                    && h.mask & pos_mask != 0
                    && !(h.mask & kbit(K::BrPixKey) != 0 && sp.n < 10)
                    && (h.dist <= 3 || numbered_hash(b, h.end, sp.start))
            });
        let base_neg = hash_neg || amount_after || amount_before || decimal_tail(sp);
        let neg = base_neg || currency || ctx.negative(pos_mask, sp.n > 6);
        // A utility's own number label right before ("número de suministro
        // 0704442579", "consumer no. 0123456789"): no phone.
        let util_label = ctx
            .hits()
            .iter()
            .any(|h| h.mask & T_UTIL != 0 && h.before && h.clean && !h.period && h.dist <= 4);
        // (An expiry word after the value with no date after it says the
        // value itself expired: "el código 4068 ya venció", "the code I got
        // was 7976, but it expires right away".)
        // (A verb of expiring before the value names a card's expiry only
        // with its date after it: "expired 04/28 cvv 361", not "Session
        // expired (code 401)"; nor is a digit inside a word a date:
        // "… expired, b3atoli".)
        let card_near = ctx.has(kbit(K::CardNumber))
            || ctx.hits().iter().any(|h| {
                let dated = (h.end..(h.end + 8).min(b.len()))
                    .any(|j| digit_at(b, j).is_some() && !at(b, j - 1).is_ascii_alphabetic());
                let verb = b.get(h.start..h.end).is_some_and(|w| {
                    starts_with_ci(w, b"expire") || starts_with_ci(w, b"expiring")
                });
                h.mask & kbit(K::CardExpiry) != 0 && (h.before && !verb || dated)
            });
        // A card found shortly before ("… ٣٧٩٤-٨٤٠٧٨٩-٨٣٦٠٧ امريكان اكسبريس، الرمز
        // الأمني ٨٠١٧"), its word maybe out of the window.
        let card_before = card_near
            || sink
                .ended_within(sp.start, 96)
                .any(|c| c.kind == K::CardNumber);

        // A word of calling in the value's sentence, clean, at most `reach`
        // bytes before it ("hubungi", "للتواصل", "sms dari").
        let calling = |reach: usize| {
            ctx.hits().iter().filter(move |p| {
                p.before && p.clean && !p.period && p.dist <= reach && p.mask & kbit(K::Phone) != 0
            })
        };

        // 1. An interpretation with its own keyword nearby, nearest first.
        let mut best: Option<(usize, Interp, bool)> = None;
        let mut best_checked: Option<(usize, Interp, bool)> = None;
        // A number a call to call comes right before is a line, never a
        // code ("Si usted no solicitó este código, llame al 2212-2000").
        // (Asked once, of a code's reading only.)
        let mut called: Option<bool> = None;
        for x in it.iter() {
            if x.kind == K::Phone && util_label {
                continue;
            }
            // A keyword after a sentence end speaks of what follows it
            // ("… 052 771 0934. NRE account kholna hai"): the nearest other
            // one counts ("… siapapun: 637120. Kode berlaku 5 menit").
            let Some(mut h) = ctx.nearest_speaking(kbit(x.kind)) else {
                continue;
            };
            if matches!(
                x.kind,
                K::Otp | K::CardPin | K::CardSecurityCode | K::Password
            ) && *called.get_or_insert_with(|| after_call(b, sp.start))
            {
                continue;
            }
            // Only an amount or a card's last digits between the word and
            // the value ("OTP for card ending 9383: 554892", "Kode OTP
            // untuk transaksi Rp 2.752.500: 3481"): they name no value.
            // (Only a code's own word: not a generic "code" word, nor an
            // account's, which amounts and last digits sit near every day.)
            // (A generic one too, in a purpose clause: "el código para firmar
            // la operación de €161,67 es 27450055".)
            if !h.clean
                && h.before
                && matches!(x.kind, K::Otp | K::CardPin | K::CardSecurityCode)
                && (h.mask & T_CODE == 0 || for_purpose(b, &ctx, (h.start, h.end), sp.start))
                && presents(b, h.end, sp.start)
                && figures_explained(b, &ctx, h.end, sp.start)
            {
                h.clean = true;
            }
            // A code's word in an earlier sentence, and a word of calling
            // right before the value: a line to call ("… pin, otp atau
            // password. hubungi halo 14000", "… رمز التحقق. للتواصل 800 4444").
            // Nor is a message's sender, the code's word after it ("ada sms
            // dari 1500432 minta kode OTP").
            let line_to_call = || h.before && h.period && calling(16).any(|p| p.dist < h.dist);
            // (Or "from" alone right before it: "[Forwarded] From 2525:
            // Your verification code is 487074", the SMS's sender; the
            // calling word may hold it: "someone called from 14041 asking
            // for my otp".)
            let from_words = ["dari", "from", "del", "desde", "من"];
            let from_sender = || {
                !h.before
                    && (calling(12).any(|p| {
                        text.get(p.start..sp.start)
                            .is_some_and(|g| words_of(g).any(|w| one_of(&from_words, w)))
                    }) || words_of(tail(text, sp.start, 16))
                        .next_back()
                        .is_some_and(|w| one_of(&from_words, w)))
            };
            if matches!(x.kind, K::Otp | K::CardPin | K::CardSecurityCode)
                && (line_to_call() || from_sender())
            {
                continue;
            }
            let near = h.clean && h.dist <= if h.before { 16 } else { 4 };
            // A 13-digit epoch in milliseconds ("ts 1750760167608") is a
            // time unless its own keyword stands right before it; never a
            // password, whatever word stands before it ("erro ao trocar a
            // senha, aparece 1700536425892 na tela").
            if epoch_ms(sp)
                && x.gate != Gate::Alone
                && (x.kind == K::Password || !(near && h.before))
            {
                continue;
            }
            // An id's tail takes a context-only kind only from a keyword
            // glued to its prefix ("OTP-482913").
            if id_tail && x.gate == Gate::Ctx && !(h.before && h.end + 1 == sp.start) {
                continue;
            }
            // A generic "code" word right after a word of errors,
            // references or transactions ("error kode 5012"), or later in
            // a clause about card authorizations ("dos autorizaciones de
            // 172 euros con códigos …"), names no one-time code. (Arabic
            // names an order's code after the code word, "كود الطلب":
            // "طلب" before it is the verb, "طلب الكود", "asked for the
            // code".)
            if x.kind == K::Otp
                && h.mask & T_CODE != 0
                && h.before
                && ctx.hits().iter().any(|n| {
                    n.mask & T_NEG != 0
                        && n.before
                        && !b.get(n.start..n.end).is_some_and(|w| {
                            w.ends_with("طلب".as_bytes()) && !w.ends_with("الطلب".as_bytes())
                        })
                        // (A party of the chat speaking of the code a few
                        // words on is no customer number: "cliente diz que
                        // o código …".)
                        && !(b.get(n.start..n.end).is_some_and(party)
                            && text
                                .get(n.end..h.start)
                                .is_some_and(|g| words_of(g).nth(1).is_some()))
                        && n.dist > h.dist
                        && n.dist <= h.dist + if n.mask & T_AUTH != 0 { 48 } else { 24 }
                        // (A verb of entering or using the code between
                        // starts a clause of its own: "Para continuar con tu
                        // solicitud ingresa el código 324541".)
                        && !text
                            .get(n.end..h.start)
                            .is_some_and(|g| words_of(g).any(|w| one_of(ENTER_VERBS, w)))
                        && b.get(n.end..h.start).is_some_and(|gap| {
                            // A full stop inside an amount ("EUR 1.601,77")
                            // ends no sentence.
                            !gap.iter().enumerate().any(|(k, &c)| {
                                matches!(c, b'\n' | b'?' | b'!')
                                    || c == b'.' && !at(gap, k + 1).is_ascii_digit()
                            }) && !gap.windows(2).any(|w| w == "؟".as_bytes())
                        })
                })
            {
                continue;
            }
            // An app's or a gateway's error code: a generic "code" word
            // right before a short number, shortly after a word of failure
            // in the same sentence ("erro \"falha na comunicação (código 9002)\"",
            // "Request gagal. Kode: 5003", "FAILED (code 1007)").
            if matches!(x.kind, K::Otp | K::CardSecurityCode)
                && sp.n <= 5
                && h.mask & T_CODE != 0
                && h.before
                && h.dist <= 3
                && failure_before(text, h.start)
            {
                continue;
            }
            if x.gate != Gate::Alone {
                // A value whose format checks out, named by its own keyword
                // earlier in the clause, outweighs a nearer negative word
                // ("SSN on the claim form ... 472-58-9644").
                // Phone words ("sms", "call") name no particular number.
                // So does a birth word before a full date of a long-past
                // year: the negative words name numbers, not such dates
                // ("fecha de nacimiento está mal en la póliza: es
                // 17/08/1951").
                let named = x.gate == Gate::Weak
                    && x.kind != K::Phone
                    && h.before
                    && h.clean
                    && !h.period
                    || h.before && !h.period && for_purpose(b, &ctx, (h.start, h.end), sp.start)
                    || x.kind == K::DateOfBirth && h.before && h.clean && !h.period && old_date(sp)
                    // (Or a PIN by its own word near the machine it was
                    // typed at, whose words name references elsewhere: "El
                    // NIP que puse en la terminal es 9174", "code PIN choisi
                    // au guichet : 9344".)
                    || x.kind == K::CardPin
                        && h.before
                        && !h.period
                        && h.mask & T_CODE == 0
                        && self.atm_near(b, sp)
                    // (Or where the value is written: "Account number on
                    // cheque: 46766441108"; not a generic code word's, "the
                    // item code on the receipt is 465-120-0897".)
                    || h.before
                        && !h.period
                        && h.mask & T_CODE == 0
                        && written_on(b, h.end, sp.start);
                if last_digits
                    || base_neg
                    || currency
                    || (!named && ctx.negative(kbit(x.kind), sp.n > 6))
                {
                    continue;
                }
                // A context-only reading needs a keyword that speaks of this
                // very number: same clause, no other number in between, and
                // not far after it.
                // An expiry may follow the card number its keyword names.
                let loose = x.kind == K::CardExpiry
                    && h.before
                    && h.dist <= 48
                    && !b.get(h.end..sp.start).unwrap_or(&[]).contains(&b'\n')
                    // "I forgot my mPIN. Old one was 1306": a PIN in the
                    // sentence after its word, with no number between.
                    || x.kind == K::CardPin
                        && h.before
                        && h.dist <= 32
                        // (Not a line to call: "… PIN, atau password.
                        // Hubungi 14842.")
                        && !ctx
                            .hits()
                            .iter()
                            .any(|p| p.before && p.dist <= 16 && p.mask & kbit(K::Phone) != 0)
                        && b.get(h.end..sp.start).is_some_and(|gap| {
                            !gap.iter().any(|&c| c.is_ascii_digit() || c == b'\n')
                                && gap.windows(2).filter(|w| *w == b". ").count() == 1
                        });
                if x.gate == Gate::Ctx && !loose && (!h.clean || (!h.before && h.dist > 24)) {
                    continue;
                }
                // A password of digits alone is read only right after its
                // word, in the same sentence ("never share your password.
                // log time 1749894923865" is no password).
                if x.kind == K::Password && (h.period || h.dist > 24 || !h.before) {
                    continue;
                }
            }
            // Eight digits after "CEP" are a Brazilian postal code, not a
            // Turkish mobile ("cep" means mobile there; those have ten or
            // eleven digits).
            if x.kind == K::Phone
                && sp.n == 8
                && b.get(h.start..h.end)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"cep"))
            {
                continue;
            }
            // "0629" is an expiry only after a word that names the expiry
            // itself ("validade", "exp"), not after a card word; nor is a
            // range of days before a month's name ("going 12-20 May") or
            // before days ("নতুন কার্ড 9-22 দিনের মধ্যে", a new card in 9
            // to 22 days).
            if x.kind == K::CardExpiry
                && h.mask & kbit(K::CardNumber) != 0
                && (sp.plain()
                    || sp.seps == SEP_SPACE
                    || text.get(sp.end..).is_some_and(|t| {
                        t.starts_with(' ')
                            && words_of(t)
                                .next()
                                .is_some_and(|w| is_month(w.as_bytes()) || one_of(DAY_WORDS, w))
                    }))
            {
                continue;
            }
            // A generic "code" word makes a CVV only for 3 digits or next to
            // a card, and not among words of errors, references or
            // transactions ("error aa raha hai ... code 503").
            if x.kind == K::CardSecurityCode
                && h.mask & T_CODE != 0
                && !card_near
                && (sp.n != 3 || ctx.has(T_NEG))
            {
                continue;
            }
            // French "crypto" (the cryptogram) names a CVV only after a card
            // or its expiry ("carte 4276… crypto 726"), not the currency
            // ("crypto 750 gone").
            if x.kind == K::CardSecurityCode
                && !card_before
                && b.get(h.start..h.end)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"crypto"))
            {
                continue;
            }
            // A word of wires names routing numbers and beneficiaries too:
            // after it, a BIC only where one reads as a code ("Wire
            // confirmation: BLUEPEAK SUPPLY LLC" names a company).
            if x.kind == K::SwiftBic
                && h.mask & KIND_BITS != kbit(K::SwiftBic)
                && !code_alone(b, sp.start, sp.end)
            {
                continue;
            }
            // Four digits after a word that also names a PIN are the PIN;
            // after one that also names a one-time code, with no card near,
            // the code ("Seu código de segurança é 8411. Use para confirmar
            // a compra": four-digit CVVs are Amex's).
            if x.kind == K::CardSecurityCode
                && sp.n == 4
                && (h.mask & kbit(K::CardPin) != 0 || h.mask & kbit(K::Otp) != 0 && !card_before)
            {
                continue;
            }
            let d = if h.before { h.dist } else { h.dist * 2 + 8 };
            if best.is_none_or(|(bd, _, _)| d < bd) {
                best = Some((d, x, near));
            }
            if checked(x.kind) && best_checked.is_none_or(|(bd, _, _)| d < bd) {
                best_checked = Some((d, x, near));
            }
        }
        // The number money was sent to, with no keyword of its own
        // ("transfer 922,100 naira to 3353 163 013", "salah tf Rp 2.345.600
        // ke 1716365178142"): a mobile there is the phone of a wallet or
        // of M-Pesa, anything else the account.
        // (A currency word there names the amount sent, before "to".)
        // A date, also unbroken ("to 20240315"), is none.
        if best.is_none()
            && sent
            && !(last_digits
                || base_neg
                || id_tail
                || date_shaped(sp)
                || sp.n == 8 && sp.plain() && year_month_day(sp))
        {
            // A mobile written with its trunk zero or calling code, or
            // grouped as only phones are ("76 969 82 54"); ten bare digits
            // there are an account (a NUBAN), and so are ten with a zero
            // that leads no mobile range (01, 05 to 09).
            // (Or any mobile, after a wallet's or phone's word: "a MoMo
            // transfer of 2,143 cedis to 024 301 8766".)
            let dialled = sp.n >= 11
                || before(b, sp.start) == b'+'
                || sp.first() == b'0' && matches!(sp.byte(1), b'1' | b'5'..=b'9')
                || sp.shape(&[2, 3, 2, 2])
                || ctx
                    .hits()
                    .iter()
                    .any(|h| h.before && h.mask & kbit(K::Phone) != 0);
            let phone = it
                .iter()
                .find(|x| x.kind == K::Phone && mobile && (dialled || topup) && !moved);
            // (Not a number of an id with check digits: "la transferencia
            // a 221760476", a Chilean RUT.)
            let account = it
                .iter()
                .find(|x| x.kind == K::BankAccount)
                .filter(|_| !topup && !it.iter().any(|x| checked(x.kind)));
            // (Words before "to" name what was sent, "the balance"; a
            // reference word right after still names the number.)
            // ("0114 519 741, ref S4EIE1E64Q": another field.)
            let ref_after = ctx.hits().iter().any(|h| {
                !h.before
                    && h.dist <= 8
                    && h.mask & T_NEG != 0
                    && b.get(sp.end..h.start)
                        .is_some_and(|g| g.iter().all(|&c| c == b' '))
            });
            if let Some(x) = phone.or(account) {
                if !ref_after {
                    best = Some((usize::MAX, x, false));
                }
            }
        }
        // (Not after a reference's label: "… date of birth here. Ticket:
        // 17-04-1982".)
        let labelled = || {
            ctx.hits()
                .iter()
                .any(|h| h.mask & T_NEG != 0 && h.before && h.clean && !h.period && h.dist <= 8)
        };
        if best.is_none() && (corrected || form_date) && !base_neg && !labelled() {
            best = birth.map(|x| (usize::MAX, x, false));
        }
        // A short code a message came from is its sender ("it came from
        // 22395", "SMS recebido de 29010: \"Seu codigo …\"").
        if best.is_some_and(|(_, x, _)| {
            matches!(x.kind, K::BankAccount | K::Otp | K::CardPin)
                && x.gate != Gate::Alone
                && sp.n <= 6
                && sms_sender(text, sp.start)
        }) {
            best = None;
        }
        if let Some((_, x, _)) = best {
            if x.kind == K::BankAccount {
                let acc = ctx.nearest(kbit(K::BankAccount));
                // A short number with its account word only after it is a
                // message's sender ("SMS from 32779 saying my account is
                // locked", "رسالة من ٢٢٠٦٨ يقولون حسابي موقوف").
                if sp.n <= 6 && acc.is_some_and(|h| !h.before) {
                    best = None;
                }
                // A bank's name before a card valid by brand, length and
                // Luhn ("Kad kredit CIMB 5152 9462 1686 4339"): the card.
                // (Only when no other account word names it: "nomor
                // rekening BNI saya …".)
                let named = ctx.hits().iter().any(|h| {
                    h.mask & kbit(K::BankAccount) != 0
                        && h.mask & T_BANK == 0
                        && h.before
                        && !h.period
                        && h.dist <= 32
                });
                // A bank's name alone names no number of fewer than eight
                // digits: its call centre's or a short code ("Halo SeaBank
                // 150 046 sibuk").
                if acc.is_some_and(|h| h.mask & T_BANK != 0) && !named && sp.n < 8 {
                    best = None;
                }
                if let Some(bank) = acc.filter(|h| h.mask & T_BANK != 0 && !named) {
                    if let Some(c) = it.iter().find(|y| {
                        y.kind == K::CardNumber
                            && y.gate == Gate::Alone
                            && y.base == Confidence::High
                    }) {
                        best = Some((0, c, true));
                    }
                    // The bank's app after a word of another kind ("PIN
                    // m-BCA saya 123402"): that kind.
                    // Or one right after the value ("Bancolombia: 590458 es
                    // tu clave …").
                    let word = ctx.hits().iter().find(|h| {
                        h.mask & !(T_GEN | T_BANK | T_NEG | kbit(K::BankAccount)) != 0
                            && if h.before {
                                h.end <= bank.start && bank.start - h.end <= 4
                            } else {
                                h.clean && !h.period && h.dist <= 12
                            }
                    });
                    if let Some(y) = word.and_then(|h| {
                        it.iter()
                            .find(|y| h.mask & kbit(y.kind) != 0 && y.kind != K::BankAccount)
                    }) {
                        best = Some((0, y, true));
                    }
                }
                // A mobile named by someone's number word before it, its
                // account word only after it ("nomornya 0856 8160 7381,
                // atas nama Eko"): the phone (a wallet's number). So is one
                // named by a person's number word nearer than the account
                // word ("… linked to the account, wife number 9721…").
                let named_by = ctx.hits().iter().find(|h| {
                    h.mask & T_GEN != 0
                        && h.before
                        && h.clean
                        && !h.period
                        && h.dist <= 24
                        && someones_number(text, h.start, h.end, sp.start)
                });
                // ("حساب، رقمها …": her number, after the account word.)
                let persons_nearer = named_by.is_some_and(|g| {
                    acc.is_some_and(|a| a.before && a.end <= g.start)
                        && (words_of(text.get(..g.start).unwrap_or(""))
                            .next_back()
                            .is_some_and(|w| one_of(PERSONS, w))
                            || text
                                .get(g.start..g.end)
                                .is_some_and(|k| one_of(PERSONS_NUMBER, k)))
                });
                if mobile
                    && named_by.is_some()
                    && (acc.is_some_and(|h| !h.before) || persons_nearer)
                {
                    if let Some(p) = it.iter().find(|y| y.kind == K::Phone) {
                        best = Some((0, p, true));
                    }
                }
            }
            // A code whose purpose names the account, PIN or password
            // ("código para verificar tu cuenta: 740 502", "OTP for your
            // account is 482913", "o código para redefinir sua senha é
            // 393770"): the code.
            if matches!(x.kind, K::BankAccount | K::CardPin | K::Password) {
                let own = ctx.nearest(kbit(x.kind));
                let code = ctx.hits().iter().find(|h| {
                    h.before
                        && h.mask & kbit(K::Otp) != 0
                        && own.is_some_and(|a| a.before && a.start >= h.end)
                        && for_purpose(b, &ctx, (h.start, h.end), sp.start)
                });
                if let (Some(_), Some(o)) = (code, it.iter().find(|y| y.kind == K::Otp)) {
                    best = Some((0, o, true));
                }
            }
        }
        // A code presented as the sender's, whatever brand is named between
        // ("74922352 is your Access Bank verification code", "877932 is
        // your Kuda code").
        if let Some(o) = it.iter().find(|y| y.kind == K::Otp) {
            let code_after = ctx.hits().iter().any(|h| {
                !h.before && h.clean && !h.period && h.dist <= 32 && h.mask & kbit(K::Otp) != 0
            });
            if code_after
                && presented_as_yours(b, sp.end)
                && best.is_none_or(|(_, x, _)| x.kind != K::Otp)
            {
                best = Some((0, o, true));
            }
        }
        // A number shaped like a mobile, right after a generic number word
        // with no word of another kind around ("nomor 6283837515297", "il
        // numero di mia moglie è 3207263516"): a phone, at medium.
        if best.is_none() && mobile && !base_neg && !currency && !last_digits && !util_label {
            let other = it.kinds() & !kbit(K::Phone);
            let named = ctx.hits().iter().any(|h| {
                h.mask & T_GEN != 0
                    && h.clean
                    && !h.period
                    && if h.before {
                        h.dist <= 24 && someones_number(text, h.start, h.end, sp.start)
                    } else {
                        h.dist <= 20 && number_of_someone(text, sp.end, h.start, h.end)
                    }
            });
            // Listed with a birth date ("7913072073 and DOB 20-04-1979",
            // "mera DOB 23/10/1972 hai aur number 9099745877"): the
            // customer's own number.
            let mut with_dob = || {
                // (A birth-date word after the number names the date after
                // it, so it is not among the hits: look it up.)
                let mut near = (sp.end + 24).min(text.len());
                while !text.is_char_boundary(near) {
                    near -= 1;
                }
                let after = text
                    .get(sp.end..near)
                    .map_or(sp.end, |t| sp.end + joint_len(t));
                after - sp.end <= 8
                    && !b.get(sp.end..after).is_some_and(|g| g.contains(&b'\n'))
                    && self
                        .kw
                        .topic_at(sink.raw(self, text, cws, cwe), after, kbit(K::DateOfBirth))
                    || ctx.hits().iter().any(|d| {
                        d.mask & kbit(K::DateOfBirth) != 0
                            && d.before
                            && !d.period
                            && d.dist <= 64
                            && b.get(d.end..sp.start).is_some_and(|g| !g.contains(&b'\n'))
                            && ctx.hits().iter().any(|h| {
                                h.mask & T_GEN != 0
                                    && h.before
                                    && h.clean
                                    && h.start > d.end
                                    && h.dist <= 16
                                    && and_before(text, h.start)
                            })
                    })
            };
            // The number a code goes to ("otp will come to 9730908906",
            // "not receiving otp on …", "kode OTP dikirim ke …").
            let delivered = ctx.hits().iter().any(|h| {
                h.before
                    && h.clean
                    && !h.period
                    && h.dist <= 32
                    && h.mask & kbit(K::Otp) != 0
                    && b.get(h.end..sp.start).is_some_and(delivered_to)
            });
            // (Someone's number word nearer than a negative word speaks of
            // this number: "loan recovery wale ne mere number 69066 35501
            // pe call kiya".)
            let mine = named
                && ctx.hits().iter().any(|h| {
                    h.mask & T_GEN != 0
                        && h.before
                        && h.clean
                        && h.dist <= 24
                        && text.get(..h.start).is_some_and(|t| {
                            words_of(t).next_back().is_some_and(|w| one_of(PERSONAL, w))
                        })
                });
            let pos = kbit(K::Phone) | if mine { T_GEN } else { 0 };
            if (named || on || person || delivered || with_dob())
                && !ctx.has(other)
                && !ctx.negative(pos, true)
            {
                if let Some(x) = it.iter().find(|x| x.kind == K::Phone) {
                    best = Some((usize::MAX, x, false));
                }
            }
        }
        // A value passing the check digits of a kind named in the window is
        // that kind rather than an account the nearer word speaks of ("SIN
        // for the account? it's 503 385 650", "a la cuenta" + a CLABE).
        if best.is_some_and(|(_, x, _)| x.kind == K::BankAccount) && best_checked.is_some() {
            best = best_checked;
        }
        // An account a utility names a few lines before ("paid the DEWA
        // bill … Account 2004 1188 72", "Biller: MERALCO\nAccount No.: …")
        // is the utility's, unless money came from it ("… from my account").
        if best.is_some_and(|(_, x, _)| x.kind == K::BankAccount && x.gate == Gate::Ctx)
            && self.utility_account(text, sink, sp)
        {
            best = None;
        }
        // A check passed by chance yields to the phone the number is
        // shaped as, when no word names the checked kind: a SIN by its
        // grouping alone after a word of a number (a mobile grouped in
        // threes passes the SIN's Luhn check one time in ten: "el número
        // bien es 685 930 943", "he cambiado de número, ahora es 603 299
        // 751"); twelve plain digits passing the Aadhaar check that are a
        // mobile after its country code typed without the `+` ("Treasurer
        // 254743890123", "haan ji number sahi hai 917721733652").
        let phone_ok = !(neg || last_digits) && it.has(K::Phone);
        // (A word of a number or a phone right before it.)
        let number_word = phone_ok
            && ctx.hits().iter().any(|h| {
                h.mask & (T_GEN | kbit(K::Phone)) != 0
                    && h.before
                    && h.clean
                    && !h.period
                    && h.dist <= 24
            });
        let sin_yields = !ctx.has(kbit(K::CaSin)) && number_word;
        // (No Aadhaar word before it in the locality bound either: "aadhaar
        // 7858 0061 4132 — sorry galat type hua, sahi wala 916067774372".)
        let aadhaar_yields = phone_ok && sp.plain() && cc_mobile(sp.s()) && {
            let lo = back_chars(b, sp.start, 4 * self.window);
            let raw = sink.raw(self, text, lo, cwe.max(sp.end));
            !self
                .kw
                .any_topic(raw, lo, cwe.max(sp.end), kbit(K::InAadhaar))
        };
        // (Eleven plain digits shaped as an Egyptian mobile, 010, 011, 012
        // or 015, pass the CPF check one time in a hundred: after a word of
        // a number, no CPF or PIX word near, the mobile: "da el ra2m
        // 01589589262".)
        let cpf_yields = phone_ok
            && sp.n == 11
            && sp.plain()
            && matches!(sp.s().get(..3), Some(b"010" | b"011" | b"012" | b"015"))
            && !ctx.has(kbit(K::BrCpf))
            && !ctx.has(kbit(K::BrPixKey))
            && number_word;
        // (A Brazilian RG in the dotted shape of a Chilean RUT: its last
        // digit passes the RUT's check one time in eleven, "CEP 79015-073 |
        // RG 55.697.244-3".)
        let rg_named = it.has(K::ClRut) && rg_before(text, sp.start);
        let by_chance = |x: &Interp| {
            x.kind == K::CaSin && sin_yields
                || x.kind == K::InAadhaar && x.base == Confidence::Medium && aadhaar_yields
                || x.kind == K::BrCpf && cpf_yields
        };
        // 2. The first interpretation that stands alone.
        let alone = it.iter().find(|x| match x.gate {
            Gate::Alone => !(last_digits || x.kind == K::ClRut && rg_named),
            Gate::Weak => {
                // (An amount word does not speak against a card number
                // valid by brand, length and Luhn: "limit badh jayegi,
                // maine bhej diya 6070…".)
                let neg = if x.kind == K::CardNumber && sp.n >= 15 && neg {
                    base_neg || currency || ctx.negative_but(pos_mask, true, T_AMT)
                } else {
                    neg
                };
                !(neg || last_digits || x.kind == K::Phone && util_label || by_chance(x))
            }
            Gate::Ctx => false,
        });
        // An account number in a validated national format is that format
        // (a CLABE after "cuenta").
        if let (Some((_, x, _)), Some(a)) = (best, alone) {
            // An 11-digit PIX key passing the CPF check after a word that
            // names phones too is the CPF.
            // A national id with a birth date and a check inside (CN, ZA, AE:
            // "784", the year of birth, a Luhn digit) is that id; a mobile
            // with its phone word in the window is a phone
            // ("change my phone number attached to the account from …").
            // (Not a phone word after a value its account word names right
            // before it: "account 750-906-9664 ke ShopeePay".)
            // (A phone word that named a phone found before does not
            // count: "su celular es 094819590 y su cuenta 009574…".)
            let acc_first =
                ctx.nearest(kbit(K::BankAccount))
                    .is_some_and(|h| h.before && h.clean && h.dist <= 8)
                    && !ctx.hits().iter().any(|h| {
                        h.before
                            && h.mask & kbit(K::Phone) != 0
                            && !sink.near(h.end).iter().any(|c| {
                                c.kind == K::Phone && c.start >= h.end && c.end <= sp.start
                            })
                    });
            // (So is a Chilean RUT written with its dots and check digit:
            // "Matías Contreras, 14.927.724-2, cuenta vista …".)
            if x.kind == K::BankAccount
                && (matches!(
                    a.kind,
                    K::MxClabe | K::ArCbu | K::CnResidentId | K::ZaId | K::AeEmiratesId
                )
                    || a.kind == K::ClRut && a.base == Confidence::High
                    // (And a CPF written with its dots and dash: "joint
                    // account, mine is 992.624.098-42".)
                    || a.kind == K::BrCpf && a.base == Confidence::High
                    || a.kind == K::Phone && ctx.has(kbit(K::Phone)) && !acc_first)
                // (Not a number with a trunk zero, which no Brazilian
                // mobile has, after a phone word only: "My mob 07774968873".)
                // (Unless the word right before names a phone and no CPF:
                // "chave pix é meu celular 3195…".)
                || x.kind == K::Phone
                    && x.gate == Gate::Ctx
                    && a.kind == K::BrCpf
                    && (sp.first() != b'0' || ctx.has(kbit(K::BrPixKey)))
                    && !ctx
                        .hits()
                        .iter()
                        .filter(|h| h.before && h.mask & KIND_BITS != 0)
                        .min_by_key(|h| h.dist)
                        .is_some_and(|h| {
                            h.clean && h.dist <= 8 && h.mask & kbit(K::BrCpf) == 0
                        })
            {
                best = None;
            }
        }
        let chosen = match (best, alone) {
            // A validated value beats a context-only reading whose keyword
            // is not right next to it.
            // (Unless both pass their check digits, the keyword's kind is
            // no card (Luhn is too weak: ids pass it) and only it is named:
            // "tax file number … it's 508 470 465" is a TFN, though it is
            // also a valid SIN.)
            (Some((_, x, near)), Some(a))
                if x.gate == Gate::Ctx
                    && (!near
                        || a.base == Confidence::High && ctx.has(kbit(a.kind))
                        || a.kind == K::Phone && x.kind == K::BankAccount && mobile_434(sp)
                        // (A card valid by brand, length and Luhn with its
                        // expiry's word right after it is that card, after
                        // an account's word too: "637 conto no 5470 3186
                        // 6838 4346 validade 1/26".)
                        || a.kind == K::CardNumber
                            && x.kind == K::BankAccount
                            && self.card_word_after(
                                text,
                                sink,
                                sp.end,
                                sp.end + 16,
                                kbit(K::CardExpiry),
                            ))
                    // (Not a mobile's shape alone against the account word
                    // before it in the clause, no phone word around: "mon
                    // numéro de compte à la SGBCI c'est 07294284180", "the
                    // account number I sent you earlier (0576051991)".)
                    // (A mobile in its own 4-3-4 grouping is the wallet's
                    // account: "Your BayadLater account 0999-648-2025".)
                    && !(a.kind == K::Phone
                        && x.kind == K::BankAccount
                        && !ctx.has(kbit(K::Phone))
                        && !mobile_434(sp)
                        && ctx.nearest(kbit(K::BankAccount)).is_some_and(|h| {
                            h.before
                                && h.clean
                                && !h.period
                                && h.mask & T_BANK == 0
                                // (No number word nearer: "Rocket account
                                // lock hoye gese, number 8801414957696".)
                                && !ctx.hits().iter().any(|g| {
                                    g.before && g.start >= h.end && g.mask & T_GEN != 0
                                })
                                // (Nor a question between: "needs BSB and
                                // account, can you text them to me? 0493
                                // 340 574".)
                                && !b.get(h.end..sp.start).is_some_and(|g| g.contains(&b'?'))
                        }))
                    // (A phone's word beats a check a mobile passes by
                    // chance, its own kind unnamed: an Aadhaar's, a mobile
                    // with its country code, "mere number pe 919728119151",
                    // "came from 254100220191"; a SIN's Luhn check by its
                    // 3-3-3 grouping alone, a mobile grouped in threes, "el
                    // número bien es 685 930 943", "polnische Nummer
                    // 506-178-409".)
                    && !(x.kind == K::Phone
                        && (a.kind == K::InAadhaar
                            && a.base == Confidence::Medium
                            && cc_mobile(sp.s())
                            || a.kind == K::CaSin && a.gate == Gate::Weak)
                        && !ctx.has(kbit(a.kind)))
                    && !(checked(x.kind)
                        && x.kind != K::CardNumber
                        && checked(a.kind)
                        && !ctx.has(kbit(a.kind))) =>
            {
                Some((a, self.alone_conf(a, &ctx)))
            }
            (Some((_, x, near)), _) => {
                let conf = match x.gate {
                    Gate::Alone | Gate::Weak => Confidence::High,
                    Gate::Ctx if near => Confidence::High,
                    Gate::Ctx => Confidence::Medium,
                };
                Some((x, conf))
            }
            (None, Some(a)) => Some((a, self.alone_conf(a, &ctx))),
            (None, None) if it.iter().any(|x| by_chance(&x)) => it
                .iter()
                .find(|x| x.kind == K::Phone)
                .map(|x| (x, Confidence::Medium)),
            (None, None) => None,
        };
        let (mut x, conf) = chosen?;
        // A mobile given as the answer to a question asking for one, that
        // passes the CPF check by chance (one time in a hundred): "> Kak,
        // nomor HP nya?\n08923571504".
        if x.kind == K::BrCpf
            && conf == Confidence::Medium
            && (sink.lines || sink.turns)
            && !ctx.has(kbit(K::BrCpf) | kbit(K::BrPixKey))
        {
            if let Some(p) = it.iter().find(|p| p.kind == K::Phone) {
                let asked = self.asked_above(text, sink, sp.start, sp.end, it.kinds());
                if asked.is_some_and(|k| k & kbit(K::Phone) != 0 && k & kbit(K::BrCpf) == 0) {
                    return Some((Cand::context(sp.start, sp.end, p.kind), false));
                }
            }
        }
        // "la clave de 4 dígitos de la tarjeta es 0917": a word naming both
        // a code and a PIN, next to a card (or after one found: "بطاقة
        // جديدة ۵۵۳۳ … وصلتني، الرقم السري المؤقت 6259"), makes four digits
        // the PIN.
        if x.kind == K::Otp
            && sp.digits_only()
            && sp.n == 4
            && card_before
            && it.has(K::CardPin)
            && ctx
                .nearest(kbit(K::Otp))
                .zip(ctx.nearest(kbit(K::CardPin)))
                .is_some_and(|(o, p)| o.start == p.start)
        {
            x.kind = K::CardPin;
        }
        // "the password of the card: 1357": digits next to a card word are
        // the card's PIN.
        if x.kind == K::Password
            && sp.digits_only()
            && (4..=6).contains(&sp.n)
            && card_near
            && self.on(K::CardPin)
        {
            x.kind = K::CardPin;
        }
        // "me pidieron la clave 5474 del cajero", "clave 8825, la puse ayer
        // en el cajero": a code a PIN's word names (no nearer word of a
        // one-time code: "el código 361591 para asignar NIP, ¿lo pongo en
        // el cajero?") for a cash machine is the card's PIN.
        let pin_named = ctx.nearest(kbit(K::CardPin)).is_some_and(|p| {
            ctx.nearest(kbit(K::Otp))
                .is_none_or(|o| o.start == p.start || p.dist < o.dist)
        });
        if matches!(x.kind, K::Otp | K::Password)
            && pin_named
            && sp.digits_only()
            && (4..=6).contains(&sp.n)
            && self.on(K::CardPin)
            && self.atm_near(b, sp)
        {
            x.kind = K::CardPin;
        }
        // "Le code de ma carte c'est 3028, je l'ai modifié au guichet": four
        // digits a generic code word names, typed at a cash machine, are
        // the card's PIN, not its security code (no word only a security
        // code has around).
        if x.kind == K::CardSecurityCode
            && sp.n == 4
            && sp.digits_only()
            && it.has(K::CardPin)
            && self.on(K::CardPin)
            && !ctx.hits().iter().any(|h| {
                h.mask & kbit(K::CardSecurityCode) != 0 && h.mask & (kbit(K::Otp) | T_CODE) == 0
            })
            && self.atm_near(b, sp)
        {
            x.kind = K::CardPin;
        }
        // "KODE RAHASIA 866364 utk transaksi … Berlaku 5 menit", "512367
        // رمز الدخول … صالح لمدة 5 دقائق": a code valid for some minutes
        // is a one-time code, whatever word named it; a PIN or a password
        // lasts.
        if matches!(x.kind, K::CardPin | K::Password)
            && otp_shaped(sp, it)
            && self.on(K::Otp)
            && valid_for_minutes(b, sp.end)
        {
            x.kind = K::Otp;
        }
        // "kanka şifre 073175 geldi bana", "the pin 4821 came by sms": a
        // code that arrives is a one-time code, whatever word named it
        // (not a card's: its PIN comes by letter).
        if matches!(x.kind, K::CardPin | K::Password)
            && !card_near
            && otp_shaped(sp, it)
            && self.on(K::Otp)
            && text
                .get(sp.end..fwd_chars(b, sp.end, self.window))
                .is_some_and(|t| words_of(t).take(2).any(|w| one_of(ARRIVED, w)))
            && !b
                .get(sp.start.saturating_sub(self.window)..(sp.end + self.window).min(b.len()))
                .is_some_and(|w| {
                    [&b"card"[..], b"cart", b"tarjeta", b"kart"]
                        .iter()
                        .any(|c| w.windows(c.len()).any(|x| x.eq_ignore_ascii_case(c)))
                })
        {
            x.kind = K::Otp;
        }
        // "ya me llegó el nip 768313": six digits a PIN's word names, right
        // after a verb of a message arriving, are a one-time code (a card's
        // PIN has four and comes by letter: "ya me llegó el NIP nuevo, es
        // 5918").
        if x.kind == K::CardPin
            && !card_near
            && sp.n == 6
            && otp_shaped(sp, it)
            && self.on(K::Otp)
            && ctx.nearest(kbit(K::CardPin)).is_some_and(|p| {
                p.before
                    && text
                        .get(back_chars(b, p.start, 16)..p.start)
                        .is_some_and(|t| {
                            let mut w = t.split(' ').rev().filter(|w| !w.is_empty());
                            let mut v = w.next();
                            if v.is_some_and(|a| {
                                one_of(&["el", "la", "o", "a", "the", "my", "mi"], a)
                            }) {
                                v = w.next();
                            }
                            v.is_some_and(|v| one_of(ARRIVED_BEFORE, v))
                        })
            })
        {
            x.kind = K::Otp;
        }
        if x.kind == K::Phone {
            start = phone_start(b, start, sp.end);
        }
        let strong = x.gate == Gate::Alone && x.base == Confidence::High;
        Some((
            Cand {
                start,
                end: sp.end,
                kind: x.kind,
                conf,
                tier: u8::from(x.gate != Gate::Ctx),
                frag: NO_FRAG,
            },
            strong,
        ))
    }

    /// True if a utility word comes at most `4 × window` bytes before
    /// `sp` with no word of money leaving an account between ("from",
    /// "dari", "desde", "debited", Hinglish "se").
    fn utility_account(&self, text: &str, sink: &mut Sink, sp: &Span) -> bool {
        let lo = sp.start.saturating_sub(4 * self.window);
        let raw = sink.raw(self, text, lo, sp.start);
        let Some(from) = self.kw.last_topic(raw, lo, sp.start, T_UTIL) else {
            return false;
        };
        let gap = text.as_bytes().get(from..sp.start).unwrap_or(&[]);
        // Money leaving an account, in the value's own clause ("Pay from
        // the app, account no …" names no such account), or an account
        // paid with ("PDAM …, dibayar pake rekening BRI saya …").
        let clause = memchr::memrchr2(b',', b';', gap).map_or(gap, |p| gap.get(p..).unwrap_or(&[]));
        !clause.split(|c| !c.is_ascii_alphabetic()).any(|w| {
            [
                &b"from"[..],
                b"dari",
                b"desde",
                b"se",
                b"debit",
                b"debited",
                b"deducted",
                b"pake",
                b"pakai",
                b"using",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        })
    }

    /// A value given alone as the answer to a question asked on the line
    /// above, in a transcript pasted into one message ("Agent: kindly
    /// confirm your registered mobile number\nCustomer: 9845012367"): the
    /// reading the question names, at medium confidence.
    fn answered(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        let kinds = self
            .form_answer(text, sink, sp.start, sp.end, it.kinds())
            .or_else(|| self.asked_above(text, sink, sp.start, sp.end, it.kinds()))?;
        let mut x = it.iter().find(|x| kinds & kbit(x.kind) != 0)?;
        // Not when the answer itself names the value as something else
        // right before it, on its line ("udh telp 1500053 ga nyambung"
        // after a warning about PINs and passwords).
        let b = text.as_bytes();
        let line = b
            .get(..sp.start)
            .and_then(|h| memchr::memrchr(b'\n', h))
            .map_or(0, |k| k + 1);
        let ctx = self.ctx(text, sink, sp.start, sp.end);
        // A "code" asked for names a one-time code unless a word only a
        // card's security code has, or a card's, stands around, or a card
        // or its expiry was given shortly before ("We sent a code to the
        // new number, please read it back.\nJessica: 2977").
        let (otp, cvv) = (kbit(K::Otp), kbit(K::CardSecurityCode));
        let card_before = || {
            sink.ended_within(sp.start, 4 * self.window)
                .any(|c| matches!(c.kind, K::CardNumber | K::CardExpiry))
        };
        if x.kind == K::CardSecurityCode
            && kinds & otp != 0
            && !ctx.hits().iter().any(|h| {
                h.mask & cvv != 0 && h.mask & otp == 0 || h.mask & kbit(K::CardNumber) != 0
            })
            && !card_before()
        {
            x = it.iter().find(|x| x.kind == K::Otp)?;
        }
        let other = |h: &Hit| {
            let kinds = h.mask & KIND_BITS;
            kinds != 0 && kinds & kbit(x.kind) == 0
        };
        // (The answer's own turn: after its speaker's colon.)
        let turn = b
            .get(line..sp.start)
            .and_then(|h| memchr::memrchr(b':', h))
            .map_or(line, |p| line + p + 1);
        if ctx.hits().iter().any(|h| {
            h.before
                && h.clean
                && h.dist <= 8
                && h.start >= line
                && (other(h) || h.mask & T_NEG != 0 && h.start >= turn)
        }) {
            return None;
        }
        // Nor when the answer says the payment was made, and the value is
        // its receipt's ("manda o pix" … "Unknown: feito ✅ id
        // 02984-58396").
        let said = b.get(turn..sp.start).unwrap_or(&[]);
        if said
            .split(|c| !c.is_ascii_alphabetic())
            .any(|w| PAID.iter().any(|d| w.eq_ignore_ascii_case(d)))
        {
            return None;
        }
        let start = if x.kind == K::Phone {
            phone_start(text.as_bytes(), sp.start, sp.end)
        } else {
            sp.start
        };
        Some((Cand::context(start, sp.end, x.kind), false))
    }

    /// The topics of `want` that a form asks for at the place of `[start,
    /// end)` among its answers. The form is a quoted block ("> Please
    /// send:\n> 1. DOB\n> 2. Mobile") or a speaker's turn ("Bot: Please
    /// confirm:\n1. DOB\n2. Mobile", "Bot - …") listing fields one per line
    /// after a bullet or a number or as a short label ending in a colon, or
    /// on one line: numbered ("1) NIK 2) no HP"), between slashes ("name /
    /// DOB / account no") or, right above the answers or after the
    /// speaker's colon, between commas and "and" ("your name, DOB and
    /// account number"); a line holding values lists no fields. The answers
    /// follow under the quote or in the next speaker's turn (on its first
    /// line or the lines after it, up to the next turn), one value per line
    /// or several on a line split by " / ", ", ", " | ", "; " or " - ". A
    /// numbered answer ("2. 14/07/1991") takes the field of its number.
    /// Otherwise a greeting before the values and thanks after them are
    /// skipped by choosing the alignment of answers and fields where values
    /// fall on fields naming a kind and words on the others; when two
    /// alignments score alike, none is chosen. The value must be the whole
    /// answer, and its field must name no negative topic and no last
    /// digits. Reads at most `4 × window` bytes on either side.
    fn form_answer(
        &self,
        text: &str,
        sink: &mut Sink,
        start: usize,
        end: usize,
        want: u64,
    ) -> Option<u64> {
        if !sink.lines {
            return None;
        }
        let b = text.as_bytes();
        let lim = 4 * self.window;
        let lo = start.saturating_sub(lim);
        let hi = (end + lim).min(b.len());
        // The whole lines inside the bound.
        let mut lines = [(0usize, 0usize); FORM_LINES];
        let mut n = 0;
        let mut ls = if lo == 0 {
            0
        } else {
            lo + memchr::memchr(b'\n', b.get(lo..start)?)? + 1
        };
        loop {
            let le = match memchr::memchr(b'\n', b.get(ls..hi)?) {
                Some(p) => ls + p,
                None if hi == b.len() => hi,
                None => break,
            };
            *lines.get_mut(n)? = (ls, le);
            n += 1;
            if le >= hi {
                break;
            }
            ls = le + 1;
        }
        let lines = lines.get(..n)?;
        let quoted_line = |k: usize| lines.get(k).is_some_and(|&(s, _)| at(b, s) == b'>');
        // Where what a speaker said begins on a turn's first line ("Bot: …",
        // "[19/06/25, 19:18] Chris: …", "YO - …").
        let head = |k: usize| {
            let &(s, e) = lines.get(k)?;
            speaker(b, s, e)
                .map(|(_, at)| at)
                .or_else(|| dash_speaker(b, s, e).map(|(_, said)| said))
        };
        let plain = |k: usize| !quoted_line(k) && head(k).is_none();
        let li = lines.iter().position(|&(s, e)| s <= start && end <= e)?;
        if quoted_line(li) {
            return None;
        }
        let mut q = li;
        if plain(li) {
            while q > 0 && plain(q - 1) {
                q -= 1;
            }
        }
        // The lines listing the fields (their text: after the quote mark,
        // or the whole line), the asker's own words before them (a list on
        // one line: "confirm these details: Date of birth, Card number"),
        // and where the answers begin: under a quoted block, or in the
        // answering turn ("Chris: k\n1) 2270\n2) 7178…", "Mariana: 5167…,
        // 9583, 08-28").
        let mut segs = [(0usize, 0usize); FORM_LINES];
        let mut ns = 0;
        // The asker's words are among them (the first).
        let mut asked = false;
        let quoted_ask = plain(li) && q > 0 && quoted_line(q - 1);
        let (f, answers_from, reply) = if quoted_ask {
            let mut f = q - 1;
            while f > 0 && quoted_line(f - 1) {
                f -= 1;
            }
            for &(s, e) in lines.get(f..q)? {
                *segs.get_mut(ns)? = (skip_spaces(b, s + 1), e);
                ns += 1;
            }
            (f, q, None)
        } else {
            let ah = if plain(li) {
                q.checked_sub(1).filter(|&k| head(k).is_some())?
            } else {
                li
            };
            let mut f = ah;
            while f > 0 && plain(f - 1) {
                f -= 1;
            }
            // The asker's turn, unless the list starts before the bound.
            if let Some(ask) = f.checked_sub(1) {
                let at = head(ask)?;
                *segs.get_mut(ns)? = (skip_spaces(b, at), lines.get(ask)?.1);
                ns += 1;
                asked = true;
            } else if lines.first().is_some_and(|&(s, _)| s == 0) {
                return None;
            }
            for &(s, e) in lines.get(f..ah)? {
                *segs.get_mut(ns)? = (skip_spaces(b, s), e);
                ns += 1;
            }
            let &(_, ae) = lines.get(ah)?;
            (f, ah + 1, Some((skip_spaces(b, head(ah)?), ae)))
        };
        let segs = segs.get(..ns)?;
        // A long block may start before the bound: its first fields are not
        // seen, and the answers may begin with theirs.
        let partial = f == 0 && lines.first().is_some_and(|&(s, _)| s != 0);
        // The fields: (start, end, topics).
        let mut fields = [(0usize, 0usize, 0u64); FORM_ITEMS];
        let mut nf = 0;
        let mut first_marked = true;
        // (The asker's own words head the list; they are no field.)
        for &(c, e) in segs.get(usize::from(asked)..)? {
            let line = b.get(c..e)?.trim_ascii_end();
            let words = line.split(|&x| x == b' ').filter(|w| !w.is_empty()).count();
            let marked = list_marker(line);
            let label = line.ends_with(b":") && words <= 3;
            if (marked > 0 || label) && words <= 7 {
                if nf == 0 {
                    first_marked = marked > 0;
                }
                *fields.get_mut(nf)? = (c + marked, c + line.len(), 0);
                nf += 1;
            }
        }
        if nf < 2 {
            // Or one line listing them: numbered ("1) NIK 2) no HP 3)
            // email"), between slashes, or (the line right above the
            // answers) between commas and "and" ("nama lengkap, tanggal
            // lahir, dan NIK", "الاسم الكامل وتاريخ الميلاد ورقم الجوال").
            nf = 0;
            for (k, &(c, e)) in segs.iter().enumerate() {
                let (parts, np) = numbered(b, c, e);
                if np >= 2 {
                    for &(ps, pe, _) in parts.get(..np)? {
                        *fields.get_mut(nf)? = (ps, pe, 0);
                        nf += 1;
                    }
                    break;
                }
                let line = b.get(c..e)?;
                let slashes = line.windows(3).filter(|w| *w == b" / ").nth(1).is_some();
                let last = k + 1 == segs.len();
                // (A speaker's sentence lists fields between commas only
                // after a colon: "For verification, what's the ZIP code
                // and …" lists none.)
                let colon = line.windows(2).any(|w| w == b": ");
                // (Nor does a line holding values: "… sort code 25-41-25,
                // account 40987355".)
                let values = line.windows(2).any(|w| w.iter().all(u8::is_ascii_digit));
                if values || !slashes && (!last || asked && k == 0 && !colon) {
                    continue;
                }
                let seps: &[&[u8]] = if slashes {
                    &[b" / "]
                } else {
                    &[
                        b", ",
                        b" and ",
                        b" dan ",
                        b" y ",
                        b" e ",
                        b" aur ",
                        " و".as_bytes(),
                        "، ".as_bytes(),
                    ]
                };
                let cut = |from: usize| first_sep(b.get(from..e)?, seps);
                // The first field starts after the colon that opens the
                // list ("confirm these details: Date of birth, Card number").
                let mut fs = line
                    .windows(2)
                    .rposition(|w| w == b": ")
                    .map_or(c, |p| c + p + 1);
                while let Some((p, l)) = cut(fs) {
                    *fields.get_mut(nf)? = (fs, fs + p, 0);
                    nf += 1;
                    fs += p + l;
                }
                *fields.get_mut(nf)? = (fs, e, 0);
                nf += 1;
                // (Or two in a quoted question: "> ¿Fecha de vencimiento y
                // código de seguridad?", "> رقم الهوية والجوال؟".)
                if slashes || nf >= 3 || (colon || quoted_ask) && nf == 2 {
                    break;
                }
                nf = 0;
            }
        }
        if nf < 2 {
            return None;
        }
        let fields = fields.get_mut(..nf)?;
        let (fs0, _, _) = *fields.first()?;
        let raw = sink.raw(self, text, fs0, hi);
        for fd in fields.iter_mut() {
            fd.2 = self.kw.label_topics(raw, fd.0, fd.1);
        }
        // (A field asking for last digits asks for no whole value.)
        let named = |m: u64| m & KIND_BITS != 0 && m & (T_NEG | T_LAST) == 0;
        // The answers: (start, end, holds a value), trimmed.
        let mut items = [(0usize, 0usize, false); FORM_ITEMS];
        let mut ni = 0;
        let mut here = None;
        // The number an answer was given ("2. 02/09/1978", "1) 6110… 2)
        // 6289…"): its field's.
        let mut numbered_here = None;
        let rest = lines
            .get(answers_from..)?
            .iter()
            .enumerate()
            .take_while(|&(k, _)| plain(answers_from + k))
            .map(|(_, &l)| l);
        // Each answer is kept trimmed, and the one holding the value noted
        // with its number if it has one.
        let mut push = |is: usize, ie: usize, num: Option<usize>| -> Option<()> {
            let item = b.get(is..ie)?;
            let a = is + (item.len() - item.trim_ascii_start().len());
            let z = a + item.trim_ascii().len();
            if a <= start && end <= z {
                here = Some((ni, a, z));
                numbered_here = num;
            }
            *items.get_mut(ni)? = (a, z, form_value(b, a, z));
            ni += 1;
            Some(())
        };
        for (s, e) in reply.into_iter().chain(rest) {
            let (parts, np) = numbered(b, s, e);
            if np > 0 {
                for &(ps, pe, n) in parts.get(..np)? {
                    push(ps, pe, Some(n))?;
                }
                continue;
            }
            let line = b.get(s..e)?;
            let split = line.iter().any(|&c| c.is_ascii_digit() || c == b'@');
            let mut is = s;
            loop {
                let cut = if split {
                    // (Or "and" under a quoted question of two: "08-31 y
                    // 777".)
                    const SEPS: [&[u8]; 11] = [
                        b" / ",
                        b", ",
                        b" | ",
                        b"; ",
                        b" - ",
                        "، ".as_bytes(),
                        b" y ",
                        b" e ",
                        b" and ",
                        b" dan ",
                        " و ".as_bytes(),
                    ];
                    let seps = if quoted_ask { &SEPS[..] } else { &SEPS[..6] };
                    first_sep(b.get(is..e)?, seps)
                } else {
                    None
                };
                let ie = cut.map_or(e, |(p, _)| is + p);
                if !b.get(is..ie)?.trim_ascii().is_empty() {
                    push(is, ie, None)?;
                }
                match cut {
                    Some((p, l)) => is += p + l,
                    None => break,
                }
            }
        }
        let (t, a, z) = here?;
        // The value is the whole answer, up to punctuation around it.
        let bare = |r: &[u8]| {
            r.iter()
                .all(|&c| !c.is_ascii_alphanumeric() && c < 0x80 && c != b'@')
        };
        if !bare(b.get(a..start)?) || !bare(b.get(end..z)?) {
            return None;
        }
        let items = items.get(..ni)?;
        // A first label naming nothing may head the list ("> Mohon
        // kirim:\n> Nama:\n> Tgl lahir:").
        let header = !first_marked && !partial && fields.first().is_some_and(|f| f.2 == 0);
        if let Some(n) = numbered_here.filter(|_| !partial) {
            let (_, _, m) = *fields.get(n.checked_sub(1)? + usize::from(header))?;
            return (named(m) && m & want != 0).then_some(m & want);
        }
        // Score each alignment of the fields with the answers from `o` on:
        // a value that fits its named field counts, a word on an unnamed
        // one (a name) a little; a value left out or on a field it does
        // not fit counts against.
        // Answer `k` falls on field `k + pad - o`; in a partial block the
        // answers before its first seen field may fall on unseen ones.
        let pad = if partial { ni } else { 0 };
        let score = |fields: &[(usize, usize, u64)], o: usize| {
            let mut s = 0i32;
            for (k, &(ia, iz, value)) in items.iter().enumerate() {
                let j = (k + pad).checked_sub(o);
                if j.is_none() && partial {
                    continue;
                }
                let fd = j.and_then(|j| fields.get(j));
                s += match (fd, value) {
                    (Some(fd), true) if named(fd.2) => {
                        if form_fits(b, ia, iz, fd.2) {
                            2
                        } else {
                            -2
                        }
                    }
                    (Some(fd), false) if named(fd.2) => -2,
                    (Some(_), false) => 1,
                    (Some(_), true) | (None, false) => 0,
                    (None, true) => -2,
                };
            }
            s
        };
        // With a heading label, both readings are tried.
        // The best score, the field it gives the value (by index), and
        // whether another alignment as good gives another one.
        let mut best = (i32::MIN, None, false);
        for skip in 0..=usize::from(header) {
            let view = fields.get(skip..)?;
            for o in 0..=ni.saturating_sub(view.len()) + pad {
                let sc = score(view, o);
                let field = (t + pad)
                    .checked_sub(o)
                    .filter(|&j| j < view.len())
                    .map(|j| j + skip);
                if sc > best.0 {
                    best = (sc, field, false);
                } else if sc == best.0 && field != best.1 {
                    best.2 = true;
                }
            }
        }
        let (_, field, tie) = best;
        if tie {
            return None;
        }
        let (_, _, m) = *fields.get(field?)?;
        (named(m) && m & want != 0).then_some(m & want)
    }

    /// Where the question begins and its line ends, two turns above the
    /// turn whose speech is `b[said..end]` (within `lo..`), when the turn
    /// between is `name`'s and holds digits (a first try) and the question
    /// is by the speaker of the turn at `said`.
    fn retried(
        b: &[u8],
        lo: usize,
        said: usize,
        end: usize,
        name: &[u8],
    ) -> Option<(usize, usize)> {
        // (The turn between asks nothing of its own: no question mark, no
        // digits; "And the last 4 of the card?" is a new question.)
        let between = b.get(said..end)?;
        if between.iter().any(|&c| c == b'?' || c.is_ascii_digit()) {
            return None;
        }
        let ls = line_start_from(b, lo, said)?;
        let (asker, _) = speaker(b, ls, end)?;
        let try_end = ls.checked_sub(1)?;
        let try_start = line_start_from(b, lo, try_end)?;
        let (who, try_said) = speaker(b, try_start, try_end)?;
        if !who.eq_ignore_ascii_case(name)
            || b.get(try_said..try_end)?
                .iter()
                .filter(|c| c.is_ascii_digit())
                .count()
                < 4
        {
            return None;
        }
        let q_end = try_start.checked_sub(1)?;
        let q_start = line_start_from(b, lo, q_end)?;
        let (who, q_said) = speaker(b, q_start, q_end)?;
        who.eq_ignore_ascii_case(asker).then_some((q_said, q_end))
    }

    /// A one-time code after the phone it was sent to, set off by a
    /// colon ("Se envió un código de verificación al 098625220: 985261"):
    /// a code word, a word of sending to, the phone just found, then the
    /// code.
    fn code_after_phone(
        &self,
        text: &str,
        sink: &mut Sink,
        sp: &Span,
        it: &Interps,
    ) -> Option<(Cand, bool)> {
        let b = text.as_bytes();
        if !otp_shaped(sp, it) || sp.start < 2 || b.get(sp.start - 2..sp.start) != Some(b": ") {
            return None;
        }
        let phone = sink.cands.last().copied()?;
        if phone.kind != K::Phone || phone.end + 2 != sp.start {
            return None;
        }
        let lo = back_chars(b, phone.start, self.window);
        let raw = sink.raw(self, text, lo, phone.start);
        let word_end = self.kw.last_topic(raw, lo, phone.start, kbit(K::Otp))?;
        let gap = b.get(word_end..phone.start)?;
        // (The word of sending may close the keyword itself: "un código
        // al".)
        let sent_to = delivered_to(gap)
            || !gap.is_empty()
                && gap.iter().all(|&c| c == b' ')
                && b.get(word_end.saturating_sub(8)..phone.start)
                    .is_some_and(delivered_to);
        sent_to.then(|| (Cand::said(sp.start, sp.end, K::Otp, true), true))
    }

    /// The topics of `want` that the line above asks for, when `[start,
    /// end)` is the whole answer on a speaker's line of a transcript (the
    /// question may sit above up to three more lines of the same speaker):
    /// both lines begin with a speaker's name and a colon (after an optional
    /// `[date, time]`), the names differ, at most four short words come
    /// between the colon and the value, nothing but punctuation or emoji
    /// after it, and neither the line above (which holds no digit) nor the
    /// answer's own label names a reference, an amount or another number
    /// that is not PII. Reads at most `4 × window` bytes on either side.
    fn asked_above(
        &self,
        text: &str,
        sink: &mut Sink,
        start: usize,
        end: usize,
        want: u64,
    ) -> Option<u64> {
        let b = text.as_bytes();
        // A Devanagari full stop is looked for only in a text with no other
        // sign of a transcript: one line, no question mark.
        let plain = !sink.lines && !sink.turns && !sink.arabic_q;
        let danda = plain && sink.danda_turn(b);
        if plain && !danda {
            return None;
        }
        // Everything read lies within the locality bound (`reach`): the
        // window in bytes on either side.
        let lim = 4 * self.window;
        let lo = start.saturating_sub(lim);
        let hi = (end + lim).min(b.len());
        let ls = line_start_from(b, lo, start)?;
        // A transcript typed on one line ("Agent: Could you confirm your
        // date of birth? Customer: 12/02/1985", "… read it back to me. /
        // Cliente: 251907"): another speaker's name right after a question
        // mark or a turn mark (" / ", " | ").
        let inline =
            turn_mark(b, ls, start, sink.arabic_q, sink.dot_turn, danda).and_then(|(qe, s2)| {
                let (name, said) = speaker(b, s2, start)?;
                // (The bot's or agent's message the text starts with may
                // carry no name: "Please share the 6-digit code sent to
                // your phone. Customer: 7 7 6 9 4 5".)
                let (who, asked) = speaker(b, ls, qe).or((ls == 0).then_some((&b""[..], 0)))?;
                (!name.eq_ignore_ascii_case(who)).then_some((name, said, asked, qe))
            });
        if !sink.lines && inline.is_none() {
            return None;
        }
        let nl = memchr::memchr(b'\n', b.get(end..hi)?).map(|p| end + p);
        // On one line, the answer ends where the next turn starts ("… /
        // Cliente: 552542 / Banco: Obrigado").
        // Or where another speaker's name follows a full stop ("Customer:
        // 06482854241 hai. Agent: Dhanyawad, …").
        let turn = inline
            .and_then(|(name, ..)| {
                let t = b.get(end..nl.unwrap_or(hi))?;
                let mark = first_sep(t, &[b" / ", b" | "]).map(|(p, _)| p);
                let dot = memchr::memmem::find_iter(t, b". ")
                    .find(|&p| {
                        speaker(b, end + p + 2, end + t.len())
                            .is_some_and(|(who, _)| !who.eq_ignore_ascii_case(name))
                    })
                    .map(|p| p + 1);
                // (Or right after a space, in a transcript with no full
                // stops: "Cliente: tres uno … cero tres Asesor: listo, …".)
                let bare = memchr::memchr_iter(b' ', t).find(|&p| {
                    speaker(b, end + p + 1, end + t.len())
                        .is_some_and(|(who, _)| !who.eq_ignore_ascii_case(name))
                });
                [mark, dot, bare].into_iter().flatten().min()
            })
            .map(|p| end + p);
        let le = match turn.or(nl) {
            Some(p) => p,
            None if hi == b.len() => hi,
            None => return None,
        };
        // After the value, punctuation or emoji, or a few words without a
        // number ("972 879 0342 yahi hai", "… esse mesmo").
        let tail = b.get(end..le)?;
        // (A comma typed after a space: "16.11.1987 , 784-…".)
        let tail = tail
            .strip_prefix(b" ")
            .filter(|t| t.starts_with(b","))
            .unwrap_or(tail);
        // (A word of address after it: "1910163261320 kak, a/n Dewi";
        // or "this is it": "9450020679 ye hai, purana wala band hai".)
        let addressed = ADDRESS_WORDS.iter().chain(&THIS_IS_IT).find_map(|w| {
            tail.strip_prefix(b" ")
                .filter(|t| starts_with_ci(t, w) && !at(t, w.len()).is_ascii_alphanumeric())
                .and_then(|t| t.get(w.len()..))
        });
        // (Where the word of address ends: "min" is no unit of time there.)
        let addr_end = addressed.map_or(end, |t| le - t.len());
        let tail = addressed.unwrap_or(tail);
        // An answer may list two values ("User: +63 998 353 8007,
        // 25/01/1990" to "your mobile number and birthdate"): the other
        // one after ", " or " and ", at most 40 bytes.
        // (Or " / ", " - ", Arabic " و ": "0554034555 / 784199538264906",
        // "87469832120 - 04.01.1973".)
        let listed = |t: &[u8]| {
            t.len() <= 40
                && t.iter().any(u8::is_ascii_digit)
                && LIST_JOINS.iter().any(|w| t.starts_with(w))
        };
        // Or a remark set off by a comma or a dash ("685 67 76 69, mejor por
        // las tardes", "…, es el mismo de siempre").
        let nwords = tail.split(|&c| c == b' ').filter(|w| !w.is_empty()).count();
        // ("… o el de la oficina", "… ou o fixo da loja": another one.)
        let or = [&b" o "[..], b" ou ", b" or ", b" atau ", b" ya "]
            .iter()
            .any(|w| tail.starts_with(w));
        // ("9822 but the ATM keeps saying incorrect": a remark after "but".)
        let but = [
            &b" but "[..],
            b" pero ",
            b" mas ",
            b" tapi ",
            b" lekin ",
            b" par ",
            " بس ".as_bytes(),
            " لكن ".as_bytes(),
        ]
        .iter()
        .any(|w| tail.starts_with(w));
        let remark = (tail.starts_with(b",") || tail.starts_with(b" -") || or || but)
            && tail.len() <= 48
            && nwords <= 7;
        let words = text.get(end..le)?.chars().any(char::is_alphanumeric);
        // (A whole date asked for as a birth date is the answer whatever
        // follows it: "Nasabah: 22-02-1987 biaya SAR 3,400".)
        let birth = want == kbit(K::DateOfBirth);
        // Nor does a new clause after it whose every number a word of an
        // amount or a reference names, or that is a time ("Saya:
        // 2209883548 nominal 42188 ribu", "44981 masuk jam 11:57",
        // "7307270802730787 tiket CMP971057019").
        let labelled = words
            && !birth
            && tail.iter().any(u8::is_ascii_digit)
            && self.numbers_labelled(text, sink, end, le);
        // Or a longer remark with no number, no question about the value
        // and no word of another kind ("081578142649 min, tapi itu nomor
        // lama udah ga aktif"; not "ini nomor 0642… apa ya di struk?").
        let mut chat = || {
            tail.len() <= 64 && !tail.contains(&b'?') && {
                let raw = sink.raw(self, text, end, le);
                !self
                    .kw
                    .ctx_from_raw(text, raw, end, le, start, end)
                    .hits()
                    .iter()
                    .any(|h| h.mask & KIND_BITS & !want != 0)
            }
        };
        let mut multi = false;
        if words
            && !birth
            && !labelled
            && (tail.iter().any(u8::is_ascii_digit)
                || !remark && (tail.len() > 24 || nwords > 3) && !chat())
        {
            if !listed(tail) {
                return None;
            }
            multi = true;
        }
        // A reply under a quoted question ("> شو رقم حسابك؟\n2868-63970-22")
        // has no speaker of its own.
        // Or on the line above, alone with the time ("Carlos 20:46:11\n
        // 699832"), the answer starting its line.
        let timed = timed_head(b, ls).filter(|_| {
            b.get(ls..start)
                .is_some_and(|h| h.iter().all(u8::is_ascii_whitespace))
        });
        // Or under its own speaker's line quoting the question it answers
        // ("Mateo: [reply to: … necesito tu RUT.]\n168073623", "user:
        // \"… numaranızı yazar mısınız?\"\n↳ 59319353222").
        let quoting = || {
            let head = strip_reply_mark(b.get(ls..start)?.trim_ascii_start());
            if !head.is_empty() || ls < 2 {
                return None;
            }
            let ps = line_start_from(b, lo, ls - 1)?;
            let (who, said) = speaker(b, ps, ls - 1)?;
            quotes(b.get(said..ls - 1)?).then_some(who)
        };
        let own = speaker(b, ls, start);
        // (Asked once, and only of a line no other shape names.)
        let quoter = (inline.is_none() && own.is_none() && timed.is_none())
            .then(quoting)
            .flatten();
        let (name, said) = match (inline, own) {
            (Some((name, said, _, _)), _) | (None, Some((name, said))) => (name, said),
            (None, None) if timed.is_some() => (timed?, ls),
            (None, None) if quoter.is_some() => (quoter?, ls),
            (None, None) if ls >= 2 && quoted(b, lo, ls - 1).is_some() => (&b""[..], ls),
            // A bare answer, quoted or not, under the text's first line
            // asking for it ("Please confirm your date of birth …\n>
            // 8/2/1970"): no speaker on either line.
            // (After a word of assent: "\"4 ankon ka OTP daalein\"\nok
            // 4510 👍".)
            // (Or after the first value of two asked for: "¿Vencimiento y
            // código de seguridad?\n↳ 07-25 y 647".)
            (None, None) => {
                let head = (ls >= 1 && lo == 0)
                    .then(|| b.get(quoted(b, 0, ls).map_or(ls, |q| q)..start))
                    .flatten()
                    .map(strip_reply_mark)
                    .filter(|h| h.is_empty() || assent(h) || first_of_two(h));
                match head {
                    Some(h) if b.get(..ls - 1).map(trim_rules_end).is_some_and(asks) => {
                        let said = if first_of_two(h) {
                            start - h.len()
                        } else {
                            start
                        };
                        (&b"\n"[..], said)
                    }
                    _ => return None,
                }
            }
        };
        let mid = b.get(said..start)?;
        if mid.len() > 28
            || mid.iter().any(u8::is_ascii_digit)
            || mid.split(|&c| c == b' ').filter(|w| !w.is_empty()).count() > 4
        {
            // The second value of such a list: the first one before it,
            // then ", " or " and ".
            let first = mid.trim_ascii_end();
            let sep = LIST_JOINS
                .iter()
                .any(|w| ends_with_ci(first, w.trim_ascii_end()));
            // (The first value may have its own short label: "born
            // 07-11-1963, 085 065 5207", "geb. 13.07.1952, 0152…".)
            let m = mid.trim_ascii_start();
            let label = m.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            let m = match m.get(label..) {
                Some(r) if (1..=6).contains(&label) => {
                    let r = r.strip_prefix(b".").unwrap_or(r);
                    r.strip_prefix(b":").unwrap_or(r).trim_ascii_start()
                }
                _ => m,
            };
            let value_first = m.first().is_some_and(|&c| c.is_ascii_digit() || c == b'+');
            if !(sep && value_first && mid.len() <= 40) {
                return None;
            }
            multi = true;
        }
        // The question is on the line above, or above a few more answers
        // of the same speaker ("Agent: I'll need your name, date of birth,
        // PAN…\nCustomer: Ramesh Iyer\nCustomer: 5th of June 1969").
        let (asked, pe) = if let Some((_, _, asked, qe)) = inline {
            (asked, qe)
        } else {
            if ls == 0 {
                return None;
            }
            // (Past blank lines: "Bot: Your SIN please?\n\n765836457"; and
            // lines of rule: "…?\n—\n3604…".)
            let mut pe = lo + trim_rules_end(b.get(lo..ls - 1)?).len();
            let mut hops = 0;
            let asked = 'up: loop {
                let mut ps = line_start_from(b, lo, pe)?;
                // (A helpdesk thread's block header, the name over the time
                // alone, and the blank line between blocks, are stepped
                // over: the block's text is the turn.)
                if b.get(ps..pe).is_some_and(bare_time) && timed_head(b, pe + 1).is_some() {
                    let ns = line_start_from(b, lo, ps.checked_sub(1)?)?;
                    if ns <= lo {
                        return None;
                    }
                    pe = lo + trim_rules_end(b.get(lo..ns - 1)?).len();
                    ps = line_start_from(b, lo, pe)?;
                }
                let (who, asked) = match (speaker(b, ps, pe), quoted(b, ps, pe)) {
                    (Some(x), _) => x,
                    (None, Some(q)) => (&b">"[..], q),
                    // A turn whose name and time stand on the line above.
                    (None, None) if timed_head(b, ps).is_some() => (timed_head(b, ps)?, ps),
                    // The bot's or agent's message the text starts with,
                    // unlabelled ("Please share the OTP …\nCustomer: 779477").
                    (None, None) if ps == 0 && hops == 0 && !name.is_empty() => (&b""[..], 0),
                    (None, None) => return None,
                };
                if !name.eq_ignore_ascii_case(who) {
                    // (A line of the asker's that asks nothing, between the
                    // question and the answer: "Agent: … Want to add your
                    // TFN now?\nAgent: Thank you for waiting.\nBec: 2958…":
                    // the question is the asker's line above it. Above it
                    // may stand more such lines, and the answerer's own
                    // lines without a number ("Bot: … Reply with the
                    // code.\nJess: waiting...\nBot: We've re-sent it. It may
                    // take up to 2 minutes.\nJess: 191790"), four at most.)
                    let asks_nothing = |sink: &mut Sink, l0: usize, l1: usize| {
                        b.get(l0..l1).is_some_and(|l| {
                            !l.contains(&b'?')
                                && !l.split(|c| !c.is_ascii_digit()).any(|r| r.len() >= 3)
                        }) && !self
                            .kw
                            .any_topic(sink.raw(self, text, l0, l1), l0, l1, want)
                    };
                    if hops == 0 && ps > lo && asks_nothing(sink, asked, pe) {
                        let mut pe2 = ps - 1;
                        for _ in 0..4 {
                            let Some(ps2) = line_start_from(b, lo, pe2) else {
                                break;
                            };
                            let Some((who2, asked2)) = speaker(b, ps2, pe2) else {
                                break;
                            };
                            if who2.eq_ignore_ascii_case(who) {
                                let asks = b.get(asked2..pe2).is_some_and(|l| l.contains(&b'?'))
                                    || self.kw.any_topic(
                                        sink.raw(self, text, asked2, pe2),
                                        asked2,
                                        pe2,
                                        want,
                                    );
                                if asks {
                                    pe = pe2;
                                    break 'up asked2;
                                }
                                if !asks_nothing(sink, asked2, pe2) {
                                    break;
                                }
                            } else if !(who2.eq_ignore_ascii_case(name)
                                && b.get(asked2..pe2).is_some_and(|l| {
                                    l.len() <= 40 && !l.iter().any(u8::is_ascii_digit)
                                }))
                            {
                                break;
                            }
                            if ps2 <= lo {
                                break;
                            }
                            pe2 = ps2 - 1;
                        }
                    }
                    break asked;
                }
                // The same speaker quoting the question they answer, on the
                // line right above (see `quoting`): the quote asks.
                if hops == 0 && b.get(asked..pe).is_some_and(quotes) {
                    break 'up asked;
                }
                // The same speaker announcing it on the line right above ("Me:
                // mera account no ye hai\nMe: 7397 9074 4045"): a line without
                // a digit that names the kind and asks nothing.
                if hops == 0 {
                    let line = b.get(asked..pe)?;
                    if !line.iter().any(u8::is_ascii_digit) && !line.contains(&b'?') {
                        let raw = sink.raw(self, text, asked, pe);
                        let ctx = self.kw.ctx_from_raw(text, raw, asked, pe, start, end);
                        let own = ctx
                            .hits()
                            .iter()
                            .filter(|h| h.mask & want != 0 && h.mask & T_NEG == 0)
                            .min_by_key(|h| h.start);
                        // Only words that present what follows may come after
                        // the keyword ("… account no ye hai", "my otp:").
                        let presents = |h: &crate::scanner::context::Hit| {
                            b.get(h.end..pe).is_some_and(|t| {
                                words_all_in(
                                    t,
                                    |c| matches!(c, b' ' | b':' | b'-'),
                                    &[
                                        b"ye",
                                        b"hai",
                                        b"is",
                                        b"here",
                                        b"below",
                                        b"este",
                                        "é".as_bytes(),
                                        b"es",
                                        b"aqui",
                                        b"ini",
                                    ],
                                )
                            })
                        };
                        if let Some(h) = own {
                            if !ctx.has(T_NEG | T_CUR) && presents(h) {
                                return Some(h.mask & want);
                            }
                        }
                    }
                }
                hops += 1;
                if hops > 3 || ps == 0 {
                    return None;
                }
                // (Past blank lines between a thread's blocks too.)
                pe = lo + trim_rules_end(b.get(lo..ps - 1)?).len();
            };
            (asked, pe)
        };
        // A second try after the first was turned down ("NIK nya berapa
        // Kak?\nSaya: 956938110665185\nBank: Sepertinya kurang satu
        // angka\nSaya: oh iya 3132325704651772"): when the line above names
        // nothing asked for, the question is two turns further up, above
        // the first try (a line of the answerer's holding digits).
        let (asked, pe) = if inline.is_none()
            && !self
                .kw
                .any_topic(sink.raw(self, text, asked, pe), asked, pe, want)
        {
            Self::retried(b, lo, asked, pe, name).unwrap_or((asked, pe))
        } else {
            (asked, pe)
        };
        // A question holds no number yet ("Ke: MANDIRI 1310018844712" is
        // a field of a receipt, not a question), only counts of digits
        // ("the 3 digit code on the back").
        // Values already found in it do not count ("PAN GXTPM5310P verify
        // ho gaya. DOB bhi bata dijiye").
        // (An account read back counts only for an answer as long as one,
        // nine characters or more in any script's digits: a code asked for
        // after it is still asked for by its own word.)
        let accounts = text
            .get(start..end)
            .is_some_and(|v| v.chars().nth(8).is_some());
        let near = sink.near(asked);
        let found = |k: usize| found_at(near, asked + k, accounts);
        if !digit_counts_only(b.get(asked..pe)?, found) {
            return None;
        }
        let raw = sink.raw(self, text, asked, le);
        // Nor does the answer's own label or tail name an amount or a
        // reference ("Nominal: Rp250.000", "4500 rupees only"); a birth date
        // keeps its tail's ("14-09-1979 biaya admin Rp 6.500").
        let own = if birth || labelled { end } else { le };
        // Nor is a "name" that holds a negative word, not a party of the
        // chat: "Destino: Cuenta Vista\nN° operación: 0989…" is a
        // receipt's field, no one's answer.
        // (Read off the answer's line, the name ends before `said`.)
        let field = !party(name)
            && !name.iter().any(u8::is_ascii_digit)
            && b.get(ls..said)
                .and_then(|h| memchr::memmem::rfind(h, name).map(|p| ls + p))
                .is_some_and(|ns| {
                    self.kw
                        .ctx_from_raw(text, raw, ns, ns + name.len(), start, end)
                        .hits()
                        .iter()
                        .any(|h| h.mask & T_NEG != 0)
                });
        if field
            || self
                .kw
                .ctx_from_raw(text, raw, said, own, start, end)
                .hits()
                .iter()
                .any(|h| h.mask & (T_NEG | T_CUR) != 0 && !(h.start >= end && h.end <= addr_end))
        {
            return None;
        }
        let ctx = self.kw.ctx_from_raw(text, raw, asked, pe, start, end);
        // A list of things asked for that names the value's kind first
        // ("your date of birth and postcode?") asks for it; a negative word
        // listed after it does not count. Last digits are never a whole
        // value ("to verify, the last four of your SSN").
        // (The first thing asked ends after the words of its kind that
        // run on from its first: "the beneficiary account number and the
        // session ID" lists the ID after "account number", not after
        // "beneficiary".)
        let wanted =
            |h: &&crate::scanner::context::Hit| h.mask & want != 0 && h.mask & (T_NEG | T_CUR) == 0;
        let mut first_want = ctx
            .hits()
            .iter()
            .filter(wanted)
            .min_by_key(|h| h.start)
            .map_or(usize::MAX, |h| h.end);
        while let Some(e) = ctx
            .hits()
            .iter()
            .filter(wanted)
            .filter(|h| (first_want..=first_want + 1).contains(&h.start))
            .map(|h| h.end)
            .filter(|&e| e > first_want)
            .max()
        {
            first_want = e;
        }
        let listed_after_want = |h: &crate::scanner::context::Hit| {
            h.start >= first_want
                && b.get(first_want..h.start).is_some_and(|gap| {
                    // "and", "and your", ", the" …: a list joint, no new clause.
                    let mut w = gap
                        .split(|&c| c == b' ')
                        .filter(|w| !w.is_empty())
                        .map(|w| w.strip_suffix(b",").filter(|r| !r.is_empty()).unwrap_or(w));
                    let joint = w.next().is_some_and(|j| {
                        [
                            &b"and"[..],
                            b"e",
                            b"y",
                            b"dan",
                            b",",
                            b"&",
                            b"or",
                            b"ou",
                            b"o",
                        ]
                        .iter()
                        .any(|x| j.eq_ignore_ascii_case(x))
                    });
                    // Or a purpose after what is asked ("… your NUBAN to
                    // check balance", "phone number and DOB for the claim").
                    let purpose = gap
                        .split(|&c| c == b' ')
                        .any(|x| PURPOSE_WORDS.iter().any(|p| x.eq_ignore_ascii_case(p)));
                    joint && w.count() <= 1 || purpose
                })
        };
        // ("mobile ending 8214" names the last digits of something, no
        // reference; "the last 4 digits of your card?" asks for no value;
        // unless the answer gives more than last digits ever are: "confirm
        // the account number ending?\nits 32671552928712".)
        let whole = script_digits(b.get(start..end)?) >= 8;
        // (A negative word far past the thing asked for speaks of
        // something else in its sentence: "If we don't have your TFN we
        // must withhold tax from interest. Want to add it now?")
        let far_after = |h: &crate::scanner::context::Hit| {
            first_want != usize::MAX && h.start > first_want + 24 && h.mask & T_LAST == 0
        };
        let neg = ctx.hits().iter().any(|h| {
            h.mask & (T_NEG | T_CUR) != 0
                && !(whole && h.mask & T_LAST != 0)
                && !far_after(h)
                && (h.mask & T_LAST != 0 || !listed_after_want(h))
                && !(h.mask & T_LAST != 0
                    && b.get(h.end..pe).is_some_and(|t| {
                        // (Past the rest of the mask: "***0143" holds "**"
                        // twice; "**** **** **** 5747" in groups.)
                        t.iter()
                            .find(|&&c| !matches!(c, b'*' | b'X' | b'x' | b' '))
                            .is_some_and(u8::is_ascii_digit)
                    }))
        });
        if neg || asks_amount(b.get(asked..pe)?) {
            return None;
        }
        // A list answers each thing asked; otherwise the thing asked for
        // comes first ("the mobile number linked to the account").
        if multi {
            let all = ctx.hits().iter().fold(0, |m, h| m | (h.mask & want));
            return (all != 0).then_some(all);
        }
        // (Not a thing named in a purpose before the ask, when another
        // is asked for after it: "Untuk buka rekening online, mohon ketik
        // NIK", "Para abrir tu cuenta necesito tu CURP".)
        let purpose = |h: &&crate::scanner::context::Hit| {
            b.get(asked..h.start).is_some_and(|t| {
                t.split(|&c| c == b' ' || c == b',')
                    .filter(|w| !w.is_empty())
                    .rev()
                    .take(2)
                    .any(|w| PURPOSE_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)))
            })
        };
        // (Nor a thing named in a sentence before the one that asks: "Código
        // validado. Crie sua nova senha de 6 dígitos do app." asks for the
        // password.)
        let last_sentence = b.get(asked..pe).map_or(asked, |q| {
            let q = q.trim_ascii_end();
            let q = q.get(..q.len().saturating_sub(1)).unwrap_or(q);
            // (A full stop after a word of four letters or more, or one in
            // capitals: "Mobile no. kya hai …" abbreviates, "… tu NIP. Te
            // enviamos un código" does not.)
            let stop = memchr::memmem::rfind_iter(q, b". ").find(|&k| {
                q.get(..k).is_some_and(|h| {
                    let n = h
                        .iter()
                        .rev()
                        .take_while(|c| c.is_ascii_alphabetic() || **c >= 0x80)
                        .count();
                    let word = h.get(h.len() - n..).unwrap_or(&[]);
                    n >= 4 || n >= 2 && word.iter().all(u8::is_ascii_uppercase)
                })
            });
            [&b"! "[..], b"? "]
                .iter()
                .filter_map(|m| memchr::memmem::rfind(q, m))
                .chain(stop)
                .max()
                .map_or(asked, |k| asked + k + 2)
        });
        let wanted = || ctx.hits().iter().filter(|h| h.mask & want != 0);
        let h = wanted()
            .filter(|h| !purpose(h) && h.start >= last_sentence)
            .min_by_key(|h| h.start)
            .or_else(|| wanted().filter(|h| !purpose(h)).min_by_key(|h| h.start))
            .or_else(|| wanted().min_by_key(|h| h.start))?;
        Some(h.mask & want)
    }

    /// True if the words after an answer ending at `end`, up to `le`,
    /// start with a word and name each of their numbers as something
    /// else: a word of an amount, a currency or a reference ends at most
    /// two bytes before the number's token or stands inside it ("nominal
    /// IDR 211.059.000", "tiket CMP971057019", "$104631"), or the token is
    /// a time ("11:57", "03h31").
    fn numbers_labelled(&self, text: &str, sink: &mut Sink, end: usize, le: usize) -> bool {
        let b = text.as_bytes();
        let Some(rest) = b.get(end..le) else {
            return false;
        };
        let first = rest.iter().position(|&c| c != b' ');
        if first.is_none_or(|k| at(rest, k).is_ascii_digit() || !is_word_start(rest, k)) {
            return false;
        }
        // (Read from the keywords themselves: a word followed by its own
        // number is no context of the answer, so `Ctx` leaves it out.)
        let raw = sink.raw(self, text, end, le);
        if !raw.covers(end, le) {
            return false;
        }
        let named = |ts: usize, te: usize| {
            self.kw
                .topics(raw, T_NEG | T_CUR, end, le)
                .any(|(ms, me)| ms >= end && (me <= ts && ts - me <= 2 || ms >= ts && me <= te))
        };
        let mut k = 0;
        while k < rest.len() {
            let ts = k;
            while k < rest.len() && at(rest, k) != b' ' {
                k += 1;
            }
            let tok = rest.get(ts..k).unwrap_or(&[]);
            if tok.iter().any(u8::is_ascii_digit) && !time_token(tok) && !named(end + ts, end + k) {
                return false;
            }
            k += 1;
        }
        true
    }

    fn alone_conf(&self, x: Interp, ctx: &Ctx) -> Confidence {
        let _ = self;
        if ctx.has(T_GEN) && x.base == Confidence::Medium {
            Confidence::High
        } else {
            x.base
        }
    }

    // ------------------------------------------------------------------
    // Classification by shape
    // ------------------------------------------------------------------

    #[expect(
        clippy::too_many_lines,
        reason = "one table of shapes, read top to bottom"
    )]
    fn classify(&self, text: &str, sp: &Span, it: &mut Interps) {
        use Confidence::{High, Low, Medium};
        if sp.n < 3 {
            return;
        }
        let b = text.as_bytes();
        let s = sp.s();
        let n = sp.n;
        let spacey = SEP_SPACE | SEP_DASH | SEP_DOT | SEP_NEWLINE;
        let plus = before(b, sp.start) == b'+';

        if sp.digits_only() {
            // A Brazilian court case number (NNNNNNN-DD.AAAA.J.TR.OOOO) is
            // a public record, no account.
            if sp.glens() == [7, 2, 4, 1, 2, 4] {
                return;
            }
            // A count of tries ("tentei 3646 vezes", "7994 baar try kiya",
            // "حاولت 1435 مرات") is no value.
            if n <= 8 && at(b, sp.end) == b' ' && tries_word_at(b, sp.end + 1) {
                return;
            }
            // --- international phone numbers: `+` and a calling code.
            if plus
                && self.on(K::Phone)
                && sp.seps_in(spacey | SEP_PAREN)
                && (international(s)
                    || without_trunk(sp)
                        .is_some_and(|(d, m)| d.get(..m).is_some_and(international)))
            {
                it.push(K::Phone, High, Gate::Alone);
                return;
            }
            // "00" international prefix.
            let g0 = usize::from(sp.glens().first().copied().unwrap_or(0));
            // Not the tail of an id ("CLM-00982213-01"); an order or
            // reference word speaks against it.
            if !plus
                && self.on(K::Phone)
                && s.starts_with(b"00")
                && n >= 10
                && (g0 == 2 || g0 >= 4)
                // (A lone check digit at the end is an account's:
                // "0024-3501-5591-1"; so are two after a long middle group,
                // "0021-6049978-49", as Egyptian accounts are written.)
                && sp.glens().last().is_some_and(|&l| l >= 2)
                && !(sp.glens().last() == Some(&2)
                    && sp.ngroups >= 3
                    && sp
                        .glens()
                        .get(1..sp.glens().len() - 1)
                        .is_some_and(|m| m.iter().any(|&l| l >= 6)))
                && !matches!(before(b, sp.start), b'-' | b'/' | b'#')
                && s.get(2..).is_some_and(international)
                // (A CNPJ's shape and check digits make it the company's:
                // "chave 00.977.379/0002-75".)
                && !(sp.glens() == [2, 3, 3, 4, 2] && cs::br_cnpj(s))
            {
                it.push(K::Phone, Medium, Gate::Weak);
            }

            // --- payment cards: a bare run only when brand, length and Luhn
            // all fit and the length is the common 15/16; other lengths and
            // grouped numbers without a known brand need card context.
            if (12..=19).contains(&n)
                && self.on(K::CardNumber)
                && sp.seps_in(spacey)
                && card_grouping(sp)
            {
                let luhn = cs::luhn(s);
                if cs::card_number(s) && luhn {
                    if !sp.plain() && n >= 15 {
                        it.push(K::CardNumber, High, Gate::Alone);
                    } else if n == 12 {
                        // Twelve digits in fours are an Aadhaar's shape;
                        // the rare twelve-digit Maestro needs its card word.
                        it.push(K::CardNumber, Medium, Gate::Ctx);
                    } else if n == 13 && cs::za_id(s) {
                        // (Thirteen digits that are a South African id by
                        // its birth date and check digit too, as Maestro's
                        // 5 and 6 lead those born 1950-69: the words tell,
                        // "my ID no. 6510 1632 2508 1".)
                        it.push(K::CardNumber, Medium, Gate::Ctx);
                    } else if !sp.plain() || n == 15 || n == 16 {
                        it.push(K::CardNumber, High, Gate::Weak);
                    } else {
                        it.push(K::CardNumber, Medium, Gate::Ctx);
                    }
                } else if n >= 13
                    && luhn
                    && (sp.uniform || !sp.plain())
                    // (No brand starts 784: that is an Emirates ID, whose
                    // check digit is Luhn's too, "بطاقة … هويتي 784…".)
                    && !(n == 15 && cs::ae_emirates_id(s))
                    // (Nor a Chinese resident id passing Luhn by chance:
                    // "Resident ID card no. 5101041972…".)
                    && !(n == 18 && cs::cn_resident_id(s))
                {
                    it.push(K::CardNumber, Medium, Gate::Ctx);
                }
            }
            // A card number read out in pairs and fours ("4341 33 61 4923
            // 0052") or digit by digit: brand, length and Luhn fit; card
            // context required.
            if (15..=16).contains(&n)
                && self.on(K::CardNumber)
                && sp.seps == SEP_SPACE
                && !card_grouping(sp)
                && (sp.glens().iter().all(|&l| (2..=4).contains(&l))
                    // Two pieces, one space missing ("5212 774851664105"),
                    // or odd pieces ("495 224 339093 2172", "4379 43274925
                    // 0973").
                    || sp.ngroups <= 5 && sp.glens().iter().all(|&l| l >= 3)
                    || sp.ngroups == n && sp.uniform
                    // In threes, the last digit alone ("535 422 … 505 0").
                    || sp.glens().split_last().is_some_and(|(&l, r)| {
                        l <= 3 && r.iter().all(|&x| x == 3)
                    }))
                && cs::card_number(s)
                && cs::luhn(s)
            {
                it.push(K::CardNumber, Medium, Gate::Ctx);
            }
            // --- Emirates ID 784-YYYY-NNNNNNN-C, or with only its check
            // digit apart ("78419961208474-1").
            if n == 15
                && self.on(K::AeEmiratesId)
                && (sp.plain()
                    || sp.shape(&[3, 4, 7, 1])
                    || sp.shape(&[14, 1]) && sp.seps == SEP_DASH
                    // ("7841988-2834668-8": the year glued to 784.)
                    || sp.shape(&[7, 7, 1]) && sp.seps == SEP_DASH)
                && cs::ae_emirates_id(s)
            {
                it.push(K::AeEmiratesId, High, Gate::Alone);
            }
            // --- CPF
            if n == 11 && self.on(K::BrCpf) && cs::br_cpf(s) {
                if sp.shape(&[3, 3, 3, 2]) && sp.seps_in(SEP_DOT | SEP_DASH)
                    || sp.shape(&[9, 2]) && sp.seps == SEP_DASH
                    // "851.635.86742": the last mark left out.
                    || sp.shape(&[3, 3, 5]) && sp.seps == SEP_DOT
                {
                    it.push(K::BrCpf, High, Gate::Alone);
                } else if sp.plain()
                    || sp.shape(&[3, 3, 3, 2]) && sp.seps_in(spacey)
                    // "119.731.889/53": a slash for the dash.
                    || sp.shape(&[3, 3, 3, 2]) && sp.seps == SEP_DOT | SEP_SLASH
                {
                    it.push(K::BrCpf, Medium, Gate::Weak);
                } else if sp.shape(&[9, 2]) && sp.seps == SEP_SPACE {
                    // The check digits a space apart ("624396078 19"): only
                    // with its word.
                    it.push(K::BrCpf, Medium, Gate::Ctx);
                }
            }
            // --- CNPJ (numeric)
            if n == 14 && self.on(K::BrCnpj) && cs::br_cnpj(s) {
                if sp.shape(&[2, 3, 3, 4, 2]) && sp.seps_in(SEP_DOT | SEP_DASH | SEP_SLASH)
                    || cnpj_undotted(sp)
                {
                    it.push(K::BrCnpj, High, Gate::Alone);
                } else if sp.plain()
                    // "63 728 544 0002 75", "63 728 544/0002-75": its groups
                    // with spaces, as a CPF's may be.
                    || sp.shape(&[2, 3, 3, 4, 2])
                        && sp.seps_in(spacey | SEP_DOT | SEP_DASH | SEP_SLASH)
                {
                    it.push(K::BrCnpj, Medium, Gate::Weak);
                }
            }
            // --- AR CUIT
            if n == 11
                && self.on(K::ArCuit)
                && cs::ar_cuit(s)
                && matches!(
                    s.get(..2).unwrap_or(&[]),
                    b"20" | b"23" | b"24" | b"25" | b"26" | b"27" | b"30" | b"33" | b"34"
                )
            {
                // "20-12345678-9", "33-59.926.232-1": the middle with its
                // thousands dots; "20-12345678/9", the check digit after a
                // slash.
                if sp.shape(&[2, 8, 1])
                    && (sp.seps_in(SEP_DASH | SEP_DOT | SEP_SPACE)
                        || sp.seps == SEP_DASH | SEP_SLASH)
                    || sp.shape(&[2, 2, 3, 3, 1]) && sp.seps == SEP_DASH | SEP_DOT
                {
                    it.push(K::ArCuit, High, Gate::Alone);
                } else if sp.plain() {
                    it.push(K::ArCuit, Medium, Gate::Weak);
                } else if (sp.shape(&[2, 9]) || sp.shape(&[10, 1])) && sp.seps == SEP_DASH {
                    // One dash left out ("cuit 20-242330375"): after its word.
                    it.push(K::ArCuit, Medium, Gate::Ctx);
                }
            }
            // --- TR TCKN
            // Plain, or grouped in threes ("164 391 441 92", "801.095.141.10").
            let tckn_shape = sp.plain()
                || (sp.shape(&[3, 3, 3, 2]) && sp.uniform && sp.seps_in(SEP_SPACE | SEP_DOT));
            if n == 11 && tckn_shape && self.on(K::TrTckn) && cs::tr_tckn(s) {
                // Two check digits, but 11-digit numbers are everywhere.
                it.push(K::TrTckn, Medium, Gate::Ctx);
            }
            // --- Aadhaar
            if n == 12 && self.on(K::InAadhaar) && cs::in_aadhaar(s) && !palindrome(s) {
                if sp.shape(&[4, 4, 4]) && sp.seps_in(spacey) {
                    it.push(K::InAadhaar, High, Gate::Weak);
                } else if sp.plain() || sp.shape(&[4, 4, 4]) && sp.uniform && sp.seps == SEP_SLASH {
                    // ("5662/5860/5597": three slashed fours are no date.)
                    it.push(K::InAadhaar, Medium, Gate::Weak);
                } else if matches!(sp.glens(), [8, 4] | [4, 8]) && sp.seps == SEP_SPACE {
                    // One space left out ("aadhaar 86669854 9706"): only
                    // with its word.
                    it.push(K::InAadhaar, Medium, Gate::Ctx);
                }
            }
            // --- ZA ID
            // (Birth date, then the rest: "800412 0405182".)
            if n == 13
                && (sp.plain()
                    || sp.shape(&[6, 4, 3])
                    || sp.shape(&[6, 4, 2, 1])
                    // Each of the last three digits apart: "040811 0154 0 8 0".
                    || sp.shape(&[6, 4, 1, 1, 1]) && sp.uniform
                    // Or in a card's fours ("my ID no. 6510 1632 2508 1").
                    || sp.shape(&[4, 4, 4, 1]) && sp.uniform
                    || sp.shape(&[6, 7]))
                && self.on(K::ZaId)
                && cs::za_id(s)
            {
                it.push(K::ZaId, Medium, Gate::Weak);
            }
            // --- CN resident id (all-digit form)
            if n == 18
                && (sp.plain() || sp.shape(&[6, 8, 4]))
                && self.on(K::CnResidentId)
                && cs::cn_resident_id(s)
            {
                it.push(K::CnResidentId, High, Gate::Alone);
            }
            // --- MX CLABE
            // (Not across a slash: "4384 3993 2614 8412 / 09/2027" is a
            // card and its expiry, whatever the first 18 digits pass.)
            if n == 18
                && (sp.plain()
                    || sp.shape(&[3, 3, 11, 1])
                    || sp.shape(&[4, 4, 4, 4, 2])
                    || sp.shape(&[3, 3, 3, 3, 3, 3])
                    || sp.shape(&[6, 6, 6])
                    // Bank and branch, then the rest: "638577-768137979885".
                    || sp.shape(&[6, 12])
                    || sp.seps == SEP_SPACE && sp.glens().first() == Some(&3)
                    // (Or split once anywhere: "12732 0065656485428".)
                    || sp.ngroups == 2 && sp.seps == SEP_SPACE)
                && sp.seps & SEP_SLASH == 0
                && self.on(K::MxClabe)
                && cs::mx_clabe(s)
            {
                it.push(K::MxClabe, Medium, Gate::Weak);
            }
            // --- AR CBU
            if n == 22
                && (sp.plain()
                    || sp.shape(&[8, 14])
                    || sp.shape(&[11, 11])
                    || (sp.shape(&[4, 4, 4, 4, 4, 2]) && sp.uniform)
                    // Bank, branch, check; account, check: "007-7972-0-9043102492384-5".
                    || ((sp.shape(&[3, 4, 1, 13, 1]) || sp.shape(&[3, 4, 1, 14]))
                        && sp.uniform
                        && sp.seps == SEP_DASH))
                && self.on(K::ArCbu)
                && cs::ar_cbu(s)
            {
                it.push(K::ArCbu, High, Gate::Alone);
            }
            // --- A Polish account number (NRB): an IBAN without its "PL"
            // ("98 1160 3935 9268 0838 3488 4723"), named as an account; in
            // its own grouping, check digits and length are enough (a line
            // break may stand for one of the spaces); typed plain, unless a
            // negative word speaks against it ("przelewam na
            // 67225118054406966955548243": one number in 97 of that length
            // passes by chance, and few are that long).
            if n == 26 && self.on(K::BankAccount) && sp.seps_in(spacey) && pl_nrb(s) {
                let grouped = sp.shape(&[2, 4, 4, 4, 4, 4, 4])
                    && sp.seps_in(SEP_SPACE | SEP_NEWLINE)
                    && sp.first_sep == SEP_SPACE;
                if grouped {
                    it.push(K::BankAccount, High, Gate::Alone);
                } else if sp.plain() {
                    it.push(K::BankAccount, Medium, Gate::Weak);
                } else {
                    it.push(K::BankAccount, High, Gate::Ctx);
                }
            }
            // --- ID NIK
            let nik_shape = sp.plain()
                || (sp.shape(&[4, 4, 4, 4]) && sp.seps_in(SEP_SPACE | SEP_DASH | SEP_DOT))
                || (sp.shape(&[6, 6, 4]) && sp.seps_in(SEP_SPACE | SEP_DOT | SEP_DASH))
                // "65.02.12.031184.0091", "34 21 06 140595 1832": province,
                // regency, district, birth date, serial.
                || (sp.shape(&[2, 2, 2, 6, 4]) && sp.uniform);
            if n == 16 && nik_shape && self.on(K::IdNik) && cs::id_nik_loose(s) {
                it.push(K::IdNik, Medium, Gate::Ctx);
            }
            // --- PESEL
            // (Plain, or the birth date apart: "800604 74605".)
            if n == 11
                && (sp.plain() || sp.shape(&[6, 5]) && sp.seps == SEP_SPACE)
                && self.on(K::PlPesel)
                && cs::pl_pesel(s)
            {
                it.push(K::PlPesel, Medium, Gate::Ctx);
            }
            // --- an id broken by a line break anywhere ("CLABE: 072487501\n
            // 488848646", "2293-73\n45-2441"), or grouped as no one prints
            // it ("cpf 67 03 68 89 66 7", "NIK 1 22 023 2409 7 71 725", read
            // out in pairs and threes): any grouping, its check digits, and
            // its keyword near.
            // (Not a Brazilian phone's own grouping, area code apart and a
            // dash before the last four: "84 97713-7450".)
            // (Nor a stretch of a longer run of groups: the value is all of
            // what was typed, "… 1 1 1 1 …" offers none.)
            let br_phone = sp.ngroups == 3 && sp.first_sep == SEP_SPACE && sp.last_sep == SEP_DASH;
            let odd = sp.ngroups >= 3 && !br_phone && stands_apart(b, sp);
            if sp.seps_in(spacey) && (sp.seps & SEP_NEWLINE != 0 || odd) {
                // (Nine digits only in groups of no one's shape, "NAS: 1200
                // 2659 6": any nine digits read out in threes would be
                // offered.)
                let nine = odd && !sp.shape(&[3, 3, 3]) && !sp.shape(&[3, 2, 4]);
                let checks = BY_LENGTH.iter().filter(|c| c.0 >= 11 || nine);
                for &(len, kind, valid) in checks {
                    if n == len && self.on(kind) && it.kinds() & kbit(kind) == 0 && valid(s) {
                        it.push(kind, Medium, Gate::Ctx);
                    }
                }
            }
            // --- CL RUT (numeric check digit)
            if (8..=9).contains(&n) && self.on(K::ClRut) && cs::cl_rut(s) {
                rut_interp(sp, it);
            }
            // --- US ITIN / SSN, CA SIN, ABA, TFN, BSN (9 digits)
            if n == 9 {
                let ssn_shape =
                    sp.shape(&[3, 2, 4]) && sp.uniform && sp.seps_in(SEP_DASH | SEP_SPACE);
                let sin_shape =
                    sp.shape(&[3, 3, 3]) && sp.uniform && sp.seps_in(SEP_DASH | SEP_SPACE);
                // Dotted ("967.88.5820"), or broken by a line break sent too
                // early ("135-74⏎4037"): after an SSN or ITIN word only.
                let dotted = sp.shape(&[3, 2, 4]) && sp.seps == SEP_DOT;
                let broken = sp.seps & SEP_NEWLINE != 0
                    && sp.seps_in(SEP_DASH | SEP_SPACE | SEP_NEWLINE)
                    && sp.ngroups <= 3;
                // Or read out digit by digit ("ssn 0 6 4 0 6 4 4 3 1"), or
                // with one of its dashes left out ("ssn 251-935374"): after
                // its word only.
                let loose = sp.ngroups == 9 && sp.uniform && sp.seps == SEP_SPACE
                    || (sp.shape(&[3, 6]) || sp.shape(&[5, 4])) && sp.seps == SEP_DASH;
                if self.on(K::UsItin) && cs::us_itin(s) {
                    if ssn_shape {
                        it.push(K::UsItin, Medium, Gate::Weak);
                    } else if sp.plain() || dotted || broken || loose {
                        it.push(K::UsItin, Medium, Gate::Ctx);
                    }
                }
                if self.on(K::UsSsn) && cs::us_ssn(s) {
                    // ("600 46 2230" is the shape of a UAE service number.)
                    if ssn_shape && !service_number(sp) {
                        it.push(K::UsSsn, Medium, Gate::Weak);
                    } else if ssn_shape || sp.plain() || dotted || broken || loose {
                        it.push(K::UsSsn, Medium, Gate::Ctx);
                    }
                }
                if self.on(K::CaSin) && cs::ca_sin(s) {
                    if sin_shape {
                        it.push(K::CaSin, Medium, Gate::Weak);
                    } else if sp.plain() || broken || loose {
                        it.push(K::CaSin, Medium, Gate::Ctx);
                    }
                }
                // Plain, or grouped as people copy it ("659 597 100", "6755-
                // 2481-4"), after a routing word.
                if (sp.plain() || sp.uniform && sp.seps_in(SEP_DASH | SEP_SPACE))
                    && self.on(K::UsRoutingNumber)
                    && cs::aba_routing(s)
                {
                    it.push(K::UsRoutingNumber, Medium, Gate::Ctx);
                }
                // (Or split over two lines: "TFN 185\n909 539"; or dotted in
                // threes: "TFN 400.412.774".)
                let split = sp.shape(&[3, 3, 3])
                    && sp.seps & SEP_NEWLINE != 0
                    && sp.seps_in(SEP_SPACE | SEP_NEWLINE | SEP_DASH);
                let dotted3 = sp.shape(&[3, 3, 3]) && sp.seps == SEP_DOT;
                if (sp.plain() || sin_shape || split || dotted3)
                    && self.on(K::AuTfn)
                    && cs::au_tfn(s)
                {
                    it.push(K::AuTfn, Medium, Gate::Ctx);
                }
                if (sp.plain()
                    || sin_shape
                    || sp.shape(&[4, 2, 3]) && sp.seps_in(SEP_DOT | SEP_SPACE)
                    // (Or dotted in threes: "BSN 666.403.417".)
                    || dotted3)
                    && self.on(K::NlBsn)
                    && cs::nl_bsn(s)
                {
                    it.push(K::NlBsn, Medium, Gate::Ctx);
                }
            }
            if n == 8 && (sp.plain() || sp.shape(&[3, 3, 2])) && self.on(K::AuTfn) && cs::au_tfn(s)
            {
                it.push(K::AuTfn, Medium, Gate::Ctx);
            }
            // "tanggal lahir 05011981", "생년월일 19591208", "생년월일
            // 750419": eight digits, day-month-year or year-month-day, or
            // six (the Korean id's first half, or day-month-year), a birth
            // date after a birth word only.
            if sp.plain() && (n == 8 || n == 6) && self.on(K::DateOfBirth) {
                let num = |r| sp.num(r);
                let compact = if n == 8 {
                    birth_year(num(4..8)) && day_month(num(0..2), num(2..4))
                        || birth_year(num(0..4)) && day_month(num(6..8), num(4..6))
                } else {
                    day_month(num(4..6), num(2..4)) || day_month(num(0..2), num(2..4))
                };
                if compact {
                    it.push(K::DateOfBirth, Medium, Gate::Ctx);
                }
            }
            // --- dates: expiry and birth. A date is nothing else.
            if sp.seps_in(SEP_SLASH | SEP_DASH | SEP_DOT | SEP_SPACE)
                && !sp.plain()
                && date_interp(self, b, sp, it)
            {
                return;
            }
            // A span that runs into a time ("2025-07-21 15:00") or is a
            // Brazilian CEP ("01310-100") is no phone number.
            // Nor is the 3-2-4 dashed shape of a US SSN or ITIN.
            let no_phone = (at(b, sp.end) == b':' && digit_at(b, sp.end + 1).is_some())
                || sp.glens() == [5, 3]
                // The first field of a boleto's line ("92592.32258 21241.035551 …").
                || sp.glens() == [5, 5] && sp.seps == SEP_DOT
                || sp.glens() == [3, 2, 4] && sp.seps == SEP_DASH
                || sp.glens() == [2, 3, 3] && sp.seps == SEP_DOT | SEP_DASH;
            // --- national phone formats
            if self.on(K::Phone) && !plus && !no_phone && sp.seps_in(spacey | SEP_PAREN) {
                national_phone(b, sp, it);
            }
            // A trunk prefix and area or mobile code set off by a slash
            // ("0171/1234567", "06/50/975-4356", "065/006-5852", Belgian
            // "0495/16.33.23"), after a phone word.
            let slashed = sp.first() == b'0'
                && sp.first_sep & SEP_SLASH != 0
                && sp.seps_in(SEP_SLASH | SEP_SPACE | SEP_DASH | SEP_DOT)
                && sp.glens().first().is_some_and(|&a| (2..=5).contains(&a))
                && (9..=12).contains(&n);
            // (Or an Italian mobile's 3xx code: "tel: 345/7254846".)
            let italian = sp.first() == b'3'
                && sp.seps == SEP_SLASH
                && (sp.shape(&[3, 7]) || sp.shape(&[3, 6]));
            if self.on(K::Phone) && (slashed || italian) {
                it.push(K::Phone, Medium, Gate::Ctx);
            }
            // A Lebanese mobile written with its prefix before a slash
            // ("03/904783", "71/868295"), after a phone word.
            if self.on(K::Phone)
                && sp.seps == SEP_SLASH
                && sp.shape(&[2, 6])
                && [&b"03"[..], b"70", b"71", b"76", b"78", b"79", b"81"]
                    .iter()
                    .any(|p| s.starts_with(p))
            {
                it.push(K::Phone, Medium, Gate::Ctx);
            }
            // --- UK sort code
            if n == 6
                && self.on(K::UkSortCode)
                && (sp.shape(&[2, 2, 2])
                    && sp.seps_in(SEP_DASH | SEP_SPACE | SEP_DOT)
                    // (Or a space and a dash mixed: "Sort code 20 99-99".)
                    && (sp.uniform || sp.seps_in(SEP_DASH | SEP_SPACE))
                    || sp.plain())
            {
                // "60-83-71 / 70112833", "56.35.39 / 21336691", "565342
                // 27974289": a sort code with its account.
                // Or after its account, when it reads as no date ("74978488
                // 40-28-03", "konto 77 57 36 38341847").
                let num = |r| sp.num(r);
                let dated = day_month(num(0..2), num(2..4)) || day_month(num(2..4), num(0..2));
                let pair = matches!(sp.seps, 0 | SEP_DASH | SEP_DOT)
                    && uk_account_after(b, sp.end, false)
                    || sp.seps == SEP_SPACE
                        && (uk_account_after(b, sp.end, true) || eight_after(b, sp.end))
                    || !sp.plain() && !dated && uk_account_before(b, sp.start);
                it.push(
                    K::UkSortCode,
                    Medium,
                    if pair { Gate::Weak } else { Gate::Ctx },
                );
            }
            // --- context-only numbers
            let simple = sp.seps_in(spacey);
            // "cvv 9 1 4": read out digit by digit too.
            let by_digit = sp.ngroups == n && sp.uniform && sp.seps == SEP_SPACE;
            if simple
                && (3..=4).contains(&n)
                && (sp.plain() || by_digit)
                && self.on(K::CardSecurityCode)
            {
                it.push(K::CardSecurityCode, Medium, Gate::Ctx);
            }
            // "0629" after an expiry word: month and two-digit year.
            if n == 4 && sp.plain() && self.on(K::CardExpiry) {
                let m = u32::from(sp.byte(0) - b'0') * 10 + u32::from(sp.byte(1) - b'0');
                let y = u32::from(sp.byte(2) - b'0') * 10 + u32::from(sp.byte(3) - b'0');
                if (1..=12).contains(&m) && (20..=45).contains(&y) {
                    it.push(K::CardExpiry, Medium, Gate::Ctx);
                }
            }
            // "vcs ligaram do 0800 pedindo meu código?": a toll-free line
            // named by its prefix is no code.
            let toll_free = s == b"0800"
                && b.get(..sp.start).is_some_and(|h| {
                    ends_with_word(
                        h.trim_ascii_end(),
                        &[
                            b"do", b"no", b"pro", b"pelo", b"ao", b"um", b"del", b"al", b"un",
                        ],
                    )
                });
            // "482913", "482 913", "48 29 13", "4 8 2 9 1 3".
            let one_by_one = sp.ngroups == n && sp.uniform;
            // (Or read out in threes and twos: "me llegó el código 733
            // 396 18".)
            let otp_groups = sp.ngroups <= 2
                || (sp.ngroups == 3 && sp.uniform && sp.glens().iter().all(|&g| g == 2))
                || sp.ngroups == 3
                    && sp.seps == SEP_SPACE
                    && sp.glens().iter().all(|&g| (2..=3).contains(&g))
                || one_by_one;
            // (Or two threes broken by a line break: "o código que chegou
            // foi 018\n029".)
            let split_threes = sp.shape(&[3, 3]) && sp.seps == SEP_NEWLINE;
            // (Or typed with dots, "4091.0686", "597.442", "٦٧.٨٦.٩١":
            // in even groups of two to four, after a code's word.)
            let dotted = sp.seps == SEP_DOT
                && (6..=8).contains(&n)
                && (sp.shape(&[4, 4]) || sp.shape(&[2, 2, 2]) || sp.shape(&[3, 3]) && otp_named(b, sp.start))
                // (Not the tail of a longer sum: "Rp9.183.200".)
                && !(matches!(before(b, sp.start), b'.' | b',')
                    && sp.start >= 2
                    && at(b, sp.start - 2).is_ascii_digit())
                && !(matches!(at(b, sp.end), b'.' | b',') && at(b, sp.end + 1).is_ascii_digit());
            if (sp.seps_in(SEP_SPACE | SEP_DASH) && (4..=8).contains(&n) && otp_groups
                || split_threes
                || dotted)
                && !toll_free
                && self.on(K::Otp)
            {
                it.push(K::Otp, Medium, Gate::Ctx);
            }
            // "4826", "48 26", "4 8 2 6"; six as "961 292", "96 12 92".
            let pin_groups = sp.plain()
                || one_by_one
                || (sp.shape(&[2, 2]) && sp.uniform)
                || (sp.shape(&[3, 3]) || sp.shape(&[2, 2, 2])) && sp.seps == SEP_SPACE;
            if simple && (4..=6).contains(&n) && pin_groups && self.on(K::CardPin) {
                it.push(K::CardPin, Medium, Gate::Ctx);
            }
            // Up to 24 digits: Moroccan and West African RIBs.
            // "20-45-77": a UK sort code, also at the head of "sort code
            // and account: 20-45-77 41239876" (the account is listed after it).
            let sort_head = sp.glens().starts_with(&[2, 2, 2]) && sp.seps & SEP_DASH != 0;
            // "85.000", "1.250.000": thousands grouped with dots, an amount.
            let thousands = sp.seps == SEP_DOT
                && sp.glens().split_first().is_some_and(|(f, rest)| {
                    (1..=3).contains(f) && !rest.is_empty() && rest.iter().all(|&l| l == 3)
                });
            // "203.50", "1334.895", "10.25.1": an amount or a version.
            let decimal = sp.seps == SEP_DOT
                && n <= 9
                && sp.glens().last().is_some_and(|&l| l <= 3)
                && (sp.ngroups == 2 || sp.glens().iter().any(|&l| l <= 2))
                // (Not fours after the first dot: "conta 7775.5501.8".)
                && sp.glens().iter().skip(1).all(|&l| l <= 3);
            // "FY 2023-24", "2023/2024": a fiscal year.
            let year = sp.num(0..4);
            let fiscal = sp.seps_in(SEP_DASH | SEP_SLASH)
                && (1990..2100).contains(&year)
                && ((sp.shape(&[4, 2]) && sp.num(4..6) == (year + 1) % 100)
                    || (sp.shape(&[4, 4]) && sp.num(4..8) == year + 1));
            // "1086-99972/4": an account with its check digit after a
            // slash (Argentina).
            let slash_check = n >= 7
                && sp.seps & SEP_SLASH != 0
                && sp.seps_in(spacey | SEP_SLASH)
                && sp.glens().last() == Some(&1);
            // "507063334/3030", "19-127752189/5500": a Czech or Slovak
            // account, its optional prefix and its number, then the bank's
            // four-digit code after a slash.
            let g = sp.glens();
            let czech = sp.end.checked_sub(5).is_some_and(|k| at(b, k) == b'/')
                && match *g {
                    [a, 4] => (6..=10).contains(&a) && sp.seps == SEP_SLASH,
                    [p, a, 4] => {
                        (1..=6).contains(&p)
                            && (2..=10).contains(&a)
                            && sp.seps == SEP_SLASH | SEP_DASH
                            && at(b, sp.start + usize::from(p)) == b'-'
                    }
                    _ => false,
                };
            if czech && self.on(K::BankAccount) {
                // Passing the accounts' mod-11 checks, it stands without
                // its word ("převeďte na 8323501658/5500").
                let (prefix, number) = match *g {
                    [p, a, _] => (
                        s.get(..usize::from(p)).unwrap_or(&[]),
                        s.get(usize::from(p)..usize::from(p) + usize::from(a))
                            .unwrap_or(&[]),
                    ),
                    [a, _] => (&[][..], s.get(..usize::from(a)).unwrap_or(&[])),
                    _ => (&[][..], &[][..]),
                };
                let code = s.get(s.len().saturating_sub(4)..).unwrap_or(&[]);
                let gate = if cs::cz_account(prefix, number) && cs::cz_bank_code(code) {
                    Gate::Weak
                } else {
                    Gate::Ctx
                };
                it.push(K::BankAccount, Medium, gate);
            }
            // A Hungarian account in blocks of eight digits passing their
            // checks ("10987120-59407945-55529487") stands without its word.
            let hungarian = matches!(*g, [8, 8] | [8, 8, 8])
                && (sp.seps == SEP_DASH || sp.seps == SEP_SPACE)
                && cs::hu_account(
                    [
                        s.get(..8).unwrap_or(&[]),
                        s.get(8..16).unwrap_or(&[]),
                        s.get(16..).unwrap_or(&[]),
                    ]
                    .get(..g.len())
                    .unwrap_or(&[]),
                );
            if hungarian && self.on(K::BankAccount) {
                it.push(K::BankAccount, Medium, Gate::Weak);
            }
            // A Canadian account as a payroll form asks for it: institution,
            // transit, account ("837-47183-7821477"), or as a void cheque
            // prints it: transit, institution, account ("16101-002-6300387",
            // "60908 003 3247886").
            let dashed_or_spaced = sp.seps == SEP_DASH || sp.seps == SEP_SPACE && sp.uniform;
            let canadian =
                matches!(*g, [3, 5, a] | [5, 3, a] if (7..=12).contains(&a)) && dashed_or_spaced;
            // A New Zealand account: bank, branch, account, suffix
            // ("06-8245-9028880-02", "12 1523 4914510 02").
            let new_zealand =
                (sp.shape(&[2, 4, 7, 2]) || sp.shape(&[2, 4, 7, 3])) && dashed_or_spaced;
            // An Australian BSB and account as customers paste them
            // ("112-647 23694007").
            let australian = matches!(*g, [3, 3, a] if (7..=10).contains(&a))
                && sp.seps == SEP_DASH | SEP_SPACE
                && sp.last_sep == SEP_SPACE;
            if (canadian || new_zealand || australian) && self.on(K::BankAccount) {
                it.push(K::BankAccount, Medium, Gate::Weak);
            }
            // A Russian (or Central Asian) account in its parts: ledger,
            // currency, key, branch, number ("40820 810 1 2855 2534842").
            if sp.shape(&[5, 3, 1, 4, 7]) && sp.uniform && self.on(K::BankAccount) {
                it.push(K::BankAccount, Medium, Gate::Ctx);
            }
            // A Moroccan RIB passing its key stands without its word, and
            // over a card number that some of its digits happen to make
            // ("230 159 4590820093076320 88").
            if simple && n == 24 && self.on(K::BankAccount) && cs::ma_rib(s) {
                it.push(K::BankAccount, High, Gate::Weak);
            }
            if (simple || slash_check)
                && (5..=24).contains(&n)
                && !sort_head
                && !date_range(sp)
                && !thousands
                && !decimal
                && !fiscal
                && self.on(K::BankAccount)
            {
                it.push(K::BankAccount, Medium, Gate::Ctx);
            }
            if simple && (4..=16).contains(&n) && sp.plain() && self.on(K::Password) {
                it.push(K::Password, Medium, Gate::Ctx);
            }
            // (No version leads with a zero in a group of three or more: a
            // trunk zero, "no HP 0878.1736.0326.8".)
            let trunk = sp.first() == b'0' && sp.glens().first().is_some_and(|&g| g >= 3);
            let versionish = sp.seps & SEP_DOT != 0 && sp.glens().iter().any(|&g| g < 2) && !trunk;
            // No national plan has ten digits starting with 1 but Buenos
            // Aires' (area code 11: "mi número nuevo 1175608435"), and
            // twelve or more without a trunk 0 or a `+` must be a country
            // code and a number of that country's length (not a 13-digit
            // timestamp).
            // (An Argentine mobile written area code, "15", local number:
            // "341 15 4283-363", "11 15 4283-3636".)
            let ar_mobile = || {
                let g = sp.glens();
                n == 12
                    && g.len() >= 3
                    && g.get(1) == Some(&2)
                    && g.first().is_some_and(|&a| (2..=4).contains(&a))
                    && sp.first() != b'0'
                    && g.first()
                        .is_some_and(|&a| s.get(usize::from(a)..usize::from(a) + 2) == Some(b"15"))
            };
            let dialable = || match n {
                10 => sp.first() != b'1' || s.starts_with(b"11"),
                // (With a calling code and no `+`, a mobile: "254257206869
                // kya hai? SMS me aaya" is no Kenyan number.)
                12.. => {
                    sp.first() == b'0'
                        || before(b, sp.start) == b'+'
                        || international(s) && mobile_lead(s)
                        || ar_mobile()
                }
                _ => true,
            };
            if sp.seps_in(spacey | SEP_PAREN)
                && (8..=13).contains(&n)
                && !versionish
                && !no_phone
                && self.on(K::Phone)
                && dialable()
            {
                it.push(K::Phone, Medium, Gate::Ctx);
            }
            return;
        }

        // ---------------- alphanumeric spans ----------------
        let l0 = sp.byte(0);
        let l1 = sp.byte(1);
        // IBAN
        if (15..=34).contains(&n)
            && self.on(K::Iban)
            && l0.is_ascii_alphabetic()
            && l1.is_ascii_alphabetic()
            && sp.byte(2).is_ascii_digit()
            && sp.byte(3).is_ascii_digit()
            && (sp.seps_in(SEP_SPACE | SEP_DASH | SEP_NEWLINE) || sp.uniform && sp.seps == SEP_DOT)
            // (A country code in lower case standing apart is a word: "CNIC
            // no 24982-1979313-5".)
            && !(sp.glens().first() == Some(&2) && at(b, sp.start).is_ascii_lowercase())
            && cs::iban(s)
        {
            it.push(K::Iban, High, Gate::Alone);
            return;
        }
        // Alphanumeric CNPJ. Written plain, its two check digits are all
        // that tells it from a courier's tracking number ("resi
        // JX191335214084"): like a plain numeric one, medium, and not
        // next to a negative word.
        if n == 14
            && self.on(K::BrCnpj)
            && (sp.shape(&[2, 3, 3, 4, 2])
                && sp.seps_in(SEP_DOT | SEP_DASH | SEP_SLASH | SEP_SPACE)
                || cnpj_undotted(sp)
                || sp.plain())
            && cs::br_cnpj(s)
            // (Not a Dutch VAT number, NL, nine digits, B and two:
            // "btw-nummer NL956642385B01".)
            && !(s.starts_with(b"NL")
                && s.get(11) == Some(&b'B')
                && s.iter().enumerate().all(|(i, c)| i < 2 || i == 11 || c.is_ascii_digit()))
        {
            // ("UC.0OV.7L9 0001 67": spaces for the slash and dash, as a
            // numeric one's may be.)
            if sp.plain() || sp.seps & SEP_SPACE != 0 {
                it.push(K::BrCnpj, Medium, Gate::Weak);
            } else {
                it.push(K::BrCnpj, High, Gate::Alone);
            }
        }
        // A letter next to digits: check-letter ids.
        if n == 9 {
            // "44724548J", "44724548-J", "18.007.630-X".
            // The letter apart is a word of its own ("30396881 não" is no DNI),
            // and so is a small letter apart before the next word ("40926617 a
            // nombre de", "… y mi celular").
            let word = sp.last_sep == SEP_SPACE
                && at(b, sp.end - 1).is_ascii_lowercase()
                && matches!(at(b, sp.end), b' ' | b'\n' | b'\t');
            let dni_shape = sp.plain()
                || (sp.shape(&[8, 1]) || sp.shape(&[2, 3, 3, 1])) && at(b, sp.end) < 0x80 && !word;
            if self.on(K::EsDni) && dni_shape && cs::es_dni(s) {
                it.push(K::EsDni, High, Gate::Alone);
            } else if self.on(K::EsDni)
                && sp.seps == SEP_SPACE
                && (sp.shape(&[3, 3, 2, 1]) || sp.shape(&[3, 3, 3]) || sp.shape(&[2, 3, 3]))
                && at(b, sp.end - 1).is_ascii_uppercase()
                && !is_alnum(at(b, sp.end))
                && cs::es_dni(s)
            {
                // Read out in short groups ("504 549 04 B", "504 549
                // 04B"), after a DNI word.
                it.push(K::EsDni, Medium, Gate::Ctx);
            }
            // "Y5968231K", "Y-5968231-K", "Y5968231-K".
            let nie_shape = sp.plain()
                || sp.shape(&[1, 7, 1])
                || sp.shape(&[8, 1]) && at(b, sp.end) < 0x80 && !word;
            if self.on(K::EsNie) && nie_shape && cs::es_nie(s) {
                it.push(K::EsNie, High, Gate::Alone);
            }
            if self.on(K::SgNric) && sp.plain() && cs::sg_nric(s) {
                it.push(K::SgNric, High, Gate::Alone);
            }
            if self.on(K::UkNino)
                && (sp.plain()
                    || (sp.shape(&[2, 2, 2, 2, 1]) || sp.shape(&[2, 6, 1])) && sp.seps == SEP_SPACE
                    // ("NX510380 A": the suffix letter alone, a capital.)
                    || sp.shape(&[8, 1])
                        && sp.seps == SEP_SPACE
                        && at(b, sp.end - 1).is_ascii_uppercase())
                && cs::uk_nino(s)
            {
                it.push(K::UkNino, Medium, Gate::Alone);
            }
        }
        // Without its suffix letter, two letters and six digits is also a
        // terminal, passport or machine id: a NINO word must be near.
        if n == 8
            && !sp.lower
            && self.on(K::UkNino)
            && (sp.plain() || sp.shape(&[2, 2, 2, 2]) && sp.seps == SEP_SPACE)
            && l0.is_ascii_uppercase()
            && l1.is_ascii_uppercase()
            && cs::uk_nino(s)
        {
            it.push(K::UkNino, Low, Gate::Ctx);
        }
        if (8..=9).contains(&n) && self.on(K::ClRut) && cs::cl_rut(s) {
            rut_interp(sp, it);
        }
        // A Chinese resident id ending in its check letter X, in the
        // groups it is printed in (area, birth date, the rest: "510107
        // 19671025 242X"), as the all-digit form may be.
        if n == 18
            && sp.shape(&[6, 8, 4])
            && sp.seps_in(SEP_SPACE | SEP_DASH)
            && self.on(K::CnResidentId)
            && cs::cn_resident_id(s)
        {
            it.push(K::CnResidentId, High, Gate::Alone);
        }
        // An RFC in its printed groups ("GOMA-790427-CE0", "SARA 880323 Y37").
        if (sp.shape(&[4, 6, 3]) || sp.shape(&[3, 6, 3]))
            && sp.uniform
            && sp.seps_in(SEP_DASH | SEP_SPACE)
            && self.on(K::MxRfc)
            && cs::mx_rfc(s)
        {
            let gate = if sp.seps == SEP_DASH {
                Gate::Weak
            } else {
                Gate::Ctx
            };
            it.push(K::MxRfc, Medium, gate);
        }
        if sp.plain() {
            // A PAN is typed in one case: mixed case ("Bunga6053x") is a
            // password, never a PAN.
            if n == 10
                && self.on(K::InPan)
                && cs::in_pan(s)
                && !(sp.lower
                    && b.get(sp.start..sp.end)
                        .is_some_and(|r| r.iter().any(u8::is_ascii_uppercase)))
            {
                it.push(K::InPan, Medium, Gate::Alone);
            }
            if n == 11 && self.on(K::InIfsc) && cs::in_ifsc(s) {
                it.push(K::InIfsc, Medium, Gate::Alone);
            } else if n == 11 && self.on(K::InIfsc) && s.get(4) == Some(&b'O') {
                // Its fifth character, always a zero, typed or read as the
                // letter O ("IFSC:KKBKO510009"), after an IFSC word.
                let mut z = [0u8; 11];
                for (d, c) in z.iter_mut().zip(s) {
                    *d = *c;
                }
                if let Some(c) = z.get_mut(4) {
                    *c = b'0';
                }
                if cs::in_ifsc(&z) {
                    it.push(K::InIfsc, Medium, Gate::Ctx);
                }
            }
            if n == 16 && self.on(K::ItCodiceFiscale) && cs::it_codice_fiscale(s) {
                it.push(K::ItCodiceFiscale, High, Gate::Alone);
            }
        } else if n == 11
            && sp.shape(&[4, 7])
            && sp.seps == SEP_SPACE
            && self.on(K::InIfsc)
            && cs::in_ifsc(s)
        {
            // Its bank's code set apart by a space, as it is read out
            // ("IFSC IDIB 0577925"): after an IFSC word.
            it.push(K::InIfsc, Medium, Gate::Ctx);
        }
        if sp.plain() {
            if n == 18 && self.on(K::MxCurp) && cs::mx_curp(s) {
                it.push(K::MxCurp, High, Gate::Alone);
            } else if n == 18 && self.on(K::MxCurp) && cs::mx_curp_shape(s) {
                // A CURP with a wrong check digit, named as one ("CURP
                // PAOJ620909HBCKZM08"): still its holder's. When unsure, hide.
                it.push(K::MxCurp, Medium, Gate::Ctx);
            }
            if n == 18 && self.on(K::CnResidentId) && cs::cn_resident_id(s) {
                it.push(K::CnResidentId, High, Gate::Alone);
            }
            if (12..=13).contains(&n) && self.on(K::MxRfc) && cs::mx_rfc(s) {
                it.push(K::MxRfc, Medium, Gate::Weak);
            }
            // (A text in capitals holds words of BIC shape everywhere:
            // there, an all-letter one that is a keyword of ours,
            // "BENEFICIARY", "REKENING", "VIREMENT", is the word, unless its
            // SWIFT or BIC word names it.)
            let caps_word = || {
                s.iter().all(u8::is_ascii_alphabetic)
                    && caps_text(text.as_bytes())
                    && self.kw.is_keyword(text.as_bytes(), sp.start, sp.end)
                    && !bic_word_around(text.as_bytes(), sp.start, sp.end)
            };
            // (In lower case only right after its word: "swift code is
            // barcgb22"; an all-letter word in lower case is no candidate.)
            if (n == 8 || n == 11)
                && (!sp.lower || bic_word_around(text.as_bytes(), sp.start, sp.end))
                && self.on(K::SwiftBic)
                && cs::swift_bic(s)
                && !caps_word()
            {
                // All-letter BICs are ordinary upper-case words too often.
                let gate = Gate::Ctx;
                it.push(K::SwiftBic, Medium, gate);
            }
        }
    }

    // ------------------------------------------------------------------
    // Special tokens
    // ------------------------------------------------------------------

    /// API keys and JWTs starting at `i`.
    fn secret(&self, text: &str, i: usize, cands: &mut Sink) -> Option<usize> {
        const PREFIXES: &[(&[u8], usize)] = &[
            (b"sk_live_", 24),
            (b"sk_test_", 24),
            (b"pk_live_", 24),
            (b"pk_test_", 24),
            (b"rk_live_", 24),
            (b"whsec_", 30),
            (b"AKIA", 20),
            (b"ASIA", 20),
            (b"ghp_", 40),
            (b"gho_", 40),
            (b"ghu_", 40),
            (b"ghs_", 40),
            (b"ghr_", 40),
            (b"github_pat_", 40),
            (b"glpat-", 26),
            (b"xoxb-", 20),
            (b"xoxp-", 20),
            (b"xoxa-", 20),
            (b"AIza", 39),
            (b"sk-proj-", 32),
            (b"sk-ant-", 32),
            (b"sk-", 40),
            (b"SG.", 60),
            (b"shpat_", 38),
            (b"npm_", 40),
            (b"pypi-", 60),
            (b"rzp_live_", 20),
            (b"rzp_test_", 20),
            (b"APP_USR-", 32),
            (b"xkeysib-", 40),
            (b"xnd_production_", 40),
            (b"xnd_development_", 40),
            (b"key_", 24),
            (b"Mid-server-", 30),
            (b"Mid-client-", 30),
            (b"SB-Mid-server-", 30),
            (b"FLWSECK_TEST-", 32),
            (b"FLWSECK-", 32),
            (b"FLWPUBK_TEST-", 32),
            (b"FLWPUBK-", 32),
        ];
        let b = text.as_bytes();
        // A token glued after a short word ("The session token
        // iseyJhbGciOi…"): the JWT starts at its "eyJ".
        if self.on(K::Jwt) && !is_alnum(before(b, i)) {
            let head = b.get(i..(i + 11).min(b.len())).unwrap_or(&[]);
            let k = head.iter().take_while(|c| c.is_ascii_lowercase()).count();
            let letters = head.get(..(k + 1).min(head.len())).unwrap_or(&[]);
            if let Some(p) =
                memchr::memmem::find(letters, b"ey").filter(|&p| p > 0 && at(b, i + p + 2) == b'J')
            {
                if let Some(end) = Self::jwt(text, i + p, cands) {
                    return Some(end);
                }
            }
        }
        let c = at(b, i);
        // Any vendor's key marked by its environment: two to five lower-case
        // letters, then `_live_`, `_prod_`, `_test_` or `_sandbox_`
        // ("ak_prod_yTpt5ZMyeRTfySpY4bjrJ6RU4oEC"): its length in `generic`.
        let generic = {
            let head = b.get(i..(i + 6).min(b.len())).unwrap_or(&[]);
            let letters = head.iter().take_while(|c| c.is_ascii_lowercase()).count();
            let tail = b.get(i + letters..).unwrap_or(&[]);
            ((2..=5).contains(&letters))
                .then(|| {
                    [&b"_live_"[..], b"_prod_", b"_test_", b"_sandbox_"]
                        .iter()
                        .find(|e| tail.starts_with(e))
                        .map(|e| letters + e.len())
                })
                .flatten()
        };
        if generic.is_none()
            && !matches!(
                c,
                b's' | b'p'
                    | b'r'
                    | b'w'
                    | b'A'
                    | b'g'
                    | b'x'
                    | b'S'
                    | b'n'
                    | b'e'
                    | b'k'
                    | b'M'
                    | b'F'
            )
        {
            return None;
        }
        let prev = before(b, i);
        if is_alnum(prev) || prev == b'_' || prev == b'-' {
            return None;
        }
        let rest = b.get(i..)?;
        if self.on(K::Jwt) && rest.starts_with(b"eyJ") {
            return Self::jwt(text, i, cands);
        }
        if !self.on(K::ApiKey) {
            return None;
        }
        // (A generic prefix wants a longer, mixed-case body with a digit.)
        let (p, min, vendor) =
            if let Some(&(p, min)) = PREFIXES.iter().find(|(p, _)| leads_with(rest, p)) {
                (p, min, true)
            } else {
                let len = generic?;
                (rest.get(..len)?, len + 20, false)
            };
        let mut j = i + p.len();
        let limit = i + 256;
        while j < limit {
            let c = at(b, j);
            if c.is_ascii_alphanumeric()
                || c == b'_'
                || c == b'-'
                || (c == b'.' && p == b"SG." && is_alnum(at(b, j + 1)))
            {
                j += 1;
            } else {
                break;
            }
        }
        let body = b.get(i + p.len()..j)?;
        // A digit in the body, or, after a long vendor prefix or in a body
        // of twenty or more, mixed case ("key_NxLfQoYcIEANbKxBRmdnIiSRix").
        let random = body.iter().any(u8::is_ascii_digit)
            || ((p.len() >= 8 || body.len() >= 20)
                && body.iter().any(u8::is_ascii_lowercase)
                && body.iter().any(u8::is_ascii_uppercase));
        let mixed = body.iter().any(u8::is_ascii_digit)
            && body.iter().any(u8::is_ascii_lowercase)
            && body.iter().any(u8::is_ascii_uppercase);
        // (Or a long body of lower-case letters and digits after the
        // environment marker: "plj_live_5iwdyxrtbh08m2wtn58v1qejwfd1b7h6".)
        let long_lower = body.len() >= 24
            && body.iter().all(u8::is_ascii_alphanumeric)
            && body.iter().any(u8::is_ascii_digit)
            && body.iter().filter(|c| c.is_ascii_lowercase()).count() >= 8;
        if !random || is_alnum(at(b, j)) || !vendor && !mixed && !long_lower {
            return None;
        }
        // Shorter than the vendor's keys, but named by a key word right
        // before ("secret key sk_live_fXv6d5SsHSocHy"), or after a long
        // vendor prefix with a body of mixed case and a digit ("gateway
        // key sk_live_Tf8yE8L3DTvEm8"): hidden all the same.
        let short_random = vendor && p.len() >= 8 && mixed;
        if j - i < min && !(body.len() >= 12 && short_random) {
            return (body.len() >= 12 && self.named_key(text, i, j, cands)).then_some(j);
        }
        cands.push(Cand {
            start: i,
            end: j,
            kind: K::ApiKey,
            conf: Confidence::High,
            tier: 1,
            frag: NO_FRAG,
        });
        Some(j)
    }

    fn jwt(text: &str, i: usize, cands: &mut Sink) -> Option<usize> {
        let b = text.as_bytes();
        let b64 = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
        let mut j = i;
        let mut dots = 0;
        let mut seg = 0usize;
        let mut segs = [0usize; 3];
        while j < b.len() && j - i < MAX_BUILTIN_LEN {
            let c = at(b, j);
            if b64(c) {
                seg += 1;
            } else if c == b'.' && dots < 2 && b64(at(b, j + 1)) {
                if let Some(x) = segs.get_mut(dots) {
                    *x = seg;
                }
                dots += 1;
                seg = 0;
            } else {
                break;
            }
            j += 1;
        }
        if let Some(x) = segs.get_mut(dots) {
            *x = seg;
        }
        if dots < 2 || segs.first().is_none_or(|&s| s < 10) || segs.get(1).is_none_or(|&s| s < 10) {
            return None;
        }
        cands.push(Cand {
            start: i,
            end: j,
            kind: K::Jwt,
            conf: Confidence::High,
            tier: 1,
            frag: NO_FRAG,
        });
        // Skip the rest of an over-long token.
        while j < b.len() && (b64(at(b, j)) || at(b, j) == b'.') {
            j += 1;
        }
        Some(j)
    }

    /// A UUID (random PIX key, "chave aleatória") starting at `i`.
    fn uuid(&self, text: &str, i: usize, cands: &mut Sink) -> Option<usize> {
        let b = text.as_bytes();
        if at(b, i + 8) != b'-' || !is_uuid_at(b, i) || is_alnum(before(b, i)) {
            return None;
        }
        let j = i + 36;
        // "client secret 0ce7bf80-2c48-…": a key named right before it.
        if self.named_key(text, i, j, cands) {
            return Some(j);
        }
        if self.on(K::BrPixKey) {
            let ctx = self.ctx(text, cands, i, j);
            let near = ctx.nearest(kbit(K::BrPixKey));
            // Asked for in an earlier turn ("Me informa a chave de destino
            // …\n… - Renato: d2c481fb-…"): a PIX word further back, within
            // the locality bound, at medium.
            // (Not after a reference word: "… id b1b49089-… da solicitação".)
            let mut far = || {
                let named_else = ctx
                    .hits()
                    .iter()
                    .any(|h| h.dist <= 8 && h.mask & T_NEG != 0)
                    || b.get(..i).is_some_and(|h| {
                        let h = h.trim_ascii_end();
                        let h = h.strip_suffix(b":").unwrap_or(h).trim_ascii_end();
                        ends_with_ci(h, b" id") || h.eq_ignore_ascii_case(b"id")
                    });
                if named_else {
                    return false;
                }
                let ws = back_chars(b, i, 4 * self.window);
                let raw = cands.raw(self, text, ws, j);
                self.kw.any_topic(raw, ws, i, kbit(K::BrPixKey))
            };
            // A reference word closer than the PIX word names it ("pagou
            // por pix …, txid 383c748d-…"); not one glued inside a word
            // ("me mandar:" holds "andar"), nor one in a purpose clause
            // after the PIX word ("a chave pix pra pagar a parcela é …").
            let named_ref = near.is_some_and(|p| {
                ctx.hits().iter().any(|h| {
                    h.before
                        && h.dist <= 8
                        && h.mask & T_NEG != 0
                        && h.dist < p.dist
                        && !is_alnum(before(b, h.start))
                }) && !(p.before && for_purpose(b, &ctx, (p.start, p.end), i))
            });
            if named_ref {
                return Some(j);
            }
            // A random key given with no word at all ("transferi pro
            // 4c5f5c90-… por engano", a UUID alone): most UUIDs people
            // type in a bank's chat are PIX keys; the others come with a
            // word saying what they are (an idempotency key, a trace, a
            // CFDI's folio, a webhook's id) or as a logged field
            // ("trace_id=…"). When unsure, hide, at low confidence.
            let bare = || {
                let ws = back_chars(b, i, 2 * self.window);
                let we = fwd_chars(b, j, self.window);
                before(b, i) != b'='
                    && !ctx.hits().iter().any(|h| h.mask & T_NEG != 0)
                    && !text.get(ws..we).is_some_and(|w| {
                        words_of(w).any(|w| one_of(UUID_WORDS, w) || w.ends_with("_id"))
                    })
            };
            if near.is_some() || far() || bare() {
                let conf = if near.is_some_and(|h| h.before && h.dist <= 24) {
                    Confidence::High
                } else if near.is_some() || far() {
                    Confidence::Medium
                } else {
                    Confidence::Low
                };
                cands.push(Cand {
                    start: i,
                    end: j,
                    kind: K::BrPixKey,
                    conf,
                    tier: 1,
                    frag: NO_FRAG,
                });
            }
        }
        Some(j)
    }

    /// Track 2: `;PAN=YYMM...?` — `i` is the first PAN digit.
    fn track2(text: &str, i: usize, cands: &mut Sink) -> Option<usize> {
        let b = text.as_bytes();
        let mut j = i;
        while at(b, j).is_ascii_digit() && j - i < 19 {
            j += 1;
        }
        let pan = b.get(i..j)?;
        if pan.len() < 12 || at(b, j) != b'=' || !cs::luhn(pan) {
            return None;
        }
        j += 1;
        while (at(b, j).is_ascii_digit() || at(b, j) == b'=') && j - i < 40 {
            j += 1;
        }
        if at(b, j) == b'?' {
            j += 1;
        }
        cands.push(Cand {
            start: i - 1,
            end: j,
            kind: K::CardTrackData,
            conf: Confidence::High,
            tier: 1,
            frag: NO_FRAG,
        });
        Some(j)
    }

    /// Track 1: `%B PAN ^ NAME ^ YYMM ... ?` — `i` is the `B`.
    fn track1(text: &str, i: usize, cands: &mut Sink) -> Option<usize> {
        let b = text.as_bytes();
        let mut j = i + 1;
        while at(b, j).is_ascii_digit() && j - i < 20 {
            j += 1;
        }
        let pan = b.get(i + 1..j)?;
        if pan.len() < 12 || at(b, j) != b'^' || !cs::luhn(pan) {
            return None;
        }
        j += 1;
        let limit = i + 79;
        while j < limit && j < b.len() {
            let c = at(b, j);
            if c == b'?' {
                j += 1;
                break;
            }
            if !(0x20..0x7F).contains(&c) {
                break;
            }
            j += 1;
        }
        cands.push(Cand {
            start: i - 1,
            end: j,
            kind: K::CardTrackData,
            conf: Confidence::High,
            tier: 1,
            frag: NO_FRAG,
        });
        Some(j)
    }

    /// Email, UPI id or PIX email key around the `@` at `at_pos`.
    fn at_sign(&self, text: &str, at_pos: usize, cands: &mut Sink) {
        let email_on = self.on(K::Email);
        let upi_on = self.on(K::UpiId);
        if !email_on && !upi_on && !self.on(K::BrPixKey) {
            return;
        }
        let b = text.as_bytes();
        let local_ok =
            |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
        // (Digits of other scripts count too, "agusbrown１１@icloud.com",
        // "ana_santoso٦٤٠٩@outlook.sa": typed with the phone's keyboard.)
        let mut s = at_pos;
        while s > 0 && at_pos - s < MAX_LOCAL {
            if local_ok(at(b, s - 1)) {
                s -= 1;
            } else if let Some(l) = digit_len_before(b, s) {
                s -= l;
            } else {
                break;
            }
        }
        // A payer's name in capitals glued by a dash before an address in
        // lower case is a statement narration's field, not the address's
        // ("UPI-KAVITA KUMAR-kavitak2@okaxis-…").
        if let Some(local) = b.get(s..at_pos) {
            if let Some(d) = memchr::memrchr(b'-', local) {
                let (name, addr) = (
                    local.get(..d).unwrap_or(&[]),
                    local.get(d + 1..).unwrap_or(&[]),
                );
                if name.len() >= 2
                    && name.iter().all(|c| c.is_ascii_uppercase() || c == &b'-')
                    && addr.iter().any(u8::is_ascii_lowercase)
                {
                    s += d + 1;
                }
            }
        }
        while s < at_pos && matches!(at(b, s), b'.' | b'_' | b'%' | b'+' | b'-') {
            s += 1;
        }
        // (A dot right before the `@` makes no valid address, but people
        // type it, "rahul.@gmail.com": it is still theirs, so it is read.)
        if s == at_pos {
            return;
        }
        // "r****h@gmail.com", "p•••a@yahoo.com", "6xxxxxx994@ybl": an
        // address someone already masked.
        if (s > 0 && is_mask_char_before(b, s)) || x_masked(b.get(s..at_pos).unwrap_or(&[])) {
            return;
        }
        // Domain: labels of letters, digits and hyphens joined by dots.
        let mut e = at_pos + 1;
        let mut last_dot = None;
        while e < b.len() && e - at_pos <= MAX_DOMAIN {
            let c = at(b, e);
            if c.is_ascii_alphanumeric() || c == b'-' {
                e += 1;
            } else if c == b'.'
                && at(b, e + 1).is_ascii_alphanumeric()
                && at(b, e - 1).is_ascii_alphanumeric()
            {
                last_dot = Some(e);
                e += 1;
            } else {
                break;
            }
        }
        if e == at_pos + 1 {
            return;
        }
        let local_len = at_pos - s;
        if last_dot.is_some() {
            // The top-level domain is letters: the address ends with the last
            // all-letter label; failing that, with the letters that start
            // the first label after a dot ("ana@mail.com000.000.001-91").
            let dom = b.get(at_pos + 1..e).unwrap_or(&[]);
            let mut end = None;
            let mut first_after_dot = None;
            let mut off = at_pos + 1;
            for (i, label) in dom.split(|&c| c == b'.').enumerate() {
                if i > 0 {
                    let k = label.iter().take_while(|c| c.is_ascii_alphabetic()).count();
                    if k >= 2 && k == label.len() {
                        end = Some(off + k);
                    }
                    if first_after_dot.is_none() {
                        first_after_dot = Some((off, k));
                    }
                }
                off += label.len() + 1;
            }
            let end = end.or_else(|| first_after_dot.filter(|&(_, k)| k >= 2).map(|(o, k)| o + k));
            if let (true, Some(end)) = (email_on, end) {
                cands.push(Cand {
                    start: s,
                    end,
                    kind: K::Email,
                    conf: Confidence::High,
                    tier: 1,
                    frag: NO_FRAG,
                });
            }
            return;
        }
        // No dot: a UPI handle. In a statement's narration the handle is
        // followed by "-" and the transaction's number
        // ("UPI-ASHA RAO-asha.rao@okaxis-402913384512-PAYMENT").
        let k = b
            .get(at_pos + 1..e)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        // (Or by the payer's IFSC, in capitals: "UPI-KAVITA
        // KUMAR-kavitak2@okaxis-SBIN0866661-3817…-UPI".)
        let next = at(b, at_pos + 2 + k);
        let lower_handle = b
            .get(at_pos + 1..at_pos + 1 + k)
            .is_some_and(|h| h.iter().all(u8::is_ascii_lowercase));
        if at(b, at_pos + 1 + k) == b'-'
            && (next.is_ascii_digit() || lower_handle && next.is_ascii_uppercase())
        {
            e = at_pos + 1 + k;
        }
        // Nor is a case ending glued to a known handle by a dash (Tamil
        // "bigbasket.payu@ybl-ku", Telugu "-ki", Hindi "-se").
        let ending = b.get(at_pos + 2 + k..e).unwrap_or(&[]);
        if at(b, at_pos + 1 + k) == b'-'
            && (1..=4).contains(&ending.len())
            && ending.iter().all(u8::is_ascii_lowercase)
            && b.get(at_pos + 1..at_pos + 1 + k)
                .is_some_and(|h| UPI_HANDLES.iter().any(|x| h.eq_ignore_ascii_case(x)))
        {
            e = at_pos + 1 + k;
        }
        // (A dash before a case ending in another script ends it too:
        // Bengali "6827892073@fam-তে", Tamil "…@ibl-க்கு".)
        while e > at_pos + 1 && at(b, e - 1) == b'-' && at(b, e) >= 0xC0 {
            e -= 1;
        }
        let handle = b.get(at_pos + 1..e).unwrap_or(&[]);
        // A template's placeholder ("e.g. name@bank", "yourname@upi").
        let local = b.get(s..at_pos).unwrap_or(&[]);
        let placeholder = [
            &b"name"[..],
            b"yourname",
            b"username",
            b"user",
            b"example",
            b"mobilenumber",
            b"phonenumber",
            b"number",
            b"yourid",
            b"upiid",
            b"xyz",
            b"abc",
        ]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(local));
        if placeholder
            || !upi_on
            || local_len < 2
            || !handle.iter().all(u8::is_ascii_alphabetic)
            || handle.len() < 2
            || handle.len() > 20
        {
            return;
        }
        let known = UPI_HANDLES.iter().any(|h| {
            h.len() == handle.len() && h.iter().zip(handle).all(|(a, c)| a.eq_ignore_ascii_case(c))
        });
        let conf = if known {
            Confidence::High
        } else if self.ctx(text, cands, s, e).has(kbit(K::UpiId)) {
            Confidence::Medium
        } else {
            return;
        };
        cands.push(Cand {
            start: s,
            end: e,
            kind: K::UpiId,
            conf,
            tier: 1,
            frag: NO_FRAG,
        });
    }

    // ------------------------------------------------------------------
    // Optional passes
    // ------------------------------------------------------------------

    /// A word only a password looks like (lower-case letters, a digit and
    /// a symbol: "kopi@2020", `Tiger_510`, "harbour@2384!") within
    /// [`SHAPED_REACH`] bytes after a password word (the first of the text
    /// ends at `from`), when
    /// nothing else took it: the customer names the password in one turn
    /// and types it a few words or a sentence on ("The only one I've ever
    /// used is kopi@2020", "… never share it. Customer: lol it was
    /// `Tiger_510`"). Not an address, a handle or a link.
    fn shaped_passwords(&self, text: &str, from: usize, cands: &mut Vec<Cand>) {
        let b = text.as_bytes();
        // (The candidates by start, made when a first word is asked about;
        // see `overlapped`.)
        let mut ix: Option<ByStart> = None;
        let mut i = from;
        while i < b.len() {
            let vs;
            (vs, i) = printable_word(b, i);
            let we = without_closing(b, vs, i);
            if vs >= b.len() {
                break;
            }
            if self.shaped_word(text, vs, we)
                && !overlapped(&mut ix, cands, vs, we)
                && self.password_word_before(text, vs)
            {
                cands.push(Cand::said(vs, we, K::Password, false));
            }
        }
    }

    /// A word only a password looks like with a password word after it in
    /// its clause, at most 64 bytes on: the customer types it, then names
    /// it ("is `Jaihind_5881$` strong enough for the new net banking
    /// password?", "set `Tulsi_2024$` as my new password"). Asked only of
    /// a text holding a password word; what is found depends only on the
    /// 64 bytes after each word.
    fn shaped_before(&self, text: &str, cands: &mut Vec<Cand>) {
        let b = text.as_bytes();
        let mut ix: Option<ByStart> = None;
        let mut i = 0;
        while i < b.len() {
            let vs;
            (vs, i) = printable_word(b, i);
            let mut we = without_closing(b, vs, i);
            // (A quote closing it: "is \"Jaihind_5881$\" strong enough …".)
            while we > vs && matches!(at(b, we - 1), b'"' | b'\'' | b'`') {
                we -= 1;
            }
            if we > vs
                && b.get(vs..we).is_some_and(strong_password)
                && self.password_word_after(text, we)
                && self.shaped_word(text, vs, we)
                && !overlapped(&mut ix, cands, vs, we)
            {
                cands.push(Cand::said(vs, we, K::Password, false));
            }
        }
    }

    /// A word only a password looks like (see [`Self::shaped_word`]) right
    /// after a word saying what it was or is, with no password word needed
    /// ("ya la compartí 😬 era Pumas@57", "5alas edetholo kan
    /// Zamalek@123", "خلاص عطيته كانت shams@sha123"): the secret an earlier
    /// message spoke of. A second such word after a negation right after
    /// it is the misspelling set against it (`é Flor_2290 e não
    /// Flro_2290`), hidden too.
    fn said_password(&self, text: &str, cands: &mut Vec<Cand>) {
        const SAID: &[&str] = &[
            "era",
            "was",
            "its",
            "it",
            "es",
            "é",
            "kan",
            "kanet",
            "كانت",
            "كان",
            "الصحيح",
            "bener",
            "benar",
        ];
        const NOT: &[&str] = &[
            "not", "no", "não", "nao", "bukan", "msh", "mesh", "مو", "مش",
        ];
        if !self.on(K::Password) {
            return;
        }
        let b = text.as_bytes();
        // The word before `vs` (its closing punctuation left out).
        let word_before = |vs: usize| {
            let head = text.get(..vs).unwrap_or("").trim_end();
            let w = head
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            w.trim_end_matches([',', '.', ':'])
        };
        // Where the last password found ends.
        let mut last: Option<usize> = None;
        // The candidates by start, made when a first word is asked about.
        let mut ix: Option<ByStart> = None;
        // (Only the words around a symbol are read, found by vectorised
        // searches: a byte-by-byte pass over every text with a symbol cost
        // two per cent of the scan, this one under one.)
        let mut from = 0;
        let mut next = [UNSEARCHED; 3];
        while let Some(k) = next_symbol(b, from, &mut next) {
            let mut vs = k;
            while vs > 0 && at(b, vs - 1) > b' ' {
                vs -= 1;
            }
            let (vs, e) = printable_word(b, vs);
            from = e.max(k + 1);
            let mut we = without_closing(b, vs, e);
            while we > vs && matches!(at(b, we - 1), b',' | b'.' | b'"' | b'\'') {
                we -= 1;
            }
            let Some(v) = b.get(vs..we) else { break };
            if v.len() < 6 || !v.iter().any(u8::is_ascii_digit) {
                continue;
            }
            let prev = word_before(vs);
            // (Or the misspelling after a negation right after the one
            // found: "é X e não Y", "X not Y".)
            let against = last.is_some_and(|l| {
                let gap = text.get(l..vs).unwrap_or("");
                let mut ws = gap.split_whitespace();
                match (ws.next(), ws.next(), ws.next()) {
                    (Some(n), None, None) => one_of(NOT, n),
                    (Some(c), Some(n), None) => {
                        one_of(&["e", "y", "and", "dan"], c) && one_of(NOT, n)
                    }
                    _ => false,
                }
            });
            if !(against || one_of(SAID, prev)) || !strong_password(v) {
                continue;
            }
            if !overlapped(&mut ix, cands, vs, we) && self.shaped_word(text, vs, we) {
                cands.push(Cand::said(vs, we, K::Password, false));
                last = Some(we);
            }
        }
    }

    /// True if a password word starts within 64 bytes after `we`, with no
    /// line break or sentence end ("." or "?" then a space) between.
    fn password_word_after(&self, text: &str, we: usize) -> bool {
        if self.pw.is_none() {
            return false;
        }
        let b = text.as_bytes();
        let mut hi = (we + 64).min(b.len());
        if let Some(k) = (we..hi).find(|&k| {
            matches!(at(b, k), b'\n' | b'\r')
                || matches!(at(b, k), b'.' | b'?') && at(b, k + 1) == b' '
        }) {
            hi = k;
        }
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        self.password_word_in(text, we, hi)
    }

    /// True if the word `b[vs..we]` is shaped as only a password is
    /// (see [`strong_password`]) and is no address, handle, id, masked
    /// value or reference. (Whether a candidate overlaps it is the
    /// caller's to ask: see [`overlapped`].)
    fn shaped_word(&self, text: &str, vs: usize, we: usize) -> bool {
        let b = text.as_bytes();
        let Some(v) = b.get(vs..we) else { return false };
        let symbol = v.iter().any(|c| b"#$@!%&*_".contains(c));
        let letters = v.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let handle = memchr::memchr(b'@', v).is_some_and(|k| {
            v.get(k + 1..)
                .is_some_and(|d| d.first().is_some_and(u8::is_ascii_alphabetic))
        });
        // An id with a prefix ("req_ac3b5db323efc41b", "ref#7811…"): a
        // long run of letters and digits with three digits or more.
        let id = v
            .split(|c| !c.is_ascii_alphanumeric())
            .any(|r| r.len() >= 10 && r.iter().filter(|c| c.is_ascii_digit()).count() >= 3);
        !(v.len() > 64
            || !symbol
            || letters < 3
            || handle
            || id
            || user_named(b, vs)
            || !v.iter().all(u8::is_ascii_graphic)
            || v.contains(&b'/')
            || !strong_password(v)
            || masked_remnant(v)
            || self.reference_head(text, vs, v))
    }

    /// True if a password word ends within [`SHAPED_REACH`] bytes before
    /// `vs` (looked up only around `vs`, so that what is found does not
    /// depend on text farther away).
    fn password_word_before(&self, text: &str, vs: usize) -> bool {
        self.password_word_in(text, vs.saturating_sub(SHAPED_REACH), vs)
    }

    /// True if a password word (see [`password_trigger`]) lies wholly
    /// inside `text[lo..hi]`.
    fn password_word_in(&self, text: &str, lo: usize, hi: usize) -> bool {
        let Some(ac) = &self.pw else { return false };
        let b = text.as_bytes();
        let mut pos = lo;
        while let Some(m) = ac.find(aho_corasick::Input::new(text).span(pos..hi)) {
            match password_trigger(b, m.start(), m.end()) {
                Trigger::Inside => pos = m.start() + 1,
                Trigger::Other => pos = m.end(),
                Trigger::Password => return true,
            }
        }
        false
    }

    /// Passwords stated after a trigger word ("senha: Maria@2024"): the
    /// first password-like word within the next few words of the clause.
    /// Returns where the first password word ends, if the text holds one
    /// and any word of it could be a password.
    fn password_pass(&self, text: &str, cands: &mut Vec<Cand>) -> Option<usize> {
        let ac = self.pw.as_ref()?;
        let b = text.as_bytes();
        // Most texts hold no word a password could be taken from: skip the
        // trigger search for them.
        if !maybe_password(b) {
            return None;
        }
        let mut first = None;
        // PAN readings of passwords to drop, by start: dropped once at the
        // end, so that many passwords in one long text cost no pass over
        // every candidate each.
        let mut pan_drops: Vec<(usize, usize)> = Vec::new();
        let mut pos = 0;
        while let Some(m) = ac.find(aho_corasick::Input::new(text).span(pos..text.len())) {
            let (ms, me) = (m.start(), m.end());
            match password_trigger(b, ms, me) {
                Trigger::Inside => {
                    pos = ms + 1;
                    continue;
                }
                Trigger::Other => {
                    pos = me;
                    continue;
                }
                Trigger::Password => {}
            }
            first = first.or(Some(me));
            pos = me;
            // (Past the rest of a record's key: "password_sementara=…".)
            let mut j = record_key_end(b, me).unwrap_or(me);
            // Past one sentence end only a strongly password-shaped word
            // counts ("forgot my password. The last one was Sunita#1975").
            let mut next_sentence = false;
            let mut answer_line = false;
            for _ in 0..10 {
                // Skip spaces and light punctuation between words.
                while matches!(
                    at(b, j),
                    b' ' | b':' | b'=' | b'-' | b'\t' | b'"' | b'\'' | b'(' | b'`'
                ) {
                    j += 1;
                }
                // A question about it may be answered in the next sentence
                // ("cuál es la contraseña? yo puse Gatito#88"): only a
                // strongly password-shaped word there.
                if at(b, j) == b'?' && at(b, j + 1) == b' ' && j - me <= 2 {
                    next_sentence = true;
                    j += 1;
                    continue;
                }
                // (Or on the next line of a transcript, after the speaker's
                // name: "what's your online banking password?\nMe:
                // Chennai1357".)
                if at(b, j) == b'?' && at(b, j + 1) == b'\n' && j - me <= 2 && !next_sentence {
                    let ls = j + 2;
                    let le = memchr::memchr(b'\n', b.get(ls..).unwrap_or(&[]))
                        .map_or(b.len(), |k| ls + k);
                    if let Some((_, said)) = speaker(b, ls, le).filter(|&(_, said)| said < le) {
                        // (The answer alone on its line needs no symbol:
                        // the question names it.)
                        answer_line = b.get(said..le).is_some_and(|a| {
                            !a.trim_ascii().is_empty() && !a.trim_ascii().contains(&b' ')
                        });
                        next_sentence = true;
                        j = said;
                        continue;
                    }
                }
                // ("… es !Flamengo_984": a password may start with "!".)
                let bang_word = at(b, j) == b'!' && at(b, j + 1).is_ascii_alphanumeric();
                // (Or with "?": "moja lozinka je ?HGgL94S9A".)
                // (Not one glued to its word: "password?abc" asks.)
                let query_word = at(b, j) == b'?'
                    && at(b, j + 1).is_ascii_alphanumeric()
                    && matches!(before(b, j), b' ' | b':' | b'=' | b'"' | b'\'');
                if j >= b.len()
                    || j - me > 64
                    || matches!(at(b, j), b'\n' | b'\r')
                    || at(b, j) == b'?' && !query_word
                    || at(b, j) == b'!' && !bang_word
                {
                    break;
                }
                let vs = j;
                let ve = password_word_end(b, vs);
                j = ve;
                let latin = || {
                    text.get(ve..)
                        .and_then(|t| t.chars().next())
                        .is_some_and(|c| c.is_alphabetic() && c < '\u{250}')
                };
                if at(b, ve) >= 0x80 && ve == vs && !latin() {
                    // "•••••" (a value masked with a fixed character).
                    if b.get(ve..).is_some_and(|t| t.starts_with("••".as_bytes())) {
                        break;
                    }
                    // A word in another script: skip it whole.
                    while j < b.len() && at(b, j) >= 0x80 && sep_at(b, j).is_none() {
                        j += 1;
                    }
                    continue;
                }
                // A word with accented letters ("provisória", "vocês"):
                // no password (they are printable ASCII); skip it whole so
                // it counts as one word.
                // (So is one ending in digits of another script:
                // "Kathmandu!٦٠٧".)
                // (Not a letter of a script written without spaces: the
                // value glued to Japanese ends there, "Asdf!!27に変更".)
                let accented = at(b, ve) >= 0x80
                    && text
                        .get(ve..)
                        .and_then(|t| t.chars().next())
                        .is_some_and(|c| (c.is_alphabetic() || c.is_numeric()) && !spaceless(c));
                if accented {
                    while j < b.len()
                        && j - me <= 64
                        && at(b, j) > b' '
                        && sep_at(b, j).is_none()
                        && !text
                            .get(j..)
                            .and_then(|t| t.chars().next())
                            .is_some_and(spaceless)
                    {
                        j += 1;
                    }
                    // Accented letters with a digit and a symbol
                    // ("paçoca@7273", "São#2020"): a password all the same.
                    // So is a word of Latin letters, accented or not, then
                    // digits of any script ("Barça2013!", "Contraseña9!",
                    // "Ayesha２０１６"), as its ASCII twin would be.
                    let mut we = j;
                    while we > vs
                        && matches!(at(b, we - 1), b'.' | b',' | b'!' | b'?' | b';' | b':')
                    {
                        we -= 1;
                    }
                    let w = b.get(vs..we).unwrap_or(&[]);
                    let word = text.get(vs..we).unwrap_or("");
                    let latin = |c: char| c.is_alphabetic() && c < '\u{250}';
                    let lettered = word.chars().next().is_some_and(latin)
                        && word.chars().filter(|c| c.is_alphabetic()).all(latin);
                    if !next_sentence
                        && (6..=64).contains(&w.len())
                        && word.chars().any(char::is_numeric)
                        && (lettered || w.iter().any(|c| b"@#$%&*!_".contains(c)))
                        && word
                            .chars()
                            .all(|c| c.is_alphanumeric() || c.is_ascii_punctuation())
                    {
                        cands.push(Cand::said(vs, we, K::Password, vs - me <= 24));
                        break;
                    }
                    continue;
                }
                let we = without_closing(b, vs, ve);
                let Some(v) = b.get(vs..we) else { break };
                // A word ending in a colon before the next is a label, the
                // value after it ("contraseña del e-BROU: river1987").
                if ve == we + 1 && at(b, we) == b':' && at(b, ve) == b' ' && !v.is_empty() {
                    continue;
                }
                // What masking left of a value answers the trigger: looking
                // further would take the next word on every masking pass. So
                // does a number ("peguei a senha 2463": a PIN, or a queue
                // ticket).
                if masked_remnant(v) || (v.len() >= 3 && v.iter().all(u8::is_ascii_digit)) {
                    break;
                }
                // A word of Arabic written in Latin letters ("el password
                // bta3i kan Zayed_315x", "taba3"): skip it.
                // (Or a word of it with a digit for a letter right after an
                // Egyptian relative word: "el password elli 3amaltaha
                // Mabuhay921x".)
                if ARABIZI_OF.iter().any(|w| v.eq_ignore_ascii_case(w))
                    || arabizi(v, false) && arabizi_around(b, vs, we, 4 * self.window)
                    || arabizi(v, true)
                        && b.get(..vs).is_some_and(|h| {
                            ends_with_word(h.trim_ascii_end(), &[b"elli", b"illi", b"ely", b"eli"])
                        })
                {
                    next_sentence |= we < ve && at(b, we) == b'.';
                    continue;
                }
                // The app's name, then whose password follows ("password
                // Maybank2u saya 2611Nasgor"): not when no password-shaped
                // word comes after ("password Garuda#3040 saya lupa").
                // An app's or wallet's name the keyword list knows, shaped
                // like a password, is passed over ("reset password
                // LinkAja", "GCash"); other words go on as before.
                if !v.iter().any(u8::is_ascii_digit)
                    && looks_like_password(v)
                    && self.kw.is_keyword(b, vs, we)
                {
                    continue;
                }
                if we == ve && owner_then_password(b, we)
                    || app_then_owner(b, vs, we)
                    || names_its_owner(b, me, vs, we)
                    || after_user_word(b, vs)
                {
                    continue;
                }
                // After the sentence end, a word with letters and digits
                // presented as the old one ("password bhool gaya. purana
                // tha Ramesh_2024", "… The last one was Sunita1975"), or
                // as the one tried ("pwd doesnt work. tried Appa737x").
                let was = || {
                    let head = b.get(me..vs).unwrap_or(&[]).trim_ascii_end();
                    [
                        &b" tha"[..],
                        b" thi",
                        b" was",
                        b" era",
                        " était".as_bytes(),
                        b" foi",
                        b" fue",
                        b" tried",
                        b" typed",
                        b" entered",
                        " probé".as_bytes(),
                        b" tentei",
                        b" coba",
                    ]
                    .iter()
                    .any(|w| ends_with_ci(head, w))
                        && v.iter().any(u8::is_ascii_digit)
                        && v.iter().any(u8::is_ascii_alphabetic)
                };
                // The bare verb "pass" ("caller pass ID&V", "E don pass
                // 72hrs") takes only a word of six or more.
                let bare_pass = v.len() < 6
                    && b.get(ms..me)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"pass"));
                // (Capitals and digits are a reference anywhere else,
                // "JX1577558461"; a word of four capitals or more and a
                // few digits right after the trigger is the password:
                // "tried password RAVI1408 (name+ddmm)".)
                let caps = !next_sentence && vs - me <= 12 && caps_password(v);
                // A code glued to the word before it ("Clave de
                // seguridad211576", "su clave temporal es94307834"): its
                // digits are the value, read as a number.
                if glued_code(v, |l| {
                    GLUE_WORDS.iter().any(|w| l.eq_ignore_ascii_case(w))
                        || self
                            .kw
                            .spans_label(b, vs.saturating_sub(24), vs, vs + l.len())
                }) {
                    break;
                }
                if (looks_like_password(v) || caps)
                    && !bare_pass
                    && url_path(b, vs).is_none()
                    && !merchant_descriptor(b, vs, v)
                    && (!next_sentence
                        || answer_line && v.iter().any(u8::is_ascii_alphabetic)
                        || (strong_password(v) || was()) && !self.reference_head(text, vs, v))
                {
                    // "the password of the card 1357": digits only, with a
                    // card word between trigger and value, is the card's PIN.
                    let kind = if (4..=6).contains(&v.len())
                        && v.iter().all(u8::is_ascii_digit)
                        && self.on(K::CardPin)
                        && self.kw.scan(text, me, vs, vs, we).has(kbit(K::CardNumber))
                    {
                        K::CardPin
                    } else {
                        K::Password
                    };
                    let near = vs - me <= 24 && !next_sentence;
                    // A PAN's shape in small letters right after a
                    // password's word, with no PAN word before it, is the
                    // password ("Sua nova senha provisória é dubai1526x").
                    if near && v.iter().any(u8::is_ascii_lowercase) {
                        let lo = back_chars(b, vs, self.window);
                        if !self.kw.scan(text, lo, vs, vs, we).has(kbit(K::InPan)) {
                            pan_drops.push((vs, we));
                        }
                    }
                    cands.push(Cand::said(vs, we, kind, near));
                    // "no recuerdo si mi clave es Yuliana.1200 o
                    // Diego*129": the other one it may be.
                    if kind == K::Password {
                        if let Some((os, oe)) = or_password(b, we) {
                            cands.push(Cand::said(os, oe, K::Password, near));
                        }
                    }
                    break;
                }
                // A sentence ends, or a value of another shape answered the
                // trigger ("password RAVI1408 (name+ddmm)"): stop looking.
                // (Not a name of three characters: "kata laluan M2U saya
                // kucing.bebek#82".)
                let value = v.len() > 3
                    && v.iter().any(u8::is_ascii_digit)
                    && v.iter().any(u8::is_ascii_alphabetic);
                let end = we < ve && at(b, we) == b'.';
                if (value && !next_sentence) || (end && next_sentence) {
                    break;
                }
                next_sentence |= end;
            }
        }
        if !pan_drops.is_empty() {
            pan_drops.sort_unstable();
            cands.retain(|c| {
                !(c.kind == K::InPan && pan_drops.binary_search(&(c.start, c.end)).is_ok())
            });
        }
        first
    }

    /// Credentials written as a pair after a login word ("my login for
    /// Wells is patriciaw1952@aol.com / Grandkids4ever", "usuario
    /// jperez/Clave2024!"): the password-shaped word after the slash, at
    /// medium confidence. Reads at most 64 bytes around each `/`.
    fn credential_pairs(&self, text: &str, cands: &mut Vec<Cand>) {
        const LOGIN: &[&[u8]] = &[
            b"login",
            b"log in",
            b"user",
            b"usuario",
            "usuário".as_bytes(),
            b"credential",
            b"creds",
        ];
        if !self.on(K::Password) {
            return;
        }
        let b = text.as_bytes();
        for p in memchr::memchr_iter(b'/', b) {
            // The user: the word before the slash.
            let mut ue = p;
            while ue > 0 && at(b, ue - 1) == b' ' {
                ue -= 1;
            }
            let mut us = ue;
            while us > 0 && at(b, us - 1) > b' ' && ue - us < 64 {
                us -= 1;
            }
            let Some(user) = b.get(us..ue) else { continue };
            // Not a URL ("http://…") nor a path ("a/b/c").
            if user.len() < 3
                || user.iter().all(u8::is_ascii_digit)
                || user.iter().any(|&c| matches!(c, b':' | b'/'))
            {
                continue;
            }
            // The password: the word after it.
            let mut vs = p + 1;
            while at(b, vs) == b' ' {
                vs += 1;
            }
            let ve = printable_end(b, vs, b".,;!?)\"'");
            let Some(v) = b.get(vs..ve) else { continue };
            let mixed =
                v.iter().any(u8::is_ascii_alphabetic) && v.iter().any(|c| !c.is_ascii_alphabetic());
            if !mixed || !looks_like_password(v) || v.contains(&b'/') {
                continue;
            }
            // A login word before the user, on the same line.
            let lo = us.saturating_sub(48);
            let head = b.get(lo..us).unwrap_or(&[]);
            let head =
                memchr::memrchr(b'\n', head).map_or(head, |k| head.get(k + 1..).unwrap_or(&[]));
            let named = LOGIN.iter().any(|w| contains_ci(head, w));
            if named {
                cands.push(Cand::context(vs, ve, K::Password));
            }
        }
    }

    /// True if the letters that start the word `v` at `vs` are a word of
    /// references or amounts ("Ref#2291A", "INV#4471").
    fn reference_head(&self, text: &str, vs: usize, v: &[u8]) -> bool {
        let k = v.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        k > 0
            && self
                .kw
                .scan(text, vs, vs + k, vs + k, vs + k)
                .hits()
                .iter()
                .any(|h| h.start == vs && h.end == vs + k && h.mask & (T_NEG | T_CUR) != 0)
    }

    /// A day-first or month-first date written with a month name
    /// ("7 April 1982", "October 3, 1964", "4 de diciembre de 1988") around
    /// the 1-2 digit day token `g`; reported only with birth context.
    fn text_date(&self, text: &str, g: Group, cands: &mut Sink) -> Option<usize> {
        let b = text.as_bytes();
        let mut j = g.end;
        // (The ordinal in any case: "7th", "23RD".)
        let ordinal = [
            at(b, j).to_ascii_lowercase(),
            at(b, j + 1).to_ascii_lowercase(),
        ];
        if matches!(&ordinal, b"st" | b"nd" | b"rd" | b"th") {
            j += 2;
        }
        let day_end = j;
        // Vietnamese: "26 tháng 2 năm 1981", the month a number after its
        // word and the year after "năm".
        if let Some(e) = vietnamese_date(b, day_end, group_num(b, g)) {
            return self.birth_date(text, g.start, e, cands);
        }
        // Month-first: the word before the day.
        let month = month_before(b, g.start);
        let start = month.unwrap_or(g.start);
        let month_first = month.is_some();
        // "03-Nov-1984", "3/nov/84", "03.Nov.1984": the same mark joins
        // the day, the month and the year.
        let mut joint = 0u8;
        // A month of the Hijri calendar ("4 شوال 1423"): its years.
        let mut hijri = false;
        if month_first {
            j = day_end;
        } else {
            if matches!(at(b, j), b'-' | b'/' | b'.') && at(b, j + 1).is_ascii_alphabetic() {
                joint = at(b, j);
                j += 1;
            } else if at(b, j) == b'.' && at(b, j + 1) == b' ' {
                // The day's ordinal dot ("4. März 1975", "8. syyskuuta").
                j += 1;
            }
            j = skip_spaces(b, j);
            let w = word_at(b, j);
            if w.eq_ignore_ascii_case(b"de")
                || w.eq_ignore_ascii_case(b"of")
                || w.eq_ignore_ascii_case(b"del")
            {
                j = skip_spaces(b, j + w.len());
            }
            let ms = j;
            j = letters_end(b, j);
            let word = b.get(ms..j).unwrap_or(&[]);
            if let Some(e) = thai_month_abbrev(b, ms) {
                j = e;
            } else if let Some(e) = hijri_month(b, ms, j) {
                j = e;
                hijri = true;
            } else if MONTH_HEADS.iter().any(|h| h.as_bytes() == word) {
                j = month_second_word(b, j, MONTH_TAILS)?;
            } else if j == ms || !is_month(word) {
                return None;
            }
            if joint != 0 {
                if at(b, j) != joint {
                    return None;
                }
            } else if at(b, j) == b'.' {
                j += 1;
            }
        }
        // Separator, optional "de", then the year.
        if joint != 0 || at(b, j) == b',' {
            j += 1;
        }
        j = skip_spaces(b, j);
        let w = word_at(b, j);
        if w.eq_ignore_ascii_case(b"de") || w.eq_ignore_ascii_case(b"del") {
            j = skip_spaces(b, j + w.len());
        }
        // The year, in any script's digits; two digits stand for the
        // century's ("23 de noviembre del 92").
        let (year, j, nd) = digits_value(b, j, 4);
        // (Two digits before a colon and a digit are an hour: "10 Mar
        // 19:32".)
        if digit_at(b, j).is_some()
            || at(b, j).is_ascii_alphabetic()
            || nd == 2 && at(b, j) == b':' && at(b, j + 1).is_ascii_digit()
        {
            return None;
        }
        // Hungarian writes the year first, with a full stop ("1999.
        // november 14."): no year after the day, then look before the month.
        if month_first && nd == 0 {
            let ys = year_first(b, start)?;
            let end = day_end + usize::from(at(b, day_end) == b'.');
            return self.birth_date(text, ys, end, cands);
        }
        // (Or a year of the Thai Buddhist era, 543 years ahead.)
        if !(nd == 4 && (birth_year(year) || buddhist_year(year) || hijri && hijri_year(year))
            || nd == 2)
        {
            return None;
        }
        self.birth_date(text, start, j, cands)
    }

    /// "1976年11月30日", "1999년 5월 10일", "昭和46年8月14日": a date written
    /// with the Chinese, Japanese or Korean signs for year, month and day,
    /// starting with the year `g`: four digits, or one or two after the
    /// name of a Japanese era.
    fn cjk_date(&self, text: &str, g: Group, cands: &mut Sink) -> Option<usize> {
        let b = text.as_bytes();
        let number = |j: usize, most: usize| {
            let (v, j, n) = digits_value(b, j, most);
            (n > 0).then_some((v, j))
        };
        // The era's name, right before the year or a space before it.
        let mut start = g.start;
        let mut base = 0;
        if g.digits <= 2 {
            let k = if before(b, g.start) == b' ' {
                g.start - 1
            } else {
                g.start
            };
            let head = b.get(..k).unwrap_or(&[]);
            let (name, first) = JAPANESE_ERAS
                .iter()
                .find(|(name, _)| head.ends_with(name.as_bytes()))?;
            start = k - name.len();
            base = first - 1;
        }
        let (year, j) = number(g.start, 4)?;
        let year = year + base;
        // Each sign, and the space Korean puts after it.
        let sign = |j: usize, signs: &[&str]| {
            signs.iter().find_map(|s| {
                b.get(j..)
                    .is_some_and(|t| t.starts_with(s.as_bytes()))
                    .then(|| skip_spaces(b, j + s.len()))
            })
        };
        let j = sign(j, &["年", "년"])?;
        let (month, j) = number(j, 2)?;
        let j = sign(j, &["月", "월"])?;
        let (day, j) = number(j, 2)?;
        let j = b
            .get(j..)
            .and_then(|t| {
                ["日", "号", "일"]
                    .iter()
                    .find(|s| t.starts_with(s.as_bytes()))
                    .map(|s| j + s.len())
            })
            .unwrap_or(j);
        if !birth_year(year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        self.birth_date(text, start, j, cands)
    }

    /// The kinds of `want` a header above `text[start..end]` names for it:
    /// a table's header cell above the value's cell ("| Ira | daughter | 3
    /// Nov 2019 |" under "| name | relation | DOB |", "Rekha | maa |
    /// 0601…" under "naam | rishta | mobile"), or, for a birth date, a line
    /// above a list whose line the value ends ("hijo - 19 de noviembre de
    /// 2008", "2. Kabir - 21/1/2009" under "Fechas de nacimiento …:"), each
    /// line between listing a figure too. Children's birth dates are
    /// recent: no test of the year. A header naming a negative topic names
    /// nothing. Reads at most `4 × window` bytes on either side.
    fn header_kinds(
        &self,
        text: &str,
        sink: &mut Sink,
        start: usize,
        end: usize,
        want: u64,
    ) -> u64 {
        let b = text.as_bytes();
        if !sink.lines {
            return 0;
        }
        let lim = 4 * self.window;
        let lo = start.saturating_sub(lim);
        let hi = (end + lim).min(b.len());
        let Some(ls) = line_start_from(b, lo, start).filter(|&ls| ls > lo) else {
            return 0;
        };
        let le = b
            .get(end..hi)
            .and_then(|t| memchr::memchr(b'\n', t))
            .map_or(hi, |p| end + p);
        let (Some(head), Some(tail)) = (b.get(ls..start), b.get(end..le)) else {
            return 0;
        };
        // A table's row: at least two bars.
        let bars = |l: &[u8]| memchr::memchr_iter(b'|', l).count();
        let row = |l: &[u8]| bars(l) >= 2;
        // The lines above, nearest first, inside the bound.
        let above = b
            .get(lo..ls - 1)
            .unwrap_or(&[])
            .rsplit(|&c| c == b'\n')
            .scan(ls - 1, |e, l| {
                let s = *e - l.len();
                *e = s.saturating_sub(1);
                Some((s, l))
            });
        // (Only whole lines are headers: not one the bound cuts.)
        let whole = |s: usize| s > lo || lo == 0 || before(b, lo) == b'\n';
        if bars(head) + bars(tail) >= 2 {
            // The value is a whole cell: the text between its bars (or the
            // line's ends) is it and spaces.
            let bar = memchr::memrchr(b'|', head).map_or(0, |p| p + 1);
            let spaces = |c: &[u8]| c.iter().all(|&x| x == b' ');
            let next = memchr::memchr(b'|', tail).unwrap_or(tail.len());
            if !head.get(bar..).is_some_and(spaces) || !tail.get(..next).is_some_and(spaces) {
                return 0;
            }
            let col = memchr::memchr_iter(b'|', head).count();
            // The header: the first row above with no digit and some
            // letter (not a rule of dashes), every row between a table's.
            let Some((hs, h)) = above.take(8).take_while(|(_, l)| row(l)).find(|&(s, l)| {
                whole(s)
                    && !l.iter().any(u8::is_ascii_digit)
                    && l.iter().any(|&c| c.is_ascii_alphabetic() || c >= 0x80)
            }) else {
                return 0;
            };
            // The header's cell of the same column.
            let mut bars = memchr::memchr_iter(b'|', h);
            let cs = if col == 0 {
                Some(0)
            } else {
                bars.nth(col - 1).map(|p| p + 1)
            };
            let Some(cs) = cs else {
                return 0;
            };
            let ce = bars.next().unwrap_or(h.len());
            let raw = sink.raw(self, text, hs + cs, hs + ce);
            let t = self.kw.label_topics(raw, hs + cs, hs + ce);
            return if t & T_NEG == 0 { t & want } else { 0 };
        }
        if want & kbit(K::DateOfBirth) == 0 {
            return 0;
        }
        // A list's line: a short label, then a dash or a colon, then the
        // date ending the line.
        let label = head.trim_ascii_end();
        let dashed =
            label.ends_with(b"-") || label.ends_with("–".as_bytes()) || label.ends_with(b":");
        let words = label
            .split(|&c| c == b' ')
            .filter(|w| !w.is_empty())
            .count();
        let trailing = tail
            .iter()
            .all(|&c| matches!(c, b' ' | b'.' | b',' | b';' | b'\r'));
        if !dashed
            || words > 5
            || !trailing
            || label.iter().filter(|c| c.is_ascii_digit()).count() > 2
        {
            return 0;
        }
        let Some((hs, h)) = above
            .take(8)
            .find(|&(s, l)| whole(s) && !l.iter().any(u8::is_ascii_digit))
        else {
            return 0;
        };
        let he = hs + h.len();
        let raw = sink.raw(self, text, hs, he);
        if self
            .kw
            .last_topic(raw, hs, he, kbit(K::DateOfBirth))
            .is_some()
        {
            kbit(K::DateOfBirth)
        } else {
            0
        }
    }

    /// Reports `text[start..end]`, a date, as a date of birth when a
    /// keyword says so; returns its end.
    fn birth_date(&self, text: &str, start: usize, end: usize, cands: &mut Sink) -> Option<usize> {
        let ctx = self.ctx(text, cands, start, end);
        // A negative word after the birth-date word and its own date names
        // another date ("DOB 07/11/1961, PAN issue date 28 Jan 2019").
        let b = text.as_bytes();
        let neg_nearer = |h: &crate::scanner::context::Hit| {
            h.before
                && ctx.hits().iter().any(|n| {
                    n.before
                        && n.mask & T_NEG != 0
                        && n.mask & kbit(K::DateOfBirth) == 0
                        && n.start >= h.end
                        && b.get(h.end..n.start)
                            .is_some_and(|t| t.iter().any(u8::is_ascii_digit))
                })
        };
        let conf = match ctx.nearest(kbit(K::DateOfBirth)) {
            Some(h) if neg_nearer(&h) => return None,
            Some(h) if h.before && h.clean && h.dist <= 16 => Confidence::High,
            Some(_) => Confidence::Medium,
            // (Or, with a month's name, listed right after a person's id,
            // phone or email: "KWUPL3328A\n26 Sep 1977", "… / 25 Maret
            // 1965"; as a date in figures is, see [`listed_after`].)
            None if listed_after_person(b, &cands.cands, start, end) => Confidence::Medium,
            // (Or opening the message, a year long past, as a form's answer
            // does: "08 August 1954, 0175736733"; see [`opens_on_old_date`].)
            None if b.get(..start).is_some_and(acknowledged)
                && b.get(start..end).is_some_and(old_year_in)
                && !time_after(b, end) =>
            {
                Confidence::Medium
            }
            None => {
                if self
                    .asked_above(text, cands, start, end, kbit(K::DateOfBirth))
                    .is_none()
                    && self.header_kinds(text, cands, start, end, kbit(K::DateOfBirth)) == 0
                {
                    if b.get(start..end).is_some_and(old_year_in) {
                        cands.loose_date(b, start, end);
                    }
                    return None;
                }
                Confidence::Medium
            }
        };
        cands.push(Cand {
            start,
            end,
            kind: K::DateOfBirth,
            conf,
            tier: 0,
            frag: NO_FRAG,
        });
        Some(end)
    }

    fn dict_pass(&self, text: &str, cands: &mut Vec<Cand>) {
        let Some(d) = &self.dict else { return };
        for m in d.ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if alnum_char_before(text, s) || alnum_char_after(text, e) {
                continue;
            }
            let kind = d
                .kinds
                .get(m.pattern().as_usize())
                .copied()
                .unwrap_or(K::Email);
            cands.push(Cand {
                start: s,
                end: e,
                kind,
                conf: Confidence::High,
                tier: 1,
                frag: NO_FRAG,
            });
        }
    }

    fn custom_pass(&self, text: &str, cands: &mut Vec<Cand>) {
        let Some(re) = &self.custom_re else { return };
        let b = text.as_bytes();
        for m in re.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let Some(c) = self.customs.get(m.pattern().as_usize()) else {
                continue;
            };
            if e == s || e - s > c.max_len {
                continue;
            }
            if (s > 0 && is_alnum(at(b, s - 1)) && is_alnum(at(b, s)))
                || (is_alnum(at(b, e)) && e > 0 && is_alnum(at(b, e - 1)))
            {
                continue;
            }
            let Some(value) = text.get(s..e) else {
                continue;
            };
            if let Some(v) = &c.validator {
                if !v(value) {
                    continue;
                }
            }
            let mut conf = c.confidence;
            if let Some(ac) = &c.context {
                let ws = back_chars(b, s, self.window);
                let we = fwd_chars(b, e, self.window);
                let hit = ac.find_iter(b.get(ws..we).unwrap_or(&[])).any(|h| {
                    let (hs, he) = (ws + h.start(), ws + h.end());
                    he <= s || hs >= e
                });
                if hit {
                    conf = Confidence::High;
                } else if c.context_required {
                    continue;
                }
            }
            cands.push(Cand {
                start: s,
                end: e,
                kind: c.kind,
                conf,
                tier: 1,
                frag: NO_FRAG,
            });
        }
    }
}

/// Known UPI payment service provider handles.
const UPI_HANDLES: &[&[u8]] = &[
    b"upi",
    b"ybl",
    b"ibl",
    b"axl",
    b"paytm",
    b"ptyes",
    b"ptaxis",
    b"pthdfc",
    b"ptsbi",
    b"apl",
    b"yapl",
    b"rapl",
    b"okaxis",
    b"oksbi",
    b"okhdfcbank",
    b"okicici",
    b"axisbank",
    b"icici",
    b"hdfcbank",
    b"sbi",
    b"kotak",
    b"kmbl",
    b"axisb",
    b"yesbank",
    b"yesbankltd",
    b"idfcbank",
    b"idfcfirst",
    b"indus",
    b"federal",
    b"fbl",
    b"pnb",
    b"boi",
    b"barodampay",
    b"unionbank",
    b"uboi",
    b"cnrb",
    b"canarabank",
    b"ikwik",
    b"freecharge",
    b"jio",
    b"airtel",
    b"airtelpaymentsbank",
    b"postbank",
    b"waaxis",
    b"wahdfcbank",
    b"waicici",
    b"wasbi",
    b"jupiteraxis",
    b"fam",
    b"slice",
    b"abfspay",
    b"aubank",
    b"dbs",
    b"hsbc",
    b"sc",
    b"citi",
    b"citigold",
    b"rbl",
    b"idbi",
    b"iob",
    b"indianbank",
    b"centralbank",
    b"mahb",
    b"ucobank",
    b"kvb",
    b"tjsb",
    b"equitas",
    b"ratn",
    b"timecosmos",
    b"axisbiz",
    b"naviaxis",
    b"superyes",
    b"tapicici",
    b"pingpay",
    b"mbk",
    b"amazon",
    b"amazonpay",
    b"apay",
    b"groww",
    b"cred",
    b"bhim",
    b"gpay",
    b"phonepe",
    b"okbizaxis",
    b"fbpe",
    // Egypt's InstaPay payment addresses ("name@instapay") are written and
    // used the same way.
    b"instapay",
];

/// True if `v` is a web address without its scheme: lower-case labels
/// joined by dots ending in a common top-level domain, maybe a path after
/// it ("crediflex.com.br/recuperar", "meubanco.app/senha").
fn web_address(v: &[u8]) -> bool {
    const TLDS: &[&[u8]] = &[
        b"com", b"net", b"org", b"br", b"mx", b"co", b"in", b"id", b"io", b"app", b"ae", b"sa",
        b"eg", b"ph", b"pk", b"ng", b"ke", b"ar", b"cl", b"pe", b"info", b"bank", b"gov", b"uk",
        b"es", b"pt", b"my", b"sg",
    ];
    let host = v.split(|&c| c == b'/').next().unwrap_or(&[]);
    let first = host.split(|&c| c == b'.').next().unwrap_or(&[]);
    let tld = host.rsplit(|&c| c == b'.').next().unwrap_or(&[]);
    first.len() >= 2
        && first.len() < host.len()
        && TLDS.contains(&tld)
        && host.split(|&c| c == b'.').all(|l| {
            !l.is_empty()
                && l.iter()
                    .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        })
}

/// A word that looks like a password: 4 to 64 bytes with a letter or
/// digit, and a digit next to letters, or a symbol; not all digits (those
/// are classified as numbers), not an email or a URL.
/// False only if no word of `b` could hold a value that
/// [`looks_like_password`] accepts: every such value lies inside one run of
/// printable ASCII without quotes, and each condition below holds for a run
/// whenever it holds for a part of it.
fn maybe_password(b: &[u8]) -> bool {
    const DIGIT: u8 = 1;
    const LETTER: u8 = 2;
    const SYM: u8 = 4;
    /// Neither an ASCII letter nor `-` nor `.`.
    const OTHER: u8 = 8;
    const LOWER: u8 = 16;
    const INNER_UPPER: u8 = 32;
    /// Ends a run (not one of its bytes).
    const END: u8 = 64;
    /// An upper-case letter (`INNER_UPPER` when not first in its run).
    const UPPER: u8 = 128;
    const CLASS: [u8; 256] = byte_table!(|c| {
        let mut f = 0u8;
        // (Bytes of other scripts stay in the run, as neither letter nor
        // digit: a password may hold them, "Zé2024", and the search must
        // not depend on a run far away.)
        if c >= 0x80 {
            f = OTHER;
        } else if c <= b' ' || c == 0x7F || c == b'"' || c == b'\'' || c == b'`' {
            f = END;
        } else {
            if c.is_ascii_digit() {
                f |= DIGIT;
            } else if c.is_ascii_lowercase() {
                f |= LETTER | LOWER;
            } else if c.is_ascii_uppercase() {
                f |= LETTER | UPPER;
            }
            let syms = b"@#$%&*!_^~+=?/|<>{}[]-.";
            let mut k = 0;
            while k < syms.len() {
                #[expect(clippy::indexing_slicing, reason = "k < len in a const table")]
                if syms[k] == c {
                    f |= SYM;
                }
                k += 1;
            }
            if !(c.is_ascii_alphabetic() || c == b'-' || c == b'.') {
                f |= OTHER;
            }
        }
        f
    });
    let mut flags = 0u8;
    let mut len = 0usize;
    let run_ok = |flags: u8, len: usize| {
        len >= 4
            && ((flags & DIGIT != 0 && flags & LETTER != 0)
                || (flags & SYM != 0 && flags & (LETTER | DIGIT) != 0 && flags & OTHER != 0)
                || (flags & INNER_UPPER != 0 && flags & LOWER != 0))
    };
    for (i, &c) in b.iter().enumerate() {
        let mut f = CLASS.get(usize::from(c)).copied().unwrap_or(END);
        if f & END != 0 {
            if run_ok(flags, len) {
                return true;
            }
            flags = 0;
            len = 0;
            continue;
        }
        // A digit of another script is a digit, as the pass reads it
        // ("#४९८४"): else what is found would hang on an ASCII run far
        // away.
        if c >= 0xC0 && digit_at(b, i).is_some() {
            f |= DIGIT;
        }
        flags |= f & !UPPER;
        if f & UPPER != 0 && len > 0 {
            flags |= INNER_UPPER;
        }
        len += 1;
    }
    run_ok(flags, len)
}

/// Brand names written in camel case: words, not passwords.
const BRANDS: &[&[u8]] = &[
    b"whatsapp",
    b"iphone",
    b"ipad",
    b"paypal",
    b"youtube",
    b"linkedin",
    b"facebook",
    b"phonepe",
    b"gpay",
    b"mercadopago",
    b"picpay",
    // Brazil's shared cash-machine network; Algérie Poste's app.
    b"banco24horas",
    b"baridimob",
    b"nubank",
    b"bizum",
    b"gopay",
    b"shopeepay",
    b"mobikwik",
    b"netbanking",
    b"playstore",
    b"appstore",
    b"mpesa",
    // App names with digits in them.
    b"maybank2u",
    b"m-pesa",
    b"1password",
    b"yono",
    b"imobile",
];

/// True if `local` holds a run of `x` that masks digits ("6xxxxxx994"):
/// four or more, or three next to a digit.
fn x_masked(local: &[u8]) -> bool {
    let mut i = 0;
    while i < local.len() {
        let k = local
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.eq_ignore_ascii_case(&b'x'))
            .count();
        if k >= 4
            || k == 3
                && (i > 0 && at(local, i - 1).is_ascii_digit() || at(local, i + k).is_ascii_digit())
        {
            return true;
        }
        i += k.max(1);
    }
    false
}

/// Where a key starting at `i` ends: ASCII letters and digits, with single
/// `_`, `-` or `.` between them, at most 256 bytes.
fn key_end(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j - i < 256
        && (is_alnum(at(b, j))
            || (j > i && matches!(at(b, j), b'_' | b'-' | b'.') && is_alnum(at(b, j + 1))))
    {
        j += 1;
    }
    j
}

/// Card numbers that payment processors publish for testing.
const TEST_CARDS: &[&[u8]] = &[
    b"4242424242424242",
    b"4000056655665556",
    b"4111111111111111",
    b"4012888888881881",
    b"5555555555554444",
    b"5200828282828210",
    b"5105105105105100",
    b"2223003122003222",
    b"378282246310005",
    b"371449635398431",
    b"6011111111111117",
    b"6011000990139424",
    b"3056930009020004",
    b"36227206271667",
    b"3566002020360505",
    b"6200000000000005",
];

/// True if, after the word ending at `e`, a word of whose comes and then
/// a password-shaped word with a digit ("… saya 2611Nasgor").
fn owner_then_password(b: &[u8], e: usize) -> bool {
    const OWNER: [&[u8]; 9] = [
        b"saya", b"aku", b"gue", b"gw", b"my", b"meu", b"minha", b"mi", b"ku",
    ];
    let Some(rest) = b.get(e..) else {
        return false;
    };
    let mut words = rest.split(|&c| c == b' ');
    let (Some(gap), Some(owner), Some(next)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let next = next.strip_suffix(b",").unwrap_or(next);
    gap.is_empty()
        && OWNER.iter().any(|o| owner.eq_ignore_ascii_case(o))
        && looks_like_password(next)
        && next.iter().any(u8::is_ascii_digit)
}

/// True if the word starting at `vs` comes right after a word naming a
/// user name ("usuario jlopez88, clave Sole@2836"): the user, not the
/// password. (Not the user owning the password, named as its label:
/// "senha do usuário: Marcos#77".)
fn after_user_word(b: &[u8], vs: usize) -> bool {
    const USER: [&[u8]; 10] = [
        b"user",
        b"username",
        b"userid",
        b"user id",
        b"user name",
        b"id user",
        b"nama pengguna",
        b"usuario",
        "usuário".as_bytes(),
        b"login",
    ];
    const OWNER: [&[u8]; 7] = [
        b" do", b" da", b" del", b" de", b" of the", b" for", b" the",
    ];
    let head = b.get(..vs).unwrap_or(&[]).trim_ascii_end();
    let colon = head.strip_suffix(b":");
    let head = colon.unwrap_or(head).trim_ascii_end();
    USER.iter().any(|w| {
        ends_with_ci(head, w) && {
            let k = head.len() - w.len();
            let rest = head.get(..k).unwrap_or(&[]).trim_ascii_end();
            (k == 0 || !before(head, k).is_ascii_alphanumeric())
                && !(colon.is_some() && OWNER.iter().any(|o| ends_with_ci(rest, o)))
        }
    })
}

/// True if the word `b[vs..we]` (letters only) names what the password
/// right before it is for ("the password for the `HomeBanking` app is …",
/// "la clave de su `CuentaRUT`, ¿cómo …", "a senha da minha `ContaDigital`";
/// names of one word): the value comes later, if anywhere.
fn names_its_owner(b: &[u8], me: usize, vs: usize, we: usize) -> bool {
    const OF: [&[u8]; 12] = [
        b"for", b"of", b"de", b"do", b"da", b"del", b"dari", b"untuk", b"pour", b"per", b"para",
        b"pra",
    ];
    const ART: [&[u8]; 23] = [
        b"the", b"my", b"your", b"his", b"her", b"our", b"la", b"el", b"mi", b"tu", b"su", b"meu",
        b"minha", b"seu", b"sua", b"o", b"a", b"le", b"il", b"ma", b"mon", b"sa", b"son",
    ];
    let (Some(name), Some(head)) = (b.get(vs..we), b.get(me..vs)) else {
        return false;
    };
    let one_of = |w: &[u8], list: &[&[u8]]| list.iter().any(|o| w.eq_ignore_ascii_case(o));
    let mut words = head.split(|&c| c == b' ').filter(|w| !w.is_empty());
    let named = match (words.next(), words.next(), words.next()) {
        (Some(f), None, None) => one_of(f, &OF),
        (Some(f), Some(a), None) => one_of(f, &OF) && one_of(a, &ART),
        _ => false,
    };
    named && name.len() >= 3 && name.iter().all(u8::is_ascii_alphabetic)
}

/// True if the word `b[vs..we]` is an app's name (letters only) that a
/// word of whose and a full stop follow, with a strongly password-shaped
/// word in the next 48 bytes ("password Livin saya. Yang terakhir saya
/// ingat Garuda!9566").
fn app_then_owner(b: &[u8], vs: usize, we: usize) -> bool {
    // (Or the owner's word then more words: "sandi KlikBCA saya ganti
    // jadi Falcon329".)
    const OWNER: [&[u8]; 8] = [
        b" saya.", b" aku.", b" gw.", b" minha.", b" mia.", b" saya ", b" aku ", b" gw ",
    ];
    let (Some(app), Some(rest)) = (b.get(vs..we), b.get(we..)) else {
        return false;
    };
    let Some(o) = OWNER.iter().find(|o| starts_with_ci(rest, o)) else {
        return false;
    };
    // (After the owner's word and a space, a verb of changing it then a
    // password-shaped word.)
    let changed = o.ends_with(b" ");
    app.len() >= 3
        && app.iter().all(u8::is_ascii_alphabetic)
        && rest.get(o.len()..).is_some_and(|t| {
            let t = t.get(..t.len().min(48)).unwrap_or(t);
            let verb = [&b"ganti"[..], b"ubah", b"tukar"]
                .iter()
                .any(|v| contains_ci(t, v));
            t.split(|&c| c == b' ').any(|w| {
                let w = w.strip_suffix(b".").unwrap_or(w);
                if changed {
                    verb && looks_like_password(w) && w.iter().any(u8::is_ascii_digit)
                } else {
                    strong_password(w)
                }
            })
        })
}

/// The strongly password-shaped word offered as another choice right
/// after the password ending at `e` ("… Yuliana.1200 o Diego*129", "… or
/// Cusco2019$"), or named as the one it was changed to later in the
/// sentence ("… was Suresh*love75, i changed it now to Fatima#024"), if
/// any.
fn or_password(b: &[u8], e: usize) -> Option<(usize, usize)> {
    // (Or tried one after the other: "I tried Kedi.2018 and also
    // Dubai#2025", "J'ai essayé Sahara@1413 et aussi Zaatar.19$".)
    const OR: [&[u8]; 8] = [
        b" o ",
        b" or ",
        b" ou ",
        b" atau ",
        b" and also ",
        b" and then ",
        b" et aussi ",
        b" y tambi\xc3\xa9n ",
    ];
    const CHANGED: [&[u8]; 9] = [
        b"changed it to ",
        b"changed it now to ",
        b"changed to ",
        b"new one is ",
        b"mudei para ",
        b"troquei para ",
        b"cambi\xc3\xa9 a ",
        b"cambie a ",
        b"ganti jadi ",
    ];
    let t = b.get(e..)?;
    let vs = if let Some(w) = OR.iter().find(|w| starts_with_ci(t, w)) {
        e + w.len()
    } else {
        // Within 40 bytes, in the same sentence and with no other figure.
        let near = t.get(..t.len().min(40))?;
        let (at_, w) = CHANGED.iter().find_map(|w| {
            near.windows(w.len())
                .position(|x| x.eq_ignore_ascii_case(w))
                .map(|p| (p, w))
        })?;
        // (A "!" the password ends with, left out of it as punctuation:
        // "… was Mumbai$8228! and i changed it to …".)
        let gap = near.get(..at_)?;
        let gap = gap
            .strip_prefix(b"!")
            .filter(|g| {
                g.starts_with(b" ") && (!at(g, 1).is_ascii_uppercase() || g.starts_with(b" I "))
            })
            .unwrap_or(gap);
        if gap
            .iter()
            .any(|&c| c.is_ascii_digit() || matches!(c, b'.' | b'?' | b'!' | b'\n'))
        {
            return None;
        }
        e + at_ + w.len()
    };
    let ve = without_closing(b, vs, password_word_end(b, vs));
    let v = b.get(vs..ve)?;
    (looks_like_password(v) && strong_password(v)).then_some((vs, ve))
}

/// Verbs of changing a secret, each with the word that leads to the new
/// value (see [`Compiled::changed_password`]).
///
/// At most 21 phrases: each is searched in three casings, and past 64
/// patterns the automaton loses its vectorised prefilter (24 phrases made
/// the bench corpus scan 19 million instructions dearer).
const CHANGED_TO: &[&str] = &[
    // (After a verb of changing: see [`IT_TO_VERBS`].)
    "it to ",
    "changed to ",
    "reset to ",
    "changed my password to ",
    "new one is ",
    // (Then "é a", "e por", "é, ahora es" …: see [`LA_CAMBIE`].)
    "la cambi",
    "troquei pra ",
    "troquei para ",
    "mudei pra ",
    "mudei para ",
    "geändert auf ",
    "geändert in ",
    "zmieniłem na ",
    "zmieniłam na ",
    "je l'ai changé en ",
    "l'ho cambiata in ",
    "pinalitan ko na ng ",
    "pinalitan ko ng ",
    "change kar ke ",
    "badal ke ",
];

/// More phrases of [`CHANGED_TO`], searched in two casings only (as
/// written, first letter capital).
const CHANGED_TO_MORE: &[&str] = &[
    // (After a verb of changing, as "it to ".)
    "it as ",
    "current one ",
    "the new one na ",
    "le nouveau c'est ",
    "nimeibadilisha kuwa ",
    "verander na ",
    "byter till ",
    // Spanish ("ya la he cambiado a mORA*1410", "ahora puse Rocio2024$$").
    "he cambiado a ",
    "ahora puse ",
    // Malay and Indonesian, after a verb of changing ("I tukar jadi
    // hujanDeras7", "sandi saya ganti jadi Falcon329": see
    // [`JADI_VERBS`]; "jd" for short: "udh aku ganti jd Garuda959").
    "jadi ",
    "jd ",
    "tukar kepada ",
    // Hinglish glued ("change karke tiger361 kar diya").
    "change karke ",
    // Arabic, the secret's pronoun glued to the verb ("غيرتها لـ
    // Rindu$290!").
    "غيرتها لـ ",
    "غيرته لـ ",
    "غيرتها إلى ",
    "غيرته إلى ",
    "غيرتها الى ",
    "غيرته الى ",
    // Chinese, the value glued after "the password changed to" ("App密碼換成
    // Bangkok@159，但是…").
    "密碼換成",
    "密码换成",
    "密碼改成",
    "密码改成",
];

/// The verbs "jadi " follows in [`CHANGED_TO_MORE`] (one pattern for them
/// all keeps the vectorised search fast).
const JADI_VERBS: &[&[u8]] = &[
    b"tukar ",
    b"ganti ",
    b"ubah ",
    b"diganti ",
    b"diubah ",
    b"ditukar ",
];

/// The verbs "it to " follows in [`CHANGED_TO`] ("I reset it to
/// Moose.6729*", "I set it to …"; not "send it to …").
const IT_TO_VERBS: &[&[u8]] = &[
    b"changed ",
    b"change ",
    b"reset ",
    b"set ",
    b"switched ",
    b"updated ",
];

/// Words of a password that make "changed to" and "reset to" speak of
/// one.
const PASSWORD_WORDS: &[&[u8]] = &[
    b"password",
    b"passwort",
    b"passcode",
    b"pwd",
    b"senha",
    b"contrase",
    b"mot de passe",
    b"sandi",
    b"parol",
];

/// How "la cambi" goes on to the new value ("la cambié a …", "la cambie
/// por …", "la cambié, ahora es …").
const LA_CAMBIE: &[&str] = &[
    "é a ",
    "e a ",
    "é por ",
    "e por ",
    "É A ",
    "E A ",
    "É POR ",
    "E POR ",
    "é, ahora es ",
    "e, ahora es ",
    "é y ahora es ",
    "e y ahora es ",
    "é, la nueva es ",
    "e, la nueva es ",
    "é y la nueva es ",
    "e y la nueva es ",
];

/// Where a word a password may be, starting at `vs`, ends: passwords are
/// printable ASCII without quotes, at most 64 bytes; anything else ends
/// the word.
fn password_word_end(b: &[u8], vs: usize) -> usize {
    let mut ve = vs;
    while ve < b.len() && ve - vs < 64 {
        let c = at(b, ve);
        if c <= b' ' || c >= 0x7F || matches!(c, b'"' | b'\'' | b'`') {
            break;
        }
        ve += 1;
    }
    ve
}

/// The end of the word `b[vs..ve]` without the punctuation that closes a
/// clause after it ("Sunita#1975.", "Kopi54),"). Exclamation marks right
/// after a word of letters with a digit or a symbol stay its own (`Perrito2023!`,
/// `Dhaka_425!!`, `Kopi54!.`): people end passwords with them far more
/// often than they exclaim right after one, and when unsure, hide.
fn without_closing(b: &[u8], vs: usize, ve: usize) -> usize {
    let mut we = ve;
    while we > vs
        && matches!(
            at(b, we - 1),
            b'.' | b',' | b'!' | b'?' | b';' | b')' | b':'
        )
    {
        we -= 1;
    }
    // (Not after digits alone: "a senha provisória é 4772!!" exclaims.)
    let marked = b.get(vs..we).is_some_and(|w| {
        w.iter().any(u8::is_ascii_alphabetic)
            && w.iter()
                .any(|c| c.is_ascii_digit() || b"@#$%&*_".contains(c))
    });
    if marked {
        while we < ve && at(b, we) == b'!' {
            we += 1;
        }
    }
    we
}

/// What a match of a password word at `b[ms..me]` is.
enum Trigger {
    /// The start of a password, in the words after it.
    Password,
    /// A match inside a word: search again from just after its start.
    Inside,
    /// Another thing: a tracking key, a one-time password, an address.
    Other,
}

/// Reads the password word matched at `b[ms..me]`.
/// Where the rest of a record's key ends when the trigger ending at `me`
/// opens one joined by underscores (`password_sementara=Luna1782`,
/// `"senha_provisória": "…"`, `كلمة_مرور_مؤقتة=…`): the offset of the `=`
/// or `:` (or of the quote before `:`) closing it.
fn record_key_end(b: &[u8], me: usize) -> Option<usize> {
    if at(b, me) != b'_' {
        return None;
    }
    let rest = b.get(me..(me + 40).min(b.len()))?;
    let k = rest
        .iter()
        .position(|&c| !(c == b'_' || c.is_ascii_alphabetic() || c >= 0x80))?;
    let end = me + k;
    match at(b, end) {
        b'=' | b':' => Some(end),
        b'"' | b'\'' if at(b, end + 1) == b':' => Some(end),
        _ => None,
    }
}

fn password_trigger(b: &[u8], ms: usize, me: usize) -> Trigger {
    // A longest match that starts inside a word ("sa|ma password") must
    // not hide a trigger inside it: search again just after its start.
    // (A trigger in a script without spaces may be glued to the value:
    // "パスワードKakao$77".)
    if (ms > 0 && is_alnum(at(b, ms - 1)))
        || at(b, me).is_ascii_alphabetic() && at(b, me - 1) < 0x80
    {
        return Trigger::Inside;
    }
    // "clave de rastreo" (a SPEI tracking key), "clave interbancaria" (a
    // CLABE), "senha de atendimento" (a queue ticket), "senha de
    // autorização" (a health plan's approval number): no password.
    let other = b.get(me..).is_some_and(|t| {
        [
            &b" de rastreo"[..],
            b" de rsatreo",
            b" interbancaria",
            b" de atendimento",
            " de autorização".as_bytes(),
            b" de autorizacao",
            b" da guia",
        ]
        .iter()
        .any(|w| starts_with_ci(t, w))
    })
    // A word inside an e-mail's local part ("senha-ravi.k@okaxis…"), as
    // for the keywords.
    || crate::scanner::context::in_local_part(b, me)
    // "one time password": a code, not a password.
    || b.get(ms.saturating_sub(24)..ms).is_some_and(|h| {
        let h = h.trim_ascii_end();
        ends_with_ci(h, b"one time") || ends_with_ci(h, b"one-time")
    })
    // Part of an address or handle ("pw@mail.com", "pw_admin"), or of
    // what masking left of one ("pw*@****.*om").
    || matches!(at(b, me), b'@' | b'_' | b'/' | b'*') && record_key_end(b, me).is_none()
    || (at(b, me) == b'.' && is_alnum(at(b, me + 1)));
    if other {
        Trigger::Other
    } else {
        Trigger::Password
    }
}

/// True if a word naming a user or login id stands in the 24 bytes
/// before `vs` ("login id `rahul_k88`", "اسم المستخدم `karim_saeed88`"): the
/// user name, not the password.
fn user_named(b: &[u8], vs: usize) -> bool {
    let h = b.get(vs.saturating_sub(24)..vs).unwrap_or(&[]);
    [
        "user",
        "login id",
        "usuario",
        "usuário",
        "المستخدم",
        "pengguna",
        "utilisateur",
        "identifiant",
    ]
    .iter()
    .any(|w| contains_ci(h, w.as_bytes()))
}

/// How far after a password word [`Compiled::shaped_passwords`] looks.
const SHAPED_REACH: usize = 160;

/// True if `sp` may be a PIN set or changed to: four to six plain digits
/// read as a PIN, not a year or a round sum.
fn pin_shaped(sp: &Span, it: &Interps) -> bool {
    it.has(K::CardPin)
        && sp.plain()
        && (4..=6).contains(&sp.n)
        && !year_shaped(sp)
        && !sp.s().ends_with(b"000")
}

/// True if the span is no value whatever its readings: a cash-credit or
/// loan facility's number glued to "CC/" or "CC//" ("Loan a/c
/// CC/72239134432", "Préstamo: CC/0797839162", "préstamo
/// CC//559350126138"), the lender's id, unless its check digits stand
/// alone; or a year after a word placing a time in it ("faleceu em 1951 a
/// senha …", "since 2019", "tahun 2020"). (Out of line: the gate's own
/// code stays small enough to keep its readings inlined.)
#[inline(never)]
fn loan_or_year(b: &[u8], sp: &Span, it: &Interps) -> bool {
    b.get(..sp.start)
        .is_some_and(|h| ends_with_word(h, &[b"cc/", b"cc//"]))
        && !it.iter().any(|x| x.gate == Gate::Alone)
        || year_shaped(sp) && sp.plain() && year_word_before(b, sp.start)
}

/// True if the word right before `start` says a year follows ("em 1951",
/// "since 2019", "tahun 2020"); not "in" after a verb of typing ("type in
/// 2019").
fn year_word_before(b: &[u8], start: usize) -> bool {
    const YEAR: [&str; 13] = [
        "em", "in", "en", "since", "desde", "tahun", "year", "ano", "año", "until", "até", "hasta",
        "sampai",
    ];
    const TYPING: [&str; 8] = [
        "type", "typed", "key", "keyed", "put", "punch", "enter", "entered",
    ];
    word_before_in(b, start, true, &YEAR).is_some_and(|(ws, we)| {
        !(b.get(ws..we).is_some_and(|w| w.eq_ignore_ascii_case(b"in"))
            && word_before_in(b, ws, false, &TYPING).is_some())
    })
}

/// True if the word right before `start` says a time of day follows ("at",
/// "às", "jam", "pukul", "um", "alle").
fn clock_before(b: &[u8], start: usize) -> bool {
    const CLOCK: [&str; 8] = ["at", "às", "as", "jam", "pukul", "um", "alle", "around"];
    word_before_in(b, start, true, &CLOCK).is_some()
}

/// The word right before `start` (see [`word_right_before`]), its start
/// and end, when it is one of `words` in any ASCII case.
fn word_before_in(
    b: &[u8],
    start: usize,
    non_ascii: bool,
    words: &[&str],
) -> Option<(usize, usize)> {
    let (ws, we) = word_right_before(b, start, non_ascii)?;
    // (The word's ends are ASCII bytes or the text's ends: UTF-8.)
    let w = core::str::from_utf8(b.get(ws..we)?).ok()?;
    one_of(words, w).then_some((ws, we))
}

/// The word right before `start` across spaces only: its start and end.
/// Its bytes are ASCII letters, and any non-ASCII byte too when
/// `non_ascii` (a word of another script).
fn word_right_before(b: &[u8], start: usize, non_ascii: bool) -> Option<(usize, usize)> {
    let we = start
        - b.get(..start)?
            .iter()
            .rev()
            .take_while(|&&c| c == b' ')
            .count();
    let ws = we
        - b.get(..we)?
            .iter()
            .rev()
            .take_while(|&&c| c.is_ascii_alphabetic() || non_ascii && c >= 0x80)
            .count();
    Some((ws, we))
}

/// True if a candidate overlaps `[vs, we)`, asked of an index by start
/// made the first time (`ix`): a reading that asks it of every word stays
/// linear however many values a long text holds. Candidates added after
/// the index was made are not in it; the readings asking add them only
/// before the words they still read.
fn overlapped(ix: &mut Option<ByStart>, cands: &[Cand], vs: usize, we: usize) -> bool {
    let ix = ix.get_or_insert_with(|| ByStart::new(cands));
    first_near(cands, Some(ix), vs, we, |_| true).is_some()
}

/// Adds `c` unless a candidate overlaps it, asking [`overlapped`] and
/// keeping its index up to date: a pass adding values beside those found
/// stays linear however many a long text holds.
fn push_apart(ix: &mut Option<ByStart>, cands: &mut Vec<Cand>, c: Cand) {
    if overlapped(ix, cands, c.start, c.end) {
        return;
    }
    if let Some(ix) = ix {
        ix.insert(cands.len(), c.start, c.end);
    }
    cands.push(c);
}

/// A slot of [`next_symbol`] not searched yet.
const UNSEARCHED: usize = usize::MAX - 1;

/// Where the next of the symbols a password holds (`#$@!%&*_`) is at or
/// after `from`, found by three vectorised searches; `next` keeps where
/// each search last found one ([`UNSEARCHED`] before the first search,
/// `usize::MAX` when none is left), so that each byte is searched once.
fn next_symbol(b: &[u8], from: usize, next: &mut [usize; 3]) -> Option<usize> {
    for (k, slot) in next.iter_mut().enumerate() {
        if *slot == UNSEARCHED || *slot < from {
            let t = b.get(from..).unwrap_or(&[]);
            let found = match k {
                0 => memchr::memchr3(b'#', b'$', b'*', t),
                1 => memchr::memchr3(b'%', b'&', b'_', t),
                _ => memchr::memchr2(b'@', b'!', t),
            };
            *slot = found.map_or(usize::MAX, |p| from + p);
        }
    }
    next.iter().copied().min().filter(|&p| p < UNSEARCHED)
}

/// A word only a password looks like: a lower-case letter, a digit and a
/// symbol ("Sunita#1975", "Chivas#1906"), or a dot before a digit or an
/// underscore inside it (`Bluesky.343`, `GAN_86esh`).
fn strong_password(v: &[u8]) -> bool {
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    // A dot or an underscore inside, with letters on one side of it
    // ("Bluesky.343", "GAN_86esh"; not "site2.com").
    let inner = v.len() >= 7
        && v.get(1..v.len() - 1).is_some_and(|m| {
            m.contains(&b'_')
                || m.windows(2)
                    .any(|w| matches!(w, [b'.', d] if d.is_ascii_digit()))
        });
    v.len() >= 6 && lower && digit && (v.iter().any(|c| b"#$@!%&*?".contains(c)) || inner)
}

/// Words of a card payment's receipt: an authorization code among them
/// is the payment's ("Código de autorização 914614, NSU 883719388"), not
/// a one-time code.
const RECEIPT_WORDS: &[&str] = &[
    "nsu",
    "valor",
    "r$",
    "aprovad",
    "aprobad",
    "negad",
    "estabelecimento",
    "establecimiento",
    "comercio",
    "extrato",
    "extracto",
    "terminal",
    "maquininha",
    "da compra",
    "a compra",
    "la compra",
    "cartão final",
    "cartao final",
    "pago",
    "cobr",
    "monto",
    "importe",
    "peaje",
    "éxito",
];

/// A one-time code sent as an authorization code ("recebi isto:
/// \"Millennium bcp: codigo de autorizacao 537-590\"", "Código de
/// autorização: 653235. Não partilhe este código."): four to eight digits
/// (in at most two groups) right after "código de autorização" /
/// "código de autorización" or "cód. autorização", when the text shows a
/// message received and no word of a card payment's receipt
/// ([`RECEIPT_WORDS`]) is in it. At medium confidence.
fn authorization_codes(b: &[u8], cands: &mut Vec<Cand>) {
    // (Most texts hold no such word: the word lists are read only when
    // one is there.)
    if memchr::memmem::find(b, b"utoriza").is_none()
        && memchr::memmem::find(b, b"UTORIZA").is_none()
    {
        return;
    }
    // (Only a message shown as received says so: a quote, a quoted reply,
    // "recebi", "me llegó", "não partilhe", "Operação:"; "código de
    // autorização 482019" alone is the payment's.)
    // (Not an apostrophe: "don't" quotes nothing.)
    let quoted_reply = b.first() == Some(&b'>') || memchr::memmem::find(b, b"\n>").is_some();
    let received = memchr::memchr(b'"', b).is_some()
        || quoted_reply
        || [
            "“",
            "«",
            "recebi",
            "chegou",
            "recibí",
            "recibi",
            "me lleg",
            "partilhe",
            "compartilhe",
            "compartas",
            "operação:",
            "operacao:",
            "operación:",
            "operacion:",
        ]
        .iter()
        .any(|w| contains_ci(b, w.as_bytes()));
    if !received || RECEIPT_WORDS.iter().any(|w| contains_ci(b, w.as_bytes())) {
        return;
    }
    let finder = |needle: &'static [u8]| memchr::memmem::find_iter(b, needle);
    let mut ix = None;
    for p in finder(b"utoriza").chain(finder(b"UTORIZA")) {
        let Some(a) = p.checked_sub(1) else { continue };
        if !at(b, a).eq_ignore_ascii_case(&b'a') {
            continue;
        }
        let head = b.get(..a).unwrap_or(&[]);
        let named = [&b"digo de "[..], b"cod. ", b"d. ", b"digo "]
            .iter()
            .any(|h| {
                head.len() >= h.len()
                    && head
                        .get(head.len() - h.len()..)
                        .is_some_and(|t| t.eq_ignore_ascii_case(h))
            });
        if !named {
            continue;
        }
        // The rest of the word ("ção", "cao", "ción", "cion"), then ": ".
        let mut vs = p + 7;
        while vs < b.len() && (at(b, vs).is_ascii_alphabetic() || at(b, vs) >= 0x80) {
            vs += 1;
        }
        while matches!(at(b, vs), b' ' | b':') {
            vs += 1;
        }
        let mut ve = vs;
        let mut digits = 0;
        let mut groups = 1;
        while ve < b.len() {
            let c = at(b, ve);
            if c.is_ascii_digit() {
                digits += 1;
            } else if matches!(c, b' ' | b'-')
                && at(b, ve + 1).is_ascii_digit()
                && groups == 1
                && digits >= 3
            {
                groups += 1;
            } else {
                break;
            }
            ve += 1;
        }
        if (4..=8).contains(&digits) && !at(b, ve).is_ascii_alphanumeric() {
            push_apart(&mut ix, cands, Cand::context(vs, ve, K::Otp));
        }
    }
}

/// Phrases that say the word right before them is a password ("is
/// Marrakech#2291 a strong enough password?", "Gatito#88 es mi contraseña").
const PASSWORD_AFTER: &[&str] = &[
    " a strong enough password",
    " a strong password",
    " a good password",
    " a good enough password",
    " a secure password",
    " a safe password",
    " strong enough as a password",
    " is my password",
    " was my password",
    " is my new password",
    " was my old password",
    " é minha senha",
    " é a minha senha",
    " era minha senha",
    " é uma senha forte",
    " é uma senha segura",
    " es mi contraseña",
    " era mi contraseña",
    " es una contraseña segura",
    " es mi clave",
];

/// A password named by a phrase right after it ([`PASSWORD_AFTER`]): the
/// word before it, six to 64 printable characters with a letter and a
/// digit or a symbol, no address or link, nothing found there already.
/// Asked only when a password word is in the text.
fn named_after(b: &[u8], cands: &mut Vec<Cand>) {
    // Each phrase ends in one of these words, found (past their first
    // letter, whatever its case) by a vectorised search; the phrases are
    // compared only where one ends. (Comparing them at every space cost
    // 1.4% of a scan of the benchmark corpus.)
    let ends = [&b"assword"[..], b"enha", "ontraseña".as_bytes(), b"lave"]
        .into_iter()
        .flat_map(|w| memchr::memmem::find_iter(b, w).map(move |k| k + w.len()));
    let phrase_starts = ends.flat_map(|end| {
        PASSWORD_AFTER.iter().filter_map(move |p| {
            let ps = end.checked_sub(p.len())?;
            (b.get(ps..end)
                .is_some_and(|t| t.eq_ignore_ascii_case(p.as_bytes()))
                && !at(b, end).is_ascii_alphabetic())
            .then_some(ps)
        })
    });
    let mut ix = None;
    for ps in phrase_starts {
        let mut vs = ps;
        while vs > 0 && at(b, vs - 1) > b' ' && at(b, vs - 1) < 0x7F && ps - vs < 64 {
            vs -= 1;
        }
        while matches!(at(b, vs), b'"' | b'\'' | b'`') && vs < ps {
            vs += 1;
        }
        let mut we = ps;
        while we > vs && matches!(at(b, we - 1), b'"' | b'\'' | b'`' | b',') {
            we -= 1;
        }
        let Some(v) = b.get(vs..we) else { continue };
        let letter = v.iter().any(u8::is_ascii_alphabetic);
        let digit_or_symbol = v
            .iter()
            .any(|c| c.is_ascii_digit() || b"#$@!%&*_?.-".contains(c));
        let address = v.contains(&b'/')
            || memchr::memchr(b'@', v)
                .is_some_and(|k| v.get(k + 1..).is_some_and(|d| d.contains(&b'.')));
        if (6..=64).contains(&v.len())
            && letter
            && digit_or_symbol
            && !address
            && (vs == 0 || at(b, vs - 1) <= b' ')
        {
            push_apart(&mut ix, cands, Cand::said(vs, we, K::Password, false));
        }
    }
}

/// A password given as the answer to a quoted question asking for it
/// ("> what's the password you set?\nKiwi.4919x"): a line quoted with
/// ">" naming a password ([`PASSWORD_WORDS`]) and ending in "?", then a
/// line, not quoted, that is one word only a password looks like (see
/// [`strong_password`]). At high confidence, where nothing was found.
fn quoted_answer_password(b: &[u8], cands: &mut Vec<Cand>) {
    if b.first() != Some(&b'>') && memchr::memmem::find(b, b"\n>").is_none() {
        return;
    }
    let mut ix = None;
    // (Whether the line before asked, and where this line starts.)
    let (mut asked, mut ls) = (false, 0);
    for line in b.split(|&c| c == b'\n') {
        let quoted = line.first() == Some(&b'>');
        let v = line.trim_ascii();
        if asked
            && !quoted
            && !v.contains(&b' ')
            && strong_password(v)
            && looks_like_password(v)
            && !masked_remnant(v)
        {
            let vs = ls + (line.len() - line.trim_ascii_start().len());
            push_apart(
                &mut ix,
                cands,
                Cand::said(vs, vs + v.len(), K::Password, true),
            );
        }
        asked = quoted
            && line.trim_ascii_end().last() == Some(&b'?')
            && PASSWORD_WORDS.iter().any(|w| contains_ci(line, w));
        ls += line.len() + 1;
    }
}

/// Phrases saying digits are typed one at a time ("here are the digits
/// one by one:", "tá aqui número por número:", "aku ketik satu2 ya:").
const ONE_BY_ONE: &[&[u8]] = &[
    b"one by one",
    b"digit by digit",
    b"one at a time",
    b"separately",
    "número por número".as_bytes(),
    b"numero por numero",
    "dígito por dígito".as_bytes(),
    b"digito por digito",
    b"um por um",
    b"uno por uno",
    b"separado",
    b"satu2",
    b"satu-satu",
    b"satu satu",
    b"ek ek karke",
    b"wa7da wa7da",
    "رقم رقم".as_bytes(),
];

/// A code typed one digit at a time after a phrase saying so
/// ([`ONE_BY_ONE`], within 48 bytes before): four to eight single digits,
/// each set apart by one space, the run standing alone ("te lo paso
/// separado 2 7 4 2"). At medium confidence, where nothing was found.
/// Asked only of texts whose chains hold such a run.
fn one_by_one(b: &[u8], cands: &mut Vec<Cand>) {
    let digit = |k: usize| at(b, k).is_ascii_digit();
    let mut ix = None;
    let mut i = 0;
    while i + 6 < b.len() {
        if !(digit(i) && at(b, i + 1) == b' ' && digit(i + 2)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut n = 1;
        while at(b, i + 1) == b' ' && digit(i + 2) && !is_alnum(at(b, i + 3)) {
            i += 2;
            n += 1;
        }
        // (Not the tail of a longer run of digits and spaces.)
        let joined = start >= 2 && before(b, start) == b' ' && digit(start - 2);
        let alone = !(is_alnum(before(b, start)) || joined || is_alnum(at(b, i + 1)));
        if alone && (4..=8).contains(&n) {
            let head = b.get(start.saturating_sub(48)..start).unwrap_or(&[]);
            if ONE_BY_ONE.iter().any(|p| contains_ci(head, p)) {
                push_apart(&mut ix, cands, Cand::context(start, i + 1, K::Otp));
            }
        }
        i += 1;
    }
}

/// Codes listed after one found, each as long as it and set apart by one
/// space ("backup codes: 99262456 89673209 22189532"): the numbers of the
/// code's length that follow it so, each standing alone, are codes too,
/// at its confidence, over any account or reading without a check read
/// across them. Codes of six digits or more only.
fn listed_codes(b: &[u8], cands: &mut Vec<Cand>) {
    let mut codes: Vec<Cand> = cands
        .iter()
        .filter(|c| {
            c.kind == K::Otp
                && c.end - c.start >= 6
                && at(b, c.end) == b' '
                && b.get(c.start..c.end)
                    .is_some_and(|v| v.iter().all(u8::is_ascii_digit))
        })
        .copied()
        .collect();
    if codes.is_empty() {
        return;
    }
    codes.sort_unstable_by_key(|c| c.start);
    let ix = ByStart::new(cands);
    let (mut drop, mut listed, mut heads) = (Vec::new(), Vec::new(), Vec::new());
    // (Where the last list read ends: a code inside it starts none, so
    // each byte is read once however long the list.)
    let mut read_to = 0;
    for c in codes {
        if c.start < read_to {
            continue;
        }
        let n = c.end - c.start;
        let (mut k, from) = (c.end, listed.len());
        let mut over = Vec::new();
        let mut checked_over = false;
        while at(b, k) == b' ' {
            let (s, e) = (k + 1, k + 1 + n);
            if !b
                .get(s..e)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                || is_alnum(at(b, e))
                || matches!(at(b, e), b'-' | b'.' | b'/' | b',') && at(b, e + 1).is_ascii_digit()
            {
                break;
            }
            for i in ix.overlapping(cands, s, e) {
                match cands.get(i) {
                    Some(x) if x.start >= c.end => {
                        checked_over |= x.tier > 0 && x.kind != K::BankAccount;
                        over.push(i);
                    }
                    _ => {}
                }
            }
            listed.push(Cand {
                start: s,
                end: e,
                frag: NO_FRAG,
                ..c
            });
            k = e;
        }
        read_to = k;
        // (A value with a check of its own read across them stands.)
        if checked_over {
            listed.truncate(from);
            continue;
        }
        if listed.len() > from {
            drop.extend(over);
            // (Each code explains the next: none is a fragment.)
            if let Some(j) = first_near(cands, Some(&ix), c.start, c.end, |y| {
                (y.start, y.end, y.kind) == (c.start, c.end, K::Otp)
            }) {
                heads.push(j);
            }
        }
    }
    for &j in &heads {
        if let Some(y) = cands.get_mut(j) {
            y.frag = NO_FRAG;
        }
    }
    drop.sort_unstable();
    drop_marked(cands, |i| drop.binary_search(&i).is_ok());
    cands.extend(listed);
}

/// Passwords listed after one found ("tried `Qwerty_859*` and also
/// Tigre1758", "Baka Mama1982! or ganda807", "`Dodgers910!` and then
/// lDVwfA8rsT"): after a password, one or two words joining a list or
/// a sequence ("and", "or", "then", "ou", "atau" …), then a word of six to
/// 64 printable characters with lower-case letters and a digit, no
/// address, no amount and nothing found already. At medium confidence.
fn listed_passwords(b: &[u8], cands: &mut Vec<Cand>) {
    // (And "to", "para", "ke": from the old one to the new, "from
    // Ganda*2009 to ChikoyCebu793".)
    // (And "new", "baru", "nova" …: the old one, then the new, "lama
    // keren27#, baru flamengo8142".)
    const JOINTS: [&[u8]; 22] = [
        b"and", b"or", b"then", b"also", b"ou", b"o", b"e", b"y", b"atau", b"dan", b"ya", b"aur",
        b"oder", b"und", b"to", b"para", b"ke", b"new", b"baru", b"nova", b"nueva", b"naya",
    ];
    const AR_JOINTS: [&str; 5] = ["والجديدة", "والجديد", "الجديدة", "الجديد", "و"];
    let quote = |c: u8| matches!(c, b' ' | b'"' | b'\'' | b',' | b'!');
    let ends: Vec<usize> = cands
        .iter()
        .filter(|c| c.kind == K::Password)
        .map(|c| c.end)
        .collect();
    let mut ix = None;
    for end in ends {
        let mut i = end;
        let mut joints = 0;
        loop {
            while quote(at(b, i)) {
                i += 1;
            }
            let e = i + b.get(i..).map_or(0, |r| {
                r.iter().take_while(|c| c.is_ascii_alphabetic()).count()
            });
            let w = b.get(i..e).unwrap_or(&[]);
            if joints < 2 && !is_alnum(at(b, e)) && JOINTS.iter().any(|j| w.eq_ignore_ascii_case(j))
            {
                joints += 1;
                i = e;
                continue;
            }
            // (Arabic "and the new one": "القديمة Baha350AR والجديدة
            // majlis_51*".)
            if joints < 2 {
                let rest = b.get(i..).unwrap_or(&[]);
                if let Some(j) = AR_JOINTS
                    .iter()
                    .find(|j| rest.starts_with(j.as_bytes()) && quote(at(rest, j.len())))
                {
                    joints += 1;
                    i += j.len();
                    continue;
                }
            }
            break;
        }
        if joints == 0 {
            continue;
        }
        let vs = i;
        // (Closing punctuation is no part of it: "… Tigre1758.")
        let ve = printable_end(b, vs, b".,;:)\"'?");
        let Some(v) = b.get(vs..ve) else { continue };
        let letters = v.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let shaped = (6..=64).contains(&v.len())
            && letters >= 3
            && v.iter().any(u8::is_ascii_lowercase)
            && v.iter().any(u8::is_ascii_digit)
            && !is_alnum(at(b, ve))
            // (Or the Arabic comma: "… والجديدة majlis_51*، …".)
            && (at(b, ve) < 0x80 || b.get(ve..).is_some_and(|t| t.starts_with("،".as_bytes())))
            && !v.contains(&b'/')
            && !(v.contains(&b'@') && v.contains(&b'.'))
            && !masked_remnant(v)
            && looks_like_password(v);
        if shaped {
            push_apart(&mut ix, cands, Cand::said(vs, ve, K::Password, false));
        }
    }
}

/// Where the word of printable ASCII starting at `vs` ends (at most 64
/// bytes), without the closing punctuation in `trim` at its end.
fn printable_end(b: &[u8], vs: usize, trim: &[u8]) -> usize {
    let mut ve = vs;
    while at(b, ve) > b' ' && at(b, ve) < 0x7F && ve - vs < 64 {
        ve += 1;
    }
    while ve > vs && trim.contains(&at(b, ve - 1)) {
        ve -= 1;
    }
    ve
}

/// What masking leaves of a value: a label, placeholder or token
/// (`<CARD_NUMBER>`, `<EMAIL_1>`, `<IBAN#…>`, `<UPI_ID@…>`) or a run of
/// three equal mask characters ("53************06", "#####").
fn masked_remnant(v: &[u8]) -> bool {
    (v.len() >= 3 && v.first() == Some(&b'<') && v.last() == Some(&b'>'))
        || v.windows(3)
            .any(|w| matches!(w, [a, b, c] if a == b && b == c && !a.is_ascii_alphanumeric()))
}

/// A word of Arabic typed in Latin letters, with digits for the sounds
/// Latin lacks ("3am", "yeb3atli", "et2afal", "taba3"): lower-case letters
/// and at most two of the digits 2, 3, 5, 7, 9; with `strong`, a digit
/// must come before a letter (a trailing digit is also how weak passwords
/// end).
fn arabizi(w: &[u8], strong: bool) -> bool {
    let letters = w.iter().filter(|c| c.is_ascii_lowercase()).count();
    let digits = w.iter().filter(|c| c.is_ascii_digit()).count();
    letters >= 2
        && (1..=2).contains(&digits)
        && letters + digits == w.len()
        && w.iter()
            .all(|c| c.is_ascii_lowercase() || matches!(c, b'2' | b'3' | b'5' | b'7' | b'9'))
        && (!strong
            || w.windows(2)
                .any(|p| matches!(p, [d, l] if d.is_ascii_digit() && l.is_ascii_lowercase())))
}

/// True if a word within `reach` bytes of `b[vs..ve]`, other than that one,
/// is strongly Arabizi ([`arabizi`]): the chat is Arabic in Latin letters.
fn arabizi_around(b: &[u8], vs: usize, ve: usize, reach: usize) -> bool {
    let lo = vs.saturating_sub(reach);
    let hi = (ve + reach).min(b.len());
    let sep = |c: &u8| !c.is_ascii_alphanumeric();
    // Words cut at the bound are skipped: the outer piece of each side,
    // when a letter or digit lies beyond the bound (not the first word of
    // the text: "3amalt reset lel password w 7atet Amal@2014").
    let cut_lo = usize::from(lo > 0 && before(b, lo).is_ascii_alphanumeric());
    let cut_hi = usize::from(at(b, hi).is_ascii_alphanumeric());
    b.get(lo..vs)
        .is_some_and(|t| t.split(sep).skip(cut_lo).any(|w| arabizi(w, true)))
        || b.get(ve..hi)
            .is_some_and(|t| t.rsplit(sep).skip(cut_hi).any(|w| arabizi(w, true)))
}

/// Arabizi words for "of" / "mine" ("el password bta3i", "el code
/// dyali"): never a password, whatever the words around them.
const ARABIZI_OF: [&[u8]; 22] = [
    b"bta3", b"bta3i", b"bta3y", b"bta3ti", b"btaa3i", b"beta3", b"beta3i", b"beta3y", b"bita3i",
    b"taba3", b"taba3i", b"ta3i", b"ta3y", b"mta3i", b"mte3i", b"dyal", b"dyali", b"diali",
    b"bta3t", b"beta3t", b"bta3et", b"beta3et",
];

/// True if `v` is a word of four to twelve capitals followed by one to six
/// digits ("RAVI1408", "MUMBAI2024"): a password typed in capitals when its
/// trigger stands right before it.
fn caps_password(v: &[u8]) -> bool {
    let letters = v.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = v.len() - letters;
    (4..=12).contains(&letters)
        && (1..=6).contains(&digits)
        && v.get(letters..)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

fn looks_like_password(v: &[u8]) -> bool {
    if v.len() < 4 || v.len() > 64 {
        return false;
    }
    let digit = v.iter().any(u8::is_ascii_digit);
    let letter = v.iter().any(u8::is_ascii_alphabetic);
    let sym = v.iter().any(|c| b"@#$%&*!_^~+=?/|<>{}[]-.".contains(c));
    if !letter && (!digit || !sym) {
        return false;
    }
    if v.starts_with(b"http") || v.starts_with(b"www.") || web_address(v) {
        return false;
    }
    // "$12,000.00", "R$3.145.896,66", "1.250,00", "12-03-2025", "10:30":
    // an amount, a date, a time or a grouped number; "ts=1767096880525": a
    // logged field.
    let head = v
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || **c == b'_')
        .count();
    let body = match v.get(head..) {
        Some([b'=', rest @ ..]) if head <= 12 => rest,
        // "R$3.145", "US$120" (but "Beirut$1975" and "Par$1780" are
        // passwords: a currency's letters are capitals).
        Some([b'$', rest @ ..]) if head <= 3 && v.iter().take(head).all(u8::is_ascii_uppercase) => {
            rest
        }
        // "Rs.12,322", "Rp.50.000", "Dh.300": a currency's abbreviation.
        Some([b'.', rest @ ..])
            if v.get(..head).is_some_and(|h| {
                [
                    &b"rs"[..],
                    b"rp",
                    b"dh",
                    b"tk",
                    b"rm",
                    b"ksh",
                    b"kes",
                    b"inr",
                    b"idr",
                ]
                .iter()
                .any(|c| h.eq_ignore_ascii_case(c))
            }) =>
        {
            rest
        }
        Some(rest) if head == 0 => rest,
        _ => &[],
    };
    // (A rate: "S$5,000/month", "$12/hr".)
    let body = match body.iter().rposition(|&c| c == b'/') {
        Some(k)
            if k > 0
                && body.get(k + 1..).is_some_and(|u| {
                    (2..=5).contains(&u.len()) && u.iter().all(u8::is_ascii_lowercase)
                }) =>
        {
            body.get(..k).unwrap_or(&[])
        }
        _ => body,
    };
    if !body.is_empty()
        && body
            .iter()
            .all(|c| c.is_ascii_digit() || b"$.,-/:".contains(c))
    {
        return false;
    }
    // "5h14", "16h53": a time of day.
    let h = v.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&h)
        && matches!(v.get(h), Some(b'h' | b'H'))
        && v.len() == h + 3
        && v.get(h + 1..)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
    {
        return false;
    }
    // "88,7%", "v9.14.0", "POL-4498-2740": a rate, a version, an id.
    let pct = v.last() == Some(&b'%');
    let version = v
        .iter()
        .skip(usize::from(v.first() == Some(&b'v')))
        .all(|c| c.is_ascii_digit() || *c == b'.')
        && v.contains(&b'.');
    let upper_id = v.contains(&b'-')
        && v.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'-');
    // "Banking-App", "Online-Zugang": a compound of capitalised words.
    let compound = v.contains(&b'-')
        && v.split(|&c| c == b'-').all(|w| {
            w.first().is_some_and(u8::is_ascii_uppercase) && w.iter().all(u8::is_ascii_alphabetic)
        });
    // "chat/telepon", "sms/email", "SMS/WhatsApp": words of letters
    // offered as alternatives (a name may hold one more capital, an
    // acronym is all capitals).
    let alternatives = v.contains(&b'/')
        && v.split(|&c| c == b'/').all(|w| {
            w.len() >= 2
                && w.iter().all(u8::is_ascii_alphabetic)
                && (w.iter().skip(1).filter(|c| c.is_ascii_uppercase()).count() <= 1
                    || w.len() <= 5 && w.iter().all(u8::is_ascii_uppercase))
        });
    // "6-digit", "6-stellige", "8-caratteri": what the password is made
    // of, said in brackets after its word.
    let count_of = v
        .iter()
        .position(|&c| c == b'-')
        .filter(|&k| (1..=2).contains(&k))
        .is_some_and(|k| {
            v.get(..k).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && v.get(k + 1..)
                    .is_some_and(|w| w.len() >= 4 && w.iter().all(u8::is_ascii_lowercase))
        });
    if (pct && v.iter().all(|c| c.is_ascii_digit() || b".,%".contains(c)))
        || version
        || upper_id
        || compound
        || alternatives
        || count_of
    {
        return false;
    }
    // "XXXX-XXXX-XXXX-4101", "4389-xxxx-xxxx-2210": a masked card; a
    // UUID is an id.
    if v.windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"XXXX") || w == b"****")
        || (v.len() == 36 && is_uuid_at(v, 0))
    {
        return false;
    }
    // An address ("ana.souza@hotmail.com"): a dot after the "@" and a top
    // level domain of letters after the last one ("s@kura.740" is no
    // address).
    if let Some(a) = v.iter().position(|&c| c == b'@') {
        let domain = v.get(a + 1..).unwrap_or(&[]);
        let tld = domain
            .iter()
            .rposition(|&c| c == b'.')
            .and_then(|d| domain.get(d + 1..));
        if tld.is_some_and(|t| t.len() >= 2 && t.iter().all(u8::is_ascii_alphabetic)) {
            return false;
        }
    }
    let lower = v.iter().any(u8::is_ascii_lowercase);
    if !lower && !sym {
        // "JX1577558461": an upper-case reference, not a password.
        return false;
    }
    if BRANDS.iter().any(|w| w.eq_ignore_ascii_case(v)) {
        return false;
    }
    // "e-Devlet", "m-Pesa", "i-Banking": the name of a service.
    if let Some(d) = v.iter().position(|&c| c == b'-') {
        let (pre, name) = (v.get(..d).unwrap_or(&[]), v.get(d + 1..).unwrap_or(&[]));
        if (1..=2).contains(&pre.len())
            && pre.iter().all(u8::is_ascii_lowercase)
            && name.first().is_some_and(u8::is_ascii_uppercase)
            && name
                .iter()
                .skip(1)
                .all(|c| c.is_ascii_lowercase() || *c >= 0x80)
        {
            return false;
        }
    }
    let inner_upper = v.iter().skip(1).any(u8::is_ascii_uppercase) && lower;
    (digit && letter)
        || (sym
            && (letter || digit)
            && !v
                .iter()
                .all(|c| c.is_ascii_alphabetic() || *c == b'-' || *c == b'.'))
        || inner_upper
}

/// The last turn mark in `b[ls..start]` of a transcript typed on one line:
/// a question mark (also Arabic "؟", looked for only when the text holds
/// one: `arabic_q`), a slash or bar between spaces, or a full stop before
/// the customer's label ("… batayein. Customer: …"), followed by spaces.
/// Returns the end of the question (after its mark; before a slash or bar)
/// and the start of the next turn.
fn turn_mark(
    b: &[u8],
    ls: usize,
    start: usize,
    arabic_q: bool,
    dot_turn: bool,
    danda: bool,
) -> Option<(usize, usize)> {
    let seg = b.get(ls..start)?;
    let q = memchr::memrchr3(b'?', b'/', b'|', seg)
        .into_iter()
        .chain(
            arabic_q
                .then(|| memchr::memmem::rfind(seg, "؟".as_bytes()))
                .flatten(),
        )
        .chain(
            dot_turn
                .then(|| memchr::memrchr_iter(b'.', seg).find(|&p| at(seg, p + 1) == b' '))
                .flatten(),
        )
        .chain(
            danda
                .then(|| memchr::memmem::rfind(seg, DANDA.as_bytes()))
                .flatten(),
        )
        .max()?;
    let mark = at(seg, q);
    let (qe, after) = match mark {
        // The Devanagari full stop, then the customer.
        0xE0 if danda_at(seg, q) && party_next(b, ls + q + DANDA.len() + 1) => {
            (ls + q + DANDA.len(), ls + q + DANDA.len())
        }
        b'?' => (ls + q + 1, ls + q + 1),
        // A request ending in a full stop, then the customer ("Kripya janam
        // tithi batayein. Customer: …"); not an abbreviation or a number
        // ("Rs. 500"), nor any other label ("… WhatsApp. Central: 4004…").
        // (A masked value may end the request: "… berakhiran XXXX4152.
        // Nasabah: iya 9702254152".)
        b'.' if q > 0 && at(seg, q - 1).is_ascii_alphanumeric() && party_next(b, ls + q + 2) => {
            (ls + q + 1, ls + q + 1)
        }
        b'/' | b'|' if q > 0 && at(seg, q - 1) == b' ' => (ls + q - 1, ls + q + 1),
        // (A danda not before the customer's label.)
        b'.' | b'/' | b'|' | 0xE0 => return None,
        _ => (ls + q + 2, ls + q + 2),
    };
    let mut s2 = after;
    while at(b, s2) == b' ' {
        s2 += 1;
    }
    (s2 > after).then_some((qe, s2))
}

/// The role and where the text begins in a bot log's line of JSON:
/// `{"ts": "…", "role": "user", "text": "…"}` (the role before the text,
/// either key's value a string).
fn json_speaker(line: &[u8]) -> Option<(&[u8], usize)> {
    if line.first() != Some(&b'{') {
        return None;
    }
    // (The keys are looked for near the start only: a long line is read
    // once per candidate in it.)
    let head = line.get(..line.len().min(160))?;
    // The offset just past the opening quote of `key`'s string value.
    let value = |key: &[u8]| {
        let k = memchr::memmem::find(head, key)?;
        let mut v = k + key.len();
        while matches!(at(line, v), b' ' | b':') {
            v += 1;
        }
        (at(line, v) == b'"').then_some(v + 1)
    };
    let r = value(b"\"role\"").or_else(|| value(b"\"from\""))?;
    let t = value(b"\"text\"").or_else(|| value(b"\"message\""))?;
    let close = memchr::memchr(b'"', head.get(r..)?)?;
    let name = head.get(r..r + close)?;
    (t > r + close && (1..=24).contains(&name.len())).then_some((name, t))
}

/// The role and where the text begins in a log's line of CSV: a time
/// stamp, the role and the text, joined by semicolons or commas
/// (`2023-10-10 07:54:54;customer;978 154 198`, `2024-12-09
/// 08:36,cust,"१३९५"`: the text after its opening quote).
fn csv_speaker(line: &[u8]) -> Option<(&[u8], usize)> {
    let p = memchr::memchr2(b';', b',', line.get(..line.len().min(40))?)?;
    let sep = *line.get(p)?;
    let stamp = line.get(..p)?;
    let stamped = stamp.iter().any(u8::is_ascii_digit)
        && stamp.contains(&b':')
        && stamp.iter().all(|&c| {
            c.is_ascii_digit() || matches!(c, b'-' | b'/' | b':' | b' ' | b'.' | b'T' | b'Z')
        });
    if !stamped {
        return None;
    }
    let rest = line.get(p + 1..)?;
    let q = memchr::memchr(sep, rest.get(..rest.len().min(25))?)?;
    let name = rest.get(..q)?.trim_ascii();
    let plain = name
        .iter()
        .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'_' | b'.'));
    let said = p + 1 + q + 1;
    let said = if line.get(said) == Some(&b'"') {
        said + 1
    } else {
        said
    };
    (!name.is_empty() && plain).then_some((name, said))
}

/// True if the Devanagari full stop "।" starts at `i`.
fn danda_at(b: &[u8], i: usize) -> bool {
    b.get(i..i + DANDA.len()) == Some(DANDA.as_bytes())
}

/// True if a customer's speaker label ("Customer:", "Nasabah :") starts at
/// `i`, after spaces.
fn party_next(b: &[u8], i: usize) -> bool {
    let i = skip_spaces(b, i);
    PARTIES.iter().any(|p| {
        b.get(i..i + p.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(p.as_bytes()))
            && matches!(at(b, skip_spaces(b, i + p.len())), b':')
    })
}

/// The speaker's name of the transcript line `b[ls..le]` ("Agent: ...",
/// "[3/12/24, 8:41 PM] Tunde: ...") and where what they said begins.
fn speaker(b: &[u8], ls: usize, le: usize) -> Option<(&[u8], usize)> {
    let line = b.get(ls..le)?;
    // A transcript forwarded as a quote ("> Zeynep: 32478717920"): the
    // line after the quote mark.
    if line.starts_with(b"> ") && line.get(2).is_some_and(|&c| c != b' ' && c != b'>') {
        return speaker(b, ls + 2, le);
    }
    // A bot log's line of JSON (`{"ts": "…", "role": "user", "text":
    // "454 442 749"}`) or of CSV (`2023-10-10 07:54:54;customer;978 154
    // 198`): the role is the speaker.
    if let Some((name, said)) = json_speaker(line).or_else(|| csv_speaker(line)) {
        return Some((name, ls + said));
    }
    // "10:34 · Kemal Silva (customer)": the time, a middle dot and the
    // name, what they said on the lines below. (The dot is read as a full
    // stop in the folded copy.)
    if memchr::memmem::find(line, b" . ").is_some() {
        if let Some(name) = name_then_time(line) {
            return Some((name, le));
        }
    }
    let i = if line.first() == Some(&b'[') {
        let close = memchr::memchr(b']', line.get(..line.len().min(40))?)?;
        // ("[Bank Bot]: …": the name in the brackets, no time.)
        let named = line.get(close + 1) == Some(&b':')
            && !line.get(..close)?.iter().any(u8::is_ascii_digit);
        let mut i = if named { 0 } else { close + 1 };
        while line.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    } else {
        match export_stamp(line) {
            // "14:04 CS Kartu: …", "11/5/24 6:23 AM Eu: …": a time, maybe
            // after a date, before the name.
            0 => loose_stamp(line),
            st => st,
        }
    };
    let head = line.get(i..line.len().min(i + 48))?;
    // "[18:16] <customer> 9507072060", "<agent:Priya> …": a chat log's
    // nick in angle brackets; or after a stamp, in square ones
    // ("2024-03-04 20:28:30 [USER] 482913").
    let nick = match head.first() {
        Some(b'<') => Some(b'>'),
        Some(b'[') if i > 0 => Some(b']'),
        _ => None,
    };
    let nick = nick.and_then(|shut| {
        let rest = head.get(1..)?;
        let close = memchr::memchr(shut, rest)?;
        let name = rest.get(..close)?;
        let plain = name
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b'_' | b'.' | b':' | b'-'));
        (!name.is_empty() && plain && rest.get(close + 1) == Some(&b' '))
            .then_some((name, ls + i + 1 + close + 2))
    });
    if nick.is_some() {
        return nick;
    }
    // "USER> pin galat bata raha hai", "AGENT> …": a role and an arrow.
    if let Some(p) = memchr::memmem::find(head.get(..head.len().min(26))?, b"> ") {
        let name = head.get(..p)?;
        let plain = name
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'_'));
        let words = name.split(|&c| c == b' ').filter(|w| !w.is_empty()).count();
        if plain && (1..=3).contains(&words) && name.first() != Some(&b' ') {
            return Some((name, ls + i + p + 2));
        }
    }
    // "Carlos 20:46:11", "Customer 16:50:08", "+57 320 8391101 09:26": a
    // name and the time alone on a line, what they said on the lines below.
    if i == 0 {
        if let Some(name) = name_then_time(line) {
            return Some((name, le));
        }
    }
    // "18:44 | +234 805 977 1165 | 002393", "12:14 | Geeta (cust) | …": a
    // log's columns, the speaker (a name or a number) between bars.
    if i > 0 {
        if let Some(rest) = head.strip_prefix(b"| ") {
            let p = memchr::memmem::find(rest, b" | ")?;
            let name = rest.get(..p)?.trim_ascii();
            return (!name.is_empty()).then_some((name, ls + i + 2 + p + 2));
        }
        // "11:43:07  Customer          | 455526611": an agent console's
        // columns, the name padded with spaces before one bar (not a
        // speaker's name holding a bar: "[…] Joy | OCBC: Thanks.").
        if let Some(p) = memchr::memmem::find(head, b"  | ") {
            let name = head.get(..p)?.trim_ascii();
            let plain = name
                .iter()
                .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'.' | b'(' | b')'));
            if !name.is_empty() && plain {
                return Some((name, ls + i + p + 4));
            }
        }
    }
    // "Olivia Mensah (20:58): …": the time in parentheses after the name;
    // or an arrow after them, "Kayla (04:07) > its 918".
    let after_time = memchr::memmem::find(head, b"): ")
        .map(|p| (p, 1))
        .or_else(|| memchr::memmem::find(head, b") > ").map(|p| (p, 2)));
    let timed = after_time.and_then(|(p, mark)| {
        let open = memchr::memrchr(b'(', head.get(..p)?)?;
        let inside = head.get(open + 1..p)?;
        (inside.contains(&b':')
            && inside.first().is_some_and(u8::is_ascii_digit)
            && inside.iter().all(|&c| {
                c.is_ascii_digit()
                    || matches!(
                        c,
                        b':' | b' ' | b'.' | b'A' | b'P' | b'M' | b'a' | b'p' | b'm'
                    )
            }))
        .then(|| {
            (
                head.get(..open).map_or(&[][..], <[u8]>::trim_ascii_end),
                i + p + mark,
            )
        })
    });
    let (name, colon) = if let Some(x) = timed {
        x
    } else if let Some(p) = memchr::memchr(b':', line.get(i..line.len().min(i + 40))?) {
        let colon = i + p;
        (line.get(i..colon)?, colon)
    } else {
        // "BOT - ¿Cuál es tu número…", "YO - 3328252529": a name and a dash.
        let (name_end, said) = dash_speaker(b, ls + i, le)?;
        return Some((b.get(ls + i..name_end)?, said - 1));
    };
    // A short greeting may open the line ("bom dia, Atendente: …").
    let name = match memchr::memrchr(b',', name) {
        Some(p) if p <= 16 => {
            let (greet, rest) = (name.get(..p)?, name.get(p + 1..)?);
            if greet.iter().any(u8::is_ascii_digit) || rest.first() != Some(&b' ') {
                return None;
            }
            rest.trim_ascii_start()
        }
        _ => name,
    };
    // A name in brackets ("[Bank Bot]: …", "06/02/24 08:47 [You]: …"), or
    // in WhatsApp's bold or italics ("*Sari*: …", "_Agent_: …").
    let name = [(b'[', b']'), (b'*', b'*'), (b'_', b'_')]
        .iter()
        .find_map(|&(open, close)| {
            name.strip_prefix(&[open])
                .and_then(|n| n.strip_suffix(&[close]))
        })
        .unwrap_or(name);
    // Agents of a business account carry its name ("Chris - Wells Fargo",
    // "Karthik (Paytm Help)", "Sarah | Support").
    // Or the customer's number, as exports name unsaved contacts ("+234
    // 803 365 8254 (14:31): …", "61XXXX3266: …").
    // (WhatsApp marks a sender not in the contacts with a tilde: "~Mei",
    // "~ Hui Min".)
    let number = name.len() <= 20 && contact_number(name, b"Xx*");
    let letters = number
        || name.iter().all(|&c| {
            c.is_ascii_alphabetic()
                || matches!(c, b' ' | b'.' | b'\'' | b'-' | b'(' | b')' | b'|' | b'~')
                || c >= 0x80
        });
    let words = name
        .split(|&c| c == b' ')
        .filter(|w| w.iter().any(u8::is_ascii_alphanumeric) || w.iter().any(|&c| c >= 0x80))
        .count();
    if !letters || !(1..=4).contains(&words) || !matches!(line.get(colon + 1), Some(b' ')) {
        return None;
    }
    Some((name, ls + colon + 1))
}

/// The name on the line before the one starting at `ls`, when that line
/// holds only a name and a time (see [`name_then_time`]).
fn timed_head(b: &[u8], ls: usize) -> Option<&[u8]> {
    let pe = ls.checked_sub(1)?;
    let ps = b
        .get(..pe)
        .and_then(|h| memchr::memrchr(b'\n', h))
        .map_or(0, |k| k + 1);
    let line = b.get(ps..pe)?;
    name_then_time(line).or_else(|| {
        // A helpdesk thread's block: the name, then the time alone on the
        // next line ("Rahul\n12:04 PM\n9861537254").
        if !bare_time(line) {
            return None;
        }
        let ne = ps.checked_sub(1)?;
        let ns = b
            .get(..ne)
            .and_then(|h| memchr::memrchr(b'\n', h))
            .map_or(0, |k| k + 1);
        let name = b.get(ns..ne)?.trim_ascii();
        head_name(name).then_some(name)
    })
}

/// True if `name` may head a sender's turn on a line of its own: one to
/// four words of letters, or a phone number (see [`name_then_time`]).
fn head_name(name: &[u8]) -> bool {
    let words = name.split(|&c| c == b' ').filter(|w| !w.is_empty()).count();
    let letters = name
        .iter()
        .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'.' | b'(' | b')') || c >= 0x80);
    !name.is_empty() && (letters && (1..=4).contains(&words) || contact_number(name, b"Xx"))
}

/// `t` without a twelve-hour clock's " am" or " PM" at its end.
fn without_ampm(t: &[u8]) -> &[u8] {
    [&b" am"[..], b" pm", b" AM", b" PM"]
        .iter()
        .find_map(|s| t.strip_suffix(*s))
        .unwrap_or(t)
}

/// True if `line` holds only a time ("12:04 PM", "16:47", "9:05:11").
fn bare_time(line: &[u8]) -> bool {
    let t = without_ampm(line.trim_ascii());
    (4..=8).contains(&t.len())
        && t.iter().all(|&c| c.is_ascii_digit() || c == b':')
        && t.contains(&b':')
        && t.first().is_some_and(u8::is_ascii_digit)
}

/// The name of a line that holds only a name and a time after it
/// ("Carlos 20:46:11", "Agent Kim 12:37 pm", "+57 320 8391101 09:26", "—
/// Kasia, 22:31"): one to four words of letters, or a phone number, maybe
/// after a dash and before a comma, then the time; or the time, a middle
/// dot and the name ("10:34 · Kemal Silva (customer)").
fn name_then_time(line: &[u8]) -> Option<&[u8]> {
    // (Or the time first, a middle dot before the name: "19:32 · Chen
    // (customer)", read with a full stop for the dot, as folded.)
    if let Some(p) = memchr::memmem::find(line, b" . ") {
        let (time, name) = (line.get(..p)?, line.get(p + 3..)?.trim_ascii_end());
        if bare_time(time) {
            return head_name(name).then_some(name);
        }
    }
    let line = without_ampm(line.trim_ascii_end());
    let sp = memchr::memrchr(b' ', line)?;
    let (name, time) = (line.get(..sp)?.trim_ascii_end(), line.get(sp + 1..)?);
    // (Or after a dash, a comma before the time: "— Kasia, 22:31".)
    let name = name.strip_suffix(b",").unwrap_or(name);
    let name = ["— ", "– ", "- "]
        .iter()
        .find_map(|d| name.strip_prefix(d.as_bytes()))
        .unwrap_or(name);
    let clock = (4..=8).contains(&time.len())
        && time.iter().all(|&c| c.is_ascii_digit() || c == b':')
        && time.get(time.len() - 3) == Some(&b':');
    (clock && head_name(name)).then_some(name)
}

/// True if a speaker's `name` is a phone number, as exports name unsaved
/// contacts ("+234 803 365 8254", "61XXXX3266", "(31) 93435-3748"): at
/// least seven digits or `X`s, and nothing but digits, `+`, spaces,
/// dashes, an area code's brackets and the mask characters `masks`.
fn contact_number(name: &[u8], masks: &[u8]) -> bool {
    name.iter()
        .filter(|c| c.is_ascii_digit() || matches!(c, b'X' | b'x'))
        .count()
        >= 7
        && name.iter().all(|c| {
            c.is_ascii_digit() || matches!(c, b'+' | b' ' | b'-' | b'(' | b')') || masks.contains(c)
        })
}

/// Where the sentence holding `end` starts within `b[lo..end]`: after the
/// last line break, or the last space following one of `stops` (". ");
/// `lo` if there is none.
fn sentence_start(b: &[u8], lo: usize, end: usize, stops: &[u8]) -> usize {
    let region = b.get(lo..end).unwrap_or(&[]);
    region
        .iter()
        .enumerate()
        .rev()
        .find(|&(k, &c)| {
            c == b'\n' || c == b' ' && k > 0 && region.get(k - 1).is_some_and(|p| stops.contains(p))
        })
        .map_or(lo, |(k, _)| lo + k + 1)
}

/// A day of the month and a month number in their ranges.
fn day_month(d: u32, m: u32) -> bool {
    (1..=31).contains(&d) && (1..=12).contains(&m)
}

/// True if the span's first eight digits read as a year of 1900–2099, a
/// month and a day ("2025-05-15", "20250515").
fn year_month_day(sp: &Span) -> bool {
    (1900..=2099).contains(&sp.num(0..4)) && day_month(sp.num(6..8), sp.num(4..6))
}

/// A full calendar date written with one separator: year-month-day or
/// day/month (either order) and a four-digit year ("2025-05-15",
/// "15/05/2025").
fn date_shaped(sp: &Span) -> bool {
    if !sp.uniform || !matches!(sp.seps, SEP_SLASH | SEP_DASH | SEP_DOT) {
        return false;
    }
    let num = |r| sp.num(r);
    let year = |y: u32| (1900..=2099).contains(&y);
    match sp.glens() {
        [4, 2, 2] => year_month_day(sp),
        [a @ 1..=2, b @ 1..=2, 4] => {
            let (a, b) = (usize::from(*a), usize::from(*b));
            let (x, y) = (num(0..a), num(a..a + b));
            year(num(a + b..a + b + 4)) && (day_month(x, y) || day_month(y, x))
        }
        _ => false,
    }
}

/// True if position `i` lies inside a validated candidate, or a phone or
/// card expiry found at high confidence ("I've sent a code to
/// 07536653635", "the card 4296 … on your profile, expiry 09/2029. Can you
/// confirm the 3 digit code?"); with `accounts`, an account too (one read
/// back for the customer to confirm or correct: "a/c 4460 1917 9259 94
/// alle?").
fn found_at(cands: Near<'_>, i: usize, accounts: bool) -> bool {
    cands.iter().any(|c| {
        (c.tier == 1
            || c.kind == K::CardExpiry && c.conf == Confidence::High
            || accounts && c.kind == K::BankAccount && c.conf == Confidence::High
            || c.kind == K::Phone && c.conf >= Confidence::Medium)
            && c.start <= i
            && i < c.end
    })
}

/// True if the answer `b[a..z]` of a form holds a value: a digit, an `@`,
/// or an upper-case code of eight or eleven characters (a BIC).
fn form_value(b: &[u8], a: usize, z: usize) -> bool {
    let body = b.get(a..z).unwrap_or(&[]);
    (a..z).any(|k| digit_at(b, k).is_some() || at(b, k) == b'@')
        || (body.len() == 8 || body.len() == 11)
            && body
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// True if the answer `b[a..z]` has the shape of a value of some kind the
/// field's topics `mask` name: a date (three to eight digits and something
/// else) for a birth date or an expiry, three to eight digits for a code,
/// seven to fifteen digits and phone punctuation for a phone, five to
/// twenty digits for an account, an `@` for a key or an e-mail, and five
/// digits or more for an id.
fn form_fits(b: &[u8], a: usize, z: usize, mask: u64) -> bool {
    let (mut digits, mut letters, mut other, mut k) = (0usize, 0usize, 0usize, a);
    while k < z {
        if let Some((_, l)) = digit_at(b, k) {
            digits += 1;
            k += l;
            continue;
        }
        let c = at(b, k);
        if c.is_ascii_alphabetic() {
            letters += 1;
        } else if c != b' ' {
            other += 1;
        }
        k += 1;
    }
    let has = |kinds: &[PiiKind]| kinds.iter().any(|&x| mask & kbit(x) != 0);
    let bic = letters + digits == z - a && (z - a == 8 || z - a == 11) && letters >= 6;
    (has(&[K::DateOfBirth, K::CardExpiry]) && (3..=8).contains(&digits) && letters + other > 0)
        || (has(&[K::Otp, K::CardPin, K::CardSecurityCode])
            && (3..=8).contains(&digits)
            && letters + other == 0)
        || (has(&[K::Phone]) && (7..=15).contains(&digits) && letters == 0)
        || (has(&[K::BankAccount]) && (5..=20).contains(&digits) && letters <= 2)
        || (has(&[K::SwiftBic]) && bic)
        || (has(&[K::BrPixKey, K::UpiId])
            && (at(b, a) != b'@' && b.get(a..z).is_some_and(|t| t.contains(&b'@')) || digits >= 8))
        || (mask
            & !(kbit(K::DateOfBirth)
                | kbit(K::CardExpiry)
                | kbit(K::Otp)
                | kbit(K::CardPin)
                | kbit(K::CardSecurityCode)
                | kbit(K::Phone)
                | kbit(K::BankAccount)
                | kbit(K::SwiftBic))
            & KIND_BITS
            != 0
            && digits >= 5)
}

/// Short words a missing space glues to the value after them ("TFN
/// is827286772", "ID6404081721084", "hp saya skrg0877-1289-1919", "el
/// código fue887534"), possessives too ("akaun maybank saya9971…", "acct
/// number ko1349…").
const GLUE_WORDS: [&[u8]; 25] = [
    b"is",
    b"now",
    b"skrg",
    b"sekarang",
    b"agora",
    b"ahora",
    b"es",
    b"el",
    b"to",
    b"ke",
    b"aku",
    b"saya",
    b"ko",
    b"ku",
    b"my",
    b"mi",
    b"no",
    b"nr",
    b"id",
    b"ID",
    b"Id",
    b"fue",
    b"foi",
    b"was",
    b"era",
];

/// True if `v` is letters glued to four to eight digits, the letters a
/// word `label` takes for one that presents the digits ("es94307834",
/// "seguridad211576" after "Clave de").
fn glued_code(v: &[u8], label: impl Fn(&[u8]) -> bool) -> bool {
    let letters = v.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let (head, digits) = v.split_at(letters);
    letters >= 2
        && (4..=8).contains(&digits.len())
        && digits.iter().all(u8::is_ascii_digit)
        && label(head)
}

/// The length of an "IBAN", "IFSC", "PAN", "SWIFT", "BIC", "CURP" or "RFC"
/// label at `i` glued to the upper-case letters of the value it names
/// ("IFSCUTIB…", "PANWPCPZ…", "IBANES86…", "CURPSEEO6703…"), or 0.
fn glued_label(b: &[u8], i: usize) -> usize {
    [
        &b"iban"[..],
        b"ifsc",
        b"pan",
        b"swift",
        b"bic",
        b"curp",
        b"rfc",
        b"nric",
    ]
    .iter()
    .find(|l| {
        let w = b.get(i..i + l.len()).unwrap_or(&[]);
        // (Or the label in capitals and the value in lower case:
        // "mera PANebmpz1788q".)
        let next = at(b, i + l.len());
        // (An NRIC's letter comes before digits: "NRICT1371524B".)
        let second = at(b, i + l.len() + 1);
        w.eq_ignore_ascii_case(l)
            && (next.is_ascii_uppercase()
                || next.is_ascii_lowercase() && w.iter().all(u8::is_ascii_uppercase))
            && (second.is_ascii_alphabetic() || *l == b"nric" && second.is_ascii_digit())
    })
    .map_or(0, |l| l.len())
}

/// The parts of `b[s..e]` after the numbers of a numbered list ("1) NIK
/// 2) no HP 3) email", "2. 02/09/1978"): each part's start, end and
/// number. The first number (1 to 9) starts the line, after spaces; each
/// next one follows a space. None unless the line starts with one.
fn numbered(b: &[u8], s: usize, e: usize) -> ([(usize, usize, usize); 9], usize) {
    let mut parts = [(0, 0, 0); 9];
    let mut n = 0;
    let mut i = skip_spaces(b, s);
    let first = at(b, i);
    if !(b'1'..=b'9').contains(&first)
        || !matches!(at(b, i + 1), b')' | b'.')
        || at(b, i + 2) != b' '
    {
        return (parts, 0);
    }
    let mut num = usize::from(first - b'0');
    i += 3;
    loop {
        // The next number, after a space.
        let next = u8::try_from(num + 1)
            .ok()
            .filter(|d| *d <= 9)
            .map(|d| b'0' + d);
        let mut j = i;
        let mut found = None;
        while let Some(d) = next {
            if j + 2 >= e {
                break;
            }
            if at(b, j) == b' '
                && at(b, j + 1) == d
                && matches!(at(b, j + 2), b')' | b'.')
                && matches!(at(b, j + 3), b' ')
            {
                found = Some(j);
                break;
            }
            j += 1;
        }
        let pe = found.unwrap_or(e);
        if let Some(slot) = parts.get_mut(n) {
            *slot = (i, pe, num);
            n += 1;
        }
        match found {
            Some(j) if n < parts.len() => {
                i = j + 4;
                num += 1;
            }
            _ => break,
        }
    }
    (parts, n)
}

/// Where a speaker's name ends and what they said begins on a line written
/// "Name - …" or "Name > …" ("Bot - ", "YO - ", "Saya - ", "Camilo — ",
/// "Cliente > ", "Karla (Soporte) > "): one to three words of letters
/// (a role in brackets among them) starting with a capital (or not
/// ASCII), at most 24 bytes, before a hyphen, en dash, em dash or `>` set
/// off by spaces.
fn dash_speaker(b: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let line = b.get(s..e)?;
    let head = line.get(..line.len().min(29))?;
    // A hyphen, an en dash, an em dash or a `>` between spaces.
    let (p, len) = first_sep(
        head,
        &[
            b" - ",
            " \u{2013} ".as_bytes(),
            " \u{2014} ".as_bytes(),
            b" > ",
        ],
    )?;
    let name = line.get(..p)?;
    let words = name.split(|&c| c == b' ').filter(|w| !w.is_empty()).count();
    let letters = name
        .iter()
        .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'(' | b')') || c >= 0x80);
    let capital = name
        .first()
        .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80);
    (letters && capital && (1..=3).contains(&words)).then_some((s + p, s + p + len))
}

/// The first of the separators `seps` (a few bytes each) to occur in
/// `hay`: where it starts and its length. For such short needles a byte
/// compare is cheaper than building a substring searcher.
fn first_sep(hay: &[u8], seps: &[&[u8]]) -> Option<(usize, usize)> {
    seps.iter()
        .filter_map(|m| Some((memchr::memmem::find(hay, m)?, m.len())))
        .min()
}

/// The length of the list marker a line starts with ("• ", "- ", "1. ",
/// "2) "), or 0.
fn list_marker(line: &[u8]) -> usize {
    let d = line.iter().take_while(|c| c.is_ascii_digit()).count();
    let m = if (1..=2).contains(&d) && matches!(at(line, d), b'.' | b')') {
        d + 1
    } else if matches!(at(line, 0), b'-' | b'*') {
        1
    } else if line.starts_with("•".as_bytes()) || line.starts_with("▪".as_bytes()) {
        3
    } else if line.starts_with("·".as_bytes()) {
        2
    } else {
        return 0;
    };
    if at(line, m) == b' ' { m + 1 } else { 0 }
}

/// Where the question starts on a quoted line (`> …`) that ends at `pe`,
/// the line starting at or after `lo`.
fn quoted(b: &[u8], lo: usize, pe: usize) -> Option<usize> {
    let ps = b
        .get(lo..pe)
        .and_then(|h| memchr::memrchr(b'\n', h))
        .map_or(lo, |p| lo + p + 1);
    // (Or a bar some apps quote with: "┃ What's the account number?".)
    let bar = b
        .get(ps..)
        .is_some_and(|t| t.starts_with("┃".as_bytes()) || t.starts_with("│".as_bytes()));
    if bar {
        return Some(skip_spaces(b, ps + 3));
    }
    (at(b, ps) == b'>').then(|| skip_spaces(b, ps + 1))
}

/// True if `digits` are a known country calling code followed by a number
/// of that country's length.
fn international(digits: &[u8]) -> bool {
    cs::phone_country(digits).is_some_and(|pc| {
        let cc = if pc.calling_code >= 100 {
            3
        } else if pc.calling_code >= 10 {
            2
        } else {
            1
        };
        let nsn = digits.len().saturating_sub(cc);
        // North America: area code and exchange start with 2 to 9
        // ("+1 (415) 000-0000" is no number).
        let nanp = pc.calling_code != 1
            || matches!(at(digits, 1), b'2'..=b'9') && matches!(at(digits, 4), b'2'..=b'9');
        nanp && (usize::from(pc.min_national_len)..=usize::from(pc.max_national_len)).contains(&nsn)
    })
}

/// The digits of an international number without the trunk zero written
/// in brackets after its calling code ("+234 (0)803 406 9674": the zero is
/// dialled only at home), and their count.
fn without_trunk(sp: &Span) -> Option<([u8; MAX_SPAN_CHARS], usize)> {
    let g0 = usize::from(*sp.glens().first()?);
    if sp.glens().get(1) != Some(&1) || sp.first_sep & SEP_PAREN == 0 || sp.byte(g0) != b'0' {
        return None;
    }
    let mut d = [0; MAX_SPAN_CHARS];
    for (slot, &x) in d
        .iter_mut()
        .zip(sp.s().iter().take(g0).chain(sp.s().iter().skip(g0 + 1)))
    {
        *slot = x;
    }
    Some((d, sp.n - 1))
}

/// A length in digits, the kind of that length and its check.
type LenCheck = (usize, PiiKind, fn(&[u8]) -> bool);

/// The kinds whose check digits alone tell them, by length: read in any
/// grouping (an id broken by a line break or grouped as no one prints it)
/// and with stray marks between its groups, always with the kind's word
/// near.
const BY_LENGTH: [LenCheck; 21] = [
    (9, K::UsRoutingNumber, cs::aba_routing),
    (9, K::UsSsn, cs::us_ssn),
    (9, K::CaSin, cs::ca_sin),
    (9, K::NlBsn, cs::nl_bsn),
    (9, K::AuTfn, cs::au_tfn),
    (11, K::BrCpf, cs::br_cpf),
    (11, K::PlPesel, cs::pl_pesel),
    (11, K::TrTckn, cs::tr_tckn),
    (11, K::ArCuit, cs::ar_cuit),
    (12, K::InAadhaar, cs::in_aadhaar),
    (13, K::ZaId, cs::za_id),
    (14, K::BrCnpj, cs::br_cnpj),
    (14, K::CardNumber, luhn_card),
    (15, K::CardNumber, luhn_card),
    (15, K::AeEmiratesId, cs::ae_emirates_id),
    (16, K::CardNumber, luhn_card),
    (16, K::IdNik, cs::id_nik),
    (18, K::MxClabe, cs::mx_clabe),
    (18, K::CnResidentId, cs::cn_resident_id),
    (19, K::CardNumber, luhn_card),
    (22, K::ArCbu, cs::ar_cbu),
];

/// True if the span's digits pass the check of `kind`, one of the kinds
/// whose check digits tell them by length (see [`BY_LENGTH`]).
fn passes_check(kind: PiiKind, sp: &Span) -> bool {
    BY_LENGTH
        .iter()
        .any(|&(n, k, check)| k == kind && n == sp.n && sp.letters == 0 && check(sp.s()))
}

/// A kind and its check.
type KindCheck = (PiiKind, fn(&[u8]) -> bool);

/// The kinds with check digits that digits read out in words may pass (see
/// [`Compiled::spoken_pass`]), in the order they are tried.
const CHECKED: [KindCheck; 14] = [
    (K::CardNumber, luhn_card),
    (K::InAadhaar, cs::in_aadhaar),
    (K::BrCpf, cs::br_cpf),
    (K::BrCnpj, cs::br_cnpj),
    (K::ArCuit, cs::ar_cuit),
    (K::UsItin, cs::us_itin),
    (K::CaSin, cs::ca_sin),
    (K::TrTckn, cs::tr_tckn),
    (K::MxClabe, cs::mx_clabe),
    (K::ArCbu, cs::ar_cbu),
    (K::UsSsn, cs::us_ssn),
    (K::UsRoutingNumber, cs::aba_routing),
    (K::IdNik, cs::id_nik),
    (K::AeEmiratesId, cs::ae_emirates_id),
];

/// True if the span is a plain 13-digit epoch time in milliseconds of the
/// years 2017–2033 ("1750760167608").
fn epoch_ms(sp: &Span) -> bool {
    sp.n == 13 && sp.plain() && sp.first() == b'1' && matches!(sp.byte(1), b'5'..=b'9')
}

/// True if `sp` is an app's build number in parentheses after its version
/// ("build 4.17.1 (3884)", "app 6.7.3 (4205)").
fn build_number(b: &[u8], sp: &Span) -> bool {
    if before(b, sp.start) != b'(' || at(b, sp.end) != b')' || !sp.digits_only() {
        return false;
    }
    let head = b.get(..sp.start - 1).unwrap_or(&[]).trim_ascii_end();
    let k = head
        .iter()
        .rev()
        .take_while(|&&c| c.is_ascii_digit() || c == b'.')
        .count();
    let version = head.get(head.len() - k..).unwrap_or(&[]);
    version.contains(&b'.')
        && version.first().is_some_and(u8::is_ascii_digit)
        && version.last().is_some_and(u8::is_ascii_digit)
        && !version.windows(2).any(|w| w == b"..")
}

/// True if `start` begins the stamp of a chat-export line: at the line's
/// start (or right after its `[`), and the line opens with an Android
/// stamp or a bracketed "date, time".
fn in_stamp(b: &[u8], start: usize) -> bool {
    // (A stamp opens its line: a value more than 13 bytes past the last
    // line break, or the text's start, is in none; the looks below reach
    // no farther back.)
    if start > 13 && !b.get(start - 13..start).is_some_and(|h| h.contains(&b'\n')) {
        return false;
    }
    let ls = if before(b, start) == b'[' {
        start - 1
    } else {
        start
    };
    if !(ls == 0 || before(b, ls) == b'\n') {
        // The time after the date ("19/10/25 12.30 - Putri: …", a dot in
        // some locales): inside a stamp that starts the line.
        let mut k = start;
        while k > 0
            && start - k < 12
            && matches!(before(b, k), b'0'..=b'9' | b'/' | b'.' | b'-' | b',' | b' ')
        {
            k -= 1;
        }
        // (Or the time of a bracketed stamp: "[22/03/25 13.24] Budi: …".)
        if k < start && before(b, k) == b'[' && (k == 1 || before(b, k - 1) == b'\n') {
            let line = b.get(k - 1..(k + 39).min(b.len())).unwrap_or(&[]);
            return bracket_stamp(line).is_some_and(|c| k - 1 + c > start);
        }
        return k < start
            && (k == 0 || before(b, k) == b'\n')
            && export_stamp(b.get(k..(k + 40).min(b.len())).unwrap_or(&[])) > start - k;
    }
    let line = b.get(ls..(ls + 40).min(b.len())).unwrap_or(&[]);
    if line.first() == Some(&b'[') {
        bracket_stamp(line).is_some()
    } else {
        // (A date and time before a speaker without the dash: "11/5/24
        // 6:23 AM Eu: …", "2025-01-13 00:25:58 Yo: …".)
        export_stamp(line) > 0
            || loose_stamp(line) > 0 && {
                let le =
                    memchr::memchr(b'\n', b.get(ls..).unwrap_or(&[])).map_or(b.len(), |p| ls + p);
                speaker(b, ls, le).is_some()
            }
    }
}

/// The run of digits (of any script) and `marks` from `i` of `line`, the
/// date or time of a transcript stamp: where it ends and how many colons it
/// holds; `None` when empty.
fn stamp_run(line: &[u8], mut i: usize, marks: &[u8]) -> Option<(usize, usize)> {
    let s = i;
    let mut colons = 0;
    loop {
        if let Some((_, l)) = digit_at(line, i) {
            i += l;
        } else if line.get(i).is_some_and(|c| marks.contains(c)) {
            colons += usize::from(at(line, i) == b':');
            i += 1;
        } else {
            break;
        }
    }
    (i > s).then_some((i, colons))
}

/// Past a twelve-hour clock's " AM" / " pm" at `i` of `line`, if one is
/// there.
fn past_ampm(line: &[u8], i: usize) -> usize {
    [" AM", " PM", " am", " pm", "\u{202f}AM", "\u{202f}PM"]
        .iter()
        .find(|m| line.get(i..).is_some_and(|t| t.starts_with(m.as_bytes())))
        .map_or(i, |m| i + m.len())
}

/// The length of a looser stamp opening `line`, a time with maybe a date
/// before it and a dash after it ("11/5/24 6:23 AM ", "2025-01-13
/// 00:25:58 ", "2025-06-28T19:26:56Z ", "2025-11-04 | 19:41:21 ", "۰۵:۵۸ -
/// "), or 0.
fn loose_stamp(line: &[u8]) -> usize {
    let Some((mut i, colons)) = stamp_run(line, 0, b"/.-:") else {
        return 0;
    };
    if colons == 0 {
        // A date: the time follows after a space or ", ", or after the
        // `T` of ISO 8601 (then maybe a `Z`).
        let iso = at(line, i) == b'T' && line.get(..i).is_some_and(|d| d.contains(&b'-'));
        i += match line.get(i..i + 2) {
            Some(b", ") => 2,
            // (A log's columns: "2025-11-04 | 19:41:21 | bot | …".)
            Some(b" |") if at(line, i + 2) == b' ' => 3,
            Some([b' ', _]) => 1,
            Some([b'T', d]) if iso && d.is_ascii_digit() => 1,
            _ => return 0,
        };
        match stamp_run(line, i, b":") {
            Some((j, c)) if c > 0 => i = j,
            _ => return 0,
        }
        if iso && at(line, i) == b'Z' {
            i += 1;
        }
    }
    i = past_ampm(line, i);
    match line.get(i..i + 3) {
        Some(b" - ") => i + 3,
        Some([b' ', c, _]) if !c.is_ascii_digit() => i + 1,
        _ => 0,
    }
}

/// Where the "[date, time]" that opens `line` closes (the index of its
/// `]`): not a bare time or a log level ("[12:30]", "[INFO]"). Some
/// exports leave the comma out ("[24/11/2025 09:42]").
fn bracket_stamp(line: &[u8]) -> Option<usize> {
    if line.first() != Some(&b'[') {
        return None;
    }
    let c = memchr::memchr(b']', line)?;
    let inside = line.get(1..c)?;
    let dated = || {
        let mut parts = inside.splitn(2, |&x| x == b' ');
        let (Some(date), Some(time)) = (parts.next(), parts.next()) else {
            return false;
        };
        date.len() >= 6
            && date
                .iter()
                .all(|x| x.is_ascii_digit() || b"/.-".contains(x))
            && date.iter().filter(|x| !x.is_ascii_digit()).count() == 2
            && (time.contains(&b':') || time.contains(&b'.'))
            && time
                .iter()
                .all(|x| x.is_ascii_digit() || b":. APMapm".contains(x))
    };
    (inside.windows(2).any(|w| w == b", ") || dated()).then_some(c)
}

/// True if `b[s..e]` is the whole sender of a chat-export line: right after
/// the line's `[date, time] ` or Android stamp, and followed by `": "`.
fn sender_slot(b: &[u8], s: usize, e: usize) -> bool {
    if b.get(e..e + 2) != Some(b": ") {
        return false;
    }
    let lo = s.saturating_sub(40);
    let ls = b
        .get(lo..s)
        .and_then(|h| memchr::memrchr(b'\n', h))
        .map_or(if lo == 0 { Some(0) } else { None }, |p| Some(lo + p + 1));
    let Some(ls) = ls else { return false };
    let Some(head) = b.get(ls..s) else {
        return false;
    };
    if head.first() == Some(&b'[') {
        bracket_stamp(head).is_some_and(|c| {
            head.get(c + 1..)
                .is_some_and(|t| !t.is_empty() && t.iter().all(|&x| x == b' '))
        })
    } else {
        !head.is_empty() && export_stamp(head) == head.len()
    }
}

/// The length of an Android chat-export stamp at the start of `line`
/// ("17/12/24, 12:19 - ", "2/5/24, 2:08 PM - ", "19/08/25 15:47 - ", also
/// in Arabic-Indic digits), or 0.
fn export_stamp(line: &[u8]) -> usize {
    let Some((i, _)) = stamp_run(line, 0, b"/.-") else {
        return 0;
    };
    // The date and the time apart by ", " or, in some exports, a space.
    let gap = match line.get(i..i + 2) {
        Some(b", ") => 2,
        Some([b' ', _])
            if digit_at(line, i + 1).is_some()
                && line.get(..i).is_some_and(|h| h.contains(&b'/')) =>
        {
            1
        }
        _ => return 0,
    };
    // (Some locales write the time with a dot: "19/10/25 12.30 - Putri:".)
    let Some((j, colons)) = stamp_run(line, i + gap, b":.") else {
        return 0;
    };
    let dotted = || {
        let t = line.get(i + gap..j).unwrap_or(&[]);
        matches!(t.len(), 4 | 5)
            && memchr::memchr_iter(b'.', t).count() == 1
            && t.get(t.len() - 3) == Some(&b'.')
            && t.iter().all(|&c| c == b'.' || c.is_ascii_digit())
    };
    if colons == 0 && !dotted() {
        return 0;
    }
    let i = past_ampm(line, j);
    if line.get(i..i + 3) == Some(b" - ") && i <= 48 {
        i + 3
    } else {
        0
    }
}

/// Words that follow a count of digits ("3 digit", "16 dígitos", "6
/// haneli"), lowercase prefixes.
const DIGIT_WORDS: &[&str] = &[
    "digit",
    "dígito",
    "digito",
    "angka",
    "haneli",
    "chiffre",
    "cifr",
    "ank",
    "अंक",
    "자리",
];

/// True if a word counting tries starts at `i` and ends a word ("3 baar",
/// "2 times", "3 vezes", "2 veces", "3 kali", Vietnamese "5 lần"; not "x":
/// "…869-5 x favor").
fn times_word_at(b: &[u8], i: usize) -> bool {
    [
        &b"baar"[..],
        b"bar",
        b"times",
        b"vezes",
        b"veces",
        b"kali",
        "lần".as_bytes(),
    ]
    .iter()
    .any(|w| {
        b.get(i..).is_some_and(|t| starts_with_ci(t, w))
            && !at(b, i + w.len()).is_ascii_alphanumeric()
    })
}

/// True if every word of `t` (split where `sep` holds) is one of `list`,
/// in any ASCII case.
fn words_all_in(t: &[u8], sep: impl Fn(u8) -> bool, list: &[&[u8]]) -> bool {
    t.split(|&c| sep(c))
        .filter(|w| !w.is_empty())
        .all(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// True if a word counting tries starts at `i` and ends a word, in the
/// languages of the chats ("times", "vezes", "veces", "kali", "baar",
/// "fois", "volte", "kez", "defa", "مرات"; not Hindi "bar", an English
/// word too).
fn tries_word_at(b: &[u8], i: usize) -> bool {
    const TRIES: &[&str] = &[
        "times", "vezes", "veces", "kali", "baar", "fois", "volte", "kez", "defa", "مرات", "مرة",
    ];
    TRIES.iter().any(|w| {
        b.get(i..).is_some_and(|t| starts_with_ci(t, w.as_bytes()))
            && !is_alnum(at(b, i + w.len()))
            && at(b, i + w.len()) < 0x80
            // (Not the verb: "otp 482913 times out too fast".)
            && !b
                .get(i + w.len()..)
                .is_some_and(|t| starts_with_ci(t, b" out"))
    })
}

/// True if a word counting digits ("digit", "dígitos", "angka" …, see
/// [`DIGIT_WORDS`]) starts at `i`.
pub(crate) fn digit_word_at(b: &[u8], i: usize) -> bool {
    DIGIT_WORDS.iter().any(|w| {
        b.get(i..i + w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// True if every number in `line` counts digits ("the 3 digit code", "your
/// 16-digit card number"), gives the last four of something ("your mobile
/// ending 8214"), is a sum with its currency ("… refund of Rp. 27.000") or
/// lies in a value already found (`found` of its offset): a question may
/// name how long its answer is, or what it is for.
fn digit_counts_only(line: &[u8], found: impl Fn(usize) -> bool) -> bool {
    let mut i = 0;
    while let Some(p) = line
        .get(i..)
        .and_then(|t| t.iter().position(u8::is_ascii_digit))
    {
        let ds = i + p;
        let mut j = ds;
        while line.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        // A value already found in it ("PAN GXTPM5310P verify ho gaya. DOB
        // bhi bata dijiye", "the code we sent to (415) 817-8265").
        if found(ds) {
            i = j;
            continue;
        }
        // A sum with its currency ("nomor rekening untuk pengembalian
        // dana Rp. 27.000"): the money the answer is for.
        if let Some(e) = amount_at(line, ds) {
            i = e.max(j);
            continue;
        }
        // "your mobile ending 8214": the last digits of something named.
        let head = line.get(..ds).unwrap_or(&[]).trim_ascii_end();
        // (A word of its own: "pending 8214" names no last digits.)
        let ending = j - ds == 4
            && ends_with_word(
                head,
                &[
                    b"ending",
                    b"ending in",
                    b"ending with",
                    b"ends with",
                    b"terminada em",
                    b"terminado en",
                    b"terminada en",
                    b"termina en",
                    b"termina em",
                    b"termina con",
                ],
            );
        // "a card XX4729", "****7689", "Cta *9585": the visible end of a
        // masked value.
        let masked = head.ends_with(b"XX")
            || head.ends_with(b"xx")
            || head.ends_with(b"*")
            || head.ends_with("••".as_bytes());
        // (Or a space after a run of them: "sent to **** **** **** 5747".)
        let masked_spaced = ds == head.len() + 1
            && (head.ends_with(b"**")
                || head.ends_with(b"XX")
                || head.ends_with(b"xx")
                || head.ends_with("••".as_bytes()));
        // "sent to 64XXXXXX60": the visible head of a masked value.
        let masked_head = matches!(line.get(j), Some(b'X' | b'x' | b'*'));
        // Any digits of a word holding a run of mask characters ("+91
        // 7XXXX X16", "***-***-0143"), or a country code before one.
        let word_at = |s: usize, e: usize| {
            let ws = line
                .get(..s)
                .and_then(|h| h.iter().rposition(|&c| c == b' '))
                .map_or(0, |k| k + 1);
            let we = line
                .get(e..)
                .and_then(|t| t.iter().position(|&c| c == b' '))
                .map_or(line.len(), |k| e + k);
            (ws, we)
        };
        let masked_word = |w: &[u8]| {
            w.windows(2).any(|p| matches!(p, b"XX" | b"xx" | b"**"))
                || w.windows(6).any(|p| p == "••".as_bytes())
        };
        let (ws, we) = word_at(ds, j);
        let in_masked = line.get(ws..we).is_some_and(masked_word)
            || ws > 0 && {
                let (ps, pe) = word_at(ws - 1, ws - 1);
                line.get(ps..pe).is_some_and(masked_word)
                    && matches!(line.get(ws), Some(b'X' | b'x' | b'*'))
            }
            || line.get(ws) == Some(&b'+') && {
                let (ns, ne) = word_at(we + 1, we + 1);
                we < line.len() && line.get(ns..ne).is_some_and(masked_word)
            };
        // "the last 4 of your SSN", "los últimos 4": a count of digits
        // after "last" or "first".
        let counted = j - ds <= 2
            && ends_with_word(
                head,
                &[
                    b"last",
                    b"first",
                    b"ultimos",
                    "últimos".as_bytes(),
                    b"primeros",
                    b"terakhir",
                ],
            );
        if ending
            || counted
            || masked && ds == head.len()
            || masked_spaced
            || masked_head
            || in_masked
        {
            i = j;
            continue;
        }
        // A letter of Arabizi ("shu ra2m 7sabak?"): one digit inside a word.
        let arabizi = j - ds == 1
            && (line.get(j).is_some_and(u8::is_ascii_alphabetic)
                || ds > 0 && line.get(ds - 1).is_some_and(u8::is_ascii_alphabetic));
        if arabizi {
            i = j;
            continue;
        }
        // A year standing alone, no group of a longer number ("waiting
        // since 2025… what's your account number?"): never the value.
        let grouped = |k: Option<&u8>, d: Option<&u8>| {
            matches!(k, Some(b' ' | b'-' | b'.' | b',' | b'/' | b':'))
                && d.is_some_and(u8::is_ascii_digit)
        };
        if j - ds == 4
            && matches!(line.get(ds..ds + 2), Some(b"19" | b"20"))
            && !(ds > 0 && line.get(ds - 1).is_some_and(u8::is_ascii_alphanumeric))
            && !line.get(j).is_some_and(u8::is_ascii_alphanumeric)
            && !grouped(line.get(j), line.get(j + 1))
            && !(ds > 1 && grouped(line.get(ds - 1), line.get(ds - 2)))
        {
            i = j;
            continue;
        }
        if j - ds > 2 || (ds > 0 && line.get(ds - 1).is_some_and(u8::is_ascii_alphanumeric)) {
            return false;
        }
        if matches!(line.get(j), Some(b' ' | b'-')) {
            j += 1;
        }
        let rest = line.get(j..).unwrap_or(&[]);
        // (Or numbers: "Os 3 números atrás do cartão?", "the 3 numbers on
        // the back".)
        let counted = DIGIT_WORDS
            .iter()
            .chain(&["número", "numero", "number"])
            .any(|w| starts_with_ci(rest, w.as_bytes()));
        if !counted {
            return false;
        }
        i = j;
    }
    true
}

/// Question words asking for an amount or a count ("how much was
/// debited from your account?"): the answer is no identifier.
const AMOUNT_QUESTIONS: &[&str] = &[
    "how much",
    "how many",
    "kitna",
    "kitne",
    "kitni",
    "cuánto",
    "cuanto",
    "cuánta",
    "cuanta",
    "cuántos",
    "cuantos",
    "quanto",
    "quanta",
    "quantos",
    "quantas",
    "berapa banyak",
    "berapa jumlah",
    "berapa nominal",
    "combien",
    "ne kadar",
    "kaç",
    "كم",
    "कितना",
    "कितने",
    "कितनी",
];

/// True if `line` holds one of [`AMOUNT_QUESTIONS`] as whole words.
fn asks_amount(line: &[u8]) -> bool {
    let letter = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
    AMOUNT_QUESTIONS.iter().any(|q| {
        let q = q.as_bytes();
        line.windows(q.len()).enumerate().any(|(i, w)| {
            w.eq_ignore_ascii_case(q)
                && !letter(i.checked_sub(1).and_then(|k| line.get(k)))
                && !letter(line.get(i + q.len()))
        })
    })
}

/// True if `b[ke..vs]`, between the keyword `b[ks..ke]` and its value, is
/// a purpose or relative clause that presents the value ("OTP for loan
/// e-sign is 036348", "código para o seguro: 4412", "PIN I set at the
/// branch was 7014"), or the rest of one the keyword opens ("code to
/// confirm the transaction is 880378", "código para confirmar la operación
/// es 88037889"): a negative word in it names what the value is for or
/// where it was set, not what it is.
fn for_purpose(b: &[u8], ctx: &Ctx, (ks, ke): (usize, usize), vs: usize) -> bool {
    let Some(gap) = b.get(ke..vs) else {
        return false;
    };
    // Figures in it may only be an amount or a card's last digits
    // ("Kode OTP Anda untuk transaksi Rp 2.752.500 di Akulaku: 3481").
    let figures = gap.iter().any(u8::is_ascii_digit);
    if gap.len() > if figures { 64 } else { 48 }
        || gap.contains(&b'\n')
        || figures && !figures_explained(b, ctx, ke, vs)
        || gap
            .iter()
            .enumerate()
            .any(|(k, &c)| c == b'.' && !at(gap, k + 1).is_ascii_digit())
    {
        return false;
    }
    let mut words = gap.split(|&c| c == b' ').filter(|w| !w.is_empty());
    // "your OTP for …", "Kode OTP Anda untuk …".
    let first = words.next().and_then(|w| {
        if POSSESSIVES.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            words.next()
        } else {
            Some(w)
        }
    });
    // (No purpose word is a presenting word, so the last word `presents`
    // reads is never the first one.)
    // Or a relative clause about the keyword's value ("the card PIN I set
    // at the branch was 7014", "el NIP que puse en la terminal es 9174").
    let purpose = |w: &[u8]| {
        PURPOSE_WORDS
            .iter()
            .chain(&RELATIVE_WORDS)
            .any(|p| w.eq_ignore_ascii_case(p))
    };
    // (A keyword of several words may hold the purpose word after its
    // first: "code to", "código para confirmar".)
    let opened = b.get(ks..ke).is_some_and(|kw| {
        kw.split(|&c| c == b' ')
            .skip(1)
            .any(|w| PURPOSE_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)))
    });
    (opened || first.is_some_and(purpose)) && presents(b, ke, vs)
}

/// True if `b[ke..vs]`, between a keyword and its value, says on which of
/// the customer's own papers the value is printed and then presents it
/// ("… on cheque: ", "… on my statement is ", "… di buku tabungan: "): a
/// preposition of place, at most four words without figures naming such
/// a paper, then a colon or a word of [`PRESENT`]. A negative word there
/// names the paper, not the value. (Not a bill: "account number on the
/// bill is …" is the customer's account with the biller.)
fn written_on(b: &[u8], ke: usize, vs: usize) -> bool {
    const ON: [&[u8]; 8] = [b"on", b"in", b"from", b"em", b"en", b"no", b"di", b"pada"];
    const PAPERS: [&[u8]; 9] = [
        b"cheque",
        b"check",
        b"chequebook",
        b"passbook",
        b"statement",
        b"extrato",
        b"libreta",
        b"tabungan",
        b"chequera",
    ];
    let Some(gap) = b.get(ke..vs) else {
        return false;
    };
    if gap.len() > 40
        || !gap
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b':'))
    {
        return false;
    }
    let mut words = gap
        .split(|&c| matches!(c, b' ' | b':'))
        .filter(|w| !w.is_empty());
    let paper = gap
        .split(|&c| matches!(c, b' ' | b':'))
        .any(|w| PAPERS.iter().any(|p| w.eq_ignore_ascii_case(p)));
    paper
        && words
            .next()
            .is_some_and(|w| ON.iter().any(|p| w.eq_ignore_ascii_case(p)))
        && words.count() <= 4
        && presents(b, ke, vs)
}

/// True if the BIC-shaped capitals at `b[start..end]` stand as a code of
/// their own, not as a word of a name written in capitals ("BLUEPEAK
/// SUPPLY LLC", "HDFC BILLDESK-FEES", "`ITEM_LOGIN_REQUIRED`",
/// "MERCADOPAGO"): eleven characters only with a digit or the head
/// office's "XXX"; nothing glued by "_" or "-"; no word in capitals right
/// before or after.
fn code_alone(b: &[u8], start: usize, end: usize) -> bool {
    let Some(w) = b.get(start..end) else {
        return false;
    };
    if w.len() == 11 && !(w.iter().any(u8::is_ascii_digit) || w.ends_with(b"XXX")) {
        return false;
    }
    if matches!(before(b, start), b'_' | b'-') || matches!(at(b, end), b'_' | b'-') {
        return false;
    }
    // The words right before and after, in capitals ("HDFC BILLDESK",
    // "CRESTWAY INS").
    let caps = |x: &[u8]| {
        let mut n = 0;
        for &c in x.iter().filter(|c| c.is_ascii_alphanumeric()) {
            if !c.is_ascii_uppercase() {
                return false;
            }
            n += 1;
        }
        n >= 2
    };
    // (Within 32 bytes on either side: nothing farther counts.)
    let prev = b
        .get(start.saturating_sub(32)..start)
        .unwrap_or(&[])
        .trim_ascii_end()
        .rsplit(|&c| c == b' ')
        .next()
        .unwrap_or(&[]);
    let next = b
        .get(end..(end + 32).min(b.len()))
        .unwrap_or(&[])
        .trim_ascii_start()
        .split(|&c| c == b' ')
        .next()
        .unwrap_or(&[]);
    !caps(prev) && !caps(next)
}

/// True if the BIC-shaped capitals at `b[start..end]` stand alone (see
/// [`code_alone`]) and read as a code, not as a word in capitals
/// ("CUSTOMER", "APROVADA"): a digit or three consonants in a row, as
/// bank codes mostly have ("SPKADEJK", "BMRIIDJA", "MELLIRTH") and
/// pronounceable words rarely do.
fn code_like(b: &[u8], start: usize, end: usize) -> bool {
    let Some(w) = b.get(start..end) else {
        return false;
    };
    let vowel = |c: &u8| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y');
    code_alone(b, start, end)
        && (w.iter().any(u8::is_ascii_digit)
            || w.windows(3)
                .any(|t| t.iter().all(|c| c.is_ascii_alphabetic() && !vowel(c))))
}

/// Words of banks and of money sent from abroad, around a BIC-shaped
/// word (see [`Compiled::bic_named`]).
const BANK_WORDS: &[&str] = &[
    "bank",
    "banks",
    "banco",
    "banque",
    "banca",
    "bancos",
    "بنك",
    "البنك",
    "wire",
    "wires",
    "incoming",
    "inward",
    "remittance",
    "remesa",
    "remessa",
    "transferencia",
    "transferência",
];

/// True if `head` ends with one of `words` as a word of its own (ASCII
/// letters compared without case).
fn ends_with_word(head: &[u8], words: &[&[u8]]) -> bool {
    words.iter().any(|w| {
        ends_with_ci(head, w)
            && (head.len() == w.len() || !is_alnum(at(head, head.len() - w.len() - 1)))
    })
}

/// Words presenting the value after them ("… is 4599").
const PRESENT: &[&[u8]] = &[
    b"is",
    b"es",
    b"est",
    b"ist",
    b"hai",
    b"adalah",
    b"era",
    b"was",
    "é".as_bytes(),
    "هو".as_bytes(),
];

/// True if `b[ke..vs]` ends with a colon or a word of [`PRESENT`]: the
/// value after it is presented ("… at FLIPKART is 4599", "… ending 4853:
/// 286398").
fn presents(b: &[u8], ke: usize, vs: usize) -> bool {
    let gap = b.get(ke..vs).unwrap_or(&[]).trim_ascii_end();
    gap.ends_with(b":")
        || gap
            .rsplit(|&c| c == b' ')
            .next()
            .is_some_and(|w| PRESENT.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// True if `gap`, between a code's word and a number, ends with a word
/// of sending to ("… will come to ", "… on ", "… ke ", "… pe ").
fn delivered_to(gap: &[u8]) -> bool {
    // (Portuguese "no" and "na" too: "não recebi o código de verificação
    // no 51983936361".)
    const TO: [&[u8]; 15] = [
        b"to", b"on", b"pe", b"par", b"ke", b"at", b"em", b"en", b"al", b"ao", b"a", b"para",
        b"pra", b"no", b"na",
    ];
    const NUMBER: [&[u8]; 7] = [
        b"no", b"nomor", b"nombor", b"number", b"num", b"my", b"mere",
    ];
    let is = |w: &[u8], set: &[&[u8]]| set.iter().any(|t| w.eq_ignore_ascii_case(t));
    if !gap.ends_with(b" ") {
        return false;
    }
    // "… ke no 0143…", "… to my number …".
    let mut words = gap.trim_ascii_end().rsplit(|&c| c == b' ');
    for _ in 0..3 {
        match words.next() {
            Some(w) if is(w, &TO) => return true,
            Some(w) if is(w, &NUMBER) => {}
            _ => return false,
        }
    }
    false
}

/// True if the value at `vs` follows "on" after the bank's own word for
/// money moving in its sentence ("the debit on 0696864173", "an inflow
/// pending on 1400917136"): the account it moved on, never a phone.
fn moved_on(b: &[u8], vs: usize) -> bool {
    let Some(h) = b.get(vs.saturating_sub(48)..vs) else {
        return false;
    };
    let Some(h) = h.strip_suffix(b" on ") else {
        return false;
    };
    // Back to the start of the sentence or line.
    let from = h
        .iter()
        .rposition(|&c| matches!(c, b'\n' | b'?' | b'!' | b'.'))
        .map_or(0, |k| k + 1);
    h.get(from..).is_some_and(|c| {
        c.split(|&x| !x.is_ascii_alphabetic()).any(|w| {
            [&b"credit"[..], b"debit", b"inflow"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
        })
    })
}

/// The clause before the value starting at `vs` when "to", "into", "ke",
/// "kwa", "para", "from", "dari", "من" … stands right before it (or before
/// the payee's name in capitals, or a bank's name in one capitalised
/// word): back to a line break, a question or a full stop that ends a
/// sentence, within 64 bytes. Where money or a top-up went is told so.
fn money_clause<'a>(b: &'a [u8], vs: usize, more_to: &[&[u8]]) -> Option<&'a [u8]> {
    // (Javanese "neng": "wis tak transfer neng 6910… Mandiri".)
    const TO: [&[u8]; 18] = [
        b"to",
        b"into",
        b"ke",
        b"neng",
        b"kwa",
        b"para",
        b"pra",
        b"a",
        b"al",
        b"ao",
        b"au",
        "à".as_bytes(),
        b"from",
        b"dari",
        b"du",
        "من".as_bytes(),
        "إلى".as_bytes(),
        "الى".as_bytes(),
    ];
    // (The value may stand in brackets after the payee's name: "NIP
    // transfer of N167k to Emeka Nwosu (0143557772)".)
    let h0 = b.get(vs.saturating_sub(64)..vs)?;
    let paren = h0.last() == Some(&b'(');
    let h = if paren {
        h0.strip_suffix(b"(")?.strip_suffix(b" ")?
    } else {
        h0.strip_suffix(b" ")?
    };
    let last = h.iter().rposition(|&c| c == b' ')?;
    let is = |w: &[u8], set: &[&[u8]]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let (mut clause, mut to) = h.split_at(last + 1);
    // The payee's name in capitals between ("Ksh874.00 sent to JOHN
    // KAMAU 2547…", as M-PESA notices write it): two or three words of
    // three letters or more (not "ke VA 3901…", a virtual account).
    // (A reference's label ends no name: "… from ALI TRADERS TID 1563…".)
    if REF_LABELS
        .iter()
        .any(|l| to.eq_ignore_ascii_case(l.as_bytes()))
    {
        return None;
    }
    let titled = |w: &[u8]| {
        let w = w.strip_suffix(b",").unwrap_or(w);
        w.len() >= 3
            && w.first().is_some_and(u8::is_ascii_uppercase)
            && w.get(1..)
                .is_some_and(|r| r.iter().all(u8::is_ascii_lowercase))
    };
    let mut names = 0;
    while names < 3
        && to.len() >= 3
        && (to.iter().all(u8::is_ascii_uppercase) || paren && titled(to))
    {
        let head = clause.strip_suffix(b" ")?;
        let k = head.iter().rposition(|&c| c == b' ').map_or(0, |p| p + 1);
        (clause, to) = head.split_at(k);
        names += 1;
    }
    // (In brackets, the name needs no second word: "to Emeka (…)".)
    if paren && names == 0 {
        return None;
    }
    // Or the bank's name in one capitalised word ("refund to Citi
    // 857-251-749-8", "withdraw my balance to Stanbic 302 675 0921").
    if names == 0 && titled(to) {
        if let Some(head) = clause.strip_suffix(b" ") {
            let k = head.iter().rposition(|&c| c == b' ').map_or(0, |p| p + 1);
            let (c2, t2) = head.split_at(k);
            if is(t2, &TO) {
                (clause, to) = (c2, t2);
            }
        }
    }
    if names == 1 && !paren || !is(to, &TO) && !is(to, more_to) {
        return None;
    }
    // The clause: back to a line break, a question or a full stop that
    // ends a sentence (not one inside an amount, "Rp 2.345.600", nor one
    // after a currency's short name, "sh. 608,000"). An exclamation the
    // sentence runs on after in lower case ends none ("salah transfer
    // kak! harusnya ke …").
    let from = clause
        .iter()
        .enumerate()
        .rev()
        .find(|&(k, &c)| {
            matches!(c, b'\n' | b'?')
                || c == b'!'
                    && !(at(clause, k + 1) == b' ' && at(clause, k + 2).is_ascii_lowercase())
                || c == b'.' && at(clause, k + 1) == b' ' && !at(clause, k + 2).is_ascii_digit()
        })
        .map_or(0, |(k, _)| k + 1);
    clause.get(from..)
}

/// True if money is sent to (or from) the value starting at `vs`: "to",
/// "into", "ke", "kwa", "para", "from", "dari", "من" … right before it
/// (or before the payee's name in capitals), after a word of sending
/// money earlier in its clause, within 64 bytes ("I transfer NGN5000 to
/// …", "tf dr rek 1948 4229 1712 ke …", "Transfer the balance to …",
/// "ابي احول الراتب من 365296444742 الى …").
fn sent_money_to(b: &[u8], vs: usize) -> bool {
    // Words of transferring with letters other than ASCII (Arabic; French
    // "reçu", "envoyé"): the clause's words below are split on ASCII
    // letters, so these are looked up as bytes.
    const SEND_BYTES: [&str; 8] = [
        "احول",
        "أحول",
        "حولت",
        "تحويل",
        "نحول",
        "reçu",
        "envoyé",
        "transféré",
    ];
    const SEND: [&[u8]; 34] = [
        b"transfer",
        b"transfert",
        b"recu",
        b"envoye",
        b"kekirim",
        b"terkirim",
        b"ketransfer",
        b"transferencia",
        b"enviei",
        b"mandei",
        b"transferred",
        b"transfered",
        b"tf",
        b"trf",
        b"trsf",
        // (An electronic funds transfer: "Instant EFT proof: R203,346.30
        // from … to 0392687584".)
        b"eft",
        b"wired",
        b"kirim",
        b"transferi",
        b"nilituma",
        b"natuma",
        b"umetuma",
        b"nimetuma",
        // The bank's own words for money arriving or leaving ("the credit
        // to 1010…", "salary inflow of ₦383,000 into 1014…").
        b"credit",
        b"debit",
        b"inflow",
        // Where a refund goes ("So the refund will go to 5010…", "Dana
        // 5000k dikembalikan ke 4135…", "o estorno vai pra 0012…").
        b"refund",
        b"refunded",
        b"dikembalikan",
        b"dikembaliin",
        b"reembolso",
        b"reembolsado",
        b"estorno",
        b"estornado",
    ];
    // "sent", "send" and paying need money in the clause: an amount or a
    // word for it ("I sent the form to …" sends none, nor does a
    // statement's "CARD PAYMENT TO 44980954").
    // (So does receiving it, from someone: "You have received Ksh 2,196
    // from PETER OTIENO 2547…", Swahili "Umepokea … kutoka kwa …".)
    const SEND_ANY: [&[u8]; 21] = [
        b"sent",
        b"send",
        b"pay",
        b"paid",
        b"payment",
        // (A transaction to a number: "check transaksi ni, RM 150 ke
        // 7011496162".)
        b"transaksi",
        b"transaction",
        b"deposited",
        b"deposit",
        b"received",
        b"umepokea",
        // Spanish and Portuguese deposits ("cuándo me lo depositan a …").
        b"depositar",
        b"deposita",
        b"depositan",
        b"depositen",
        b"depositaron",
        b"depositas",
        b"depositou",
        b"depositei",
        b"depositam",
        b"depositado",
    ];
    const MONEY: [&[u8]; 10] = [
        b"money",
        b"funds",
        b"cash",
        b"pesa",
        b"balance",
        b"naira",
        b"uang",
        b"duit",
        b"dinheiro",
        b"dinero",
    ];
    let Some(c) = money_clause(b, vs, &[]) else {
        return false;
    };
    let is = |w: &[u8], set: &[&[u8]]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let words = || c.split(|&x| !x.is_ascii_alphabetic());
    words().any(|w| is(w, &SEND))
        || SEND_BYTES
            .iter()
            .any(|w| memchr::memmem::find(c, w.as_bytes()).is_some())
        || words().any(|w| is(w, &SEND_ANY))
            && (c.iter().any(u8::is_ascii_digit) && !code_sent(c) || words().any(|w| is(w, &MONEY)))
}

/// True if `gap` holds a digit not glued to a letter: the digits of
/// Arabizi words ("la2", "3ala", "7aga") are letters.
fn loose_digit(gap: &[u8]) -> bool {
    gap.iter().enumerate().any(|(k, c)| {
        c.is_ascii_digit()
            && !(k > 0 && at(gap, k - 1).is_ascii_alphabetic())
            && !at(gap, k + 1).is_ascii_alphabetic()
    })
}

/// True if a word naming a one-time code itself (not a generic "code",
/// "código": "código 170.673" may be a sum) stands in the 24 bytes before
/// `vs`.
fn otp_named(b: &[u8], vs: usize) -> bool {
    let h = b.get(vs.saturating_sub(24)..vs).unwrap_or(&[]);
    any_word_ci(h, &["otp", "kode", "verifi", "تحقق"])
}

/// True if `b` holds "upi" or "vpa" in any ASCII case (found from their
/// "p", a rare letter).
fn upi_word(b: &[u8]) -> bool {
    memchr::memchr2_iter(b'p', b'P', b).any(|k| {
        let (l, r) = (before(b, k) | 0x20, at(b, k + 1) | 0x20);
        l == b'u' && r == b'i' || l == b'v' && r == b'a'
    })
}

/// True if naira ("NGN", "naira", "₦") are named in the 64 bytes before
/// `vs`.
fn naira_before(b: &[u8], vs: usize) -> bool {
    let h = b.get(vs.saturating_sub(64)..vs).unwrap_or(&[]);
    any_word_ci(h, &["₦", "naira", "ngn"])
}

/// True if a phone is topped up or paid at the value starting at `vs`: a
/// word of a top-up, of airtime or of a wallet paid to a phone number
/// earlier in the clause [`money_clause`] finds
/// ("Airtime top-up Ksh19,801 to 0133183302", "recargué COP 50.400,00 al
/// 3047259453", "isi pulsa 50rb ke 0812…").
fn topped_up(b: &[u8], vs: usize) -> bool {
    const TOP_UP: [&[u8]; 19] = [
        // Wallets paid to a phone number ("te yapeé S/. 3,455.00 al
        // 988010037", "por Plin mandé … al 921 419 101").
        b"yape",
        b"yapear",
        b"plin",
        b"pline",
        b"nequi",
        b"daviplata",
        b"topup",
        b"recharge",
        b"recharged",
        b"recarga",
        b"recargar",
        b"recargu",
        b"recargo",
        b"recarregar",
        b"recarreguei",
        b"recarregue",
        b"airtime",
        b"pulsa",
        b"reload",
    ];
    // (A phone is topped up "for" a number too: "airtime GH₵ 10.00 for
    // 0247336689".)
    let Some(c) = money_clause(b, vs, &[b"for", b"untuk"]) else {
        return false;
    };
    let mut prev: &[u8] = &[];
    c.split(|&x| !x.is_ascii_alphabetic()).any(|w| {
        let top = prev.eq_ignore_ascii_case(b"top") && w.eq_ignore_ascii_case(b"up");
        prev = w;
        top || TOP_UP.iter().any(|t| w.eq_ignore_ascii_case(t))
    })
}

/// A mobile-shaped number a code was sent to ("digite o código 642774 que
/// enviamos para 48983311202", "the OTP we sent to 4898331120"): "to",
/// "para", "al", "ke" … right before it, a word of sending and a word of a
/// code earlier in its clause, within 64 bytes. A phone at medium
/// confidence.
///
/// Asked of a mobile-shaped number a phone may be, no service number.
fn code_sent_to(text: &str, sp: &Span) -> Option<(Cand, bool)> {
    // (Or the word "number" right before it: "inviato al numero …",
    // "wysłany na numer …".)
    const TO: [&str; 13] = [
        "to", "para", "pra", "al", "a", "ke", "au", "on", "naar", "στο", "number", "numero",
        "numer",
    ];
    const SENT: [&str; 26] = [
        "sent",
        "send",
        "texted",
        "enviamos",
        "enviado",
        "enviada",
        "enviei",
        "envié",
        "mandamos",
        "mandei",
        "dikirim",
        "kirim",
        "terkirim",
        "kirimkan",
        "bheja",
        "envoyé",
        "verstuurd",
        "verzonden",
        "gestuurd",
        "inviato",
        "inviata",
        "wysłany",
        "wysłano",
        "στάλθηκε",
        "εστάλη",
        "gesendet",
    ];
    let head = tail(text, sp.start, 64);
    let clause = head
        .rsplit(['\n', '.', '!', '?', ';'])
        .next()
        .unwrap_or(head);
    let mut words = words_of(clause).rev();
    if !one_of(&TO, words.next()?) {
        return None;
    }
    (words.any(|w| one_of(&SENT, w)) && code_sent(clause.as_bytes()))
        .then(|| (Cand::context(sp.start, sp.end, K::Phone), false))
}

/// True if the clause `c` speaks of a code ("enter the code 642774 we sent
/// to …", "o código 642774 que enviamos para …"): its figures are the
/// code, no amount, and what it was sent to is a phone.
fn code_sent(c: &[u8]) -> bool {
    const CODE: [&[u8]; 8] = [
        b"code",
        b"kode",
        b"otp",
        b"token",
        b"codigo",
        b"verification",
        b"codice",
        b"kod",
    ];
    c.split(|x| !x.is_ascii_alphabetic())
        .any(|w| CODE.iter().any(|k| w.eq_ignore_ascii_case(k)))
        || ["código", "Código", "κωδικ", "Κωδικ"]
            .iter()
            .any(|k| memchr::memmem::find(c, k.as_bytes()).is_some())
}

/// Where the words saying what the value at `..e` is end, when a copula
/// and an article follow it at once (" is the ", " es el ", " é o ", "
/// adalah "), or a bracket opens (" ("): the next word names what it is.
fn presented_as(b: &[u8], e: usize) -> Option<usize> {
    const HEADS: [&[u8]; 13] = [
        b" is the ",
        b" is a ",
        b" is my ",
        b" is our ",
        b" es el ",
        b" es la ",
        b" es mi ",
        " é o ".as_bytes(),
        " é a ".as_bytes(),
        " é meu ".as_bytes(),
        " é minha ".as_bytes(),
        b" adalah ",
        b" (",
    ];
    // (Most values are followed by anything else: one look first.)
    if at(b, e) != b' ' || !matches!(at(b, e + 1) | 0x20, b'i' | b'e' | b'a' | 0xE3 | b'(') {
        return None;
    }
    let rest = b.get(e..)?;
    HEADS
        .iter()
        .find(|h| starts_with_ci(rest, h))
        .map(|h| e + h.len())
}

/// True if the value ending at `e` is presented as the reader's: "… is
/// your", "… is ur", "… es tu", "… é o seu", "… adalah", "… aapka".
fn presented_as_yours(b: &[u8], e: usize) -> bool {
    const HEADS: [&[u8]; 15] = [
        b" is your ",
        b" is ur ",
        // Hinglish and Hindi "your" ("925228 aapka eKYC OTP hai").
        b" aapka ",
        b" aapki ",
        " आपका ".as_bytes(),
        " आपके ".as_bytes(),
        " आपकी ".as_bytes(),
        b" es tu ",
        b" es su ",
        " é o seu ".as_bytes(),
        " é seu ".as_bytes(),
        " é o teu ".as_bytes(),
        b" adalah ",
        // Tamil "your", Malayalam "is your".
        " உங்கள் ".as_bytes(),
        " ആണ് നിങ്ങളുടെ ".as_bytes(),
    ];
    b.get(e..)
        .is_some_and(|rest| HEADS.iter().any(|h| starts_with_ci(rest, h)))
}

/// Words naming whose value it is, right after the value's word ("Kode
/// OTP Anda untuk …"); see [`for_purpose`].
const POSSESSIVES: [&[u8]; 5] = [b"anda", b"kamu", b"your", b"aapka", b"aapki"];

/// True if every figure in `b[ke..vs]` (at least one) is an amount ("Rp
/// 2.752.500", "100rb") or the last digits of a card or account after a
/// word saying so ("card ending 9383:"): numbers that name no value
/// between a keyword and the value it names.
fn figures_explained(b: &[u8], ctx: &Ctx, ke: usize, vs: usize) -> bool {
    let Some(gap) = b.get(ke..vs) else {
        return false;
    };
    let mut any = false;
    // Where the last figure ends.
    let mut tail = 0;
    let mut i = 0;
    while i < gap.len() {
        if !at(gap, i).is_ascii_digit() {
            i += 1;
            continue;
        }
        any = true;
        let mut e = i;
        let mut digits = 0;
        while at(gap, e).is_ascii_digit()
            || matches!(at(gap, e), b',' | b'.') && at(gap, e + 1).is_ascii_digit()
        {
            digits += usize::from(at(gap, e).is_ascii_digit());
            e += 1;
        }
        let last = (2..=4).contains(&digits)
            && ctx.hits().iter().any(|h| {
                h.mask & T_LAST != 0
                    && h.before
                    && h.end <= ke + i
                    && ke + i - h.end <= 4
                    && h.end >= ke
            });
        // (Or an id with a capitals' prefix, "Token para assinatura do
        // contrato CP-510918623: 459163": it names the contract.)
        let p = if i > 0 && at(gap, i - 1) == b'-' {
            i - 1
        } else {
            i
        };
        let id = p > 0 && at(gap, p - 1).is_ascii_uppercase();
        if !last && !id && amount_at(gap, i).is_none() {
            return false;
        }
        i = e;
        tail = e;
    }
    // Words must follow the last figure: the value is no piece of it
    // ("COD Rp 3.500.000").
    any && gap
        .get(tail..)
        .is_some_and(|t| t.iter().any(|c| !b" .,-/".contains(c)))
}

/// True if `line`, the first line of a text with no speaker's name, asks
/// for something: a question or a request ("Please confirm your date of
/// birth for security purposes.", "no rek nya berapa kak?").
fn asks(line: &[u8]) -> bool {
    /// Requests in Arabic script, found inside words ("الرجاء إدخال رمز
    /// التحقق", "ادخل كود التحقق"), in Devanagari ("OTP बताइए") or in
    /// Chinese ("请输入短信验证码"), and the Arabic and full-width question
    /// marks.
    const OTHER_SCRIPT_ASK: [&str; 15] = [
        "बताइए",
        "बताएं",
        "बताएँ",
        "ادخل",
        "أدخل",
        "إدخال",
        "الرجاء",
        "اكتب",
        "ارسل",
        "أرسل",
        "؟",
        "？",
        "请输入",
        "请提供",
        "请发送",
    ];
    !line.contains(&b'\n')
        && (line.contains(&b'?')
            || line
                .split(|&c| !c.is_ascii_alphabetic())
                .any(|w| ASK_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a)))
            || line.iter().any(|&c| c >= 0x80)
                && OTHER_SCRIPT_ASK
                    .iter()
                    .any(|w| memchr::memmem::find(line, w.as_bytes()).is_some()))
}

/// The length of the day when the group `g` is a whole date typed with no
/// space ("13sep1979", "2MAY79"): one or two digits, a month's name of
/// three or four letters, then two or four digits ending the group.
fn glued_month_date(b: &[u8], g: Group) -> Option<usize> {
    let t = b.get(g.start..g.end)?;
    let d = t.iter().take_while(|c| c.is_ascii_digit()).count();
    let m = t
        .get(d..)?
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let y = t.len().checked_sub(d + m)?;
    let year = t.get(d + m..)?;
    ((1..=2).contains(&d)
        && (3..=4).contains(&m)
        && matches!(y, 2 | 4)
        && year.iter().all(u8::is_ascii_digit)
        && is_month(t.get(d..d + m)?))
    .then_some(d)
}

/// True if `h` is a first value and the word or mark joining a second
/// one to it ("07-25 y ", "02 / 31 aur ", "4412 and "): at most 40 bytes,
/// starting with a digit.
fn first_of_two(h: &[u8]) -> bool {
    // (Not " - " nor " و ": "0811 - 2233 …" is one number.)
    let t = h.trim_ascii_end();
    h.len() <= 40
        && t.len() < h.len()
        && h.first().is_some_and(u8::is_ascii_digit)
        && LIST_JOINS
            .iter()
            .take(7)
            .any(|w| t.ends_with(w.trim_ascii_end()))
}

/// Words and marks joining two values listed in one answer (", ", " and
/// ", " y ", "0554034555 / 784199538264906", "87469832120 - 04.01.1973"),
/// read after the first value in `Compiled::asked_above` and before the
/// second; [`first_of_two`] takes the first seven.
const LIST_JOINS: [&[u8]; 9] = [
    b",",
    b" and ",
    b" e ",
    b" y ",
    b" dan ",
    b" aur ",
    b" / ",
    b" - ",
    " و ".as_bytes(),
];

/// The length of a copula or preposition ("is", "es", "a") that the word
/// at `i` starts with, glued to four digits or more after it ("IS544238",
/// "ES25.461.599-4", "a5359"); none for a model or a grade ("A320",
/// "a52"), which has fewer digits or a capital A.
fn glued_copula(b: &[u8], i: usize) -> Option<usize> {
    if is_alnum(before(b, i)) {
        return None;
    }
    let k = if at(b, i) == b'a' {
        1
    } else if matches!(at(b, i) | 0x20, b'i' | b'e') && at(b, i + 1) | 0x20 == b's' {
        2
    } else {
        return None;
    };
    let digits = b
        .get(i + k..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let next = at(b, i + k + digits);
    // (A word glued after the digits ends them: "IS906828843IS THAT OK";
    // not after "a", whose digits may open a UUID, "a1040edc-19e3-…".)
    let mut e = i + k + digits;
    while is_alnum(at(b, e)) {
        e += 1;
    }
    let next_word =
        k == 2 && e > i + k + digits && word_glued_after(b, i + k, e) == Some(i + k + digits);
    let next = if next_word { b' ' } else { next };
    // (Not an IBAN of Spain or Iceland, "ES9121000418…", "ES59-2100-…",
    // "ES6063555092⏎3001…": at most twelve digits, not going on after a
    // break, or two and a dot, as a RUT has; nor a UUID's head after "a",
    // "a4172216-20b5-…".)
    let ok = if k == 2 {
        let goes_on = next.is_ascii_whitespace() && at(b, i + k + digits + 1).is_ascii_digit();
        let ends = !(matches!(next, b'-' | b'/') || is_alnum(next) || goes_on);
        (4..=12).contains(&digits) && ends || digits == 2 && next == b'.'
    } else {
        digits >= 4 && !is_alnum(next) && next != b'-'
    };
    ok.then_some(k)
}

/// `h` without the blank lines and the lines of rule ("—", "---") that
/// end it: what stands between a question and the answer under it
/// ("Nomor KTP (16 digit)?\n—\n3604…").
fn trim_rules_end(h: &[u8]) -> &[u8] {
    let mut h = h.trim_ascii_end();
    loop {
        let t = ["—", "–", "-", "_"]
            .iter()
            .find_map(|m| h.strip_suffix(m.as_bytes()));
        match t {
            Some(t) => h = t.trim_ascii_end(),
            None => return h,
        }
    }
}

/// True if the text of a turn `t` is a quote of another message: in
/// quotation marks, after a quote mark, or a reply's header ("\"Para
/// ayudarte necesito tu RUT.\"", "> Proszę o PESEL", "[reply to: …]").
fn quotes(t: &[u8]) -> bool {
    let t = t.trim_ascii();
    let closed = |open: &str, close: &str| {
        t.starts_with(open.as_bytes())
            && t.ends_with(close.as_bytes())
            && t.len() > open.len() + close.len()
    };
    closed("\"", "\"")
        || closed("“", "”")
        || closed("[", "]") && starts_with_ci(t, b"[reply to")
        || t.starts_with(b"> ")
}

/// `h` without the arrow or dash a reply may open with ("↳ 768", "↪ 12 /
/// 26", "→ 891", "- 4839": how some apps and people mark an answer to a
/// quoted message) and the spaces after it.
fn strip_reply_mark(h: &[u8]) -> &[u8] {
    ["↳", "↪", "→", "👉", "- "]
        .iter()
        .find_map(|m| h.strip_prefix(m.as_bytes()))
        .map_or(h, <[u8]>::trim_ascii_start)
}

/// True if `rest[k]` starts a word: an ASCII letter or the first byte of
/// a character of another script.
fn is_word_start(rest: &[u8], k: usize) -> bool {
    let c = at(rest, k);
    c.is_ascii_alphabetic() || c >= 0xC0
}

/// True if `tok` is a time of day, maybe with punctuation after it
/// ("11:57", "03h31", "9.15,"): one or two digits, a colon, "h" or a dot,
/// and two digits.
fn time_token(tok: &[u8]) -> bool {
    let t = tok
        .iter()
        .rposition(u8::is_ascii_digit)
        .and_then(|p| tok.get(..=p))
        .unwrap_or(&[]);
    let Some(m) = t.iter().position(|&c| matches!(c, b':' | b'h' | b'.')) else {
        return false;
    };
    let (hh, mm) = (t.get(..m).unwrap_or(&[]), t.get(m + 1..).unwrap_or(&[]));
    (1..=2).contains(&hh.len()) && mm.len() == 2 && hh.iter().chain(mm).all(u8::is_ascii_digit)
}

/// True if `h` is one word of assent and a space, maybe after a comma
/// ("ok ", "udah, ", "تمام "): what an answer may start with.
fn assent(h: &[u8]) -> bool {
    // (And words saying the value came: "وصلني ۱۹۷۹", "收到了 930527";
    // or handing it over: Turkish "buyrun", Swahili "ni" and Pidgin "na"
    // (it is), "जी" and "جی" (ji); or pointing at it.)
    const ASSENT: [&str; 47] = [
        "ok",
        "okay",
        "oke",
        "okey",
        "sure",
        "yes",
        "yep",
        "ji",
        "haan",
        "han",
        "done",
        "listo",
        "pronto",
        "sí",
        "si",
        "sim",
        "udah",
        "sudah",
        "iya",
        "تمام",
        "ماشي",
        "received",
        "got",
        "recebi",
        "llegó",
        "geldi",
        "وصلني",
        "وصلتني",
        "收到了",
        "收到",
        "buyrun",
        "tamam",
        "evet",
        "ni",
        "na",
        "जी",
        "جی",
        // Or pointing at it: "ini 1228…", "ye wala 6040…", "sir 8808…".
        "sir",
        "ini",
        "ye",
        "yeh",
        "ye wala",
        "yeh wala",
        "this",
        "here",
        "aqui",
        "aquí",
    ];
    h.strip_suffix(b" ")
        .map(|w| w.strip_suffix(b",").unwrap_or(w))
        .is_some_and(|w| ASSENT.iter().any(|a| w.eq_ignore_ascii_case(a.as_bytes())))
}

/// Words that address the reader after an answer ("… kak", "… sir").
const ADDRESS_WORDS: [&[u8]; 9] = [
    b"kak", b"kk", b"min", b"gan", b"sis", b"bang", b"sir", b"ji", b"bhai",
];

/// Words after an answer that say it is the one asked for ("… ye hai").
const THIS_IS_IT: [&[u8]; 3] = [b"ye hai", b"yahi hai", b"yehi hai"];

/// Words that present a value given alone ("ye raha …", "… ese es",
/// "ya betul …"); see [`Compiled::lone_mobile`].
const PRESENTING: &[&str] = &[
    "ye",
    "yeh",
    "yahi",
    "yehi",
    "raha",
    "rahi",
    "hai",
    "sir",
    "ji",
    "bhai",
    "ok",
    "okay",
    "this",
    "is",
    "it",
    "its",
    "mine",
    "my",
    "here",
    "ini",
    "itu",
    "ya",
    "iya",
    "betul",
    "benar",
    "kak",
    "min",
    "ese",
    "es",
    "este",
    "el",
    "mismo",
    "si",
    "sí",
    "buenas",
    "tardes",
    "hola",
    "isso",
    "esse",
    "é",
    "meu",
    "mera",
    "registered",
    // Saying yes to a number read back, in the languages of Europe ("sì
    // confermo, 3396422859", "Ja klopt 0678697275", "ναι, 6933150260",
    // "sim é o 928166944", "tak, 694212377").
    "yes",
    "yep",
    "yeah",
    "correct",
    "sim",
    "o",
    "sì",
    "confermo",
    "confirmo",
    "ja",
    "klopt",
    "tak",
    "ναι",
    "oui",
    "evet",
    // The new one ("sí, el nuevo es 988808615", "o novo é …").
    "nuevo",
    "novo",
    "new",
    "baru",
];

/// Words that ask for a value in a line without a question mark.
const ASK_WORDS: [&[u8]; 38] = [
    b"please",
    b"pls",
    b"plz",
    b"kindly",
    b"confirm",
    b"share",
    b"provide",
    b"mohon",
    b"tolong",
    b"informe",
    b"informa",
    b"envie",
    b"confirme",
    b"kirim",
    b"bataiye",
    // A form's or a bot's request ("Now enter the expiry (MM/YY)").
    b"enter",
    b"type",
    b"reply",
    b"masukkan",
    b"ingrese",
    b"ingresa",
    b"digite",
    b"daalein",
    b"daaliye",
    b"daliye",
    b"bhejein",
    b"bhejiye",
    // (Requests in the languages of Europe: "Proszę podać numer PESEL w
    // celu weryfikacji.", "Bitte senden Sie …", "Stuur je BSN …".)
    b"send",
    b"podaj",
    // ("podać", split at its last letter.)
    b"poda",
    b"bitte",
    b"stuur",
    b"geef",
    b"indique",
    b"indica",
    b"inserisci",
    b"veuillez",
    b"indiquez",
];

/// Words that start a purpose clause ("to check balance", "para ma-check",
/// "untuk cek saldo").
const PURPOSE_WORDS: [&[u8]; 10] = [
    b"to", b"for", b"para", b"pra", b"untuk", b"buat", b"pour", b"per", b"liye", b"taaki",
];

/// Words that open a relative clause after a keyword ("PIN I set …",
/// "NIP que puse …", "kode yang …"), for [`for_purpose`].
const RELATIVE_WORDS: [&[u8]; 6] = [b"i", b"that", b"which", b"que", b"je", b"yang"];

/// The value of the ASCII or other-script digits of the group `g`.
fn group_num(b: &[u8], g: Group) -> u32 {
    let mut v = 0u32;
    let mut j = g.start;
    while j < g.end {
        let Some((d, l)) = digit_at(b, j) else { break };
        v = v.saturating_mul(10).saturating_add(u32::from(d));
        j += l;
    }
    v
}

/// The value of up to `most` digits of any script from `j`, where they
/// end, and how many there were.
fn digits_value(b: &[u8], mut j: usize, most: usize) -> (u32, usize, usize) {
    let (mut v, mut n) = (0u32, 0);
    while n < most {
        let Some((d, l)) = digit_at(b, j) else { break };
        v = v.saturating_mul(10).saturating_add(u32::from(d));
        j += l;
        n += 1;
    }
    (v, j, n)
}

/// The end of a Vietnamese date after its day `day` ending at `j`:
/// "tháng" and the month's number, "năm" (or "nam") and a birth year. (The
/// words' capitals differ from theirs only in ASCII: "Tháng" matches.)
fn vietnamese_date(b: &[u8], j: usize, day: u32) -> Option<usize> {
    let word = |j: usize, ws: &[&str]| {
        let t = b.get(j..)?;
        ws.iter()
            .find(|w| {
                t.get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w.as_bytes()))
            })
            .map(|w| j + w.len())
    };
    let number = |j: usize, most: usize| {
        let (v, j, n) = digits_value(b, j, most);
        (n > 0 && digit_at(b, j).is_none()).then_some((v, j, n))
    };
    let j = word(skip_spaces(b, j), &["tháng", "thang"])?;
    let (month, j, _) = number(skip_spaces(b, j), 2)?;
    let k = skip_spaces(b, j + usize::from(at(b, j) == b','));
    let j = word(k, &["năm", "nam"]).unwrap_or(k);
    let (year, e, n) = number(skip_spaces(b, j), 4)?;
    (n == 4 && birth_year(year) && day_month(day, month) && !is_alnum(at(b, e))).then_some(e)
}

fn skip_spaces(b: &[u8], mut j: usize) -> usize {
    while let Some((k, l)) = sep_at(b, j) {
        if k != SEP_SPACE {
            break;
        }
        j += l;
    }
    j
}

/// Month names and abbreviations (lowercase) in the corpus languages.
/// A `match` on strings compiles to a dispatch on length and bytes, far
/// cheaper than comparing against each name in turn.
fn month_name(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "janeiro"
            | "fevereiro"
            | "março"
            | "marco"
            | "abril"
            | "maio"
            | "junho"
            | "julho"
            | "agosto"
            | "setembro"
            | "outubro"
            | "novembro"
            | "dezembro"
            | "enero"
            | "febrero"
            | "marzo"
            | "mayo"
            | "junio"
            | "julio"
            | "septiembre"
            | "setiembre"
            | "octubre"
            | "noviembre"
            | "diciembre"
            | "janvier"
            | "février"
            | "fevrier"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "août"
            | "aout"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
            | "decembre"
            | "gennaio"
            | "febbraio"
            | "aprile"
            | "maggio"
            | "giugno"
            | "luglio"
            | "settembre"
            | "ottobre"
            | "dicembre"
            | "januari"
            | "januarie"
            | "junie"
            | "julie"
            | "februari"
            | "maret"
            | "mei"
            | "mac"
            | "julai"
            | "ogos"
            | "disember"
            | "juni"
            | "juli"
            | "agustus"
            | "agu"
            | "agt"
            | "oktober"
            | "desember"
            | "ocak"
            | "şubat"
            | "subat"
            | "mart"
            | "nisan"
            | "mayıs"
            | "mayis"
            | "haziran"
            | "temmuz"
            | "ağustos"
            | "agustos"
            // Catalan (the rest are written as in Spanish or French).
            | "gener"
            | "febrer"
            | "març"
            | "maig"
            | "juny"
            | "juliol"
            | "agost"
            | "setembre"
            | "desembre"
            // Welsh ("Mai" is written as in French).
            | "ionawr"
            | "chwefror"
            | "mawrth"
            | "ebrill"
            | "mehefin"
            | "gorffennaf"
            | "awst"
            | "medi"
            | "hydref"
            | "tachwedd"
            | "rhagfyr"
            // Greek, in the genitive a date takes, with and without
            // accents.
            | "ιανουαρίου"
            | "φεβρουαρίου"
            | "μαρτίου"
            | "απριλίου"
            | "μαΐου"
            | "μαϊου"
            | "ιουνίου"
            | "ιουλίου"
            | "αυγούστου"
            | "σεπτεμβρίου"
            | "οκτωβρίου"
            | "νοεμβρίου"
            | "δεκεμβρίου"
            | "ιανουαριου"
            | "φεβρουαριου"
            | "μαρτιου"
            | "απριλιου"
            | "μαιου"
            | "ιουνιου"
            | "ιουλιου"
            | "αυγουστου"
            | "σεπτεμβριου"
            | "οκτωβριου"
            | "νοεμβριου"
            | "δεκεμβριου"
            | "eylül"
            | "eylul"
            | "stycznia"
            | "lutego"
            | "marca"
            | "kwietnia"
            | "maja"
            | "czerwca"
            | "lipca"
            | "sierpnia"
            | "września"
            | "wrzesnia"
            | "października"
            | "pazdziernika"
            | "listopada"
            | "grudnia"
            | "maart"
            | "augustus"
            | "ekim"
            | "kasım"
            | "kasim"
            | "aralık"
            | "aralik"
            | "ene"
            | "abr"
            | "nopember"
            | "pebruari"
            | "fev"
            | "fév"
            | "dez"
            | "dic"
            | "ago"
            // (Malay "Ogos" cut short: "27 ogo 1965".)
            | "ogo"
            // (Italian and Turkish months cut short: "18-giu-1973",
            // "21-nis-1972"; not Turkish "tem" nor "haz", Portuguese "has"
            // and Spanish "do": "CPF … 62 tem 2 cadastros".)
            | "gen"
            | "giu"
            | "lug"
            | "ott"
            | "nis"
            | "eyl"
            | "set"
            | "out"
            | "okt"
            | "des"
            | "يناير"
            | "فبراير"
            | "مارس"
            | "أبريل"
            | "ابريل"
            | "إبريل"
            | "مايو"
            | "يونيو"
            | "يونيه"
            | "يوليو"
            | "يوليه"
            | "أغسطس"
            | "اغسطس"
            | "سبتمبر"
            | "أكتوبر"
            | "اكتوبر"
            | "نوفمبر"
            | "ديسمبر"
            | "شباط"
            | "آذار"
            | "اذار"
            | "نيسان"
            | "أيار"
            | "ايار"
            | "حزيران"
            | "تموز"
            | "آب"
            | "أيلول"
            | "ايلول"
            | "जनवरी"
            | "फ़रवरी"
            | "फरवरी"
            | "मार्च"
            | "अप्रैल"
            | "मई"
            | "जून"
            | "जुलाई"
            | "अगस्त"
            | "सितंबर"
            | "सितम्बर"
            | "अक्टूबर"
            | "नवंबर"
            | "नवम्बर"
            | "दिसंबर"
            | "दिसम्बर"
            // Urdu.
            | "جنوری"
            | "فروری"
            | "مارچ"
            | "اپریل"
            | "مئی"
            | "جون"
            | "جولائی"
            | "اگست"
            | "ستمبر"
            | "اکتوبر"
            | "نومبر"
            | "دسمبر"
            // Bengali (য় as NFC leaves it: য and a nukta).
            | "জানু\u{9af}\u{9bc}ারি"
            | "ফেব্রু\u{9af}\u{9bc}ারি"
            | "মার্চ"
            | "এপ্রিল"
            | "মে"
            | "জুন"
            | "জুলাই"
            | "আগস্ট"
            | "সেপ্টেম্বর"
            | "অক্টোবর"
            | "নভেম্বর"
            | "ডিসেম্বর"
            // Nordic and German.
            | "maj"
            | "augusti"
            | "januar"
            | "februar"
            | "marts"
            | "märz"
            | "marz"
            | "dezember"
            | "tammikuuta"
            | "helmikuuta"
            | "maaliskuuta"
            | "huhtikuuta"
            | "toukokuuta"
            | "kesäkuuta"
            | "heinäkuuta"
            | "elokuuta"
            | "syyskuuta"
            | "lokakuuta"
            | "marraskuuta"
            | "joulukuuta"
            | "janúar"
            | "febrúar"
            | "apríl"
            | "maí"
            | "júní"
            | "júlí"
            | "ágúst"
            | "október"
            | "nóvember"
            // Thai.
            | "มกราคม"
            | "กุมภาพันธ์"
            | "มีนาคม"
            | "เมษายน"
            | "พฤษภาคม"
            | "มิถุนายน"
            | "กรกฎาคม"
            | "สิงหาคม"
            | "กันยายน"
            | "ตุลาคม"
            | "พฤศจิกายน"
            | "ธันวาคม"
            // Croatian and Serbian (in the genitive of dates: "24. travnja
            // 2011.", "5. jula 1960.").
            | "siječnja"
            | "veljače"
            | "ožujka"
            | "travnja"
            | "svibnja"
            | "lipnja"
            | "srpnja"
            | "kolovoza"
            | "rujna"
            | "studenoga"
            | "studenog"
            | "prosinca"
            | "januara"
            | "februara"
            | "marta"
            | "aprila"
            | "juna"
            | "jula"
            | "avgusta"
            | "septembra"
            | "oktobra"
            | "novembra"
            | "decembra"
            // Haitian Creole (the short ones are words too: "me", "jen",
            // "out"; "mas" only between a day and a year elsewhere, "li fèt
            // 14 mas 1994").
            | "janvye"
            | "fevriye"
            | "mas"
            | "jiyè"
            | "jiye"
            | "septanm"
            | "oktòb"
            | "oktob"
            | "novanm"
            | "desanm"
            // Tagalog.
            | "pebrero"
            | "marso"
            | "hunyo"
            | "hulyo"
            | "setyembre"
            | "oktubre"
            | "nobyembre"
            | "disyembre"
            // Czech, in the genitive a date uses (and without accents).
            | "ledna"
            | "února"
            | "unora"
            | "března"
            | "brezna"
            | "dubna"
            | "května"
            | "kvetna"
            | "června"
            | "cervna"
            | "července"
            | "cervence"
            | "srpna"
            | "září"
            | "zari"
            | "října"
            | "rijna"
            | "listopadu"
            | "prosince"
            // Romanian (the rest are written as in another language).
            | "ianuarie"
            | "februarie"
            | "martie"
            | "aprilie"
            | "iunie"
            | "iulie"
            | "septembrie"
            | "octombrie"
            | "noiembrie"
            | "decembrie"
            // Hungarian.
            | "január"
            | "február"
            | "március"
            | "marcius"
            | "április"
            | "aprilis"
            | "május"
            | "majus"
            | "június"
            | "junius"
            | "július"
            | "julius"
            | "augusztus"
            | "szeptember"
            // Ukrainian, in the genitive.
            | "січня"
            | "лютого"
            | "березня"
            | "квітня"
            | "травня"
            | "червня"
            | "липня"
            | "серпня"
            | "вересня"
            | "жовтня"
            | "листопада"
            | "грудня"
            // Russian, in the genitive a date uses.
            | "января"
            | "февраля"
            | "марта"
            | "апреля"
            | "мая"
            | "июня"
            | "июля"
            | "августа"
            | "сентября"
            | "октября"
            | "ноября"
            | "декабря"
    )
}

/// Where a birth year typed before a month name starts ("1999. november"
/// with `month` at the month): four ASCII digits, a full stop, a space.
fn year_first(b: &[u8], month: usize) -> Option<usize> {
    let k = month.checked_sub(2)?;
    if b.get(k..month)? != b". " {
        return None;
    }
    let ys = k.checked_sub(4)?;
    let digits = b.get(ys..k)?;
    if !digits.iter().all(u8::is_ascii_digit) || is_alnum(before(b, ys)) {
        return None;
    }
    birth_year(ascii_num(digits)).then_some(ys)
}

/// The number the ASCII digits `d` spell (callers bound their length).
fn ascii_num(d: &[u8]) -> u32 {
    d.iter()
        .fold(0u32, |a, &x| a * 10 + u32::from(x.wrapping_sub(b'0')))
}

/// True if `sp` ends the text (but for punctuation, spaces and emoji) and
/// all before it on its line is a short correction: a word of denial or
/// of the right one, then at most three words ("no its …", "nahi ye wala
/// …", "bukan kak, yg bener …", "no, el correcto es …").
fn correction_alone(b: &[u8], sp: &Span) -> bool {
    const HEADS: &[&str] = &[
        "no",
        "nope",
        "nah",
        "sorry",
        "nahi",
        "nhi",
        "galat",
        "bukan",
        "salah",
        "não",
        "nao",
        "errado",
        "incorrecto",
        "equivocado",
    ];
    const RIGHT: &[&str] = &[
        "its", "it's", "is", "wala", "vala", "bener", "benar", "correcto", "correcta", "certo",
        "certa", "sahi", "actually", "es", "é",
    ];
    // (Cheap first: at most 16 bytes after it, 48 before it on its line.)
    let rest = b.get(sp.end..).unwrap_or(&[]);
    if rest.len() > 16 || rest.iter().any(u8::is_ascii_alphanumeric) {
        return false;
    }
    let lo = sp.start.saturating_sub(48);
    let line = match b.get(lo..sp.start).and_then(|h| memchr::memrchr(b'\n', h)) {
        Some(k) => lo + k + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let Some(head) = b.get(line..sp.start) else {
        return false;
    };
    // (The last word first, read as bytes: most numbers have none of
    // these before them.)
    let last = head
        .trim_ascii_end()
        .rsplit(|&c| matches!(c, b' ' | b',' | b'\t'))
        .next()
        .unwrap_or(&[]);
    if !RIGHT
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w.as_bytes()))
    {
        return false;
    }
    let Ok(head) = std::str::from_utf8(head) else {
        return false;
    };
    // (No allocation: the words are counted and their ends looked at.)
    // (Not a number's correction: "sorry wrong number, it's 6933…" is
    // a phone.)
    words_of(head).nth(4).is_none()
        && words_of(head).next().is_some_and(|w| one_of(HEADS, w))
        && !words_of(head).any(|w| one_of(&["number", "numero", "número", "nomor", "nombor"], w))
        && !head.bytes().any(|c| c.is_ascii_digit())
}

/// The next word from `i`: printable ASCII between spaces, after any
/// spaces and opening quotes or brackets; `(start, end)`.
fn printable_word(b: &[u8], mut i: usize) -> (usize, usize) {
    while i < b.len() && (at(b, i) <= b' ' || matches!(at(b, i), b'"' | b'\'' | b'(' | b'`')) {
        i += 1;
    }
    let vs = i;
    while i < b.len() && at(b, i) > b' ' {
        i += 1;
    }
    (vs, i)
}

/// True if a month's name is glued right before `i` by a dash, a slash
/// or a dot ("Mar-" of "17-Mar-2025").
fn month_glued_before(b: &[u8], i: usize) -> bool {
    if !matches!(before(b, i), b'-' | b'/' | b'.') {
        return false;
    }
    let we = i - 1;
    let ws = (0..we)
        .rev()
        .take_while(|&k| at(b, k).is_ascii_alphabetic())
        .last()
        .unwrap_or(we);
    b.get(ws..we).is_some_and(is_month)
}

/// Where the month's name right before `i`, one space between, starts
/// ("October 3", "Jan 2025").
fn month_before(b: &[u8], i: usize) -> Option<usize> {
    if before(b, i) != b' ' {
        return None;
    }
    let we = i - 1;
    let mut ws = we;
    while ws > 0 && (at(b, ws - 1).is_ascii_alphabetic() || at(b, ws - 1) >= 0x80) {
        ws -= 1;
    }
    b.get(ws..we).is_some_and(is_month).then_some(ws)
}

pub(crate) fn is_month(w: &[u8]) -> bool {
    // (Bengali months take three bytes a letter: "সেপ্টেম্বর" is thirty.)
    if w.len() < 3 || w.len() > 40 {
        return false;
    }
    if w.is_ascii() {
        let mut buf = [0u8; 24];
        for (d, s) in buf.iter_mut().zip(w) {
            *d = s.to_ascii_lowercase();
        }
        let lw = buf.get(..w.len()).unwrap_or(&[]);
        return core::str::from_utf8(lw).is_ok_and(month_name);
    }
    let Ok(w) = core::str::from_utf8(w) else {
        return false;
    };
    // Case folding beyond ASCII ("Şubat", "MARÇO", "Août"), once, into a
    // fixed buffer.
    let mut buf = [0u8; 64];
    let mut n = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        let Some(slot) = buf.get_mut(n..n + c.len_utf8()) else {
            return false;
        };
        c.encode_utf8(slot);
        n += c.len_utf8();
    }
    let lw = buf.get(..n).unwrap_or(&[]);
    core::str::from_utf8(lw).is_ok_and(month_name)
}

/// True if `b` is written in capitals: no ASCII lower-case letter, and at
/// least four words of three or more ASCII letters, all upper case.
fn caps_text(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_lowercase)
        && b.split(|c| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 3 && w.iter().all(u8::is_ascii_uppercase))
            .nth(3)
            .is_some()
}

/// True if a SWIFT or BIC word names the word at `[start, end)` right before
/// it, maybe with "code" or "is" between ("SWIFT: QNBAQAQA", "BIC CODE IS
/// DEUTDEFF", "كود السويفت NBEGEGCX"), or right after it ("DEUTDEFF
/// SWIFT").
fn bic_word_around(b: &[u8], start: usize, end: usize) -> bool {
    let cut = |c: &u8| {
        matches!(
            c,
            b' ' | b':' | b'-' | b'/' | b'(' | b')' | b'\n' | b'#' | b',' | b'.'
        )
    };
    let named = |w: &[u8]| {
        [&b"swift"[..], b"bic", b"swiftcode"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
            || w.ends_with("سويفت".as_bytes())
    };
    let filler = |w: &[u8]| {
        [
            "code", "kode", "código", "codigo", "is", "es", "é", "adalah", "هو",
        ]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k.as_bytes()))
    };
    let head = b.get(start.saturating_sub(32)..start).unwrap_or(&[]);
    for w in head.split(cut).filter(|w| !w.is_empty()).rev().take(3) {
        if named(w) {
            return true;
        }
        if !filler(w) {
            break;
        }
    }
    let tail = b.get(end..(end + 16).min(b.len())).unwrap_or(&[]);
    tail.split(cut).find(|w| !w.is_empty()).is_some_and(named)
}

/// A character of a script written without spaces between words: CJK
/// ideographs and punctuation, kana, Hangul.
fn spaceless(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// The Japanese eras of the last century, with the Gregorian year of each
/// one's first year (昭和元年 is 1926).
const JAPANESE_ERAS: &[(&str, u32)] = &[("昭和", 1926), ("平成", 1989), ("令和", 2019)];

/// A year a birth date may have: 1900–2030.
fn birth_year(y: u32) -> bool {
    (1900..=2030).contains(&y)
}

/// True if the span is a full date (day-month-year either way round, or
/// year-month-day) whose year is 1930–2008: a birth date's, seldom any
/// other date's in chat.
fn old_date(sp: &Span) -> bool {
    let year = match *sp.glens() {
        [1..=2, 1..=2, 4] => sp.num(sp.n - 4..sp.n),
        [4, 2, 2] => sp.num(0..4),
        _ => return false,
    };
    (1930..=2008).contains(&year)
}

/// True if the date `sp` opens the text (only white space before it), its
/// year is 1930–2008 and no time follows it ("12/03/1998, 10:30 - …" is
/// an export's stamp).
fn opens_on_old_date(b: &[u8], sp: &Span) -> bool {
    old_date(sp) && b.get(..sp.start).is_some_and(acknowledged) && !time_after(b, sp.end)
}

/// True if a time of day follows `end`, maybe after a comma ("… 1954,
/// 10:32", "… 1954 14.05").
fn time_after(b: &[u8], end: usize) -> bool {
    let mut k = end;
    while matches!(at(b, k), b' ' | b',') {
        k += 1;
    }
    let mut d = k;
    while at(b, d).is_ascii_digit() {
        d += 1;
    }
    d > k && matches!(at(b, d), b':' | b'.') && at(b, d + 1).is_ascii_digit()
}

/// Words that acknowledge a request before the answer ("ok, 132659",
/// "sí, 05/04/1997", "iya 21/10/85").
const ACKS: &[&str] = &[
    "ok", "okay", "oke", "okey", "okk", "okie", "yes", "yep", "yeah", "sure", "done", "here", "si",
    "sí", "sim", "claro", "listo", "pronto", "aqui", "aquí", "ya", "iya", "ini", "siap", "ji",
    "haan", "han", "ha", "ok ji", "نعم", "تمام", "اوكي", "ايوه", "حاضر", "its", "it's", "it’s",
    "sorry", "udah", "sudah", "kak", "vale", "blz", "beleza", "تم",
];

/// True if `head` holds only white space, or one or two words of
/// [`ACKS`] with punctuation ("ok, ", "sí. ", "ok ji ").
fn acknowledged(head: &[u8]) -> bool {
    let mut words = 0;
    for w in head
        .split(|&c| {
            matches!(
                c,
                b' ' | b'\t' | b'\r' | b'\n' | b',' | b'.' | b'!' | b':' | b'-'
            )
        })
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if words > 2 || !ACKS.iter().any(|a| w.eq_ignore_ascii_case(a.as_bytes())) {
            return false;
        }
    }
    true
}

/// A year of the Thai Buddhist era for a birth in 1900–2030 (2443–2573).
fn buddhist_year(y: u32) -> bool {
    (2443..=2573).contains(&y)
}

/// A year a birth date of the Hijri calendar may have: 1318–1452 (about
/// 1900–2030).
fn hijri_year(y: u32) -> bool {
    (1318..=1452).contains(&y)
}

/// Where the name of a Hijri month starting at `ms` (its first word ends
/// at `me`) ends: one word ("رمضان", "شوال") or two ("ربيع الأول", "جمادى
/// الآخرة", "ذو الحجة").
fn hijri_month(b: &[u8], ms: usize, me: usize) -> Option<usize> {
    const ONE: [&str; 6] = ["محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال"];
    const HEADS: [&str; 5] = ["ربيع", "جمادى", "جمادي", "ذو", "ذي"];
    const TAILS: [&str; 15] = [
        "الأول",
        "الاول",
        "الأولى",
        "الاولى",
        "الآخر",
        "الاخر",
        "الآخرة",
        "الاخرة",
        "الثاني",
        "الثانى",
        "الثانية",
        "القعدة",
        "القعده",
        "الحجة",
        "الحجه",
    ];
    let word = b.get(ms..me)?;
    if ONE.iter().any(|w| w.as_bytes() == word) {
        return Some(me);
    }
    if !HEADS.iter().any(|w| w.as_bytes() == word) {
        return None;
    }
    month_second_word(b, me, &TAILS)
}

/// Where a month's name of two words ends, its first word ending at `me`:
/// after spaces, one of `tails` ("كانون الأول", "ربيع الآخر").
fn month_second_word(b: &[u8], me: usize, tails: &[&str]) -> Option<usize> {
    let k = skip_spaces(b, me);
    let e = letters_end(b, k);
    let tail = b.get(k..e)?;
    (k > me && tails.iter().any(|t| t.as_bytes() == tail)).then_some(e)
}

/// Thai months as abbreviated in dates ("6 มิ.ย. 2522"), without their
/// last full stop.
const THAI_MONTHS_SHORT: &[&str] = &[
    "ม.ค",
    "ก.พ",
    "มี.ค",
    "เม.ย",
    "พ.ค",
    "มิ.ย",
    "ก.ค",
    "ส.ค",
    "ก.ย",
    "ต.ค",
    "พ.ย",
    "ธ.ค",
];

/// The end of an abbreviated Thai month at `i`, its last full stop
/// included when typed.
fn thai_month_abbrev(b: &[u8], i: usize) -> Option<usize> {
    if at(b, i) != 0xE0 {
        return None;
    }
    let t = b.get(i..)?;
    let m = THAI_MONTHS_SHORT
        .iter()
        .find(|m| t.starts_with(m.as_bytes()))?;
    let e = i + m.len();
    Some(e + usize::from(at(b, e) == b'.'))
}

/// First halves of the two-word Levantine month names ("كانون الثاني").
const MONTH_HEADS: &[&str] = &["كانون", "تشرين"];
/// Their second halves.
const MONTH_TAILS: &[&str] = &["الأول", "الاول", "الثاني", "الثانى", "أول", "ثاني"];

/// The end of the word of letters (any script) at `i`, stopping at spaces,
/// punctuation, the Arabic comma and the Devanagari danda.
fn letters_end(b: &[u8], i: usize) -> usize {
    let mut j = i;
    loop {
        let c = at(b, j);
        let letter = c.is_ascii_alphabetic()
            || (c >= 0x80
                && sep_at(b, j).is_none()
                && digit_at(b, j).is_none()
                && !(c == 0xD8 && at(b, j + 1) == 0x8C)
                && !(c == 0xE0 && at(b, j + 1) == 0xA5 && matches!(at(b, j + 2), 0xA4 | 0xA5)));
        if !letter {
            return j;
        }
        j += 1;
    }
}

/// The kinds of a person's own id and contacts: a long-past date listed
/// right after one of them is the person's birth date.
const PERSON_KINDS: &[PiiKind] = &[
    K::BrCpf,
    K::IdNik,
    K::InPan,
    K::InAadhaar,
    K::UsSsn,
    K::MxCurp,
    K::MxRfc,
    K::EsDni,
    K::EsNie,
    K::ClRut,
    K::ArCuit,
    K::TrTckn,
    K::SgNric,
    K::UkNino,
    K::CaSin,
    K::ItCodiceFiscale,
    K::PlPesel,
    K::NlBsn,
    K::AeEmiratesId,
    K::CnResidentId,
    K::Phone,
    K::Email,
];

/// True if the date `b[start..end]`, written with a month's name and a
/// four-digit year from 1930 to 2008, is listed right after a value of
/// [`PERSON_KINDS`] found before it: only list separators between them,
/// at most six bytes and one line break ("ZWVPI4522F\n26 Sep 1977").
fn listed_after_person(b: &[u8], cands: &[Cand], start: usize, end: usize) -> bool {
    let Some(c) = cands.last() else { return false };
    b.get(start..end).is_some_and(old_year_in)
        && c.end <= start
        && PERSON_KINDS.contains(&c.kind)
        && b.get(c.end..start).is_some_and(|g| list_gap(g, false))
}

/// True if `d` holds a run of four ASCII digits alone, a year from 1930
/// to 2008.
fn old_year_in(d: &[u8]) -> bool {
    d.windows(4).enumerate().any(|(k, w)| {
        w.iter().all(u8::is_ascii_digit)
            && !at(d, k + 4).is_ascii_digit()
            && (k == 0 || !at(d, k - 1).is_ascii_digit())
            && std::str::from_utf8(w)
                .ok()
                .and_then(|y| y.parse::<u32>().ok())
                .is_some_and(|y| (1930..=2008).contains(&y))
    })
}

/// True if `gap` lies between two items of a list: at most six bytes of
/// list separators (the Arabic comma and semicolon among them; brackets
/// with `brackets`), at most one line break.
fn list_gap(gap: &[u8], brackets: bool) -> bool {
    if gap.len() > 6 || memchr::memchr_iter(b'\n', gap).nth(1).is_some() {
        return false;
    }
    let mut i = 0;
    while let Some(&x) = gap.get(i) {
        // (The Arabic comma and semicolon, "،" and "؛", two bytes each.)
        if x == 0xD8 && matches!(gap.get(i + 1), Some(0x8C | 0x9B)) {
            i += 2;
            continue;
        }
        let sep = matches!(x, b' ' | b'/' | b'|' | b',' | b';' | b'-' | b'\n' | b'\t')
            || brackets && matches!(x, b'(' | b')');
        if !sep {
            return false;
        }
        i += 1;
    }
    true
}

/// True if `gap` is a line break then the header of a chat's next bubble
/// ("\n[10:01] me: ", "\n10:02 - Ana: "): a time, then a name of at most
/// 24 bytes without digits and a colon; at most 48 bytes in all.
fn bubble_gap(gap: &[u8]) -> bool {
    let k = gap.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    let Some(t) = gap.get(k..).and_then(|t| t.strip_prefix(b"\n")) else {
        return false;
    };
    let t = t.strip_prefix(b"[").unwrap_or(t);
    let h = t.iter().take_while(|c| c.is_ascii_digit()).count();
    let timed = (1..=2).contains(&h)
        && at(t, h) == b':'
        && at(t, h + 1).is_ascii_digit()
        && at(t, h + 2).is_ascii_digit();
    let Some(rest) = t.get(h + 3..) else {
        return false;
    };
    let rest = rest.strip_prefix(b"]").unwrap_or(rest).trim_ascii_start();
    let rest = rest.strip_prefix(b"- ").unwrap_or(rest);
    let Some(colon) = memchr::memchr(b':', rest) else {
        return false;
    };
    let (name, after) = rest.split_at(colon);
    gap.len() <= 48
        && timed
        && !name.is_empty()
        && name.len() <= 24
        && !name.iter().any(|c| c.is_ascii_digit() || *c == b'\n')
        && after.iter().skip(1).all(|&c| c == b' ')
}

/// Reports as a birth date `start..end`, a full date of a long-past year
/// read as no finding, when it is listed right before a person's id, phone
/// or email ("Lakshmi R\n6 May 1957\nSFQPI5354C", "Owen Hughes, 21 Feb
/// 1977, owen.hughes@hotmail.com"): a person's details, the date theirs.
fn date_before_id(b: &[u8], (start, end): (usize, usize), cands: &mut Vec<Cand>) {
    let next = cands
        .iter()
        .filter(|c| c.start >= end)
        .min_by_key(|c| c.start);
    let listed = next.is_some_and(|c| {
        PERSON_KINDS.contains(&c.kind) && b.get(end..c.start).is_some_and(|g| list_gap(g, false))
    });
    if listed && !cands.iter().any(|c| c.start < end && start < c.end) {
        cands.push(Cand::context(start, end, K::DateOfBirth));
    }
}

/// True if `gap` is the one separator between two of a person's details
/// in a list (" / ", ", ", " | ", "; ", "/", ",").
fn contact_gap(gap: &[u8]) -> bool {
    matches!(gap, b" / " | b", " | b" | " | b"; " | b"/" | b",")
}

/// A mobile of ten digits or more listed right after a person's id or
/// birth date, in a list of someone's details ("os dados: 037.836.695-53
/// / 21/05/1987 / 98963841060", "702.609.343-64, 41970518739, …"): their
/// phone, at medium confidence. Asked only when no word in the text
/// names the number otherwise (an account asked for in the same list
/// stays an account).
fn details_phone(b: &[u8], cands: &[Cand], sp: &Span) -> Option<(Cand, bool)> {
    let c = cands.last()?;
    let listed = sp.n >= 10
        && (c.kind == K::DateOfBirth || PERSON_KINDS.contains(&c.kind))
        && c.end <= sp.start
        && b.get(c.end..sp.start).is_some_and(contact_gap);
    listed.then(|| (Cand::context(sp.start, sp.end, K::Phone), false))
}

/// True if the candidate of `kind` at `start` is listed right after a
/// value it belongs with (a CVV or expiry after the card, an account after
/// its sort code, routing number, IFSC or BIC, a BIC after an IBAN of its
/// country), with only list separators and at most one line break between
/// them.
fn listed_after(b: &[u8], cands: &[Cand], sp: &Span, kind: PiiKind) -> bool {
    let start = sp.start;
    let after = match kind {
        K::CardSecurityCode => kbit(K::CardNumber) | kbit(K::CardExpiry),
        K::CardExpiry => kbit(K::CardNumber) | kbit(K::CardSecurityCode),
        // "duas contas: 91.890-3 e 198299671": a second account joined to
        // one found right before it, of about its length.
        K::BankAccount if joined_to_same(b, cands, sp, K::BankAccount, 6, 4) => return true,
        // "وصلني كودين ٠٠١٧ و ١٤٣٧٨١", "they sent me 530615 and 618785".
        K::Otp if joined_to_same(b, cands, sp, K::Otp, 4, 2) => return true,
        // "nip cajero 6418 app 328512": the PIN of another place, named
        // right after the first.
        K::CardPin => {
            return cands.last().is_some_and(|c| {
                c.kind == K::CardPin
                    && c.end <= start
                    && (4..=6).contains(&sp.n)
                    && b.get(c.end..start).is_some_and(pin_of_another_place)
            });
        }
        // (Not the transaction's number glued to the payer's IFSC in a
        // statement's narration: "…@okaxis-SBIN0866661-381763407868-UPI".)
        K::BankAccount
            if before(b, start) == b'-'
                && cands
                    .last()
                    .is_some_and(|c| c.end + 1 == start && c.kind == K::InIfsc) =>
        {
            return false;
        }
        K::BankAccount => {
            kbit(K::UkSortCode) | kbit(K::UsRoutingNumber) | kbit(K::InIfsc) | kbit(K::SwiftBic)
        }
        // "pay into: 43532844 / 60-41-13": a sort code after its UK
        // account (eight digits); not what reads as a date ("… / 12-03-24").
        K::UkSortCode
            if !day_month(sp.num(0..2), sp.num(2..4)) && !day_month(sp.num(2..4), sp.num(0..2)) =>
        {
            kbit(K::BankAccount)
        }
        // "ES89 0049 … 5749 / CAIXESBB": the BIC of the IBAN's bank, in the
        // IBAN's country (checked below).
        K::SwiftBic => kbit(K::Iban),
        // "ta aqui os dados: 731 135 911 20 / 17/05/2003 / …": a full date
        // of a long-past year listed right after a person's id, phone or
        // email is the person's birth date.
        K::DateOfBirth if old_date(sp) => PERSON_KINDS.iter().fold(0, |m, &k| m | kbit(k)),
        // "+254 712 883 019 or 0733 440 281": a second number to call.
        // A mobile after an email, the other contact ("contact:
        // rob_j45@hotmail.co.uk / 07722-774018"); after a person's id or
        // birth date, see [`details_phone`].
        K::Phone => {
            return cands.last().is_some_and(|c| {
                let contact = c.kind == K::Email
                    && c.end <= start
                    && mobile_shaped(sp)
                    && b.get(c.end..start).is_some_and(contact_gap);
                contact
                    || c.kind == K::Phone
                        && c.end <= start
                        && b.get(c.end..start).is_some_and(|gap| {
                            let w = gap.trim_ascii();
                            w.len() <= 5
                            && !gap.contains(&b'\n')
                            && ([
                                &b"or"[..],
                                b"ou",
                                b"o",
                                b"y",
                                b"atau",
                                b"ya",
                                b"aur",
                                b"/",
                                b",",
                            ]
                            .iter()
                            .any(|x| w.eq_ignore_ascii_case(x)))
                            // One per line under the first ("nomor2
                            // penipu:\n0838-4525-6833\n085724044591"): any
                            // mobile-shaped one.
                            || w.is_empty()
                                && memchr::memchr_iter(b'\n', gap).count() == 1
                                && mobile_shaped(sp)
                        })
            });
        }
        _ => return false,
    };
    // "cvv 700 y la fecha 02/2029": an expiry a few words after the CVV,
    // in the same line.
    let loose = kind == K::CardExpiry;
    // Four-digit codes only follow an American Express number, or its
    // expiry right after it ("3438-413707-53256 10/2029 1679"), and the
    // other cards of the 3 family (four digits after a Diners number,
    // "card 3630 361263 6577 6577", are hidden with it rather than left
    // standing): the card the code is listed after, never another one
    // found earlier in the text (a JCB card a page before made a
    // Mastercard's neighbour group its code, so where the scan started
    // decided whether the Mastercard stood).
    let card_of_3 =
        |c: &Cand| c.kind == K::CardNumber && digit_at(b, c.start).is_some_and(|(d, _)| d == 3);
    let n = cands.len();
    let last4 = cands.get(n.saturating_sub(4)..).unwrap_or(&[]);
    last4.iter().enumerate().rev().any(|(i, c)| {
        // (After the expiry only listed right after it: "… 10/31. الرقم
        // السري ٥٤٥٢" is the PIN its word names.)
        let cid = kind == K::CardSecurityCode && sp.n == 4;
        let amex = card_of_3(c)
            || c.kind == K::CardExpiry
                && i.checked_sub(1)
                    .and_then(|j| last4.get(j))
                    .is_some_and(|n| card_of_3(n) && n.end <= c.start && c.start - n.end <= 64);
        let cvv_len = kind != K::CardSecurityCode || sp.n == 3 || cid && amex;
        let same_country = kind != K::SwiftBic
            || b.get(start + 4..start + 6).is_some_and(|cc| {
                b.get(c.start..c.start + 2)
                    .is_some_and(|ic| ic.eq_ignore_ascii_case(cc))
            });
        let uk_account = kind != K::UkSortCode || c.end - c.start == 8;
        c.end <= start
            && cvv_len
            && same_country
            && uk_account
            && kbit(c.kind) & after != 0
            && b.get(c.end..start).is_some_and(|gap| {
                // (Or in the chat's next bubble: "[10:01] me: 6011 …⏎[10:01]
                // me: 11/26".)
                let listed = list_gap(gap, true)
                    || matches!(kind, K::CardExpiry | K::CardSecurityCode)
                        && matches!(c.kind, K::CardNumber | K::CardExpiry)
                        && bubble_gap(gap);
                // "4586 … 8752 expired 04/2027": one word of expiry between.
                let expired = kind == K::CardExpiry
                    && c.kind == K::CardNumber
                    && [
                        &b"expired"[..],
                        b"expiry",
                        b"exp",
                        b"exp.",
                        b"valid",
                        b"vence",
                        b"berlaku",
                    ]
                    .iter()
                    .any(|w| gap.trim_ascii().eq_ignore_ascii_case(w));
                // At most `len` bytes of at most `words` words, no digit
                // and at most one line break.
                let few_words = |len: usize, words: usize| {
                    gap.len() <= len
                        && !gap.iter().any(u8::is_ascii_digit)
                        && memchr::memchr_iter(b'\n', gap).nth(1).is_none()
                        && gap
                            .split(|&x| x == b' ' || x == b'\n')
                            .filter(|w| !w.is_empty())
                            .count()
                            <= words
                };
                // The third of a card, its expiry and its code, a few
                // words after the expiry ("… exp 08/31 security 209", "…
                // expiry 10/30 aur peeche 219", "berlaku s/d 09-28⏎belakang
                // 261").
                // (The card among the last few found: candidates come in
                // the order of the text, and a scan of all of them made
                // long texts with many cards quadratic.)
                let third = kind == K::CardSecurityCode
                    && c.kind == K::CardExpiry
                    && cands.iter().rev().take(8).any(|n| {
                        n.kind == K::CardNumber && n.end <= c.start && c.start - n.end <= 64
                    })
                    && few_words(24, 3)
                    // (Not an amount: "expiry 03/2031, charge US$ 826".)
                    && !gap.contains(&b'$')
                    && !["€", "£", "₹", "₺", "¥", "rs", "inr", "usd", "aed", "sar", "rp", "eur"]
                        .iter()
                        .any(|w| contains_word_ci(gap, w.as_bytes()));
                // An expiry written with its separator a few words after the
                // card, in any language ("… 4776 6618 1445 2812 గడువు 03/26",
                // "… 3457 708566 39770 llegó pero no activa, fecha 07/26");
                // not a date the card was used "on", nor four bare digits
                // ("… PIN 0228", "… final 1122").
                let worded = kind == K::CardExpiry
                    && c.kind == K::CardNumber
                    && !sp.plain()
                        // (Up to six: "… and the date on it is 08/26".)
                    && few_words(48, 6)
                    && !gap
                        .trim_ascii_end()
                        .rsplit(|&x| x == b' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"on"));
                listed
                    || expired
                    || worded
                    || third && !cid
                    || loose
                        && c.kind == K::CardSecurityCode
                        && gap.len() <= 24
                        && !gap.iter().any(|&x| x.is_ascii_digit() || x == b'\n')
                        && gap.split(|&x| x == b' ').filter(|w| !w.is_empty()).count() <= 3
            })
    })
}

/// The end of a PAN typed in its three parts whose four digits start at
/// `i` ("ORCPA 7683 S"): five capitals and a space before them, a space
/// and one capital after, no letter or digit around, and the PAN's layout.
fn spaced_pan(b: &[u8], i: usize) -> Option<usize> {
    let h = i.checked_sub(6)?;
    let head = b.get(h..i - 1)?;
    let tail = at(b, i + 5);
    let ok = head.iter().all(u8::is_ascii_uppercase)
        && (h == 0 || !is_alnum(before(b, h)))
        && at(b, i + 4) == b' '
        && tail.is_ascii_uppercase()
        && !is_alnum(at(b, i + 6));
    if !ok {
        return None;
    }
    let mut pan = [0u8; 10];
    pan.get_mut(..5)?.copy_from_slice(head);
    pan.get_mut(5..9)?.copy_from_slice(b.get(i..i + 4)?);
    *pan.get_mut(9)? = tail;
    cs::in_pan(&pan).then_some(i + 6)
}

/// True if `b[s..e]` holds the fifteen digits of an American Express
/// card (34 or 37), in any script and grouping.
fn is_amex(b: &[u8], s: usize, e: usize) -> bool {
    let mut i = s;
    let mut n = 0usize;
    let mut head = [0u8; 2];
    while i < e {
        match digit_at(b, i) {
            Some((d, l)) => {
                if let Some(h) = head.get_mut(n) {
                    *h = d;
                }
                n += 1;
                i += l;
            }
            None => i += 1,
        }
    }
    n == 15 && matches!(head, [3, 4 | 7])
}

/// The end of the link whose path starts at `i`, right after a slash: the
/// run of non-space bytes before it (at most 64) holds a host, a dot and
/// two letters or more before its first slash (`bit.ly/`, `https://x.co/`).
fn url_path(b: &[u8], i: usize) -> Option<usize> {
    if before(b, i) != b'/' {
        return None;
    }
    let mut t = i - 1;
    while t > 0 && i - t < 64 && !at(b, t - 1).is_ascii_whitespace() {
        t -= 1;
    }
    let head = b.get(t..i)?;
    let host = head
        .split(|&c| c == b'/')
        .find(|h| !h.is_empty() && !h.ends_with(b":"))?;
    let tld = host.rsplit(|&c| c == b'.').next()?;
    let hosted = host.contains(&b'.')
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic)
        && !host.contains(&b'@');
    hosted.then(|| {
        let mut e = i;
        while e < b.len()
            && !at(b, e).is_ascii_whitespace()
            && !matches!(at(b, e), b'"' | b'\'' | b')')
        {
            e += 1;
        }
        e
    })
}

/// Candidates by start, for `repeats` on texts with many of them, for
/// the stray-marks pass and for the password readings' overlap test
/// ([`overlapped`]): every candidate overlapping `[s, e)` starts within
/// `longest` bytes before `s`.
struct ByStart {
    /// `(start, index into the candidates)`.
    set: BTreeSet<(usize, usize)>,
    /// The longest candidate's length.
    longest: usize,
}

impl ByStart {
    /// Adds the candidate `[s, e)` found at index `i`.
    fn insert(&mut self, i: usize, s: usize, e: usize) {
        self.set.insert((s, i));
        self.longest = self.longest.max(e - s);
    }

    fn new(cands: &[Cand]) -> Self {
        Self {
            set: cands
                .iter()
                .enumerate()
                .map(|(i, c)| (c.start, i))
                .collect(),
            longest: cands.iter().map(|c| c.end - c.start).max().unwrap_or(0),
        }
    }

    /// The indices of the candidates overlapping `[s, e)`, by start.
    fn overlapping<'a>(
        &'a self,
        cands: &'a [Cand],
        s: usize,
        e: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        self.set
            .range((s.saturating_sub(self.longest), 0)..(e, 0))
            .map(|&(_, i)| i)
            .filter(move |&i| cands.get(i).is_some_and(|x| x.start < e && s < x.end))
    }
}

/// The first candidate (in the order of `cands`) that overlaps `[s, e)`
/// and satisfies `pred`.
fn first_near(
    cands: &[Cand],
    ix: Option<&ByStart>,
    s: usize,
    e: usize,
    pred: impl Fn(&Cand) -> bool,
) -> Option<usize> {
    match ix {
        Some(ix) => ix
            .overlapping(cands, s, e)
            .filter(|&i| cands.get(i).is_some_and(&pred))
            .min(),
        None => cands
            .iter()
            .position(|x| x.start < e && s < x.end && pred(x)),
    }
}

/// True if `b` holds a year of this century typed after a space (" 2030").
fn typed_year(b: &[u8]) -> bool {
    memchr::memchr_iter(b'2', b).any(|p| {
        p > 0
            && before(b, p) == b' '
            && at(b, p + 1) == b'0'
            && at(b, p + 2).is_ascii_digit()
            && at(b, p + 3).is_ascii_digit()
            && !at(b, p + 4).is_ascii_alphanumeric()
    })
}

/// True if eight digits are a date: day, month and year (either of the
/// first two may be the month), or year, month and day; its year 1900–2099.
fn eight_digit_date(d: &[u8]) -> bool {
    let num = |r: core::ops::Range<usize>| d.get(r).map_or(0, ascii_num);
    let year = |y: u32| (1900..=2099).contains(&y);
    d.len() == 8
        && d.iter().all(u8::is_ascii_digit)
        && (year(num(4..8)) && (day_month(num(0..2), num(2..4)) || day_month(num(2..4), num(0..2)))
            || year(num(0..4)) && day_month(num(6..8), num(4..6)))
}

/// True if the nearest word of the kinds in `want` before a value is a
/// generic number word right after a word of something else ("complaint
/// number zero one nine three …", "UTR number …", "the meter number is
/// …"): the number is that thing's.
fn reference_number(ctx: &Ctx, want: u64) -> bool {
    let before = || ctx.hits().iter().filter(|h| h.before);
    let Some(g) = before()
        .filter(|h| h.mask & want != 0)
        .min_by_key(|h| h.dist)
    else {
        return false;
    };
    g.mask & want & !T_GEN == 0
        && before().any(|n| n.mask & T_NEG != 0 && n.end <= g.start && g.start - n.end <= 4)
}

/// Adds `b[s..e]` as a copy of the candidate `c` (see `repeats`): not `c`
/// itself, a whole token, overlapping no candidate.
fn push_copy(
    b: &[u8],
    cands: &mut Vec<Cand>,
    ix: Option<&mut ByStart>,
    c: Cand,
    s: usize,
    e: usize,
) {
    if s == c.start || is_alnum(before(b, s)) || is_alnum(at(b, e)) {
        return;
    }
    // The same value read more weakly there, as another kind ("my account
    // is 0736907215" … "Agent: 0736907215 confirmed?" as a phone) or the
    // same kind at a lower confidence, is what it was the first time.
    let weaker = first_near(cands, ix.as_deref(), s, e, |x| {
        x.start == s && x.end == e && x.conf < c.conf
    });
    if let Some(x) = weaker.and_then(|i| cands.get_mut(i)) {
        x.kind = c.kind;
        x.conf = c.conf;
        return;
    }
    if first_near(cands, ix.as_deref(), s, e, |_| true).is_some() {
        return;
    }
    if let Some(ix) = ix {
        ix.insert(cands.len(), s, e);
    }
    cands.push(Cand {
        start: s,
        end: e,
        frag: NO_FRAG,
        tier: 0,
        ..c
    });
}

/// Words of a payment made ("feito ✅ id …" after "manda o pix"): the
/// value after them in an answer is the payment's receipt.
const PAID: &[&[u8]] = &[
    b"feito",
    b"done",
    b"sent",
    b"paid",
    b"enviado",
    b"enviei",
    b"mandei",
    b"paguei",
    b"pagado",
    b"transferido",
    b"transferi",
    b"transferred",
];

/// Words that correct a value just typed ("... sorry 123450007812").
const CORRECTIONS: &[&str] = &[
    "sorry",
    // "pehle a/c … tha, ab …": it was, now it is.
    "tha, ab",
    "thi, ab",
    "tha ab",
    "wait no",
    "no wait",
    "typo",
    "instead",
    "my bad",
    // Swahili "instead of".
    "badala ya",
    "barobar",
    "era la",
    "era el",
    "era o ",
    "era pra",
    "quise decir",
    "errad",
    "quis dizer",
    "غلط",
    "je voulais dire",
    "volevo dire",
    "ich meine",
    "ay no",
    "me equivoqu",
    "errei",
    "galti",
    "keliru",
    "sry",
    "i mean",
    "actually",
    "oops",
    "galat",
    "salah",
    "maaf",
    "desculpa",
    "desculpe",
    "quer dizer",
    "perdón",
    "perdon",
    "digo",
    "mejor dicho",
    "pardon",
    "plutôt",
    "plutot",
    "yanlış",
    "yanlis",
    "yani",
    "pardon",
    "عفوا",
    "آسف",
    "اقصد",
    "أقصد",
    "गलत",
    "सॉरी",
    "start again",
    "ruko",
    "no espera",
    "não pera",
    "nao pera",
    "eh bukan",
    "yang bener",
    "لا لحظة",
    // "it went to X and not to Y": Y was meant.
    "e não n",
    "e nao n",
    "and not to",
    "y no a ",
    "y no al ",
    "y no en ",
    "bukan ke",
];

/// Words that name the right value after a wrong one ("correct mobile is
/// …", "el correcto es …", "o certo é …", "sahi wala …", "الصحيح"): words
/// of correction too (see [`corrects`]), and the only ones that say the
/// value after them is the right one ([`corrects_before`]).
const RIGHT_WORDS: &[&str] = &[
    "correct",
    "corret",
    "korrekt",
    "richtig",
    "right one",
    "the right",
    "should be",
    // Nigerian and Ghanaian "it was supposed to be".
    "suppose be",
    "supposed to be",
    "sahi",
    "सही",
    "el bueno",
    "la buena",
    "o certo",
    // (With its space: English "a certain" is none.)
    "a certa ",
    "yg bener",
    "yg benar",
    "yang benar",
    "harusnya",
    "seharusnya",
    // Malay.
    "sepatutnya",
    "patutnya",
    "doğru",
    // Ukrainian "the right one", "correct".
    "правильна",
    "правильний",
    "правильно",
    "dogru",
    "الصح",
    "le bon",
    "la bonne",
    "quello giusto",
];

/// The kind of a value the candidate at `sp` corrects: the previous
/// candidate ended shortly before, a correction word lies between them and
/// no other number, the digit counts differ by at most one and the span
/// can be read as that kind.
fn corrected_after(b: &[u8], cands: &[Cand], sp: &Span, it: &Interps) -> Option<PiiKind> {
    let c = cands.last()?;
    let gap = b.get(c.end..sp.start)?;
    // (The time of the next message in brackets counts as no number:
    // "…820521487740⏎[1:00] ana: sorry … ghalat, 827521487740".)
    // (Nor do digits inside words: Arabizi "a5er", "ra2m".)
    let mut stamp = false;
    let number = (0..gap.len()).any(|k| {
        stamp = match at(gap, k) {
            b'[' => true,
            b']' => false,
            _ => stamp,
        };
        free_digit(gap, k) && !stamp
    });
    if gap.len() > 48 || number {
        return None;
    }
    let prev_digits = b
        .get(c.start..c.end)?
        .iter()
        .filter(|x| x.is_ascii_digit())
        .count();
    // Account numbers are often corrected to one of another length.
    let slack = if c.kind == K::BankAccount { 4 } else { 1 };
    if prev_digits.abs_diff(sp.n) > slack || !it.has(c.kind) {
        return None;
    }
    corrects(gap).then_some(c.kind)
}

/// The end of the last ASCII digit within 48 bytes before `i`.
fn digits_end_before(b: &[u8], i: usize) -> Option<usize> {
    let lo = i.saturating_sub(48);
    Some((lo..i).rev().find(|&k| at(b, k).is_ascii_digit())? + 1)
}

/// Where the number (ASCII digits and the separators of a grouped number)
/// ending at `pe` starts. At most 40 bytes back, no value is longer: the
/// walk stays constant-time on a run of "1 1 1 …".
fn number_start(b: &[u8], pe: usize) -> usize {
    let floor = pe.saturating_sub(40);
    let mut ps = pe;
    while ps > floor
        && (at(b, ps - 1).is_ascii_digit()
            || matches!(at(b, ps - 1), b' ' | b'-' | b'.')
                && at(b, ps.saturating_sub(2)).is_ascii_digit())
    {
        ps -= 1;
    }
    ps
}

/// True if `gap`, between two PINs on one line, only names the place of
/// the second ("6418 app 328512", "4768, y el de la app 825702", "1234 /
/// banca móvil 9087"): at most 24 bytes of a few small words and one word
/// of a place a PIN opens, no sentence ended ("old PIN 2883. Card ends
/// 0922" names no PIN).
fn pin_of_another_place(gap: &[u8]) -> bool {
    const PLACES: &[&str] = &[
        "app",
        "web",
        "online",
        "cajero",
        "atm",
        "tarjeta",
        "card",
        "kartu",
        "banca",
        "mbanking",
        "m-banking",
        "netbanking",
    ];
    const SMALL: &[&str] = &[
        "y", "e", "and", "el", "la", "de", "del", "da", "do", "the", "for", "para", "móvil",
        "movil", "pin", "nip", "is", "es", "é",
    ];
    let Ok(gap) = std::str::from_utf8(gap) else {
        return false;
    };
    gap.len() <= 24
        && !gap.contains(['\n', '.'])
        && !gap.bytes().any(|x| x.is_ascii_digit())
        && words_of(gap).any(|w| one_of(PLACES, w))
        && words_of(gap).all(|w| one_of(PLACES, w) || one_of(SMALL, w))
}

/// True if the span `sp`, `min` digits or more, follows a value of
/// `kind` found right before it, joined by a word of "and" / "or" on the
/// same line, with at most `slack` digits more or fewer ("duas contas:
/// 91.890-3 e 198299671", "they sent me 530615 and 618785"). (Not by a
/// comma or a slash: those join a person's different details, "… /
/// 717605990149 / 186132 190798 1500 / …".)
fn joined_to_same(
    b: &[u8],
    cands: &[Cand],
    sp: &Span,
    kind: PiiKind,
    min: usize,
    slack: usize,
) -> bool {
    let Some(c) = cands.last() else { return false };
    if c.kind != kind || c.end > sp.start || sp.n < min {
        return false;
    }
    let digits = b
        .get(c.start..c.end)
        .map_or(0, |v| v.iter().filter(|x| x.is_ascii_digit()).count());
    let joint = b.get(c.end..sp.start).unwrap_or(&[]).trim_ascii();
    digits.abs_diff(sp.n) <= slack
        && [
            &b"&"[..],
            b"e",
            b"y",
            b"and",
            b"or",
            b"ou",
            b"o",
            b"dan",
            b"atau",
            b"aur",
            "و".as_bytes(),
        ]
        .iter()
        .any(|w| joint.eq_ignore_ascii_case(w))
}

/// True if `gap` holds one of [`CORRECTIONS`] or [`RIGHT_WORDS`] where a
/// word starts (as [`contains_word_ci`] finds them, but reading the gap
/// once: the phrases are compared at each word start only).
pub(crate) fn corrects(gap: &[u8]) -> bool {
    (0..gap.len()).any(|i| {
        let starts = i == 0 || {
            let p = at(gap, i - 1);
            p < 0x80 && !p.is_ascii_alphanumeric()
        };
        if !starts {
            return false;
        }
        let rest = gap.get(i..).unwrap_or(&[]);
        // (Only the phrases opening with this byte.)
        let mut phrases = CORRECTING_LEADS
            .get(usize::from(at(gap, i).to_ascii_lowercase()))
            .copied()
            .unwrap_or(0);
        while phrases != 0 {
            let k = phrases.trailing_zeros() as usize;
            let phrase = CORRECTIONS
                .get(k)
                .or_else(|| RIGHT_WORDS.get(k - CORRECTIONS.len()));
            if phrase.is_some_and(|w| starts_with_ci(rest, w.as_bytes())) {
                return true;
            }
            phrases &= phrases - 1;
        }
        false
    })
}

/// For each byte, one bit per phrase of [`CORRECTIONS`] then [`RIGHT_WORDS`]
/// (bit `k`: the `k`-th of the two lists joined) that opens with it, in
/// lower case, so [`corrects`] compares only those at a word start.
static CORRECTING_LEADS: [u128; 256] = {
    let mut leads = [0u128; 256];
    let mut bit: u128 = 1;
    let mut lists: &[&[&str]] = &[CORRECTIONS, RIGHT_WORDS];
    // (Evaluated while compiling: more than 128 phrases fail the build.)
    while let [list, more @ ..] = lists {
        let mut rest = *list;
        while let [phrase, tail @ ..] = rest {
            if let [first, ..] = phrase.as_bytes() {
                let at = first.to_ascii_lowercase() as usize;
                if let Some((_, [slot, ..])) = leads.split_at_mut_checked(at) {
                    *slot |= bit;
                }
            }
            rest = tail;
            assert!(bit != 0, "more than 128 phrases");
            bit = bit.wrapping_shl(1);
        }
        lists = more;
    }
    leads
};

/// The ASCII word (letters and apostrophes) at `i`.
fn word_at(b: &[u8], i: usize) -> &[u8] {
    let mut j = i;
    while at(b, j).is_ascii_alphabetic() || at(b, j) == b'\'' {
        j += 1;
    }
    if at(b, j).is_ascii_digit() {
        return &[];
    }
    b.get(i..j).unwrap_or(&[])
}

/// True if a digit (of any script) ends right before `i`.
fn digit_before(b: &[u8], i: usize) -> bool {
    digit_len_before(b, i).is_some()
}

/// The byte length of the digit (of any script) that ends right before
/// `i`, if one does.
fn digit_len_before(b: &[u8], i: usize) -> Option<usize> {
    (1..=3).find(|&l| i >= l && digit_at(b, i - l).is_some_and(|(_, n)| n == l))
}

/// True if `b[from..to]` is a space, a number's word ("no", "number",
/// "num", "nr") and the `#` glued to it, maybe with a space before the
/// value ("wallet no#8497…", "aadhaar number# 4228 …").
fn numbered_hash(b: &[u8], from: usize, to: usize) -> bool {
    let gap = b.get(from..to).unwrap_or(&[]).trim_ascii_end();
    gap.strip_prefix(b" ")
        .and_then(|g| g.strip_suffix(b"#"))
        .is_some_and(|w| {
            [&b"no"[..], b"number", b"num", b"nr"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
}

/// "6 636 766.88", "1234.50": a span ending in `.dd` after other
/// separators reads as an amount.
/// (Not dots alone around groups other than thousands: the Portuguese NIB
/// "0018.6548.56154419236.81".)
fn decimal_tail(sp: &Span) -> bool {
    let g = sp.glens();
    let dots_only_ok = || {
        g.first().is_some_and(|&f| f > 3)
            && g.get(1..g.len() - 1)
                .is_none_or(|mid| mid.iter().all(|&l| l == 3))
    };
    // (No amount has a slash among its groups: "0478/22.81.90" is a
    // Belgian mobile. Nor does one start with a zero and more digits: an
    // Indonesian mobile in dotted threes, "0811.707.129.71".)
    g.last() == Some(&2)
        && sp.ngroups >= 2
        && sp.last_sep == SEP_DOT
        && sp.seps & SEP_SLASH == 0
        && (sp.seps != SEP_DOT || dots_only_ok())
        && !(sp.first() == b'0' && g.first().is_some_and(|&f| f >= 2))
}

/// Appends group `g` to the span (normalizing its characters); false if the
/// span would grow past [`MAX_SPAN_CHARS`].
fn push_group(b: &[u8], sp: &mut Span, g: &Group, inner: bool) -> bool {
    if g.chars + sp.n > MAX_SPAN_CHARS || sp.ngroups >= MAX_SPAN_GROUPS {
        return false;
    }
    if inner {
        if sp.ngroups == 1 {
            sp.first_sep = g.sep;
        }
        sp.seps |= g.sep;
        sp.last_sep = g.sep;
        // One separator character, or a dash set off by spaces ("4147 -
        // 2967 - 2919 - 7335"), the same between every two groups.
        let spaced_dash = g.seplen == 3 && g.sep == SEP_SPACE | SEP_DASH;
        if !(g.seplen == 1 || spaced_dash) || g.sep != sp.first_sep {
            sp.uniform = false;
        }
    }
    let mut j = g.start;
    while j < g.end {
        if let Some((d, l)) = digit_at(b, j) {
            if let Some(x) = sp.buf.get_mut(sp.n) {
                *x = b'0' + d;
            }
            j += l;
        } else {
            if let Some(x) = sp.buf.get_mut(sp.n) {
                *x = at(b, j).to_ascii_uppercase();
            }
            sp.letters += 1;
            j += 1;
        }
        sp.n += 1;
    }
    sp.lower |= g.lower;
    if let Some(x) = sp.glen.get_mut(sp.ngroups) {
        *x = u8::try_from(g.chars).unwrap_or(u8::MAX);
    }
    sp.ngroups += 1;
    sp.end = g.end;
    true
}

/// Words that say what a UUID is when it is no PIX key (see
/// [`Compiled::uuid`]).
const UUID_WORDS: &[&str] = &[
    "id",
    "uuid",
    "guid",
    "idempotency",
    "trace",
    "traceid",
    "span",
    "request",
    "correlation",
    "session",
    "webhook",
    "event",
    "uetr",
    "cfdi",
    "folio",
    "fiscal",
    "invoice",
    "factura",
    "nota",
    "log",
    "device",
    "token",
    "secret",
    "key",
    "api",
    "client",
    "merchant",
    "entry",
    "ledger",
    "ref",
    "reference",
    "order",
    "pedido",
    "transaction",
    "txn",
    "processed",
    "processing",
];

/// The API-key words that name no particular key: a long random token
/// after one is an API key, a UUID is not ([`Compiled::named_key`]).
const BARE_KEY_WORDS: [&str; 8] = [
    "key",
    "token",
    "llave",
    "sleutel",
    "schlüssel",
    "مفتاح",
    "キー",
    "키",
];

/// True if `sp` is a Portuguese tax number named by its word earlier in the
/// clause ("o NIF da empresa é 592048047", "Nº de contribuinte 235761591,
/// conta à ordem"): nine digits, whole or in threes, passing the NIF's
/// check digit. No kind of the catalogue; never an account or a phone.
fn pt_tax_number(text: &str, sp: &Span) -> bool {
    sp.n == 9
        && (sp.plain() || sp.shape(&[3, 3, 3]) && sp.uniform && sp.seps == SEP_SPACE)
        && cs::pt_nif(sp.s())
        && words_of(tail(text, sp.start, 32))
            .rev()
            .take(5)
            .any(|w| w.eq_ignore_ascii_case("nif") || w.eq_ignore_ascii_case("contribuinte"))
}

/// Where the lower-case prefix glued before a key's body by `_` or `-`
/// starts (`sk_`, `kb_api_`, `live_sk_`, `key-`): up to three pieces of two
/// to eight lower-case letters, the first after no letter or digit;
/// `start` when there is none.
fn key_prefix_start(b: &[u8], start: usize) -> usize {
    let mut s = start;
    let mut found = start;
    for _ in 0..3 {
        if !matches!(before(b, s), b'_' | b'-') {
            break;
        }
        let mut k = s - 1;
        while k > 0 && s - 1 - k <= 8 && at(b, k - 1).is_ascii_lowercase() {
            k -= 1;
        }
        if !(2..=8).contains(&(s - 1 - k)) || is_alnum(before(b, k)) {
            break;
        }
        s = k;
        if !matches!(before(b, k), b'_' | b'-') {
            found = k;
            break;
        }
    }
    found
}

/// The lengths of the digit runs in `b[s..e]` (at most eight runs, the
/// count of runs last), the shape two values typed alike share.
fn digit_runs(b: &[u8], s: usize, e: usize) -> [u8; 9] {
    let mut runs = [0u8; 9];
    let mut k = 0usize;
    let mut i = s;
    let mut in_run = false;
    while i < e {
        if let Some((_, l)) = digit_at(b, i) {
            if !in_run && i > s && runs.get(k).is_some_and(|&r| r > 0) {
                k += 1;
            }
            in_run = true;
            if let Some(r) = runs.get_mut(k.min(7)) {
                *r = r.saturating_add(1);
            }
            i += l;
        } else {
            in_run = false;
            i += 1;
        }
    }
    if let Some(last) = runs.last_mut() {
        *last = u8::try_from(k + 1).unwrap_or(u8::MAX);
    }
    runs
}

/// The neighbour groups of span `s..=e` it would be a fragment of.
fn fragment_of(b: &[u8], groups: &[Group], s: usize, e: usize, sp: &Span) -> [(usize, usize); 2] {
    let mut frag = NO_FRAG;
    let Some(gs) = groups.get(s) else { return frag };
    let left = s.checked_sub(1).and_then(|x| groups.get(x));
    let right = groups.get(e + 1);
    let tight = SEP_DASH | SEP_DOT | SEP_SLASH;
    // `far` is the separator on the far side of the neighbour: a neighbour
    // that belongs to a formatted value of its own ("000.000.001-91") does
    // not make the span a fragment.
    // A lower-case word with a digit in it ("ra2m", Arabizi for
    // "number") is a word, not part of the number.
    // (A value pasted twice, "otp 619776 619776", "619776..619776", is
    // no longer number: each copy stands alone. Not a group of a number
    // of more: "4242 4242 4242 4242".)
    let twice = |nb: &Group| {
        groups.len() == 2
            && sp.ngroups == 1
            && sp.n >= 4
            && b.get(nb.start..nb.end) == b.get(sp.start..sp.end)
    };
    let glued = |sep: u8, seplen: u8, nb: &Group, far: u8| {
        seplen == 1
            && ((nb.digits > 0
                && !(nb.lower && nb.letters() >= 2)
                && (sep & tight != 0
                    || sep & sp.seps != 0
                    // A short run next to another short run is a fragment
                    // ("3006 870867 2521"); a long one stands alone.
                    || (sp.ngroups == 1
                        && sp.n <= 8
                        && nb.chars <= 8
                        && sep == SEP_SPACE
                        && far & tight == 0
                        && sp.letters == 0
                        && nb.letters() == 0)))
                // "POL-8331-4110", "INV-2026-94302": part of a reference id.
                || (nb.digits == 0 && sep & tight != 0))
            && !twice(nb)
    };
    let far_left = left.map_or(0, |l| l.sep);
    let far_right = groups.get(e + 2).map_or(0, |g2| g2.sep);
    // A letter/digit switch is a boundary: "... 0006 DE36 0000 ..." holds a
    // card and an IBAN.
    let starts_alpha = at(b, gs.start).is_ascii_alphabetic();
    if let Some(l) = left {
        if glued(gs.sep, gs.seplen, l, far_left) && !(starts_alpha && l.letters() == 0) {
            frag[0] = (l.start, l.end);
        }
    }
    // A single digit ending the chain before a word is a count ("pin 5141
    // 3 kere yanlış", "2 baar galat"), not the end of the number.
    let count = |r: &Group| {
        r.chars == 1
            && groups.get(e + 2).is_none()
            && r.sep == SEP_SPACE
            && at(b, r.end) == b' '
            && (at(b, r.end + 1).is_ascii_lowercase()
                || (at(b, r.end + 1) >= 0xC0 && digit_at(b, r.end + 1).is_none()))
    };
    if let Some(r) = right {
        // Nor is the hour of a time after it ("… 9012 10:30"), nor a
        // percentage ("mi nip es 6865 100% seguro").
        // (Nor the number glued after an IFSC, in a statement's narration:
        // "…-SBIN0866661-381763407868-UPI".)
        let apart = at(b, r.start).is_ascii_alphabetic()
            || is_hour(b, r)
            || starts_alpha && r.letters() == 0 && sp.n == 11 && cs::in_ifsc(sp.s())
            || r.sep == SEP_SPACE && at(b, r.end) == b'%'
            || sp.ngroups == 1 && sp.n <= 8 && count(r);
        if glued(r.sep, r.seplen, r, far_right) && !apart {
            frag[1] = (r.start, r.end);
        }
    }
    frag
}

/// The length of an IBAN whose head at `h` is typed in lower case
/// ("ro68"): two lower-case letters of a country that has IBANs, then two
/// digits.
fn lower_iban_len(b: &[u8], h: usize) -> Option<usize> {
    let (c0, c1) = (at(b, h), at(b, h + 1));
    if !c0.is_ascii_lowercase()
        || !c1.is_ascii_lowercase()
        || !at(b, h + 2).is_ascii_digit()
        || !at(b, h + 3).is_ascii_digit()
    {
        return None;
    }
    cs::iban_length_for_country([c0.to_ascii_uppercase(), c1.to_ascii_uppercase()]).map(usize::from)
}

/// A value typed in lower case right after its label, glued to it, at `i`
/// ("ifscsibl0593339", "panrarph2057b", "dni11484316w", "niex7730129j"):
/// its start, end and kind, when the value has its kind's shape (and check
/// letter) and no letter or digit follows.
fn glued_lower_value(b: &[u8], i: usize) -> Option<(usize, usize, PiiKind)> {
    /// A label, the value's length, its kind and its check.
    type Glued = (&'static [u8], usize, PiiKind, fn(&[u8]) -> bool);
    const VALUES: [Glued; 4] = [
        (b"ifsc", 11, K::InIfsc, cs::in_ifsc),
        (b"pan", 10, K::InPan, cs::in_pan),
        (b"dni", 9, K::EsDni, cs::es_dni),
        (b"nie", 9, K::EsNie, cs::es_nie),
    ];
    VALUES.iter().find_map(|&(label, len, kind, check)| {
        let s = i + label.len();
        let v = b.get(s..s + len)?;
        (b.get(i..s)?.eq_ignore_ascii_case(label)
            && v.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            && !is_alnum(at(b, s + len))
            && check(v))
        .then_some((s, s + len, kind))
    })
}

/// The end of an IBAN typed in lower case from `h` ("fr7630…"), without
/// separators, when its country's exact length passes the check digits and
/// no digit follows (a glued word may: "…7223272thx").
fn glued_lower_iban(b: &[u8], h: usize) -> Option<usize> {
    let end = h + lower_iban_len(b, h)?;
    let v = b.get(h..end)?;
    (v.iter()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !at(b, end).is_ascii_digit()
        && cs::iban(v))
    .then_some(end)
}

/// The end of an IBAN at `h` whose country alone is typed in lower case
/// ("jo63HBHO0754…", the bank's code in capitals), standing alone: its
/// country's length and check digits decide. `labelled`: its label glued
/// before it.
fn lower_country_iban(b: &[u8], h: usize, labelled: bool) -> Option<usize> {
    let end = h + lower_iban_len(b, h)?;
    let v = b.get(h..end)?;
    (v.iter()
        .skip(2)
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !is_alnum(at(b, end))
        && (labelled || !is_alnum(before(b, h)))
        && cs::iban(v))
    .then_some(end)
}

/// The end of an alphanumeric CNPJ starting at `h` with a lower-case
/// letter in it, in its printed layout (`7a.ztg.19g/0001-77`) or without
/// the dots (`7aztg19g/0001-77`), when its check digits pass.
fn lower_cnpj(b: &[u8], h: usize) -> Option<usize> {
    if at(b, h + 10) != b'/' && at(b, h + 8) != b'/' || h > 0 && is_alnum(before(b, h)) {
        return None;
    }
    let mut v = [0u8; 14];
    let mut n = 0;
    let mut j = h;
    let layout: &[u8] = if at(b, h + 2) == b'.' {
        b"aa.aaa.aaa/aaaa-dd"
    } else {
        b"aaaaaaaa/aaaa-dd"
    };
    for &p in layout {
        let c = at(b, j);
        let ok = match p {
            b'a' => c.is_ascii_alphanumeric(),
            b'd' => c.is_ascii_digit(),
            _ => c == p,
        };
        if !ok {
            return None;
        }
        if p == b'a' || p == b'd' {
            *v.get_mut(n)? = c;
            n += 1;
        }
        j += 1;
    }
    (!is_alnum(at(b, j)) && v.iter().any(u8::is_ascii_lowercase) && cs::br_cnpj(&v)).then_some(j)
}

/// A group shaped like the head of an IBAN: two capital letters and two
/// digits ("CH77").
fn iban_head(b: &[u8], g: &Group) -> bool {
    g.chars == 4
        && at(b, g.start).is_ascii_uppercase()
        && at(b, g.start + 1).is_ascii_uppercase()
        && at(b, g.start + 2).is_ascii_digit()
        && at(b, g.start + 3).is_ascii_digit()
}

/// `*` or `•` at `i`.
fn is_mask_char(b: &[u8], i: usize) -> bool {
    at(b, i) == b'*' || (at(b, i) == 0xE2 && at(b, i + 1) == 0x80 && at(b, i + 2) == 0xA2)
}

/// True if a group of masking letters follows `i` after one separator
/// ("5473 XXXX XXXX 7798", "4111-xxxx-…"): the digits before are the
/// visible head of a masked card.
/// So does a shorter group that ends there ("0532 XXX XX 8309").
fn masked_group_after(b: &[u8], i: usize) -> bool {
    let mask = |c: &u8| matches!(c, b'X' | b'x' | b'*');
    let run = b
        .get(i + 1..)
        .map_or(0, |r| r.iter().take_while(|c| mask(c)).count());
    matches!(at(b, i), b' ' | b'-' | b'.')
        && (run >= 4 || run >= 2 && !is_alnum(at(b, i + 1 + run)))
}

/// True if three or more of one masking letter are glued to the digits
/// ending at `i` ("0897xxxx311", "Akaun anda 16402233XXXX") and end the
/// word or run into digits: the digits are the visible head of a masked
/// value.
fn glued_mask_after(b: &[u8], i: usize) -> bool {
    let x = at(b, i);
    if !matches!(x, b'X' | b'x') {
        return false;
    }
    let run = b
        .get(i..)
        .map_or(0, |r| r.iter().take_while(|&&c| c == x).count());
    let next = at(b, i + run);
    run >= 3 && (next.is_ascii_digit() || !is_alnum(next))
}

/// True if three or more of one masking letter, not glued to a word before
/// them, end right at `i` ("A/C XXXX0152", "xxxx311"): the digits after
/// are the visible tail of a masked value.
fn glued_mask_before(b: &[u8], i: usize) -> bool {
    let x = before(b, i);
    if !matches!(x, b'X' | b'x') {
        return false;
    }
    let head = b.get(..i).unwrap_or(&[]);
    let run = head.iter().rev().take_while(|&&c| c == x).count();
    let prev = before(b, i - run);
    run >= 3 && (prev.is_ascii_digit() || !is_alnum(prev))
}

/// True if a group of two or more masking letters ends right before the
/// separator before `i` ("0532 XXX XX 8309"): the digits after are the
/// visible tail of a masked value.
fn masked_group_before(b: &[u8], i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    let head = b.get(..k).unwrap_or(&[]);
    let run = head
        .iter()
        .rev()
        .take_while(|&&c| matches!(c, b'X' | b'*'))
        .count();
    matches!(at(b, k), b' ' | b'-' | b'.') && run >= 2 && !is_alnum(before(b, k - run))
}

/// True if `b[start..end]` is set in bold as WhatsApp marks it: one star
/// right before and one right after, with neither a star nor a letter or
/// digit beyond them ("*418624*", not "****1234" or "12**34**"), four
/// bytes or more inside (not a USSD code, "dial … *334*"). A phone's `+`
/// may stand between the star and `start` ("*+1 (404) 742-4650*: …", a
/// speaker's number in bold).
fn bold(b: &[u8], start: usize, end: usize) -> bool {
    let start = if before(b, start) == b'+' {
        start - 1
    } else {
        start
    };
    end >= start + 4
        && before(b, start) == b'*'
        && at(b, end) == b'*'
        && (start < 2 || !matches!(at(b, start - 2), b'*') && !is_alnum(at(b, start - 2)))
        && at(b, end + 1) != b'*'
        && !is_alnum(at(b, end + 1))
}

/// `*` or `•` right before `i`.
fn is_mask_char_before(b: &[u8], i: usize) -> bool {
    before(b, i) == b'*' || (i >= 3 && is_mask_char(b, i - 3) && at(b, i - 3) == 0xE2)
}

/// True if a UUID (8-4-4-4-12 hex digits) starts at `i`.
fn is_uuid_at(b: &[u8], i: usize) -> bool {
    let mut j = i;
    for (k, len) in [8usize, 4, 4, 4, 12].into_iter().enumerate() {
        if k > 0 {
            if at(b, j) != b'-' {
                return false;
            }
            j += 1;
        }
        for _ in 0..len {
            if !at(b, j).is_ascii_hexdigit() {
                return false;
            }
            j += 1;
        }
    }
    !is_alnum(at(b, j))
}

/// The PIX key of an EMV BR Code read from the token at `i`: its start,
/// end and kind (a UUID is a random key; an e-mail, a phone, a CPF or a
/// CNPJ is that kind).
fn pix_emv_key(b: &[u8], i: usize) -> Option<(usize, usize, PiiKind)> {
    // (Read from the token "br" or the field's id and length glued before
    // it, "0014BR.GOV…", or from "pix" when the domain before it was read
    // as a link's.)
    let dom = |k: usize| {
        b.get(k..k + 11)
            .is_some_and(|d| d.eq_ignore_ascii_case(b"br.gov.bcb."))
    };
    let k = i + b
        .get(i..)
        .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let i = if k - i <= 24 && dom(k) {
        k + 11
    } else if b
        .get(i.checked_sub(11)?..i)?
        .eq_ignore_ascii_case(b"br.gov.bcb.")
    {
        i
    } else {
        return None;
    };
    if !b.get(i..i + 5)?.eq_ignore_ascii_case(b"pix01") {
        return None;
    }
    let d = |c: u8| c.is_ascii_digit().then(|| usize::from(c - b'0'));
    let len = d(at(b, i + 5))? * 10 + d(at(b, i + 6))?;
    let (s, e) = (i + 7, i + 7 + len);
    let key = b.get(s..e)?;
    // (A masked key, "0136****5204…", is none.)
    if len == 0 || key.iter().any(|&c| !c.is_ascii_graphic() || c == b'*') {
        return None;
    }
    let digits = key.iter().all(u8::is_ascii_digit);
    let kind = if key.contains(&b'@') {
        K::Email
    } else if key.first() == Some(&b'+') {
        K::Phone
    } else if digits && len == 11 && cs::br_cpf(key) {
        K::BrCpf
    } else if digits && len == 14 && cs::br_cnpj(key) {
        K::BrCnpj
    } else if len >= 8 {
        // (A random key, a UUID, or any other long key.)
        K::BrPixKey
    } else {
        return None;
    };
    Some((s, e, kind))
}

fn palindrome(s: &[u8]) -> bool {
    s.iter().eq(s.iter().rev())
}

/// True if `sp` is a year of 1900–2039 right after a word of "since"
/// ("with your bank since 1978", "nasabah sejak tahun 1998", "cliente
/// desde 2004", "منذ 2010"): no PIN or code, whatever keyword is near.
fn year_since(text: &str, sp: &Span) -> bool {
    sp.n == 4
        && sp.plain()
        && (1900..=2039).contains(&sp.num(0..4))
        && words_of(tail(text, sp.start, 24))
            .next_back()
            .is_some_and(|w| {
                one_of(
                    &[
                        "since", "desde", "sejak", "tahun", "depuis", "seit", "منذ", "سنة", "عام",
                    ],
                    w,
                )
            })
}

/// True if `sp` is the middle of a reference between slashes and letters
/// ("txn UBA/128651/UNIY", "NIP/907253/GPHA").
fn slashed_ref(b: &[u8], sp: &Span) -> bool {
    before(b, sp.start) == b'/'
        && at(b, sp.end) == b'/'
        && sp.digits_only()
        && sp.plain()
        && sp.start >= 2
        && at(b, sp.start - 2).is_ascii_alphabetic()
        && at(b, sp.end + 1).is_ascii_alphabetic()
}

/// True if `text[vs..ve]` ends a range of dates whose other end is a day
/// and month with a slash ("12/03 to 12/19", "10/05 - 14/05", "del 3/7
/// al 9/7"), or starts one.
fn in_date_range(b: &[u8], vs: usize, ve: usize) -> bool {
    const TO: [&[u8]; 9] = [
        b"to",
        b"-",
        "–".as_bytes(),
        b"till",
        b"until",
        b"thru",
        b"al",
        b"hasta",
        "até".as_bytes(),
    ];
    // A day and month ending at `e` (or starting at `s`): one or two
    // digits, a slash, one or two digits.
    let run_back = |e: usize| {
        b.get(..e).map_or(0, |t| {
            t.iter().rev().take_while(|c| c.is_ascii_digit()).count()
        })
    };
    let dm_before = |e: usize| {
        let l2 = run_back(e);
        let k = e - l2;
        if !(1..=2).contains(&l2) || k == 0 || at(b, k - 1) != b'/' {
            return false;
        }
        let l1 = run_back(k - 1);
        (1..=2).contains(&l1) && before(b, k - 1 - l1) != b'/'
    };
    let dm_after = |s: usize| {
        let l1 = b
            .get(s..)
            .map_or(0, |t| t.iter().take_while(|c| c.is_ascii_digit()).count());
        let m = s + l1;
        let l2 = b
            .get(m + 1..)
            .map_or(0, |t| t.iter().take_while(|c| c.is_ascii_digit()).count());
        (1..=2).contains(&l1)
            && at(b, m) == b'/'
            && (1..=2).contains(&l2)
            && at(b, m + 1 + l2) != b'/'
    };
    // Before: "<d/m> to ".
    let head = b.get(..vs).unwrap_or(&[]).trim_ascii_end();
    let back = TO.iter().find(|w| {
        ends_with_ci(head, w) && {
            let k = head.len() - w.len();
            k == 0 || !at(head, k - 1).is_ascii_alphabetic()
        }
    });
    if let Some(w) = back {
        let k = head.len() - w.len();
        let e = b.get(..k).unwrap_or(&[]).trim_ascii_end().len();
        if dm_before(e) {
            return true;
        }
    }
    // After: " to <d/m>".
    let tail = b.get(ve..).unwrap_or(&[]);
    let t = tail.trim_ascii_start();
    let s = ve + (tail.len() - t.len());
    TO.iter().any(|w| {
        starts_with_ci(t, w) && !at(t, w.len()).is_ascii_alphabetic() && {
            let r = t.get(w.len()..).unwrap_or(&[]);
            let r2 = r.trim_ascii_start();
            dm_after(s + w.len() + (r.len() - r2.len()))
        }
    })
}

/// True if `sp` is two dates, from and to ("20-01-2024 - 2025-06-01").
fn date_range(sp: &Span) -> bool {
    let date = |g: &[u8]| matches!(g, [4, 2, 2] | [2, 2, 4] | [1 | 2, 1 | 2, 4]);
    let g = sp.glens();
    g.len() == 6
        && sp.seps_in(SEP_DASH | SEP_SLASH | SEP_DOT | SEP_SPACE)
        && g.split_at_checked(3)
            .is_some_and(|(a, b)| date(a) && date(b))
}

/// True if the 26 digits `s` are a Polish account number: with "PL" before
/// them they pass the IBAN check.
fn pl_nrb(s: &[u8]) -> bool {
    if s.len() != 26 {
        return false;
    }
    let mut iban = [0u8; 28];
    for (x, &c) in iban.iter_mut().zip(b"PL".iter().chain(s)) {
        *x = c;
    }
    cs::iban(&iban)
}

/// Groupings people use for card numbers.
fn card_grouping(sp: &Span) -> bool {
    const SPACE_DASH: u8 = SEP_SPACE | SEP_DASH;
    const SPACE_LINE: u8 = SEP_SPACE | SEP_NEWLINE;
    const DASH_LINE: u8 = SEP_DASH | SEP_NEWLINE;
    const DOT_LINE: u8 = SEP_DOT | SEP_NEWLINE;
    if sp.plain() {
        return true;
    }
    let g = sp.glens();
    // A line break may replace a space or come with the one separator
    // ("5570.8182\n.4150.2354"), and a hurried typist mixes spaces and
    // dashes ("4008-4073 5838 3314"). Any other mix is no card's: a dot
    // with a dash, or a line break between a number with spaces and one
    // with dashes (two phone numbers).
    if !sp.uniform
        && !matches!(
            sp.seps,
            SEP_SPACE | SEP_NEWLINE | SPACE_LINE | SPACE_DASH | DASH_LINE | DOT_LINE
        )
    {
        return false;
    }
    let Some((last, init)) = g.split_last() else {
        return false;
    };
    (init.iter().all(|&x| x == 4) && (1..=4).contains(last))
        || g == [4, 6, 5]
        || g == [4, 6, 4]
        || g == [4, 4, 5]
        || g == [4, 4, 8]
        || g == [8, 8]
        || g == [6, 10]
        // The issuer's six digits, then the rest (UnionPay "621226
        // 5018837359386", Verve).
        || g == [6, 12]
        || g == [6, 13]
        || g == [4, 4, 4, 4, 3]
        // Thirteen digits as Visa printed them ("4663 987 929 701").
        || g == [4, 3, 3, 3]
}

fn rut_interp(sp: &Span, it: &mut Interps) {
    let g = sp.glens();
    let dashed_last = g.last() == Some(&1);
    if dashed_last && sp.seps_in(SEP_DOT | SEP_DASH) && (g == [2, 3, 3, 1] || g == [1, 3, 3, 1]) {
        it.push(K::ClRut, Confidence::High, Gate::Alone);
    } else if dashed_last && (g == [8, 1] || g == [7, 1]) && sp.seps == SEP_DASH {
        it.push(K::ClRut, Confidence::Medium, Gate::Weak);
    } else if sp.plain() || dashed_last && (g == [8, 1] || g == [7, 1]) && sp.seps == SEP_SPACE {
        // (Its check digit after a space too, "el RUT de mi mamá es
        // 18312352 1", after a RUT word.)
        it.push(K::ClRut, Confidence::Medium, Gate::Ctx);
    }
}

/// The runs of at least three ASCII digits in `b[i..e]`, when everything
/// else there is lower-case ASCII letters, not all of them hexadecimal:
/// at most four (none if more).
fn digit_runs_in(b: &[u8], i: usize, e: usize) -> ([(usize, usize); 4], usize) {
    let mut runs = [(0, 0); 4];
    let mut n = 0;
    let mut words = false;
    let mut k = i;
    while k < e {
        let c = at(b, k);
        if c.is_ascii_digit() {
            let s = k;
            while k < e && at(b, k).is_ascii_digit() {
                k += 1;
            }
            if k - s >= 3 {
                let Some(slot) = runs.get_mut(n) else {
                    return (runs, 0);
                };
                *slot = (s, k);
                n += 1;
            }
        } else if c.is_ascii_lowercase() {
            words |= c > b'f';
            k += 1;
        } else {
            return (runs, 0);
        }
    }
    // Letters a-f only: a hexadecimal hash, not labels.
    (runs, if words { n } else { 0 })
}

/// Kinds whose readings are validated by check digits or a registry
/// structure, unlike accounts, codes, PINs, passwords, dates and phones.
fn checked(kind: PiiKind) -> bool {
    !matches!(
        kind,
        K::BankAccount
            | K::Otp
            | K::CardPin
            | K::Password
            | K::CardSecurityCode
            | K::CardExpiry
            | K::Phone
            | K::DateOfBirth
            | K::UkSortCode
            | K::Custom(_)
    )
}

/// Banks whose name, next to a number, makes it an account: India, Nigeria,
/// Kenya, Bangladesh, South Africa, the Philippines, the UK, Spain, Brazil
/// and Spanish-speaking America (one word, lower case).
const BANK_NAMES: &[&str] = &[
    "hdfc",
    "icici",
    "sbi",
    "axis",
    "kotak",
    "pnb",
    "canara",
    "idfc",
    "indusind",
    "access",
    "gtb",
    "gtbank",
    "zenith",
    "sterling",
    "uba",
    "fidelity",
    "wema",
    "equity",
    "kcb",
    "nationwide",
    "barclays",
    "lloyds",
    "monzo",
    "hsbc",
    "natwest",
    "santander",
    "bbva",
    "banorte",
    "bancolombia",
    "davivienda",
    "bcp",
    "interbank",
    "itau",
    "bradesco",
    "nubank",
    "capitec",
    "absa",
    "fnb",
    "nedbank",
    "stanbic",
    "bdo",
    "bpi",
    "metrobank",
    "unionbank",
    "dbs",
    "posb",
    "ocbc",
    "uob",
    "maybank",
    "cimb",
    "rhb",
    "ambank",
    "commbank",
    "westpac",
    "ecobank",
    "fcmb",
    "polaris",
    "keystone",
    "providus",
    "ncba",
    "ncb",
    "jmmb",
    "tymebank",
    "scotiabank",
    "cibc",
    "desjardins",
];

/// Names that are a bank's only with "bank" after them ("Yes Bank", "First
/// Bank", "Islami Bank").
const BANK_NAMES_THEN_BANK: &[&str] = &[
    "yes", "federal", "indian", "first", "islami", "sonali", "brac",
];

/// True if a bank's name ([`BANK_NAMES`], or one of
/// [`BANK_NAMES_THEN_BANK`] and "bank") stands right before `start` (one
/// space between, no colon after it) or right after `end` (" (Sterling)",
/// ", Zenith Bank").
fn bank_named(b: &[u8], start: usize, end: usize) -> bool {
    // (Runs of ASCII letters: always a `str`.)
    let named = |names: &[&str], w: &[u8]| core::str::from_utf8(w).is_ok_and(|w| one_of(names, w));
    let letters_before = |e: usize| {
        let h = b.get(e.saturating_sub(16)..e).unwrap_or(&[]);
        let n = h
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        h.get(h.len() - n..).unwrap_or(&[])
    };
    let before = start >= 2 && at(b, start - 1) == b' ' && {
        let w = letters_before(start - 1);
        named(BANK_NAMES, w)
            || w.eq_ignore_ascii_case(b"bank")
                && start > w.len() + 1
                && at(b, start - 2 - w.len()) == b' '
                && named(BANK_NAMES_THEN_BANK, letters_before(start - 2 - w.len()))
    };
    // The letters from `from` (up to `end + 24`), and what follows them.
    let word_from = |from: usize| {
        let t = b.get(from..(end + 24).min(b.len())).unwrap_or(&[]);
        let n = t.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        t.split_at(n)
    };
    // (Or after a bare space, a name in capitals or capitalised: "I added
    // 36613869960 ICICI last week", "payment must go to 62941985160
    // Capitec".)
    let caps_after = at(b, end) == b' ' && {
        let (w, _) = word_from(end + 1);
        let capital = w.first().is_some_and(u8::is_ascii_uppercase)
            && (w.iter().all(u8::is_ascii_uppercase)
                || w.get(1..)
                    .is_some_and(|r| r.iter().all(u8::is_ascii_lowercase)));
        w.len() >= 3 && capital && named(BANK_NAMES, w)
    };
    let after = caps_after
        || matches!(
            b.get(end..end + 3),
            Some([b' ', b'(', c] | [b',', b' ', c]) if c.is_ascii_alphabetic()
        ) && {
            let (w, rest) = word_from(end + 2);
            named(BANK_NAMES, w)
                || named(BANK_NAMES_THEN_BANK, w)
                    && rest
                        .get(..5)
                        .is_some_and(|x| x.eq_ignore_ascii_case(b" bank"))
        };
    before || after
}

/// Where a bank-account candidate over a UK account and its sort code
/// splits: the first value's end, the second's start and their kinds. The
/// span is eight digits (or two fours) then three pairs, or three pairs
/// then eight digits after a space, the sort code reading as no date; or
/// six digits then eight with pounds named near ("paid £26.17 into 609440
/// 47373155": fourteen digits split six and eight are an Indian account
/// elsewhere, "NRE account 502091 17163148").
fn uk_pair_split(
    b: &[u8],
    c: &Cand,
    sp: &Span,
    groups: Option<&[Group]>,
) -> Option<(usize, usize, PiiKind, PiiKind)> {
    if c.kind != K::BankAccount {
        return None;
    }
    let groups = groups?;
    let n = sp.n;
    let dated = |at: usize| {
        let (a, bb) = (sp.num(at..at + 2), sp.num(at + 2..at + 4));
        day_month(a, bb) || day_month(bb, a)
    };
    // (The group that starts the second value.)
    let (k, kinds) = match sp.glens() {
        [8, 2, 2, 2] | [4, 4, 2, 2, 2] if !dated(n - 6) => (
            groups.len().checked_sub(3)?,
            (K::BankAccount, K::UkSortCode),
        ),
        [6, 8] | [2, 2, 2, 8]
            if !dated(0)
                && groups.last().is_some_and(|g| g.sep == SEP_SPACE)
                && (sp.ngroups == 4 || pounds_near(b, sp.start, sp.end)) =>
        {
            (groups.len() - 1, (K::UkSortCode, K::BankAccount))
        }
        _ => return None,
    };
    Some((
        groups.get(k.checked_sub(1)?)?.end,
        groups.get(k)?.start,
        kinds.0,
        kinds.1,
    ))
}

/// True if pounds sterling ("£", "GBP") are named within 96 bytes of
/// `[start, end)`.
fn pounds_near(b: &[u8], start: usize, end: usize) -> bool {
    let near = b
        .get(start.saturating_sub(96)..(end + 96).min(b.len()))
        .unwrap_or(&[]);
    memchr::memmem::find(near, "£".as_bytes()).is_some() || contains_ci(near, b"gbp")
}

/// True if a UK account number ends right before `start`, after a space, a
/// comma or a slash: eight digits, or two fours ("74978488 40-28-03",
/// "6704 6890 16-79-21", "15385410 / 40-29-20").
fn uk_account_before(b: &[u8], start: usize) -> bool {
    let head = b.get(..start).unwrap_or(&[]);
    let Some(head) = [&b" / "[..], b", ", b"/", b" "]
        .iter()
        .find_map(|sep| head.strip_suffix(*sep))
    else {
        return false;
    };
    uk_account_ending(b, head.len()).is_some()
}

/// Where a UK account number ending at `e` starts: eight digits, or two
/// fours ("6704 6890"), with no letter or digit before them.
fn uk_account_ending(b: &[u8], e: usize) -> Option<usize> {
    let digits = |r: Option<&[u8]>| r.is_some_and(|r| r.iter().all(u8::is_ascii_digit));
    let s = if e >= 9 && at(b, e - 5) == b' ' {
        // (Two fours: "6704 6890 16-79-21".)
        (digits(b.get(e - 4..e)) && digits(b.get(e - 9..e - 5))).then(|| e - 9)?
    } else {
        // (`then`, not `then_some`: `e - 8` must not be computed below 8.)
        (e >= 8 && digits(b.get(e - 8..e))).then(|| e - 8)?
    };
    (!is_alnum(before(b, s))).then_some(s)
}

/// True if eight digits, and no more, follow `end` after a space or a
/// spaced slash: the account after a sort code written with spaces ("08 94
/// 70 20129693", "47 16 27 / 44504825").
fn eight_after(b: &[u8], end: usize) -> bool {
    let rest = b.get(end..).unwrap_or(&[]);
    let Some(rest) = rest
        .strip_prefix(b" / ")
        .or_else(|| rest.strip_prefix(b" "))
    else {
        return false;
    };
    rest.get(..8)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !rest.get(8).is_some_and(u8::is_ascii_alphanumeric)
}

/// True if an eight-digit UK account number follows `end` after a list
/// separator ("60-83-71 / 70112833").
fn uk_account_after(b: &[u8], end: usize, need_word: bool) -> bool {
    let sep = |j: usize| matches!(at(b, j), b' ' | b',' | b'/' | b'|' | b':');
    let mut j = skip_seps(end, 3, sep);
    // A dash between ("874370 — 28678231"), or a line break ("087631\n
    // 10237826").
    for d in ["\u{2014} ", "\u{2013} ", "- ", "\n"] {
        if b.get(j..).is_some_and(|t| t.starts_with(d.as_bytes())) {
            j += d.len();
            break;
        }
    }
    // An account word between ("70 50 36, acc 08882601").
    let w = letters_end(b, j) - j;
    let word = j > end
        && b.get(j..j + w).is_some_and(|t| {
            ["acc", "acct", "account", "a", "ac"]
                .iter()
                .any(|x| t.eq_ignore_ascii_case(x.as_bytes()))
        });
    if word {
        // "a/c": the word runs on after its slash.
        let mut k = j + w;
        if at(b, k) == b'/' && matches!(at(b, k + 1), b'c' | b'C') {
            k += 2;
        }
        j = skip_seps(k, 3, sep);
    } else if need_word {
        return false;
    }
    // ("09-90-96 34004608": a space alone will do; the account may be in
    // fours, "40 00 83 / 2173 1596".)
    let fours = |k: usize| {
        b.get(k..k + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    // (The space between the fours: none, a space, or a no-break space.)
    let mid = if at(b, j + 4) == b' ' {
        1
    } else if b.get(j + 4..j + 6) == Some("\u{a0}".as_bytes()) {
        2
    } else {
        0
    };
    let e = j + 8 + mid;
    j > end
        && fours(j)
        && fours(j + 4 + mid)
        && !is_alnum(at(b, e))
        && !matches!(at(b, e), b'-' | b'/')
        // A full stop may end the sentence, not start decimals.
        && !(at(b, e) == b'.' && at(b, e + 1).is_ascii_digit())
}

/// A list separator before an IFSC (or its word) at `j`, or the
/// parenthesis it is given in ("to 265448955 (IOBA0027996)").
fn ifsc_sep(b: &[u8], j: usize) -> bool {
    matches!(
        at(b, j),
        b' ' | b',' | b'/' | b'|' | b';' | b'-' | b':' | b'('
    )
}

/// Past at most `max` separators from `j`.
fn skip_seps(mut j: usize, max: usize, sep: impl Fn(usize) -> bool) -> usize {
    let limit = j + max;
    while j < limit && sep(j) {
        j += 1;
    }
    j
}

/// True if an IFSC follows `end` after a list separator ("…, SBIN0012284").
fn ifsc_after(b: &[u8], end: usize) -> bool {
    let mut j = skip_seps(end, 4, |j| ifsc_sep(b, j));
    // The code on the next line, or on the next line of a transcript
    // ("…: 20285357874\n03/11/24, 17:59 - Pooja: ifsc SBIN0625855").
    if j == end && at(b, j) == b'\n' {
        let ls = j + 1;
        let hi = (ls + 96).min(b.len());
        let le = memchr::memchr(b'\n', b.get(ls..hi).unwrap_or(&[])).map_or(hi, |p| ls + p);
        j = speaker(b, ls, le).map_or(ls, |(_, said)| said);
        while j < le && at(b, j) == b' ' {
            j += 1;
        }
        // Counts as a separator before the word or the code.
        let end = j.saturating_sub(1);
        return ifsc_here(b, end, j);
    }
    ifsc_here(b, end, j)
}

/// The word "IFSC" and a code later in the clause after `end`, with no
/// number before it ("…52096076925442 me paise bhej diye, ifsc
/// IDIB0034520"), or the code alone in parentheses ("refund 94131207879
/// me aana tha (INDB0714098)").
fn ifsc_later(b: &[u8], end: usize) -> bool {
    let gap = b.get(end..(end + 56).min(b.len())).unwrap_or(&[]);
    let clean = |k: usize| {
        !gap.get(..k)
            .unwrap_or(&[])
            .iter()
            .any(|&c| c.is_ascii_digit() || matches!(c, b'\n' | b'.' | b'?' | b'!'))
    };
    let paren = memchr::memchr(b'(', gap).is_some_and(|k| {
        clean(k)
            && gap.get(k + 1..k + 13).is_some_and(|code| {
                code.last() == Some(&b')') && code.get(..11).is_some_and(cs::in_ifsc)
            })
    });
    // (Or the code alone after a word of joining: "send to
    // 50100234567891 and HDFC0004321".)
    let joined = [
        &b" and "[..],
        b" & ",
        b" aur ",
        b" with ",
        b" dan ",
        b" y ",
        b" e ",
    ]
    .iter()
    .any(|j| {
        gap.starts_with(j)
            && gap.get(j.len()..j.len() + 11).is_some_and(cs::in_ifsc)
            && !is_alnum(at(gap, j.len() + 11))
    });
    // (The word's first letter found by memchr, then the rest compared.)
    paren
        || joined
        || memchr::memchr2_iter(b'i', b'I', gap)
            .find(|&k| {
                gap.get(k..k + 4)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"ifsc"))
            })
            .is_some_and(|k| {
                let w = end + k;
                k > 0 && !is_alnum(before(b, w)) && clean(k) && ifsc_here(b, w - 1, w)
            })
}

/// The rest of [`ifsc_after`]: from `j` (past the separators after `end`),
/// an optional short glue word and the word "IFSC", then the code.
fn ifsc_here(b: &[u8], end: usize, mut j: usize) -> bool {
    let sep = |j: usize| ifsc_sep(b, j);
    // A short glue word first ("…5615 pe, ifsc HDFC0616180", "… and IFSC").
    let w = letters_end(b, j) - j;
    if j > end && (1..=3).contains(&w) && sep(j + w) {
        j = skip_seps(j + w, 3, sep);
    }
    // "…3135, IFSC CNRB0388260": the word may name the code.
    if j > end
        && b.get(j..j + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"ifsc"))
    {
        let k = j + 4;
        j = skip_seps(k, 3, sep);
        if j == k {
            return false;
        }
    }
    j > end && b.get(j..j + 11).is_some_and(cs::in_ifsc) && !is_alnum(at(b, j + 11))
}

/// True if a verb of changing the secret stands right after the value, in
/// its clause ("151114 la cambié ayer", "064795, cámbiala", "é 316822?
/// esqueci se troquei"), or before it in its clause with "to" ("en", "a",
/// "ل") right before the value ("I changed it to 4471", "je l'ai changé en
/// 0931", Darija "بدلت الكود ديال الكارط ل 7687"), or a verb of setting it
/// in a relative clause with a copula right before the value ("la clave
/// que le puse al app es 910326"), so that "changed my phone, otp 482913"
/// keeps its one-time code.
#[cold]
#[inline(never)]
fn changed_around(b: &[u8], vs: usize, ve: usize) -> bool {
    const AFTER: [&str; 8] = [
        "la cambié",
        "la cambie",
        "cámbiala",
        "cambiala",
        "troquei",
        "mudei",
        "changed it",
        "i changed",
    ];
    const BEFORE: [&str; 24] = [
        "changed",
        "changé",
        "cambié",
        "cambie",
        "cambiado",
        "cámbiala",
        "cambiala",
        "cambiato",
        "mudei",
        "troquei",
        "alterei",
        "geändert",
        "gewijzigd",
        "veranderd",
        "promijenio",
        "promijenila",
        "promenio",
        "promenila",
        "ganti",
        "diganti",
        "ubah",
        "بدلت",
        "bdelt",
        "badalt",
    ];
    const TO: [&str; 11] = [
        " to", " en", " ل", " l", " a", " para", " pra", " u", " jadi", " ke", " naar",
    ];
    // A secret the customer set, then a copula ("la clave que le puse al
    // app es 910326", "a senha que coloquei é 4471").
    const SET: [&str; 7] = [
        "que puse",
        "que le puse",
        "que coloqué",
        "que coloquei",
        "que cadastrei",
        "que criei",
        "que configuré",
    ];
    const IS: [&str; 7] = [" es", " é", " is", " era", " fue", " foi", " was"];
    // ... or a change, then what it is now.
    const NOW: [&str; 5] = ["ahora es", "agora é", "agora e", "now is", "it's now"];
    // ... or right before it ("la clave de yape la puse 226665"; not "lo
    // puse", which puts a code in: "el código lo puse").
    const PUT: [&str; 2] = [" la puse", " le puse"];
    // ... or made, then named ("ya le puse clave 0825", "ya cree la clave
    // 0191 en el cajero").
    const MADE: [&str; 6] = ["puse", "creé", "cree", "cadastrei", "criei", "configuré"];
    const SECRET: [&str; 4] = [" clave", " senha", " contraseña", " nip"];
    // ... or put in as one ("j'ai mis 352217 comme code de l'appli", "puse
    // 4471 como clave", "I set 5521 as my pin").
    const PUT_IN: [&str; 10] = [
        " mis",
        " mets",
        " choisi",
        " puse",
        " elegí",
        " coloqué",
        " coloquei",
        " escolhi",
        " set",
        " chose",
    ];
    const AS: [&str; 3] = ["comme", "como", "as"];
    const AS_WHAT: [&str; 7] = [
        "code",
        "clave",
        "senha",
        "pin",
        "nip",
        "mot de passe",
        "password",
    ];
    let tail = b.get(ve..(ve + 40).min(b.len())).unwrap_or(&[]);
    let tail = tail
        .split(|&c| matches!(c, b'.' | b'\n' | b'!'))
        .next()
        .unwrap_or(&[]);
    let head = clause_before(b, vs);
    let to = head.trim_ascii_end();
    AFTER.iter().any(|w| contains_ci(tail, w.as_bytes()))
        || TO.iter().any(|w| ends_with_ci(to, w.as_bytes()))
            && BEFORE.iter().any(|w| contains_ci(head, w.as_bytes()))
        || IS.iter().any(|w| ends_with_ci(to, w.as_bytes()))
            && (SET.iter().any(|w| contains_word_ci(head, w.as_bytes()))
                // ("Le cambié la clave a la app, ahora es 672277".)
                || NOW.iter().any(|w| ends_with_ci(to, w.as_bytes()))
                    && BEFORE.iter().any(|w| contains_ci(head, w.as_bytes())))
        || PUT.iter().any(|w| ends_with_ci(to, w.as_bytes()))
        || SECRET.iter().any(|w| ends_with_ci(to, w.as_bytes()))
            && MADE.iter().any(|w| contains_word_ci(head, w.as_bytes()))
        || PUT_IN.iter().any(|w| ends_with_ci(to, w.as_bytes())) && {
            let t = tail.trim_ascii_start();
            let mut words = t.split(|&c| c == b' ').filter(|w| !w.is_empty());
            words
                .next()
                .is_some_and(|w| AS.iter().any(|a| w.eq_ignore_ascii_case(a.as_bytes())))
                && AS_WHAT.iter().any(|w| contains_word_ci(t, w.as_bytes()))
        }
}

/// True if `i` is inside a quote opened on its line after a word of a
/// message arriving or being forwarded ("me llegó este sms: 'Tu clave …",
/// "FW: \"Barclays: …", "I got this: “…").
fn in_received_quote(b: &[u8], i: usize) -> bool {
    const ARRIVED: [&str; 14] = [
        "llegó",
        "llego",
        "salió",
        "salio",
        "recibí",
        "recibi",
        "recebi",
        "chegou",
        "got",
        "received",
        "sms:",
        "fw:",
        "fwd:",
        "forwarded",
    ];
    let lo = i.saturating_sub(160);
    let Some(line) = b.get(lo..i) else {
        return false;
    };
    let line = memchr::memrchr(b'\n', line).map_or(line, |k| line.get(k + 1..).unwrap_or(&[]));
    // The first quote on the line not inside a word ("don't" quotes
    // nothing), and what closes it.
    let open = line.iter().enumerate().find_map(|(k, &c)| {
        let t = line.get(k..).unwrap_or(&[]);
        let close: &[u8] = if c == b'"' {
            b"\""
        } else if c == b'\'' {
            b"'"
        } else if t.starts_with("“".as_bytes()) {
            "”".as_bytes()
        } else if t.starts_with("«".as_bytes()) {
            "»".as_bytes()
        } else {
            return None;
        };
        let in_word = k > 0 && at(line, k - 1).is_ascii_alphanumeric();
        (!in_word).then_some((k, close))
    });
    let Some((q, close)) = open else {
        return false;
    };
    // Still open at the value (an apostrophe inside a word closes
    // nothing: "If this wasn't you").
    let rest = line.get(q + 1..).unwrap_or(&[]);
    let closed = memchr::memmem::find_iter(rest, close).any(|k| {
        !(close == b"'"
            && k > 0
            && at(rest, k - 1).is_ascii_alphabetic()
            && at(rest, k + 1).is_ascii_alphabetic())
    });
    let head = line.get(..q).unwrap_or(&[]);
    !closed && ARRIVED.iter().any(|w| contains_word_ci(head, w.as_bytes()))
}

/// True if the clause before `i` ([`clause_before`]) says its
/// speaker forgot something ("j'ai oublié mon code, c'était ", "نسيت le
/// code … كان "): what follows is a secret they chose, not a code sent.
fn forgotten_before(b: &[u8], i: usize) -> bool {
    const FORGOT: [&str; 16] = [
        "forgot",
        "forgotten",
        "oublié",
        "olvidé",
        "olvide",
        "esqueci",
        "lupa",
        "bhool",
        "bhul",
        "vergessen",
        "vergeten",
        "zaboravio",
        "zaboravila",
        "dimenticato",
        "نسيت",
        "unuttum",
    ];
    let head = clause_before(b, i);
    FORGOT.iter().any(|w| contains_word_ci(head, w.as_bytes()))
}

/// The clause right before `i`: at most 48 bytes, from after the last
/// sentence mark or line break there.
fn clause_before(b: &[u8], i: usize) -> &[u8] {
    b.get(i.saturating_sub(48)..i)
        .unwrap_or(&[])
        .rsplit(|&c| matches!(c, b'.' | b'\n' | b'!' | b'?'))
        .next()
        .unwrap_or(&[])
}

/// The part of `h` after its last ASCII digit (all of it if it has none):
/// the words that speak of what follows, not of an earlier number.
fn after_last_digit(h: &[u8]) -> &[u8] {
    h.iter()
        .rposition(u8::is_ascii_digit)
        .and_then(|p| h.get(p + 1..))
        .unwrap_or(h)
}

/// True if a word of [`RIGHT_WORDS`] stands in the 24 bytes before `i`,
/// after the last digit there ("… tá errada, o certo é ", "… 21/06/25 mas
/// o certo é "): what starts at `i` is the right value after a wrong one
/// given or recorded before. (Not "errada, 04/06/2024": that one is the
/// wrong value.)
fn corrects_before(b: &[u8], i: usize) -> bool {
    let h = after_last_digit(b.get(i.saturating_sub(24)..i).unwrap_or(&[]));
    RIGHT_WORDS
        .iter()
        .any(|w| contains_word_ci(h, w.as_bytes()))
}

/// True if `p`, three digits after the trunk zero or the country code,
/// opens an Indonesian mobile range (Telkomsel 811–813, 821–823, 851–853;
/// Indosat 814–816, 855–858; XL and Axis 817–819, 831–833, 838, 859,
/// 877–878; Smartfren 881–889; Tri 895–899): not a Turkish 0850 line nor
/// a trunk zero before another country's number.
fn id_mobile_prefix(p: &[u8]) -> bool {
    matches!(
        p,
        [
            b'8',
            b'1' | b'8',
            b'1'..=b'9'
        ] | [b'8', b'2', b'1'..=b'3']
            | [b'8', b'3', b'1'..=b'3' | b'8']
            | [b'8', b'5', b'1'..=b'3' | b'5'..=b'9']
            | [b'8', b'7', b'7' | b'8']
            | [b'8', b'9', b'5'..=b'9']
    )
}

/// True if the digits `s` are a mobile number of Kenya, Tanzania, Uganda,
/// Nigeria, Ghana, the Philippines, Saudi Arabia, the Emirates, Pakistan or
/// Bangladesh, written with the country code and no `+`, at its exact
/// length. (Not India's 91: twelve digits from 91 are as often a UPI
/// reference.)
fn cc_plain_mobile(s: &[u8]) -> bool {
    match s.len() {
        12 => matches!(
            s.get(..4),
            Some(
                [b'2', b'5', b'4', b'1' | b'7']
                    | [b'2', b'5', b'5', b'6' | b'7']
                    | [b'2', b'5', b'6', b'7']
                    | [b'2', b'3', b'3', b'2' | b'5']
                    | [b'6', b'3', b'9', _]
                    | [b'9', b'6', b'6', b'5']
                    | [b'9', b'7', b'1', b'5']
                    | [b'9', b'2', b'3', _]
            )
        ),
        13 => matches!(
            s.get(..5),
            Some(
                [b'2', b'3', b'4', b'7'..=b'9', b'0' | b'1']
                    | [b'8', b'8', b'0', b'1', b'3'..=b'9']
            )
        ),
        _ => false,
    }
}

/// The shape of a Swedish business's Swish number (123 662 95 88): ten
/// digits starting 123, which no phone plan has.
fn swish_shaped(sp: &Span) -> bool {
    sp.n == 10 && sp.s().starts_with(b"123")
}

/// A toll-free or shared-cost service number (1800 / 1860 / 0800 / 0808 /
/// 1300 / AR 0810 / ES 900 / PT 707 / CO 01 8000 numbers, US 8XX toll-free,
/// UAE 600 numbers, Brazil's nationwide 4004-XXXX style numbers): a
/// business's line, not a person's.
fn service_number(sp: &Span) -> bool {
    let s = sp.s();
    let g = sp.glens();
    let n = sp.n;
    let pre = |p: &[u8]| s.starts_with(p);
    // (Eleven digits typed plain from 0808 or 0810 are a Nigerian mobile:
    // "08088186854".)
    let nigerian = n == 11 && sp.plain() && (pre(b"0808") || pre(b"0810"));
    // (The UK's 0808 lines have eleven digits: ten from 0808 are a Thai
    // mobile, "เบอร์ 0808037210".)
    !nigerian
        && ((8..=11).contains(&n)
            && (pre(b"1800") || pre(b"1860") || pre(b"0800") || pre(b"1300"))
            || n == 11 && pre(b"0808"))
        // (Not grouped 3-4-4 as Chinese mobiles are: "188 8583 0954".)
        || (n == 11
            && pre(b"1")
            && g != [3, 4, 4]
            && ["800", "888", "877", "866", "855", "844", "833"]
                .iter()
                .any(|p| s.get(1..4) == Some(p.as_bytes())))
        // (Written 3-3-4; "87769 19894" is an Indian mobile.)
        || (n == 10
            && (g == [3, 3, 4] || g == [3, 7])
            && ["800", "888", "877", "866", "855", "844", "833"]
                .iter()
                .any(|p| pre(p.as_bytes())))
        // UAE 600 54 0000.
        || (n == 9 && g == [3, 2, 4] && pre(b"600"))
        // Nine digits from 800 or 900: the free lines of the UAE, Qatar or
        // Spain ("اتصلت على 800144741"); no mobile plan has nine digits so.
        || (n == 9 && (g == [9] || g == [3, 3, 3]) && (pre(b"800") || pre(b"900")))
        || (n == 8
            && g == [4, 4]
            && ["4004", "4003", "4002", "4020", "4090", "3003", "3004"]
                .iter()
                .any(|p| pre(p.as_bytes())))
        // ... with an area code: (11) 4004-4828, +55 11 4004-0001.
        || ((n == 10 && g == [2, 4, 4] || n == 12 && g == [2, 2, 4, 4] && pre(b"55"))
            && ["4004", "4003", "4002", "4020", "4090", "3003", "3004"]
                .iter()
                .any(|p| s.get(n - 8..n - 4) == Some(p.as_bytes())))
        // NL paid information lines with a short number (0900-0933;
        // longer ones are Indian, Nigerian and Thai mobiles: 09009964387,
        // 0900 867 7302, 0900155127).
        || (n == 8 && pre(b"0900"))
        // IE shared-cost 1850 and 1890 numbers (1850 820 811).
        || (n == 10 && (pre(b"1850") || pre(b"1890")))
        // CN 400 business numbers (400-820-8788; not dotted as US numbers
        // are).
        || (n == 10
            && pre(b"400")
            && (g == [3, 3, 4] || g == [3, 4, 3])
            && sp.seps & SEP_DOT == 0)
        // PL shared-cost 801 lines, written 3-3-3 (801 009 539; Polish
        // mobiles start 5, 6, 7 or 8 but not 801).
        || (n == 9 && g == [3, 3, 3] && pre(b"801"))
        // TN free numbers (80 100 200; Tunisian mobiles start 2, 4, 5, 9).
        || (n == 8 && g == [2, 3, 3] && pre(b"80"))
        // AR 0810 numbers, eleven digits (ten from 0810 are a Vietnamese
        // or Thai mobile: "sđt của em là 0810 524 861"); CL 600 numbers
        // (600 586 1369; Spanish mobiles have nine digits).
        || (n == 11 && pre(b"0810") && !nigerian)
        // MX 01 800 and CO 01 8000 free lines (twelve digits: "01800
        // 334962", eleven, is a Bangladeshi mobile).
        || ((12..=13).contains(&n) && pre(b"01800"))
        || (n == 10 && g == [3, 3, 4] && pre(b"600"))
        // FR free numbers 0801 … 0805 (0800 above), and the 0969 lines
        // businesses take for calls at the price of a local one, written
        // in pairs as French numbers are ("09 69 39 00 00"): typed whole
        // or in threes, "0969439492" is a Vietnamese mobile.
        || (n == 10
            && [b"0801", b"0802", b"0803", b"0804", b"0805"]
                .iter()
                .any(|p| pre(*p)))
        || (n == 10 && pre(b"0969") && g == [2, 2, 2, 2, 2])
        // UK 03 numbers of organisations, written 4-3-4 (0345 600 2290), 5-6
        // (03457 593992) or 5-3-3 (03457 404 404); Pakistani mobiles (0345
        // 1120448) are written 4-7.
        // (Dashed, 4-3-4 is how Pakistani mobiles are written:
        // "0333-551-2209".)
        // (The UK has no 031 or 032 numbers; Pakistan's mobiles start 030
        // to 034: "0318 511 8903".)
        || (n == 11
            && (g == [4, 3, 4] || g == [5, 6] || g == [5, 3, 3])
            && pre(b"03")
            && !(pre(b"031") || pre(b"032"))
            && sp.seps != SEP_DASH)
        // ZA share-call (0860 123 000) and NG business (0700-2255-5465)
        // numbers.
        || (n == 10 && (pre(b"0860") || pre(b"0861")))
        // PK universal access numbers: a city's code, then 111 and six
        // digits (021-111-811301, 042 111 222 333); not from 03, where
        // Pakistan's mobiles start.
        || (n == 12
            && (g == [3, 3, 6] || g == [3, 3, 3, 3])
            && pre(b"0")
            && !pre(b"03")
            && s.get(3..6) == Some(b"111"))
        || swish_shaped(sp)
        // JP free dial (0120-917-255) and Navi Dial (0570-652-035).
        // (Not Swiss 0848 shared-cost numbers: Vietnamese and South
        // African mobiles start 084 too.)
        // (Grouped as Japan groups them: Malaysian 012 mobiles read 012 075
        // 8149 or unbroken.)
        || (n == 10
            && (pre(b"0120") || pre(b"0570"))
            && (g == [4, 3, 3] || g == [4, 2, 4] || g == [4, 6]))
        || ((11..=12).contains(&n) && pre(b"0700"))
        // TR call centres: 0850 222 0 444, grouped the Turkish way
        // (Indonesian 0850 mobiles read 0850 9214 047).
        || (n == 11 && pre(b"0850") && (g == [4, 3, 1, 3] || g == [4, 3, 2, 2]))
        // ID call centres 1500 046, 1500888, (021) 1500151.
        || (n == 7 && pre(b"1500"))
        || (n == 10 && pre(b"0") && s.get(3..7) == Some(b"1500"))
        // Jakarta's six-digit call-centre numbers: (021) 500214, 021-500-044
        // (its landlines have seven or eight digits after 021).
        || (n == 9 && pre(b"021500"))
        // UAE 600 and Gulf 800 lines in other groupings: 600 87461,
        // 600 169242, 8001 673089 (an Indian mobile reads 5-5).
        // (Spanish mobiles read 600 123 456.)
        || ((8..=9).contains(&n) && pre(b"600") && (g == [3, 5] || g == [3, 6]))
        || ((9..=11).contains(&n)
            && pre(b"800")
            && matches!(g.first(), Some(3 | 4))
            && g.len() >= 2)
        // ... and with eight digits: 8001 1144, 800 11144.
        || (n == 8 && pre(b"800") && (g == [4, 4] || g == [3, 5]))
        // BR 3003 / 4004 numbers with an area-code-like middle: 3003 042
        // 2653.
        || (n == 11
            && g.first() == Some(&4)
            && ["4004", "4003", "4002", "4020", "4090", "3003", "3004"]
                .iter()
                .any(|p| pre(p.as_bytes())))
        // ID premium lines 0804 1 500 888 (Bangalore's 080 numbers read
        // 080-4112-7390).
        || ((10..=13).contains(&n) && pre(b"08041") && g.starts_with(&[4, 1]))
        // SA and UAE toll-free lines written unbroken: 80021138.
        || (n == 8 && sp.plain() && pre(b"800"))
        // SA unified 920 000 802, EG hotlines 19019, ID call centres 14000,
        // UAE 800 2345.
        // (The unified numbers start 9200: Portuguese mobiles start 92 too,
        // "telemóvel: 920 730 517".)
        || (n == 9 && pre(b"9200"))
        // ES free and shared-cost 900 / 901 / 902, PK UAN 111-xxx-xxx, PT
        // shared-cost 707 / 808.
        || (n == 9
            && (pre(b"900")
                || pre(b"901")
                || pre(b"902")
                || pre(b"111")
                || pre(b"707")
                || pre(b"808")))
        // PK UAN lines with a city code: 021-111-953-161.
        || (n == 12 && g == [3, 3, 3, 3] && pre(b"0") && s.get(3..6) == Some(b"111"))
        // CO free lines 01 8000 …
        || (n == 12 && pre(b"018000"))
        || (n == 5 && (pre(b"19") || pre(b"14")))
        || ((7..=8).contains(&n) && pre(b"800") && g.first() == Some(&3))
}

/// Phone numbers written without a `+` (one branch per national format,
/// each with its examples, kept apart for reading).
/// True if `s`, digits typed in one piece, is an Argentine mobile dialled
/// locally: an area code (11, or three or four digits from 2 or 3), 15,
/// then the number, ten digits without the 15; the trunk zero may lead.
fn argentine_local_mobile(s: &[u8]) -> bool {
    let s = match s {
        [b'0', r @ ..] if r.len() == 12 => r,
        _ if s.len() == 12 => s,
        _ => return false,
    };
    (2..=4).any(|a| {
        let area = s.get(..a).unwrap_or(&[]);
        let ok = if a == 2 {
            area == b"11"
        } else {
            matches!(area.first(), Some(b'2' | b'3'))
        };
        ok && s.get(a..a + 2) == Some(&b"15"[..])
    })
}

fn national_phone(b: &[u8], sp: &Span, it: &mut Interps) {
    let g = sp.glens();
    let s = sp.s();
    let n = sp.n;
    let paren = before(b, sp.start) == b'(' || sp.seps & SEP_PAREN != 0;
    let dash_last = sp.seps & (SEP_DASH | SEP_DOT) != 0;
    // A Brazilian mobile as it is written, its area code in brackets and
    // its nine digits broken by a dash ("(27) 97904-3852"), is a line
    // whatever words are around it ("sem receber o token no (27) …").
    if g == [2, 5, 4]
        && before(b, sp.start) == b'('
        && sp.seps == SEP_PAREN | SEP_SPACE | SEP_DASH
        && sp.last_sep == SEP_DASH
        && matches!(sp.first(), b'1'..=b'9')
        && matches!(sp.byte(1), b'1'..=b'9')
        && sp.byte(2) == b'9'
    {
        it.push(K::Phone, Confidence::Medium, Gate::Alone);
        return;
    }
    // BR: (11) 98765-4321, 11 98765-4321, 19 9 8206-4068; US: (415)
    // 555-0123, 415-555-0123.
    if (g == [2, 5, 4] || g == [2, 4, 4] || g == [2, 1, 4, 4] && sp.byte(2) == b'9')
        && (paren || dash_last)
        // BR mobile typed with spaces only: 27 98625 4515, 61 9 7817 0110
        // (an area code from 11 to 99, then 9).
        || (g == [2, 5, 4] || g == [2, 1, 4, 4])
            && sp.uniform
            && sp.seps == SEP_SPACE
            && matches!(sp.first(), b'1'..=b'9')
            && matches!(sp.byte(1), b'1'..=b'9')
            && sp.byte(2) == b'9'
    {
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if sp.byte(2) == b'9'
        && matches!(sp.first(), b'1'..=b'9')
        && matches!(sp.byte(1), b'1'..=b'9')
        && (g == [2, 9] && paren
            || g == [7, 4] && sp.seps == SEP_DASH
            || g == [2, 1, 8] && paren && sp.seps & SEP_DASH == 0)
    {
        // BR mobile, its area code in brackets glued to the number or the
        // two run together: (81)978683382, (62) 935746211, 6198830-5253.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [3, 1, 4, 4]
        && paren
        && sp.first() == b'0'
        && sp.byte(3) == b'9'
        && sp.seps_in(SEP_PAREN | SEP_SPACE | SEP_DASH)
    {
        // BR mobile with the long-distance 0 before its area code: (044) 9
        // 7205-8038.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [3, 3, 4]
        && (paren || sp.uniform && sp.seps == SEP_DASH)
        && !matches!(sp.first(), b'0' | b'1')
    {
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [3, 3, 4]
        && sp.uniform
        && sp.seps == SEP_DOT
        && !matches!(sp.first(), b'0' | b'1')
    {
        // US 617.994.8455, after a phone word only ("polizza n.
        // 766.110.8882", "رقم الوثيقة 725.580.7026" are ids).
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if g == [1, 3, 3, 4]
        && sp.first() == b'1'
        && sp.uniform
        && sp.seps_in(SEP_DOT | SEP_DASH | SEP_SPACE)
        && matches!(sp.byte(1), b'2'..=b'9')
    {
        // US with its 1: 1.305.969.9963, 1-415-555-0123.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if (g == [2, 5, 5] || g == [2, 10] && sp.seps == SEP_DASH)
        && s.starts_with(b"91")
        && matches!(sp.byte(2), b'6'..=b'9')
    {
        // IN with its country code and no +: 91 89307 79480, 91-9939672246.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [2, 2, 2, 2, 2] && sp.first() == b'0' && sp.uniform {
        // FR 01 45 67 89 10, 06 12 34 56 78.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if (before(b, sp.start) == b'('
        || g == [3, 5, 4] && sp.first_sep == SEP_SPACE && sp.last_sep == SEP_DASH)
        && sp.first() == b'0'
        && n == 12
        && (g == [3, 5, 4] || g == [3, 9])
        && sp.byte(3) == b'9'
    {
        // A Brazilian mobile with its trunk zero and area code: (085) 98422
        // 6486, (031) 97776-6883; without the brackets, as its line is
        // dashed: 013 97739-7145.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if sp.ngroups == 4
        && g.get(1) == Some(&2)
        && g.get(3) == Some(&4)
        && (n == 12
            && sp.seps_in(SEP_SPACE | SEP_DASH)
            && matches!(g.first(), Some(2..=4))
            && sp.first() != b'0'
            || n == 13
                && sp.seps_in(SEP_SPACE | SEP_DASH | SEP_PAREN)
                && matches!(g.first(), Some(3..=5))
                && sp.first() == b'0')
        && s.get(usize::from(g.first().copied().unwrap_or(0))..)
            .is_some_and(|r| r.starts_with(b"15"))
    {
        // An Argentine mobile dialled locally: area code, 15, number (221
        // 15 817-3150, 11 15 4567-8901), the area code with its trunk zero
        // too (011 15-4567-8901, (011) 15 4853-7533).
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if sp.plain() && argentine_local_mobile(s) {
        // The same typed in one piece ("Mi cel 341153841643"), after a
        // phone word only.
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if before(b, sp.start) == b'('
        && sp.first() == b'0'
        && g.first().is_some_and(|&l| l >= 3)
        && (10..=11).contains(&n)
        && sp.seps_in(SEP_SPACE | SEP_DASH | SEP_PAREN)
    {
        // An area code in parentheses: (0216) 444 0 123, (021) 5550 1234.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if before(b, sp.start) == b'('
        && sp.ngroups == 2
        && matches!(g, [2..=4, 7..=8])
        && (9..=11).contains(&n)
        && sp.seps_in(SEP_PAREN | SEP_SPACE)
        && g.first()
            .is_some_and(|&l| matches!(sp.byte(usize::from(l)), b'2'..=b'9'))
    {
        // An area code in parentheses before the subscriber's number in
        // one piece: (773)5449176, (55) 12345678, (02)93744000.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 11
        && (s.starts_with(b"010")
            || s.starts_with(b"011")
            || s.starts_with(b"012")
            || s.starts_with(b"015"))
        && (sp.plain() || sp.seps_in(SEP_SPACE | SEP_DASH) && g.iter().all(|&l| l >= 3))
    {
        // EG mobile 01012847730, 0104-500-7572, 011 1206 6197.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if (10..=11).contains(&n)
        && s.starts_with(b"01")
        && (g == [3, 3, 4] || g == [3, 7] || g == [3, 4, 4] || g == [3, 8])
        && sp.seps_in(SEP_SPACE | SEP_DASH)
    {
        // MY mobile 012-930 1662, 014-546 9136.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 11
        && matches!(s.get(..3), Some([b'0', b'1', b'3'..=b'9']))
        && (sp.plain() || g == [5, 6] && sp.seps == SEP_DASH)
    {
        // BD mobile 01638685676, 01711-234567.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if (10..=12).contains(&n)
        && matches!(s.get(..3), Some([b'0', b'1', b'5'..=b'7']))
        && g.len() == 2
        && matches!(g.first(), Some(4 | 5))
        && sp.seps_in(SEP_SPACE | SEP_DASH | SEP_SLASH)
        && !before(b, sp.start).is_ascii_alphanumeric()
        && before(b, sp.start) != b'-'
    {
        // DE mobile 0179 27124526, 0151-2345678, 01522/1234567 (not
        // inside a reference: "CLM-0173-186170").
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 11
        && (sp.plain() && s.starts_with(b"07")
            || (sp.plain() || g == [4, 3, 4] && sp.uniform)
                && ["070", "080", "081", "090", "091"]
                    .iter()
                    .any(|p| s.starts_with(p.as_bytes())))
    {
        // NG mobile 08031457226, 0810 247 7409, UK mobile 07726672320.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 10
        && matches!(s.get(..3), Some([b'0', b'2', b'0' | b'3'..=b'8']))
        && (g == [3, 3, 4] || g == [3, 7])
        && sp.uniform
        && sp.seps_in(SEP_SPACE | SEP_DASH)
    {
        // GH mobile 024 859 7179, 020 7482519 (a Sydney line reads 02
        // 9876 5432).
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 11
        && s.starts_with(b"03")
        && matches!(s.get(2), Some(b'0'..=b'4'))
        && (sp.plain() || g == [4, 7] || sp.uniform && g.iter().all(|&l| (3..=4).contains(&l)))
    {
        // PK mobile 0345 1120448, 0300-1234567, 0345 1120 448.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 11
        && s.starts_with(b"09")
        && (sp.plain() || g == [4, 3, 4] || g == [4, 7])
        && sp.uniform
    {
        // PH mobile 0927 551 4407, 09275514407.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [3, 2, 2, 2] && sp.seps == SEP_SPACE && matches!(sp.first(), b'6' | b'7') {
        // ES mobile 612 48 33 09.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 10
        && (s.starts_with(b"07") && sp.plain()
            || (s.starts_with(b"07")
                || matches!(s.get(..4), Some([b'0', b'1', b'1', b'0'..=b'5'])))
                && g == [4, 3, 3])
        && sp.uniform
    {
        // KE mobile 0722 916 004, 0114 117 491 (a Malaysian 011 mobile
        // has eleven digits, a Delhi line after its trunk zero too; typed
        // plain, 011 is as often a Mexican account).
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 10 && s.starts_with(b"04") && (g == [4, 3, 3] || g == [2, 4, 4]) && sp.uniform {
        // AU mobile 0422 907 893, 04 2311 4458.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [4, 2, 2, 2] && sp.uniform && (s.starts_with(b"06") || s.starts_with(b"07")) {
        // MA mobile 0661 24 88 17.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 10
        && s.starts_with(b"05")
        && (g == [4, 3, 3] && sp.seps == SEP_SPACE
            || g == [3, 7] && (sp.seps == SEP_DASH || sp.seps == SEP_SPACE))
    {
        // Saudi or Emirati mobile 0505 632 260, 056-8066291, 057 8152380
        // (a Nigerian account is typed 0562-182-727).
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 10
        && sp.plain()
        && s.starts_with(b"05")
        && !copula_after(b, sp.end)
        && !bank_named(b, sp.start, sp.end)
        && !b
            .get(..sp.start)
            .and_then(|h| h.trim_ascii_end().last())
            .is_some_and(u8::is_ascii_digit)
    {
        // Saudi, Emirati, Ghanaian mobile typed plain: 0575464904. (Not
        // when the message goes on to say what the number is: "الرقم
        // 0551843207 هو رقم الطلب" names an order; nor when it may end a
        // number begun on the line before: "351905\n0508810974"; nor next
        // to a bank's name, a Nigerian account: "0514360758 (Access)".)
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [3, 3, 2, 2]
        && sp.uniform
        && sp.seps == SEP_SPACE
        && matches!(s.get(..3), Some(b"075" | b"076" | b"077" | b"078" | b"079"))
    {
        // CH mobile 078 027 47 95.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [5, 6]
        && sp.seps == SEP_DASH
        && matches!(
            s.get(..3),
            Some(b"013" | b"014" | b"015" | b"016" | b"017" | b"018" | b"019")
        )
    {
        // BD mobile 01671-614269.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [4, 3, 2, 2] && s.starts_with(b"05") {
        // TR mobile 0532 412 45 67.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [3, 3, 4]
        && s.starts_with(b"05")
        && sp.uniform
        && sp.seps_in(SEP_SPACE | SEP_DASH)
    {
        // Gulf mobile 050 123 4567.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if n == 11
        && s.starts_with(b"07")
        && (g == [5, 3, 3] || g == [5, 6])
        && sp.seps == SEP_SPACE
    {
        // UK mobile 07700 900 418.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [5, 5] && matches!(sp.first(), b'6'..=b'9') {
        // IN mobile 98765 43210.
        it.push(K::Phone, Confidence::Low, Gate::Weak);
    } else if (g == [4, 4, 4]
        || g == [4, 4, 3]
        || g == [4, 3, 4]
        || g == [4, 4, 5]
        || g == [3, 4, 4])
        && s.starts_with(b"08")
        && sp.uniform
    {
        // ID mobile 0812-3456-7890.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if (g == [5, 4] || g == [4, 4])
        && sp.seps == SEP_DASH
        && matches!(sp.first(), b'9' | b'8' | b'7' | b'3')
        || g == [4, 4] && sp.seps == SEP_SPACE && matches!(sp.first(), b'5' | b'6' | b'9')
    {
        // (Hong Kong mobiles read in fours: "ang numero po ng aking asawa
        // sa Hong Kong ay 6170 0152".)
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if sp.plain() && n == 10 && matches!(sp.first(), b'6'..=b'9') {
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if n == 10 && sp.first() == b'3' && (sp.plain() || g == [3, 7]) {
        // CO mobile 303 1055325, 3031055325: next to a phone or wallet word.
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if sp.plain()
        && ((11..=13).contains(&n)
            && s.starts_with(b"0")
            && s.get(1..4).is_some_and(id_mobile_prefix)
            || (12..=14).contains(&n)
                && s.starts_with(b"62")
                && s.get(2..5).is_some_and(id_mobile_prefix))
    {
        // ID mobile typed plain, with its trunk zero or its country code
        // without `+`: 085235060498, 6281198657151.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if sp.plain()
        && n == 11
        && matches!(s.get(..3), Some(b"050" | b"053" | b"054" | b"055" | b"056"))
        && at(b, sp.start) == b'0'
    {
        // TR mobile typed plain with its trunk zero: 05518826026 (no other
        // plan has eleven digits from 05).
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if sp.plain() && cc_plain_mobile(s) && !matches!(before(b, sp.start), b'-' | b'#' | b'/')
    {
        // A mobile with its country code but no `+`, where the code and
        // the operator's lead leave few other readings: 254751789550,
        // 2349135401379, 639108819307. (Not the tail of a reference:
        // "CTR-923542804848".)
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if sp.plain() && (10..=13).contains(&n) && s.starts_with(b"08") {
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if sp.plain()
        && ((10..=11).contains(&n) && s.starts_with(b"01")
            || (11..=14).contains(&n) && s.starts_with(b"628")
            || n == 10 && s.starts_with(b"06"))
    {
        // MY 0163461795, ID 6285749252468 (country code without +), MA
        // 0607806403: next to a phone or wallet word.
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if g == [3, 3, 4]
        && sp.uniform
        && sp.seps_in(SEP_SPACE | SEP_DASH)
        && matches!(
            s.get(..3),
            Some(
                [b'0', b'6', b'0'..=b'8']
                | [b'0', b'7', b'1'..=b'4' | b'6'..=b'9']
                | [b'0', b'8', b'1'..=b'4'],
            )
        )
    {
        // ZA mobile 073 555 0162, 062-416-9059 (not a Dutch 088 company
        // line, nor Frankfurt's 069).
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [2, 3, 4]
        && sp.uniform
        && sp.seps == SEP_SPACE
        && matches!(
            s.get(..2),
            Some(b"82" | b"83" | b"84" | b"85" | b"86" | b"87")
        )
    {
        // MZ mobile 82 912 9017.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [3, 3, 4]
        && sp.uniform
        && sp.seps_in(SEP_SPACE | SEP_DASH | SEP_DOT)
        && matches!(s.get(..3), Some([b'0', b'8' | b'9', _]))
    {
        // CD mobile 090 539 8108, 089 879 9969, 090.613.5547 (and the
        // other 08 and 09 ranges where a trunk zero leads ten digits):
        // next to a phone or wallet word.
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if g == [2, 3, 2, 2]
        && sp.uniform
        && sp.seps_in(SEP_SPACE | SEP_DOT)
        && matches!(s.get(..2), Some(b"70" | b"75" | b"76" | b"77" | b"78"))
    {
        // SN mobile 77 453 51 98, 76.455.26.96.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if g == [1, 2, 2, 2, 2] && sp.uniform && sp.first() == b'6' {
        // CM mobile 6 99 39 65 62, 6.99.39.65.62.
        it.push(K::Phone, Confidence::Medium, Gate::Weak);
    } else if sp.plain()
        && (n == 9
            && matches!(
                s.get(..2),
                Some([b'7', b'0' | b'5'..=b'8'] | [b'6', b'5'..=b'9'] | [b'8', b'2'..=b'7'])
            )
            || n == 10 && matches!(s.get(..2), Some(b"05" | b"07" | b"08" | b"09")))
    {
        // SN 772915221, CM 653824855, MZ 829861817, CI 0584451274, CD
        // 0978883301: next to a phone or wallet word.
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if g == [4, 4] && sp.seps == SEP_SPACE && matches!(sp.first(), b'8' | b'9') {
        // SG mobile 8234 5678: next to a phone or PayNow word.
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    } else if (9..=12).contains(&n)
        && g.len() >= 3
        && sp.uniform
        && g.iter().all(|&l| (2..=4).contains(&l))
        && (n < 12 || sp.first() == b'0' || international(s))
    {
        // A mobile number grouped the way people read it out ("0917 812
        // 4456", "338 602 7714", "951 208 744", "77 512 84 09"): next to a
        // phone or wallet word.
        it.push(K::Phone, Confidence::Medium, Gate::Ctx);
    }
}

/// Digits spoken as words, by language: English, Portuguese, Spanish,
/// Indonesian and Malay, Hindi and Urdu, Marathi, Tamil and Telugu in
/// Latin letters, Hindi in Devanagari, French, Arabic and Arabizi.
const DIGIT_NAMES: &[(&str, u8)] = &[
    ("zero", 0),
    ("oh", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("um", 1),
    // (The old spelling, which some still say to tell one from "meia".)
    ("hum", 1),
    ("uma", 1),
    ("dois", 2),
    ("duas", 2),
    ("três", 3),
    ("tres", 3),
    ("quatro", 4),
    ("cinco", 5),
    ("seis", 6),
    // Brazilians read a six as "meia" (half a dozen).
    ("meia", 6),
    ("sete", 7),
    ("oito", 8),
    ("nove", 9),
    ("cero", 0),
    ("uno", 1),
    ("dos", 2),
    ("cuatro", 4),
    ("siete", 7),
    ("ocho", 8),
    ("nueve", 9),
    ("nol", 0),
    ("kosong", 0),
    ("satu", 1),
    ("dua", 2),
    ("tiga", 3),
    ("empat", 4),
    ("lima", 5),
    ("enam", 6),
    ("tujuh", 7),
    ("delapan", 8),
    ("sembilan", 9),
    ("shunya", 0),
    ("ek", 1),
    ("do", 2),
    ("teen", 3),
    ("char", 4),
    ("chaar", 4),
    ("paanch", 5),
    ("panch", 5),
    ("chhe", 6),
    ("cheh", 6),
    ("saat", 7),
    ("aath", 8),
    ("nau", 9),
    ("che", 6),
    ("chah", 6),
    ("chhah", 6),
    // Marathi in Latin letters (ek, teen, saat, aath and nau as in Hindi).
    ("don", 2),
    ("paach", 5),
    ("saha", 6),
    // Tamil in Latin letters.
    ("poojiyam", 0),
    ("onnu", 1),
    ("rendu", 2),
    ("moonu", 3),
    ("naalu", 4),
    ("anju", 5),
    ("aaru", 6),
    ("ezhu", 7),
    ("ettu", 8),
    ("onbadhu", 9),
    ("ombodhu", 9),
    ("ombadhu", 9),
    // Telugu in Latin letters (rendu and aaru as in Tamil).
    ("sunna", 0),
    ("okati", 1),
    ("moodu", 3),
    ("naalugu", 4),
    ("aidu", 5),
    ("edu", 7),
    ("enimidi", 8),
    ("tommidi", 9),
    // Hindi in Devanagari, with the spellings of zero, five and six people
    // type.
    ("शून्य", 0),
    ("ज़ीरो", 0),
    // (The same with the precomposed ज़, which NFC would decompose.)
    ("\u{95b}\u{940}\u{930}\u{94b}", 0),
    ("जीरो", 0),
    ("एक", 1),
    ("दो", 2),
    ("तीन", 3),
    ("चार", 4),
    ("पांच", 5),
    ("पाँच", 5),
    ("छह", 6),
    ("छः", 6),
    ("सात", 7),
    ("आठ", 8),
    ("नौ", 9),
    ("zéro", 0),
    ("un", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("صفر", 0),
    ("واحد", 1),
    ("اثنين", 2),
    ("اثنان", 2),
    ("اتنين", 2),
    ("تنين", 2),
    ("ثلاثة", 3),
    ("تلاتة", 3),
    ("ثلاث", 3),
    ("اربعة", 4),
    ("أربعة", 4),
    ("اربع", 4),
    ("خمسة", 5),
    ("خمس", 5),
    ("ستة", 6),
    ("ست", 6),
    ("سبعة", 7),
    ("سبع", 7),
    ("ثمانية", 8),
    ("تمانية", 8),
    ("ثمان", 8),
    ("تسعة", 9),
    ("تسع", 9),
    ("sefr", 0),
    ("wa7ed", 1),
    ("wahed", 1),
    ("etnen", 2),
    ("etnein", 2),
    ("itnen", 2),
    ("tnen", 2),
    ("talata", 3),
    ("tlata", 3),
    ("arba3a", 4),
    ("arbaa", 4),
    ("5amsa", 5),
    ("khamsa", 5),
    ("setta", 6),
    ("sitta", 6),
    ("sab3a", 7),
    ("saba", 7),
    ("tamanya", 8),
    ("tes3a", 9),
    ("tis3a", 9),
    ("sifr", 0),
    ("wa7id", 1),
    ("ithnain", 2),
    ("ithnein", 2),
    ("thalatha", 3),
    ("thalath", 3),
    ("thamanya", 8),
    ("thamania", 8),
    ("tisa3", 9),
    ("itnein", 2),
    ("ithnein", 2),
    ("arba3", 4),
    ("7amsa", 5),
    ("saba3", 7),
    ("sab3", 7),
    ("tmanya", 8),
    ("tes3", 9),
    ("أربع", 4),
    ("ثنين", 2),
    ("ثمانيه", 8),
];

/// FNV-1a over a word's bytes (ASCII letters folded to lower case), cut to
/// an index into [`NAME_BLOOM`].
pub(crate) const fn name_hash(w: &[u8]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut k = 0;
    while k < w.len() {
        #[expect(clippy::indexing_slicing, reason = "k < len in a const fn")]
        let c = w[k].to_ascii_lowercase();
        h = (h ^ c as u64).wrapping_mul(0x0100_0000_01b3);
        k += 1;
    }
    (h >> 20) as usize & (NAME_BITS - 1)
}

/// Bits in [`NAME_BLOOM`].
pub(crate) const NAME_BITS: usize = 4096;

/// A 4096-bit filter of [`DIGIT_NAMES`]: about 97 % of other words miss it
/// at the cost of one hash, and only those hitting it are compared with
/// the names.
const NAME_BLOOM: [u64; NAME_BITS / 64] = name_bloom(false);

/// A filter of [`DIGIT_NAMES`] by [`shape_hash`] (`by_shape`) or
/// [`name_hash`].
const fn name_bloom(by_shape: bool) -> [u64; NAME_BITS / 64] {
    let mut t = [0u64; NAME_BITS / 64];
    let mut k = 0;
    while k < DIGIT_NAMES.len() {
        #[expect(clippy::indexing_slicing, reason = "k < len in a const table")]
        let w = DIGIT_NAMES[k].0.as_bytes();
        let h = if by_shape {
            shape_hash(w)
        } else {
            name_hash(w)
        };
        #[expect(clippy::indexing_slicing, reason = "h < NAME_BITS")]
        let slot = &mut t[h / 64];
        *slot |= 1 << (h % 64);
        k += 1;
    }
    t
}

/// True if the twelve digits `s` are a mobile number after its country
/// code, as typed without the `+`: India (91 6…9), the Philippines (63 9),
/// Kenya (254 7, 254 1), Indonesia (62 8), Malaysia (60 1), the UAE
/// (971 5), Saudi Arabia (966 5), Pakistan (92 3), the UK (44 7),
/// Tanzania (255 7) and Uganda (256 7).
fn cc_mobile(s: &[u8]) -> bool {
    const HEADS: [&[u8]; 15] = [
        b"916", b"917", b"918", b"919", b"639", b"2547", b"2541", b"628", b"601", b"9715", b"9665",
        b"923", b"447", b"2557", b"2567",
    ];
    s.len() == 12 && HEADS.iter().any(|h| s.starts_with(h))
}

/// A mobile in the 4-3-4 grouping of the Philippines and Nigeria
/// ("0999-648-2025", "0905 441 2287"): a wallet's account when an account
/// word names it.
fn mobile_434(sp: &Span) -> bool {
    sp.glens() == [4, 3, 4] && sp.s().starts_with(b"09")
}

/// A CNPJ with its root undotted, "68976329/0003-98": eight characters, a
/// slash, the four of the branch, a dash and the two check digits (or one
/// of the two separators left out).
fn cnpj_undotted(sp: &Span) -> bool {
    sp.shape(&[8, 4, 2]) && sp.seps == SEP_SLASH | SEP_DASH
        // Without the dash ("45995489/000117"), or without the slash
        // ("459954890001-17").
        || sp.shape(&[8, 6]) && sp.seps == SEP_SLASH
        || sp.shape(&[12, 2]) && sp.seps == SEP_DASH
}

/// True if bit `h` of `bloom` is set.
fn in_bloom(bloom: &[u64; NAME_BITS / 64], h: usize) -> bool {
    bloom.get(h / 64).is_some_and(|x| x & (1 << (h % 64)) != 0)
}

/// A word's length and its first and last bytes (ASCII letters folded to
/// lower case), cut to an index into [`SHAPE_BLOOM`]: cheaper than
/// [`name_hash`], which reads every byte.
const fn shape_hash(w: &[u8]) -> usize {
    let (first, last) = match w {
        [f, .., l] => (
            f.to_ascii_lowercase() as usize,
            l.to_ascii_lowercase() as usize,
        ),
        _ => (0, 0),
    };
    ((first << 4) ^ (last << 8) ^ (last >> 3) ^ w.len()) & (NAME_BITS - 1)
}

/// A 4096-bit filter of [`DIGIT_NAMES`] by [`shape_hash`], tried before
/// [`NAME_BLOOM`].
const SHAPE_BLOOM: [u64; NAME_BITS / 64] = name_bloom(true);

/// The digit `w` names in one of [`DIGIT_NAMES`]' languages.
pub(crate) fn digit_name(w: &[u8]) -> Option<u8> {
    // (Devanagari names take three bytes a letter: "शून्य" is fifteen.)
    if !(2..=18).contains(&w.len()) {
        return None;
    }
    if !in_bloom(&SHAPE_BLOOM, shape_hash(w)) || !in_bloom(&NAME_BLOOM, name_hash(w)) {
        return None;
    }
    DIGIT_NAMES
        .iter()
        .find(|(d, _)| d.as_bytes().eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// "double five", "triple zero": the count a word says the next digit is
/// read, if it is such a word.
pub(crate) fn repeat_word(w: &[u8]) -> Option<usize> {
    // (Five, six, nine or eighteen bytes, as the words below: most tokens
    // are none of them.)
    if !matches!(w.len(), 5 | 6 | 9 | 18) {
        return None;
    }
    let one_of = |names: &[&str]| names.iter().any(|n| w.eq_ignore_ascii_case(n.as_bytes()));
    if one_of(&["double", "dabal", "dubal", "डबल"]) {
        Some(2)
    } else if one_of(&["triple", "tripal", "ट्रिपल"]) {
        Some(3)
    } else {
        None
    }
}

/// Bytes of words: ASCII letters and digits, and every non-ASCII byte (the
/// Arabic comma "،" is split off a token by [`next_token`]).
const WORD: [u8; 256] = byte_table!(|c| if c.is_ascii_alphanumeric() || c >= 0x80 {
    1
} else {
    0
});

/// True if an ellipsis character (U+2026) starts at `i`.
fn ellipsis_at(b: &[u8], i: usize) -> bool {
    b.get(i..i + 3) == Some("\u{2026}".as_bytes())
}

/// The end of the dots (and ellipsis characters) from `i` on, at most
/// three of them.
fn dots_end(b: &[u8], mut i: usize) -> usize {
    for _ in 0..3 {
        if at(b, i) == b'.' {
            i += 1;
        } else if ellipsis_at(b, i) {
            i += 3;
        } else {
            break;
        }
    }
    i
}

/// The next word token at or after `i`: its start and end, any Arabic comma
/// at either end left out (a comma standing alone is no token).
pub(crate) fn next_token(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    const COMMA: &[u8] = "،".as_bytes();
    let word = |c: &u8| WORD.get(usize::from(*c)).copied().unwrap_or(0) != 0;
    loop {
        let mut s = i + b.get(i..)?.iter().position(word)?;
        let len = b
            .get(s..)
            .map_or(0, |r| r.iter().position(|c| !word(c)).unwrap_or(r.len()));
        let mut e = s + len;
        i = e;
        // "ثلاثة، خمسة": the comma is punctuation.
        if b.get(s..e).is_some_and(|t| t.starts_with(COMMA)) {
            s += COMMA.len();
        }
        if b.get(s..e).is_some_and(|t| t.ends_with(COMMA)) && e - s > COMMA.len() {
            e -= COMMA.len();
        }
        if e > s {
            return Some((s, e));
        }
    }
}

/// The kind of the value that spoken digits `d` starting at `s` correct:
/// the nearest candidate ending at most 64 bytes before them, a correction
/// word between ("… nahi nahi galat, 98926... ruko, six four eight …",
/// "… no wait … let me start again, seven five five …"), and `d` the
/// length of that kind (or passing its check digits).
fn spoken_correction(b: &[u8], cands: Near<'_>, s: usize, d: &[u8]) -> Option<PiiKind> {
    let c = cands.iter().filter(|c| c.end <= s).max_by_key(|c| c.end)?;
    let gap = b.get(c.end..s)?;
    if gap.len() > 64 || !corrects(gap) {
        return None;
    }
    let n = d.len();
    let fits = match c.kind {
        K::Phone => (9..=13).contains(&n),
        K::Otp => (4..=8).contains(&n),
        K::CardPin => (4..=6).contains(&n),
        K::BankAccount => (6..=18).contains(&n),
        k => CHECKED.iter().any(|&(ck, check)| ck == k && check(d)),
    };
    fits.then_some(c.kind)
}

/// The kinds a customer may confess to having given away: a one-time code,
/// a PIN or a password (see [`Compiled::confessed`] and
/// [`Compiled::told_after_asked`]).
fn given_away_kinds() -> u64 {
    kbit(K::Otp) | kbit(K::CardPin) | kbit(K::Password)
}

/// True if `sp` may be a secret given away: four to eight digits read as a
/// one-time code, a PIN or a password, or three or four read as a card's
/// security code.
fn given_away_shaped(sp: &Span, it: &Interps) -> bool {
    sp.digits_only()
        && ((4..=8).contains(&sp.n) && it.kinds() & given_away_kinds() != 0
            || (3..=4).contains(&sp.n) && it.has(K::CardSecurityCode))
}

/// Verbs of giving a code away, for [`Compiled::confessed`] and
/// [`Compiled::told_after_asked`].
const GAVE: &[&str] = &[
    "gave",
    "given",
    "told",
    "shared",
    "typed",
    "sent it",
    // Read out to a caller ("… the code sent to my phone. I read 411808
    // to him"), Tagalog "gave", "told" ("Binigay ko 210459").
    "read",
    "binigay",
    "ibinigay",
    "sinabi",
    // (Or got: "asking for an OTP. I got 4598 but it says expired".)
    "got",
    "bata diya",
    "bataya",
    "de diya",
    "kasih",
    "kasi",
    "dikasih",
    "passei",
    "falei",
    "dei ",
    "se lo di",
    "lo puse",
    "le di",
    // Sent, passed on, told ("ya lo mandé arriba, 0677", "le pasé el
    // 669835", "le dije 06042"), typed in French ("je l'ai déjà tapé").
    "mandé",
    "lo mande",
    "le pasé",
    "le pase",
    "se lo pasé",
    "le dije",
    "mandei",
    "tapé",
    "donné",
    "عطيته",
    "أعطيته",
    "اعطيته",
    "قلتله",
    "قلت له",
    "بعتله",
    // Bengali "told", "gave".
    "বলে দিয়েছি",
    "বলেছি",
    "দিয়ে দিয়েছি",
];

/// True if a verb of [`GAVE`] lies wholly inside `b[lo..hi]` and starts a
/// word there (no ASCII letter or digit right before it: "resent it"
/// holds no "sent it").
fn gave_verb_in(b: &[u8], lo: usize, hi: usize) -> bool {
    let Some(w) = b.get(lo..hi) else {
        return false;
    };
    (0..w.len()).any(|k| {
        (lo + k == 0 || !is_alnum(at(b, lo + k - 1)))
            && GAVE.iter().any(|g| {
                w.get(k..k + g.len())
                    .is_some_and(|x| x.eq_ignore_ascii_case(g.as_bytes()))
            })
    })
}

/// True if the number word at `ws..we` follows a verb of changing one's
/// number and a word of "now" stands between it and the value at `vs`
/// ("cambié de número, ahora es …", "changed number, now it's …",
/// "troquei de número, agora é …", "ganti nomor, sekarang …"): the
/// speaker's new number.
fn changed_number_now(b: &[u8], ws: usize, we: usize, vs: usize) -> bool {
    const CHANGE: [&[u8]; 6] = [b"cambi", b"chang", b"troq", b"mud", b"ganti", b"badal"];
    const NOW: [&[u8]; 5] = [b"ahora", b"now", b"agora", b"sekarang", b"ab"];
    // (The verb may be part of the word: "cambié de número".)
    let head = b.get(ws.saturating_sub(16)..we).unwrap_or(&[]);
    let gap = b.get(we..vs).unwrap_or(&[]);
    gap.len() <= 16
        && CHANGE.iter().any(|w| contains_ci(head, w))
        && gap
            .split(|c| !c.is_ascii_alphabetic())
            .any(|t| NOW.iter().any(|w| t.eq_ignore_ascii_case(w)))
}

/// True if the keyword `h`, before a value starting at `vs`, names
/// someone's own number (see [`someones_number`]) from close by: a phone
/// or number word at most 24 bytes before, in the same clause, and not a
/// line that called ("me llamaron del 0810 …").
fn own_number_word(text: &str, h: &Hit, vs: usize) -> bool {
    let called = text.get(h.start..h.end).is_some_and(|w| {
        [" del", " de", " from", " desde", " do", " da"]
            .iter()
            .any(|x| ends_with_ci(w.as_bytes(), x.as_bytes()))
    });
    h.before
        && h.clean
        && !h.period
        && h.dist <= 24
        && h.mask & (kbit(K::Phone) | T_GEN) != 0
        && h.mask & T_NEG == 0
        && !called
        && someones_number(text, h.start, h.end, vs)
}

/// The account number written right before a UK sort code ("to 27811738
/// sort 11-27-50", "from 82773465 (77-58-25)"): eight digits on their own,
/// with at most two joining words and no other digit between. (An account
/// after its sort code is found when it is gated: see [`listed_after`].)
fn sort_code_accounts(b: &[u8], cands: &mut Vec<Cand>) {
    const JOIN: [&[u8]; 5] = [b"sort", b"code", b"sc", b"and", b"with"];
    let mut ix = None;
    for k in 0..cands.len() {
        let Some(&c) = cands.get(k) else { break };
        if c.kind != K::UkSortCode {
            continue;
        }
        // The last digit within 16 bytes before it ends the account.
        let lo = c.start.saturating_sub(17);
        let Some(e) = b
            .get(lo..c.start)
            .and_then(|t| t.iter().rposition(u8::is_ascii_digit))
            .map(|p| lo + p + 1)
        else {
            continue;
        };
        let Some(s) = uk_account_ending(b, e) else {
            continue;
        };
        let gap = b.get(e..c.start).unwrap_or(&[]);
        let joined = gap.len() <= 16
            && gap.is_ascii()
            && !gap.contains(&b'\n')
            && gap
                .split(|c| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .enumerate()
                // ("… 48094073 with sort code 04-33-24".)
                .all(|(n, w)| n < 3 && JOIN.iter().any(|j| w.eq_ignore_ascii_case(j)));
        if joined {
            push_apart(&mut ix, cands, Cand::context(s, e, K::BankAccount));
        }
    }
}

/// The account number written beside a US routing number found
/// (`cands`), as payroll and refund forms ask for the pair: before it with
/// the routing word between ("1545296214 routing 024541600", "es
/// 50188169319. ruta 622364069", "24519233742, ABA 321146643"), or listed
/// with it by "and" ("routing and account: 667732229 and 1472171034",
/// "068881258 & 5619273165399"), an account word then being within
/// `reach` bytes. Six to seventeen digits typed unbroken and standing on
/// their own (not the tail of an id: "Case#:CRM-7999312"), with at most
/// three joining words and no other number or line break between; at
/// medium confidence.
fn routing_accounts(b: &[u8], cands: &mut Vec<Cand>, reach: usize) {
    /// Words that may join the account and its routing number.
    const JOIN: &[&[u8]] = &[
        b"and",
        b"y",
        b"e",
        b"routing",
        b"ruta",
        b"aba",
        b"rtn",
        b"transit",
        b"number",
        b"no",
        b"num",
        b"is",
        b"its",
        b"the",
        b"es",
        b"account",
        b"acct",
        b"acc",
        b"checking",
        b"savings",
    ];
    /// Words of the routing number, one of which stands between when the
    /// account comes first.
    const ROUTING: &[&[u8]] = &[b"routing", b"ruta", b"aba", b"rtn", b"transit"];
    /// Words of a bank account.
    const ACCOUNT: &[&[u8]] = &[
        b"account",
        b"acct",
        b"acc#",
        b"a/c",
        b"cuenta",
        b"conta",
        b"checking",
        b"savings",
    ];
    let mut ix = None;
    for k in 0..cands.len() {
        let Some(&c) = cands.get(k) else { break };
        if c.kind != K::UsRoutingNumber {
            continue;
        }
        // The account before it: the last digit within 24 bytes before.
        let lo = c.start.saturating_sub(25);
        let ahead = b
            .get(lo..c.start)
            .and_then(|t| t.iter().rposition(u8::is_ascii_digit))
            .map(|p| lo + p + 1)
            .map(|e| {
                (
                    e - ascii_digits(b.get(..e).unwrap_or(&[]).iter().rev()),
                    e,
                    true,
                )
            });
        // The account after it: the first digit within 24 bytes after.
        let after = b
            .get(c.end..(c.end + 25).min(b.len()))
            .and_then(|t| t.iter().position(u8::is_ascii_digit))
            .map(|p| c.end + p)
            .map(|s| (s, s + ascii_digits(b.get(s..).unwrap_or(&[]).iter()), false));
        for (s, e, first) in [ahead, after].into_iter().flatten() {
            let n = e - s;
            let gap = if first {
                b.get(e..c.start)
            } else {
                b.get(c.end..s)
            }
            .unwrap_or(&[]);
            if !(6..=17).contains(&n)
                || !(s == 0
                    || matches!(before(b, s), b' ' | b'\n' | b'\t') && before(b, s - 1) != b'#')
                || is_alnum(at(b, e))
                || matches!(at(b, e), b'.' | b',') && at(b, e + 1).is_ascii_digit()
                || gap.contains(&b'\n')
                || !gap.iter().all(|&x| {
                    x.is_ascii_alphabetic()
                        || matches!(x, b' ' | b',' | b'.' | b'#' | b':' | b'&' | b';')
                })
            {
                continue;
            }
            let gap_words = || {
                gap.split(|x| !(x.is_ascii_alphabetic() || *x == b'&'))
                    .filter(|w| !w.is_empty())
            };
            let joined = gap_words().count() <= 3
                && gap_words().all(|w| w == b"&" || JOIN.iter().any(|j| w.eq_ignore_ascii_case(j)));
            let routing_between =
                gap_words().any(|w| ROUTING.iter().any(|r| w.eq_ignore_ascii_case(r)));
            let listed = gap_words().any(|w| {
                [&b"and"[..], b"&", b"y", b"e"]
                    .iter()
                    .any(|a| w.eq_ignore_ascii_case(a))
            });
            let near = b
                .get(s.saturating_sub(reach)..(e + reach).min(b.len()))
                .is_some_and(|w| ACCOUNT.iter().any(|a| contains_ci(w, a)));
            let ok = joined && (first && routing_between || listed && near);
            if ok {
                push_apart(&mut ix, cands, Cand::context(s, e, K::BankAccount));
            }
        }
    }
}

/// A UK sort code and an account number given together, in either order
/// ("09-83-15 and 62704687", "40 00 83 / 2173 1596", "609440 / 47373155",
/// "96036308, s/c 56.09.04"): six digits (plain, or three pairs joined by
/// one dash, space or dot) and eight (plain, or two fours), each standing
/// alone, with at most three joining words between and a word of UK
/// banking within `reach` bytes. Both are reported, at medium confidence,
/// where nothing else was found; a sort code read as an account becomes
/// the sort code.
fn sort_code_pairs(b: &[u8], starts: Option<&[usize]>, cands: &mut Vec<Cand>, reach: usize) {
    /// Words that may join the two.
    const JOIN: &[&[u8]] = &[
        b"and", b"acc", b"acct", b"account", b"a", b"c", b"ac", b"no", b"number", b"s", b"sc",
        b"sort", b"code", b"num",
    ];
    /// Words of UK banking, one of which must be near.
    const UK: &[&[u8]] = &[
        b"sort",
        b"s/c",
        "£".as_bytes(),
        b"gbp",
        b"acc",
        b"a/c",
        b"account",
        b"payee",
        b"standing order",
        b"bank details",
        b"details",
    ];
    /// Words of M-Pesa payments, and Australia's BSB ("BSB 651116 acc
    /// 61649148").
    const KENYAN: &[&[u8]] = &[
        b"paybill",
        b"pay bill",
        b"till",
        b"ksh",
        b"kes",
        b"mpesa",
        b"m-pesa",
        b"bsb",
    ];
    let standalone = |s: usize, e: usize| !is_alnum(before(b, s)) && !is_alnum(at(b, e));
    // A sort code starting at `i`: its end.
    let sort_code = |i: usize| -> Option<usize> {
        let d = |k: usize| at(b, k).is_ascii_digit();
        if (i..i + 6).all(d) {
            return standalone(i, i + 6).then_some(i + 6);
        }
        let sep = at(b, i + 2);
        let paired = matches!(sep, b'-' | b' ' | b'.')
            && d(i)
            && d(i + 1)
            && d(i + 3)
            && d(i + 4)
            && at(b, i + 5) == sep
            && d(i + 6)
            && d(i + 7);
        // (Not a longer run of pairs: "40 00 83 21 …" is a phone; nor a
        // recent date written with dots or dashes: "ATM ID 11130771,
        // 12.11.24".)
        let longer = at(b, i + 8) == sep && d(i + 9);
        let num = |k: usize| u32::from(at(b, k) - b'0') * 10 + u32::from(at(b, k + 1) - b'0');
        let date = paired
            && sep != b' '
            && (1..=31).contains(&num(i))
            && (1..=12).contains(&num(i + 3))
            && (15..=35).contains(&num(i + 6));
        (paired && !longer && !date && standalone(i, i + 8)).then_some(i + 8)
    };
    // An account starting at `i`: its end.
    let account = |i: usize| -> Option<usize> {
        let four = |k: usize| (k..k + 4).all(|j| at(b, j).is_ascii_digit());
        if !four(i) {
            return None;
        }
        let e = if four(i + 4) {
            i + 8
        } else if at(b, i + 4) == b' ' && four(i + 5) {
            i + 9
        } else {
            return None;
        };
        standalone(i, e).then_some(e)
    };
    let joined = |gap: &[u8]| {
        let words = || {
            gap.split(|c| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
        };
        gap.len() <= 16
            && !gap.is_empty()
            && gap.iter().all(|&c| {
                c.is_ascii_alphabetic()
                    || matches!(c, b' ' | b',' | b'/' | b'|' | b':' | b'-' | b'&')
                    || c >= 0x80
            })
            && std::str::from_utf8(gap).is_ok_and(|g| {
                g.chars()
                    .all(|c| c.is_ascii() || matches!(c, '\u{2013}' | '\u{2014}'))
            })
            && words().count() <= 3
            && words().all(|w| JOIN.iter().any(|j| w.eq_ignore_ascii_case(j)))
    };
    // Reports a pair found, with a word of UK banking near and none of
    // M-Pesa's.
    let report = |cands: &mut Vec<Cand>,
                  ix: &mut Option<ByStart>,
                  (ss, se): (usize, usize),
                  (as_, ae): (usize, usize)| {
        let lo = ss.min(as_).saturating_sub(reach);
        let hi = (se.max(ae) + reach).min(b.len());
        let uk = b
            .get(lo..hi)
            .is_some_and(|w| UK.iter().any(|x| contains_ci(w, x)));
        // (Kenya's M-Pesa pairs a six-digit paybill with an account the
        // same way: "Paybill 247247 account 67514387"; so does an
        // Australian BSB.)
        let mpesa = b
            .get(lo..hi)
            .is_some_and(|w| KENYAN.iter().any(|x| contains_ci(w, x)));
        if !uk || mpesa {
            return;
        }
        for (s, e, kind) in [(ss, se, K::UkSortCode), (as_, ae, K::BankAccount)] {
            // (A sort code read as an account: "609440 / 47373155".)
            if kind == K::UkSortCode {
                let ix = ix.get_or_insert_with(|| ByStart::new(cands));
                for &(_, i) in ix.set.range((s, 0)..=(s, usize::MAX)) {
                    if let Some(c) = cands.get_mut(i) {
                        if c.kind == K::BankAccount && c.end == e {
                            c.kind = K::UkSortCode;
                        }
                    }
                }
            }
            push_apart(ix, cands, Cand::context(s, e, kind));
        }
    };
    let try_at = |cands: &mut Vec<Cand>, ix: &mut Option<ByStart>, i: usize| {
        let Some(se) = sort_code(i) else { return };
        // The account after it: the first digit within 16 bytes.
        let after = (se..(se + 17).min(b.len()))
            .find(|&k| at(b, k).is_ascii_digit())
            .and_then(|a| Some((a, account(a)?)))
            .filter(|&(a, _)| b.get(se..a).is_some_and(joined));
        // Or before it: the last digit within 16 bytes ends it, as two
        // fours or eight digits.
        let ahead = || {
            let e = (i.saturating_sub(17)..i)
                .rev()
                .find(|&k| at(b, k).is_ascii_digit())?
                + 1;
            let s = [e.checked_sub(9), e.checked_sub(8)]
                .into_iter()
                .flatten()
                .find(|&s| account(s) == Some(e))?;
            b.get(e..i).is_some_and(joined).then_some((s, e))
        };
        // (Neither runs on into other groups of digits: "… 1708 9244 2986
        // 202026-11-29" is an IBAN's tail and a date, no pair.)
        let joined_on = |s: usize, e: usize| {
            matches!(before(b, s), b' ' | b'-' | b'.' | b'/')
                && s >= 2
                && at(b, s - 2).is_ascii_digit()
                || matches!(at(b, e), b' ' | b'-' | b'.' | b'/') && at(b, e + 1).is_ascii_digit()
        };
        if let Some((a, ae)) = after.or_else(ahead) {
            let (first, last) = if a > i { (i, ae) } else { (a, se) };
            if !joined_on(first, last) {
                report(cands, ix, (i, se), (a, ae));
            }
        }
    };
    let mut ix = None;
    match starts {
        Some(starts) => {
            for &i in starts {
                try_at(cands, &mut ix, i);
            }
        }
        // (Every start of digits, without allocating.)
        None => {
            for i in 0..b.len() {
                if at(b, i).is_ascii_digit() && !is_alnum(before(b, i)) {
                    try_at(cands, &mut ix, i);
                }
            }
        }
    }
}

/// How many ASCII digits `bytes` starts with.
fn ascii_digits<'a>(bytes: impl Iterator<Item = &'a u8>) -> usize {
    bytes.take_while(|c| c.is_ascii_digit()).count()
}

/// One spoken run found: where it ends, its digits (the first `n` of the
/// buffer) and its kind.
type SaidRun = (usize, [u8; 24], usize, Option<PiiKind>);

/// The kind of a value said again as the spoken digits `d` at `s` ("meu
/// cpf é cinco seis oito … repetindo, cinco meia oito …", "cpf
/// 891.467.222-03, oito nove um …"): an earlier spoken run in `runs`, or
/// else a candidate, ending at most `reach` bytes before `s` with exactly
/// these digits (four or more; no dates, which repeat as stamps).
fn said_again(
    b: &[u8],
    cands: Near<'_>,
    runs: &[SaidRun],
    s: usize,
    d: &[u8],
    reach: usize,
) -> Option<PiiKind> {
    if d.len() < 4 {
        return None;
    }
    let near = |end: usize| end <= s && s - end <= reach;
    let spoken = runs
        .iter()
        .find(|r| near(r.0) && r.1.get(..r.2) == Some(d))
        .and_then(|r| r.3);
    spoken.or_else(|| {
        cands
            .iter()
            .rev()
            .find(|c| {
                near(c.end)
                    && !matches!(c.kind, K::DateOfBirth | K::CardExpiry)
                    && digits_are(b.get(c.start..c.end).unwrap_or(&[]), d)
            })
            .map(|c| c.kind)
    })
}

/// True if the digits (of any script) in `v` are exactly `d`.
fn digits_are(v: &[u8], d: &[u8]) -> bool {
    script_digit_values(v)
        .map(|x| b'0' + x)
        .eq(d.iter().copied())
}

/// The run of digits (of any script) from `i`: where it ends and how many
/// digits it holds.
fn digit_run(b: &[u8], i: usize) -> (usize, usize) {
    let (mut j, mut n) = (i, 0);
    while let Some((_, l)) = digit_at(b, j) {
        j += l;
        n += 1;
    }
    (j, n)
}

/// How many digits of any script `v` holds.
fn script_digits(v: &[u8]) -> usize {
    script_digit_values(v).count()
}

/// The values of the digits (of any script) in `v`, other bytes skipped.
fn script_digit_values(v: &[u8]) -> impl Iterator<Item = u8> + '_ {
    let mut i = 0;
    core::iter::from_fn(move || {
        while i < v.len() {
            match digit_at(v, i) {
                Some((x, l)) => {
                    i += l;
                    return Some(x);
                }
                None => i += 1,
            }
        }
        None
    })
}

/// The first number in figures in `b[from..to]` (digits of any script,
/// single spaces, dashes or dots between them) whose digits are exactly
/// `d`.
fn figures_copy(b: &[u8], from: usize, to: usize, d: &[u8]) -> Option<(usize, usize)> {
    let mut i = from;
    while i < to {
        if digit_at(b, i).is_none() || digit_before(b, i) {
            i += 1;
            continue;
        }
        let (s, mut j, mut k, mut end) = (i, i, 0, i);
        let mut same = true;
        loop {
            if let Some((v, l)) = digit_at(b, j) {
                same &= d.get(k) == Some(&(b'0' + v));
                k += 1;
                j += l;
                end = j;
            } else if matches!(at(b, j), b' ' | b'-' | b'.') && digit_at(b, j + 1).is_some() {
                j += 1;
            } else {
                break;
            }
        }
        if same && k == d.len() && end <= to {
            return Some((s, end));
        }
        i = j.max(i + 1);
    }
    None
}

/// True if `g`, between two tokens of a spoken number, only separates
/// them: spaces, commas or dashes (up to four bytes), the Arabic comma, or,
/// before a digit name (not `figures`), a pause typed as an ellipsis ("four
/// double eight ... eight three", "oito um quatro … zero um zero").
fn spoken_gap(g: &[u8], figures: bool) -> bool {
    // (A slash between the month and the year of an expiry: "zero oito /
    // vinte e cinco".)
    // (Before a word, a full stop a transcriber put in a pause: "nol
    // delapan delapan. enam lima …".)
    if g.len() <= 4 && g.iter().all(|&c| matches!(c, b' ' | b',' | b'-' | b'/'))
        || !figures
            && g.len() <= 4
            && g.first() == Some(&b'.')
            && g.iter().skip(1).all(|&c| matches!(c, b' ' | b','))
        || g == " ، ".as_bytes()
        || g == "، ".as_bytes()
    {
        return true;
    }
    let pause = g.trim_ascii();
    let pause = pause.strip_suffix(b",").unwrap_or(pause);
    !figures && g.len() <= 7 && (pause == b"..." || pause == b".." || pause == "…".as_bytes())
}

/// The slots of (distance, keyword mask) that the words on one side of a
/// spoken run filled, nearest first (see `Compiled::spoken_pass`).
fn filled(slots: &[(usize, u64)]) -> impl Iterator<Item = &(usize, u64)> {
    slots.iter().take_while(|&&(dist, _)| dist != usize::MAX)
}

/// True if at least two of the word tokens of `b` (as [`next_token`] cuts
/// them) are digit names or "double"/"triple": a cheap test that
/// [`spoken_run`] may find a run at all, since every run holds two.
fn two_spoken_names(b: &[u8]) -> bool {
    spoken_marks(b).0
}

/// What a token of a spoken number says: its digits (one to three in
/// figures, one per digit name, the count of a "double" or "triple" word
/// for the next one), whether it is a word, and whether it repeats the next
/// digit.
#[derive(Clone, Copy)]
enum Spoken {
    Digits(u8, usize, bool),
    Repeat(usize),
}

fn spoken_token(tok: &[u8]) -> Option<Spoken> {
    if !tok.is_empty() && tok.len() <= 3 && tok.iter().all(u8::is_ascii_digit) {
        return Some(Spoken::Digits(0, tok.len(), false));
    }
    if let Some(v) = digit_name(tok) {
        return Some(Spoken::Digits(v, 1, true));
    }
    repeat_word(tok).map(Spoken::Repeat)
}

/// The next run of digits read out as words, from `from`: its start, end
/// and number of digits, written to `out`; or the end of the text when
/// there is none. A run is four or more tokens, each a digit name, one to
/// three digits (up to eight once a name is in) or "double"/"triple",
/// joined by spaces, commas or dashes, with four to twenty-two digits in
/// all and at least two names; or three names alone.
fn spoken_run(b: &[u8], from: usize, out: &mut [u8; 24]) -> Result<(usize, usize, usize), usize> {
    let mut from = from;
    loop {
        match spoken_run_from(b, from, out) {
            Ok(r) => return Ok(r),
            // (A restart that said nothing again: read on after its word.)
            Err(again) if again > from && again < b.len() => from = again,
            Err(_) => return Err(b.len()),
        }
    }
}

/// Words a speaker restarts a value with, mid-way ("… eight one nine,
/// sorry, eight one nine seven five four …"), in lower case.
const RESTARTS: &[&str] = &[
    "sorry",
    "no wait",
    "wait no",
    "i mean",
    "não pera",
    "nao pera",
    "não, pera",
    "digo",
    "perdón",
    "perdon",
    "mejor dicho",
    "eh salah",
    "salah",
    "maaf",
];

/// Where a restart word ([`RESTARTS`]) at `s` ends, if one is there.
fn restart_word(b: &[u8], s: usize) -> Option<usize> {
    let rest = b.get(s..)?;
    RESTARTS.iter().find_map(|w| {
        let n = w.len();
        (rest.get(..n)?.eq_ignore_ascii_case(w.as_bytes()) && !is_alnum(at(rest, n)))
            .then_some(s + n)
    })
}

/// The digits a restart leaves (see [`spoken_run_from`]): the longest
/// stretch of up to eight digits ending at `at` in `out` that the digits
/// after `at` (up to `len`) start by saying again, dropped; 0 when none
/// is, or when both sides are whole values of nine digits or more (a
/// value corrected by another, unless they share three or more).
fn restarted(out: &mut [u8; 24], at: usize, len: usize) -> usize {
    if len > out.len() || at > len {
        return 0;
    }
    let post = len - at;
    let k = (1..=at.min(post).min(8))
        .rev()
        .find(|&k| out.get(at - k..at) == out.get(at..at + k))
        .unwrap_or(0);
    if at >= 9 && post >= 9 && k < 3 {
        return 0;
    }
    out.copy_within(at..len, at - k);
    k
}

/// A spoken run being read: start, end of its last token, tokens, names,
/// digits and phrases.
type Run = Option<(usize, usize, usize, usize, usize, usize)>;

/// [`spoken_run`] from `from`: `Err` with where to read on when a run
/// ended in a restart that said nothing again and holds no run itself.
fn spoken_run_from(
    b: &[u8],
    from: usize,
    out: &mut [u8; 24],
) -> Result<(usize, usize, usize), usize> {
    let mut run: Run = None;
    let done = |r: Run| {
        // (Or three names for three digits: a CVV, "três quatro zero".)
        // (Or two words when one says more than a digit: "setenta y siete
        // cincuenta y cuatro dieciocho", "eight twenty one".)
        r.filter(|&(_, _, t, w, d, p)| {
            t >= 4 && w >= 2 && (4..=22).contains(&d)
                || t == 3 && w == 3 && d == 3
                || p >= 1 && t >= 2 && w >= 2 && (3..=22).contains(&d)
        })
        .map(|(s, e, _, _, d, _)| (s, e, d))
    };
    let mut i = from;
    // The count of a "double" / "triple" waiting for its digit.
    let mut times = 1;
    // Digits of the current run written to `out`.
    let mut len = 0;
    // Where the gap to the next token starts: the run's end, or the end of
    // the words that filled a pause after it ("… quatro sete ah zero").
    let mut resume: Option<usize> = None;
    let mut fillers = 0;
    // The last token read into the run.
    let mut last = (0, 0);
    // A restart inside the run: the digits said before it, the run then,
    // and where its word ends.
    let mut restart: Option<(usize, Run, usize)> = None;
    // The run as it ends: with the digits a restart said again dropped;
    // or the run before the restart when it said none again; or, when
    // that is no run either, where to read on.
    let settle = |run: Run, restart: Option<(usize, Run, usize)>, out: &mut [u8; 24], len| {
        let Some((at, pre, word_end)) = restart else {
            return done(run).ok_or(0);
        };
        let k = restarted(out, at, len);
        let merged = run
            .filter(|_| k > 0)
            .map(|(s, e, t, w, d, p)| (s, e, t, w, d - k, p));
        done(merged).or_else(|| done(pre)).ok_or(word_end)
    };
    while let Some((s, e)) = next_token(b, i) {
        i = e.max(s + 1);
        let tok = b.get(s..e).unwrap_or(&[]);
        let gap_from = |run: Run| resume.or(run.map(|(_, re, ..)| re));
        // A restart word after a digit said ("… one eight, sorry, one
        // eight six two"): passed over like a filler, once.
        if restart.is_none() && run.is_some_and(|(.., rw, _, _)| rw >= 1) {
            if let (Some(word_end), Some(from)) = (restart_word(b, s), gap_from(run)) {
                if b.get(from..s).is_some_and(|g| spoken_gap(g, false)) {
                    restart = Some((len, run, word_end));
                    resume = Some(word_end);
                    i = word_end;
                    continue;
                }
            }
        }
        // A word filling a pause inside a run is passed over ("o sea" is
        // two).
        // (Or two: "o sea", "you know".)
        // ("um" after a digit said in English: "… five six um five two …";
        // in Portuguese it is one.)
        let english = b.get(last.0..last.1).is_some_and(|w| {
            [
                &b"one"[..],
                b"two",
                b"three",
                b"four",
                b"five",
                b"six",
                b"seven",
                b"eight",
                b"nine",
                b"oh",
            ]
            .iter()
            .any(|n| w.eq_ignore_ascii_case(n))
        });
        let filler = is_filler(tok)
            || english && tok.eq_ignore_ascii_case(b"um")
            || next_token(b, e).is_some_and(|(x, y)| {
                b.get(e..x) == Some(b" ") && b.get(x..y).is_some_and(|w| is_filler_pair(tok, w))
            })
            || FILLER_PAIRS.iter().any(|&(w1, w2)| {
                tok.eq_ignore_ascii_case(w2.as_bytes())
                    && resume.is_some()
                    && s > w1.len()
                    && b.get(s - w1.len() - 1..s).is_some_and(|t| {
                        t.strip_suffix(b" ")
                            .is_some_and(|f| f.eq_ignore_ascii_case(w1.as_bytes()))
                    })
            });
        if filler && fillers < 3 {
            if let Some(from) = gap_from(run) {
                if b.get(from..s).is_some_and(|g| spoken_gap(g, false)) {
                    resume = Some(e);
                    fillers += 1;
                    continue;
                }
            }
        }
        // The token's digits, how many times they are said, and (digits,
        // names) it adds to a run.
        // Inside a run of names, a group in figures of up to eight digits
        // ("four two eight one double zero double two 2198 4089").
        // A run may also start with such groups ("4412 tiga, sembilan, …",
        // "5404 2141 2889 zero sete oito cinco"): it still needs two names.
        // (Or after one name, or groups of three or more figures: "nine
        // 0450 four six …", "796 4217 two seven five".)
        let figures = (4..=8).contains(&tok.len())
            && tok.iter().all(u8::is_ascii_digit)
            && run.is_none_or(|(_, _, t, rw, rd, _)| rw >= 1 || rw == 0 && rd >= 3 * t);
        // Figures that say the run's first digits again end it: the value
        // given once more ("ocho siete siete, dos siete siete, 8772 77",
        // "enam empat tujuh tujuh nol satu 647701").
        let restated = tok.len() >= 2
            && tok.iter().all(u8::is_ascii_digit)
            && run.is_some_and(|(.., rw, rd, _)| rw >= 2 && rd >= 4 && rd >= tok.len())
            && out.get(..tok.len()) == Some(tok);
        if restated {
            match settle(run, restart, out, len) {
                Ok(r) => return Ok(r),
                Err(0) => {}
                Err(again) => return Err(again),
            }
            restart = None;
            run = None;
            resume = None;
            fillers = 0;
            len = 0;
            times = 1;
            continue;
        }
        // A word saying two or three figures ("trinta e cinco", "ninety
        // six", "dua puluh lima"): read to its end.
        let ph = if figures || tok.first().is_some_and(u8::is_ascii_digit) {
            None
        } else {
            phrase(b, s, e)
        };
        let e = ph.map_or(e, |p| p.end);
        i = i.max(e);
        // A sound-alike of a digit inside a run ("… seven ate zero").
        // (Only between two digits said: "… four zero for" ends at "zero".)
        let alike = if run.is_some_and(|(.., rw, _, _)| rw >= 1) {
            sound_alike(tok).filter(|_| {
                next_token(b, e).is_some_and(|(x, y)| {
                    let w = b.get(x..y).unwrap_or(&[]);
                    b.get(e..x).is_some_and(|g| spoken_gap(g, false))
                        && (digit_name(w).is_some()
                            || is_number_word(w)
                            || w.iter().all(u8::is_ascii_digit))
                })
            })
        } else {
            None
        };
        // (Portuguese "um dos" is "one of the": "é 392 ou 171? um dos
        // dois".)
        let one_of = tok.eq_ignore_ascii_case(b"dos")
            && last.1 + 1 == s
            && b.get(last.0..last.1)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"um") || w.eq_ignore_ascii_case(b"uma"));
        let token = if figures {
            Some(Spoken::Digits(0, tok.len(), false))
        } else if ph.is_some() || one_of {
            None
        } else {
            spoken_token(tok).or(alike.map(|v| Spoken::Digits(v, 1, true)))
        };
        let name;
        let (said, reps, found): (&[u8], usize, _) = match (token, ph.as_ref()) {
            (_, Some(p)) => {
                times = 1;
                (p.digits.get(..p.n).unwrap_or(&[]), 1, Some((p.n, 1)))
            }
            (Some(Spoken::Digits(v, 1, word)), None) => {
                let k = std::mem::replace(&mut times, 1);
                name = [v];
                let said = if word { &name[..] } else { tok };
                (said, k, Some((k, usize::from(word))))
            }
            (Some(Spoken::Digits(_, n, _)), None) => (tok, 1, Some((n, 0))),
            (Some(Spoken::Repeat(k)), None) => {
                times = k;
                (&[][..], 0, Some((0, 1)))
            }
            (None, None) => (&[][..], 0, None),
        };
        // Joined to the run so far by separators only.
        // (After a pause, only a digit name goes on: "… dois um... 011
        // 97721-0483" starts the number again in figures.)
        let figures_tok = tok.first().is_some_and(u8::is_ascii_digit);
        let joined = gap_from(run).is_some_and(|re| {
            b.get(re..s)
                .is_some_and(|g| spoken_gap(g, figures_tok && resume.is_none()))
        });
        let phrased = usize::from(ph.is_some());
        match (found, run) {
            (Some((d, w)), Some((rs, _, t, rw, rd, rp))) if joined => {
                run = Some((rs, e, t + 1, rw + w, rd + d, rp + phrased));
            }
            (found, _) => {
                match settle(run, restart, out, len) {
                    Ok(r) => return Ok(r),
                    Err(0) => {}
                    Err(again) => return Err(again),
                }
                restart = None;
                if found.is_none() {
                    times = 1;
                }
                // Figures that end a number in figures ("cpf
                // 891.467.222-03, oito nove um …") start no run.
                let tail = matches!(before(b, s), b'.' | b'-' | b'/')
                    && s >= 2
                    && at(b, s - 2).is_ascii_digit();
                run = found
                    .filter(|&(_, w)| w > 0 || !tail)
                    .map(|(d, w)| (s, e, 1, w, d, phrased));
                len = 0;
            }
        }
        resume = None;
        fillers = 0;
        last = (s, e);
        for _ in 0..reps {
            for &c in said {
                if let Some(slot) = out.get_mut(len) {
                    *slot = if c <= 9 { b'0' + c } else { c };
                }
                len += 1;
            }
        }
    }
    match settle(run, restart, out, len) {
        Ok(r) => Ok(r),
        Err(0) => Err(b.len()),
        Err(again) => Err(again),
    }
}

/// True if the group `g` is the hour of a time: one or two digits before
/// `:` and a digit.
fn is_hour(b: &[u8], g: &Group) -> bool {
    g.digits == g.chars
        && g.digits <= 2
        && at(b, g.end) == b':'
        && at(b, g.end + 1).is_ascii_digit()
}

/// True if `b[s..e]` is one capitalised word: a capital, then lower-case
/// ASCII letters only.
fn capitalised(b: &[u8], s: usize, e: usize) -> bool {
    at(b, s).is_ascii_uppercase()
        && b.get(s + 1..e)
            .is_some_and(|w| !w.is_empty() && w.iter().all(u8::is_ascii_lowercase))
}

/// True if the group `g` of one or two digits is the number of a list's
/// item: right before a closing parenthesis that no opening one before it
/// on the line (within 128 bytes) matches ("… 6021 2) current", not
/// "(sort code 77 35 79)").
fn item_number(b: &[u8], g: &Group) -> bool {
    if at(b, g.end) != b')' {
        return false;
    }
    let mut depth = 0usize;
    for &c in b
        .get(g.start.saturating_sub(128)..g.start)
        .unwrap_or(&[])
        .iter()
        .rev()
    {
        match c {
            b'\n' => break,
            b')' => depth += 1,
            b'(' if depth == 0 => return false,
            b'(' => depth -= 1,
            _ => {}
        }
    }
    true
}

/// True if `g1`, `g2`, `g3` are a whole date joined by one dash, slash or
/// dot: year-month-day, or day and month either way round, then the year
/// (of four digits, 1900–2099, or of two with `short_year`).
fn whole_date(b: &[u8], [g1, g2, g3]: [Group; 3], short_year: bool) -> bool {
    let digits = |g: Group| g.digits == g.chars;
    let joined = g2.seplen == 1
        && g3.seplen == 1
        && g2.sep == g3.sep
        && g2.sep & (SEP_DASH | SEP_SLASH | SEP_DOT) != 0
        && digits(g1)
        && digits(g2)
        && digits(g3);
    let (a, bb, c) = (group_num(b, g1), group_num(b, g2), group_num(b, g3));
    let ymd = g1.digits == 4 && g2.digits == 2 && g3.digits == 2;
    let year = g3.digits == 4 && (1900..=2099).contains(&c) || short_year && g3.digits == 2;
    let dmy = g1.digits <= 2 && g2.digits <= 2 && year;
    joined
        && (ymd && (1900..=2099).contains(&a) && day_month(c, bb)
            || dmy && (day_month(a, bb) || day_month(bb, a)))
}

/// True if `groups[k..k + 3]` are a whole date ([`whole_date`]) and a
/// space joins it to the group before.
fn date_after_space(b: &[u8], groups: &[Group], k: usize) -> bool {
    let (Some(&g1), Some(&g2), Some(&g3)) = (groups.get(k), groups.get(k + 1), groups.get(k + 2))
    else {
        return false;
    };
    g1.sep == SEP_SPACE && whole_date(b, [g1, g2, g3], false)
}

/// True if `groups[k..k + 3]` are a whole date ([`whole_date`], its year
/// of two digits or four) and the group after it, joined by a space, is a
/// time of four digits ("04.04.25 2327").
fn time_after_date(b: &[u8], groups: &[Group], k: usize) -> bool {
    let Some([g1, g2, g3, g4]) = four_groups(groups, k) else {
        return false;
    };
    g4.sep == SEP_SPACE
        && g4.digits == 4
        && g4.chars == 4
        && {
            let t = group_num(b, g4);
            t / 100 <= 23 && t % 100 <= 59
        }
        && whole_date(b, [g1, g2, g3], true)
}

/// True if `groups[k]`, joined by a space, and `groups[k + 1]`, joined by
/// a slash, are a month and a year ([`month_and_year`]): an expiry after a
/// number ("… 2404 05 / 28").
fn month_year_after_space(b: &[u8], groups: &[Group], k: usize) -> bool {
    let (Some(&g1), Some(&g2)) = (groups.get(k), groups.get(k + 1)) else {
        return false;
    };
    g1.sep == SEP_SPACE
        && g2.sep & SEP_SLASH != 0
        && g1.digits == g1.chars
        && g2.digits == g2.chars
        && month_and_year((group_num(b, g1), g1.digits), (group_num(b, g2), g2.digits))
}

/// Where a capitalised word glued to an "@" right before `i` starts
/// ("Kitty@" before "4363"): a capital then two lower-case letters or
/// more, no letter or digit before it.
fn named_at_before(b: &[u8], i: usize) -> Option<usize> {
    if before(b, i) != b'@' {
        return None;
    }
    let we = i - 1;
    let lower = (0..we)
        .rev()
        .take_while(|&k| at(b, k).is_ascii_lowercase())
        .count();
    let ws = we.checked_sub(lower + 1)?;
    (lower >= 2 && at(b, ws).is_ascii_uppercase() && !is_alnum(before(b, ws))).then_some(ws)
}

/// True if `groups[k..k + 3]` are a whole date ([`whole_date`], its year
/// of four digits) and the group after it, joined by a space or a tab, is
/// a number of five digits or more ("23-09-2025\t023561605659", a
/// statement's date and reference).
fn number_after_date(b: &[u8], groups: &[Group], k: usize) -> bool {
    let Some([g1, g2, g3, g4]) = four_groups(groups, k) else {
        return false;
    };
    g4.sep == SEP_SPACE && g4.digits >= 5 && g3.digits == 4 && whole_date(b, [g1, g2, g3], false)
}

/// `groups[k..k + 4]`, if the chain holds that many from `k`.
fn four_groups(groups: &[Group], k: usize) -> Option<[Group; 4]> {
    match groups.get(k..k + 4)? {
        &[g1, g2, g3, g4] => Some([g1, g2, g3, g4]),
        _ => None,
    }
}

/// True if the group `g` is the hour of a time written with a dot: one or
/// two digits before `.` and exactly two digits ("3.09pm").
fn is_dotted_hour(b: &[u8], g: &Group) -> bool {
    g.digits == g.chars
        && g.digits <= 2
        && at(b, g.end) == b'.'
        && at(b, g.end + 1).is_ascii_digit()
        && at(b, g.end + 2).is_ascii_digit()
        && !at(b, g.end + 3).is_ascii_digit()
}

/// True if no other digit (of any script) is joined to the span `sp` by
/// at most one separator on either side.
fn stands_apart(b: &[u8], sp: &Span) -> bool {
    let sep = |c: u8| matches!(c, b' ' | b'-' | b'.' | b'/');
    let left = digit_before(b, sp.start)
        || sp.start >= 1 && sep(before(b, sp.start)) && digit_before(b, sp.start - 1);
    let right =
        digit_at(b, sp.end).is_some() || sep(at(b, sp.end)) && digit_at(b, sp.end + 1).is_some();
    !left && !right
}

/// True if an ASCII digit not inside a word stands at `i` (not the "2"
/// of Arabizi "ra2m").
fn free_digit(b: &[u8], i: usize) -> bool {
    at(b, i).is_ascii_digit()
        && !before(b, i).is_ascii_alphabetic()
        && !at(b, i + 1).is_ascii_alphabetic()
}

/// True if the letters and digits of the candidate `c` are `d`.
fn same_chars(b: &[u8], c: &Cand, d: &[u8]) -> bool {
    let mut chars = b
        .get(c.start..c.end)
        .unwrap_or(&[])
        .iter()
        .filter(|x| x.is_ascii_alphanumeric());
    d.iter().all(|x| chars.next() == Some(x)) && chars.next().is_none()
}

/// True if an account label `a/c` or `c/c` (any case) starts at `s`.
fn ac_label(b: &[u8], s: usize) -> bool {
    matches!(at(b, s) | 0x20, b'a' | b'c') && at(b, s + 1) == b'/' && at(b, s + 2) | 0x20 == b'c'
}

/// True if the digits `d` are a card number by brand prefix, length and
/// Luhn (also a `62` `UnionPay` number, which [`cs::card_number`] alone
/// accepts without Luhn).
fn luhn_card(d: &[u8]) -> bool {
    cs::card_number(d) && cs::luhn(d)
}

/// True if `sp` may be a one-time code read from its sentence: four to
/// eight digits with a one-time-code reading (the guard of
/// `Compiled::otp_sentence` and `Compiled::otp_of_bank`).
fn otp_shaped(sp: &Span, it: &Interps) -> bool {
    // (A single digit after a dash is an account's check digit: "conta
    // corrente 303928-6".)
    let check_digit = sp.seps == SEP_DASH && sp.glens().last() == Some(&1);
    sp.digits_only() && (4..=8).contains(&sp.n) && !check_digit && it.has(K::Otp)
}

/// True if a validity of minutes follows `e` within 80 bytes ("Berlaku 5
/// menit", "valid for 10 minutes", "Vigencia 10 min", "Vence en 5 min",
/// "صالح لمدة 5 دقائق"): a word of validity, then within 24 bytes a number
/// of one or two digits and a word of minutes.
fn valid_for_minutes(b: &[u8], e: usize) -> bool {
    const VALID: &[&str] = &[
        "berlaku", "valid", "vigencia", "válid", "valido", "expira", "expire", "صالح", "geçerli",
        "gültig", "vence", "caduca",
    ];
    const MINUTES: &[&str] = &[
        "menit",
        "mnt",
        "min",
        "mins",
        "minute",
        "minutes",
        "minuto",
        "minutos",
        "دقائق",
        "دقيقة",
        "dakika",
        "minuten",
    ];
    let Some(t) = b.get(e..(e + 80).min(b.len())) else {
        return false;
    };
    VALID.iter().any(|v| {
        let mut from = 0;
        while let Some(p) = t.get(from..).and_then(|r| {
            r.windows(v.len())
                .position(|w| w.eq_ignore_ascii_case(v.as_bytes()))
        }) {
            let at_v = from + p;
            let rest = t.get(at_v + v.len()..).unwrap_or(&[]);
            let rest = rest.get(..rest.len().min(24 + 12)).unwrap_or(&[]);
            // The number, then the word of minutes right after it.
            let mut k = 0;
            while k < rest.len() && !at(rest, k).is_ascii_digit() {
                k += 1;
            }
            let d = rest
                .get(k..)
                .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
            if k <= 24 && (1..=2).contains(&d) {
                let after = rest.get(k + d..).unwrap_or(&[]);
                let after = after.strip_prefix(b" ").unwrap_or(after);
                let word_end = after
                    .iter()
                    .position(|c| c.is_ascii_whitespace() || c.is_ascii_punctuation())
                    .unwrap_or(after.len());
                if after
                    .get(..word_end)
                    .is_some_and(|w| MINUTES.iter().any(|m| w.eq_ignore_ascii_case(m.as_bytes())))
                {
                    return true;
                }
            }
            from = at_v + v.len();
        }
        false
    })
}

/// True if the span is four digits that read as a year of 19xx or 20xx:
/// no code ("use 2024 to pay", "2023 … expired").
fn year_shaped(sp: &Span) -> bool {
    sp.n == 4 && year_digits(sp.s())
}

/// True if `d` is four digits of a year of 19xx or 20xx.
fn year_digits(d: &[u8]) -> bool {
    d.len() == 4 && matches!(d.get(..2), Some(b"19" | b"20"))
}

/// `head` without a currency word of up to six letters after a space at
/// its end ("1 900,86 zl" → "1 900,86"; "zł", "PLN", "Kč").
fn figures_before_unit(head: &[u8]) -> &[u8] {
    let word = head
        .iter()
        .rev()
        .take_while(|&&c| c.is_ascii_alphabetic() || c >= 0x80)
        .count();
    let rest = head.get(..head.len() - word).unwrap_or(head);
    match rest.strip_suffix(b" ") {
        Some(figures) if (1..=6).contains(&word) => figures,
        _ => head,
    }
}

/// `head` without the place a payment was made at after its amount (" di
/// Akulaku", " at SINGAPORE AIRLINES", " em IKEA Loures"): a word of place
/// and up to four words after it, without digits; `head` itself when it
/// ends otherwise.
fn without_place(head: &[u8]) -> &[u8] {
    const AT: [&[u8]; 8] = [
        b" at ", b" di ", b" en ", b" em ", b" in ", b" chez ", b" bei ", b" a ",
    ];
    let from = head.len().saturating_sub(48);
    let tail = head.get(from..).unwrap_or(&[]);
    AT.iter()
        .filter_map(|w| {
            let k = memchr::memmem::rfind(tail, w)?;
            let place = tail.get(k + w.len()..)?;
            let words = place
                .split(|&c| c == b' ')
                .filter(|x| !x.is_empty())
                .count();
            ((1..=4).contains(&words) && !place.iter().any(u8::is_ascii_digit)).then_some(from + k)
        })
        .max()
        .and_then(|k| head.get(..k))
        .unwrap_or(head)
}

/// Where the amount `head` ends with starts: a number with separators,
/// perhaps with a currency word after it ("PLN 1.900,86", "€ 21,96",
/// "1 900,86 zl"), or `None`.
fn amount_ending(head: &[u8]) -> Option<usize> {
    let figures = figures_before_unit(head);
    if !figures.last()?.is_ascii_digit() {
        return None;
    }
    let e = figures.len();
    let mut s = e;
    while s > 0 && matches!(at(head, s - 1), b'0'..=b'9' | b'.' | b',' | b' ') {
        s -= 1;
    }
    while at(head, s) == b' ' {
        s += 1;
    }
    Some(s)
}

/// True if `head` ends with a figure with cents ("1.900,86", "21,96"),
/// perhaps with a currency word after it.
fn cents_at_end(head: &[u8]) -> bool {
    let t = figures_before_unit(head.trim_ascii_end());
    let n = t.len();
    n >= 4
        && at(t, n - 1).is_ascii_digit()
        && at(t, n - 2).is_ascii_digit()
        && matches!(at(t, n - 3), b'.' | b',')
        && at(t, n - 4).is_ascii_digit()
}

/// Words of a question about a six-digit number that is no code, on the
/// line before an answer (see [`lone_code`]).
const ASKED_ELSE: &[&[u8]] = &[
    b"pincode",
    b"pin code",
    b"postal",
    b"zip",
    b"cep",
    b"kode pos",
    b"kodepos",
    "código postal".as_bytes(),
    b"codigo postal",
    "البريدي".as_bytes(),
    b"order",
    b"pedido",
    b"ticket",
    b"protocolo",
];

/// Six digits (plain, or 3 and 3) that are a whole line on their own, or
/// all a chat's party says in one line ("142828", "Cliente:
/// 078925\nAtendente: Obrigada, acesso liberado", "العميل: ٥٣٣٩٠٥"): a code
/// read out or pasted, hidden as a one-time code at medium confidence (when
/// unsure, hide). Not when the line before ends in a digit or the line
/// after starts with one (a number broken over lines); a word of assent
/// or done may follow it on its line. Reads at most 48 bytes before the
/// value and 17 after it.
fn lone_code(text: &str, sp: &Span, it: &Interps) -> Option<(Cand, bool)> {
    // (Also read in two halves: "770 904".)
    let halves = sp.glens() == [3, 3] && sp.seps == SEP_SPACE;
    if sp.n != 6 || !(sp.plain() || halves) || !sp.digits_only() || !it.has(K::Otp) {
        return None;
    }
    let b = text.as_bytes();
    let lo = sp.start.saturating_sub(48);
    let ls = line_start_from(b, lo, sp.start)?;
    let hi = (sp.end + 16).min(b.len());
    let le = memchr::memchr(b'\n', b.get(sp.end..hi)?).map_or(hi, |p| sp.end + p);
    if le == hi && hi < b.len() {
        return None;
    }
    // (Emoji and a closing "!" or "." may follow: "its 283343 🙏"; or a
    // word of assent or done: "449708 done", "166464 kak", "225476 تم".)
    let tail = text.get(sp.end..le)?;
    let mark = |c: char| matches!(c, '!' | '.') || !c.is_alphanumeric() && !c.is_ascii();
    let words_end = tail
        .find(|c: char| mark(c) && c != '.' && c != '!')
        .unwrap_or(tail.len());
    let (words, marks) = tail.split_at(words_end);
    if !(marks.chars().all(|c| c.is_whitespace() || mark(c)) && acknowledged(words.as_bytes())) {
        return None;
    }
    // Not a piece of a number broken over lines ("351905\n0508810974",
    // "Order 5273321827\n114463").
    if ls > 0 && digit_before(b, ls - 1) || digit_at(b, le + 1).is_some() {
        return None;
    }
    // Nor the answer to a question about something else on the line
    // before ("> Agent: pincode?\n140610").
    let prev = b
        .get(ls.saturating_sub(64)..ls.saturating_sub(1))
        .unwrap_or(&[]);
    let prev = prev
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(prev, |p| prev.get(p + 1..).unwrap_or(&[]));
    // (Whole words: "accept" asks for no CEP, "cepat" is "quickly"; and
    // not when the question names a code too: "your order OTP?".)
    let word = |w: &[u8]| contains_whole_word_ci(prev, w);
    let code_word = [&b"otp"[..], b"code", b"codigo", b"kode", b"token", b"pin"]
        .iter()
        .any(|w| word(w))
        || ["código".as_bytes(), "كود".as_bytes()]
            .iter()
            .any(|w| memchr::memmem::find(prev, w).is_some());
    if ASKED_ELSE.iter().any(|w| word(w)) && !code_word {
        return None;
    }
    let head = b.get(ls..sp.start)?;
    let alone = acknowledged(head)
        || speaker(b, ls, le).is_some_and(|(name, colon)| {
            party(name.trim_ascii()) && b.get(colon..sp.start).is_some_and(acknowledged)
        });
    alone.then(|| (Cand::context(sp.start, sp.end, K::Otp), false))
}

/// The code of a one-time-code message that starts with it ("Use 335944
/// to sign in", "use 539462 as your verification code", "Usa 771903
/// para confirmar", "Gunakan 482913 untuk masuk", "enter 7832 in the
/// app"): four to eight digits between "use" (or "enter") and "to" (or
/// "as", "in"), and a word of signing in, verifying, confirming or paying
/// after it in the same sentence, within 64 bytes. At medium confidence.
fn otp_template(text: &str, sp: &Span, it: &Interps) -> Option<(Cand, bool)> {
    let b = text.as_bytes();
    if before(b, sp.start) != b' ' || at(b, sp.end) != b' ' || !otp_shaped(sp, it) {
        return None;
    }
    let head = text.get(sp.start.saturating_sub(12)..sp.start)?;
    // (A quote may open the message: "'Use 174661 to …".)
    let verb = words_of(head).next_back()?.trim_start_matches(['\'', '‘']);
    // Four digits that read as a year are no code ("use 2024 to pay").
    let year = year_shaped(sp);
    if year
        || !one_of(
            &[
                "use", "usa", "utiliza", "utilize", "gunakan", "pakai", "enter", "ingresa",
                "digite", "masukkan",
            ],
            verb,
        )
    {
        return None;
    }
    let tail = text.get(sp.end..)?;
    let tail = tail.get(..tail.len().min(64)).or_else(|| {
        let mut k = 64;
        while !tail.is_char_boundary(k) {
            k -= 1;
        }
        tail.get(..k)
    })?;
    let sentence = tail.split(['.', '\n', '!', '?']).next()?;
    let mut words = words_of(sentence);
    let link = words.next()?;
    if !one_of(
        &["to", "as", "in", "para", "como", "untuk", "sebagai", "di"],
        link,
    ) {
        return None;
    }
    words
        .any(|w| {
            one_of(
                &[
                    "sign",
                    "log",
                    "login",
                    "signin",
                    "verify",
                    "verification",
                    "confirm",
                    "approve",
                    "authorize",
                    "authorise",
                    "reset",
                    "complete",
                    "code",
                    "passcode",
                    "password",
                    "otp",
                    "pay",
                    "payment",
                    "transaction",
                    "txn",
                    "access",
                    "app",
                    "masuk",
                    "verifikasi",
                    "konfirmasi",
                    "kode",
                    "transaksi",
                    "código",
                    "codigo",
                    "verificar",
                    "confirmar",
                    "autorizar",
                    "entrar",
                    "acceder",
                    "acessar",
                    "aprovar",
                    "autenticar",
                    "pago",
                    "pagamento",
                    "compra",
                    // ("Use 591163 para validar sua transação de 3813 reais".)
                    "validar",
                    "validate",
                    "transação",
                    "transacao",
                    "transacción",
                    "transaccion",
                    "operación",
                    "operacion",
                    "operação",
                    "operacao",
                ],
                w,
            )
        })
        .then_some((Cand::context(sp.start, sp.end, K::Otp), false))
}

/// Words that may stand between a code and the word saying it was
/// refused ("… 838140 but it says expired", "… but both say invalid").
const BEFORE_REFUSED: &[&str] = &[
    "but", "and", "it", "its", "it's", "is", "was", "says", "said", "say", "shows", "showing",
    "both", "still", "now", "pero", "me", "dice", "sale", "aparece", "mas", "diz", "tapi",
    "katanya", "lekin", "bol", "raha", "hai", "lakini",
];

/// Words saying a code was refused.
const REFUSED: &[&str] = &[
    "expired",
    "invalid",
    "incorrect",
    "wrong",
    "expirado",
    "expirou",
    "vencido",
    "venció",
    "inválido",
    "invalido",
    "incorrecto",
    "incorreto",
    "kadaluarsa",
    "kedaluwarsa",
    // Locked after it ("I tried 0239 but it locked", Swahili "Nimejaribu
    // 0239 lakini imefungwa", "acho q era 6514 mas bloqueou").
    "locked",
    "blocked",
    "bloqueou",
    "bloqueó",
    "keblokir",
    "diblokir",
    "imefungwa",
    "haikubali",
    "imekataa",
    "batili",
];

/// Six digits (plain, or 3 and 3) right after a verb of a message
/// arriving, in the same clause ("Me llegó: 662954", "ok chegou, 813379",
/// "ya me llegó, es 298237", "chegou agora: 463385"): only adverbs, a
/// copula or the medium may stand between them. A one-time code at medium
/// confidence. Reads at most 48 bytes before the value.
fn arrived_code(text: &str, sp: &Span, it: &Interps) -> Option<(Cand, bool)> {
    // (Or dashed: "ok got it. 982-826 x"; not a range of round numbers,
    // "150-300 people".)
    let range = sp.seps == SEP_DASH && sp.byte(2) == b'0' && sp.byte(5) == b'0';
    let halves = sp.glens() == [3, 3] && (sp.seps == SEP_SPACE || sp.seps == SEP_DASH) && !range;
    // (A round sum is money that came: "got it, 250000 credited".)
    if sp.n != 6 || !(sp.plain() || halves) || !otp_shaped(sp, it) || sp.s().ends_with(b"000") {
        return None;
    }
    let head = tail(text, sp.start, 48);
    // The clause: from the last sentence mark or line break (not one
    // right before the value: "ok got it. 982-826").
    let head = head.trim_end_matches(' ');
    let head = head.strip_suffix(['.', '!']).unwrap_or(head);
    let clause = head
        .rsplit(['.', '!', '?', '\n', ';'])
        .next()
        .unwrap_or(head);
    // (Six digits of something: "me llegó 150000 de la luz".)
    let of = words_of(text.get(sp.end..)?)
        .next()
        .is_some_and(|w| one_of(&["de", "do", "da", "del", "pesos", "reais", "mil"], w));
    if of || clause.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The nearest word that is none of those that may stand between.
    let mut words = words_of(clause).rev().take(5);
    let verb = words.find(|w| !one_of(BETWEEN_ARRIVED, w));
    // ("yeah got it, 500133", "got it finally: 903389": received; "a new
    // one came: 324010", "OTP came 605218": what came is named.)
    let got_it = verb.is_some_and(|w| w.eq_ignore_ascii_case("it"))
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("got"));
    let came = verb.is_some_and(|w| w.eq_ignore_ascii_case("came"))
        && words
            .next()
            .is_some_and(|w| one_of(&["one", "otp", "code", "sms", "it"], w));
    (got_it || came || verb.is_some_and(|w| one_of(ARRIVED_BEFORE, w)))
        .then(|| (Cand::context(sp.start, sp.end, K::Otp), false))
}

/// A mobile-shaped number right after a verb of calling or texting and a
/// preposition ("me marcaron al 833 639 9571", "called my colleague on
/// 06434984812", "is now calling 2347010184153", "text 6042787969"):
/// whose line the call came from or goes to. A phone at medium
/// confidence; never a toll-free or service number. Reads at most 40
/// bytes before the value, within its clause.
///
/// Asked of a mobile-shaped number a phone may be, no service number.
fn called_at(text: &str, sp: &Span) -> Option<(Cand, bool)> {
    let head = tail(text, sp.start, 40);
    let clause = head
        .rsplit(['.', '!', '?', '\n', ';', ','])
        .next()
        .unwrap_or(head);
    if clause.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut words = words_of(clause).rev().peekable();
    let mut w = words.next()?;
    // The preposition, then at most three words (an object: "my
    // colleague", "a mi tía"), then the verb.
    let prep = one_of(CALLED_AT, w);
    // Spanish "al" before a mobile says where something goes or came from
    // ("mándelo otra vez al 3137261586", "pásale al 33 7863 7801", "me
    // escribieron al 3206587509", "o al 604 087 860"): whatever the verb,
    // unless one of calling or asking a line, which is a business's ("llame
    // al …", "consulté al …", "dudas al …").
    // (Or "al" opening its clause: "> ¿A qué número le yapeaste?\nal
    // 962792982".)
    // (A word of its own, spaced from the number: "Loan AL-5592097317" is
    // an id.)
    if w.eq_ignore_ascii_case("al") && clause.ends_with(|c: char| c.is_whitespace()) {
        let business = words.peek().is_some_and(|v| {
            AL_BUSINESS
                .iter()
                .any(|s| starts_with_ci(v.as_bytes(), s.as_bytes()))
        });
        if !business {
            return Some((Cand::context(sp.start, sp.end, K::Phone), false));
        }
    }
    // (An article between the preposition and the number: "me mandan
    // mensajes desde el 8196…", "me acosan desde el 3127…".)
    let prep = prep
        || one_of(&["el", "the"], w)
            && words.peek().is_some_and(|v| one_of(&["desde", "from"], v))
            && {
                words.next();
                true
            };
    if prep {
        w = words.next()?;
    }
    let mut reach = if prep { 4 } else { 1 };
    let mut next_to = true;
    loop {
        // (A noun-like verb counts only right before: "the text says …
        // from 0803 …" names no line.)
        let loose = one_of(
            &["text", "whatsapp", "nag", "mensaje", "mensagem", "mensajes"],
            w,
        );
        if one_of(CALL_STEMS, w) && (next_to || !loose) {
            return Some((Cand::context(sp.start, sp.end, K::Phone), false));
        }
        next_to = false;
        reach -= 1;
        if reach == 0 {
            return None;
        }
        w = words.next()?;
    }
}

/// True if another group of digits joins `sp` before or after it by the
/// separator inside it ("… 5761 7577 4574 3959 5406 …").
fn in_longer_run(b: &[u8], sp: &Span) -> bool {
    let Some(k) = (sp.start..sp.end).find(|&k| !at(b, k).is_ascii_digit()) else {
        return false;
    };
    let sep = at(b, k);
    at(b, sp.end) == sep && at(b, sp.end + 1).is_ascii_digit()
        || before(b, sp.start) == sep && sp.start >= 2 && at(b, sp.start - 2).is_ascii_digit()
}

/// True if `sp` is a part of a run of five or more groups of four digits
/// split by one and the same mark ("7698 0083 3800 5741 0619", a prepaid
/// electricity token): longer than any card, the run is one number.
fn piece_of_fours(b: &[u8], sp: &Span) -> bool {
    let sep = |c: u8| matches!(c, b' ' | b'-' | b'.');
    // True if a mark and a digit lie beyond `start..end` on either side.
    let goes_on = |start: usize, end: usize| {
        sep(at(b, end)) && digit_at(b, end + 1).is_some()
            || start >= 1 && sep(before(b, start)) && digit_before(b, start - 1)
    };
    // (Most spans have none: asked first.)
    if !goes_on(sp.start, sp.end)
        || sp.glens().iter().any(|&g| g != 4)
        || sp.ngroups > 1 && !sp.uniform
    {
        return false;
    }
    // The mark: after the first group, or around a lone one.
    let mut k = sp.start;
    while let Some((_, l)) = digit_at(b, k) {
        k += l;
    }
    let mark = if sp.ngroups > 1 {
        at(b, k)
    } else if sep(at(b, sp.end)) {
        at(b, sp.end)
    } else {
        before(b, sp.start)
    };
    if !sep(mark) {
        return false;
    }
    // A group of four after the mark at `p`: its end.
    let four_after = |p: usize| {
        if at(b, p) != mark {
            return None;
        }
        let mut q = p + 1;
        for _ in 0..4 {
            q += digit_at(b, q)?.1;
        }
        digit_at(b, q).is_none().then_some(q)
    };
    // A group of four ending at the mark before `p`: its start.
    let four_before = |p: usize| {
        if p == 0 || at(b, p - 1) != mark {
            return None;
        }
        let mut q = p - 1;
        for _ in 0..4 {
            q -= digit_len_before(b, q)?;
        }
        (!digit_before(b, q)).then_some(q)
    };
    let mut more = 0;
    let mut end = sp.end;
    while let Some(q) = four_after(end).filter(|_| more < 8) {
        more += 1;
        end = q;
    }
    let mut start = sp.start;
    while let Some(q) = four_before(start).filter(|_| more < 8) {
        more += 1;
        start = q;
    }
    // (The run is all of the number: a group of another length after or
    // before it makes fields, "5545 1068 1784 9256 0528 505" a card, its
    // expiry and its code.)
    more > 0 && sp.ngroups + more >= 5 && !goes_on(start, end)
}

/// True if `sp`, a fixed line, follows right after a business's call to
/// call it, at the start of its clause ("Not you?
/// Call 021-27148343.", "Sila hubungi kami di 03-2295 6999", "Info:
/// (021) 55432310", "si no reconoces la compra llama al 55 5822 6400",
/// "Se nao reconhece ligue +351 21 366 14 78"): the bank's or shop's own
/// line, no one's personal data.
fn business_call(b: &[u8], sp: &Span) -> bool {
    // A fixed line: with its country code, any number no mobile is shaped
    // like; without, one from area codes 02 or 03 (not a Pakistani
    // mobile, 03 and ten digits) or a Singaporean one from 6. (A mobile
    // after "call" is as often a fraudster's number as a shop's.)
    let s = sp.s();
    let plus = before(b, sp.start) == b'+';
    let fixed = if plus {
        // (Only where the country's mobile leads are known; a trunk zero
        // kept in brackets is skipped: "+234 (0)817 …".)
        let mut leads = MOBILE_LEADS.iter().filter(|&&(cc, _)| leads_with(s, cc));
        leads.clone().next().is_some()
            && leads.all(|&(cc, mobile)| {
                let k = cc.len() + usize::from(sp.byte(cc.len()) == b'0');
                !mobile.contains(&sp.byte(k))
            })
    } else {
        s.starts_with(b"02")
            || s.starts_with(b"03") && !(sp.n == 11 && matches!(sp.byte(2), b'0'..=b'4'))
            || sp.n == 8 && sp.first() == b'6'
            // (Eight digits from 1, 2 or 4 no mobile is shaped like: a
            // Gulf landline, "للإبلاغ اتصل على 17212262".)
            || sp.n == 8 && matches!(sp.first(), b'1' | b'2' | b'4') && !mobile_shaped(sp)
    };
    fixed && after_call(b, sp.start)
}

/// True if the number at `vs..ve` was called, a word of calling in the
/// 32 bytes before it or after it on its line, and rang unanswered or was
/// called again and again, a word saying so in the 64 bytes after it on
/// its line ("I called … 3
/// times", "… pe call kiya 3 baar, koi nahi uthata", "tumawag sa … pero
/// walang sumasagot", "اتصلت على … أكثر من مرة").
fn called_unanswered(b: &[u8], vs: usize, ve: usize) -> bool {
    const CALLED: [&str; 9] = [
        "โทร",
        "call",
        "tumawag",
        "اتصلت",
        "اتصل",
        "llamé",
        "liguei",
        "telpon",
        "nelpon",
    ];
    const UNANSWERED: [&str; 17] = [
        "รับสาย",
        "answer",
        "pick",
        "uthata",
        "uthaya",
        "jawab",
        "sumasagot",
        "sumagot",
        "يرد",
        "مرة",
        "مرات",
        "times",
        "baar",
        "contesta",
        "atende",
        "diangkat",
        "on hold",
    ];
    let head = b.get(vs.saturating_sub(32)..vs).unwrap_or(&[]);
    let tail = b.get(ve..(ve + 64).min(b.len())).unwrap_or(&[]);
    let tail = tail.split(|&c| c == b'\n').next().unwrap_or(&[]);
    any_word_ci(tail, &UNANSWERED) && (any_word_ci(head, &CALLED) || any_word_ci(tail, &CALLED))
}

/// True if one of `words` occurs in `h`, in any ASCII case: positions
/// whose byte starts none of them (by its low six bits) are skipped
/// without comparing.
pub(crate) fn any_word_ci(h: &[u8], words: &[&str]) -> bool {
    let bit = |c: u8| 1u64 << (c.to_ascii_lowercase() & 63);
    let firsts = words
        .iter()
        .filter_map(|w| w.as_bytes().first())
        .fold(0u64, |m, &c| m | bit(c));
    (0..h.len()).any(|k| {
        firsts & bit(at(h, k)) != 0
            && h.get(k..)
                .is_some_and(|t| words.iter().any(|w| starts_with_ci(t, w.as_bytes())))
    })
}

/// Calls to call, as they end right before the number.
const CALL_HEADS: &[&[u8]] = &[
    b"call",
    b"call us at",
    b"call us on",
    b"call us",
    b"contact us at",
    b"contact us on",
    b"reach us at",
    b"reach us on",
    b"hubungi",
    b"hubungi kami",
    b"hubungi kami di",
    b"info",
    b"llama al",
    b"llame al",
    "llámanos al".as_bytes(),
    b"ligue",
    b"ligue para",
    b"ligue para o",
    b"contacte",
    b"contacte-nos",
    b"llamar al",
    b"telp",
    b"telp ke",
    b"telpon",
    b"telpon ke",
    "através do".as_bytes(),
    b"joindre au",
    b"appelez le",
    "اتصل على".as_bytes(),
    "اتصل بنا على".as_bytes(),
    "اتصلوا على".as_bytes(),
];

/// True if the clause before `start` is a call to call the number after
/// it ("Not you? Call …", "si no reconoces la compra llama al …", "Sila
/// hubungi kami di …"); reads at most 40 bytes.
fn after_call(b: &[u8], start: usize) -> bool {
    let head = b.get(start.saturating_sub(40)..start).unwrap_or(&[]);
    // The clause: from the last sentence mark, line break or comma.
    let clause = head
        .iter()
        .rposition(|&c| matches!(c, b'.' | b'!' | b'?' | b'\n' | b',' | b';' | b'"'))
        .map_or(head, |k| head.get(k + 1..).unwrap_or(&[]));
    // (Without what opens the number: "(021) …", "+351 …", "Info: …".)
    let open = clause
        .iter()
        .rposition(|c| !matches!(c, b' ' | b'(' | b'+' | b':' | b'-'))
        .map_or(0, |k| k + 1);
    let clause = clause.get(..open).unwrap_or(&[]).trim_ascii();
    // (After "you can", "sila": no one's "call me on …" or "I called
    // …".)
    let clause = [&b"you can "[..], b"sila ", b"silakan "]
        .iter()
        .find_map(|p| {
            clause
                .get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| clause.get(p.len()..).unwrap_or(&[]))
        })
        .unwrap_or(clause);
    // (The clause may say when first: "If unauthorized call …", "Pay via
    // the app or call …", "if you lose your card call …".)
    CALL_HEADS.iter().any(|c| {
        ends_with_ci(clause, c)
            && (clause.len() == c.len() || at(clause, clause.len() - c.len() - 1) == b' ')
    })
}

/// Words saying a number is the new or the old one.
const RENEWED: &[&str] = &[
    "new",
    "old",
    // A correction of one given wrong ("wrong account. Correct one is
    // 2227…", "the right one is 7969190608").
    "correct",
    "right",
    "correcto",
    "correcta",
    "certo",
    "certa",
    "benar",
    "sahi",
    "previous",
    "nuevo",
    "nueva",
    "anterior",
    "viejo",
    "antiguo",
    "novo",
    "nova",
    "antigo",
    "baru",
    "lama",
    "naya",
    "nayi",
    "purana",
    "purani",
    "jdid",
    "jdide",
    "jedid",
    "nouveau",
    "nouvelle",
    "ancien",
    "nuovo",
    "vecchio",
    "yeni",
    "eski",
    "mpya",
    "جديد",
    "الجديد",
    "قديم",
    "القديم",
    "نیا",
    "پرانا",
    "नया",
    "नई",
    "पुराना",
];

/// Words that may stand between [`RENEWED`] and the number ("el anterior
/// era …", "yg baru …", "new one is …").
const RENEWED_GAP: &[&str] = &[
    "es", "is", "era", "was", "é", "e", "hai", "tha", "yg", "yang", "el", "la", "one", "wala",
    "wali", "wale", "now", "ahora", "agora", "sekarang", "ab", "ye", "yeh", "ini", "est", "è",
];

/// A mobile-shaped number right after a name in capitals (or in title
/// case, right after it and after a sum) that a preposition of sending or
/// receiving leads ("received UGX 50,000 from SARAH NAKATO, 2567…", "reçu
/// 1 000F de AWA FALL (76 318 39 26)", "Ksh500 sent to JANE WANJIRU
/// 0722…", "shs 40,000 from Okello Kato 0761 689817"): the other party of
/// a mobile-money receipt. A phone at medium confidence.
///
/// Asked of a mobile-shaped number a phone may be, no service number.
fn wallet_party(text: &str, sp: &Span) -> Option<(Cand, bool)> {
    let full = tail(text, sp.start, 64);
    let head = full.trim_end_matches([' ', ',', '(', ':', '-']);
    // (Or a name in title case, all its words so, right before the number
    // and after a sum: "received shs 40,000 from Okello Kato 0761 689817",
    // "Ksh4,976.00 imetumwa kwa Njeri Mwangi 0723 598860"; not "pedido de
    // Mercado Libre 5236…", "to Fiona Taylor, 82-64-64 …".)
    let bare = full.len() - head.len() <= 1 && !full.ends_with(',');
    let (mut upper_seen, mut title_seen) = (false, false);
    let mut rest = head;
    for caps in 0..=8 {
        let (before, w) = rest.rsplit_once(' ').unwrap_or(("", rest));
        let w = w.trim_end_matches(',');
        let upper = w.len() >= 2
            && w.bytes()
                .all(|c| c.is_ascii_uppercase() || matches!(c, b'\'' | b'-' | b'.'));
        let titled = !upper
            && w.len() >= 2
            && w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && w.bytes()
                .skip(1)
                .all(|c| c.is_ascii_lowercase() || c == b'\'');
        upper_seen |= upper;
        title_seen |= titled;
        if !(upper || titled) || upper_seen && title_seen {
            let lead = (2..=4).contains(&caps) && one_of(PARTY_LEADS, w);
            let summed = || before.bytes().rev().take(24).any(|c| c.is_ascii_digit());
            let ok = lead && !(upper_seen && title_seen) && (!title_seen || bare && summed());
            return ok.then(|| (Cand::context(sp.start, sp.end, K::Phone), false));
        }
        // A name holds no reference's label ("… from HOME REMITTANCE TID
        // 1562…") and no full stop before its last word, only initials'
        // ("… from HOME REMITTANCE. TID 1562…" ends a sentence; "to J.
        // OKAFOR" does not).
        if caps == 0 && one_of(REF_LABELS, w) || caps > 0 && w.len() > 2 && w.ends_with('.') {
            return None;
        }
        if before.is_empty() {
            break;
        }
        rest = before;
    }
    None
}

/// Labels of a transaction's reference, in capitals in mobile-money
/// notices, that no payee's name ends with.
const REF_LABELS: &[&str] = &["TID", "REF", "UTR", "TXN", "TRX", "TRXID", "ID", "NO"];

/// Prepositions before the other party of a mobile-money receipt.
const PARTY_LEADS: &[&str] = &["from", "to", "de", "à", "kwa", "dari", "ke", "por", "para"];

/// Prepositions between a verb of calling and the number ("al", "on",
/// "from", "pro", "ke", "kwa").
const CALLED_AT: &[&str] = &[
    "al", "del", "desde", "on", "from", "at", "to", "no", "pro", "pelo", "do", "ke", "dari", "kwa",
    "sa", "galing",
    // The number word itself ("ditelpon nomor 0896…", "called from number
    // 0803…").
    "nomor", "number", "numero", "número",
];

/// Stems of the words before "al" that make the number after it a line
/// someone calls or asks (a business's), not a person's: calling, dialling,
/// getting in touch, asking ("llamé al", "márcanos al", "comuníquese al",
/// "consulté al", "dudas al", "atención al").
const AL_BUSINESS: &[&str] = &[
    "llam", "marc", "marq", "márc", "comunic", "comuníc", "contact", "consult", "duda", "atenci",
    "reclam", "informes", "info",
];

/// Verbs telling someone to enter or use a code, as they stand before the
/// code's word ("ingresa el código", "enter the code", "masukkan kode").
const ENTER_VERBS: &[&str] = &[
    "ingresa",
    "ingrese",
    "introduce",
    "introduzca",
    "digita",
    "digite",
    "usa",
    "use",
    "utiliza",
    "utilize",
    "enter",
    "type",
    "masukkan",
    "gunakan",
    "insira",
    "informe",
];

/// Verbs of someone having called or texted, or calling now, lower case
/// (not the imperative "llama al …", "call …" of a bank's own line).
const CALL_STEMS: &[&str] = &[
    "llamó",
    "llamaron",
    "marcó",
    "marcaron",
    "called",
    "calling",
    "callback",
    "rang",
    "phoned",
    "texted",
    "ligou",
    "ligaram",
    "nelpon",
    "tumawag",
    "nag",
    "ditelpon",
    "ditelepon",
    "ditelfon",
    // "a link has been sent to 0741…", "we've resent to 0549…".
    "sent",
    "resent",
    // "or text 6042787969", "nag-text … galing 6399…": a customer's own
    // line to text, or the line a text came from.
    "text",
    "whatsapp",
    // "me llegó un mensaje del 1199016798", "recebi uma mensagem do …":
    // the line a message came from.
    "mensaje",
    "mensagem",
    "mensajes",
    // "me hablaron de un número …": Mexican "called"; and who harasses
    // or threatens from a line ("me acosan desde el …", "me amenazan
    // del …").
    "hablaron",
    "habló",
    "acosan",
    "acosando",
    "amenazando",
    "amenazan",
    "amenazaron",
    "extorsionan",
    "escriben",
    "escribieron",
];

/// Verbs of a message arriving that come before the code ("me llegó:
/// …", "chegou …").
const ARRIVED_BEFORE: &[&str] = &[
    "llegó",
    "llego",
    "llegado",
    "chegado",
    "chegou",
    "veio",
    "masuk",
    "geldi",
    "arrivé",
    "arrivato",
    "وصل",
    "وصلني",
    "وصلتني",
];

/// Words that may stand between [`ARRIVED_BEFORE`] and the code.
const BETWEEN_ARRIVED: &[&str] = &[
    "ya", "já", "ja", "agora", "ahora", "now", "aqui", "aquí", "outro", "otro", "el", "o", "es",
    "é", "e", "foi", "fue", "por", "pelo", "no", "na", "via", "sms", "correo", "email", "mail",
    "whatsapp", "nuevo", "novo", "baru", "lagi", "kode", "código", "codigo", "finally", "com",
    "con", "with",
];

/// True if `c` is the first byte of one of [`DO_NOT_SHARE`], in either
/// case.
fn warning_head(c: u8) -> bool {
    matches!(
        c.to_ascii_lowercase(),
        b'd' | b'n' | b'j' | b'r' | b'k' | b's' | b'g' | b'p' | b'i' | 0xD9
    )
}

/// True if one of [`DO_NOT_SHARE`] starts at `b[i]`, which is `c`: only
/// the warnings starting with `c` are compared.
fn warning_at(b: &[u8], i: usize, c: u8) -> bool {
    let c = c.to_ascii_lowercase();
    let (Some(t), from) = (
        b.get(i..),
        DO_NOT_SHARE.partition_point(|w| w.as_bytes().first() < Some(&c)),
    ) else {
        return false;
    };
    DO_NOT_SHARE
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|w| w.as_bytes().first() == Some(&c))
        .any(|w| starts_with_ci(t, w.as_bytes()))
}

/// Warnings not to pass a code on, as they follow the code in one-time
/// code messages (ASCII letters compared without case), sorted by bytes
/// (see [`warning_at`]).
const DO_NOT_SHARE: &[&str] = &[
    "do not disclose",
    "do not share",
    "don't disclose",
    "don't share",
    "dont share",
    "geben sie diese",
    "if you don't recognise",
    "if you don't recognize",
    "jangan bagikan",
    "jangan berikan",
    "jangan beritahu",
    "jangan kasih",
    "jangan kirim",
    "jgn berikan",
    "jgn kasih",
    "jgn kirim",
    "kimseyle paylaşma",
    "kisi ke saath share na",
    "kisi ko mat",
    "nao compartilhe",
    "nao partilhe",
    "ne la partagez jamais",
    "ne le communiquez",
    "ne le partagez",
    "ne le partagez jamais",
    "ne partagez",
    "never share",
    "nicht weitergeben",
    "no compartas",
    "no la comparta",
    "no la compartas",
    "no la entregues",
    "no lo comparta",
    "no lo compartas",
    "no lo des a",
    "no lo entregues",
    "non comunicare",
    "non condividere",
    "not to share",
    "nunca a compartilhe",
    "nunca compartas",
    "nunca compartilhe",
    "nunca la comparta",
    "nunca la compartas",
    "nunca lo comparta",
    "nunca lo compartas",
    "nunca o compartilhe",
    "não compartilhe",
    "não o partilhe",
    "não partilhe",
    "não repasse",
    "paylaşmayın",
    "rahasiakan",
    "se nao reconhece",
    "se não reconhece",
    "share mat",
    "share na kare",
    "si no reconoce",
    "si no reconoces",
    "لا تشارك",
    "لا تعطي",
];

/// True if `w`, without a possessive "'s", is one of `list` (ASCII letters
/// compared without case).
fn one_of(list: &[&str], w: &str) -> bool {
    // (`trim_end_matches("'s")` does the same through a substring searcher
    // it builds on every call.)
    let mut w = w;
    while let Some(x) = w.strip_suffix("'s") {
        w = x;
    }
    list.iter()
        .any(|x| x.as_bytes().eq_ignore_ascii_case(w.as_bytes()))
}

/// Words of an error or a failure, which an app's or gateway's code
/// follows.
const FAILURE_WORDS: &[&str] = &[
    "error",
    "errors",
    "err",
    "erro",
    "erros",
    "erreur",
    "errore",
    "fehler",
    "failed",
    "failure",
    "fail",
    "fails",
    "failing",
    "errornya",
    "falha",
    "falhou",
    "fallo",
    "falló",
    "fallida",
    "fallido",
    "gagal",
    "kesalahan",
    "galat",
    "hata",
    "hatası",
    "échec",
    "echec",
    "declined",
    "rejected",
    "ditolak",
    "recusado",
    "recusada",
    "rechazado",
    "rechazada",
    "declinada",
    "declinado",
    "denegada",
    "denegado",
    "negada",
    "negado",
    "rejeitada",
    "rejeitado",
    "refusé",
    "rifiutato",
    "خطأ",
    "الخطأ",
    "فشل",
    "त्रुटि",
];

/// Words of a new code arriving, which a failure before them does not
/// name ("the payment failed so they sent a new code: 7391").
const RESENT_WORDS: &[&str] = &[
    "sent", "send", "resent", "new", "another", "novo", "nuevo", "otro", "outro", "baru", "kirim",
    "dikirim", "enviado", "enviaron", "mandaron", "mandou", "bheja", "naya",
];

/// True if a word of failure stands at most five words and 48 characters
/// before `at`, in the same sentence, with no word of a new code between;
/// a full stop only right before `at` ("Request gagal. Kode: 5003").
fn failure_before(text: &str, at: usize) -> bool {
    let from = back_chars(text.as_bytes(), at, 48);
    let Some(gap) = text.get(from..at) else {
        return false;
    };
    let gap = gap.trim_end_matches([' ', '(', ':', '"', '\'', '.']);
    let cut = gap.rfind(['\n', '?', '!', '.']).map_or(0, |k| k + 1);
    let Some(gap) = gap.get(cut..) else {
        return false;
    };
    for w in words_of(gap).rev().take(5) {
        if one_of(RESENT_WORDS, w) {
            return false;
        }
        if one_of(FAILURE_WORDS, w) {
            return true;
        }
    }
    false
}

/// A phone or an account typed again with the digit it missed ("mi cel es
/// 55 2052 814 ay no, faltó uno, 55 2052 5814", "+61 407 987 41 — sorry,
/// dropped a digit, it's +61 407 987 416", "رقمي الجديد +971 50 486 6696
/// مو +971 50 486 696"): a value of six digits or more that is another of
/// its kind, at most `reach` bytes away, with one digit left out, is no
/// value of its own. Not when the digit left out is the first (a trunk
/// zero or a country code: "010-532 9137 … +60105329137"), nor when a word
/// of correcting stands right before the shorter ("1234500078123...
/// sorry 123450007812 hai, ek digit extra", "الرقم الصحيح 052 665 1775").
/// `cands` are resolved (sorted, not overlapping).
fn drop_short_typos(b: &[u8], cands: &mut Vec<Cand>, reach: usize) {
    const MAX: usize = 32;
    let digits = |c: &Cand| {
        let mut d = [0u8; MAX];
        let mut n = 0;
        for &x in b.get(c.start..c.end).unwrap_or(&[]) {
            if x.is_ascii_digit() {
                if let Some(slot) = d.get_mut(n) {
                    *slot = x;
                }
                n += 1;
            }
        }
        (d, n.min(MAX + 1))
    };
    let typo_kind = |c: &Cand| matches!(c.kind, K::Phone | K::BankAccount);
    if cands.iter().filter(|c| typo_kind(c)).nth(1).is_none() {
        return;
    }
    // Which to drop (allocated at the first: most texts have none).
    let mut drop: Vec<bool> = Vec::new();
    for (i, a) in cands.iter().enumerate() {
        let (da, na) = digits(a);
        if !typo_kind(a) || !(6..MAX).contains(&na) {
            continue;
        }
        let head = b.get(a.start.saturating_sub(16)..a.start).unwrap_or(&[]);
        if CORRECTING.iter().any(|w| contains_ci(head, w)) {
            continue;
        }
        let short_of = |c: &Cand| {
            let (dc, nc) = digits(c);
            let near = c.start.abs_diff(a.start) <= reach;
            c.kind == a.kind
                && near
                && nc == na + 1
                && (1..nc).any(|k| dc.get(..k) == da.get(..k) && dc.get(k + 1..nc) == da.get(k..na))
        };
        // (Sorted by start: only those starting within `reach` of it.)
        let lo = cands.partition_point(|c| c.start + reach < a.start);
        let hi = cands.partition_point(|c| c.start <= a.start + reach);
        if cands.get(lo..hi).unwrap_or(&[]).iter().any(short_of) {
            drop.resize(cands.len(), false);
            if let Some(d) = drop.get_mut(i) {
                *d = true;
            }
        }
    }
    if !drop.is_empty() {
        drop_marked(cands, |i| drop.get(i).copied().unwrap_or(false));
    }
}

/// Removes the candidates whose index `marked` names, keeping the order.
fn drop_marked(cands: &mut Vec<Cand>, marked: impl Fn(usize) -> bool) {
    let mut i = 0;
    cands.retain(|_| {
        let keep = !marked(i);
        i += 1;
        keep
    });
}

/// Words of correcting a value typed before ("sorry", "الصحيح").
const CORRECTING: &[&[u8]] = &[
    b"sorry",
    b"correct",
    b"certo",
    b"sahi",
    b"benar",
    b"bener",
    b"actually",
    "الصحيح".as_bytes(),
    "الصح".as_bytes(),
];

/// Birth dates of a recent year (2015 on) with one of a long-past year
/// (2008 or before) at most `reach` bytes away, no other person named
/// between them or, when the recent one comes first, right before it: the
/// recent one is the wrong
/// value a record shows ("Plz change my DOB, it's 08/06/1978 not
/// 06/12/2024", "tgl lahir saya 1981-03-18, bukan 20-Sep-25") or the date
/// of something else ("born 12/11/2003. need the statement from
/// 21-Jan-24"). Someone else named there ("my son's", "o meu pai") may have
/// the recent birth date: it stays; so does it in Chinese, Japanese or
/// Korean text, whose words are not told apart here ("出生日期 1980/4/23 |
/// 我阿仔嘅 RESP，出世 2021-09-23": a son's).
fn drop_recent_birth_dates(text: &str, cands: &mut Vec<Cand>, reach: usize) {
    let b = text.as_bytes();
    let year = |c: &Cand| b.get(c.start..c.end).and_then(date_year);
    let births = || cands.iter().filter(|c| c.kind == K::DateOfBirth);
    // (Or a first of January, the date a record holds when it has none:
    // "correct dob 23 Nov 1986, showing 01/01/1990", "you guys have it as
    // 1900-01-01".)
    let recent = |c: &Cand| {
        year(c).is_some_and(|y| y >= 2015) || b.get(c.start..c.end).is_some_and(new_year)
    };
    if !births().any(recent) {
        return;
    }
    // The long-past ones, by start: each recent one asks only those within
    // reach (a text dense in dates stays linear).
    let mut old: Vec<(usize, usize)> = births()
        .filter(|o| {
            year(o).is_some_and(|y| y <= 2008) && !b.get(o.start..o.end).is_some_and(new_year)
        })
        .map(|o| (o.start, o.end))
        .collect();
    old.sort_unstable();
    // (Whether the recent date `r` has an old one within reach, no person
    // between.)
    let wrong = |r: &Cand| {
        let first = old.partition_point(|&(s, _)| s < r.start.saturating_sub(reach));
        let near = old.get(first..).unwrap_or(&[]).iter();
        near.take_while(|&&(s, _)| s <= r.start + reach)
            .any(|&(os, oe)| {
                let (lo, hi) = (os.min(r.start), oe.max(r.end));
                // (Right before the first only when the recent one comes
                // first: "my wife … DOB: 6/20/84. Admitted … on 4/13/24"
                // names whose the old one is.)
                let mut from = if r.start < os {
                    lo.saturating_sub(32)
                } else {
                    lo
                };
                while !text.is_char_boundary(from) {
                    from += 1;
                }
                let around = text.get(from..hi).unwrap_or("");
                !words_of(around).any(|w| one_of(PERSONS, w))
                    && !around.bytes().any(|c| (0xE3..=0xED).contains(&c))
            })
    };
    let drop: Vec<usize> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == K::DateOfBirth && recent(c) && wrong(c))
        .map(|(i, _)| i)
        .collect();
    if !drop.is_empty() {
        drop_marked(cands, |i| drop.binary_search(&i).is_ok());
    }
}

/// True if the date as typed is a first of January ("01/01/1990",
/// "1900-01-01", "1 Jan 1900", "1 de enero de 1970").
fn new_year(d: &[u8]) -> bool {
    let mut runs = d
        .split(|c| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .map(|r| {
            r.iter().fold(0u32, |v, &c| {
                v.saturating_mul(10).saturating_add(u32::from(c - b'0'))
            })
        });
    let january = || {
        d.windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"jan") || w.eq_ignore_ascii_case(b"ene"))
    };
    match (runs.next(), runs.next(), runs.next(), runs.next()) {
        (Some(a), Some(m), Some(c), None) => a == 1 && m == 1 || m == 1 && c == 1 && a > 31,
        (Some(1), Some(y), None, None) => y > 31 && january(),
        _ => false,
    }
}

/// True if `d` is a round sum of money typed bare: four to eight digits,
/// the first not zero, all zeros after the first two ("10000", "250000").
fn round_sum(d: &[u8]) -> bool {
    (4..=8).contains(&d.len())
        && d.first().is_some_and(|&c| (b'1'..=b'9').contains(&c))
        && d.get(1).is_some_and(u8::is_ascii_digit)
        && d.get(2..).is_some_and(|t| t.iter().all(|&c| c == b'0'))
}

/// True if the word `v` at `vs` is a merchant's name as a card statement
/// prints it after a processor's capitals: a star and capitals, no digit
/// ("SQ *BLUE BOTTLE", "PAYPAL *EBAY").
fn merchant_descriptor(b: &[u8], vs: usize, v: &[u8]) -> bool {
    v.first() == Some(&b'*')
        && v.get(1..)
            .is_some_and(|r| !r.is_empty() && r.iter().all(u8::is_ascii_uppercase))
        && before(b, vs) == b' '
        && b.get(..vs.saturating_sub(1)).is_some_and(|h| {
            let w = h
                .iter()
                .rposition(|c| !c.is_ascii_alphabetic())
                .map_or(h, |p| h.get(p + 1..).unwrap_or(&[]));
            (2..=10).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase)
        })
}

/// True if the birth date a NIK's digits hold (day, plus 40 for a woman;
/// month; two-digit year) is written within `reach` bytes of `sp`, in
/// figures ("09-03-1984", "10/12/72") or with the month's name ("4 November
/// 1998", "4 Nov 98").
fn nik_date_near(b: &[u8], sp: &Span, reach: usize) -> bool {
    encoded_birth_date(K::IdNik, sp.s())
        .is_some_and(|date| date_near(b, sp.start, sp.end, reach, date).is_some())
}

/// The birth date (day, month, two-digit year) an id found holds: a
/// CURP's or a person's RFC's `YYMMDD` after four letters, a South African
/// id's first six digits, a Chinese resident id's `YYYYMMDD` after six, a
/// NIK's `DDMMYY` after six (day plus 40 for a woman), a PESEL's `YYMMDD`
/// (month plus 20 in this century), an Italian codice fiscale's year,
/// month letter and day (plus 40 for a woman).
fn encoded_birth_date(kind: PiiKind, v: &[u8]) -> Option<(u32, u32, u32)> {
    let mut buf = [0u8; 24];
    let mut n = 0;
    for &c in v.iter().filter(|c| c.is_ascii_alphanumeric()) {
        *buf.get_mut(n)? = c.to_ascii_uppercase();
        n += 1;
    }
    let s = buf.get(..n)?;
    let two = |i: usize| {
        let d = s.get(i..i + 2)?;
        d.iter()
            .all(u8::is_ascii_digit)
            .then(|| d.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0')))
    };
    let (day, month, year) = match kind {
        K::MxCurp if n == 18 => (two(8)?, two(6)?, two(4)?),
        K::MxRfc if n == 13 => (two(8)?, two(6)?, two(4)?),
        K::ZaId if n == 13 => (two(4)?, two(2)?, two(0)?),
        K::CnResidentId if n == 18 => (two(12)?, two(10)?, two(8)?),
        K::IdNik if n == 16 => (two(6)? % 40, two(8)?, two(10)?),
        K::PlPesel if n == 11 => (two(4)?, two(2)? % 20, two(0)?),
        K::ItCodiceFiscale if n == 16 => {
            const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
            let letter = *s.get(8)?;
            let m = MONTHS.iter().position(|&c| c == letter)?;
            (two(9)? % 40, u32::try_from(m).ok()? + 1, two(6)?)
        }
        _ => return None,
    };
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some((day, month, year))
}

/// Reports as a birth date a date written near an id found whose encoded
/// birth date it is ("la CURP TOVC850117MPLRGR00 … no coincide con la
/// fecha 17-01-1985"): the id's holder's, whatever words are around.
fn encoded_birth_dates(b: &[u8], cands: &mut Vec<Cand>, reach: usize) {
    let (ids, mut ix) = (cands.len(), None);
    for k in 0..ids {
        let Some(&c) = cands.get(k) else { break };
        let Some(date) = b
            .get(c.start..c.end)
            .and_then(|v| encoded_birth_date(c.kind, v))
        else {
            continue;
        };
        if let Some((ds, de)) = date_near(b, c.start, c.end, reach, date) {
            push_apart(&mut ix, cands, Cand::context(ds, de, K::DateOfBirth));
        }
    }
}

/// Where the date `(day, month, two-digit year)` is written within `reach`
/// bytes of `start..end` (but not across it), in figures ("09-03-1984",
/// "10/12/72", "1984-03-09") or with the month's name ("4 November 1998",
/// "17 de enero de 1985", "March 9, 1984").
fn date_near(
    b: &[u8],
    start: usize,
    end: usize,
    reach: usize,
    (day, month, year): (u32, u32, u32),
) -> Option<(usize, usize)> {
    let year_is = |v: u32, len: usize| len == 2 && v == year || len == 4 && v % 100 == year;
    // The last three words and numbers read, with where each starts and
    // ends (no allocation: an id on its own is no finding), checked as
    // each comes.
    let mut last = [(Tok::Other, 0, 0); 3];
    let mut feed = |t: (Tok, usize, usize)| {
        last = [last[1], last[2], t];
        // Day first ("09-03-1984", "4 November 1998"), year first
        // ("1984-03-09"), month first ("03/09/1984", "March 9, 1984"): the
        // date is the id's all the same.
        let dmy = |d: u32, dl: usize, m: u32, ml: usize, y: u32, yl: usize| {
            dl <= 2 && ml <= 2 && d == day && m == month && year_is(y, yl)
        };
        let hit = match [last[0].0, last[1].0, last[2].0] {
            [Tok::Num(a, al), Tok::Num(b, bl), Tok::Num(c, cl)] => {
                dmy(a, al, b, bl, c, cl)
                    || dmy(b, bl, a, al, c, cl)
                    || al == 4 && dmy(c, cl, b, bl, a, al)
            }
            [Tok::Num(d, dl), Tok::Month(m), Tok::Num(y, yl)]
            | [Tok::Month(m), Tok::Num(d, dl), Tok::Num(y, yl)] => dmy(d, dl, m, 1, y, yl),
            _ => false,
        };
        hit.then_some((last[0].1, last[2].2))
    };
    let mut read = |from: usize, to: usize| {
        // (No date runs across the id itself.)
        feed((Tok::Other, from, from));
        let mut i = from;
        while i < to {
            let c = at(b, i);
            let start = i;
            let tok = if c.is_ascii_digit() {
                let mut v = 0u32;
                while i < to && at(b, i).is_ascii_digit() {
                    if i - start < 4 {
                        v = v * 10 + u32::from(at(b, i) - b'0');
                    }
                    i += 1;
                }
                if i - start <= 4 {
                    Tok::Num(v, i - start)
                } else {
                    Tok::Other
                }
            } else if c.is_ascii_alphabetic() {
                // (A word goes on over accented letters: "março".)
                while i < to && (at(b, i).is_ascii_alphabetic() || at(b, i) >= 0x80) {
                    i += 1;
                }
                let w = b.get(start..i).unwrap_or(&[]);
                // ("17 de enero de 1985", "9 of May 1990".)
                if [&b"de"[..], b"of"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
                {
                    continue;
                }
                month_number(w).map_or(Tok::Other, Tok::Month)
            } else {
                i += 1;
                if matches!(c, b'-' | b'/' | b'.' | b' ' | b',') {
                    continue;
                }
                Tok::Other
            };
            if let Some(found) = feed((tok, start, i)) {
                return Some(found);
            }
        }
        None
    };
    let lo = start.saturating_sub(reach);
    let hi = (end + reach).min(b.len());
    read(lo, start).or_else(|| read(end, hi))
}

/// A piece of text around an id, as [`date_near`] reads it.
#[derive(Clone, Copy)]
enum Tok {
    /// A number of up to four digits, and its length.
    Num(u32, usize),
    /// A month's name.
    Month(u32),
    /// Anything else.
    Other,
}

/// The month a name or abbreviation of it stands for, in English,
/// Indonesian, Malay, Spanish and Portuguese ("November", "nov",
/// "Agustus", "Mei", "Ogos", "enero", "março").
fn month_number(w: &[u8]) -> Option<u32> {
    const NAMES: [&[&str]; 12] = [
        &[
            "january", "januari", "jan", "enero", "ene", "janeiro", "gen",
        ],
        &[
            "february",
            "februari",
            "feb",
            "febuari",
            "febrero",
            "fevereiro",
            "fev",
        ],
        &["march", "maret", "mac", "mar", "marzo", "março", "marco"],
        &["april", "apr", "abril", "abr", "nis"],
        &["may", "mei", "mayo", "maio", "mai"],
        &["june", "juni", "jun", "junio", "junho", "giu"],
        &["july", "juli", "julai", "jul", "julio", "julho", "lug"],
        &[
            "august", "agustus", "ogos", "ogo", "aug", "agu", "agt", "agosto", "ago",
        ],
        &[
            "september",
            "sept",
            "sep",
            "septiembre",
            "setiembre",
            "setembro",
            "set",
            "eyl",
        ],
        &[
            "october", "oktober", "oct", "okt", "octubre", "outubro", "out", "ott",
        ],
        &[
            "november",
            "nov",
            "nop",
            "nopember",
            "noviembre",
            "novembro",
        ],
        &[
            "december",
            "desember",
            "dec",
            "des",
            "disember",
            "diciembre",
            "dic",
            "dezembro",
            "dez",
        ],
    ];
    (1u32..)
        .zip(NAMES)
        .find(|(_, names)| names.iter().any(|n| w.eq_ignore_ascii_case(n.as_bytes())))
        .map(|(m, _)| m)
}

/// The year of a date as typed: its four-digit run from 1900 to 2099, or
/// else, in a date of ASCII alone, its last two-digit run (up to 30 read
/// as 20xx, as 19xx after; an era's year, "平成3年5月20日", is no such).
fn date_year(d: &[u8]) -> Option<u32> {
    let mut runs = d
        .split(|c| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .map(|r| {
            (
                r.len(),
                r.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0')),
            )
        });
    // (A four-digit year of another era, "1405/02/28" Hijri, is none: its
    // day is no two-digit year.)
    if let Some((_, y)) = runs.clone().find(|&(l, _)| l == 4) {
        return (1900..=2099).contains(&y).then_some(y);
    }
    let (l, yy) = runs.next_back()?;
    (l == 2 && d.is_ascii()).then_some(if yy <= 30 { 2000 + yy } else { 1900 + yy })
}

/// True if the text before `vs`, on its line and within 64 bytes, names
/// a reference person: a word of reference ("reference", "referencia",
/// "referência", "referensi", "referee") then a word of kin or friendship
/// ([`PERSONS`], or a cousin, an aunt or uncle), or "character reference",
/// with no digit between (see [`Compiled::gate`]).
fn reference_person(b: &[u8], vs: usize) -> bool {
    const MORE_KIN: [&str; 16] = [
        "prima", "primo", "cousin", "tita", "tito", "tia", "tía", "tio", "tío", "uncle", "aunt",
        "auntie", "kuya", "ate", "amigo", "amiga",
    ];
    let lo = vs.saturating_sub(64);
    let Some(head) = b.get(lo..vs) else {
        return false;
    };
    let head = head.rsplit(|&c| c == b'\n').next().unwrap_or(head);
    let Some(k) = (0..head.len().saturating_sub(5)).rev().find(|&i| {
        head.get(i..i + 6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"refere"))
    }) else {
        return false;
    };
    let (before, after) = head.split_at(k);
    if after.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let character = ends_with_ci(before.trim_ascii_end(), b"character");
    let tail = String::from_utf8_lossy(after);
    character
        || words_of(&tail)
            .skip(1)
            .any(|w| one_of(PERSONS, w) || MORE_KIN.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// People whose number is given ("my wife's number", "nomor istri",
/// "رقم امي", "papa ka number").
const PERSONS: &[&str] = &[
    // Arabic, after the number word ("رقم ولدي 0558…", "رقم زوجتي …").
    "ولدي",
    "والدي",
    "والدتي",
    "ابني",
    "إبني",
    "بنتي",
    "زوجتي",
    "زوجي",
    "أخوي",
    "اخوي",
    "أخي",
    "اخي",
    "أختي",
    "اختي",
    "أمي",
    "امي",
    "أبوي",
    "ابوي",
    "wife",
    "husband",
    "mom",
    "mum",
    "mother",
    "dad",
    "father",
    "sister",
    "brother",
    "son",
    "daughter",
    "friend",
    "istri",
    "suami",
    "ibu",
    "ayah",
    "bapak",
    "adik",
    "kakak",
    "anak",
    "mama",
    "papa",
    "mami",
    "bhai",
    "bhaiya",
    "behen",
    "didi",
    "mãe",
    "mae",
    "pai",
    "esposa",
    "esposo",
    "marido",
    "novio",
    "novia",
    "namorado",
    "namorada",
    "abuelo",
    "abuela",
    "avó",
    "avô",
    "suegra",
    "suegro",
    "sogra",
    "sogro",
    "tío",
    "tía",
    "tio",
    "tia",
    "irmão",
    "irmã",
    "filho",
    "filha",
    "madre",
    "padre",
    "hermano",
    "hermana",
    "hijo",
    "hija",
    "mamá",
    "papá",
    "moglie",
    "marito",
    "mamma",
    "papà",
    "babbo",
    "pa",
    "ma",
    "vader",
    "moeder",
    "tata",
    "taty",
    "mamy",
    "żony",
    "męża",
    "mère",
    "père",
    "annem",
    "annemin",
    "babam",
    "babamın",
    "eşim",
    "eşimin",
    "khouya",
    "khoya",
    "khti",
    "femme",
    "mari",
    "conjoint",
    "conjointe",
    "épouse",
    "époux",
    "sorella",
    "fratello",
    "figlio",
    "figlia",
    "امي",
    "أمي",
    "ابوي",
    "أبوي",
    "زوجتي",
    "زوجي",
    "اخوي",
    "أخوي",
    "اختي",
    "أختي",
    "ماما",
    "بابا",
    // Telugu and Kannada in Latin letters ("maa nanna gaari number …":
    // our father's).
    "nanna",
    "amma",
    "appa",
    "akka",
    "thammudu",
    "gaari",
    "garu",
    // Spouses in Telugu, Tamil, Marathi, Bengali and Hindi, in Latin
    // letters ("ma aavida number …": my wife's).
    "aavida",
    "aayana",
    "bharya",
    "manaivi",
    "kanavar",
    "baayko",
    "bayko",
    "navra",
    "bouer",
    "biwi",
    "patni",
    // A shop's or account's owner ("Owner phone 0810 …").
    "owner",
    "owner's",
    // A loan's guarantor or nominee ("el número de mi aval es …").
    "guarantor",
    "nominee",
    "aval",
    "fiador",
    "fiadora",
];

/// Words that say whose a number is, a person's ("my", "mere", "su"):
/// someone's number word after them speaks of the number that follows
/// more than a negative word before them.
const PERSONAL: &[&str] = &[
    "my",
    "your",
    "his",
    "her",
    "mere",
    "mera",
    "meri",
    "aapka",
    "apka",
    "amar",
    "mi",
    "su",
    "tu",
    "meu",
    "minha",
    "seu",
    "sua",
    "mijn",
    "mój",
    "benim",
    "saya",
    "मेरा",
    "मेरी",
    "میرا",
    "میری",
];

/// Words for days, after a range of them ("7-21 days", "9-22 দিনের").
const DAY_WORDS: &[&str] = &[
    "day",
    "days",
    "dias",
    "días",
    "hari",
    "din",
    "dino",
    "gün",
    "jours",
    "giorni",
    "дней",
    "дни",
    "दिन",
    "দিন",
    "দিনের",
    "يوم",
    "أيام",
    "ايام",
];

/// Verbs of a message arriving, right after a code ("… 073175 geldi", "…
/// 4821 came by sms", "… veio agora").
const ARRIVED: &[&str] = &[
    "came",
    "arrived",
    "geldi",
    "veio",
    "chegou",
    "llegó",
    "llego",
    "masuk",
    "aaya",
    "aayi",
    "przyszedł",
    "przyszło",
    "arrivé",
    "arrivato",
    "وصل",
    "وصلني",
];

/// Words that make a generic number word someone's own ("my number",
/// "le numéro", "ke nomor", "papa ka number"), or list it among the
/// customer's details or changes ("… aur number", "hapus nomor", "eski
/// numaram").
const OWNERS: &[&str] = &[
    "my",
    "your",
    "his",
    "her",
    "our",
    "new",
    "old",
    "mera",
    "meri",
    "mere",
    "tera",
    "apna",
    "uska",
    "ka",
    "ki",
    "ke",
    "mi",
    "tu",
    "su",
    "meu",
    "minha",
    "seu",
    "sua",
    "le",
    "mon",
    "ton",
    "il",
    "mio",
    "yung",
    "ang",
    "nuevo",
    "novo",
    "nova",
    // "this number" (pode falar com minha esposa nesse numero …).
    "this",
    "este",
    "esse",
    "nesse",
    "neste",
    "ese",
    "على",
    "الى",
    "إلى",
    "unka",
    "unki",
    // Hinglish "your", "the other", and the giver's "ne" ("aapka number
    // …", "mera dusra number …", "wife ne number diya …").
    "aapka",
    "aapki",
    "aapke",
    "apka",
    "apki",
    "dusra",
    "doosra",
    "ne",
    "inka",
    "iska",
    "their",
    "pake",
    "pakai",
    "dari",
    "from",
    "using",
    "via",
    "mia",
    "mijn",
    "mój",
    "benim",
    "purana",
    "purani",
    "best",
    "apakah",
    "and",
    "aur",
    "dan",
    "eski",
    "yeni",
    "hapus",
    "ganti",
    "update",
    "change",
    "naya",
    "nayi",
    "naye",
    "میرا",
    "میری",
    "اپنا",
    "نیا",
    "मेरा",
    "मेरी",
    "अपना",
    "नया",
    "नई",
    "पुराना",
    "पुरानी",
    // Bengali in Latin letters and Assamese ("amar number …", "মোর
    // নম্বর …"); "same number" (the number kept).
    "amar",
    "amr",
    "apnar",
    "tomar",
    "মোর",
    "same",
    // Darija "mine", "yours" after the word ("النمرة ديالي …").
    "ديالي",
    "ديالك",
    "dyali",
    "diali",
    "dyalek",
];

/// Words that may stand between a generic number word and the number it
/// names ("number is", "nomor darurat istri", "number ko po").
const NUMBER_GAP: &[&str] = &[
    "is",
    // (Swahili: "number ni 0729 509477".)
    "ni",
    "es",
    "é",
    "è",
    "era",
    // (Past tense: "their number was 0844…".)
    "was",
    "fue",
    "foi",
    "est",
    "na",
    "ko",
    "po",
    "hai",
    "sini",
    "baru",
    "lama",
    "darurat",
    "hp",
    "wa",
    "whatsapp",
    "mobile",
    "celular",
    "cel",
    "di",
    "de",
    "do",
    "da",
    "van",
    "of",
    "del",
    "della",
    "dyal",
    "dial",
    // The number a phone is changed to ("update my phone number to 0810
    // 941 2394").
    "to",
    "aktif",
    "utama",
    "active",
    // Hinglish verbs of giving or adding it ("number diya 6097…", "number
    // bhi add kar do 0630…").
    "bhi",
    // ("number bhi wahi hai …": the same one.)
    "wahi",
    "vahi",
    "diya",
    "diye",
    "add",
    "kar",
    "karo",
    // Owners after the noun: Indonesian, Sundanese ("nomor suami saya
    // 0812 …", "nomer abdi 0832 …").
    "saya",
    "aku",
    "gue",
    "gw",
    "anda",
    "abdi",
    // After a wallet's name: "Easypaisa number 0344 …".
    "number",
    // Romance languages put "new" and "old" after the noun ("mi número
    // nuevo", "o número novo", "il numero nuovo", "mon numéro nouveau").
    "nuevo",
    "viejo",
    "novo",
    "antigo",
    "nuovo",
    "vecchio",
    "nouveau",
    "ancien",
    // (Arabic too: "النمرة الجديدة ديالي 06…", my new number.)
    "الجديدة",
    "الجديد",
    // Words of time before the new one ("mi número ahora es …", "my
    // number now is …").
    "ahora",
    "agora",
    "now",
    "sekarang",
    "بديل",
    "البديل",
    "الجديد",
    "القديم",
];

/// True if `gap`, between two values, says the second should have been
/// the first ("instead of", "em vez de", "bukan", "ki jagah").
fn instead_of(gap: &[u8]) -> bool {
    let trim = |c: &u8| !matches!(c, b' ' | b',' | b'\n');
    let from = gap.iter().position(trim).unwrap_or(gap.len());
    let to = gap.iter().rposition(trim).map_or(from, |p| p + 1);
    let g = gap.get(from..to).unwrap_or(&[]);
    [
        &b"instead of"[..],
        b"not",
        b"rather than",
        b"em vez de",
        b"em vez do",
        b"en vez de",
        b"en lugar de",
        b"no al",
        b"bukan",
        b"bukannya",
        b"ki jagah",
        b"ke bajaye",
        "بدل".as_bytes(),
        "بدلا من".as_bytes(),
    ]
    .iter()
    .any(|w| g.eq_ignore_ascii_case(w))
}

/// True if `gap`, between two values, holds a word joining them ("and",
/// "or", "y", "e", "aur", "sama" …) or putting one after the other ("then",
/// "luego", "lalu", "phir" …).
fn either_or(gap: &[u8]) -> bool {
    gap.split(|c| !c.is_ascii_alphabetic()).any(|w| {
        [
            &b"and"[..],
            b"then",
            b"luego",
            b"depois",
            b"lalu",
            b"terus",
            b"phir",
            b"puis",
            b"dann",
            b"or",
            b"y",
            b"o",
            b"e",
            b"ou",
            b"aur",
            b"ya",
            b"sama",
            b"dan",
            b"atau",
            // (Arabizi: "code 11064903 w 138217".)
            b"w",
            b"wa",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
    })
}

/// True if `gap`, between two codes, says one replaced the other ("…
/// expired, sending again:", "yang baru", "el anterior", "وصلني جديد",
/// "yg masuk malah").
fn renewed(gap: &str) -> bool {
    words_of(gap).any(|w| {
        one_of(
            &[
                "again",
                "new",
                "another",
                "latest",
                "old",
                "previous",
                "lagi",
                "baru",
                "lama",
                "sebelumnya",
                "otro",
                "otra",
                "nuevo",
                "nueva",
                "anterior",
                "novo",
                "nova",
                "outro",
                "outra",
                "antigo",
                "nouveau",
                "nouvelle",
                "bago",
                "naya",
                "nayi",
                "dobara",
                "purana",
                "جديد",
                "الجديد",
                "القديم",
                "ثاني",
                // What it is now ("cambié de número, ahora es 844 435
                // 5780").
                "ahora",
                "agora",
                "now",
                "sekarang",
                "skrg",
                // (Arabizi: "el gedid 219842".)
                "gedid",
                "gdid",
                "jdid",
                "jadid",
                // Or sent once more ("resent and got 406893", "kirim
                // ulang", "me lo reenviaron").
                "resent",
                "resend",
                "ulang",
                "reenviaron",
                "reenvió",
                "reenviou",
                "reenviado",
                // Or it came in place of the other ("yg masuk malah
                // 314323", "nahi wo wala nahi, 778084", "… instead").
                "malah",
                "instead",
                "nahi",
                "actually",
            ],
            w,
        )
    })
}

/// True if `text[ve..vs]`, between two values, only says whose the second
/// one is (", mine", " and my wife's", ", hers").
fn someone_elses(text: &str, ve: usize, vs: usize) -> bool {
    let Some(gap) = text.get(ve..vs) else {
        return false;
    };
    let mut n = 0;
    let all = words_of(gap).all(|w| {
        n += 1;
        let w = w.strip_suffix("'s").unwrap_or(w);
        one_of(PERSONS, w)
            || one_of(OWNERS, w)
            || one_of(&["and", "mine", "hers", "e", "y", "dan", "aur", "is"], w)
    });
    all && (1..=4).contains(&n)
}

/// True if the generic number word at `ks..ke`, naming the value at `vs`,
/// is someone's own number: a person or owner word right before it (or
/// nothing of its clause), and only a few plain words between it and the
/// value ("SR number 15023335106", "nº de encomenda …" are not).
fn someones_number(text: &str, ks: usize, ke: usize, vs: usize) -> bool {
    let Some(gap) = text.get(ke..vs) else {
        return false;
    };
    if words_of(gap).count() > 4
        || !words_of(gap).all(|w| one_of(NUMBER_GAP, w) || one_of(PERSONS, w) || one_of(OWNERS, w))
    {
        return false;
    }
    // "Its number" right after a money transfer is the transfer's ("شو
    // صار بالحوالة؟ رقمها …", "bel 7awale? ra2ma …").
    let b = text.as_bytes();
    if text
        .get(ks..ke)
        .is_some_and(|k| one_of(&["رقمها", "ra2ma", "ra2amha", "ra2mha"], k))
        && b.get(ks.saturating_sub(48)..ks).is_some_and(|h| {
            ["حوال".as_bytes(), b"7awal"]
                .iter()
                .any(|t| memchr::memmem::find(h, t).is_some())
        })
    {
        return false;
    }
    // "رقمه", "رقمي", "my number": the word says whose number it is.
    if words_of(gap).any(|w| one_of(PERSONS, w))
        || text.get(ks..ke).is_some_and(|k| {
            one_of(&["رقمه", "ra2mo"], k)
                || one_of(PERSONS_NUMBER, k)
                || words_of(k).next().is_some_and(|w| one_of(OWNERS, w))
        })
    {
        return true;
    }
    let head = text.get(..ks).unwrap_or("");
    // The Arabic article glued before the word ("على الرقم …"): the word
    // before it is the one to read. (Alone, "the number" may name any
    // number: "الرقم … هو رقم الطلب", at the start of the text or of a
    // line.)
    let (head, article) = head.strip_suffix("ال").map_or((head, false), |h| (h, true));
    if article && !head.trim_end_matches([' ', '\t']).ends_with(word_char) {
        return false;
    }
    // (A line of its own starts a clause: "permisi min\nnomor aktif …".)
    let line_start = head.trim_end_matches([' ', '\t']).ends_with('\n');
    let head = head.trim_end();
    match head.chars().next_back() {
        _ if line_start => true,
        None => true,
        Some(c) if !word_char(c) => !c.is_ascii_digit(),
        Some(_) => {
            let mut words = words_of(head).rev();
            let prev = words.next().unwrap_or("");
            // (A value before it ends the field before: "pan DEPCI5871N
            // number 7302886581 email …", a list of details.)
            let value_before = prev.len() >= 6 && prev.bytes().any(|c| c.is_ascii_digit());
            one_of(OWNERS, prev)
                || value_before
                || one_of(PERSONS, prev)
                // "el número 677 432 712", "the number 0805 …": a number
                // named with its article is a line one calls (not one a
                // request was filed "with", "quedó registrado con el
                // número 0778-381561", nor one a system generated or
                // issued, "o sistema gerou o número 69946280802").
                || one_of(
                    &["el", "al", "del", "the", "o", "ao", "do", "un", "um", "ese", "that", "sul", "il"],
                    prev,
                )
                    && !words.next().is_some_and(|w| one_of(NOT_A_LINE, w))
                || one_of(GREETINGS, prev) && words.next().is_none()
                || one_of(RIGHT_OR_WRONG, prev)
                // "my US number", "mi otro número".
                || one_of(NUMBER_SORTS, prev) && words.next().is_some_and(|w| one_of(OWNERS, w))
        }
    }
}

/// Number words that say whose number it is: hers, yours or mine ("رقمها",
/// "ra2amha", "nmrti"). ("رقمه", "ra2mo", his or its, may be an account's
/// own number: "حساب، رقمه …".)
const PERSONS_NUMBER: &[&str] = &[
    "رقمها",
    "رقمك",
    "رقمي",
    "ra2ma",
    "ra2amha",
    "ra2mha",
    "ra2mi",
    "ra2ami",
    "raqmi",
    "raqamha",
    "نمرتي",
    "nmrti",
    "nemrti",
];

/// Words that say a number is the right or the wrong one ("सही नंबर …",
/// "wrong number 0803 …", "el número correcto" reads the other way).
const RIGHT_OR_WRONG: &[&str] = &[
    "correct",
    "right",
    "wrong",
    "sahi",
    "galat",
    "सही",
    "गलत",
    "salah",
    "benar",
    "betul",
    "الصح",
    "الصحيح",
    "غلط",
];

/// Greetings that open a message right before a generic number word ("hi
/// number is …", "hola, número 55 …"): the word starts the clause.
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "hola",
    "oi",
    "olá",
    "ola",
    "halo",
    "bonjour",
    "salam",
    "ciao",
    "hallo",
    "merhaba",
    "namaste",
    "مرحبا",
    "هلا",
    "please",
    "pls",
    // Darija "please" ("عافاكم النمرة ديالي …").
    "عافاكم",
    "عافاك",
    "3afak",
    "3afakom",
];

/// Words saying which of someone's numbers it is ("my US number", "my
/// other number", "mi número personal").
const NUMBER_SORTS: &[&str] = &[
    "us",
    "uk",
    "indian",
    "local",
    "personal",
    "other",
    "second",
    "alternate",
    "alternative",
    "backup",
    "home",
    "dubai",
    "uae",
    "saudi",
    "otro",
    "outro",
    "lain",
    "dusra",
    "doosra",
];

/// Words before "the number" that make it no line one calls: a request
/// filed with it, a system that generated, assigned or issued it (see
/// [`someones_number`]).
const NOT_A_LINE: &[&str] = &[
    "con",
    "com",
    "with",
    "bajo",
    "under",
    "gerou",
    "generó",
    "genero",
    "generated",
    "asignó",
    "asigno",
    "assigned",
    "atribuiu",
    "emitió",
    "emitiu",
    "issued",
    "created",
    "criou",
    "creó",
];

/// True if the word right before `vs` (after spaces, a colon or a dash)
/// is one of [`PERSONS`], after an owner word or with a possessive ("my
/// brother 602.956.5115", "wife's 98123 45678").
fn person_before(text: &str, vs: usize) -> bool {
    let before = tail(text, vs, 40);
    let head = before.trim_end_matches([' ', ':', '-', ',']);
    if before.len() - head.len() > 4 || head.is_empty() || head.ends_with(|c: char| !word_char(c)) {
        return false;
    }
    let mut words = words_of(head).rev();
    let Some(p) = words.next() else {
        return false;
    };
    // ("recovery agent 9469676129 se dhamki", "रिकवरी एजेंट 9919678791".)
    one_of(PERSONS, p) && (p.ends_with("'s") || words.next().is_some_and(|w| one_of(OWNERS, w)))
        || one_of(&["agent", "agen", "एजेंट"], p)
}

/// True if the words between a value ending at `ve` and a generic number
/// word at `ks` make the value someone's number ("8955256533 is my wife's
/// number", "… ini nomor suami saya"): at most four words, all of
/// [`NUMBER_GAP`], [`OWNERS`] or [`PERSONS`] (or a demonstrative), one of
/// them, or the word after the number word (ending at `ke`), an owner or a
/// person.
fn number_of_someone(text: &str, ve: usize, ks: usize, ke: usize) -> bool {
    let Some(gap) = text.get(ve..ks) else {
        return false;
    };
    // The owner may follow the number word ("ini nomor suami saya").
    // ("o número do meu marido", "the number of my wife".)
    let owner_after = {
        words_of(lead(text, ke, 32))
            .take(3)
            .find(|w| {
                !one_of(
                    &["do", "da", "de", "del", "of", "my", "meu", "minha", "mi"],
                    w,
                )
            })
            .is_some_and(|w| one_of(PERSONS, w) || one_of(&["saya", "aku", "mine"], w))
    };
    // ("my sons number": a possessive typed without its apostrophe.)
    let person = |w: &str| {
        one_of(PERSONS, w)
            || w.len() >= 4
                && w.ends_with('s')
                && w.get(..w.len() - 1).is_some_and(|p| one_of(PERSONS, p))
    };
    words_of(gap).count() <= 4
        && (owner_after || words_of(gap).any(|w| one_of(OWNERS, w) || person(w)))
        && words_of(gap).all(|w| {
            one_of(NUMBER_GAP, w)
                || one_of(OWNERS, w)
                || person(w)
                || one_of(
                    &[
                        "ini", "itu", "the", "this", "that", "es", "el", "o", "a", "esse", "essa",
                        "este", "esta", "ese", "esa",
                    ],
                    w,
                )
        })
}

/// Words joining items of a list ("mobile and DOB", "DOB … aur number").
const AND_WORDS: &[&str] = &["and", "aur", "or", "y", "e", "dan", "و", "plus", "n"];

/// The length of the spaces, punctuation and words of [`AND_WORDS`] that
/// open `t` (", and DOB …", " y luis…@…"): where the next item of a list
/// starts.
fn joint_len(t: &str) -> usize {
    t.split_inclusive(|c: char| !word_char(c))
        .take_while(|w| {
            let w = w.trim_end_matches(|c: char| !word_char(c));
            w.is_empty() || one_of(AND_WORDS, w)
        })
        .map(str::len)
        .sum()
}

/// True if an e-mail address follows `end` after spaces, a comma, a slash
/// or one of [`AND_WORDS`], within eight bytes and on the same line
/// ("925 352 138 y luis…@gmail.com").
fn email_listed(text: &str, end: usize) -> bool {
    let upto = |n: usize| {
        let mut hi = (end + n).min(text.len());
        while hi > end && !text.is_char_boundary(hi) {
            hi -= 1;
        }
        text.get(end..hi).unwrap_or("")
    };
    let t = upto(8);
    let skip = joint_len(t);
    // (The address read at most 64 bytes on: the locality bound.)
    let Some(rest) = upto(skip + 64).get(skip..) else {
        return false;
    };
    let gap = t.get(..skip).unwrap_or("");
    let tok = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    skip > 0
        && !gap.contains('\n')
        && gap
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | ',' | '/'))
        && tok
            .find('@')
            .is_some_and(|p| p > 0 && tok.get(p + 1..).is_some_and(|d| d.contains('.')))
}

/// True if the word right before `ks` is one of [`AND_WORDS`].
fn and_before(text: &str, ks: usize) -> bool {
    words_of(tail(text, ks, 24))
        .next_back()
        .is_some_and(|w| one_of(AND_WORDS, w))
}

/// True if the words before `i` say a message came from what is at `i`:
/// "from" (or "de", "dari", "من") right before it, and a word of a message
/// or of its coming a few words before that ("it came from", "SMS
/// recebido de", "pesan dari").
fn sms_sender(text: &str, i: usize) -> bool {
    const FROM: &[&str] = &["from", "de", "del", "desde", "dari", "من"];
    const MESSAGE: &[&str] = &[
        "sms",
        "text",
        "texted",
        "message",
        "msg",
        "came",
        "recebido",
        "recebida",
        "recibido",
        "recibida",
        "mensagem",
        "mensaje",
        "pesan",
        "رسالة",
        "مسج",
    ];
    let mut words = words_of(tail(text, i, 64)).rev();
    words.next().is_some_and(|w| one_of(FROM, w))
        && text
            .get(..i)
            .is_some_and(|t| t.trim_end().ends_with(char::is_alphabetic))
        && words.take(4).any(|w| one_of(MESSAGE, w))
}

/// The text in the `max` bytes before `end` (from a char boundary), less a
/// word the bound cuts: words read from it do not depend on text further
/// back (the scanner's locality bound).
fn tail(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while start < end && !text.is_char_boundary(start) {
        start += 1;
    }
    let head = text.get(start..end).unwrap_or("");
    if text
        .get(..start)
        .and_then(|h| h.chars().next_back())
        .is_some_and(word_char)
    {
        head.trim_start_matches(word_char)
    } else {
        head
    }
}

/// Where the line holding `i` starts, if it starts at or after `lo` (the
/// text's start counts when `lo` is 0); `None` when it starts before `lo`,
/// beyond the bytes a reader may look at.
fn line_start_from(b: &[u8], lo: usize, i: usize) -> Option<usize> {
    match memchr::memrchr(b'\n', b.get(lo..i)?) {
        Some(p) => Some(lo + p + 1),
        None if lo == 0 => Some(0),
        None => None,
    }
}

/// The text in the `max` bytes after `start` (to a char boundary), less a
/// word the bound cuts: the forward twin of [`tail`].
fn lead(text: &str, start: usize, max: usize) -> &str {
    let mut end = (start + max).min(text.len());
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    let part = text.get(start..end).unwrap_or("");
    if text
        .get(end..)
        .and_then(|t| t.chars().next())
        .is_some_and(word_char)
    {
        part.trim_end_matches(word_char)
    } else {
        part
    }
}

/// True if `c` belongs to a word of [`words_of`]: a letter or digit of any
/// script, or an apostrophe ("wife's").
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// True if the word before `i` (past a word of a number, "nº") names a
/// Brazilian identity card, "RG" or "identidade".
fn rg_before(text: &str, i: usize) -> bool {
    const NUMBER: &[&str] = &["n", "no", "nº", "n°", "num", "número", "numero"];
    let mut words = text.get(..i).map(words_of).into_iter().flatten().rev();
    let w = match words.next() {
        Some(w) if one_of(NUMBER, w) => words.next(),
        w => w,
    };
    w.is_some_and(|w| one_of(&["rg", "identidade"], w))
}

/// The words of `s`, in order.
fn words_of(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !word_char(c)).filter(|w| !w.is_empty())
}

/// Leading digits of mobile numbers after each calling code, for numbers
/// written with their country code but no `+` ("628129722301",
/// "2348172236759").
const MOBILE_LEADS: &[(&[u8], &[u8])] = &[
    (b"1", b"23456789"),
    (b"20", b"1"),
    (b"212", b"67"),
    (b"213", b"567"),
    (b"216", b"2459"),
    (b"221", b"7"),
    (b"233", b"25"),
    (b"234", b"789"),
    (b"237", b"6"),
    (b"250", b"7"),
    (b"254", b"17"),
    (b"255", b"67"),
    (b"256", b"7"),
    (b"260", b"79"),
    (b"263", b"7"),
    (b"27", b"678"),
    (b"31", b"6"),
    (b"33", b"67"),
    (b"34", b"67"),
    (b"351", b"9"),
    (b"39", b"3"),
    (b"44", b"7"),
    (b"49", b"1"),
    (b"51", b"9"),
    (b"52", b"123456789"),
    (b"54", b"9"),
    (b"55", b"123456789"),
    (b"56", b"9"),
    (b"57", b"3"),
    (b"593", b"9"),
    (b"60", b"1"),
    (b"61", b"4"),
    (b"62", b"8"),
    (b"63", b"9"),
    (b"65", b"89"),
    (b"66", b"689"),
    (b"84", b"35789"),
    (b"880", b"1"),
    (b"90", b"5"),
    (b"91", b"6789"),
    (b"92", b"3"),
    (b"94", b"7"),
    (b"961", b"37"),
    (b"962", b"7"),
    (b"965", b"569"),
    (b"966", b"5"),
    (b"968", b"79"),
    (b"971", b"5"),
    (b"973", b"36"),
    (b"974", b"3567"),
    (b"977", b"9"),
];

/// More countries' mobile leads, asked only of twelve digits or more
/// written with a calling code and no `+` (see [`mobile_lead`]): enough to
/// tell their mobiles from references, too few to read numbers of their
/// own length as mobiles elsewhere.
const MORE_MOBILE_LEADS: &[(&[u8], &[u8])] = &[
    (b"225", b"0"),
    (b"244", b"9"),
    (b"251", b"79"),
    (b"258", b"8"),
    (b"30", b"6"),
    (b"32", b"4"),
    (b"353", b"8"),
    (b"358", b"45"),
    (b"40", b"7"),
    (b"41", b"7"),
    (b"43", b"6"),
    (b"46", b"7"),
    (b"47", b"49"),
    (b"58", b"4"),
    (b"64", b"2"),
    (b"82", b"1"),
    (b"852", b"569"),
    (b"856", b"2"),
    (b"86", b"1"),
    (b"886", b"9"),
    (b"964", b"7"),
    (b"972", b"5"),
    (b"98", b"9"),
];

/// True if the digits `s` start with a calling code and one of its mobile
/// leads ([`MOBILE_LEADS`], [`MORE_MOBILE_LEADS`]).
fn mobile_lead(s: &[u8]) -> bool {
    MOBILE_LEADS
        .iter()
        .chain(MORE_MOBILE_LEADS)
        .any(|&(cc, leads)| leads_with(s, cc) && leads.contains(&at(s, cc.len())))
}

/// True if the word right after a value ending at `e` is a copula ("is",
/// "هو", "adalah"): the message goes on to say what the value is.
fn copula_after(b: &[u8], e: usize) -> bool {
    let rest = b.get(e..).unwrap_or(&[]).trim_ascii_start();
    let word_end = rest
        .iter()
        .position(|&c| c.is_ascii_whitespace() || c.is_ascii_punctuation())
        .unwrap_or(rest.len());
    // (Cut at an ASCII byte: always a `str`.)
    rest.get(..word_end)
        .and_then(|w| core::str::from_utf8(w).ok())
        .is_some_and(|w| one_of(&["is", "هو", "هي", "es", "é", "adalah", "ini"], w))
}

/// True if the digits of `sp` read as a mobile number: ten or eleven digits
/// after a trunk 0 (thirteen in Indonesia), ten starting 6–9 (India), eleven
/// with a Brazilian area code and a 9, or a calling code followed by that
/// country's mobile lead at its length.
fn mobile_shaped(sp: &Span) -> bool {
    if !sp.digits_only() {
        return false;
    }
    let s = sp.s();
    let n = sp.n;
    match sp.first() {
        b'0' => {
            matches!(sp.byte(1), b'1'..=b'9')
                && ((10..=11).contains(&n) || (12..=13).contains(&n) && s.starts_with(b"08"))
                // German mobiles from 015 to 017 may have twelve digits
                // ("0151 5577 2521").
                || n == 12 && matches!(s.get(..3), Some(b"015" | b"016" | b"017"))
                // Uruguay: 09 and seven digits ("098 625 220").
                || n == 9 && sp.byte(1) == b'9'
        }
        b'6'..=b'9' if n == 10 => true,
        // Turkey without its trunk zero, grouped the country's way ("541
        // 560 84 73"); Mexico City, typed plain or in the country's groups
        // ("55 7666 3699", "5551356748").
        b'5' if n == 10 => {
            sp.shape(&[3, 3, 2, 2])
                || matches!(sp.byte(1), b'5' | b'6') && (sp.plain() || sp.shape(&[2, 4, 4]))
        }
        // Peru and Chile: 9 and eight digits ("919 861 637", "9-7730-8004");
        // Spain: 6 and eight ("650 587 270", "672625392").
        b'6' | b'9' if n == 9 => true,
        // Singapore (8 or 9), and the Gulf's eight-digit mobiles.
        b'8' | b'9' if n == 8 => true,
        // Lebanon ("78 745 466", "71 720 688").
        b'7' if n == 8 => matches!(sp.byte(1), b'0' | b'1' | b'6' | b'8' | b'9'),
        // Buenos Aires ("1121121081", "11 2345-6789").
        b'1' if n == 10 => sp.byte(1) == b'1',
        // Senegal: 7x and seven digits, grouped the country's way ("76 969
        // 82 54"); Spain: 71 to 74 and seven digits ("723 907 853").
        b'7' if n == 9 => sp.shape(&[2, 3, 2, 2]) || matches!(sp.byte(1), b'1'..=b'4'),
        // Italy: 3xx and seven digits ("340 1508236").
        // Colombia: 300 to 305 (Italy has no 30x mobiles).
        b'3' if n == 10 && (sp.byte(1) != b'0' || matches!(sp.byte(2), b'0'..=b'5')) => true,
        // North America, grouped as one ("415.989.0630", "210 812 2047"):
        // area code and exchange start with 2 to 9.
        b'2'..=b'9' if n == 10 => {
            sp.shape(&[3, 3, 4]) && sp.uniform && matches!(sp.byte(3), b'2'..=b'9')
        }
        _ if n == 11 && sp.byte(2) == b'9' && sp.byte(1) != b'0' => true,
        // China: 13 to 19 and nine digits, in the country's 3-4-4 groups
        // ("158 3035 0794").
        b'1' if n == 11
            && matches!(sp.byte(1), b'3'..=b'9')
            && sp.shape(&[3, 4, 4])
            && sp.uniform =>
        {
            true
        }
        _ => {
            (11..=13).contains(&n)
                && MOBILE_LEADS
                    .iter()
                    .any(|&(cc, leads)| leads_with(s, cc) && leads.contains(&sp.byte(cc.len())))
                && international(s)
        }
    }
}

/// Dates: card expiry (MM/YY, MM/YYYY) and birth dates (DD/MM/YYYY,
/// YYYY-MM-DD ...). Returns true if the span is shaped like a date.
fn date_interp(c: &Compiled, b: &[u8], sp: &Span, it: &mut Interps) -> bool {
    let g = sp.glens();
    let num = |r| sp.num(r);
    let uniform = sp.uniform;
    let mut is_date = false;
    let slash_spaced = sp.seps == SEP_SLASH | SEP_SPACE && sp.ngroups == 2;
    // "expiry is 12 28": read out with a space, after an expiry word only.
    if sp.seps == SEP_SPACE && g == [2, 2] && c.on(K::CardExpiry) {
        let (m, y) = (num(0..2), num(2..4));
        if (1..=12).contains(&m) && (20..=45).contains(&y) {
            it.push(K::CardExpiry, Confidence::Medium, Gate::Ctx);
        }
    }
    // "exp 07.29", "validade 02.25": with a dot, after an expiry word only.
    // (Not after a word of a time: "it came at 12.40", "jam 10.22".)
    let dotted = sp.seps == SEP_DOT && (g == [2, 2] || g == [2, 4]) && !clock_before(b, sp.start);
    if (sp.seps_in(SEP_SLASH | SEP_DASH) || slash_spaced || dotted)
        && (g == [2, 2] || g == [2, 4] || g == [1, 2] || g == [1, 4])
    {
        let mlen = usize::from(g.first().copied().unwrap_or(2));
        let m = num(0..mlen);
        let y = num(mlen..sp.n);
        let year_ok = if sp.n - mlen == 2 {
            (15..=45).contains(&y)
        } else {
            (2015..=2045).contains(&y)
        };
        if (1..=12).contains(&m) && year_ok {
            is_date = sp.seps & SEP_SLASH != 0;
            if c.on(K::CardExpiry) {
                it.push(K::CardExpiry, Confidence::Medium, Gate::Ctx);
            }
        }
    }
    // "16. 3. 1957": day, month and year each closed by a full stop and
    // a space (Czech, Slovak, Hungarian, German).
    let dot_space = sp.ngroups == 3
        && sp.seps == SEP_DOT | SEP_SPACE
        && sp.first_sep == SEP_DOT | SEP_SPACE
        && sp.last_sep == SEP_DOT | SEP_SPACE;
    if !uniform && !dot_space {
        return is_date;
    }
    if sp.seps == SEP_SPACE {
        // "tgl lahir 10 08 1972": a date with spaces, after a birth word
        // only (it is no date to any other kind).
        if let [a @ 1..=2, bb @ 1..=2, 4] = g {
            let (a, bb) = (usize::from(*a), usize::from(*bb));
            let (d, m, y) = (num(0..a), num(a..a + bb), num(a + bb..sp.n));
            if (day_month(d, m) || day_month(m, d)) && birth_year(y) && c.on(K::DateOfBirth) {
                it.push(K::DateOfBirth, Confidence::Medium, Gate::Ctx);
            }
        }
        // ... or year first ("gimimo data 1993 01 02").
        if g == [4, 2, 2]
            && birth_year(num(0..4))
            && day_month(num(6..8), num(4..6))
            && c.on(K::DateOfBirth)
        {
            it.push(K::DateOfBirth, Confidence::Medium, Gate::Ctx);
        }
        return is_date;
    }
    let (d, m, y) = match g {
        [1 | 2, 1 | 2, 4] => {
            let a = usize::from(g.first().copied().unwrap_or(0));
            let bb = usize::from(g.get(1).copied().unwrap_or(0));
            (num(0..a), num(a..a + bb), num(a + bb..sp.n))
        }
        // (Dashed too, "15-06-74": a sort code or an OTP is told apart by
        // its own keyword.)
        [2, 2, 2] => (num(0..2), num(2..4), 1900 + num(4..6)),
        // "9/9/93", "7-22-68": a short date with a two-digit year.
        [1 | 2, 1 | 2, 2] if g != [2, 2, 2] => {
            let a = usize::from(g.first().copied().unwrap_or(0));
            let bb = usize::from(g.get(1).copied().unwrap_or(0));
            (num(0..a), num(a..a + bb), 1900 + num(a + bb..sp.n))
        }
        [4, 2, 2] => (num(6..8), num(4..6), num(0..4)),
        // "۱۳۳۹/۳/۳": a Solar Hijri year first, month and day unpadded;
        // so is a Gregorian one in East Asia ("1980/4/23").
        [4, m @ 1..=2, d @ 1..=2] => {
            let (m, d) = (usize::from(*m), usize::from(*d));
            (num(4 + m..4 + m + d), num(4..4 + m), num(0..4))
        }
        _ => return is_date,
    };
    // Day-first or month-first.
    let valid = day_month;
    // A Hijri date ("١٤٠٨/٠٣/١٢ هـ", "10-05-1399": no Gregorian birth year
    // is that early): a birth date after a birth word too.
    // So is a date of the Thai Buddhist era ("25/12/2535").
    // (Solar Hijri years run from 1300, lunar ones to 1460.)
    // So is a Bikram Sambat date, written year first ("janma miti
    // 2048-03-03", "DOB 2058.1.20 BS"), whose years run 57 ahead.
    let bikram = g.first() == Some(&4) && (2031..=2090).contains(&y);
    let other_era = ((1300..=1460).contains(&y) || buddhist_year(y) || bikram) && valid(d, m);
    if other_era && c.on(K::DateOfBirth) {
        it.push(K::DateOfBirth, Confidence::Medium, Gate::Ctx);
        return true;
    }
    if (valid(d, m) || valid(m, d)) && (1900..=2099).contains(&y) {
        // A dashed 2-2-2 date may as well be a sort code or an OTP: it
        // keeps those readings.
        is_date = !(g == [2, 2, 2] && sp.seps == SEP_DASH);
        if c.on(K::DateOfBirth) && y <= 2030 {
            it.push(K::DateOfBirth, Confidence::Medium, Gate::Ctx);
        }
    }
    is_date
}

/// True if the value ending at `e` is a number to call, by a postposition
/// and a word of calling right after it ("16247 e call kore", "16247 pe
/// call karo", "16247-এ কল করুন"): a short code or helpline, not a code
/// to keep secret. (Without the postposition, "… is 482913 call us if it
/// was not you" still reads as a code.)
fn number_to_call(b: &[u8], e: usize) -> bool {
    const POST: [&str; 8] = ["e", "pe", "par", "pr", "te", "ko", "এ", "তে"];
    // (Or where a complaint goes: "1930 pe cyber complaint kijiye".)
    const CALL: [&str; 8] = [
        "call",
        "kol",
        "কল",
        "फोन",
        "कॉल",
        "complaint",
        "cyber",
        "report",
    ];
    let mut i = e;
    if at(b, i) == b'-' {
        i += 1;
    }
    let i = skip_spaces(b, i);
    POST.iter().any(|p| {
        let p = p.as_bytes();
        b.get(i..i + p.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
            && {
                let j = i + p.len();
                let k = skip_spaces(b, j);
                k > j
                    && CALL.iter().any(|c| {
                        let c = c.as_bytes();
                        b.get(k..k + c.len())
                            .is_some_and(|w| w.eq_ignore_ascii_case(c))
                            && !at(b, k + c.len()).is_ascii_alphabetic()
                    })
            }
    })
}

/// True if the value at `s` is where something is reported, right after a
/// verb of reporting and a preposition ("i-report sa 2882", "Laporkan ke
/// 14000", "report it to 1930"): a hotline, not a code to keep secret.
fn reported_to(b: &[u8], s: usize) -> bool {
    const TO: [&[u8]; 6] = [b"to", b"sa", b"ke", b"kepada", b"al", b"au"];
    const REPORT: [&[u8]; 8] = [
        b"report",
        b"i-report",
        b"laporkan",
        b"lapor",
        b"reportar",
        b"denunciar",
        b"signaler",
        b"complain",
    ];
    let head = b.get(s.saturating_sub(32)..s).unwrap_or(&[]);
    let Some(head) = head.strip_suffix(b" ") else {
        return false;
    };
    let mut words = head.rsplit(|&c| c == b' ');
    words
        .next()
        .is_some_and(|w| TO.iter().any(|t| w.eq_ignore_ascii_case(t)))
        && words
            .take(2)
            .any(|w| REPORT.iter().any(|r| w.eq_ignore_ascii_case(r)))
}

/// Drops candidates that are fragments of a larger number: each glued
/// neighbour group must lie inside another candidate that does not overlap
/// the fragment.
fn drop_fragments(c: &mut Vec<Cand>) {
    if c.iter().all(|x| x.frag == NO_FRAG) {
        return;
    }
    // Any other candidate may explain a neighbour, fragments included: a
    // card followed by a CPF ("4144 4987 1139 0539 289.000.000-12") makes
    // each a fragment of the other's digit chain, and each explains the
    // other. Counting only non-fragments dropped both, so masking one
    // revealed the other on a second pass. An explanation must not overlap
    // the fragment, so overlapping windows of one long number still cannot
    // vouch for each other.
    // Twice: a fragment explained only by one that goes is not explained
    // ("call 0345 471 7323" read as an expiry and a CVV: the CVV's "7323"
    // is unexplained, so its "471" explains nothing). (Not to a fixed
    // point: a decision may travel one candidate further, two
    // `max_finding_len`s in all, which the locality bound covers; a chain
    // of such fragments could carry it any distance.)
    let mut whole: Vec<(usize, usize)> = Vec::with_capacity(c.len());
    for _ in 0..2 {
        whole.clear();
        whole.extend(c.iter().map(|x| (x.start, x.end)));
        whole.sort_unstable();
        let max_len = whole.iter().map(|w| w.1 - w.0).max().unwrap_or(0);
        // A neighbour is explained by a candidate that contains it and does
        // not overlap the fragment itself.
        let covered = |r: (usize, usize), x: &Cand| {
            if r == (0, 0) {
                return true;
            }
            // Candidates starting within `max_len` before the range.
            let lo = whole.partition_point(|w| w.0 + max_len < r.0);
            let hi = whole.partition_point(|w| w.0 <= r.0);
            whole
                .get(lo..hi)
                .unwrap_or(&[])
                .iter()
                .any(|w| w.0 <= r.0 && w.1 >= r.1 && (w.1 <= x.start || w.0 >= x.end))
        };
        let n = c.len();
        c.retain(|x| x.frag.iter().all(|&r| covered(r, x)));
        if c.len() == n {
            return;
        }
    }
}

/// Overlap resolution: candidates are taken in priority order (validated
/// before context-only, longer before shorter, earlier before later, then
/// kind order) and each is kept unless it overlaps one already kept. The
/// result is sorted by start and non-overlapping.
///
/// A candidate's fate depends on the overlapping candidates around it, so
/// on text within `max_finding_len` of it, except inside a run of
/// overlapping candidates (e.g. several Luhn-valid windows of one long
/// uniform digit chain), where the decision can propagate along the run.
fn resolve(c: &mut Vec<Cand>) {
    resolve_by(c, 64);
}

/// [`resolve`], keeping spans in a sorted vector while there are at most
/// `few` candidates.
fn resolve_by(c: &mut Vec<Cand>, few: usize) {
    if c.len() <= 1 {
        return;
    }
    c.sort_by(|a, b| {
        if a.beats(b) {
            core::cmp::Ordering::Less
        } else if b.beats(a) {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Equal
        }
    });
    let mut keep = vec![false; c.len()];
    // Kept spans by start, for overlap checks: a candidate is kept when the
    // kept span starting before it ends by its start and the next starts
    // at its end or later. A sorted vector while there are few (most
    // texts); a B-tree past that, since candidates come by rank, not by
    // place, and inserting in the middle of a long vector would take time
    // quadratic in the number of values.
    if c.len() <= few {
        let mut kept: Vec<(usize, usize)> = Vec::with_capacity(c.len());
        for (x, k) in c.iter().zip(keep.iter_mut()) {
            let pos = kept.partition_point(|k| k.0 < x.start);
            let left_ok = pos == 0 || kept.get(pos - 1).is_none_or(|k| k.1 <= x.start);
            let right_ok = kept.get(pos).is_none_or(|k| k.0 >= x.end);
            if left_ok && right_ok {
                kept.insert(pos, (x.start, x.end));
                *k = true;
            }
        }
    } else {
        let mut kept = std::collections::BTreeMap::new();
        for (x, k) in c.iter().zip(keep.iter_mut()) {
            let left_ok = kept
                .range(..x.start)
                .next_back()
                .is_none_or(|(_, &e)| e <= x.start);
            let right_ok = kept
                .range(x.start..)
                .next()
                .is_none_or(|(&s, _)| s >= x.end);
            if left_ok && right_ok {
                kept.insert(x.start, x.end);
                *k = true;
            }
        }
    }
    let mut flags = keep.iter();
    c.retain(|_| flags.next().copied().unwrap_or(false));
    c.sort_by_key(|x| x.start);
}

#[cfg(test)]
mod tests {
    use super::{
        CHANGED_TO, CHANGED_TO_MORE, CORRECTIONS, Cand, DIGIT_NAMES, DO_NOT_SHARE, K, RIGHT_WORDS,
        corrects, digit_name, fold_text, resolve_by, spoken_run, two_spoken_names, warning_at,
        warning_head,
    };

    proptest::proptest! {
        /// Overlap resolution keeps the same candidates whether the kept
        /// spans sit in a sorted vector or in a B-tree, and what it keeps
        /// is sorted and pairwise disjoint.
        #[test]
        fn resolve_keeps_the_same_by_vector_or_tree(
            spans in proptest::collection::vec((0usize..200, 1usize..30, 0u8..2, 0usize..3), 0..120),
        ) {
            let kinds = [K::Otp, K::Phone, K::CardNumber];
            let cands: Vec<Cand> = spans
                .iter()
                .map(|&(s, n, tier, k)| Cand {
                    tier,
                    ..Cand::context(s, s + n, kinds[k])
                })
                .collect();
            let (mut by_vec, mut by_tree) = (cands.clone(), cands);
            resolve_by(&mut by_vec, usize::MAX);
            resolve_by(&mut by_tree, 0);
            let key = |c: &Cand| (c.start, c.end, c.kind, c.tier);
            let (a, b): (Vec<_>, Vec<_>) =
                (by_vec.iter().map(key).collect(), by_tree.iter().map(key).collect());
            proptest::prop_assert_eq!(&a, &b);
            proptest::prop_assert!(a.windows(2).all(|w| w[0].1 <= w[1].0));
        }

        /// Looking back from a value finds exactly the candidates a scan of
        /// all of them finds, however the candidates came (sweeps that
        /// start again from the text's start open new runs), and `near`
        /// keeps every one that ends after its bound.
        #[test]
        fn looking_back_finds_what_a_full_scan_finds(
            sweeps in proptest::collection::vec(
                proptest::collection::vec((0usize..3000, 1usize..40), 0..60),
                1..4,
            ),
            start in 0usize..3100,
            reach in 0usize..700,
        ) {
            let mut sink = super::Sink::new("");
            for sweep in &sweeps {
                let mut sorted = sweep.clone();
                sorted.sort_unstable();
                for &(s, n) in &sorted {
                    sink.push(Cand::context(s, s + n, K::Otp));
                }
            }
            let key = |c: &Cand| (c.start, c.end);
            let got: Vec<_> = sink.ended_within(start, reach).map(key).collect();
            let want: Vec<_> = sink
                .cands
                .iter()
                .filter(|c| c.end <= start && start - c.end <= reach)
                .map(key)
                .collect();
            proptest::prop_assert_eq!(got, want);
            let lo = start.saturating_sub(reach);
            let near: Vec<_> = sink.near(lo).iter().map(key).collect();
            for c in sink.cands.iter().filter(|c| c.end > lo) {
                proptest::prop_assert!(near.contains(&key(c)));
            }
        }
    }

    /// The first-byte index of the correction phrases finds every one of
    /// them at a word start, in any ASCII case, and none inside a word.
    #[test]
    fn corrects_finds_every_phrase_at_a_word_start() {
        for w in CORRECTIONS.iter().chain(RIGHT_WORDS) {
            assert!(corrects(format!("12 {w} 34").as_bytes()), "{w}");
            assert!(corrects(w.to_ascii_uppercase().as_bytes()), "{w}");
            assert!(
                !corrects(format!("x{w}").as_bytes()) || w.starts_with(|c: char| !c.is_ascii()),
                "{w}"
            );
        }
        assert!(!corrects(b"12 ok 34"));
    }

    /// The folded copy of `t` and its map.
    fn folded(t: &str) -> (String, Vec<u32>) {
        let mut out = vec![0u8; t.len()];
        let mut map = vec![0u32; t.len() + 1];
        let n = fold_text(t.as_bytes(), &mut out, &mut map);
        out.truncate(n);
        map.truncate(n + 1);
        (String::from_utf8(out).unwrap(), map)
    }

    #[test]
    fn folding_reads_digits_spaces_and_marks_as_ascii() {
        let (f, map) = folded("\u{200e}٤١\u{a0}२\u{2011}５\u{200f}x");
        assert_eq!(f, "41 2-5x");
        // Each character of the copy points at its own in the text.
        assert_eq!(map, [3, 5, 7, 9, 12, 15, 21, 22]);
    }

    #[test]
    fn runs_of_three_marks_or_more_are_kept() {
        // One or two dropped; three kept, so the copy never shrinks by more
        // than two marks a character.
        assert_eq!(folded("a\u{200e}\u{200f}1").0, "a1");
        assert_eq!(
            folded("a\u{200e}\u{200e}\u{200e}1").0,
            "a\u{200e}\u{200e}\u{200e}1"
        );
    }

    #[test]
    fn password_change_verbs_keep_the_vectorised_prefilter() {
        // Three casings, or two; the packed searcher takes at most 64.
        assert!(CHANGED_TO.len() * 3 <= 64, "{} phrases", CHANGED_TO.len());
        assert!(
            CHANGED_TO_MORE.len() * 2 <= 64,
            "{} phrases",
            CHANGED_TO_MORE.len()
        );
    }

    #[test]
    fn warnings_are_sorted_for_their_lookup() {
        assert!(
            DO_NOT_SHARE
                .windows(2)
                .all(|w| w[0].as_bytes() <= w[1].as_bytes())
        );
        for w in DO_NOT_SHARE {
            let t = format!("{} it", w.to_ascii_uppercase());
            assert!(warning_at(t.as_bytes(), 0, t.as_bytes()[0]), "{w}");
        }
    }

    #[test]
    fn every_warning_starts_with_a_listed_head_byte() {
        for w in DO_NOT_SHARE {
            let c = w.as_bytes()[0];
            assert!(warning_head(c), "{w}");
            assert!(warning_head(c.to_ascii_uppercase()), "{w}");
        }
    }

    #[test]
    fn every_digit_name_passes_both_filters_in_any_case() {
        for &(name, v) in DIGIT_NAMES {
            assert_eq!(digit_name(name.as_bytes()), Some(v), "{name}");
            let upper = name.to_ascii_uppercase();
            assert_eq!(digit_name(upper.as_bytes()), Some(v), "{upper}");
        }
        for w in [
            "the", "one-time", "ones", "dua-dua", "nine9", "tres.", "فقط",
        ] {
            assert_eq!(digit_name(w.as_bytes()), None, "{w}");
        }
    }

    #[test]
    fn the_name_count_never_rules_out_a_run() {
        let texts = [
            "my otp is four five six seven",
            "pin: double five, one two",
            "كود خمسة، ستة، سبعة، ثمانية",
            "nomor saya kosong delapan satu dua tiga empat lima enam tujuh",
            "ONE TWO 3 4",
            // (Words of two figures count as names: "eleven, twelve" is
            // 1112 read out.)
            "eleven, twelve",
        ];
        for t in texts {
            assert!(spoken_run(t.as_bytes(), 0, &mut [0; 24]).is_ok(), "{t}");
            assert!(two_spoken_names(t.as_bytes()), "{t}");
        }
        for t in ["one 2 3 4", "no digits spoken here at all", "eleven people"] {
            assert!(!two_spoken_names(t.as_bytes()), "{t}");
        }
    }
}
