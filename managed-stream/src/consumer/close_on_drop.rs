//! Ending a stream whose holder was dropped (S7): the holder of a stream is cancelled
//! by drop (an aborted task, a `timeout` that fired, a losing `select!` branch, a
//! response body whose client went away), and no `close()` can be awaited there. A
//! stream that owns its resources is handed to the runtime instead, which closes it.
//!
//! The core here is runtime-free: [`CloseOnDropWith`] hands a [`CloseTask`] to a
//! [`CloseSpawner`]. The `tokio` feature provides [`TokioSpawner`] and the
//! [`CloseOnDrop`] alias that [`ManagedStreamExt::close_on_drop`](crate::ManagedStreamExt::close_on_drop) returns; another
//! executor implements [`CloseSpawner`] and uses [`ManagedStreamExt::close_on_drop_with`](crate::ManagedStreamExt::close_on_drop_with).

use core::fmt;
use core::panic::Location;
use core::pin::Pin;
use core::task::{Context, Poll, ready};
use core::time::Duration;
use std::sync::{Mutex, PoisonError};

use futures_core::{FusedStream, Stream};

use crate::consumer::background_end::{EndOf, EndPolicy, Ender};
use crate::consumer::end_futures::{Cancel, Close};
use crate::consumer::managed_stream::ManagedStream;
use crate::consumer::spawner::{CloseSpawner, CloseTask};
use crate::consumer::tracker::{Asks, Entry, StreamTracker};
use crate::lifecycle::drop_check;
use crate::lifecycle::origin::Origin;
use crate::lifecycle::output::CloseResult;
use crate::lifecycle::report::{self, HowEnded};

/// How long a stream handed to the runtime by `close_on_drop` may take to close before
/// it is cancelled, unless set with [`within`](CloseOnDropWith::within) (S7.2).
pub const DEFAULT_CLOSE_DEADLINE: Duration = Duration::from_secs(5);

/// A managed stream that is ended in the background when it is dropped unended
/// (S7.1, S7.2), owned by a [`StreamTracker`] (S7.6); made by
/// [`ManagedStreamExt::close_on_drop_with`](crate::ManagedStreamExt::close_on_drop_with), or, with the `tokio` feature, by
/// [`close_on_drop`](crate::ManagedStreamExt::close_on_drop) and
/// [`cancel_on_drop`](crate::ManagedStreamExt::cancel_on_drop) (see [`CloseOnDrop`]).
///
/// While held it is the stream it wraps: the same items, `close()`, `cancel()` and
/// `FusedStream`; when the stream it wraps stops handing out items, it ends it
/// (`close()`) before it hands out `None`. Dropped before the stream ended, it hands
/// the stream to `Sp`, which ends it by its policy (`close()` within the deadline, see
/// [`within`](Self::within), then `cancel()`; or `cancel()` at once), so each reached
/// teardown runs exactly once; the dropping code does not wait and never panics. The
/// outcome is reported for what it is (S7.5, [`stream_counts`](crate::stream_counts)).
/// Where the stream cannot be handed over, or the runtime drops the task before it
/// finished, the stream is dropped without its remaining teardowns, without a panic,
/// and reported (S7.3).
///
/// Its tracker's [`shutdown`](StreamTracker::shutdown) ends it too while it is held: a
/// holder waiting in `poll_next` is woken and sees `None` once the teardowns ran.
#[must_use = "a managed stream does nothing unless polled"]
pub struct CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    Sp: CloseSpawner,
{
    /// The stream; `None` once taken back with `into_inner` or handed over.
    stream: Option<S>,
    state: State,
    policy: EndPolicy,
    spawner: Sp,
    tracker: StreamTracker,
    /// Membership in `tracker`, from the first poll to the end.
    entry: Option<Entry>,
    /// A failed close made when the stream stopped handing out items, kept for the
    /// holder's next `close()` or `cancel()` (S3.10), reported if dropped unclaimed.
    /// Only reached through `&mut self` (`get_mut`, no locking): the mutex keeps the
    /// wrapper `Sync` whatever the close output is.
    unclaimed: Mutex<Option<S::CloseOutput>>,
    origin: Origin,
}

/// Where a [`CloseOnDropWith`] is.
#[derive(Debug)]
enum State {
    /// Handing out items.
    Open,
    /// The stream handed out its last item: ending it before `None` (S3.6).
    Finishing,
    /// The tracker's shutdown is ending it (boxed: the rare path keeps the wrapper
    /// small).
    Ending(Box<Ender>),
    /// The tracker's shutdown deadline passed before it ended: given up (S7.5 loss).
    Abandoned,
    /// Ended (read to the end, closed or cancelled): nothing left to hand over.
    Ended,
}

