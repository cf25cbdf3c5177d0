//! [`ScannerBuilder`], [`Region`], [`Recognizer`] and [`BuildError`].

use std::fmt;
use std::sync::Arc;

use crate::kind::{Confidence, PiiKind};
use crate::scanner::Scanner;
use crate::scanner::engine::Compiled;

/// Default context window, in characters on each side of a candidate.
pub(crate) const DEFAULT_CONTEXT_WINDOW: usize = 48;
/// Largest accepted context window, in characters.
pub(crate) const MAX_CONTEXT_WINDOW: usize = 256;
/// Default bound on the length of a custom recognizer match, in bytes.
pub(crate) const DEFAULT_CUSTOM_MAX_LEN: usize = 128;
/// Largest accepted bound on a custom match or dictionary term, in bytes.
pub(crate) const MAX_CUSTOM_LEN: usize = 1024;

/// A regional preset: the kinds that matter for customers of one region.
///
/// Selecting regions with [`ScannerBuilder::regions`] enables the global
/// kinds (cards, IBAN, SWIFT/BIC, bank accounts, email, phone, credentials,
/// date of birth) plus the kinds of each selected region. Without a region
/// selection every built-in kind is enabled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Region {
    /// US SSN, ITIN and ABA routing numbers; Canadian SIN.
    NorthAmerica,
    /// UK National Insurance numbers and sort codes.
    UnitedKingdom,
    /// Spanish DNI/NIE, Italian codice fiscale, Polish PESEL, Dutch BSN.
    Europe,
    /// Indian PAN, Aadhaar, IFSC and UPI ids.
    India,
    /// Brazilian CPF, CNPJ and PIX keys.
    Brazil,
    /// Mexican CURP, RFC and CLABE; Argentine CUIT and CBU; Chilean RUT.
    LatinAmerica,
    /// Singapore NRIC/FIN, Indonesian NIK, Australian TFN, Chinese resident id.
    AsiaPacific,
    /// UAE Emirates ID, South African ID, Turkish TCKN.
    MiddleEastAfrica,
}

impl Region {
    /// Every region.
    pub const ALL: &'static [Region] = &[
        Region::NorthAmerica,
        Region::UnitedKingdom,
        Region::Europe,
        Region::India,
        Region::Brazil,
        Region::LatinAmerica,
        Region::AsiaPacific,
        Region::MiddleEastAfrica,
    ];

    /// The kinds every preset enables.
    pub const GLOBAL_KINDS: &'static [PiiKind] = &[
        PiiKind::CardNumber,
        PiiKind::CardExpiry,
        PiiKind::CardSecurityCode,
        PiiKind::CardPin,
        PiiKind::CardTrackData,
        PiiKind::Iban,
        PiiKind::SwiftBic,
        PiiKind::BankAccount,
        PiiKind::Email,
        PiiKind::Phone,
        PiiKind::Otp,
        PiiKind::Password,
        PiiKind::ApiKey,
        PiiKind::Jwt,
        PiiKind::DateOfBirth,
    ];

    /// The region-specific kinds of this preset.
    ///
    /// ```
    /// use bowline_mask::{PiiKind, Region};
    /// assert!(Region::India.kinds().contains(&PiiKind::UpiId));
    /// ```
    #[must_use]
    pub const fn kinds(self) -> &'static [PiiKind] {
        use PiiKind as K;
        match self {
            Region::NorthAmerica => &[K::UsSsn, K::UsItin, K::UsRoutingNumber, K::CaSin],
            Region::UnitedKingdom => &[K::UkNino, K::UkSortCode],
            Region::Europe => &[K::EsDni, K::EsNie, K::ItCodiceFiscale, K::PlPesel, K::NlBsn],
            Region::India => &[K::InPan, K::InAadhaar, K::InIfsc, K::UpiId],
            Region::Brazil => &[K::BrCpf, K::BrCnpj, K::BrPixKey],
            Region::LatinAmerica => &[
                K::MxCurp,
                K::MxRfc,
                K::MxClabe,
                K::ArCuit,
                K::ArCbu,
                K::ClRut,
            ],
            Region::AsiaPacific => &[K::SgNric, K::IdNik, K::AuTfn, K::CnResidentId],
            Region::MiddleEastAfrica => &[K::AeEmiratesId, K::ZaId, K::TrTckn],
        }
    }
}

