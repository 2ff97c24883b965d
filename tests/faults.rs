//! Fault injection (issue 4, SPEC S5.1): panics in a body and in a teardown at random
//! points, in nested managed streams, and in destructors that the runtime runs. A panic
//! propagates out of the call that ran it (`poll_next`, `close()`, `cancel()`); the
//! stream is then poisoned: it ends at once, `close()`/`cancel()` return at once,
//! dropping it is silent; there is never a double panic (which would abort this test
//! binary).

mod scripted;
mod support;

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::FusedStream;
use futures::{FutureExt, StreamExt};
use managed_stream::{managed_stream, teardown, yield_};
use scripted::{INJECTED, catch, check_property, plan};
use support::{Gate, Log, poll_next, poll_once};

/// Random schedules with panics injected at random steps and teardowns, plain and try
/// mode. Besides the checks of `prop_schedules.rs`, `scripted::run` checks that exactly
/// the injected panic comes out of the call that ran it and that the poisoned stream
/// behaves as S5.1 says.
#[test]
fn panics_at_random_points() {
    use proptest::prelude::*;
    let plans = prop_oneof![plan(false, true), plan(true, true)];
    check_property("panics_at_random_points", file!(), plans, true, 5_000);
}

// ---- nested streams ----------------------------------------------------------------

/// Yields 0, 1, 2, 3, each after `gate`; panics where told.
#[managed_stream]
async fn inner(log: Log, gate: Gate, panic_at: Option<u32>, teardown_panics: bool) -> u32 {
    log.push("inner start");
    teardown! {
        log.push("inner teardown");
        if teardown_panics {
            log.push("panic");
            panic!("{INJECTED} in the inner teardown");
        }
        log.push("inner teardown end");
    }
    for n in 0..4 {
        gate.wait().await;
        if panic_at == Some(n) {
            log.push("panic");
            panic!("{INJECTED} in the inner body at {n}");
        }
        yield_!(n);
    }
}

/// Reads `inner` in its body; closes it in its teardown.
#[managed_stream]
async fn reads_in_body(log: Log, inner: Inner) -> u32 {
    let mut inner = inner;
    log.push("outer start");
    teardown! {
        log.push("outer teardown");
        inner.close().await;
        log.push("outer teardown end");
    }
    while let Some(n) = inner.next().await {
        yield_!(n * 10);
    }
}

/// Yields twice; reads `inner` to its end in its teardown.
#[managed_stream]
async fn reads_in_teardown(log: Log, inner: Inner) -> u32 {
    let mut inner = inner;
    log.push("outer start");
    teardown! {
        log.push("outer teardown");
        while let Some(n) = inner.next().await {
            log.push(format!("drained {n}"));
        }
        log.push("outer teardown end");
    }
    yield_!(100);
    yield_!(200);
}

#[derive(Clone, Copy, Debug)]
enum Consumer {
    ReadToEnd,
    CloseAfterOne,
    CancelAfterOne,
    CancelMidStep,
}

/// Every combination of where the inner stream panics (nowhere, in its body at each
/// item, in its teardown), where the outer stream polls it (body, teardown) and how
/// the consumer ends the outer stream.
#[test]
fn panic_in_a_nested_stream_propagates_through_the_outer_stream() {
    let mut combinations = 0;
    let mut panicked = 0;
    for panic_at in [None, Some(0), Some(1), Some(3)] {
        for teardown_panics in [false, true] {
            for in_teardown in [false, true] {
                for consumer in [
                    Consumer::ReadToEnd,
                    Consumer::CloseAfterOne,
                    Consumer::CancelAfterOne,
                    Consumer::CancelMidStep,
                ] {
                    let what = format!(
                        "inner panics at {panic_at:?} / in teardown: {teardown_panics}; \
                         outer reads it in its {}; consumer {consumer:?}",
                        if in_teardown { "teardown" } else { "body" }
                    );
                    combinations += 1;
                    panicked += usize::from(nested_case(
                        panic_at,
                        teardown_panics,
                        in_teardown,
                        consumer,
                        &what,
                    ));
                }
            }
        }
    }
    assert_eq!(combinations, 64);
    assert!(panicked > 20, "only {panicked} combinations panicked");
}

