//! [`ManagedBox`]: the stream type that `#[managed_stream]` methods return (S2.8).
//!
//! A struct cannot be emitted inside an `impl` block, so a method returns this type
//! from the runtime crate instead of a generated one. It behaves the same: `Stream`,
//! `FusedStream`, `ManagedStream`, `Unpin`, `close()`, `cancel()` and the drop check.

use core::fmt;
use core::pin::Pin;
use core::task::{Context, Poll};

use futures_core::{FusedStream, Stream};

use core::future::Future;

use crate::consumer::end_futures::{Cancel, Close, CloseOwned};
use crate::consumer::managed_stream::ManagedStream;
use crate::lifecycle::driver::{Driver, LocalBody, SendBody};
use crate::lifecycle::handoff::Yielder;
use crate::lifecycle::output::{CloseResult, ItemFor};

/// The managed stream returned by a `#[managed_stream]` method or associated fn.
///
/// - `'a`: how long the stream may live; the body borrows nothing shorter (for
///   `&self` methods, the borrow of `self`).
/// - `T`: the item type.
/// - `O`: what [`close`](Self::close) and [`cancel`](Self::cancel) return: `()`, or
///   `Result<(), E>` when the item type is a `Result` (try mode).
/// - `S`: [`SendBody`] (the default) or [`LocalBody`] for `#[managed_stream(?Send)]`.
///
/// It is `Send` and `Sync` when `T` and the error of `O` are `Send` and `S` is
/// [`SendBody`]; a [`LocalManagedBox`] is neither. A trait whose implementations
/// return different managed streams declares a
/// [`BoxManagedStream`](crate::BoxManagedStream) instead.
///
/// A trait method that returns a managed stream declares this type:
///
/// ```
/// use managed_stream::{ManagedBox, managed_stream, teardown, yield_};
///
/// trait Source {
///     fn numbers(&self) -> ManagedBox<'_, u32>;
/// }
///
/// struct Counter(u32);
///
/// impl Source for Counter {
///     #[managed_stream]
///     async fn numbers(&self) -> u32 {
///         teardown! { /* release what the stream holds */ }
///         for n in 0..self.0 {
///             yield_!(n);
///         }
///     }
/// }
///
/// # futures::executor::block_on(async {
/// use futures::StreamExt;
/// let counter = Counter(3);
/// let mut numbers = counter.numbers();
/// assert_eq!(numbers.next().await, Some(0));
/// numbers.close().await;
/// # });
/// ```
#[must_use = "a managed stream does nothing unless polled, and must be ended with \
              `.close().await` or read to the end"]
pub struct ManagedBox<'a, T, O: CloseResult = (), S = SendBody> {
    driver: Driver<T, O, &'a (), S>,
}

/// A [`ManagedBox`] whose body need not be `Send` (`#[managed_stream(?Send)]`).
pub type LocalManagedBox<'a, T, O = ()> = ManagedBox<'a, T, O, LocalBody>;

/// The [`ManagedBox`] of a try-mode method (S2.7): items `Result<T, E>`, and `close()`
/// returns `Result<(), E>`, with the error type written once.
///
/// A type parameter's default cannot depend on whether the item type is a `Result`
/// (that would need specialization), so `ManagedBox<'_, io::Result<String>>` means
/// `close()` returns `()`, which a try-mode method does not. Write this alias instead:
///
/// ```
/// use managed_stream::{TryManagedBox, managed_stream, teardown, yield_};
/// use std::io;
///
/// trait Source {
///     fn lines(&self) -> TryManagedBox<'_, String, io::Error>;
/// }
///
/// struct File(Vec<&'static str>);
///
/// impl Source for File {
///     #[managed_stream]
///     async fn lines(&self) -> io::Result<String> {
///         teardown! { /* close the file; may fail with `?` */ }
///         for line in &self.0 {
///             yield_!(Ok(line.to_string()));
///         }
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let file = File(vec!["a", "b"]);
/// let mut lines = file.lines();
/// assert_eq!(futures::StreamExt::next(&mut lines).await.unwrap().unwrap(), "a");
/// lines.close().await.unwrap();
/// # });
/// ```
pub type TryManagedBox<'a, T, E, S = SendBody> = ManagedBox<'a, Result<T, E>, Result<(), E>, S>;

impl<'a, T, O: CloseResult, S> ManagedBox<'a, T, O, S> {
    /// Wraps a driver. Generated code only.
    #[doc(hidden)]
    pub fn __from_driver(driver: Driver<T, O, &'a (), S>) -> Self {
        Self { driver }
    }

