//! Memory per live stream (issue 11 item 4): the stream value's own size
//! (`size_of_val`, where it lives: on the stack or in its owner) plus the heap bytes it
//! holds, counted by a global allocator that sums the sizes asked for (the `Layout`s,
//! not what `malloc` rounds them up to).
//!
//! Each stream is measured live: created and polled for its first item, so that a body
//! has started and its teardowns are registered. `cargo bench --bench memory` prints a
//! table; `scripts/bench.sh` reads the `MEMORY` lines.

use std::alloc::{GlobalAlloc, Layout, System};
use std::future::Future;
use std::hint::black_box;
use std::pin::{Pin, pin};
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;
use std::task::{Context, Poll, Waker};

use futures::{Stream, StreamExt};
#[path = "subjects.rs"]
mod subjects;
use subjects::{async_stream, managed_0, managed_1, managed_16};

/// Bytes currently allocated, and allocations made, by the whole program.
static LIVE: AtomicUsize = AtomicUsize::new(0);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

struct Counting;

// SAFETY: every call is forwarded unchanged to `System`; counting does not change the
// memory handed out.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Relaxed);
        ALLOCATIONS.fetch_add(1, Relaxed);
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Relaxed);
        LIVE.fetch_sub(layout.size(), Relaxed);
        ALLOCATIONS.fetch_add(1, Relaxed);
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Items per stream: the first is taken before measuring, the rest drained after.
const ITEMS: u64 = 1000;

/// Polls `stream` for its first item with a no-op waker.
fn first<S: Stream<Item = u64> + ?Sized>(stream: Pin<&mut S>) -> u64 {
    let mut next = pin!(async move {
        let mut stream = stream;
        stream.next().await
    });
    match next.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Some(item)) => item,
        other => panic!("no first item: {other:?}"),
    }
}

/// Heap bytes live and allocations made so far by the whole program.
fn counters() -> (usize, usize) {
    (LIVE.load(Relaxed), ALLOCATIONS.load(Relaxed))
}

/// One measured stream: inline size, heap bytes it holds, allocations it made to get
/// there, and allocations made while draining its other items.
struct Row {
    name: &'static str,
    inline: usize,
    heap: usize,
    allocations: usize,
    drain_allocations: usize,
}

impl Row {
    /// `before`: the counters before the stream was created; read them again now, while
    /// it is live. Single-threaded: nothing else allocates in between.
    fn live(name: &'static str, inline: usize, before: (usize, usize)) -> Self {
        let now = counters();
        Self {
            name,
            inline,
            heap: now.0 - before.0,
            allocations: now.1 - before.1,
            drain_allocations: 0,
        }
    }

    /// Drains the rest of `stream`, counting the allocations made meanwhile.
    fn drain<S: Stream<Item = u64> + ?Sized>(mut self, stream: Pin<&mut S>) -> Self {
        let before = counters();
        let mut cx = Context::from_waker(Waker::noop());
        let mut stream = stream;
        while let Poll::Ready(Some(item)) = stream.as_mut().poll_next(&mut cx) {
            black_box(item);
        }
        self.drain_allocations = counters().1 - before.1;
        self
    }
}

/// Measures a managed stream made by `$make`, then closes it.
macro_rules! managed_row {
    ($name:literal, $make:expr) => {{
        let before = counters();
        let mut stream = $make;
        black_box(first(Pin::new(&mut stream)));
        let row = Row::live($name, size_of_val(&stream), before);
        let row = row.drain(Pin::new(&mut stream));
        futures::executor::block_on(stream.close());
        row
    }};
}

fn main() {
    let rows = [
        {
            let before = counters();
            let mut stream = pin!(async_stream(black_box(ITEMS)));
            black_box(first(stream.as_mut()));
            let row = Row::live("async_stream", size_of_val(&*stream), before);
            row.drain(stream)
        },
        {
            let before = counters();
            let mut stream: Pin<Box<dyn Stream<Item = u64> + Send>> =
                Box::pin(async_stream(black_box(ITEMS)));
            black_box(first(stream.as_mut()));
            let row = Row::live("async_stream_boxed", size_of_val(&stream), before);
            row.drain(stream.as_mut())
        },
        managed_row!("managed_0", managed_0(black_box(ITEMS))),
        managed_row!("managed_1", managed_1(black_box(ITEMS))),
        managed_row!("managed_16", managed_16(black_box(ITEMS))),
    ];
    println!(
        "live stream (after its first item)  inline  heap  total  allocations  \
         allocations draining {} items",
        ITEMS - 1
    );
    for row in &rows {
        println!(
            "{:<34} {:>7} {:>5} {:>6} {:>12} {:>31}",
            row.name,
            row.inline,
            row.heap,
            row.inline + row.heap,
            row.allocations,
            row.drain_allocations
        );
    }
    for row in &rows {
        println!(
            "MEMORY {} {} {} {} {}",
            row.name, row.inline, row.heap, row.allocations, row.drain_allocations
        );
    }
}
