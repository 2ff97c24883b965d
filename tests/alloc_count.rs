//! Issue 5 target: at most one heap allocation per stream, none per item.
//!
//! A counting global allocator records the allocations and deallocations made by the
//! current thread only (a `const` thread-local, which itself never allocates), so the
//! tests may run in parallel. The counts asserted are exact: a second allocation per
//! stream, or any per item, fails here.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::future::{Future, pending};
use std::pin::{Pin, pin};
use std::sync::atomic::AtomicBool;
use std::sync::atomic::Ordering::Relaxed;
use std::task::{Context, Poll, Waker};

use futures::{Stream, StreamExt};
use managed_stream::{managed_stream, teardown, yield_};

// ---- The counting allocator ------------------------------------------------------------

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static DEALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

fn bump(counter: &'static std::thread::LocalKey<Cell<u64>>) {
    // `try_with`: the thread may be tearing down its locals.
    let _ = counter.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every call is forwarded unchanged to `System`; counting has no effect on
// the memory handed out.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump(&ALLOCATIONS);
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump(&ALLOCATIONS);
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A growth is a heap operation too: count it as an allocation.
        bump(&ALLOCATIONS);
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        bump(&DEALLOCATIONS);
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Heap operations made by this thread while a closure ran.
#[derive(Debug, PartialEq, Eq)]
struct Heap {
    allocations: u64,
    deallocations: u64,
}

fn heap_ops<R>(f: impl FnOnce() -> R) -> (R, Heap) {
    let allocations = ALLOCATIONS.with(Cell::get);
    let deallocations = DEALLOCATIONS.with(Cell::get);
    let result = f();
    let heap = Heap {
        allocations: ALLOCATIONS.with(Cell::get) - allocations,
        deallocations: DEALLOCATIONS.with(Cell::get) - deallocations,
    };
    (result, heap)
}

fn ops(allocations: u64, deallocations: u64) -> Heap {
    Heap {
        allocations,
        deallocations,
    }
}

// ---- A no-op-waker executor (no allocation of its own) -----------------------------------

fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
    }
}

fn poll_next<S: Stream + Unpin>(stream: &mut S) -> Poll<Option<S::Item>> {
    Pin::new(stream).poll_next(&mut Context::from_waker(Waker::noop()))
}

/// Polls `next()` once and drops it: the body is left waiting mid-step.
fn poll_next_once_then_drop<S: Stream + Unpin>(stream: &mut S) -> Poll<Option<S::Item>> {
    let next = pin!(stream.next());
    next.poll(&mut Context::from_waker(Waker::noop()))
}

fn drain<S: Stream<Item = u64> + Unpin>(stream: &mut S) -> u64 {
    let mut sum = 0;
    loop {
        match poll_next(stream) {
            Poll::Ready(Some(item)) => sum += item,
            Poll::Ready(None) => return sum,
            Poll::Pending => panic!("these streams never wait"),
        }
    }
}

// ---- The streams -------------------------------------------------------------------------

#[managed_stream]
async fn plain(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
}

#[managed_stream]
async fn guarded(n: u64, closed: &AtomicBool) -> u64 {
    teardown! {
        std::future::ready(()).await;
        closed.store(true, Relaxed);
    }
    for i in 0..n {
        yield_!(i);
    }
}

#[managed_stream]
async fn two_teardowns(n: u64) -> u64 {
    teardown! {
        std::future::ready(()).await;
    }
    teardown! {
        std::future::ready(()).await;
    }
    for i in 0..n {
        yield_!(i);
    }
}

#[managed_stream]
async fn stuck(closed: &AtomicBool) -> u64 {
    teardown! {
        closed.store(true, Relaxed);
    }
    yield_!(1);
    pending::<()>().await;
}

#[managed_stream]
async fn fallible(n: u64) -> Result<u64, String> {
    teardown! {
        std::future::ready(()).await;
    }
    for i in 0..n {
        yield_!(Ok(i));
    }
}

const ITEMS: u64 = 1000;
const SUM: u64 = ITEMS * (ITEMS - 1) / 2;

// ---- The tests ---------------------------------------------------------------------------

