//! E.164 phone numbers, valid by construction.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Why a string is not an E.164 phone number.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneNumberError {
    /// The input is empty or holds only separators.
    #[error("phone number is empty")]
    Empty,
    /// E.164 numbers are written with a leading `+`.
    #[error("phone number `{input}` does not start with `+`")]
    #[non_exhaustive]
    MissingPlus {
        /// The offending input.
        input: String,
    },
    /// A character that is neither a digit nor an accepted separator.
    #[error("phone number `{input}` has an invalid character at byte {offset}")]
    #[non_exhaustive]
    InvalidCharacter {
        /// The offending input.
        input: String,
        /// UTF-8 byte offset of the character.
        offset: usize,
    },
    /// Country calling codes never start with `0`.
    #[error("phone number `{input}` starts with `0` after the `+`")]
    #[non_exhaustive]
    LeadingZero {
        /// The offending input.
        input: String,
    },
    /// Fewer digits than the shortest real numbers.
    #[error("phone number `{input}` has {digits} digits, fewer than {min}")]
    #[non_exhaustive]
    TooShort {
        /// The offending input.
        input: String,
        /// Digits found.
        digits: usize,
        /// Fewest digits accepted.
        min: usize,
    },
    /// More digits than E.164 allows.
    #[error("phone number `{input}` has {digits} digits, more than the {max} e.164 allows")]
    #[non_exhaustive]
    TooLong {
        /// The offending input.
        input: String,
        /// Digits found.
        digits: usize,
        /// Most digits accepted.
        max: usize,
    },
    /// The leading digits are not an assigned country calling code.
    #[error("phone number `{input}` does not start with an assigned country calling code")]
    #[non_exhaustive]
    UnknownCountryCode {
        /// The offending input.
        input: String,
    },
}

/// Fewest digits (country code included) accepted; the shortest numbers in use (for example
/// in Niue) have seven.
const MIN_DIGITS: usize = 7;
/// E.164 allows at most fifteen digits, country code included.
const MAX_DIGITS: usize = 15;

/// A phone number in E.164 form: `+`, a country calling code and the national number, at most
/// fifteen digits in all.
///
/// [`PhoneNumber::parse`] is the only constructor, so every value is valid. It accepts spaces,
/// `-`, `.`, `(` and `)` between digits and drops them; [`Display`](fmt::Display) writes the
/// canonical `+` and digits form, which parses back to the same value. Serde uses the same
/// text form.
///
/// ```
/// use bowline_crm::PhoneNumber;
/// let phone: PhoneNumber = "+55 (11) 98765-4321".parse()?;
/// assert_eq!(phone.to_string(), "+5511987654321");
/// assert_eq!(phone.country_calling_code(), 55);
/// assert_eq!(phone.national_number(), "11987654321");
/// # Ok::<(), bowline_crm::PhoneNumberError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber {
    // INVARIANT: ASCII digits only, MIN_DIGITS..=MAX_DIGITS long, starting with an assigned
    // country calling code of `cc_len` digits.
    digits: String,
    cc_len: u8,
}

