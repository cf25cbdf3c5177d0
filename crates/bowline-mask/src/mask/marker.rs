//! The text the masker writes in place of a value, and the parser that finds
//! it again for restore and for collision checks.
//!
//! Every marker has the shape `<STEM…>` where `STEM` is `[A-Z_]+` (the kind's
//! name in upper case, see [`stem`]):
//!
//! | marker | operator | reversible |
//! | --- | --- | --- |
//! | `<CARD_NUMBER>` | label | no |
//! | `<CARD_NUMBER_3>` | placeholder | with the session |
//! | `<CARD_NUMBER#kbqdmtsnvgrchpjf>` | keyed token | no |
//! | `<CARD_NUMBER@tok>` | vault token | with the vault |
//!
//! The stem is the kind's stable name in upper case rather than a short
//! tag (`<CARD_NUMBER_1>`, not `<CARD_1>`): one rule covers built-in and
//! custom kinds alike, there is no second table of names to drift, and a
//! language model reading the placeholder still knows what it stands for.
//!
//! Stems contain no digits, so `_N` at the end of a marker is always a
//! placeholder number; keyed tokens and the in-memory vault's tokens use a
//! consonant-only alphabet, so no marker contains a digit run a scanner could
//! mistake for a number. The scanner can still read a marker in context
//! (`<EMAIL>` after "senha:" as a password, `UPI_ID@vbbbb` next to "upi" as
//! a UPI id): masking runs to a fixed point to mask the first, and leaves
//! the masker's own vault tokens alone (see `Masker::mask`).

use crate::Scanner;
use crate::kind::PiiKind;

/// Longest stem written, in bytes.
pub(crate) const MAX_STEM: usize = 40;
/// Longest vault token accepted, in bytes.
pub(crate) const MAX_TOKEN: usize = 64;
/// Longest placeholder number, in decimal digits (`u32`).
const MAX_NUMBER_DIGITS: usize = 10;
/// Length of a keyed token, in letters (4 bits each: 64 bits).
pub(crate) const KEYED_LEN: usize = 16;
/// Longest marker of any shape, in bytes: `<` stem `@` token `>`.
pub(crate) const MAX_MARKER_LEN: usize = 1 + MAX_STEM + 1 + MAX_TOKEN + 1;
/// The 16 letters keyed tokens and in-memory vault tokens are written with:
/// consonants only, so tokens contain neither digits nor words.
pub(crate) const ALPHABET: &[u8; 16] = b"bcdfghjkmnpqrstv";

/// The upper-case stem of `kind`: `CARD_NUMBER`, `BR_CPF`, or the caller's
/// name of a custom kind with every byte that is not an ASCII letter turned
/// into `_` (digits too, so a stem never ends in what looks like a number).
pub(crate) fn stem(scanner: &Scanner, kind: PiiKind) -> String {
    let name = scanner.kind_name(kind);
    let mut out = String::with_capacity(name.len().min(MAX_STEM));
    for ch in name.chars() {
        if out.len() >= MAX_STEM {
            break;
        }
        if ch.is_ascii_alphabetic() {
            out.push(ch.to_ascii_uppercase());
        } else {
            out.push('_');
        }
    }
    if out.bytes().all(|b| b == b'_') {
        out.clear();
        out.push_str("CUSTOM");
    }
    out
}

