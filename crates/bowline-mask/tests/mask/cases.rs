//! Table tests driven by `testdata/cases.toml`.

use std::path::Path;

use bowline_mask::Scanner;
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    found: Vec<(String, String)>,
}

#[test]
fn cases_toml() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/cases.toml");
    let file: File = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(file.case.len() >= 40);
    let scanner = Scanner::new().unwrap();
    let mut failures = Vec::new();
    for case in &file.case {
        let got: Vec<(String, String)> = scanner
            .find_iter(&case.text)
            .map(|f| {
                (
                    scanner.kind_name(f.kind()).to_owned(),
                    f.text_in(&case.text).unwrap().to_owned(),
                )
            })
            .collect();
        if got != case.found {
            failures.push(format!(
                "case `{}`: expected {:?}, got {:?}",
                case.name, case.found, got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
