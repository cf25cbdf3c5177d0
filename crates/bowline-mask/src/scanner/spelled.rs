//! Identifiers spelled out in voice notes and call transcripts: letters
//! said one by one, maybe with a word to tell them apart ("S B I N zero six
//! four …", "W for william O for orange …", "G de gato U de uva …",
//! "oscar romeo three oh four …"), digits said as names, number words or
//! figures between them. This reader cuts a text into runs of such items
//! and offers each run to the caller, who keeps the stretches that pass
//! their kind's checks with the kind's word near.

use super::engine::{digit_name, next_token, repeat_word};
use super::numwords::{is_filler, is_number_word, one_of, phrase};
use super::text::digit_at;

/// Most characters one item adds (figures typed in one group).
const ITEM_CHARS: usize = 12;

/// Most items in one run; a longer run is cut.
pub(crate) const MAX_ITEMS: usize = 48;

/// One letter or group of digits said, and where it was said.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Item {
    pub(crate) start: usize,
    pub(crate) end: usize,
    chars: [u8; ITEM_CHARS],
    n: u8,
    /// How it was said: [`ALONE`], [`SAID`], [`LETTERS`] or none (figures).
    pub(crate) how: u8,
}

/// A letter standing alone ("S B I N").
pub(crate) const ALONE: u8 = 1;
/// A letter with a word to tell it apart or in the phonetic alphabet, or
/// a digit said in words.
pub(crate) const SAID: u8 = 2;
/// Letters typed together ("CNRB").
pub(crate) const LETTERS: u8 = 4;

/// True if the items `part` may be a value spelled out: a letter in them,
/// and a word said or two letters alone (not "07/11/1997 y").
pub(crate) fn spelled(part: &[Item]) -> bool {
    let count = |how: u8| part.iter().filter(|x| x.how & how != 0).count();
    let letter = part
        .iter()
        .any(|x| x.chars().first().is_some_and(u8::is_ascii_uppercase));
    letter && (count(SAID) >= 1 || count(ALONE) >= 2)
}

impl Item {
    /// The characters this item says, ASCII letters in upper case.
    pub(crate) fn chars(&self) -> &[u8] {
        self.chars.get(..usize::from(self.n)).unwrap_or(&[])
    }
}

/// True if a letter stands alone at `i` as people spell: after a space, and
/// before a space, a comma or the end of the text ("B B V A", "S, B, I").
fn letter_alone(b: &[u8], i: usize) -> bool {
    i > 0
        && b.get(i - 1) == Some(&b' ')
        && b.get(i).is_some_and(u8::is_ascii_alphabetic)
        && matches!(b.get(i + 1), None | Some(b' ' | b','))
}

/// For each byte length up to eight, a bit per first letter (lower case,
/// `a` as bit 0) of the [`PHONETIC`] words of that length.
const PHONETIC_HEADS: [u32; 9] = {
    let mut t = [0u32; 9];
    let mut k = 0;
    #[expect(clippy::indexing_slicing, reason = "k < len, and lengths are checked")]
    while k < PHONETIC.len() {
        let w = PHONETIC[k].as_bytes();
        if w.len() < 9 && !w.is_empty() && w[0].is_ascii_lowercase() {
            t[w.len()] |= 1 << (w[0] - b'a');
        }
        k += 1;
    }
    t
};

/// True if the token `w` is a word of the phonetic alphabet.
fn phonetic(w: &[u8]) -> bool {
    // (By its length and first letter first: most tokens are none.)
    let head = w.first().map_or(0, u8::to_ascii_lowercase);
    head.is_ascii_lowercase()
        && PHONETIC_HEADS
            .get(w.len())
            .is_some_and(|&m| m & (1 << (head - b'a')) != 0)
        && one_of(PHONETIC, w)
}

/// True if the token `w` is a word a value is spelled with: a digit's
/// name, a number word, "double" or "triple", or a word of the phonetic
/// alphabet.
fn said_word(w: &[u8]) -> bool {
    digit_name(w).is_some() || repeat_word(w).is_some() || is_number_word(w) || phonetic(w)
}

/// What the words of `b` say of values read out, in one pass: whether two
/// of its tokens name digits (a digit's name, a number word, "double" or
/// "triple"), and how many, up to two, are marks of a value spelled out:
/// those, words of the phonetic alphabet and letters standing alone (see
/// [`letter_alone`]). A run of items that holds two marks (see
/// [`spelled_marks`]) makes the count two, so a text where it is less
/// holds no such run, whatever lies around.
pub(crate) fn spoken_marks(b: &[u8]) -> (bool, usize) {
    let (mut names, mut marks) = (0, 0);
    let mut i = 0;
    while let Some(t) = next_token(b, i) {
        i = t.1.max(t.0 + 1);
        let w = word(b, t);
        if digit_name(w).is_some() || repeat_word(w).is_some() || is_number_word(w) {
            names += 1;
            marks += 1;
            if names >= 2 {
                return (true, 2);
            }
        } else if marks < 2 && (t.1 == t.0 + 1 && letter_alone(b, t.0) || phonetic(w)) {
            marks += 1;
        }
    }
    (false, marks.min(2))
}

