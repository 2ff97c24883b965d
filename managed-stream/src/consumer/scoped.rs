//! Scoped use: [`scoped`] and [`try_scoped`] run an async closure with a managed
//! stream and then always close it, the Rust form of Python's `async with
//! aclosing(stream)`.

use core::fmt;
use core::pin::{Pin, pin};

use crate::consumer::ext::ManagedStreamExt as _;
use crate::consumer::managed_stream::ManagedStream;

/// Runs `body` with the stream, then closes the stream, and returns what `body`
/// returned.
///
/// The close is awaited on every way out of `body` that does not panic: it returns
/// normally, returns early, or returns an `Err` through `?`. Reading the stream to the
/// end inside `body`, or closing it there, is fine: closing an ended stream returns
/// at once. `body` gets the stream pinned, as `&mut Pin<&mut S>`: it reads it as a
/// `&mut S` (`next()`, `close()`, and a `&mut S` argument for an `Unpin` stream through
/// deref), but cannot move it out, and its result cannot borrow from it.
///
/// For streams whose `close()` returns `()` ([`InfallibleClose`]). A try-mode stream's
/// close can fail; use [`try_scoped`] for those, which keeps both errors.
///
/// - A panic in `body` propagates; the stream is dropped while unwinding, which the
///   drop check allows (S4.2), and its async teardown does not run.
/// - Dropping the returned future before it completes (a timeout, a losing `select!`
///   branch) drops the stream unclosed: in debug builds the drop check panics. Put
///   the timeout inside `body`, around the reading.
/// - The stream need not be `Unpin`: a chain with `then` or `filter_map` over an
///   `async` block is pinned inside, no boxing needed.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{managed_stream, scoped, teardown, yield_};
/// use std::sync::atomic::{AtomicBool, Ordering};
///
/// static CLOSED: AtomicBool = AtomicBool::new(false);
///
/// #[managed_stream]
/// async fn numbers() -> u32 {
///     teardown! { CLOSED.store(true, Ordering::SeqCst); }
///     let mut n = 0;
///     loop {
///         yield_!(n);
///         n += 1;
///     }
/// }
///
/// # futures::executor::block_on(async {
/// // The first number above 3; the stream is closed however the closure returns.
/// let found = scoped(numbers(), async |numbers| {
///     while let Some(n) = numbers.next().await {
///         if n > 3 {
///             return Some(n);
///         }
///     }
///     None
/// })
/// .await;
/// assert_eq!(found, Some(4));
/// assert!(CLOSED.load(Ordering::SeqCst));
/// # });
/// ```
///
/// The closure's own errors pass through unchanged:
///
/// ```
/// # use managed_stream::{managed_stream, scoped, yield_};
/// # #[managed_stream]
/// # async fn numbers() -> u32 { yield_!(1); }
/// use futures::StreamExt;
///
/// async fn first_even() -> Result<u32, String> {
///     scoped(numbers(), async |numbers| {
///         let n = numbers.next().await.ok_or("empty")?;
///         if n % 2 != 0 {
///             return Err(format!("{n} is odd"));
///         }
///         Ok(n)
///     })
///     .await
/// }
/// # futures::executor::block_on(async {
/// assert_eq!(first_even().await, Err("1 is odd".to_string()));
/// # });
/// ```
///
/// A chain that is not `Unpin`:
///
/// ```
/// # use managed_stream::{managed_stream, scoped, yield_};
/// # #[managed_stream]
/// # async fn numbers() -> u32 { for n in 0..10 { yield_!(n); } }
/// use futures::StreamExt;
///
/// # #[cfg(feature = "futures")] // `ManagedStream` for `filter_map`
/// # futures::executor::block_on(async {
/// let evens = numbers().filter_map(async |n| (n % 2 == 0).then_some(n));
/// let firsts = scoped(evens, async |evens| evens.take(2).collect::<Vec<_>>().await).await;
/// assert_eq!(firsts, [0, 2]);
/// # });
/// ```
pub async fn scoped<S, F, T>(stream: S, body: F) -> T
where
    S: ManagedStream,
    S::CloseOutput: InfallibleClose,
    F: AsyncFnOnce(&mut Pin<&mut S>) -> T,
{
    let mut stream = pin!(stream);
    let value = body(&mut stream).await;
    stream.close().await;
    value
}

