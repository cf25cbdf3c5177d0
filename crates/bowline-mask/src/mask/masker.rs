//! [`Masker`], its builder and the rewriting engine shared by whole-text and
//! stream masking.

use core::fmt;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::compose::{Composer, Edit, EditKind};
use super::keyed::{TokenKey, normalize};
use super::marker::{MAX_MARKER_LEN, Marker, Parsed, is_valid_token, parse_at, stem};
use super::operator::{Operator, is_valid_fixed_char, partial};
use super::policy::MaskPolicy;
use super::report::{MaskReport, Restored};
use super::session::{MaskSession, SessionState};
use super::vault::{TokenVault, VaultError};
use crate::Scanner;
use crate::finding::Finding;
use crate::kind::PiiKind;
use crate::stream::{StreamMasker, StreamRestorer};

/// Finds PII with a [`Scanner`] and rewrites it as a [`MaskPolicy`] says.
///
/// Build it once ([`Masker::new`] or [`Masker::builder`]) and share it: it
/// is immutable, `Send + Sync`, and cloning it bumps a reference count.
///
/// ```
/// use bowline_mask::{MaskPolicy, Masker, Operator, PiiKind, Scanner};
///
/// let mut policy = MaskPolicy::new();
/// policy.set(PiiKind::CardNumber, Operator::Partial { first: 6, last: 4 });
/// let masker = Masker::new(&Scanner::new()?, policy)?;
///
/// let masked = masker.mask("card 4111 1111 1111 1111 exp 12/29, cvv 123, mail ana@example.com");
/// assert_eq!(masked, "card 4111 11** **** 1111 exp <CARD_EXPIRY>, cvv , mail <EMAIL>");
///
/// // Text without PII comes back borrowed, not copied.
/// assert!(matches!(masker.mask("hello 👋"), std::borrow::Cow::Borrowed(_)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Guarantees
///
/// - Never panics, whatever the text.
/// - Idempotent: masking masked text changes nothing (and returns it
///   borrowed), and masked text holds no finding of a kind whose operator
///   is not [`Operator::Keep`]. Masking a value changes its neighbours'
///   context (a unit word that kept a number from being a card can be part
///   of an email; an "OTP" keyword speaks of the next number once the first
///   is removed), so [`mask`](Self::mask) runs passes until one finds
///   nothing to change: see there. The one finding left on purpose is the
///   scanner reading the masker's own vault token as a value (see
///   [`Operator::Vault`]).
/// - Fails closed: a text that still holds a value after the last pass is
///   blanked from the word holding that value on
///   ([`MaskReport::blanked_from`]).
/// - Placeholders never collide with placeholder-shaped text already in the
///   input, or formed by masking (see [`Operator::Placeholder`] and
///   [`MaskSession::mask`]).
/// - Time is linear in the length of the text (times the number of passes,
///   at most five), plus the vault's time.
#[derive(Clone)]
pub struct Masker {
    inner: Arc<Inner>,
}

struct Inner {
    scanner: Scanner,
    policy: MaskPolicy,
    key: Option<TokenKey>,
    vault: Option<Arc<dyn TokenVault>>,
    /// True if some kind is masked with placeholders: only then are
    /// placeholder-shaped texts of the input looked for.
    placeholders: bool,
    /// The marker stem of every kind the scanner reports.
    stems: HashMap<PiiKind, Box<str>>,
}

/// Builds a [`Masker`] with a token key or a vault.
///
/// ```
/// use std::sync::Arc;
/// use bowline_mask::{InMemoryVault, MaskPolicy, Masker, Operator, PiiKind, Scanner, TokenKey};
///
/// let mut policy = MaskPolicy::new();
/// policy.set(PiiKind::Iban, Operator::KeyedToken).set(PiiKind::Email, Operator::Vault);
/// let masker = Masker::builder()
///     .policy(policy)
///     .token_key(TokenKey::new(&[42; 32])?)
///     .vault(Arc::new(InMemoryVault::new()))
///     .build(&Scanner::new()?)?;
/// let masked = masker.mask("IBAN DE89 3704 0044 0532 0130 00 / ana@example.com");
/// assert!(masked.starts_with("IBAN <IBAN#"));
/// assert!(masked.ends_with("> / <EMAIL@vbbbb>"));
/// // Vault tokens come back for the vault holder; keyed tokens are one-way.
/// let restored = masker.restore(&masked)?;
/// assert!(restored.text().starts_with("IBAN <IBAN#"));
/// assert!(restored.text().ends_with("> / ana@example.com"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct MaskerBuilder {
    policy: MaskPolicy,
    key: Option<TokenKey>,
    vault: Option<Arc<dyn TokenVault>>,
}

