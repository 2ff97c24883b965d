//! Random schedules (issue 4): bodies with 0 to 4 teardowns whose steps finish at once,
//! later or never, with `return;` and `?` at random points, against consumers that take
//! some items, drop `next()` futures mid-step, close, cancel, give up on a `close()`
//! and cancel, drop `close()`/`cancel()` futures part-way and call again, read to the
//! end, or just drop the stream. `scripted::run` lists the invariants checked on every
//! case.
//!
//! Each property runs `MANAGED_STREAM_CASES` cases (default 10,000; 20,000 in all) and
//! prints what they covered (`cargo test --test prop_schedules -- --nocapture`). A
//! failing case is shrunk, printed, and its seed saved in
//! `tests/prop_schedules.regressions`, which later runs replay first; cases run on a
//! hand-made waker, with no runtime, so they replay exactly.

mod scripted;

use scripted::{Act, Case, Finish, Plan, Step, TeardownPlan, check_property, plan, run};

const CASES: u32 = 10_000;

/// Plain mode: items are `Item`, `close()` returns `()`.
#[test]
fn plain_schedules() {
    check_property("plain_schedules", file!(), plan(false, false), false, CASES);
}

/// Try mode: `?` in the body and in teardowns; errors come out as the last items or
/// from `close()`/`cancel()`.
#[test]
fn try_schedules() {
    check_property("try_schedules", file!(), plan(true, false), false, CASES);
}

/// The drop check is a debug-build feature: `run` expects its panic exactly when
/// `debug_assertions` is on (S4.1, S4.3). This pins one case of each kind.
#[test]
fn drop_check_expectation_follows_the_build() {
    let case = |finish| Case {
        plan: Plan {
            try_mode: false,
            segments: vec![vec![], vec![Step::Yield]],
            teardowns: vec![TeardownPlan {
                yield_now: false,
                wait: None,
                fail: false,
                panic: None,
            }],
            salt: 0,
        },
        acts: vec![Act::Next],
        finish,
    };
    // Started, teardown reached, dropped: panics iff `cfg!(debug_assertions)`.
    run(&case(Finish::Drop), false);
    // Closed first: silent in every build.
    run(&case(Finish::Close), false);
}
