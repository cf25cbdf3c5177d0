//! The ordered parallel pipeline: read batches, process them on worker
//! threads, write results in input order.
//!
//! ```text
//!  reader thread ──batch i──▶ worker (i mod N) ──result i──▶ main thread (writes in order)
//! ```
//!
//! Batch `i` always goes to worker `i mod N`, and the main thread takes
//! result `i` from worker `i mod N`, so results come back in input order
//! without a reordering buffer. Every channel is a `sync_channel` of
//! capacity [`QUEUE_DEPTH`], so at most `2 × QUEUE_DEPTH × N + N + 1`
//! batches exist at once whatever the input size. Batches are all about the
//! same size, so the round robin loses little to uneven work. With one
//! thread nothing is spawned: read, process, write happen in turn.
//!
//! Shutdown is by dropping channel ends: when the main thread stops early
//! (`--stop-on-error`, closed stdout) it drops its receivers, workers fail to
//! send and exit, which drops their receivers, and the reader fails to send
//! and exits.

use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant};

use crate::error::{CliError, is_broken_pipe};
use crate::input::{Batch, BatchReader, Item, Source};

/// Channel capacity, in batches, per worker and direction.
const QUEUE_DEPTH: usize = 2;

/// At most this many line errors are printed on stderr; the rest are counted
/// in the summary (and marked in the output, which never drops a line).
const MAX_REPORTED: u64 = 50;

/// One line handed to a processor.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// Index of its input in the run's source list.
    pub(crate) source: usize,
    /// 1-based line number within its input.
    pub(crate) number: u64,
    /// The line without its `\n` (a `\r` before it is still there).
    pub(crate) bytes: &'a [u8],
    /// Whether the line ended in `\n` (only an input's last line may not).
    pub(crate) newline: bool,
}

/// Turns one input line into output, line by line.
pub(crate) trait LineProcessor: Sync {
    /// Writes the output for `line` to `out` and counts it in `stats`.
    ///
    /// # Errors
    /// A message when the line is unusable. The processor has then already
    /// written a marker line, so that nothing is silently dropped; under
    /// `--stop-on-error` the pipeline removes it again and stops.
    fn process(&self, line: Line<'_>, out: &mut Vec<u8>, stats: &mut Stats) -> Result<(), String>;
}

/// Counters of a run, merged across batches.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Stats {
    /// Lines processed.
    pub(crate) lines: u64,
    /// Input bytes processed.
    pub(crate) bytes: u64,
    /// Lines with at least one finding.
    pub(crate) lines_with_findings: u64,
    /// Findings per kind name.
    pub(crate) by_kind: HashMap<String, u64>,
    /// Lines that could not be processed.
    pub(crate) line_errors: u64,
}

impl Stats {
    /// Counts one finding of the kind called `kind`.
    pub(crate) fn count_kind(&mut self, kind: &str) {
        if let Some(n) = self.by_kind.get_mut(kind) {
            *n += 1;
        } else {
            self.by_kind.insert(kind.to_owned(), 1);
        }
    }

    /// Total findings of every kind.
    pub(crate) fn findings(&self) -> u64 {
        self.by_kind.values().sum()
    }

    fn merge(&mut self, other: &Stats) {
        self.lines += other.lines;
        self.bytes += other.bytes;
        self.lines_with_findings += other.lines_with_findings;
        self.line_errors += other.line_errors;
        for (kind, n) in &other.by_kind {
            *self.by_kind.entry(kind.clone()).or_insert(0) += n;
        }
    }
}

/// A problem with one line, reported on stderr in input order.
#[derive(Debug)]
struct Problem {
    line: u64,
    message: String,
}

/// What a worker returns for one item.
#[derive(Debug)]
struct Processed {
    source: usize,
    output: Vec<u8>,
    stats: Stats,
    problems: Vec<Problem>,
    stopped: bool,
    failure: Option<Problem>,
}

/// How a run ended.
#[derive(Debug, Default)]
pub(crate) struct Outcome {
    /// Counters of everything processed.
    pub(crate) stats: Stats,
    /// Inputs that could not be opened or read.
    pub(crate) unreadable: u64,
    /// Whether the run stopped early on an error.
    pub(crate) stopped: bool,
    /// Whether the reader of the output went away (`bowline scan | head`).
    pub(crate) output_closed: bool,
    /// Wall time of the run.
    pub(crate) elapsed: Duration,
}

impl Outcome {
    /// Whether any input or line could not be processed.
    pub(crate) fn had_input_errors(&self) -> bool {
        self.unreadable > 0 || self.stats.line_errors > 0
    }
}

/// Settings of one run.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    /// Worker threads (at least 1).
    pub(crate) threads: usize,
    /// Approximate batch size in bytes.
    pub(crate) batch_bytes: usize,
    /// Stop at the first unusable line or input.
    pub(crate) stop_on_error: bool,
    /// Draw a progress bar on stderr.
    pub(crate) progress: bool,
}

