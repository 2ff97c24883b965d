//! [`with_teardown`]: a managed stream made of a stream you don't control plus an async
//! cleanup, the `contextlib.aclosing` case for streams from other crates that offer no
//! close. Over a managed stream, the same wrapper is made by
//! [`ManagedStreamExt::with_teardown`](crate::ManagedStreamExt::with_teardown), which
//! ends the stream with its own `close()` first (S3.8).

use core::fmt;
use core::future::Future;
use core::panic::Location;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};

use crate::consumer::end_futures::{Cancel, Close};
use crate::consumer::managed_stream::ManagedStream;
use crate::consumer::managed_stream::Stop;
use crate::lifecycle::drop_check;
use crate::lifecycle::origin::Origin;
use crate::lifecycle::output::CloseResult;
use crate::lifecycle::teardown_cause::{self, TeardownCause};

/// Turns any [`Stream`] plus an async cleanup into a [`ManagedStream`].
///
/// The result, a [`WithTeardown`], behaves like a `#[managed_stream]` type whose body
/// forwards the stream's items and whose `teardown!` is `cleanup(stream).await`:
///
/// - read to the end, it runs the cleanup inside the last `poll_next` calls, before
///   `None` (S3.6);
/// - `close()` and `cancel()` stop polling `stream` and run the cleanup (a foreign
///   stream has no step under way to finish: every `poll_next` returns, so the two are
///   the same here); nothing is delivered after they begin (S3.5); both futures are
///   safe to drop and call again (S3.4);
/// - the cleanup runs exactly once and is never interrupted; it runs on `close()` even
///   if the stream was never polled (unlike a `teardown!`, it was registered when the
///   stream was made);
/// - in debug builds, dropping it after its first poll and before the cleanup finished
///   panics (S4.1); a never-polled one drops silently (S4.2), and so does one dropped
///   with [`drop_without_teardown`](WithTeardown::drop_without_teardown) (S4.4);
/// - a panic in `stream` or the cleanup propagates and poisons it (S5.1).
///
/// **The cleanup is given the stream** (S3.8), as `Pin<Box<S>>`, so that it can say
/// goodbye on the stream's own connection before the stream is dropped. The stream is
/// never polled again by the wrapper; it is dropped with the cleanup's future, or
/// earlier by the cleanup. A cleanup that does not need it writes `async |_| ...`,
/// which keeps the stream until the cleanup ends; `drop(stream)` first releases it
/// before the cleanup's awaits. (For an `Unpin` stream, `&mut *stream` is a `&mut S`,
/// and `*Pin::into_inner(stream)` the `S`.)
///
/// The cleanup returns `()`, or `Result<(), E>` for a stream of `Result<T, E>` items
/// (try mode, S2.7; see [`CleanupOutput`]). `close()` and `cancel()` return what it
/// returns; a failure at the natural end comes out as a last `Err` item.
///
/// It is `Unpin` (the stream and the cleanup future are boxed), and `Send` when the
/// stream, the closure and its future are.
///
/// **For a managed stream, use
/// [`ManagedStreamExt::with_teardown`](crate::ManagedStreamExt::with_teardown)
/// instead** (`managed.with_teardown(async |_| ...)`): this function cannot tell a
/// managed stream apart, so it would drop it unclosed, skipping its teardown (the
/// drop check panics in debug builds).
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::with_teardown;
/// use std::sync::{Arc, Mutex};
///
/// # futures::executor::block_on(async {
/// let log = Arc::new(Mutex::new(Vec::new()));
/// // A stream from another crate, with nothing to say goodbye with.
/// let rows = futures::stream::iter(1..=100);
/// let mut rows = with_teardown(rows, {
///     let log = log.clone();
///     async move |_| log.lock().unwrap().push("goodbye") // may `.await`
/// });
/// assert_eq!(rows.next().await, Some(1));
/// rows.close().await;
/// assert_eq!(*log.lock().unwrap(), ["goodbye"]);
/// # });
/// ```
///
/// A cleanup that says goodbye through the stream:
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::with_teardown;
/// use std::sync::{Arc, Mutex};
///
/// /// A subscription from another crate: its connection closes when it is dropped,
/// /// so the goodbye must be sent through it first.
/// struct Subscription { sent: Arc<Mutex<Vec<&'static str>>>, next: u32 }
/// impl Subscription {
///     async fn unsubscribe(&mut self) { self.sent.lock().unwrap().push("UNSUBSCRIBE") }
/// }
/// impl futures::Stream for Subscription {
///     type Item = u32;
///     fn poll_next(
///         mut self: std::pin::Pin<&mut Self>,
///         _: &mut std::task::Context<'_>,
///     ) -> std::task::Poll<Option<u32>> {
///         self.next += 1;
///         std::task::Poll::Ready(Some(self.next))
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let sent = Arc::new(Mutex::new(Vec::new()));
/// let subscription = Subscription { sent: sent.clone(), next: 0 };
/// let mut messages = with_teardown(subscription, async |mut subscription| {
///     subscription.unsubscribe().await; // on the same connection
/// });
/// assert_eq!(messages.next().await, Some(1));
/// messages.close().await;
/// assert_eq!(*sent.lock().unwrap(), ["UNSUBSCRIBE"]);
/// # });
/// ```
#[track_caller]
pub fn with_teardown<S, C, F>(stream: S, cleanup: C) -> WithTeardown<S, C, F>
where
    S: Stream,
    C: FnOnce(Pin<Box<S>>) -> F,
    F: Future,
    F::Output: CleanupOutput<S::Item>,
{
    WithTeardown::new(stream, cleanup, give_stream::<S, C, F>, None)
}