impl MaskerBuilder {
    /// The masking policy. Default: [`MaskPolicy::new`] (labels).
    pub fn policy(&mut self, policy: MaskPolicy) -> &mut Self {
        self.policy = policy;
        self
    }

    /// The key for [`Operator::KeyedToken`]. Default: none (building a
    /// masker whose policy uses keyed tokens fails).
    pub fn token_key(&mut self, key: TokenKey) -> &mut Self {
        self.key = Some(key);
        self
    }

    /// The vault for [`Operator::Vault`] and for restoring its tokens.
    /// Default: none (building a masker whose policy uses the vault fails).
    pub fn vault(&mut self, vault: Arc<dyn TokenVault>) -> &mut Self {
        self.vault = Some(vault);
        self
    }

    /// A masker that finds PII with `scanner` and masks it with this
    /// configuration.
    ///
    /// # Errors
    ///
    /// [`MaskBuildError`] if the policy uses keyed tokens without a key, the
    /// vault without a vault, or a [`Operator::Fixed`] character that is not
    /// allowed.
    pub fn build(&self, scanner: &Scanner) -> Result<Masker, MaskBuildError> {
        let mut placeholders = false;
        for (kind, op) in self.policy.operators_in_use() {
            match op {
                Operator::KeyedToken if self.key.is_none() => {
                    return Err(MaskBuildError::MissingTokenKey { kind });
                }
                Operator::Vault if self.vault.is_none() => {
                    return Err(MaskBuildError::MissingVault { kind });
                }
                Operator::Fixed(ch) if !is_valid_fixed_char(ch) => {
                    return Err(MaskBuildError::InvalidFixedChar { kind, ch });
                }
                Operator::Placeholder => placeholders = true,
                _ => {}
            }
        }
        Ok(Masker {
            inner: Arc::new(Inner {
                scanner: scanner.clone(),
                policy: self.policy.clone(),
                key: self.key.clone(),
                vault: self.vault.clone(),
                placeholders,
                stems: scanner
                    .kinds()
                    .into_iter()
                    .map(|k| (k, stem(scanner, k).into()))
                    .collect(),
            }),
        })
    }
}

impl fmt::Debug for MaskerBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MaskerBuilder")
            .field("policy", &self.policy)
            .field("token_key", &self.key.as_ref().map(|_| "<redacted>"))
            .field("vault", &self.vault.as_ref().map(|_| "<vault>"))
            .finish()
    }
}

/// Why a [`Masker`] could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MaskBuildError {
    /// The policy uses [`Operator::KeyedToken`] but no [`TokenKey`] was given.
    #[error("operator `keyed_token` for {} needs a token key", Target(*.kind))]
    #[non_exhaustive]
    MissingTokenKey {
        /// The kind whose operator it is, `None` for the default operator.
        kind: Option<PiiKind>,
    },
    /// The policy uses [`Operator::Vault`] but no [`TokenVault`] was given.
    #[error("operator `vault` for {} needs a token vault", Target(*.kind))]
    #[non_exhaustive]
    MissingVault {
        /// The kind whose operator it is, `None` for the default operator.
        kind: Option<PiiKind>,
    },
    /// An [`Operator::Fixed`] character is a letter, a digit, whitespace, a
    /// control character, `<` or `>`.
    #[error("fixed mask character `{}` for {} must not be a letter, a digit, whitespace, a control character, `<` or `>`", ch.escape_debug(), Target(*.kind))]
    #[non_exhaustive]
    InvalidFixedChar {
        /// The kind whose operator it is, `None` for the default operator.
        kind: Option<PiiKind>,
        /// The character.
        ch: char,
    },
}

struct Target(Option<PiiKind>);

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(kind) => write!(f, "kind `{kind}`"),
            None => f.write_str("the default operator"),
        }
    }
}

/// How many passes masking runs at most: up to four that mask, and a fifth
/// that only checks that nothing is left (and blanks the rest of the text
/// if something is, see [`MaskReport::blanked_from`]).
///
/// Chosen from measurement: over the labelled corpus and the benchmark
/// corpus (24,127 messages, every operator), no message needs more than
/// three masking passes, and over generated chat texts none needs more
/// than two. A stream runs one stage per pass, so each pass adds its
/// hold-back to the stream's.
pub(crate) const MAX_PASSES: usize = 5;

/// How many times fail-closed blanking moves its start back over a value
/// that blanking exposed (see `Masker::blank_from`).
pub(crate) const BLANK_ROUNDS: usize = 2;

