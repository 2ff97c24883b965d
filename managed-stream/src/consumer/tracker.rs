//! Owners for background ends (S7.6): a [`StreamTracker`] owns the streams wrapped by
//! `close_on_drop()` / `cancel_on_drop()` that were given to it (the others belong to
//! [`StreamTracker::global`]), and [`shutdown`](StreamTracker::shutdown) ends them all,
//! held or dropped, before a service's `main` returns.
//!
//! Modelled on tokio-util's `TaskTracker` and `CancellationToken`. The state is a few
//! atomics plus a lock-protected table of wakers, never held across an `.await`: a
//! tracked stream costs one atomic increment at its first poll and one decrement at its
//! end; while it waits it keeps its task's waker in the table (a lock only when the
//! waker changes), so that a shutdown can wake a holder idle in `poll_next`.
//!
//! The core is runtime-free: [`shutdown_on`](StreamTracker::shutdown_on) takes its timer
//! from a [`CloseSpawner`]; the `tokio` feature adds [`shutdown`](StreamTracker::shutdown).

use core::fmt;
use core::future::poll_fn;
use core::sync::atomic::{AtomicU8, AtomicU64, AtomicUsize, Ordering};
use core::task::{Context, Poll, Waker};
use core::time::Duration;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::consumer::spawner::CloseSpawner;

/// Tracker phases.
const RUNNING: u8 = 0;
/// `shutdown` was called: every stream ends now.
const SHUTTING_DOWN: u8 = 1;
/// The shutdown returned (its deadline passed or every stream ended): what is still
/// unfinished is given up; streams tracked from now on end at once.
const SHUT_DOWN: u8 = 2;

/// The owner of the background ends of the streams given to it (S7.6): what a service
/// awaits before its `main` returns, so that no teardown is lost to the runtime's
/// shutdown.
///
/// A cheap `Clone` handle: clones share one tracker; dropping a handle does not drop or
/// end its streams. Give it streams with
/// [`.tracked_by(&tracker)`](crate::CloseOnDropWith::tracked_by) on a `CloseOnDrop`;
/// the others belong to [`StreamTracker::global`]. A stream is owned from its first
/// poll through the wrapper (or its drop, if it is dropped unpolled) until it ended.
///
/// [`shutdown(deadline)`](Self::shutdown) ends every stream it owns:
/// - a stream still held (a response body the server is still sending): its holder is
///   woken, even when it waits on an idle source, and the stream is ended in its
///   `poll_next` (its policy: `close()` within its deadline but at most half the
///   shutdown deadline, then `cancel()`; `cancel_on_drop` cancels at once); the holder
///   sees `None` after the teardowns ran;
/// - a dropped stream: its background end is awaited (sped up the same way).
///
/// The returned [`ShutdownReport`] counts what ended, what failed and what was lost.
/// After the shutdown, a stream newly given to the tracker is ended at once (cancelled:
/// in the background if it is dropped, at its next poll if it is held).
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStreamExt, StreamTracker, managed_stream, teardown, yield_};
/// use std::time::Duration;
///
/// /// Events from an idle source: waits forever for the next one.
/// #[managed_stream]
/// async fn events() -> u32 {
///     teardown! { println!("unsubscribed"); }
///     yield_!(1);
///     std::future::pending::<()>().await;
/// }
///
/// #[tokio::main(flavor = "current_thread")]
/// async fn main() {
/// # #[cfg(feature = "tokio")] {
///     let tracker = StreamTracker::new();
///     // A response body, held by a connection task.
///     let body = events().cancel_on_drop().tracked_by(&tracker);
///     let connection = tokio::spawn(async move {
///         let mut body = body;
///         while let Some(_event) = body.next().await {}
///         "the body ended cleanly"
///     });
///     tokio::task::yield_now().await;
///
///     let report = tracker.shutdown(Duration::from_secs(5)).await;
///     assert_eq!((report.ended, report.failed, report.lost), (1, 0, 0));
///     assert_eq!(connection.await.unwrap(), "the body ended cleanly");
/// # }
/// }
/// ```
#[derive(Clone)]
pub struct StreamTracker {
    shared: TrackerRef,
}

