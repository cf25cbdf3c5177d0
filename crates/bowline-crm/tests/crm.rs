//! The single integration-test binary of `bowline-crm`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers outside #[test] functions fail loudly on broken fixtures"
)]

mod crm {
    mod conversation;
    mod props;
    mod types;
    mod webhooks;
}
