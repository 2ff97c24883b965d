//! S2.5 as revised: `teardown!` in any block of the body's own control flow, scoped to
//! the rest of its block like `defer`: per iteration in loops; `break`, `continue`,
//! labelled breaks, `break` with a value, `return;` and `?` leave through the teardowns
//! they cross; LIFO across blocks; close and cancel run them (S3.2, S3.3); a failing
//! teardown while the body goes on is the next `Err` item (S2.7).

mod support;

use std::task::Poll;

use futures::StreamExt;
use managed_stream::{managed_stream, teardown, yield_};
use support::{Gate, Log, block_on, panic_message, poll_next, poll_once};

/// Three iterations, each with its own teardown, inside an outer one.
#[managed_stream]
async fn per_iteration(log: Log) -> u32 {
    teardown! { log.push("outer"); }
    for n in 0..3 {
        log.push(format!("open {n}"));
        teardown! { log.push(format!("close {n}")); }
        yield_!(n);
    }
    log.push("after the loop");
}

#[test]
fn s2_5_a_teardown_in_a_loop_runs_at_the_end_of_every_iteration() {
    let log = Log::default();
    let items: Vec<u32> = block_on(per_iteration(log.clone()).collect());
    assert_eq!(items, [0, 1, 2]);
    assert_eq!(
        log.events(),
        [
            "open 0",
            "close 0",
            "open 1",
            "close 1",
            "open 2",
            "close 2",
            "after the loop",
            "outer"
        ]
    );
}

#[test]
fn s3_2_close_in_a_loop_runs_the_iteration_s_teardown_then_the_outer_one() {
    let log = Log::default();
    let mut stream = per_iteration(log.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    block_on(stream.close());
    assert_eq!(
        log.events(),
        ["open 0", "close 0", "open 1", "close 1", "outer"]
    );
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
}

/// `continue`, `break`, a labelled break out of two loops and `break` with a value,
/// each crossing teardowns.
#[managed_stream]
async fn ways_out(log: Log) -> u32 {
    teardown! { log.push("body"); }
    'rows: for row in 0..10 {
        teardown! { log.push(format!("row {row}")); }
        if row == 1 {
            continue;
        }
        for column in 0..10 {
            teardown! { log.push(format!("cell {row}.{column}")); }
            if column == 1 {
                break;
            }
            if row == 2 {
                break 'rows;
            }
            yield_!(row * 10 + column);
        }
    }
    let found = loop {
        teardown! { log.push("search"); }
        break 7;
    };
    yield_!(found);
}

#[test]
fn s2_5_break_continue_and_labelled_breaks_leave_through_the_teardowns_they_cross() {
    let log = Log::default();
    let items: Vec<u32> = block_on(ways_out(log.clone()).collect());
    assert_eq!(items, [0, 7]);
    assert_eq!(
        log.events(),
        [
            "cell 0.0", "cell 0.1", "row 0", // `break` out of the inner loop
            "row 1", // `continue`
            "cell 2.0", "row 2",  // `break 'rows` crosses both
            "search", // `break 7` out of `loop`
            "body",
        ]
    );
}

/// `return;` from two blocks deep.
#[managed_stream]
async fn returns_early(log: Log) -> u32 {
    teardown! { log.push("a"); }
    {
        teardown! { log.push("b"); }
        if log.count("a") == 0 {
            teardown! { log.push("c"); }
            yield_!(1);
            return;
        }
    }
    log.push("never");
    yield_!(2);
}

#[test]
fn s2_6_return_runs_the_teardowns_of_every_block_it_leaves_lifo() {
    let log = Log::default();
    let items: Vec<u32> = block_on(returns_early(log.clone()).collect());
    assert_eq!(items, [1]);
    assert_eq!(log.events(), ["c", "b", "a"]);
}

/// A teardown in one `if` arm and one `match` arm: only a reached one runs.
#[managed_stream]
async fn branches(log: Log, take_if: bool, choice: u8) -> u32 {
    if take_if {
        teardown! { log.push("if"); }
        yield_!(1);
    } else {
        yield_!(2);
    }
    match choice {
        0 => {
            teardown! { log.push("zero"); }
            yield_!(3);
        }
        _ => yield_!(4),
    }
}

