//! [`select`]: the items of two managed streams as they come (S3.7).

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

/// The items of `a` and `b` as they come, taking turns when both have one, as a
/// managed stream (S3.7). A stream that stops handing items out is closed then (S3.9)
/// while the other goes on; it ends when both ended. `close()` and `cancel()` end both.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStreamExt, combinators, with_teardown};
///
/// # futures::executor::block_on(async {
/// let a = with_teardown(futures::stream::iter([1, 3]), async |_| {});
/// let b = with_teardown(futures::stream::iter([2, 4]), async |_| {});
/// let mut both = combinators::select(a, b);
/// assert_eq!(both.next().await, Some(1));
/// assert_eq!(both.next().await, Some(2));
/// both.close().await;
/// # });
/// ```
pub fn select<A, B>(a: A, b: B) -> Select<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    Select {
        a,
        b,
        a_side: Side::Live,
        b_side: Side::Live,
        b_first: false,
        phase: Phase::Open,
        errors: Errors::new(),
    }
}

pin_project! {
    /// The managed stream returned by [`select`].
    ///
    /// ```
    /// use managed_stream::{ManagedStream, combinators::{self, Select}};
    ///
    /// fn merged<A, B>(a: A, b: B) -> Select<A, B>
    /// where
    ///     A: ManagedStream<CloseOutput = ()>,
    ///     B: ManagedStream<Item = A::Item, CloseOutput = ()>,
    /// {
    ///     combinators::select(a, b)
    /// }
    /// ```
    #[must_use = "a managed stream does nothing unless polled, and must be ended with \
                  `.close().await` or read to the end"]
    pub struct Select<A, B>
    where
        A: ManagedStream,
        B: ManagedStream,
        A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
    {
        #[pin]
        a: A,
        #[pin]
        b: B,
        a_side: Side,
        b_side: Side,
        // Whose turn it is to be polled first.
        b_first: bool,
        phase: Phase,
        errors: Errors<Joined<A, B>>,
    }
}

impl<A, B> Stream for Select<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    type Item = A::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<A::Item>> {
        let mut this = self.project();
        if *this.phase != Phase::Open {
            return Poll::Ready(None);
        }
        let b_first = *this.b_first;
        *this.b_first = !b_first;
        for b_turn in [b_first, !b_first] {
            // S3.9: a side that stops handing items out is closed; the other goes on.
            let polled = if b_turn {
                next_from(
                    this.b.as_mut(),
                    this.b_side,
                    cx,
                    this.errors,
                    second_of::<A, B>(),
                )
            } else {
                next_from(
                    this.a.as_mut(),
                    this.a_side,
                    cx,
                    this.errors,
                    first_of::<A, B>(),
                )
            };
            if let Poll::Ready(Some(item)) = polled {
                return Poll::Ready(Some(item));
            }
        }
        if *this.a_side == Side::Ended && *this.b_side == Side::Ended {
            *this.phase = Phase::Done;
            return Poll::Ready(None);
        }
        Poll::Pending
    }
}

impl<A, B> FusedStream for Select<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn is_terminated(&self) -> bool {
        self.phase != Phase::Open
    }
}

impl<A, B> Select<A, B>
where
    A: ManagedStream,
    B: ManagedStream<Item = A::Item>,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn poll_stop(self: Pin<&mut Self>, cx: &mut Context<'_>, how: Stop) -> Poll<Joined<A, B>> {
        let this = self.project();
        end_both(
            this.a,
            this.a_side,
            this.b,
            this.b_side,
            this.phase,
            this.errors,
            how,
            cx,
        )
    }
}

impl<A, B> ManagedStream for Select<A, B>
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

impl<A, B> fmt::Debug for Select<A, B>
where
    A: ManagedStream + fmt::Debug,
    B: ManagedStream + fmt::Debug,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Select")
            .field("a", &self.a)
            .field("b", &self.b)
            .field("phase", &self.phase)
            .finish_non_exhaustive()
    }
}
