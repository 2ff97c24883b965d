//! The combinators the macro wraps around a body split at its `teardown!`s:
//! [`Region`] runs the code after a `teardown!` and is where `cancel()` stops the body;
//! [`Teardown`] runs a teardown block, which nothing interrupts.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, ready};

use pin_project_lite::pin_project;

use crate::lifecycle::handoff::Yielder;
use crate::lifecycle::output::BodyOutput;

pin_project! {
    /// The rest of a body after a `teardown!`: everything the teardown guards.
    ///
    /// Entering it registers the teardown (the drop check now expects it to run).
    /// A cancel stops the innermost entered region, unless a teardown is running: its
    /// inner future is dropped where it waits, and the region completes, so that the
    /// code after it (the teardown) runs next.
    #[must_use = "futures do nothing unless awaited"]
    pub struct Region<F, T, O: BodyOutput> {
        yielder: Yielder<T, O>,
        level: u32,
        #[pin]
        inner: Option<F>,
    }
}

impl<F, T, O: BodyOutput> Region<F, T, O> {
    /// Wraps the code after a `teardown!`, and enters the region: the expansion awaits
    /// it at once, so the teardown is registered from here on. Naming the output fixes
    /// the type of the `async` block even where it diverges (edition 2024 would infer
    /// `!`).
    pub fn new(yielder: Yielder<T, O>, inner: F) -> Self
    where
        F: Future<Output = O>,
    {
        Self {
            yielder,
            level: yielder.shared().enter_region(),
            inner: Some(inner),
        }
    }
}

impl<F, T, O> Future for Region<F, T, O>
where
    F: Future<Output = O>,
    O: BodyOutput,
{
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut this = self.project();
        let shared = this.yielder.shared();
        let Some(inner) = this.inner.as_mut().as_pin_mut() else {
            return Poll::Ready(());
        };
        let output = if shared.cancels_at(*this.level) {
            // S3.3: drop the awaited future where it waits, like a losing `select!`
            // branch; the teardown after this region runs next.
            None
        } else {
            Some(ready!(inner.poll(cx)))
        };
        this.inner.set(None);
        shared.leave_region();
        if let Some(error) = output.and_then(BodyOutput::into_error) {
            shared.push_error(error);
        }
        Poll::Ready(())
    }
}

pin_project! {
    /// A running `teardown!` block: never interrupted by a cancel (S3.3), and its
    /// failure (try mode) does not stop the teardowns outside it (S2.7).
    #[must_use = "futures do nothing unless awaited"]
    pub struct Teardown<F, T, O: BodyOutput> {
        yielder: Yielder<T, O>,
        started: bool,
        #[pin]
        inner: F,
    }
}

impl<F, T, O: BodyOutput> Teardown<F, T, O> {
    /// Wraps a teardown block; see [`Region::new`] on its output type.
    pub fn new(yielder: Yielder<T, O>, inner: F) -> Self
    where
        F: Future<Output = O>,
    {
        Self {
            yielder,
            started: false,
            inner,
        }
    }
}

impl<F, T, O> Future for Teardown<F, T, O>
where
    F: Future<Output = O>,
    O: BodyOutput,
{
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.project();
        let shared = this.yielder.shared();
        if !*this.started {
            *this.started = true;
            shared.enter_teardown();
        }
        let output = ready!(this.inner.poll(cx));
        shared.leave_teardown();
        if let Some(error) = output.into_error() {
            shared.push_error(error);
        }
        Poll::Ready(())
    }
}
