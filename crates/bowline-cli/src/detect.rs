//! Building the scanner from the command line: kinds, regions, dictionary
//! and allow-list files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use bowline::mask::{Confidence, PiiKind, Region, Scanner};

use crate::cli::{ConfidenceArg, DetectArgs};
use crate::error::CliError;

/// Everything that configures detection, gathered from any subcommand.
#[derive(Debug, Default)]
pub(crate) struct DetectConfig<'a> {
    pub(crate) kinds: &'a [String],
    pub(crate) exclude_kinds: &'a [String],
    pub(crate) regions: &'a [String],
    pub(crate) min_confidence: Option<ConfidenceArg>,
    pub(crate) dictionaries: &'a [String],
    pub(crate) allow: &'a [PathBuf],
}

impl<'a> From<&'a DetectArgs> for DetectConfig<'a> {
    fn from(args: &'a DetectArgs) -> Self {
        Self {
            kinds: &args.kinds,
            exclude_kinds: &args.exclude_kinds,
            regions: &args.region,
            min_confidence: Some(args.min_confidence),
            dictionaries: &args.dictionary,
            allow: &args.allow,
        }
    }
}

/// The command-line name of a regional preset.
pub(crate) fn region_name(region: Region) -> Option<&'static str> {
    Some(match region {
        Region::NorthAmerica => "north_america",
        Region::UnitedKingdom => "united_kingdom",
        Region::Europe => "europe",
        Region::India => "india",
        Region::Brazil => "brazil",
        Region::LatinAmerica => "latin_america",
        Region::AsiaPacific => "asia_pacific",
        Region::MiddleEastAfrica => "middle_east_africa",
        _ => return None,
    })
}

/// Short aliases accepted for regions.
const REGION_ALIASES: &[(&str, Region)] = &[
    ("na", Region::NorthAmerica),
    ("us", Region::NorthAmerica),
    ("uk", Region::UnitedKingdom),
    ("gb", Region::UnitedKingdom),
    ("eu", Region::Europe),
    ("in", Region::India),
    ("br", Region::Brazil),
    ("latam", Region::LatinAmerica),
    ("apac", Region::AsiaPacific),
    ("mea", Region::MiddleEastAfrica),
];

fn parse_region(name: &str) -> Result<Region, CliError> {
    let wanted = name.trim().to_ascii_lowercase().replace('-', "_");
    Region::ALL
        .iter()
        .copied()
        .find(|r| region_name(*r) == Some(wanted.as_str()))
        .or_else(|| {
            REGION_ALIASES
                .iter()
                .find(|(alias, _)| *alias == wanted)
                .map(|(_, r)| *r)
        })
        .ok_or_else(|| {
            let known: Vec<&str> = Region::ALL.iter().filter_map(|r| region_name(*r)).collect();
            CliError::usage(format!(
                "unknown region `{name}` (known: {})",
                known.join(", ")
            ))
        })
}

fn parse_kind(name: &str) -> Result<PiiKind, CliError> {
    let name = name.trim();
    match name.parse::<PiiKind>() {
        Ok(kind) if PiiKind::builtins().contains(&kind) => Ok(kind),
        _ => Err(CliError::usage(format!(
            "unknown kind `{name}` (see `bowline kinds`)"
        ))),
    }
}

/// Reads a list file: one entry per line, blank lines and `#` comment lines skipped.
pub(crate) fn read_list(path: &Path, what: &str) -> Result<Vec<String>, CliError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::config(format!("cannot read {what} file `{}`: {e}", path.display()))
    })?;
    Ok(parse_list(&text))
}

