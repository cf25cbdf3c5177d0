//! The edits of one masking pass, and their composition across passes into
//! one map from the input to the final output.
//!
//! Masking runs passes until one changes nothing (see `Masker::mask`). Each
//! pass rewrites spans of its input; the report must describe the whole
//! run, in the first input's offsets and the last output's offsets. A
//! [`Composer`] does that for one pass: it takes the composed edits of the
//! passes before it (`incoming`: first input → this pass's input) and this
//! pass's own edits (`own`: this pass's input → its output), and yields the
//! composed edits up to this pass (first input → this pass's output).
//!
//! An own edit that overlaps incoming edits (a value found only once its
//! neighbour was masked, whose span covers text an earlier pass wrote)
//! absorbs them: the composed edit covers the union of their input spans
//! and of their output spans. Edits that overlap nothing pass through,
//! shifted by what the edits before them changed.
//!
//! The composer works incrementally for streams: edits arrive in order,
//! with frontiers saying how far each side is complete, and a composed edit
//! is given out as soon as nothing still to come can join it. Whole-text
//! masking uses the same code with both frontiers at infinity, so a stream's
//! report equals the whole text's report by construction.

use std::collections::VecDeque;
use std::ops::Range;

use super::operator::Operator;
use crate::kind::PiiKind;

/// What an edit did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EditKind {
    /// A finding of `kind`, rewritten by `operator` (`Keep`: left as it was).
    Finding { kind: PiiKind, operator: Operator },
    /// Placeholder-shaped text of the input rewritten with look-alike
    /// brackets (see `Operator::Placeholder`).
    Defuse,
}

/// One span of a pass's input and what replaced it in the pass's output.
/// For composed edits, `input` is in the first input's offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Edit {
    pub(crate) input: Range<usize>,
    pub(crate) output: Range<usize>,
    pub(crate) what: EditKind,
}

impl Edit {
    /// False for a finding kept as it was: the text did not change there.
    pub(crate) fn changes_text(&self) -> bool {
        !matches!(
            self.what,
            EditKind::Finding {
                operator: Operator::Keep,
                ..
            }
        )
    }

    /// True if `self` (an edit of the previous pass, by its output span)
    /// and `other` (an edit of this pass, by its input span) overlap: they
    /// share a byte, or `self` is empty (a removal) strictly inside `other`.
    fn overlaps(&self, other: &Edit) -> bool {
        let (a, b) = (&self.output, &other.input);
        if a.is_empty() {
            b.start < a.start && a.start < b.end
        } else {
            a.start < b.end && b.start < a.end
        }
    }
}

/// Composes the edits of the passes before one pass with that pass's own
/// edits. See the module documentation.
///
/// INVARIANT: `incoming` is sorted by output span and `own` by input span;
/// within each, spans do not overlap. Every edit still to come in
/// `incoming` starts at or after `incoming_frontier`, and in `own` at or
/// after `own_frontier` (whose place in this pass's output is
/// `own_out_frontier`).
#[derive(Debug)]
pub(crate) struct Composer {
    incoming: VecDeque<Edit>,
    own: VecDeque<Edit>,
    incoming_frontier: usize,
    own_frontier: usize,
    own_out_frontier: usize,
    /// End of the last incoming edit given out: (in the first input, in
    /// this pass's input). Text after it and before the next incoming edit
    /// is unchanged since the first input.
    last_incoming: (usize, usize),
    /// End of the last own edit given out: (in this pass's input, in its
    /// output).
    last_own: (usize, usize),
}

impl Composer {
    /// A composer whose edits arrive over time (a stream stage). For the
    /// first pass, nothing is incoming: its frontier is at infinity.
    pub(crate) fn new(first_pass: bool) -> Composer {
        Composer {
            incoming: VecDeque::new(),
            own: VecDeque::new(),
            incoming_frontier: if first_pass { usize::MAX } else { 0 },
            own_frontier: 0,
            own_out_frontier: 0,
            last_incoming: (0, 0),
            last_own: (0, 0),
        }
    }

    /// Composes whole passes at once: `incoming` composed edits before a
    /// pass, `own` its edits.
    pub(crate) fn compose(incoming: Vec<Edit>, own: Vec<Edit>) -> Vec<Edit> {
        let mut c = Composer::new(false);
        c.incoming = incoming.into();
        c.own = own.into();
        c.finish();
        let mut out = Vec::with_capacity(c.incoming.len() + c.own.len());
        c.drain(|e| out.push(e));
        out
    }

    /// Adds the next composed edit of the passes before.
    pub(crate) fn push_incoming(&mut self, edit: Edit) {
        self.incoming.push_back(edit);
    }

