//! Loading, validating and compiling policy documents into an [`Authorizer`].

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use chrono::{DateTime, NaiveTime, Utc};
use sha2::{Digest, Sha256};

use crate::cond::{CmpOp, Cond, Lit, Operand, Path, PathKind, Root, TimeWindow};
use crate::doc::{CondDoc, EffectDoc, LitDoc, LocDoc, PolicyDoc, RuleDoc, SodScope};
use crate::error::{LineIndex, Location, PolicyError, parse_json, parse_toml};
use crate::lint::{self, Lint};
use crate::model::MaskLevel;
use crate::value::ValueType;

/// Built-in action names.
pub(crate) const BUILTIN_ACTIONS: [&str; 8] = [
    "view", "reply", "assign", "transfer", "export", "delete", "annotate", "unmask",
];
/// Built-in resource type names.
pub(crate) const BUILTIN_TYPES: [&str; 6] = [
    "conversation",
    "customer",
    "message",
    "field",
    "export",
    "policy",
];
/// Built-in PII kind names.
pub(crate) const BUILTIN_PII: [&str; 12] = [
    "card_number",
    "card_expiry",
    "account_number",
    "iban",
    "national_id",
    "tax_id",
    "phone",
    "email",
    "address",
    "date_of_birth",
    "name",
    "balance",
];

pub(crate) const MAX_ROLES: usize = 256;
const MAX_SMALL: usize = 64;

/// FNV-1a: a fast hash for short trusted-size names (policy names are bounded
/// by the document; request names only probe the table).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);
impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}
impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Names interned to small integer ids.
#[derive(Clone, Debug, Default)]
pub(crate) struct Names {
    pub(crate) names: Vec<String>,
    ids: HashMap<String, u16, BuildHasherDefault<Fnv>>,
}

impl Names {
    /// Adds a name; returns `false` if it was already present.
    fn add(&mut self, name: &str) -> bool {
        if self.ids.contains_key(name) {
            return false;
        }
        let id = u16::try_from(self.names.len()).unwrap_or(u16::MAX);
        self.ids.insert(name.to_owned(), id);
        self.names.push(name.to_owned());
        true
    }
    pub(crate) fn get(&self, name: &str) -> Option<u16> {
        self.ids.get(name).copied()
    }
    pub(crate) fn name(&self, id: usize) -> &str {
        self.names.get(id).map_or("?", String::as_str)
    }
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }
}

/// A set of role ids (at most [`MAX_ROLES`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct RoleSet(pub(crate) [u64; 4]);

impl RoleSet {
    pub(crate) fn insert(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
    pub(crate) fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    pub(crate) fn union(&mut self, o: &Self) {
        for (a, b) in self.0.iter_mut().zip(o.0) {
            *a |= b;
        }
    }
    pub(crate) fn intersects(&self, o: &Self) -> bool {
        self.0.iter().zip(o.0).any(|(a, b)| a & b != 0)
    }
    pub(crate) fn is_subset_of(&self, o: &Self) -> bool {
        self.0.iter().zip(o.0).all(|(a, b)| a & !b == 0)
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }
    /// Lowest role id in both sets.
    pub(crate) fn first_common(&self, o: &Self) -> Option<usize> {
        for (i, (a, b)) in self.0.iter().zip(o.0).enumerate() {
            let w = a & b;
            if w != 0 {
                return Some(i * 64 + w.trailing_zeros() as usize);
            }
        }
        None
    }
    pub(crate) fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    None
                } else {
                    let b = w.trailing_zeros() as usize;
                    w &= w - 1;
                    Some(i * 64 + b)
                }
            })
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuleKind {
    Policy,
    Limit,
    BreakGlass { max_minutes: u32 },
}

#[derive(Clone, Debug)]
pub(crate) struct Rule {
    pub(crate) id: String,
    pub(crate) line: Option<usize>,
    pub(crate) forbid: bool,
    pub(crate) kind: RuleKind,
    /// `None`: any principal.
    pub(crate) roles: Option<RoleSet>,
    pub(crate) actions: u64,
    pub(crate) types: u64,
    /// `None`: every PII kind.
    pub(crate) pii: Option<u64>,
    pub(crate) mask: MaskLevel,
    pub(crate) approval: Option<RoleSet>,
    pub(crate) conds: Vec<Cond>,
    pub(crate) cond_text: Vec<String>,
}

