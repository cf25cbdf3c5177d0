//! The vocabulary of findings: [`PiiKind`], [`CustomKind`] and [`Confidence`].

use core::fmt;
use core::str::FromStr;

/// Declares `PiiKind` together with its `snake_case` names and the ordered
/// list of built-in kinds, so the three can never drift apart.
macro_rules! kinds {
    ($( $(#[$doc:meta])* $variant:ident => $name:literal, )*) => {
        /// A kind of personal or financial identifier.
        ///
        /// Every built-in kind has a stable `snake_case` name ([`PiiKind::as_str`],
        /// [`FromStr`], [`Display`](fmt::Display), serde) that never changes
        /// between releases. [`PiiKind::Custom`] stands for a kind the caller
        /// registered on the [`ScannerBuilder`](crate::ScannerBuilder); its name
        /// is known to the scanner ([`Scanner::kind_name`](crate::Scanner::kind_name)).
        ///
        /// The order of the variants is the final tie-breaker of overlap
        /// resolution (earlier wins); see [`Scanner`](crate::Scanner).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum PiiKind {
            $( $(#[$doc])* $variant, )*
            /// A caller-defined kind: a dictionary, deny-list or custom
            /// recognizer registered on the builder.
            Custom(CustomKind),
        }

        /// Built-in kinds in declaration order.
        const BUILTINS: &[PiiKind] = &[ $( PiiKind::$variant, )* ];

        /// The built-in kinds as a fieldless enum: its discriminants are
        /// their positions in [`BUILTINS`].
        #[derive(Clone, Copy)]
        enum BuiltinIndex { $( $variant, )* }

        impl PiiKind {
            /// Position of a built-in kind in [`PiiKind::builtins`], `None`
            /// for custom kinds (a jump table, not a search: the scanner
            /// asks for it on every candidate).
            pub(crate) const fn builtin_index(self) -> Option<usize> {
                match self {
                    $( PiiKind::$variant => Some(BuiltinIndex::$variant as usize), )*
                    PiiKind::Custom(_) => None,
                }
            }
        }

        impl PiiKind {
            /// The stable `snake_case` name of a built-in kind, or `"custom"`
            /// for [`PiiKind::Custom`] (use
            /// [`Scanner::kind_name`](crate::Scanner::kind_name) for the
            /// caller's name).
            ///
            /// ```
            /// use bowline_mask::PiiKind;
            /// assert_eq!(PiiKind::CardSecurityCode.as_str(), "card_cvv");
            /// assert_eq!("in_aadhaar".parse::<PiiKind>()?, PiiKind::InAadhaar);
            /// # Ok::<(), bowline_mask::ParseKindError>(())
            /// ```
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( PiiKind::$variant => $name, )*
                    PiiKind::Custom(_) => "custom",
                }
            }
        }

        impl FromStr for PiiKind {
            type Err = ParseKindError;

            /// Parses the `snake_case` name of a built-in kind, or the
            /// `custom:N` form that [`Display`](fmt::Display) writes for
            /// custom kinds.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $( $name => Ok(PiiKind::$variant), )*
                    _ => match s.strip_prefix("custom:").and_then(|n| n.parse::<u16>().ok()) {
                        Some(id) => Ok(PiiKind::Custom(CustomKind(id))),
                        None => Err(ParseKindError { name: s.to_owned() }),
                    },
                }
            }
        }
    };
}

