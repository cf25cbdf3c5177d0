//! Masking and restoring text that arrives in chunks: [`StreamMasker`] and
//! [`StreamRestorer`].
//!
//! Chat bots, websocket relays and language-model token streams deliver a
//! message a few bytes at a time. A card number can be split across two
//! chunks (`4111 11` + `11 1111 1111`), and so can a placeholder a model
//! writes (`<CARD_NU` + `MBER_1>`). Both types hold back only the tail of the
//! text that could still change, and emit the rest at once.

use core::fmt;
use std::ops::Range;

use crate::mask::{Event, MAX_MARKER_LEN, MaskReport, Masker, SessionState, VaultError};

/// Masks one text that arrives in chunks, emitting masked text as soon as
/// it is final.
///
/// Created by [`Masker::stream`] (placeholders numbered within this text) or
/// [`MaskSession::stream`](crate::MaskSession::stream) (numbered across the
/// conversation).
///
/// ```
/// use bowline_mask::{MaskPolicy, Masker, Scanner};
/// let masker = Masker::new(&Scanner::new()?, MaskPolicy::new())?;
/// let text = "my card is 4111 1111 1111 1111 and my mail ana@example.com, thanks!";
///
/// let mut stream = masker.stream();
/// let mut out = String::new();
/// for chunk in text.as_bytes().chunks(5) {
///     out += &stream.push_bytes(chunk); // chunks may split characters too
/// }
/// out += &stream.finish();
/// assert_eq!(out, masker.mask(text));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Guarantees
///
/// - The concatenated output equals [`Masker::mask`] of the concatenated
///   input (for [`push_bytes`](Self::push_bytes), of
///   [`String::from_utf8_lossy`] of the bytes), whatever the chunking.
/// - No byte of anything that could still become a finding is emitted.
/// - The text held back is bounded: at most [`max_held_back`](Self::max_held_back)
///   bytes, computed from the scanner's
///   [`max_finding_len`](crate::Scanner::max_finding_len) `L` and
///   [`reach`](crate::Scanner::reach) `R` (plus the longest marker `M` = 107
///   bytes when placeholders are used): text is emitted up to `L + R + M`
///   bytes before the end of what has arrived, in steps of at least that
///   much, so at most `2 × (L + R + M)` bytes plus 3 bytes of a split
///   character wait at any time. `L + R` bytes of already emitted text are
///   kept as context.
///
/// # Why this is correct
///
/// A finding `[s, e)` depends only on `text[s - R .. e + R]` and is at most
/// `L` bytes long. Once `N` bytes have arrived, every finding that starts
/// before `N - (L + R)` ends before `N - R`, so it is already decided; the
/// masker emits everything before that cut (and through the end of a
/// finding that straddles it). Findings the scan sees in the kept context
/// with a truncated left context end before the first byte not yet
/// emitted, so they cannot interfere.
pub struct StreamMasker<'s> {
    masker: Masker,
    state: Slot<'s>,
    window: String,
    /// Offset in `window` of the first byte not yet emitted.
    pending: usize,
    /// Offset of `window[0]` in everything pushed.
    window_abs: usize,
    /// Bytes emitted so far.
    emitted: usize,
    utf8: Utf8Carry,
    hold: usize,
    context: usize,
    step: usize,
    report: MaskReport,
    events: Vec<Event>,
}

enum Slot<'s> {
    Own(SessionState),
    Session(&'s mut SessionState),
}

impl Slot<'_> {
    fn get(&mut self) -> &mut SessionState {
        match self {
            Slot::Own(s) => s,
            Slot::Session(s) => s,
        }
    }
}

impl StreamMasker<'static> {
    pub(crate) fn new(masker: Masker) -> Self {
        StreamMasker::build(masker, Slot::Own(SessionState::one_shot()))
    }
}

impl<'s> StreamMasker<'s> {
    pub(crate) fn with_state(masker: Masker, state: &'s mut SessionState) -> Self {
        StreamMasker::build(masker, Slot::Session(state))
    }

    fn build(masker: Masker, state: Slot<'s>) -> Self {
        let (longest, reach) = masker.locality();
        let marker_len = if masker.uses_placeholders() {
            MAX_MARKER_LEN
        } else {
            0
        };
        let hold = longest.saturating_add(reach).saturating_add(marker_len);
        StreamMasker {
            masker,
            state,
            window: String::new(),
            pending: 0,
            window_abs: 0,
            emitted: 0,
            utf8: Utf8Carry::default(),
            hold,
            context: longest.saturating_add(reach),
            // Emitting in steps of `hold` bytes rescans each byte about 3
            // times (context + hold + step per step); smaller steps cut the
            // latency but rescan more.
            step: hold.max(64),
            report: MaskReport::default(),
            events: Vec::new(),
        }
    }