impl Rule {
    pub(crate) fn role_matches(&self, effective: &RoleSet) -> bool {
        self.roles.as_ref().is_none_or(|r| r.intersects(effective))
    }
    pub(crate) fn pii_matches(&self, pii: Option<u16>) -> bool {
        match (self.pii, pii) {
            (None, _) | (Some(_), None) => true,
            (Some(mask), Some(k)) => k < 64 && mask & (1 << k) != 0,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Bucket {
    pub(crate) forbid_any: Vec<u32>,
    pub(crate) forbid_by_role: Vec<Vec<u32>>,
    pub(crate) permit_any: Vec<u32>,
    pub(crate) permit_by_role: Vec<Vec<u32>>,
    pub(crate) permits_all: Vec<u32>,
}

#[derive(Clone, Debug)]
pub(crate) struct Sod {
    pub(crate) id: String,
    pub(crate) roles: Vec<u16>,
    pub(crate) team_scoped: bool,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) source: String,
    pub(crate) roles: Names,
    pub(crate) closure: Vec<RoleSet>,
    pub(crate) actions: Names,
    pub(crate) types: Names,
    pub(crate) pii: Names,
    pub(crate) unmask: Option<u16>,
    pub(crate) rules: Vec<Rule>,
    pub(crate) buckets: Vec<Bucket>,
    pub(crate) break_glass: Vec<u32>,
    pub(crate) delegable: RoleSet,
    pub(crate) sod: Vec<Sod>,
    pub(crate) lints: Vec<Lint>,
    pub(crate) hash: String,
    pub(crate) indexed: bool,
}

/// A compiled, immutable policy set. Cheap to clone (one `Arc`), `Send + Sync`.
///
/// Build one with [`Authorizer::from_toml`], [`Authorizer::from_json`] or
/// [`Authorizer::builder`]; decide with [`Authorizer::decide`].
#[derive(Clone, Debug)]
pub struct Authorizer {
    pub(crate) inner: Arc<Inner>,
}

/// Options for compiling a policy set.
#[derive(Clone, Debug)]
pub struct AuthorizerBuilder {
    allow_unreachable: bool,
    indexed: bool,
}

impl Default for AuthorizerBuilder {
    fn default() -> Self {
        Self {
            allow_unreachable: false,
            indexed: true,
        }
    }
}

impl AuthorizerBuilder {
    /// A builder with default options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Accept rules that can never apply (shadowed by an unconditional forbid,
    /// contradictory conditions, empty scopes) and report them only as
    /// [`Authorizer::lints`]. Default: `false` — they are load errors.
    pub fn allow_unreachable_rules(&mut self, yes: bool) -> &mut Self {
        self.allow_unreachable = yes;
        self
    }

    /// Use the rule index (default `true`). With `false` every check walks
    /// every rule, as Cedar does; decisions are identical. Meant for
    /// benchmarks and differential tests.
    pub fn indexed(&mut self, yes: bool) -> &mut Self {
        self.indexed = yes;
        self
    }

    /// Compiles a TOML policy document. `source` names it in error messages.
    ///
    /// # Errors
    /// [`PolicyError`] naming the source, line and rule.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::AuthorizerBuilder;
    /// let toml = r#"
    /// [[roles]]
    /// id = "agent"
    /// [[rules]]
    /// id = "agents-view"
    /// effect = "permit"
    /// roles = ["agent"]
    /// actions = ["view"]
    /// resources = ["conversation"]
    /// "#;
    /// let authz = AuthorizerBuilder::new().build_toml(toml, "inline.toml")?;
    /// assert_eq!(authz.rule_count(), 1);
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn build_toml(&self, text: &str, source: &str) -> Result<Authorizer, PolicyError> {
        let doc: PolicyDoc = parse_toml(text, source)?;
        let lines = toml_lines(text, &doc);
        self.compile(&doc, &lines, source)
    }

    /// Compiles a JSON policy document (same model as TOML).
    ///
    /// # Errors
    /// [`PolicyError`] naming the source, line and rule.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::AuthorizerBuilder;
    /// let json = r#"{"roles": [{"id": "agent"}], "rules": [{"id": "r1", "effect": "permit",
    ///   "roles": ["agent"], "actions": ["view"]}]}"#;
    /// let authz = AuthorizerBuilder::new().build_json(json, "inline.json")?;
    /// assert_eq!(authz.rule_count(), 1);
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn build_json(&self, text: &str, source: &str) -> Result<Authorizer, PolicyError> {
        let doc: PolicyDoc = parse_json(text, source)?;
        let mut ids = json_id_lines(text);
        let mut find = |id: &String| {
            ids.get_mut(id.as_str())
                .and_then(std::collections::VecDeque::pop_front)
        };
        let lines = Lines {
            roles: doc.roles.iter().map(|r| find(&r.id)).collect(),
            rules: doc.rules.iter().map(|r| find(&r.id)).collect(),
            break_glass: doc.break_glass.iter().map(|r| find(&r.id)).collect(),
            limits: doc.limits.iter().map(|r| find(&r.id)).collect(),
            sod: doc
                .separation_of_duties
                .iter()
                .map(|r| find(&r.id))
                .collect(),
        };
        self.compile(&doc, &lines, source)
    }

    fn compile(
        &self,
        doc: &PolicyDoc,
        lines: &Lines,
        source: &str,
    ) -> Result<Authorizer, PolicyError> {
        let mut c = Compiler {
            source,
            doc,
            lines,
            roles: Names::default(),
            actions: Names::default(),
            types: Names::default(),
            pii: Names::default(),
        };
        c.intern()?;
        let closure = c.role_closure()?;
        let mut delegable = RoleSet::default();
        for r in &doc.delegable_roles {
            delegable.insert(c.role(r, &c.at(None, None))?);
        }
        let (rules, break_glass, sod) = c.items()?;
        c.check_sod_closure(&closure, &sod)?;
        let unmask = c.actions.get("unmask");
        let findings = lint::lint_rules(&rules, unmask);
        if !self.allow_unreachable {
            if let Some(l) = findings.iter().find(|l| l.kind().is_unreachable()) {
                return Err(PolicyError::Unreachable {
                    at: c.at(l.line(), Some(l.rule())),
                    detail: l.message().to_owned(),
                });
            }
        }
        let buckets = build_buckets(&rules, c.actions.len(), c.types.len(), c.roles.len());
        let canonical = serde_json::to_vec(doc).unwrap_or_default();
        let digest = Sha256::digest(&canonical);
        let hash = digest.iter().fold(String::with_capacity(64), |mut s, b| {
            use std::fmt::Write;
            let _ = write!(s, "{b:02x}");
            s
        });
        let Compiler {
            roles,
            actions,
            types,
            pii,
            ..
        } = c;
        Ok(Authorizer {
            inner: Arc::new(Inner {
                source: source.to_owned(),
                roles,
                closure,
                actions,
                types,
                pii,
                unmask,
                rules,
                buckets,
                break_glass,
                delegable,
                sod,
                lints: findings,
                hash,
                indexed: self.indexed,
            }),
        })
    }
}

/// Lines of the `[[name]]` headers of a TOML document, in order.
fn header_lines(text: &str, name: &str) -> Vec<Option<usize>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let rest = l.trim_start().strip_prefix("[[").map(str::trim_start);
            let rest = rest.and_then(|r| r.strip_prefix(name)).map(str::trim_start);
            rest.and_then(|r| r.strip_prefix("]]"))
                .map(str::trim)
                .is_some_and(|r| r.is_empty() || r.starts_with('#'))
        })
        .map(|(i, _)| Some(i + 1))
        .collect()
}