/// Which rules a pass follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pass {
    /// The first pass: every finding is rewritten (kept ones are reported),
    /// placeholders are numbered, placeholder-shaped text of the input is
    /// noted or defused as the session state says.
    First,
    /// A later pass: only findings whose operator is not `Keep` count, a
    /// placeholder becomes a label (numbering stays in the order of the
    /// first pass, which a stream cannot know ahead), and placeholder-shaped
    /// text that masking formed (`<EMAIL_` + a removed value + `1>`) is
    /// always defused.
    Later,
}

/// One thing the engine rewrites: a finding, or a placeholder-shaped text
/// of the input.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Event {
    Finding(Finding),
    /// `<STEM_N>` at `start..end`, stem at `start + 1 .. start + 1 + stem_len`.
    Literal {
        start: usize,
        end: usize,
        stem_len: usize,
        number: u32,
    },
}

impl Event {
    pub(crate) fn start(&self) -> usize {
        match self {
            Event::Finding(f) => f.start(),
            Event::Literal { start, .. } => *start,
        }
    }

    pub(crate) fn end(&self) -> usize {
        match self {
            Event::Finding(f) => f.end(),
            Event::Literal { end, .. } => *end,
        }
    }
}

impl Masker {
    /// A masker that finds PII with `scanner` and masks it as `policy` says.
    ///
    /// # Errors
    ///
    /// [`MaskBuildError`] if the policy needs a token key or a vault (use
    /// [`Masker::builder`] for those) or has a bad [`Operator::Fixed`] character.
    pub fn new(scanner: &Scanner, policy: MaskPolicy) -> Result<Masker, MaskBuildError> {
        MaskerBuilder {
            policy,
            key: None,
            vault: None,
        }
        .build(scanner)
    }

    /// A builder, for maskers with a [`TokenKey`] or a [`TokenVault`].
    #[must_use]
    pub fn builder() -> MaskerBuilder {
        MaskerBuilder::default()
    }

    /// The scanner that finds what is masked.
    #[must_use]
    pub fn scanner(&self) -> &Scanner {
        &self.inner.scanner
    }

    /// The masking policy.
    #[must_use]
    pub fn policy(&self) -> &MaskPolicy {
        &self.inner.policy
    }

