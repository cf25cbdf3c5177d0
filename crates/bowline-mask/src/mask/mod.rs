//! Masking: rewriting the findings of a [`Scanner`](crate::Scanner) as a
//! [`MaskPolicy`] says, and restoring reversible markers.
//!
//! The pieces: [`Operator`] (what replaces one finding), [`MaskPolicy`]
//! (which operator for which kind), [`Masker`] (scanner + policy + optional
//! [`TokenKey`] and [`TokenVault`]), [`MaskSession`] (placeholder numbers
//! that last a conversation), [`MaskReport`] (what was replaced, where) and
//! [`Restored`] (markers put back). Streaming lives in `crate::stream`.

mod compose;
mod keyed;
mod marker;
mod masker;
mod operator;
mod policy;
mod report;
mod session;
mod vault;

pub use keyed::{KeyError, TokenKey};
pub use masker::{MaskBuildError, Masker, MaskerBuilder};
pub use operator::Operator;
pub use policy::MaskPolicy;
pub use report::{MaskReport, Replacement, Restored};
pub use session::MaskSession;
#[cfg(feature = "serde")]
pub use session::SessionSnapshot;
pub use vault::{InMemoryVault, TokenVault, VaultError};

pub(crate) use compose::{Composer, Edit};
pub(crate) use marker::MAX_MARKER_LEN;
pub(crate) use masker::{Event, MAX_PASSES, Pass, blank_into};
pub(crate) use session::SessionState;
