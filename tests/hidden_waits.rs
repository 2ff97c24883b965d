//! S3.3 inside guarded blocks: every wait is a cancellation point, also the waits a
//! macro hides (`tokio::select!`, `tokio::join!`, `tokio::try_join!`,
//! `futures::select!`, `futures::join!`, with or without an `.await` or `yield_!` in
//! their tokens, with an `else` branch or `biased;`); what such a macro does without a
//! cancel is unchanged (a `select!` whose branches are all disabled still panics); no
//! branch handler starts after the cancel arrived; a cancel that arrives while a
//! teardown runs lets it finish, then the body leaves without polling any other future
//! (S3.3, last sentence). S2.5: macros in a guarded block see the user's tokens.
//!
//! Then the shapes a hostile review of the lowering added (S2.5, S2.7, S3.2, S3.3): a
//! `select!` nested in a `join!`, a `try_join!` that fails, a `biased;` select with an
//! `else` branch and a `yield_!` in a handler, `teardown!` in `let ... else`, in `match`
//! arms and in labelled loops, a `return` inside a guarded region, a cancel that arrives
//! while a `join!` is half done, awaits in every expression position. Expected logs are
//! written from the SPEC's try/finally semantics.
//!
//! A hang is a failure: every `close()`/`cancel()` here is polled at most `POLL_BUDGET`
//! times.

mod support;

use std::future::{Future, pending};
use std::task::Poll;

use futures::{FutureExt, StreamExt};
use managed_stream::{ManagedStream, ManagedStreamExt, managed_stream, teardown, yield_};
use support::{Gate, Log, block_on, panic_message, poll_next, poll_once};

/// How many polls a `cancel()` gets before the test calls it a hang.
const POLL_BUDGET: usize = 100;

/// Polls `future` until it is ready; panics (a failure, not a hang) past the budget.
fn within_budget<F: Future + Unpin>(future: &mut F) -> F::Output {
    for _ in 0..POLL_BUDGET {
        if let Poll::Ready(output) = poll_once(future) {
            return output;
        }
    }
    panic!("still pending after {POLL_BUDGET} polls: the end waits for the body (S3.3)")
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

// ---- S3.3: hidden waits, nested ----------------------------------------------------

/// A `tokio::select!` (no `.await` in its tokens) inside a `tokio::join!`.
#[managed_stream]
async fn select_in_join(log: Log, gate: Gate) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    let (picked, ()) = tokio::join!(
        async {
            tokio::select! {
                () = gate.wait() => { log.push("handler"); 1 }
                () = pending::<()>() => 2,
            }
        },
        async {
            log.push("second started");
            pending::<()>().await
        },
    );
    log.push(format!("joined {picked}"));
}

#[test]
fn s3_3_cancel_stops_a_select_nested_in_a_join() {
    let (log, gate) = (Log::default(), Gate::default());
    let mut stream = select_in_join(log.clone(), gate.clone());
    cancel_while_waiting(&mut stream);
    assert_eq!(gate.abandoned(), 1, "the inner select's wait was dropped");
    assert_eq!(log.events(), ["second started", "teardown"]);
    drop(stream);
}

