//! Masking and restoring text that arrives in chunks: [`StreamMasker`] and
//! [`StreamRestorer`].
//!
//! Chat bots, websocket relays and language-model token streams deliver a
//! message a few bytes at a time. A card number can be split across two
//! chunks (`4111 11` + `11 1111 1111`), and so can a placeholder a model
//! writes (`<CARD_NU` + `MBER_1>`). Both types hold back only the tail of the
//! text that could still change, and emit the rest at once.

use core::fmt;
use std::collections::VecDeque;
use std::ops::Range;

use crate::mask::{
    Composer, Edit, Event, MAX_MARKER_LEN, MAX_PASSES, MaskReport, Masker, Pass, SessionState,
    VaultError, blank_into,
};

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
///   [`String::from_utf8_lossy`] of the bytes), whatever the chunking, and
///   so does the report of [`finish_with_report`](Self::finish_with_report)
///   (for a [`TokenVault`](crate::TokenVault) that gives a value the same
///   token every time, and knows the same tokens: text shaped like a token
///   the vault issued is left alone, see [`Operator::Vault`](crate::Operator::Vault)).
/// - No byte of anything that could still become a finding, in any pass,
///   is emitted.
/// - The text held back is bounded: at most
///   [`max_held_back`](Self::max_held_back) bytes, computed from the
///   scanner's [`max_finding_len`](crate::Scanner::max_finding_len) `L` and
///   [`reach`](crate::Scanner::reach) `R` (plus the longest marker `M` = 107
///   bytes when placeholders are used). With `H = L + R + M`, the first
///   stage waits for `2H` bytes, the three next for `H + 4`, and the last
///   one for `H + B + 4`, where `B = 5L + 2R` is how far back it may blank
///   if masking does not settle (see [`MaskReport::blanked_from`]), plus 3
///   bytes of a split character: `6H + 5L + 2R + 19` in all, about 30 KB
///   with the default scanner.
///
/// # Why this is correct
///
/// Whole-text masking runs up to five passes (see [`Masker::mask`]); the
/// stream chains five single-pass stages, each one's output feeding the
/// next. A stage is the single-pass stream masker: a finding `[s, e)`
/// depends only on `text[s - R .. e + R]` and is at most `L` bytes long, so
/// once `N` bytes have reached a stage, every finding that starts before
/// `N - (L + R)` ends before `N - R` and is decided; the stage emits
/// everything before that cut (and through the end of a finding that
/// straddles it), keeping `L + R` bytes of emitted text as context. Its
/// concatenated output is therefore one pass over its whole input, and five
/// chained stages are five passes over the whole text; stages after the
/// fixed point copy their input. A later stage scans only near what the
/// stage before it changed: elsewhere its input reads as it did to that
/// stage, which already masked everything there. Placeholders are numbered
/// by the first stage only, as whole-text masking numbers them in its first
/// pass. The last stage only checks: it copies its input until it finds
/// something, then blanks from there (from at most `B` bytes before it,
/// which it has not emitted yet) to the end, as whole-text masking does.
/// The report is composed stage by stage as edits become final (a later
/// edit can absorb earlier ones), by the same code whole-text masking uses.
pub struct StreamMasker<'s> {
    masker: Masker,
    state: Slot<'s>,
    /// One stage per pass; the last only checks, and blanks if it must.
    stages: Vec<Stage>,
    /// The composer of each masking stage (all but the last stage).
    composers: Vec<Composer>,
    utf8: Utf8Carry,
    report: MaskReport,
    events: Vec<Event>,
}

