//! Shared test harness: exact schedules with a no-op waker, a `Gate` future the test
//! opens by hand, a `Log` of events, and items that record being dropped. Submodules:
//! `runtime` (Tokio runtimes, bounded waits) and `unclosed` (the process-wide S4.5
//! count, held by one test at a time).
#![allow(dead_code)]

pub mod runtime;
pub mod unclosed;

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::{Pin, pin};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use futures::Stream;

/// An ordered record of what happened, shared between a stream and its test.
#[derive(Clone, Default, Debug)]
pub struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    pub fn push(&self, event: impl Into<String>) {
        self.0.lock().unwrap().push(event.into());
    }

    pub fn events(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }

    pub fn count(&self, event: &str) -> usize {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter(|e| *e == event)
            .count()
    }
}

/// Polls a stream once with a no-op waker.
pub fn poll_next<S: Stream + Unpin>(stream: &mut S) -> Poll<Option<S::Item>> {
    Pin::new(stream).poll_next(&mut Context::from_waker(Waker::noop()))
}

/// Polls a future once with a no-op waker.
pub fn poll_once<F: Future + Unpin>(future: &mut F) -> Poll<F::Output> {
    Pin::new(future).poll(&mut Context::from_waker(Waker::noop()))
}

/// Polls a future (not `Unpin`) once, then drops it: a `next()` or `close()` future
/// abandoned part-way, as a `select!` or a timeout does.
pub fn poll_once_then_drop<F: Future>(future: F) -> Poll<F::Output> {
    let future = pin!(future);
    future.poll(&mut Context::from_waker(Waker::noop()))
}

/// A future that stays pending until the test opens the gate.
#[derive(Clone, Default)]
pub struct Gate(Arc<Mutex<GateState>>);

#[derive(Default)]
struct GateState {
    open: bool,
    waker: Option<Waker>,
    /// Waits dropped before the gate opened (a cancel stopped them).
    abandoned: usize,
}

impl Gate {
    pub fn open(&self) {
        let mut state = self.0.lock().unwrap();
        state.open = true;
        if let Some(waker) = state.waker.take() {
            waker.wake();
        }
    }

    pub fn abandoned(&self) -> usize {
        self.0.lock().unwrap().abandoned
    }

    /// Waits until the gate is open.
    pub fn wait(&self) -> GateWait {
        GateWait {
            gate: self.clone(),
            done: false,
        }
    }
}

pub struct GateWait {
    gate: Gate,
    done: bool,
}

impl Future for GateWait {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.gate.0.lock().unwrap();
        if state.open {
            drop(state);
            self.done = true;
            Poll::Ready(())
        } else {
            state.waker = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

impl Drop for GateWait {
    fn drop(&mut self) {
        if !self.done {
            self.gate.0.lock().unwrap().abandoned += 1;
        }
    }
}

/// An item that logs `dropped <n>` when dropped.
#[derive(Debug)]
pub struct Tracked {
    pub n: u32,
    log: Log,
}

impl Tracked {
    pub fn new(n: u32, log: &Log) -> Self {
        Self {
            n,
            log: log.clone(),
        }
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.log.push(format!("dropped {}", self.n));
    }
}

/// Runs `f` and returns its panic message, if it panicked.
pub fn panic_message(f: impl FnOnce()) -> Option<String> {
    let result = catch_unwind(AssertUnwindSafe(f));
    result.err().map(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

/// Runs a future to completion on a current-thread runtime (tests that need timers).
pub fn block_on<F: Future>(future: F) -> F::Output {
    futures::executor::block_on(future)
}