/// A marker found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker<'a> {
    /// `<STEM>`
    Label,
    /// `<STEM_N>`
    Placeholder { stem: &'a str, number: u32 },
    /// `<STEM#letters>`
    Keyed,
    /// `<STEM@token>`
    Vault { token: &'a str },
}

/// What [`parse_at`] saw at a `<`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Parsed<'a> {
    /// A whole marker, `len` bytes long.
    Found { marker: Marker<'a>, len: usize },
    /// Not a marker, whatever follows.
    NotMarker,
    /// The text ends before the marker could be told apart: more text may
    /// complete it.
    Incomplete,
}

/// Parses the marker that starts at byte `at` of `text` (where `text` has a
/// `<`), looking at no more than [`MAX_MARKER_LEN`] bytes.
#[expect(
    clippy::too_many_lines,
    reason = "one flat state machine reads better than four helpers"
)]
pub(crate) fn parse_at(text: &str, at: usize) -> Parsed<'_> {
    let Some(rest) = text.get(at..) else {
        return Parsed::NotMarker;
    };
    let bytes = rest.as_bytes();
    if bytes.first() != Some(&b'<') {
        return Parsed::NotMarker;
    }
    // Stem: an upper-case letter, then upper-case letters and `_`, then an
    // optional run of digits (a placeholder number, only right after `_`).
    let mut i = 1;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_uppercase() || (b == b'_' && i > 1) {
            i += 1;
            if i > 1 + MAX_STEM + 1 + MAX_NUMBER_DIGITS {
                return Parsed::NotMarker;
            }
        } else {
            break;
        }
    }
    if i == 1 {
        return if bytes.len() == 1 {
            Parsed::Incomplete
        } else {
            Parsed::NotMarker
        };
    }
    let stem_end = i;
    let stem_str = rest.get(1..stem_end).unwrap_or_default();
    let Some(&next) = bytes.get(i) else {
        return Parsed::Incomplete;
    };
    match next {
        b'>' => {
            if stem_str.ends_with('_') || stem_end - 1 > MAX_STEM {
                return Parsed::NotMarker;
            }
            Parsed::Found {
                marker: Marker::Label,
                len: i + 1,
            }
        }
        b'0'..=b'9' => {
            // `<STEM_N>`: the stem must end with `_`, N has no leading zero.
            if !stem_str.ends_with('_') || next == b'0' {
                return Parsed::NotMarker;
            }
            let stem = stem_str.get(..stem_str.len() - 1).unwrap_or_default();
            if stem.is_empty() || stem.len() > MAX_STEM {
                return Parsed::NotMarker;
            }
            let digits_start = i;
            while let Some(&b) = bytes.get(i) {
                if b.is_ascii_digit() {
                    i += 1;
                    if i - digits_start > MAX_NUMBER_DIGITS {
                        return Parsed::NotMarker;
                    }
                } else {
                    break;
                }
            }
            match bytes.get(i) {
                None => Parsed::Incomplete,
                Some(b'>') => {
                    let digits = rest.get(digits_start..i).unwrap_or_default();
                    match digits.parse::<u32>() {
                        Ok(number) => Parsed::Found {
                            marker: Marker::Placeholder { stem, number },
                            len: i + 1,
                        },
                        Err(_) => Parsed::NotMarker,
                    }
                }
                Some(_) => Parsed::NotMarker,
            }
        }
        b'#' => {
            if stem_str.ends_with('_') || stem_end - 1 > MAX_STEM {
                return Parsed::NotMarker;
            }
            let start = i + 1;
            let mut j = start;
            while let Some(&b) = bytes.get(j) {
                if ALPHABET.contains(&b) && j - start < KEYED_LEN {
                    j += 1;
                } else {
                    break;
                }
            }
            match bytes.get(j) {
                None => Parsed::Incomplete,
                Some(b'>') if j - start == KEYED_LEN => Parsed::Found {
                    marker: Marker::Keyed,
                    len: j + 1,
                },
                Some(_) => Parsed::NotMarker,
            }
        }
        b'@' => {
            if stem_str.ends_with('_') || stem_end - 1 > MAX_STEM {
                return Parsed::NotMarker;
            }
            let start = i + 1;
            let mut j = start;
            while let Some(&b) = bytes.get(j) {
                if is_token_byte(b) && j - start < MAX_TOKEN {
                    j += 1;
                } else {
                    break;
                }
            }
            match bytes.get(j) {
                None => Parsed::Incomplete,
                Some(b'>') if j > start => Parsed::Found {
                    marker: Marker::Vault {
                        token: rest.get(start..j).unwrap_or_default(),
                    },
                    len: j + 1,
                },
                Some(_) => Parsed::NotMarker,
            }
        }
        _ => Parsed::NotMarker,
    }
}