fn process_item<P: LineProcessor + ?Sized>(
    processor: &P,
    item: Item,
    stop_on_error: bool,
) -> Processed {
    match item {
        Item::Failed {
            source,
            line,
            message,
        } => Processed {
            source,
            output: Vec::new(),
            stats: Stats::default(),
            problems: Vec::new(),
            stopped: stop_on_error,
            failure: Some(Problem { line, message }),
        },
        Item::Batch(batch) => process_batch(processor, &batch, stop_on_error),
    }
}

fn process_batch<P: LineProcessor + ?Sized>(
    processor: &P,
    batch: &Batch,
    stop_on_error: bool,
) -> Processed {
    // Output is usually about the size of the input, plus findings.
    let mut output = Vec::with_capacity(batch.data.len() + batch.data.len() / 4);
    let mut stats = Stats::default();
    let mut problems = Vec::new();
    let mut stopped = false;
    for (number, bytes, newline) in batch.lines() {
        let mark = output.len();
        stats.lines += 1;
        stats.bytes += bytes.len() as u64 + u64::from(newline);
        if let Err(message) = processor.process(
            Line {
                source: batch.source,
                number,
                bytes,
                newline,
            },
            &mut output,
            &mut stats,
        ) {
            stats.line_errors += 1;
            problems.push(Problem {
                line: number,
                message,
            });
            if stop_on_error {
                output.truncate(mark);
                stopped = true;
                break;
            }
        }
    }
    Processed {
        source: batch.source,
        output,
        stats,
        problems,
        stopped,
        failure: None,
    }
}

/// Runs `processor` over every line of `sources`, writing to `out` in input order.
///
/// # Errors
/// Only for output write errors other than a closed pipe (which ends the run
/// quietly). Input problems are counted in the [`Outcome`] and reported on
/// stderr as they come.
pub(crate) fn run<P: LineProcessor>(
    sources: &[Source],
    processor: &P,
    settings: &Settings,
    out: &mut dyn Write,
) -> Result<Outcome, CliError> {
    let start = Instant::now();
    let total: Option<u64> = sources.iter().map(Source::len_hint).sum();
    let mut sink = Sink {
        out,
        names: sources.iter().map(Source::name).collect(),
        outcome: Outcome::default(),
        progress: Progress::new(settings.progress, total, start),
        reported: 0,
    };
    let reader = BatchReader::new(sources.to_vec(), settings.batch_bytes);
    let threads = settings.threads.max(1);
    let stop_on_error = settings.stop_on_error;
    let result = if threads == 1 {
        let mut result: io::Result<Flow> = Ok(Flow::Continue);
        for item in reader {
            result = sink.take(&process_item(processor, item, stop_on_error));
            if !matches!(result, Ok(Flow::Continue)) {
                break;
            }
        }
        result.map(|_| ())
    } else {
        run_parallel(reader, processor, threads, stop_on_error, &mut sink)
    };
    sink.progress.clear();
    let flushed = sink.out.flush();
    let mut outcome = sink.outcome;
    outcome.elapsed = start.elapsed();
    match result.and(flushed) {
        Ok(()) => Ok(outcome),
        Err(e) if is_broken_pipe(&e) => {
            outcome.output_closed = true;
            Ok(outcome)
        }
        Err(e) => Err(CliError::input(format!("cannot write output: {e}"))),
    }
}