/// What [`StreamTracker::shutdown`] did (S7.6).
///
/// ```
/// let report = managed_stream::ShutdownReport::default();
/// assert!(report.is_clean());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ShutdownReport {
    /// Streams that ended while the shutdown ran with every reached teardown run and no
    /// teardown error: held ones the shutdown ended, dropped ones whose background end
    /// finished, and any that ended by themselves meanwhile.
    pub ended: u64,
    /// Streams that ended while the shutdown ran with a teardown that returned an error
    /// (each is also a `teardown_failures` count and a `WARN`, S7.5).
    pub failed: u64,
    /// Streams whose teardowns had not finished when the deadline passed: they are
    /// dropped (a held one at its holder's next poll, which then sees `None`) and
    /// counted as losses (S7.5:
    /// [`unclosed_drops`](crate::unclosed_drops) when a reached teardown did not run).
    /// A stream that ends at the very instant of the deadline may be counted both
    /// here and in `ended`; a loss is never left out.
    pub lost: u64,
}

impl ShutdownReport {
    /// Whether nothing failed and nothing was lost.
    ///
    /// ```
    /// let report = managed_stream::ShutdownReport::default();
    /// assert!(report.is_clean());
    /// ```
    pub fn is_clean(&self) -> bool {
        self.failed == 0 && self.lost == 0
    }
}

/// The state clones of one tracker share.
pub(crate) struct Shared {
    phase: AtomicU8,
    /// Streams owned and not yet ended.
    live: AtomicUsize,
    /// Streams that ended, or failed, while the tracker was not running.
    ended: AtomicU64,
    failed: AtomicU64,
    /// How long a stream may close on shutdown before it is cancelled, in nanoseconds.
    close_window: AtomicU64,
    wakers: Mutex<Wakers>,
}

/// The wakers of the streams that wait, and of the `shutdown` calls that wait.
struct Wakers {
    slots: Vec<Option<Waker>>,
    free: Vec<usize>,
    shutdown: Option<Waker>,
}

impl Wakers {
    /// Wakes every waiting stream, after releasing the lock (a waker may run code);
    /// their wakers stay, for the next phase.
    fn wake_all(table: MutexGuard<'_, Wakers>) {
        let wakers: Vec<Waker> = table.slots.iter().flatten().cloned().collect();
        drop(table);
        for waker in wakers {
            waker.wake();
        }
    }
}

static GLOBAL: Shared = Shared::new();

/// A tracker's shared state: the process-wide one, or one made by `new()`.
#[derive(Clone)]
enum TrackerRef {
    Global,
    Own(Arc<Shared>),
}

impl core::ops::Deref for TrackerRef {
    type Target = Shared;

    #[inline]
    fn deref(&self) -> &Shared {
        match self {
            TrackerRef::Global => &GLOBAL,
            TrackerRef::Own(shared) => shared,
        }
    }
}

impl Shared {
    const fn new() -> Self {
        Self {
            phase: AtomicU8::new(RUNNING),
            live: AtomicUsize::new(0),
            ended: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            close_window: AtomicU64::new(0),
            wakers: Mutex::new(Wakers {
                slots: Vec::new(),
                free: Vec::new(),
                shutdown: None,
            }),
        }
    }

    /// The table, also after a panic elsewhere poisoned the lock (it stays consistent:
    /// every update is one assignment).
    fn wakers(&self) -> MutexGuard<'_, Wakers> {
        self.wakers.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sets the phase and wakes every waiting stream, under the lock, so that a stream
    /// that registers after this sees the new phase.
    fn enter_phase(&self, phase: u8) {
        let wakers = self.wakers();
        self.phase.store(phase, Ordering::SeqCst);
        Wakers::wake_all(wakers);
    }
}

impl StreamTracker {
    /// A new tracker, owning no stream yet.
    ///
    /// ```
    /// let tracker = managed_stream::StreamTracker::new();
    /// assert_eq!(tracker.owned(), 0);
    /// ```
    pub fn new() -> Self {
        Self {
            shared: TrackerRef::Own(Arc::new(Shared::new())),
        }
    }

    /// The process-wide tracker, which owns every `CloseOnDrop` not given to another
    /// one. A service that uses no tracker of its own shuts this one down.
    ///
    /// ```
    /// let global = managed_stream::StreamTracker::global();
    /// let _ = global.owned(); // every untracked close_on_drop stream of the process
    /// ```
    pub fn global() -> Self {
        Self {
            shared: TrackerRef::Global,
        }
    }

    /// How many streams the tracker owns now: polled or dropped, not yet ended.
    ///
    /// ```
    /// assert_eq!(managed_stream::StreamTracker::new().owned(), 0);
    /// ```
    pub fn owned(&self) -> usize {
        self.shared.live.load(Ordering::SeqCst)
    }

