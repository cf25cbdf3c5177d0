//! Errors of the command and the exit codes they map to.

use std::fmt;
use std::process::ExitCode;

/// The documented exit codes of `bowline` (also listed in `--help` and the README).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Exit {
    /// Everything went fine (and nothing was found, when `--fail-on-find` is on).
    Ok = 0,
    /// A check failed: findings with `--fail-on-find`, or a failing `authz test` case.
    CheckFailed = 1,
    /// Bad command line (clap's own code).
    Usage = 2,
    /// Unreadable input file, malformed input line, or an output write error.
    Input = 3,
    /// Invalid configuration: policy, dictionary, allow-list or key file.
    Config = 4,
    /// Webhook signature verification failed.
    Signature = 5,
    /// `authz check` decided deny.
    Denied = 6,
}

impl Exit {
    /// The process exit code.
    pub(crate) fn code(self) -> ExitCode {
        ExitCode::from(self as u8)
    }
}

/// An error that ends the command with a message on stderr and an exit code.
#[derive(Debug)]
pub(crate) struct CliError {
    exit: Exit,
    message: String,
}

impl CliError {
    /// An input or output error (exit code 3).
    pub(crate) fn input(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Input,
            message: message.into(),
        }
    }

    /// A configuration error (exit code 4).
    pub(crate) fn config(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Config,
            message: message.into(),
        }
    }

    /// A usage error found after argument parsing (exit code 2).
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Usage,
            message: message.into(),
        }
    }

    /// A signature verification failure (exit code 5).
    pub(crate) fn signature(message: impl Into<String>) -> Self {
        Self {
            exit: Exit::Signature,
            message: message.into(),
        }
    }

    /// The exit code this error ends the process with.
    pub(crate) fn exit(&self) -> Exit {
        self.exit
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

/// Says whether an I/O error means "the reader went away" (`bowline scan | head`),
/// which ends the run quietly instead of as an error.
pub(crate) fn is_broken_pipe(err: &std::io::Error) -> bool {
    err.kind() == std::io::ErrorKind::BrokenPipe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_the_documented_numbers() {
        let table = [
            (Exit::Ok, 0u8),
            (Exit::CheckFailed, 1),
            (Exit::Usage, 2),
            (Exit::Input, 3),
            (Exit::Config, 4),
            (Exit::Signature, 5),
            (Exit::Denied, 6),
        ];
        for (exit, code) in table {
            assert_eq!(exit as u8, code);
            assert_eq!(exit.code(), ExitCode::from(code));
        }
    }

    #[test]
    fn errors_carry_their_exit_code_and_message() {
        let e = CliError::config("invalid policy file `p.toml`: line 3");
        assert_eq!(e.exit(), Exit::Config);
        assert_eq!(e.to_string(), "invalid policy file `p.toml`: line 3");
        assert_eq!(CliError::input("x").exit(), Exit::Input);
        assert_eq!(CliError::usage("x").exit(), Exit::Usage);
        assert_eq!(CliError::signature("x").exit(), Exit::Signature);
    }
}
