//! The keyword matcher: a byte trie over the keyword spellings, walked
//! anchored from each position where a keyword may start.
//!
//! Keywords that begin with an ASCII letter or digit count only when no
//! letter (ASCII, or an accented Latin one) comes right before them, so
//! they are only tried where a word begins; the others (Arabic,
//! Devanagari, accented words, currency symbols) are tried at every byte
//! that begins one of them. On chat text this reads
//! each byte once and walks a few trie edges per word, several times faster
//! than an unanchored automaton over the thousands of spellings (typo
//! variants included) that would have to follow failure links at every byte.
//! The trie is stored as a double array, so each step of a walk is one
//! load and a compare.

use super::text::{before, latin_letter};

/// No pattern ends at a state / a free slot.
const NONE: u32 = u32::MAX;

/// Where a keyword may start: never, after a non-letter, or anywhere.
const S_NEVER: u8 = 0;
const S_WORD: u8 = 1;
const S_ANY: u8 = 2;

/// Most distinct (lowercased) bytes the keywords may use.
pub(crate) const MAX_CLASSES: usize = 160;

/// A byte no keyword uses.
const NO_CLASS: u8 = u8::MAX;

/// One slot of the double array: the state stored here (if `check` names
/// its parent) and where its children start, with [`ENDS`] set in `base`
/// when a pattern ends here (its id is in [`Trie::pats`]).
///
/// The child of state `s` by class `c` is the slot `s.base + c` whose
/// `check` is `s`: one load per step, no search and no bit counting. Eight
/// bytes a slot keep the walked part of the array small: the walk's loads
/// miss the data caches more than anything else in the scan.
#[derive(Clone, Copy, Debug)]
struct Slot {
    base: u32,
    check: u32,
}

/// The bit of [`Slot::base`] that says a pattern ends at the slot.
const ENDS: u32 = 1 << 31;

const FREE: Slot = Slot {
    base: 0,
    check: NONE,
};

/// A trie over lowercased (ASCII) keyword bytes, laid out as a double
/// array.
#[derive(Debug)]
pub(crate) struct Trie {
    /// Class of each (lowercased) byte, or [`NO_CLASS`].
    class: Box<[u8; 256]>,
    /// Where a keyword may start, by text byte.
    start: Box<[u8; 256]>,
    /// Slot 0 is the root.
    slots: Vec<Slot>,
    /// The pattern ending at each slot flagged [`ENDS`] (read only there).
    pats: Vec<u32>,
}

/// The keywords use more distinct bytes than a trie node can index.
#[derive(Debug, thiserror::Error)]
#[error("keywords use more than {MAX_CLASSES} distinct bytes")]
pub(crate) struct TooManyBytes;

