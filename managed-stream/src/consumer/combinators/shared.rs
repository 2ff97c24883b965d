//! What the combinators over two streams share: how their close outputs join
//! ([`JoinCloseOutput`]), the errors they keep, and the steps that end or read one
//! stream inside (S3.7, S3.9, S3.10).

use core::pin::Pin;
use core::task::{Context, Poll};

use crate::consumer::managed_stream::{ManagedStream, Stop};
use crate::lifecycle::output::CloseResult;

/// How the close outputs of two streams make the close output of a combinator over
/// both: `()` with `()` is `()`; `Result<(), E>` with `()` or with `Result<(), E>` is
/// `Result<(), E>`. Sealed: implemented for those four.
///
/// ```
/// use managed_stream::{ManagedStream, combinators, with_teardown};
///
/// let plain = with_teardown(futures::stream::iter([Ok(1)]), async |_| {});
/// let fallible = with_teardown(futures::stream::iter([Ok(2)]), async |_| Err("bye failed"));
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
pub(super) type Joined<A, B> = <<A as ManagedStream>::CloseOutput as JoinCloseOutput<
    <B as ManagedStream>::CloseOutput,
>>::Output;

/// The close errors met, kept until the combinator's close returns the first (S2.7)
/// and `take_suppressed_errors()` the others, in the order they happened (S3.10).
pub(super) struct Errors<O: CloseResult> {
    first: Option<O::Error>,
    suppressed: Vec<O::Error>,
}

impl<O: CloseResult> Errors<O> {
    pub(super) fn new() -> Self {
        Self {
            first: None,
            suppressed: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, error: O::Error) {
        if self.first.is_none() && self.suppressed.is_empty() {
            self.first = Some(error);
        } else {
            self.suppressed.push(error);
        }
    }

    /// What the combinator's close returns: the first error, or success.
    pub(super) fn take(&mut self) -> O {
        self.first.take().map_or_else(O::ok, O::from_error)
    }

    /// The errors after the first; drained.
    pub(super) fn take_suppressed(&mut self) -> Vec<O::Error> {
        core::mem::take(&mut self.suppressed)
    }
}

/// Where one managed stream inside a combinator is in its life (S3.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Side {
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
pub(super) struct Entry<S: ManagedStream + ?Sized, O: CloseResult> {
    output: fn(S::CloseOutput) -> O,
    suppressed: fn(Pin<&mut S>) -> Vec<O::Error>,
}

/// The first stream of a combinator over `A` and `B`.
pub(super) fn first_of<A, B>() -> Entry<A, Joined<A, B>>
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
pub(super) fn second_of<A, B>() -> Entry<B, Joined<A, B>>
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
pub(super) fn end_one<S, O>(
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
pub(super) fn next_from<S, O>(
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
pub(super) fn end_both<A, B>(
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
pub(super) enum Phase {
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
