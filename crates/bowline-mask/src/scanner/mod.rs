//! The [`Scanner`]: a compiled, immutable detector for every enabled kind.

pub(crate) mod builder;
mod context;
pub(crate) mod engine;
mod messy;
mod numwords;
pub(crate) mod offsets;
mod spelled;
mod text;
mod trie;

use std::sync::Arc;

use crate::finding::Finding;
use crate::kind::PiiKind;
use builder::ScannerBuilder;
use engine::Compiled;

/// A compiled detector for every enabled kind.
///
/// Build one with [`Scanner::new`] (default catalogue) or
/// [`Scanner::builder`], then share it: it is immutable, `Send + Sync`, and
/// cloning it only bumps a reference count.
///
/// # Results
///
/// Findings come out sorted by start offset and never overlap. When
/// candidates overlap, one rule decides, in this order: a kind backed by a
/// check digit or strict structure beats a context-only kind; a longer match
/// beats a shorter one; an earlier start wins; then the kind declared first
/// in [`PiiKind`] wins. Candidates are taken in that order and each is kept
/// unless it overlaps one already kept.
///
/// # Example
///
/// ```
/// use bowline_mask::{PiiKind, Scanner};
/// let scanner = Scanner::new()?;
/// let text = "cartão 4111 1111 1111 1111, cvv 123 🙏";
/// let kinds: Vec<PiiKind> = scanner.find_iter(text).map(|f| f.kind()).collect();
/// assert_eq!(kinds, [PiiKind::CardNumber, PiiKind::CardSecurityCode]);
/// # Ok::<(), bowline_mask::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Scanner {
    pub(crate) inner: Arc<Compiled>,
}

impl Scanner {
    /// A scanner with the default catalogue: every built-in kind, minimum
    /// confidence `Low`, 48-character context window.
    ///
    /// # Errors
    ///
    /// The default catalogue always compiles; the `Result` is kept for
    /// symmetry with [`ScannerBuilder::build`].
    ///
    /// ```
    /// let scanner = bowline_mask::Scanner::new()?;
    /// assert!(scanner.find_all("no pii here 🙂").is_empty());
    /// # Ok::<(), bowline_mask::BuildError>(())
    /// ```
    pub fn new() -> Result<Scanner, builder::BuildError> {
        ScannerBuilder::default().build()
    }

    /// A builder with the default configuration.
    #[must_use]
    pub fn builder() -> ScannerBuilder {
        ScannerBuilder::default()
    }

    /// Iterates over the findings in `text`, sorted by start offset and
    /// non-overlapping.
    ///
    /// The whole text is scanned when the iterator is created. Scanning a
    /// text with no findings does not allocate, unless it holds more than
    /// 96 context keywords (past 4 KiB: within one window of a candidate).
    ///
    /// ```
    /// use bowline_mask::{PiiKind, Scanner};
    /// let scanner = Scanner::new()?;
    /// let text = "upi: ravi.k@okaxis, email ravi@example.in";
    /// let kinds: Vec<PiiKind> = scanner.find_iter(text).map(|f| f.kind()).collect();
    /// assert_eq!(kinds, [PiiKind::UpiId, PiiKind::Email]);
    /// # Ok::<(), bowline_mask::BuildError>(())
    /// ```
    pub fn find_iter<'s, 't>(&'s self, text: &'t str) -> FindIter<'s, 't> {
        let mut out = Vec::new();
        self.inner.scan(text, &mut out);
        FindIter {
            inner: out.into_iter(),
            _scanner: core::marker::PhantomData,
            _text: core::marker::PhantomData,
        }
    }

    /// All findings in `text`, sorted by start offset and non-overlapping.
    ///
    /// ```
    /// use bowline_mask::{PiiKind, Scanner};
    /// let scanner = Scanner::new()?;
    /// let found = scanner.find_all("IBAN: DE89 3704 0044 0532 0130 00");
    /// assert_eq!(found[0].kind(), PiiKind::Iban);
    /// assert_eq!(found[0].start(), 6);
    /// # Ok::<(), bowline_mask::BuildError>(())
    /// ```
    #[must_use]
    pub fn find_all(&self, text: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        self.inner.scan(text, &mut out);
        out
    }

