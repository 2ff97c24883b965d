//! `BoxManagedStream` / `LocalBoxManagedStream`: any managed stream, boxed, keeps its
//! lifecycle (S3.1 `close()` / `cancel()`, S4.1 the drop check, S4.4 and S4.6
//! `drop_without_teardown()`, S7.1 `close_on_drop()`), and a trait method can return
//! different managed streams under one type.

mod support;

use std::rc::Rc;
use std::time::Duration;

use futures::StreamExt;
use managed_stream::{
    BoxManagedStream, LocalBoxManagedStream, ManagedStreamExt, combinators, managed_stream,
    teardown, try_stream, with_teardown, yield_,
};
use support::{Log, block_on, panic_message};

/// The issue's `rowfeed` trait: several types, one return type.
trait Feed {
    fn rows(&self, log: Log) -> BoxManagedStream<'_, u32>;
}

struct Table(u32);
struct Fixed;
struct Both;

impl Table {
    #[managed_stream]
    async fn cursor(&self, log: Log) -> u32 {
        teardown! { log.push("cursor closed"); }
        for row in 0..self.0 {
            yield_!(row);
        }
    }
}

impl Feed for Table {
    fn rows(&self, log: Log) -> BoxManagedStream<'_, u32> {
        self.cursor(log).boxed_managed()
    }
}

impl Feed for Fixed {
    fn rows(&self, log: Log) -> BoxManagedStream<'_, u32> {
        with_teardown(futures::stream::iter([7, 8]), async move |_| {
            log.push("fixed closed")
        })
        .boxed_managed()
    }
}

impl Feed for Both {
    fn rows(&self, log: Log) -> BoxManagedStream<'_, u32> {
        let table = Table(1).cursor(log.clone()).boxed_managed();
        combinators::chain(table, Fixed.rows(log)).boxed_managed()
    }
}

#[test]
fn s3_1_a_trait_returns_different_managed_streams_under_one_boxed_type() {
    let log = Log::default();
    let feeds: [&dyn Feed; 3] = [&Table(3), &Fixed, &Both];
    let mut first = Vec::new();
    for feed in feeds {
        let mut rows = feed.rows(log.clone());
        first.push(block_on(rows.next()));
        block_on(rows.close());
    }
    assert_eq!(first, [Some(0), Some(7), Some(0)]);
    assert_eq!(
        log.events(),
        [
            "cursor closed",
            "fixed closed",
            "cursor closed",
            "fixed closed"
        ]
    );
}

/// Compiles only if `BoxManagedStream` is covariant in its lifetime.
fn shorten<'a>(stream: BoxManagedStream<'static, u32>) -> BoxManagedStream<'a, u32> {
    stream
}

/// The same for the local form.
fn shorten_local<'a>(
    stream: LocalBoxManagedStream<'static, u32>,
) -> LocalBoxManagedStream<'a, u32> {
    stream
}

#[test]
fn s3_1_a_static_boxed_stream_is_a_shorter_one() {
    let log = Log::default();
    let mut rows = shorten(Table(2).cursor_owned(log.clone()).boxed_managed());
    assert_eq!(block_on(rows.next()), Some(0));
    block_on(rows.close());
    let mut local = shorten_local(Table(2).cursor_owned(log.clone()).boxed_local_managed());
    assert_eq!(block_on(local.next()), Some(0));
    block_on(local.cancel());
    assert_eq!(log.events(), ["cursor closed", "cursor closed"]);
}

impl Table {
    #[managed_stream]
    async fn cursor_owned(self, log: Log) -> u32 {
        teardown! { log.push("cursor closed"); }
        for row in 0..self.0 {
            yield_!(row);
        }
    }
}

#[test]
fn s4_4_drop_without_teardown_is_reachable_on_a_boxed_stream() {
    let log = Log::default();
    let mut rows = Both.rows(log.clone());
    assert_eq!(block_on(rows.next()), Some(0));
    rows.drop_without_teardown(); // no panic, no teardown (S4.6: the whole tree)
    assert_eq!(log.events(), Vec::<String>::new());
}

#[test]
fn s4_1_a_boxed_stream_dropped_unended_is_the_drop_check_of_the_stream_inside() {
    if !cfg!(debug_assertions) {
        return; // the panic is a debug-build check (S4.1)
    }
    let log = Log::default();
    let message = panic_message(|| {
        let mut rows = Table(3).cursor_owned(log.clone()).boxed_managed();
        assert_eq!(block_on(rows.next()), Some(0));
        drop(rows);
    });
    let message = message.expect("the drop check panics");
    assert!(message.contains("drop_without_teardown"), "{message}");
}

#[test]
fn s2_7_a_boxed_try_stream_returns_the_teardown_error_from_close() {
    let mut lines: BoxManagedStream<'static, Result<&str, String>, Result<(), String>> =
        try_stream! {
            teardown! { Err("goodbye failed".to_string())?; }
            yield_!(Ok("a"));
        }
        .boxed_managed();
    assert_eq!(block_on(lines.next()), Some(Ok("a")));
    assert_eq!(block_on(lines.close()), Err("goodbye failed".to_string()));
}

#[test]
fn s7_1_close_on_drop_works_on_a_boxed_stream() {
    let log = Log::default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut rows = Table(3)
            .cursor_owned(log.clone())
            .boxed_managed()
            .close_on_drop();
        assert_eq!(rows.next().await, Some(0));
        drop(rows); // ended on the runtime
        // A safety net, not a timed assertion: the background close ends the stream.
        let closed = tokio::time::timeout(Duration::from_secs(30), async {
            while log.count("cursor closed") == 0 {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        })
        .await;
        assert!(closed.is_ok(), "the background close ran the teardown");
    });
}

#[test]
fn s2_9_a_stream_that_is_not_send_boxes_locally() {
    let log = Log::default();
    let name: Rc<str> = "a".into();
    let mut names = with_teardown(futures::stream::iter([name]), {
        let log = log.clone();
        async move |_| log.push("closed")
    })
    .boxed_local_managed();
    assert_eq!(block_on(names.next()).as_deref(), Some("a"));
    block_on(names.close());
    assert_eq!(log.events(), ["closed"]);
}