/// A caller-supplied check run on the text of a custom recognizer's match.
pub(crate) type ValidatorFn = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// A custom recognizer: a pattern, an optional validator and optional
/// context words, reported as its own [`PiiKind::Custom`] kind.
///
/// Patterns use the syntax of the `regex` crate. Matches are whole words:
/// a match that starts or ends next to an ASCII letter or digit is
/// discarded, so patterns need no `\b` (which is slow on non-ASCII text).
///
/// ```
/// use bowline_mask::{Confidence, Recognizer, Scanner};
/// let mut builder = Scanner::builder();
/// builder.recognizer(
///     Recognizer::new("loan_id", r"LN-[0-9]{8}")
///         .validator(|s| !s.ends_with("00000000"))
///         .context(["loan", "empréstimo"])
///         .confidence(Confidence::Medium),
/// );
/// let scanner = builder.build()?;
/// let loan = scanner.custom_kind("loan_id");
/// let found = scanner.find_all("my loan LN-12345678 is late");
/// assert_eq!(found.len(), 1);
/// assert_eq!(Some(found[0].kind()), loan);
/// # Ok::<(), bowline_mask::BuildError>(())
/// ```
#[derive(Clone)]
pub struct Recognizer {
    pub(crate) name: String,
    pub(crate) pattern: String,
    pub(crate) validator: Option<ValidatorFn>,
    pub(crate) context: Vec<String>,
    pub(crate) context_required: bool,
    pub(crate) confidence: Confidence,
    pub(crate) max_len: usize,
}

impl Recognizer {
    /// A recognizer named `name` (its [`Scanner::kind_name`]) matching `pattern`.
    /// Defaults: no validator, no context words, confidence `Medium`
    /// (`High` when a context word is in the window), matches at most 128
    /// bytes long.
    #[must_use]
    pub fn new(name: impl Into<String>, pattern: impl Into<String>) -> Self {
        Recognizer {
            name: name.into(),
            pattern: pattern.into(),
            validator: None,
            context: Vec::new(),
            context_required: false,
            confidence: Confidence::Medium,
            max_len: DEFAULT_CUSTOM_MAX_LEN,
        }
    }

    /// A check run on the matched text; a match is reported only if it returns true.
    #[must_use]
    pub fn validator(mut self, f: impl Fn(&str) -> bool + Send + Sync + 'static) -> Self {
        self.validator = Some(Arc::new(f));
        self
    }

    /// Context words (matched ASCII-case-insensitively within the context
    /// window); a hit raises confidence to `High`.
    #[must_use]
    pub fn context<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.context.extend(words.into_iter().map(Into::into));
        self
    }

    /// If true, a match without a context word in the window is not reported.
    /// Default: false.
    #[must_use]
    pub fn context_required(mut self, yes: bool) -> Self {
        self.context_required = yes;
        self
    }

    /// Confidence of a match without context. Default: `Medium`.
    #[must_use]
    pub fn confidence(mut self, confidence: Confidence) -> Self {
        self.confidence = confidence;
        self
    }

    /// Longest match reported, in bytes (at most 1024; default 128). Longer
    /// matches are dropped. Bounds [`Scanner::max_finding_len`].
    #[must_use]
    pub fn max_len(mut self, bytes: usize) -> Self {
        self.max_len = bytes;
        self
    }
}

impl fmt::Debug for Recognizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Recognizer")
            .field("name", &self.name)
            .field("pattern", &self.pattern)
            .field("validator", &self.validator.is_some())
            .field("context", &self.context)
            .field("context_required", &self.context_required)
            .field("confidence", &self.confidence)
            .field("max_len", &self.max_len)
            .finish()
    }
}

/// Configures and compiles a [`Scanner`].
///
/// Setters take `&mut self` and return it for chaining; [`build`](Self::build)
/// can be called many times. Building compiles everything once (context
/// keywords, dictionaries, custom patterns); the resulting scanner is
/// immutable.
///
/// ```
/// use bowline_mask::{Confidence, PiiKind, Region, Scanner};
/// let scanner = Scanner::builder()
///     .regions([Region::India, Region::Brazil])
///     .disable(PiiKind::Phone)
///     .min_confidence(Confidence::Medium)
///     .allow(["4111 1111 1111 1111"])
///     .dictionary("customer_name", ["Ana Beatriz Souza"])
///     .build()?;
/// let found = scanner.find_all("ana beatriz souza paid with 4111 1111 1111 1111");
/// assert_eq!(found.len(), 1);
/// assert_eq!(scanner.kind_name(found[0].kind()), "customer_name");
/// # Ok::<(), bowline_mask::BuildError>(())
/// ```
#[derive(Clone, Debug)]
pub struct ScannerBuilder {
    pub(crate) kinds: Option<Vec<PiiKind>>,
    pub(crate) regions: Option<Vec<Region>>,
    pub(crate) disabled: Vec<PiiKind>,
    pub(crate) min_confidence: Confidence,
    pub(crate) context_window: usize,
    pub(crate) allow_values: Vec<String>,
    pub(crate) allow_patterns: Vec<String>,
    pub(crate) deny: Vec<(PiiKind, String)>,
    pub(crate) dictionaries: Vec<(String, Vec<String>)>,
    pub(crate) recognizers: Vec<Recognizer>,
}