    /// True if `text` contains at least one finding.
    ///
    /// ```
    /// let scanner = bowline_mask::Scanner::new()?;
    /// assert!(scanner.is_match("my otp is 482913"));
    /// assert!(!scanner.is_match("order 482913 shipped"));
    /// # Ok::<(), bowline_mask::BuildError>(())
    /// ```
    #[must_use]
    pub fn is_match(&self, text: &str) -> bool {
        self.find_iter(text).next().is_some()
    }

    /// The name of `kind`: the `snake_case` name of a built-in kind, or the
    /// caller's name of a custom kind (`"custom"` for a custom kind this
    /// scanner did not issue).
    ///
    /// ```
    /// use bowline_mask::{PiiKind, Scanner};
    /// let scanner = Scanner::builder().dictionary("vip", ["Ana Souza"]).build()?;
    /// let vip = scanner.custom_kind("vip").unwrap_or(PiiKind::Email);
    /// assert_eq!(scanner.kind_name(vip), "vip");
    /// assert_eq!(scanner.kind_name(PiiKind::BrCpf), "br_cpf");
    /// # Ok::<(), bowline_mask::BuildError>(())
    /// ```
    #[must_use]
    pub fn kind_name(&self, kind: PiiKind) -> &str {
        match kind {
            PiiKind::Custom(c) => self
                .inner
                .custom_names
                .get(usize::from(c.0))
                .map_or("custom", String::as_str),
            other => other.as_str(),
        }
    }

    /// The custom kind registered under `name`, if any.
    #[must_use]
    pub fn custom_kind(&self, name: &str) -> Option<PiiKind> {
        let i = self.inner.custom_names.iter().position(|n| n == name)?;
        Some(PiiKind::Custom(crate::kind::CustomKind(
            u16::try_from(i).ok()?,
        )))
    }

    /// The kinds this scanner reports: enabled built-ins, then custom kinds.
    #[must_use]
    pub fn kinds(&self) -> Vec<PiiKind> {
        let mut v = self.inner.enabled_list.clone();
        for i in 0..self.inner.custom_names.len() {
            if let Ok(id) = u16::try_from(i) {
                v.push(PiiKind::Custom(crate::kind::CustomKind(id)));
            }
        }
        v
    }

    /// The locality bound, in bytes: whether a span `[s, e)` is reported,
    /// and with which kind and confidence, depends only on
    /// `text[s - reach .. e + reach]` (clamped to the text).
    ///
    /// It covers the context window (converted to bytes at 4 bytes per
    /// character), the longest candidate a neighbouring group can belong to,
    /// and the span of overlapping candidates. Characters read as others
    /// (digits of other scripts, spaces of other widths) count as one
    /// character each; invisible marks are dropped only in runs of one or
    /// two, so they at most triple a window's length in characters, well
    /// inside the bound's allowance for neighbouring candidates. Stream maskers hold back this
    /// much text (plus [`max_finding_len`](Self::max_finding_len)) at a chunk
    /// boundary. Two exceptions are documented rather than hidden: inside a
    /// run of overlapping candidates (several valid windows of one long
    /// uniform digit chain) the greedy overlap resolution can propagate a
    /// decision along the run; and for custom recognizers the bound holds
    /// when matches of one pattern never abut each other (leftmost-first
    /// matching over a text can shift when an earlier match moves).
    #[must_use]
    pub fn reach(&self) -> usize {
        self.inner.reach
    }

    /// The longest finding this scanner can report, in bytes.
    #[must_use]
    pub fn max_finding_len(&self) -> usize {
        self.inner.max_finding_len
    }
}

/// An iterator over the findings of one text, created by [`Scanner::find_iter`].
#[derive(Debug)]
pub struct FindIter<'s, 't> {
    inner: std::vec::IntoIter<Finding>,
    _scanner: core::marker::PhantomData<&'s Scanner>,
    _text: core::marker::PhantomData<&'t str>,
}

impl Iterator for FindIter<'_, '_> {
    type Item = Finding;

    fn next(&mut self) -> Option<Finding> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for FindIter<'_, '_> {}
impl core::iter::FusedIterator for FindIter<'_, '_> {}
