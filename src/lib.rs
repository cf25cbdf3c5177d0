//! Bowline keeps customer financial data safe in WhatsApp-style business
//! conversations. This crate is the facade over the Bowline libraries: it
//! re-exports each of them under a short module name, so that one dependency
//! gives the whole toolkit, while each library can still be used alone.
//!
//! | module | crate | job |
//! | --- | --- | --- |
//! | [`crm`] | `bowline-crm` | customers, agents, conversations, messages, consent; the WhatsApp Cloud API webhook model |
//! | [`mask`] | `bowline-mask` | find financial identifiers and PII in chat text; mask, hash or tokenize them |
//! | [`rbac`] | `bowline-rbac` | access policies with reasons, fail-closed, break-glass and four-eyes grants |
//! | [`inbox`] | (this crate) | what a given viewer may see of a message: policy decides the mask level per PII category, masking applies it |
//!
//! # Example
//!
//! ```
//! use bowline::crm::PhoneNumber;
//!
//! let phone: PhoneNumber = "+5511987654321".parse()?;
//! assert_eq!(phone.country_calling_code(), 55);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc(test(attr(deny(warnings))))]

pub use bowline_crm as crm;
pub use bowline_mask as mask;
pub use bowline_rbac as rbac;

pub mod inbox;
