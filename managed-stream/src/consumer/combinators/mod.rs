//! Combinators over several managed streams that keep the lifecycle (S3.7): [`chain`],
//! [`flatten`], [`zip`] and [`select`]. Each is a managed stream whose `close()` and
//! `cancel()` end every managed stream inside that has not ended, each exactly once,
//! and which hands out nothing once a close or cancel began (S3.5), whatever the
//! streams inside still hold. Read to the end, every stream inside has ended (S3.6):
//! a `None` from a stream inside only says that it stopped handing items out (a
//! `take(n)` that handed out its `n`), so that stream is closed then, at once if it
//! truly ended (S3.9). The errors after the first stay reachable through
//! [`take_suppressed_errors`](crate::ManagedStreamExt::take_suppressed_errors) (S3.10).
//!
//! `futures`' `Chain` and `Flatten` keep their streams out of reach, so they cannot
//! be closed; use these. `futures`' `zip` and `select` over two managed streams whose
//! `close()` returns `()` are managed streams too (feature `futures`); these keep a
//! try-mode stream's close error, and [`zip`] also closes the longer stream when the
//! shorter one ends.
//!
//! The streams may differ in their close output: `()` with `Result<(), E>` gives
//! `Result<(), E>` ([`JoinCloseOutput`]). Closing returns the first error met.
//!
//! [`StopOnClose`] (made by
//! [`ManagedStreamExt::stop_on_close`](crate::ManagedStreamExt::stop_on_close)) gives a
//! chain of one stream's adapters the same S3.5 guarantee.
//!
//! ```
//! use futures::StreamExt;
//! use managed_stream::{ManagedStreamExt, combinators, managed_stream, teardown, yield_};
//! use std::sync::{Arc, Mutex};
//!
//! type Log = Arc<Mutex<Vec<String>>>;
//!
//! #[managed_stream]
//! async fn page(n: u32, log: Log) -> u32 {
//!     teardown! { log.lock().unwrap().push(format!("page {n} closed")); }
//!     yield_!(n * 10);
//!     yield_!(n * 10 + 1);
//! }
//!
//! # futures::executor::block_on(async {
//! let log = Log::default();
//! let mut rows = combinators::chain(page(1, log.clone()), page(2, log.clone()));
//! assert_eq!(rows.next().await, Some(10));
//! rows.close().await; // ends page 1 (started) and page 2 (never started)
//! assert_eq!(*log.lock().unwrap(), ["page 1 closed"]);
//! # });
//! ```

mod chain;
mod flatten;
mod select;
mod shared;
mod stop_on_close;
mod zip;

pub use chain::{Chain, chain};
pub use flatten::{Flatten, flatten};
pub use select::{Select, select};
pub use shared::JoinCloseOutput;
pub use stop_on_close::StopOnClose;
pub use zip::{Zip, zip};
