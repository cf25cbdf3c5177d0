//! Values typed with stray marks between their groups: commas, doubled
//! dots or dashes, slashes, apostrophes, underscores and emoji ("4861 ,
//! 0788 👉 5261.1496", "3476--926499--16778", "409'388,485", `859_188_833-20`,
//! "ES68--0049 6121--5466. 0830..5890"). The
//! number builder joins groups only across one to three separators of one
//! kind or another, so such a value never becomes one span; this reader
//! offers every run of groups joined by such gaps to the caller, who keeps
//! those that pass their kind's check digits with the kind's word near.

use super::numwords::{is_filler, is_filler_pair};

/// Longest gap between two groups, in bytes (an emoji with spaces and a
/// comma around it fits).
const MAX_GAP: usize = 12;

/// Most groups in one run.
const MAX_GROUPS: usize = 8;

/// Most digits a value offered holds (an IBAN's 34 characters).
pub(crate) const MAX_DIGITS: usize = 34;

/// How the gap `g` between two groups of digits reads: `None` if it does
/// not join them, `Some(true)` if it is a stray one ("--", " , ", "👉",
/// " / ", ".."), `Some(false)` if it is an ordinary separator.
fn gap_kind(g: &[u8]) -> Option<bool> {
    // (The common gaps first: one space, dash, dot or slash.)
    if matches!(g, b" " | b"-" | b"." | b"/") {
        return Some(g == b"/");
    }
    // A filler said between groups of a value read out and typed in
    // figures ("4018 1516 6131 hmm, 8603", "4509 matlab, 5454 …", "436
    // 5881 o sea... 491 …"): looked for in gaps with a letter.
    let filler = || filler_gap(g).then_some(true);
    if g.len() > MAX_GAP {
        return filler();
    }
    // (A comma then a space ends a clause or an item of a list: "$212.08,
    // 1099-INT", "final 5740, 22-03-2025"; but a transcriber puts one
    // between the groups of a value read out, "my card number is 6080,
    // 7811, 5356, 9046": the caller's check digits and word tell.)
    if comma_gap(g) {
        return Some(true);
    }
    if g.is_empty() || g.starts_with(b", ") {
        return filler();
    }
    let text = std::str::from_utf8(g).ok()?;
    let mut marks = 0;
    let mut stray = false;
    for c in text.chars() {
        match c {
            ' ' | '\u{a0}' => {}
            '.' | '-' => marks += 1,
            // (An apostrophe or an underscore slipped between groups:
            // "409'388,485", "123_9823 9712".)
            ',' | '/' | '،' | '\'' | '’' | '_' => {
                marks += 1;
                stray = true;
            }
            // Emoji, arrows and other symbols (no letter, digit or line
            // break).
            c if !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace() => stray = true,
            _ => return filler(),
        }
    }
    Some(stray || marks >= 2)
}

/// True if the digits `b[ms..me]` and `b[ys..ye]` are a month and a year
/// (see [`month_and_year`]).
fn month_year(b: &[u8], ms: usize, me: usize, ys: usize, ye: usize) -> bool {
    let num = |s: usize, e: usize| {
        b.get(s..e).unwrap_or(&[]).iter().fold(0u32, |n, &c| {
            n.saturating_mul(10)
                .saturating_add(u32::from(c.saturating_sub(b'0')))
        })
    };
    month_and_year((num(ms, me), me - ms), (num(ys, ye), ye - ys))
}

/// True if a number and its count of digits, then another, are a card's
/// month and year as typed after its number: the month 1 to 12 in one or
/// two digits, the year in two digits or four from 20 ("2/31", "05 /
/// 2028").
pub(crate) fn month_and_year((m, m_digits): (u32, usize), (y, y_digits): (u32, usize)) -> bool {
    (1..=2).contains(&m_digits)
        && (1..=12).contains(&m)
        && (y_digits == 2 || y_digits == 4 && y / 100 == 20)
}

/// True if the gap `g` is a comma and a space (or a no-break space).
fn comma_gap(g: &[u8]) -> bool {
    g == b", " || g == ", ".as_bytes()
}

/// True if the gap `g` is a pause: an ellipsis (two or three dots, or
/// "…") with spaces around it or none ("667... 127", "5353 ... 7315").
pub(crate) fn pause_gap(g: &[u8]) -> bool {
    let t = g.trim_ascii();
    matches!(t, b".." | b"...") || t == "…".as_bytes()
}

