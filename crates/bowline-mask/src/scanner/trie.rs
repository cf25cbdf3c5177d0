//! The keyword matcher: a byte trie over the keyword spellings, walked
//! anchored from each position where a keyword may start.
//!
//! Keywords that begin with an ASCII letter or digit count only when no
//! ASCII letter comes right before them, so they are only tried where a word
//! begins; the others (Arabic, Devanagari, accented words, currency symbols)
//! are tried at every byte that begins one of them. On chat text this reads
//! each byte once and walks a few trie edges per word, several times faster
//! than an unanchored automaton over the thousands of spellings (typo
//! variants included) that would have to follow failure links at every byte.

/// No pattern ends at a node / no node.
const NONE: u32 = u32::MAX;

/// Where a keyword may start: never, after a non-letter, or anywhere.
const S_NEVER: u8 = 0;
const S_WORD: u8 = 1;
const S_ANY: u8 = 2;

/// Most distinct (lowercased) bytes the keywords may use.
pub(crate) const MAX_CLASSES: usize = 128;

/// A byte no keyword uses.
const NO_CLASS: u8 = u8::MAX;

/// One trie node: which classes have a child (a bitmap), where its children
/// start (they are stored together, in class order), and the pattern that
/// ends here. Nodes are numbered breadth-first, so the nodes near the root,
/// which every walk visits, share a few cache lines.
#[derive(Clone, Copy, Debug)]
struct Node {
    bits: [u64; 2],
    first: u32,
    pat: u32,
}

impl Node {
    #[inline]
    fn child(&self, cls: u8) -> u32 {
        let (w, bit) = (usize::from(cls >> 6), 1u64 << (cls & 63));
        let (lo, hi) = (self.bits[0], self.bits[1]);
        let word = if w == 0 { lo } else { hi };
        if word & bit == 0 {
            return NONE;
        }
        let below = if w == 0 {
            (lo & (bit - 1)).count_ones()
        } else {
            lo.count_ones() + (hi & (bit - 1)).count_ones()
        };
        self.first + below
    }
}

/// A trie over lowercased (ASCII) keyword bytes.
#[derive(Debug)]
pub(crate) struct Trie {
    /// Class of each (lowercased) byte, or [`NO_CLASS`].
    class: Box<[u8; 256]>,
    /// Where a keyword may start, by text byte.
    start: Box<[u8; 256]>,
    nodes: Vec<Node>,
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
        // Build with per-node child lists (by class), then lay the nodes
        // out breadth-first.
        let mut kids: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut pats: Vec<u32> = vec![NONE];
        for (id, p) in patterns.iter().enumerate() {
            let Ok(id) = u32::try_from(id) else { break };
            let p = p.as_ref();
            if p.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &c in p {
                let k = class.get(usize::from(c)).copied().unwrap_or(NO_CLASS);
                let next = kids
                    .get(node)
                    .and_then(|v| v.iter().find(|&&(b, _)| b == k))
                    .map(|&(_, n)| n);
                node = if let Some(n) = next {
                    n as usize
                } else {
                    let n = kids.len();
                    kids.push(Vec::new());
                    pats.push(NONE);
                    if let (Some(v), Ok(n32)) = (kids.get_mut(node), u32::try_from(n)) {
                        v.push((k, n32));
                    }
                    n
                };
            }
            if let Some(slot) = pats.get_mut(node) {
                if *slot == NONE {
                    *slot = id;
                }
            }
        }
        let mut start = Box::new([S_NEVER; 256]);
        for c in 0..=255u8 {
            let k = class.get(usize::from(c)).copied().unwrap_or(NO_CLASS);
            let starts = kids.first().is_some_and(|v| v.iter().any(|&(b, _)| b == k));
            if starts {
                if let Some(slot) = start.get_mut(usize::from(c)) {
                    *slot = if c.is_ascii_alphanumeric() {
                        S_WORD
                    } else {
                        S_ANY
                    };
                }
            }
        }
        // Breadth-first numbering: `order[new] = old`.
        let mut order: Vec<u32> = vec![0];
        let mut nodes = Vec::with_capacity(kids.len());
        let mut q = 0usize;
        while let Some(&old) = order.get(q) {
            q += 1;
            let mut v = kids.get(old as usize).cloned().unwrap_or_default();
            v.sort_unstable_by_key(|&(b, _)| b);
            let mut bits = [0u64; 2];
            for &(b, _) in &v {
                if let Some(w) = bits.get_mut(usize::from(b >> 6)) {
                    *w |= 1u64 << (b & 63);
                }
            }
            let first = u32::try_from(order.len()).unwrap_or(NONE);
            order.extend(v.iter().map(|&(_, n)| n));
            nodes.push(Node {
                bits,
                first,
                pat: pats.get(old as usize).copied().unwrap_or(NONE),
            });
        }
        Ok(Trie {
            class,
            start,
            nodes,
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
        let mut prev_alpha = ws > 0 && text.get(ws - 1).is_some_and(u8::is_ascii_alphabetic);
        for i in ws..win.len() {
            let Some(&c) = win.get(i) else { break };
            let how = self.start.get(usize::from(c)).copied().unwrap_or(S_NEVER);
            let was_alpha = prev_alpha;
            prev_alpha = c.is_ascii_alphabetic();
            if how == S_NEVER || (how == S_WORD && was_alpha) {
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
        let mut node = 0u32;
        let mut j = i;
        while let Some(n) = self.nodes.get(node as usize) {
            if n.pat != NONE && !found(i, j, n.pat as usize) {
                return false;
            }
            let Some(&d) = win.get(j) else { break };
            let cls = self.class.get(usize::from(d)).copied().unwrap_or(NO_CLASS);
            if cls == NO_CLASS {
                break;
            }
            node = n.child(cls);
            j += 1;
        }
        true
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
        // Inside a word an ASCII keyword never starts; others do.
        assert_eq!(all(&t, "scard 5€"), vec![(7, 10, 2)]);
        assert_eq!(all(&t, "والرقم"), vec![(6, 12, 3)]);
        // A digit before an ASCII keyword is no letter ("500card").
        assert_eq!(all(&t, "500card"), vec![(3, 7, 0)]);
        assert_eq!(all(&t, "número"), vec![(0, 7, 4)]);
        assert!(all(&t, "NÚMERO").is_empty(), "non-ASCII case is not folded");
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