/// Starts the cleanup: the closure gets the stream.
fn give_stream<S, C: FnOnce(Pin<Box<S>>) -> F, F>(cleanup: C, stream: Pin<Box<S>>) -> F {
    cleanup(stream)
}

/// The constructor behind `ManagedStreamExt::with_teardown` (S3.8).
impl<S, C, F> WithTeardown<S, C, F>
where
    S: ManagedStream<CloseOutput = F::Output>,
    C: FnOnce(Pin<Box<S>>) -> F,
    F: Future,
    F::Output: CleanupOutput<S::Item>,
{
    #[track_caller]
    pub(crate) fn managed(stream: S, cleanup: C) -> Self {
        Self::new(
            stream,
            cleanup,
            give_stream::<S, C, F>,
            Some(end_managed::<S>),
        )
    }
}

/// What the cleanup given to [`with_teardown`] returns, and so what `close()` and
/// `cancel()` of the [`WithTeardown`] return: `()` for any stream, or `Result<(), E>`
/// for a stream of `Result<T, E>` items, whose item type carries a failure at the
/// natural end (S2.7).
///
/// Sealed: implemented for those two only.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::with_teardown;
///
/// # futures::executor::block_on(async {
/// let lines = futures::stream::iter([Ok::<_, String>("a"), Ok("b")]);
/// let mut lines = with_teardown(lines, async |_| Err("goodbye failed".to_string()));
/// assert_eq!(lines.next().await, Some(Ok("a")));
/// // The cleanup's error is what closing returns.
/// assert_eq!(lines.close().await, Err("goodbye failed".to_string()));
///
/// // Read to the end, the error is the last item.
/// let lines = futures::stream::iter([Ok::<_, String>("a")]);
/// let lines = with_teardown(lines, async |_| Err("goodbye failed".to_string()));
/// let items: Vec<_> = lines.collect().await;
/// assert_eq!(items, [Ok("a"), Err("goodbye failed".to_string())]);
/// # });
/// ```
#[diagnostic::on_unimplemented(
    message = "a `with_teardown` cleanup must return `()`, or `Result<(), E>` for a stream \
               of `Result<T, E>` items",
    label = "the cleanup returns `{Self}` for a stream of `{Item}`"
)]
pub trait CleanupOutput<Item>: CloseResult + sealed::Sealed<Item> {
    #[doc(hidden)]
    fn __success() -> Self;
    #[doc(hidden)]
    fn __into_error_item(self) -> Option<Item>;
}

mod sealed {
    pub trait Sealed<Item> {}
    impl<Item> Sealed<Item> for () {}
    impl<T, E> Sealed<Result<T, E>> for Result<(), E> {}
}

impl<Item> CleanupOutput<Item> for () {
    fn __success() -> Self {}

    fn __into_error_item(self) -> Option<Item> {
        None
    }
}

