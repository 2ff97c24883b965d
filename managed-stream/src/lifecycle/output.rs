//! How a body ends: plain streams end with `()`, try-mode streams (S2.7) with
//! `Result<(), E>`, whose errors become the stream's last items or the result of
//! `close()` / `cancel()`.

use core::convert::Infallible;

/// What a body, region or teardown evaluates to: `()` or `Result<(), E>`.
pub trait BodyOutput: Sized {
    /// The error a failing body or teardown carries (`Infallible` for plain streams).
    type Error;
    /// The output of a body that ended without error.
    fn ok() -> Self;
    /// The error, if this output is a failure.
    fn into_error(self) -> Option<Self::Error>;
    /// The output that reports `error` (what `close()` returns in try mode).
    fn from_error(error: Self::Error) -> Self;
}

impl BodyOutput for () {
    type Error = Infallible;

    fn ok() -> Self {}

    fn into_error(self) -> Option<Infallible> {
        None
    }

    fn from_error(error: Infallible) -> Self {
        match error {}
    }
}

impl<E> BodyOutput for Result<(), E> {
    type Error = E;

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
pub trait ItemFor<O: BodyOutput>: Sized {
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
pub fn done<O: BodyOutput>() -> O {
    O::ok()
}

/// [`done`] typed by the body's yielder, for bodies whose output type is not written
/// anywhere (`try_stream!`).
pub fn done_for<T, O: BodyOutput>(_yielder: crate::lifecycle::handoff::Yielder<T, O>) -> O {
    O::ok()
}
