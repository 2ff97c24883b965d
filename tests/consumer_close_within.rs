//! `close_within` (feature `tokio`, S3.4): a graceful close bounded by a deadline, then
//! a cancel. A close that finishes in time lets the step under way finish; past the
//! deadline the cancel stops the step where it waits; in try mode the close error is
//! what it returns.

#[path = "support/consumer_streams.rs"]
mod consumer_streams;
mod support;

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use managed_stream::{Ending, close_within};

use consumer_streams::{TryRows, stepped};
use support::runtime::current_thread;
use support::{Gate, Log};

#[test]
fn close_within_closes_when_the_close_finishes_in_time() {
    current_thread().block_on(async {
        let log = Log::default();
        let step = Gate::default();
        let mut stream = stepped(log.clone(), step.clone());
        assert_eq!(stream.next().await, Some(0));
        let _ = tokio::time::timeout(Duration::from_millis(1), stream.next()).await;
        // The step finishes a moment later: the graceful close waits for it.
        let opener = {
            let step = step.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(5)).await;
                step.open();
            })
        };
        let ending = close_within(&mut stream, Duration::from_secs(10)).await;
        assert_eq!(ending, Ending::Closed(()));
        assert!(!ending.was_cancelled());
        assert_eq!(log.events(), ["step 1 done", "teardown"]);
        assert_eq!(step.abandoned(), 0);
        opener.await.unwrap();
    });
}

#[test]
fn close_within_cancels_after_the_deadline() {
    current_thread().block_on(async {
        let log = Log::default();
        let step = Gate::default();
        let mut stream = stepped(log.clone(), step.clone());
        assert_eq!(stream.next().await, Some(0));
        let _ = tokio::time::timeout(Duration::from_millis(1), stream.next()).await;
        let ending = close_within(&mut stream, Duration::from_millis(5)).await;
        assert_eq!(ending, Ending::Cancelled(()));
        assert_eq!(ending.into_output(), ());
        assert_eq!(
            step.abandoned(),
            1,
            "cancel stopped the step where it waited"
        );
        assert_eq!(log.events(), ["teardown"]);
    });
}

#[test]
fn close_within_returns_the_close_error_in_try_mode() {
    current_thread().block_on(async {
        let log = Log::default();
        let mut rows = TryRows::new(&[Ok(1)], Err("commit failed"), &log).map_ok(|n| n * 2);
        assert_eq!(rows.next().await, Some(Ok(2)));
        let ending = close_within(&mut rows, Duration::from_secs(1)).await;
        assert_eq!(ending, Ending::Closed(Err("commit failed".to_string())));
        assert_eq!(log.events(), ["close"]);
    });
}
