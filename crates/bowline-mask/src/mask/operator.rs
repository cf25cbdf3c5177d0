//! [`Operator`]: what replaces a finding, and the pure functions that apply
//! the format-preserving ones.

use crate::kind::PiiKind;

/// How a finding is rewritten.
///
/// A [`MaskPolicy`](crate::MaskPolicy) chooses one per kind. Whatever it
/// says, sensitive authentication data (`card_cvv`, `card_pin`,
/// `card_track_data`, `otp`, `password`) is always [`Operator::Remove`]d:
/// PCI DSS v4.0.1 requirement 3.3.1 forbids keeping it after authorization,
/// even encrypted, so no part of it may survive in a transcript.
///
/// | operator | `4111 1111 1111 1111` becomes | reversible |
/// | --- | --- | --- |
/// | `Remove` | (nothing) | no |
/// | `Label` | `<CARD_NUMBER>` | no |
/// | `Placeholder` | `<CARD_NUMBER_1>` | with the [`MaskSession`](crate::MaskSession) |
/// | `Partial { first: 6, last: 4 }` | `4111 11** **** 1111` | no |
/// | `Fixed('•')` | `•••••••••••••••••••` | no |
/// | `KeyedToken` | `<CARD_NUMBER#kbqdmtsnvgrchpjf>` | no (joinable) |
/// | `Vault` | `<CARD_NUMBER@…>` | with the [`TokenVault`](crate::TokenVault) |
/// | `Keep` | `4111 1111 1111 1111` (unchanged) | n/a |
///
/// The default is [`Operator::Label`].
///
/// With the `serde` feature an operator is written in snake case:
/// `"remove"`, `"label"`, `"placeholder"`, `{ partial = { first = 6, last = 4 } }`,
/// `{ fixed = "*" }`, `"keyed_token"`, `"vault"`, `"keep"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum Operator {
    /// Delete the value: nothing is written in its place.
    Remove,
    /// Write the kind's label, `<CARD_NUMBER>`.
    #[default]
    Label,
    /// Write a numbered placeholder, `<CARD_NUMBER_1>`: the same value (after
    /// normalization: `4111 1111 1111 1111` and `4111111111111111` are one
    /// card) gets the same number within a message, or within every message
    /// of a [`MaskSession`](crate::MaskSession); a different value of the
    /// same kind gets the next number. A placeholder-shaped text already in
    /// the input (`<CARD_NUMBER_1>` typed by a customer, or masked text)
    /// never collides: a number seen before its value is numbered is
    /// skipped, and such a text seen after its number was given is written
    /// with look-alike brackets (`‹CARD_NUMBER_1›`), so restore never puts
    /// back the wrong value; so is one that masking forms (a removed value
    /// between `<EMAIL_` and `1>`).
    ///
    /// Numbers are given in the first masking pass. A value found only in a
    /// later pass (once a neighbour was masked, see
    /// [`Masker::mask`](crate::Masker::mask)) gets the kind's label instead,
    /// and is reported with [`Operator::Label`]: numbering it would depend on
    /// the order in which passes meet values, which a stream cannot know.
    Placeholder,
    /// Keep the first `first` and the last `last` letters and digits, write
    /// `*` for the others, and keep every separator (space, dash, dot, `@`)
    /// where it was: `4111 11** **** 1111` (6 + 4), `DE89 **** **** **** **30 00` (4 + 4).
    ///
    /// Limits always apply. For `card_number`: at most 6 leading digits (8
    /// when the policy allows 8-digit BINs and the number has at least 16
    /// digits), at most 4 trailing digits, and at least 5 digits hidden (4
    /// for the PCI-sanctioned 8 + 4 of a 16-digit number); leading digits
    /// are given up first. For every other kind, at least half of the letters
    /// and digits (rounded up) are hidden, again giving up leading ones first.
    Partial {
        /// Leading letters and digits to keep.
        first: u8,
        /// Trailing letters and digits to keep.
        last: u8,
    },
    /// Replace every character of the value with this one: `****************`.
    /// The character must not be a letter, a digit, whitespace, a control
    /// character, `<` or `>` (checked when the [`Masker`](crate::Masker) is
    /// built): letters and digits would join the text around them into new
    /// identifiers (`XXXXXXXX@example.com` is an email again), which would
    /// break idempotence.
    Fixed(char),
    /// A keyed deterministic token, `<IBAN#kbqdmtsnvgrchpjf>`: 64 bits of
    /// HMAC-SHA256 under the caller's [`TokenKey`](crate::TokenKey) over the
    /// kind and the normalized value, written as 16 letters. The same value
    /// gives the same token in every system that holds the key, so records
    /// can be joined without seeing the value; without the key the token
    /// reveals nothing about it. Two distinct values of one kind share a
    /// token with probability 2⁻⁶⁴; among `n` distinct values the chance of
    /// any shared token is about n² / 2⁶⁵ (3 × 10⁻⁸ for a million values,
    /// 3 % for a billion). Short values from a small space (a 4-digit PIN is
    /// never tokenized: it is removed) can still be guessed by anyone who
    /// holds the key.
    KeyedToken,
    /// A reversible token from the caller's [`TokenVault`](crate::TokenVault),
    /// `<IBAN@token>`; [`Masker::restore`](crate::Masker::restore) puts the
    /// value back for a caller holding the vault.
    ///
    /// Next to the word "upi" the scanner reads `IBAN@token` as a UPI id.
    /// A finding strictly inside a vault token that the vault
    /// [`detokenize`](crate::TokenVault::detokenize)s is therefore left
    /// alone, in every pass of every masker with a vault (whatever the
    /// finding's operator): it is the masker's own output, not a value.
    /// Vault-shaped text whose token the vault does not know is masked like
    /// any text.
    Vault,
    /// Leave the value as it is: for a viewer allowed to see this kind
    /// (an access decision of "full"). Sensitive authentication data is
    /// still removed. A kept finding is still reported, with this operator
    /// and an output span holding the unchanged text, so report counts are
    /// counts of findings; text whose findings are all kept comes back
    /// borrowed.
    Keep,
}

