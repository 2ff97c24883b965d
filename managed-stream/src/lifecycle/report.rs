//! What the process reports about streams that did not end in their holder's hands
//! (S4.5, S7.5): the process-wide counts ([`stream_counts`]) and, with the `tracing`
//! feature, one event per case, target `managed_stream`, with the fields `stream` and
//! `created_at` in every event.
//!
//! - A loss (a reached teardown that never ran: S4.1 drops, S7.3) is a `WARN` and counts
//!   in `unclosed_drops`.
//! - A background end that ran every teardown (closed, or needed the cancel) is no loss:
//!   a `DEBUG` event and the `background_ends` count.
//! - A teardown that returned an error is a `WARN` with the error and counts in
//!   `teardown_failures`.

use core::fmt;
use core::sync::atomic::{AtomicU64, Ordering};

use crate::lifecycle::origin::Origin;

static UNCLOSED_DROPS: AtomicU64 = AtomicU64::new(0);
static TEARDOWN_FAILURES: AtomicU64 = AtomicU64::new(0);
static BACKGROUND_ENDS: AtomicU64 = AtomicU64::new(0);
static MISSED_CLOSE_DEADLINES: AtomicU64 = AtomicU64::new(0);

/// The process-wide counts of managed streams that did not end in their holder's hands
/// (S4.5, S7.5), read at once with [`stream_counts`]: what a service publishes as
/// metrics.
///
/// Every field only grows. Only `unclosed_drops` and `teardown_failures` mean that
/// something went wrong; the others describe normal work.
///
/// ```
/// let counts = managed_stream::stream_counts();
/// // For example, as Prometheus counters:
/// println!("managed_stream_unclosed_drops_total {}", counts.unclosed_drops);
/// println!("managed_stream_teardown_failures_total {}", counts.teardown_failures);
/// println!("managed_stream_background_ends_total {}", counts.background_ends);
/// assert_eq!(counts.unclosed_drops, managed_stream::unclosed_drops());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct StreamCounts {
    /// Losses: streams dropped while a reached teardown had not run to completion
    /// (forgotten `close()`, S4.1; a stream that could not be ended in the background,
    /// S7.3; one still unfinished when a tracker's shutdown deadline passed, S7.6). The
    /// same number as [`unclosed_drops()`](crate::unclosed_drops). Should stay at 0.
    pub unclosed_drops: u64,
    /// Teardowns that returned an error where no caller could see it: in a background
    /// end, or in an end driven by a tracker's shutdown (S7.5). Each is also a `WARN`.
    pub teardown_failures: u64,
    /// Streams ended by the runtime after their holder dropped them (S7.2), whatever the
    /// outcome. Normal in a service: every client that goes away mid-stream is one.
    pub background_ends: u64,
    /// Of the `background_ends`, graceful closes that missed their deadline and needed
    /// the cancel (S7.2). Every teardown still ran; a count that moves says the close
    /// deadline is shorter than the steps the streams take (or that `cancel_on_drop`
    /// fits them better).
    pub missed_close_deadlines: u64,
}

/// Reads the process-wide [`StreamCounts`] (S4.5, S7.5).
///
/// ```
/// use managed_stream::{managed_stream, stream_counts, teardown, yield_};
///
/// #[managed_stream]
/// async fn numbers() -> u32 {
///     teardown! { /* say goodbye */ }
///     yield_!(1);
/// }
///
/// # futures::executor::block_on(async {
/// let before = stream_counts();
/// let mut stream = numbers();
/// futures::StreamExt::next(&mut stream).await;
/// stream.close().await;
/// assert_eq!(stream_counts().unclosed_drops, before.unclosed_drops);
/// # });
/// ```
pub fn stream_counts() -> StreamCounts {
    StreamCounts {
        unclosed_drops: UNCLOSED_DROPS.load(Ordering::Relaxed),
        teardown_failures: TEARDOWN_FAILURES.load(Ordering::Relaxed),
        background_ends: BACKGROUND_ENDS.load(Ordering::Relaxed),
        missed_close_deadlines: MISSED_CLOSE_DEADLINES.load(Ordering::Relaxed),
    }
}

