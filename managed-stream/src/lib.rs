//! Streams with an explicit lifetime: write a stream as a generator-style `async fn`,
//! declare its async cleanup with `teardown!`, and end it with an awaited `close()` or
//! `cancel()`.
//!
//! Rust has no async `Drop`: a generator-style stream dropped early cannot `.await` its
//! cleanup (an UNSUBSCRIBE, closing a server-side cursor, a commit or rollback, a
//! protocol goodbye). [`#[managed_stream]`](macro@managed_stream) turns an `async fn`
//! into a named stream type with a lifecycle:
//!
//! ```
//! use futures::channel::mpsc;
//! use futures::{SinkExt, StreamExt};
//! use managed_stream::{managed_stream, teardown, yield_};
//!
//! /// Lines from a connection. Says hello and, however the stream ends, goodbye.
//! #[managed_stream]
//! async fn lines<'a>(
//!     conn: &'a mut mpsc::Receiver<String>,
//!     mut server: mpsc::Sender<&'static str>,
//! ) -> String {
//!     server.send("hello").await.unwrap();
//!     teardown! {
//!         // Async cleanup: runs exactly once, on close(), cancel() or the natural end.
//!         server.send("goodbye").await.unwrap();
//!     }
//!     while let Some(line) = conn.next().await {
//!         yield_!(line);
//!     }
//! }
//!
//! #[tokio::main(flavor = "current_thread")]
//! async fn main() {
//!     let (mut client, mut conn) = mpsc::channel(8);
//!     let (server, server_inbox) = mpsc::channel(8);
//!     for line in ["one", "two", "three"] {
//!         client.send(line.to_string()).await.unwrap();
//!     }
//!
//!     let mut stream = lines(&mut conn, server); // a `Lines<'_>`; runs nothing yet
//!     assert_eq!(stream.next().await.as_deref(), Some("one"));
//!     assert_eq!(stream.next().await.as_deref(), Some("two"));
//!     stream.close_owned().await; // done early: the teardown runs, then the stream is dropped
//!
//!     // The server heard hello and goodbye, and the stream (with its sender) is gone.
//!     assert_eq!(server_inbox.collect::<Vec<_>>().await, ["hello", "goodbye"]);
//!     // The borrow of `conn` ended with the close: the unread line is still there.
//!     assert_eq!(conn.next().await.as_deref(), Some("three"));
//! }
//! ```
//!
//! The attribute turns `lines` into a plain `fn` that returns a generated struct,
//! `Lines<'a>`. Calling it runs nothing: the body starts when the stream is first
//! polled. The struct is a [`Stream`](futures_core::Stream) and a
//! [`FusedStream`](futures_core::FusedStream), so everything you already do with
//! streams works, and it is a [`ManagedStream`]: it has `close()`, `cancel()` and
//! `drop_without_teardown()`.
//!
//! Inside the body, [`yield_!`] hands an item out and [`teardown!`] registers cleanup
//! for the rest of its block, like `defer` in other languages. It may stand in any
//! block, runs once for each time it was reached (so once per iteration in a loop),
//! and several run in reverse order. A teardown can ask why it runs with
//! [`teardown_cause()`], so that one holding another managed stream can cancel it
//! when its own stream is cancelled.
//!
//! # Ending a stream
//!
//! A managed stream ends in one of a few ways, and its reached teardowns run in each:
//!
//! | How | What happens |
//! | --- | --- |
//! | read to the end | the body ends by itself; its teardowns run before the last `None`. |
//! | `close().await`, [`close_owned().await`](ManagedStreamExt::close_owned) | graceful: a step under way runs on to its next `yield_!` (that item is dropped), then the teardowns run. `close_owned()` also drops the stream, so a borrow it holds ends with the `.await`. |
//! | `cancel().await` | prompt: the body is stopped where it waits, then the teardowns run; nothing interrupts them. |
//! | `drop_without_teardown()` | skips the teardowns on purpose. |
//! | plain drop | a started stream whose teardown has not run panics in debug builds, saying where it was created; in every build it is counted in [`unclosed_drops()`](unclosed_drops). |
//! | drop of a [`close_on_drop()`](ManagedStreamExt::close_on_drop) or [`cancel_on_drop()`](ManagedStreamExt::cancel_on_drop) wrapper (feature `tokio`) | the runtime ends the stream in the background; a [`StreamTracker`] owns those ends and awaits them at shutdown. |
//!
//! Once a close or cancel began, `next()` returns `None`. A panic in the body or a
//! teardown propagates and poisons the stream: it then ends at once and drops silently.
//!
//! # Where to go next
//!
//! - The attribute's own page, [`#[managed_stream]`](macro@managed_stream): everything it
//!   generates and accepts, in one place.
//! - [The guide](guide): [writing](guide::writing) (try mode, options, methods, the
//!   [`stream!`] expression form), [ending](guide::ending),
//!   [consuming](guide::consuming) ([`scoped`], adapters, [`combinators`],
//!   [`with_teardown`], [`BoxManagedStream`]), [cancellation from
//!   outside](guide::cancellation) (`close_on_drop`, `cancel_on_drop`,
//!   [`StreamTracker`], [`stream_counts`]), [a managed stream or a plain
//!   one?](guide::choosing), and what the project learned with
//!   [PostgreSQL](guide::postgres) and [an HTTP endpoint](guide::http_endpoint).
//! - [The contract](spec): every promise above, stated exactly and numbered; the
//!   tests and the rest of these docs cite its clauses.
//!
//! Features: `futures` (on by default: the `futures` adapters keep `close()`), `tokio`
//! (`close_within`, `close_on_drop`, `cancel_on_drop`, `StreamTracker::shutdown`),
//! `tracing` (a `WARN` event for every unclosed drop and teardown failure, a `DEBUG`
//! event for every background end); see [consuming](guide::consuming#features).
//!
//! # Soundness
//!
//! Items are handed out through a slot in the stream's own heap allocation, which the
//! body reaches through a pointer. `yield_!` therefore compiles only where it runs as
//! part of the body itself: inside a closure, a nested `async` block or a nested fn it
//! is a compile error, also when another macro moves it there (each `yield_!` breaks
//! out of a label that such a boundary hides). The body's captures are checked by the
//! compiler against the lifetimes and types of the generated struct. The one module
//! with `unsafe` code documents its invariants.