/// True if the gap `g` holds one filler word, or a pair ("o sea"), with
/// spaces and a pause (a comma, dots, an ellipsis) around it.
fn filler_gap(g: &[u8]) -> bool {
    // (A pause after the filler, a comma or dots: "hmm, ", "umm... "; the
    // words between two numbers in prose have none.)
    if g.len() > 20
        || !g.starts_with(b" ") && !g.starts_with(b",")
        || memchr::memchr3(b',', b'.', 0xE2, g).is_none()
    {
        return false;
    }
    let mut words = g
        .split(|&c| c == b' ')
        .map(|w| {
            let w = w.strip_suffix("…".as_bytes()).unwrap_or(w);
            let end = w
                .iter()
                .rposition(|c| !matches!(c, b',' | b'.'))
                .map_or(0, |p| p + 1);
            w.get(..end).unwrap_or(&[])
        })
        .filter(|w| !w.is_empty());
    match (words.next(), words.next(), words.next()) {
        (Some(w), None, None) => is_filler(w),
        (Some(w1), Some(w2), None) => is_filler_pair(w1, w2),
        _ => false,
    }
}

/// How the gap before a group reads (see [`stray_runs`]).
const OTHER: u8 = 0;
const COMMA: u8 = 1;
const PAUSE: u8 = 2;

/// Offers each run of two or more groups of ASCII digits joined by gaps
/// that [`gap_kind`] accepts, at least one of them stray, to `offer` as
/// `(start, end, characters)`: the characters are the digits, after the
/// two capital letters glued before the first group or a space apart when
/// there are ("SA56.0572--…", "ES 72... 0081…": an IBAN's country). Runs
/// are offered longest first from each group.
pub(crate) fn stray_runs(b: &[u8], mut offer: impl FnMut(usize, usize, &[u8])) {
    // (Groups of the current run: start, end, and whether the gap before
    // is stray.)
    // (And whether that gap is a comma and a space, a pause or another:
    // see `comma_gap`, `pause_gap`.)
    let mut groups = [(0usize, 0usize, false, OTHER); MAX_GROUPS];
    let mut count: usize = 0;
    let mut i = 0;
    let mut flush = |groups: &[(usize, usize, bool, u8)]| {
        // (Nor any part of an amount: "1,204,550" of "1,204,550.75".)
        if !groups.iter().skip(1).any(|g| g.2) || amount_shaped(b, groups) {
            return;
        }
        for s in 0..groups.len() {
            for e in (s + 1..groups.len()).rev() {
                let Some(run) = groups.get(s..=e) else {
                    continue;
                };
                if !run.iter().skip(1).any(|g| g.2) {
                    continue;
                }
                // Groups set apart by a comma and a space read as one value
                // only when every gap is one and there are three groups or
                // more ("6080, 7811, 5356, 9046", "784, 1968, 2490722, 2"):
                // mixed with other gaps they are items of a list ("final
                // 5740, 22-03-2025", "$212.08, 1099-INT").
                // (Or by pauses as well, as a transcriber writes a value
                // read out slowly: "2470, 0497... 6646... 0806".)
                let commas = run.iter().skip(1).filter(|g| g.3 == COMMA).count();
                let pauses = run.iter().skip(1).filter(|g| g.3 == PAUSE).count();
                if commas > 0 && (commas + pauses + 1 != run.len() || run.len() < 3) {
                    continue;
                }
                offer_run(b, run, &mut offer);
            }
        }
    };
    while i < b.len() {
        if !b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        let s = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        // A group glued to a letter after it ends the run there.
        let glued_after = b.get(i).is_some_and(u8::is_ascii_alphabetic);
        let prev = count.checked_sub(1).and_then(|k| groups.get(k));
        let gap = prev.and_then(|prev| b.get(prev.1..s));
        // A month and a year joined by a slash are a date, no part of a
        // run ("4395 4757 8779 0681 / 2/31 / cvv 582": a card, then its
        // expiry): the run ends before the month.
        if gap == Some(&b"/"[..]) && prev.is_some_and(|&(ps, pe, ..)| month_year(b, ps, pe, s, i)) {
            flush(groups.get(..count - 1).unwrap_or(&[]));
            count = 0;
            continue;
        }
        match gap.and_then(gap_kind) {
            Some(stray) if count < MAX_GROUPS => {
                if let Some(slot) = groups.get_mut(count) {
                    // (Only a stray gap may be either: most are one space.)
                    let how = match gap {
                        Some(g) if stray && comma_gap(g) => COMMA,
                        Some(g) if stray && pause_gap(g) => PAUSE,
                        _ => OTHER,
                    };
                    *slot = (s, i, stray, how);
                    count += 1;
                }
            }
            _ => {
                flush(groups.get(..count).unwrap_or(&[]));
                if let Some(slot) = groups.get_mut(0) {
                    *slot = (s, i, false, OTHER);
                }
                count = 1;
            }
        }
        if glued_after {
            flush(groups.get(..count).unwrap_or(&[]));
            count = 0;
        }
    }
    flush(groups.get(..count).unwrap_or(&[]));
}

