//! Tokio runtimes for tests, and a bounded wait that fails the test on a hang. Mounted
//! by `mod support;`, or alone with `#[path = "support/runtime.rs"] mod runtime;`.
#![allow(dead_code)]

use std::time::Duration;

/// A current-thread Tokio runtime with timers.
///
/// ```ignore
/// current_thread().block_on(async { /* ... */ });
/// ```
pub fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap()
}

/// A multi-thread Tokio runtime with 2 workers and every driver (I/O and timers), as
/// a service runs on.
///
/// ```ignore
/// two_workers().block_on(async { /* a server and its clients */ });
/// ```
pub fn two_workers() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Waits (on the runtime) until `done()` holds, for at most 5 s; panics naming `what`
/// if it never does (a hang is a failure, no time is asserted).
///
/// ```ignore
/// until("the teardown ran", || log.count("teardown") == 1).await;
/// ```
pub async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let waited = tokio::time::timeout(Duration::from_secs(5), async {
        while !done() {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    })
    .await;
    assert!(waited.is_ok(), "never happened: {what}");
}
