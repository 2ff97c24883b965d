//! The batch program's fixture (copied into every generated crate as `src/rt.rs`):
//! the context a body logs into, the deterministic waits and conditions, and the
//! consumer that drives a stream with a no-op waker and a poll budget.

pub use futures::FutureExt;
pub use managed_stream::{ManagedStream, managed_stream, teardown, yield_};

use futures_core::Stream;
use std::fmt::Debug;
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

/// Polls a case may take before it counts as a hang.
const BUDGET: u32 = 5_000;

#[derive(Clone, Default)]
pub struct Ctx(Arc<Mutex<State>>);

#[derive(Default)]
struct State {
    log: Vec<String>,
    asked: std::collections::HashMap<u32, u32>,
}

impl Ctx {
    pub fn log(&self, e: impl Into<String>) {
        self.0.lock().unwrap().log.push(e.into());
    }

    fn take_log(&self) -> Vec<String> {
        std::mem::take(&mut self.0.lock().unwrap().log)
    }

    fn nth(&self, id: u32) -> u32 {
        let mut s = self.0.lock().unwrap();
        let n = s.asked.entry(id).or_insert(0);
        *n += 1;
        *n - 1
    }

    /// Bit `n % len` of `bits`, n = how often condition `id` was asked before.
    pub fn ch(&self, id: u32, bits: u32, len: u32) -> bool {
        (bits >> (self.nth(id) % len)) & 1 == 1
    }

    pub fn pick(&self, id: u32, off: u32, arms: u32) -> u32 {
        (self.nth(id) + off) % arms
    }

    pub fn opt(&self, id: u32, bits: u32, len: u32) -> Option<u32> {
        self.ch(id, bits, len).then_some(id)
    }

    pub fn check(&self, id: u32, bits: u32, len: u32) -> Result<(), u32> {
        if self.ch(id, bits, len) {
            Err(id)
        } else {
            Ok(())
        }
    }
}

/// Pending `k` times, then ready; logs `w{id}-` when done and `w{id}x` when dropped
/// before that.
pub struct W {
    ctx: Ctx,
    id: u32,
    left: u32,
    done: bool,
}

impl W {
    pub fn new(ctx: &Ctx, id: u32, k: u32) -> Self {
        W {
            ctx: ctx.clone(),
            id,
            left: k,
            done: false,
        }
    }
}

impl W {
    /// For `try_join!`: ready with `Ok(())`.
    pub fn ok(self) -> WithResult {
        WithResult { w: self, err: None }
    }

    /// For `try_join!`: ready with `Err(e)`.
    pub fn fail(self, e: u32) -> WithResult {
        WithResult {
            w: self,
            err: Some(e),
        }
    }
}

/// A wait that ends with a `Result`.
pub struct WithResult {
    w: W,
    err: Option<u32>,
}

impl Future for WithResult {
    type Output = Result<(), u32>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), u32>> {
        let err = self.err;
        Pin::new(&mut self.w)
            .poll(cx)
            .map(|()| err.map_or(Ok(()), Err))
    }
}

