//! S7.6: a `CloseOnDrop` not given to a tracker belongs to `StreamTracker::global()`,
//! whose shutdown ends it. Its own test binary: the global tracker is one per process,
//! and once shut down it ends every new stream at once.

mod support;

use std::time::Duration;

use futures::StreamExt;
use managed_stream::{
    ManagedStreamExt, StreamTracker, managed_stream, teardown, unclosed_drops, yield_,
};
use support::{Gate, Log};

/// One event, then waits on an idle source.
#[managed_stream]
async fn events(log: Log, source: Gate) -> u32 {
    teardown! { log.push("unsubscribed"); }
    yield_!(1);
    source.wait().await;
}

#[test]
fn s7_6_untracked_streams_belong_to_the_global_tracker() {
    let before = unclosed_drops();
    let log = Log::default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()
        .unwrap();
    let report = runtime.block_on(async {
        let global = StreamTracker::global();
        assert!(!global.is_shut_down());
        // Held by a connection task, and dropped by an aborted one.
        let held = events(log.clone(), Gate::default()).cancel_on_drop();
        let connection = tokio::spawn(async move {
            let mut held = held;
            let mut items = 0;
            while held.next().await.is_some() {
                items += 1;
            }
            items
        });
        let mut dropped = events(log.clone(), Gate::default()).close_on_drop();
        assert_eq!(dropped.next().await, Some(1));
        let reader = tokio::spawn(async move { while dropped.next().await.is_some() {} });
        tokio::time::sleep(Duration::from_millis(5)).await;
        reader.abort();
        let _ = reader.await;

        let report = global.shutdown(Duration::from_millis(400)).await;
        assert_eq!(connection.await.unwrap(), 1, "the holder saw the end");
        assert_eq!(global.owned(), 0);
        report
    });
    // The held one, and the dropped one (its close waits on the idle source for half
    // the deadline, then cancels).
    assert_eq!((report.ended, report.failed, report.lost), (2, 0, 0));
    assert_eq!(log.count("unsubscribed"), 2);
    assert_eq!(unclosed_drops(), before);
}