/// [`CloseOnDropWith`] on the Tokio runtime (feature `tokio`): what
/// [`close_on_drop`](crate::ManagedStreamExt::close_on_drop) and
/// [`cancel_on_drop`](crate::ManagedStreamExt::cancel_on_drop) return.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStreamExt, managed_stream, teardown, yield_};
/// use std::sync::atomic::{AtomicU32, Ordering};
/// use std::time::Duration;
///
/// static GOODBYES: AtomicU32 = AtomicU32::new(0);
///
/// #[managed_stream]
/// async fn ticks() -> u32 {
///     teardown! {
///         tokio::time::sleep(Duration::from_millis(1)).await; // async cleanup
///         GOODBYES.fetch_add(1, Ordering::SeqCst);
///     }
///     let mut n = 0;
///     loop {
///         yield_!(n);
///         n += 1;
///     }
/// }
///
/// #[tokio::main(flavor = "current_thread")]
/// async fn main() {
///     // A task that reads a stream, aborted from outside: its holder is dropped.
///     let reader = tokio::spawn(async {
///         let mut ticks = ticks().close_on_drop();
///         while let Some(_tick) = ticks.next().await {
///             tokio::task::yield_now().await;
///         }
///     });
///     tokio::task::yield_now().await;
///     reader.abort();
///     let _ = reader.await;
///     // The stream was handed to the runtime, which closes it.
///     while GOODBYES.load(Ordering::SeqCst) == 0 {
///         tokio::time::sleep(Duration::from_millis(1)).await;
///     }
///     assert_eq!(managed_stream::unclosed_drops(), 0);
///     assert_eq!(managed_stream::stream_counts().background_ends, 1);
/// }
/// ```
#[cfg(feature = "tokio")]
pub type CloseOnDrop<S> = CloseOnDropWith<S, TokioSpawner>;

// Nothing is pinned in place: `S` is `Unpin` and the spawner is only cloned.
impl<S, Sp> Unpin for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    Sp: CloseSpawner,
{
}

impl<S, Sp> CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    Sp: CloseSpawner,
{
    /// Wraps `stream`; see [`ManagedStreamExt::close_on_drop_with`](crate::ManagedStreamExt::close_on_drop_with).
    #[track_caller]
    pub fn new(stream: S, spawner: Sp, deadline: Duration) -> Self {
        Self::with_policy(stream, spawner, EndPolicy::Close { deadline })
    }

    #[track_caller]
    pub(crate) fn with_policy(stream: S, spawner: Sp, policy: EndPolicy) -> Self {
        Self {
            stream: Some(stream),
            state: State::Open,
            policy,
            spawner,
            tracker: StreamTracker::global(),
            entry: None,
            unclaimed: Mutex::new(None),
            origin: Origin {
                name: core::any::type_name::<S>,
                location: Location::caller(),
            },
        }
    }

    /// Ends the stream in the background with a graceful close within `deadline`,
    /// then a cancel (S7.2), instead of the 5 seconds of
    /// [`close_on_drop`](crate::ManagedStreamExt::close_on_drop) (or the cancel at once of
    /// [`cancel_on_drop`](crate::ManagedStreamExt::cancel_on_drop)).
    ///
    /// ```
    /// # use managed_stream::{ManagedStreamExt, with_teardown};
    /// # #[tokio::main(flavor = "current_thread")] async fn main() {
    /// # #[cfg(feature = "tokio")] {
    /// let lines = with_teardown(futures::stream::iter(["a", "b"]), async |_| {});
    /// let lines = lines.close_on_drop().within(std::time::Duration::from_millis(200));
    /// # drop(lines);
    /// # }
    /// # }
    /// ```
    pub fn within(mut self, deadline: Duration) -> Self {
        self.policy = EndPolicy::Close { deadline };
        self
    }

    /// Gives the stream's end to `tracker` instead of [`StreamTracker::global`] (S7.6):
    /// `tracker.shutdown(deadline)` ends it, held or dropped.
    ///
    /// ```
    /// # use managed_stream::{ManagedStreamExt, StreamTracker, with_teardown};
    /// # #[tokio::main(flavor = "current_thread")] async fn main() {
    /// # #[cfg(feature = "tokio")] {
    /// let tracker = StreamTracker::new();
    /// let lines = with_teardown(futures::stream::iter(["a", "b"]), async |_| {});
    /// let lines = lines.cancel_on_drop().tracked_by(&tracker);
    /// # drop(lines);
    /// # }
    /// # }
    /// ```
    pub fn tracked_by(mut self, tracker: &StreamTracker) -> Self {
        self.entry = None;
        self.tracker = tracker.clone();
        self
    }

