//! The only module with `unsafe` code: the stream's heap allocation.
//!
//! One allocation per stream holds the [`Shared`] hand-off state and the body future
//! side by side. The body reaches the state through a [`Yielder`], a raw pointer into
//! that same allocation, captured when the body is built. That makes the allocation
//! self-referential, so it is never owned through a `Box` (whose uniqueness would be
//! asserted on every move): it is allocated with the layout a `Box` of it would have,
//! held as a raw pointer, and turned into a `Box` only to free it.
//!
//! Invariants that every `SAFETY:` comment below relies on:
//!
//! 1. `RawBody::ptr` points at a live, initialised `Heap` from `RawBody::new` until
//!    `RawBody::drop`, and the allocation never moves (the body is pinned in it).
//! 2. `Shared::body_live` (in the block) is true exactly while the body future is
//!    initialised.
//! 3. Only `&` references to `Heap::shared` are made; the body is reached through
//!    `&mut` to its own field only. `Shared` keeps its state in `Cell`s, so shared
//!    references from the driver and from the body may coexist.
//! 4. A `Yielder` exists only inside the body future (the macro never lets it out:
//!    see the crate docs on soundness), and the body is dropped before `Shared`, so a
//!    `Yielder` never outlives the state it points at.
//!
//!    This invariant is kept by the macro, not by the type system, so the
//!    constructors that hand out a `Yielder` are `unsafe fn`s: `Driver::new_send`,
//!    `Driver::new_local`, and `inline_send` / `inline_try_send` of `stream!` and
//!    `try_stream!`. Code that called them by hand could keep the `Yielder` its
//!    closure is given, drop the driver, and call `yield_` later: a use-after-free.
//!    Their safety condition is this invariant. The macro meets it: it rejects every
//!    place where a `yield_!` (and so the `Yielder`) could leave the body (closures,
//!    `async` blocks and nested fns by syntax, and anything another macro moves there
//!    by a label that such a boundary hides), and never stores a `Yielder` outside the
//!    body's own future.
//!
//!    The generated call is `unsafe { .. }` with the macro's own span (call-site or
//!    mixed-site, never a span of the user's tokens), and the body's closure is built
//!    outside that block, so the user's code never runs in an unsafe context. The
//!    `unsafe_code` lint does not count such a block against the user's crate, so a
//!    crate with `#![forbid(unsafe_code)]` still compiles (`tests/forbid_unsafe` keeps
//!    one in the suite). A lifetime brand (`for<'y> FnOnce(Yielder<'y, ..>) -> F` where
//!    `F` captures `'y`) would check the invariant by types, but cannot be written on
//!    stable Rust: the body's future type would depend on the higher-ranked `'y`, which
//!    needs the unstable `AsyncFnOnce::CallOnceFuture` or return-type notation to bound
//!    it by `Send` and `'s`.
//! 5. All access that writes goes through `&mut Driver` (poll, close, cancel, drop),
//!    so state and body are never touched from two threads at once. A shared
//!    `&Driver` (`is_terminated`, `name`, `Debug`) reads the phase, the origin and the
//!    error count only (`ErrorQueue::queued` in try mode; a plain stream's `NoErrors`
//!    holds nothing to read): it never writes a `Cell`, never reaches the body, the
//!    item slot or the errors themselves.
//! 6. `Shared::slot` holds an initialised item exactly while `Shared::slot_full` is
//!    true; only `put_item`, `take_item` and `Shared`'s drop below touch the slot, and
//!    no reference into it outlives one of those calls.

use core::alloc::Layout;
use core::future::Future;
use core::mem::{self, ManuallyDrop};
use core::pin::Pin;
use core::ptr::NonNull;
use core::task::{Context, Poll};
use std::alloc;

use crate::lifecycle::handoff::{Shared, Yielder};
use crate::lifecycle::output::{CloseResult, ItemFor};

/// The heap block: hand-off state first, then the body future (unsized once erased).
struct Heap<T, O: CloseResult, F: ?Sized> {
    shared: Shared<T, O>,
    body: ManuallyDrop<F>,
}

/// The erased body: its lifetime bound is erased to `'static` (see `RawBody::new`).
type ErasedBody<O> = dyn Future<Output = O> + 'static;

/// Owner of one stream's heap block.
pub(crate) struct RawBody<T, O: CloseResult> {
    ptr: NonNull<Heap<T, O, ErasedBody<O>>>,
}

