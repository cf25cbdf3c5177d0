//! The command line, declared with clap's derive API.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit codes:
  0  success (and, with --fail-on-find, nothing found)
  1  a check failed: findings with --fail-on-find, or a failing `authz test` case
  2  usage error (bad command line)
  3  input or output error: unreadable file, malformed or unusable line (the run goes
     on and marks the line in the output unless --stop-on-error), write error
  4  configuration error: invalid policy, dictionary, allow-list, key or secret file
  5  webhook signature verification failed
  6  access denied (`authz check`)";

/// The `bowline` command line.
#[derive(Debug, Parser)]
#[command(
    name = "bowline",
    version,
    about = "Find and mask financial PII in chat logs and JSON Lines, turn WhatsApp webhooks into masked CRM events, and check access policies.",
    after_help = EXIT_CODES
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Report PII findings: one JSON object per input line.
    ///
    /// Plain text: prints `{"line": N, "findings": [...]}` for every line (with
    /// `"file"` when reading named files). JSON Lines (`--jsonl`): prints each
    /// input object with a `findings` array added. A finding is
    /// `{"kind", "start", "end", "confidence"}` with UTF-8 byte offsets into
    /// the line's text (or the field's decoded text).
    ///
    /// A bad line is reported on stderr and still gets an output line:
    /// `{"line": N, "error": "..."}` when it is not a JSON object (its content
    /// is not copied), or the object with an `error` member when its field is
    /// missing or not a string. The exit code is then 3.
    #[command(after_help = EXIT_CODES)]
    Scan(ScanArgs),
    /// Mask PII: print each line (or each object's text field) masked.
    ///
    /// Plain text keeps its line ends. With `--jsonl` only the text field is
    /// replaced; every other byte of the line is kept. Bad lines are handled
    /// as by `scan`: never copied raw, marked with an `error`, exit code 3.
    /// Sensitive authentication data (CVV, PIN, OTP, password, track data) is
    /// always removed, whatever the policy.
    #[command(after_help = EXIT_CODES)]
    Mask(MaskArgs),
    /// Webhook bodies in, masked CRM events out.
    #[command(
        about = "Turn WhatsApp Cloud API webhook bodies into CRM events (JSON Lines), with every text field masked unless --no-mask",
        after_help = EXIT_CODES
    )]
    Webhook(WebhookArgs),
    /// Check requests against access policies and run policy tests.
    #[command(subcommand)]
    Authz(AuthzCommand),
    /// List the PII kind names and regional presets that options accept.
    Kinds,
}

/// Where lines come from and how they are processed.
#[derive(Debug, Args)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "command-line flags are independent switches"
)]
pub(crate) struct InputArgs {
    /// Input files (stdin when none; `-` is stdin too).
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,

    /// Read JSON Lines: one JSON object per line, text in `--field`.
    #[arg(long)]
    pub(crate) jsonl: bool,

    /// The text field of each JSON line: a dotted path (`message.text`,
    /// `messages.0.body`) or a JSON pointer (`/message/text`).
    #[arg(long, value_name = "PATH", default_value = "text", requires = "jsonl")]
    pub(crate) field: String,

    /// Worker threads [default: available parallelism].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub(crate) threads: Option<u16>,

    /// Stop at the first unreadable input or unusable line instead of marking
    /// it in the output and going on.
    #[arg(long)]
    pub(crate) stop_on_error: bool,

    /// No summary and no progress bar on stderr (errors are still printed).
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,

    /// No progress bar (it is drawn only when stderr is a terminal).
    #[arg(long)]
    pub(crate) no_progress: bool,

    /// Size of the batches of lines handed to worker threads, in KiB
    /// [default: 1024, less with many threads].
    #[arg(long, value_name = "KIB", hide = true,
          value_parser = clap::value_parser!(u32).range(1..=1_048_576))]
    pub(crate) batch_kib: Option<u32>,
}

/// Which PII to look for.
#[derive(Debug, Args)]
pub(crate) struct DetectArgs {
    /// Only these kinds (comma-separated names such as `card_number`; see `bowline kinds`).
    #[arg(
        long,
        value_name = "KINDS",
        value_delimiter = ',',
        conflicts_with = "region"
    )]
    pub(crate) kinds: Vec<String>,

    /// Regional presets: global kinds plus each region's national ids
    /// (comma-separated; see `bowline kinds`). Default: every kind.
    #[arg(long, value_name = "REGIONS", value_delimiter = ',')]
    pub(crate) region: Vec<String>,

    /// Never report these kinds (comma-separated).
    #[arg(long, value_name = "KINDS", value_delimiter = ',')]
    pub(crate) exclude_kinds: Vec<String>,

    /// Hide findings below this confidence.
    #[arg(long, value_name = "LEVEL", default_value = "low")]
    pub(crate) min_confidence: ConfidenceArg,

    /// Extra terms to find (customer names, account ids): a file with one
    /// term per line (`#` starts a comment line). Reported under the kind
    /// NAME, default the file's stem. Repeatable.
    #[arg(long, value_name = "[NAME=]FILE")]
    pub(crate) dictionary: Vec<String>,

    /// Values never reported (the bank's own phone number, test cards): a
    /// file with one value per line (`#` starts a comment line). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) allow: Vec<PathBuf>,

    /// Exit with code 1 when anything is found (CI gates, pre-export checks).
    #[arg(long)]
    pub(crate) fail_on_find: bool,
}

/// A confidence level on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ConfidenceArg {
    Low,
    Medium,
    High,
}

#[derive(Debug, Args)]
pub(crate) struct ScanArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) detect: DetectArgs,

    /// Print only lines with findings (default: one output line per input
    /// line). Bad lines are still printed with their error.
    #[arg(long)]
    pub(crate) only_findings: bool,
}