/// How many of the marks [`spoken_marks`] counts the items `part` of the text
/// `b` hold, up to two: the tokens they start with.
pub(crate) fn spelled_marks(b: &[u8], part: &[Item]) -> usize {
    let mut n = 0;
    for x in part {
        let Some(t) = next_token(b, x.start) else {
            break;
        };
        if t.0 == x.start && ((t.1 == t.0 + 1 && letter_alone(b, t.0)) || said_word(word(b, t))) {
            n += 1;
            if n >= 2 {
                break;
            }
        }
    }
    n
}

/// The words of the phonetic alphabet (not those that name a digit in
/// some language: "lima" is five in Indonesian).
const PHONETIC: &[&str] = &[
    "alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
    "juliet", "juliett", "kilo", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra",
    "tango", "uniform", "victor", "whiskey", "whisky", "xray", "yankee", "zulu",
];

/// Words that join a letter to a word starting with it ("P for peter",
/// "B de burro", "D di Delhi", "M like mango").
const JOINS: &[&str] = &["for", "de", "di", "like", "jaise", "como"];

fn word(b: &[u8], t: (usize, usize)) -> &[u8] {
    b.get(t.0..t.1).unwrap_or(&[])
}

/// True if the gap `g` between two items joins them: spaces, commas and
/// dashes, or dots with a space or in an ellipsis ("… nine ... four"), at
/// most eight bytes ("d.o.b.", "07/11/1997" are no letters said).
fn joins(g: &[u8]) -> bool {
    let marks = g.iter().all(|&c| matches!(c, b' ' | b',' | b'-' | b'.'));
    let dots = memchr::memchr_iter(b'.', g).count();
    g.len() <= 8 && (marks && (dots == 0 || dots >= 2 || g.contains(&b' ')))
        || g.trim_ascii() == "…".as_bytes()
}

/// The word after a letter that tells it apart ("for peter", "as in
/// papa", "de burro"): where it ends, if one is there. The word must start
/// with the letter (or with a letter outside ASCII: "A de árbol").
fn example(b: &[u8], letter: u8, end: usize) -> Option<usize> {
    let j = next_token(b, end)?;
    if b.get(end..j.0) != Some(b" ") {
        return None;
    }
    let w = word(b, j);
    let after = if one_of(JOINS, w) {
        j.1
    } else if w.eq_ignore_ascii_case(b"as") || w.eq_ignore_ascii_case(b"jaisa") {
        let k = next_token(b, j.1)?;
        if !word(b, k).eq_ignore_ascii_case(b"in") {
            return None;
        }
        k.1
    } else {
        return None;
    };
    let x = next_token(b, after)?;
    let first = *word(b, x).first()?;
    let starts = first.to_ascii_uppercase() == letter || first >= 0x80;
    (b.get(after..x.0) == Some(b" ") && starts && !first.is_ascii_digit()).then_some(x.1)
}

/// The item said from the token `t` on, and where it ends.
fn item_at(b: &[u8], t: (usize, usize)) -> Option<Item> {
    let w = word(b, t);
    let mut it = Item {
        start: t.0,
        end: t.1,
        chars: [0; ITEM_CHARS],
        n: 0,
        how: 0,
    };
    let push = |it: &mut Item, c: u8| {
        if let Some(slot) = it.chars.get_mut(usize::from(it.n)) {
            *slot = c;
            it.n += 1;
        }
    };
    // Figures of any script ("4672", "६७१०", "７４").
    if w.first().is_some_and(|&c| c.is_ascii_digit() || c >= 0xC0) {
        let mut at = t.0;
        while at < t.1 {
            let (digit, len) = digit_at(b, at)?;
            push(&mut it, b'0' + digit);
            at += len;
        }
        return (it.n > 0 && usize::from(it.n) <= ITEM_CHARS).then_some(it);
    }
    it.how = SAID;
    // A word of two or three figures ("thirty-five", "sesenta").
    if let Some(p) = phrase(b, t.0, t.1) {
        for &d in p.digits.get(..p.n)? {
            push(&mut it, b'0' + d);
        }
        it.end = p.end;
        return Some(it);
    }
    if let Some(d) = digit_name(w) {
        push(&mut it, b'0' + d);
        return Some(it);
    }
    // "double five", "triple zero".
    if let Some(k) = repeat_word(w) {
        let next = next_token(b, t.1)?;
        let digit = digit_name(word(b, next))?;
        for _ in 0..k {
            push(&mut it, b'0' + digit);
        }
        it.end = next.1;
        return Some(it);
    }
    let letter = match w {
        // (Not the letter of a contraction or of a word cut by a slash:
        // "I'm", "a/c", "s/o".)
        [c] if c.is_ascii_alphabetic()
            && !matches!(t.0.checked_sub(1).and_then(|k| b.get(k)), Some(b'\''))
            && b.get(t.1) != Some(&b'/') =>
        {
            it.how = ALONE;
            c.to_ascii_uppercase()
        }
        _ if one_of(PHONETIC, w) => w.first()?.to_ascii_uppercase(),
        // Letters typed together between ones said ("CNRB zero four …",
        // "… uno dos MGTLRL cero cuatro").
        _ if (2..=8).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase) => {
            it.how = LETTERS;
            for &c in w {
                push(&mut it, c);
            }
            return Some(it);
        }
        _ => return None,
    };
    push(&mut it, letter);
    if let Some(e) = example(b, letter, t.1) {
        it.end = e;
        it.how = SAID;
    }
    Some(it)
}

