//! The linter: rules that can never apply, and suspicious ones.

use std::fmt;

use crate::compile::{Rule, RuleKind};
use crate::cond::{CmpOp, Cond, Lit, Operand};

/// What kind of problem a [`Lint`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LintKind {
    /// An unconditional forbid covers every request the permit could match.
    ShadowedByForbid,
    /// The rule's conditions contradict each other.
    Contradiction,
    /// An explicitly empty list (`roles = []`, `actions = []`, …) matches nothing.
    EmptyScope,
    /// A `pii` filter on a rule that does not cover `unmask` has no effect.
    PiiWithoutUnmask,
    /// Another rule has the same effect, scope and conditions.
    DuplicateRule,
}

impl LintKind {
    /// `true` for findings that mean the rule can never apply (load errors by default).
    pub fn is_unreachable(self) -> bool {
        matches!(
            self,
            Self::ShadowedByForbid | Self::Contradiction | Self::EmptyScope
        )
    }
}

/// One linter finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lint {
    rule: String,
    line: Option<usize>,
    kind: LintKind,
    message: String,
}

impl Lint {
    /// Id of the rule concerned.
    pub fn rule(&self) -> &str {
        &self.rule
    }
    /// 1-based line of the rule, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
    /// Kind of finding.
    pub fn kind(&self) -> LintKind {
        self.kind
    }
    /// Human explanation.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Lint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        write!(f, "rule `{}`: {}", self.rule, self.message)
    }
}

fn push(out: &mut Vec<Lint>, rule: &Rule, kind: LintKind, message: String) {
    out.push(Lint {
        rule: rule.id.clone(),
        line: rule.line,
        kind,
        message,
    });
}

fn contradiction(rule: &Rule) -> Option<String> {
    let text = |i: usize| rule.cond_text.get(i).map_or("?", String::as_str);
    for (i, a) in rule.conds.iter().enumerate() {
        match a {
            Cond::In {
                set, negate: false, ..
            } if set.is_empty() => return Some(format!("`{}` matches nothing", text(i))),
            Cond::Time(w) if w.days == 0 || w.from == w.to => {
                return Some(format!("`{}` is an empty time window", text(i)));
            }
            _ => {}
        }
        for (j, b) in rule.conds.iter().enumerate().skip(i + 1) {
            if conflicts(a, b) {
                return Some(format!("`{}` contradicts `{}`", text(i), text(j)));
            }
        }
    }
    None
}

fn eq_lit(c: &Cond) -> Option<(&crate::cond::Path, &Lit)> {
    match c {
        Cond::Cmp {
            lhs,
            op: CmpOp::Eq,
            rhs: Operand::Lit(l),
        } => Some((lhs, l)),
        _ => None,
    }
}

/// `eq_cond` pins an attribute to a literal; does `other` exclude that literal?
fn excludes(eq_cond: &Cond, other: &Cond) -> bool {
    let Some((path, value)) = eq_lit(eq_cond) else {
        return false;
    };
    match other {
        Cond::Cmp {
            lhs,
            op: CmpOp::Eq,
            rhs: Operand::Lit(lit),
        } => lhs == path && lit != value,
        Cond::Cmp {
            lhs,
            op: CmpOp::Ne,
            rhs: Operand::Lit(lit),
        } => lhs == path && lit == value,
        Cond::In { lhs, set, negate } => lhs == path && (set.contains(value) == *negate),
        _ => false,
    }
}

fn conflicts(first: &Cond, second: &Cond) -> bool {
    if excludes(first, second) || excludes(second, first) {
        return true;
    }
    match (first, second) {
        (Cond::AssignedToMe(want1), Cond::AssignedToMe(want2))
        | (Cond::MyTeam(want1), Cond::MyTeam(want2)) => want1 != want2,
        (
            Cond::Present {
                path: path1,
                want: want1,
            },
            Cond::Present {
                path: path2,
                want: want2,
            },
        ) => path1 == path2 && want1 != want2,
        _ => false,
    }
}

fn same_rule(a: &Rule, b: &Rule) -> bool {
    a.forbid == b.forbid
        && a.kind == b.kind
        && a.roles == b.roles
        && a.actions == b.actions
        && a.types == b.types
        && a.pii == b.pii
        && a.mask == b.mask
        && a.approval == b.approval
        && a.cond_text == b.cond_text
}

/// Lints a compiled rule list.
pub(crate) fn lint_rules(rules: &[Rule], unmask: Option<u16>) -> Vec<Lint> {
    let mut out = Vec::new();
    let unmask_bit = unmask.map_or(0, |u| 1u64 << u);
    for (i, rule) in rules.iter().enumerate() {
        if rule.roles.is_some_and(|r| r.is_empty()) {
            push(
                &mut out,
                rule,
                LintKind::EmptyScope,
                "`roles` is empty: no principal matches".to_owned(),
            );
        }
        if rule.actions == 0 {
            push(
                &mut out,
                rule,
                LintKind::EmptyScope,
                "`actions` is empty".to_owned(),
            );
        }
        if rule.types == 0 {
            push(
                &mut out,
                rule,
                LintKind::EmptyScope,
                "`resources` is empty".to_owned(),
            );
        }
        if rule.approval.is_some_and(|r| r.is_empty()) {
            push(
                &mut out,
                rule,
                LintKind::EmptyScope,
                "`approval_roles` is empty: no approval can ever be valid".to_owned(),
            );
        }
        if let Some(p) = rule.pii {
            if rule.actions & unmask_bit == 0 {
                push(
                    &mut out,
                    rule,
                    LintKind::PiiWithoutUnmask,
                    "`pii` has no effect on a rule without the `unmask` action".to_owned(),
                );
            } else if p == 0 && rule.actions == unmask_bit {
                push(
                    &mut out,
                    rule,
                    LintKind::EmptyScope,
                    "`pii` is empty".to_owned(),
                );
            }
        }
        if let Some(msg) = contradiction(rule) {
            push(&mut out, rule, LintKind::Contradiction, msg);
        }
        if !rule.forbid && rule.kind == RuleKind::Policy {
            for f in rules {
                if !f.forbid || f.kind != RuleKind::Policy || !f.conds.is_empty() {
                    continue;
                }
                let roles_covered = match (&f.roles, &rule.roles) {
                    (None, _) => true,
                    (Some(_), None) => false,
                    (Some(fr), Some(pr)) => pr.is_subset_of(fr),
                };
                let pii_covered = match (f.pii, rule.pii) {
                    (None, _) => true,
                    (Some(_), _) if rule.actions & unmask_bit == 0 => true,
                    (Some(_), None) => false,
                    (Some(fp), Some(pp)) => pp & !fp == 0 && rule.actions == unmask_bit,
                };
                if roles_covered
                    && pii_covered
                    && rule.actions & !f.actions == 0
                    && rule.types & !f.types == 0
                {
                    push(
                        &mut out,
                        rule,
                        LintKind::ShadowedByForbid,
                        format!("shadowed by unconditional forbid `{}`", f.id),
                    );
                    break;
                }
            }
        }
        if let Some(other) = rules.iter().take(i).find(|o| same_rule(o, rule)) {
            push(
                &mut out,
                rule,
                LintKind::DuplicateRule,
                format!("same effect, scope and conditions as `{}`", other.id),
            );
        }
    }
    out
}