/// Line numbers of the items of each section. Array-of-tables headers are
/// found by one scan of the text; if their count does not match the parsed
/// document (inline arrays), the text is parsed again with spans.
fn toml_lines(text: &str, doc: &PolicyDoc) -> Lines {
    let lines = Lines {
        roles: header_lines(text, "roles"),
        rules: header_lines(text, "rules"),
        break_glass: header_lines(text, "break_glass"),
        limits: header_lines(text, "limits"),
        sod: header_lines(text, "separation_of_duties"),
    };
    if lines.roles.len() == doc.roles.len()
        && lines.rules.len() == doc.rules.len()
        && lines.break_glass.len() == doc.break_glass.len()
        && lines.limits.len() == doc.limits.len()
        && lines.sod.len() == doc.separation_of_duties.len()
    {
        return lines;
    }
    let loc: LocDoc = toml::from_str(text).unwrap_or_default();
    let index = LineIndex::new(text);
    let spans = |v: &[toml::Spanned<crate::doc::IdOnly>]| -> Vec<Option<usize>> {
        v.iter().map(|s| Some(index.line(s.span().start))).collect()
    };
    Lines {
        roles: spans(&loc.roles),
        rules: spans(&loc.rules),
        break_glass: spans(&loc.break_glass),
        limits: spans(&loc.limits),
        sod: spans(&loc.separation_of_duties),
    }
}

/// Lines of every `"id": "<value>"` in JSON text, per value, in text order.
fn json_id_lines(text: &str) -> HashMap<&str, std::collections::VecDeque<usize>> {
    let mut out: HashMap<&str, std::collections::VecDeque<usize>> = HashMap::new();
    let mut line = 1;
    let mut from = 0;
    while let Some(pos) = text.get(from..).and_then(|t| t.find("\"id\"")) {
        let at = from + pos;
        line += text
            .get(from..at)
            .map_or(0, |t| t.bytes().filter(|&b| b == b'\n').count());
        from = at + 4;
        let Some(rest) = text.get(from..) else { break };
        let Some(rest) = rest.trim_start().strip_prefix(':').map(str::trim_start) else {
            continue;
        };
        let Some(rest) = rest.strip_prefix('"') else {
            continue;
        };
        if let Some(end) = rest.find(['"', '\\']) {
            if let Some(value) = rest.get(..end) {
                out.entry(value).or_default().push_back(line);
            }
        }
    }
    out
}

/// Compiled rules, indices of break-glass rules, separation-of-duties constraints.
type Items = (Vec<Rule>, Vec<u32>, Vec<Sod>);

struct Lines {
    roles: Vec<Option<usize>>,
    rules: Vec<Option<usize>>,
    break_glass: Vec<Option<usize>>,
    limits: Vec<Option<usize>>,
    sod: Vec<Option<usize>>,
}

struct Compiler<'d> {
    source: &'d str,
    doc: &'d PolicyDoc,
    lines: &'d Lines,
    roles: Names,
    actions: Names,
    types: Names,
    pii: Names,
}