    /// Ends the stream gracefully; see [`ManagedStream::poll_close`].
    ///
    /// ```
    /// # #[cfg(feature = "tokio")] {
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    /// # futures::executor::block_on(async {
    /// let numbers = with_teardown(futures::stream::iter(0..3), async |_| {});
    /// let mut numbers = numbers.close_on_drop();
    /// numbers.close().await; // ended here: nothing is handed over on drop
    /// # });
    /// # }
    /// ```
    pub fn close(&mut self) -> Close<'_, Self> {
        Close::new(self)
    }

    /// Ends the stream promptly; see [`ManagedStream::poll_cancel`].
    ///
    /// ```
    /// # #[cfg(feature = "tokio")] {
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    /// # futures::executor::block_on(async {
    /// let numbers = with_teardown(futures::stream::iter(0..3), async |_| {});
    /// let mut numbers = numbers.cancel_on_drop();
    /// numbers.cancel().await;
    /// # });
    /// # }
    /// ```
    pub fn cancel(&mut self) -> Cancel<'_, Self> {
        Cancel::new(self)
    }

    /// Takes the stream back out: it is no longer ended on drop, nor owned by its
    /// tracker.
    ///
    /// ```
    /// # #[cfg(feature = "tokio")] {
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    /// let numbers = with_teardown(futures::stream::iter(0..3), async |_| {});
    /// let numbers = numbers.close_on_drop().into_inner(); // the plain stream again
    /// # drop(numbers);
    /// # }
    /// ```
    pub fn into_inner(mut self) -> S {
        self.stream
            .take()
            .expect("the stream is there until dropped")
    }

    /// Drops the stream without its teardowns, on purpose and silently (S4.4, S4.6):
    /// nothing is handed to the runtime.
    ///
    /// ```
    /// # #[cfg(feature = "tokio")] {
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    /// let numbers = with_teardown(futures::stream::iter(0..3), async |_| {});
    /// numbers.close_on_drop().drop_without_teardown();
    /// # }
    /// ```
    pub fn drop_without_teardown(mut self) {
        let stream = self.stream.take();
        drop_check::on_purpose(|| drop(stream));
    }

    /// The stream and its tracker membership (made at the first poll).
    fn parts(&mut self) -> (&mut S, &mut Entry) {
        let tracker = &self.tracker;
        let entry = self.entry.get_or_insert_with(|| tracker.register());
        let stream = self
            .stream
            .as_mut()
            .expect("the stream is there until dropped");
        (stream, entry)
    }

    /// The failed close kept for the holder (see the field).
    fn unclaimed(&mut self) -> &mut Option<S::CloseOutput> {
        self.unclaimed
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The stream ended with every reached teardown run (`failed`: with an error).
    fn ended(&mut self, failed: bool) {
        self.state = State::Ended;
        if let Some(entry) = self.entry.take() {
            entry.finish(failed);
        }
    }

    /// Hands out the stream's items, watching the tracker while it waits.
    fn poll_open(&mut self, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let (stream, entry) = self.parts();
        if entry.asks() != Asks::Nothing {
            self.state = State::Ending(Box::new(Ender::new(self.policy)));
            return self.poll_ending(cx);
        }
        match Pin::new(&mut *stream).poll_next(cx) {
            Poll::Ready(Some(item)) => Poll::Ready(Some(item)),
            Poll::Ready(None) => {
                self.state = State::Finishing;
                self.poll_finishing(cx)
            }
            Poll::Pending => {
                entry.wait_with(cx);
                if entry.asks() == Asks::Nothing {
                    return Poll::Pending;
                }
                self.state = State::Ending(Box::new(Ender::new(self.policy)));
                self.poll_ending(cx)
            }
        }
    }

    /// The stream stopped handing out items: ends it, then `None`. A failed close is
    /// kept for the holder's `close()` (S3.10), which returns it.
    fn poll_finishing(&mut self, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let (stream, _) = self.parts();
        let output = ready!(Pin::new(stream).poll_close(cx));
        let failed = output.error().is_some();
        if failed {
            *self.unclaimed() = Some(output);
        }
        self.ended(failed);
        Poll::Ready(None)
    }

    /// The tracker's shutdown ends the stream: `None` once it ended, or was given up.
    fn poll_ending(&mut self, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let State::Ending(ender) = &mut self.state else {
            unreachable!("only called while ending");
        };
        let stream = self.stream.as_mut().expect("the stream is there");
        let tracker = &self.tracker;
        let entry = self.entry.get_or_insert_with(|| tracker.register());
        match ready!(ender.poll_end(stream, cx, entry, &self.spawner, true)) {
            EndOf::Ended(output, how) => {
                let error = output.error();
                report::held_end(&self.origin, how, error);
                let failed = error.is_some();
                let origin = &self.origin;
                for error in Pin::new(&mut *stream).drain_suppressed_errors() {
                    let error: &dyn fmt::Debug = &error;
                    report::held_end(origin, how, Some(error));
                }
                self.ended(failed);
            }
            EndOf::GaveUp => {
                // Kept, so that the holder may still close it; its drop reports the
                // loss (S7.5).
                self.state = State::Abandoned;
                self.entry = None;
            }
        }
        Poll::Ready(None)
    }

    /// `close()` or `cancel()` from the holder; a shutdown under way continues.
    fn poll_stop(&mut self, cx: &mut Context<'_>, cancel: bool) -> Poll<S::CloseOutput> {
        if let Some(output) = self.unclaimed().take() {
            // The close made at the stream's end failed: the holder meets it here.
            return Poll::Ready(output);
        }
        if matches!(self.state, State::Open | State::Finishing) {
            let (_, entry) = self.parts();
            if entry.asks() != Asks::Nothing {
                self.state = State::Ending(Box::new(Ender::new(self.policy)));
            }
        }
        let output = match &mut self.state {
            State::Ending(ender) => {
                if cancel {
                    ender.cancel_now();
                }
                let stream = self.stream.as_mut().expect("the stream is there");
                let tracker = &self.tracker;
                let entry = self.entry.get_or_insert_with(|| tracker.register());
                match ready!(ender.poll_end(stream, cx, entry, &self.spawner, false)) {
                    EndOf::Ended(output, _) => output,
                    EndOf::GaveUp => unreachable!("a holder's close never gives up"),
                }
            }
            State::Ended | State::Abandoned => {
                // Nothing owned any more: what the stream itself answers (S3.5).
                let stream = self.stream.as_mut().expect("the stream is there");
                let stream = Pin::new(stream);
                let output = ready!(if cancel {
                    stream.poll_cancel(cx)
                } else {
                    stream.poll_close(cx)
                });
                self.state = State::Ended;
                return Poll::Ready(output);
            }
            State::Open | State::Finishing => {
                let (stream, _) = self.parts();
                let stream = Pin::new(stream);
                ready!(if cancel {
                    stream.poll_cancel(cx)
                } else {
                    stream.poll_close(cx)
                })
            }
        };
        // The holder sees the error: it is counted by the tracker only.
        let failed = output.error().is_some();
        self.ended(failed);
        Poll::Ready(output)
    }
}

