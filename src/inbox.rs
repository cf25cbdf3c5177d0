//! What a given viewer may see of a message: the meeting point of access
//! policy ([`crate::rbac`]) and masking ([`crate::mask`]).
//!
//! An [`InboxGuard`] holds a compiled [`Authorizer`] and a [`Scanner`]. For
//! each message a viewer opens, [`InboxGuard::view`] asks the policy whether
//! the viewer may `view` the resource at all, scans the text once, asks the
//! policy once per PII category found whether and how far the viewer may
//! `unmask` it, and rewrites every finding at the granted [`MaskLevel`]:
//!
//! | mask level | what the viewer sees of `4111 1111 1111 1111` |
//! | --- | --- |
//! | `hidden` | nothing: the value is removed |
//! | `masked` | `<CARD_NUMBER>` |
//! | `last_four` | `**** **** **** 1111` |
//! | `full` | the value as typed |
//!
//! A denied `unmask` shows the value `masked`: the viewer may read the
//! message but not the identifier in it. Sensitive authentication data (CVV,
//! PIN, OTP, passwords, track data) is removed whatever the policy grants
//! (PCI DSS v4.0.1 Req. 3.3.1), so no policy can reveal it.
//!
//! The two leaf crates do not know each other: the masking crate names
//! kinds (`br_cpf`, `in_aadhaar`), the policy language names categories
//! (`national_id`). [`pii_category`] is the one conversion between them.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use crate::mask::{MaskBuildError, MaskPolicy, Masker, Operator, PiiKind, Scanner};
use crate::rbac::{Authorizer, DecisionRecord, MaskLevel, Principal, Request, Resource};

/// The policy category of a masking kind: the name an `unmask` rule lists
/// in its `pii` field.
///
/// | category | kinds |
/// | --- | --- |
/// | `card_number` | card numbers |
/// | `card_expiry` | card expiry dates |
/// | `account_number` | bank account numbers, MX CLABE, AR CBU, SWIFT/BIC, US routing numbers, UK sort codes, IFSC, UPI ids, Brazilian PIX keys |
/// | `iban` | IBANs |
/// | `tax_id` | BR CNPJ, MX RFC, AR CUIT, IN PAN, AU TFN, US ITIN |
/// | `national_id` | every other national id (SSN, Aadhaar, CPF, NINO, CURP, DNI/NIE, ...) |
/// | `phone`, `email` | phone numbers, email addresses |
/// | `date_of_birth` | dates of birth |
/// | `credential` | API keys, JWTs, and the sensitive authentication data (which is removed anyway) |
///
/// All but `credential` are built-in PII kinds of the policy language; a
/// policy that grants `credential` declares it in `pii_kinds`.
///
/// A caller-defined kind (a dictionary or custom recognizer) is its own
/// category, named as registered on the scanner; so is any kind this table
/// does not know yet, under its `snake_case` name, so that a new kind is
/// never silently covered by a broader permission.
///
/// # Examples
/// ```
/// use bowline::inbox::pii_category;
/// use bowline::mask::{PiiKind, Scanner};
/// let scanner = Scanner::new()?;
/// assert_eq!(pii_category(&scanner, PiiKind::BrCpf), "national_id");
/// assert_eq!(pii_category(&scanner, PiiKind::UpiId), "account_number");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn pii_category(scanner: &Scanner, kind: PiiKind) -> &str {
    match kind {
        PiiKind::CardNumber => "card_number",
        PiiKind::CardExpiry => "card_expiry",
        PiiKind::BankAccount
        | PiiKind::MxClabe
        | PiiKind::ArCbu
        | PiiKind::SwiftBic
        | PiiKind::UsRoutingNumber
        | PiiKind::UkSortCode
        | PiiKind::InIfsc
        | PiiKind::UpiId
        | PiiKind::BrPixKey => "account_number",
        PiiKind::Iban => "iban",
        PiiKind::BrCnpj
        | PiiKind::MxRfc
        | PiiKind::ArCuit
        | PiiKind::InPan
        | PiiKind::AuTfn
        | PiiKind::UsItin => "tax_id",
        PiiKind::UsSsn
        | PiiKind::CaSin
        | PiiKind::UkNino
        | PiiKind::InAadhaar
        | PiiKind::BrCpf
        | PiiKind::MxCurp
        | PiiKind::ClRut
        | PiiKind::EsDni
        | PiiKind::EsNie
        | PiiKind::ItCodiceFiscale
        | PiiKind::SgNric
        | PiiKind::ZaId
        | PiiKind::AeEmiratesId
        | PiiKind::TrTckn
        | PiiKind::IdNik
        | PiiKind::CnResidentId
        | PiiKind::PlPesel
        | PiiKind::NlBsn => "national_id",
        PiiKind::Email => "email",
        PiiKind::Phone => "phone",
        PiiKind::DateOfBirth => "date_of_birth",
        PiiKind::ApiKey
        | PiiKind::Jwt
        | PiiKind::Otp
        | PiiKind::Password
        | PiiKind::CardSecurityCode
        | PiiKind::CardPin
        | PiiKind::CardTrackData => "credential",
        // Custom kinds under their registered name; kinds added to the
        // masking crate later under their own name, until this table learns
        // them.
        other => scanner.kind_name(other),
    }
}

