//! Ending a stream whose holder was dropped (S7): the holder of a stream is cancelled
//! by drop (an aborted task, a `timeout` that fired, a losing `select!` branch, a
//! response body whose client went away), and no `close()` can be awaited there. A
//! stream that owns its resources is handed to the runtime instead, which closes it.
//!
//! The core here is runtime-free: [`CloseOnDropWith`] hands a [`CloseTask`] to a
//! [`CloseSpawner`]. The `tokio` feature provides [`TokioSpawner`] and the
//! [`CloseOnDrop`] alias that [`ManagedStreamExt::close_on_drop`] returns; another
//! executor implements [`CloseSpawner`] and uses [`ManagedStreamExt::close_on_drop_with`].

use core::fmt;
use core::future::{Future, poll_fn};
use core::panic::Location;
use core::pin::{Pin, pin};
use core::task::{Context, Poll};
use core::time::Duration;

use futures_core::{FusedStream, Stream};

use crate::consumer::consume::{Cancel, Close, ManagedStream, ManagedStreamExt};
use crate::lifecycle::drop_check::{self, Origin, Unclosed};

/// How long a stream handed to the runtime may take to close before it is cancelled,
/// unless set with `close_on_drop_within` (S7.2).
pub const DEFAULT_CLOSE_DEADLINE: Duration = Duration::from_secs(5);

/// What an executor must offer so that a dropped [`CloseOnDropWith`] can be ended on
/// it: spawning a `'static` task, and a timer for the close deadline.
///
/// [`TokioSpawner`] implements it (feature `tokio`). Another executor implements it the
/// same way:
///
/// ```
/// use managed_stream::{CloseSpawner, CloseTask};
/// use std::future::Future;
/// use std::pin::Pin;
/// use std::time::Duration;
///
/// /// Runs every close on its own thread (a toy executor, for the example).
/// #[derive(Clone)]
/// struct ThreadSpawner;
///
/// impl CloseSpawner for ThreadSpawner {
///     fn spawn_close(&self, task: CloseTask) -> Result<(), CloseTask> {
///         std::thread::spawn(move || futures::executor::block_on(task));
///         Ok(())
///     }
///
///     fn sleep(&self, deadline: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
///         Box::pin(async move { std::thread::sleep(deadline) }) // a toy timer too
///     }
/// }
/// ```
pub trait CloseSpawner: Clone + Send + Sync + 'static {
    /// Starts `task` in the background, or gives it back when that cannot be done here
    /// (for example, no runtime is running on this thread). A runtime may later drop a
    /// task it accepted (at shutdown): the stream in it is then reported, as S7.3 says.
    fn spawn_close(&self, task: CloseTask) -> Result<(), CloseTask>;

    /// A future that completes after `deadline`, created inside the spawned task.
    fn sleep(&self, deadline: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>>;
}

/// What closing returned, as far as reporting it needs (S7.2): `()`, or a try-mode
/// `Result<(), E>` whose error is logged.
///
/// ```
/// use managed_stream::CloseResult;
///
/// assert!(().error().is_none());
/// assert!(Err::<(), _>("teardown failed").error().is_some());
/// ```
pub trait CloseResult {
    /// The teardown error that closing returned, if any.
    fn error(&self) -> Option<&dyn fmt::Debug>;
}

impl CloseResult for () {
    fn error(&self) -> Option<&dyn fmt::Debug> {
        None
    }
}

impl<E: fmt::Debug> CloseResult for Result<(), E> {
    fn error(&self) -> Option<&dyn fmt::Debug> {
        self.as_ref().err().map(|error| error as &dyn fmt::Debug)
    }
}

/// A managed stream that is closed in the background when it is dropped unended
/// (S7.1, S7.2); made by [`ManagedStreamExt::close_on_drop_with`], or, with the
/// `tokio` feature, by [`close_on_drop`](ManagedStreamExt::close_on_drop) (see
/// [`CloseOnDrop`]).
///
/// While held it is the stream it wraps: the same items, `close()`, `cancel()` and
/// `FusedStream`. Dropped before the stream ended, it hands the stream to `Sp`, which
/// closes it within the deadline and then cancels it, so each reached teardown runs
/// exactly once; the dropping code does not wait and never panics. A close that fails
/// or needs the cancel is reported (S4.5: [`unclosed_drops`](crate::unclosed_drops)
/// and the `tracing` event). Where the stream cannot be handed over, or the runtime
/// drops the task before it finished, the stream is dropped without its remaining
/// teardowns, without a panic, and reported (S7.3).
#[must_use = "a managed stream does nothing unless polled"]
pub struct CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult + Send,
    Sp: CloseSpawner,
{
    /// The stream; `None` once taken back with `into_inner` or handed over.
    stream: Option<S>,
    /// Whether the stream ended: closed or cancelled (a `None` from it is not its end,
    /// S3.9; a drop then hands it to the background close, free if it truly ended).
    ended: bool,
    deadline: Duration,
    spawner: Sp,
    origin: Origin,
}

