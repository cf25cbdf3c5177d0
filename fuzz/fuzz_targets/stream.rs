//! Stream masking any bytes in any chunking equals masking the whole
//! (lossily decoded) text, and the hold-back stays within its bound.
#![no_main]

use std::sync::OnceLock;

use bowline_mask::{MaskPolicy, Masker, Operator, Scanner};
use libfuzzer_sys::fuzz_target;

fn masker() -> &'static Masker {
    static M: OnceLock<Masker> = OnceLock::new();
    M.get_or_init(|| {
        let mut policy = MaskPolicy::new();
        policy.default_operator(Operator::Placeholder);
        Masker::new(&Scanner::new().expect("default catalogue builds"), policy)
            .expect("valid policy")
    })
}

fuzz_target!(|data: &[u8]| {
    // The first bytes choose the chunk sizes; the rest is the text.
    if data.len() < 4 {
        return;
    }
    let (sizes, bytes) = data.split_at(4);
    let m = masker();
    let mut stream = m.stream();
    let mut out = String::new();
    let mut rest = bytes;
    let mut i = 0;
    while !rest.is_empty() {
        let size = usize::from(sizes[i % sizes.len()]).max(1).min(rest.len());
        let (chunk, tail) = rest.split_at(size);
        out += &stream.push_bytes(chunk);
        assert!(stream.held_back() <= stream.max_held_back());
        rest = tail;
        i += 1;
    }
    out += &stream.finish();
    let whole = String::from_utf8_lossy(bytes);
    assert_eq!(
        out,
        m.mask(&whole),
        "stream differs from whole-text masking"
    );
});