#[test]
fn s2_5_a_teardown_in_an_arm_runs_only_when_that_arm_ran() {
    let log = Log::default();
    assert_eq!(
        block_on(branches(log.clone(), true, 1).collect::<Vec<_>>()),
        [1, 4]
    );
    assert_eq!(log.events(), ["if"]);
    let log = Log::default();
    assert_eq!(
        block_on(branches(log.clone(), false, 0).collect::<Vec<_>>()),
        [2, 3]
    );
    assert_eq!(log.events(), ["zero"]);
}

/// A block with a teardown that has a value.
#[managed_stream]
async fn valued_block(log: Log) -> u32 {
    let value = {
        teardown! { log.push("released"); }
        log.push("computing");
        40 + 2
    };
    yield_!(value);
}

#[test]
fn s2_5_a_guarded_block_keeps_its_value() {
    let log = Log::default();
    assert_eq!(
        block_on(valued_block(log.clone()).collect::<Vec<_>>()),
        [42]
    );
    assert_eq!(log.events(), ["computing", "released"]);
}

/// Waits on a gate inside a loop's guarded block.
#[managed_stream]
async fn waits_in_a_loop(log: Log, gate: Gate) -> u32 {
    teardown! { log.push("outer"); }
    let mut n = 0;
    loop {
        let iteration = n; // the teardown sees later writes to `n` (S2.5)
        teardown! { log.push(format!("iteration {iteration}")); }
        yield_!(n);
        {
            teardown! { log.push("wait"); }
            gate.wait().await;
        }
        n += 1;
    }
}

#[test]
fn s3_3_cancel_stops_an_await_in_a_nested_block_and_runs_its_teardowns() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = waits_in_a_loop(log.clone(), gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending, "waits on the gate");
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(
        gate.abandoned(),
        1,
        "the awaited future was dropped where it waited"
    );
    assert_eq!(log.events(), ["wait", "iteration 0", "outer"]);
}

#[test]
fn s3_2_close_lets_the_step_finish_then_runs_the_teardowns() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = waits_in_a_loop(log.clone(), gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    let mut close = stream.close();
    assert_eq!(poll_once(&mut close), Poll::Pending, "the step goes on");
    gate.open();
    assert_eq!(poll_once(&mut close), Poll::Ready(()));
    drop(close);
    assert_eq!(gate.abandoned(), 0);
    // The step ran on to the next `yield_!` (whose item is dropped), then left.
    assert_eq!(
        log.events(),
        ["wait", "iteration 0", "iteration 1", "outer"]
    );
}

/// Waits in a `tokio::select!` inside a guarded block.
#[managed_stream]
async fn selects(log: Log, gate: Gate) -> u32 {
    yield_!(0);
    teardown! { log.push("released"); }
    loop {
        tokio::select! {
            () = gate.wait() => yield_!(1),
            () = std::future::pending::<()>() => {}
        }
    }
}

#[test]
fn s3_3_cancel_stops_a_body_waiting_in_select() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = selects(log.clone(), gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(gate.abandoned(), 1);
    assert_eq!(log.events(), ["released"]);
}

/// `?` two blocks deep, and a teardown that fails in a loop while the body goes on.
#[managed_stream]
async fn fails(log: Log, fail_at: u32) -> Result<u32, String> {
    teardown! { log.push("outer"); }
    for n in 0..4 {
        teardown! {
            log.push(format!("iteration {n}"));
            if n == 1 {
                Err(format!("teardown {n} failed"))?;
            }
        }
        {
            teardown! { log.push("inner"); }
            if n == fail_at {
                Err(format!("failed at {n}"))?;
            }
        }
        yield_!(Ok(n));
    }
}

/// What `fails` logs over iterations 0 to 2: each inner block's teardown, then the
/// iteration's, then (as the body ends) the outer one.
const THREE_ITERATIONS: [&str; 7] = [
    "inner",
    "iteration 0",
    "inner",
    "iteration 1",
    "inner",
    "iteration 2",
    "outer",
];

#[test]
fn s2_7_a_question_mark_runs_the_teardowns_it_crosses_then_yields_the_error() {
    let log = Log::default();
    let items: Vec<_> = block_on(fails(log.clone(), 2).collect());
    assert_eq!(
        items,
        [
            Ok(0),
            Ok(1),
            Err("teardown 1 failed".to_string()), // at the end of iteration 1
            Err("failed at 2".to_string())
        ]
    );
    assert_eq!(log.events(), THREE_ITERATIONS);
}