/// One combination; whether a panic came out.
fn nested_case(
    panic_at: Option<u32>,
    teardown_panics: bool,
    in_teardown: bool,
    consumer: Consumer,
    what: &str,
) -> bool {
    let log = Log::default();
    let gate = Gate::default();
    if !matches!(consumer, Consumer::CancelMidStep) {
        gate.open();
    }
    let inner = inner(log.clone(), gate.clone(), panic_at, teardown_panics);
    let mut outer = if in_teardown {
        Outer::Teardown(reads_in_teardown(log.clone(), inner))
    } else {
        Outer::Body(reads_in_body(log.clone(), inner))
    };
    // `call` runs one call of the consumer; it returns whether the consumer is done:
    // the call panicked (kept in `outcome`), or `f` says so.
    let mut outcome: Result<(), String> = Ok(());
    let mut calls = 0;
    let mut call = |outer: &mut Outer, f: &mut dyn FnMut(&mut Outer) -> bool| -> bool {
        calls += 1;
        match catch(|| f(outer)) {
            Ok(done) => done,
            Err(message) => {
                outcome = Err(message);
                true
            }
        }
    };
    match consumer {
        Consumer::ReadToEnd => {
            for _ in 0..20 {
                if call(&mut outer, &mut |o| o.poll_next() == Poll::Ready(None)) {
                    break;
                }
            }
        }
        Consumer::CloseAfterOne | Consumer::CancelAfterOne => {
            let cancel = matches!(consumer, Consumer::CancelAfterOne);
            let panicked = call(&mut outer, &mut |o| {
                let _ = o.poll_next();
                false
            });
            if !panicked {
                call(&mut outer, &mut |o| o.stop(cancel).is_ready());
            }
        }
        Consumer::CancelMidStep => {
            // The gate is shut: the inner body waits on it, and the outer body waits in
            // `inner.next()` (or, if it reads the inner stream in its teardown, sits at
            // its first `yield_!`). Cancel there, then let the inner step go.
            let panicked = call(&mut outer, &mut |o| {
                let _ = o.poll_next();
                false
            });
            if !panicked {
                call(&mut outer, &mut |o| o.stop(true).is_ready());
                gate.open();
            }
        }
    }
    let events = log.events();
    let injected = events.iter().filter(|e| *e == "panic").count();
    match &outcome {
        Ok(()) => {
            assert_eq!(
                injected, 0,
                "{what}: an injected panic was swallowed: {events:?}"
            );
            // Not poisoned: finish the stream properly if the consumer left it open.
            let mut finished = false;
            for _ in 0..20 {
                match catch(|| outer.stop(true)) {
                    Ok(Poll::Ready(())) => {
                        finished = true;
                        break;
                    }
                    Ok(Poll::Pending) => gate.open(),
                    Err(message) => {
                        // The panic came from the inner stream during this cancel.
                        assert!(message.starts_with(INJECTED), "{what}: {message}");
                        assert_eq!(log.count("panic"), 1, "{what}");
                        assert_poisoned(&mut outer, what);
                        return true;
                    }
                }
            }
            assert!(
                finished,
                "{what}: cancel did not finish: {:?}",
                log.events()
            );
            let events = log.events();
            for (start, end) in [
                ("outer start", "outer teardown end"),
                ("inner start", "inner teardown end"),
            ] {
                assert_eq!(
                    events.iter().filter(|e| *e == start).count(),
                    events.iter().filter(|e| *e == end).count(),
                    "{what}: a started stream's teardown did not run once: {events:?}"
                );
            }
            assert_eq!(catch(|| drop(outer)), Ok(()), "{what}");
            false
        }
        Err(message) => {
            assert!(message.starts_with(INJECTED), "{what}: {message}");
            assert_eq!(injected, 1, "{what}: {events:?}");
            assert_poisoned(&mut outer, what);
            // Nothing ran after the panic: async code cannot run while unwinding, and
            // the skipped teardowns are gone.
            let after: Vec<_> = events
                .iter()
                .skip_while(|e| *e != "panic")
                .skip(1)
                .collect();
            assert!(after.is_empty(), "{what}: {after:?} ran after the panic");
            true
        }
    }
}

/// S5.1: a poisoned stream ends at once and drops silently.
fn assert_poisoned(outer: &mut Outer, what: &str) {
    assert!(
        outer.is_terminated(),
        "{what}: not terminated after a panic"
    );
    assert_eq!(outer.poll_next(), Poll::Ready(None), "{what}");
    assert_eq!(outer.stop(false), Poll::Ready(()), "{what}");
    assert_eq!(outer.stop(true), Poll::Ready(()), "{what}");
    let outer = std::mem::replace(outer, Outer::Gone);
    assert_eq!(
        catch(|| drop(outer)),
        Ok(()),
        "{what}: dropping a poisoned stream"
    );
}

