//! Why a teardown runs (S2.10): [`teardown_cause()`] answers inside a `teardown!` block.
//!
//! The answer travels through a thread-local that [`Teardown`](crate::lifecycle::guard::Teardown)
//! sets while it polls the teardown's block and restores after, so nested streams
//! (a teardown that closes a stream whose own teardowns ask) each see their own.

use core::cell::Cell;

/// Why the stream's body is leaving a `teardown!`'s block (S2.10).
///
/// A teardown that holds another managed stream uses it to end that stream the same
/// way: [`cancel()`](crate::ManagedStreamExt::cancel) when the outer stream is being
/// cancelled, so that a cancel stays prompt through layers, and
/// [`close()`](crate::ManagedStreamExt::close) otherwise.
///
/// ```
/// use managed_stream::{ManagedStreamExt, TeardownCause, stream, teardown, teardown_cause, yield_};
///
/// # futures::executor::block_on(async {
/// let inner = stream! { yield_!(1u8); };
/// let mut outer = stream! {
///     let mut inner = inner;
///     teardown! {
///         if teardown_cause() == Some(TeardownCause::Cancel) {
///             inner.cancel().await;
///         } else {
///             inner.close().await;
///         }
///     }
///     yield_!(0u8);
/// };
/// # use futures::StreamExt;
/// assert_eq!(outer.next().await, Some(0));
/// outer.cancel().await; // the teardown cancels `inner`
/// # });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TeardownCause {
    /// The block ended by itself: it ran off its end, or left by `break`, `continue`
    /// or `return` (S2.5). In a loop body, each iteration ends this way.
    BlockEnd,
    /// A `?` failure (or a failing teardown) ends the body (S2.7).
    Failed,
    /// The consumer called `close()` (S3.2).
    Close,
    /// The consumer called `cancel()` (S3.3): end what the teardown holds promptly.
    Cancel,
}

impl TeardownCause {
    /// Whether the stream is being cancelled: a teardown then cancels the managed
    /// streams it holds instead of closing them (S2.10).
    ///
    /// ```
    /// use managed_stream::TeardownCause;
    /// assert!(TeardownCause::Cancel.is_cancel());
    /// assert!(!TeardownCause::Close.is_cancel());
    /// ```
    pub fn is_cancel(self) -> bool {
        self == TeardownCause::Cancel
    }
}

std::thread_local! {
    static CURRENT: Cell<Option<TeardownCause>> = const { Cell::new(None) };
}

/// Why the teardown that calls it runs (S2.10); `None` outside a `teardown!` block.
///
/// The answer is current: a teardown that began at its block's end and is still
/// running when the consumer calls `cancel()` sees [`TeardownCause::Cancel`] from then on.
///
/// ```
/// use managed_stream::{TeardownCause, teardown_cause};
/// assert_eq!(teardown_cause(), None); // not in a teardown
/// # let _: Option<TeardownCause> = teardown_cause();
/// ```
pub fn teardown_cause() -> Option<TeardownCause> {
    CURRENT.with(Cell::get)
}

/// Runs `poll` with [`teardown_cause()`] answering `now`, and restores the outer answer after,
/// also when `poll` unwinds.
pub(crate) fn answering<R>(now: TeardownCause, poll: impl FnOnce() -> R) -> R {
    let _restore = answer(now);
    poll()
}

/// Makes [`teardown_cause()`] answer `now` until the returned guard is dropped (also by
/// an unwind), which restores the outer answer. Not generic: a `Teardown` future calls
/// it around its inner poll without a closure of its own (compile time, issue 20).
#[inline]
pub(crate) fn answer(now: TeardownCause) -> Restore {
    Restore(CURRENT.with(|current| current.replace(Some(now))))
}

/// Restores the outer answer of [`teardown_cause()`] when dropped.
pub(crate) struct Restore(Option<TeardownCause>);

impl Drop for Restore {
    fn drop(&mut self) {
        CURRENT.with(|current| current.set(self.0));
    }
}
