//! [`chain`]: the items of one managed stream, then those of another (S3.7).

use core::fmt;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};
use pin_project_lite::pin_project;

use crate::consumer::managed_stream::SuppressedError;
use crate::consumer::managed_stream::{ManagedStream, Stop};
use crate::lifecycle::output::CloseResult;

use super::shared::{
    Errors, JoinCloseOutput, Joined, Phase, Side, end_both, first_of, next_from, second_of,
};

/// The items of `first`, then those of `second`, as a managed stream (S3.7).
///
/// `second` starts when `first` stopped handing items out and was closed (S3.9: a
/// `take(n)` gives `None` while the stream inside is still open). `close()` and
/// `cancel()` end both
/// (`second`, if never started, just marks itself closed: S3.2). `futures`' `chain`
/// keeps its streams out of reach, so it cannot be closed; use this one.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStreamExt, combinators, with_teardown};
///
/// # futures::executor::block_on(async {
/// let a = with_teardown(futures::stream::iter([1, 2]), async |_| {});
/// let b = with_teardown(futures::stream::iter([3, 4]), async |_| {});
/// let mut both = combinators::chain(a, b);
/// assert_eq!((&mut both).take(3).collect::<Vec<_>>().await, [1, 2, 3]);
/// both.close().await;
/// # });
/// ```
pub fn chain<A, B>(first: A, second: B) -> Chain<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    Chain {
        first,
        second,
        first_side: Side::Live,
        second_side: Side::Live,
        phase: Phase::Open,
        errors: Errors::new(),
    }
}

pin_project! {
    /// The managed stream returned by [`chain`].
    ///
    /// ```
    /// use managed_stream::{ManagedStream, combinators::{self, Chain}};
    ///
    /// fn both<A, B>(a: A, b: B) -> Chain<A, B>
    /// where
    ///     A: ManagedStream<CloseOutput = ()>,
    ///     B: ManagedStream<Item = A::Item, CloseOutput = ()>,
    /// {
    ///     combinators::chain(a, b)
    /// }
    /// ```
    #[must_use = "a managed stream does nothing unless polled, and must be ended with \
                  `.close().await` or read to the end"]
    pub struct Chain<A, B>
    where
        A: ManagedStream,
        B: ManagedStream,
        A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
    {
        #[pin]
        first: A,
        #[pin]
        second: B,
        first_side: Side,
        second_side: Side,
        phase: Phase,
        errors: Errors<Joined<A, B>>,
    }
}

impl<A, B> Stream for Chain<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    type Item = A::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<A::Item>> {
        let this = self.project();
        if *this.phase != Phase::Open {
            return Poll::Ready(None);
        }
        // S3.9: each stream is closed when it stops handing items out, before the
        // next one starts.
        let first = next_from(
            this.first,
            this.first_side,
            cx,
            this.errors,
            first_of::<A, B>(),
        );
        match first {
            Poll::Ready(None) => {}
            polled => return polled,
        }
        let second = next_from(
            this.second,
            this.second_side,
            cx,
            this.errors,
            second_of::<A, B>(),
        );
        if let Poll::Ready(None) = second {
            *this.phase = Phase::Done;
        }
        second
    }
}

impl<A, B> FusedStream for Chain<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn is_terminated(&self) -> bool {
        self.phase != Phase::Open
    }
}

impl<A, B> Chain<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn poll_stop(self: Pin<&mut Self>, cx: &mut Context<'_>, how: Stop) -> Poll<Joined<A, B>> {
        let this = self.project();
        end_both(
            this.first,
            this.first_side,
            this.second,
            this.second_side,
            this.phase,
            this.errors,
            how,
            cx,
        )
    }
}

impl<A, B> ManagedStream for Chain<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    type CloseOutput = Joined<A, B>;

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

impl<A, B> fmt::Debug for Chain<A, B>
where
    A: ManagedStream + fmt::Debug,
    B: ManagedStream + fmt::Debug,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Chain")
            .field("first", &self.first)
            .field("second", &self.second)
            .field("phase", &self.phase)
            .finish_non_exhaustive()
    }
}
