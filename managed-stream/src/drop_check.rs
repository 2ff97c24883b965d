//! The debug-build check that a started stream is not dropped before its teardown ran
//! (S4): where async cleanup would silently be skipped, tests fail loudly instead.

use core::panic::Location;

/// Where and as what a stream was created, for messages.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Origin {
    /// The generated type's name, such as `Numbers`.
    pub(crate) name: &'static str,
    /// The call that created the stream (`#[track_caller]`).
    pub(crate) location: &'static Location<'static>,
}

/// Called when a stream is dropped while a reached teardown has not completed.
///
/// Panics with debug assertions (S4.1), unless the thread is already panicking (S4.2:
/// never a double panic). Without debug assertions it does nothing: the body is
/// dropped, its async teardowns do not run (S4.3).
pub(crate) fn dropped_before_teardown(origin: &Origin) {
    if cfg!(debug_assertions) && !std::thread::panicking() {
        panic!("{}", message(origin));
    }
}

/// The drop check's message.
pub(crate) fn message(origin: &Origin) -> String {
    format!(
        "managed stream `{}` created at {} was dropped before its teardown ran; \
         call `.close().await` (or read it to the end) before dropping it, or \
         `.drop_without_teardown()` to skip the teardown on purpose",
        origin.name, origin.location
    )
}
