//! The consumer's side: the [`ManagedStream`] trait, and the [`Close`] and [`Cancel`]
//! futures that [`ManagedStreamExt`] and every generated type hand out.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::Stream;

/// A stream with an explicit end: it must be read to the end, closed or cancelled
/// before it is dropped.
///
/// Every `#[managed_stream]` type implements it. Generic code ends what it is given
/// with [`ManagedStreamExt::close`] or [`ManagedStreamExt::cancel`].
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
}

/// `close()` and `cancel()` for every [`ManagedStream`] that is `Unpin`.
///
/// ```
/// use managed_stream::{managed_stream, yield_, ManagedStreamExt};
///
/// #[managed_stream]
/// async fn ones() -> u8 {
///     loop {
///         yield_!(1);
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let mut stream = ones();
/// assert_eq!(futures::StreamExt::next(&mut stream).await, Some(1));
/// ManagedStreamExt::close(&mut stream).await;
/// # });
/// ```
pub trait ManagedStreamExt: ManagedStream {
    /// Ends the stream gracefully; see [`ManagedStream::poll_close`]. Dropping the
    /// future keeps the progress made; calling again continues (S3.4).
    fn close(&mut self) -> Close<'_, Self>
    where
        Self: Unpin,
    {
        Close { stream: self }
    }

    /// Ends the stream promptly; see [`ManagedStream::poll_cancel`]. Dropping the
    /// future keeps the progress made; calling again continues (S3.4).
    fn cancel(&mut self) -> Cancel<'_, Self>
    where
        Self: Unpin,
    {
        Cancel { stream: self }
    }
}

impl<S: ManagedStream + ?Sized> ManagedStreamExt for S {}

/// Future of [`ManagedStreamExt::close`]: ends the stream gracefully.
#[must_use = "futures do nothing unless awaited: the stream is not closed yet"]
#[derive(Debug)]
pub struct Close<'a, S: ?Sized> {
    stream: &'a mut S,
}

impl<'a, S: ?Sized> Close<'a, S> {
    /// The future that closes `stream`.
    pub fn new(stream: &'a mut S) -> Self {
        Self { stream }
    }
}

impl<S: ManagedStream + Unpin + ?Sized> Future for Close<'_, S> {
    type Output = S::CloseOutput;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        Pin::new(&mut *self.stream).poll_close(cx)
    }
}

/// Future of [`ManagedStreamExt::cancel`]: ends the stream promptly.
#[must_use = "futures do nothing unless awaited: the stream is not cancelled yet"]
#[derive(Debug)]
pub struct Cancel<'a, S: ?Sized> {
    stream: &'a mut S,
}

impl<'a, S: ?Sized> Cancel<'a, S> {
    /// The future that cancels `stream`.
    pub fn new(stream: &'a mut S) -> Self {
        Self { stream }
    }
}

impl<S: ManagedStream + Unpin + ?Sized> Future for Cancel<'_, S> {
    type Output = S::CloseOutput;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        Pin::new(&mut *self.stream).poll_cancel(cx)
    }
}
