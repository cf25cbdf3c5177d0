//! Effective-permission diff between two policy sets, for change review.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use crate::compile::{Authorizer, Inner, Rule, RuleKind};

/// Whether a role gains or loses a permission path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Change {
    /// Newly possible (a new permit path, or a removed forbid).
    Gained,
    /// No longer possible (a removed permit path, or a new forbid).
    Lost,
}

/// One change of effective permissions for holders of one role.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DiffEntry {
    role: String,
    action: String,
    resource_type: String,
    change: Change,
    rule: String,
    detail: String,
}

impl DiffEntry {
    /// Role whose holders are affected.
    pub fn role(&self) -> &str {
        &self.role
    }
    /// Action.
    pub fn action(&self) -> &str {
        &self.action
    }
    /// Resource type.
    pub fn resource_type(&self) -> &str {
        &self.resource_type
    }
    /// Gained or lost.
    pub fn change(&self) -> Change {
        self.change
    }
    /// Id of the rule responsible (in the new set for additions, the old set for removals).
    pub fn rule(&self) -> &str {
        &self.rule
    }
    /// The rule's effect, scope refinements and conditions, as text.
    pub fn detail(&self) -> &str {
        &self.detail
    }
}

impl fmt::Display for DiffEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sign, verb) = match self.change {
            Change::Gained => ('+', "gains"),
            Change::Lost => ('-', "loses"),
        };
        write!(
            f,
            "{sign} role `{}` {verb} {} on {} via `{}` ({})",
            self.role, self.action, self.resource_type, self.rule, self.detail
        )
    }
}

/// Who gains or loses what between two policy sets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PermissionDiff {
    entries: Vec<DiffEntry>,
}

impl PermissionDiff {
    /// The changes, sorted by role, action, resource type.
    pub fn entries(&self) -> &[DiffEntry] {
        &self.entries
    }
    /// `true` when effective permissions are unchanged.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl fmt::Display for PermissionDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entries.is_empty() {
            return f.write_str("no change in effective permissions");
        }
        for e in &self.entries {
            writeln!(f, "{e}")?;
        }
        write!(f, "{} change(s)", self.entries.len())
    }
}

fn signature(inner: &Inner, r: &Rule) -> String {
    let mut s = String::from(if r.forbid { "forbid" } else { "permit" });
    if let RuleKind::Limit = r.kind {
        s.push_str(" (limit)");
    }
    if let Some(p) = r.pii {
        let kinds: Vec<&str> = (0..inner.pii.len())
            .filter(|k| p & (1 << k) != 0)
            .map(|k| inner.pii.name(k))
            .collect();
        let _ = write!(s, " pii [{}]", kinds.join(", "));
    }
    if !r.forbid {
        let _ = write!(s, " mask {}", r.mask);
    }
    if let Some(a) = r.approval {
        let roles: Vec<&str> = a.iter().map(|x| inner.roles.name(x)).collect();
        let _ = write!(s, " with approval by [{}]", roles.join(", "));
    }
    if r.conds.is_empty() {
        s.push_str(" always");
    } else {
        s.push_str(" when ");
        s.push_str(&r.cond_text.join(" and "));
    }
    s
}

/// Paths (signature, rule id) for holders of `role` on (action, type).
fn paths(
    inner: &Inner,
    role: &str,
    action: &str,
    rtype: &str,
    forbid: bool,
) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let (Some(a), Some(t)) = (inner.actions.get(action), inner.types.get(rtype)) else {
        return out;
    };
    let eff = inner
        .roles
        .get(role)
        .and_then(|r| inner.closure.get(usize::from(r)))
        .copied();
    for r in &inner.rules {
        if r.forbid != forbid || r.actions & (1 << a) == 0 || r.types & (1 << t) == 0 {
            continue;
        }
        let applies = match (&r.roles, &eff) {
            (None, _) => true,
            (Some(rs), Some(e)) => rs.intersects(e),
            (Some(_), None) => false,
        };
        if applies {
            let mut sig = signature(inner, r);
            if let RuleKind::BreakGlass { max_minutes } = r.kind {
                sig = format!("break-glass up to {max_minutes} min, mask {}", r.mask);
            }
            out.insert((sig, r.id.clone()));
        }
    }
    out
}

/// Compares the effective permissions of two policy sets, per role, action
/// and resource type: permit paths (with their conditions) that appear or
/// disappear, and forbids that appear or disappear. Paths are compared by
/// content, so renaming a rule is not a change.
///
/// # Examples
/// ```
/// use bowline_rbac::{Authorizer, Change, diff};
/// let old = Authorizer::from_toml(r#"
/// [[roles]]
/// id = "agent"
/// "#, "old.toml")?;
/// let new = Authorizer::from_toml(r#"
/// [[roles]]
/// id = "agent"
/// [[rules]]
/// id = "agents-view"
/// effect = "permit"
/// roles = ["agent"]
/// actions = ["view"]
/// resources = ["conversation"]
/// "#, "new.toml")?;
/// let d = diff(&old, &new);
/// assert_eq!(d.entries().len(), 1);
/// assert_eq!(d.entries()[0].change(), Change::Gained);
/// # Ok::<(), bowline_rbac::PolicyError>(())
/// ```
pub fn diff(old: &Authorizer, new: &Authorizer) -> PermissionDiff {
    let (o, n) = (&*old.inner, &*new.inner);
    let names = |f: fn(&Inner) -> &crate::compile::Names| -> BTreeSet<String> {
        f(o).names
            .iter()
            .chain(f(n).names.iter())
            .cloned()
            .collect()
    };
    let roles = names(|i| &i.roles);
    let actions = names(|i| &i.actions);
    let types = names(|i| &i.types);
    let mut entries = Vec::new();
    for role in &roles {
        for action in &actions {
            for rtype in &types {
                for forbid in [false, true] {
                    let before = paths(o, role, action, rtype, forbid);
                    let after = paths(n, role, action, rtype, forbid);
                    let before_sigs: BTreeSet<&String> = before.iter().map(|(s, _)| s).collect();
                    let after_sigs: BTreeSet<&String> = after.iter().map(|(s, _)| s).collect();
                    let (added, removed) = if forbid {
                        (Change::Lost, Change::Gained)
                    } else {
                        (Change::Gained, Change::Lost)
                    };
                    for (sig, id) in &after {
                        if !before_sigs.contains(sig) {
                            entries.push(entry(role, action, rtype, added, id, sig));
                        }
                    }
                    for (sig, id) in &before {
                        if !after_sigs.contains(sig) {
                            entries.push(entry(role, action, rtype, removed, id, sig));
                        }
                    }
                }
            }
        }
    }
    entries.sort();
    PermissionDiff { entries }
}

fn entry(
    role: &str,
    action: &str,
    rtype: &str,
    change: Change,
    rule_id: &str,
    detail: &str,
) -> DiffEntry {
    DiffEntry {
        role: role.to_owned(),
        action: action.to_owned(),
        resource_type: rtype.to_owned(),
        change,
        rule: rule_id.to_owned(),
        detail: detail.to_owned(),
    }
}