impl Trie {
    /// Builds the trie of `patterns`; pattern `i` is reported as `i`.
    /// Spellings equal after ASCII lowercasing keep the first id.
    pub(crate) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Result<Self, TooManyBytes> {
        let mut class = Box::new([NO_CLASS; 256]);
        let mut used = [false; 256];
        for p in patterns {
            for &c in p.as_ref() {
                if let Some(u) = used.get_mut(usize::from(c.to_ascii_lowercase())) {
                    *u = true;
                }
            }
        }
        let mut n = 0u8;
        for (c, &u) in used.iter().enumerate() {
            if u {
                if usize::from(n) == MAX_CLASSES {
                    return Err(TooManyBytes);
                }
                if let Some(slot) = class.get_mut(c) {
                    *slot = n;
                }
                n += 1;
            }
        }
        for c in b'A'..=b'Z' {
            let lower = class.get(usize::from(c.to_ascii_lowercase())).copied();
            if let (Some(slot), Some(l)) = (class.get_mut(usize::from(c)), lower) {
                *slot = l;
            }
        }
        // A line break between the words of a keyword reads as their space
        // ("VALID⏎THRU" printed on a card, "account⏎number" wrapped).
        // So does an underscore, as record keys join words ("a/c_no=…",
        // "كلمة_مرور=…").
        let space = class.get(usize::from(b' ')).copied();
        for c in [b'\n', b'_'] {
            if let (Some(slot), Some(s)) = (class.get_mut(usize::from(c)), space) {
                *slot = s;
            }
        }
        // Each spelling as its classes, sorted (ties by id, so the first
        // id of equal spellings comes first): the spellings below a trie
        // node are then one run, read in order while the nodes are placed.
        let mut flat: Vec<u8> = Vec::new();
        // (With the first eight classes packed big-endian in front: most
        // comparisons of the sort end there, without a slice compare.)
        let mut words: Vec<(u64, u32, u32, u32)> = Vec::new();
        for (id, p) in patterns.iter().enumerate() {
            let (Ok(id), Ok(at)) = (u32::try_from(id), u32::try_from(flat.len())) else {
                break;
            };
            let p = p.as_ref();
            if p.is_empty() {
                continue;
            }
            flat.extend(
                p.iter()
                    .map(|&c| class.get(usize::from(c)).copied().unwrap_or(NO_CLASS)),
            );
            let Ok(len) = u32::try_from(p.len()) else {
                break;
            };
            let key = flat
                .get(at as usize..)
                .unwrap_or(&[])
                .iter()
                .take(8)
                .enumerate()
                .fold(0u64, |k, (i, &c)| k | u64::from(c) << (56 - 8 * i));
            words.push((key, at, len, id));
        }
        let spelled = |&(_, at, len, _): &(u64, u32, u32, u32)| {
            flat.get(at as usize..at as usize + len as usize)
                .unwrap_or(&[])
        };
        words.sort_unstable_by(|x, y| {
            x.0.cmp(&y.0)
                .then_with(|| spelled(x).cmp(spelled(y)))
                .then(x.3.cmp(&y.3))
        });
        let sorted: Vec<&[u8]> = words.iter().map(spelled).collect();
        let ids: Vec<u32> = words.iter().map(|w| w.3).collect();
        let mut first = [false; MAX_CLASSES];
        for w in &sorted {
            if let Some(f) = w.first().and_then(|&k| first.get_mut(usize::from(k))) {
                *f = true;
            }
        }
        let mut start = Box::new([S_NEVER; 256]);
        for c in 0..=255u8 {
            let k = class.get(usize::from(c)).copied().unwrap_or(NO_CLASS);
            if first.get(usize::from(k)).copied().unwrap_or(false) {
                if let Some(slot) = start.get_mut(usize::from(c)) {
                    *slot = if c.is_ascii_alphanumeric() {
                        S_WORD
                    } else {
                        S_ANY
                    };
                }
            }
        }
        let (slots, pats) = place(&sorted, &ids);
        Ok(Trie {
            class,
            start,
            slots,
            pats,
        })
    }

    /// Calls `found(start, end, pattern)` for every keyword starting at `i`
    /// and ending by `we`, wherever `i` is.
    pub(crate) fn each_at(
        &self,
        text: &[u8],
        i: usize,
        we: usize,
        mut found: impl FnMut(usize, usize, usize) -> bool,
    ) {
        if let Some(win) = text.get(..we.min(text.len())) {
            self.walk(win, i, &mut found);
        }
    }

    /// Calls `found(start, end, pattern)` for every keyword occurrence
    /// inside `text[ws..we]` that may count (ASCII-led ones start after no
    /// ASCII letter), by increasing start and, at one start, increasing end.
    /// Stops early when `found` returns false.
    #[inline]
    pub(crate) fn each(
        &self,
        text: &[u8],
        ws: usize,
        we: usize,
        mut found: impl FnMut(usize, usize, usize) -> bool,
    ) {
        let Some(win) = text.get(..we.min(text.len())) else {
            return;
        };
        for i in ws..win.len() {
            let Some(&c) = win.get(i) else { break };
            let how = self.start.get(usize::from(c)).copied().unwrap_or(S_NEVER);
            // (A letter right before: an ASCII one, or an accented Latin
            // one: "współkredytobiorcy" holds no "kred" keyword.)
            if how == S_NEVER
                || how == S_WORD
                    && (before(text, i).is_ascii_alphabetic()
                        || latin_letter(before(text, i.wrapping_sub(1)), before(text, i)))
            {
                continue;
            }
            if !self.walk(win, i, &mut found) {
                return;
            }
        }
    }

