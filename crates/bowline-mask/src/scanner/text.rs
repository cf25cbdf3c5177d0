//! Byte-level helpers for the hand-written scanner: digits of several
//! scripts, separators, ASCII classes. Every function is total: out-of-range
//! positions read as byte 0, which belongs to no class.

/// The byte at `i`, or 0 past the end.
#[inline]
pub(crate) fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// The byte before `i`, or 0 at the start.
#[inline]
pub(crate) fn before(b: &[u8], i: usize) -> u8 {
    match i.checked_sub(1) {
        Some(j) => at(b, j),
        None => 0,
    }
}

/// ASCII letter or digit.
#[inline]
pub(crate) fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

/// True if a two-byte letter of the Latin script (U+00C0 to U+024F, not
/// `×` or `÷`: "é", "ñ", "ł", "ş") has its lead byte at `i`.
#[inline]
pub(crate) fn latin_letter_at(b: &[u8], i: usize) -> bool {
    latin_letter(at(b, i), at(b, i + 1))
}

/// True if the two bytes `lead`, `cont` encode a letter of the Latin script
/// (see [`latin_letter_at`]).
#[inline]
pub(crate) fn latin_letter(lead: u8, cont: u8) -> bool {
    (0xC3..=0xC9).contains(&lead)
        && cont & 0xC0 == 0x80
        && !(lead == 0xC3 && matches!(cont, 0x97 | 0xB7))
}

/// True if `b` ends with `suffix`, ASCII letters compared without case.
pub(crate) fn ends_with_ci(b: &[u8], suffix: &[u8]) -> bool {
    b.len() >= suffix.len()
        && b.get(b.len() - suffix.len()..)
            .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
}

/// True if `b` starts with `prefix`, ASCII letters compared without case.
pub(crate) fn starts_with_ci(b: &[u8], prefix: &[u8]) -> bool {
    b.get(..prefix.len())
        .is_some_and(|t| t.eq_ignore_ascii_case(prefix))
}

/// `b.starts_with(prefix)`, the first bytes compared before the rest: in a
/// scan of a table of prefixes most entries differ there, and the slice
/// comparison calls `memcmp` for each.
#[inline]
pub(crate) fn leads_with(b: &[u8], prefix: &[u8]) -> bool {
    prefix.first() == b.first() && b.starts_with(prefix)
}

/// True if `needle` occurs in `hay`, ASCII letters compared without case
/// (an empty needle occurs everywhere).
pub(crate) fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    // (The first byte is compared alone first: most windows fail on it.)
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let first = first.to_ascii_lowercase();
    hay.windows(needle.len()).any(|w| {
        w.first().is_some_and(|c| c.to_ascii_lowercase() == first)
            && w.get(1..).is_some_and(|r| r.eq_ignore_ascii_case(rest))
    })
}

/// True if `needle` occurs in `hay` (ASCII case folded) where a word
/// starts: at the start, or after a byte that is neither an ASCII letter
/// or digit nor part of a multi-byte character ("digo" is no word inside
/// "código").
pub(crate) fn contains_word_ci(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty()
        || hay.windows(needle.len()).enumerate().any(|(i, w)| {
            w.eq_ignore_ascii_case(needle)
                && (i == 0
                    || hay
                        .get(i - 1)
                        .is_some_and(|&c| !c.is_ascii_alphanumeric() && c < 0x80))
        })
}

/// True if `needle` occurs in `hay` as a whole word (ASCII case ignored):
/// no ASCII letter or digit right before or right after it.
pub(crate) fn contains_whole_word_ci(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty()
        && hay.windows(needle.len()).enumerate().any(|(i, w)| {
            w.eq_ignore_ascii_case(needle)
                && (i == 0 || !is_alnum(before(hay, i)))
                && !is_alnum(at(hay, i + needle.len()))
        })
}

/// A decimal digit in any supported script at `i`: `(value, byte length)`.
/// ASCII, Arabic-Indic (U+0660..), Extended Arabic-Indic (U+06F0..), the
/// Indic scripts' (Devanagari U+0966.., Bengali, Gurmukhi, Gujarati, Oriya,
/// Tamil, Telugu, Kannada, Malayalam), Thai (U+0E50..), Lao (U+0ED0..),
/// Myanmar (U+1040..), Khmer (U+17E0..) and full-width (U+FF10..) digits.
#[inline]
pub(crate) fn digit_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    let c = at(b, i);
    if c.is_ascii_digit() {
        return Some((c - b'0', 1));
    }
    if c < 0xC0 {
        return None;
    }
    let c1 = at(b, i + 1);
    match c {
        0xD9 if (0xA0..=0xA9).contains(&c1) => Some((c1 - 0xA0, 2)),
        0xDB if (0xB0..=0xB9).contains(&c1) => Some((c1 - 0xB0, 2)),
        // The Indic scripts keep their digits at the same place in each
        // block: Devanagari (U+0966..), Bengali (U+09E6..), Gurmukhi,
        // Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam (U+0D66..).
        0xE0 if c1 & 1 == 1 && (0xA5..=0xB5).contains(&c1) => {
            let c2 = at(b, i + 2);
            (0xA6..=0xAF).contains(&c2).then(|| (c2 - 0xA6, 3))
        }
        // Thai (U+0E50..) and Lao (U+0ED0..).
        0xE0 if c1 == 0xB9 || c1 == 0xBB => {
            let c2 = at(b, i + 2);
            (0x90..=0x99).contains(&c2).then(|| (c2 - 0x90, 3))
        }
        // Myanmar (U+1040..).
        0xE1 if c1 == 0x81 => {
            let c2 = at(b, i + 2);
            (0x80..=0x89).contains(&c2).then(|| (c2 - 0x80, 3))
        }
        // Khmer (U+17E0..).
        0xE1 if c1 == 0x9F => {
            let c2 = at(b, i + 2);
            (0xA0..=0xA9).contains(&c2).then(|| (c2 - 0xA0, 3))
        }
        0xEF if c1 == 0xBC => {
            let c2 = at(b, i + 2);
            (0x90..=0x99).contains(&c2).then(|| (c2 - 0x90, 3))
        }
        _ => None,
    }
}