kinds! {
    /// A payment card number (PAN): Luhn, brand prefix and length.
    CardNumber => "card_number",
    /// A card expiry date (`MM/YY`, `MM/YYYY`) next to card context.
    CardExpiry => "card_expiry",
    /// A card security code (CVV2, CVC2, CID): context required.
    CardSecurityCode => "card_cvv",
    /// A card or account PIN: context required.
    CardPin => "card_pin",
    /// Magnetic-stripe track 1 or track 2 data.
    CardTrackData => "card_track_data",
    /// An International Bank Account Number: mod-97 and per-country length.
    Iban => "iban",
    /// A BIC / SWIFT code: context required.
    SwiftBic => "swift_bic",
    /// A bank account number: context required.
    BankAccount => "bank_account",
    /// A US ABA routing transit number: checksum.
    UsRoutingNumber => "us_routing_number",
    /// A UK sort code (`NN-NN-NN`): context required.
    UkSortCode => "uk_sort_code",
    /// An Indian Financial System Code (`AAAA0XXXXXX`).
    InIfsc => "in_ifsc",
    /// A Mexican CLABE interbank account number: check digit.
    MxClabe => "mx_clabe",
    /// An Argentine CBU: two check digits.
    ArCbu => "ar_cbu",
    /// A Brazilian PIX key given as a random (EVP) key, or any key next to
    /// PIX context.
    BrPixKey => "br_pix_key",
    /// An Indian UPI id (`handle@psp`).
    UpiId => "upi_id",
    /// A US Social Security number.
    UsSsn => "us_ssn",
    /// A US Individual Taxpayer Identification Number.
    UsItin => "us_itin",
    /// A Canadian Social Insurance Number: Luhn.
    CaSin => "ca_sin",
    /// A UK National Insurance number.
    UkNino => "uk_nino",
    /// An Indian Permanent Account Number (`AAAAA9999A`).
    InPan => "in_pan",
    /// An Indian Aadhaar number: Verhoeff.
    InAadhaar => "in_aadhaar",
    /// A Brazilian CPF: two check digits.
    BrCpf => "br_cpf",
    /// A Brazilian CNPJ, numeric or alphanumeric (2026): two check digits.
    BrCnpj => "br_cnpj",
    /// A Mexican CURP: check digit.
    MxCurp => "mx_curp",
    /// A Mexican RFC: structure and check character.
    MxRfc => "mx_rfc",
    /// An Argentine CUIT / CUIL: check digit.
    ArCuit => "ar_cuit",
    /// A Chilean RUT / RUN: mod-11 check character.
    ClRut => "cl_rut",
    /// A Spanish DNI / NIF: check letter.
    EsDni => "es_dni",
    /// A Spanish NIE: check letter.
    EsNie => "es_nie",
    /// An Italian codice fiscale: check letter.
    ItCodiceFiscale => "it_codice_fiscale",
    /// A Singapore NRIC / FIN: check letter.
    SgNric => "sg_nric",
    /// An Australian Tax File Number: weighted mod 11.
    AuTfn => "au_tfn",
    /// A South African ID number: date and Luhn.
    ZaId => "za_id",
    /// A UAE Emirates ID (`784-YYYY-NNNNNNN-C`): Luhn.
    AeEmiratesId => "ae_emirates_id",
    /// A Turkish national id (TCKN): two check digits.
    TrTckn => "tr_tckn",
    /// An Indonesian NIK: region and birth-date structure.
    IdNik => "id_nik",
    /// A Chinese resident identity card number: ISO 7064 MOD 11-2.
    CnResidentId => "cn_resident_id",
    /// A Polish PESEL: check digit.
    PlPesel => "pl_pesel",
    /// A Dutch BSN: eleven test; context required.
    NlBsn => "nl_bsn",
    /// An email address.
    Email => "email",
    /// A phone number in international or (with context) national format.
    Phone => "phone",
    /// A one-time password or verification code: context required.
    Otp => "otp",
    /// A password stated in text: context required.
    Password => "password",
    /// An API key or secret token with a well-known prefix.
    ApiKey => "api_key",
    /// A JSON Web Token.
    Jwt => "jwt",
    /// A date of birth: context required.
    DateOfBirth => "date_of_birth",
}