fn run_parallel<P: LineProcessor>(
    reader: BatchReader,
    processor: &P,
    threads: usize,
    stop_on_error: bool,
    sink: &mut Sink<'_>,
) -> io::Result<()> {
    std::thread::scope(|scope| {
        let mut to_workers: Vec<SyncSender<Item>> = Vec::with_capacity(threads);
        let mut from_workers: Vec<Receiver<Processed>> = Vec::with_capacity(threads);
        for _ in 0..threads {
            let (item_tx, item_rx) = sync_channel::<Item>(QUEUE_DEPTH);
            let (done_tx, done_rx) = sync_channel::<Processed>(QUEUE_DEPTH);
            to_workers.push(item_tx);
            from_workers.push(done_rx);
            scope.spawn(move || {
                for item in item_rx {
                    if done_tx
                        .send(process_item(processor, item, stop_on_error))
                        .is_err()
                    {
                        break;
                    }
                }
            });
        }
        scope.spawn(move || {
            let mut targets = to_workers.iter().cycle();
            for item in reader {
                let Some(target) = targets.next() else { break };
                if target.send(item).is_err() {
                    break;
                }
            }
        });
        let mut result = Ok(());
        for source in from_workers.iter().cycle() {
            // A closed channel here means the reader is done: the next
            // batch would have come from this worker.
            let Ok(done) = source.recv() else { break };
            match sink.take(&done) {
                Ok(Flow::Continue) => {}
                Ok(Flow::Stop) => break,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        drop(from_workers);
        result
    })
}

enum Flow {
    Continue,
    Stop,
}

struct Sink<'a> {
    out: &'a mut dyn Write,
    names: Vec<String>,
    outcome: Outcome,
    progress: Progress,
    reported: u64,
}

impl Sink<'_> {
    fn take(&mut self, done: &Processed) -> io::Result<Flow> {
        self.out.write_all(&done.output)?;
        // Per batch, not per line: a slow stream's lines show up as they are
        // processed, and a fast one pays one write per batch.
        self.out.flush()?;
        self.outcome.stats.merge(&done.stats);
        for problem in &done.problems {
            let name = self
                .names
                .get(done.source)
                .map_or("<input>", String::as_str);
            let message = format!("{name}:{}: {}", problem.line, problem.message);
            self.report(&message);
        }
        if let Some(failure) = &done.failure {
            self.outcome.unreadable += 1;
            self.report_always(&failure.message);
        }
        self.progress.update(self.outcome.stats.bytes);
        if done.stopped {
            self.outcome.stopped = true;
            self.report_always("stopping at the first error (--stop-on-error)");
            return Ok(Flow::Stop);
        }
        Ok(Flow::Continue)
    }

    fn report(&mut self, message: &str) {
        self.reported += 1;
        if self.reported <= MAX_REPORTED {
            self.report_always(message);
        } else if self.reported == MAX_REPORTED + 1 {
            self.report_always("further line errors are not printed: they are counted in the summary and marked in the output");
        }
    }

    fn report_always(&mut self, message: &str) {
        self.progress.clear();
        eprintln!("bowline: {message}");
    }
}

/// A one-line progress bar on stderr, drawn only when asked (a terminal).
#[derive(Debug)]
struct Progress {
    enabled: bool,
    total: Option<u64>,
    start: Instant,
    last: Option<Instant>,
    drawn: bool,
}

impl Progress {
    fn new(enabled: bool, total: Option<u64>, start: Instant) -> Self {
        Self {
            enabled,
            total,
            start,
            last: None,
            drawn: false,
        }
    }

    fn update(&mut self, done: u64) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        // Small inputs finish before the bar would be useful.
        if now.duration_since(self.start) < Duration::from_millis(300) {
            return;
        }
        if self
            .last
            .is_some_and(|last| now.duration_since(last) < Duration::from_millis(100))
        {
            return;
        }
        self.last = Some(now);
        let line = progress_line(done, self.total, now.duration_since(self.start));
        eprint!("\r{line}\x1b[K");
        self.drawn = true;
    }

    fn clear(&mut self) {
        if self.drawn {
            eprint!("\r\x1b[K");
            self.drawn = false;
        }
    }
}

/// The text of the progress bar.
fn progress_line(done: u64, total: Option<u64>, elapsed: Duration) -> String {
    let rate = mb_per_s(done, elapsed);
    match total {
        Some(total) if total > 0 => {
            const WIDTH: u64 = 30;
            let done = done.min(total);
            let filled = done * WIDTH / total;
            let bar: String = (0..WIDTH)
                .map(|i| if i < filled { '#' } else { '-' })
                .collect();
            let percent = done * 100 / total;
            format!(
                "[{bar}] {percent:>3}%  {} / {}  {rate:.1} MB/s",
                human_bytes(done),
                human_bytes(total)
            )
        }
        _ => format!("{} read  {rate:.1} MB/s", human_bytes(done)),
    }
}

/// Throughput in megabytes (10^6 bytes) per second.
#[expect(
    clippy::cast_precision_loss,
    reason = "a displayed rate needs no exactness"
)]
pub(crate) fn mb_per_s(bytes: u64, elapsed: Duration) -> f64 {
    let secs = elapsed.as_secs_f64();
    if secs <= 0.0 {
        0.0
    } else {
        bytes as f64 / 1e6 / secs
    }
}