#![warn(missing_docs, unreachable_pub)]
// docs.rs builds with `--cfg docsrs` on nightly: every feature-gated item is labelled
// with its feature (checked in CI by the same build, `.ci/run`).
#![cfg_attr(docsrs, feature(doc_cfg))]

mod consumer;
pub mod guide;
mod lifecycle;
pub mod spec;

pub use consumer::boxed::{BoxManagedStream, LocalBoxManagedStream};
#[cfg(feature = "tokio")]
pub use consumer::close_on_drop::{CloseOnDrop, TokioSpawner};
pub use consumer::close_on_drop::{CloseOnDropWith, DEFAULT_CLOSE_DEADLINE, TokioFeature};
pub use consumer::combinators;
#[cfg(feature = "tokio")]
pub use consumer::deadline::{Ending, close_within};
pub use consumer::end_futures::{Cancel, Close, CloseOwned};
pub use consumer::ext::ManagedStreamExt;
pub use consumer::managed_stream::ManagedStream;
pub use consumer::scoped::{InfallibleClose, ScopedError, scoped, try_scoped};
pub use consumer::spawner::{CloseSpawner, CloseTask};
pub use consumer::tracker::{ShutdownReport, StreamTracker};
pub use consumer::wrap::{CleanupOutput, WithTeardown, with_teardown};
pub use lifecycle::boxed::{LocalManagedBox, ManagedBox, TryManagedBox};
pub use lifecycle::driver::{LocalBody, SendBody};
pub use lifecycle::drop_check::{DROP_CHECK_ENV, set_drop_check_panic};
pub use lifecycle::output::CloseResult;
pub use lifecycle::report::{StreamCounts, stream_counts, unclosed_drops};
pub use lifecycle::teardown_cause::{TeardownCause, teardown_cause};
pub use managed_stream_macros::managed_stream;

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
/// interrupts it, not even `cancel()`. Inside it, [`teardown_cause()`] says why it runs
/// (S2.10): a teardown that holds another managed stream cancels it when its own stream
/// is cancelled, so that the cancel stays prompt.
///
/// A `teardown!` with nothing after it in its block, or one inside a closure, a nested
/// `async` block, a nested fn, another macro's input or another `teardown!`, is a
/// compile error. So is a teardown that would change the body's control flow (a
/// `return`, or a `break` or `continue` out of the teardown), and one that ends in a
/// value (`teardown! { conn.close().await }` with a `Result`: add the `;`, or pass the
/// error on with `?` in try mode). It never changes what compiles around it: a block
/// that diverges still diverges, and a block keeps its value.
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

