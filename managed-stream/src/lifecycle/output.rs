//! How a body ends: plain streams end with `()`, try-mode streams (S2.7) with
//! `Result<(), E>`, whose errors become the stream's last items or the result of
//! `close()` / `cancel()`.

use core::convert::Infallible;
use core::fmt;

use crate::lifecycle::handoff::{ErrorQueue, ErrorStore, NoErrors};

/// What ending a managed stream returns: `()`, or `Result<(), E>` for a try-mode
/// stream (S2.7), whose `close()` and `cancel()` report a failing teardown. It is the
/// `CloseOutput` of every managed stream of this crate, and what a body, a teardown or
/// a `with_teardown` cleanup ends in.
///
/// Sealed: implemented for those two only.
///
/// ```
/// use managed_stream::{CloseResult, ManagedStream, ManagedStreamExt};
///
/// /// Closes any stream of this crate and says whether a teardown failed.
/// async fn close_and_tell<S>(mut stream: S) -> bool
/// where
///     S: ManagedStream<CloseOutput: CloseResult<Error: std::fmt::Debug>> + Unpin,
/// {
///     let output = stream.close().await;
///     output.error().is_some()
/// }
/// # let _ = close_and_tell::<managed_stream::ManagedBox<'static, u32>>;
/// ```
pub trait CloseResult: Sized + sealed::Sealed {
    /// The error a failing body or teardown carries (`Infallible` for plain streams).
    type Error;

    /// Where the body's errors wait for the consumer, in the stream's heap block, for
    /// items `T`: nothing for `()`, whose error type is `Infallible`, so that a plain
    /// stream's block holds no error queue.
    #[doc(hidden)]
    type __Errors<T>: ErrorStore<T, Self::Error>;

    /// The teardown error that closing returned, if any, for reports (S7.2).
    ///
    /// ```
    /// use managed_stream::CloseResult;
    /// assert!(().error().is_none());
    /// assert!(Err::<(), _>("teardown failed").error().is_some());
    /// ```
    fn error(&self) -> Option<&dyn fmt::Debug>
    where
        Self::Error: fmt::Debug;

    /// The output of a body that ended without error.
    #[doc(hidden)]
    fn ok() -> Self;
    /// The error, if this output is a failure.
    #[doc(hidden)]
    fn into_error(self) -> Option<Self::Error>;
    /// The output that reports `error` (what `close()` returns in try mode).
    #[doc(hidden)]
    fn from_error(error: Self::Error) -> Self;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for () {}
    impl<E> Sealed for Result<(), E> {}
}

impl CloseResult for () {
    type Error = Infallible;
    type __Errors<T> = NoErrors;

    fn error(&self) -> Option<&dyn fmt::Debug> {
        None
    }

    fn ok() -> Self {}

    fn into_error(self) -> Option<Infallible> {
        None
    }

    fn from_error(error: Infallible) -> Self {
        match error {}
    }
}

impl<E> CloseResult for Result<(), E> {
    type Error = E;
    type __Errors<T> = ErrorQueue<T, E>;

    fn error(&self) -> Option<&dyn fmt::Debug>
    where
        E: fmt::Debug,
    {
        self.as_ref().err().map(|error| error as &dyn fmt::Debug)
    }

    fn ok() -> Self {
        Ok(())
    }

    fn into_error(self) -> Option<E> {
        self.err()
    }

    fn from_error(error: E) -> Self {
        Err(error)
    }
}

/// An item type that can carry the body's errors as items (`Err(e)` in try mode).
pub trait ItemFor<O: CloseResult>: Sized {
    /// Wraps a body or teardown error as an item.
    fn from_error(error: O::Error) -> Self;
}

impl<T> ItemFor<()> for T {
    fn from_error(error: Infallible) -> Self {
        match error {}
    }
}

impl<T, E> ItemFor<Result<(), E>> for Result<T, E> {
    fn from_error(error: E) -> Self {
        Err(error)
    }
}

/// The error type of a try-mode item type (`Result<T, E>`, `io::Result<T>`, ...).
pub trait TryItem {
    /// The `E` of `Result<T, E>`.
    type Error;
}

impl<T, E> TryItem for Result<T, E> {
    type Error = E;
}

/// The body output that means "ended without error"; generated code's way to spell it
/// with the type fixed, so that `?` in an `async` block infers its error type.
pub fn done<O: CloseResult>() -> O {
    O::ok()
}