impl Default for ScannerBuilder {
    fn default() -> Self {
        ScannerBuilder {
            kinds: None,
            regions: None,
            disabled: Vec::new(),
            min_confidence: Confidence::Low,
            context_window: DEFAULT_CONTEXT_WINDOW,
            allow_values: Vec::new(),
            allow_patterns: Vec::new(),
            deny: Vec::new(),
            dictionaries: Vec::new(),
            recognizers: Vec::new(),
        }
    }
}

impl ScannerBuilder {
    /// A builder with the default catalogue (every built-in kind), minimum
    /// confidence `Low` and a 48-character context window.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Enables exactly these built-in kinds (replacing region presets).
    /// Default: every built-in kind.
    pub fn kinds(&mut self, kinds: impl IntoIterator<Item = PiiKind>) -> &mut Self {
        self.kinds = Some(kinds.into_iter().collect());
        self.regions = None;
        self
    }

    /// Enables one more built-in kind (after presets and [`kinds`](Self::kinds)).
    pub fn enable(&mut self, kind: PiiKind) -> &mut Self {
        self.disabled.retain(|&k| k != kind);
        if let Some(kinds) = &mut self.kinds {
            kinds.push(kind);
        } else if self.regions.is_some() {
            self.kinds = Some(vec![kind]);
        }
        self
    }

    /// Disables a built-in kind. Default: none disabled.
    pub fn disable(&mut self, kind: PiiKind) -> &mut Self {
        self.disabled.push(kind);
        self
    }

    /// Enables the global kinds plus the kinds of these regions (replacing
    /// an explicit [`kinds`](Self::kinds) selection). Default: all kinds.
    pub fn regions(&mut self, regions: impl IntoIterator<Item = Region>) -> &mut Self {
        self.regions = Some(regions.into_iter().collect());
        self.kinds = None;
        self
    }

    /// Findings below this confidence are not reported. Default: `Low`
    /// (report everything plausible: hide when in doubt).
    pub fn min_confidence(&mut self, confidence: Confidence) -> &mut Self {
        self.min_confidence = confidence;
        self
    }

    /// How many characters on each side of a candidate are searched for
    /// context keywords. Default: 48, at most 256.
    pub fn context_window(&mut self, chars: usize) -> &mut Self {
        self.context_window = chars;
        self
    }

    /// Values that are never reported, whatever their kind (e.g. the bank's
    /// own support number, published test cards). Compared after removing
    /// separators and ASCII case, so `"4111-1111-1111-1111"` also allows
    /// `"4111 1111 1111 1111"`.
    pub fn allow<I, S>(&mut self, values: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.allow_values.extend(values.into_iter().map(Into::into));
        self
    }

    /// A pattern (regex syntax) that, when it matches a finding's whole
    /// text, suppresses the finding.
    pub fn allow_pattern(&mut self, pattern: impl Into<String>) -> &mut Self {
        self.allow_patterns.push(pattern.into());
        self
    }

    /// Terms that are always reported as `kind` (matched like dictionary
    /// terms: ASCII-case-insensitive, on word boundaries), with `High`
    /// confidence.
    pub fn deny<I, S>(&mut self, kind: PiiKind, terms: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.deny
            .extend(terms.into_iter().map(|t| (kind, t.into())));
        self
    }

    /// A dictionary of known values (customer names, account ids, internal
    /// codes) reported as a new custom kind named `name`, with `High`
    /// confidence. Terms match case-insensitively (ASCII case folding, plus
    /// the lower/upper/title-case forms of non-ASCII terms) on word
    /// boundaries.
    pub fn dictionary<I, S>(&mut self, name: impl Into<String>, terms: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.dictionaries
            .push((name.into(), terms.into_iter().map(Into::into).collect()));
        self
    }

    /// Adds a custom recognizer, reported as a new custom kind.
    pub fn recognizer(&mut self, recognizer: Recognizer) -> &mut Self {
        self.recognizers.push(recognizer);
        self
    }

