//! Streams the consumer-side tests read (S3): `numbers` (counts up, logs its
//! teardown), `counting` (the same, and logs its start too), `stepped` (one item, then
//! waits on a `Gate` before each further one) and `TryRows`, a try-mode managed stream
//! written by hand (`Result` items, a close that can fail). Mounted with `#[path]`
//! beside `mod support;`; each test binary uses some of them.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::Stream;
use managed_stream::{ManagedStream, managed_stream, teardown, yield_};

use crate::support::{Gate, Log};

/// 0, 1, 2, ... with a logged teardown.
///
/// ```ignore
/// let mut stream = numbers(log.clone());
/// ```
#[managed_stream]
pub async fn numbers(log: Log) -> u32 {
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// 0, 1, 2, ...: logs `open` when it starts and `teardown` when it ends.
///
/// ```ignore
/// let mut stream = counting(log.clone());
/// ```
#[managed_stream]
pub async fn counting(log: Log) -> u32 {
    log.push("open");
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// Yields 0, then waits on `step` before each further item.
#[managed_stream]
pub async fn stepped(log: Log, step: Gate) -> u32 {
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
        step.wait().await;
        log.push(format!("step {n} done"));
    }
}

/// A try-mode managed stream written by hand: `Result` items, and a close that can
/// fail. Logs `close` / `cancel` the first time it is ended.
pub struct TryRows {
    rows: VecDeque<Result<u32, String>>,
    close_result: Option<Result<(), String>>,
    ended: bool,
    log: Log,
}

impl TryRows {
    pub fn new(rows: &[Result<u32, &str>], close_result: Result<(), &str>, log: &Log) -> Self {
        Self {
            rows: rows.iter().map(|row| row.map_err(str::to_string)).collect(),
            close_result: Some(close_result.map_err(str::to_string)),
            ended: false,
            log: log.clone(),
        }
    }

    fn end(&mut self, how: &str) -> Poll<Result<(), String>> {
        if self.ended {
            return Poll::Ready(Ok(()));
        }
        self.ended = true;
        self.log.push(how);
        Poll::Ready(self.close_result.take().unwrap_or(Ok(())))
    }
}

impl Stream for TryRows {
    type Item = Result<u32, String>;

    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.ended {
            return Poll::Ready(None);
        }
        Poll::Ready(self.rows.pop_front())
    }
}

impl ManagedStream for TryRows {
    type CloseOutput = Result<(), String>;

    fn poll_close(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), String>> {
        self.end("close")
    }

    fn poll_cancel(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), String>> {
        self.end("cancel")
    }
}