impl<S, Sp> Stream for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    Sp: CloseSpawner,
{
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let this = self.get_mut();
        match this.state {
            State::Open => this.poll_open(cx),
            State::Finishing => this.poll_finishing(cx),
            State::Ending(_) => this.poll_ending(cx),
            State::Abandoned | State::Ended => Poll::Ready(None),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match (&self.state, &self.stream) {
            (State::Open, Some(stream)) => stream.size_hint(),
            _ => (0, Some(0)),
        }
    }
}

impl<S, Sp> FusedStream for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    Sp: CloseSpawner,
{
    fn is_terminated(&self) -> bool {
        matches!(self.state, State::Abandoned | State::Ended) || self.stream.is_none()
    }
}

impl<S, Sp> ManagedStream for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    Sp: CloseSpawner,
{
    type CloseOutput = S::CloseOutput;

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        self.get_mut().poll_stop(cx, false)
    }

    fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        self.get_mut().poll_stop(cx, true)
    }

    // S3.10: the errors after the first of the stream inside stay reachable.
    fn drain_suppressed_errors(
        self: Pin<&mut Self>,
    ) -> Vec<<S::CloseOutput as crate::CloseResult>::Error>
    where
        S::CloseOutput: crate::CloseResult,
    {
        match self.get_mut().stream.as_mut() {
            Some(stream) => Pin::new(stream).drain_suppressed_errors(),
            None => Vec::new(),
        }
    }
}