    /// Adds `chunk` and returns the masked text that became final (often
    /// empty).
    #[must_use]
    pub fn push(&mut self, chunk: &str) -> String {
        if self.utf8.is_empty() {
            self.window.push_str(chunk);
            self.drive(false)
        } else {
            self.push_bytes(chunk.as_bytes())
        }
    }

    /// Adds raw bytes, which may end (or start) in the middle of a UTF-8
    /// character; invalid UTF-8 becomes U+FFFD, as with
    /// [`String::from_utf8_lossy`].
    #[must_use]
    pub fn push_bytes(&mut self, chunk: &[u8]) -> String {
        self.utf8.decode(chunk, &mut self.window);
        self.drive(false)
    }

    /// Ends the text: returns everything still held back, masked.
    #[must_use]
    pub fn finish(self) -> String {
        self.finish_with_report().0
    }

    /// Ends the text and returns the rest with the report of the whole
    /// stream (offsets into everything pushed and everything emitted).
    #[must_use]
    pub fn finish_with_report(mut self) -> (String, MaskReport) {
        self.utf8.finish(&mut self.window);
        let out = self.drive(true);
        (out, self.report)
    }

    /// The report so far.
    #[must_use]
    pub fn report(&self) -> &MaskReport {
        &self.report
    }

    /// Bytes pushed but not yet emitted (including an incomplete character).
    #[must_use]
    pub fn held_back(&self) -> usize {
        self.window.len() - self.pending + self.utf8.len()
    }

    /// The most bytes ever held back between calls.
    #[must_use]
    pub fn max_held_back(&self) -> usize {
        (self.hold + self.step).max(self.hold + 4) + 3
    }

    fn drive(&mut self, at_end: bool) -> String {
        let n = self.window.len();
        if !at_end && n < self.pending + self.hold + self.step {
            return String::new();
        }
        let cut = if at_end {
            n
        } else {
            floor_boundary(&self.window, n - self.hold)
        };
        let mut events = core::mem::take(&mut self.events);
        events.clear();
        let findings = self.masker.scanner().find_iter(&self.window);
        self.masker
            .plan(&self.window, self.pending, findings, &mut events);
        let take = if at_end {
            events.len()
        } else {
            events.iter().take_while(|e| e.start() < cut).count()
        };
        let end = match take.checked_sub(1).and_then(|i| events.get(i)) {
            Some(last) => cut.max(last.end()),
            None => cut,
        };
        let mut out = String::new();
        if end > self.pending {
            out.reserve(end - self.pending);
            self.masker.apply(
                self.state.get(),
                &self.window,
                self.pending..end,
                events.get(..take).unwrap_or_default(),
                &mut out,
                Some(&mut self.report),
                self.window_abs,
                self.emitted,
            );
            self.pending = end;
        }
        self.events = events;
        self.emitted += out.len();
        if !at_end {
            let keep_from = floor_boundary(&self.window, self.pending.saturating_sub(self.context));
            self.window.drain(..keep_from);
            self.pending -= keep_from;
            self.window_abs += keep_from;
        }
        out
    }
}

impl fmt::Debug for StreamMasker<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamMasker")
            .field("held_back", &self.held_back())
            .field("max_held_back", &self.max_held_back())
            .field("emitted", &self.emitted)
            .finish_non_exhaustive()
    }
}

/// Restores placeholders and vault tokens in text that arrives in chunks
/// (a language model's streamed reply), even when a marker is split across
/// chunks (`<EMAIL` + `_1>`).
///
/// Created by [`Masker::restorer`] (vault tokens) or
/// [`MaskSession::restorer`](crate::MaskSession::restorer) (placeholders and
/// vault tokens). It holds back at most the 107 bytes of a marker that is
/// not yet complete, and its concatenated output equals restoring the
/// whole text at once.
///
/// ```
/// use bowline_mask::{MaskPolicy, Masker, Operator, Scanner};
/// let mut policy = MaskPolicy::new();
/// policy.default_operator(Operator::Placeholder);
/// let masker = Masker::new(&Scanner::new()?, policy)?;
/// let mut session = masker.session();
/// assert_eq!(session.mask("write to ana@example.com"), "write to <EMAIL_1>");
///
/// let mut restorer = session.restorer();
/// let mut reply = String::new();
/// for chunk in ["Done, I wrote to <EM", "AIL_", "1> today."] {
///     reply += &restorer.push(chunk)?;
/// }
/// reply += &restorer.finish()?;
/// assert_eq!(reply, "Done, I wrote to ana@example.com today.");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct StreamRestorer<'a> {
    masker: &'a Masker,
    session: Option<&'a SessionState>,
    buf: String,
    consumed: usize,
    restored: usize,
    unknown: Vec<Range<usize>>,
    utf8: Utf8Carry,
}