/// Access policy and scanner together: decides what each viewer sees of a
/// message.
///
/// Cheap to clone and `Send + Sync`: build it once and share it.
#[derive(Clone, Debug)]
pub struct InboxGuard {
    authz: Authorizer,
    scanner: Scanner,
    // One masker per mask level, built once, so that a view scans the text
    // once and rewrites each finding without building anything.
    hidden: Masker,
    masked: Masker,
    last_four: Masker,
    full: Masker,
}

impl InboxGuard {
    /// Combines a compiled policy set and a scanner.
    ///
    /// # Errors
    /// [`MaskBuildError`] if the masking operators cannot be set up for this
    /// scanner (the operators used here need no key or vault, so this is not
    /// expected in practice).
    ///
    /// # Examples
    /// ```
    /// use bowline::inbox::InboxGuard;
    /// use bowline::mask::Scanner;
    /// use bowline::rbac::Authorizer;
    /// let policy = r#"
    /// [[roles]]
    /// id = "agent"
    ///
    /// [[rules]]
    /// id = "agents-view"
    /// effect = "permit"
    /// roles = ["agent"]
    /// actions = ["view"]
    /// resources = ["conversation"]
    /// "#;
    /// let guard = InboxGuard::new(Authorizer::from_toml(policy, "inbox.toml")?, Scanner::new()?)?;
    /// # let _ = guard;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(authz: Authorizer, scanner: Scanner) -> Result<Self, MaskBuildError> {
        let masker = |op: Operator| -> Result<Masker, MaskBuildError> {
            let mut policy = MaskPolicy::new();
            policy.default_operator(op);
            Masker::new(&scanner, policy)
        };
        Ok(Self {
            hidden: masker(Operator::Remove)?,
            masked: masker(Operator::Label)?,
            last_four: masker(Operator::Partial { first: 0, last: 4 })?,
            full: masker(Operator::Keep)?,
            authz,
            scanner,
        })
    }

    /// The policy set.
    pub fn authorizer(&self) -> &Authorizer {
        &self.authz
    }

    /// The scanner.
    pub fn scanner(&self) -> &Scanner {
        &self.scanner
    }

    /// What `viewer` may see of `text`, a message of `resource`, at `now`.
    ///
    /// Never fails: a viewer who may not `view` the resource gets no text,
    /// and every PII category gets the level its `unmask` decision grants
    /// (`masked` when denied). The view carries the audit record of every
    /// decision taken.
    ///
    /// Cost: one `view` decision, one scan of `text`, and one `unmask`
    /// decision per distinct PII category found; text with no findings is
    /// returned borrowed.
    ///
    /// # Examples
    /// ```
    /// use bowline::inbox::InboxGuard;
    /// use bowline::mask::Scanner;
    /// use bowline::rbac::{Authorizer, MaskLevel, Principal, Resource};
    ///
    /// let policy = r#"
    /// [[roles]]
    /// id = "agent"
    ///
    /// [[roles]]
    /// id = "bot"
    ///
    /// [[rules]]
    /// id = "agents-view"
    /// effect = "permit"
    /// roles = ["agent"]
    /// actions = ["view"]
    /// resources = ["conversation"]
    ///
    /// [[rules]]
    /// id = "agents-card-last-four"
    /// effect = "permit"
    /// roles = ["agent"]
    /// actions = ["unmask"]
    /// resources = ["conversation"]
    /// pii = ["card_number"]
    /// mask = "last_four"
    /// "#;
    /// let guard = InboxGuard::new(Authorizer::from_toml(policy, "inbox.toml")?, Scanner::new()?)?;
    /// let agent = Principal::new("ana").with_role("agent");
    /// let conversation = Resource::new("conversation", "c-1021");
    /// let now = "2026-11-29T10:00:00Z".parse()?;
    ///
    /// let view = guard.view(&agent, &conversation, now,
    ///     "card 4111 1111 1111 1111 and my cpf 529.982.247-25");
    /// assert_eq!(view.text(), Some("card **** **** **** 1111 and my cpf <BR_CPF>"));
    /// assert_eq!(view.level("card_number"), Some(MaskLevel::LastFour));
    /// assert_eq!(view.level("national_id"), Some(MaskLevel::Masked));
    ///
    /// let stranger = Principal::new("eve").with_role("bot");
    /// assert_eq!(guard.view(&stranger, &conversation, now, "hello").text(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn view<'t>(
        &self,
        viewer: &Principal,
        resource: &Resource,
        now: DateTime<Utc>,
        text: &'t str,
    ) -> View<'t> {
        let view_request = Request::new(viewer.clone(), "view", resource.clone(), now);
        let view_decision = self.authz.decide(&view_request);
        let access = view_decision.record();
        if !view_decision.is_allowed() {
            return View {
                text: None,
                access,
                categories: BTreeMap::new(),
            };
        }

        let findings = self.scanner.find_all(text);
        if findings.is_empty() {
            return View {
                text: Some(Cow::Borrowed(text)),
                access,
                categories: BTreeMap::new(),
            };
        }

        let mut categories: BTreeMap<String, CategoryView> = BTreeMap::new();
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for finding in &findings {
            let category = pii_category(&self.scanner, finding.kind());
            if !categories.contains_key(category) {
                let request = Request::new(viewer.clone(), "unmask", resource.clone(), now)
                    .with_pii(category);
                let decision = self.authz.decide(&request);
                let level = if decision.is_allowed() {
                    // An allow without a level is the policy's own default:
                    // fail closed to `masked`.
                    decision.mask_level().unwrap_or(MaskLevel::Masked)
                } else {
                    MaskLevel::Masked
                };
                categories.insert(
                    category.to_owned(),
                    CategoryView {
                        level,
                        record: decision.record(),
                    },
                );
            }
            let level = categories
                .get(category)
                .map_or(MaskLevel::Hidden, |c| c.level);
            let (Some(before), Some(value)) = (
                text.get(last..finding.start()),
                text.get(finding.start()..finding.end()),
            ) else {
                // Findings are sorted, non-overlapping and on char
                // boundaries; if that ever broke, hide the rest rather than
                // leak it.
                return View {
                    text: Some(Cow::Owned(out)),
                    access,
                    categories,
                };
            };
            out.push_str(before);
            out.push_str(&self.masker(level).mask_as(finding.kind(), value));
            last = finding.end();
        }
        out.push_str(text.get(last..).unwrap_or_default());
        View {
            text: Some(Cow::Owned(out)),
            access,
            categories,
        }
    }

    fn masker(&self, level: MaskLevel) -> &Masker {
        match level {
            MaskLevel::Full => &self.full,
            MaskLevel::LastFour => &self.last_four,
            MaskLevel::Masked => &self.masked,
            // `MaskLevel` may grow: anything unknown hides.
            _ => &self.hidden,
        }
    }
}

