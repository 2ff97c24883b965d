//! Streams with an explicit lifetime: write a stream as a generator-style `async fn`,
//! declare its async cleanup with `teardown!`, and end it with an awaited `close()` or
//! `cancel()`.
//!
//! Rust has no async `Drop`: a generator-style stream dropped early cannot `.await`
//! its cleanup. `#[managed_stream]` turns an `async fn` into a named stream type with
//! a lifecycle (the contract is `docs/SPEC.md`, clauses `S2.1` ... `S6.2`):
//!
//! ```
//! use managed_stream::{managed_stream, teardown, yield_};
//! # use std::sync::{Arc, Mutex};
//!
//! /// The numbers from `start`, with a goodbye logged when the stream ends.
//! #[managed_stream]
//! async fn count_from(start: u64, log: Arc<Mutex<Vec<String>>>) -> u64 {
//!     log.lock().unwrap().push("hello".into());
//!     teardown! {
//!         // May `.await`; runs exactly once however the stream ends.
//!         log.lock().unwrap().push("goodbye".into());
//!     }
//!     let mut n = start;
//!     loop {
//!         yield_!(n);
//!         n += 1;
//!     }
//! }
//!
//! # futures::executor::block_on(async {
//! use futures::StreamExt;
//! let log = Arc::new(Mutex::new(Vec::new()));
//! let mut numbers: CountFrom = count_from(7, log.clone());
//! assert_eq!(numbers.next().await, Some(7));
//! assert_eq!(numbers.next().await, Some(8));
//! numbers.close().await; // runs the teardown; forgetting it panics in debug builds
//! assert_eq!(*log.lock().unwrap(), ["hello", "goodbye"]);
//! # });
//! ```
//!
//! - The attribute makes `count_from` a plain `fn` returning `CountFrom`, which
//!   implements [`Stream`](futures_core::Stream),
//!   [`FusedStream`](futures_core::FusedStream) and [`ManagedStream`]. Calling it
//!   runs nothing; the body starts at the first poll.
//! - [`yield_!`] hands an item out; [`teardown!`] registers cleanup for the rest of its
//!   block, like `defer`: in any block, per iteration in loops; several run in reverse
//!   order, only those reached run.
//! - `close().await` ends gracefully (a step under way finishes, its item is dropped);
//!   `cancel().await` ends promptly (the body is stopped where it waits); both run the
//!   reached teardowns. Reading the stream to its end runs them too.
//! - With debug assertions, dropping a started stream whose teardown has not run
//!   panics and says where the stream was created. `drop_without_teardown()` skips
//!   the teardown on purpose.
//! - A panic in the body or a teardown propagates, and poisons the stream: it then
//!   ends at once and drops silently.
//!
//! # Try mode
//!
//! When the item type is written `Result<T, E>` (or a path ending in `Result<..>`, such
//! as `io::Result<T>`), the body and its teardowns may use `?` (S2.7). A failure ends
//! the body: the teardowns registered so far run, then the stream yields `Err(e)` and
//! ends. `yield_!(Err(e))` hands out an error and goes on. `close()` and `cancel()`
//! return `Result<(), E>`: the first teardown error they met.
//!
//! ```
//! use managed_stream::{managed_stream, teardown, yield_};
//! use std::num::ParseIntError;
//!
//! #[managed_stream]
//! async fn parse_all(inputs: Vec<&'static str>) -> Result<u32, ParseIntError> {
//!     teardown! { /* runs before the error is handed out */ }
//!     for input in inputs {
//!         yield_!(Ok(input.parse()?));
//!     }
//! }
//!
//! # futures::executor::block_on(async {
//! use futures::StreamExt;
//! let results: Vec<_> = parse_all(vec!["1", "x", "3"]).collect().await;
//! assert_eq!(results[0], Ok(1));
//! assert!(results[1].is_err());
//! assert_eq!(results.len(), 2, "the stream ends after a `?` failure");
//! # });
//! ```
//!
//! # Methods
//!
//! The attribute also works on methods and associated fns (S2.8). A struct cannot be
//! emitted inside an `impl` block, so they return [`ManagedBox`], which behaves the
//! same; its documentation shows a trait method. A fn with a receiver or with `Self` in
//! its signature is taken as a method; any other associated fn says so with
//! `#[managed_stream(method)]`.
//!
//! # Options
//!
//! - `#[managed_stream(name = RowStream)]`: the generated struct's name.
//! - `#[managed_stream(?Send)]`: the body need not be `Send` (an `Rc` held across an
//!   await), for single-threaded executors (S2.9).
//! - `#[managed_stream(method)]`: an associated fn without receiver or `Self`.
//! - `#[managed_stream(crate = path)]`: where this crate is, when re-exported under
//!   another name.
//!
//! # Soundness
//!
//! Items are handed out through a slot in the stream's own heap allocation, which the
//! body reaches through a pointer. `yield_!` therefore compiles only where it runs as
//! part of the body itself: inside a closure, a nested `async` block or a nested fn it
//! is a compile error, also when another macro moves it there (each `yield_!` breaks
//! out of a label that such a boundary hides). The body's captures are checked by the
//! compiler against the lifetimes and types of the generated struct.

#![warn(missing_docs, unreachable_pub)]

mod consumer;
pub mod guide;
mod lifecycle;
pub mod spec;