impl PiiKind {
    /// Every built-in kind, in declaration order (no [`PiiKind::Custom`]).
    ///
    /// ```
    /// use bowline_mask::PiiKind;
    /// assert!(PiiKind::builtins().contains(&PiiKind::Iban));
    /// ```
    #[must_use]
    pub fn builtins() -> &'static [PiiKind] {
        BUILTINS
    }

    /// True for sensitive authentication data and credentials (`card_cvv`,
    /// `card_pin`, `card_track_data`, `otp`, `password`): PCI DSS 4.0.1
    /// requirement 3.3.1 says these are never kept, so maskers remove them
    /// entirely instead of partially masking them.
    ///
    /// ```
    /// use bowline_mask::PiiKind;
    /// assert!(PiiKind::Otp.is_sensitive_authentication_data());
    /// assert!(!PiiKind::CardNumber.is_sensitive_authentication_data());
    /// ```
    #[must_use]
    pub const fn is_sensitive_authentication_data(self) -> bool {
        matches!(
            self,
            PiiKind::CardSecurityCode
                | PiiKind::CardPin
                | PiiKind::CardTrackData
                | PiiKind::Otp
                | PiiKind::Password
        )
    }
}

impl fmt::Display for PiiKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PiiKind::Custom(c) => write!(f, "custom:{}", c.0),
            other => f.write_str(other.as_str()),
        }
    }
}

/// The identity of a caller-defined kind (dictionary, deny-list or custom
/// recognizer), issued by the [`ScannerBuilder`](crate::ScannerBuilder).
///
/// It is a small number; its name is known to the scanner that issued it
/// ([`Scanner::kind_name`](crate::Scanner::kind_name),
/// [`Scanner::custom_kind`](crate::Scanner::custom_kind)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomKind(pub(crate) u16);

impl CustomKind {
    /// The number of this kind, in registration order starting at 0.
    #[must_use]
    pub const fn id(self) -> u16 {
        self.0
    }
}

/// The error returned when parsing an unknown kind name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown pii kind `{name}`")]
pub struct ParseKindError {
    name: String,
}

/// How sure the scanner is that a finding is what its kind says.
///
/// `Low < Medium < High`. Roughly: `High` means a check digit or an explicit
/// keyword right next to a well-formed value; `Medium` a well-formed value
/// with a weak or no checksum, or a context-gated value with a keyword in the
/// window; `Low` a plausible value with only indirect evidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    /// Plausible, with indirect evidence only.
    #[default]
    Low,
    /// Well-formed, or context-gated with a keyword in the window.
    Medium,
    /// Validated by a check digit or by an adjacent keyword.
    High,
}

impl Confidence {
    /// `"low"`, `"medium"` or `"high"`.
    ///
    /// ```
    /// use bowline_mask::Confidence;
    /// assert_eq!(Confidence::High.as_str(), "high");
    /// assert!(Confidence::Low < Confidence::High);
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Confidence {
    type Err = ParseConfidenceError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "low" => Ok(Confidence::Low),
            "medium" => Ok(Confidence::Medium),
            "high" => Ok(Confidence::High),
            _ => Err(ParseConfidenceError { name: s.to_owned() }),
        }
    }
}

/// The error returned when parsing an unknown confidence name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown confidence `{name}`, expected `low`, `medium` or `high`")]
pub struct ParseConfidenceError {
    name: String,
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Confidence, PiiKind};
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    impl Serialize for PiiKind {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                PiiKind::Custom(_) => s.collect_str(self),
                other => s.serialize_str(other.as_str()),
            }
        }
    }

    impl<'de> Deserialize<'de> for PiiKind {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            s.parse().map_err(D::Error::custom)
        }
    }

    impl Serialize for Confidence {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    impl<'de> Deserialize<'de> for Confidence {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            s.parse().map_err(D::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CustomKind, PiiKind};

    #[test]
    fn builtin_index_is_the_position_in_builtins() {
        for (i, &k) in PiiKind::builtins().iter().enumerate() {
            assert_eq!(k.builtin_index(), Some(i), "{k}");
        }
        assert_eq!(PiiKind::Custom(CustomKind(0)).builtin_index(), None);
    }
}