impl<T, O: CloseResult> RawBody<T, O> {
    /// Allocates the block, then builds the body with a [`Yielder`] that points into it.
    ///
    /// The caller ([`crate::lifecycle::driver::Driver`]) must keep the block from outliving what
    /// `F` borrows (`'s`): its `'s` check and captures marker do that.
    ///
    /// Generic in the body, so compiled once per stream fn: it calls no other fn generic
    /// in the body but `make_body` (compile time, issue 20).
    pub(crate) fn new<'s, F, Mk>(make_body: Mk) -> Self
    where
        Mk: FnOnce(Yielder<T, O>) -> F,
        F: Future<Output = O> + 's,
        T: ItemFor<O>,
    {
        let block: *mut Heap<T, O, F> = allocate(Layout::new::<Heap<T, O, F>>()).cast().as_ptr();
        // SAFETY: `block` was just allocated with the layout of a `Heap<T, O, F>`, so it
        // is valid for writes and aligned; `&raw mut` projects to the field without
        // creating a reference.
        let shared = unsafe {
            let shared = &raw mut (*block).shared;
            shared.write(Shared::new(T::from_error));
            shared
        };
        // SAFETY: `shared` was initialised just above and is not null.
        let yielder = Yielder::new(unsafe { NonNull::new_unchecked(shared) });
        let body = make_body(yielder);
        // SAFETY: as above; after this write every field is initialised, so the body is
        // live (invariant 2), and `shared` is only borrowed shared (invariant 3).
        unsafe {
            (&raw mut (*block).body).write(ManuallyDrop::new(body));
            (*shared).set_body_live(true);
        }
        // The body may borrow data for `'s`; the raw pointer type cannot say so. Unsize
        // first, keeping `'s`, then erase it.
        let unsized_block: *mut Heap<T, O, dyn Future<Output = O> + 's> = block;
        // SAFETY: the two pointer types differ only in the trait object's lifetime bound,
        // which has no effect on layout or metadata. The owner keeps the block from
        // outliving `'s` (see above).
        let block = unsafe {
            mem::transmute::<
                *mut Heap<T, O, dyn Future<Output = O> + 's>,
                *mut Heap<T, O, ErasedBody<O>>,
            >(unsized_block)
        };
        Self {
            // SAFETY: `allocate` never returns null.
            ptr: unsafe { NonNull::new_unchecked(block) },
        }
    }

    /// The hand-off state.
    #[inline]
    pub(crate) fn shared(&self) -> &Shared<T, O> {
        // SAFETY: invariants 1 and 3: the block is live and `shared` is only ever
        // borrowed shared.
        unsafe { &(*self.ptr.as_ptr()).shared }
    }

    /// Whether the body future still exists.
    pub(crate) fn body_live(&self) -> bool {
        self.shared().body_live()
    }

    /// Polls the body. Must not be called after [`RawBody::drop_body`].
    #[inline]
    pub(crate) fn poll_body(&mut self, cx: &mut Context<'_>) -> Poll<O> {
        // Checked in release too: this safe fn must not poll a dropped body.
        assert!(self.body_live(), "managed-stream: polled a dropped body");
        // SAFETY: invariants 1 and 2: the body is initialised and lives in a block that
        // never moves until it is dropped in place, so pinning it is sound; the `&mut`
        // covers the body field only (invariant 3), and `&mut self` gives exclusivity
        // (invariant 5).
        let body = unsafe { Pin::new_unchecked(&mut *(*self.ptr.as_ptr()).body) };
        body.poll(cx)
    }

    /// Drops the body future in place (its locals' synchronous `Drop` runs). Idempotent.
    pub(crate) fn drop_body(&mut self) {
        if self.body_live() {
            self.shared().set_body_live(false);
            // SAFETY: invariant 2: the body was live and is now marked dropped before
            // the drop runs, so a panicking destructor cannot cause a second drop. The
            // body is dropped in place, as pinning requires.
            unsafe { ManuallyDrop::drop(&mut (*self.ptr.as_ptr()).body) };
        }
    }
}

impl<T, O: CloseResult> Shared<T, O> {
    /// Puts `item` in the hand-off slot (a `yield_!`), dropping one left there.
    #[inline]
    pub(crate) fn put_item(&self, item: T) {
        drop(self.take_item());
        // SAFETY: invariant 6: the slot is empty now, so this overwrites no live item;
        // the `UnsafeCell` permits the write through `&self`, and invariant 5 rules out
        // a concurrent access. Marked full right after, as the write completed.
        unsafe { (*self.slot.get()).write(item) };
        self.slot_full.set(true);
    }

    /// Takes the item out of the hand-off slot, if there is one.
    #[inline]
    pub(crate) fn take_item(&self) -> Option<T> {
        if !self.slot_full.replace(false) {
            return None;
        }
        // SAFETY: invariant 6: the flag was set, so the slot held an initialised item;
        // the flag is cleared first, so it is read out exactly once.
        Some(unsafe { (*self.slot.get()).assume_init_read() })
    }
}

impl<T, O: CloseResult> Drop for Shared<T, O> {
    fn drop(&mut self) {
        drop(self.take_item());
    }
}

