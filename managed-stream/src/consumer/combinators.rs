//! Combinators over several managed streams that keep the lifecycle (S3.7): [`chain`],
//! [`flatten`], [`zip`] and [`select`]. Each is a managed stream whose `close()` and
//! `cancel()` end every managed stream inside that has not ended, each exactly once,
//! and which hands out nothing once a close or cancel began (S3.5), whatever the
//! streams inside still hold. Read to the end, every stream inside has ended (S3.6):
//! a `None` from a stream inside only says that it stopped handing items out (a
//! `take(n)` that handed out its `n`), so that stream is closed then, at once if it
//! truly ended (S3.9). The errors after the first stay reachable through
//! [`take_suppressed_errors`](crate::ManagedStreamExt::take_suppressed_errors) (S3.10).
//!
//! `futures`' `Chain` and `Flatten` keep their streams out of reach, so they cannot
//! be closed; use these. `futures`' `zip` and `select` over two managed streams whose
//! `close()` returns `()` are managed streams too (feature `futures`); these keep a
//! try-mode stream's close error, and [`zip`] also closes the longer stream when the
//! shorter one ends.
//!
//! The streams may differ in their close output: `()` with `Result<(), E>` gives
//! `Result<(), E>` ([`JoinCloseOutput`]). Closing returns the first error met.
//!
//! [`StopOnClose`] (made by
//! [`ManagedStreamExt::stop_on_close`](crate::ManagedStreamExt::stop_on_close)) gives a
//! chain of one stream's adapters the same S3.5 guarantee.
//!
//! ```
//! use futures::StreamExt;
//! use managed_stream::{ManagedStreamExt, combinators, managed_stream, teardown, yield_};
//! use std::sync::{Arc, Mutex};
//!
//! type Log = Arc<Mutex<Vec<String>>>;
//!
//! #[managed_stream]
//! async fn page(n: u32, log: Log) -> u32 {
//!     teardown! { log.lock().unwrap().push(format!("page {n} closed")); }
//!     yield_!(n * 10);
//!     yield_!(n * 10 + 1);
//! }
//!
//! # futures::executor::block_on(async {
//! let log = Log::default();
//! let mut rows = combinators::chain(page(1, log.clone()), page(2, log.clone()));
//! assert_eq!(rows.next().await, Some(10));
//! rows.close().await; // ends page 1 (started) and page 2 (never started)
//! assert_eq!(*log.lock().unwrap(), ["page 1 closed"]);
//! # });
//! ```

use core::fmt;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};
use pin_project_lite::pin_project;

use crate::consumer::adapters::SuppressedError;
use crate::consumer::consume::ManagedStream;
use crate::lifecycle::output::CloseResult;

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

/// How the close outputs of two streams make the close output of a combinator over
/// both: `()` with `()` is `()`; `Result<(), E>` with `()` or with `Result<(), E>` is
/// `Result<(), E>`. Sealed: implemented for those four.
///
/// ```
/// use managed_stream::{ManagedStream, combinators, with_teardown};
///
/// let plain = with_teardown(futures::stream::iter([Ok(1)]), async || {});
/// let fallible = with_teardown(futures::stream::iter([Ok(2)]), async || Err("bye failed"));
/// let both = combinators::chain(plain, fallible);
/// fn close_output<S: ManagedStream<CloseOutput = Result<(), &'static str>>>(_: &S) {}
/// close_output(&both);
/// # drop(both);
/// ```
pub trait JoinCloseOutput<Other>: CloseResult + join_sealed::Sealed<Other> {
    /// The combinator's close output.
    type Output: CloseResult;
    #[doc(hidden)]
    fn __this(self) -> Self::Output;
    #[doc(hidden)]
    fn __other(other: Other) -> Self::Output;
    /// The suppressed errors of the first stream, as the combinator's (S3.10).
    #[doc(hidden)]
    fn __this_suppressed<S>(stream: Pin<&mut S>) -> Vec<<Self::Output as CloseResult>::Error>
    where
        S: ManagedStream<CloseOutput = Self> + ?Sized,
    {
        let errors = stream.drain_suppressed_errors().into_iter();
        errors
            .filter_map(|error| Self::__this(Self::from_error(error)).into_error())
            .collect()
    }
    /// The suppressed errors of the second stream, as the combinator's (S3.10).
    #[doc(hidden)]
    fn __other_suppressed<S>(stream: Pin<&mut S>) -> Vec<<Self::Output as CloseResult>::Error>
    where
        S: ManagedStream<CloseOutput = Other> + ?Sized;
}

mod join_sealed {
    pub trait Sealed<Other> {}
    impl Sealed<()> for () {}
    impl<E> Sealed<Result<(), E>> for () {}
    impl<E> Sealed<()> for Result<(), E> {}
    impl<E> Sealed<Result<(), E>> for Result<(), E> {}
}

impl JoinCloseOutput<()> for () {
    type Output = ();

    fn __this(self) {}

    fn __other((): ()) {}