impl Compiler<'_> {
    fn at(&self, line: Option<usize>, rule: Option<&str>) -> Location {
        Location {
            source: self.source.to_owned(),
            line,
            rule: rule.map(str::to_owned),
        }
    }

    /// Compiles rules, break-glass policies, limits and separation-of-duties constraints.
    fn items(&self) -> Result<Items, PolicyError> {
        let mut rules = Vec::new();
        let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut check_dup = |id: &String, at: Location| -> Result<(), PolicyError> {
            if !ids.insert(id.clone()) {
                return Err(PolicyError::Duplicate {
                    at,
                    id: id.to_owned(),
                });
            }
            Ok(())
        };
        for (i, r) in self.doc.rules.iter().enumerate() {
            let line = self.lines.rules.get(i).copied().flatten();
            check_dup(&r.id, self.at(line, Some(&r.id)))?;
            rules.push(self.rule(r, line)?);
        }
        let mut break_glass = Vec::new();
        for (i, b) in self.doc.break_glass.iter().enumerate() {
            let line = self.lines.break_glass.get(i).copied().flatten();
            let at = self.at(line, Some(&b.id));
            check_dup(&b.id, at.clone())?;
            if b.max_duration_minutes == 0 {
                return Err(PolicyError::Invalid {
                    at,
                    detail: "`max_duration_minutes` must be positive".to_owned(),
                });
            }
            break_glass.push(u32::try_from(rules.len()).unwrap_or(u32::MAX));
            rules.push(Rule {
                id: b.id.clone(),
                line,
                forbid: false,
                kind: RuleKind::BreakGlass {
                    max_minutes: b.max_duration_minutes,
                },
                roles: Some(self.role_set(&b.roles, &at)?),
                actions: Compiler::bits(&self.actions, Some(&b.actions), "action", &at)?,
                types: Compiler::bits(&self.types, b.resources.as_ref(), "resource type", &at)?,
                pii: None,
                mask: b.mask.unwrap_or(MaskLevel::Full),
                approval: None,
                conds: Vec::new(),
                cond_text: Vec::new(),
            });
        }
        for (i, l) in self.doc.limits.iter().enumerate() {
            let line = self.lines.limits.get(i).copied().flatten();
            let at = self.at(line, Some(&l.id));
            check_dup(&l.id, at.clone())?;
            rules.push(Rule {
                id: l.id.clone(),
                line,
                forbid: true,
                kind: RuleKind::Limit,
                roles: l
                    .roles
                    .as_ref()
                    .map(|r| self.role_set(r, &at))
                    .transpose()?,
                actions: Compiler::bits(&self.actions, Some(&l.actions), "action", &at)?,
                types: Compiler::bits(&self.types, l.resources.as_ref(), "resource type", &at)?,
                pii: None,
                mask: MaskLevel::Hidden,
                approval: None,
                conds: vec![Cond::CounterAtLeast {
                    name: l.counter.clone(),
                    max: l.max,
                }],
                cond_text: vec![format!("counter `{}` has reached {}", l.counter, l.max)],
            });
        }
        let mut sod = Vec::new();
        for (i, s) in self.doc.separation_of_duties.iter().enumerate() {
            let line = self.lines.sod.get(i).copied().flatten();
            let at = self.at(line, Some(&s.id));
            check_dup(&s.id, at.clone())?;
            if s.roles.len() < 2 {
                return Err(PolicyError::Invalid {
                    at,
                    detail: "a separation-of-duties constraint needs at least two roles".to_owned(),
                });
            }
            let mut ids = Vec::new();
            for r in &s.roles {
                ids.push(u16::try_from(self.role(r, &at)?).unwrap_or(u16::MAX));
            }
            sod.push(Sod {
                id: s.id.clone(),
                roles: ids,
                team_scoped: s.scope == SodScope::Team,
            });
        }
        Ok((rules, break_glass, sod))
    }

    /// A role that inherits two roles of one separation-of-duties constraint violates it by itself.
    fn check_sod_closure(&self, closure: &[RoleSet], sod: &[Sod]) -> Result<(), PolicyError> {
        for (r, set) in closure.iter().enumerate() {
            for s in sod {
                let held: Vec<&str> = s
                    .roles
                    .iter()
                    .filter(|&&x| set.contains(usize::from(x)))
                    .map(|&x| self.roles.name(usize::from(x)))
                    .collect();
                if held.len() >= 2 {
                    return Err(PolicyError::Invalid {
                        at: self.at(
                            self.lines.roles.get(r).copied().flatten(),
                            Some(self.roles.name(r)),
                        ),
                        detail: format!(
                            "role inherits `{}`, which separation of duties `{}` keeps apart",
                            held.join("` and `"),
                            s.id
                        ),
                    });
                }
            }
        }
        Ok(())
    }

    fn intern(&mut self) -> Result<(), PolicyError> {
        let at = self.at(None, None);
        for (names, builtin, extra, what) in [
            (
                &mut self.actions,
                &BUILTIN_ACTIONS[..],
                &self.doc.actions,
                "actions",
            ),
            (
                &mut self.types,
                &BUILTIN_TYPES[..],
                &self.doc.resource_types,
                "resource types",
            ),
            (
                &mut self.pii,
                &BUILTIN_PII[..],
                &self.doc.pii_kinds,
                "pii kinds",
            ),
        ] {
            for b in builtin {
                names.add(b);
            }
            for e in extra {
                if !names.add(e) {
                    return Err(PolicyError::Duplicate {
                        at: at.clone(),
                        id: e.clone(),
                    });
                }
            }
            if names.len() > MAX_SMALL {
                return Err(PolicyError::TooMany {
                    at: at.clone(),
                    what,
                    max: MAX_SMALL,
                });
            }
        }
        for (i, r) in self.doc.roles.iter().enumerate() {
            let line = self.lines.roles.get(i).copied().flatten();
            if !self.roles.add(&r.id) {
                return Err(PolicyError::Duplicate {
                    at: self.at(line, Some(&r.id)),
                    id: r.id.clone(),
                });
            }
        }
        if self.roles.len() > MAX_ROLES {
            return Err(PolicyError::TooMany {
                at,
                what: "roles",
                max: MAX_ROLES,
            });
        }
        Ok(())
    }

    fn role(&self, name: &str, at: &Location) -> Result<usize, PolicyError> {
        self.roles
            .get(name)
            .map(usize::from)
            .ok_or_else(|| PolicyError::Unknown {
                at: at.clone(),
                what: "role",
                name: name.to_owned(),
            })
    }

    fn role_set(&self, names: &[String], at: &Location) -> Result<RoleSet, PolicyError> {
        let mut s = RoleSet::default();
        for n in names {
            s.insert(self.role(n, at)?);
        }
        Ok(s)
    }

    fn bits(
        names: &Names,
        list: Option<&Vec<String>>,
        what: &'static str,
        at: &Location,
    ) -> Result<u64, PolicyError> {
        let Some(list) = list else {
            return Ok(if names.len() >= 64 {
                u64::MAX
            } else {
                (1u64 << names.len()) - 1
            });
        };
        let mut bits = 0u64;
        for n in list {
            if n == "*" {
                bits = if names.len() >= 64 {
                    u64::MAX
                } else {
                    (1u64 << names.len()) - 1
                };
                continue;
            }
            let id = names.get(n).ok_or_else(|| PolicyError::Unknown {
                at: at.clone(),
                what,
                name: n.clone(),
            })?;
            bits |= 1 << id;
        }
        Ok(bits)
    }

    /// Transitive closure of inheritance; rejects cycles.
    fn role_closure(&self) -> Result<Vec<RoleSet>, PolicyError> {
        let n = self.roles.len();
        let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, r) in self.doc.roles.iter().enumerate() {
            let at = self.at(self.lines.roles.get(i).copied().flatten(), Some(&r.id));
            for p in &r.inherits {
                let pid = self.role(p, &at)?;
                if let Some(v) = parents.get_mut(i) {
                    v.push(pid);
                }
            }
        }
        // 0 = unvisited, 1 = on stack, 2 = done.
        let mut state = vec![0u8; n];
        let mut closure = vec![RoleSet::default(); n];
        for start in 0..n {
            let mut stack: Vec<usize> = Vec::new();
            self.visit(start, &parents, &mut state, &mut closure, &mut stack)?;
        }
        Ok(closure)
    }

    fn visit(
        &self,
        r: usize,
        parents: &[Vec<usize>],
        state: &mut [u8],
        closure: &mut [RoleSet],
        stack: &mut Vec<usize>,
    ) -> Result<(), PolicyError> {
        match state.get(r).copied() {
            Some(2) | None => return Ok(()),
            Some(1) => {
                let from = stack.iter().position(|&x| x == r).unwrap_or(0);
                let mut names: Vec<&str> = stack
                    .iter()
                    .skip(from)
                    .map(|&x| self.roles.name(x))
                    .collect();
                names.push(self.roles.name(r));
                return Err(PolicyError::Cycle {
                    at: self.at(
                        self.lines.roles.get(r).copied().flatten(),
                        Some(self.roles.name(r)),
                    ),
                    cycle: names.join(" -> "),
                });
            }
            _ => {}
        }
        if let Some(s) = state.get_mut(r) {
            *s = 1;
        }
        stack.push(r);
        let mut set = RoleSet::default();
        set.insert(r);
        for &p in parents.get(r).map_or(&[][..], Vec::as_slice) {
            self.visit(p, parents, state, closure, stack)?;
            if let Some(pc) = closure.get(p).copied() {
                set.union(&pc);
            }
        }
        stack.pop();
        if let Some(s) = state.get_mut(r) {
            *s = 2;
        }
        if let Some(c) = closure.get_mut(r) {
            *c = set;
        }
        Ok(())
    }

    fn rule(&self, r: &RuleDoc, line: Option<usize>) -> Result<Rule, PolicyError> {
        let at = self.at(line, Some(&r.id));
        let roles = r
            .roles
            .as_ref()
            .map(|v| self.role_set(v, &at))
            .transpose()?;
        let actions = Compiler::bits(&self.actions, r.actions.as_ref(), "action", &at)?;
        let types = Compiler::bits(&self.types, r.resources.as_ref(), "resource type", &at)?;
        let pii = r
            .pii
            .as_ref()
            .map(|v| Compiler::bits(&self.pii, Some(v), "pii kind", &at))
            .transpose()?;
        let approval = r
            .approval_roles
            .as_ref()
            .map(|v| self.role_set(v, &at))
            .transpose()?;
        if r.effect == EffectDoc::Forbid && (r.mask.is_some() || r.approval_roles.is_some()) {
            return Err(PolicyError::Invalid {
                at,
                detail: "`mask` and `approval_roles` apply to permit rules only".to_owned(),
            });
        }
        let mut conds = Vec::new();
        let mut cond_text = Vec::new();
        for c in &r.when {
            let (cond, text) = self.cond(c, &at)?;
            conds.push(cond);
            cond_text.push(text);
        }
        Ok(Rule {
            id: r.id.clone(),
            line,
            forbid: r.effect == EffectDoc::Forbid,
            kind: RuleKind::Policy,
            roles,
            actions,
            types,
            pii,
            mask: r.mask.unwrap_or(MaskLevel::Full),
            approval,
            conds,
            cond_text,
        })
    }

    fn schema(&self, root: Root) -> &BTreeMap<String, ValueType> {
        match root {
            Root::Principal => &self.doc.schema.principal,
            Root::Resource => &self.doc.schema.resource,
            Root::Context => &self.doc.schema.context,
        }
    }

    fn path(&self, text: &str, at: &Location) -> Result<Path, PolicyError> {
        let unknown = || PolicyError::UnknownAttribute {
            at: at.clone(),
            attribute: text.to_owned(),
        };
        let mk = |kind, ty| Path {
            kind,
            ty,
            text: text.to_owned(),
        };
        match text {
            "now" => return Ok(mk(PathKind::Now, ValueType::Instant)),
            "principal.id" => return Ok(mk(PathKind::PrincipalId, ValueType::String)),
            "principal.teams" => return Ok(mk(PathKind::PrincipalTeams, ValueType::Set)),
            "resource.id" => return Ok(mk(PathKind::ResourceId, ValueType::String)),
            "resource.type" => return Ok(mk(PathKind::ResourceType, ValueType::String)),
            _ => {}
        }
        let (root, name) = text.split_once('.').ok_or_else(unknown)?;
        let root = match root {
            "principal" => Root::Principal,
            "resource" => Root::Resource,
            "context" => Root::Context,
            _ => return Err(unknown()),
        };
        let ty = *self.schema(root).get(name).ok_or_else(unknown)?;
        Ok(mk(PathKind::Attr(root, name.to_owned()), ty))
    }

    fn lit(l: &LitDoc, ty: ValueType, attr: &str, at: &Location) -> Result<Lit, PolicyError> {
        let mismatch = |found: &str| PolicyError::TypeMismatch {
            at: at.clone(),
            attribute: attr.to_owned(),
            detail: format!("expected {ty}, found {found}"),
        };
        #[expect(
            clippy::cast_precision_loss,
            reason = "attribute numbers are f64 by design"
        )]
        match (ty, l) {
            // Elements of a set: any scalar.
            (ValueType::String | ValueType::Entity | ValueType::Set, LitDoc::Str(s)) => {
                Ok(Lit::Str(s.clone()))
            }
            (ValueType::Number | ValueType::Set, LitDoc::Int(i)) => Ok(Lit::Num(*i as f64)),
            (ValueType::Number | ValueType::Set, LitDoc::Float(f)) => Ok(Lit::Num(*f)),
            (ValueType::Bool | ValueType::Set, LitDoc::Bool(b)) => Ok(Lit::Bool(*b)),
            (ValueType::Instant, LitDoc::Str(s)) => DateTime::parse_from_rfc3339(s)
                .map(|t| Lit::Instant(t.with_timezone(&Utc)))
                .map_err(|_| mismatch("a string that is not an rfc 3339 instant")),
            (_, LitDoc::Str(_)) => Err(mismatch("string")),
            (_, LitDoc::Int(_) | LitDoc::Float(_)) => Err(mismatch("number")),
            (_, LitDoc::Bool(_)) => Err(mismatch("bool")),
        }
    }

    #[expect(
        clippy::too_many_lines,
        reason = "one arm per condition operator reads best in one place"
    )]
    fn cond(&self, c: &CondDoc, at: &Location) -> Result<(Cond, String), PolicyError> {
        let invalid = |detail: String| PolicyError::Invalid {
            at: at.clone(),
            detail,
        };
        let ops = [
            c.eq.is_some(),
            c.ne.is_some(),
            c.lt.is_some(),
            c.le.is_some(),
            c.gt.is_some(),
            c.ge.is_some(),
            c.in_.is_some(),
            c.not_in.is_some(),
            c.contains.is_some(),
            c.eq_attr.is_some(),
            c.ne_attr.is_some(),
            c.lt_attr.is_some(),
            c.gt_attr.is_some(),
            c.in_attr.is_some(),
            c.contains_attr.is_some(),
            c.present.is_some(),
            c.assigned_to_me.is_some(),
            c.my_team.is_some(),
            c.time.is_some(),
        ];
        let n = ops.iter().filter(|&&b| b).count();
        if n != 1 {
            return Err(invalid(format!(
                "a condition needs exactly one operator, found {n}"
            )));
        }
        let standalone = c.assigned_to_me.is_some() || c.my_team.is_some() || c.time.is_some();
        if standalone {
            if c.attr.is_some() {
                return Err(invalid(
                    "`assigned_to_me`, `my_team` and `time` take no `attr`".to_owned(),
                ));
            }
            if let Some(want) = c.assigned_to_me {
                self.path("resource.assignee", at)?;
                let text = if want {
                    "resource is assigned to me"
                } else {
                    "resource is not assigned to me"
                };
                return Ok((Cond::AssignedToMe(want), text.to_owned()));
            }
            if let Some(want) = c.my_team {
                self.path("resource.team", at)?;
                let text = if want {
                    "resource's team is one of my teams"
                } else {
                    "resource's team is not one of my teams"
                };
                return Ok((Cond::MyTeam(want), text.to_owned()));
            }
            if let Some(t) = &c.time {
                let tz: chrono_tz::Tz = t.tz.parse().map_err(|_| PolicyError::Unknown {
                    at: at.clone(),
                    what: "time zone",
                    name: t.tz.clone(),
                })?;
                let parse = |s: &str| {
                    NaiveTime::parse_from_str(s, "%H:%M")
                        .map_err(|_| invalid(format!("time `{s}` is not HH:MM")))
                };
                let from = parse(&t.from)?;
                let to = parse(&t.to)?;
                let mut days = 0u8;
                match &t.days {
                    None => days = 0x7f,
                    Some(list) => {
                        for d in list {
                            let i = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                                .iter()
                                .position(|x| x.eq_ignore_ascii_case(d))
                                .ok_or_else(|| PolicyError::Unknown {
                                    at: at.clone(),
                                    what: "day",
                                    name: d.clone(),
                                })?;
                            days |= 1 << i;
                        }
                    }
                }
                let text = format!(
                    "time is within {}-{} {}{}",
                    t.from,
                    t.to,
                    t.tz,
                    t.days
                        .as_ref()
                        .map(|d| format!(" on {}", d.join(",")))
                        .unwrap_or_default()
                );
                return Ok((Cond::Time(TimeWindow { tz, from, to, days }), text));
            }
        }
        let attr = c
            .attr
            .as_deref()
            .ok_or_else(|| invalid("this condition needs `attr`".to_owned()))?;
        let lhs = self.path(attr, at)?;
        let ty = lhs.ty;
        let scalar = |what: &str| -> Result<(), PolicyError> {
            if ty == ValueType::Set {
                return Err(PolicyError::TypeMismatch {
                    at: at.clone(),
                    attribute: attr.to_owned(),
                    detail: format!("`{what}` needs a scalar attribute, found set"),
                });
            }
            Ok(())
        };
        let ordered = |what: &str| -> Result<(), PolicyError> {
            if !matches!(
                ty,
                ValueType::Number | ValueType::Instant | ValueType::String
            ) {
                return Err(PolicyError::TypeMismatch {
                    at: at.clone(),
                    attribute: attr.to_owned(),
                    detail: format!("`{what}` needs a number, instant or string, found {ty}"),
                });
            }
            Ok(())
        };
        let compatible = |a: ValueType, b: ValueType| {
            a == b
                || matches!(
                    (a, b),
                    (
                        ValueType::String | ValueType::Entity,
                        ValueType::String | ValueType::Entity
                    )
                )
        };
        for (op, sym, lit) in [
            (CmpOp::Eq, "==", &c.eq),
            (CmpOp::Ne, "!=", &c.ne),
            (CmpOp::Lt, "<", &c.lt),
            (CmpOp::Le, "<=", &c.le),
            (CmpOp::Gt, ">", &c.gt),
            (CmpOp::Ge, ">=", &c.ge),
        ] {
            if let Some(l) = lit {
                scalar(sym)?;
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    ordered(sym)?;
                }
                let l = Self::lit(l, ty, attr, at)?;
                let text = format!("{attr} {sym} {l}");
                return Ok((
                    Cond::Cmp {
                        lhs,
                        op,
                        rhs: Operand::Lit(l),
                    },
                    text,
                ));
            }
        }
        for (negate, list) in [(false, &c.in_), (true, &c.not_in)] {
            if let Some(list) = list {
                scalar("in")?;
                let set = list
                    .iter()
                    .map(|l| Self::lit(l, ty, attr, at))
                    .collect::<Result<Vec<_>, _>>()?;
                let shown: Vec<String> = set.iter().map(ToString::to_string).collect();
                let text = format!(
                    "{attr} {} [{}]",
                    if negate { "not in" } else { "in" },
                    shown.join(", ")
                );
                return Ok((Cond::In { lhs, set, negate }, text));
            }
        }
        if let Some(l) = &c.contains {
            if ty != ValueType::Set {
                return Err(PolicyError::TypeMismatch {
                    at: at.clone(),
                    attribute: attr.to_owned(),
                    detail: format!("`contains` needs a set, found {ty}"),
                });
            }
            let l = Self::lit(l, ValueType::Set, attr, at)?;
            let text = format!("{attr} contains {l}");
            return Ok((
                Cond::Contains {
                    set: lhs,
                    rhs: Operand::Lit(l),
                },
                text,
            ));
        }
        for (op, sym, other) in [
            (CmpOp::Eq, "==", &c.eq_attr),
            (CmpOp::Ne, "!=", &c.ne_attr),
            (CmpOp::Lt, "<", &c.lt_attr),
            (CmpOp::Gt, ">", &c.gt_attr),
        ] {
            if let Some(other) = other {
                scalar(sym)?;
                if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    ordered(sym)?;
                }
                let rhs = self.path(other, at)?;
                if !compatible(ty, rhs.ty) {
                    return Err(PolicyError::TypeMismatch {
                        at: at.clone(),
                        attribute: attr.to_owned(),
                        detail: format!("compared with `{other}`: {ty} vs {}", rhs.ty),
                    });
                }
                let text = format!("{attr} {sym} {other}");
                return Ok((
                    Cond::Cmp {
                        lhs,
                        op,
                        rhs: Operand::Path(rhs),
                    },
                    text,
                ));
            }
        }
        if let Some(other) = &c.in_attr {
            scalar("in_attr")?;
            let set = self.path(other, at)?;
            if set.ty != ValueType::Set {
                return Err(PolicyError::TypeMismatch {
                    at: at.clone(),
                    attribute: other.clone(),
                    detail: format!("`in_attr` needs a set, found {}", set.ty),
                });
            }
            let text = format!("{attr} in {other}");
            return Ok((Cond::InAttr { lhs, set }, text));
        }
        if let Some(other) = &c.contains_attr {
            if ty != ValueType::Set {
                return Err(PolicyError::TypeMismatch {
                    at: at.clone(),
                    attribute: attr.to_owned(),
                    detail: format!("`contains_attr` needs a set, found {ty}"),
                });
            }
            let rhs = self.path(other, at)?;
            let text = format!("{attr} contains {other}");
            return Ok((
                Cond::Contains {
                    set: lhs,
                    rhs: Operand::Path(rhs),
                },
                text,
            ));
        }
        let want = c.present.unwrap_or(true);
        let text = format!("{attr} is {}", if want { "present" } else { "absent" });
        Ok((Cond::Present { path: lhs, want }, text))
    }
}