/// A managed stream as an expression, like `async_stream::stream!`: the body of a
/// `#[managed_stream]` fn (`yield_!`, `teardown!`, `close()`, `cancel()`, the drop
/// check), returning a [`ManagedBox`]. The item type comes from the `yield_!`s or from
/// where the stream is used; the body must be `Send`. It finds this crate under a
/// renamed dependency too.
///
/// ```
/// use managed_stream::{ManagedStreamExt, stream, teardown, yield_};
/// use futures::StreamExt;
///
/// # futures::executor::block_on(async {
/// let mut numbers = stream! {
///     teardown! { println!("released"); }
///     for n in 0..3u32 {
///         yield_!(n);
///     }
/// };
/// assert_eq!(numbers.next().await, Some(0));
/// numbers.close().await; // the teardown runs
/// # });
/// ```
#[macro_export]
macro_rules! stream {
    ($($body:tt)*) => {
        $crate::__private::stream_in_crate!(($crate) $($body)*)
    };
}

/// [`stream!`] in try mode (S2.7): items are `Result<T, E>`, the body may use `?` (a
/// failure ends the stream with `Err(e)` as its last item), `close()` returns
/// `Result<(), E>`.
///
/// ```
/// use managed_stream::{try_stream, yield_};
/// use futures::StreamExt;
///
/// # futures::executor::block_on(async {
/// let parsed = try_stream! {
///     for text in ["1", "x"] {
///         yield_!(Ok(text.parse::<u32>()?));
///     }
/// };
/// let items: Vec<Result<u32, std::num::ParseIntError>> = parsed.collect().await;
/// assert_eq!(items[0], Ok(1));
/// assert!(items[1].is_err());
/// # });
/// ```
#[macro_export]
macro_rules! try_stream {
    ($($body:tt)*) => {
        $crate::__private::try_stream_in_crate!(($crate) $($body)*)
    };
}

/// Items the generated code uses. Not public API: no stability guarantees.
#[doc(hidden)]
pub mod __private {
    pub use crate::consumer::end_futures::{Cancel, Close, CloseOwned};
    pub use crate::consumer::managed_stream::ManagedStream;
    pub use crate::lifecycle::boxed::{ManagedBox, inline_send, inline_try_send};
    pub use crate::lifecycle::driver::{Driver, LocalBody, SendBody};
    pub use crate::lifecycle::guard::{
        Cancellable, Teardown, TeardownEnd, cancelling, closing, done_for, no_failure, record,
        record_error, register, teardown_end,
    };
    pub use crate::lifecycle::handoff::{Resume, Yield, Yielder};
    pub use crate::lifecycle::output::{CloseResult as BodyOutput, ItemFor, TryItem, done};
    pub use futures_core::{FusedStream, Stream};
    pub use managed_stream_macros::{stream_in_crate, try_stream_in_crate};
}
