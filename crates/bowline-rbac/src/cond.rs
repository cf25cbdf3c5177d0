//! Compiled conditions and their three-valued evaluation.

use std::fmt;

use chrono::{DateTime, Datelike, NaiveTime, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{Grant, Request};
use crate::value::{Value, ValueType};

/// Why a condition could not be evaluated. The attribute concerned is the
/// condition's own (see [`EvalIssue`](crate::EvalIssue)); values are never included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EvalErrorKind {
    /// The request lacks an attribute the condition reads.
    MissingAttribute,
    /// The request's attribute has another type than the schema declares.
    TypeMismatch {
        /// Declared type.
        expected: ValueType,
        /// Type found in the request.
        found: ValueType,
    },
    /// A volume limit's counter was not supplied in the request context.
    MissingCounter,
}

impl fmt::Display for EvalErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingAttribute => f.write_str("missing attribute"),
            Self::TypeMismatch { expected, found } => {
                write!(f, "type mismatch: expected {expected}, found {found}")
            }
            Self::MissingCounter => f.write_str("missing counter"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Root {
    Principal,
    Resource,
    Context,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum PathKind {
    PrincipalId,
    PrincipalTeams,
    ResourceId,
    ResourceType,
    Now,
    Attr(Root, String),
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Path {
    pub(crate) kind: PathKind,
    pub(crate) ty: ValueType,
    pub(crate) text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Lit {
    Str(String),
    Num(f64),
    Bool(bool),
    Instant(DateTime<Utc>),
}

impl fmt::Display for Lit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Str(s) => write!(f, "{s:?}"),
            Self::Num(n) => write!(f, "{n}"),
            Self::Bool(b) => write!(f, "{b}"),
            Self::Instant(t) => write!(f, "{}", t.to_rfc3339()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Operand {
    Lit(Lit),
    Path(Path),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct TimeWindow {
    pub(crate) tz: chrono_tz::Tz,
    pub(crate) from: NaiveTime,
    pub(crate) to: NaiveTime,
    /// Bit 0 = Monday … bit 6 = Sunday.
    pub(crate) days: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cond {
    Cmp {
        lhs: Path,
        op: CmpOp,
        rhs: Operand,
    },
    In {
        lhs: Path,
        set: Vec<Lit>,
        negate: bool,
    },
    InAttr {
        lhs: Path,
        set: Path,
    },
    Contains {
        set: Path,
        rhs: Operand,
    },
    Present {
        path: Path,
        want: bool,
    },
    AssignedToMe(bool),
    MyTeam(bool),
    Time(TimeWindow),
    CounterAtLeast {
        name: String,
        max: u64,
    },
}

/// A borrowed view of a value during evaluation.
#[derive(Clone, Copy, Debug)]
enum View<'a> {
    Str(&'a str),
    Num(f64),
    Bool(bool),
    Set(&'a [Value]),
    Instant(DateTime<Utc>),
    Teams,
}

pub(crate) struct EvalCtx<'a> {
    pub(crate) req: &'a Request,
    /// Bit i set: `req.grants()[i]` is a valid temporary team membership.
    pub(crate) team_grants: u64,
}

type R<T> = Result<T, EvalErrorKind>;

#[inline]
fn value_view(v: &Value, ty: ValueType) -> R<View<'_>> {
    let mismatch = || EvalErrorKind::TypeMismatch {
        expected: ty,
        found: v.value_type(),
    };
    match (ty, v) {
        (ValueType::String | ValueType::Entity, Value::String(s)) => Ok(View::Str(s)),
        (ValueType::Entity, Value::Entity(e)) => Ok(View::Str(&e.id)),
        (ValueType::Number, Value::Number(n)) => Ok(View::Num(*n)),
        (ValueType::Bool, Value::Bool(b)) => Ok(View::Bool(*b)),
        (ValueType::Set, Value::Set(s)) => Ok(View::Set(s)),
        (ValueType::Instant, Value::Instant(t)) => Ok(View::Instant(*t)),
        (ValueType::Instant, Value::String(s)) => DateTime::parse_from_rfc3339(s)
            .map(|t| View::Instant(t.with_timezone(&Utc)))
            .map_err(|_| mismatch()),
        _ => Err(mismatch()),
    }
}

impl EvalCtx<'_> {
    #[inline]
    fn get(&self, path: &Path) -> R<View<'_>> {
        let req = self.req;
        match &path.kind {
            PathKind::PrincipalId => Ok(View::Str(req.principal().id())),
            PathKind::PrincipalTeams => Ok(View::Teams),
            PathKind::ResourceId => Ok(View::Str(req.resource().id())),
            PathKind::ResourceType => Ok(View::Str(req.resource().kind())),
            PathKind::Now => Ok(View::Instant(req.now())),
            PathKind::Attr(root, name) => {
                let attrs = match root {
                    Root::Principal => req.principal().attributes(),
                    Root::Resource => req.resource().attributes(),
                    Root::Context => &req.context().attributes,
                };
                let v = attrs.get(name).ok_or(EvalErrorKind::MissingAttribute)?;
                value_view(v, path.ty)
            }
        }
    }

    fn operand<'s>(&'s self, op: &'s Operand) -> R<View<'s>> {
        match op {
            Operand::Lit(l) => Ok(lit_view(l)),
            Operand::Path(p) => self.get(p),
        }
    }

    fn teams(&self) -> impl Iterator<Item = &str> {
        let grants = self.req.grants();
        let mask = self.team_grants;
        self.req
            .principal()
            .teams()
            .iter()
            .map(String::as_str)
            .chain(grants.iter().enumerate().filter_map(move |(i, g)| match g {
                Grant::TeamMembership(t) if i < 64 && mask & (1 << i) != 0 => Some(t.team.as_str()),
                _ => None,
            }))
    }

    fn member(&self, set: View<'_>, item: View<'_>) -> R<bool> {
        match set {
            View::Teams => match item {
                View::Str(s) => Ok(self.teams().any(|t| t == s)),
                _ => Ok(false),
            },
            View::Set(values) => {
                for v in values {
                    let ok = match (v, item) {
                        (Value::String(a), View::Str(b)) => a == b,
                        (Value::Entity(a), View::Str(b)) => a.id == b,
                        (Value::Number(a), View::Num(b)) => a.total_cmp(&b).is_eq(),
                        (Value::Bool(a), View::Bool(b)) => *a == b,
                        (Value::Instant(a), View::Instant(b)) => *a == b,
                        _ => false,
                    };
                    if ok {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            other => Err(EvalErrorKind::TypeMismatch {
                expected: ValueType::Set,
                found: view_type(other),
            }),
        }
    }

    /// Evaluates one condition: `Ok(true)`, `Ok(false)` or an error.
    pub(crate) fn eval(&self, cond: &Cond) -> R<bool> {
        match cond {
            Cond::Cmp { lhs, op, rhs } => {
                let a = self.get(lhs)?;
                let b = self.operand(rhs)?;
                compare(a, *op, b)
            }
            Cond::In { lhs, set, negate } => {
                let a = self.get(lhs)?;
                let mut found = false;
                for l in set {
                    if compare(a, CmpOp::Eq, lit_view(l))? {
                        found = true;
                        break;
                    }
                }
                Ok(found != *negate)
            }
            Cond::InAttr { lhs, set } => {
                let a = self.get(lhs)?;
                let s = self.get(set)?;
                self.member(s, a)
            }
            Cond::Contains { set, rhs } => {
                let s = self.get(set)?;
                let b = self.operand(rhs)?;
                self.member(s, b)
            }
            Cond::Present { path, want } => match self.get(path) {
                Ok(_) => Ok(*want),
                Err(EvalErrorKind::MissingAttribute) => Ok(!*want),
                Err(e) => Err(e),
            },
            Cond::AssignedToMe(want) => {
                let v = self
                    .req
                    .resource()
                    .attributes()
                    .get("assignee")
                    .ok_or(EvalErrorKind::MissingAttribute)?;
                let id = v.as_id_str().ok_or(EvalErrorKind::TypeMismatch {
                    expected: ValueType::Entity,
                    found: v.value_type(),
                })?;
                Ok((id == self.req.principal().id()) == *want)
            }
            Cond::MyTeam(want) => {
                let v = self
                    .req
                    .resource()
                    .attributes()
                    .get("team")
                    .ok_or(EvalErrorKind::MissingAttribute)?;
                let team = v.as_id_str().ok_or(EvalErrorKind::TypeMismatch {
                    expected: ValueType::String,
                    found: v.value_type(),
                })?;
                Ok(self.teams().any(|t| t == team) == *want)
            }
            Cond::Time(w) => Ok(w.contains(self.req.now())),
            Cond::CounterAtLeast { name, max } => {
                let n = self
                    .req
                    .context()
                    .counters
                    .get(name)
                    .ok_or(EvalErrorKind::MissingCounter)?;
                Ok(n >= max)
            }
        }
    }
}

impl TimeWindow {
    pub(crate) fn contains(&self, now: DateTime<Utc>) -> bool {
        let local = now.with_timezone(&self.tz);
        let day = local.weekday().num_days_from_monday();
        if self.days & (1 << day) == 0 {
            return false;
        }
        let t = local.time();
        let t = NaiveTime::from_hms_opt(t.hour(), t.minute(), t.second()).unwrap_or(t);
        if self.from <= self.to {
            self.from <= t && t < self.to
        } else {
            t >= self.from || t < self.to
        }
    }
}

#[inline]
fn lit_view(l: &Lit) -> View<'_> {
    match l {
        Lit::Str(s) => View::Str(s),
        Lit::Num(n) => View::Num(*n),
        Lit::Bool(b) => View::Bool(*b),
        Lit::Instant(t) => View::Instant(*t),
    }
}

fn view_type(v: View<'_>) -> ValueType {
    match v {
        View::Str(_) => ValueType::String,
        View::Num(_) => ValueType::Number,
        View::Bool(_) => ValueType::Bool,
        View::Set(_) | View::Teams => ValueType::Set,
        View::Instant(_) => ValueType::Instant,
    }
}

#[inline]
fn compare(a: View<'_>, op: CmpOp, b: View<'_>) -> R<bool> {
    use std::cmp::Ordering;
    // Fast path: string (in)equality needs no ordering.
    if let (View::Str(x), View::Str(y), CmpOp::Eq | CmpOp::Ne) = (a, b, op) {
        return Ok((x == y) == (op == CmpOp::Eq));
    }
    let ord: Ordering = match (a, b) {
        (View::Str(x), View::Str(y)) => x.cmp(y),
        (View::Num(x), View::Num(y)) => x.total_cmp(&y),
        (View::Instant(x), View::Instant(y)) => x.cmp(&y),
        (View::Bool(x), View::Bool(y)) => {
            return match op {
                CmpOp::Eq => Ok(x == y),
                CmpOp::Ne => Ok(x != y),
                _ => Err(EvalErrorKind::TypeMismatch {
                    expected: ValueType::Number,
                    found: ValueType::Bool,
                }),
            };
        }
        (x, y) => {
            return Err(EvalErrorKind::TypeMismatch {
                expected: view_type(y),
                found: view_type(x),
            });
        }
    };
    Ok(match op {
        CmpOp::Eq => ord.is_eq(),
        CmpOp::Ne => ord.is_ne(),
        CmpOp::Lt => ord.is_lt(),
        CmpOp::Le => ord.is_le(),
        CmpOp::Gt => ord.is_gt(),
        CmpOp::Ge => ord.is_ge(),
    })
}