/// True for the bytes a vault token may contain: ASCII letters, digits, `_`
/// and `-`.
pub(crate) fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// True if `token` is a token the masker accepts from a vault.
pub(crate) fn is_valid_token(token: &str) -> bool {
    !token.is_empty() && token.len() <= MAX_TOKEN && token.bytes().all(is_token_byte)
}

/// Writes `n` in the token alphabet, 4 bits a letter, most significant
/// first, at least `min_len` letters.
pub(crate) fn encode_letters(mut n: u64, min_len: usize, out: &mut String) {
    let mut buf = [0u8; 16];
    let mut len = 0;
    while (n > 0 || len < min_len) && len < buf.len() {
        let digit = usize::try_from(n & 0xf).unwrap_or(0);
        if let (Some(slot), Some(&letter)) = (buf.get_mut(len), ALPHABET.get(digit)) {
            *slot = letter;
        }
        n >>= 4;
        len += 1;
    }
    for &b in buf.iter().take(len).rev() {
        out.push(char::from(b));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_marker_shape() {
        let cases: &[(&str, Parsed<'_>)] = &[
            (
                "<CARD_NUMBER>",
                Parsed::Found {
                    marker: Marker::Label,
                    len: 13,
                },
            ),
            (
                "<CARD_NUMBER_12> x",
                Parsed::Found {
                    marker: Marker::Placeholder {
                        stem: "CARD_NUMBER",
                        number: 12,
                    },
                    len: 16,
                },
            ),
            (
                "<IBAN#bcdfghjkmnpqrstv>",
                Parsed::Found {
                    marker: Marker::Keyed,
                    len: 23,
                },
            ),
            (
                "<IBAN@tok-1_a>",
                Parsed::Found {
                    marker: Marker::Vault { token: "tok-1_a" },
                    len: 14,
                },
            ),
            ("<", Parsed::Incomplete),
            ("<CARD", Parsed::Incomplete),
            ("<CARD_NUMBER_1", Parsed::Incomplete),
            ("<IBAN@tok", Parsed::Incomplete),
            ("<IBAN#bcd", Parsed::Incomplete),
            ("<card>", Parsed::NotMarker),
            ("< CARD>", Parsed::NotMarker),
            ("<_CARD>", Parsed::NotMarker),
            ("<CARD_>", Parsed::NotMarker),
            ("<CARD_01>", Parsed::NotMarker),
            ("<CARD1>", Parsed::NotMarker),
            ("<CARD_1x>", Parsed::NotMarker),
            ("<IBAN#bcd>", Parsed::NotMarker),
            ("<IBAN@>", Parsed::NotMarker),
            ("<CARD_99999999999>", Parsed::NotMarker),
        ];
        for (text, want) in cases {
            assert_eq!(parse_at(text, 0), *want, "{text}");
        }
    }

    #[test]
    fn letters_have_no_digits_and_keep_order() {
        let mut a = String::new();
        encode_letters(0, 4, &mut a);
        assert_eq!(a, "bbbb");
        let mut b = String::new();
        encode_letters(0x1f, 4, &mut b);
        assert_eq!(b, "bbcv");
        let mut c = String::new();
        encode_letters(u64::MAX, 16, &mut c);
        assert_eq!(c, "v".repeat(16));
    }

    #[test]
    fn marker_len_bound_covers_longest_vault_token() {
        let stem = "A".repeat(MAX_STEM);
        let token = "b".repeat(MAX_TOKEN);
        let text = format!("<{stem}@{token}>");
        assert_eq!(text.len(), MAX_MARKER_LEN);
        assert!(matches!(parse_at(&text, 0), Parsed::Found { len, .. } if len == MAX_MARKER_LEN));
    }
}
