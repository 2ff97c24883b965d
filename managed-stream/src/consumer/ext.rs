//! [`ManagedStreamExt`]: what every managed stream gets, above the wrappers and
//! combinators it returns (`close()`, `cancel()`, `close_owned()`, `with_teardown()`,
//! `stop_on_close()`, `boxed_managed()`, `close_on_drop()`). Nothing below imports it.

use core::fmt;
use core::pin::Pin;
use core::time::Duration;

use crate::consumer::background_end::EndPolicy;
use crate::consumer::boxed::{BoxManagedStream, LocalBoxManagedStream};
use crate::consumer::close_on_drop::{CloseOnDropWith, DEFAULT_CLOSE_DEADLINE, TokioFeature};
use crate::consumer::combinators::StopOnClose;
use crate::consumer::end_futures::{Cancel, Close, CloseOwned};
use crate::consumer::managed_stream::ManagedStream;
use crate::consumer::spawner::CloseSpawner;
use crate::consumer::wrap::{CleanupOutput, WithTeardown};
use crate::lifecycle::drop_check;
use crate::lifecycle::output::CloseResult;

/// `close()` and `cancel()` for every [`ManagedStream`] that is `Unpin`.
///
/// ```
/// use managed_stream::{managed_stream, yield_, ManagedStreamExt};
///
/// #[managed_stream]
/// async fn ones() -> u8 {
///     loop {
///         yield_!(1);
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let mut stream = ones();
/// assert_eq!(futures::StreamExt::next(&mut stream).await, Some(1));
/// ManagedStreamExt::close(&mut stream).await;
/// # });
/// ```
pub trait ManagedStreamExt: ManagedStream {
    /// Ends the stream gracefully; see [`ManagedStream::poll_close`]. Dropping the
    /// future keeps the progress made; calling again continues (S3.4).
    fn close(&mut self) -> Close<'_, Self>
    where
        Self: Unpin,
    {
        Close::new(self)
    }

    /// Ends the stream promptly; see [`ManagedStream::poll_cancel`]. Dropping the
    /// future keeps the progress made; calling again continues (S3.4).
    fn cancel(&mut self) -> Cancel<'_, Self>
    where
        Self: Unpin,
    {
        Cancel::new(self)
    }

    /// Ends the stream gracefully, like [`close`](Self::close), and drops it: the
    /// future owns the stream, so a borrow the stream holds ends with the `.await`
    /// (with `close()` it lasts until the stream is dropped). Returns what `close()`
    /// returns. Works for any managed stream, `Unpin` or not.
    ///
    /// Named after Tokio's `lock_owned` and `acquire_owned`: the owning form of
    /// `close()`. Dropping the future before it finished drops the stream unclosed,
    /// which the drop check reports as for the stream itself.
    ///
    /// ```
    /// use futures::StreamExt;
    /// use managed_stream::{ManagedStreamExt, managed_stream, teardown, yield_};
    ///
    /// #[managed_stream]
    /// async fn words<'a>(text: &'a mut String) -> &'a str {
    ///     teardown! { /* release what the stream holds */ }
    ///     for word in text.split(' ') {
    ///         yield_!(word);
    ///     }
    /// }
    ///
    /// # futures::executor::block_on(async {
    /// let mut text = String::from("hello managed streams");
    /// let mut stream = words(&mut text);
    /// assert_eq!(stream.next().await, Some("hello"));
    /// stream.close_owned().await; // the borrow of `text` ends here
    /// text.push('!');
    /// assert_eq!(text, "hello managed streams!");
    /// # });
    /// ```
    fn close_owned(self) -> CloseOwned<Self>
    where
        Self: Sized,
    {
        CloseOwned::new(self)
    }