    /// Masks every finding in `text`, to a fixed point.
    ///
    /// Placeholders are numbered within this text only; use a
    /// [`MaskSession`] to number them across a conversation. Text without
    /// findings is returned borrowed, without copying.
    ///
    /// # Passes
    ///
    /// The first pass scans `text` and rewrites every finding. Masking a
    /// value changes the context of its neighbours, so the output is scanned
    /// again, and a value found only now is masked in a second pass, and so
    /// on until a pass finds nothing to change (kept findings do not count).
    /// Most texts with findings take two scans: one that masks, and one
    /// that finds nothing more. Later passes follow the policy too, with two
    /// differences: a value to be given a placeholder is labelled instead
    /// (numbers follow the first pass's order, which a stream must be able
    /// to reproduce), and placeholder-shaped text that masking itself formed
    /// is always defused.
    ///
    /// There are at most five passes. If the fifth still finds something (a
    /// chain of values each exposed by masking the one before, such as a
    /// list of five one-time codes after one "OTP"), masking fails closed:
    /// from the start of the word holding that value to the end, every
    /// letter and digit becomes `*` (see
    /// [`MaskReport::blanked_from`]).
    ///
    /// ```
    /// use bowline_mask::{MaskPolicy, Masker, Scanner};
    /// let masker = Masker::new(&Scanner::new()?, MaskPolicy::new())?;
    /// assert_eq!(masker.mask("meu cpf é 529.982.247-25"), "meu cpf é <BR_CPF>");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn mask<'t>(&self, text: &'t str) -> Cow<'t, str> {
        self.mask_with_state(&mut SessionState::one_shot(), text, None)
    }

    /// Masks every finding in `text`, as [`mask`](Self::mask) does, and
    /// reports what was replaced in every pass (see [`MaskReport`]).
    ///
    /// ```
    /// use bowline_mask::{MaskPolicy, Masker, PiiKind, Scanner};
    /// let masker = Masker::new(&Scanner::new()?, MaskPolicy::new())?;
    /// let (masked, report) = masker.mask_with_report("otp 482913, mail ana@example.com");
    /// assert_eq!(masked, "otp , mail <EMAIL>");
    /// assert_eq!(report.count(PiiKind::Otp), 1);
    /// assert_eq!(report.total(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn mask_with_report<'t>(&self, text: &'t str) -> (Cow<'t, str>, MaskReport) {
        let mut report = MaskReport::default();
        let masked = self.mask_with_state(&mut SessionState::one_shot(), text, Some(&mut report));
        (masked, report)
    }

    /// Masks `value` as a finding of `kind`, without scanning: for values
    /// already known to be PII (a webhook's phone field, a database column).
    /// The policy applies as in [`mask`](Self::mask), sensitive
    /// authentication data included.
    ///
    /// ```
    /// use bowline_mask::{MaskPolicy, Masker, Operator, PiiKind, Scanner};
    /// let mut policy = MaskPolicy::new();
    /// policy.set(PiiKind::Phone, Operator::Partial { first: 3, last: 4 });
    /// let masker = Masker::new(&Scanner::new()?, policy)?;
    /// // 13 digits: at least 7 stay hidden, so only 2 of the first 3 show.
    /// assert_eq!(masker.mask_as(PiiKind::Phone, "+5511912345678"), "+55*******5678");
    /// assert_eq!(masker.mask_as(PiiKind::Email, "ana@example.com"), "<EMAIL>");
    /// assert_eq!(masker.mask_as(PiiKind::CardPin, "1234"), "");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn mask_as(&self, kind: PiiKind, value: &str) -> String {
        let mut out = String::new();
        self.render(
            Pass::First,
            &mut SessionState::one_shot(),
            kind,
            value,
            &mut out,
            None,
        );
        out
    }

    /// A [`MaskSession`]: placeholder numbering that lasts a conversation.
    #[must_use]
    pub fn session(&self) -> MaskSession {
        MaskSession::new(self.clone())
    }

    /// Continues a conversation from a [`SessionSnapshot`](crate::SessionSnapshot) taken with
    /// [`MaskSession::snapshot`].
    #[cfg(feature = "serde")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    #[must_use]
    pub fn resume(&self, snapshot: super::session::SessionSnapshot) -> MaskSession {
        MaskSession::resume(self.clone(), snapshot)
    }

    /// A [`StreamMasker`] for one text arriving in chunks.
    #[must_use]
    pub fn stream(&self) -> StreamMasker<'static> {
        StreamMasker::new(self.clone())
    }

    /// Puts back the values of vault tokens (`<IBAN@token>`) in `text`.
    /// Placeholders need their [`MaskSession`] ([`MaskSession::restore`]);
    /// here they, and tokens the vault does not know (or every token, when
    /// the masker has no vault), are left as they are and listed in
    /// [`Restored::unknown`]. Labels, partial masks and keyed tokens are
    /// one-way.
    ///
    /// # Errors
    ///
    /// A [`VaultError`] if the vault fails.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use bowline_mask::{InMemoryVault, MaskPolicy, Masker, Operator, Scanner};
    /// let mut policy = MaskPolicy::new();
    /// policy.default_operator(Operator::Vault);
    /// let masker = Masker::builder()
    ///     .policy(policy)
    ///     .vault(Arc::new(InMemoryVault::new()))
    ///     .build(&Scanner::new()?)?;
    /// let masked = masker.mask("mail ana@example.com");
    /// assert_eq!(masked, "mail <EMAIL@vbbbb>");
    /// assert_eq!(masker.restore(&masked)?.text(), "mail ana@example.com");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn restore<'t>(&self, text: &'t str) -> Result<Restored<'t>, VaultError> {
        self.restore_with(None, text)
    }

    /// A [`StreamRestorer`] for vault tokens in text arriving in chunks.
    #[must_use]
    pub fn restorer(&self) -> StreamRestorer<'_> {
        StreamRestorer::new(self, None)
    }

    /// Whether placeholder-shaped texts of the input matter.
    pub(crate) fn uses_placeholders(&self) -> bool {
        self.inner.placeholders
    }

    pub(crate) fn mask_with_state<'t>(
        &self,
        state: &mut SessionState,
        text: &'t str,
        mut report: Option<&mut MaskReport>,
    ) -> Cow<'t, str> {
        let findings = self.inner.scanner.find_iter(text);
        // Without findings, placeholder-shaped text matters only to a state
        // that outlives this call (a session reserves its numbers) or that
        // already gave numbers (which may need defusing).
        if findings.len() == 0
            && !(self.inner.placeholders && !state.is_fresh() && text.contains('<'))
        {
            return Cow::Borrowed(text);
        }
        let mut events = Vec::new();
        self.plan(Pass::First, text, 0, findings, &[], &mut events);
        if events.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut edits = Vec::new();
        let changed = self.apply(
            Pass::First,
            state,
            text,
            0..text.len(),
            &events,
            &mut out,
            &mut edits,
            report.as_deref_mut(),
            0,
            0,
        );
        if !changed {
            // Only kept findings: the text is its own fixed point.
            if let Some(r) = report {
                for e in edits {
                    r.push_edit(e);
                }
            }
            return Cow::Borrowed(text);
        }
        // Masking a value changes its neighbours' context, so the output
        // may hold values the first pass could not see. Mask again until a
        // pass finds nothing to change.
        let mut passes = vec![edits];
        for pass in 2..=MAX_PASSES {
            events.clear();
            let prev = passes.last().map_or(&[][..], Vec::as_slice);
            let findings = self.inner.scanner.find_iter(&out);
            self.plan(Pass::Later, &out, 0, findings, prev, &mut events);
            let Some(first) = events.first() else {
                break;
            };
            if pass == MAX_PASSES {
                // Fail closed: blank from the word holding the first thing
                // left to the end.
                let from = self.blank_from(&out, first.start());
                if let Some(r) = report.as_deref_mut() {
                    if let Event::Finding(f) = first {
                        r.count_finding(f.kind());
                    }
                    r.blank_from(from);
                }
                let tail = out.split_off(from);
                blank_into(&tail, &mut out);
                break;
            }
            let mut next = String::with_capacity(out.len());
            let mut edits = Vec::new();
            self.apply(
                Pass::Later,
                state,
                &out,
                0..out.len(),
                &events,
                &mut next,
                &mut edits,
                report.as_deref_mut(),
                0,
                0,
            );
            passes.push(edits);
            out = next;
        }
        if let Some(r) = report {
            let mut passes = passes.into_iter();
            let mut composed = passes.next().unwrap_or_default();
            for own in passes {
                composed = Composer::compose(composed, own);
            }
            for e in composed {
                r.push_edit(e);
            }
        }
        Cow::Owned(out)
    }

    /// Lists, in order, the findings starting at or after `from` that the
    /// pass rewrites and the placeholder-shaped texts between them (those
    /// overlapping a finding are ignored: the finding wins). `prev` holds
    /// the previous pass's edits (output offsets in `text`); later passes
    /// need them to tell text that masking formed from text the first pass
    /// already saw.
    pub(crate) fn plan(
        &self,
        pass: Pass,
        text: &str,
        from: usize,
        findings: impl Iterator<Item = Finding>,
        prev: &[Edit],
        events: &mut Vec<Event>,
    ) {
        let placeholders = self.inner.placeholders;
        let mut pos = from;
        let mut prev_at = 0;
        for f in findings {
            if f.start() < from
                || (pass == Pass::Later && self.inner.policy.operator(f.kind()) == Operator::Keep)
                || self.inside_own_vault_token(text, &f)
            {
                continue;
            }
            if placeholders {
                literals(text, pos, f.start(), pass, prev, &mut prev_at, events);
            }
            events.push(Event::Finding(f));
            pos = f.end();
        }
        if placeholders {
            literals(text, pos, text.len(), pass, prev, &mut prev_at, events);
        }
    }

    /// True if `f` lies strictly inside a vault token this masker's vault
    /// issued (`<UPI_ID@vbbbb>`). The scanner reads `UPI_ID@vbbbb` as a UPI
    /// id next to the word "upi"; masking it again would nest tokens
    /// forever. A token the vault does not know (or cannot confirm) is
    /// masked like any other text.
    fn inside_own_vault_token(&self, text: &str, f: &Finding) -> bool {
        let Some(vault) = &self.inner.vault else {
            return false;
        };
        let lo = f.start().saturating_sub(MAX_MARKER_LEN);
        // A marker holds no `<` inside, so only the nearest one can start a
        // marker around `f`.
        let Some(open) = text
            .as_bytes()
            .get(lo..f.start())
            .and_then(|b| memchr::memrchr(b'<', b))
            .map(|i| i + lo)
        else {
            return false;
        };
        match parse_at(text, open) {
            Parsed::Found {
                marker: Marker::Vault { token },
                len,
            } if open + len > f.end() => matches!(vault.detokenize(token), Ok(Some(_))),
            _ => false,
        }
    }

    /// Writes `text[range]` to `out` with `events` (which lie inside
    /// `range`, in order) rewritten, and adds what changed to `edits`
    /// (offsets shifted by `in_shift` and `out_shift`). Returns true if the
    /// output differs from the input.
    #[expect(
        clippy::too_many_arguments,
        reason = "internal engine entry shared by whole-text and stream masking"
    )]
    pub(crate) fn apply(
        &self,
        pass: Pass,
        state: &mut SessionState,
        text: &str,
        range: Range<usize>,
        events: &[Event],
        out: &mut String,
        edits: &mut Vec<Edit>,
        mut report: Option<&mut MaskReport>,
        in_shift: usize,
        out_shift: usize,
    ) -> bool {
        let mut pos = range.start;
        let mut changed = false;
        for ev in events {
            out.push_str(text.get(pos..ev.start()).unwrap_or_default());
            let out_start = out.len();
            match *ev {
                Event::Finding(f) => {
                    let value = text.get(f.range()).unwrap_or_default();
                    let applied =
                        self.render(pass, state, f.kind(), value, out, report.as_deref_mut());
                    if let Some(r) = report.as_deref_mut() {
                        r.count_finding(f.kind());
                    }
                    edits.push(Edit {
                        input: in_shift + f.start()..in_shift + f.end(),
                        output: out_shift + out_start..out_shift + out.len(),
                        what: EditKind::Finding {
                            kind: f.kind(),
                            operator: applied,
                        },
                    });
                    changed |= applied != Operator::Keep;
                }
                Event::Literal {
                    start,
                    end,
                    stem_len,
                    number,
                } => {
                    let stem = text
                        .get(start + 1..start + 1 + stem_len)
                        .unwrap_or_default();
                    let inner = text.get(start + 1..end - 1).unwrap_or_default();
                    if pass == Pass::Later || state.observe(stem, number) {
                        out.push('‹');
                        out.push_str(inner);
                        out.push('›');
                        if let Some(r) = report.as_deref_mut() {
                            r.defuse();
                        }
                        edits.push(Edit {
                            input: in_shift + start..in_shift + end,
                            output: out_shift + out_start..out_shift + out.len(),
                            what: EditKind::Defuse,
                        });
                        changed = true;
                    } else {
                        out.push_str(text.get(start..end).unwrap_or_default());
                    }
                }
            }
            pos = ev.end();
        }
        out.push_str(text.get(pos..range.end).unwrap_or_default());
        changed
    }

    /// Writes the replacement of `value` (a finding of `kind`) and returns
    /// the operator actually applied.
    fn render(
        &self,
        pass: Pass,
        state: &mut SessionState,
        kind: PiiKind,
        value: &str,
        out: &mut String,
        report: Option<&mut MaskReport>,
    ) -> Operator {
        let inner = &*self.inner;
        let op = match inner.policy.operator(kind) {
            // Numbers follow the order in which the first pass meets values;
            // a stream cannot know which values a later pass will find
            // before the first pass has seen the whole text.
            Operator::Placeholder if pass == Pass::Later => Operator::Label,
            op => op,
        };
        match op {
            Operator::Remove => {}
            Operator::Keep => out.push_str(value),
            Operator::Label => self.label(kind, out),
            Operator::Placeholder => {
                let stem = self.stem(kind);
                let n = state.number(&stem, normalize(kind, value), value);
                out.push('<');
                out.push_str(&stem);
                out.push('_');
                out.push_str(&n.to_string());
                out.push('>');
            }
            Operator::Partial { first, last } => {
                partial(
                    kind,
                    value,
                    first,
                    last,
                    inner.policy.allows_eight_digit_bin(),
                    out,
                );
            }
            Operator::Fixed(ch) => out.extend(value.chars().map(|_| ch)),
            Operator::KeyedToken => {
                // The builder refuses keyed tokens without a key, so the
                // `else` is unreachable; it labels rather than panics.
                let Some(key) = &inner.key else {
                    self.label(kind, out);
                    return Operator::Label;
                };
                let stem = self.stem(kind);
                out.push('<');
                out.push_str(&stem);
                out.push('#');
                key.token(&stem, &normalize(kind, value), out);
                out.push('>');
            }
            Operator::Vault => {
                let token = inner.vault.as_ref().map(|v| v.tokenize(kind, value));
                match token {
                    Some(Ok(token)) if is_valid_token(&token) => {
                        out.push('<');
                        out.push_str(&self.stem(kind));
                        out.push('@');
                        out.push_str(&token);
                        out.push('>');
                    }
                    _ => {
                        // Fail closed: a vault that fails must not leak the value.
                        if let Some(r) = report {
                            r.vault_failed();
                        }
                        self.label(kind, out);
                        return Operator::Label;
                    }
                }
            }
        }
        op
    }

    /// The marker stem of `kind`, computed at build time for the scanner's kinds.
    fn stem(&self, kind: PiiKind) -> Cow<'_, str> {
        match self.inner.stems.get(&kind) {
            Some(s) => Cow::Borrowed(s),
            None => Cow::Owned(stem(&self.inner.scanner, kind)),
        }
    }

    fn label(&self, kind: PiiKind, out: &mut String) {
        out.push('<');
        out.push_str(&self.stem(kind));
        out.push('>');
    }

    pub(crate) fn restore_with<'t>(
        &self,
        session: Option<&SessionState>,
        text: &'t str,
    ) -> Result<Restored<'t>, VaultError> {
        if !text.contains('<') {
            return Ok(Restored::new(Cow::Borrowed(text), 0, Vec::new()));
        }
        let mut out = String::new();
        let mut restored = 0;
        let mut unknown = Vec::new();
        self.restore_into(
            session,
            text,
            true,
            &mut out,
            &mut restored,
            &mut unknown,
            0,
        )?;
        let text = if restored == 0 {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(out)
        };
        Ok(Restored::new(text, restored, unknown))
    }

    /// Writes `text` to `out` with known markers replaced by their values.
    /// Unless `at_end`, stops before a `<` that more text could turn into a
    /// marker. Returns how many bytes of `text` were consumed.
    #[expect(
        clippy::too_many_arguments,
        reason = "internal engine entry shared by whole-text and stream restore"
    )]
    pub(crate) fn restore_into(
        &self,
        session: Option<&SessionState>,
        text: &str,
        at_end: bool,
        out: &mut String,
        restored: &mut usize,
        unknown: &mut Vec<Range<usize>>,
        shift: usize,
    ) -> Result<usize, VaultError> {
        let bytes = text.as_bytes();
        let mut pos = 0;
        let mut search = 0;
        while let Some(p) = bytes
            .get(search..)
            .and_then(|b| memchr::memchr(b'<', b))
            .map(|i| i + search)
        {
            match parse_at(text, p) {
                Parsed::Found { marker, len } => {
                    let value = match marker {
                        Marker::Placeholder { stem, number } => Some(
                            session
                                .and_then(|s| s.value(stem, number))
                                .map(str::to_owned),
                        ),
                        Marker::Vault { token } => Some(match &self.inner.vault {
                            Some(v) => v.detokenize(token)?,
                            None => None,
                        }),
                        Marker::Label | Marker::Keyed => None,
                    };
                    match value {
                        Some(Some(v)) => {
                            out.push_str(text.get(pos..p).unwrap_or_default());
                            out.push_str(&v);
                            *restored += 1;
                            pos = p + len;
                        }
                        Some(None) => unknown.push(shift + p..shift + p + len),
                        None => {}
                    }
                    search = p + len;
                }
                Parsed::NotMarker => search = p + 1,
                Parsed::Incomplete => {
                    if at_end {
                        search = p + 1;
                    } else {
                        out.push_str(text.get(pos..p).unwrap_or_default());
                        return Ok(p);
                    }
                }
            }
        }
        out.push_str(text.get(pos..).unwrap_or_default());
        Ok(text.len())
    }

    /// How far before a value left after the last pass blanking may start
    /// (see [`Masker::blank_from`]): the longest finding `L` to reach the
    /// start of its word, then `R + 2L` (reach, a finding, its word) for
    /// each round of moving back over an exposed value.
    pub(crate) fn blank_lookback(&self) -> usize {
        let l = self.inner.scanner.max_finding_len();
        let r = self.inner.scanner.reach();
        let round = r.saturating_add(l.saturating_mul(2));
        l.saturating_add(round.saturating_mul(BLANK_ROUNDS))
    }

    /// Where masking that did not settle starts blanking `text`, for a
    /// value left at `at`: the start of the word holding it. Blanking
    /// changes the context of what precedes it (a card before a unit word
    /// shows once the unit is starred), so the blanked text is scanned
    /// again, and the start moves back over a value that shows, for at
    /// most [`BLANK_ROUNDS`] rounds and never more than
    /// [`blank_lookback`](Self::blank_lookback) bytes before `at`. `text`
    /// must hold at least the scanner's reach after `at`, or end (a stream
    /// stage calls this on its window).
    pub(crate) fn blank_from(&self, text: &str, at: usize) -> usize {
        let l = self.inner.scanner.max_finding_len();
        let floor = at.saturating_sub(self.blank_lookback());
        let mut from = blank_start(text, at, l).max(floor);
        let mut trial = String::with_capacity(text.len());
        for _ in 0..BLANK_ROUNDS {
            trial.clear();
            trial.push_str(text.get(..from).unwrap_or_default());
            blank_into(text.get(from..).unwrap_or_default(), &mut trial);
            let exposed = self.inner.scanner.find_iter(&trial).find(|f| {
                f.start() < from
                    && f.end() > floor
                    && self.inner.policy.operator(f.kind()) != Operator::Keep
                    && !self.inside_own_vault_token(&trial, f)
            });
            let Some(f) = exposed else {
                break;
            };
            let next = blank_start(&trial, f.start(), l).max(floor);
            if next >= from {
                break;
            }
            from = next;
        }
        from
    }

    /// The most bytes a finding or placeholder-shaped text can span, and the
    /// scanner's reach: what a stream must hold back.
    pub(crate) fn locality(&self) -> (usize, usize) {
        let scanner = &self.inner.scanner;
        let mut longest = scanner.max_finding_len();
        if self.inner.placeholders {
            longest = longest.max(super::marker::MAX_MARKER_LEN);
        }
        (longest, scanner.reach())
    }
}

