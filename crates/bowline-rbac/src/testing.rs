//! Policy test files: requests with expected decisions, and a runner.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::compile::Authorizer;
use crate::decide::{AllowBasis, DenyReason};
use crate::error::{LineIndex, Location, PolicyError, parse_json, parse_toml};
use crate::model::{Context, Effect, Grant, MaskLevel, Principal, Request, Resource};
use crate::value::Attributes;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestFile {
    #[serde(default)]
    now: Option<TimeDoc>,
    #[serde(default)]
    principals: BTreeMap<String, FixturePrincipal>,
    #[serde(default)]
    resources: BTreeMap<String, FixtureResource>,
    #[serde(default, rename = "case")]
    cases: Vec<CaseDoc>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum TimeDoc {
    Text(String),
    Toml(toml::value::Datetime),
}

impl TimeDoc {
    fn parse(&self) -> Option<DateTime<Utc>> {
        let text = match self {
            Self::Text(s) => s.clone(),
            Self::Toml(d) => d.to_string(),
        };
        DateTime::parse_from_rfc3339(&text)
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FixturePrincipal {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    teams: Vec<String>,
    #[serde(default)]
    attributes: Attributes,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureResource {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    attributes: Attributes,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum Ref<T> {
    Name(String),
    Inline(T),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseDoc {
    name: String,
    principal: Ref<FixturePrincipal>,
    action: String,
    resource: Ref<FixtureResource>,
    #[serde(default)]
    pii: Option<String>,
    #[serde(default)]
    now: Option<TimeDoc>,
    #[serde(default)]
    counters: BTreeMap<String, u64>,
    #[serde(default)]
    context: Attributes,
    #[serde(default)]
    grants: Vec<Grant>,
    expect: Effect,
    #[serde(default)]
    reason: Option<DenyReason>,
    #[serde(default)]
    allowed_by: Option<AllowBasis>,
    #[serde(default)]
    rules: Option<Vec<String>>,
    #[serde(default)]
    mask: Option<MaskLevel>,
}

#[derive(Debug, Default, Deserialize)]
struct NameOnly {}

#[derive(Debug, Default, Deserialize)]
struct CaseLocs {
    #[serde(default, rename = "case")]
    cases: Vec<toml::Spanned<NameOnly>>,
}

/// The result of one test case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseResult {
    name: String,
    line: Option<usize>,
    failure: Option<String>,
}

impl CaseResult {
    /// Case name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// 1-based line of the case in the test file, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
    /// `true` if every expectation held.
    pub fn passed(&self) -> bool {
        self.failure.is_none()
    }
    /// What differed, for a failed case.
    pub fn failure(&self) -> Option<&str> {
        self.failure.as_deref()
    }
}

/// Results of a policy test file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestReport {
    source: String,
    results: Vec<CaseResult>,
}

impl TestReport {
    /// Per-case results in file order.
    pub fn results(&self) -> &[CaseResult] {
        &self.results
    }
    /// Number of passed cases.
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|r| r.passed()).count()
    }
    /// Number of failed cases.
    pub fn failed(&self) -> usize {
        self.results.len() - self.passed()
    }
    /// `true` if no case failed.
    pub fn is_success(&self) -> bool {
        self.failed() == 0
    }
}

impl fmt::Display for TestReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in &self.results {
            match &r.failure {
                None => writeln!(f, "ok   {}", r.name)?,
                Some(msg) => {
                    write!(f, "FAIL {}", r.name)?;
                    if let Some(line) = r.line {
                        write!(f, " ({}:{line})", self.source)?;
                    }
                    writeln!(f, ": {msg}")?;
                }
            }
        }
        write!(f, "{} passed, {} failed", self.passed(), self.failed())
    }
}

impl Authorizer {
    /// Runs a policy test file (TOML) against this policy set.
    ///
    /// The file has optional fixtures `[principals.<name>]` and
    /// `[resources.<name>]`, an optional default `now`, and `[[case]]` tables
    /// with `name`, `principal` (fixture name or inline table), `action`,
    /// `resource` (fixture name or inline table), optional `pii`, `now`,
    /// `counters`, `context`, `grants`, and expectations: `expect` (`allow` or
    /// `deny`, required), `reason`, `allowed_by`, `rules` (exact set of
    /// deciding rule ids) and `mask`. Times are RFC 3339.
    ///
    /// # Errors
    /// [`PolicyError`] if the file is malformed or names an unknown fixture;
    /// failed expectations are not errors, they are in the report.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::Authorizer;
    /// let authz = Authorizer::from_toml(include_str!("../testdata/inbox.toml"), "inbox.toml")?;
    /// let report = authz.run_tests_toml(include_str!("../testdata/inbox.tests.toml"), "inbox.tests.toml")?;
    /// assert!(report.is_success(), "{report}");
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn run_tests_toml(&self, text: &str, source: &str) -> Result<TestReport, PolicyError> {
        let file: TestFile = parse_toml(text, source)?;
        let locs: CaseLocs = toml::from_str(text).unwrap_or_default();
        let index = LineIndex::new(text);
        let lines: Vec<Option<usize>> = locs
            .cases
            .iter()
            .map(|s| Some(index.line(s.span().start)))
            .collect();
        self.run_file(&file, &lines, source)
    }

