//! The [`ManagedStream`] trait, at the bottom of the consumer's side: every wrapper and
//! combinator implements it and nothing here imports them (S3.1). Also what ending one
//! needs everywhere: the error type of its suppressed errors, and [`Stop`].

use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::Stream;

use crate::lifecycle::output::CloseResult;

/// A stream with an explicit end: it must be read to the end, closed or cancelled
/// before it is dropped.
///
/// Every `#[managed_stream]` type implements it. Generic code ends what it is given
/// with [`ManagedStreamExt::close`](crate::ManagedStreamExt::close) or [`ManagedStreamExt::cancel`](crate::ManagedStreamExt::cancel).
///
/// ```
/// use managed_stream::{ManagedStream, ManagedStreamExt};
///
/// async fn first<S>(mut stream: S) -> Option<S::Item>
/// where
///     S: ManagedStream<CloseOutput = ()> + Unpin,
/// {
///     let item = futures::StreamExt::next(&mut stream).await;
///     stream.close().await;
///     item
/// }
/// ```
pub trait ManagedStream: Stream {
    /// What ending the stream reports: `()`, or `Result<(), E>` for a try-mode stream
    /// whose teardown failed.
    type CloseOutput;

    /// Ends the stream gracefully (S3.2): a step under way runs on to its next
    /// `yield_!` (that item is dropped), then the reached teardowns run.
    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput>;

    /// Ends the stream promptly (S3.3): the body is stopped where it waits, then the
    /// reached teardowns run; they are never interrupted.
    fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput>;

    /// The errors that the last `close()` or `cancel()` met after the one it returned,
    /// in the order they happened; drained (S3.10). Empty outside try mode.
    ///
    /// A generated stream keeps the teardown errors after the first (S2.7); a wrapper
    /// over several streams keeps the close errors of all of them after the first,
    /// each stream's own suppressed errors after its error. The default has none: a
    /// stream that cannot meet more than one error keeps it. Call it through
    /// [`ManagedStreamExt::take_suppressed_errors`](crate::ManagedStreamExt::take_suppressed_errors).
    ///
    /// ```
    /// use managed_stream::{ManagedStream, with_teardown};
    ///
    /// let mut plain = with_teardown(futures::stream::iter([1]), async |_| {});
    /// assert!(std::pin::Pin::new(&mut plain).drain_suppressed_errors().is_empty());
    /// ```
    fn drain_suppressed_errors(
        self: Pin<&mut Self>,
    ) -> Vec<<Self::CloseOutput as CloseResult>::Error>
    where
        Self::CloseOutput: CloseResult,
    {
        Vec::new()
    }
}

/// The error type that [`ManagedStream::drain_suppressed_errors`] of `S` hands out.
pub(crate) type SuppressedError<S> = <<S as ManagedStream>::CloseOutput as CloseResult>::Error;

/// Which ending the consumer asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stop {
    Close,
    Cancel,
}

impl Stop {
    /// Ends `stream` this way: its `poll_close` or `poll_cancel`.
    pub(crate) fn poll<S: ManagedStream + ?Sized>(
        self,
        stream: Pin<&mut S>,
        cx: &mut Context<'_>,
    ) -> Poll<S::CloseOutput> {
        match self {
            Self::Close => stream.poll_close(cx),
            Self::Cancel => stream.poll_cancel(cx),
        }
    }
}