/// `1.5 MB`-style sizes (decimal units).
#[expect(
    clippy::cast_precision_loss,
    reason = "a displayed size needs no exactness"
)]
pub(crate) fn human_bytes(bytes: u64) -> String {
    let b = bytes as f64;
    if bytes < 1_000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{:.1} kB", b / 1e3)
    } else if bytes < 1_000_000_000 {
        format!("{:.1} MB", b / 1e6)
    } else {
        format!("{:.2} GB", b / 1e9)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    /// Upper-cases each line; a line `bad` is an error.
    struct Upper;

    impl LineProcessor for Upper {
        fn process(
            &self,
            line: Line<'_>,
            out: &mut Vec<u8>,
            stats: &mut Stats,
        ) -> Result<(), String> {
            if line.bytes == b"bad" {
                out.extend_from_slice(b"<error>\n");
                return Err("bad line".to_owned());
            }
            if line.bytes.contains(&b'@') {
                stats.count_kind("email");
                stats.lines_with_findings += 1;
            }
            out.extend(line.bytes.iter().map(u8::to_ascii_uppercase));
            out.extend_from_slice(format!(" {}:{}\n", line.source, line.number).as_bytes());
            Ok(())
        }
    }

    fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
        let path = std::env::temp_dir().join(format!(
            "bowline-cli-pipeline-{}-{name}",
            std::process::id()
        ));
        std::fs::write(&path, contents).unwrap();
        path
    }

    fn run_over(
        sources: &[Source],
        threads: usize,
        batch_bytes: usize,
        stop_on_error: bool,
    ) -> (String, Outcome) {
        let mut out = Vec::new();
        let settings = Settings {
            threads,
            batch_bytes,
            stop_on_error,
            progress: false,
        };
        let outcome = run(sources, &Upper, &settings, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), outcome)
    }

    #[test]
    fn output_is_in_input_order_for_any_thread_count_and_batch_size() {
        let text: String = (0..2_000).fold(String::new(), |mut s, i| {
            let _ = writeln!(s, "line{i}{}", if i % 7 == 0 { "@" } else { "" });
            s
        });
        let path = temp_file("order", &text);
        let sources = [Source::File(path.clone())];
        let (expected, base) = run_over(&sources, 1, 1 << 20, false);
        assert_eq!(base.stats.lines, 2_000);
        assert_eq!(base.stats.bytes, text.len() as u64);
        assert_eq!(base.stats.findings(), 286);
        assert!(expected.starts_with("LINE0@ 0:1\nLINE1 0:2\n"));
        for threads in [1, 2, 3, 8] {
            for batch in [1, 7, 100, 4096] {
                let (got, outcome) = run_over(&sources, threads, batch, false);
                assert_eq!(got, expected, "threads {threads}, batch {batch}");
                assert_eq!(
                    outcome.stats, base.stats,
                    "threads {threads}, batch {batch}"
                );
            }
        }
        std::fs::remove_file(path).unwrap();
    }

    #[test]
    fn errors_are_marked_and_counted_or_stop_the_run() {
        let text: String = (0..500)
            .map(|i| {
                if i == 250 || i == 400 {
                    "bad\n".to_owned()
                } else {
                    format!("ok{i}\n")
                }
            })
            .collect();
        let path = temp_file("errors", &text);
        let sources = [Source::File(path.clone())];
        for threads in [1, 2, 4] {
            let (out, outcome) = run_over(&sources, threads, 64, false);
            assert_eq!(out.lines().count(), 500);
            assert_eq!(out.lines().nth(250), Some("<error>"));
            assert_eq!(outcome.stats.line_errors, 2);
            assert!(outcome.had_input_errors() && !outcome.stopped);

            let (out, outcome) = run_over(&sources, threads, 64, true);
            assert_eq!(out.lines().count(), 250, "threads {threads}");
            assert!(!out.contains("<error>"));
            assert_eq!(outcome.stats.line_errors, 1);
            assert!(outcome.stopped);
        }
        std::fs::remove_file(path).unwrap();
    }

    #[test]
    fn an_unreadable_input_is_counted_and_the_others_processed() {
        let path = temp_file("second", "x\n");
        let sources = [
            Source::File("/nonexistent/bowline-input".into()),
            Source::File(path.clone()),
        ];
        for threads in [1, 2] {
            let (out, outcome) = run_over(&sources, threads, 64, false);
            assert_eq!(out, "X 1:1\n");
            assert_eq!(outcome.unreadable, 1);
            let (out, outcome) = run_over(&sources, threads, 64, true);
            assert_eq!(out, "");
            assert!(outcome.stopped);
        }
        std::fs::remove_file(path).unwrap();
    }

    #[test]
    fn sizes_and_rates_read_well() {
        assert_eq!(human_bytes(999), "999 B");
        assert_eq!(human_bytes(1_500), "1.5 kB");
        assert_eq!(human_bytes(2_500_000), "2.5 MB");
        assert_eq!(human_bytes(3_000_000_000), "3.00 GB");
        assert!((mb_per_s(10_000_000, Duration::from_secs(2)) - 5.0).abs() < 1e-9);
        assert!(mb_per_s(1, Duration::ZERO).abs() < f64::EPSILON);
        let line = progress_line(50, Some(100), Duration::from_secs(1));
        assert!(
            line.starts_with("[###############---------------]  50%"),
            "{line}"
        );
        assert!(
            progress_line(5_000_000, None, Duration::from_secs(1))
                .starts_with("5.0 MB read  5.0 MB/s")
        );
    }
}
