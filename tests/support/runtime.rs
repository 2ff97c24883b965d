//! Tokio runtimes for tests, and a bounded wait that fails the test on a hang.

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
