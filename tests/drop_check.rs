//! SPEC section 4: the drop check. With debug assertions, dropping a started stream
//! whose reached teardown has not run panics (S4.1); otherwise (S4.3) it drops
//! silently and the async teardown does not run. `.ci/run` runs this file in both
//! profiles.

mod support;

use std::task::Poll;

use managed_stream::{managed_stream, teardown, yield_};
use support::{Gate, Log, Tracked, block_on, panic_message, poll_next, poll_once_then_drop};

#[managed_stream]
async fn numbers(log: Log) -> u32 {
    let _local = Tracked::new(99, &log);
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

#[managed_stream]
async fn no_teardown() -> u32 {
    yield_!(1);
    yield_!(2);
}

#[managed_stream]
async fn teardown_after_first(log: Log) -> u32 {
    yield_!(1);
    teardown! { log.push("teardown"); }
    yield_!(2);
}

// ---- S4.1 / S4.3: a forgotten close -----------------------------------------------------

#[test]
fn s4_1_dropping_a_started_stream_before_its_teardown_panics() {
    let log = Log::default();
    let mut stream = numbers(log.clone());
    let line = line!() - 1;
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    let message = panic_message(|| drop(stream));
    if cfg!(debug_assertions) {
        let message = message.expect("the drop check did not fire");
        assert!(message.contains("managed stream `Numbers`"), "{message}");
        assert!(
            message.contains("was dropped before its teardown ran"),
            "{message}"
        );
        assert!(message.contains("`.close().await`"), "{message}");
        // Where the holder may be dropped by others, the way out (S4.1, S7.2).
        assert!(
            message.contains("where the holder may be dropped by others")
                && message.contains("`.close_on_drop()`"),
            "{message}"
        );
        // `#[track_caller]`: where the stream was created, not the generated code.
        let site = format!("{}:{}:", file!(), line);
        assert!(message.contains(&site), "{message} should name {site}");
    } else {
        // S4.3: no panic; the synchronous drops ran, the async teardown did not.
        assert_eq!(message, None);
    }
    assert_eq!(log.count("dropped 99"), 1);
    assert_eq!(log.count("teardown"), 0);
}

#[test]
fn s4_1_an_abandoned_close_still_trips_the_drop_check() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = slow_teardown(log.clone(), gate);
    assert!(poll_next(&mut stream).is_ready());
    assert!(poll_once_then_drop(stream.close()).is_pending());
    let message = panic_message(|| drop(stream));
    assert_eq!(message.is_some(), cfg!(debug_assertions), "{message:?}");
}

#[managed_stream]
async fn slow_teardown(log: Log, gate: Gate) -> u8 {
    teardown! {
        gate.wait().await;
        log.push("teardown");
    }
    yield_!(1);
}

// ---- S4.2: no panic --------------------------------------------------------------------

#[test]
fn s4_2_never_polled_drops_silently() {
    let log = Log::default();
    let stream = numbers(log.clone());
    assert_eq!(panic_message(|| drop(stream)), None);
    assert_eq!(log.count("dropped 99"), 0, "the body never ran");
}

#[test]
fn s4_2_nothing_to_tear_down_drops_silently() {
    let mut stream = no_teardown();
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(panic_message(|| drop(stream)), None);
    // Started, but the teardown is not reached yet: nothing to release.
    let log = Log::default();
    let mut stream = teardown_after_first(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(panic_message(|| drop(stream)), None);
    // Reached: now it must be closed.
    let mut stream = teardown_after_first(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(2)));
    let message = panic_message(|| drop(stream));
    assert_eq!(message.is_some(), cfg!(debug_assertions));
}

#[test]
fn s4_2_ended_closed_or_cancelled_drops_silently() {
    let log = Log::default();
    let mut ended = teardown_after_first(log.clone());
    while let Poll::Ready(Some(_)) = poll_next(&mut ended) {}
    assert_eq!(panic_message(|| drop(ended)), None);

    let mut closed = numbers(log.clone());
    assert!(poll_next(&mut closed).is_ready());
    block_on(closed.close());
    assert_eq!(panic_message(|| drop(closed)), None);

    let mut cancelled = numbers(log.clone());
    assert!(poll_next(&mut cancelled).is_ready());
    block_on(cancelled.cancel());
    assert_eq!(panic_message(|| drop(cancelled)), None);
    assert_eq!(log.count("teardown"), 3);
}

#[test]
fn s4_2_no_double_panic_while_unwinding() {
    let log = Log::default();
    let message = panic_message(|| {
        let mut stream = numbers(log.clone());
        assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
        // The stream is dropped while this panic unwinds: a second panic would abort.
        panic!("the test's own panic");
    });
    assert_eq!(message.as_deref(), Some("the test's own panic"));
    assert_eq!(log.count("dropped 99"), 1);
}

// ---- S4.4: the escape hatch -----------------------------------------------------------

#[test]
fn s4_4_drop_without_teardown_skips_it_silently() {
    let log = Log::default();
    let mut stream = numbers(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(panic_message(|| stream.drop_without_teardown()), None);
    assert_eq!(log.count("teardown"), 0);
    assert_eq!(log.count("dropped 99"), 1, "synchronous drops still run");
}
