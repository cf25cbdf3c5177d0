//! Separation-of-duties checks at role-grant time.

use serde::{Deserialize, Serialize};

use crate::compile::Authorizer;

/// A role held by (or about to be granted to) a principal, globally or on one team.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleAssignment {
    /// Role name.
    pub role: String,
    /// Team the role is held on; `None` means on every team.
    #[serde(default)]
    pub team: Option<String>,
}

impl RoleAssignment {
    /// A role held on every team.
    pub fn global(role: impl Into<String>) -> Self {
        Self {
            role: role.into(),
            team: None,
        }
    }
    /// A role held on one team.
    pub fn on_team(role: impl Into<String>, team: impl Into<String>) -> Self {
        Self {
            role: role.into(),
            team: Some(team.into()),
        }
    }
}

/// A role grant refused by a separation-of-duties constraint.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RoleGrantError {
    /// The role is not declared in the policy set.
    #[error("unknown role `{role}`")]
    #[non_exhaustive]
    UnknownRole {
        /// The role.
        role: String,
    },
    /// Granting the role would violate a constraint.
    #[error(
        "separation of duties `{constraint}`: `{new_role}` conflicts with held role `{held_role}`"
    )]
    #[non_exhaustive]
    Conflict {
        /// Constraint id.
        constraint: String,
        /// The role being granted.
        new_role: String,
        /// The conflicting held role.
        held_role: String,
        /// The team concerned, for team-scoped constraints.
        team: Option<String>,
    },
}

impl Authorizer {
    /// Checks whether granting `new` to a principal that already holds `held`
    /// violates a separation-of-duties constraint. Inheritance counts: a role
    /// that inherits `compliance_reviewer` conflicts like `compliance_reviewer`.
    /// For a team-scoped constraint, a role held on every team (`team = None`)
    /// conflicts with the other role on any team.
    ///
    /// # Errors
    /// [`RoleGrantError`] naming the constraint and both roles.
    ///
    /// # Examples
    /// ```
    /// use bowline_rbac::{Authorizer, RoleAssignment};
    /// let authz = Authorizer::from_toml(include_str!("../testdata/inbox.toml"), "inbox.toml")?;
    /// let held = [RoleAssignment::on_team("team_lead", "cards")];
    /// assert!(authz.check_role_grant(&held, &RoleAssignment::on_team("compliance_reviewer", "cards")).is_err());
    /// assert!(authz.check_role_grant(&held, &RoleAssignment::on_team("compliance_reviewer", "loans")).is_ok());
    /// # Ok::<(), bowline_rbac::PolicyError>(())
    /// ```
    pub fn check_role_grant(
        &self,
        held: &[RoleAssignment],
        new: &RoleAssignment,
    ) -> Result<(), RoleGrantError> {
        let inner = &self.inner;
        let closure = |role: &str| {
            inner
                .roles
                .get(role)
                .and_then(|id| inner.closure.get(usize::from(id)))
                .copied()
                .ok_or_else(|| RoleGrantError::UnknownRole {
                    role: role.to_owned(),
                })
        };
        let new_c = closure(&new.role)?;
        for h in held {
            let h_c = closure(&h.role)?;
            for s in &inner.sod {
                let same_scope =
                    !s.team_scoped || h.team.is_none() || new.team.is_none() || h.team == new.team;
                if !same_scope {
                    continue;
                }
                let in_new = s.roles.iter().filter(|&&r| new_c.contains(usize::from(r)));
                for &x in in_new {
                    if s.roles
                        .iter()
                        .any(|&y| y != x && h_c.contains(usize::from(y)))
                    {
                        return Err(RoleGrantError::Conflict {
                            constraint: s.id.clone(),
                            new_role: new.role.clone(),
                            held_role: h.role.clone(),
                            team: if s.team_scoped {
                                new.team.clone().or_else(|| h.team.clone())
                            } else {
                                None
                            },
                        });
                    }
                }
            }
        }
        Ok(())
    }
}
