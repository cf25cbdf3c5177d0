//! [`MaskSession`]: placeholder numbering that lasts a whole conversation.

use core::fmt;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::masker::Masker;
use super::report::{MaskReport, Restored};
use super::vault::VaultError;
use crate::stream::{StreamMasker, StreamRestorer};

/// The placeholder numbers given so far, per stem, and the numbers that
/// texts already contained.
#[derive(Clone, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct SessionState {
    stems: HashMap<String, StemState>,
    /// True for the state of one `Masker::mask` call, dropped after it.
    #[cfg_attr(feature = "serde", serde(skip))]
    one_shot: bool,
}

#[derive(Clone, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
struct StemState {
    /// Normalized value -> number.
    by_value: HashMap<String, u32>,
    /// Number -> the value as first written.
    values: HashMap<u32, String>,
    /// Numbers seen in input texts before any value got them: never given.
    reserved: HashSet<u32>,
    /// The lowest number that may be free.
    next: u32,
}

impl SessionState {
    /// The state of a single masking call.
    pub(crate) fn one_shot() -> SessionState {
        SessionState {
            stems: HashMap::new(),
            one_shot: true,
        }
    }

    /// True if nothing done with this state can outlive the current call
    /// or be affected by placeholder-shaped text: a one-shot state that has
    /// given no number yet.
    pub(crate) fn is_fresh(&self) -> bool {
        self.one_shot && self.stems.is_empty()
    }

    /// The number of `normalized` (a value of the kind with this `stem`),
    /// giving it the lowest free number the first time.
    pub(crate) fn number(&mut self, stem: &str, normalized: String, original: &str) -> u32 {
        if !self.stems.contains_key(stem) {
            self.stems.insert(stem.to_owned(), StemState::default());
        }
        let Some(s) = self.stems.get_mut(stem) else {
            return 0;
        };
        if let Some(&n) = s.by_value.get(&normalized) {
            return n;
        }
        let mut n = s.next.max(1);
        while (s.reserved.contains(&n) || s.values.contains_key(&n)) && n < u32::MAX {
            n += 1;
        }
        s.next = n.saturating_add(1);
        s.by_value.insert(normalized, n);
        s.values.insert(n, original.to_owned());
        n
    }

    /// Notes a placeholder-shaped text `<STEM_N>` of the input. Returns true
    /// if `N` is already given to a value (so the text must be defused);
    /// otherwise reserves `N` so no value gets it.
    pub(crate) fn observe(&mut self, stem: &str, number: u32) -> bool {
        if let Some(s) = self.stems.get_mut(stem) {
            if s.values.contains_key(&number) {
                return true;
            }
            s.reserved.insert(number);
        } else {
            let mut s = StemState::default();
            s.reserved.insert(number);
            self.stems.insert(stem.to_owned(), s);
        }
        false
    }

    /// The value behind `<STEM_N>`.
    pub(crate) fn value(&self, stem: &str, number: u32) -> Option<&str> {
        self.stems
            .get(stem)?
            .values
            .get(&number)
            .map(String::as_str)
    }

    /// How many values have a number.
    pub(crate) fn len(&self) -> usize {
        self.stems.values().map(|s| s.values.len()).sum()
    }
}

/// Masking state that lasts a whole conversation: with
/// [`Operator::Placeholder`](crate::Operator::Placeholder), the same value
/// keeps its number in every message (`<CARD_NUMBER_1>` in the first message
/// and the fifth), and the session can restore the values later.
///
/// Created by [`Masker::session`]. `Debug` shows how many values it holds,
/// never a value.
///
/// ```
/// use bowline_mask::{MaskPolicy, Masker, Operator, Scanner};
/// let mut policy = MaskPolicy::new();
/// policy.default_operator(Operator::Placeholder);
/// let masker = Masker::new(&Scanner::new()?, policy)?;
///
/// let mut session = masker.session();
/// assert_eq!(session.mask("mail ana@example.com"), "mail <EMAIL_1>");
/// assert_eq!(session.mask("or bob@example.com?"), "or <EMAIL_2>?");
/// assert_eq!(session.mask("no, ANA@example.com"), "no, <EMAIL_1>");
///
/// // A reply written with placeholders (by a bot, a language model...)
/// let reply = session.restore("Sent to <EMAIL_1>, not <EMAIL_2>.")?;
/// assert_eq!(reply.text(), "Sent to ana@example.com, not bob@example.com.");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct MaskSession {
    pub(crate) masker: Masker,
    pub(crate) state: SessionState,
}

impl MaskSession {
    pub(crate) fn new(masker: Masker) -> MaskSession {
        MaskSession {
            masker,
            state: SessionState::default(),
        }
    }