impl<T, O: CloseResult> Drop for RawBody<T, O> {
    fn drop(&mut self) {
        // The body first: it holds a `Yielder` into `shared` (invariant 4).
        self.drop_body();
        // SAFETY: invariant 1: `ptr` was allocated by the global allocator with the
        // layout of a sized `Heap<T, O, F>`, which is the layout that `Box` computes for
        // the unsized `Heap<T, O, dyn Future>` it points at (unsizing and erasure change
        // the pointer's metadata type, not the layout), so `Box` may own and free it; the
        // body is already dropped and sits in `ManuallyDrop`, so this drops `shared` and
        // frees the block.
        drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
    }
}

/// Allocates a block of `layout` (never zero-sized: `Shared` has fields) from the global
/// allocator, or reports the failure as `Box` does. Not generic: one fn for every
/// stream, where `Box::new_uninit` would be compiled once per body type.
#[inline]
fn allocate(layout: Layout) -> NonNull<u8> {
    debug_assert!(layout.size() > 0);
    // SAFETY: `layout` is not zero-sized (a `Heap` holds a `Shared`).
    let ptr = unsafe { alloc::alloc(layout) };
    NonNull::new(ptr).unwrap_or_else(|| alloc::handle_alloc_error(layout))
}

impl<T, O: CloseResult> Yielder<T, O> {
    /// The hand-off state this yielder points at.
    #[inline]
    pub(crate) fn shared(&self) -> &Shared<T, O> {
        // SAFETY: invariant 4: the yielder lives inside the body, which is dropped
        // before the state; the pointer was made from an initialised `Shared`.
        unsafe { self.ptr().as_ref() }
    }
}

// SAFETY: a `Yielder` is a pointer to the `Shared` state of the stream whose body holds
// it. It is dereferenced only while that body is polled or dropped, which needs
// `&mut` access to the owning driver (invariant 5): never from two threads at once.
// Moving the body to another thread moves the whole stream, items (`T`) and errors
// (`O::Error`) included, hence the bounds.
unsafe impl<T: Send, O: CloseResult> Send for Yielder<T, O> where O::Error: Send {}
// SAFETY: as above; a `&Yielder` gives no access beyond what polling the body gives.
unsafe impl<T: Send, O: CloseResult> Sync for Yielder<T, O> where O::Error: Send {}

// SAFETY: the block holds the hand-off state (items `T`; errors `O::Error` in the store
// that `O::__Errors<T>` names, with a plain fn pointer; `Cell`s) and the body. Moving
// the block's owner to another thread moves the items and errors, hence the bounds;
// the `Cell`s are touched only through the owner (invariant 5). Whether the body may
// move is not this type's to say: `RawBody` is held only by a `Driver`, whose `S`
// marker carries it (`SendBody` is `Send`, and `Driver::new_send` proved the body
// `Send`; `LocalBody` is neither `Send` nor `Sync`, so such a driver is neither).
unsafe impl<T: Send, O: CloseResult> Send for RawBody<T, O> where O::Error: Send {}
// SAFETY: invariant 5: through `&RawBody` (so through `&Driver`: `is_terminated`,
// `name`, `Debug`) nothing is written, and neither the body, the item slot nor the
// error queue is reached; only `Shared::body_live` and the error count
// (`ErrorStore::has_errors`: `ErrorQueue::queued`, nothing for `NoErrors`) are read,
// and no `&mut` to the owner exists while a `&` is shared. Sharing a stream between
// threads is sharing those reads. Same bounds as `Send`, so that a `Sync` stream is also
// `Send`.
unsafe impl<T: Send, O: CloseResult> Sync for RawBody<T, O> where O::Error: Send {}

#[cfg(test)]
mod tests {
    use super::*;
    use core::task::Waker;

    #[test]
    fn body_is_dropped_before_state_and_only_once() {
        use std::cell::Cell;
        use std::rc::Rc;
        struct Count(Rc<Cell<u32>>);
        impl Drop for Count {
            fn drop(&mut self) {
                self.0.set(self.0.get() + 1);
            }
        }
        let drops = Rc::new(Cell::new(0));
        let held = Count(drops.clone());
        let mut raw: RawBody<u8, ()> = RawBody::new(move |_y| async move {
            let _held = held;
        });
        raw.drop_body();
        raw.drop_body();
        assert_eq!(drops.get(), 1);
        assert!(!raw.body_live());
        drop(raw);
        assert_eq!(drops.get(), 1);
        let mut cx = Context::from_waker(Waker::noop());
        let mut raw: RawBody<Result<u8, u8>, Result<(), u8>> = RawBody::new(|_y| async { Err(7) });
        assert_eq!(raw.poll_body(&mut cx), Poll::Ready(Err(7)));
    }
}