    /// No composed edit still to come from the passes before starts before
    /// `frontier` (in this pass's input).
    pub(crate) fn set_incoming_frontier(&mut self, frontier: usize) {
        self.incoming_frontier = self.incoming_frontier.max(frontier);
    }

    /// Adds the next edit of this pass.
    pub(crate) fn push_own(&mut self, edit: Edit) {
        self.own.push_back(edit);
    }

    /// No edit of this pass still to come starts before `input` in its
    /// input, which is `output` in its output.
    pub(crate) fn set_own_frontier(&mut self, input: usize, output: usize) {
        self.own_frontier = self.own_frontier.max(input);
        self.own_out_frontier = self.own_out_frontier.max(output);
    }

    /// Nothing more will come.
    pub(crate) fn finish(&mut self) {
        self.incoming_frontier = usize::MAX;
        self.own_frontier = usize::MAX;
        self.own_out_frontier = usize::MAX;
    }

    /// Gives out, in order, every composed edit that nothing still to come
    /// can change.
    pub(crate) fn drain(&mut self, mut sink: impl FnMut(Edit)) {
        while let Some((n_in, n_own)) = self.front_group() {
            let edit = self.take_group(n_in, n_own);
            sink(edit);
        }
    }

    /// No composed edit given out later starts before this offset of this
    /// pass's output.
    pub(crate) fn out_frontier(&self) -> usize {
        let next_in = self.incoming.front().map(|e| e.output.start);
        let next_own = self.own.front().map(|e| e.input.start);
        let lowest = [
            next_in,
            next_own,
            Some(self.incoming_frontier),
            Some(self.own_frontier),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(usize::MAX);
        if lowest >= self.own_frontier {
            return self.own_out_frontier;
        }
        match self.own.front() {
            Some(e) if e.input.start <= lowest => e.output.start,
            // Text before the next own edit is copied: shift by what the
            // own edits given out so far changed.
            _ => (lowest - self.last_own.0.min(lowest)).saturating_add(self.last_own.1),
        }
    }

    /// The group of overlapping edits at the front of both queues: how many
    /// incoming and own edits it has, if nothing still to come can join it.
    fn front_group(&self) -> Option<(usize, usize)> {
        let (mut n_in, mut n_own) = (0, 0);
        // The farthest any incoming member reaches (a removal: its place),
        // the end of the last non-empty one, and the last own member.
        let mut in_reach: Option<usize> = None;
        let mut in_end: Option<usize> = None;
        let mut last_own: Option<&Edit> = None;
        loop {
            let next_in = self.incoming.get(n_in);
            let next_own = self.own.get(n_own);
            let take_in = match (next_in, next_own) {
                (Some(c), Some(p)) => c.output.start <= p.input.start,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            let first = n_in == 0 && n_own == 0;
            if take_in {
                let Some(c) = next_in else { break };
                if !first && !last_own.is_some_and(|p| c.overlaps(p)) {
                    break;
                }
                n_in += 1;
                if c.output.is_empty() {
                    in_reach = Some(in_reach.unwrap_or(0).max(c.output.start));
                } else {
                    in_reach = Some(in_reach.unwrap_or(0).max(c.output.end));
                    in_end = Some(c.output.end);
                }
            } else {
                let Some(p) = next_own else { break };
                // `p` starts after every incoming member, so it overlaps one
                // exactly when the last non-empty one ends after its start.
                if !first && in_end.is_none_or(|end| end <= p.input.start) {
                    break;
                }
                n_own += 1;
                last_own = Some(p);
            }
        }
        if n_in == 0 && n_own == 0 {
            return None;
        }
        let own_done = in_reach.is_none_or(|r| r <= self.own_frontier);
        let incoming_done = last_own.is_none_or(|p| p.input.end <= self.incoming_frontier);
        (own_done && incoming_done).then_some((n_in, n_own))
    }

    /// Removes the front group (`n_in` incoming and `n_own` own edits) and
    /// returns its composed edit.
    fn take_group(&mut self, n_in: usize, n_own: usize) -> Edit {
        let (li, lo) = (self.last_incoming, self.last_own);
        let ins: Vec<Edit> = self.incoming.drain(..n_in).collect();
        let owns: Vec<Edit> = self.own.drain(..n_own).collect();
        let (c0, cl) = (ins.first(), ins.last());
        let (p0, pl) = (owns.first(), owns.last());
        // Offsets of this pass's input are carried back to the first input
        // from the last point before them known in both (`li` maps input
        // to this pass's input, so its pair is read the other way round);
        // offsets of earlier output are carried forward through `lo`.
        let back = (li.1, li.0);
        let starts_first = |mine: usize, theirs: usize| mine <= theirs;
        let ends_last = |mine: usize, theirs: usize| mine >= theirs;
        let input_start = bound(
            c0.map(|c| (c.output.start, c.input.start)),
            p0.map(|p| p.input.start),
            starts_first,
            back,
        );
        let in_end = cl.map(|c| (c.output.end, c.input.end));
        let input_end = bound(
            in_end,
            pl.map(|p| p.input.end),
            ends_last,
            in_end.unwrap_or(back),
        );
        let output_start = bound(
            p0.map(|p| (p.input.start, p.output.start)),
            c0.map(|c| c.output.start),
            starts_first,
            lo,
        );
        let out_end = pl.map(|p| (p.input.end, p.output.end));
        let output_end = bound(
            out_end,
            cl.map(|c| c.output.end),
            ends_last,
            out_end.unwrap_or(lo),
        );
        // The kind is that of the latest pass's finding; a group of
        // defusals alone stays a defusal.
        let what = owns
            .iter()
            .chain(&ins)
            .map(|e| e.what)
            .find(|w| matches!(w, EditKind::Finding { .. }))
            .unwrap_or(EditKind::Defuse);
        if let Some(c) = cl {
            self.last_incoming = (c.input.end, c.output.end);
        }
        if let Some(p) = pl {
            self.last_own = (p.input.end, p.output.end);
        }
        Edit {
            input: input_start..input_end.max(input_start),
            output: output_start..output_end.max(output_start),
            what,
        }
    }
}

/// One end of a composed edit. `mine` is the bounding edit of one side at
/// that end: its offset in the coordinates the other side's edits use, and
/// in the coordinates wanted. It gives the end when it bounds the group
/// there (`wins`: it starts first, or ends last, ties to `mine`);
/// otherwise the other side's offset `theirs` is carried over from
/// `anchor`, the nearest point before it known in both coordinates.
fn bound(
    mine: Option<(usize, usize)>,
    theirs: Option<usize>,
    wins: impl Fn(usize, usize) -> bool,
    anchor: (usize, usize),
) -> usize {
    match (mine, theirs) {
        (Some((k, v)), Some(t)) if wins(k, t) => v,
        (Some((_, v)), None) => v,
        (_, Some(t)) => (t - anchor.0.min(t)).saturating_add(anchor.1),
        (None, None) => 0,
    }
}

#[cfg(test)]
#[expect(
    clippy::string_slice,
    reason = "test helpers slice ASCII text at offsets they made"
)]
mod tests {
    use super::*;

