//! S3.3 inside guarded blocks: every wait is a cancellation point, also the waits a
//! macro hides (`tokio::select!`, `tokio::join!`, `tokio::try_join!`,
//! `futures::select!`, `futures::join!`, with or without an `.await` or `yield_!` in
//! their tokens, with an `else` branch or `biased;`); what such a macro does without a
//! cancel is unchanged (a `select!` whose branches are all disabled still panics); no
//! branch handler starts after the cancel arrived; a cancel that arrives while a
//! teardown runs lets it finish, then the body leaves without polling any other future
//! (S3.3, last sentence). S2.5: macros in a guarded block see the user's tokens.
//!
//! A hang is a failure: every `cancel()` here is polled at most `POLL_BUDGET` times.

mod support;

use std::future::{Future, pending};
use std::task::Poll;

use futures::FutureExt;
use managed_stream::{ManagedStream, ManagedStreamExt, managed_stream, teardown, yield_};
use support::{Gate, Log, panic_message, poll_next, poll_once};

/// How many polls a `cancel()` gets before the test calls it a hang.
const POLL_BUDGET: usize = 100;

/// Polls `future` until it is ready; panics (a failure, not a hang) past the budget.
fn within_budget<F: Future + Unpin>(future: &mut F) -> F::Output {
    for _ in 0..POLL_BUDGET {
        if let Poll::Ready(output) = poll_once(future) {
            return output;
        }
    }
    panic!("still pending after {POLL_BUDGET} polls: the cancel waits for the body (S3.3)")
}

/// Starts `stream` (one item, then a step that waits) and cancels it within the budget.
fn cancel_while_waiting<S>(mut stream: S)
where
    S: ManagedStream<Item = u32, CloseOutput = ()> + Unpin,
{
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending, "the body waits");
    within_budget(&mut ManagedStreamExt::cancel(&mut stream));
}

/// A `tokio::select!` whose tokens hold no `.await` and no `yield_!`.
#[managed_stream]
async fn select_without_awaits(log: Log) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    let mut got = 0;
    tokio::select! {
        () = pending() => { got = 1; }
        () = pending() => {}
    }
    log.push(format!("got {got}"));
}

#[test]
fn s3_3_cancel_stops_a_tokio_select_without_awaits_in_its_tokens() {
    let log = Log::default();
    cancel_while_waiting(select_without_awaits(log.clone()));
    assert_eq!(log.events(), ["teardown"]);
}

/// `tokio::join!` of futures that never finish.
#[managed_stream]
async fn tokio_join(log: Log, gate: Gate) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    let ((), ()) = tokio::join!(gate.wait(), pending::<()>());
    log.push("joined");
}

#[test]
fn s3_3_cancel_stops_a_tokio_join() {
    let (log, gate) = (Log::default(), Gate::default());
    cancel_while_waiting(tokio_join(log.clone(), gate.clone()));
    assert_eq!(
        gate.abandoned(),
        1,
        "the joined wait was dropped where it waited"
    );
    assert_eq!(log.events(), ["teardown"]);
}

/// `tokio::try_join!`, as a statement.
#[managed_stream]
async fn tokio_try_join(log: Log) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    let joined = tokio::try_join!(pending::<Result<(), String>>(), async { Ok(()) });
    log.push(format!("joined {joined:?}"));
}

#[test]
fn s3_3_cancel_stops_a_tokio_try_join() {
    let log = Log::default();
    cancel_while_waiting(tokio_try_join(log.clone()));
    assert_eq!(log.events(), ["teardown"]);
}

/// `futures::select!` and `futures::join!`.
#[managed_stream]
async fn futures_macros(log: Log, join: bool) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    if join {
        futures::join!(pending::<()>(), async { log.push("second") });
    } else {
        futures::select! {
            () = pending::<()>().fuse() => log.push("first"),
            () = pending::<()>().fuse() => log.push("second"),
        }
    }
    log.push("after");
}

#[test]
fn s3_3_cancel_stops_a_futures_select_and_a_futures_join() {
    let log = Log::default();
    cancel_while_waiting(futures_macros(log.clone(), false));
    assert_eq!(log.events(), ["teardown"]);
    let log = Log::default();
    cancel_while_waiting(futures_macros(log.clone(), true));
    assert_eq!(log.events(), ["second", "teardown"]);
}