    /// Ends the stream gracefully; see [`ManagedStream::poll_close`].
    pub fn close(&mut self) -> Close<'_, Self> {
        Close::new(self)
    }

    /// Ends the stream gracefully, as [`close`](Self::close) does, and drops it: a
    /// borrow it holds ends with the `.await`.
    pub fn close_owned(self) -> CloseOwned<Self> {
        CloseOwned::new(self)
    }

    /// Ends the stream promptly; see [`ManagedStream::poll_cancel`].
    pub fn cancel(&mut self) -> Cancel<'_, Self> {
        Cancel::new(self)
    }

    /// Drops the stream without running its teardowns and without the drop check's
    /// panic (S4.4). The synchronous `Drop` of the body's locals still runs.
    pub fn drop_without_teardown(self) {
        self.driver.drop_without_teardown()
    }

    /// The teardown errors that the last `close()` or `cancel()` met after the one it
    /// returned, in order (S2.7 returns the first); drained. Generated stream types
    /// have the same method.
    ///
    /// ```
    /// use managed_stream::{TryManagedBox, try_stream, teardown, yield_};
    ///
    /// # futures::executor::block_on(async {
    /// let mut lines: TryManagedBox<'_, &str, String> = try_stream! {
    ///     teardown! { Err("disconnect failed".to_string())?; }
    ///     teardown! { Err("rollback failed".to_string())?; }
    ///     yield_!(Ok("a"));
    /// };
    /// futures::StreamExt::next(&mut lines).await;
    /// // Teardowns run in reverse order: the rollback first.
    /// assert_eq!(lines.close().await, Err("rollback failed".to_string()));
    /// assert_eq!(lines.take_suppressed_errors(), ["disconnect failed"]);
    /// # });
    /// ```
    pub fn take_suppressed_errors(&mut self) -> Vec<O::Error> {
        self.driver.take_suppressed_errors()
    }
}

impl<T, O: CloseResult, S> Stream for ManagedBox<'_, T, O, S> {
    type Item = T;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        self.get_mut().driver.poll_next(cx)
    }
}

impl<T, O: CloseResult, S> FusedStream for ManagedBox<'_, T, O, S> {
    fn is_terminated(&self) -> bool {
        self.driver.is_terminated()
    }
}

impl<T, O: CloseResult, S> ManagedStream for ManagedBox<'_, T, O, S> {
    type CloseOutput = O;

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<O> {
        self.get_mut().driver.poll_close(cx)
    }

    fn poll_cancel(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<O> {
        self.get_mut().driver.poll_cancel(cx)
    }

    fn drain_suppressed_errors(self: Pin<&mut Self>) -> Vec<O::Error> {
        self.get_mut().driver.take_suppressed_errors()
    }
}

impl<T, O: CloseResult, S> fmt::Debug for ManagedBox<'_, T, O, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.driver, f)
    }
}

/// Builds the stream of a `stream! { ... }` expression. Generated code only.
///
/// # Safety
///
/// The `Yielder` given to `make_body` must stay inside the body it builds (see
/// [`Driver::new_send`]).
#[doc(hidden)]
#[track_caller]
pub unsafe fn inline_send<'a, T, O, F, Mk>(make_body: Mk) -> ManagedBox<'a, T, O>
where
    O: CloseResult,
    T: ItemFor<O>,
    Mk: FnOnce(Yielder<T, O>) -> F,
    F: Future<Output = O> + Send + 'a,
{
    ManagedBox::__from_driver(Driver::send_body::<'a, F, Mk>(|| "stream!", make_body))
}

/// Builds the stream of a `try_stream! { ... }` expression: the item's error type is
/// the close output's. Generated code only.
///
/// # Safety
///
/// The `Yielder` given to `make_body` must stay inside the body it builds (see
/// [`Driver::new_send`]).
#[doc(hidden)]
#[track_caller]
pub unsafe fn inline_try_send<'a, T, E, F, Mk>(make_body: Mk) -> TryManagedBox<'a, T, E>
where
    Mk: FnOnce(Yielder<Result<T, E>, Result<(), E>>) -> F,
    F: Future<Output = Result<(), E>> + Send + 'a,
{
    ManagedBox::__from_driver(Driver::send_body::<'a, F, Mk>(|| "try_stream!", make_body))
}
