//! Reporting measured times (printed, never asserted: the machine is shared).
//!
//! Each test includes it with `#[path = "support/measure.rs"] mod measure;`.
#![allow(dead_code)]

use std::time::Duration;

/// A duration in milliseconds, two decimals: `"1.25 ms"`.
///
/// ```ignore
/// eprintln!("closed after {}", millis(elapsed));
/// ```
pub fn millis(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

/// min / median / max of `times` (not empty).
///
/// ```ignore
/// eprintln!("teardown delays: {}", summary(delays));
/// ```
pub fn summary(mut times: Vec<Duration>) -> String {
    times.sort();
    let median = times[times.len() / 2];
    let (min, max) = (times[0], times[times.len() - 1]);
    format!(
        "min {} / median {} / max {}",
        millis(min),
        millis(median),
        millis(max)
    )
}
