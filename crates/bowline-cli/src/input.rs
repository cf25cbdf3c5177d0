//! Reading inputs as batches of whole lines, in bounded memory.
//!
//! Each input (a file, or stdin) is read in blocks of about `batch_bytes`,
//! or less when a pipe has no more data ready (so that a slow stream is
//! processed as it comes); a batch ends at the last newline of the block and
//! the partial line after it is carried into the next batch. A batch never
//! spans two inputs. Memory
//! is bounded by the batch size times the number of batches in flight, and by
//! the longest line (a line longer than a batch simply makes a bigger batch).

use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;

/// One input of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    /// Standard input.
    Stdin,
    /// A file path given on the command line (`-` means stdin).
    File(PathBuf),
}

impl Source {
    /// Sources for the given paths: stdin when there are none.
    pub(crate) fn from_args(paths: &[PathBuf]) -> Vec<Source> {
        if paths.is_empty() {
            return vec![Source::Stdin];
        }
        paths
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Source::Stdin
                } else {
                    Source::File(p.clone())
                }
            })
            .collect()
    }

    /// The name used in messages: the path, or `<stdin>`.
    pub(crate) fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_owned(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// The size in bytes when known in advance (regular files).
    pub(crate) fn len_hint(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File(p) => std::fs::metadata(p)
                .ok()
                .filter(std::fs::Metadata::is_file)
                .map(|m| m.len()),
        }
    }

    fn open(&self) -> io::Result<Box<dyn Read + Send>> {
        Ok(match self {
            Source::Stdin => Box::new(io::stdin()),
            Source::File(p) => Box::new(File::open(p)?),
        })
    }
}

/// Whole lines of one input.
#[derive(Debug)]
pub(crate) struct Batch {
    /// Index of the input in the run's source list.
    pub(crate) source: usize,
    /// 1-based number of the batch's first line within its input.
    pub(crate) first_line: u64,
    /// The lines, each ending in `\n` except perhaps the input's last one.
    pub(crate) data: Vec<u8>,
}

impl Batch {
    /// The lines of the batch without their `\n`, each with its line number
    /// and whether it had a newline.
    pub(crate) fn lines(&self) -> impl Iterator<Item = (u64, &[u8], bool)> {
        let mut rest: &[u8] = &self.data;
        let mut number = self.first_line;
        std::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            let item = if let Some(i) = memchr::memchr(b'\n', rest) {
                let (line, tail) = rest.split_at(i);
                rest = tail.get(1..).unwrap_or_default();
                (number, line, true)
            } else {
                let line = rest;
                rest = &[];
                (number, line, false)
            };
            number += 1;
            Some(item)
        })
    }
}

/// What the reader produces, in input order.
#[derive(Debug)]
pub(crate) enum Item {
    /// Lines to process.
    Batch(Batch),
    /// An input could not be opened or read; `line` is the first line not read.
    Failed {
        source: usize,
        line: u64,
        message: String,
    },
}

/// Splits the run's inputs into batches, one input after the other.
pub(crate) struct BatchReader {
    sources: Vec<Source>,
    batch_bytes: usize,
    current: Option<Open>,
    next_source: usize,
    /// A read failure to report after the lines read before it.
    pending: Option<Item>,
}

struct Open {
    index: usize,
    reader: Box<dyn Read + Send>,
    carry: Vec<u8>,
    next_line: u64,
    at_start: bool,
}

impl std::fmt::Debug for BatchReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BatchReader")
            .field("sources", &self.sources)
            .field("batch_bytes", &self.batch_bytes)
            .field("next_source", &self.next_source)
            .finish_non_exhaustive()
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

impl BatchReader {
    /// A reader over `sources` producing batches of about `batch_bytes`.
    pub(crate) fn new(sources: Vec<Source>, batch_bytes: usize) -> Self {
        Self {
            sources,
            batch_bytes: batch_bytes.max(1),
            current: None,
            next_source: 0,
            pending: None,
        }
    }

