//! S4.7: a process that does not want the debug panic of the drop check turns it into
//! the S4.5 report alone, with `set_drop_check_panic(false)` or the environment variable
//! `MANAGED_STREAM_DROP_CHECK=report`. The default stays the panic.
//!
//! A call wins over the variable. The switch is process-wide: one test here flips it
//! (and restores it); the variable is tested in child processes that run this binary
//! again.

mod support;

use std::process::Command;

use futures::StreamExt;
use managed_stream::{
    DROP_CHECK_ENV, managed_stream, set_drop_check_panic, teardown, unclosed_drops, yield_,
};
use support::panic_message;

#[managed_stream]
async fn numbers() -> u32 {
    teardown! { /* say goodbye */ }
    yield_!(1);
    yield_!(2);
}

/// Drops a started stream before its teardown ran: its panic message, if any, and how
/// much `unclosed_drops()` moved.
fn drop_unclosed() -> (Option<String>, u64) {
    let before = unclosed_drops();
    let mut stream = numbers();
    assert_eq!(futures::executor::block_on(stream.next()), Some(1));
    let panicked = panic_message(move || drop(stream));
    (panicked, unclosed_drops() - before)
}

#[test]
fn s4_7_set_drop_check_panic_turns_the_panic_into_the_report() {
    if std::env::var_os(DROP_CHECK_ENV).is_none() {
        // The default: the panic, in debug builds (S4.1).
        let (panicked, counted) = drop_unclosed();
        assert_eq!(panicked.is_some(), cfg!(debug_assertions));
        assert_eq!(counted, 1);
    }

    set_drop_check_panic(false);
    let (panicked, counted) = drop_unclosed();
    set_drop_check_panic(true);
    assert_eq!(panicked, None, "the report alone");
    assert_eq!(counted, 1, "still reported (S4.5)");

    // Turned back on.
    let (panicked, counted) = drop_unclosed();
    assert_eq!(panicked.is_some(), cfg!(debug_assertions));
    assert_eq!(counted, 1);
}

const CHILD: &str = "s4_7_the_environment_variable_turns_the_panic_into_the_report";

#[test]
fn s4_7_the_environment_variable_turns_the_panic_into_the_report() {
    if std::env::var(DROP_CHECK_ENV).as_deref() == Ok("report") {
        // In the child: the variable is set, nothing called the switch.
        let (panicked, counted) = drop_unclosed();
        assert_eq!(panicked, None, "the report alone");
        assert_eq!(counted, 1, "still reported (S4.5)");
        println!("the child dropped a stream unclosed without a panic");
        return;
    }
    let child = Command::new(std::env::current_exe().unwrap())
        .args([CHILD, "--exact", "--nocapture", "--test-threads=1"])
        .env(DROP_CHECK_ENV, "report")
        .output()
        .expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&child.stdout);
    let stderr = String::from_utf8_lossy(&child.stderr);
    assert!(child.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("the child dropped a stream unclosed without a panic")
            && stdout.contains("1 passed"),
        "the child ran the check: {stdout}"
    );
}

const CALL_WINS_CHILD: &str = "s4_7_a_call_wins_over_the_environment_variable";
const CALL_WINS_MARKER: &str = "MANAGED_STREAM_TEST_CALL_WINS_CHILD";

/// S4.7: with `MANAGED_STREAM_DROP_CHECK=report` set, a process that calls
/// `set_drop_check_panic(true)` gets the panic back in debug builds ("a call wins over
/// the variable"), whether the call comes before or after the first unclosed drop read
/// the variable. Run in a child process (the switch is process-wide).
#[test]
fn s4_7_a_call_wins_over_the_environment_variable() {
    if std::env::var_os(CALL_WINS_MARKER).is_some() {
        let drop_one = || {
            let (panicked, counted) = drop_unclosed();
            (panicked.is_some(), counted)
        };
        // The variable is read at the first unclosed drop: the report alone.
        assert_eq!(drop_one(), (false, 1));
        set_drop_check_panic(true);
        assert_eq!(drop_one(), (cfg!(debug_assertions), 1), "the call wins");
        println!("the child checked the switch");
        return;
    }
    let child = Command::new(std::env::current_exe().unwrap())
        .args([
            CALL_WINS_CHILD,
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(DROP_CHECK_ENV, "report")
        .env(CALL_WINS_MARKER, "1")
        .output()
        .expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&child.stdout);
    let stderr = String::from_utf8_lossy(&child.stderr);
    assert!(child.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("the child checked the switch"), "{stdout}");
}