    fn finding(input: Range<usize>, output: Range<usize>) -> Edit {
        Edit {
            input,
            output,
            what: EditKind::Finding {
                kind: PiiKind::Email,
                operator: Operator::Label,
            },
        }
    }

    /// Replaces the (sorted, disjoint) spans of `text` with their
    /// replacement texts; returns the output and the edits.
    fn apply(text: &str, spans: &[(Range<usize>, String)]) -> (String, Vec<Edit>) {
        let mut out = String::new();
        let mut edits = Vec::new();
        let mut pos = 0;
        for (range, repl) in spans {
            out.push_str(&text[pos..range.start]);
            let start = out.len();
            out.push_str(repl);
            edits.push(finding(range.clone(), start..out.len()));
            pos = range.end;
        }
        out.push_str(&text[pos..]);
        (out, edits)
    }

    /// Rebuilds the last output from the first input and composed edits:
    /// gaps are copied from the input, edits from the output.
    fn rebuild(input: &str, output: &str, composed: &[Edit]) -> String {
        let mut s = String::new();
        let mut pos = 0;
        for e in composed {
            s.push_str(&input[pos..e.input.start]);
            s.push_str(&output[e.output.clone()]);
            pos = e.input.end;
        }
        s.push_str(&input[pos..]);
        s
    }

    #[test]
    fn passes_compose_and_absorb() {
        // Pass 1 removes "bb" and labels "dd"; pass 2 replaces "a  c" (which
        // spans the removal) and "X> e" (which starts inside the label).
        let input = "xa bb c dd e";
        let (out1, p1) = apply(input, &[(3..5, String::new()), (8..10, "<X>".into())]);
        assert_eq!(out1, "xa  c <X> e");
        let (out2, p2) = apply(&out1, &[(1..5, "#".into()), (7..11, "@@".into())]);
        assert_eq!(out2, "x# <@@");
        let composed = Composer::compose(p1, p2);
        let spans: Vec<_> = composed
            .iter()
            .map(|e| (e.input.clone(), e.output.clone()))
            .collect();
        // The second edit keeps the label's "<" that pass 2 did not touch.
        assert_eq!(spans, vec![(1..7, 1..2), (8..12, 3..6)]);
        assert_eq!(rebuild(input, &out2, &composed), out2);
    }