    /// The errors that the last `close()` or `cancel()` met after the one it returned,
    /// in the order they happened; drained (S3.10). Generated streams have the same
    /// method; this one reaches them through generic code and trait objects.
    ///
    /// ```
    /// use futures::StreamExt;
    /// use managed_stream::{ManagedStreamExt, combinators, with_teardown};
    ///
    /// # futures::executor::block_on(async {
    /// let a = with_teardown(futures::stream::iter([Ok::<u8, &str>(1)]), async |_| Err("a"));
    /// let b = with_teardown(futures::stream::iter([Ok(2)]), async |_| Err("b"));
    /// let mut both = combinators::select(a, b);
    /// assert!(both.next().await.is_some());
    /// assert_eq!(both.close().await, Err("a"));
    /// assert_eq!(both.take_suppressed_errors(), ["b"]);
    /// # });
    /// ```
    fn take_suppressed_errors(&mut self) -> Vec<<Self::CloseOutput as CloseResult>::Error>
    where
        Self: Unpin,
        Self::CloseOutput: CloseResult,
    {
        Pin::new(self).drain_suppressed_errors()
    }

    /// Drops the stream without running its teardowns and without the drop check's
    /// panic (S4.4), for generic code: every managed stream inside it is skipped on
    /// purpose too (S4.6). Generated streams have the same method.
    ///
    /// ```
    /// use futures::StreamExt;
    /// use managed_stream::{ManagedStream, ManagedStreamExt, combinators, with_teardown};
    ///
    /// fn give_up<S: ManagedStream>(stream: S) {
    ///     stream.drop_without_teardown();
    /// }
    ///
    /// # futures::executor::block_on(async {
    /// let a = with_teardown(futures::stream::iter([1]), async |_| println!("never printed"));
    /// let b = with_teardown(futures::stream::iter([2]), async |_| println!("never printed"));
    /// let mut both = combinators::chain(a, b);
    /// assert_eq!(both.next().await, Some(1));
    /// give_up(both); // no cleanup runs, and the drop check does not panic
    /// # });
    /// ```
    fn drop_without_teardown(self)
    where
        Self: Sized,
    {
        drop_check::on_purpose(|| drop(self));
    }

    /// Adds an async cleanup that runs after the stream's own teardown (S3.8): the
    /// returned [`WithTeardown`]'s `close()` and `cancel()` first end this stream with
    /// its own `close()` or `cancel()`, then run `cleanup`; read to the end, the
    /// stream is closed (its `None` may come from a `take` while it is still open,
    /// S3.9; a close of a stream that truly ended returns at once), then the cleanup
    /// runs. A failing close of the stream does not stop the cleanup; the first error
    /// is returned (S2.7), the cleanup's after it through
    /// [`take_suppressed_errors`](Self::take_suppressed_errors) (S3.10).
    ///
    /// The cleanup is given the stream, as `Pin<Box<Self>>`, after the stream's own
    /// `close()` (or its natural end) and before it is dropped: a stream that keeps its
    /// connection can say goodbye on it. A cleanup that does not need it writes
    /// `async |_| ...`.
    ///
    /// The free function [`with_teardown`](crate::with_teardown) is for streams from
    /// other crates: over a managed stream it would drop the stream unclosed.
    ///
    /// ```
    /// use futures::StreamExt;
    /// use managed_stream::{ManagedStreamExt, managed_stream, teardown, yield_};
    /// use std::sync::{Arc, Mutex};
    ///
    /// #[managed_stream]
    /// async fn rows(log: Arc<Mutex<Vec<&'static str>>>) -> u32 {
    ///     teardown! { log.lock().unwrap().push("cursor closed"); }
    ///     yield_!(1);
    ///     yield_!(2);
    /// }
    ///
    /// # futures::executor::block_on(async {
    /// let log = Arc::new(Mutex::new(Vec::new()));
    /// let mut rows = rows(log.clone()).with_teardown({
    ///     let log = log.clone();
    ///     async move |_| log.lock().unwrap().push("connection returned")
    /// });
    /// assert_eq!(rows.next().await, Some(1));
    /// rows.close().await;
    /// assert_eq!(*log.lock().unwrap(), ["cursor closed", "connection returned"]);
    /// # });
    /// ```
    ///
    /// The cleanup gets the stream closed, not yet dropped:
    ///
    /// ```
    /// use futures::StreamExt;
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    ///
    /// # futures::executor::block_on(async {
    /// let managed = with_teardown(futures::stream::iter(1..=3), async |_| {});
    /// let mut numbers = managed.with_teardown(async |numbers| {
    ///     // `numbers` is closed, not yet dropped.
    ///     assert!(futures::stream::FusedStream::is_terminated(&*numbers));
    /// });
    /// assert_eq!(numbers.next().await, Some(1));
    /// numbers.close().await;
    /// # });
    /// ```
    #[track_caller]
    fn with_teardown<C, F>(self, cleanup: C) -> WithTeardown<Self, C, F>
    where
        Self: Sized,
        C: FnOnce(Pin<Box<Self>>) -> F,
        F: Future<Output = Self::CloseOutput>,
        Self::CloseOutput: CleanupOutput<Self::Item>,
    {
        WithTeardown::managed(self, cleanup)
    }