/// A `tokio::select!` with an `else` branch and a `yield_!` in a handler.
#[managed_stream]
async fn select_with_else(log: Log, gate: Gate) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    loop {
        tokio::select! {
            () = gate.wait() => { yield_!(1); }
            else => { log.push("else"); }
        }
    }
}

#[test]
fn s3_3_cancel_stops_a_select_with_an_else_branch() {
    let (log, gate) = (Log::default(), Gate::default());
    cancel_while_waiting(select_with_else(log.clone(), gate.clone()));
    assert_eq!(gate.abandoned(), 1);
    assert_eq!(log.events(), ["teardown"]);
}

/// A `biased;` select whose first branch becomes ready before the cancel arrives.
#[managed_stream]
async fn biased_select(log: Log, gate: Gate) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    tokio::select! {
        biased;
        () = gate.wait() => { log.push("handler"); }
        () = pending() => {}
    }
    log.push("after");
}

#[test]
fn s3_3_in_a_biased_select_a_cancel_wins_over_a_ready_branch() {
    let (log, gate) = (Log::default(), Gate::default());
    let mut stream = biased_select(log.clone(), gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    gate.open();
    within_budget(&mut ManagedStreamExt::cancel(&mut stream));
    assert_eq!(
        log.events(),
        ["teardown"],
        "no handler starts after the cancel"
    );
}

/// `select!`s whose branches are all disabled, or all terminated (an `.await` in a
/// handler, as the lowering sees it).
#[managed_stream]
async fn all_disabled(log: Log, tokio_select: bool) -> u32 {
    teardown! { log.push("teardown"); }
    if tokio_select {
        tokio::select! {
            () = pending() , if false => { log.push(format!("{}", answer().await)); }
            () = pending() , if false => {}
        }
    } else {
        let mut done = futures::future::Fuse::<std::future::Ready<()>>::terminated();
        futures::select! {
            () = done => { log.push(format!("{}", answer().await)); }
        }
    }
    yield_!(1);
}

#[test]
fn s3_3_a_select_whose_branches_are_all_disabled_still_panics() {
    let log = Log::default();
    let mut stream = all_disabled(log.clone(), true);
    let message = panic_message(|| {
        let _ = poll_next(&mut stream);
    })
    .expect("a panic, not a hang");
    assert!(message.contains("all branches are disabled"), "{message}");

    let mut stream = all_disabled(log.clone(), false);
    let message = panic_message(|| {
        let _ = poll_next(&mut stream);
    })
    .expect("a panic, not a hang");
    assert!(
        message.contains("all futures in select! were completed"),
        "{message}"
    );
}

/// Teardowns that wait, one per iteration.
#[managed_stream]
async fn waiting_teardowns(log: Log, gate: Gate) -> u32 {
    for i in 0..3 {
        teardown! {
            log.push(format!("teardown {i}"));
            gate.wait().await;
            log.push(format!("teardown {i} done"));
        }
        yield_!(i);
    }
}

#[test]
fn s3_3_a_cancel_during_a_teardown_lets_it_finish_then_leaves() {
    let (log, gate) = (Log::default(), Gate::default());
    let mut stream = waiting_teardowns(log.clone(), gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending, "waits in teardown 0");
    let mut cancel = ManagedStreamExt::cancel(&mut stream);
    assert_eq!(
        poll_once(&mut cancel),
        Poll::Pending,
        "the teardown is not interrupted"
    );
    gate.open();
    within_budget(&mut cancel);
    assert_eq!(log.events(), ["teardown 0", "teardown 0 done"]);
}

async fn answer() -> u32 {
    41
}

/// An `assert!` that awaits, below a `teardown!`.
#[managed_stream]
async fn asserts(log: Log) -> u32 {
    teardown! { log.push("teardown"); }
    assert!(answer().await == 42);
    yield_!(1);
}

#[test]
fn s2_5_an_assert_below_a_teardown_shows_the_user_s_tokens() {
    let log = Log::default();
    let mut stream = asserts(log.clone());
    let message = panic_message(|| {
        let _ = poll_next(&mut stream);
    })
    .expect("the assert fails");
    assert_eq!(message, "assertion failed: answer().await == 42");
}

/// The same `stringify!` above and below a `teardown!`.
#[managed_stream]
async fn strings(log: Log) -> &'static str {
    let above = stringify!(answer().await == 42);
    yield_!(above);
    teardown! { log.push("teardown"); }
    let below = stringify!(answer().await == 42);
    yield_!(below);
}

