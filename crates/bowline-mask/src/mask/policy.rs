//! [`MaskPolicy`]: which [`Operator`] applies to which kind.

use std::collections::BTreeMap;

use super::operator::Operator;
use crate::kind::PiiKind;

/// Which [`Operator`] rewrites which kind of finding.
///
/// A policy has a default operator (default: [`Operator::Label`]), an
/// operator per kind that overrides it, and one PCI option
/// ([`eight_digit_bin`](Self::eight_digit_bin)). Sensitive authentication
/// data is always removed, whatever the policy says (see [`Operator`]).
///
/// ```
/// use bowline_mask::{MaskPolicy, Operator, PiiKind};
///
/// let mut policy = MaskPolicy::new();
/// policy
///     .default_operator(Operator::Placeholder)
///     .set(PiiKind::CardNumber, Operator::Partial { first: 6, last: 4 })
///     .set(PiiKind::CardSecurityCode, Operator::Label);
/// assert_eq!(policy.operator(PiiKind::Email), Operator::Placeholder);
/// // A CVV is removed whatever the policy says (PCI DSS 3.3.1).
/// assert_eq!(policy.operator(PiiKind::CardSecurityCode), Operator::Remove);
/// ```
///
/// # File format
///
/// With the `serde` feature a policy deserializes from (for example) TOML;
/// unknown keys, kinds and operators are errors that name the bad key:
///
/// ```toml
/// default = "label"          # remove | label | placeholder | keyed_token | vault | keep
/// eight_digit_bin = false    # allow 8 + 4 digits of 16+ digit card numbers
///
/// [kinds]
/// card_number = { partial = { first = 6, last = 4 } }
/// iban = { partial = { first = 4, last = 4 } }
/// email = "placeholder"
/// phone = { fixed = "*" }
/// br_cpf = "keyed_token"
/// ```
///
/// Every key is optional. Kinds are the `snake_case` names of [`PiiKind`];
/// custom kinds are set in code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct MaskPolicy {
    #[cfg_attr(feature = "serde", serde(default))]
    default: Operator,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "BTreeMap::is_empty")
    )]
    kinds: BTreeMap<PiiKind, Operator>,
    #[cfg_attr(feature = "serde", serde(default))]
    eight_digit_bin: bool,
}

impl MaskPolicy {
    /// A policy that labels every kind (`<CARD_NUMBER>`) and removes
    /// sensitive authentication data.
    #[must_use]
    pub fn new() -> MaskPolicy {
        MaskPolicy::default()
    }

    /// Sets the operator for kinds without their own. Default: [`Operator::Label`].
    pub fn default_operator(&mut self, operator: Operator) -> &mut Self {
        self.default = operator;
        self
    }

    /// Sets the operator for `kind`, overriding the default operator. It has
    /// no effect on sensitive authentication data, which is always removed.
    pub fn set(&mut self, kind: PiiKind, operator: Operator) -> &mut Self {
        self.kinds.insert(kind, operator);
        self
    }

    /// Allows [`Operator::Partial`] to show up to 8 leading digits of card
    /// numbers with at least 16 digits (PCI SSC FAQ on 8-digit BINs).
    /// Default: `false` (at most 6).
    pub fn eight_digit_bin(&mut self, allow: bool) -> &mut Self {
        self.eight_digit_bin = allow;
        self
    }

    /// The operator that rewrites `kind`: [`Operator::Remove`] for
    /// sensitive authentication data, else the kind's own operator, else
    /// the default.
    #[must_use]
    pub fn operator(&self, kind: PiiKind) -> Operator {
        if kind.is_sensitive_authentication_data() {
            return Operator::Remove;
        }
        self.kinds.get(&kind).copied().unwrap_or(self.default)
    }

    /// The default operator.
    #[must_use]
    pub fn fallback_operator(&self) -> Operator {
        self.default
    }

    /// The kinds with an operator of their own, and that operator (as set,
    /// before the sensitive-authentication-data rule).
    pub fn overrides(&self) -> impl Iterator<Item = (PiiKind, Operator)> + '_ {
        self.kinds.iter().map(|(&k, &op)| (k, op))
    }

    /// Whether 8-digit BINs may be shown (see [`eight_digit_bin`](Self::eight_digit_bin)).
    #[must_use]
    pub fn allows_eight_digit_bin(&self) -> bool {
        self.eight_digit_bin
    }

    /// Every operator the policy can apply: the default and each override
    /// that is not shadowed by the sensitive-authentication-data rule.
    pub(crate) fn operators_in_use(
        &self,
    ) -> impl Iterator<Item = (Option<PiiKind>, Operator)> + '_ {
        core::iter::once((None, self.default)).chain(
            self.kinds
                .iter()
                .filter(|(k, _)| !k.is_sensitive_authentication_data())
                .map(|(&k, &op)| (Some(k), op)),
        )
    }
}