    /// Runs a policy test file written as JSON (same model as the TOML form).
    ///
    /// # Errors
    /// [`PolicyError`] if the file is malformed or names an unknown fixture.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::Authorizer;
    /// let authz = Authorizer::from_toml(include_str!("../testdata/inbox.toml"), "inbox.toml")?;
    /// let report = authz.run_tests_json(r#"{"case": [{"name": "nobody", "principal": {"id": "x"},
    ///   "action": "view", "resource": {"type": "message"}, "now": "2026-11-30T10:00:00Z",
    ///   "expect": "deny", "reason": "not_permitted"}]}"#, "inline.json")?;
    /// assert_eq!(report.passed(), 1);
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn run_tests_json(&self, text: &str, source: &str) -> Result<TestReport, PolicyError> {
        let file: TestFile = parse_json(text, source)?;
        self.run_file(&file, &[], source)
    }

    fn run_file(
        &self,
        file: &TestFile,
        lines: &[Option<usize>],
        source: &str,
    ) -> Result<TestReport, PolicyError> {
        let mut results = Vec::new();
        for (i, case) in file.cases.iter().enumerate() {
            let line = lines.get(i).copied().flatten();
            let at = Location {
                source: source.to_owned(),
                line,
                rule: Some(case.name.clone()),
            };
            let request = build_request(file, case, &at)?;
            let d = self.decide(&request);
            let mut problems = Vec::new();
            if d.effect() != case.expect {
                problems.push(format!("expected {}, got {}", case.expect, d.effect()));
            }
            if let Some(r) = case.reason {
                if d.deny_reason() != Some(r) {
                    problems.push(format!(
                        "expected reason {r}, got {}",
                        d.deny_reason()
                            .map_or_else(|| "none".to_owned(), |x| x.to_string())
                    ));
                }
            }
            if let Some(b) = case.allowed_by {
                if d.allowed_by() != Some(b) {
                    problems.push(format!(
                        "expected allowed by {}, got {}",
                        b.as_str(),
                        d.allowed_by().map_or("nothing", AllowBasis::as_str)
                    ));
                }
            }
            if let Some(m) = case.mask {
                if d.mask_level() != Some(m) {
                    problems.push(format!(
                        "expected mask {m}, got {}",
                        d.mask_level()
                            .map_or_else(|| "none".to_owned(), |x| x.to_string())
                    ));
                }
            }
            if let Some(rules) = &case.rules {
                let mut want: Vec<&str> = rules.iter().map(String::as_str).collect();
                let mut got: Vec<&str> = d.deciding_rules().collect();
                want.sort_unstable();
                got.sort_unstable();
                if want != got {
                    problems.push(format!("expected rules {want:?}, got {got:?}"));
                }
            }
            if !problems.is_empty() {
                let first = d.to_string();
                problems.push(format!("decision: {}", first.lines().next().unwrap_or("")));
            }
            results.push(CaseResult {
                name: case.name.clone(),
                line,
                failure: if problems.is_empty() {
                    None
                } else {
                    Some(problems.join("; "))
                },
            });
        }
        Ok(TestReport {
            source: source.to_owned(),
            results,
        })
    }
}

fn build_request(file: &TestFile, case: &CaseDoc, at: &Location) -> Result<Request, PolicyError> {
    let unknown = |what: &'static str, name: &str| PolicyError::Unknown {
        at: at.clone(),
        what,
        name: name.to_owned(),
    };
    let (pname, p) = match &case.principal {
        Ref::Name(n) => (
            n.clone(),
            file.principals
                .get(n)
                .ok_or_else(|| unknown("principal fixture", n))?,
        ),
        Ref::Inline(p) => (String::new(), p),
    };
    let principal = Principal {
        id: p.id.clone().unwrap_or(pname),
        roles: p.roles.clone(),
        teams: p.teams.clone(),
        attributes: p.attributes.clone(),
    };
    let (rname, r) = match &case.resource {
        Ref::Name(n) => (
            n.clone(),
            file.resources
                .get(n)
                .ok_or_else(|| unknown("resource fixture", n))?,
        ),
        Ref::Inline(r) => (String::new(), r),
    };
    let resource = Resource {
        kind: r.kind.clone(),
        id: r.id.clone().unwrap_or(rname),
        attributes: r.attributes.clone(),
    };
    let now = case
        .now
        .as_ref()
        .or(file.now.as_ref())
        .ok_or_else(|| PolicyError::Invalid {
            at: at.clone(),
            detail: "no `now` for this case (set it on the case or at the top of the file)"
                .to_owned(),
        })?
        .parse()
        .ok_or_else(|| PolicyError::Invalid {
            at: at.clone(),
            detail: "`now` is not an rfc 3339 instant".to_owned(),
        })?;
    let mut req = Request::new(principal, case.action.clone(), resource, now);
    if let Some(p) = &case.pii {
        req = req.with_pii(p.clone());
    }
    for g in &case.grants {
        req = req.with_grant(g.clone());
    }
    req = req.with_context(Context {
        counters: case.counters.clone(),
        attributes: case.context.clone(),
    });
    Ok(req)
}