/// Adds the placeholder-shaped texts lying wholly inside `text[from..to]`
/// that `pass` rewrites or notes: all of them in the first pass; in a later
/// pass, only those that masking formed (see [`formed_by_masking`]).
fn literals(
    text: &str,
    from: usize,
    to: usize,
    pass: Pass,
    prev: &[Edit],
    prev_at: &mut usize,
    events: &mut Vec<Event>,
) {
    let bytes = text.as_bytes();
    let mut search = from;
    while let Some(p) = bytes
        .get(search..to)
        .and_then(|b| memchr::memchr(b'<', b))
        .map(|i| i + search)
    {
        match parse_at(text, p) {
            Parsed::Found {
                marker: Marker::Placeholder { stem, number },
                len,
            } if p + len <= to => {
                if pass == Pass::First || formed_by_masking(p..p + len, prev, prev_at) {
                    events.push(Event::Literal {
                        start: p,
                        end: p + len,
                        stem_len: stem.len(),
                        number,
                    });
                }
                search = p + len;
            }
            _ => search = p + 1,
        }
    }
}

/// True if the placeholder-shaped text at `span` overlaps what the previous
/// pass changed (`prev`, by output span) and is not a placeholder that pass
/// wrote. Text the previous pass left alone was already seen by the pass
/// before it (by induction, by the first pass, or is a placeholder the first
/// pass wrote); text it formed is new and is defused. `prev_at` is a cursor
/// into `prev` for texts met in order.
fn formed_by_masking(span: Range<usize>, prev: &[Edit], prev_at: &mut usize) -> bool {
    while prev.get(*prev_at).is_some_and(|e| {
        e.output.end < span.start || (e.output.end == span.start && !e.output.is_empty())
    }) {
        *prev_at += 1;
    }
    for e in prev.get(*prev_at..).unwrap_or_default() {
        let out = &e.output;
        if out.start >= span.end {
            break;
        }
        let overlaps = if out.is_empty() {
            span.start < out.start && out.start < span.end
        } else {
            out.start < span.end && span.start < out.end
        };
        if overlaps && e.changes_text() {
            let ours = *out == span
                && matches!(
                    e.what,
                    EditKind::Finding {
                        operator: Operator::Placeholder,
                        ..
                    }
                );
            return !ours;
        }
    }
    false
}