/// How many managed streams this process dropped before their teardowns ran: losses
/// only (S4.5, S7.5).
///
/// Counts every drop that the debug-build drop check describes, in every build
/// (where the check panics, the drop is counted first), and every stream that could
/// not be ended in the background (S7.3) or was still unfinished when a tracker's
/// shutdown deadline passed (S7.6). A stream that
/// [`close_on_drop`](crate::ManagedStreamExt::close_on_drop) ended in the background
/// with every teardown run is no loss, even when it needed the cancel. Drops skipped on
/// purpose with `drop_without_teardown()` do not count. In production, a count that
/// moves means a forgotten `close()`; with the `tracing` feature each one is also a
/// `WARN` event (target `managed_stream`) that says which stream and where it was
/// created. [`stream_counts`] gives the other counts.
///
/// ```
/// use managed_stream::{managed_stream, teardown, unclosed_drops, yield_};
///
/// #[managed_stream]
/// async fn numbers() -> u32 {
///     teardown! { /* say goodbye */ }
///     yield_!(1);
/// }
///
/// # futures::executor::block_on(async {
/// let before = unclosed_drops();
/// let mut stream = numbers();
/// futures::StreamExt::next(&mut stream).await;
/// stream.close().await;
/// drop(stream);
/// assert_eq!(unclosed_drops(), before, "a closed stream drops cleanly");
/// # });
/// ```
pub fn unclosed_drops() -> u64 {
    UNCLOSED_DROPS.load(Ordering::Relaxed)
}

/// Counts and logs a loss: a stream dropped while a reached teardown had not run
/// (S4.5).
pub(crate) fn loss(origin: &Origin) {
    UNCLOSED_DROPS.fetch_add(1, Ordering::Relaxed);
    #[cfg(feature = "tracing")]
    tracing::warn!(
        target: "managed_stream",
        stream = %origin.stream_name(),
        created_at = %origin.location,
        "managed stream dropped before its teardown ran; its async teardown was skipped"
    );
    #[cfg(not(feature = "tracing"))]
    let _ = origin;
}

/// How a stream that its holder no longer ends was ended by the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HowEnded {
    /// Closed gracefully.
    Closed,
    /// Cancelled by policy (`cancel_on_drop`, or a tracker's shutdown after its close
    /// window).
    Cancelled,
    /// The close missed its own deadline, then the cancel ended it.
    CancelledPastDeadline,
}

/// Counts and logs a background end (S7.2, S7.5): every teardown ran, so it is no loss;
/// `error` is what a failed teardown returned.
pub(crate) fn background_end(origin: &Origin, how: HowEnded, error: Option<&dyn fmt::Debug>) {
    BACKGROUND_ENDS.fetch_add(1, Ordering::Relaxed);
    if how == HowEnded::CancelledPastDeadline {
        MISSED_CLOSE_DEADLINES.fetch_add(1, Ordering::Relaxed);
    }
    end_event(origin, how, error);
}

/// Counts and logs an end that a `CloseOnDrop` drove for its holder, who never sees
/// what ending returned (a tracker's shutdown, S7.6; the end after the last item): a
/// failure is reported as in the background.
pub(crate) fn held_end(origin: &Origin, how: HowEnded, error: Option<&dyn fmt::Debug>) {
    end_event(origin, how, error);
}

/// Counts and logs a teardown error of a background end after its first one (S3.10,
/// S7.5): a failure of its own, not another background end.
pub(crate) fn further_failure(origin: &Origin, how: HowEnded, error: &dyn fmt::Debug) {
    end_event(origin, how, Some(error));
}

fn end_event(origin: &Origin, how: HowEnded, error: Option<&dyn fmt::Debug>) {
    if error.is_some() {
        TEARDOWN_FAILURES.fetch_add(1, Ordering::Relaxed);
    }
    #[cfg(feature = "tracing")]
    {
        let stream = origin.stream_name();
        let created_at = origin.location;
        let cancelled = how != HowEnded::Closed;
        match error {
            Some(error) => tracing::warn!(
                target: "managed_stream",
                %stream,
                %created_at,
                cancelled,
                ?error,
                "managed stream ended without its holder: a teardown failed"
            ),
            None => tracing::debug!(
                target: "managed_stream",
                %stream,
                %created_at,
                cancelled,
                missed_close_deadline = how == HowEnded::CancelledPastDeadline,
                "managed stream ended without its holder; every teardown ran"
            ),
        }
    }
    #[cfg(not(feature = "tracing"))]
    let _ = (origin, how, error);
}