/// [`CloseOnDropWith`] on the Tokio runtime (feature `tokio`): what
/// [`close_on_drop`](ManagedStreamExt::close_on_drop) returns.
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
/// }
/// ```
#[cfg(feature = "tokio")]
pub type CloseOnDrop<S> = CloseOnDropWith<S, TokioSpawner>;

// Nothing is pinned in place: `S` is `Unpin` and the spawner is only cloned.
impl<S, Sp> Unpin for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult + Send,
    Sp: CloseSpawner,
{
}

impl<S, Sp> CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult + Send,
    Sp: CloseSpawner,
{
    /// Wraps `stream`; see [`ManagedStreamExt::close_on_drop_with`].
    #[track_caller]
    pub fn new(stream: S, spawner: Sp, deadline: Duration) -> Self {
        Self {
            stream: Some(stream),
            ended: false,
            deadline,
            spawner,
            origin: Origin {
                name: core::any::type_name::<S>,
                location: Location::caller(),
            },
        }
    }

    /// Ends the stream gracefully; see [`ManagedStream::poll_close`].
    ///
    /// ```
    /// # #[cfg(feature = "tokio")] {
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    /// # futures::executor::block_on(async {
    /// let numbers = with_teardown(futures::stream::iter(0..3), async || {});
    /// let mut numbers = numbers.close_on_drop();
    /// numbers.close().await; // ended here: nothing is handed over on drop
    /// # });
    /// # }
    /// ```
    pub fn close(&mut self) -> Close<'_, Self> {
        Close::new(self)
    }

    /// Ends the stream promptly; see [`ManagedStream::poll_cancel`].
    pub fn cancel(&mut self) -> Cancel<'_, Self> {
        Cancel::new(self)
    }

    /// Takes the stream back out: it is no longer closed on drop.
    pub fn into_inner(mut self) -> S {
        self.stream
            .take()
            .expect("the stream is there until dropped")
    }

    /// Drops the stream without its teardowns, on purpose and silently (S4.4, S4.6):
    /// nothing is handed to the runtime.
    pub fn drop_without_teardown(mut self) {
        let stream = self.stream.take();
        drop_check::on_purpose(|| drop(stream));
    }

    fn stream(&mut self) -> &mut S {
        self.stream
            .as_mut()
            .expect("the stream is there until dropped")
    }
}

impl<S, Sp> Stream for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult + Send,
    Sp: CloseSpawner,
{
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        // S3.9: `None` from an adapter (`take`, ...) is not the end of the stream
        // inside: it is not marked ended, so a drop hands it to the background close,
        // which returns at once for a stream that truly ended.
        Pin::new(self.get_mut().stream()).poll_next(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.stream.as_ref().map_or((0, Some(0)), Stream::size_hint)
    }
}

impl<S, Sp> FusedStream for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + FusedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult + Send,
    Sp: CloseSpawner,
{
    fn is_terminated(&self) -> bool {
        self.stream.as_ref().is_none_or(S::is_terminated)
    }
}

impl<S, Sp> ManagedStream for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult + Send,
    Sp: CloseSpawner,
{
    type CloseOutput = S::CloseOutput;

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        let this = self.get_mut();
        let closed = Pin::new(this.stream()).poll_close(cx);
        this.ended |= closed.is_ready();
        closed
    }

    fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<S::CloseOutput> {
        let this = self.get_mut();
        let cancelled = Pin::new(this.stream()).poll_cancel(cx);
        this.ended |= cancelled.is_ready();
        cancelled
    }

    // S3.10: the errors after the first of the stream inside stay reachable.
    fn drain_suppressed_errors(
        self: Pin<&mut Self>,
    ) -> Vec<<S::CloseOutput as crate::BodyOutput>::Error>
    where
        S::CloseOutput: crate::BodyOutput,
    {
        Pin::new(self.get_mut().stream()).drain_suppressed_errors()
    }
}