    /// Walks the trie from `win[i]`, reporting each keyword that ends on
    /// the way; false if `found` asked to stop.
    #[inline]
    fn walk(
        &self,
        win: &[u8],
        i: usize,
        found: &mut impl FnMut(usize, usize, usize) -> bool,
    ) -> bool {
        // From the root, which ends no pattern (empty ones are skipped).
        let mut state = 0u32;
        let Some(mut cur) = self.slots.first().copied() else {
            return true;
        };
        let mut end = i;
        loop {
            if cur.base & ENDS != 0 {
                let pat = self.pats.get(state as usize).copied().unwrap_or(NONE);
                if pat != NONE && !found(i, end, pat as usize) {
                    return false;
                }
            }
            let Some(&byte) = win.get(end) else { break };
            let cls = self
                .class
                .get(usize::from(byte))
                .copied()
                .unwrap_or(NO_CLASS);
            if cls == NO_CLASS {
                break;
            }
            let to = (cur.base & !ENDS) + u32::from(cls);
            match self.slots.get(to as usize) {
                Some(&next) if next.check == state => {
                    state = to;
                    cur = next;
                }
                _ => break,
            }
            end += 1;
        }
        true
    }
}

/// Lays the trie of the sorted spellings `words` (reporting `ids`) out as a
/// double array, breadth-first so the states near the root share cache
/// lines. A node stands for the run of spellings that share its prefix.
///
/// Each node takes the smallest base that puts all its children on free
/// slots. A bit per slot tells which are taken, so the search for the
/// first child's slot skips taken slots 64 at a time.
fn place(words: &[&[u8]], ids: &[u32]) -> (Vec<Slot>, Vec<u32>) {
    // The pattern ending at the node of the run `lo..hi` at `depth`: its
    // first spelling, if that is the prefix itself.
    let ends = |lo: usize, depth: usize| {
        if words.get(lo).is_some_and(|w| w.len() == depth) {
            ids.get(lo).copied().unwrap_or(NONE)
        } else {
            NONE
        }
    };
    let mut slots = vec![Slot {
        check: NONE - 1,
        base: 0,
    }];
    let mut pats = vec![NONE];
    let mut taken = Taken(vec![1]);
    // Below `low` every slot is taken.
    let mut low = 1usize;
    // (slot, run of spellings, depth), in breadth-first order.
    let mut queue: Vec<(u32, usize, usize, usize)> = vec![(0, 0, words.len(), 0)];
    let mut kids: Vec<(u8, usize, usize)> = Vec::new();
    let mut q = 0usize;
    while let Some(&(at, lo, hi, depth)) = queue.get(q) {
        q += 1;
        // The children: the runs that share the next class.
        kids.clear();
        let mut i = lo;
        while i < hi {
            let Some(&c) = words.get(i).and_then(|w| w.get(depth)) else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < hi && words.get(j).and_then(|w| w.get(depth)) == Some(&c) {
                j += 1;
            }
            kids.push((c, i, j));
            i = j;
        }
        let Some(&(c0, _, _)) = kids.first() else {
            continue;
        };
        let c0 = usize::from(c0);
        low = taken.free_from(low);
        // The first child's slot: the first free one from which every
        // other child also lands on a free slot (never the root's).
        let mut first = taken.free_from(low.max(c0).max(1));
        while !kids
            .iter()
            .all(|&(c, _, _)| !taken.get(first - c0 + usize::from(c)))
        {
            first = taken.free_from(first + 1);
        }
        let base = first - c0;
        // Slots are numbered below 2^31 (the top bit of a base is
        // [`ENDS`]); two billion of them would not fit in memory before
        // this gives up.
        let Some(base32) = u32::try_from(base).ok().filter(|b| b & ENDS == 0) else {
            break;
        };
        if let Some(p) = slots.get_mut(at as usize) {
            p.base = base32 | p.base & ENDS;
        }
        for &(c, klo, khi) in &kids {
            let t = base + usize::from(c);
            if slots.len() <= t {
                slots.resize(t + 1, FREE);
                pats.resize(t + 1, NONE);
            }
            if let (Some(s), Some(pat), Ok(t32)) =
                (slots.get_mut(t), pats.get_mut(t), u32::try_from(t))
            {
                *pat = ends(klo, depth + 1);
                *s = Slot {
                    base: if *pat == NONE { 0 } else { ENDS },
                    check: at,
                };
                taken.set(t);
                queue.push((t32, klo, khi, depth + 1));
            }
        }
    }
    (slots, pats)
}

/// One bit per slot of the double array: set when the slot is taken.
struct Taken(Vec<u64>);

