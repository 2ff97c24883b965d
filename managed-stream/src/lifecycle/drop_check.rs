//! The drop check (S4): a started stream dropped before its teardown ran is never
//! silent. Every such drop is counted ([`unclosed_drops`](crate::unclosed_drops)) and,
//! with the `tracing` feature, logged as a `WARN` event (S4.5); with debug assertions it
//! also panics (S4.1), so that tests find every forgotten `close()`, unless the process
//! turned the panic off ([`set_drop_check_panic`], S4.7).
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
use core::sync::atomic::{AtomicU8, Ordering};

use crate::lifecycle::origin::Origin;
use crate::lifecycle::report;

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
    report::loss(origin);
    if cfg!(debug_assertions)
        && scope == Scope::Check
        && drop_check_panics()
        && !std::thread::panicking()
    {
        panic!("{}", message(origin));
    }
}

/// The drop check's message.
pub(crate) fn message(origin: &Origin) -> String {
    format!(
        "managed stream `{}` created at {} was dropped before its teardown ran; \
         call `.close().await` (or read it to the end) before dropping it, or \
         `.drop_without_teardown()` to skip the teardown on purpose; where the holder \
         may be dropped by others (a task, a timeout, an HTTP server), wrap an owned \
         stream with `.close_on_drop()` or `.cancel_on_drop()`",
        origin.stream_name(),
        origin.location
    )
}

// What the drop check does in debug builds, process-wide (S4.7).
const UNSET: u8 = 0;
const PANIC: u8 = 1;
const REPORT: u8 = 2;

static DEBUG_PANIC: AtomicU8 = AtomicU8::new(UNSET);

/// The environment variable read at the first unclosed drop when
/// [`set_drop_check_panic`] was not called: `report` turns the debug panic off (S4.7).
///
/// ```
/// assert_eq!(managed_stream::DROP_CHECK_ENV, "MANAGED_STREAM_DROP_CHECK");
/// // MANAGED_STREAM_DROP_CHECK=report cargo run   (a debug build without the panic)
/// ```
pub const DROP_CHECK_ENV: &str = "MANAGED_STREAM_DROP_CHECK";

/// Turns the debug-build drop check panic (S4.1) on or off for the whole process (S4.7).
///
/// With `false`, an unclosed drop is only reported (S4.5: counted in
/// [`unclosed_drops`](crate::unclosed_drops) and, with the `tracing` feature, a `WARN`
/// event), as in release builds: for a server whose debug build runs real traffic,
/// where a panic inside a connection task only costs the client its reply. The default
/// is the panic. Without this call, the environment variable
/// `MANAGED_STREAM_DROP_CHECK=report` ([`DROP_CHECK_ENV`]) does the same (read once, at
/// the first unclosed drop); a call wins over the variable.
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
/// managed_stream::set_drop_check_panic(false); // at the start of main
/// let before = unclosed_drops();
/// let mut stream = numbers();
/// futures::executor::block_on(futures::StreamExt::next(&mut stream));
/// drop(stream); // no panic, even in a debug build: reported only
/// assert_eq!(unclosed_drops(), before + 1);
/// # managed_stream::set_drop_check_panic(true);
/// ```
pub fn set_drop_check_panic(panic: bool) {
    DEBUG_PANIC.store(if panic { PANIC } else { REPORT }, Ordering::Relaxed);
}

/// Whether an unclosed drop panics in a debug build (S4.1, S4.7).
fn drop_check_panics() -> bool {
    match DEBUG_PANIC.load(Ordering::Relaxed) {
        UNSET => {
            let from_env = match std::env::var(DROP_CHECK_ENV) {
                Ok(value) if value.eq_ignore_ascii_case("report") => REPORT,
                _ => PANIC,
            };
            // A call that raced ahead wins.
            let _ =
                DEBUG_PANIC.compare_exchange(UNSET, from_env, Ordering::Relaxed, Ordering::Relaxed);
            DEBUG_PANIC.load(Ordering::Relaxed) == PANIC
        }
        value => value == PANIC,
    }
}