impl<'a> StreamRestorer<'a> {
    pub(crate) fn new(masker: &'a Masker, session: Option<&'a SessionState>) -> Self {
        StreamRestorer {
            masker,
            session,
            buf: String::new(),
            consumed: 0,
            restored: 0,
            unknown: Vec::new(),
            utf8: Utf8Carry::default(),
        }
    }

    /// Adds `chunk` and returns the restored text that became final.
    ///
    /// # Errors
    ///
    /// A [`VaultError`] if the vault fails; the chunk stays buffered.
    pub fn push(&mut self, chunk: &str) -> Result<String, VaultError> {
        if self.utf8.is_empty() {
            self.buf.push_str(chunk);
        } else {
            self.utf8.decode(chunk.as_bytes(), &mut self.buf);
        }
        self.drive(false)
    }

    /// Adds raw bytes, which may split UTF-8 characters (invalid UTF-8
    /// becomes U+FFFD).
    ///
    /// # Errors
    ///
    /// A [`VaultError`] if the vault fails; the bytes stay buffered.
    pub fn push_bytes(&mut self, chunk: &[u8]) -> Result<String, VaultError> {
        self.utf8.decode(chunk, &mut self.buf);
        self.drive(false)
    }

    /// Ends the text and returns the rest, restored.
    ///
    /// # Errors
    ///
    /// A [`VaultError`] if the vault fails.
    pub fn finish(mut self) -> Result<String, VaultError> {
        self.utf8.finish(&mut self.buf);
        self.drive(true)
    }

    /// How many markers were restored so far.
    #[must_use]
    pub fn restored(&self) -> usize {
        self.restored
    }

    /// Spans (offsets into everything pushed) of markers nothing knew.
    #[must_use]
    pub fn unknown(&self) -> &[Range<usize>] {
        &self.unknown
    }

    fn drive(&mut self, at_end: bool) -> Result<String, VaultError> {
        let mut out = String::new();
        let mut restored = 0;
        let mut unknown = Vec::new();
        // On error nothing is committed: the text stays buffered and the
        // counts unchanged, so a retry sees the same state.
        let used = self.masker.restore_into(
            self.session,
            &self.buf,
            at_end,
            &mut out,
            &mut restored,
            &mut unknown,
            self.consumed,
        )?;
        self.buf.drain(..used);
        self.consumed += used;
        self.restored += restored;
        self.unknown.append(&mut unknown);
        Ok(out)
    }
}

impl fmt::Debug for StreamRestorer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamRestorer")
            .field("held_back", &(self.buf.len() + self.utf8.len()))
            .field("restored", &self.restored)
            .finish_non_exhaustive()
    }
}

/// The last bytes of a chunk that end in the middle of a UTF-8 character.
#[derive(Default)]
struct Utf8Carry {
    bytes: Vec<u8>,
}

impl Utf8Carry {
    fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Appends `chunk` (after the carried bytes) to `out`, decoding like
    /// `String::from_utf8_lossy` and carrying an incomplete last character.
    fn decode(&mut self, chunk: &[u8], out: &mut String) {
        let joined;
        let mut rest: &[u8] = if self.bytes.is_empty() {
            chunk
        } else {
            let mut v = core::mem::take(&mut self.bytes);
            v.extend_from_slice(chunk);
            joined = v;
            &joined
        };
        loop {
            match core::str::from_utf8(rest) {
                Ok(s) => {
                    out.push_str(s);
                    return;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    out.push_str(core::str::from_utf8(valid).unwrap_or_default());
                    match e.error_len() {
                        None => {
                            self.bytes.extend_from_slice(after);
                            return;
                        }
                        Some(bad) => {
                            out.push(char::REPLACEMENT_CHARACTER);
                            rest = after.get(bad..).unwrap_or_default();
                        }
                    }
                }
            }
        }
    }

    /// Ends the input: an incomplete character becomes U+FFFD.
    fn finish(&mut self, out: &mut String) {
        if !self.bytes.is_empty() {
            self.bytes.clear();
            out.push(char::REPLACEMENT_CHARACTER);
        }
    }
}

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_carry_matches_lossy_decoding() {
        let inputs: &[&[u8]] = &[
            "héllo 👋 wörld".as_bytes(),
            b"\xff\xfe ok \xe2\x82",
            b"a\xe2\x82\xacb\xf0\x9f",
            b"\xed\xa0\x80x",
        ];
        for input in inputs {
            for split in 1..input.len().max(2) {
                let mut carry = Utf8Carry::default();
                let mut out = String::new();
                for chunk in input.chunks(split) {
                    carry.decode(chunk, &mut out);
                }
                carry.finish(&mut out);
                assert_eq!(
                    out,
                    String::from_utf8_lossy(input),
                    "{input:?} split {split}"
                );
            }
        }
    }
}