impl<T, E> CleanupOutput<Result<T, E>> for Result<(), E> {
    fn __success() -> Self {
        Ok(())
    }

    fn __into_error_item(self) -> Option<Result<T, E>> {
        self.err().map(Err)
    }
}

/// How a managed stream inside a [`WithTeardown`] is ended before the cleanup: its own
/// `poll_close` or `poll_cancel` ([`Stop::poll`]), then its suppressed errors taken.
type EndStream<S, O> = fn(Stop, Pin<&mut S>, &mut Context<'_>) -> Poll<Ended<O>>;

/// What ending a managed stream inside a [`WithTeardown`] returned: its output, then
/// its suppressed errors as failing outputs.
struct Ended<O> {
    output: O,
    suppressed: Vec<O>,
}

/// The [`EndStream`] of a managed stream.
fn end_managed<S>(
    how: Stop,
    mut stream: Pin<&mut S>,
    cx: &mut Context<'_>,
) -> Poll<Ended<S::CloseOutput>>
where
    S: ManagedStream,
    S::CloseOutput: CloseResult,
{
    how.poll(stream.as_mut(), cx).map(|output| Ended {
        output,
        suppressed: (stream.drain_suppressed_errors().into_iter())
            .map(S::CloseOutput::from_error)
            .collect(),
    })
}

/// Where a [`WithTeardown`] is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Made, never polled.
    Fresh,
    /// Polled; the stream is live and the cleanup has not started.
    Running,
    /// The managed stream inside gave `Ready(None)`, which an adapter such as
    /// `take(n)` gives while the stream inside still holds its resources (S3.9):
    /// `poll_next` closes it, then runs the cleanup.
    Stopped,
    /// The stream ended (a foreign one by itself, a managed one closed after its
    /// `None`); `poll_next` runs the cleanup.
    Ending,
    /// `close()` or `cancel()` began on a managed stream inside, whose own `close()` or
    /// `cancel()` is under way; the cleanup runs after it (S3.8).
    Stopping,
    /// `close()` or `cancel()` began; the cleanup runs in them.
    Closing,
    /// The natural end met several errors and the first was yielded: `poll_next`
    /// yields the others as further `Err` items, in order, then `None` (S2.7, S3.10).
    Yielding,
    /// The cleanup finished, or the stream is being dropped on purpose without it.
    Done,
    /// The stream or the cleanup panicked (S5.1).
    Poisoned,
}

/// The managed stream returned by [`with_teardown`] and
/// [`ManagedStreamExt::with_teardown`](crate::ManagedStreamExt::with_teardown): a
/// stream `S` with the async cleanup `C` (a closure returning the future `F`).
///
/// End it with [`close`](Self::close) or [`cancel`](Self::cancel), or read it to the
/// end; in debug builds, dropping it after its first poll while its cleanup has not
/// run panics.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStream, with_teardown};
///
/// fn numbers() -> impl ManagedStream<Item = u32, CloseOutput = ()> + Unpin {
///     with_teardown(futures::stream::iter(0..10), async |_| {})
/// }
///
/// # futures::executor::block_on(async {
/// let mut numbers = numbers();
/// assert_eq!(numbers.next().await, Some(0));
/// managed_stream::ManagedStreamExt::close(&mut numbers).await;
/// assert_eq!(numbers.next().await, None);
/// # });
/// ```
#[must_use = "a managed stream does nothing unless polled, and must be ended with \
              `.close().await` or read to the end"]
pub struct WithTeardown<S, C, F: Future> {
    /// The stream, until it ended or the consumer asked to stop; then handed to the
    /// cleanup or dropped.
    stream: Option<Pin<Box<S>>>,
    /// The cleanup, until it was started.
    cleanup: Option<C>,
    /// Starts the cleanup: gives the closure the stream ([`give_stream`]; a fn
    /// pointer, so that the methods need no bound on `C`).
    start: fn(C, Pin<Box<S>>) -> F,
    /// For a managed stream, how it is ended before the cleanup (S3.8); `None` for a
    /// foreign stream, which is only dropped.
    end_stream: Option<EndStream<S, F::Output>>,
    /// What ending the managed stream returned, until the cleanup finished.
    stream_output: Option<F::Output>,
    /// The failures after the first, in order, for `take_suppressed_errors()` (S3.10).
    suppressed: Vec<F::Output>,
    /// The cleanup under way.
    running: Option<Pin<Box<F>>>,
    /// What [`teardown_cause()`](crate::teardown_cause) answers inside the cleanup
    /// (S2.10): the stream's end, or the strongest of the stops asked for.
    cause: TeardownCause,
    phase: Phase,
    origin: Origin,
}