#[test]
fn s3_3_no_handler_of_a_nested_select_starts_after_the_cancel() {
    let (log, gate) = (Log::default(), Gate::default());
    let mut stream = select_in_join(log.clone(), gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    gate.open(); // ready when the cancel arrives
    within_budget(&mut ManagedStreamExt::cancel(&mut stream));
    assert_eq!(log.events(), ["second started", "teardown"]);
}

/// A `join!` half done when the cancel arrives: the done half's effects stay, the other
/// half is dropped where it waits, and nothing of the join is polled after the cancel.
#[managed_stream]
async fn half_joined(log: Log, a: Gate, b: Gate) -> u32 {
    yield_!(0);
    teardown! { log.push("teardown"); }
    let ((), ()) = tokio::join!(
        async {
            a.wait().await;
            log.push("a done");
        },
        async {
            b.wait().await;
            log.push("b done");
        },
    );
    log.push("joined");
}

#[test]
fn s3_3_a_cancel_while_a_join_is_half_done_drops_the_other_half() {
    let (log, a, b) = (Log::default(), Gate::default(), Gate::default());
    let mut stream = half_joined(log.clone(), a.clone(), b.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    a.open();
    assert_eq!(poll_next(&mut stream), Poll::Pending, "b still waits");
    within_budget(&mut ManagedStreamExt::cancel(&mut stream));
    assert_eq!(b.abandoned(), 1);
    assert_eq!(log.events(), ["a done", "teardown"]);
}

#[test]
fn s3_3_a_wait_that_became_ready_is_not_polled_after_the_cancel_arrived() {
    let (log, a, b) = (Log::default(), Gate::default(), Gate::default());
    let mut stream = half_joined(log.clone(), a.clone(), b.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    a.open(); // woken, but the next poll is the cancel's
    within_budget(&mut ManagedStreamExt::cancel(&mut stream));
    assert_eq!(
        log.events(),
        ["teardown"],
        "S3.3: nothing new after a cancel"
    );
}

/// Try mode: a `tokio::try_join!` whose first future fails, with `?` on it.
#[managed_stream]
async fn try_join_fails(log: Log) -> Result<u32, String> {
    teardown! { log.push("teardown"); }
    yield_!(Ok(0));
    let ((), ()) = tokio::try_join!(async { Err::<(), String>("boom".to_string()) }, async {
        log.push("other polled");
        pending::<Result<(), String>>().await
    })?;
    log.push("after");
}

#[test]
fn s2_7_a_failing_try_join_with_a_question_mark_ends_through_the_teardowns() {
    let log = Log::default();
    let items = block_on(try_join_fails(log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [Ok(0), Err("boom".to_string())]);
    let events = log.events();
    assert_eq!(
        events.last().map(String::as_str),
        Some("teardown"),
        "{events:?}"
    );
    assert_eq!(log.count("teardown"), 1);
    assert_eq!(log.count("after"), 0);
}

// ---- S3.3: `biased;` + `else` + a `yield_!` in a handler ------------------------------

#[managed_stream]
async fn biased_else_yield(log: Log, gate: Gate, enabled: bool) -> u32 {
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        tokio::select! {
            biased;
            () = gate.wait(), if enabled => {
                yield_!(n);
                n += 1;
                if n == 3 {
                    break;
                }
            }
            () = pending::<()>(), if enabled => {}
            else => {
                log.push("else");
                break;
            }
        }
    }
    log.push("done");
}

#[test]
fn s3_3_a_biased_select_with_else_still_takes_the_else_without_a_cancel() {
    let log = Log::default();
    let items =
        block_on(biased_else_yield(log.clone(), Gate::default(), false).collect::<Vec<_>>());
    assert!(items.is_empty());
    assert_eq!(log.events(), ["else", "done", "teardown"]);
}

#[test]
fn s3_3_a_biased_select_with_else_yields_from_its_handler_to_the_end() {
    let (log, gate) = (Log::default(), Gate::default());
    gate.open();
    let items = block_on(biased_else_yield(log.clone(), gate, true).collect::<Vec<_>>());
    assert_eq!(items, [0, 1, 2]);
    assert_eq!(log.events(), ["done", "teardown"]);
}

#[test]
fn s3_2_a_close_at_a_yield_in_a_select_handler_leaves_through_the_teardown() {
    let (log, gate) = (Log::default(), Gate::default());
    gate.open();
    let mut stream = biased_else_yield(log.clone(), gate, true);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    within_budget(&mut ManagedStreamExt::close(&mut stream));
    assert_eq!(log.events(), ["teardown"]);
    assert_eq!(poll_next(&mut stream), Poll::Ready(None), "S3.5");
}

#[test]
fn s3_3_cancel_stops_a_biased_select_with_else_where_it_waits() {
    let (log, gate) = (Log::default(), Gate::default());
    let mut stream = biased_else_yield(log.clone(), gate.clone(), true);
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    gate.open(); // ready, and first in a biased select: the cancel still wins
    within_budget(&mut ManagedStreamExt::cancel(&mut stream));
    assert_eq!(log.events(), ["teardown"]);
}

// ---- S2.5: teardown! in let-else, match arms, labelled loops, return ----------------

#[managed_stream]
async fn arms(log: Log, opts: Vec<Option<u32>>) -> u32 {
    teardown! { log.push("outer"); }
    'outer: for (i, opt) in opts.into_iter().enumerate() {
        let i = i as u32;
        match i % 3 {
            0 => {
                teardown! { log.push(format!("arm0 {i}")); }
                yield_!(i);
                continue 'outer;
            }
            1 => {
                let Some(x) = opt else {
                    teardown! { log.push(format!("else {i}")); }
                    yield_!(100 + i);
                    break 'outer;
                };
                yield_!(x);
            }
            _ => 'inner: loop {
                teardown! { log.push(format!("inner {i}")); }
                if i > 4 {
                    break 'outer;
                }
                break 'inner;
            },
        }
        log.push(format!("end {i}"));
    }
    log.push("after");
}

#[test]
fn s2_5_teardowns_in_let_else_match_arms_and_labelled_loops_read_to_the_end() {
    let log = Log::default();
    let opts = vec![None, Some(7), None, None, None, None];
    let items = block_on(arms(log.clone(), opts).collect::<Vec<_>>());
    assert_eq!(items, [0, 7, 3, 104]);
    assert_eq!(
        log.events(),
        [
            "arm0 0", "end 1", "inner 2", "end 2", "arm0 3", "else 4", "after", "outer"
        ]
    );

    let log = Log::default();
    let opts = vec![None, Some(7), None, None, Some(9), None];
    let items = block_on(arms(log.clone(), opts).collect::<Vec<_>>());
    assert_eq!(items, [0, 7, 3, 9]);
    assert_eq!(
        log.events(),
        [
            "arm0 0", "end 1", "inner 2", "end 2", "arm0 3", "end 4", "inner 5", "after", "outer"
        ]
    );
}

#[test]
fn s3_2_closes_at_each_yield_of_the_arms_leave_through_the_reached_teardowns() {
    let opts = vec![None, Some(7), None, None, None, None];
    let expected: [&[&str]; 4] = [
        &["arm0 0", "outer"],
        &["arm0 0", "outer"],
        &["arm0 0", "end 1", "inner 2", "end 2", "arm0 3", "outer"],
        &[
            "arm0 0", "end 1", "inner 2", "end 2", "arm0 3", "else 4", "outer",
        ],
    ];
    for (read, expected) in (1..=4).zip(expected) {
        let log = Log::default();
        let mut stream = arms(log.clone(), opts.clone());
        for _ in 0..read {
            assert!(matches!(poll_next(&mut stream), Poll::Ready(Some(_))));
        }
        within_budget(&mut ManagedStreamExt::close(&mut stream));
        assert_eq!(log.events(), expected, "closed after {read} items");
    }
}

#[managed_stream]
async fn returns(log: Log, gate: Gate, at: u32) -> u32 {
    teardown! { log.push("outer"); }
    for i in 0..3 {
        teardown! { log.push(format!("inner {i}")); }
        gate.wait().await;
        if i == at {
            return;
        }
        yield_!(i);
    }
    log.push("after");
}

#[test]
fn s2_5_a_return_inside_a_region_leaves_through_the_teardowns_it_crosses() {
    let (log, gate) = (Log::default(), Gate::default());
    gate.open();
    let items = block_on(returns(log.clone(), gate, 1).collect::<Vec<_>>());
    assert_eq!(items, [0]);
    assert_eq!(log.events(), ["inner 0", "inner 1", "outer"]);
}

#[test]
fn s3_3_cancel_at_a_wait_before_a_return_runs_both_teardowns_once() {
    let (log, gate) = (Log::default(), Gate::default());
    let mut stream = returns(log.clone(), gate.clone(), 0);
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    gate.open();
    within_budget(&mut ManagedStreamExt::cancel(&mut stream));
    assert_eq!(log.events(), ["inner 0", "outer"]);
}

// ---- S3.3: teardown blocks are never interrupted, also their hidden waits ------------

/// A teardown whose goodbye is a `tokio::select!` (and a `join!`) over a gate, below an
/// outer teardown: the lowering's cancel branch must not reach inside a teardown.
#[managed_stream]
async fn select_in_teardown(log: Log, bye: Gate, source: Gate) -> u32 {
    teardown! { log.push("outer"); }
    teardown! {
        tokio::select! {
            () = bye.wait() => log.push("goodbye sent"),
            () = pending::<()>() => log.push("never"),
        }
        let ((), ()) = tokio::join!(bye.wait(), async {});
        log.push("goodbye done");
    }
    yield_!(0);
    source.wait().await;
    log.push("after");
}

#[test]
fn s3_3_a_cancel_does_not_interrupt_a_select_inside_a_teardown() {
    let (log, bye, source) = (Log::default(), Gate::default(), Gate::default());
    let mut stream = select_in_teardown(log.clone(), bye.clone(), source.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    let mut cancel = ManagedStreamExt::cancel(&mut stream);
    assert_eq!(
        poll_once(&mut cancel),
        Poll::Pending,
        "the teardown waits in its select!"
    );
    assert_eq!(
        poll_once(&mut cancel),
        Poll::Pending,
        "still: never interrupted"
    );
    bye.open();
    within_budget(&mut cancel);
    assert_eq!(source.abandoned(), 1, "the body's wait was dropped");
    assert_eq!(log.events(), ["goodbye sent", "goodbye done", "outer"]);
}

/// `break` with a value out of a loop that waits, inside a guarded region.
#[managed_stream]
async fn break_value(log: Log, gate: Gate) -> u32 {
    teardown! { log.push("teardown"); }
    let mut n = 0;
    let found = loop {
        gate.wait().await;
        n += 1;
        if n == 3 {
            break n * 10;
        }
        yield_!(n);
    };
    yield_!(found);
    log.push("after");
}

#[test]
fn s2_5_a_break_with_a_value_out_of_a_waiting_loop_in_a_region() {
    let (log, gate) = (Log::default(), Gate::default());
    gate.open();
    let items = block_on(break_value(log.clone(), gate).collect::<Vec<_>>());
    assert_eq!(items, [1, 2, 30]);
    assert_eq!(log.events(), ["after", "teardown"]);
}

// ---- S2.7 / S2.5: `?` and a labelled `continue` inside select! handlers ---------------

async fn fetch(n: u32) -> Result<u32, String> {
    if n == 2 {
        Err(format!("fetch {n} failed"))
    } else {
        Ok(n)
    }
}

#[managed_stream]
async fn handlers(log: Log, gate: Gate) -> Result<u32, String> {
    teardown! { log.push("outer"); }
    'next: for n in 0..4 {
        teardown! { log.push(format!("iteration {n}")); }
        tokio::select! {
            biased;
            () = gate.wait() => {
                if n == 0 {
                    continue 'next;
                }
                let got = fetch(n).await?;
                yield_!(Ok(got));
            }
            () = pending::<()>() => {}
        }
        log.push(format!("end {n}"));
    }
    log.push("after");
}

#[test]
fn s2_7_a_question_mark_in_a_select_handler_leaves_through_every_teardown() {
    let (log, gate) = (Log::default(), Gate::default());
    gate.open();
    let items = block_on(handlers(log.clone(), gate).collect::<Vec<_>>());
    assert_eq!(items, [Ok(1), Err("fetch 2 failed".to_string())]);
    assert_eq!(
        log.events(),
        [
            "iteration 0",
            "end 1",
            "iteration 1",
            "iteration 2",
            "outer"
        ]
    );
}

#[test]
fn s3_3_a_cancel_at_the_yield_of_a_select_handler_runs_the_reached_teardowns() {
    let (log, gate) = (Log::default(), Gate::default());
    gate.open();
    let mut stream = handlers(log.clone(), gate);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    assert_eq!(
        within_budget(&mut ManagedStreamExt::cancel(&mut stream)),
        Ok(())
    );
    assert_eq!(log.events(), ["iteration 0", "iteration 1", "outer"]);
}

// ---- S3.3: awaits in every expression position of a guarded region -----------------

/// `gate`'s wait, then `then`.
async fn ready_at(gate: &Gate, then: u32) -> u32 {
    gate.wait().await;
    then
}

struct Pair {
    a: u32,
    b: u32,
}

/// How many awaits `positions` has, one per gate.
const POSITIONS: usize = 10;

/// An `.await` in a match guard, an index, an array, a struct field, a `while`
/// condition, a `for` iterator, a cast, a closure call's argument, a method receiver,
/// and a `format!` argument, all below a `teardown!`. Each logs once it passed.
#[managed_stream]
async fn positions(log: Log, gates: Vec<Gate>) -> u32 {
    teardown! { log.push("teardown"); }
    let v = [10u32, 20, 30];
    let mut total = 0;
    match 5u32 {
        n if ready_at(&gates[0], n).await > 1 => total += n,
        _ => {}
    }
    log.push("guard");
    total += v[ready_at(&gates[1], 1).await as usize];
    log.push("index");
    let array = [ready_at(&gates[2], 1).await, 2];
    log.push("array");
    let pair = Pair {
        a: ready_at(&gates[3], 3).await,
        b: 4,
    };
    log.push("field");
    while ready_at(&gates[4], 0).await > 0 {}
    log.push("while");
    for _ in 0..ready_at(&gates[5], 1).await {
        total += 1;
    }
    log.push("for");
    let cast = ready_at(&gates[6], 7).await as u64;
    log.push("cast");
    let add_one = |x: u32| x + 1;
    let called = add_one(ready_at(&gates[7], 1).await);
    log.push("call");
    let squared = ready_at(&gates[8], 2).await.pow(2);
    log.push("receiver");
    log.push(format!("formatted {}", ready_at(&gates[9], 1).await));
    yield_!(total + array[0] + array[1] + pair.a + pair.b + cast as u32 + called + squared);
}

const POSITION_LOGS: [&str; POSITIONS] = [
    "guard",
    "index",
    "array",
    "field",
    "while",
    "for",
    "cast",
    "call",
    "receiver",
    "formatted 1",
];

#[test]
fn s2_5_awaits_in_every_expression_position_read_to_the_end() {
    let log = Log::default();
    let gates: Vec<Gate> = (0..POSITIONS).map(|_| Gate::default()).collect();
    gates.iter().for_each(Gate::open);
    let items = block_on(positions(log.clone(), gates).collect::<Vec<_>>());
    // 5 + 20 + 1 (for) + 1 + 2 + 3 + 4 + 7 + 2 + 4
    assert_eq!(items, [49]);
    let mut expected: Vec<&str> = POSITION_LOGS.to_vec();
    expected.push("teardown");
    assert_eq!(log.events(), expected);
}

#[test]
fn s3_3_a_cancel_at_an_await_in_any_expression_position_stops_there() {
    for at in 0..POSITIONS {
        let log = Log::default();
        let gates: Vec<Gate> = (0..POSITIONS).map(|_| Gate::default()).collect();
        for (k, gate) in gates.iter().enumerate() {
            if k != at {
                gate.open();
            }
        }
        let mut stream = positions(log.clone(), gates.clone());
        assert_eq!(poll_next(&mut stream), Poll::Pending, "waits at {at}");
        within_budget(&mut ManagedStreamExt::cancel(&mut stream));
        assert_eq!(
            gates[at].abandoned(),
            1,
            "the wait at {at} was dropped there"
        );
        let mut expected: Vec<&str> = POSITION_LOGS[..at].to_vec();
        expected.push("teardown");
        assert_eq!(log.events(), expected, "cancelled at {at}");
        assert_eq!(poll_next(&mut stream), Poll::Ready(None), "S3.5");
    }
}