    /// Whether [`shutdown`](Self::shutdown) was called.
    ///
    /// ```
    /// assert!(!managed_stream::StreamTracker::new().is_shut_down());
    /// ```
    pub fn is_shut_down(&self) -> bool {
        self.shared.phase.load(Ordering::SeqCst) != RUNNING
    }

    /// Ends every stream the tracker owns, held or dropped, and waits for them at most
    /// `deadline` (S7.6; feature `tokio`, whose timer it uses: await it inside a Tokio
    /// runtime with time enabled, or the deadline never passes). See [`StreamTracker`].
    ///
    /// A second call (or one made while another runs) returns at once, with an empty
    /// report. A zero deadline ends nothing gracefully: it reports what was still owned
    /// as lost, and never panics. Dropping the future before it returned leaves the
    /// tracker shutting down: its streams still end (by the shutdown's policy), but none
    /// is given up.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")] async fn main() {
    /// let tracker = managed_stream::StreamTracker::new();
    /// let report = tracker.shutdown(std::time::Duration::from_secs(10)).await;
    /// assert_eq!(report, managed_stream::ShutdownReport::default());
    /// # }
    /// ```
    #[cfg(feature = "tokio")]
    pub async fn shutdown(&self, deadline: Duration) -> ShutdownReport {
        self.shutdown_on(&crate::TokioSpawner, deadline).await
    }

    /// [`shutdown`](Self::shutdown) with the timers of `spawner`: for another executor.
    /// Needs no feature.
    ///
    /// ```
    /// use managed_stream::{CloseSpawner, CloseTask, StreamTracker};
    /// use std::{future::Future, pin::Pin, time::Duration};
    ///
    /// #[derive(Clone)]
    /// struct Never; // a timer that never fires (for the example)
    /// impl CloseSpawner for Never {
    ///     fn spawn_close(&self, task: CloseTask) -> Result<(), CloseTask> {
    ///         Err(task)
    ///     }
    ///     fn sleep(&self, _: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
    ///         Box::pin(std::future::pending())
    ///     }
    /// }
    ///
    /// let tracker = StreamTracker::new();
    /// let report = futures::executor::block_on(tracker.shutdown_on(&Never, Duration::MAX));
    /// assert!(report.is_clean()); // it owned nothing: it returned at once
    /// ```
    pub async fn shutdown_on<Sp: CloseSpawner>(
        &self,
        spawner: &Sp,
        deadline: Duration,
    ) -> ShutdownReport {
        let shared = &*self.shared;
        if !self.begin_shutdown(deadline) {
            return ShutdownReport::default();
        }
        // `ended` and `failed` count only once the tracker stopped running, which this
        // call began: no baseline to subtract (reading one here would miss the streams
        // that ended between the phase change and the read).
        let mut timer = spawner.sleep(deadline);
        let drained = poll_fn(|cx| {
            let old = shared.wakers().shutdown.replace(cx.waker().clone());
            drop(old); // outside the lock, as in `Entry::register_waker`
            if shared.live.load(Ordering::SeqCst) == 0 {
                return Poll::Ready(true);
            }
            timer.as_mut().poll(cx).map(|()| false)
        })
        .await;
        let old = shared.wakers().shutdown.take();
        drop(old);
        // What is still unfinished at the deadline is lost (S7.5). Counted before the
        // phase change: that change wakes those streams, which give up and leave the
        // count at once (a read after it missed them).
        let lost = if drained {
            0
        } else {
            shared.live.load(Ordering::SeqCst) as u64
        };
        shared.enter_phase(SHUT_DOWN);
        ShutdownReport {
            ended: shared.ended.load(Ordering::SeqCst),
            failed: shared.failed.load(Ordering::SeqCst),
            lost,
        }
    }

    /// Moves from running to shutting down, once: whether this call did.
    fn begin_shutdown(&self, deadline: Duration) -> bool {
        let shared = &*self.shared;
        let wakers = shared.wakers();
        if shared.phase.load(Ordering::SeqCst) != RUNNING {
            return false;
        }
        let window = u64::try_from((deadline / 2).as_nanos()).unwrap_or(u64::MAX);
        shared.close_window.store(window, Ordering::SeqCst);
        shared.phase.store(SHUTTING_DOWN, Ordering::SeqCst);
        Wakers::wake_all(wakers);
        true
    }