/// The close output that [`scoped`] accepts: `()`, a close that cannot fail.
///
/// A try-mode stream's `close()` returns `Result<(), E>`; giving it to `scoped` is a
/// compile error that says to use [`try_scoped`], which keeps the close error. Sealed.
///
/// ```
/// use managed_stream::{InfallibleClose, ManagedStream};
///
/// fn can_be_scoped<S: ManagedStream<CloseOutput: InfallibleClose>>(_: &S) {}
/// let stream = managed_stream::with_teardown(futures::stream::iter([1]), async |_| {});
/// can_be_scoped(&stream);
/// # drop(stream);
/// ```
#[diagnostic::on_unimplemented(
    message = "`scoped` needs a stream whose `close()` returns `()`, and this one's returns \
               `{Self}`",
    label = "a try-mode stream: its close can fail",
    note = "use `try_scoped` for a stream whose `close()` returns `Result<(), E>`: it keeps \
            both the closure's error and the close error"
)]
pub trait InfallibleClose: infallible_sealed::Sealed {}

impl InfallibleClose for () {}

mod infallible_sealed {
    pub trait Sealed {}
    impl Sealed for () {}
}

/// Runs `body` with a try-mode stream, then closes the stream; returns `body`'s value,
/// or what failed.
///
/// Like [`scoped`], for streams whose `close()` returns `Result<(), E>` (try mode,
/// S2.7: a teardown can fail). `body` returns `Result<T, B>`; the stream is closed
/// after it, whether it succeeded or not, and:
///
/// | `body` | close | result |
/// | --- | --- | --- |
/// | `Ok(value)` | `Ok(())` | `Ok(value)` |
/// | `Ok(value)` | `Err(e)` | `Err(ScopedError::Close(e))`: `value` is dropped |
/// | `Err(b)` | `Ok(())` | `Err(ScopedError::Body { error: b, close: None })` |
/// | `Err(b)` | `Err(e)` | `Err(ScopedError::Body { error: b, close: Some(e) })` |
///
/// So the closure's error is never lost, and a close error is never silently
/// dropped. A failed close fails the scope even after `body` succeeded, as a failed
/// commit fails a transaction: the stream's lifetime includes its teardown. When both
/// error types are the same, [`ScopedError::into_primary`] gives back a plain `E` for
/// `?`.
///
/// A close that meets several errors (a combinator over streams that all fail to close,
/// S3.10) gives the first here; the others go with the stream. To see them, close the
/// stream inside the closure and call
/// [`take_suppressed_errors`](crate::ManagedStreamExt::take_suppressed_errors) there:
/// the scope's own close then returns at once.
///
/// The closure's error type usually needs naming (as for any closure that uses `?`):
/// `async |s| -> Result<_, MyError> { ... }` or `Ok::<_, MyError>(value)`.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedStream, ScopedError, try_scoped, with_teardown};
///
/// /// A stream of `Result` items whose teardown fails.
/// fn rows() -> impl ManagedStream<Item = Result<u32, String>, CloseOutput = Result<(), String>> + Unpin {
///     let rows = futures::stream::iter([Ok(1), Ok(2), Err("bad row".to_string()), Ok(4)]);
///     with_teardown(rows, async |_| Err("rollback failed".to_string()))
/// }
///
/// # futures::executor::block_on(async {
/// let sum = try_scoped(rows(), async |rows| -> Result<u32, String> {
///     let mut sum = 0;
///     while let Some(row) = rows.next().await {
///         sum += row?; // fails on the third row
///     }
///     Ok(sum)
/// })
/// .await;
/// // Both errors are kept: the closure's, and the close's beside it.
/// assert_eq!(
///     sum,
///     Err(ScopedError::Body {
///         error: "bad row".to_string(),
///         close: Some("rollback failed".to_string()),
///     })
/// );
/// assert_eq!(sum.unwrap_err().into_primary(), "bad row");
/// # });
/// ```
pub async fn try_scoped<S, F, T, B, E>(stream: S, body: F) -> Result<T, ScopedError<B, E>>
where
    S: ManagedStream<CloseOutput = Result<(), E>>,
    F: AsyncFnOnce(&mut Pin<&mut S>) -> Result<T, B>,
{
    let mut stream = pin!(stream);
    let result = body(&mut stream).await;
    let closed = stream.close().await;
    match (result, closed) {
        (Ok(value), Ok(())) => Ok(value),
        (Ok(_), Err(close)) => Err(ScopedError::Close(close)),
        (Err(error), closed) => Err(ScopedError::Body {
            error,
            close: closed.err(),
        }),
    }
}