#[test]
fn s2_7_a_teardown_failing_while_the_body_goes_on_is_the_next_item() {
    let log = Log::default();
    let mut stream = fails(log.clone(), 9);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(0))));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    assert_eq!(
        poll_next(&mut stream),
        Poll::Ready(Some(Err("teardown 1 failed".to_string()))),
        "the error of iteration 1's teardown, and the body goes on"
    );
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(2))));
    assert_eq!(block_on(stream.close()), Ok(()));
    assert_eq!(log.events(), THREE_ITERATIONS);
}

#[test]
fn s4_1_the_drop_check_knows_which_teardowns_are_registered() {
    let log = Log::default();
    let gate = Gate::default();
    // Registered: the loop's and the outer teardown.
    let mut stream = waits_in_a_loop(log.clone(), gate);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    let panicked = panic_message(move || drop(stream));
    assert_eq!(panicked.is_some(), cfg!(debug_assertions));

    // Nothing registered when the body waits between two guarded blocks.
    let mut stream = branches(log, false, 1);
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(2)));
    assert_eq!(panic_message(move || drop(stream)), None);
}

/// `continue` and `break` in `select!` arms cross the loop's teardown; awaits inside
/// other macros' expressions are lowered too.
#[managed_stream]
async fn select_in_a_loop(log: Log, gate: Gate) -> u32 {
    let mut round = 0;
    loop {
        let this = round;
        teardown! { log.push(format!("round {this}")); }
        round += 1;
        assert_eq!(
            std::future::ready(this).await,
            this,
            "an await inside assert_eq!"
        );
        tokio::select! {
            biased;
            () = std::future::ready(()), if this == 0 => continue,
            () = gate.wait(), if this == 1 => {}
            else => break,
        }
        yield_!(this);
    }
    log.push("after the loop");
}

#[test]
fn s2_5_ways_out_inside_select_arms_leave_through_the_teardowns() {
    let log = Log::default();
    let gate = Gate::default();
    gate.open();
    let items: Vec<u32> = block_on(select_in_a_loop(log.clone(), gate).collect());
    assert_eq!(items, [1]);
    assert_eq!(
        log.events(),
        ["round 0", "round 1", "round 2", "after the loop"],
        "continue in round 0, the gate in round 1, else => break in round 2"
    );
}

#[test]
fn s3_3_a_select_with_an_else_branch_is_a_cancellation_point() {
    // S3.3: `else` and `biased;` included; the select is dropped where it waits.
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = select_in_a_loop(log.clone(), gate.clone());
    assert_eq!(
        poll_next(&mut stream),
        Poll::Pending,
        "round 1 waits on the gate"
    );
    // Round 0 dropped its disabled branch's wait unpolled (tokio evaluates it anyway).
    let abandoned = gate.abandoned();
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(
        gate.abandoned(),
        abandoned + 1,
        "round 1's wait was dropped"
    );
    assert_eq!(log.events(), ["round 0", "round 1"]);
}

/// Values through guarded blocks: `break` with a value out of a labelled block, a
/// `let ... else` whose await is a cancellation point, an await in a `match` scrutinee
/// that borrows a local, and a lock guard held across a yield.
#[managed_stream]
async fn values_through_guards(log: Log, flag: bool) -> u32 {
    let lock = tokio::sync::Mutex::new(7u32);
    let picked = 'pick: {
        teardown! { log.push("pick"); }
        if flag {
            break 'pick 1;
        }
        2
    };
    yield_!(picked);
    {
        teardown! { log.push("inner"); }
        let Some(n) = std::future::ready(Some(picked * 10)).await else {
            return;
        };
        let doubled = match std::future::ready(&n).await {
            n if *n > 0 => n * 2,
            _ => 0,
        };
        let guard = lock.lock().await;
        yield_!(doubled + *guard);
    }
}

#[test]
fn s2_5_values_leave_guarded_blocks_with_their_types() {
    let log = Log::default();
    let items: Vec<u32> = block_on(values_through_guards(log.clone(), true).collect());
    assert_eq!(items, [1, 27]);
    assert_eq!(log.events(), ["pick", "inner"]);
    let log = Log::default();
    let items: Vec<u32> = block_on(values_through_guards(log.clone(), false).collect());
    assert_eq!(items, [2, 47]);
}
