//! What an executor offers to end dropped streams in the background: [`CloseSpawner`],
//! and the task it runs, [`CloseTask`] (S7.1, S7.2). A leaf: the background ends, the
//! `close_on_drop` wrappers and the trackers all build on it.

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use core::time::Duration;

/// What an executor must offer so that a dropped [`CloseOnDropWith`](crate::CloseOnDropWith) can be ended on
/// it: spawning a `'static` task, and a timer for the close deadline.
///
/// [`TokioSpawner`](crate::TokioSpawner) implements it (feature `tokio`). Another executor implements it the
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

/// The background task that ends a stream whose `CloseOnDrop` was dropped unended:
/// by its policy (`close()` within the deadline, then `cancel()`; or `cancel()` at
/// once), owned by its tracker (S7.2, S7.6). Made by the crate and handed to a
/// [`CloseSpawner`], which runs it to completion. With the `tracing` feature it runs in
/// the span that was current where the stream was dropped (S7.5).
///
/// Dropping it before it finished (a runtime shutting down) drops the stream without
/// its remaining teardowns, without a panic, and reports it (S7.3).
#[must_use = "futures do nothing unless polled: spawn the task"]
pub struct CloseTask {
    future: Pin<Box<dyn Future<Output = ()> + Send>>,
}

impl CloseTask {
    /// Wraps the future that ends the stream (built in `background_end`).
    pub(crate) fn from_future(future: Pin<Box<dyn Future<Output = ()> + Send>>) -> Self {
        Self { future }
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
