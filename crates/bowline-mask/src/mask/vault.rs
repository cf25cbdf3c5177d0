//! [`TokenVault`]: reversible tokenization through the caller's store.

use core::fmt;
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use super::marker::encode_letters;
use crate::kind::PiiKind;

/// A store that swaps values for tokens and back, for
/// [`Operator::Vault`](crate::Operator::Vault).
///
/// The caller implements it over their own storage (a database table, a
/// tokenization service, an HSM); the masker only calls these two methods.
/// It is object-safe and must be `Send + Sync` (use interior mutability).
///
/// A token must be 1 to 64 ASCII letters, digits, `_` or `-`; the masker
/// writes it as `<KIND@token>` and treats any other token as a failure.
/// Prefer tokens without long digit runs (the scanner could take those for
/// numbers when masked text is masked again). Tokenizing the same value
/// twice should give the same token, so one value has one token in a
/// conversation (and a [`StreamMasker`](crate::StreamMasker) writes what
/// whole-text masking writes). `detokenize` also tells the masker which
/// vault-shaped text is its own output (see
/// [`Operator::Vault`](crate::Operator::Vault)).
///
/// ```
/// use bowline_mask::{InMemoryVault, PiiKind, TokenVault};
/// let vault = InMemoryVault::new();
/// let token = vault.tokenize(PiiKind::Iban, "DE89370400440532013000")?;
/// assert_eq!(vault.tokenize(PiiKind::Iban, "DE89370400440532013000")?, token);
/// assert_eq!(vault.detokenize(&token)?.as_deref(), Some("DE89370400440532013000"));
/// assert_eq!(vault.detokenize("unknown")?, None);
/// # Ok::<(), bowline_mask::VaultError>(())
/// ```
pub trait TokenVault: Send + Sync {
    /// The token for `value`, a finding of `kind`.
    ///
    /// # Errors
    ///
    /// Whatever the store reports; the masker then writes the kind's label
    /// instead (it fails closed) and counts the failure in the
    /// [`MaskReport`](crate::MaskReport).
    fn tokenize(&self, kind: PiiKind, value: &str) -> Result<String, VaultError>;

    /// The value behind `token`, or `None` if the store does not know it.
    ///
    /// # Errors
    ///
    /// Whatever the store reports.
    fn detokenize(&self, token: &str) -> Result<Option<String>, VaultError>;
}

/// A failure of a [`TokenVault`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The store failed; the cause is in [`source`](std::error::Error::source).
    #[error("token vault failed")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync + 'static>),
    /// The store returned a token the masker cannot write unambiguously.
    #[error(
        "token vault returned a token of {len} bytes that is not 1 to 64 ASCII letters, digits, `_` or `-`"
    )]
    #[non_exhaustive]
    InvalidToken {
        /// Length of the token, in bytes (the token itself is not kept: it
        /// might be the value).
        len: usize,
    },
    /// The store holds as many values as it may.
    #[error("token vault is full ({capacity} values)")]
    #[non_exhaustive]
    Full {
        /// How many values the store holds.
        capacity: usize,
    },
}

impl VaultError {
    /// Wraps an error of the caller's store.
    pub fn backend(error: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>) -> Self {
        VaultError::Backend(error.into())
    }
}

/// A [`TokenVault`] in memory, for tests and examples.
///
/// Tokens are `v` and letters (`vbbbc`), one per distinct (kind, value),
/// issued in order; they mean nothing outside this vault. Values live as
/// long as the vault, in plain memory: production systems keep them in a
/// real store. `Debug` shows the number of values, never a value.
#[derive(Default)]
pub struct InMemoryVault {
    inner: Mutex<Tables>,
    capacity: Option<usize>,
}

#[derive(Default)]
struct Tables {
    by_value: HashMap<(PiiKind, String), String>,
    by_token: HashMap<String, String>,
}

impl InMemoryVault {
    /// An empty vault without a size limit.
    #[must_use]
    pub fn new() -> InMemoryVault {
        InMemoryVault::default()
    }

    /// An empty vault that refuses new values once it holds `capacity`
    /// values ([`VaultError::Full`]).
    #[must_use]
    pub fn with_capacity(capacity: usize) -> InMemoryVault {
        InMemoryVault {
            inner: Mutex::default(),
            capacity: Some(capacity),
        }
    }

    /// How many values the vault holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.lock().by_token.len()
    }

    /// True if the vault holds no value.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Tables> {
        // The tables are consistent after every statement that changes
        // them, so a panic elsewhere while the lock was held leaves nothing
        // half-done: recover the guard instead of panicking.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl TokenVault for InMemoryVault {
    fn tokenize(&self, kind: PiiKind, value: &str) -> Result<String, VaultError> {
        let mut tables = self.lock();
        let key = (kind, value.to_owned());
        if let Some(token) = tables.by_value.get(&key) {
            return Ok(token.clone());
        }
        let n = tables.by_token.len();
        if self.capacity.is_some_and(|cap| n >= cap) {
            return Err(VaultError::Full { capacity: n });
        }
        let mut token = String::from("v");
        encode_letters(u64::try_from(n).unwrap_or(u64::MAX), 4, &mut token);
        tables.by_token.insert(token.clone(), key.1.clone());
        tables.by_value.insert(key, token.clone());
        Ok(token)
    }

    fn detokenize(&self, token: &str) -> Result<Option<String>, VaultError> {
        Ok(self.lock().by_token.get(token).cloned())
    }
}

impl fmt::Debug for InMemoryVault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InMemoryVault")
            .field("len", &self.len())
            .field("capacity", &self.capacity)
            .finish_non_exhaustive()
    }
}
