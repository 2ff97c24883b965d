//! The hand-off between the body and its driver: the shared state, the [`Yielder`]
//! the body holds, and the [`Yield`] future that `yield_!` awaits.
//!
//! Items travel through a one-item slot in the stream's own heap block (no
//! thread-local, no channel): `yield_!(x)` puts `x` in the slot and suspends the body;
//! the driver sees the body pending with a full slot and returns the item from
//! `poll_next`.

use core::cell::{Cell, UnsafeCell};
use core::convert::Infallible;
use core::future::Future;
use core::mem::MaybeUninit;
use core::pin::Pin;
use core::ptr::NonNull;
use core::task::{Context, Poll};
use std::collections::VecDeque;

use crate::lifecycle::output::{CloseResult, ItemFor};

/// What the consumer asked the body to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Signal {
    /// Produce items.
    Run,
    /// End gracefully: finish the current step, then leave through the teardowns.
    Close,
    /// End promptly: stop where the body waits, then run the teardowns.
    Cancel,
}

/// State shared by a stream's driver and its body, in the stream's heap block.
pub(crate) struct Shared<T, O: CloseResult> {
    /// The item handed from `yield_!` to `poll_next`.
    /// Its storage and whether it is full: two fields, so that the flag sits in the
    /// padding beside the small fields below (an `Option<u64>` would take 16 bytes).
    /// Only `raw.rs` touches them (`put_item`, `take_item`, and the drop).
    pub(super) slot: UnsafeCell<MaybeUninit<T>>,
    pub(super) slot_full: Cell<bool>,
    signal: Cell<Signal>,
    /// How many reached teardowns have not yet run to completion.
    registered: Cell<u32>,
    /// Whether the body future is initialised (see `raw.rs`, invariant 2). Kept here,
    /// in the heap block, so that the stream itself stays small.
    body_live: Cell<bool>,
    /// Whether a `?` failure (or a failing teardown) is ending the body (S2.10).
    failed: Cell<bool>,
    /// Errors from `?` failures and teardowns (try mode): an [`ErrorQueue`], or
    /// nothing at all ([`NoErrors`]) in a plain stream, whose body cannot fail.
    errors: O::__Errors<T>,
}

/// Where a stream's errors wait for the consumer (S2.7): what
/// [`CloseResult::__Errors`] names for each body output. Not nameable outside the crate.
pub trait ErrorStore<T, E> {
    /// The empty store; `item_from_error` turns an error into an item (`Err(e)` in try
    /// mode), fixed where the stream is built, so that the stream types need no bound
    /// to say it.
    fn new(item_from_error: fn(E) -> T) -> Self;
    /// Queues `error` after those already queued.
    fn push(&self, error: E);
    /// The first queued error, taken out.
    fn pop(&self) -> Option<E>;
    /// The first queued error, taken out as an item.
    fn pop_item(&self) -> Option<T>;
    /// Whether an error is queued. Reads only: called through a shared `&Driver`
    /// (`raw.rs`, invariant 5).
    fn has_errors(&self) -> bool;
}

/// The error store of a plain stream (output `()`): its error type is `Infallible`, so
/// nothing is ever queued, and the store takes no room in the heap block (not even
/// for the conversion to an item, which it never makes).
pub struct NoErrors;

impl<T> ErrorStore<T, Infallible> for NoErrors {
    #[inline]
    fn new(_item_from_error: fn(Infallible) -> T) -> Self {
        NoErrors
    }

    fn push(&self, error: Infallible) {
        match error {}
    }

    #[inline]
    fn pop(&self) -> Option<Infallible> {
        None
    }

    #[inline]
    fn pop_item(&self) -> Option<T> {
        None
    }

    #[inline]
    fn has_errors(&self) -> bool {
        false
    }
}

/// The error store of a try-mode stream (output `Result<(), E>`): errors from `?`
/// failures and teardowns, in the order they happened.
pub struct ErrorQueue<T, E> {
    /// Boxed, and allocated at the first error: one pointer in every stream that
    /// fails no step, where a `VecDeque` would take four.
    #[allow(clippy::box_collection)]
    errors: Cell<Option<Box<VecDeque<E>>>>,
    /// How many errors are queued: what [`ErrorStore::has_errors`] reads, so that it
    /// never writes a `Cell` (a shared `&Driver` only reads the block: `raw.rs`,
    /// invariant 5).
    queued: Cell<u32>,
    /// How an error becomes an item (`Err(e)`).
    item_from_error: fn(E) -> T,
}

impl<T, E> ErrorStore<T, E> for ErrorQueue<T, E> {
    #[inline]
    fn new(item_from_error: fn(E) -> T) -> Self {
        Self {
            errors: Cell::new(None),
            queued: Cell::new(0),
            item_from_error,
        }
    }

    fn push(&self, error: E) {
        let mut errors = self.errors.take().unwrap_or_default();
        errors.push_back(error);
        self.errors.set(Some(errors));
        self.queued.set(self.queued.get() + 1);
    }

    fn pop(&self) -> Option<E> {
        // Most streams end with no error queued: answer from the count, which only
        // reads, before taking the queue out of its `Cell` (issue 20 item 3).
        if self.queued.get() == 0 {
            return None;
        }
        let mut errors = self.errors.take()?;
        let first = errors.pop_front();
        if !errors.is_empty() {
            self.errors.set(Some(errors));
        }
        if first.is_some() {
            self.queued.set(self.queued.get() - 1);
        }
        first
    }

    fn pop_item(&self) -> Option<T> {
        self.pop().map(self.item_from_error)
    }

    #[inline]
    fn has_errors(&self) -> bool {
        self.queued.get() > 0
    }
}

