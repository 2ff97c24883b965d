//! SPEC S3.9 and S3.10: a pipeline keeps the lifecycle. `Ready(None)` from an adapter
//! (`take`, `take_while`, ...) is not the end of the managed stream inside it: every
//! wrapper of the crate ends each managed stream inside it exactly once, whatever its
//! adapters returned; and when several fail to close, no error is lost.
//!
//! One test per case of the report that found the bug; each failed before the fix
//! (the S3.10 ones did not compile: there was no way to reach the errors).

mod support;

use std::task::Poll;
use std::time::Duration;

use futures::StreamExt;
use managed_stream::{
    ManagedStream, ManagedStreamExt, combinators, managed_stream, scoped, teardown, unclosed_drops,
    with_teardown, yield_,
};
use support::{Log, block_on, poll_once};

/// Counts up from 0 for ever; its teardown logs `"{name} closed"`.
#[managed_stream]
async fn numbers(log: Log, name: &'static str) -> u32 {
    teardown! { log.push(format!("{name} closed")); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// Try mode: counts up from 0 for ever; its teardown logs and fails.
#[managed_stream]
async fn failing(log: Log, name: &'static str) -> Result<u32, String> {
    teardown! {
        log.push(format!("{name} closed"));
        Err(format!("{name} failed"))?;
    }
    let mut n = 0;
    loop {
        yield_!(Ok(n));
        n += 1;
    }
}

/// A managed stream of managed streams: `pages` streams of numbers, each limited to
/// two items by `take`.
#[managed_stream]
async fn pages(log: Log, pages: u32) -> futures::stream::Take<Numbers> {
    for page in 0..pages {
        let name = ["page 0", "page 1", "page 2"][page as usize];
        yield_!(numbers(log.clone(), name).take(2));
    }
}

#[test]
fn s3_9_chain_of_takes_read_to_the_end_ends_both_streams() {
    let log = Log::default();
    let before = unclosed_drops();
    let mut chained = combinators::chain(
        numbers(log.clone(), "a").take(2),
        numbers(log.clone(), "b").take(1),
    );
    assert_eq!(block_on((&mut chained).collect::<Vec<_>>()), [0, 1, 0]);
    // S3.6 through the wrapper: read to the end, every stream inside has ended.
    assert_eq!(log.events(), ["a closed", "b closed"]);
    block_on(chained.close());
    drop(chained);
    assert_eq!(log.count("a closed"), 1);
    assert_eq!(log.count("b closed"), 1);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_zip_of_a_take_ends_the_stream_under_the_take() {
    let log = Log::default();
    let before = unclosed_drops();
    let mut pairs = combinators::zip(numbers(log.clone(), "a").take(1), numbers(log.clone(), "b"));
    assert_eq!(block_on((&mut pairs).collect::<Vec<_>>()), [(0, 0)]);
    let mut events = log.events();
    events.sort();
    assert_eq!(events, ["a closed", "b closed"]);
    drop(pairs);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_with_teardown_over_a_take_read_to_the_end_closes_then_cleans_up() {
    let log = Log::default();
    let before = unclosed_drops();
    let cleanup_log = log.clone();
    let wrapped = numbers(log.clone(), "a")
        .take(1)
        .with_teardown(async move || cleanup_log.push("cleanup"));
    assert_eq!(block_on(wrapped.collect::<Vec<_>>()), [0]);
    // S3.8: the stream's own teardown first, then the cleanup.
    assert_eq!(log.events(), ["a closed", "cleanup"]);
    assert_eq!(unclosed_drops(), before);
}

/// Reads `rows.take(100).close_on_drop()` to the end, drops it, and waits (with a poll
/// budget, not a clock) for its teardown. In debug builds the drop used to panic; in
/// release builds the teardown was lost. Run both: `cargo test --test pipelines` and
/// `cargo test --release --test pipelines`.
#[test]
fn s3_9_close_on_drop_over_a_take_read_to_the_end_and_dropped_runs_the_teardown() {
    let log = Log::default();
    let before = unclosed_drops();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut rows = numbers(log.clone(), "rows").take(100).close_on_drop();
        let mut read = 0;
        while rows.next().await.is_some() {
            read += 1;
        }
        assert_eq!(read, 100);
        drop(rows);
        // The stream may be ended in the background (S7.2): give that task its turns.
        for _ in 0..1_000 {
            if log.count("rows closed") > 0 {
                break;
            }
            tokio::task::yield_now().await;
        }
    });
    assert_eq!(log.events(), ["rows closed"]);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_select_of_takes_read_to_the_end_ends_both_streams() {
    let log = Log::default();
    let before = unclosed_drops();
    let mut merged = combinators::select(
        numbers(log.clone(), "a").take(2),
        numbers(log.clone(), "b").take(1),
    );
    let mut items = block_on((&mut merged).collect::<Vec<_>>());
    items.sort();
    assert_eq!(items, [0, 0, 1]);
    let mut events = log.events();
    events.sort();
    assert_eq!(events, ["a closed", "b closed"]);
    drop(merged);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_flatten_of_takes_read_to_the_end_ends_every_inner_stream() {
    let log = Log::default();
    let before = unclosed_drops();
    let mut all = combinators::flatten(pages(log.clone(), 3));
    assert_eq!(block_on((&mut all).collect::<Vec<_>>()), [0, 1, 0, 1, 0, 1]);
    assert_eq!(
        log.events(),
        ["page 0 closed", "page 1 closed", "page 2 closed"]
    );
    drop(all);
    assert_eq!(unclosed_drops(), before);
}

#[test]
fn s3_9_flatten_closed_mid_page_ends_that_page_once() {
    let log = Log::default();
    let mut all = combinators::flatten(pages(log.clone(), 3));
    assert_eq!(block_on((&mut all).take(3).collect::<Vec<_>>()), [0, 1, 0]);
    block_on(all.close());
    assert_eq!(log.events(), ["page 0 closed", "page 1 closed"]);
}

#[test]
fn s3_10_select_of_two_failing_closes_keeps_both_errors_in_order() {
    let log = Log::default();
    let mut merged = combinators::select(failing(log.clone(), "a"), failing(log.clone(), "b"));
    assert!(block_on(merged.next()).is_some());
    assert!(block_on(merged.next()).is_some());
    assert_eq!(block_on(merged.close()), Err("a failed".to_string()));
    assert_eq!(merged.take_suppressed_errors(), ["b failed".to_string()]);
    // Drained: a second close has nothing left to report, and neither has this.
    assert_eq!(block_on(merged.close()), Ok(()));
    assert!(merged.take_suppressed_errors().is_empty());
    assert_eq!(log.count("a closed"), 1);
    assert_eq!(log.count("b closed"), 1);
}

#[test]
fn s3_10_errors_stay_reachable_through_a_boxed_trait_object() {
    type Boxed = std::pin::Pin<
        Box<dyn ManagedStream<Item = Result<u32, String>, CloseOutput = Result<(), String>> + Send>,
    >;
    let log = Log::default();
    let inner = combinators::chain(
        failing(log.clone(), "a").take(1),
        failing(log.clone(), "b").take(1),
    );
    let mut boxed: Boxed = Box::pin(combinators::select(inner, failing(log.clone(), "c")));
    // Four items: `a` stops after one and is closed (its error is the first met),
    // then `b` starts.
    let mut items = block_on((&mut boxed).take(4).collect::<Vec<_>>());
    items.sort();
    assert_eq!(items, [Ok(0), Ok(0), Ok(0), Ok(1)]);
    assert_eq!(log.events(), ["a closed"]);
    assert_eq!(block_on(boxed.close()), Err("a failed".to_string()));
    assert_eq!(
        boxed.take_suppressed_errors(),
        ["b failed".to_string(), "c failed".to_string()]
    );
}

/// Try mode: two teardowns that fail; they run in reverse order.
#[managed_stream]
async fn twice_failing(name: &'static str) -> Result<u32, String> {
    teardown! { Err(format!("{name} outer failed"))?; }
    teardown! { Err(format!("{name} inner failed"))?; }
    loop {
        yield_!(Ok(0));
    }
}

#[test]
fn s3_10_with_teardown_keeps_the_cleanup_error_after_the_stream_error() {
    let log = Log::default();
    let mut closed = failing(log.clone(), "a").with_teardown(async || Err("bye failed".into()));
    assert_eq!(block_on(closed.next()), Some(Ok(0)));
    assert_eq!(block_on(closed.close()), Err("a failed".to_string()));
    assert_eq!(closed.take_suppressed_errors(), ["bye failed".to_string()]);

    // Read to the end through a `take`: the close error, then the cleanup's, are the
    // last items (S2.7: as a generated stream yields each teardown error at its end).
    let mut limited = failing(log.clone(), "b")
        .take(1)
        .with_teardown(async || Err("bye failed".into()));
    let items = block_on((&mut limited).collect::<Vec<_>>());
    assert_eq!(
        items,
        [
            Ok(0),
            Err("b failed".to_string()),
            Err("bye failed".to_string())
        ]
    );
    assert!(limited.take_suppressed_errors().is_empty());
}

#[test]
fn s3_10_a_combinator_keeps_the_suppressed_errors_of_a_stream_inside() {
    let log = Log::default();
    let mut both = combinators::chain(twice_failing("a").take(1), failing(log.clone(), "b"));
    assert_eq!(
        block_on((&mut both).take(2).collect::<Vec<_>>()),
        [Ok(0), Ok(0)]
    );
    assert_eq!(block_on(both.close()), Err("a inner failed".to_string()));
    assert_eq!(
        both.take_suppressed_errors(),
        ["a outer failed".to_string(), "b failed".to_string()]
    );
}

#[test]
fn s3_10_try_scoped_lets_the_closure_reach_the_errors_after_the_first() {
    let log = Log::default();
    let merged = combinators::select(failing(log.clone(), "a"), failing(log.clone(), "b"));
    let seen = block_on(managed_stream::try_scoped(merged, async |merged| {
        let first = (&mut *merged).take(2).collect::<Vec<_>>().await;
        assert_eq!(first.len(), 2);
        let closed = merged.close().await;
        Ok::<_, String>((closed, merged.take_suppressed_errors()))
    }));
    let expected = (Err("a failed".to_string()), vec!["b failed".to_string()]);
    assert_eq!(seen, Ok(expected));
}

#[test]
fn s4_6_drop_without_teardown_is_reachable_from_generic_code() {
    fn skip<S: ManagedStream>(stream: S) {
        stream.drop_without_teardown();
    }
    let log = Log::default();
    let before = unclosed_drops();
    let mut merged = combinators::select(numbers(log.clone(), "a"), numbers(log.clone(), "b"));
    assert!(block_on(merged.next()).is_some());
    assert!(block_on(merged.next()).is_some());
    skip(merged);
    // And through a trait object.
    let mut boxed: std::pin::Pin<Box<dyn ManagedStream<Item = u32, CloseOutput = ()> + Send>> =
        Box::pin(
            combinators::zip(numbers(log.clone(), "c"), numbers(log.clone(), "d")).map(|(c, _)| c),
        );
    assert_eq!(block_on(boxed.next()), Some(0));
    boxed.drop_without_teardown();
    assert!(
        log.events().is_empty(),
        "skipped on purpose: {:?}",
        log.events()
    );
    assert_eq!(unclosed_drops(), before);
}

/// Counts up to `len` and ends by itself; its teardown logs `"{name} closed"`.
#[managed_stream]
async fn finite(log: Log, name: &'static str, len: u32) -> u32 {
    teardown! { log.push(format!("{name} closed")); }
    for n in 0..len {
        yield_!(n);
    }
}

/// Reads `stream` to its end, then checks that its close is ready at the first poll.
fn close_after_the_end_is_free(
    mut stream: std::pin::Pin<Box<dyn ManagedStream<Item = u32, CloseOutput = ()> + '_>>,
) -> bool {
    while block_on(stream.next()).is_some() {}
    poll_once(&mut stream.close()) == Poll::Ready(())
}

#[test]
fn s3_9_close_of_what_truly_ended_returns_at_the_first_poll() {
    use futures::TryStreamExt;
    use futures::future::{pending, ready};

    let log = Log::default();
    let numbers = || finite(log.clone(), "n", 3);
    let free = |stream| close_after_the_end_is_free(stream);
    // A generated stream and both forms of `with_teardown`.
    assert!(free(Box::pin(numbers())));
    assert!(free(Box::pin(with_teardown(
        futures::stream::iter(0..3),
        async || {}
    ))));
    assert!(free(Box::pin(numbers().with_teardown(async || {}))));
    // Every `StreamExt` adapter of the crate's list.
    assert!(free(Box::pin(numbers().map(|n| n + 1))));
    assert!(free(Box::pin(numbers().filter(|_| ready(true)))));
    assert!(free(Box::pin(numbers().filter_map(|n| ready(Some(n))))));
    assert!(free(Box::pin(numbers().then(ready))));
    assert!(free(Box::pin(numbers().take(5))));
    assert!(free(Box::pin(numbers().take_while(|_| ready(true)))));
    assert!(free(Box::pin(numbers().take_until(pending::<()>()))));
    assert!(free(Box::pin(numbers().skip(1))));
    assert!(free(Box::pin(numbers().skip_while(|_| ready(false)))));
    assert!(free(Box::pin(numbers().enumerate().map(|(_, n)| n))));
    assert!(free(Box::pin(numbers().inspect(|_| {}))));
    assert!(free(Box::pin(numbers().fuse())));
    assert!(free(Box::pin(numbers().scan((), |_, n| ready(Some(n))))));
    assert!(free(Box::pin(numbers().peekable())));
    assert!(free(Box::pin(numbers().chunks(2).map(|chunk| chunk[0]))));
    assert!(free(Box::pin(
        numbers().ready_chunks(2).map(|chunk| chunk[0])
    )));
    assert!(free(Box::pin(numbers().map(ready).buffered(2))));
    assert!(free(Box::pin(numbers().map(ready).buffer_unordered(2))));
    assert!(free(Box::pin(numbers().zip(numbers()).map(|(a, _)| a))));
    assert!(free(Box::pin(futures::stream::select(
        numbers(),
        numbers()
    ))));
    // `TryStreamExt`, over a stream of `Result` items.
    let results = || numbers().map(Ok::<u32, ()>);
    let first = |item: Result<u32, ()>| item.unwrap_or_default();
    assert!(free(Box::pin(results().map_ok(|n| n).map(first))));
    assert!(free(Box::pin(results().map_err(|e| e).map(first))));
    assert!(free(Box::pin(results().err_into::<()>().map(first))));
    assert!(free(Box::pin(results().inspect_ok(|_| {}).map(first))));
    assert!(free(Box::pin(results().inspect_err(|_| {}).map(first))));
    assert!(free(Box::pin(results().into_stream().map(first))));
    assert!(free(Box::pin(
        results().and_then(|n| ready(Ok(n))).map(first)
    )));
    assert!(free(Box::pin(
        results().or_else(|e| ready(Err(e))).map(first)
    )));
    assert!(free(Box::pin(
        results().try_filter(|_| ready(true)).map(first)
    )));
    let some = |n| ready(Ok(Some(n)));
    assert!(free(Box::pin(results().try_filter_map(some).map(first))));
    let no = |_: &u32| ready(Ok(false));
    assert!(free(Box::pin(results().try_skip_while(no).map(first))));
    let yes = |_: &u32| ready(Ok(true));
    assert!(free(Box::pin(results().try_take_while(yes).map(first))));
    assert!(free(Box::pin(
        results().try_chunks(2).map(|c| c.map_or(0, |c| c[0]))
    )));
    assert!(free(Box::pin(
        results().try_ready_chunks(2).map(|c| c.map_or(0, |c| c[0]))
    )));
    // The combinators.
    assert!(free(Box::pin(combinators::chain(numbers(), numbers()))));
    assert!(free(Box::pin(
        combinators::zip(numbers(), numbers()).map(|(a, _)| a)
    )));
    assert!(free(Box::pin(combinators::select(numbers(), numbers()))));
    assert!(free(Box::pin(numbers().stop_on_close())));
    // Every stream made above ran its teardown once, at its end.
    assert_eq!(log.count("n closed"), 45);
}

#[test]
fn s3_9_scoped_over_a_chain_of_takes_ends_every_stream() {
    let log = Log::default();
    let before = unclosed_drops();
    let chained = combinators::chain(
        numbers(log.clone(), "a").take(1),
        numbers(log.clone(), "b").take(5),
    );
    let firsts = block_on(scoped(chained, async |chained| {
        chained.take(3).collect::<Vec<_>>().await
    }));
    assert_eq!(firsts, [0, 0, 1]);
    assert_eq!(log.events(), ["a closed", "b closed"]);
    assert_eq!(unclosed_drops(), before);
}

/// Only a measure, never asserted: how long the close of a stream that ended through
/// a `take` takes on this machine.
#[test]
fn s3_9_close_after_the_end_is_measured() {
    let log = Log::default();
    let mut limited = combinators::chain(
        numbers(log.clone(), "a").take(1),
        numbers(log.clone(), "b").take(1),
    );
    assert_eq!(block_on((&mut limited).collect::<Vec<_>>()), [0, 0]);
    let started = std::time::Instant::now();
    block_on(limited.close());
    let took: Duration = started.elapsed();
    eprintln!("close of an ended chain took {took:?}");
    assert_eq!(log.count("a closed") + log.count("b closed"), 2);
}