/// Where blanking starts for something left at `at`: the start of the
/// word (run of non-whitespace) holding it, at most `lookback` bytes
/// before. Blanking half a word would leave letters before `*`s, which the
/// scanner can read as a password (`JX**********`).
fn blank_start(text: &str, at: usize, lookback: usize) -> usize {
    let floor = at.saturating_sub(lookback);
    let mut start = at;
    for (i, ch) in text.get(..at).unwrap_or_default().char_indices().rev() {
        if i < floor || ch.is_whitespace() {
            break;
        }
        start = i;
    }
    start
}

/// Writes `tail` to `out` with every letter and digit replaced by one `*`
/// per byte, so that offsets do not move: the fail-closed end of masking.
pub(crate) fn blank_into(tail: &str, out: &mut String) {
    for ch in tail.chars() {
        if ch.is_alphanumeric() {
            for _ in 0..ch.len_utf8() {
                out.push('*');
            }
        } else {
            out.push(ch);
        }
    }
}

impl fmt::Debug for Masker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Masker")
            .field("policy", &self.inner.policy)
            .field("token_key", &self.inner.key.as_ref().map(|_| "<redacted>"))
            .field("vault", &self.inner.vault.as_ref().map(|_| "<vault>"))
            .finish_non_exhaustive()
    }
}
