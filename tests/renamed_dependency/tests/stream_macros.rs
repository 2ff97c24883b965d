//! `stream!` and `try_stream!` under a renamed dependency (`renamed = { package =
//! "managed-stream", .. }` in the root Cargo.toml): the runtime's `macro_rules!`
//! wrappers pass `$crate`, so no generated path names `managed_stream` (S2.5, S2.7 in
//! the expression form). This crate names the runtime only as `renamed`.

use futures::StreamExt;
use futures::executor::block_on;
use renamed::{teardown, yield_};
use std::sync::{Arc, Mutex};

#[test]
fn stream_finds_the_runtime_under_a_renamed_dependency() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let teardown_log = log.clone();
    let mut numbers = renamed::stream! {
        teardown! { teardown_log.lock().unwrap().push("teardown"); }
        for n in 0..3u32 {
            yield_!(n);
        }
    };
    block_on(async {
        assert_eq!(numbers.next().await, Some(0));
        numbers.close().await;
    });
    assert_eq!(*log.lock().unwrap(), ["teardown"]);
}

#[test]
fn try_stream_finds_the_runtime_under_a_renamed_dependency() {
    let parsed = renamed::try_stream! {
        for text in ["1", "x", "3"] {
            yield_!(Ok(text.parse::<u32>()?));
        }
    };
    let items: Vec<Result<u32, std::num::ParseIntError>> = block_on(parsed.collect());
    assert_eq!(items.len(), 2, "the failure is the last item");
    assert_eq!(items[0], Ok(1));
    assert!(items[1].is_err());
}