    fn fill(&mut self) -> Option<Item> {
        let batch_bytes = self.batch_bytes;
        let open = self.current.as_mut()?;
        let mut buf = std::mem::take(&mut open.carry);
        let mut target = batch_bytes;
        loop {
            let filled = read_some(&mut open.reader, &mut buf, target);
            let ended = matches!(filled, Ok(Filled::End) | Err(_));
            if open.at_start && (buf.len() >= BOM.len() || ended) {
                if buf.starts_with(BOM) {
                    buf.drain(..BOM.len());
                }
                open.at_start = false;
            }
            match filled {
                Err(e) => {
                    let index = open.index;
                    let mut first_line = open.next_line;
                    self.current = None;
                    // Whole lines read before the failure are still processed;
                    // the failure is reported at the first line not read.
                    let whole = memchr::memrchr(b'\n', &buf).map(|last| {
                        buf.truncate(last + 1);
                        let batch = Batch {
                            source: index,
                            first_line,
                            data: std::mem::take(&mut buf),
                        };
                        first_line += memchr::memchr_iter(b'\n', &batch.data).count() as u64;
                        batch
                    });
                    let name = self
                        .sources
                        .get(index)
                        .map(Source::name)
                        .unwrap_or_default();
                    let failed = Item::Failed {
                        source: index,
                        line: first_line,
                        message: format!("cannot read `{name}` from line {first_line} on: {e}"),
                    };
                    if let Some(batch) = whole {
                        self.pending = Some(failed);
                        return Some(Item::Batch(batch));
                    }
                    return Some(failed);
                }
                Ok(Filled::End) => {
                    // End of input: everything left is the last batch.
                    let index = open.index;
                    let first_line = open.next_line;
                    self.current = None;
                    if buf.is_empty() {
                        return None;
                    }
                    return Some(Item::Batch(Batch {
                        source: index,
                        first_line,
                        data: buf,
                    }));
                }
                // Below the batch size and more may come at once: read on.
                Ok(Filled::More) => {}
                // A full batch, or a pause in a pipe (a short read): hand over
                // the whole lines so that slow streams (`tail -f | bowline
                // mask`) are processed as they come, not per megabyte.
                Ok(filled @ (Filled::Full | Filled::Short)) => {
                    if let Some(last_newline) = memchr::memrchr(b'\n', &buf) {
                        open.carry = buf.split_off(last_newline + 1);
                        // A batch shorter than a byte order mark cannot start with one.
                        open.at_start = false;
                        let first_line = open.next_line;
                        open.next_line += memchr::memchr_iter(b'\n', &buf).count() as u64;
                        return Some(Item::Batch(Batch {
                            source: open.index,
                            first_line,
                            data: buf,
                        }));
                    }
                    if matches!(filled, Filled::Full) {
                        // One line longer than a batch: keep reading until its end.
                        target = buf.len().saturating_mul(2);
                    }
                }
            }
        }
    }
}

impl Iterator for BatchReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(item) = self.pending.take() {
            return Some(item);
        }
        loop {
            if self.current.is_some() {
                if let Some(item) = self.fill() {
                    return Some(item);
                }
                continue;
            }
            let index = self.next_source;
            let source = self.sources.get(index)?;
            self.next_source += 1;
            match source.open() {
                Ok(reader) => {
                    self.current = Some(Open {
                        index,
                        reader,
                        carry: Vec::new(),
                        next_line: 1,
                        at_start: true,
                    });
                }
                Err(e) => {
                    return Some(Item::Failed {
                        source: index,
                        line: 1,
                        message: format!("cannot open `{}`: {e}", source.name()),
                    });
                }
            }
        }
    }
}

/// The largest single read, so that zeroing the spare buffer costs no more
/// than the data read.
const READ_CHUNK: usize = 64 * 1024;

/// What one read brought.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filled {
    /// `buf` holds `target` bytes or more.
    Full,
    /// A whole chunk, still below `target`.
    More,
    /// Fewer bytes than asked: the source had no more ready (a pipe) or is
    /// about to end (a file).
    Short,
    /// The input ended.
    End,
}