    /// Registers one stream with the tracker (at its first poll, or its drop).
    #[inline]
    pub(crate) fn register(&self) -> Entry {
        let phase = self.shared.phase.load(Ordering::SeqCst);
        self.shared.live.fetch_add(1, Ordering::SeqCst);
        Entry {
            tracker: self.shared.clone(),
            late: phase == SHUT_DOWN,
            slot: None,
            registered: None,
        }
    }
}

impl Default for StreamTracker {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for StreamTracker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamTracker")
            .field("global", &matches!(self.shared, TrackerRef::Global))
            .field("owned", &self.owned())
            .field("shut_down", &self.is_shut_down())
            .finish()
    }
}

/// What the tracker asks of one of its streams now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Asks {
    /// Nothing: the tracker runs.
    Nothing,
    /// End now: close for at most `close_window`, then cancel.
    End {
        /// How long a graceful close may take before the cancel.
        close_window: Duration,
    },
    /// The shutdown deadline passed: give up on the stream (S7.5 loss).
    GiveUp,
}

/// One stream's membership in a tracker, from its first poll (or its drop) to its end.
/// Dropping it without [`finish`](Self::finish) leaves the tracker without counting an
/// end (the stream was given up, or taken back with `into_inner`).
pub(crate) struct Entry {
    tracker: TrackerRef,
    /// Registered after the shutdown returned: ended at once, never given up.
    late: bool,
    /// Where this stream's waker sits in the table, once it waited.
    slot: Option<usize>,
    /// The waker put there last, to skip the lock while it does not change.
    registered: Option<Waker>,
}

impl Entry {
    /// What the tracker asks now: one atomic load.
    #[inline]
    pub(crate) fn asks(&self) -> Asks {
        match self.tracker.phase.load(Ordering::SeqCst) {
            RUNNING => Asks::Nothing,
            SHUTTING_DOWN => Asks::End {
                close_window: Duration::from_nanos(
                    self.tracker.close_window.load(Ordering::SeqCst),
                ),
            },
            _ if self.late => Asks::End {
                close_window: Duration::ZERO,
            },
            _ => Asks::GiveUp,
        }
    }

    /// Keeps `cx`'s waker in the table while the stream waits, so that a shutdown
    /// wakes it; takes the lock only when the waker changed.
    #[inline]
    pub(crate) fn wait_with(&mut self, cx: &Context<'_>) {
        if !self
            .registered
            .as_ref()
            .is_some_and(|waker| waker.will_wake(cx.waker()))
        {
            self.register_waker(cx);
        }
    }

    #[cold]
    fn register_waker(&mut self, cx: &Context<'_>) {
        let waker = cx.waker().clone();
        let mut wakers = self.tracker.wakers();
        let slot = match self.slot {
            Some(slot) => slot,
            None => {
                let slot = wakers.free.pop().unwrap_or_else(|| {
                    wakers.slots.push(None);
                    wakers.slots.len() - 1
                });
                self.slot = Some(slot);
                slot
            }
        };
        let old = wakers.slots[slot].replace(waker.clone());
        drop(wakers);
        // Dropped outside the lock: a waker's drop may run code that uses the tracker.
        drop(old);
        self.registered = Some(waker);
    }

    /// The stream ended with every reached teardown run; `failed`: one returned an
    /// error. Counted for a shutdown's report while one runs.
    #[inline]
    pub(crate) fn finish(self, failed: bool) {
        if self.tracker.phase.load(Ordering::SeqCst) != RUNNING {
            let count = if failed {
                &self.tracker.failed
            } else {
                &self.tracker.ended
            };
            count.fetch_add(1, Ordering::SeqCst);
        }
    }
}

impl Drop for Entry {
    #[inline]
    fn drop(&mut self) {
        if let Some(slot) = self.slot {
            self.free_slot(slot);
        }
        let was = self.tracker.live.fetch_sub(1, Ordering::SeqCst);
        if was == 1 && self.tracker.phase.load(Ordering::SeqCst) == SHUTTING_DOWN {
            self.wake_shutdown();
        }
    }
}

impl Entry {
    #[cold]
    fn free_slot(&self, slot: usize) {
        let mut wakers = self.tracker.wakers();
        let old = wakers.slots[slot].take();
        wakers.free.push(slot);
        drop(wakers);
        drop(old); // outside the lock, as in `register_waker`
    }

    /// The last stream ended while a shutdown waits for it.
    #[cold]
    fn wake_shutdown(&self) {
        let waiting = self.tracker.wakers().shutdown.take();
        if let Some(waker) = waiting {
            waker.wake();
        }
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("asks", &self.asks())
            .finish_non_exhaustive()
    }
}
