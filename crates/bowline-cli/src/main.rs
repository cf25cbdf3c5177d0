//! `bowline`: find and mask financial PII in chat logs and JSON Lines, turn
//! messaging webhooks (the `WhatsApp` Cloud API) into masked CRM events, and
//! check access policies. See the crate README or `bowline --help` for usage and exit codes.
//!
//! The binary is a thin shell over the `bowline` facade: all detection,
//! masking, parsing and policy logic lives in the libraries; this crate owns
//! I/O, the ordered parallel pipeline, JSON Lines splicing and exit codes.
//!
//! Results go to stdout through explicit writers (a closed pipe ends the run
//! quietly instead of panicking as `print!` would); messages go to stderr.

mod authz;
mod cli;
mod detect;
mod error;
mod input;
mod json;
mod mask;
mod pipeline;
mod scan;
mod summary;
mod webhook;

use std::io::{BufWriter, IsTerminal as _, Write as _};
use std::process::ExitCode;

use clap::Parser as _;

use crate::cli::{Cli, Command, DetectArgs, InputArgs};
use crate::error::{CliError, Exit};
use crate::input::Source;
use crate::json::FieldPath;
use crate::pipeline::{LineProcessor, Outcome, Settings};
use crate::scan::{Format, ScanProcessor, SourceNames};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(exit) => exit.code(),
        Err(e) => {
            eprintln!("bowline: {e}");
            e.exit().code()
        }
    }
}

fn run(cli: Cli) -> Result<Exit, CliError> {
    match cli.command {
        Command::Scan(args) => {
            let scanner = detect::build_scanner(&(&args.detect).into())?;
            let format = format_of(&args.input)?;
            let sources = Source::from_args(&args.input.files);
            let processor = ScanProcessor::new(
                scanner,
                format,
                source_names(&sources, &args.input),
                args.only_findings,
            );
            run_lines("scan", &args.input, &args.detect, &sources, &processor)
        }
        Command::Mask(args) => {
            let scanner = detect::build_scanner(&(&args.detect).into())?;
            let masker = mask::build_masker_from_args(&scanner, &args.masking)?;
            let format = format_of(&args.input)?;
            let sources = Source::from_args(&args.input.files);
            let processor =
                mask::MaskProcessor::new(masker, format, source_names(&sources, &args.input));
            run_lines("mask", &args.input, &args.detect, &sources, &processor)
        }
        Command::Webhook(args) => webhook::run(&args),
        Command::Authz(command) => authz::run(&command),
        Command::Kinds => {
            print_out(&detect::kinds_listing())?;
            Ok(Exit::Ok)
        }
    }
}

fn format_of(input: &InputArgs) -> Result<Format, CliError> {
    if input.jsonl {
        let path = FieldPath::parse(&input.field).map_err(CliError::usage)?;
        Ok(Format::Jsonl(path))
    } else {
        Ok(Format::Plain)
    }
}

/// Names printed as `"file"` in per-line records: only for named files.
fn source_names(sources: &[Source], input: &InputArgs) -> SourceNames {
    sources
        .iter()
        .map(|s| match s {
            Source::File(_) if !input.files.is_empty() => Some(s.name()),
            _ => None,
        })
        .collect()
}

/// The default worker count: the machine's available parallelism.
fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// The batch size: as asked, or 1 MiB scaled down so that all threads
/// together hold about 32 MiB of batches at most (never under 64 KiB).
fn batch_bytes(asked_kib: Option<u32>, threads: usize) -> usize {
    const KIB: usize = 1024;
    match asked_kib {
        Some(kib) => usize::try_from(kib).map_or(KIB * KIB, |k| k.saturating_mul(KIB)),
        None => (32 * KIB * KIB / threads.max(1)).clamp(64 * KIB, KIB * KIB),
    }
}

fn run_lines<P: LineProcessor>(
    command: &str,
    input: &InputArgs,
    detect: &DetectArgs,
    sources: &[Source],
    processor: &P,
) -> Result<Exit, CliError> {
    let threads = input.threads.map_or_else(default_threads, usize::from);
    if !input.quiet && sources == [Source::Stdin] && std::io::stdin().is_terminal() {
        eprintln!("bowline: reading from the terminal (end with Ctrl-D; give files as arguments)");
    }
    let settings = Settings {
        threads,
        batch_bytes: batch_bytes(input.batch_kib, threads),
        stop_on_error: input.stop_on_error,
        progress: !input.quiet && !input.no_progress && std::io::stderr().is_terminal(),
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 17, stdout.lock());
    let outcome = pipeline::run(sources, processor, &settings, &mut out)?;
    drop(out);
    if !input.quiet {
        eprint!("{}", summary::summary(command, &outcome, threads));
    }
    let stats = &outcome.stats;
    if input.jsonl && stats.lines > 0 && stats.line_errors == stats.lines {
        eprintln!(
            "bowline: hint: no line could be used; for plain text (one message per line) drop --jsonl"
        );
    }
    Ok(exit_for(&outcome, detect.fail_on_find))
}

/// Input errors outrank findings: a run that could not read everything
/// cannot vouch that nothing was found.
fn exit_for(outcome: &Outcome, fail_on_find: bool) -> Exit {
    if outcome.had_input_errors() {
        Exit::Input
    } else if fail_on_find && outcome.stats.findings() > 0 {
        Exit::CheckFailed
    } else {
        Exit::Ok
    }
}

/// Writes `text` to stdout, treating a closed pipe as success.
fn print_out(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if !error::is_broken_pipe(&e) => {
            Err(CliError::input(format!("cannot write output: {e}")))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_shrink_with_many_threads() {
        assert_eq!(batch_bytes(None, 1), 1 << 20);
        assert_eq!(batch_bytes(None, 32), 1 << 20);
        assert_eq!(batch_bytes(None, 64), 512 << 10);
        assert_eq!(batch_bytes(None, 10_000), 64 << 10);
        assert_eq!(batch_bytes(Some(4), 64), 4 << 10);
    }

    #[test]
    fn input_errors_outrank_findings() {
        let mut outcome = Outcome::default();
        assert_eq!(exit_for(&outcome, true), Exit::Ok);
        outcome.stats.count_kind("email");
        assert_eq!(exit_for(&outcome, false), Exit::Ok);
        assert_eq!(exit_for(&outcome, true), Exit::CheckFailed);
        outcome.stats.line_errors = 1;
        assert_eq!(exit_for(&outcome, true), Exit::Input);
        let unreadable = Outcome {
            unreadable: 1,
            ..Outcome::default()
        };
        assert_eq!(exit_for(&unreadable, false), Exit::Input);
    }
}