/// What one viewer sees of one message, with the decisions behind it.
#[derive(Clone, Debug)]
pub struct View<'t> {
    text: Option<Cow<'t, str>>,
    access: DecisionRecord,
    categories: BTreeMap<String, CategoryView>,
}

#[derive(Clone, Debug)]
struct CategoryView {
    level: MaskLevel,
    record: DecisionRecord,
}

impl View<'_> {
    /// The text as the viewer sees it, or `None` if the viewer may not view
    /// the resource.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// Whether the viewer may view the resource at all.
    pub fn is_visible(&self) -> bool {
        self.text.is_some()
    }

    /// The level granted for a PII category found in the text (see
    /// [`pii_category`]), or `None` if no PII of that category was found.
    pub fn level(&self, category: &str) -> Option<MaskLevel> {
        self.categories.get(category).map(|c| c.level)
    }

    /// The audit record of the `view` decision.
    pub fn access_record(&self) -> &DecisionRecord {
        &self.access
    }

    /// The PII categories found, each with its granted level and the audit
    /// record of its `unmask` decision, in category name order.
    pub fn unmask_records(&self) -> impl Iterator<Item = (&str, MaskLevel, &DecisionRecord)> {
        self.categories
            .iter()
            .map(|(name, c)| (name.as_str(), c.level, &c.record))
    }
}