fn build_buckets(rules: &[Rule], n_actions: usize, n_types: usize, n_roles: usize) -> Vec<Bucket> {
    let mut buckets = vec![
        Bucket {
            forbid_by_role: vec![Vec::new(); n_roles],
            permit_by_role: vec![Vec::new(); n_roles],
            ..Bucket::default()
        };
        n_actions * n_types
    ];
    for (idx, rule) in rules.iter().enumerate() {
        if matches!(rule.kind, RuleKind::BreakGlass { .. }) {
            continue;
        }
        let idx = u32::try_from(idx).unwrap_or(u32::MAX);
        for a in 0..n_actions {
            if rule.actions & (1 << a) == 0 {
                continue;
            }
            for t in 0..n_types {
                if rule.types & (1 << t) == 0 {
                    continue;
                }
                let Some(b) = buckets.get_mut(a * n_types + t) else {
                    continue;
                };
                if !rule.forbid {
                    b.permits_all.push(idx);
                }
                let (any, by_role) = if rule.forbid {
                    (&mut b.forbid_any, &mut b.forbid_by_role)
                } else {
                    (&mut b.permit_any, &mut b.permit_by_role)
                };
                match &rule.roles {
                    None => any.push(idx),
                    Some(set) => {
                        for r in set.iter() {
                            if let Some(v) = by_role.get_mut(r) {
                                v.push(idx);
                            }
                        }
                    }
                }
            }
        }
    }
    buckets
}