    /// Makes the whole chain hand out nothing once a close or cancel began (S3.5 for
    /// every adapter in it): [`StopOnClose`]. Put it last on a chain whose adapters
    /// hold a future under way (`then`, `filter`, `filter_map`, `buffered`, ...),
    /// which could otherwise still finish that future and hand out its output.
    ///
    /// ```
    /// use futures::StreamExt;
    /// use managed_stream::{ManagedStreamExt, with_teardown};
    ///
    /// # #[cfg(feature = "futures")]
    /// # futures::executor::block_on(async {
    /// let numbers = with_teardown(futures::stream::iter(1..=10), async |_| {});
    /// let mut doubled = numbers.map(async |n| n * 2).buffered(4).stop_on_close();
    /// assert_eq!(doubled.next().await, Some(2));
    /// doubled.close().await;
    /// assert_eq!(doubled.next().await, None, "the three futures under way are not handed out");
    /// # });
    /// ```
    fn stop_on_close(self) -> StopOnClose<Self>
    where
        Self: Sized,
    {
        StopOnClose::new(self)
    }

    /// Boxes the stream as a [`BoxManagedStream`]: any managed stream, `Send`, with
    /// its whole lifecycle (`close()`, `cancel()`, `drop_without_teardown()`,
    /// `close_on_drop()`). Named after futures' `boxed()`.
    ///
    /// ```
    /// use managed_stream::{BoxManagedStream, ManagedStreamExt, combinators, with_teardown};
    ///
    /// fn numbers() -> BoxManagedStream<'static, u32> {
    ///     let a = with_teardown(futures::stream::iter([1, 2]), async |_| {});
    ///     let b = with_teardown(futures::stream::iter([3]), async |_| {});
    ///     combinators::chain(a, b).boxed_managed()
    /// }
    ///
    /// # futures::executor::block_on(async {
    /// let mut numbers = numbers();
    /// assert_eq!(futures::StreamExt::next(&mut numbers).await, Some(1));
    /// numbers.close().await;
    /// # });
    /// ```
    fn boxed_managed<'a>(self) -> BoxManagedStream<'a, Self::Item, Self::CloseOutput>
    where
        Self: Sized + Send + 'a,
    {
        Box::pin(self)
    }

    /// Boxes the stream as a [`LocalBoxManagedStream`]: [`boxed_managed`](Self::boxed_managed)
    /// for a stream that is not `Send`. Named after futures' `boxed_local()`.
    ///
    /// ```
    /// use managed_stream::{LocalBoxManagedStream, ManagedStreamExt, with_teardown};
    ///
    /// let rc = std::rc::Rc::new(1);
    /// let stream = with_teardown(futures::stream::iter([rc]), async |_| {});
    /// let boxed: LocalBoxManagedStream<'_, std::rc::Rc<i32>> = stream.boxed_local_managed();
    /// # boxed.drop_without_teardown();
    /// ```
    fn boxed_local_managed<'a>(self) -> LocalBoxManagedStream<'a, Self::Item, Self::CloseOutput>
    where
        Self: Sized + 'a,
    {
        Box::pin(self)
    }