fn parse_list(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Splits `NAME=FILE` (or plain `FILE`, named after its stem).
fn dictionary_spec(spec: &str) -> (String, PathBuf) {
    if let Some((name, file)) = spec.split_once('=') {
        if !name.is_empty() && !name.contains(['/', '\\']) {
            return (name.to_owned(), PathBuf::from(file));
        }
    }
    let path = PathBuf::from(spec);
    let name = path.file_stem().map_or_else(
        || "dictionary".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    (name, path)
}

/// Builds the scanner.
///
/// # Errors
/// Usage errors for unknown kind or region names; configuration errors for
/// unreadable or invalid dictionary and allow-list files.
pub(crate) fn build_scanner(config: &DetectConfig<'_>) -> Result<Scanner, CliError> {
    let mut builder = Scanner::builder();
    if !config.kinds.is_empty() {
        builder.kinds(
            config
                .kinds
                .iter()
                .map(|k| parse_kind(k))
                .collect::<Result<Vec<_>, _>>()?,
        );
    }
    if !config.regions.is_empty() {
        builder.regions(
            config
                .regions
                .iter()
                .map(|r| parse_region(r))
                .collect::<Result<Vec<_>, _>>()?,
        );
    }
    for kind in config.exclude_kinds {
        builder.disable(parse_kind(kind)?);
    }
    if let Some(level) = config.min_confidence {
        builder.min_confidence(match level {
            ConfidenceArg::Low => Confidence::Low,
            ConfidenceArg::Medium => Confidence::Medium,
            ConfidenceArg::High => Confidence::High,
        });
    }
    for spec in config.dictionaries {
        let (name, path) = dictionary_spec(spec);
        let terms = read_list(&path, "dictionary")?;
        builder.dictionary(name, terms);
    }
    for path in config.allow {
        builder.allow(read_list(path, "allow-list")?);
    }
    builder
        .build()
        .map_err(|e| CliError::config(format!("invalid detection settings: {e}")))
}

/// The text of `bowline kinds`.
pub(crate) fn kinds_listing() -> String {
    let mut out = String::from("kinds:\n");
    for kind in PiiKind::builtins() {
        let note = if kind.is_sensitive_authentication_data() {
            "  (always removed when masking)"
        } else {
            ""
        };
        let _ = writeln!(out, "  {kind}{note}");
    }
    out.push_str("\nregions (--region; each adds its kinds to the global ones):\n");
    let _ = writeln!(
        out,
        "  global: {}",
        Region::GLOBAL_KINDS
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    for region in Region::ALL {
        if let Some(name) = region_name(*region) {
            let kinds: Vec<String> = region.kinds().iter().map(ToString::to_string).collect();
            let _ = writeln!(out, "  {name}: {}", kinds.join(", "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_parse_by_name_and_alias() {
        assert_eq!(parse_region("india").unwrap(), Region::India);
        assert_eq!(parse_region("Latin-America").unwrap(), Region::LatinAmerica);
        assert_eq!(parse_region("uk").unwrap(), Region::UnitedKingdom);
        let err = parse_region("atlantis").unwrap_err();
        assert!(
            err.to_string().contains("unknown region `atlantis`"),
            "{err}"
        );
        for region in Region::ALL {
            let name = region_name(*region).unwrap();
            assert_eq!(parse_region(name).unwrap(), *region);
        }
    }

    #[test]
    fn kinds_parse_by_snake_case_name_only_for_builtins() {
        assert_eq!(parse_kind("card_number").unwrap(), PiiKind::CardNumber);
        assert_eq!(parse_kind(" email ").unwrap(), PiiKind::Email);
        assert!(parse_kind("custom:0").is_err());
        assert!(parse_kind("cardnumber").is_err());
    }

    #[test]
    fn list_files_skip_blanks_and_comments() {
        assert_eq!(
            parse_list("# names\nAna Souza\n\n  Rahul Mehta  \r\n#x\n"),
            ["Ana Souza", "Rahul Mehta"]
        );
    }

    #[test]
    fn dictionary_specs_name_the_kind() {
        assert_eq!(
            dictionary_spec("customers=/tmp/c.txt"),
            ("customers".to_owned(), PathBuf::from("/tmp/c.txt"))
        );
        assert_eq!(
            dictionary_spec("/tmp/vip_names.txt"),
            ("vip_names".to_owned(), PathBuf::from("/tmp/vip_names.txt"))
        );
        assert_eq!(
            dictionary_spec("dir/a=b.txt").1,
            PathBuf::from("dir/a=b.txt")
        );
    }

    #[test]
    fn the_listing_names_every_kind_and_region() {
        let listing = kinds_listing();
        for kind in PiiKind::builtins() {
            assert!(listing.contains(&format!("  {kind}")), "{kind}");
        }
        assert!(listing.contains("  india: "));
    }
}