impl Future for W {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.done {
            panic!("w{} polled after it was done", self.id);
        }
        if self.left == 0 {
            self.done = true;
            self.ctx.log(format!("w{}-", self.id));
            Poll::Ready(())
        } else {
            self.left -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

impl Drop for W {
    fn drop(&mut self) {
        if !self.done {
            self.ctx.log(format!("w{}x", self.id));
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum End {
    Drain,
    Close { cancel: bool },
    Mid { polls: u32, cancel: bool },
    Drop { mid: Option<u32> },
}

#[derive(Clone, Copy, Debug)]
pub struct Consumer {
    take: u32,
    end: End,
}

impl Consumer {
    /// `drain`, `take 2 close`, `take 0 mid 3 cancel`.
    pub fn parse(s: &str) -> Consumer {
        let w: Vec<&str> = s.split_whitespace().collect();
        match w.as_slice() {
            ["drain"] => Consumer {
                take: 0,
                end: End::Drain,
            },
            ["take", n, "drop"] => Consumer {
                take: n.parse().unwrap(),
                end: End::Drop { mid: None },
            },
            ["take", n, "mid", j, "drop"] => Consumer {
                take: n.parse().unwrap(),
                end: End::Drop {
                    mid: Some(j.parse().unwrap()),
                },
            },
            ["take", n, verb] => Consumer {
                take: n.parse().unwrap(),
                end: End::Close {
                    cancel: *verb == "cancel",
                },
            },
            ["take", n, "mid", j, verb] => Consumer {
                take: n.parse().unwrap(),
                end: End::Mid {
                    polls: j.parse().unwrap(),
                    cancel: *verb == "cancel",
                },
            },
            _ => panic!("bad consumer {s:?}"),
        }
    }
}

/// What a close or cancel returned, as the log shows it.
pub trait ShowClose {
    fn show(&self, verb: &str) -> String;
}

impl ShowClose for () {
    fn show(&self, verb: &str) -> String {
        verb.to_string()
    }
}

impl ShowClose for Result<(), u32> {
    fn show(&self, verb: &str) -> String {
        match self {
            Ok(()) => format!("{verb}=Ok"),
            Err(e) => format!("{verb}=Err({e})"),
        }
    }
}

struct Hang;

struct Driver<'a, S> {
    ctx: &'a Ctx,
    stream: S,
    polls: u32,
}

impl<S> Driver<'_, S>
where
    S: Stream + ManagedStream + Unpin,
    S::Item: Debug,
    S::CloseOutput: ShowClose,
{
    fn cx() -> Context<'static> {
        Context::from_waker(Waker::noop())
    }

    fn count(&mut self) -> Result<(), Hang> {
        self.polls += 1;
        if self.polls > BUDGET {
            Err(Hang)
        } else {
            Ok(())
        }
    }

    /// One poll of `next()`; logs an item or the end.
    fn poll_once(&mut self) -> Result<Poll<bool>, Hang> {
        self.count()?;
        Ok(
            match Pin::new(&mut self.stream).poll_next(&mut Self::cx()) {
                Poll::Ready(Some(v)) => {
                    self.ctx.log(format!("item {v:?}"));
                    Poll::Ready(true)
                }
                Poll::Ready(None) => {
                    self.ctx.log("end");
                    Poll::Ready(false)
                }
                Poll::Pending => Poll::Pending,
            },
        )
    }

    /// `next()` to an item (true) or the end (false).
    fn next(&mut self) -> Result<bool, Hang> {
        loop {
            if let Poll::Ready(more) = self.poll_once()? {
                return Ok(more);
            }
        }
    }

    fn end(&mut self, cancel: bool) -> Result<(), Hang> {
        let out = loop {
            self.count()?;
            let stream = Pin::new(&mut self.stream);
            let poll = if cancel {
                stream.poll_cancel(&mut Self::cx())
            } else {
                stream.poll_close(&mut Self::cx())
            };
            if let Poll::Ready(out) = poll {
                break out;
            }
        };
        self.ctx
            .log(out.show(if cancel { "cancel" } else { "close" }));
        // S3.5: nothing after a close began.
        if let Poll::Ready(Some(v)) = Pin::new(&mut self.stream).poll_next(&mut Self::cx()) {
            self.ctx.log(format!("item-after-end {v:?}"));
        }
        Ok(())
    }

    fn run(&mut self, c: Consumer) -> Result<(), Hang> {
        let (cancel, mid) = match c.end {
            End::Drain => {
                while self.next()? {}
                return Ok(());
            }
            End::Close { cancel } => (Some(cancel), None),
            End::Mid { polls, cancel } => (Some(cancel), Some(polls)),
            End::Drop { mid } => (None, mid),
        };
        let mut open = true;
        for _ in 0..c.take {
            open = self.next()?;
            if !open {
                break;
            }
        }
        if let (true, Some(polls)) = (open, mid) {
            let mut pendings = 0;
            while pendings < polls {
                match self.poll_once()? {
                    Poll::Ready(_) => break,
                    Poll::Pending => pendings += 1,
                }
            }
            if pendings == polls {
                self.ctx.log("gaveup");
            }
        }
        match cancel {
            Some(cancel) => self.end(cancel),
            None => {
                // `drive` drops the stream next.
                self.ctx.log("drop");
                Ok(())
            }
        }
    }
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_default()
        .replace(['\n', ';'], " ")
}

/// Drives `stream` as `consumer` says; returns the log (the body's events and the
/// consumer's, interleaved as they happened).
pub fn drive<S>(ctx: &Ctx, stream: S, consumer: &Consumer) -> Vec<String>
where
    S: Stream + ManagedStream + Unpin,
    S::Item: Debug,
    S::CloseOutput: ShowClose,
{
    let mut driver = Driver {
        ctx,
        stream,
        polls: 0,
    };
    match catch_unwind(AssertUnwindSafe(|| driver.run(*consumer))) {
        Ok(Ok(())) => {
            if let Err(p) = catch_unwind(AssertUnwindSafe(move || drop(driver))) {
                let text = panic_text(p);
                if text.contains("was dropped before its teardown ran") {
                    ctx.log("droppanic");
                } else {
                    ctx.log(format!("PANIC at drop: {text}"));
                }
            }
        }
        Ok(Err(Hang)) => {
            ctx.log("HANG");
            std::mem::forget(driver);
        }
        Err(p) => {
            let text = panic_text(p);
            if text == "all branches are disabled and there is no else branch" {
                ctx.log("PANIC");
            } else {
                ctx.log(format!("PANIC: {text}"));
            }
            // S5.1: poisoned, `next()` gives `None`, a drop is silent.
            let after = catch_unwind(AssertUnwindSafe(|| {
                Pin::new(&mut driver.stream).poll_next(&mut Context::from_waker(Waker::noop()))
            }));
            match after {
                Ok(Poll::Ready(None)) => ctx.log("poisoned"),
                Ok(Poll::Ready(Some(v))) => ctx.log(format!("item-after-panic {v:?}")),
                Ok(Poll::Pending) => ctx.log("pending-after-panic"),
                Err(p) => ctx.log(format!("PANIC again: {}", panic_text(p))),
            }
            if catch_unwind(AssertUnwindSafe(move || drop(driver))).is_err() {
                ctx.log("droppanic");
            }
        }
    }
    ctx.take_log()
}