#[cfg(feature = "tokio")]
pub use consumer::close_on_drop::{CloseOnDrop, TokioSpawner};
pub use consumer::close_on_drop::{
    CloseOnDropWith, CloseResult, CloseSpawner, CloseTask, DEFAULT_CLOSE_DEADLINE,
};
pub use consumer::combinators;
pub use consumer::consume::{Cancel, Close, CloseOwned, ManagedStream, ManagedStreamExt};
#[cfg(feature = "tokio")]
pub use consumer::deadline::{Ending, close_within};
pub use consumer::scoped::{InfallibleClose, ScopedError, scoped, try_scoped};
pub use consumer::wrap::{CleanupOutput, WithTeardown, with_teardown, with_teardown_given};
pub use lifecycle::boxed::{LocalManagedBox, ManagedBox, TryManagedBox};
pub use lifecycle::driver::{LocalBody, SendBody};
pub use lifecycle::drop_check::unclosed_drops;
pub use lifecycle::output::BodyOutput;
pub use managed_stream_macros::{managed_stream, stream, try_stream};

/// Hands an item to the consumer and suspends the body until the next item is asked
/// for (S2.4).
///
/// Usable only in the body of a [`#[managed_stream]`](managed_stream) fn, anywhere in
/// its own control flow (loops, `match`, blocks, `tokio::select!` arms), never in a
/// closure, a nested `async` block, a nested fn or a `teardown!`. It evaluates to
/// `()`. If the consumer closes the stream while the body is suspended here, the body
/// does not resume: control leaves through the registered teardowns.
///
/// ```
/// use managed_stream::{managed_stream, yield_};
///
/// #[managed_stream]
/// async fn evens(below: u32) -> u32 {
///     for n in 0..below {
///         if n % 2 == 0 {
///             yield_!(n);
///         }
///     }
/// }
/// # futures::executor::block_on(async {
/// use futures::StreamExt;
/// assert_eq!(evens(7).collect::<Vec<_>>().await, [0, 2, 4, 6]);
/// # });
/// ```
#[macro_export]
macro_rules! yield_ {
    // The attribute names the macro once this way, so that importing it counts as a use.
    (@__managed_stream_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`yield_!` can only be used in the body of a `#[managed_stream]` async fn, \
             where the attribute finds it by its name: call it `yield_!` (or \
             `managed_stream::yield_!`), not under a name given by `use ... as`"
        )
    };
}

/// Registers async cleanup for the rest of its block, like `defer` in Zig or Swift
/// (S2.5).
///
/// It stands as a statement in any block of the body's own control flow: the top
/// level, a loop body, an `if` or `match` arm, a nested block. The block may use the
/// arguments and every `let` above it, and may `.await`. It runs exactly once each time
/// it was reached, when control leaves its block for any reason: the block runs off its
/// end, `break` or `continue` (in a loop body: at the end of every iteration), `return;`,
/// a `?` failure, a graceful `close()` or a `cancel()`. Teardowns run in reverse order
/// of registration, inner blocks' first; one the body never reached never runs. It
/// sees the latest values of the locals it uses (commit-or-rollback). Nothing
/// interrupts it, not even `cancel()`.
///
/// A `teardown!` with nothing after it in its block, or one inside a closure, a nested
/// `async` block, a nested fn, another macro's input or another `teardown!`, is a
/// compile error.
///
/// ```
/// use managed_stream::{managed_stream, teardown, yield_};
/// use std::sync::{Arc, Mutex};
///
/// type Log = Arc<Mutex<Vec<String>>>;
///
/// /// Pages of a table, each read inside its own transaction.
/// #[managed_stream]
/// async fn pages(log: Log) -> u8 {
///     teardown! { log.lock().unwrap().push("disconnect".into()); }
///     for page in 0..2 {
///         teardown! { log.lock().unwrap().push(format!("end transaction {page}")); }
///         yield_!(page);
///     }
/// }
/// # futures::executor::block_on(async {
/// use futures::StreamExt;
/// let log = Log::default();
/// assert_eq!(pages(log.clone()).collect::<Vec<_>>().await, [0, 1]);
/// assert_eq!(
///     *log.lock().unwrap(),
///     ["end transaction 0", "end transaction 1", "disconnect"]
/// );
/// # });
/// ```
#[macro_export]
macro_rules! teardown {
    // The attribute names the macro once this way, so that importing it counts as a use.
    (@__managed_stream_used) => {};
    ($($tokens:tt)*) => {
        ::core::compile_error!(
            "`teardown!` can only be used in the body of a `#[managed_stream]` async fn, \
             where the attribute finds it by its name: call it `teardown!` (or \
             `managed_stream::teardown!`), not under a name given by `use ... as`"
        )
    };
}

/// Items the generated code uses. Not public API: no stability guarantees.
#[doc(hidden)]
pub mod __private {
    pub use crate::consumer::consume::{Cancel, Close, ManagedStream};
    pub use crate::lifecycle::boxed::{ManagedBox, inline_send, inline_try_send};
    pub use crate::lifecycle::driver::{Driver, LocalBody, SendBody};
    pub use crate::lifecycle::guard::{
        Cancellable, Cancelled, Teardown, closing, no_failure, record, record_error, register,
    };
    pub use crate::lifecycle::handoff::{Resume, Yield, Yielder};
    pub use crate::lifecycle::output::{BodyOutput, ItemFor, TryItem, done, done_for};
    pub use futures_core::{FusedStream, Stream};
}