/// Separator classes (bit flags) between the groups of a number.
pub(crate) const SEP_SPACE: u8 = 1;
pub(crate) const SEP_DASH: u8 = 2;
pub(crate) const SEP_DOT: u8 = 4;
pub(crate) const SEP_SLASH: u8 = 8;
pub(crate) const SEP_NEWLINE: u8 = 16;
pub(crate) const SEP_PAREN: u8 = 32;

/// True if a digit of any script (see [`digit_at`]) starts in `b[i..i +
/// len]`, cut at the text's end.
pub(crate) fn digit_within(b: &[u8], i: usize, len: usize) -> bool {
    (i..(i + len).min(b.len())).any(|j| digit_at(b, j).is_some())
}

/// One separator character at `i`: `(class, byte length)`. Spaces include
/// tab, no-break space (U+00A0), thin space (U+2009) and narrow no-break
/// space (U+202F); dashes include U+2010, U+2011, U+2012 and U+2013.
#[inline]
pub(crate) fn sep_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match at(b, i) {
        b' ' | b'\t' => Some((SEP_SPACE, 1)),
        b'-' => Some((SEP_DASH, 1)),
        b'.' => Some((SEP_DOT, 1)),
        b'/' => Some((SEP_SLASH, 1)),
        b'\n' | b'\r' => Some((SEP_NEWLINE, 1)),
        b'(' | b')' => Some((SEP_PAREN, 1)),
        0xC2 if at(b, i + 1) == 0xA0 => Some((SEP_SPACE, 2)),
        // A middle dot, as PDFs copy some groupings ("4478·1951·6551·1133").
        0xC2 if at(b, i + 1) == 0xB7 => Some((SEP_DOT, 2)),
        0xE2 if at(b, i + 1) == 0x80 => match at(b, i + 2) {
            0x89 | 0xAF => Some((SEP_SPACE, 3)),
            0x90..=0x93 => Some((SEP_DASH, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// True if `i` is at the start of a UTF-8 character (or at the end).
#[inline]
pub(crate) fn is_char_start(b: &[u8], i: usize) -> bool {
    i >= b.len() || (at(b, i) & 0xC0) != 0x80
}

/// Moves back over at most `chars` characters from `i`; the result is a
/// character boundary (given that `i` is one).
pub(crate) fn back_chars(b: &[u8], mut i: usize, chars: usize) -> usize {
    // Every character is at least one byte: a start within `chars` bytes of
    // the text's start reaches it (the common case for short messages).
    if i <= chars {
        return 0;
    }
    // Fast path: ASCII text has one byte per character.
    let lo = i.saturating_sub(chars);
    if b.get(lo..i).is_some_and(<[u8]>::is_ascii) {
        return lo;
    }
    let mut n = 0;
    while i > 0 && n < chars {
        i -= 1;
        if is_char_start(b, i) {
            n += 1;
        }
    }
    while i > 0 && !is_char_start(b, i) {
        i -= 1;
    }
    i
}

/// Moves forward over at most `chars` characters from `i`; the result is a
/// character boundary (given that `i` is one).
pub(crate) fn fwd_chars(b: &[u8], mut i: usize, chars: usize) -> usize {
    // Within `chars` bytes of the end, the walk reaches the end.
    if b.len().saturating_sub(i) <= chars {
        return b.len();
    }
    let hi = i.saturating_add(chars).min(b.len());
    if b.get(i..hi).is_some_and(<[u8]>::is_ascii) && (hi == b.len() || is_char_start(b, hi)) {
        return hi;
    }
    let mut n = 0;
    while i < b.len() && n < chars {
        i += 1;
        while i < b.len() && !is_char_start(b, i) {
            i += 1;
        }
        n += 1;
    }
    i.min(b.len())
}

/// True if the character ending right before byte `i` is alphanumeric in
/// any script (used for word boundaries of dictionary terms).
pub(crate) fn alnum_char_before(text: &str, i: usize) -> bool {
    text.get(..i)
        .and_then(|h| h.chars().next_back())
        .is_some_and(char::is_alphanumeric)
}

/// True if the character starting at byte `i` is alphanumeric in any script.
pub(crate) fn alnum_char_after(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|t| t.chars().next())
        .is_some_and(char::is_alphanumeric)
}