/// Why [`try_scoped`] failed: the closure (`B`), closing the stream (`E`), or both.
///
/// The closure's error is the primary one: it is what went wrong first, and closing
/// happened because of it. A close error after it is kept beside it, never in its
/// place.
///
/// It implements [`std::error::Error`] when both parts do: [`source`] is the primary
/// error, and the message mentions a close error that follows a body error.
///
/// [`source`]: std::error::Error::source
///
/// ```
/// use managed_stream::ScopedError;
///
/// let both: ScopedError<&str, &str> = ScopedError::Body {
///     error: "bad row",
///     close: Some("rollback failed"),
/// };
/// assert_eq!(both.body_error(), Some(&"bad row"));
/// assert_eq!(both.close_error(), Some(&"rollback failed"));
/// assert_eq!(both.into_parts(), (Some("bad row"), Some("rollback failed")));
///
/// let close: ScopedError<&str, &str> = ScopedError::Close("commit failed");
/// assert_eq!(close.body_error(), None);
/// assert_eq!(close.into_primary(), "commit failed");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ScopedError<B, E> {
    /// The closure returned `Err(error)`. The stream was closed after it; `close` is
    /// the error closing returned, if it failed too.
    Body {
        /// The closure's error.
        error: B,
        /// The error closing the stream returned afterwards, if any.
        close: Option<E>,
    },
    /// The closure returned `Ok`, then closing the stream failed. The closure's value
    /// was dropped.
    Close(E),
}

impl<B, E> ScopedError<B, E> {
    /// The closure's error, if it failed.
    ///
    /// ```
    /// # use managed_stream::ScopedError;
    /// let error = ScopedError::<_, ()>::Body { error: 7, close: None };
    /// assert_eq!(error.body_error(), Some(&7));
    /// ```
    pub fn body_error(&self) -> Option<&B> {
        match self {
            Self::Body { error, .. } => Some(error),
            Self::Close(_) => None,
        }
    }

    /// The error closing the stream returned, if it failed.
    ///
    /// ```
    /// # use managed_stream::ScopedError;
    /// let error = ScopedError::<(), _>::Close("commit failed");
    /// assert_eq!(error.close_error(), Some(&"commit failed"));
    /// ```
    pub fn close_error(&self) -> Option<&E> {
        match self {
            Self::Body { close, .. } => close.as_ref(),
            Self::Close(close) => Some(close),
        }
    }

    /// The closure's error and the close error; at least one is `Some`.
    ///
    /// ```
    /// # use managed_stream::ScopedError;
    /// let error = ScopedError::<(), _>::Close("commit failed");
    /// assert_eq!(error.into_parts(), (None, Some("commit failed")));
    /// ```
    pub fn into_parts(self) -> (Option<B>, Option<E>) {
        match self {
            Self::Body { error, close } => (Some(error), close),
            Self::Close(close) => (None, Some(close)),
        }
    }
}

impl<E> ScopedError<E, E> {
    /// The primary error: the closure's if it failed, otherwise the close error.
    ///
    /// A close error that followed the closure's is dropped; use
    /// [`into_parts`](Self::into_parts) to keep both.
    ///
    /// ```
    /// # use managed_stream::ScopedError;
    /// async fn load() -> Result<u32, String> {
    ///     let scope: Result<u32, ScopedError<String, String>> =
    ///         Err(ScopedError::Close("commit failed".to_string()));
    ///     let value = scope.map_err(ScopedError::into_primary)?;
    ///     Ok(value)
    /// }
    /// # assert_eq!(futures::executor::block_on(load()), Err("commit failed".to_string()));
    /// ```
    pub fn into_primary(self) -> E {
        match self {
            Self::Body { error, .. } => error,
            Self::Close(close) => close,
        }
    }
}

impl<B, E: fmt::Display> fmt::Display for ScopedError<B, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Body { close: None, .. } => f.write_str("the scoped stream's consumer failed"),
            Self::Body {
                close: Some(close), ..
            } => write!(
                f,
                "the scoped stream's consumer failed, and closing the stream failed too: \
                 {close}"
            ),
            Self::Close(_) => f.write_str("closing the scoped stream failed"),
        }
    }
}

impl<B, E> std::error::Error for ScopedError<B, E>
where
    B: std::error::Error + 'static,
    E: std::error::Error + 'static,
{
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Body { error, .. } => Some(error),
            Self::Close(close) => Some(close),
        }
    }
}