// Nothing is ever pinned in place: the stream and the cleanup future are boxed, and
// the closure and the outputs are only moved.
impl<S, C, F: Future> Unpin for WithTeardown<S, C, F> {}

impl<S, C, F> WithTeardown<S, C, F>
where
    S: Stream,
    F: Future,
    F::Output: CleanupOutput<S::Item>,
{
    #[track_caller]
    fn new(
        stream: S,
        cleanup: C,
        start: fn(C, Pin<Box<S>>) -> F,
        end_stream: Option<EndStream<S, F::Output>>,
    ) -> Self {
        Self {
            stream: Some(Box::pin(stream)),
            cleanup: Some(cleanup),
            start,
            end_stream,
            stream_output: None,
            suppressed: Vec::new(),
            running: None,
            cause: TeardownCause::BlockEnd,
            phase: Phase::Fresh,
            origin: Origin {
                name: || "WithTeardown",
                location: Location::caller(),
            },
        }
    }

    /// Ends the stream gracefully: stops polling the wrapped stream (a managed one is
    /// closed with its own `close()`), and runs the cleanup. Returns the first error of
    /// the two; on an ended stream, returns at once.
    ///
    /// ```
    /// # futures::executor::block_on(async {
    /// let mut s = managed_stream::with_teardown(futures::stream::repeat(1), async |_| {});
    /// futures::StreamExt::next(&mut s).await;
    /// s.close().await;
    /// # });
    /// ```
    pub fn close(&mut self) -> Close<'_, Self> {
        Close::new(self)
    }

    /// Ends the stream promptly: a managed stream inside is ended with its own
    /// `cancel()`; a foreign stream has no step under way to stop, so for it this is
    /// the same as [`close`](Self::close).
    ///
    /// ```
    /// # futures::executor::block_on(async {
    /// let mut s = managed_stream::with_teardown(futures::stream::repeat(1), async |_| {});
    /// futures::StreamExt::next(&mut s).await;
    /// s.cancel().await;
    /// # });
    /// ```
    pub fn cancel(&mut self) -> Cancel<'_, Self> {
        Cancel::new(self)
    }

    /// Drops the stream without running the cleanup and without the drop check's
    /// panic (S4.4). The wrapped stream and the closure are dropped; a managed stream
    /// inside is skipped on purpose too (S4.6).
    ///
    /// ```
    /// # futures::executor::block_on(async {
    /// let mut s = managed_stream::with_teardown(futures::stream::repeat(1), async |_| {
    ///     println!("never printed: skipped on purpose");
    /// });
    /// futures::StreamExt::next(&mut s).await;
    /// s.drop_without_teardown();
    /// # });
    /// ```
    pub fn drop_without_teardown(mut self) {
        self.phase = Phase::Done;
        // What holds the stream (the cleanup under way) is skipped on purpose too
        // (S4.6).
        let stream = self.stream.take();
        let running = self.running.take();
        drop_check::on_purpose(|| drop((stream, running)));
    }

    /// Starts the cleanup: hands it the stream, which is never polled again.
    fn start_cleanup(&mut self) {
        if let (Some(cleanup), Some(stream)) = (self.cleanup.take(), self.stream.take()) {
            self.running = Some(Box::pin((self.start)(cleanup, stream)));
        }
    }

    /// Polls the cleanup under way. Marks the stream poisoned if that panics; on its
    /// end, moves to `Done`.
    fn poll_cleanup(&mut self, cx: &mut Context<'_>) -> Poll<F::Output> {
        let phase = core::mem::replace(&mut self.phase, Phase::Poisoned);
        let output = match self.running.as_mut() {
            Some(running) => {
                match teardown_cause::answering(self.cause, || running.as_mut().poll(cx)) {
                    Poll::Ready(output) => output,
                    Poll::Pending => {
                        self.phase = phase;
                        return Poll::Pending;
                    }
                }
            }
            None => F::Output::__success(),
        };
        self.running = None;
        self.phase = Phase::Done;
        // A failing close of the stream does not stop the cleanup; the first error
        // is returned (S2.7), the cleanup's after it is kept: the next item at a natural
        // end (`Yielding`), reachable with `take_suppressed_errors` after a close (S3.10).
        let Some(error) = self.stream_output.take().and_then(CloseResult::into_error) else {
            return Poll::Ready(output);
        };
        if let Some(later) = output.into_error() {
            self.suppressed.push(F::Output::from_error(later));
        }
        Poll::Ready(F::Output::from_error(error))
    }

    /// `poll_close` and `poll_cancel`: a managed stream inside is ended as asked, then
    /// the cleanup runs; for a foreign stream the two are the same.
    fn poll_stop(&mut self, cx: &mut Context<'_>, how: Stop) -> Poll<F::Output> {
        // A cancel after a close began escalates it; a close never weakens a cancel.
        if how == Stop::Cancel || self.cause != TeardownCause::Cancel {
            self.cause = match how {
                Stop::Close => TeardownCause::Close,
                Stop::Cancel => TeardownCause::Cancel,
            };
        }
        match self.phase {
            Phase::Fresh | Phase::Running | Phase::Stopped => self.phase = Phase::Stopping,
            // The cleanup of the natural end is under way: finish it here; its error
            // is returned, not yielded.
            Phase::Ending => self.phase = Phase::Closing,
            Phase::Stopping | Phase::Closing => {}
            // A failure at the natural end was yielded as the last item(s).
            Phase::Done | Phase::Poisoned => return Poll::Ready(F::Output::__success()),
            // The errors not yet yielded stay reachable (S3.10); no item after this (S3.5).
            Phase::Yielding => {
                self.phase = Phase::Done;
                return Poll::Ready(F::Output::__success());
            }
        }
        if self.phase == Phase::Stopping {
            self.phase = Phase::Poisoned;
            if let (Some(end_stream), Some(stream)) = (self.end_stream, self.stream.as_mut()) {
                // S3.8: the managed stream ends with its own close (or cancel) first; a
                // cancel after a close began escalates it (S3.3).
                match end_stream(how, stream.as_mut(), cx) {
                    Poll::Ready(ended) => self.stream_ended(ended),
                    Poll::Pending => {
                        self.phase = Phase::Stopping;
                        return Poll::Pending;
                    }
                }
            }
            self.start_cleanup();
            self.phase = Phase::Closing;
        }
        self.poll_cleanup(cx)
    }

    /// Closes the managed stream inside that gave `Ready(None)`, then starts the
    /// cleanup (S3.9). Marks the stream poisoned if the close panics (S5.1).
    fn poll_end_stopped(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        self.phase = Phase::Poisoned;
        if let (Some(end_stream), Some(stream)) = (self.end_stream, self.stream.as_mut()) {
            match end_stream(Stop::Close, stream.as_mut(), cx) {
                Poll::Ready(ended) => self.stream_ended(ended),
                Poll::Pending => {
                    self.phase = Phase::Stopped;
                    return Poll::Pending;
                }
            }
        }
        self.start_cleanup();
        self.phase = Phase::Ending;
        Poll::Ready(())
    }

    /// The next error of a natural end after the first, as an item; `None` (and
    /// `Done`) once all were yielded.
    fn next_error_item(&mut self) -> Option<S::Item> {
        if self.suppressed.is_empty() {
            self.phase = Phase::Done;
            return None;
        }
        self.suppressed.remove(0).__into_error_item()
    }

    /// The managed stream inside ended: keeps what it returned, and its suppressed
    /// errors after it (S3.10).
    fn stream_ended(&mut self, ended: Ended<F::Output>) {
        self.stream_output = Some(ended.output);
        self.suppressed.extend(ended.suppressed);
    }
}