impl<S, Sp> Drop for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult + Send,
    Sp: CloseSpawner,
{
    fn drop(&mut self) {
        let Some(stream) = self.stream.take() else {
            return; // taken back or dropped on purpose
        };
        if self.ended || drop_check::skipping_on_purpose() {
            // Nothing left to end, or a whole tree skipped on purpose (S4.6).
            drop(stream);
            return;
        }
        // S7.2: the runtime ends it; this code neither waits nor panics.
        let task = CloseTask::new(stream, self.spawner.clone(), self.deadline, self.origin);
        if let Err(task) = self.spawner.spawn_close(task) {
            // S7.3: no runtime here. Dropping the task drops the stream, reported.
            drop(task);
        }
    }
}

impl<S, Sp> fmt::Debug for CloseOnDropWith<S, Sp>
where
    S: ManagedStream + Unpin + Send + 'static,
    S::CloseOutput: CloseResult + Send,
    Sp: CloseSpawner,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CloseOnDrop")
            .field("stream", &(self.origin.name)())
            .field("ended", &self.ended)
            .field("deadline", &self.deadline)
            .field("created_at", &format_args!("{}", self.origin.location))
            .finish()
    }
}

/// The background task that ends a stream whose [`CloseOnDropWith`] was dropped
/// unended: `close()` within the deadline, then `cancel()` (S7.2). Made by the
/// crate and handed to a [`CloseSpawner`], which runs it to completion.
///
/// Dropping it before it finished (a runtime shutting down) drops the stream without
/// its remaining teardowns, without a panic, and reports it (S7.3).
#[must_use = "futures do nothing unless polled: spawn the task"]
pub struct CloseTask {
    future: Pin<Box<dyn Future<Output = ()> + Send>>,
}

impl CloseTask {
    fn new<S, Sp>(stream: S, spawner: Sp, deadline: Duration, origin: Origin) -> Self
    where
        S: ManagedStream + Unpin + Send + 'static,
        S::CloseOutput: CloseResult + Send,
        Sp: CloseSpawner,
    {
        // Owned by the future from the start, so that even a task dropped before its
        // first poll drops the stream in the reported scope.
        let mut handed = Handed(Some(stream));
        let future = async move {
            let stream = handed.0.as_mut().expect("the stream is handed over");
            let (output, cancelled) = close_or_cancel(stream, spawner.sleep(deadline)).await;
            if cancelled || output.error().is_some() {
                let what = Unclosed::EndedInBackground {
                    cancelled,
                    error: output.error(),
                };
                drop_check::report(&origin, what);
            }
            drop(handed);
        };
        Self {
            future: Box::pin(future),
        }
    }
}

impl Future for CloseTask {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.future.as_mut().poll(cx)
    }
}

impl fmt::Debug for CloseTask {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CloseTask").finish_non_exhaustive()
    }
}

/// A stream handed to the runtime: however it is dropped, unclosed drops inside it are
/// reported and never panic (S7.3).
struct Handed<S>(Option<S>);

impl<S> Drop for Handed<S> {
    fn drop(&mut self) {
        let stream = self.0.take();
        drop_check::reported(|| drop(stream));
    }
}

/// `close()` until `timer` fires, then `cancel()` from where the close got to (S3.4).
/// Returns what ending returned and whether the cancel was needed.
async fn close_or_cancel<S>(
    stream: &mut S,
    timer: impl Future<Output = ()>,
) -> (S::CloseOutput, bool)
where
    S: ManagedStream + Unpin,
{
    let mut timer = pin!(timer);
    let closed = poll_fn(|cx| {
        if let Poll::Ready(output) = Pin::new(&mut *stream).poll_close(cx) {
            return Poll::Ready(Some(output));
        }
        timer.as_mut().poll(cx).map(|()| None)
    })
    .await;
    match closed {
        Some(output) => (output, false),
        None => (stream.cancel().await, true),
    }
}

/// Spawns closes on the Tokio runtime the dropping code runs in (feature `tokio`).
///
/// Its timer is `tokio::time::sleep`: the runtime needs the time driver, as
/// `tokio::time::timeout` does. Outside a runtime it gives the task back (S7.3).
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
        Box::pin(tokio::time::sleep(deadline))
    }
}
