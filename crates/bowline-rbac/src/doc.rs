//! The policy document as people write it (TOML, or the same model as JSON).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::MaskLevel;
use crate::value::ValueType;

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PolicyDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) version: Option<String>,
    /// Extra action names, on top of the built-in ones.
    #[serde(default)]
    pub(crate) actions: Vec<String>,
    /// Extra resource type names, on top of the built-in ones.
    #[serde(default)]
    pub(crate) resource_types: Vec<String>,
    /// Extra PII kind names, on top of the built-in ones.
    #[serde(default)]
    pub(crate) pii_kinds: Vec<String>,
    #[serde(default)]
    pub(crate) schema: SchemaDoc,
    #[serde(default)]
    pub(crate) roles: Vec<RoleDoc>,
    #[serde(default)]
    pub(crate) delegable_roles: Vec<String>,
    #[serde(default)]
    pub(crate) rules: Vec<RuleDoc>,
    #[serde(default)]
    pub(crate) break_glass: Vec<BreakGlassDoc>,
    #[serde(default)]
    pub(crate) limits: Vec<LimitDoc>,
    #[serde(default)]
    pub(crate) separation_of_duties: Vec<SodDoc>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SchemaDoc {
    #[serde(default)]
    pub(crate) principal: BTreeMap<String, ValueType>,
    #[serde(default)]
    pub(crate) resource: BTreeMap<String, ValueType>,
    #[serde(default)]
    pub(crate) context: BTreeMap<String, ValueType>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoleDoc {
    pub(crate) id: String,
    #[serde(default)]
    pub(crate) inherits: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum EffectDoc {
    Permit,
    Forbid,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleDoc {
    pub(crate) id: String,
    pub(crate) effect: EffectDoc,
    /// Missing: any principal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) roles: Option<Vec<String>>,
    /// Missing: every action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) actions: Option<Vec<String>>,
    /// Missing: every resource type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) resources: Option<Vec<String>>,
    /// Missing: every PII kind (only meaningful with `unmask`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) pii: Option<Vec<String>>,
    /// Mask level granted by an `unmask` permit. Default: full.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) mask: Option<MaskLevel>,
    /// Four-eyes: roles eligible to approve. Present: the permit only grants with an approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) approval_roles: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) when: Vec<CondDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) description: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BreakGlassDoc {
    pub(crate) id: String,
    pub(crate) roles: Vec<String>,
    pub(crate) actions: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) resources: Option<Vec<String>>,
    pub(crate) max_duration_minutes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) mask: Option<MaskLevel>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LimitDoc {
    pub(crate) id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) roles: Option<Vec<String>>,
    pub(crate) actions: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) resources: Option<Vec<String>>,
    pub(crate) counter: String,
    pub(crate) max: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SodScope {
    Global,
    Team,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SodDoc {
    pub(crate) id: String,
    pub(crate) roles: Vec<String>,
    pub(crate) scope: SodScope,
}

/// A literal in a condition.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(untagged)]
pub(crate) enum LitDoc {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TimeDoc {
    pub(crate) tz: String,
    pub(crate) from: String,
    pub(crate) to: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) days: Option<Vec<String>>,
}

/// One condition: exactly one operator per table.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CondDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) attr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) eq: Option<LitDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) ne: Option<LitDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) lt: Option<LitDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) le: Option<LitDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) gt: Option<LitDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) ge: Option<LitDoc>,
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    pub(crate) in_: Option<Vec<LitDoc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) not_in: Option<Vec<LitDoc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) contains: Option<LitDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) eq_attr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) ne_attr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) lt_attr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) gt_attr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) in_attr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) contains_attr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) present: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) assigned_to_me: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) my_team: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) time: Option<TimeDoc>,
}

/// Only the id, with its location, for turning byte spans into line numbers.
#[derive(Debug, Deserialize)]
pub(crate) struct IdOnly {
    #[serde(default)]
    #[expect(dead_code, reason = "only the span of the table is used")]
    pub(crate) id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct LocDoc {
    #[serde(default)]
    pub(crate) roles: Vec<toml::Spanned<IdOnly>>,
    #[serde(default)]
    pub(crate) rules: Vec<toml::Spanned<IdOnly>>,
    #[serde(default)]
    pub(crate) break_glass: Vec<toml::Spanned<IdOnly>>,
    #[serde(default)]
    pub(crate) limits: Vec<toml::Spanned<IdOnly>>,
    #[serde(default)]
    pub(crate) separation_of_duties: Vec<toml::Spanned<IdOnly>>,
}
