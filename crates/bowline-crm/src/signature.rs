//! Verifying the `X-Hub-Signature-256` header of a webhook request.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Why a signature header does not verify.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignatureError {
    /// The header does not start with `sha256=`.
    #[error("signature header does not start with `sha256=`")]
    MissingPrefix,
    /// The header holds a character that is not a hex digit.
    #[error("signature header has a non-hex character at byte {offset}")]
    #[non_exhaustive]
    InvalidHex {
        /// UTF-8 byte offset in the header value.
        offset: usize,
    },
    /// The signature is not 32 bytes (64 hex digits).
    #[error("signature header has {len} hex digits, expected 64")]
    #[non_exhaustive]
    WrongLength {
        /// Hex digits found.
        len: usize,
    },
    /// The signature does not match the body and secret.
    #[error("signature does not match the body")]
    Mismatch,
}

const PREFIX: &str = "sha256=";

/// Verifies a WhatsApp (Meta) webhook signature: `header` is the value of the
/// `X-Hub-Signature-256` request header (`sha256=` and 64 hex digits, either case), `body` the
/// exact request body bytes and `app_secret` the app secret. The comparison is constant-time.
///
/// # Errors
/// [`SignatureError`] if the header is malformed or the signature does not match.
///
/// ```
/// use bowline_crm::{verify_signature, SignatureError};
/// let body = br#"{"object":"whatsapp_business_account","entry":[]}"#;
/// // HMAC-SHA256 of `body` with the secret `shhh`, as Meta would send it.
/// let header = "sha256=472d16d73787002dc413836bf8cda460800197105555e70d12030d28498b3e52";
/// assert_eq!(verify_signature(body, header, b"shhh"), Ok(()));
/// assert_eq!(verify_signature(body, header, b"wrong"), Err(SignatureError::Mismatch));
/// assert_eq!(verify_signature(body, "md5=00", b"shhh"), Err(SignatureError::MissingPrefix));
/// ```
pub fn verify_signature(
    body: &[u8],
    header: &str,
    app_secret: &[u8],
) -> Result<(), SignatureError> {
    let lead = header.len() - header.trim_start().len();
    let header = header.trim();
    let Some(hex) = header
        .get(..PREFIX.len())
        .filter(|p| p.eq_ignore_ascii_case(PREFIX))
        .and_then(|_| header.get(PREFIX.len()..))
    else {
        return Err(SignatureError::MissingPrefix);
    };
    let mut expected = [0_u8; 32];
    let mut count = 0_usize;
    let mut high: Option<u8> = None;
    for (i, c) in hex.char_indices() {
        let Some(nibble) = c.to_digit(16) else {
            return Err(SignatureError::InvalidHex {
                offset: lead + PREFIX.len() + i,
            });
        };
        #[expect(clippy::cast_possible_truncation, reason = "a hex digit is below 16")]
        let nibble = nibble as u8;
        match high.take() {
            None => high = Some(nibble),
            Some(h) => {
                if let Some(slot) = expected.get_mut(count / 2) {
                    *slot = (h << 4) | nibble;
                }
            }
        }
        count += 1;
    }
    if count != 64 {
        return Err(SignatureError::WrongLength { len: count });
    }
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(app_secret) else {
        // HMAC accepts keys of any length; this branch cannot be reached, and failing closed
        // is the safe answer if it ever is.
        return Err(SignatureError::Mismatch);
    };
    mac.update(body);
    mac.verify_slice(&expected)
        .map_err(|_| SignatureError::Mismatch)
}