#[test]
fn s2_5_a_stringify_is_the_same_with_or_without_a_teardown_above_it() {
    let log = Log::default();
    let mut stream = strings(log.clone());
    let Poll::Ready(Some(above)) = poll_next(&mut stream) else {
        panic!("an item")
    };
    let Poll::Ready(Some(below)) = poll_next(&mut stream) else {
        panic!("an item")
    };
    assert_eq!(below, above);
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert_eq!(log.events(), ["teardown"]);
}

/// Ways out of a region: `break` with a value to a labelled loop outside the guarded
/// block, `continue`, and a close at a `yield_!` in a handler (S2.5, S3.2).
#[managed_stream]
async fn ways_out_of_a_region(log: Log, gate: Gate) -> u32 {
    teardown! { log.push("outer"); }
    let mut round = 0;
    let found = 'search: loop {
        round += 1;
        teardown! { log.push(format!("round {round}")); }
        tokio::select! {
            biased;
            () = std::future::ready(()), if round == 1 => continue,
            () = std::future::ready(()), if round == 2 => { yield_!(round); }
            () = std::future::ready(()), if round == 3 => break 'search round * 10,
            () = gate.wait() => {}
        }
        log.push(format!("after the select in round {round}"));
    };
    yield_!(found);
}

#[test]
fn s2_5_ways_out_of_a_region_leave_through_the_teardowns_they_cross() {
    let (log, gate) = (Log::default(), Gate::default());
    let items: Vec<u32> = futures::executor::block_on(futures::StreamExt::collect(
        ways_out_of_a_region(log.clone(), gate),
    ));
    assert_eq!(items, [2, 30]);
    assert_eq!(
        log.events(),
        [
            "round 1",
            "after the select in round 2",
            "round 2",
            "round 3",
            "outer"
        ]
    );
}

#[test]
fn s3_2_a_close_at_a_yield_in_a_region_leaves_through_the_teardowns() {
    let (log, gate) = (Log::default(), Gate::default());
    let mut stream = ways_out_of_a_region(log.clone(), gate);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(2)));
    within_budget(&mut ManagedStreamExt::close(&mut stream));
    assert_eq!(log.events(), ["round 1", "round 2", "outer"]);
}

/// A method whose region uses `self`.
struct Source {
    log: Log,
    gate: Gate,
}

impl Source {
    #[managed_stream]
    async fn waits(&self) -> u32 {
        yield_!(0);
        teardown! { self.log.push("teardown"); }
        tokio::select! {
            () = self.gate.wait() => self.log.push("opened"),
        }
    }
}

#[test]
fn s3_3_cancel_stops_a_method_s_select_that_uses_self() {
    let source = Source {
        log: Log::default(),
        gate: Gate::default(),
    };
    cancel_while_waiting(source.waits());
    assert_eq!(source.gate.abandoned(), 1);
    assert_eq!(source.log.events(), ["teardown"]);
}

/// The `biased;` race without `biased;`: tokio polls the branches in a random order,
/// and a cancel must win whatever the order (found by the generator of random bodies:
/// with a cancel branch among the others, the ready branch's handler ran in 5 of 6
/// runs).
#[managed_stream]
async fn fair_select(log: Log, gate: Gate) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    tokio::select! {
        () = pending() => {}
        () = gate.wait() => { log.push("handler"); }
        () = pending() => {}
    }
    log.push("after");
}

#[test]
fn s3_3_in_a_fair_select_a_cancel_wins_over_a_ready_branch_whatever_the_order() {
    for _ in 0..20 {
        let (log, gate) = (Log::default(), Gate::default());
        let mut stream = fair_select(log.clone(), gate.clone());
        assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
        assert_eq!(poll_next(&mut stream), Poll::Pending);
        gate.open();
        within_budget(&mut ManagedStreamExt::cancel(&mut stream));
        assert_eq!(
            log.events(),
            ["teardown"],
            "no handler starts after the cancel"
        );
    }
}
