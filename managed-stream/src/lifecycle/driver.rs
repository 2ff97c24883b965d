//! The lifecycle state machine around a body: `Fresh → Running → Closing → Done`, plus
//! `Poisoned` after a panic. Every generated stream type is a thin wrapper around a
//! [`Driver`].

use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::panic::Location;
use core::task::{Context, Poll};

use crate::lifecycle::drop_check;
use crate::lifecycle::handoff::{Signal, Yielder};
use crate::lifecycle::origin::Origin;
use crate::lifecycle::output::{CloseResult, ItemFor};
use crate::lifecycle::raw::RawBody;

/// Where a stream is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Created, never polled: the body has not started, nothing is registered.
    Fresh,
    /// Started; the body is suspended at a `yield_!` or mid-step.
    Running,
    /// `close()` or `cancel()` began and has not finished.
    Closing,
    /// The body and all its reached teardowns have finished by themselves; errors
    /// still queued are the stream's last items (S2.7).
    Done,
    /// `close()` or `cancel()` finished; errors still queued are the teardown errors
    /// after the first, which that call returned (S3.10: nothing is lost).
    Closed,
    /// The body or a teardown panicked (S5.1).
    Poisoned,
}

/// Marks a stream whose body is `Send` (the default).
#[derive(Debug)]
pub enum SendBody {}

/// Marks a stream whose body need not be `Send` (`#[managed_stream(?Send)]`). Neither
/// `Send` nor `Sync`, so that such a stream is neither.
#[derive(Debug)]
pub struct LocalBody {
    _not_send: PhantomData<*const ()>,
}

/// The runtime half of every managed stream.
///
/// - `T`: the item type; `O`: the body output (`()` or `Result<(), E>`, see
///   [`CloseResult`]), which is also what `close()` and `cancel()` return.
/// - `C`: a captures marker built by the macro from the fn's generics. It makes the
///   stream type carry every lifetime and type the body may borrow, for the borrow
///   checker, variance (invariant, like an `async fn`'s future) and drop check.
/// - `S`: [`SendBody`] or [`LocalBody`].
pub struct Driver<T, O: CloseResult, C, S> {
    raw: RawBody<T, O>,
    phase: Phase,
    origin: Origin,
    _captures: PhantomData<fn(C) -> C>,
    /// Whether the stream is `Send` and `Sync`: [`SendBody`] is, [`LocalBody`] is not.
    _send: PhantomData<S>,
}

// The body is pinned in its heap block, never in the driver: the driver moves freely,
// whatever the markers (`S` is in a `PhantomData` only for `Send` and `Sync`).
impl<T, O: CloseResult, C, S> Unpin for Driver<T, O, C, S> {}

impl<T, O: CloseResult, C> Driver<T, O, C, SendBody> {
    /// Builds the driver of a `Send` body; the body does not start until first polled.
    ///
    /// `'s` is a lifetime that every lifetime and type in `C` outlives; the bound
    /// `F: 's` makes the compiler prove that the body borrows nothing that `C` does
    /// not name.
    ///
    /// Generated code only.
    ///
    /// # Safety
    ///
    /// The `Yielder` given to `make_body` must stay inside the body it builds: kept
    /// anywhere else, it points into freed memory once the driver is dropped (see
    /// `raw.rs`, invariant 4, for why types cannot check this).
    #[track_caller]
    pub unsafe fn new_send<'s, F, Mk>(name: fn() -> &'static str, make_body: Mk) -> Self
    where
        Mk: FnOnce(Yielder<T, O>) -> F,
        F: Future<Output = O> + Send + 's,
        T: ItemFor<O>,
    {
        Self::from_raw(name, RawBody::new(make_body))
    }

    /// [`Driver::new_send`] for the runtime's own constructors, whose callers carry
    /// its safety condition.
    #[track_caller]
    pub(crate) fn send_body<'s, F, Mk>(name: fn() -> &'static str, make_body: Mk) -> Self
    where
        Mk: FnOnce(Yielder<T, O>) -> F,
        F: Future<Output = O> + Send + 's,
        T: ItemFor<O>,
    {
        Self::from_raw(name, RawBody::new(make_body))
    }
}