impl Taken {
    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    fn set(&mut self, i: usize) {
        if self.0.len() <= i / 64 {
            self.0.resize(i / 64 + 1, 0);
        }
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// The first free slot at or after `i`.
    fn free_from(&self, i: usize) -> usize {
        let mut w = i / 64;
        // The free bits of the first word, from `i` on.
        let mut free = self.0.get(w).map_or(u64::MAX, |&x| !x) & (u64::MAX << (i % 64));
        while free == 0 {
            w += 1;
            free = self.0.get(w).map_or(u64::MAX, |&x| !x);
        }
        w * 64 + free.trailing_zeros() as usize
    }
}

#[cfg(test)]
mod tests {
    use super::Trie;

    fn all(t: &Trie, s: &str) -> Vec<(usize, usize, usize)> {
        let mut v = Vec::new();
        t.each(s.as_bytes(), 0, s.len(), |a, z, p| {
            v.push((a, z, p));
            true
        });
        v
    }

    #[test]
    fn finds_nested_and_case_folded_occurrences_at_word_starts() {
        let t = Trie::new(&["card", "card number", "€", "رقم", "Número"]).unwrap();
        assert_eq!(
            all(&t, "CARD Number 5"),
            vec![(0, 4, 0), (0, 11, 1)],
            "both spellings, ASCII case folded"
        );
        // Inside a word an ASCII keyword never starts, nor after an
        // accented letter; others do.
        assert_eq!(all(&t, "scard 5€"), vec![(7, 10, 2)]);
        assert!(all(&t, "écard").is_empty());
        assert_eq!(all(&t, "والرقم"), vec![(6, 12, 3)]);
        // A digit before an ASCII keyword is no letter ("500card").
        assert_eq!(all(&t, "500card"), vec![(3, 7, 0)]);
        assert_eq!(all(&t, "número"), vec![(0, 7, 4)]);
        assert!(all(&t, "NÚMERO").is_empty(), "non-ASCII case is not folded");
    }

    /// Every occurrence, found the slow way: each start, each pattern.
    fn naive(pats: &[String], s: &str) -> Vec<(usize, usize, usize)> {
        let b = s.as_bytes();
        let mut v = Vec::new();
        for i in 0..b.len() {
            let first = b[i];
            let letter_before = i > 0 && b[i - 1].is_ascii_alphabetic()
                || i > 1 && crate::scanner::text::latin_letter(b[i - 2], b[i - 1]);
            if first.is_ascii_alphanumeric() && letter_before {
                continue;
            }
            for (id, p) in pats.iter().enumerate() {
                let p = p.as_bytes();
                let hit = b.len() - i >= p.len()
                    && b[i..i + p.len()]
                        .iter()
                        .zip(p)
                        .all(|(x, y)| x.eq_ignore_ascii_case(y));
                // The first of the spellings equal after lowercasing wins.
                let first_id = pats
                    .iter()
                    .position(|q| q.eq_ignore_ascii_case(std::str::from_utf8(p).unwrap()));
                if hit && !p.is_empty() && first_id == Some(id) {
                    v.push((i, i + p.len(), id));
                }
            }
        }
        v.sort_unstable();
        v
    }

    proptest::proptest! {
        #[test]
        fn finds_what_a_naive_search_finds(
            pats in proptest::collection::vec("[abAB é€رم 1-]{0,5}", 1..40),
            text in "[abAB é€رم 1-]{0,60}",
        ) {
            let t = Trie::new(&pats).unwrap();
            let mut got = all(&t, &text);
            got.sort_unstable();
            proptest::prop_assert_eq!(got, naive(&pats, &text));
        }
    }

    #[test]
    fn an_underscore_or_a_line_break_reads_as_a_space() {
        let t = Trie::new(&["a/c no", "api_key"]).unwrap();
        assert_eq!(all(&t, "a/c_no=5"), vec![(0, 6, 0)]);
        assert_eq!(all(&t, "a/c\nno 5"), vec![(0, 6, 0)]);
        assert_eq!(all(&t, "api key"), vec![(0, 7, 1)]);
        assert_eq!(all(&t, "API_KEY"), vec![(0, 7, 1)]);
    }

    #[test]
    fn stays_inside_the_window() {
        let t = Trie::new(&["card number"]).unwrap();
        let s = "my card number";
        let mut v = Vec::new();
        t.each(s.as_bytes(), 3, 10, |a, z, p| {
            v.push((a, z, p));
            true
        });
        assert!(v.is_empty());
    }
}