impl<S, Sp> Drop for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    Sp: CloseSpawner,
{
    fn drop(&mut self) {
        if let Some(output) = self.unclaimed().take() {
            // The holder never met the error of the close made at the end (S7.5).
            report::held_end(&self.origin, HowEnded::Closed, output.error());
            if let Some(stream) = self.stream.as_mut() {
                let origin = &self.origin;
                for error in Pin::new(&mut *stream).drain_suppressed_errors() {
                    let error: &dyn fmt::Debug = &error;
                    report::held_end(origin, HowEnded::Closed, Some(error));
                }
            }
        }
        let Some(stream) = self.stream.take() else {
            return; // taken back or dropped on purpose
        };
        if matches!(self.state, State::Ended) || drop_check::skipping_on_purpose() {
            // Nothing left to end, or a whole tree skipped on purpose (S4.6).
            drop(stream);
            return;
        }
        if matches!(self.state, State::Abandoned) {
            // Given up at the tracker's shutdown deadline: a loss, reported (S7.5).
            drop_check::reported(|| drop(stream));
            return;
        }
        let entry = match self.entry.take() {
            Some(entry) => entry,
            None => self.tracker.register(),
        };
        // S7.2: the runtime ends it; this code neither waits nor panics.
        let task = CloseTask::new(
            stream,
            self.policy,
            entry,
            self.spawner.clone(),
            self.origin,
        );
        if let Err(task) = self.spawner.spawn_close(task) {
            // S7.3: no runtime here. Dropping the task drops the stream, reported.
            drop(task);
        }
    }
}

impl<S, Sp> fmt::Debug for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    Sp: CloseSpawner,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CloseOnDrop")
            .field("stream", &self.origin.stream_name())
            .field("state", &self.state)
            .field("policy", &self.policy)
            .field("tracker", &self.tracker)
            .field("created_at", &format_args!("{}", self.origin.location))
            .finish()
    }
}

/// What [`close_on_drop`](crate::ManagedStreamExt::close_on_drop) and
/// [`cancel_on_drop`](crate::ManagedStreamExt::cancel_on_drop) need: the crate's `tokio`
/// feature (S6.2). With it, every type implements this trait, with [`TokioSpawner`];
/// without it, none does, and calling either method is a compile error that names the
/// feature. Another executor uses
/// [`close_on_drop_with`](crate::ManagedStreamExt::close_on_drop_with) instead.
///
#[cfg_attr(
    feature = "tokio",
    doc = "```\nfn needs_tokio<T: managed_stream::TokioFeature>() {}\nneeds_tokio::<u8>();\n```"
)]
#[cfg_attr(
    not(feature = "tokio"),
    doc = "Without the `tokio` feature (this build), the call does not compile:\n\n```compile_fail,E0277\nuse managed_stream::{ManagedStreamExt, with_teardown};\nlet numbers = with_teardown(futures::stream::iter(0..3), async |_| {});\nlet numbers = numbers.close_on_drop(); // error: needs the `tokio` feature\n```"
)]
#[diagnostic::on_unimplemented(
    message = "`close_on_drop()` and `cancel_on_drop()` need the `tokio` feature of managed-stream",
    label = "needs the `tokio` feature of managed-stream",
    note = "enable it: `managed-stream = {{ version = \"0.1\", features = [\"tokio\"] }}`",
    note = "on another executor, use `close_on_drop_with(spawner, deadline)` with a `CloseSpawner`"
)]
pub trait TokioFeature {
    /// The spawner of the Tokio runtime: `TokioSpawner`.
    type Spawner: CloseSpawner;

    /// Makes one.
    ///
    /// ```
    /// # #[cfg(feature = "tokio")] {
    /// use managed_stream::{TokioFeature, TokioSpawner};
    /// let _spawner: TokioSpawner = <u8 as TokioFeature>::spawner();
    /// # }
    /// ```
    fn spawner() -> Self::Spawner;
}

#[cfg(feature = "tokio")]
impl<T: ?Sized> TokioFeature for T {
    type Spawner = TokioSpawner;

    fn spawner() -> TokioSpawner {
        TokioSpawner
    }
}

/// Spawns closes on the Tokio runtime the dropping code runs in (feature `tokio`).
///
/// Its timer is `tokio::time::sleep`: the runtime needs the time driver, as
/// `tokio::time::timeout` does. Outside a runtime it gives the task back (S7.3), and its
/// timer never fires (a held stream that a tracker's shutdown ends while it is polled
/// outside a runtime closes without a deadline of its own, rather than panic).
#[cfg(feature = "tokio")]
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioSpawner;

#[cfg(feature = "tokio")]
impl CloseSpawner for TokioSpawner {
    fn spawn_close(&self, task: CloseTask) -> Result<(), CloseTask> {
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                drop(runtime.spawn(task));
                Ok(())
            }
            Err(_) => Err(task),
        }
    }

    fn sleep(&self, deadline: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        if tokio::runtime::Handle::try_current().is_err() {
            return Box::pin(core::future::pending());
        }
        Box::pin(tokio::time::sleep(deadline))
    }
}