impl Operator {
    /// The stable `snake_case` name of this operator (`"partial"`, `"fixed"`, ...).
    ///
    /// ```
    /// use bowline_mask::Operator;
    /// assert_eq!(Operator::Partial { first: 0, last: 4 }.name(), "partial");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Operator::Remove => "remove",
            Operator::Label => "label",
            Operator::Placeholder => "placeholder",
            Operator::Partial { .. } => "partial",
            Operator::Fixed(_) => "fixed",
            Operator::KeyedToken => "keyed_token",
            Operator::Vault => "vault",
            Operator::Keep => "keep",
        }
    }
}

/// True for characters a [`Operator::Fixed`] mask may use.
pub(crate) fn is_valid_fixed_char(ch: char) -> bool {
    !(ch.is_alphanumeric() || ch.is_whitespace() || ch.is_control() || ch == '<' || ch == '>')
}

/// How many leading and trailing significant characters [`partial`] keeps.
pub(crate) fn partial_counts(
    kind: PiiKind,
    significant: usize,
    first: u8,
    last: u8,
    eight_digit_bin: bool,
) -> (usize, usize) {
    let n = significant;
    let (mut keep_first, mut keep_last, min_hidden) = if kind == PiiKind::CardNumber {
        let eight = eight_digit_bin && n >= 16;
        let max_first = if eight { 8 } else { 6 };
        let first = usize::from(first).min(max_first);
        let last = usize::from(last).min(4);
        // 8 + 4 of a 16-digit PAN is the one PCI display format that hides
        // only 4 digits; everything else hides at least 5.
        let min_hidden = if eight && first > 6 { 4 } else { 5 };
        (first, last, min_hidden)
    } else {
        (usize::from(first), usize::from(last), n.div_ceil(2))
    };
    while keep_first + keep_last + min_hidden > n && keep_first + keep_last > 0 {
        if keep_first > 0 {
            keep_first -= 1;
        } else {
            keep_last -= 1;
        }
    }
    (keep_first, keep_last)
}

/// Separator-preserving partial mask of `value` (see [`Operator::Partial`]).
/// Significant characters are letters and digits (for card numbers, digits).
pub(crate) fn partial(
    kind: PiiKind,
    value: &str,
    first: u8,
    last: u8,
    eight_digit_bin: bool,
    out: &mut String,
) {
    let is_significant = |ch: char| {
        if kind == PiiKind::CardNumber {
            ch.is_numeric()
        } else {
            ch.is_alphanumeric()
        }
    };
    let n = value.chars().filter(|&c| is_significant(c)).count();
    let (keep_first, keep_last) = partial_counts(kind, n, first, last, eight_digit_bin);
    let mut i = 0;
    for ch in value.chars() {
        if is_significant(ch) {
            if i < keep_first || i >= n - keep_last {
                out.push(ch);
            } else {
                out.push('*');
            }
            i += 1;
        } else {
            out.push(ch);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(kind: PiiKind, value: &str, first: u8, last: u8, eight: bool) -> String {
        let mut out = String::new();
        partial(kind, value, first, last, eight, &mut out);
        out
    }

    #[test]
    fn card_partial_keeps_separators_and_pci_limits() {
        let card = PiiKind::CardNumber;
        assert_eq!(
            p(card, "4111 1111 1111 1111", 6, 4, false),
            "4111 11** **** 1111"
        );
        assert_eq!(
            p(card, "4111-1111-1111-1111", 0, 4, false),
            "****-****-****-1111"
        );
        // Asking for more is clamped to 6 + 4.
        assert_eq!(
            p(card, "4111111111111111", 12, 12, false),
            "411111******1111"
        );
        // 8-digit BIN only when allowed and the PAN has 16+ digits.
        assert_eq!(p(card, "4111111111111111", 8, 4, true), "41111111****1111");
        assert_eq!(p(card, "378282246310005", 8, 4, true), "378282*****0005");
        // A 13-digit PAN keeps at least 5 hidden: 4 + 4.
        assert_eq!(p(card, "4222222222222", 6, 4, false), "4222*****2222");
    }

    #[test]
    fn generic_partial_hides_at_least_half() {
        let iban = PiiKind::Iban;
        assert_eq!(
            p(iban, "DE89 3704 0044 0532 0130 00", 4, 4, false),
            "DE89 **** **** **** **30 00"
        );
        assert_eq!(p(PiiKind::Email, "ana@x.io", 1, 0, false), "a**@*.**");
        assert_eq!(p(PiiKind::UsSsn, "123-45-6789", 9, 9, false), "***-**-6789");
    }

    #[test]
    fn fixed_char_rules() {
        assert!(is_valid_fixed_char('*'));
        assert!(is_valid_fixed_char('•'));
        assert!(!is_valid_fixed_char('X'));
        assert!(!is_valid_fixed_char('7'));
        assert!(!is_valid_fixed_char('٣'));
        assert!(!is_valid_fixed_char(' '));
        assert!(!is_valid_fixed_char('<'));
    }
}