enum Outer {
    Body(ReadsInBody),
    Teardown(ReadsInTeardown),
    Gone,
}

impl Outer {
    fn poll_next(&mut self) -> Poll<Option<u32>> {
        match self {
            Outer::Body(s) => poll_next(s),
            Outer::Teardown(s) => poll_next(s),
            Outer::Gone => unreachable!(),
        }
    }

    fn stop(&mut self, cancel: bool) -> Poll<()> {
        match (self, cancel) {
            (Outer::Body(s), false) => poll_once(&mut s.close()),
            (Outer::Body(s), true) => poll_once(&mut s.cancel()),
            (Outer::Teardown(s), false) => poll_once(&mut s.close()),
            (Outer::Teardown(s), true) => poll_once(&mut s.cancel()),
            (Outer::Gone, _) => unreachable!(),
        }
    }

    fn is_terminated(&self) -> bool {
        match self {
            Outer::Body(s) => s.is_terminated(),
            Outer::Teardown(s) => s.is_terminated(),
            Outer::Gone => unreachable!(),
        }
    }
}

/// The outer body catches the inner stream's panic and goes on: the inner stream is
/// poisoned (ends at once, closes at once) and the outer one is not.
#[test]
fn an_outer_body_that_catches_an_inner_panic_goes_on() {
    #[managed_stream]
    async fn catches(log: Log, inner: Inner) -> u32 {
        let mut inner = inner;
        teardown! {
            inner.close().await;
            log.push("outer teardown");
        }
        let caught = std::panic::AssertUnwindSafe(inner.next())
            .catch_unwind()
            .await;
        log.push(format!("caught: {}", caught.is_err()));
        log.push(format!("then: {:?}", inner.next().await));
        log.push(format!("terminated: {}", inner.is_terminated()));
        yield_!(1);
        yield_!(2);
    }
    let log = Log::default();
    let gate = Gate::default();
    gate.open();
    let mut outer = catches(log.clone(), inner(log.clone(), gate, Some(0), false));
    let first = catch(|| poll_next(&mut outer));
    assert_eq!(first, Ok(Poll::Ready(Some(1))));
    assert_eq!(poll_once(&mut outer.close()), Poll::Ready(()));
    assert_eq!(
        log.events(),
        [
            "inner start",
            "panic",
            "caught: true",
            "then: None",
            "terminated: true",
            // The inner teardown was skipped (poisoned); the outer one ran.
            "outer teardown",
        ]
    );
    assert_eq!(catch(|| drop(outer)), Ok(()));
}

/// The outer body panics while it holds a started inner stream whose teardown is
/// reached and has not run. The inner stream is dropped with the outer body: the
/// inner drop check must not turn the outer panic into a second one.
#[test]
fn a_panicking_outer_body_drops_its_started_inner_stream_quietly() {
    #[managed_stream]
    async fn holds_inner(log: Log, inner: Inner) -> u32 {
        let mut inner = inner;
        let first = inner.next().await;
        log.push(format!("inner gave {first:?}"));
        log.push("panic");
        panic!("{INJECTED} in the outer body");
    }
    let log = Log::default();
    let gate = Gate::default();
    gate.open();
    let mut outer = holds_inner(log.clone(), inner(log.clone(), gate, None, false));
    let message = catch(|| poll_next(&mut outer)).expect_err("the outer body panics");
    assert!(message.contains("in the outer body"), "{message}");
    assert_eq!(poll_next(&mut outer), Poll::Ready(None));
    assert_eq!(
        catch(|| drop(outer)),
        Ok(()),
        "dropping the poisoned outer stream"
    );
    // The inner teardown is skipped: no async code runs after a panic.
    assert_eq!(log.events(), ["inner start", "inner gave Some(0)", "panic"]);
}

// ---- panics in destructors the runtime runs ---------------------------------------------

/// Pending forever; its destructor panics.
struct PanicsOnDrop(Log);

impl Future for PanicsOnDrop {
    type Output = ();

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        Poll::Pending
    }
}

impl Drop for PanicsOnDrop {
    fn drop(&mut self) {
        self.0.push("dropped");
        panic!("{INJECTED} in a destructor");
    }
}