/// One pass of a [`StreamMasker`]: the single-pass stream masker.
struct Stage {
    pass: Pass,
    last: bool,
    window: String,
    /// Offset in `window` of the first byte not yet emitted.
    pending: usize,
    /// Offset of `window[0]` in everything this stage received.
    window_abs: usize,
    /// Bytes this stage emitted so far.
    emitted: usize,
    hold: usize,
    context: usize,
    step: usize,
    lookback: usize,
    reach: usize,
    /// Edits of the stage before (output offsets into what this stage
    /// received) that can still matter: what this stage must look at.
    prev: VecDeque<Edit>,
    /// The last stage only: where it started blanking (see
    /// [`MaskReport::blanked_from`]).
    blank_from: Option<usize>,
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
        let stages = (1..=MAX_PASSES)
            .map(|i| Stage {
                pass: if i == 1 { Pass::First } else { Pass::Later },
                last: i == MAX_PASSES,
                window: String::new(),
                pending: 0,
                window_abs: 0,
                emitted: 0,
                hold,
                context: longest.saturating_add(reach),
                // The first stage emits in steps of `hold` bytes, which
                // rescans each byte about 3 times (context + hold + step per
                // step); smaller steps cut the latency but rescan more.
                // Later stages receive text in such steps already.
                step: if i == 1 { hold.max(64) } else { 0 },
                // The last stage keeps more, so that blanking can start at
                // the beginning of the word holding what it finds, and move
                // back over what blanking exposes (see `Masker::blank_from`).
                lookback: if i == MAX_PASSES {
                    masker.blank_lookback()
                } else {
                    0
                },
                reach,
                prev: VecDeque::new(),
                blank_from: None,
            })
            .collect();
        let composers = (1..MAX_PASSES).map(|i| Composer::new(i == 1)).collect();
        StreamMasker {
            masker,
            state,
            stages,
            composers,
            utf8: Utf8Carry::default(),
            report: MaskReport::default(),
            events: Vec::new(),
        }
    }

    /// Adds `chunk` and returns the masked text that became final (often
    /// empty).
    #[must_use]
    pub fn push(&mut self, chunk: &str) -> String {
        if self.utf8.is_empty() {
            if let Some(first) = self.stages.first_mut() {
                first.window.push_str(chunk);
            }
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
        if let Some(first) = self.stages.first_mut() {
            self.utf8.decode(chunk, &mut first.window);
        }
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
        if let Some(first) = self.stages.first_mut() {
            self.utf8.finish(&mut first.window);
        }
        let out = self.drive(true);
        (out, self.report)
    }

    /// The report so far: counts of every finding masked, and the
    /// replacements that nothing still to come can change.
    #[must_use]
    pub fn report(&self) -> &MaskReport {
        &self.report
    }

    /// Bytes pushed but not yet emitted (including an incomplete character).
    #[must_use]
    pub fn held_back(&self) -> usize {
        self.stages
            .iter()
            .map(|s| s.window.len() - s.pending)
            .sum::<usize>()
            + self.utf8.len()
    }

    /// The most bytes ever held back between calls (see the guarantees).
    #[must_use]
    pub fn max_held_back(&self) -> usize {
        self.stages
            .iter()
            .map(|s| s.hold + s.lookback + s.step.max(4))
            .sum::<usize>()
            + 3
    }

    /// Runs every stage on what reached it, and returns what the last one
    /// emitted.
    fn drive(&mut self, at_end: bool) -> String {
        let mut carry = String::new();
        let mut carry_edits: Vec<Edit> = Vec::new();
        let last = self.stages.len().saturating_sub(1);
        for i in 0..self.stages.len() {
            let Some(stage) = self.stages.get_mut(i) else {
                break;
            };
            let mut out = String::new();
            let mut edits = Vec::new();
            // A later stage waits for text from the stage before: driving it
            // without new text would only rescan its window.
            if i == 0 || at_end || !carry.is_empty() {
                if i > 0 {
                    stage.window.push_str(&carry);
                    stage
                        .prev
                        .extend(carry_edits.iter().filter(|e| e.changes_text()).cloned());
                }
                stage.drive(
                    &self.masker,
                    self.state.get(),
                    at_end,
                    &mut self.events,
                    &mut out,
                    &mut edits,
                    &mut self.report,
                );
            }
            if i < last {
                let (input, output) = (stage.window_abs + stage.pending, stage.emitted);
                self.compose(i, &edits, input, output, at_end);
            }
            carry = out;
            carry_edits = edits;
        }
        carry
    }

    /// Feeds the edits of masking stage `i` to its composer, and passes
    /// what is final on to the next composer, or to the report.
    fn compose(&mut self, i: usize, edits: &[Edit], input: usize, output: usize, at_end: bool) {
        let (head, tail) = self.composers.split_at_mut(i + 1);
        let Some(composer) = head.last_mut() else {
            return;
        };
        for e in edits {
            composer.push_own(e.clone());
        }
        composer.set_own_frontier(input, output);
        if at_end {
            composer.finish();
        }
        if let Some(next) = tail.first_mut() {
            composer.drain(|e| next.push_incoming(e));
            next.set_incoming_frontier(composer.out_frontier());
        } else {
            let report = &mut self.report;
            composer.drain(|e| report.push_edit(e));
        }
    }
}