impl<S, C, F> Stream for WithTeardown<S, C, F>
where
    S: Stream,
    F: Future,
    F::Output: CleanupOutput<S::Item>,
{
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let this = self.get_mut();
        match this.phase {
            Phase::Fresh | Phase::Running => {
                this.phase = Phase::Poisoned;
                let polled = match this.stream.as_mut() {
                    Some(stream) => stream.as_mut().poll_next(cx),
                    None => Poll::Ready(None),
                };
                match polled {
                    Poll::Ready(Some(item)) => {
                        this.phase = Phase::Running;
                        return Poll::Ready(Some(item));
                    }
                    Poll::Pending => {
                        this.phase = Phase::Running;
                        return Poll::Pending;
                    }
                    // A foreign stream ended: the cleanup runs.
                    Poll::Ready(None) if this.end_stream.is_none() => {
                        this.start_cleanup();
                        this.phase = Phase::Ending;
                    }
                    // A managed stream stopped handing items out; it may still hold
                    // its resources (S3.9).
                    Poll::Ready(None) => this.phase = Phase::Stopped,
                }
            }
            Phase::Stopped | Phase::Ending => {}
            Phase::Yielding => return Poll::Ready(this.next_error_item()),
            // S3.5: nothing after a close began; nothing after a panic.
            Phase::Done | Phase::Stopping | Phase::Closing | Phase::Poisoned => {
                return Poll::Ready(None);
            }
        }
        // S3.9: a stream that stopped is closed (at once if it ended by itself), then
        // the cleanup runs.
        if this.phase == Phase::Stopped && this.poll_end_stopped(cx).is_pending() {
            return Poll::Pending;
        }
        // S3.6: the cleanup runs before `None`; its failure, and those of the stream
        // inside, are the last items (S2.7).
        match this.poll_cleanup(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(output) => {
                let item = output.__into_error_item();
                // Never an item after a `None`: the rest only follow a first error.
                if item.is_some() && !this.suppressed.is_empty() {
                    this.phase = Phase::Yielding;
                }
                Poll::Ready(item)
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        // One more item if the cleanup fails at the end; a managed stream inside may
        // add any number of teardown errors (S2.7): then there is no upper bound.
        let managed = self.end_stream.is_some();
        match (&self.phase, &self.stream) {
            (Phase::Fresh | Phase::Running, Some(stream)) => {
                let (low, high) = stream.size_hint();
                let high = high.and_then(|high| high.checked_add(1));
                (low, if managed { None } else { high })
            }
            (Phase::Stopped | Phase::Ending, _) => (0, if managed { None } else { Some(1) }),
            (Phase::Yielding, _) => (self.suppressed.len(), Some(self.suppressed.len())),
            _ => (0, Some(0)),
        }
    }
}

impl<S, C, F> FusedStream for WithTeardown<S, C, F>
where
    S: Stream,
    F: Future,
    F::Output: CleanupOutput<S::Item>,
{
    fn is_terminated(&self) -> bool {
        match self.phase {
            Phase::Fresh | Phase::Running | Phase::Stopped | Phase::Ending | Phase::Yielding => {
                false
            }
            Phase::Done | Phase::Stopping | Phase::Closing | Phase::Poisoned => true,
        }
    }
}

impl<S, C, F> ManagedStream for WithTeardown<S, C, F>
where
    S: Stream,
    F: Future,
    F::Output: CleanupOutput<S::Item>,
{
    type CloseOutput = F::Output;

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.get_mut().poll_stop(cx, Stop::Close)
    }

    fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.get_mut().poll_stop(cx, Stop::Cancel)
    }

    fn drain_suppressed_errors(self: Pin<&mut Self>) -> Vec<<F::Output as CloseResult>::Error> {
        let suppressed = core::mem::take(&mut self.get_mut().suppressed);
        suppressed
            .into_iter()
            .filter_map(CloseResult::into_error)
            .collect()
    }
}

impl<S, C, F: Future> Drop for WithTeardown<S, C, F> {
    fn drop(&mut self) {
        if matches!(
            self.phase,
            Phase::Running | Phase::Stopped | Phase::Ending | Phase::Stopping | Phase::Closing
        ) {
            drop_check::dropped_before_teardown(&self.origin);
        }
    }
}

impl<S, C, F: Future> fmt::Debug for WithTeardown<S, C, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct((self.origin.name)())
            .field("phase", &self.phase)
            .field("created_at", &format_args!("{}", self.origin.location))
            .finish()
    }
}
