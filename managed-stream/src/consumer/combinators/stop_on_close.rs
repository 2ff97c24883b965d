//! [`StopOnClose`]: nothing handed out once a close began, for a chain of adapters (S3.5).

use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};
use pin_project_lite::pin_project;

use crate::consumer::managed_stream::ManagedStream;
use crate::consumer::managed_stream::SuppressedError;
use crate::lifecycle::output::CloseResult;

pin_project! {
    /// A managed stream that hands out nothing once a close or cancel began, whatever
    /// the adapters inside it still hold (S3.5 for the whole chain); made by
    /// [`ManagedStreamExt::stop_on_close`](crate::ManagedStreamExt::stop_on_close).
    ///
    /// `close()` and `cancel()` reach the stream inside as they would without it. What
    /// the adapters hold (a future under way in `then` or `buffered`, a peeked item) is
    /// never handed out after that, and is dropped with this stream.
    ///
    /// ```
    /// use futures::StreamExt;
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    ///
    /// # #[cfg(feature = "futures")]
    /// # futures::executor::block_on(async {
    /// let numbers = with_teardown(futures::stream::iter(1..=3), async |_| {});
    /// // `then` over an `async` closure is not `Unpin`: pin it to read it.
    /// let mut slow = std::pin::pin!(numbers.then(async |n| n + 1).stop_on_close());
    /// assert_eq!(slow.next().await, Some(2));
    /// slow.close().await;
    /// assert_eq!(slow.next().await, None);
    /// # });
    /// ```
    #[must_use = "a managed stream does nothing unless polled, and must be ended with \
                  `.close().await` or read to the end"]
    #[derive(Debug)]
    pub struct StopOnClose<S> {
        #[pin]
        stream: S,
        stopping: bool,
    }
}

impl<S> StopOnClose<S> {
    pub(crate) fn new(stream: S) -> Self {
        Self {
            stream,
            stopping: false,
        }
    }

    /// The stream inside.
    ///
    /// ```
    /// use managed_stream::ManagedStreamExt;
    ///
    /// let numbers = managed_stream::with_teardown(futures::stream::iter([1]), async |_| {});
    /// let numbers = numbers.stop_on_close();
    /// assert!(format!("{:?}", numbers.get_ref()).contains("WithTeardown"));
    /// # drop(numbers);
    /// ```
    pub fn get_ref(&self) -> &S {
        &self.stream
    }
}

impl<S: Stream> Stream for StopOnClose<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let this = self.project();
        if *this.stopping {
            return Poll::Ready(None);
        }
        this.stream.poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.stopping {
            (0, Some(0))
        } else {
            self.stream.size_hint()
        }
    }
}

impl<S: FusedStream> FusedStream for StopOnClose<S> {
    fn is_terminated(&self) -> bool {
        self.stopping || self.stream.is_terminated()
    }
}

impl<S: ManagedStream> ManagedStream for StopOnClose<S> {
    type CloseOutput = S::CloseOutput;

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        let this = self.project();
        *this.stopping = true;
        this.stream.poll_close(cx)
    }

    fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        let this = self.project();
        *this.stopping = true;
        this.stream.poll_cancel(cx)
    }

    fn drain_suppressed_errors(self: Pin<&mut Self>) -> Vec<SuppressedError<Self>>
    where
        Self::CloseOutput: CloseResult,
    {
        self.project().stream.drain_suppressed_errors()
    }
}