impl Stage {
    /// Masks what became final of this stage's input into `out`, adding its
    /// edits (offsets into everything this stage received and emitted) to
    /// `edits`.
    #[expect(
        clippy::too_many_arguments,
        reason = "a stage borrows the stream's shared parts"
    )]
    fn drive(
        &mut self,
        masker: &Masker,
        state: &mut SessionState,
        at_end: bool,
        events: &mut Vec<Event>,
        out: &mut String,
        edits: &mut Vec<Edit>,
        report: &mut MaskReport,
    ) {
        let n = self.window.len();
        if self.blank_from.is_some() {
            // Failed closed: everything from the blanking point on is blanked.
            blank_into(self.window.get(self.pending..).unwrap_or_default(), out);
            self.pending = n;
            self.emitted += out.len();
            self.trim(at_end);
            return;
        }
        if !at_end && n < self.pending + self.hold + self.step {
            return;
        }
        let cut = if at_end {
            n
        } else {
            floor_boundary(&self.window, n - self.hold)
        };
        // Text this stage could still blank is not emitted.
        let emit_to = if at_end {
            n
        } else {
            floor_boundary(&self.window, cut.saturating_sub(self.lookback)).max(self.pending)
        };
        events.clear();
        self.plan(masker, events);
        let take = if at_end {
            events.len()
        } else {
            events.iter().take_while(|e| e.start() < cut).count()
        };
        let taken = events.get(..take).unwrap_or_default();
        let end = match taken.last() {
            Some(last) => cut.max(last.end()),
            None => cut,
        };
        if self.last {
            if let Some(first) = taken.first() {
                // Something is left after every masking pass: fail closed.
                let from = masker
                    .blank_from(&self.window, first.start())
                    .max(self.pending);
                out.push_str(self.window.get(self.pending..from).unwrap_or_default());
                if let Event::Finding(f) = first {
                    report.count_finding(f.kind());
                }
                let at = self.emitted + out.len();
                report.blank_from(at);
                self.blank_from = Some(at);
                blank_into(self.window.get(from..).unwrap_or_default(), out);
                self.pending = n;
            } else {
                out.push_str(self.window.get(self.pending..emit_to).unwrap_or_default());
                self.pending = emit_to;
            }
        } else if end > self.pending {
            out.reserve(end - self.pending);
            masker.apply(
                self.pass,
                state,
                &self.window,
                self.pending..end,
                taken,
                out,
                edits,
                Some(report),
                self.window_abs,
                self.emitted,
            );
            self.pending = end;
        }
        self.emitted += out.len();
        self.trim(at_end);
    }

    /// Lists what this stage rewrites in its window, from `pending` on.
    fn plan(&self, masker: &Masker, events: &mut Vec<Event>) {
        match self.pass {
            Pass::First => {
                let findings = masker.scanner().find_iter(&self.window);
                masker.plan(
                    Pass::First,
                    &self.window,
                    self.pending,
                    findings,
                    &[],
                    events,
                );
            }
            Pass::Later => {
                // Only text near what the stage before changed can read
                // differently to this stage than it did to that one.
                let pending_abs = self.window_abs + self.pending;
                if !self
                    .prev
                    .iter()
                    .any(|e| e.output.end.saturating_add(self.reach) >= pending_abs)
                {
                    return;
                }
                let prev: Vec<Edit> = self
                    .prev
                    .iter()
                    .filter(|e| e.output.end >= self.window_abs)
                    .map(|e| Edit {
                        input: e.input.clone(),
                        output: e.output.start.saturating_sub(self.window_abs)
                            ..e.output.end - self.window_abs,
                        what: e.what,
                    })
                    .collect();
                let findings = masker.scanner().find_iter(&self.window);
                masker.plan(
                    Pass::Later,
                    &self.window,
                    self.pending,
                    findings,
                    &prev,
                    events,
                );
            }
        }
    }

    /// Drops what is no longer needed as context.
    fn trim(&mut self, at_end: bool) {
        if at_end {
            return;
        }
        let keep_from = floor_boundary(&self.window, self.pending.saturating_sub(self.context));
        self.window.drain(..keep_from);
        self.pending -= keep_from;
        self.window_abs += keep_from;
        while self
            .prev
            .front()
            .is_some_and(|e| e.output.end < self.window_abs)
        {
            self.prev.pop_front();
        }
    }
}

impl fmt::Debug for StreamMasker<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamMasker")
            .field("held_back", &self.held_back())
            .field("max_held_back", &self.max_held_back())
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