#[derive(Debug, Args)]
pub(crate) struct MaskArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) detect: DetectArgs,
    #[command(flatten)]
    pub(crate) masking: MaskingArgs,
}

/// How found PII is rewritten.
#[derive(Debug, Args)]
pub(crate) struct MaskingArgs {
    /// Masking policy file (TOML): operators per kind.
    #[arg(long, value_name = "FILE")]
    pub(crate) policy: Option<PathBuf>,

    /// Operator for every kind the policy does not name (overrides the
    /// policy's default): label (`<CARD_NUMBER>`), redact, remove, partial
    /// (PCI: first 6 / last 4 at most), token (keyed, needs a key).
    #[arg(long, value_name = "OPERATOR")]
    pub(crate) operator: Option<String>,

    /// File holding the secret key for keyed tokens.
    #[arg(long, value_name = "FILE", conflicts_with = "key_env")]
    pub(crate) key_file: Option<PathBuf>,

    /// Environment variable holding the secret key for keyed tokens.
    #[arg(long, value_name = "VAR")]
    pub(crate) key_env: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct WebhookArgs {
    /// Webhook bodies: one JSON body per file (stdin when none), or JSON
    /// Lines with `--jsonl`.
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,

    /// Each input line is one webhook body.
    #[arg(long)]
    pub(crate) jsonl: bool,

    /// Keep raw text in the events (default: every text field is masked).
    #[arg(long)]
    pub(crate) no_mask: bool,

    /// The `X-Hub-Signature-256` header (`sha256=<hex>`) to verify the body
    /// against; needs exactly one body and an app secret.
    #[arg(long, value_name = "sha256=HEX", conflicts_with = "jsonl")]
    pub(crate) signature: Option<String>,

    /// Environment variable holding the app secret.
    #[arg(long, value_name = "VAR", group = "secret")]
    pub(crate) app_secret_env: Option<String>,

    /// File holding the app secret (a trailing newline is ignored).
    #[arg(long, value_name = "FILE", group = "secret")]
    pub(crate) app_secret_file: Option<PathBuf>,

    /// The app secret itself. Avoid: it lands in shell history and process
    /// lists; prefer --app-secret-env or --app-secret-file.
    #[arg(long, value_name = "SECRET", group = "secret")]
    pub(crate) app_secret: Option<String>,

    /// Stop at the first unusable body instead of reporting it and going on.
    #[arg(long)]
    pub(crate) stop_on_error: bool,

    /// Detection options for the text fields.
    #[command(flatten)]
    pub(crate) detect: WebhookDetectArgs,

    /// Masking options for the text fields.
    #[command(flatten)]
    pub(crate) masking: MaskingArgs,
}

/// The detection options that make sense for webhooks.
#[derive(Debug, Args)]
pub(crate) struct WebhookDetectArgs {
    /// Regional presets (comma-separated). Default: every kind.
    #[arg(long, value_name = "REGIONS", value_delimiter = ',')]
    pub(crate) region: Vec<String>,

    /// Extra terms file (`[NAME=]FILE`). Repeatable.
    #[arg(long, value_name = "[NAME=]FILE")]
    pub(crate) dictionary: Vec<String>,

    /// Allow-list file. Repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) allow: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum AuthzCommand {
    /// Decide one JSON request against a policy file and explain the decision.
    /// Exit code 0 on allow, 6 on deny.
    #[command(after_help = EXIT_CODES)]
    Check {
        /// Policy file (`.toml` or `.json`).
        #[arg(long, value_name = "FILE")]
        policy: PathBuf,
        /// Request file (JSON); `-` or absent reads stdin.
        #[arg(long, value_name = "FILE")]
        request: Option<PathBuf>,
        /// Print the decision record as JSON instead of the explanation.
        #[arg(long)]
        json: bool,
    },
    /// Run policy test files (TOML) against a policy file.
    /// Exit code 0 when every case passes, 1 otherwise.
    #[command(after_help = EXIT_CODES)]
    Test {
        /// Policy file (`.toml` or `.json`).
        #[arg(long, value_name = "FILE")]
        policy: PathBuf,
        /// Test files.
        #[arg(value_name = "TESTFILE", required = true)]
        tests: Vec<PathBuf>,
    },
    /// Load a policy file and report rules that can never apply.
    /// Exit code 0 when clean, 1 with lints, 4 when the file is invalid.
    Lint {
        /// Policy file (`.toml` or `.json`).
        #[arg(long, value_name = "FILE")]
        policy: PathBuf,
    },
    /// Show what two policy files permit differently. Exit code 0 when they
    /// permit the same, 1 otherwise.
    Diff {
        /// The old policy file.
        #[arg(value_name = "OLD")]
        old: PathBuf,
        /// The new policy file.
        #[arg(value_name = "NEW")]
        new: PathBuf,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn field_needs_jsonl_and_kinds_split_on_commas() {
        assert!(Cli::try_parse_from(["bowline", "scan", "--field", "a"]).is_err());
        let cli = Cli::try_parse_from([
            "bowline",
            "scan",
            "--jsonl",
            "--kinds",
            "email,phone",
            "a.jsonl",
        ])
        .unwrap();
        let Command::Scan(args) = cli.command else {
            panic!("not scan")
        };
        assert_eq!(args.detect.kinds, ["email", "phone"]);
        assert_eq!(args.input.files, [PathBuf::from("a.jsonl")]);
        assert_eq!(args.input.field, "text");
        assert!(Cli::try_parse_from(["bowline", "scan", "--threads", "0"]).is_err());
    }
}