impl PhoneNumber {
    /// Parses an E.164 phone number.
    ///
    /// # Errors
    /// Returns [`PhoneNumberError`] naming what is wrong: no leading `+`, an invalid
    /// character (with its byte offset), too few or too many digits, or an unassigned country
    /// calling code.
    ///
    /// ```
    /// use bowline_crm::{PhoneNumber, PhoneNumberError};
    /// assert!(PhoneNumber::parse("+14155550123").is_ok());
    /// assert!(matches!(
    ///     PhoneNumber::parse("4155550123"),
    ///     Err(PhoneNumberError::MissingPlus { .. })
    /// ));
    /// ```
    pub fn parse(input: &str) -> Result<Self, PhoneNumberError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PhoneNumberError::Empty);
        }
        let Some(rest) = trimmed.strip_prefix('+') else {
            return Err(PhoneNumberError::MissingPlus {
                input: input.to_owned(),
            });
        };
        // Byte offset of `rest` in `input`: leading whitespace, then the `+`.
        let base = input.len() - input.trim_start().len() + 1;
        let mut digits = String::with_capacity(MAX_DIGITS);
        for (i, c) in rest.char_indices() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => {
                    return Err(PhoneNumberError::InvalidCharacter {
                        input: input.to_owned(),
                        offset: base + i,
                    });
                }
            }
        }
        if digits.is_empty() {
            return Err(PhoneNumberError::Empty);
        }
        if digits.starts_with('0') {
            return Err(PhoneNumberError::LeadingZero {
                input: input.to_owned(),
            });
        }
        if digits.len() < MIN_DIGITS {
            return Err(PhoneNumberError::TooShort {
                input: input.to_owned(),
                digits: digits.len(),
                min: MIN_DIGITS,
            });
        }
        if digits.len() > MAX_DIGITS {
            return Err(PhoneNumberError::TooLong {
                input: input.to_owned(),
                digits: digits.len(),
                max: MAX_DIGITS,
            });
        }
        let Some(cc_len) = country_code_len(digits.as_bytes()) else {
            return Err(PhoneNumberError::UnknownCountryCode {
                input: input.to_owned(),
            });
        };
        Ok(Self { digits, cc_len })
    }

    /// The country calling code, for example `55` for Brazil or `1` for the NANP.
    ///
    /// ```
    /// use bowline_crm::PhoneNumber;
    /// assert_eq!(PhoneNumber::parse("+919876543210")?.country_calling_code(), 91);
    /// # Ok::<(), bowline_crm::PhoneNumberError>(())
    /// ```
    #[must_use]
    pub fn country_calling_code(&self) -> u16 {
        self.digits
            .bytes()
            .take(usize::from(self.cc_len))
            .fold(0_u16, |acc, b| acc * 10 + u16::from(b - b'0'))
    }

    /// The digits after the country calling code.
    ///
    /// ```
    /// use bowline_crm::PhoneNumber;
    /// assert_eq!(PhoneNumber::parse("+442079460000")?.national_number(), "2079460000");
    /// # Ok::<(), bowline_crm::PhoneNumberError>(())
    /// ```
    #[must_use]
    pub fn national_number(&self) -> &str {
        self.digits
            .get(usize::from(self.cc_len)..)
            .unwrap_or_default()
    }

    /// All digits, country code first, without the `+` (the form WhatsApp uses for `wa_id`).
    ///
    /// ```
    /// use bowline_crm::PhoneNumber;
    /// assert_eq!(PhoneNumber::parse("+1 415 555 0123")?.digits(), "14155550123");
    /// # Ok::<(), bowline_crm::PhoneNumberError>(())
    /// ```
    #[must_use]
    pub fn digits(&self) -> &str {
        &self.digits
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+{}", self.digits)
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber(+{})", self.digits)
    }
}

impl FromStr for PhoneNumber {
    type Err = PhoneNumberError;

    fn from_str(s: &str) -> Result<Self, PhoneNumberError> {
        Self::parse(s)
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = PhoneNumberError;

    fn try_from(s: String) -> Result<Self, PhoneNumberError> {
        Self::parse(&s)
    }
}

impl From<PhoneNumber> for String {
    fn from(p: PhoneNumber) -> String {
        p.to_string()
    }
}

/// Two-digit country calling codes (ITU-T E.164 assignments).
const TWO_DIGIT: &[u16] = &[
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56,
    57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];

/// Three-digit country calling codes in use, including the global (non-geographic) ones.
// Written from the ITU-T E.164 list of assigned codes as known to the author; not checked
// against the current ITU bulletin in this pass. Spare codes (for example 259, 384, 422, 671,
// 693-699, 801-807, 854, 857-859, 871-877, 884-885, 887, 889, 890-899, 969, 978, 990, 997,
// 999) are rejected.
const THREE_DIGIT: &[u16] = &[
    211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233,
    234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252,
    253, 254, 255, 256, 257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291, 297,
    298, 299, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374, 375, 376,
    377, 378, 379, 380, 381, 382, 383, 385, 386, 387, 389, 420, 421, 423, 500, 501, 502, 503, 504,
    505, 506, 507, 508, 509, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 670, 672, 673, 674,
    675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 688, 689, 690, 691, 692, 800, 808,
    850, 852, 853, 855, 856, 870, 878, 880, 881, 882, 883, 886, 888, 960, 961, 962, 963, 964, 965,
    966, 967, 968, 970, 971, 972, 973, 974, 975, 976, 977, 979, 991, 992, 993, 994, 995, 996, 998,
];

/// Length of the country calling code at the start of `digits`, if one is assigned.
fn country_code_len(digits: &[u8]) -> Option<u8> {
    let d = |i: usize| digits.get(i).map(|b| u16::from(b - b'0'));
    let first = d(0)?;
    if first == 1 || first == 7 {
        return Some(1);
    }
    let two = first * 10 + d(1)?;
    if TWO_DIGIT.binary_search(&two).is_ok() {
        return Some(2);
    }
    let three = two * 10 + d(2)?;
    THREE_DIGIT.binary_search(&three).is_ok().then_some(3)
}