/// True if the run of groups `run` is written as an amount: thousands
/// after one to three digits, all set apart by the same mark, then two
/// decimals after the other one ("2.185.116,33", "1,204,550.75").
fn amount_shaped(b: &[u8], run: &[(usize, usize, bool, u8)]) -> bool {
    let n = run.len();
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    // (Three groups or more: `gap` looks at the one before each.)
    if n < 3 {
        return false;
    }
    let gap = |k: usize| {
        let (Some(prev), Some(g)) = (run.get(k - 1), run.get(k)) else {
            return None;
        };
        match b.get(prev.1..g.0) {
            Some([c @ (b'.' | b',')]) => Some(*c),
            _ => None,
        }
    };
    let Some(decimal) = gap(n - 1) else {
        return false;
    };
    (1..=3).contains(&(first.1 - first.0))
        && last.1 - last.0 == 2
        && run
            .get(1..n - 1)
            .is_some_and(|mid| mid.iter().all(|g| g.1 - g.0 == 3))
        && (1..n - 1).all(|k| gap(k).is_some_and(|c| c != decimal))
}

/// Offers the run of groups `run` (see [`stray_runs`]): its start, end and
/// characters.
fn offer_run(
    b: &[u8],
    run: &[(usize, usize, bool, u8)],
    offer: &mut impl FnMut(usize, usize, &[u8]),
) {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return;
    };
    // An IBAN's country glued before its check digits, or a space apart
    // ("ES 72... 0081... 4078 …"): offered with it, and a spaced one
    // without it as well.
    let country = |start: usize, gap: usize| {
        start >= 2 + gap
            && b.get(start - 2 - gap..start - gap)
                .is_some_and(|h| h.iter().all(u8::is_ascii_uppercase))
            && b.get(start - gap..start)
                .is_some_and(|g| g.iter().all(|&c| c == b' '))
            && !b
                .get(start.wrapping_sub(3 + gap))
                .is_some_and(u8::is_ascii_alphanumeric)
    };
    let starts = if country(first.0, 0) {
        [Some(first.0 - 2), None]
    } else if country(first.0, 1) {
        [Some(first.0 - 3), Some(first.0)]
    } else {
        [Some(first.0), None]
    };
    for start in starts.into_iter().flatten() {
        let mut buf = [0u8; MAX_DIGITS];
        let mut len = 0;
        let mut fits = true;
        for g in run {
            let piece = if g.0 == first.0 {
                b.get(start..g.1)
            } else {
                b.get(g.0..g.1)
            };
            for &c in piece.unwrap_or(&[]).iter().filter(|&&c| c != b' ') {
                if let Some(slot) = buf.get_mut(len) {
                    *slot = c;
                    len += 1;
                } else {
                    fits = false;
                }
            }
        }
        if fits {
            offer(start, last.1, buf.get(..len).unwrap_or(&[]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stray_runs;

    fn runs(text: &str) -> Vec<(&str, String)> {
        let mut v = Vec::new();
        stray_runs(text.as_bytes(), |s, e, d| {
            v.push((
                text.get(s..e).unwrap_or(""),
                String::from_utf8_lossy(d).into_owned(),
            ));
        });
        v
    }

    #[test]
    fn stray_marks_join_groups() {
        let found = runs("card 4861 , 0788 👉 5261.1496 ok");
        assert!(found.contains(&("4861 , 0788 👉 5261.1496", "4861078852611496".to_owned())));
        let found = runs("el iban SA56.0572--1014.1561--8365.4610");
        assert!(found.contains(&(
            "SA56.0572--1014.1561--8365.4610",
            "SA56057210141561 83654610".replace(' ', ""),
        )));
        // Ordinary separators alone offer nothing: the number builder
        // reads them.
        assert!(runs("card 4861 0788 5261 1496").is_empty());
        // Nor does a line break join.
        assert!(runs("4861 ,\n0788").is_empty());
        // Nor are an amount's thousands and decimals one value.
        assert!(runs("BRL 2.185.116,33 ok").is_empty());
        assert!(runs("USD 1,204,550.75 ok").is_empty());
    }

    #[test]
    fn commas_join_only_a_run_set_apart_by_commas_alone() {
        let found = runs("my card number is 6080, 7811, 5356, 9046 and");
        assert!(found.contains(&("6080, 7811, 5356, 9046", "6080781153569046".to_owned())));
        // So are groups set apart by commas and pauses.
        let found = runs("es 4024, 0071... 5383... 1994, vence");
        assert!(found.contains(&("4024, 0071... 5383... 1994", "4024007153831994".to_owned())));
        // Two groups, or a comma among other gaps, are items of a list.
        assert!(runs("otp 799, 533").is_empty());
        assert!(
            !runs("final 5740, 22-03-2025")
                .iter()
                .any(|(s, _)| s.contains(", "))
        );
    }
}
