//! Keyed deterministic tokens ([`TokenKey`]) and value normalization.

use core::fmt;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::marker::{KEYED_LEN, encode_letters};
use crate::kind::PiiKind;

/// A secret key for [`Operator::KeyedToken`](crate::Operator::KeyedToken).
///
/// Systems that must join on the same tokens share the key; anyone without
/// it cannot compute or test tokens. `Debug` never prints the key.
///
/// ```
/// use bowline_mask::TokenKey;
/// let key = TokenKey::from_hex("000102030405060708090a0b0c0d0e0f")?;
/// assert_eq!(format!("{key:?}"), "TokenKey(<redacted>)");
/// assert!(TokenKey::new(b"too short").is_err());
/// # Ok::<(), bowline_mask::KeyError>(())
/// ```
#[derive(Clone)]
pub struct TokenKey {
    mac: Hmac<Sha256>,
}

impl TokenKey {
    /// The shortest key accepted, in bytes (128 bits).
    pub const MIN_LEN: usize = 16;

    /// A key from raw bytes.
    ///
    /// # Errors
    ///
    /// [`KeyError::TooShort`] if `bytes` has fewer than [`TokenKey::MIN_LEN`] bytes.
    pub fn new(bytes: &[u8]) -> Result<TokenKey, KeyError> {
        if bytes.len() < Self::MIN_LEN {
            return Err(KeyError::TooShort { len: bytes.len() });
        }
        let mac = <Hmac<Sha256> as Mac>::new_from_slice(bytes)
            .map_err(|_| KeyError::TooShort { len: bytes.len() })?;
        Ok(TokenKey { mac })
    }

    /// A key from hexadecimal text (upper or lower case, no separators).
    ///
    /// # Errors
    ///
    /// [`KeyError::InvalidHex`] at the first byte offset that is not a hex
    /// digit (or at the end, for an odd number of digits), then as [`TokenKey::new`].
    pub fn from_hex(hex: &str) -> Result<TokenKey, KeyError> {
        let digits = hex.as_bytes();
        let mut bytes = Vec::with_capacity(digits.len() / 2);
        let mut i = 0;
        while i < digits.len() {
            let hi = digits.get(i).copied().and_then(hex_value);
            let lo = digits.get(i + 1).copied().and_then(hex_value);
            match (hi, lo) {
                (Some(hi), Some(lo)) => bytes.push(hi << 4 | lo),
                (None, _) => return Err(KeyError::InvalidHex { offset: i }),
                (Some(_), None) => return Err(KeyError::InvalidHex { offset: i + 1 }),
            }
            i += 2;
        }
        TokenKey::new(&bytes)
    }

    /// The 16-letter token of `normalized` for a kind with this `stem`.
    pub(crate) fn token(&self, stem: &str, normalized: &str, out: &mut String) {
        let mut mac = self.mac.clone();
        mac.update(stem.as_bytes());
        mac.update(&[0x1f]);
        mac.update(normalized.as_bytes());
        let digest = mac.finalize().into_bytes();
        let mut first = [0u8; 8];
        for (dst, src) in first.iter_mut().zip(digest.iter()) {
            *dst = *src;
        }
        encode_letters(u64::from_be_bytes(first), KEYED_LEN, out);
    }
}

impl fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenKey(<redacted>)")
    }
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Why a [`TokenKey`] could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The key is shorter than [`TokenKey::MIN_LEN`] bytes.
    #[error("token key has {len} bytes, at least 16 are required")]
    #[non_exhaustive]
    TooShort {
        /// The length given, in bytes.
        len: usize,
    },
    /// The hex text has a bad digit, or an odd number of digits.
    #[error("token key is not hexadecimal at byte {offset}")]
    #[non_exhaustive]
    InvalidHex {
        /// Byte offset of the bad (or missing) digit.
        offset: usize,
    },
}

/// The form of a value under which two mentions count as the same value,
/// for placeholder numbering and keyed tokens.
///
/// Emails, UPI ids and custom kinds (dictionaries match without case)
/// compare without case; passwords, API keys and JWTs compare exactly;
/// every other kind (card numbers, accounts,
/// ids, phones) compares by its letters and digits alone, without case, so
/// `4111 1111 1111 1111` and `4111-1111-1111-1111` are the same card.
pub(crate) fn normalize(kind: PiiKind, value: &str) -> String {
    match kind {
        PiiKind::Email | PiiKind::UpiId | PiiKind::Custom(_) => value.to_lowercase(),
        PiiKind::Password | PiiKind::ApiKey | PiiKind::Jwt => value.to_owned(),
        _ => value
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_uppercase)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_keyed_deterministic_letters() {
        let a = TokenKey::new(&[7u8; 32]).unwrap();
        let b = TokenKey::new(&[8u8; 32]).unwrap();
        let tok = |k: &TokenKey, v: &str| {
            let mut s = String::new();
            k.token("IBAN", v, &mut s);
            s
        };
        let t1 = tok(&a, "DE89370400440532013000");
        assert_eq!(t1.len(), KEYED_LEN);
        assert!(
            t1.bytes()
                .all(|c| super::super::marker::ALPHABET.contains(&c))
        );
        assert_eq!(t1, tok(&a, "DE89370400440532013000"));
        assert_ne!(t1, tok(&b, "DE89370400440532013000"));
        assert_ne!(t1, tok(&a, "DE89370400440532013001"));
    }

    #[test]
    fn hex_keys() {
        assert!(TokenKey::from_hex("00112233445566778899AABBCCDDEEFF").is_ok());
        assert_eq!(
            TokenKey::from_hex("0011223344556677889g").unwrap_err(),
            KeyError::InvalidHex { offset: 19 }
        );
        assert_eq!(
            TokenKey::from_hex("abc").unwrap_err(),
            KeyError::InvalidHex { offset: 3 }
        );
        assert_eq!(
            TokenKey::from_hex("abcd").unwrap_err(),
            KeyError::TooShort { len: 2 }
        );
    }

    #[test]
    fn normalization() {
        assert_eq!(
            normalize(PiiKind::CardNumber, "4111 1111-1111.1111"),
            normalize(PiiKind::CardNumber, "4111111111111111")
        );
        assert_eq!(normalize(PiiKind::Iban, "de89 3704"), "DE893704");
        assert_eq!(
            normalize(PiiKind::Email, "Ana@Example.COM"),
            "ana@example.com"
        );
        assert_eq!(normalize(PiiKind::Password, "Hunter 2"), "Hunter 2");
    }
}