impl<T, O: CloseResult> Shared<T, O> {
    pub(crate) fn new(item_from_error: fn(O::Error) -> T) -> Self {
        Self {
            slot: UnsafeCell::new(MaybeUninit::uninit()),
            slot_full: Cell::new(false),
            signal: Cell::new(Signal::Run),
            registered: Cell::new(0),
            body_live: Cell::new(false),
            failed: Cell::new(false),
            errors: ErrorStore::new(item_from_error),
        }
    }

    pub(crate) fn signal(&self) -> Signal {
        self.signal.get()
    }

    /// Raises the signal; it never goes back down (a cancel is not undone by a close).
    pub(crate) fn raise(&self, signal: Signal) {
        self.signal.set(self.signal.get().max(signal));
    }

    /// A `teardown!` was reached: it must run before the stream may drop silently.
    pub(crate) fn register(&self) {
        self.registered.set(self.registered.get() + 1);
    }

    /// A registered teardown ran to completion.
    pub(crate) fn unregister(&self) {
        self.registered.set(self.registered.get() - 1);
    }

    /// Whether some reached teardown has not yet run to completion.
    pub(crate) fn holds_teardown(&self) -> bool {
        self.registered.get() > 0
    }

    /// A `?` failure or a failing teardown ends the body (S2.7): the teardowns that
    /// run from now on see [`TeardownCause::Failed`](crate::TeardownCause::Failed) (S2.10).
    pub(crate) fn fail(&self) {
        self.failed.set(true);
    }

    /// Why the body is leaving the teardown that runs now (S2.10): a consumer's signal
    /// wins over a failure, a failure over a block's own end.
    pub(crate) fn teardown_cause(&self) -> crate::TeardownCause {
        match self.signal.get() {
            Signal::Cancel => crate::TeardownCause::Cancel,
            Signal::Close => crate::TeardownCause::Close,
            Signal::Run if self.failed.get() => crate::TeardownCause::Failed,
            Signal::Run => crate::TeardownCause::BlockEnd,
        }
    }

    pub(crate) fn push_error(&self, error: O::Error) {
        self.errors.push(error);
    }

    /// The next queued error as an item (S2.7: the last items of a try-mode stream).
    pub(crate) fn pop_error_item(&self) -> Option<T> {
        self.errors.pop_item()
    }

    pub(crate) fn pop_error(&self) -> Option<O::Error> {
        self.errors.pop()
    }

    /// Whether an error is queued. Reads only: called through a shared `&Driver`.
    pub(crate) fn has_errors(&self) -> bool {
        self.errors.has_errors()
    }

    pub(crate) fn body_live(&self) -> bool {
        self.body_live.get()
    }

    pub(crate) fn set_body_live(&self, live: bool) {
        self.body_live.set(live);
    }
}

/// The body's handle on its stream's hand-off state. Generated code only.
///
/// It is a pointer into the stream's heap block (see `raw.rs`), copied into every
/// `yield_!`, teardown and cancellation point of the body. `O` is the body's output
/// type.
pub struct Yielder<T, O: CloseResult> {
    ptr: NonNull<Shared<T, O>>,
}

impl<T, O: CloseResult> Clone for Yielder<T, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, O: CloseResult> Copy for Yielder<T, O> {}

impl<T, O: CloseResult> Yielder<T, O> {
    pub(crate) fn new(ptr: NonNull<Shared<T, O>>) -> Self {
        Self { ptr }
    }

    pub(crate) fn ptr(&self) -> NonNull<Shared<T, O>> {
        self.ptr
    }

    /// Hands `item` to the consumer; what `yield_!(item)` awaits. The item goes into
    /// the slot at once (one move); the future's first poll suspends the body.
    #[inline]
    pub fn yield_(self, item: T) -> Yield<T, O> {
        self.shared().put_item(item);
        Yield {
            yielder: self,
            handed_over: false,
        }
    }
}

impl<T: ItemFor<O>, O: CloseResult> Yielder<T, O> {
    /// Hands a teardown's error out as the next item: a teardown that fails while the
    /// body goes on (one in a loop body or an inner block) does not end the stream
    /// (S2.7).
    pub fn yield_error(self, error: O::Error) -> Yield<T, O> {
        self.yield_(T::from_error(error))
    }
}

/// How the body goes on after a `yield_!`.
#[derive(Debug, PartialEq, Eq)]
pub enum Resume {
    /// The consumer wants the next item: carry on.
    Continue,
    /// The consumer closed or cancelled: leave the body, through the registered
    /// teardowns.
    Leave,
}

/// The future behind `yield_!`: first poll hands the item over and suspends, the next
/// poll resumes the body.
#[must_use = "futures do nothing unless awaited"]
pub struct Yield<T, O: CloseResult> {
    yielder: Yielder<T, O>,
    /// Whether the body already suspended with the item in the slot.
    handed_over: bool,
}

impl<T, O: CloseResult> Unpin for Yield<T, O> {}

impl<T, O: CloseResult> Future for Yield<T, O> {
    type Output = Resume;

    #[inline]
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Resume> {
        let this = self.get_mut();
        let shared = this.yielder.shared();
        if shared.signal() != Signal::Run {
            // A close began (S3.2, S3.5): an item produced now is never delivered.
            if !this.handed_over {
                drop(shared.take_item());
            }
            return Poll::Ready(Resume::Leave);
        }
        if this.handed_over {
            return Poll::Ready(Resume::Continue);
        }
        this.handed_over = true;
        // No wake-up: the driver sees the full slot and returns the item; the consumer's
        // next `poll_next` resumes the body.
        Poll::Pending
    }
}