/// `cancel()` drops the awaited future where it waits (S3.3); its destructor panics.
/// That is a panic in the body: it comes out of `cancel()`, the stream is poisoned, the
/// teardown is skipped, and the future is dropped exactly once.
#[test]
fn a_panicking_destructor_of_a_cancelled_step_propagates_out_of_cancel() {
    #[managed_stream]
    async fn waits_on_a_bomb(log: Log) -> u32 {
        teardown! { log.push("teardown"); }
        yield_!(1);
        PanicsOnDrop(log.clone()).await;
    }
    let log = Log::default();
    let mut stream = waits_on_a_bomb(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    let message = catch(|| poll_once(&mut stream.cancel())).expect_err("cancel panics");
    assert!(message.contains("in a destructor"), "{message}");
    assert!(stream.is_terminated());
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(catch(|| drop(stream)), Ok(()));
    assert_eq!(log.events(), ["dropped"]);
}

/// The body's locals are dropped when it ends, inside the last `poll_next`; a panicking
/// destructor there comes out of that `poll_next`, after the teardown ran.
#[test]
fn a_panicking_destructor_at_the_natural_end_propagates_out_of_poll_next() {
    struct Bomb(Log);
    impl Drop for Bomb {
        fn drop(&mut self) {
            self.0.push("bomb dropped");
            panic!("{INJECTED} in a local's destructor");
        }
    }
    #[managed_stream]
    async fn holds_a_bomb(log: Log) -> u32 {
        let _bomb = Bomb(log.clone());
        teardown! { log.push("teardown"); }
        yield_!(1);
    }
    let log = Log::default();
    let mut stream = holds_a_bomb(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    let message = catch(|| poll_next(&mut stream)).expect_err("the last poll panics");
    assert!(message.contains("local's destructor"), "{message}");
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert!(stream.is_terminated());
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(catch(|| drop(stream)), Ok(()));
    assert_eq!(log.events(), ["teardown", "bomb dropped"]);
}

/// An item built after `close()` began is dropped undelivered (S3.2); its destructor
/// panics: the panic comes out of `close()`, which poisons the stream.
#[test]
fn a_panicking_undelivered_item_propagates_out_of_close() {
    #[derive(Debug)]
    struct Fragile(Log);
    impl Drop for Fragile {
        fn drop(&mut self) {
            self.0.push("item dropped");
            panic!("{INJECTED} in an item's destructor");
        }
    }
    #[managed_stream]
    async fn fragile_items(log: Log, step: Gate) -> Option<Fragile> {
        teardown! { log.push("teardown"); }
        yield_!(None);
        step.wait().await;
        yield_!(Some(Fragile(log.clone())));
    }
    let log = Log::default();
    let step = Gate::default();
    let mut stream = fragile_items(log.clone(), step.clone());
    assert!(matches!(poll_next(&mut stream), Poll::Ready(Some(None))));
    assert!(poll_next(&mut stream).is_pending());
    let mut close = stream.close();
    assert_eq!(poll_once(&mut close), Poll::Pending);
    step.open();
    let message = catch(|| poll_once(&mut close)).expect_err("close panics");
    drop(close);
    assert!(message.contains("item's destructor"), "{message}");
    assert!(stream.is_terminated());
    assert_eq!(catch(|| drop(stream)), Ok(()));
    assert_eq!(log.events(), ["item dropped"]);
}

// ---- no double panic --------------------------------------------------------------------

/// The consumer panics while it holds started streams in every state that the drop
/// check would complain about: each is dropped while the thread unwinds, and none may
/// panic again (that would abort the process, S4.2).
#[test]
fn a_consumer_panic_with_unfinished_streams_in_scope_does_not_abort() {
    #[managed_stream]
    async fn slow(log: Log, step: Gate, teardown_gate: Gate) -> u32 {
        teardown! {
            teardown_gate.wait().await;
            log.push("teardown");
        }
        yield_!(1);
        step.wait().await;
        yield_!(2);
    }
    let log = Log::default();
    let message = catch(|| {
        let mut at_yield = slow(log.clone(), Gate::default(), Gate::default());
        let mut mid_step = slow(log.clone(), Gate::default(), Gate::default());
        let mut mid_close = slow(log.clone(), Gate::default(), Gate::default());
        assert!(poll_next(&mut at_yield).is_ready());
        assert!(poll_next(&mut mid_step).is_ready());
        assert!(poll_next(&mut mid_step).is_pending());
        assert!(poll_next(&mut mid_close).is_ready());
        assert!(poll_once(&mut mid_close.close()).is_pending());
        panic!("{INJECTED} by the consumer");
    })
    .expect_err("the consumer panics");
    assert_eq!(message, format!("{INJECTED} by the consumer"));
    assert!(log.events().is_empty(), "{:?}", log.events());
}
