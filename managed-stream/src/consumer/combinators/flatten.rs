//! [`flatten`]: the items of each managed stream that a stream hands out, in turn (S3.7).

use core::fmt;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};
use pin_project_lite::pin_project;

use crate::consumer::managed_stream::SuppressedError;
use crate::consumer::managed_stream::{ManagedStream, Stop};
use crate::lifecycle::output::CloseResult;

use super::shared::{
    Errors, JoinCloseOutput, Joined, Phase, Side, end_one, first_of, next_from, second_of,
};

/// The items of each managed stream that `streams` hands out, one stream after the
/// other, as a managed stream (S3.7).
///
/// Each inner stream is read until it gives `None`, then closed (at once if it truly
/// ended, S3.9), before the next is taken.
/// `close()` and `cancel()` end the inner stream under way and `streams` itself; the
/// streams it would still have handed out are never made. `streams` must be a managed
/// stream: a plain one can be made one with
/// [`with_teardown`](crate::with_teardown)`(streams, async |_| {})`. To map items to
/// streams, flatten a `map`: `flatten(ids.map(|id| rows(id)))`.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStreamExt, combinators, managed_stream, teardown, yield_};
///
/// #[managed_stream]
/// async fn rows(page: u32) -> u32 {
///     teardown! { /* close the page's cursor */ }
///     yield_!(page * 10);
///     yield_!(page * 10 + 1);
/// }
///
/// /// A managed stream of managed streams.
/// #[managed_stream]
/// async fn pages() -> Rows {
///     for n in 1..=3 {
///         yield_!(rows(n));
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let mut all = combinators::flatten(pages());
/// assert_eq!((&mut all).take(3).collect::<Vec<_>>().await, [10, 11, 20]);
/// all.close().await; // closes page 2's rows, then `pages`
/// # });
/// ```
pub fn flatten<St>(streams: St) -> Flatten<St>
where
    St: ManagedStream,
    St::Item: ManagedStream,
    St::CloseOutput: JoinCloseOutput<<St::Item as ManagedStream>::CloseOutput>,
{
    Flatten {
        outer: streams,
        inner: None,
        inner_side: Side::Ended,
        outer_side: Side::Live,
        phase: Phase::Open,
        errors: Errors::new(),
    }
}

pin_project! {
    /// The managed stream returned by [`flatten`].
    ///
    /// ```
    /// use managed_stream::{ManagedStream, combinators::{self, Flatten}};
    ///
    /// fn all<St>(streams: St) -> Flatten<St>
    /// where
    ///     St: ManagedStream<CloseOutput = ()>,
    ///     St::Item: ManagedStream<CloseOutput = ()>,
    /// {
    ///     combinators::flatten(streams)
    /// }
    /// ```
    #[must_use = "a managed stream does nothing unless polled, and must be ended with \
                  `.close().await` or read to the end"]
    pub struct Flatten<St>
    where
        St: ManagedStream,
        St::Item: ManagedStream,
        St::CloseOutput: JoinCloseOutput<<St::Item as ManagedStream>::CloseOutput>,
    {
        #[pin]
        outer: St,
        // The inner stream under way; `None` once it ended.
        #[pin]
        inner: Option<St::Item>,
        inner_side: Side,
        outer_side: Side,
        phase: Phase,
        errors: Errors<Joined<St, St::Item>>,
    }
}

impl<St> Stream for Flatten<St>
where
    St: ManagedStream,
    St::Item: ManagedStream,
    St::CloseOutput: JoinCloseOutput<<St::Item as ManagedStream>::CloseOutput>,
{
    type Item = <St::Item as Stream>::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let mut this = self.project();
        if *this.phase != Phase::Open {
            return Poll::Ready(None);
        }
        loop {
            if let Some(inner) = this.inner.as_mut().as_pin_mut() {
                // S3.9: an inner stream that stops handing items out is closed
                // before it is dropped and the next one is taken.
                match next_from(
                    inner,
                    this.inner_side,
                    cx,
                    this.errors,
                    second_of::<St, St::Item>(),
                ) {
                    Poll::Ready(None) => this.inner.set(None),
                    polled => return polled,
                }
            }
            let outer = next_from(
                this.outer.as_mut(),
                this.outer_side,
                cx,
                this.errors,
                first_of::<St, St::Item>(),
            );
            match outer {
                Poll::Ready(Some(stream)) => {
                    this.inner.set(Some(stream));
                    *this.inner_side = Side::Live;
                }
                Poll::Ready(None) => {
                    *this.phase = Phase::Done;
                    return Poll::Ready(None);
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<St> FusedStream for Flatten<St>
where
    St: ManagedStream,
    St::Item: ManagedStream,
    St::CloseOutput: JoinCloseOutput<<St::Item as ManagedStream>::CloseOutput>,
{
    fn is_terminated(&self) -> bool {
        self.phase != Phase::Open
    }
}

impl<St> Flatten<St>
where
    St: ManagedStream,
    St::Item: ManagedStream,
    St::CloseOutput: JoinCloseOutput<<St::Item as ManagedStream>::CloseOutput>,
{
    fn poll_stop(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        how: Stop,
    ) -> Poll<Joined<St, St::Item>> {
        let mut this = self.project();
        if *this.phase == Phase::Done {
            return Poll::Ready(this.errors.take());
        }
        *this.phase = Phase::Stopping;
        let mut inner_ended = true;
        if let Some(inner) = this.inner.as_mut().as_pin_mut() {
            let entry = second_of::<St, St::Item>();
            inner_ended = end_one(inner, this.inner_side, how, cx, this.errors, entry);
            if inner_ended {
                this.inner.set(None);
            }
        }
        let outer_ended = end_one(
            this.outer,
            this.outer_side,
            how,
            cx,
            this.errors,
            first_of::<St, St::Item>(),
        );
        if !(inner_ended && outer_ended) {
            return Poll::Pending;
        }
        *this.phase = Phase::Done;
        Poll::Ready(this.errors.take())
    }
}

impl<St> ManagedStream for Flatten<St>
where
    St: ManagedStream,
    St::Item: ManagedStream,
    St::CloseOutput: JoinCloseOutput<<St::Item as ManagedStream>::CloseOutput>,
{
    type CloseOutput = Joined<St, St::Item>;

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        self.poll_stop(cx, Stop::Close)
    }

    fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::CloseOutput> {
        self.poll_stop(cx, Stop::Cancel)
    }

    fn drain_suppressed_errors(self: Pin<&mut Self>) -> Vec<SuppressedError<Self>>
    where
        Self::CloseOutput: CloseResult,
    {
        self.project().errors.take_suppressed()
    }
}

impl<St> fmt::Debug for Flatten<St>
where
    St: ManagedStream + fmt::Debug,
    St::Item: ManagedStream + fmt::Debug,
    St::CloseOutput: JoinCloseOutput<<St::Item as ManagedStream>::CloseOutput>,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Flatten")
            .field("outer", &self.outer)
            .field("inner", &self.inner)
            .field("phase", &self.phase)
            .finish_non_exhaustive()
    }
}