    fn __other_suppressed<S>(stream: Pin<&mut S>) -> Vec<core::convert::Infallible>
    where
        S: ManagedStream<CloseOutput = ()> + ?Sized,
    {
        stream.drain_suppressed_errors()
    }
}

impl<E> JoinCloseOutput<Result<(), E>> for () {
    type Output = Result<(), E>;

    fn __this(self) -> Result<(), E> {
        Ok(())
    }

    fn __other(other: Result<(), E>) -> Result<(), E> {
        other
    }

    fn __other_suppressed<S>(stream: Pin<&mut S>) -> Vec<E>
    where
        S: ManagedStream<CloseOutput = Result<(), E>> + ?Sized,
    {
        stream.drain_suppressed_errors()
    }
}

impl<E> JoinCloseOutput<()> for Result<(), E> {
    type Output = Result<(), E>;

    fn __this(self) -> Result<(), E> {
        self
    }

    fn __other((): ()) -> Result<(), E> {
        Ok(())
    }

    fn __other_suppressed<S>(_stream: Pin<&mut S>) -> Vec<E>
    where
        S: ManagedStream<CloseOutput = ()> + ?Sized,
    {
        Vec::new() // a stream whose close cannot fail has no errors
    }
}

impl<E> JoinCloseOutput<Result<(), E>> for Result<(), E> {
    type Output = Result<(), E>;

    fn __this(self) -> Result<(), E> {
        self
    }

    fn __other(other: Result<(), E>) -> Result<(), E> {
        other
    }

    fn __other_suppressed<S>(stream: Pin<&mut S>) -> Vec<E>
    where
        S: ManagedStream<CloseOutput = Result<(), E>> + ?Sized,
    {
        stream.drain_suppressed_errors()
    }
}

/// The close output of a combinator over `A` and `B`.
type Joined<A, B> = <<A as ManagedStream>::CloseOutput as JoinCloseOutput<
    <B as ManagedStream>::CloseOutput,
>>::Output;

/// The close errors met, kept until the combinator's close returns the first (S2.7)
/// and `take_suppressed_errors()` the others, in the order they happened (S3.10).
struct Errors<O: CloseResult> {
    first: Option<O::Error>,
    suppressed: Vec<O::Error>,
}

impl<O: CloseResult> Errors<O> {
    fn new() -> Self {
        Self {
            first: None,
            suppressed: Vec::new(),
        }
    }

    fn push(&mut self, error: O::Error) {
        if self.first.is_none() && self.suppressed.is_empty() {
            self.first = Some(error);
        } else {
            self.suppressed.push(error);
        }
    }

    /// What the combinator's close returns: the first error, or success.
    fn take(&mut self) -> O {
        self.first.take().map_or_else(O::ok, O::from_error)
    }

    /// The errors after the first; drained.
    fn take_suppressed(&mut self) -> Vec<O::Error> {
        core::mem::take(&mut self.suppressed)
    }
}

/// Where one managed stream inside a combinator is in its life (S3.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// Handing out items.
    Live,
    /// It gave `Ready(None)`, which an adapter such as `take(n)` gives while the
    /// managed stream inside still holds its resources: it is being closed.
    Stopped,
    /// Its close (or cancel) finished, or it ended before it was ever made.
    Ended,
}

/// How the close of one stream inside a combinator enters the combinator's: its
/// output, and its suppressed errors (S3.10).
struct Entry<S: ManagedStream + ?Sized, O: CloseResult> {
    output: fn(S::CloseOutput) -> O,
    suppressed: fn(Pin<&mut S>) -> Vec<O::Error>,
}

/// The first stream of a combinator over `A` and `B`.
fn first_of<A, B>() -> Entry<A, Joined<A, B>>
where
    A: ManagedStream,
    B: ManagedStream,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    Entry {
        output: JoinCloseOutput::__this,
        suppressed: <A::CloseOutput as JoinCloseOutput<B::CloseOutput>>::__this_suppressed::<A>,
    }
}

/// The second stream of a combinator over `A` and `B`.
fn second_of<A, B>() -> Entry<B, Joined<A, B>>
where
    A: ManagedStream,
    B: ManagedStream,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    Entry {
        output: <A::CloseOutput as JoinCloseOutput<B::CloseOutput>>::__other,
        suppressed: <A::CloseOutput as JoinCloseOutput<B::CloseOutput>>::__other_suppressed::<B>,
    }
}

/// Ends one stream inside a combinator as asked, unless it has ended; keeps its
/// error, then its own suppressed errors (S3.10). Returns whether it has ended.
fn end_one<S, O>(
    mut stream: Pin<&mut S>,
    side: &mut Side,
    how: Stop,
    cx: &mut Context<'_>,
    errors: &mut Errors<O>,
    entry: Entry<S, O>,
) -> bool
where
    S: ManagedStream,
    O: CloseResult,
{
    if *side != Side::Ended {
        if let Poll::Ready(output) = how.poll(stream.as_mut(), cx) {
            *side = Side::Ended;
            if let Some(error) = (entry.output)(output).into_error() {
                errors.push(error);
            }
            for error in (entry.suppressed)(stream) {
                errors.push(error);
            }
        }
    }
    *side == Side::Ended
}

