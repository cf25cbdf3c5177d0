//! [`MaskReport`], [`Replacement`] and [`Restored`].

use core::fmt;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use super::compose::{Edit, EditKind};
use super::operator::Operator;
use crate::kind::PiiKind;

/// What masking did to one text (or one stream): counts per kind and every
/// span replaced.
///
/// Masking runs passes until one changes nothing (see
/// [`Masker::mask`](crate::Masker::mask)); the report covers all of them.
/// Its spans are offsets into the original input and into the final
/// output, so slicing the input with [`Replacement::input`] gives what was
/// replaced and slicing the output with [`Replacement::output`] gives what
/// replaced it, and the text between replacements is the same in both.
///
/// ```
/// use bowline_mask::{MaskPolicy, Masker, PiiKind, Scanner};
/// let masker = Masker::new(&Scanner::new()?, MaskPolicy::new())?;
/// let text = "card 4111 1111 1111 1111, cvv 123";
/// let (masked, report) = masker.mask_with_report(text);
/// assert_eq!(masked, "card <CARD_NUMBER>, cvv ");
/// assert_eq!(report.count(PiiKind::CardNumber), 1);
/// let r = &report.replacements()[0];
/// assert_eq!(&text[r.input()], "4111 1111 1111 1111");
/// assert_eq!(&masked[r.output()], "<CARD_NUMBER>");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MaskReport {
    counts: BTreeMap<PiiKind, usize>,
    replacements: Vec<Replacement>,
    vault_failures: usize,
    defused: usize,
    blanked_from: Option<usize>,
}

impl MaskReport {
    /// How many findings of `kind` were masked (or kept, by
    /// [`Operator::Keep`]), in every pass.
    #[must_use]
    pub fn count(&self, kind: PiiKind) -> usize {
        self.counts.get(&kind).copied().unwrap_or(0)
    }

    /// Counts per kind, in [`PiiKind`] order; kinds not found are absent.
    pub fn counts(&self) -> impl Iterator<Item = (PiiKind, usize)> + '_ {
        self.counts.iter().map(|(&k, &n)| (k, n))
    }

    /// How many findings were masked or kept, of every kind, in every pass:
    /// the sum of [`counts`](Self::counts). At least the number of
    /// [`replacements`](Self::replacements) (see there).
    #[must_use]
    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }

    /// True if the text had no finding and nothing was defused.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty() && self.defused == 0
    }

    /// Every span replaced, in text order: a finding masked, or kept as it
    /// was by [`Operator::Keep`].
    ///
    /// A value found only once a neighbour was masked has its own entry.
    /// When such a value overlaps text an earlier pass wrote (the scanner
    /// reads a password in `senha: <EMAIL>`), its entry absorbs the earlier
    /// ones: one span of the input (all the values) and one of the output
    /// (what replaced them), with the later finding's kind and operator. The
    /// absorbed findings are still counted, so there can be fewer
    /// replacements than [`total`](Self::total).
    #[must_use]
    pub fn replacements(&self) -> &[Replacement] {
        &self.replacements
    }

    /// Where masking failed closed, if it did: the output offset from which
    /// every letter and digit was replaced by `*` (one `*` per byte, so no
    /// offset moved).
    ///
    /// Masking stops after a fixed number of passes (five). A text that
    /// still holds a value to mask after the last one (a chain of values
    /// each exposed by masking the one before, such as a long list of
    /// one-time codes after one "OTP") is blanked from the start of the
    /// word holding that value to the end, so nothing unmasked is returned.
    /// Blanking changes the context of what precedes it (a number before a
    /// starred unit word can read as a card), so the start moves back over
    /// a value that shows, twice at most. `None` for every other text.
    #[must_use]
    pub fn blanked_from(&self) -> Option<usize> {
        self.blanked_from
    }

    /// How many [`Operator::Vault`] findings were labelled instead because
    /// the vault failed (masking fails closed: the value never leaks).
    #[must_use]
    pub fn vault_failures(&self) -> usize {
        self.vault_failures
    }

    /// How many placeholder-shaped texts already in the input (`<EMAIL_1>`)
    /// named a placeholder this masking had already given to a value, and
    /// were rewritten with look-alike brackets (`‹EMAIL_1›`) so restore
    /// cannot put that value in their place.
    #[must_use]
    pub fn defused(&self) -> usize {
        self.defused
    }

    /// Counts one finding of `kind`, masked or kept, in any pass.
    pub(crate) fn count_finding(&mut self, kind: PiiKind) {
        *self.counts.entry(kind).or_insert(0) += 1;
    }

    /// Adds a composed edit (input offsets into the original input, output
    /// offsets into the final output); defusals are only counted.
    pub(crate) fn push_edit(&mut self, edit: Edit) {
        if let EditKind::Finding { kind, operator } = edit.what {
            self.replacements.push(Replacement {
                kind,
                operator,
                input: edit.input,
                output: edit.output,
            });
        }
    }

    pub(crate) fn blank_from(&mut self, offset: usize) {
        self.blanked_from = Some(offset);
    }

    pub(crate) fn vault_failed(&mut self) {
        self.vault_failures += 1;
    }

    pub(crate) fn defuse(&mut self) {
        self.defused += 1;
    }
}

/// One finding masked (or kept): its kind, the operator applied, and its span in
/// the input and in the output (UTF-8 byte offsets; for a stream, offsets
/// into everything pushed and everything emitted).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Replacement {
    kind: PiiKind,
    operator: Operator,
    input: Range<usize>,
    output: Range<usize>,
}

impl Replacement {
    /// The kind of the finding.
    #[must_use]
    pub fn kind(&self) -> PiiKind {
        self.kind
    }

    /// The operator applied: the policy's, [`Operator::Remove`] for
    /// sensitive authentication data, or [`Operator::Label`] when the vault
    /// failed or when a value to be given a placeholder was found only in a
    /// later pass (see [`Operator::Placeholder`]).
    #[must_use]
    pub fn operator(&self) -> Operator {
        self.operator
    }

    /// The span of the finding in the input.
    #[must_use]
    pub fn input(&self) -> Range<usize> {
        self.input.clone()
    }

    /// The span of its replacement in the output (empty for [`Operator::Remove`]).
    #[must_use]
    pub fn output(&self) -> Range<usize> {
        self.output.clone()
    }
}

/// Text with its placeholders and vault tokens put back, from
/// [`Masker::restore`](crate::Masker::restore) or
/// [`MaskSession::restore`](crate::MaskSession::restore).
///
/// `Debug` shows the counts, never the text (it holds the values again).
#[derive(Clone, PartialEq, Eq)]
pub struct Restored<'t> {
    text: Cow<'t, str>,
    count: usize,
    unknown: Vec<Range<usize>>,
}

impl<'t> Restored<'t> {
    pub(crate) fn new(text: Cow<'t, str>, restored: usize, unknown: Vec<Range<usize>>) -> Self {
        Restored {
            text,
            count: restored,
            unknown,
        }
    }

    /// The restored text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The restored text, owned or borrowed.
    #[must_use]
    pub fn into_text(self) -> Cow<'t, str> {
        self.text
    }

    /// How many markers were replaced by their value.
    #[must_use]
    pub fn restored(&self) -> usize {
        self.count
    }

    /// Spans of the input holding placeholders or vault tokens that nothing
    /// knew; they are left as they were.
    #[must_use]
    pub fn unknown(&self) -> &[Range<usize>] {
        &self.unknown
    }
}

impl fmt::Debug for Restored<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Restored")
            .field("len", &self.text.len())
            .field("restored", &self.count)
            .field("unknown", &self.unknown)
            .finish()
    }
}