/// Calls `found` with each run of two or more items joined by gaps
/// ([`joins`]) or fillers, in order.
pub(crate) fn spelled_runs(b: &[u8], mut found: impl FnMut(&[Item])) {
    let empty = Item {
        start: 0,
        end: 0,
        chars: [0; ITEM_CHARS],
        n: 0,
        how: 0,
    };
    let mut run = [empty; MAX_ITEMS];
    let mut n = 0;
    // Where the gap to the next item starts (after any fillers).
    let mut from = 0;
    let mut fillers = 0;
    let mut i = 0;
    while let Some(t) = next_token(b, i) {
        i = t.1;
        let joined = n > 0 && b.get(from..t.0).is_some_and(joins);
        match item_at(b, t) {
            Some(it) if joined && n < MAX_ITEMS => {
                if let Some(slot) = run.get_mut(n) {
                    *slot = it;
                }
                n += 1;
            }
            Some(it) => {
                if n >= 2 {
                    found(run.get(..n).unwrap_or(&[]));
                }
                run[0] = it;
                n = 1;
            }
            None if joined && fillers < 2 && is_filler(word(b, t)) => {
                fillers += 1;
                from = t.1;
                continue;
            }
            None => {
                if n >= 2 {
                    found(run.get(..n).unwrap_or(&[]));
                }
                n = 0;
                continue;
            }
        }
        fillers = 0;
        from = run.get(n.wrapping_sub(1)).map_or(t.1, |x| x.end);
        i = i.max(from);
    }
    if n >= 2 {
        found(run.get(..n).unwrap_or(&[]));
    }
}

#[cfg(test)]
mod tests {
    use super::{spelled_runs, spoken_marks};

    #[test]
    fn marks_count_said_words_and_letters_alone() {
        for (text, want) in [
            ("uno dos", (true, 2)),
            ("charlie whiskey 208 273 charlie", (false, 2)),
            ("bic B B V A", (false, 2)),
            ("cero XEPQ 711", (false, 1)),
            // (A contraction's letter and "a/c" are no letters alone.)
            ("I'm NRI, NRE a/c 91617655678", (false, 0)),
            ("nice weather today", (false, 0)),
        ] {
            assert_eq!(spoken_marks(text.as_bytes()), want, "{text}");
        }
    }

    #[test]
    fn a_letter_of_a_contraction_or_a_slash_is_no_item() {
        assert!(
            runs("I'm NRI, NRE a/c 91617655678")
                .iter()
                .all(|(c, _)| !c.starts_with('M') && !c.ends_with('A')),
            "{:?}",
            runs("I'm NRI, NRE a/c 91617655678")
        );
    }

    fn runs(text: &str) -> Vec<(String, &str)> {
        let mut v = Vec::new();
        spelled_runs(text.as_bytes(), |items| {
            let chars = items
                .iter()
                .flat_map(|x| x.chars().iter().map(|&c| char::from(c)))
                .collect();
            let (s, e) = (items[0].start, items[items.len() - 1].end);
            v.push((chars, text.get(s..e).unwrap_or("")));
        });
        v
    }

    #[test]
    fn letters_and_digits_said_make_one_run() {
        for (text, chars, span) in [
            (
                "ifsc code S B I N zero six four three eight eight three please",
                "SBIN0643883",
                "S B I N zero six four three eight eight three",
            ),
            (
                "pan W for william O for orange Y as in yellow P as in papa G as in goat 4672 P ok",
                "WOYPG4672P",
                "W for william O for orange Y as in yellow P as in papa G as in goat 4672 P",
            ),
            (
                "nino oscar romeo three oh four eight, one three D ok",
                "OR304813D",
                "oscar romeo three oh four eight, one three D",
            ),
            (
                "curp G de gato U de uva A de árbol sesenta cero ocho",
                "GUA6008",
                "G de gato U de uva A de árbol sesenta cero ocho",
            ),
            ("bic B B V A E S M M para", "BBVAESMM", "B B V A E S M M"),
        ] {
            let got = runs(text);
            assert!(
                got.iter()
                    .any(|(c, s)| c.ends_with(chars) && s.ends_with(span)),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_letter_before_a_word_not_starting_with_it_ends_there() {
        let got = runs("PAN 4672 P for KYC update");
        assert!(
            got.iter()
                .any(|(c, s)| c.ends_with("4672P") && s.ends_with("4672 P")),
            "{got:?}"
        );
    }
}