    /// Masks one message of the conversation.
    ///
    /// Like [`Masker::mask`], except that placeholder numbers carry over
    /// from earlier messages, and that a placeholder-shaped text in the
    /// input (`<EMAIL_1>`) whose number this session already gave to a
    /// value is rewritten with look-alike brackets (`‹EMAIL_1›`), so that
    /// [`restore`](Self::restore) can never put that value in its place.
    /// (So masking this session's own output again defuses its
    /// placeholders: it is [`Masker::mask`] that is idempotent.)
    #[must_use]
    pub fn mask<'t>(&mut self, text: &'t str) -> Cow<'t, str> {
        self.masker.mask_with_state(&mut self.state, text, None)
    }

    /// Masks one message and reports what was replaced (see [`MaskReport`]).
    #[must_use]
    pub fn mask_with_report<'t>(&mut self, text: &'t str) -> (Cow<'t, str>, MaskReport) {
        let mut report = MaskReport::default();
        let masked = self
            .masker
            .mask_with_state(&mut self.state, text, Some(&mut report));
        (masked, report)
    }

    /// Puts back the values of this session's placeholders and of vault
    /// tokens (when the masker has a vault). A placeholder comes back as the
    /// value was first written (`4111 1111 1111 1111`, even if a later
    /// message wrote `4111111111111111`). Unknown markers stay as they are
    /// and are listed in [`Restored::unknown`].
    ///
    /// # Errors
    ///
    /// A [`VaultError`] if the vault fails.
    pub fn restore<'t>(&self, text: &'t str) -> Result<Restored<'t>, VaultError> {
        self.masker.restore_with(Some(&self.state), text)
    }

    /// A [`StreamRestorer`] for text that arrives in chunks (a language
    /// model's reply), restoring like [`restore`](Self::restore).
    #[must_use]
    pub fn restorer(&self) -> StreamRestorer<'_> {
        StreamRestorer::new(&self.masker, Some(&self.state))
    }

    /// A [`StreamMasker`] that masks one message arriving in chunks, with
    /// this session's placeholder numbering.
    #[must_use]
    pub fn stream(&mut self) -> StreamMasker<'_> {
        StreamMasker::with_state(self.masker.clone(), &mut self.state)
    }

    /// How many distinct values have a placeholder number.
    #[must_use]
    pub fn placeholders(&self) -> usize {
        self.state.len()
    }

    /// The masker this session uses.
    #[must_use]
    pub fn masker(&self) -> &Masker {
        &self.masker
    }
}

/// The saved state of a [`MaskSession`]: which value has which placeholder
/// number. It lets a conversation's numbering survive between requests (a
/// webhook handler that sees one message at a time): save it with
/// [`MaskSession::snapshot`], store it, and continue with
/// [`Masker::resume`].
///
/// It holds the original values, so store it as you would the values
/// themselves (encrypted, with the conversation). `Debug` never shows a
/// value. The serialized form is private to this crate and may change
/// between minor versions.
///
/// ```
/// use bowline_mask::{MaskPolicy, Masker, Operator, Scanner, SessionSnapshot};
/// let mut policy = MaskPolicy::new();
/// policy.default_operator(Operator::Placeholder);
/// let masker = Masker::new(&Scanner::new()?, policy)?;
///
/// let mut session = masker.session();
/// assert_eq!(session.mask("ana@example.com"), "<EMAIL_1>");
/// let saved = serde_json::to_string(&session.snapshot())?;
///
/// // Next request: same conversation.
/// let snapshot: SessionSnapshot = serde_json::from_str(&saved)?;
/// let mut session = masker.resume(snapshot);
/// assert_eq!(session.mask("bob@example.com or ana@example.com"), "<EMAIL_2> or <EMAIL_1>");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
#[derive(Clone, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct SessionSnapshot {
    state: SessionState,
}

#[cfg(feature = "serde")]
impl fmt::Debug for SessionSnapshot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionSnapshot")
            .field("placeholders", &self.state.len())
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "serde")]
impl MaskSession {
    /// The state of this session, to store and [`Masker::resume`] later.
    #[must_use]
    pub fn snapshot(&self) -> SessionSnapshot {
        SessionSnapshot {
            state: self.state.clone(),
        }
    }

    pub(crate) fn resume(masker: Masker, snapshot: SessionSnapshot) -> MaskSession {
        MaskSession {
            masker,
            state: snapshot.state,
        }
    }
}

impl fmt::Debug for MaskSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MaskSession")
            .field("placeholders", &self.state.len())
            .finish_non_exhaustive()
    }
}
