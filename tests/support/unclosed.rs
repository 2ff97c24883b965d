//! The process-wide S4.5 count: `unclosed_drops()` is one number for the whole test
//! binary, so a test that reads it before and after holds `COUNT` around its work.

use std::sync::{Mutex, MutexGuard};

use managed_stream::unclosed_drops;

static COUNT: Mutex<()> = Mutex::new(());

/// Holds `COUNT` (a failed test must not poison the others) and returns
/// `unclosed_drops()` as it is now.
///
/// ```ignore
/// let (_guard, before) = count_guard();
/// // ... drop streams ...
/// assert_eq!(unclosed_drops(), before);
/// ```
pub fn count_guard() -> (MutexGuard<'static, ()>, u64) {
    let guard = COUNT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    (guard, unclosed_drops())
}
