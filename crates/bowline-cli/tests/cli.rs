//! End-to-end tests of the `bowline` binary: each test spawns the built
//! command, feeds it files from `testdata/` or stdin, and checks stdout,
//! stderr and the exit code.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail loudly"
)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

/// What one run of the command produced.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    #[track_caller]
    fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code, expected,
            "exit code; stderr:\n{}\nstdout:\n{}",
            self.stderr, self.stdout
        );
        self
    }

    #[track_caller]
    fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks `{needle}`:\n{}",
            self.stderr
        );
        self
    }

    /// Every stdout line parsed as JSON.
    #[track_caller]
    fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {e}: {l}")))
            .collect()
    }
}

/// Runs `bowline args…` with `stdin` as standard input.
#[track_caller]
fn bowline(args: &[&str], stdin: &str) -> Run {
    bowline_env(args, stdin, &[])
}

#[track_caller]
fn bowline_env(args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bowline"))
        .args(args)
        .envs(env.iter().copied())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn bowline");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.as_bytes().to_vec();
    // Feed stdin from a thread so a large input cannot deadlock on full pipes.
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let output = child.wait_with_output().expect("wait for bowline");
    feeder.join().expect("stdin feeder");
    Run {
        code: output.status.code().expect("exit code"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn testdata(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("testdata")
        .join(name)
        .display()
        .to_string()
}

/// A scratch file under the target directory, unique per test.
fn scratch(name: &str, contents: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bowline-cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// `(kind, start, end)` of each finding in a JSON `findings` array.
fn spans(findings: &Value) -> Vec<(String, u64, u64)> {
    findings
        .as_array()
        .unwrap_or_else(|| panic!("findings is not an array: {findings}"))
        .iter()
        .map(|f| {
            let confidence = f["confidence"].as_str().unwrap();
            assert!(["low", "medium", "high"].contains(&confidence), "{f}");
            assert_eq!(
                f.as_object().unwrap().len(),
                4,
                "exactly kind/start/end/confidence: {f}"
            );
            (
                f["kind"].as_str().unwrap().to_owned(),
                f["start"].as_u64().unwrap(),
                f["end"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// The byte span of `needle` in `haystack`.
fn span_of(haystack: &str, needle: &str) -> (u64, u64) {
    let start = haystack
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in `{haystack}`"));
    (start as u64, (start + needle.len()) as u64)
}

#[track_caller]
fn has_finding(findings: &Value, kind: &str, text: &str, needle: &str) {
    let (start, end) = span_of(text, needle);
    let found = spans(findings);
    assert!(
        found.contains(&(kind.to_owned(), start, end)),
        "expected {kind} at {start}..{end} in {found:?} for `{text}`"
    );
}

mod scan {
    use super::*;

    #[test]
    fn plain_text_gives_line_numbers_and_utf8_byte_offsets() {
        let chat = std::fs::read_to_string(testdata("chat.txt")).unwrap();
        let lines: Vec<&str> = chat.lines().collect();
        let run = bowline(&["scan", "--quiet", &testdata("chat.txt")], "");
        run.code(0);
        let out = run.json_lines();
        assert_eq!(out.len(), 3);
        for (i, record) in out.iter().enumerate() {
            assert_eq!(record["line"], i as u64 + 1);
            assert_eq!(record["file"], testdata("chat.txt"));
        }
        has_finding(
            &out[0]["findings"],
            "email",
            lines[0],
            "ana.souza@example.com",
        );
        assert_eq!(spans(&out[1]["findings"]), []);
        has_finding(
            &out[2]["findings"],
            "card_number",
            lines[2],
            "4539 1488 0343 6467",
        );
    }

    #[test]
    fn stdin_is_read_when_no_file_is_given_and_has_no_file_name() {
        let chat = std::fs::read_to_string(testdata("chat.txt")).unwrap();
        let from_stdin = bowline(&["scan", "-q"], &chat);
        from_stdin.code(0);
        let from_dash = bowline(&["scan", "-q", "-"], &chat);
        assert_eq!(from_stdin.stdout, from_dash.stdout);
        let out = from_stdin.json_lines();
        assert_eq!(out.len(), 3);
        assert!(out[0].get("file").is_none(), "{}", out[0]);
        // Same findings as from the file.
        let from_file = bowline(&["scan", "-q", &testdata("chat.txt")], "").json_lines();
        for (a, b) in out.iter().zip(&from_file) {
            assert_eq!(a["findings"], b["findings"]);
        }
    }

    #[test]
    fn several_files_are_read_in_order_with_their_own_line_numbers() {
        let a = scratch("first.txt", "one\ntwo\n");
        let b = scratch("second.txt", "mail ana.souza@example.com");
        let run = bowline(
            &["scan", "-q", a.to_str().unwrap(), b.to_str().unwrap()],
            "",
        );
        let out = run.code(0).json_lines();
        let where_: Vec<(String, u64)> = out
            .iter()
            .map(|r| {
                (
                    r["file"].as_str().unwrap().to_owned(),
                    r["line"].as_u64().unwrap(),
                )
            })
            .collect();
        let (a, b) = (a.display().to_string(), b.display().to_string());
        assert_eq!(where_, [(a.clone(), 1), (a, 2), (b, 1)]);
        assert_eq!(spans(&out[2]["findings"]).len(), 1);
    }

    #[test]
    fn a_closed_output_ends_the_run_quietly() {
        let input = "mail ana.souza@example.com\n".repeat(40_000);
        let mut child = Command::new(env!("CARGO_BIN_EXE_bowline"))
            .args(["scan", "-q", "--threads", "2", "--batch-kib", "64"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let feeder = std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        });
        let mut first = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(child.stdout.take().unwrap()),
            &mut first,
        )
        .unwrap();
        // The reader is gone now: stdout is closed.
        let output = child.wait_with_output().unwrap();
        feeder.join().unwrap();
        assert!(first.starts_with("{\"line\":1,"), "{first}");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    #[test]
    fn only_findings_drops_clean_lines_but_not_errors() {
        let plain = bowline(
            &["scan", "-q", "--only-findings", &testdata("chat.txt")],
            "",
        );
        let lines: Vec<u64> = plain
            .code(0)
            .json_lines()
            .iter()
            .map(|r| r["line"].as_u64().unwrap())
            .collect();
        assert_eq!(lines, [1, 3]);
        let input = "{\"text\":\"clean\"}\n\n{\"text\":\"ana.souza@example.com\"}\nnot json\n";
        let jsonl = bowline(&["scan", "-q", "--jsonl", "--only-findings"], input);
        let out = jsonl.code(3).json_lines();
        assert_eq!(out.len(), 2, "{}", jsonl.stdout);
        assert_eq!(out[0]["text"], "ana.souza@example.com");
        assert_eq!(out[1]["line"], 4);
    }

    #[test]
    fn crlf_line_ends_do_not_shift_offsets() {
        let run = bowline(&["scan", "-q"], "mail ana.souza@example.com\r\nx\r\n");
        let out = run.code(0).json_lines();
        assert_eq!(out.len(), 2);
        has_finding(
            &out[0]["findings"],
            "email",
            "mail ana.souza@example.com",
            "ana.souza@example.com",
        );
    }

    #[test]
    fn jsonl_adds_findings_and_keeps_every_field_in_order() {
        let input = std::fs::read_to_string(testdata("messages.jsonl")).unwrap();
        let run = bowline(&["scan", "--jsonl", "-q", &testdata("messages.jsonl")], "");
        run.code(0);
        let out_lines: Vec<&str> = run.stdout.lines().collect();
        let in_lines: Vec<&str> = input.lines().collect();
        assert_eq!(out_lines.len(), in_lines.len());
        for (out, inp) in out_lines.iter().zip(&in_lines) {
            // The input object, byte for byte, with `findings` appended last.
            let open = inp.strip_suffix('}').unwrap();
            assert!(out.starts_with(&format!("{open},\"findings\":[")), "{out}");
        }
        let out = run.json_lines();
        let text0 = out[0]["text"].as_str().unwrap();
        has_finding(&out[0]["findings"], "email", text0, "ana.souza@example.com");
        assert!(out_lines[0].contains("\"score\":1.50,\"big\":12345678901234567890123"));
        assert_eq!(spans(&out[1]["findings"]), []);
        let text2 = out[2]["text"].as_str().unwrap();
        has_finding(
            &out[2]["findings"],
            "card_number",
            text2,
            "4539 1488 0343 6467",
        );
        has_finding(&out[2]["findings"], "email", text2, "jose@example.org");
    }

    #[test]
    fn escaped_text_is_scanned_decoded_with_offsets_into_the_decoded_text() {
        let line = r#"{"text":"caf\u00e9 \ud83d\ude00 \"ana.souza@example.com\""}"#;
        let run = bowline(&["scan", "--jsonl", "-q"], &format!("{line}\n"));
        let out = run.code(0).json_lines();
        let text = out[0]["text"].as_str().unwrap();
        assert_eq!(text, "café 😀 \"ana.souza@example.com\"");
        has_finding(&out[0]["findings"], "email", text, "ana.souza@example.com");
    }

    #[test]
    fn field_paths_reach_nested_text() {
        let input = concat!(
            r#"{"id":1,"message":{"text":"write to ana.souza@example.com"}}"#,
            "\n",
            r#"{"id":2,"message":{"parts":["hi","mail jose@example.org"]}}"#,
            "\n"
        );
        let dotted = bowline(&["scan", "--jsonl", "--field", "message.text", "-q"], input);
        let out = dotted.code(3).json_lines();
        has_finding(
            &out[0]["findings"],
            "email",
            "write to ana.souza@example.com",
            "ana.souza@example.com",
        );
        assert_eq!(out[1]["error"], "field `message.text` is missing");
        assert!(out[1].get("findings").is_none());

        let pointer = bowline(
            &["scan", "--jsonl", "--field", "/message/parts/1", "-q"],
            input,
        );
        let out = pointer.code(3).json_lines();
        assert_eq!(out[0]["error"], "field `/message/parts/1` is missing");
        has_finding(
            &out[1]["findings"],
            "email",
            "mail jose@example.org",
            "jose@example.org",
        );
        let indexed = bowline(
            &["scan", "--jsonl", "--field", "message.parts.1", "-q"],
            input,
        );
        assert_eq!(indexed.json_lines()[1]["findings"], out[1]["findings"]);
    }

    #[test]
    fn an_existing_findings_member_is_replaced_not_duplicated() {
        let run = bowline(
            &["scan", "--jsonl", "-q"],
            "{\"findings\":\"stale\",\"text\":\"ana.souza@example.com\"}\n",
        );
        let stdout = run.code(0).stdout.clone();
        assert_eq!(stdout.matches("\"findings\"").count(), 1, "{stdout}");
        assert!(
            stdout.starts_with("{\"findings\":[{\"kind\":\"email\""),
            "{stdout}"
        );
    }

    #[test]
    fn bad_lines_are_reported_marked_and_the_run_goes_on() {
        let input = concat!(
            "{\"text\":\"ana.souza@example.com\"}\n",
            "{\"text\": oops}\n",
            "[1,2]\n",
            "{\"text\":42}\n",
            "\n",
            "{\"text\":\"last\"}\n"
        );
        let run = bowline(&["scan", "--jsonl"], input);
        run.code(3)
            .stderr_has("<stdin>:2: malformed JSON: expected value at column 10")
            .stderr_has("<stdin>:3: expected a JSON object, found an array")
            .stderr_has("<stdin>:4: field `text` is a number, not a string")
            .stderr_has("3 lines could not be processed");
        let lines: Vec<&str> = run.stdout.lines().collect();
        assert_eq!(
            lines.len(),
            6,
            "one output line per input line:\n{}",
            run.stdout
        );
        let out: Vec<Value> = lines
            .iter()
            .map(|l| {
                if l.is_empty() {
                    Value::Null
                } else {
                    serde_json::from_str(l).unwrap()
                }
            })
            .collect();
        assert_eq!(spans(&out[0]["findings"]).len(), 1);
        assert_eq!(
            out[1],
            serde_json::json!({"line": 2, "error": "malformed JSON: expected value at column 10"})
        );
        assert_eq!(out[2]["line"], 3);
        assert_eq!(
            out[3],
            serde_json::json!({"text": 42, "error": "field `text` is a number, not a string"})
        );
        assert_eq!(lines[4], "", "a blank line passes through as a blank line");
        assert_eq!(spans(&out[5]["findings"]), []);
    }

    #[test]
    fn plain_text_read_as_jsonl_gets_a_hint() {
        bowline(&["scan", "--jsonl", "-q", &testdata("chat.txt")], "")
            .code(3)
            .stderr_has("drop --jsonl");
    }

    #[test]
    fn stop_on_error_stops_at_the_first_bad_line() {
        let input = "{\"text\":\"a\"}\n{\"text\":\"b\"}\nnot json\n{\"text\":\"c\"}\n";
        for threads in ["1", "2"] {
            let run = bowline(
                &["scan", "--jsonl", "--stop-on-error", "--threads", threads],
                input,
            );
            run.code(3)
                .stderr_has("<stdin>:3: malformed JSON")
                .stderr_has("stopping at the first error");
            assert_eq!(run.stdout.lines().count(), 2, "{}", run.stdout);
        }
    }

    #[test]
    fn invalid_utf8_is_an_input_error_with_its_line_number() {
        let path = scratch("latin1.txt", "");
        std::fs::write(&path, b"ok\ncaf\xe9\n").unwrap();
        let run = bowline(&["scan", path.to_str().unwrap()], "");
        run.code(3)
            .stderr_has("latin1.txt:2: line is not valid UTF-8 (byte 3)");
        let out = run.json_lines();
        assert_eq!(out[1]["error"], "line is not valid UTF-8 (byte 3)");
    }

    #[test]
    fn an_unreadable_file_is_reported_and_the_others_scanned() {
        let run = bowline(
            &["scan", "/nonexistent/bowline.txt", &testdata("chat.txt")],
            "",
        );
        run.code(3)
            .stderr_has("cannot open `/nonexistent/bowline.txt`")
            .stderr_has("1 input could not be read");
        assert_eq!(run.json_lines().len(), 3);
    }

    #[test]
    fn fail_on_find_exits_1_only_when_something_is_found() {
        bowline(&["scan", "-q", "--fail-on-find"], "nothing here\n").code(0);
        bowline(&["scan", "-q", "--fail-on-find"], "ana.souza@example.com\n").code(1);
        bowline(&["scan", "-q"], "ana.souza@example.com\n").code(0);
        // A malformed line outranks findings: the scan could not vouch for it.
        bowline(
            &["scan", "-q", "--jsonl", "--fail-on-find"],
            "{\"text\":\"ana.souza@example.com\"}\nx\n",
        )
        .code(3);
    }

    #[test]
    fn output_order_and_content_do_not_depend_on_threads_or_batch_size() {
        let mut input = String::new();
        for i in 0..1_500 {
            let text = match i % 5 {
                0 => format!("mail user{i}@example.com now"),
                1 => format!("card 4539 1488 0343 6467 #{i}"),
                2 => format!("olá {i} 😀 nada"),
                3 => format!("order {i}\",\"x\":[1,2,3],\"y\":\"z"),
                _ => format!("call me at +44 20 7946 0{:03}", i % 1000),
            };
            writeln!(input, "{{\"id\":{i},\"text\":\"{text}\"}}").unwrap();
        }
        let path = scratch("order.jsonl", &input);
        let path = path.to_str().unwrap();
        let base = bowline(&["scan", "--jsonl", "-q", "--threads", "1", path], "");
        base.code(0);
        assert_eq!(base.stdout.lines().count(), 1_500);
        assert!(
            base.stdout.contains("{\"kind\":\"email\""),
            "the run finds something to order"
        );
        for (i, line) in base.json_lines().iter().enumerate() {
            assert_eq!(line["id"], i as u64);
        }
        for threads in ["2", "5"] {
            for batch in ["1", "16"] {
                let run = bowline(
                    &[
                        "scan",
                        "--jsonl",
                        "-q",
                        "--threads",
                        threads,
                        "--batch-kib",
                        batch,
                        path,
                    ],
                    "",
                );
                run.code(0);
                assert!(
                    run.stdout == base.stdout,
                    "threads {threads}, batch {batch} KiB: output differs"
                );
            }
        }
        // The same through stdin.
        let piped = bowline(
            &[
                "scan",
                "--jsonl",
                "-q",
                "--threads",
                "2",
                "--batch-kib",
                "1",
            ],
            &input,
        );
        assert!(piped.stdout == base.stdout, "stdin output differs");
    }

    #[test]
    fn the_summary_counts_kinds_on_stderr() {
        let run = bowline(&["scan", &testdata("chat.txt")], "");
        run.code(0)
            .stderr_has("bowline scan: 3 lines")
            .stderr_has("2 findings in 2 lines:")
            .stderr_has("card_number  1");
        assert!(
            bowline(&["scan", "-q", &testdata("chat.txt")], "")
                .stderr
                .is_empty()
        );
    }

    #[test]
    fn kinds_regions_and_confidence_narrow_the_scan() {
        let chat = std::fs::read_to_string(testdata("chat.txt")).unwrap();
        let only_email = bowline(&["scan", "-q", "--kinds", "email"], &chat);
        let out = only_email.code(0).json_lines();
        assert_eq!(spans(&out[0]["findings"]).len(), 1);
        assert_eq!(spans(&out[2]["findings"]), []);
        let no_email = bowline(&["scan", "-q", "--exclude-kinds", "email"], &chat);
        assert_eq!(spans(&no_email.json_lines()[0]["findings"]), []);
        bowline(&["scan", "-q", "--region", "india,brazil"], &chat).code(0);
        bowline(&["scan", "-q", "--min-confidence", "high"], &chat).code(0);
    }

    #[test]
    fn dictionaries_add_kinds_and_allow_lists_remove_values() {
        let names = scratch(
            "vip_customers.txt",
            "# known customers\nAna Beatriz Souza\n",
        );
        let allow = scratch("allow.txt", "ana.souza@example.com\n");
        let text = "hi Ana Beatriz Souza, mail ana.souza@example.com\n";
        let run = bowline(
            &["scan", "-q", "--dictionary", names.to_str().unwrap()],
            text,
        );
        let out = run.code(0).json_lines();
        has_finding(
            &out[0]["findings"],
            "vip_customers",
            text.trim_end(),
            "Ana Beatriz Souza",
        );
        let spec = format!("customer={}", names.display());
        let run = bowline(
            &[
                "scan",
                "-q",
                "--dictionary",
                &spec,
                "--allow",
                allow.to_str().unwrap(),
            ],
            text,
        );
        let found = spans(&run.code(0).json_lines()[0]["findings"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "customer");
    }

    #[test]
    fn bad_configuration_and_usage_have_their_own_exit_codes() {
        bowline(&["scan", "--dictionary", "/nonexistent/terms.txt"], "")
            .code(4)
            .stderr_has("cannot read dictionary file `/nonexistent/terms.txt`");
        bowline(&["scan", "--allow", "/nonexistent/allow.txt"], "")
            .code(4)
            .stderr_has("allow-list");
        bowline(&["scan", "--kinds", "credit_card"], "")
            .code(2)
            .stderr_has("unknown kind `credit_card`");
        bowline(&["scan", "--region", "atlantis"], "")
            .code(2)
            .stderr_has("unknown region `atlantis`");
        bowline(&["scan", "--jsonl", "--field", "a..b"], "")
            .code(2)
            .stderr_has("empty segment");
        bowline(&["scan", "--no-such-flag"], "").code(2);
    }

    #[test]
    fn help_documents_the_exit_codes_and_kinds_lists_names() {
        let help = bowline(&["scan", "--help"], "");
        help.code(0);
        assert!(
            help.stdout.contains("Exit codes:") && help.stdout.contains("4  configuration error"),
            "{}",
            help.stdout
        );
        let kinds = bowline(&["kinds"], "");
        assert!(kinds.code(0).stdout.contains("  card_number\n"));
        assert!(kinds.stdout.contains("  india: "));
    }
}

mod mask {
    use super::*;

    #[test]
    fn plain_text_is_masked_line_by_line_keeping_line_ends() {
        let input = "mail ana.souza@example.com\r\nnothing\ncard 4539 1488 0343 6467";
        let run = bowline(&["mask", "-q"], input);
        run.code(0);
        assert_eq!(run.stdout, "mail <EMAIL>\r\nnothing\ncard <CARD_NUMBER>");
    }

    #[test]
    fn invalid_utf8_is_reported_and_still_masked_never_passed_through() {
        let path = scratch("latin1-mask.txt", "");
        std::fs::write(&path, b"caf\xe9 ana.souza@example.com\nok\n").unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_bowline"))
            .args(["mask", "-q"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(3));
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            "caf\u{fffd} <EMAIL>\nok\n"
        );
        assert!(
            String::from_utf8_lossy(&output.stderr)
                .contains(":1: line is not valid UTF-8 (byte 3)")
        );
    }

    #[test]
    fn a_slow_stream_is_masked_line_by_line_as_it_comes() {
        for threads in ["1", "2"] {
            let mut child = Command::new(env!("CARGO_BIN_EXE_bowline"))
                .args(["mask", "-q", "--threads", threads])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let mut stdin = child.stdin.take().unwrap();
            let stdout = child.stdout.take().unwrap();
            let (tx, rx) = std::sync::mpsc::channel();
            let reader = std::thread::spawn(move || {
                for line in std::io::BufRead::lines(std::io::BufReader::new(stdout)) {
                    if tx.send(line.unwrap()).is_err() {
                        break;
                    }
                }
            });
            // The first line must come out while stdin is still open.
            stdin.write_all(b"mail ana.souza@example.com\n").unwrap();
            stdin.flush().unwrap();
            let first = rx.recv_timeout(std::time::Duration::from_secs(20));
            assert_eq!(first.as_deref(), Ok("mail <EMAIL>"), "threads {threads}");
            stdin.write_all(b"second\n").unwrap();
            drop(stdin);
            assert_eq!(
                rx.recv_timeout(std::time::Duration::from_secs(20))
                    .as_deref(),
                Ok("second")
            );
            assert_eq!(child.wait().unwrap().code(), Some(0));
            reader.join().unwrap();
        }
    }

    #[test]
    fn a_policy_file_chooses_operators_per_kind() {
        let input =
            "card 4539 1488 0343 6467, mail ana.souza@example.com and ana.souza@example.com\n";
        let run = bowline(&["mask", "-q", "--policy", &testdata("policy.toml")], input);
        run.code(0);
        assert_eq!(
            run.stdout,
            "card 4539 14** **** 6467, mail <EMAIL_1> and <EMAIL_1>\n"
        );
    }

    #[test]
    fn the_operator_option_sets_the_default() {
        let input = "mail ana.souza@example.com\n";
        assert_eq!(
            bowline(&["mask", "-q", "--operator", "remove"], input).stdout,
            "mail \n"
        );
        let fixed = bowline(&["mask", "-q", "--operator", "fixed:#"], input);
        assert_eq!(
            fixed.code(0).stdout,
            format!("mail {}\n", "#".repeat("ana.souza@example.com".len()))
        );
        bowline(&["mask", "--operator", "shred"], input)
            .code(2)
            .stderr_has("invalid operator `shred`");
    }

    #[test]
    fn keyed_tokens_need_a_key_and_are_stable_across_runs() {
        let input = "mail ana.souza@example.com\n";
        bowline(&["mask", "--operator", "keyed_token"], input)
            .code(4)
            .stderr_has("--key-file or --key-env");
        let key = scratch(
            "token.key",
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n",
        );
        let a = bowline(
            &[
                "mask",
                "-q",
                "--operator",
                "token",
                "--key-file",
                key.to_str().unwrap(),
            ],
            input,
        );
        let b = bowline_env(
            &[
                "mask",
                "-q",
                "--operator",
                "token",
                "--key-env",
                "BOWLINE_TEST_KEY",
            ],
            input,
            &[(
                "BOWLINE_TEST_KEY",
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            )],
        );
        a.code(0);
        assert!(a.stdout.starts_with("mail <EMAIL#"), "{}", a.stdout);
        assert_eq!(a.stdout, b.code(0).stdout);
        bowline(
            &[
                "mask",
                "--operator",
                "token",
                "--key-env",
                "BOWLINE_UNSET_VAR_FOR_TEST",
            ],
            input,
        )
        .code(4)
        .stderr_has("`BOWLINE_UNSET_VAR_FOR_TEST` (--key-env) is not set");
        let short = scratch("short.key", "abc");
        bowline(
            &[
                "mask",
                "--operator",
                "token",
                "--key-file",
                short.to_str().unwrap(),
            ],
            input,
        )
        .code(4)
        .stderr_has("invalid token key");
    }

    #[test]
    fn an_invalid_policy_file_is_a_configuration_error() {
        let run = bowline(&["mask", "--policy", &testdata("bad-policy.toml")], "x\n");
        run.code(4)
            .stderr_has("invalid policy file `")
            .stderr_has("credit_card");
        assert!(run.stdout.is_empty());
        bowline(&["mask", "--policy", "/nonexistent/policy.toml"], "x\n")
            .code(4)
            .stderr_has("cannot read policy file `/nonexistent/policy.toml`");
    }

    #[test]
    fn jsonl_replaces_only_the_field_and_keeps_the_rest() {
        let input = concat!(
            r#"{"id":"m-1","text":"mail ana.souza@example.com","n":1.50}"#,
            "\n",
            r#"{"id":"m-2","text":"clean"}"#,
            "\n",
            r#"{"id":"m-3","msg":{"text":"x"}}"#,
            "\n",
        );
        let run = bowline(&["mask", "--jsonl", "-q"], input);
        run.code(3);
        let lines: Vec<&str> = run.stdout.lines().collect();
        assert_eq!(lines[0], r#"{"id":"m-1","text":"mail <EMAIL>","n":1.50}"#);
        assert_eq!(lines[1], r#"{"id":"m-2","text":"clean"}"#);
        assert_eq!(
            lines[2],
            r#"{"id":"m-3","msg":{"text":"x"},"error":"field `text` is missing"}"#
        );
        let nested = bowline(
            &["mask", "--jsonl", "-q", "--field", "msg.text"],
            r#"{"msg":{"text":"ana.souza@example.com"}}"#,
        );
        assert_eq!(nested.code(0).stdout, "{\"msg\":{\"text\":\"<EMAIL>\"}}\n");
    }

    #[test]
    fn malformed_json_lines_are_never_passed_through_raw() {
        let run = bowline(
            &["mask", "--jsonl"],
            "{\"text\": \"ana.souza@example.com\"\n",
        );
        run.code(3).stderr_has("<stdin>:1: malformed JSON");
        assert!(!run.stdout.contains("ana.souza"), "{}", run.stdout);
        assert_eq!(run.json_lines()[0]["line"], 1);
    }

    #[test]
    fn fail_on_find_and_summary_work_for_mask_too() {
        let run = bowline(&["mask", "--fail-on-find"], "ana.souza@example.com\n");
        run.code(1)
            .stderr_has("bowline mask: 1 line,")
            .stderr_has("email  1");
        bowline(&["mask", "-q", "--fail-on-find"], "clean\n").code(0);
    }

    #[test]
    fn masking_output_does_not_depend_on_threads() {
        let mut input = String::new();
        for i in 0..2_000 {
            writeln!(
                input,
                "{i}: mail user{i}@example.com or card 4539 1488 0343 6467"
            )
            .unwrap();
        }
        let one = bowline(&["mask", "-q", "--threads", "1"], &input);
        let many = bowline(
            &["mask", "-q", "--threads", "4", "--batch-kib", "2"],
            &input,
        );
        assert_eq!(one.code(0).stdout.lines().count(), 2_000);
        assert!(one.stdout == many.code(0).stdout);
        assert!(!one.stdout.contains("@example.com"));
    }
}

mod webhook {
    use super::*;

    fn signature() -> String {
        std::fs::read_to_string(testdata("webhook-text.json.sig"))
            .unwrap()
            .trim()
            .to_owned()
    }

    #[test]
    fn events_are_printed_with_text_masked_by_default() {
        let run = bowline(&["webhook", &testdata("webhook-text.json")], "");
        let events = run.code(0).json_lines();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0]["event"], "message_received");
        let body = events[0]["message"]["content"]["body"].as_str().unwrap();
        assert!(
            !body.contains("4539") && !body.contains("ana.souza"),
            "{body}"
        );
        assert!(
            body.contains("<CARD_NUMBER>") && body.contains("<EMAIL>"),
            "{body}"
        );
        assert_eq!(events[0]["contact"]["profile_name"], "[REDACTED]");
        assert!(
            !run.stdout.contains("5511987654321"),
            "the customer's number is masked: {}",
            run.stdout
        );
        assert_eq!(events[0]["contact"]["identity"]["wa_id"], "<PHONE>");

        let raw = bowline(
            &["webhook", "--no-mask", &testdata("webhook-text.json")],
            "",
        );
        let body = raw.code(0).json_lines()[0]["message"]["content"]["body"].clone();
        assert_eq!(
            body,
            "Hi, my card 4539 1488 0343 6467 was blocked, write to ana.souza@example.com"
        );
    }

    #[test]
    fn a_body_on_stdin_gives_the_same_events() {
        let body = std::fs::read_to_string(testdata("webhook-text.json")).unwrap();
        let from_stdin = bowline(&["webhook"], &body);
        let from_file = bowline(&["webhook", &testdata("webhook-text.json")], "");
        assert_eq!(from_stdin.code(0).stdout, from_file.stdout);
    }

    #[test]
    fn the_signature_is_checked_against_the_secret() {
        let secret = testdata("app-secret.txt");
        let body = testdata("webhook-text.json");
        let sig = signature();
        let ok = bowline(
            &[
                "webhook",
                "--signature",
                &sig,
                "--app-secret-file",
                &secret,
                &body,
            ],
            "",
        );
        assert_eq!(ok.code(0).json_lines().len(), 1);
        let env = bowline_env(
            &[
                "webhook",
                "--signature",
                &sig,
                "--app-secret-env",
                "BOWLINE_TEST_SECRET",
                &body,
            ],
            "",
            &[("BOWLINE_TEST_SECRET", "bowline-test-app-secret")],
        );
        env.code(0);
        let wrong = bowline(
            &[
                "webhook",
                "--signature",
                &sig,
                "--app-secret",
                "another-secret",
                &body,
            ],
            "",
        );
        wrong
            .code(5)
            .stderr_has("signature does not match the body");
        assert!(
            wrong.stdout.is_empty(),
            "nothing is printed for an unverified body"
        );
        let tampered = sig.replace("sha256=2", "sha256=3");
        bowline(
            &[
                "webhook",
                "--signature",
                &tampered,
                "--app-secret-file",
                &secret,
                &body,
            ],
            "",
        )
        .code(5);
        bowline(
            &[
                "webhook",
                "--signature",
                "md5=00",
                "--app-secret-file",
                &secret,
                &body,
            ],
            "",
        )
        .code(5)
        .stderr_has("sha256=");
    }

    #[test]
    fn signature_options_must_come_together() {
        let body = testdata("webhook-text.json");
        bowline(&["webhook", "--signature", "sha256=00", &body], "")
            .code(2)
            .stderr_has("needs the app secret");
        bowline(&["webhook", "--app-secret", "x", &body], "")
            .code(2)
            .stderr_has("only used with --signature");
        bowline(
            &[
                "webhook",
                "--signature",
                "sha256=00",
                "--app-secret",
                "x",
                &body,
                &body,
            ],
            "",
        )
        .code(2)
        .stderr_has("exactly one body");
        bowline(
            &[
                "webhook",
                "--signature",
                "sha256=00",
                "--app-secret-file",
                "/nonexistent/secret",
                &body,
            ],
            "",
        )
        .code(4)
        .stderr_has("cannot read app secret file");
    }

    #[test]
    fn jsonl_bodies_are_converted_in_order_and_bad_ones_reported() {
        let compact = |path: &str| -> String {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            v.to_string()
        };
        let crm = Path::new(env!("CARGO_MANIFEST_DIR")).join("../bowline-crm/testdata/webhooks");
        let status = crm.join("status_failed_outside_window.json");
        let input = format!(
            "{}\n{{\"not\":\"a webhook\"}}\n{}\n",
            compact(&testdata("webhook-text.json")),
            compact(status.to_str().unwrap())
        );
        let run = bowline(&["webhook", "--jsonl"], &input);
        run.code(3)
            .stderr_has("<stdin>:2: invalid webhook body: missing field `object`");
        let events = run.json_lines();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0]["event"], "message_received");
        assert_eq!(events[1]["event"], "delivery_updated");
    }

    #[test]
    fn an_invalid_body_file_is_an_input_error() {
        let bad = scratch(
            "bad-webhook.json",
            "{\"object\":\"whatsapp_business_account\",\"entry\":[{}]}",
        );
        bowline(&["webhook", bad.to_str().unwrap()], "")
            .code(3)
            .stderr_has("entry[0].id");
    }
}

mod authz {
    use super::*;

    fn rbac(name: &str) -> String {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../bowline-rbac/testdata")
            .join(name)
            .display()
            .to_string()
    }

    #[test]
    fn check_prints_the_decision_and_exits_0_on_allow() {
        let run = bowline(
            &[
                "authz",
                "check",
                "--policy",
                &rbac("inbox.toml"),
                "--request",
                &rbac("request.json"),
            ],
            "",
        );
        assert!(
            run.code(0)
                .stdout
                .starts_with("allow: `agent-17` view conversation `conv-1001`"),
            "{}",
            run.stdout
        );
        let request = std::fs::read_to_string(rbac("request.json")).unwrap();
        let json = bowline(
            &["authz", "check", "--policy", &rbac("inbox.json"), "--json"],
            &request,
        );
        let record: Value = serde_json::from_str(&json.code(0).stdout).unwrap();
        assert_eq!(record["effect"], "allow");
        assert!(!record["rules"].as_array().unwrap().is_empty());
    }

    #[test]
    fn a_denied_request_exits_6_with_reasons() {
        let mut request: Value =
            serde_json::from_str(&std::fs::read_to_string(rbac("request.json")).unwrap()).unwrap();
        request["principal"]["roles"] = serde_json::json!([]);
        request["principal"]["teams"] = serde_json::json!([]);
        request["resource"]["attributes"]["assignee"] = Value::from("someone-else");
        let run = bowline(
            &[
                "authz",
                "check",
                "--policy",
                &rbac("inbox.toml"),
                "--request",
                "-",
            ],
            &request.to_string(),
        );
        assert!(run.code(6).stdout.starts_with("deny"), "{}", run.stdout);
    }

    #[test]
    fn bad_policies_and_requests_have_their_exit_codes() {
        let bad = scratch("bad-rbac.toml", "this is = not [ a policy\n");
        bowline(
            &[
                "authz",
                "check",
                "--policy",
                bad.to_str().unwrap(),
                "--request",
                &rbac("request.json"),
            ],
            "",
        )
        .code(4)
        .stderr_has("invalid policy file");
        bowline(
            &["authz", "check", "--policy", &rbac("inbox.toml")],
            "{\"principal\":",
        )
        .code(3)
        .stderr_has("invalid request `<stdin>`");
        bowline(&["authz", "check", "--policy", "/nonexistent/p.toml"], "").code(4);
    }

    #[test]
    fn test_runs_policy_test_files() {
        let run = bowline(
            &[
                "authz",
                "test",
                "--policy",
                &rbac("inbox.toml"),
                &rbac("inbox.tests.toml"),
            ],
            "",
        );
        run.code(0);
        assert!(run.stdout.contains(" passed, 0 failed"), "{}", run.stdout);
        // The same cases with every expectation flipped must all fail.
        let flipped = std::fs::read_to_string(rbac("inbox.tests.toml"))
            .unwrap()
            .replace("expect = \"allow\"", "expect = \"TMP\"")
            .replace("expect = \"deny\"", "expect = \"allow\"")
            .replace("expect = \"TMP\"", "expect = \"deny\"");
        let path = scratch("flipped.tests.toml", &flipped);
        let run = bowline(
            &[
                "authz",
                "test",
                "--policy",
                &rbac("inbox.toml"),
                path.to_str().unwrap(),
            ],
            "",
        );
        run.code(1);
        assert!(run.stdout.contains("FAIL "), "{}", run.stdout);
    }

    #[test]
    fn lint_and_diff_report_on_policy_files() {
        let lint = bowline(&["authz", "lint", "--policy", &rbac("inbox.toml")], "");
        assert!(
            lint.code(0).stdout.contains(" rules, 0 lints, version "),
            "{}",
            lint.stdout
        );
        let same = bowline(
            &["authz", "diff", &rbac("inbox.toml"), &rbac("inbox.json")],
            "",
        );
        assert_eq!(same.code(0).stdout, "no change in effective permissions\n");
    }
}
