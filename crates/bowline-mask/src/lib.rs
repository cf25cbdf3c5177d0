//! Find card numbers, IBANs, national ids, OTPs and other financial PII in
//! multilingual chat text.
//!
//! `bowline-mask` scans the messages of WhatsApp-style business
//! conversations (banks, lenders, card issuers, payment apps, insurers) for
//! the identifiers that leak there: payment cards and their security codes,
//! bank accounts, IBANs, routing codes, UPI ids and PIX keys, national ids
//! with their check digits, phone numbers, emails, one-time passwords and
//! passwords, API keys and dates of birth. It reports each one as a
//! [`Finding`]: a kind, a byte span of your `&str` and a [`Confidence`].
//!
//! It does no I/O, keeps no state between calls and never panics on input.
//!
//! # Example
//!
//! ```
//! use bowline_mask::{PiiKind, Scanner};
//!
//! let scanner = Scanner::new()?;
//! let text = "Oi! meu cpf é 529.982.247-25 e o cartão 5555 5555 5555 4444 😊";
//! let found = scanner.find_all(text);
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].kind(), PiiKind::BrCpf);
//! assert_eq!(found[0].text_in(text), Some("529.982.247-25"));
//! assert_eq!(found[1].kind(), PiiKind::CardNumber);
//! # Ok::<(), bowline_mask::BuildError>(())
//! ```
//!
//! # Concepts
//!
//! - **Kinds** ([`PiiKind`]) have stable `snake_case` names. Each built-in kind
//!   has a format, a validator (check digit or structure) and a gating rule.
//!   *Validated* kinds (a card passing Luhn with a known brand prefix and
//!   length, an IBAN passing mod-97, a CPF with both check digits) stand
//!   alone. *Context-gated* kinds (bank account, CVV, PIN, OTP, password,
//!   date of birth, SWIFT/BIC, sort code, bare 9-digit SSN) are reported only
//!   when a keyword of their kind is within the context window.
//! - **Context keywords** come in English, Hinglish and Hindi, Portuguese,
//!   Spanish, Indonesian and Arabic ("cvv", "a/c", "conta", "cuenta",
//!   "código", "OTP", "खाता", "rekening", "رقم" ...). They gate weak kinds and
//!   raise the confidence of strong ones. Negative context ("order",
//!   "pedido", "pesanan", "tracking", "ref", "invoice", "protocolo", an
//!   amount's currency, "ending in", "final") suppresses weak findings.
//! - **Text as people type it**: digit groups separated by spaces, dashes,
//!   dots, slashes, no-break, narrow or thin spaces, Unicode hyphens and
//!   dashes (read as their ASCII forms by every rule) or a line break;
//!   invisible direction marks and zero-width characters that chat apps and
//!   copied text put around numbers (read as nothing);
//!   Arabic-Indic, Extended Arabic-Indic, Indic (Devanagari, Bengali, Tamil
//!   …), Thai, Lao, Khmer, Myanmar and full-width digits (every rule reads
//!   them as it reads ASCII digits: the same text in any of these scripts
//!   holds the same findings); full-width Latin letters ("ＯＴＰ",
//!   "ＡＩＲＰＱ６４０７Ｈ", as a Japanese keyboard types them) read as
//!   ASCII letters; numbers glued to words of scripts without spaces.
//! - **Extension** through the [`ScannerBuilder`]: enable or disable kinds,
//!   regional presets ([`Region`]), allow-lists (exact values and patterns),
//!   deny-lists, dictionaries of known values (Aho-Corasick,
//!   case-insensitive, word-bounded) and custom [`Recognizer`]s.
//! - **Masking**: a [`Masker`] (a scanner plus a [`MaskPolicy`]) rewrites
//!   each finding with the [`Operator`] its kind is given: remove, label
//!   (`<CARD_NUMBER>`), numbered placeholder (`<CARD_NUMBER_1>`), PCI
//!   partial reveal that keeps separators (`4111 11** **** 1111`), fixed
//!   character, keyed HMAC-SHA256 token, vault token, or keep. Unchanged
//!   text comes back borrowed. Masking runs to a fixed point: masking a
//!   value changes its neighbours' context, so the output is scanned again
//!   and values found only now are masked too, for at most five passes
//!   (then it fails closed). A [`MaskSession`] keeps placeholder numbers
//!   stable across a conversation and restores them; [`StreamMasker`] and
//!   [`StreamRestorer`] do the same for text that arrives in chunks, holding
//!   back only a bounded tail. Sensitive authentication data (CVV, PIN,
//!   OTP, passwords, track data) is always removed entirely, whatever the
//!   policy says (PCI DSS v4.0.1 Req. 3.3.1).
//!
//! # Guarantees
//!
//! - Offsets are UTF-8 byte offsets into the scanned `&str`, always on
//!   character boundaries. [`char_offset`], [`utf16_offset`] and
//!   [`OffsetCursor`] convert them for Python or JavaScript callers.
//! - Findings are sorted by start and never overlap; overlaps are resolved
//!   by one deterministic rule (see [`Scanner`]).
//! - Locality: whether a span is reported depends only on the text within
//!   [`Scanner::reach`] bytes of it (see its documentation for the two
//!   exceptions), and no finding is longer than [`Scanner::max_finding_len`].
//!   Stream maskers rely on this.
//! - Masking is idempotent: [`Masker::mask`] of masked text changes
//!   nothing, and masked text holds no finding of a kind whose operator is
//!   not [`Operator::Keep`] (but inside the masker's own vault tokens, see
//!   [`Operator::Vault`]). A text that does not settle within five passes
//!   is blanked from the word holding the value left
//!   ([`MaskReport::blanked_from`]).
//! - No panics on any input; time is linear in the length of the text;
//!   invalid configuration is a typed [`BuildError`] that names the bad item.
//!
//! # Performance
//!
//! Built-in kinds are found in one hand-written pass over the bytes: it
//! skips text that cannot start an identifier, groups digit runs with their
//! separators, classifies each candidate by shape and length and runs its
//! validators, and only then looks for context keywords in a bounded window
//! (a keyword trie walked from word starts). Text without candidates costs that single
//! pass and allocates nothing. No Unicode word boundary (`\b`) is ever used:
//! it is orders of magnitude slower on non-ASCII text. Dictionaries and
//! custom recognizers, when configured, add one pass each. Masking scans
//! text with findings again to reach its fixed point (two scans for almost
//! every such text); text without findings is scanned once. See the README
//! for measured throughput.
//!
//! # Crate features
//!
//! - `serde`: `Serialize`/`Deserialize` for [`PiiKind`] (`snake_case` name),
//!   [`Confidence`], [`Finding`] (kind, start, end, confidence) and [`Region`];
//!   also [`MaskPolicy`] and [`Operator`] (so policies load from TOML or
//!   JSON), [`MaskReport`] and [`Replacement`] (serialize only), and the
//!   session snapshot that carries placeholder numbering between requests.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc(test(attr(deny(warnings))))]

mod checksum;
mod finding;
mod kind;
mod scanner;

pub use crate::finding::Finding;
pub use crate::kind::{Confidence, CustomKind, ParseConfidenceError, ParseKindError, PiiKind};
pub use crate::scanner::builder::{BuildError, Recognizer, Region, ScannerBuilder};
pub use crate::scanner::offsets::{OffsetCursor, char_offset, utf16_offset};
pub use crate::scanner::{FindIter, Scanner};

mod mask;
mod stream;

#[cfg(feature = "serde")]
pub use crate::mask::SessionSnapshot;
pub use crate::mask::{
    InMemoryVault, KeyError, MaskBuildError, MaskPolicy, MaskReport, MaskSession, Masker,
    MaskerBuilder, Operator, Replacement, Restored, TokenKey, TokenVault, VaultError,
};
pub use crate::stream::{StreamMasker, StreamRestorer};