impl Authorizer {
    /// A builder with default options.
    pub fn builder() -> AuthorizerBuilder {
        AuthorizerBuilder::default()
    }

    /// Compiles a TOML policy document with default options.
    ///
    /// # Errors
    /// [`PolicyError`] naming the source, line and rule.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::Authorizer;
    /// let authz = Authorizer::from_toml(include_str!("../testdata/inbox.toml"), "inbox.toml")?;
    /// assert!(authz.rule_count() > 5);
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn from_toml(text: &str, source: &str) -> Result<Self, PolicyError> {
        AuthorizerBuilder::default().build_toml(text, source)
    }

    /// Compiles a JSON policy document with default options.
    ///
    /// # Errors
    /// [`PolicyError`] naming the source, line and rule.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::Authorizer;
    /// let authz = Authorizer::from_json(include_str!("../testdata/inbox.json"), "inbox.json")?;
    /// assert!(authz.rule_count() > 5);
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn from_json(text: &str, source: &str) -> Result<Self, PolicyError> {
        AuthorizerBuilder::default().build_json(text, source)
    }

    /// Number of rules (permits, forbids, limits and break-glass policies).
    pub fn rule_count(&self) -> usize {
        self.inner.rules.len()
    }

    /// Hex SHA-256 of the canonical policy set (the same for a TOML document and its JSON twin).
    pub fn version_hash(&self) -> &str {
        &self.inner.hash
    }