impl<T, O: CloseResult, C> Driver<T, O, C, LocalBody> {
    /// Builds the driver of a body that need not be `Send`; see [`Driver::new_send`].
    ///
    /// # Safety
    ///
    /// As for [`Driver::new_send`]: the `Yielder` must stay inside the body.
    #[track_caller]
    pub unsafe fn new_local<'s, F, Mk>(name: fn() -> &'static str, make_body: Mk) -> Self
    where
        Mk: FnOnce(Yielder<T, O>) -> F,
        F: Future<Output = O> + 's,
        T: ItemFor<O>,
    {
        Self::from_raw(name, RawBody::new(make_body))
    }
}

impl<T, O: CloseResult, C, S> Driver<T, O, C, S> {
    /// The driver around a built body. Not generic in the body: the constructors above,
    /// which are, stay two small fns per stream fn (compile time, issue 20).
    #[track_caller]
    fn from_raw(name: fn() -> &'static str, raw: RawBody<T, O>) -> Self {
        Self {
            raw,
            phase: Phase::Fresh,
            origin: Origin {
                name,
                location: Location::caller(),
            },
            _captures: PhantomData,
            _send: PhantomData,
        }
    }

    /// `Stream::poll_next`: runs the body to its next `yield_!` or its end (S3.6).
    ///
    /// Inlined into each stream's `poll_next` in optimised builds (the per-item path);
    /// in debug builds one copy per item type serves every stream (compile time, issue
    /// 20).
    #[cfg_attr(not(debug_assertions), inline(always))]
    pub fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        if !matches!(self.phase, Phase::Fresh | Phase::Running) {
            return Poll::Ready(self.after_end());
        }
        match self.poll_body(cx) {
            Poll::Ready(()) => Poll::Ready(self.next_error_item()),
            Poll::Pending => {
                self.phase = Phase::Running;
                match self.raw.shared().take_item() {
                    Some(item) => Poll::Ready(Some(item)),
                    None => Poll::Pending,
                }
            }
        }
    }

    /// `poll_next` once the body ended: errors met at a natural end come out as the
    /// last items (S2.7); nothing after a close or cancel began, nothing after a panic
    /// (S3.5). Out of the per-item path.
    #[cold]
    #[inline(never)]
    fn after_end(&mut self) -> Option<T> {
        match self.phase {
            Phase::Done => self.next_error_item(),
            _ => None,
        }
    }

    /// `FusedStream::is_terminated`.
    pub fn is_terminated(&self) -> bool {
        match self.phase {
            Phase::Fresh | Phase::Running => false,
            Phase::Done => !self.raw.shared().has_errors(),
            Phase::Closing | Phase::Closed | Phase::Poisoned => true,
        }
    }

    /// `ManagedStream::poll_close` (S3.2).
    pub fn poll_close(&mut self, cx: &mut Context<'_>) -> Poll<O> {
        self.poll_stop(cx, Signal::Close)
    }

    /// `ManagedStream::poll_cancel` (S3.3).
    pub fn poll_cancel(&mut self, cx: &mut Context<'_>) -> Poll<O> {
        self.poll_stop(cx, Signal::Cancel)
    }

    /// Drops a started stream on purpose without running its teardowns and without
    /// the drop check's panic (S4.4). The synchronous `Drop` of the body's locals runs.
    ///
    /// The whole tree is skipped on purpose (S4.6): managed streams that the body holds
    /// are dropped without their drop checks too.
    pub fn drop_without_teardown(mut self) {
        drop_check::on_purpose(|| self.end_body());
    }

    /// The name of the generated stream type.
    pub fn name(&self) -> &'static str {
        (self.origin.name)()
    }

    fn poll_stop(&mut self, cx: &mut Context<'_>, signal: Signal) -> Poll<O> {
        match self.phase {
            Phase::Fresh => {
                // Never started: nothing is registered. Release the arguments now.
                self.end_body();
                return Poll::Ready(O::ok());
            }
            Phase::Running | Phase::Closing => {}
            Phase::Done => return Poll::Ready(self.first_error()),
            Phase::Closed | Phase::Poisoned => return Poll::Ready(O::ok()),
        }
        self.phase = Phase::Closing;
        let shared = self.raw.shared();
        shared.raise(signal);
        if shared.signal() == Signal::Cancel && !shared.holds_teardown() {
            // Cancelled with no teardown registered: nothing is left to run.
            self.end_body();
            return Poll::Ready(self.first_error());
        }
        match self.poll_body(cx) {
            Poll::Ready(()) => Poll::Ready(self.first_error()),
            Poll::Pending => {
                let shared = self.raw.shared();
                if shared.signal() == Signal::Cancel && !shared.holds_teardown() {
                    // The last teardown ran and the body waits outside every guarded
                    // block (where no await is a cancellation point): stop it there.
                    self.end_body();
                    return Poll::Ready(self.first_error());
                }
                self.phase = Phase::Closing;
                Poll::Pending
            }
        }
    }

    /// Polls the body, marking the stream poisoned if that panics (S5.1). On the
    /// body's end, drops it, records its error and moves to `Done`.
    #[cfg_attr(not(debug_assertions), inline(always))]
    fn poll_body(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        // Marks the stream poisoned if the poll unwinds; costs nothing otherwise.
        struct PoisonOnUnwind<'a>(&'a mut Phase);
        impl Drop for PoisonOnUnwind<'_> {
            fn drop(&mut self) {
                *self.0 = Phase::Poisoned;
            }
        }
        let guard = PoisonOnUnwind(&mut self.phase);
        let polled = self.raw.poll_body(cx);
        core::mem::forget(guard);
        match polled {
            Poll::Pending => Poll::Pending,
            Poll::Ready(output) => {
                self.body_ended(output);
                Poll::Ready(())
            }
        }
    }

    /// The body returned: drop it, record its error. Once per stream, out of the hot
    /// path.
    #[cold]
    #[inline(never)]
    fn body_ended(&mut self, output: O) {
        self.end_body();
        if let Some(error) = output.into_error() {
            self.raw.shared().push_error(error);
        }
    }

    /// Drops the body and moves to `Done`. A local whose `Drop` panics leaves the
    /// stream poisoned (S5.1), never with a dropped body in a phase that polls it.
    fn end_body(&mut self) {
        self.phase = Phase::Poisoned;
        self.raw.drop_body();
        self.phase = Phase::Done;
    }

    #[cold]
    #[inline(never)]
    fn next_error_item(&mut self) -> Option<T> {
        self.raw.shared().pop_error_item()
    }

    /// What `close()` or `cancel()` returns as the stream ends: the first queued error.
    /// The others stay queued for [`Driver::take_suppressed_errors`].
    fn first_error(&mut self) -> O {
        self.phase = Phase::Closed;
        match self.raw.shared().pop_error() {
            Some(error) => O::from_error(error),
            None => O::ok(),
        }
    }

    /// The errors that the last `close()` or `cancel()` met after the one it returned,
    /// in the order they happened (teardowns that failed after the first failure, S2.7).
    /// Drains them; empty before a close or cancel finished.
    pub fn take_suppressed_errors(&mut self) -> Vec<O::Error> {
        let mut errors = Vec::new();
        if self.phase == Phase::Closed {
            while let Some(error) = self.raw.shared().pop_error() {
                errors.push(error);
            }
        }
        errors
    }
}

impl<T, O: CloseResult, C, S> Drop for Driver<T, O, C, S> {
    fn drop(&mut self) {
        let unfinished = matches!(self.phase, Phase::Running | Phase::Closing)
            && self.raw.body_live()
            && self.raw.shared().holds_teardown();
        if unfinished {
            drop_check::dropped_before_teardown(&self.origin);
        }
    }
}

impl<T, O: CloseResult, C, S> fmt::Debug for Driver<T, O, C, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct((self.origin.name)())
            .field("phase", &self.phase)
            .field("created_at", &format_args!("{}", self.origin.location))
            .finish()
    }
}
