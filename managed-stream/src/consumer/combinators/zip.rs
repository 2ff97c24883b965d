//! [`zip`]: pairs of items from two managed streams (S3.7).

use core::fmt;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};
use pin_project_lite::pin_project;

use crate::consumer::managed_stream::SuppressedError;
use crate::consumer::managed_stream::{ManagedStream, Stop};
use crate::lifecycle::output::CloseResult;

use super::shared::{
    Errors, JoinCloseOutput, Joined, Phase, Side, end_both, end_one, first_of, second_of,
};

/// Pairs of items from `a` and `b`, as a managed stream (S3.7).
///
/// It ends when either stream stops handing items out; both are then closed inside
/// the last `poll_next` calls, before `None` (S3.6, S3.9), so a zip read to the end
/// has no stream left open. A pair item cannot carry that close's error: the next `close()` returns
/// it. `close()` and `cancel()` end both; an item already taken from one stream while
/// the other had none is dropped, never handed out (S3.5).
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStreamExt, combinators, with_teardown};
///
/// # futures::executor::block_on(async {
/// let names = with_teardown(futures::stream::iter(["a", "b", "c"]), async |_| {});
/// let ages = with_teardown(futures::stream::iter([30, 40]), async |_| {});
/// let mut people = combinators::zip(names, ages);
/// assert_eq!((&mut people).collect::<Vec<_>>().await, [("a", 30), ("b", 40)]);
/// // Read to the end: `names` was closed when `ages` ended; this returns at once.
/// people.close().await;
/// # });
/// ```
pub fn zip<A, B>(a: A, b: B) -> Zip<A, B>
where
    A: ManagedStream,
    B: ManagedStream,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    Zip {
        a,
        b,
        queued_a: None,
        queued_b: None,
        a_side: Side::Live,
        b_side: Side::Live,
        phase: Phase::Open,
        errors: Errors::new(),
    }
}

pin_project! {
    /// The managed stream returned by [`zip`].
    ///
    /// ```
    /// use managed_stream::{ManagedStream, combinators::{self, Zip}};
    ///
    /// fn pairs<A, B>(a: A, b: B) -> Zip<A, B>
    /// where
    ///     A: ManagedStream<CloseOutput = ()>,
    ///     B: ManagedStream<CloseOutput = ()>,
    /// {
    ///     combinators::zip(a, b)
    /// }
    /// ```
    #[must_use = "a managed stream does nothing unless polled, and must be ended with \
                  `.close().await` or read to the end"]
    pub struct Zip<A, B>
    where
        A: ManagedStream,
        B: ManagedStream,
        A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
    {
        #[pin]
        a: A,
        #[pin]
        b: B,
        queued_a: Option<A::Item>,
        queued_b: Option<B::Item>,
        a_side: Side,
        b_side: Side,
        phase: Phase,
        errors: Errors<Joined<A, B>>,
    }
}

impl<A, B> Stream for Zip<A, B>
where
    A: ManagedStream,
    B: ManagedStream,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    type Item = (A::Item, B::Item);

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let mut this = self.project();
        if let Phase::Stopping | Phase::Done = *this.phase {
            return Poll::Ready(None);
        }
        if *this.phase == Phase::Open {
            fill(this.a.as_mut(), this.queued_a, this.a_side, cx);
            fill(this.b.as_mut(), this.queued_b, this.b_side, cx);
            if this.queued_a.is_some() && this.queued_b.is_some() {
                if let (Some(a), Some(b)) = (this.queued_a.take(), this.queued_b.take()) {
                    return Poll::Ready(Some((a, b)));
                }
            }
            if *this.a_side == Side::Live && *this.b_side == Side::Live {
                return Poll::Pending;
            }
            // One stream stopped handing items out: no more pairs. Close both, the
            // one that stopped too (S3.9: `None` may come from a `take`), before
            // `None` (S3.6).
            *this.phase = Phase::Finishing;
            *this.queued_a = None;
            *this.queued_b = None;
        }
        let a = end_one(
            this.a,
            this.a_side,
            Stop::Close,
            cx,
            this.errors,
            first_of::<A, B>(),
        );
        let b = end_one(
            this.b,
            this.b_side,
            Stop::Close,
            cx,
            this.errors,
            second_of::<A, B>(),
        );
        if !(a && b) {
            return Poll::Pending;
        }
        *this.phase = Phase::Done;
        Poll::Ready(None)
    }
}

/// Polls one side of a zip for its next item, unless it already has one queued or has
/// stopped handing items out (S3.9: its `None` marks it stopped, not ended).
fn fill<S: Stream + ?Sized>(
    stream: Pin<&mut S>,
    queued: &mut Option<S::Item>,
    side: &mut Side,
    cx: &mut Context<'_>,
) {
    if queued.is_some() || *side != Side::Live {
        return;
    }
    match stream.poll_next(cx) {
        Poll::Ready(Some(item)) => *queued = Some(item),
        Poll::Ready(None) => *side = Side::Stopped,
        Poll::Pending => {}
    }
}

impl<A, B> FusedStream for Zip<A, B>
where
    A: ManagedStream,
    B: ManagedStream,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn is_terminated(&self) -> bool {
        matches!(self.phase, Phase::Stopping | Phase::Done)
    }
}

impl<A, B> Zip<A, B>
where
    A: ManagedStream,
    B: ManagedStream,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn poll_stop(self: Pin<&mut Self>, cx: &mut Context<'_>, how: Stop) -> Poll<Joined<A, B>> {
        let this = self.project();
        if *this.phase != Phase::Done {
            // S3.5: an item taken from one stream is never handed out now.
            *this.queued_a = None;
            *this.queued_b = None;
        }
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

impl<A, B> ManagedStream for Zip<A, B>
where
    A: ManagedStream,
    B: ManagedStream,
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

impl<A, B> fmt::Debug for Zip<A, B>
where
    A: ManagedStream + fmt::Debug,
    B: ManagedStream + fmt::Debug,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Zip")
            .field("a", &self.a)
            .field("b", &self.b)
            .field("phase", &self.phase)
            .finish_non_exhaustive()
    }
}