/// The next item of one stream inside a combinator. `Ready(None)` from it only says
/// it stopped handing items out (S3.9): it is then closed, and `Ready(None)` comes
/// once that close finished.
fn next_from<S, O>(
    mut stream: Pin<&mut S>,
    side: &mut Side,
    cx: &mut Context<'_>,
    errors: &mut Errors<O>,
    entry: Entry<S, O>,
) -> Poll<Option<S::Item>>
where
    S: ManagedStream,
    O: CloseResult,
{
    if *side == Side::Live {
        match stream.as_mut().poll_next(cx) {
            Poll::Ready(None) => *side = Side::Stopped,
            polled => return polled,
        }
    }
    if end_one(stream, side, Stop::Close, cx, errors, entry) {
        Poll::Ready(None)
    } else {
        Poll::Pending
    }
}

/// `close()` or `cancel()` of a combinator over two streams: ends both, each once,
/// and returns the first error once both ended (S3.7, S2.7).
#[allow(clippy::too_many_arguments)]
fn end_both<A, B>(
    a: Pin<&mut A>,
    a_side: &mut Side,
    b: Pin<&mut B>,
    b_side: &mut Side,
    phase: &mut Phase,
    errors: &mut Errors<Joined<A, B>>,
    how: Stop,
    cx: &mut Context<'_>,
) -> Poll<Joined<A, B>>
where
    A: ManagedStream,
    B: ManagedStream,
    A::CloseOutput: JoinCloseOutput<B::CloseOutput>,
{
    if *phase == Phase::Done {
        // A close error met at a natural end comes out here.
        return Poll::Ready(errors.take());
    }
    *phase = Phase::Stopping;
    let a = end_one(a, a_side, how, cx, errors, first_of::<A, B>());
    let b = end_one(b, b_side, how, cx, errors, second_of::<A, B>());
    if !(a && b) {
        return Poll::Pending;
    }
    *phase = Phase::Done;
    Poll::Ready(errors.take())
}

/// Where a combinator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Handing out items.
    Open,
    /// One stream of a [`Zip`] stopped handing items out: both are being closed, then
    /// `None`.
    Finishing,
    /// `close()` or `cancel()` began: nothing is handed out any more (S3.5).
    Stopping,
    /// Every stream inside has ended.
    Done,
}

// ---- chain --------------------------------------------------------------------------

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
/// let a = with_teardown(futures::stream::iter([1, 2]), async || {});
/// let b = with_teardown(futures::stream::iter([3, 4]), async || {});
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

// ---- zip ----------------------------------------------------------------------------

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
/// let names = with_teardown(futures::stream::iter(["a", "b", "c"]), async || {});
/// let ages = with_teardown(futures::stream::iter([30, 40]), async || {});
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
            if this.queued_a.is_none() && *this.a_side == Side::Live {
                match this.a.as_mut().poll_next(cx) {
                    Poll::Ready(Some(item)) => *this.queued_a = Some(item),
                    Poll::Ready(None) => *this.a_side = Side::Stopped,
                    Poll::Pending => {}
                }
            }
            if this.queued_b.is_none() && *this.b_side == Side::Live {
                match this.b.as_mut().poll_next(cx) {
                    Poll::Ready(Some(item)) => *this.queued_b = Some(item),
                    Poll::Ready(None) => *this.b_side = Side::Stopped,
                    Poll::Pending => {}
                }
            }
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

// ---- select -------------------------------------------------------------------------

/// The items of `a` and `b` as they come, taking turns when both have one, as a
/// managed stream (S3.7). A stream that stops handing items out is closed then (S3.9)
/// while the other goes on; it ends when both ended. `close()` and `cancel()` end both.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStreamExt, combinators, with_teardown};
///
/// # futures::executor::block_on(async {
/// let a = with_teardown(futures::stream::iter([1, 3]), async || {});
/// let b = with_teardown(futures::stream::iter([2, 4]), async || {});
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

// ---- flatten ------------------------------------------------------------------------

/// The items of each managed stream that `streams` hands out, one stream after the
/// other, as a managed stream (S3.7).
///
/// Each inner stream is read until it gives `None`, then closed (at once if it truly
/// ended, S3.9), before the next is taken.
/// `close()` and `cancel()` end the inner stream under way and `streams` itself; the
/// streams it would still have handed out are never made. `streams` must be a managed
/// stream: a plain one can be made one with
/// [`with_teardown`](crate::with_teardown)`(streams, async || {})`. To map items to
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

// ---- stop_on_close ------------------------------------------------------------------

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
    /// let numbers = with_teardown(futures::stream::iter(1..=3), async || {});
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
    /// let numbers = managed_stream::with_teardown(futures::stream::iter([1]), async || {});
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