    #[test]
    fn edits_that_overlap_nothing_shift() {
        let input = "aaa bbb ccc";
        let (out1, p1) = apply(input, &[(0..3, "1".into()), (8..11, "33333".into())]);
        let (out2, p2) = apply(&out1, &[(2..5, "22".into())]);
        assert_eq!(out2, "1 22 33333");
        let composed = Composer::compose(p1, p2);
        let spans: Vec<_> = composed
            .iter()
            .map(|e| (e.input.clone(), e.output.clone()))
            .collect();
        assert_eq!(spans, vec![(0..3, 0..1), (4..7, 2..4), (8..11, 5..10)]);
        assert_eq!(rebuild(input, &out2, &composed), out2);
    }

    #[test]
    fn removal_at_an_edge_is_not_absorbed() {
        let input = "ab cd";
        // Pass 1 removes "ab"; pass 2 replaces " cd", which starts right
        // where the removal was.
        let (out1, p1) = apply(input, &[(0..2, String::new())]);
        let (out2, p2) = apply(&out1, &[(0..3, "X".into())]);
        let composed = Composer::compose(p1, p2);
        let spans: Vec<_> = composed
            .iter()
            .map(|e| (e.input.clone(), e.output.clone()))
            .collect();
        assert_eq!(spans, vec![(0..2, 0..0), (2..5, 0..1)]);
        assert_eq!(rebuild(input, &out2, &composed), out2);
    }

    /// A small deterministic generator, so the randomized test needs no
    /// dependency.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(self.0 >> 33).unwrap() % n.max(1)
        }
    }

    fn random_spans(rng: &mut Lcg, len: usize) -> Vec<(Range<usize>, String)> {
        let mut spans = Vec::new();
        let mut pos = 0;
        while pos < len {
            pos += rng.next(6);
            let end = pos + 1 + rng.next(5);
            if end > len {
                break;
            }
            let repl = "#".repeat(rng.next(4));
            spans.push((pos..end, repl));
            pos = end;
        }
        spans
    }

    #[test]
    fn stream_composition_equals_batch_and_rebuilds() {
        let mut rng = Lcg(7);
        for _ in 0..400 {
            let input: String = (0..rng.next(40))
                .map(|i| char::from(b'a' + u8::try_from(i % 26).unwrap()))
                .collect();
            let (out1, p1) = apply(&input, &random_spans(&mut rng, input.len()));
            let (out2, p2) = apply(&out1, &random_spans(&mut rng, out1.len()));
            let batch = Composer::compose(p1.clone(), p2.clone());
            assert_eq!(
                rebuild(&input, &out2, &batch),
                out2,
                "{input:?} {p1:?} {p2:?}"
            );
            // Feed the same edits one at a time, with frontiers that lag.
            let mut c = Composer::new(false);
            let mut got = Vec::new();
            let (mut i1, mut i2) = (0, 0);
            while i1 < p1.len() || i2 < p2.len() {
                if rng.next(2) == 0 && i1 < p1.len() {
                    c.push_incoming(p1[i1].clone());
                    c.set_incoming_frontier(p1[i1].output.start);
                    i1 += 1;
                } else if i2 < p2.len() {
                    c.push_own(p2[i2].clone());
                    c.set_own_frontier(p2[i2].input.start, p2[i2].output.start);
                    i2 += 1;
                }
                c.drain(|e| got.push(e));
            }
            c.finish();
            c.drain(|e| got.push(e));
            assert_eq!(got, batch);
        }
    }

    #[test]
    fn out_frontier_never_passes_an_edit_still_to_come() {
        let mut rng = Lcg(11);
        for _ in 0..400 {
            let input: String = "abcdefghijklmnopqrstuvwxyz"
                .chars()
                .cycle()
                .take(rng.next(40))
                .collect();
            let (out1, p1) = apply(&input, &random_spans(&mut rng, input.len()));
            let (_, p2) = apply(&out1, &random_spans(&mut rng, out1.len()));
            let batch = Composer::compose(p1.clone(), p2.clone());
            let mut c = Composer::new(false);
            let mut given = 0;
            let (mut i1, mut i2) = (0, 0);
            while i1 < p1.len() || i2 < p2.len() {
                if rng.next(2) == 0 && i1 < p1.len() {
                    c.push_incoming(p1[i1].clone());
                    c.set_incoming_frontier(p1[i1].output.start);
                    i1 += 1;
                } else if i2 < p2.len() {
                    c.push_own(p2[i2].clone());
                    c.set_own_frontier(p2[i2].input.start, p2[i2].output.start);
                    i2 += 1;
                }
                c.drain(|_| given += 1);
                let frontier = c.out_frontier();
                for e in &batch[given..] {
                    assert!(e.output.start >= frontier, "{e:?} before {frontier}");
                }
            }
        }
    }
}