    /// The source name given at load.
    pub fn source(&self) -> &str {
        &self.inner.source
    }

    /// Findings of the linter: rules that can never apply, or that are suspicious.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::{Authorizer, LintKind};
    /// let text = r#"
    /// [[rules]]
    /// id = "r"
    /// effect = "permit"
    /// actions = ["view"]
    /// pii = ["card_number"]
    /// "#;
    /// let authz = Authorizer::from_toml(text, "p.toml")?;
    /// assert_eq!(authz.lints()[0].kind(), LintKind::PiiWithoutUnmask);
    /// assert_eq!(authz.lints()[0].to_string(), "line 2: rule `r`: `pii` has no effect on a rule without the `unmask` action");
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn lints(&self) -> &[Lint] {
        &self.inner.lints
    }

    /// Ids of all rules, in document order (permits and forbids, then break-glass, then limits).
    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.inner.rules.iter().map(|r| r.id.as_str())
    }

    /// Names of the roles a holder of `role` effectively has (itself and
    /// everything it inherits, transitively), or `None` for an unknown role.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::Authorizer;
    /// let authz = Authorizer::from_toml(include_str!("../testdata/inbox.toml"), "inbox.toml")?;
    /// let roles: Vec<&str> = authz.effective_roles("team_lead").unwrap_or_default();
    /// assert!(roles.contains(&"agent"));
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn effective_roles(&self, role: &str) -> Option<Vec<&str>> {
        let id = self.inner.roles.get(role)?;
        let set = self.inner.closure.get(usize::from(id))?;
        Some(set.iter().map(|r| self.inner.roles.name(r)).collect())
    }
}
