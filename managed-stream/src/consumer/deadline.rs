//! [`close_within`] (feature `tokio`): close gracefully within a deadline, cancel
//! after it.

use core::time::Duration;

use crate::consumer::ext::ManagedStreamExt;
use crate::consumer::managed_stream::ManagedStream;

/// How [`close_within`] ended the stream, with what closing returned (`()`, or
/// `Result<(), E>` in try mode).
///
/// ```
/// use managed_stream::Ending;
///
/// let ending: Ending<Result<(), &str>> = Ending::Cancelled(Ok(()));
/// assert!(ending.was_cancelled());
/// assert_eq!(ending.into_output(), Ok(()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[must_use = "it says whether the stream had to be cancelled and, in try mode, holds a teardown's error"]
pub enum Ending<O> {
    /// `close()` finished within the deadline.
    Closed(O),
    /// `close()` did not finish in time; `cancel()` took over from where it was and
    /// finished.
    Cancelled(O),
}

impl<O> Ending<O> {
    /// What closing or cancelling returned.
    ///
    /// ```
    /// # use managed_stream::Ending;
    /// assert_eq!(Ending::Closed(()).into_output(), ());
    /// ```
    pub fn into_output(self) -> O {
        match self {
            Self::Closed(output) | Self::Cancelled(output) => output,
        }
    }

    /// Whether the deadline passed and the stream was cancelled.
    ///
    /// ```
    /// # use managed_stream::Ending;
    /// assert!(!Ending::Closed(()).was_cancelled());
    /// ```
    pub fn was_cancelled(&self) -> bool {
        matches!(self, Self::Cancelled(_))
    }
}

/// Closes the stream gracefully if that finishes within `deadline`; otherwise cancels
/// it (S3.3's typical use, in one call). Available with the `tokio` feature.
///
/// The graceful close is given `deadline` (a step under way may finish; the
/// teardowns may start). When it passes, the close future is dropped, which keeps its
/// progress (S3.4), and `cancel()` takes over: it stops the body where it waits and
/// runs the teardowns that are left. Teardowns are never interrupted, so the cancel
/// itself has no deadline: a teardown that hangs still hangs.
///
/// Needs a Tokio runtime with the time driver enabled, as `tokio::time::timeout` does.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{Ending, close_within, managed_stream, teardown, yield_};
/// use std::time::Duration;
///
/// #[managed_stream]
/// async fn ticks() -> u32 {
///     teardown! { println!("goodbye"); }
///     yield_!(1);
///     // A step that never finishes: a graceful close would wait for it forever.
///     std::future::pending::<()>().await;
///     yield_!(2);
/// }
///
/// #[tokio::main(flavor = "current_thread")]
/// async fn main() {
///     let mut ticks = ticks();
///     assert_eq!(ticks.next().await, Some(1));
///     // The consumer gives up waiting for the next tick...
///     let _ = tokio::time::timeout(Duration::from_millis(1), ticks.next()).await;
///     // ...and ends the stream: the close cannot finish the step, so it is cancelled.
///     let ending = close_within(&mut ticks, Duration::from_millis(10)).await;
///     assert_eq!(ending, Ending::Cancelled(()));
/// }
/// ```
pub async fn close_within<S>(stream: &mut S, deadline: Duration) -> Ending<S::CloseOutput>
where
    S: ManagedStream + Unpin + ?Sized,
{
    match tokio::time::timeout(deadline, stream.close()).await {
        Ok(output) => Ending::Closed(output),
        Err(_elapsed) => Ending::Cancelled(stream.cancel().await),
    }
}