/// Appends one read of at most [`READ_CHUNK`] bytes to `buf`.
fn read_some(reader: &mut dyn Read, buf: &mut Vec<u8>, target: usize) -> io::Result<Filled> {
    let start = buf.len();
    let want = target.saturating_sub(start).clamp(1, READ_CHUNK);
    buf.resize(start + want, 0);
    let read = loop {
        match reader.read(buf.get_mut(start..).unwrap_or_default()) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => break other,
        }
    };
    let n = *read.as_ref().unwrap_or(&0);
    buf.truncate(start + n);
    read?;
    Ok(if n == 0 {
        Filled::End
    } else if buf.len() >= target {
        Filled::Full
    } else if n < want {
        Filled::Short
    } else {
        Filled::More
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn reader_over(data: &[u8], batch: usize) -> Vec<(u64, Vec<u8>)> {
        let dir = std::env::temp_dir().join(format!(
            "bowline-cli-input-{}-{batch}-{}",
            std::process::id(),
            data.len()
        ));
        std::fs::File::create(&dir)
            .unwrap()
            .write_all(data)
            .unwrap();
        let items: Vec<_> = BatchReader::new(vec![Source::File(dir.clone())], batch)
            .map(|item| match item {
                Item::Batch(b) => (b.first_line, b.data),
                Item::Failed { message, .. } => panic!("{message}"),
            })
            .collect();
        std::fs::remove_file(dir).unwrap();
        items
    }

    #[test]
    fn batches_end_on_newlines_and_number_lines() {
        let data = b"one\ntwo\nthree\nfour\nfive";
        for size in 1..30 {
            let batches = reader_over(data, size);
            let joined: Vec<u8> = batches.iter().flat_map(|(_, d)| d.clone()).collect();
            assert_eq!(joined, data, "batch size {size}");
            let mut expected_line = 1;
            for (first, d) in &batches {
                assert_eq!(*first, expected_line, "batch size {size}");
                assert!(
                    d.ends_with(b"\n") || d.ends_with(b"five"),
                    "batch size {size}"
                );
                expected_line += memchr::memchr_iter(b'\n', d).count() as u64;
            }
        }
    }

    /// Gives at most `step` bytes per read, like a pipe.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            let (head, tail) = self.data.split_at(n);
            buf[..n].copy_from_slice(head);
            self.data = tail;
            Ok(n)
        }
    }

    #[test]
    fn reads_tell_full_more_short_and_end_apart() {
        let mut buf = Vec::new();
        let mut pipe = Trickle {
            data: b"abcdefgh",
            step: 3,
        };
        assert_eq!(read_some(&mut pipe, &mut buf, 100).unwrap(), Filled::Short);
        assert_eq!(buf, b"abc");
        assert_eq!(read_some(&mut pipe, &mut buf, 5).unwrap(), Filled::Full);
        assert_eq!(buf, b"abcde", "never more than asked");
        assert_eq!(read_some(&mut pipe, &mut buf, 100).unwrap(), Filled::Short);
        assert_eq!(read_some(&mut pipe, &mut buf, 100).unwrap(), Filled::End);
        assert_eq!(buf, b"abcdefgh");
        let mut big = Trickle {
            data: &vec![7; READ_CHUNK * 2],
            step: usize::MAX,
        };
        let mut buf = Vec::new();
        assert_eq!(
            read_some(&mut big, &mut buf, READ_CHUNK * 3).unwrap(),
            Filled::More
        );
        assert_eq!(buf.len(), READ_CHUNK, "one read is at most a chunk");
    }

    #[test]
    fn a_leading_byte_order_mark_is_dropped() {
        let batches = reader_over(b"\xEF\xBB\xBFhello\n", 2);
        let joined: Vec<u8> = batches.into_iter().flat_map(|(_, d)| d).collect();
        assert_eq!(joined, b"hello\n");
    }

    #[test]
    fn batch_lines_are_split_with_numbers() {
        let batch = Batch {
            source: 0,
            first_line: 7,
            data: b"a\r\n\nb".to_vec(),
        };
        let lines: Vec<_> = batch.lines().collect();
        assert_eq!(
            lines,
            vec![
                (7, &b"a\r"[..], true),
                (8, &b""[..], true),
                (9, &b"b"[..], false)
            ]
        );
    }

    #[test]
    fn missing_files_are_reported_and_the_rest_still_read() {
        let good = std::env::temp_dir().join(format!("bowline-cli-good-{}", std::process::id()));
        std::fs::write(&good, "x\n").unwrap();
        let items: Vec<_> = BatchReader::new(
            vec![
                Source::File("/nonexistent/bowline".into()),
                Source::File(good.clone()),
            ],
            64,
        )
        .collect();
        std::fs::remove_file(good).unwrap();
        assert!(
            matches!(&items[0], Item::Failed { source: 0, line: 1, message } if message.contains("cannot open `/nonexistent/bowline`"))
        );
        assert!(
            matches!(&items[1], Item::Batch(Batch { source: 1, first_line: 1, data }) if data == b"x\n")
        );
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn a_read_failure_is_reported_at_its_line() {
        // Opening a directory succeeds on Unix; reading it fails.
        let dir = std::env::temp_dir();
        let items: Vec<_> = BatchReader::new(vec![Source::File(dir.clone())], 64).collect();
        assert_eq!(items.len(), 1);
        let Item::Failed {
            source: 0,
            line: 1,
            message,
        } = &items[0]
        else {
            panic!("{items:?}")
        };
        assert!(
            message.starts_with(&format!("cannot read `{}` from line 1 on: ", dir.display())),
            "{message}"
        );
    }

    #[test]
    fn no_paths_means_stdin_and_dash_too() {
        assert_eq!(Source::from_args(&[]), vec![Source::Stdin]);
        assert_eq!(
            Source::from_args(&["-".into(), "a".into()]),
            vec![Source::Stdin, Source::File("a".into())]
        );
        assert_eq!(Source::Stdin.name(), "<stdin>");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn batches_cover_the_input_exactly_with_consistent_line_numbers(
            data in prop::collection::vec(prop_oneof![Just(b'\n'), Just(b'a'), Just(0xC3u8), Just(0xA9u8)], 0..300),
            batch in 1usize..64,
        ) {
            let path = std::env::temp_dir()
                .join(format!("bowline-cli-prop-{}-{:?}", std::process::id(), std::thread::current().id()));
            std::fs::write(&path, &data).unwrap();
            let mut joined = Vec::new();
            let mut next_line = 1;
            for item in BatchReader::new(vec![Source::File(path.clone())], batch) {
                let Item::Batch(b) = item else { panic!("read failed") };
                prop_assert_eq!(b.first_line, next_line);
                for (number, line, newline) in b.lines() {
                    prop_assert_eq!(number, next_line);
                    prop_assert!(!line.contains(&b'\n'));
                    next_line += 1;
                    joined.extend_from_slice(line);
                    if newline {
                        joined.push(b'\n');
                    }
                }
                prop_assert!(b.data.ends_with(b"\n") || !b.data.contains(&b'\n') || joined.len() == data.len());
            }
            std::fs::remove_file(&path).unwrap();
            prop_assert_eq!(joined, data);
        }
    }
}