    /// The built-in kinds this configuration enables, in declaration order.
    pub(crate) fn enabled_builtins(&self) -> Vec<PiiKind> {
        let selected: Vec<PiiKind> = match (&self.kinds, &self.regions) {
            (Some(kinds), _) => kinds.clone(),
            (None, Some(regions)) => {
                let mut v = Region::GLOBAL_KINDS.to_vec();
                for r in regions {
                    v.extend_from_slice(r.kinds());
                }
                v
            }
            (None, None) => PiiKind::builtins().to_vec(),
        };
        PiiKind::builtins()
            .iter()
            .copied()
            .filter(|k| selected.contains(k) && !self.disabled.contains(k))
            .collect()
    }

    /// Compiles the configuration into a [`Scanner`].
    ///
    /// Takes well under a millisecond for the built-in catalogue; custom
    /// patterns and large dictionaries add their own compile time.
    ///
    /// # Errors
    ///
    /// Returns [`BuildError`] naming the offending item if a custom pattern
    /// or allow pattern does not compile, can match the empty string or is
    /// too large; if a name is empty, duplicated or clashes with a built-in
    /// kind; if a dictionary term is empty or too long; or if the context
    /// window is over 256 characters.
    ///
    /// ```
    /// use bowline_mask::{BuildError, Recognizer, Scanner};
    /// let err = Scanner::builder()
    ///     .recognizer(Recognizer::new("bad", "(unclosed"))
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(err, BuildError::InvalidPattern { .. }));
    /// assert!(err.to_string().contains("`(unclosed`"));
    /// ```
    pub fn build(&self) -> Result<Scanner, BuildError> {
        let compiled = Compiled::new(self)?;
        Ok(Scanner {
            inner: Arc::new(compiled),
        })
    }
}

/// An error building a [`Scanner`]: says which item of the configuration is
/// wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// A custom recognizer or allow pattern does not compile or is too large.
    #[error("invalid pattern `{pattern}` for `{name}`")]
    #[non_exhaustive]
    InvalidPattern {
        /// The recognizer name, or `allow_pattern`.
        name: String,
        /// The pattern as given.
        pattern: String,
        /// What the regex compiler said.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync + 'static>,
    },
    /// A custom recognizer pattern can match the empty string.
    #[error("pattern `{pattern}` for `{name}` can match the empty string")]
    #[non_exhaustive]
    EmptyMatch {
        /// The recognizer name.
        name: String,
        /// The pattern as given.
        pattern: String,
    },
    /// A custom kind name is empty, or equal to a built-in kind name.
    #[error(
        "invalid custom kind name `{name}`: names must be non-empty and differ from built-in kind names"
    )]
    #[non_exhaustive]
    InvalidName {
        /// The name as given.
        name: String,
    },
    /// Two custom kinds share a name.
    #[error("duplicate custom kind name `{name}`")]
    #[non_exhaustive]
    DuplicateName {
        /// The repeated name.
        name: String,
    },
    /// A dictionary or deny-list term is empty (after trimming) or longer than 1024 bytes.
    #[error("invalid term `{term}` in `{name}`: terms must be 1 to 1024 bytes of non-blank text")]
    #[non_exhaustive]
    InvalidTerm {
        /// The dictionary name, or the kind of a deny-list.
        name: String,
        /// The term as given (truncated to 64 bytes).
        term: String,
    },
    /// A deny-list names a custom kind this builder did not create.
    #[error("deny-list kind `{kind}` is not a kind of this builder")]
    #[non_exhaustive]
    UnknownKind {
        /// The kind as displayed.
        kind: String,
    },
    /// A numeric setting is out of range.
    #[error("`{setting}` is {value}, the maximum is {max}")]
    #[non_exhaustive]
    OutOfRange {
        /// The setting (`context_window` or `max_len` of a recognizer).
        setting: &'static str,
        /// The value given.
        value: usize,
        /// The largest accepted value.
        max: usize,
    },
    /// Too many custom kinds (more than 65,535).
    #[error("too many custom kinds: {count}")]
    #[non_exhaustive]
    TooManyCustomKinds {
        /// How many were configured.
        count: usize,
    },
    /// A keyword or dictionary automaton could not be built (too large).
    #[error("dictionary `{name}` is too large to compile")]
    #[non_exhaustive]
    TooLarge {
        /// The dictionary name.
        name: String,
        /// What the automaton builder said.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync + 'static>,
    },
}