#[test]
fn the_counter_sees_this_threads_allocations() {
    let (_, heap) = heap_ops(|| drop(std::hint::black_box(Box::new(7u64))));
    assert_eq!(heap, ops(1, 1));
    let (_, heap) = heap_ops(|| {
        let mut v: Vec<u64> = Vec::with_capacity(1);
        v.extend([1, 2, 3]);
        std::hint::black_box(v)
    });
    assert_eq!(
        heap,
        ops(2, 0),
        "with_capacity, then one growth (a realloc)"
    );
}

#[test]
fn creating_a_stream_allocates_once() {
    let (stream, heap) = heap_ops(|| plain(ITEMS));
    assert_eq!(heap, ops(1, 0));
    let (_, heap) = heap_ops(|| drop(stream));
    assert_eq!(heap, ops(0, 1), "a never-polled stream frees its block");
}

#[test]
fn create_and_drain_without_teardown_allocates_once() {
    let (sum, heap) = heap_ops(|| {
        let mut stream = plain(ITEMS);
        drain(&mut stream)
    });
    assert_eq!(sum, SUM);
    assert_eq!(heap, ops(1, 1));
}

#[test]
fn create_and_drain_with_teardown_allocates_once() {
    let closed = AtomicBool::new(false);
    let (sum, heap) = heap_ops(|| {
        let mut stream = guarded(ITEMS, &closed);
        drain(&mut stream)
    });
    assert_eq!(sum, SUM);
    assert!(closed.load(Relaxed), "reading to the end runs the teardown");
    assert_eq!(heap, ops(1, 1));

    let (sum, heap) = heap_ops(|| {
        let mut stream = two_teardowns(ITEMS);
        drain(&mut stream)
    });
    assert_eq!(sum, SUM);
    assert_eq!(heap, ops(1, 1), "more teardowns, still one allocation");
}

#[test]
fn items_allocate_nothing() {
    let closed = AtomicBool::new(false);
    let mut stream = guarded(ITEMS + 1, &closed);
    // The first poll starts the body and registers the teardown.
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(0)));
    let (sum, heap) = heap_ops(|| {
        let mut sum = 0;
        for _ in 0..ITEMS {
            match poll_next(&mut stream) {
                Poll::Ready(Some(item)) => sum += item,
                other => panic!("expected an item, got {other:?}"),
            }
        }
        sum
    });
    assert_eq!(sum, SUM + ITEMS, "the items 1..=ITEMS");
    assert_eq!(heap, ops(0, 0), "{ITEMS} items");
    let (_, heap) = heap_ops(|| block_on(stream.close()));
    assert_eq!(heap, ops(0, 0), "closing runs the teardown in place");
    assert!(closed.load(Relaxed));
    let (_, heap) = heap_ops(|| drop(stream));
    assert_eq!(heap, ops(0, 1));
}

#[test]
fn items_of_a_try_mode_stream_allocate_nothing() {
    let (sum, heap) = heap_ops(|| {
        let mut stream = fallible(ITEMS);
        let mut sum = 0;
        while let Poll::Ready(Some(item)) = poll_next(&mut stream) {
            sum += item.expect("no errors");
        }
        sum
    });
    assert_eq!(sum, SUM);
    assert_eq!(heap, ops(1, 1));
}

#[test]
fn lifecycle_create_take_close_allocates_once() {
    let closed = AtomicBool::new(false);
    let (first, heap) = heap_ops(|| {
        block_on(async {
            let mut stream = guarded(ITEMS, &closed);
            let first = stream.next().await;
            stream.close().await;
            first
        })
    });
    assert_eq!(first, Some(0));
    assert!(closed.load(Relaxed));
    assert_eq!(heap, ops(1, 1));
}

#[test]
fn cancel_mid_step_allocates_once() {
    let closed = AtomicBool::new(false);
    let (first, heap) = heap_ops(|| {
        let mut stream = stuck(&closed);
        let first = poll_next(&mut stream);
        assert!(poll_next_once_then_drop(&mut stream).is_pending());
        block_on(stream.cancel());
        first
    });
    assert_eq!(first, Poll::Ready(Some(1)));
    assert!(closed.load(Relaxed));
    assert_eq!(heap, ops(1, 1));
}