    /// Makes the stream end properly even when its holder is dropped (S7, feature
    /// `tokio`): dropped unended inside a Tokio runtime, the returned
    /// [`CloseOnDrop`](crate::CloseOnDrop) spawns a task that closes the stream within
    /// 5 seconds ([`within`](CloseOnDropWith::within) to change it), then cancels it.
    /// For owned (`'static`) streams in cancellable code: request handlers, aborted
    /// tasks, `timeout`s, `select!` branches. The end belongs to
    /// [`StreamTracker::global`](crate::StreamTracker::global) unless
    /// [`tracked_by`](CloseOnDropWith::tracked_by) gives it to another tracker.
    ///
    /// Pick it where the step under way is worth finishing (a cursor mid-batch); pick
    /// [`cancel_on_drop`](Self::cancel_on_drop) where the stream waits for something
    /// that may never come (the next event of a subscription).
    ///
    /// ```
    /// use managed_stream::{ManagedStreamExt, managed_stream, teardown, yield_};
    ///
    /// #[managed_stream]
    /// async fn rows() -> u32 {
    ///     teardown! { /* close the cursor */ }
    ///     yield_!(1);
    /// }
    ///
    /// # #[tokio::main(flavor = "current_thread")] async fn main() {
    /// # #[cfg(feature = "tokio")] {
    /// let rows = rows().close_on_drop();
    /// // Dropped by a timeout, an abort, a losing `select!` branch...: closed on the runtime.
    /// # drop(rows);
    /// # }
    /// # }
    /// ```
    #[track_caller]
    fn close_on_drop(self) -> CloseOnDropWith<Self, <Self as TokioFeature>::Spawner>
    where
        Self: TokioFeature + Sized + Unpin + Send + 'static,
        Self::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    {
        let policy = EndPolicy::Close {
            deadline: DEFAULT_CLOSE_DEADLINE,
        };
        CloseOnDropWith::with_policy(self, Self::spawner(), policy)
    }

    /// [`close_on_drop`](Self::close_on_drop) with the prompt policy (S7.2, feature
    /// `tokio`): dropped unended, the stream is cancelled at once in the background
    /// (its reached teardowns run; none is interrupted). For a stream that waits for
    /// its next message (Server-Sent Events from a subscription), which has no step
    /// worth finishing.
    ///
    /// ```
    /// use managed_stream::{ManagedStreamExt, managed_stream, teardown, yield_};
    ///
    /// #[managed_stream]
    /// async fn events() -> u32 {
    ///     teardown! { /* unsubscribe */ }
    ///     loop {
    ///         yield_!(1);
    ///         std::future::pending::<()>().await; // waits for the next event
    ///     }
    /// }
    ///
    /// # #[tokio::main(flavor = "current_thread")] async fn main() {
    /// # #[cfg(feature = "tokio")] {
    /// let events = events().cancel_on_drop();
    /// // Dropped with the client's connection: unsubscribed at once on the runtime.
    /// # drop(events);
    /// # }
    /// # }
    /// ```
    #[track_caller]
    fn cancel_on_drop(self) -> CloseOnDropWith<Self, <Self as TokioFeature>::Spawner>
    where
        Self: TokioFeature + Sized + Unpin + Send + 'static,
        Self::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
    {
        CloseOnDropWith::with_policy(self, Self::spawner(), EndPolicy::Cancel)
    }

    /// [`close_on_drop`](Self::close_on_drop) on any executor: `spawner` runs the
    /// background close, `deadline` bounds it (S7.2). Needs no feature.
    ///
    /// ```
    /// use managed_stream::{CloseSpawner, CloseTask, ManagedStreamExt, with_teardown};
    /// use std::{future::Future, pin::Pin, time::Duration};
    ///
    /// #[derive(Clone)]
    /// struct Nowhere; // an executor that never accepts work
    /// impl CloseSpawner for Nowhere {
    ///     fn spawn_close(&self, task: CloseTask) -> Result<(), CloseTask> {
    ///         Err(task)
    ///     }
    ///     fn sleep(&self, _: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
    ///         Box::pin(std::future::pending())
    ///     }
    /// }
    ///
    /// let numbers = with_teardown(futures::stream::iter(0..3), async |_| {});
    /// let numbers = numbers.close_on_drop_with(Nowhere, Duration::from_secs(1));
    /// drop(numbers); // never polled: nothing to end
    /// ```
    #[track_caller]
    fn close_on_drop_with<Sp>(self, spawner: Sp, deadline: Duration) -> CloseOnDropWith<Self, Sp>
    where
        Self: Sized + Unpin + Send + 'static,
        Self::CloseOutput: CloseResult<Error: fmt::Debug> + Send,
        Sp: CloseSpawner,
    {
        CloseOnDropWith::new(self, spawner, deadline)
    }
}

impl<S: ManagedStream + ?Sized> ManagedStreamExt for S {}
