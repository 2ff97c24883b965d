//! What the lowered body calls around its `teardown!` blocks (S2.5, S3.3).
//!
//! The macro lowers the whole body into one coroutine. A block with a `teardown!`
//! becomes: [`register`] the teardown, run the rest of the block as a labelled block
//! whose every way out (`break`, `continue`, `return`, `?`, a close at a `yield_!`, a
//! cancel at an await) is a `break` with an exit code, then run the teardown as a
//! [`Teardown`] future, then carry on with the exit. Inside such a block each `.await`
//! is a [`Cancellable`] (where `cancel()` stops the body), and so is each macro call
//! that may wait out of the macro's sight (`select!`, `join!`, any macro holding an
//! `.await`): it runs as a region, a [`Cancellable`] `async` block. As a teardown
//! finishes, [`cancelling`] says whether to leave at once. Nothing here is polled per
//! item: a `yield_!` costs the same however many teardowns are registered.

use core::future::{Future, IntoFuture};
use core::pin::Pin;
use core::task::{Context, Poll};

use pin_project_lite::pin_project;

use crate::lifecycle::handoff::{Signal, Yielder};
use crate::lifecycle::output::CloseResult;
use crate::lifecycle::teardown_cause;

/// Registers a reached `teardown!`: from here on the drop check expects it to run, and
/// a cancel runs it instead of dropping the body.
#[inline]
pub fn register<T, O: CloseResult>(yielder: Yielder<T, O>) {
    yielder.shared().register();
}

/// Records a try-mode `return value` or a body error (S2.7): its error, if any, is
/// queued for the consumer before the teardowns run.
#[inline]
pub fn record<T, O: CloseResult>(yielder: Yielder<T, O>, output: O) {
    if let Some(error) = output.into_error() {
        yielder.shared().fail();
        yielder.shared().push_error(error);
    }
}

/// Whether a close or cancel began: a teardown's error is then queued for `close()`
/// or `cancel()` to return, not handed out as an item (S2.7, S3.5).
#[inline]
pub fn closing<T, O: CloseResult>(yielder: Yielder<T, O>) -> bool {
    yielder.shared().signal() != Signal::Run
}

/// [`done`](crate::lifecycle::output::done) typed by the body's yielder, for bodies whose output type is not written
/// anywhere (`try_stream!`).
pub fn done_for<T, O: CloseResult>(_yielder: Yielder<T, O>) -> O {
    O::ok()
}

/// Records the error of a `?` failure (S2.7), converted with `From` as `?` would.
#[cold]
pub fn record_error<T, O, E>(yielder: Yielder<T, O>, error: E)
where
    O: CloseResult,
    O::Error: From<E>,
{
    yielder.shared().fail();
    yielder.shared().push_error(From::from(error));
}

/// What a `#[cfg]`-ed out `teardown!` reports: no failure, typed for the body.
#[inline]
pub fn no_failure<T, O: CloseResult>(_yielder: Yielder<T, O>) -> Option<O::Error> {
    None
}

pin_project! {
    /// A running `teardown!` block. It is never interrupted: nothing inside it is a
    /// cancellation point (S3.3). While it is polled, [`teardown_cause()`](crate::teardown_cause)
    /// says why it runs (S2.10). On completion the teardown is no longer registered;
    /// its output's error, if any, is returned for the lowered block to hand out
    /// (S2.7: yielded as an item when the body goes on, queued when it ends).
    #[must_use = "futures do nothing unless awaited"]
    pub struct Teardown<F, T, O: CloseResult> {
        yielder: Yielder<T, O>,
        #[pin]
        inner: F,
    }
}

impl<F, T, O: CloseResult> Teardown<F, T, O> {
    /// Wraps a teardown block. Naming the output fixes the type of the `async` block
    /// even where it diverges.
    #[inline]
    pub fn new(yielder: Yielder<T, O>, inner: F) -> Self
    where
        F: Future<Output = O>,
    {
        Self { yielder, inner }
    }
}

impl<F, T, O> Future for Teardown<F, T, O>
where
    F: Future<Output = O>,
    O: CloseResult,
{
    type Output = Option<O::Error>;

    // Never inlined into the body's coroutine: inlined, its thread-local access made
    // every resume of the body longer, the per-item path included (5 instructions per
    // item with one teardown, BENCHMARKS.md). A teardown is polled once or a few times.
    #[inline(never)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<O::Error>> {
        let this = self.project();
        let now = this.yielder.shared().teardown_cause();
        let restore = teardown_cause::answer(now);
        let output = core::task::ready!(this.inner.poll(cx));
        drop(restore);
        this.yielder.shared().unregister();
        Poll::Ready(output.into_error())
    }
}

pin_project! {
    /// An `.await` inside a block guarded by a teardown: a cancellation point (S3.3).
    /// Gives `None` once a cancel was asked for, so that the body leaves through its
    /// teardowns; the awaited future is then dropped where it waits.
    #[must_use = "futures do nothing unless awaited"]
    pub struct Cancellable<F, T, O: CloseResult> {
        yielder: Yielder<T, O>,
        #[pin]
        inner: F,
    }
}

impl<F: Future, T, O: CloseResult> Cancellable<F, T, O> {
    /// Wraps what an `.await` awaits.
    #[inline]
    pub fn new<I>(yielder: Yielder<T, O>, awaited: I) -> Self
    where
        I: IntoFuture<IntoFuture = F>,
    {
        Self {
            yielder,
            inner: awaited.into_future(),
        }
    }
}

impl<F: Future, T, O: CloseResult> Future for Cancellable<F, T, O> {
    type Output = Option<F::Output>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<F::Output>> {
        let this = self.project();
        if this.yielder.shared().signal() == Signal::Cancel {
            return Poll::Ready(None);
        }
        this.inner.poll(cx).map(Some)
    }
}

/// Whether a cancel was asked for. Checked as a teardown finishes: once a cancel began,
/// the body starts no new wait and leaves through the teardowns already registered
/// (S3.3), whatever way out the teardown's block took.
#[inline]
pub fn cancelling<T, O: CloseResult>(yielder: Yielder<T, O>) -> bool {
    yielder.shared().signal() == Signal::Cancel
}

/// A `teardown!` block ends in `()` (S2.5): a value it ends in (such as the `Result`
/// of `conn.close().await`) would be lost, and it cannot end the body's output either.
#[diagnostic::on_unimplemented(
    message = "a `teardown!` block must end in `()`, not in a value of type `{Self}`",
    label = "this value would be lost",
    note = "add a `;` after it to drop the value on purpose, or, to report its error, \
            pass it on with `?` in try mode (an item type `Result<T, E>`, S2.7)"
)]
pub trait TeardownEnd {}

impl TeardownEnd for () {}

/// A teardown may end in an expression that diverges (`process::exit(1)`), as a block
/// of plain code may. Not named in the error about a teardown's value.
#[diagnostic::do_not_recommend]
impl TeardownEnd for Never {}

/// The never type `!`, named on stable Rust through a fn pointer's return type.
type Never = <fn() -> ! as FnOutput>::Output;

/// The return type of a fn pointer (only to name [`Never`]).
trait FnOutput {
    /// The return type.
    type Output;
}

impl<T> FnOutput for fn() -> T {
    type Output = T;
}

/// The last expression of a `teardown!` block, checked to be `()` with an error that
/// says what to do.
#[inline(always)]
pub fn teardown_end<V: TeardownEnd>(_value: V) {}
