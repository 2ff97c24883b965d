//! The guide: how to write, end and consume managed streams, and what the project
//! learned doing so. Start with the [crate docs](crate); the contract that the clause
//! numbers (S3.2) cite is [`spec`](crate::spec).
//!
//! Using the crate:
//!
//! - [`writing`]: what `#[managed_stream]` generates, `yield_!`, where to put a
//!   `teardown!`, try mode, the options, methods, the `stream!` expression form.
//! - [`ending`]: reading to the end, `close()`, `close_owned()`, `cancel()`, the drop
//!   check, unclosed drops, panics.
//! - [`consuming`]: `scoped` and `try_scoped`, adapters and combinators that keep
//!   `close()`, `with_teardown`, `close_within`, boxing, the crate's features.
//! - [`cancellation`]: when the code holding a stream is cancelled by drop:
//!   `scoped` with timeouts inside, `close_on_drop`, what to watch in production.
//! - [`services`]: in a service: a response body with `close_on_drop` or
//!   `cancel_on_drop`, graceful shutdown with a `StreamTracker`, the counts to export.
//! - [`choosing`]: for library authors, a managed stream or a plain stream?
//! - [`limitations`]: what is not supported yet.
//!
//! Real resources and how the crate is tested:
//!
//! - [`postgres`]: a PostgreSQL cursor, released or leaked, and the lessons it taught.
//! - [`http_endpoint`]: an HTTP response body whose client goes away.
//! - [`reliability`]: random schedules, fault injection, concurrency, memory,
//!   soundness.
//! - [`performance`]: what a managed stream costs.
//! - [`layout`]: the repository's layout.
//!
//! Every runnable example here is a doctest; the ones that need a network or a
//! PostgreSQL server are shown, not run, and name the example file they come from.

#[doc = include_str!("../guide/writing.md")]
pub mod writing {}

#[doc = include_str!("../guide/ending.md")]
pub mod ending {}

#[doc = include_str!("../guide/consuming.md")]
pub mod consuming {}

#[doc = include_str!("../guide/cancellation.md")]
pub mod cancellation {}

#[doc = include_str!("../guide/services.md")]
pub mod services {}

#[doc = include_str!("../guide/choosing.md")]
pub mod choosing {}

#[doc = include_str!("../guide/library_authors.md")]
pub mod library_authors {}

#[doc = include_str!("../guide/limitations.md")]
pub mod limitations {}

#[doc = include_str!("../guide/postgres.md")]
pub mod postgres {}

#[doc = include_str!("../guide/http_endpoint.md")]
pub mod http_endpoint {}

#[doc = include_str!("../guide/reliability.md")]
pub mod reliability {}

#[doc = include_str!("../guide/performance.md")]
pub mod performance {}

#[doc = include_str!("../guide/layout.md")]
pub mod layout {}
