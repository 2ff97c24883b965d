//! The drop check (S4): a started stream dropped before its teardown ran is never
//! silent. Every such drop is counted ([`unclosed_drops`]) and, with the `tracing`
//! feature, logged as a `WARN` event (S4.5); with debug assertions it also panics
//! (S4.1), so that tests find every forgotten `close()`.
//!
//! Two scopes change that for the drops that happen inside them, on the current
//! thread (drops are synchronous, so everything a dropped body holds is dropped inside
//! the scope):
//!
//! - [`on_purpose`]: `drop_without_teardown()` skips the teardowns of a whole tree of
//!   streams on purpose (S4.4, S4.6): nothing is counted, nothing panics.
//! - [`reported`]: a stream that could not be handed to a runtime, or whose task the
//!   runtime dropped at shutdown (S7.3): every unclosed drop is counted and logged, but
//!   the dropping code must not panic.

use core::cell::Cell;
use core::fmt;
use core::panic::Location;
use core::sync::atomic::{AtomicU64, Ordering};

/// Where and as what a stream was created, for messages.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Origin {
    /// The stream type's name, such as `Numbers`: a fn, so that `Origin` is two
    /// pointers wide (it sits in every stream).
    pub(crate) name: fn() -> &'static str,
    /// The call that created the stream (`#[track_caller]`).
    pub(crate) location: &'static Location<'static>,
}

static UNCLOSED_DROPS: AtomicU64 = AtomicU64::new(0);

/// How many managed streams this process dropped before their teardowns ran (S4.5).
///
/// Counts every drop that the debug-build drop check describes, in every build
/// (where the check panics, the drop is counted first), and every stream that
/// [`close_on_drop`](crate::ManagedStreamExt::close_on_drop) could not end properly
/// (S7.2, S7.3). Drops skipped on purpose with `drop_without_teardown()` do not count.
/// In production, a count that moves means a forgotten `close()`; with the `tracing`
/// feature each one is also a `WARN` event (target `managed_stream`) that says which
/// stream and where it was created.
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

/// What the drop check does with an unclosed drop on this thread now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    /// Count, log, and panic with debug assertions (S4.1, S4.5).
    Check,
    /// Count and log, never panic (S7.3).
    Reported,
    /// Skipped on purpose: nothing (S4.6).
    OnPurpose,
}

std::thread_local! {
    static SCOPE: Cell<Scope> = const { Cell::new(Scope::Check) };
}

/// Runs `drop` with every unclosed drop inside it counted and logged but never
/// panicking (S7.3). An enclosing [`on_purpose`] scope still wins.
pub(crate) fn reported<R>(drop: impl FnOnce() -> R) -> R {
    within(Scope::Reported, drop)
}

/// Runs `drop` with every drop check inside it silenced: the teardowns of a whole tree
/// of streams are skipped on purpose (S4.4, S4.6).
pub(crate) fn on_purpose<R>(drop: impl FnOnce() -> R) -> R {
    within(Scope::OnPurpose, drop)
}

/// Whether the current thread is inside an [`on_purpose`] scope.
pub(crate) fn skipping_on_purpose() -> bool {
    SCOPE.with(Cell::get) == Scope::OnPurpose
}

fn within<R>(scope: Scope, run: impl FnOnce() -> R) -> R {
    /// Restores the outer scope, also when `run` unwinds.
    struct Restore(Scope);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPE.with(|current| current.set(self.0));
        }
    }
    let outer = SCOPE.with(|current| {
        let outer = current.get();
        // The stricter silence wins: a reported drop inside a drop on purpose is quiet.
        current.set(if outer == Scope::OnPurpose {
            outer
        } else {
            scope
        });
        outer
    });
    let _restore = Restore(outer);
    run()
}

/// Called when a stream is dropped while a reached teardown has not completed.
///
/// Counts and logs the drop (S4.5), then panics with debug assertions (S4.1), unless
/// the thread is already panicking (S4.2: never a double panic) or the drop happens in
/// a [`reported`] scope. In an [`on_purpose`] scope it does nothing. Without debug
/// assertions it never panics: the body is dropped, its async teardowns do not run
/// (S4.3).
pub(crate) fn dropped_before_teardown(origin: &Origin) {
    let scope = SCOPE.with(Cell::get);
    if scope == Scope::OnPurpose {
        return;
    }
    report(origin, Unclosed::Dropped);
    if cfg!(debug_assertions) && scope == Scope::Check && !std::thread::panicking() {
        panic!("{}", message(origin));
    }
}

/// Why a stream did not end properly.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) enum Unclosed<'a> {
    /// Dropped before its teardown ran.
    Dropped,
    /// Handed to a runtime by `close_on_drop`, whose close failed or needed the
    /// cancel (S7.2).
    EndedInBackground {
        /// The close deadline passed and the stream was cancelled.
        cancelled: bool,
        /// The teardown error that closing returned.
        error: Option<&'a dyn fmt::Debug>,
    },
}

/// Counts an unclosed drop and, with the `tracing` feature, logs it (S4.5, S7.2).
pub(crate) fn report(origin: &Origin, what: Unclosed<'_>) {
    UNCLOSED_DROPS.fetch_add(1, Ordering::Relaxed);
    #[cfg(feature = "tracing")]
    {
        let stream = (origin.name)();
        let created_at = origin.location;
        match what {
            Unclosed::Dropped => tracing::warn!(
                target: "managed_stream",
                stream,
                %created_at,
                "managed stream dropped before its teardown ran; its async teardown was skipped"
            ),
            Unclosed::EndedInBackground { cancelled, error } => tracing::warn!(
                target: "managed_stream",
                stream,
                %created_at,
                cancelled,
                error = error.map(tracing::field::debug),
                "managed stream dropped unclosed was ended in the background, not cleanly: {}",
                if cancelled {
                    "the close missed its deadline and the stream was cancelled"
                } else {
                    "its teardown failed"
                }
            ),
        }
    }
    #[cfg(not(feature = "tracing"))]
    let _ = (origin, what);
}

/// The drop check's message.
pub(crate) fn message(origin: &Origin) -> String {
    format!(
        "managed stream `{}` created at {} was dropped before its teardown ran; \
         call `.close().await` (or read it to the end) before dropping it, or \
         `.drop_without_teardown()` to skip the teardown on purpose",
        (origin.name)(),
        origin.location
    )
}
