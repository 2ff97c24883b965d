//! managed-stream against the alternatives, on identical work (issue 5).
//!
//! Run with `cargo bench` from the repository root; `scripts/bench.sh` runs it too and
//! writes `BENCHMARKS.md`. Everything is driven by a no-op-waker poll loop, so that no
//! executor shows up in the figures.
//!
//! - `per_item`: drain a stream of `N` `u64`s, summed by the consumer; divide the
//!   median by `N` for ns/item. `hand_written` is the floor.
//! - `lifecycle`: create a stream, take one item, end it (`close().await`, an async
//!   `close()`, or drop where a stream has nothing else).
//! - `cancel`: create, take one item, let the body wait mid-step (a `next()` polled
//!   once, then dropped), end it (`cancel().await`, or drop).
//!
//! Timings depend on how rustc splits the crate into codegen units (whether a
//! stream's `poll_next` is inlined into the consumer's loop); `scripts/bench.sh`
//! builds with `codegen-units = 1` so that they do not.

use std::future::{Future, pending};
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};

use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use futures::{Stream, StreamExt};
use managed_stream::{managed_stream, teardown, yield_};

/// Items per `per_item` run.
const N: u64 = 10_000;

fn main() {
    if let Ok(target) = std::env::var("MANAGED_STREAM_BENCH_OP") {
        return run_one(&target);
    }
    sanity_check();
    divan::main();
}

// ---- The executor: a no-op waker and a poll loop -------------------------------------

/// Runs a future to completion by polling it with a no-op waker.
fn run<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
    }
}

/// The consumer of `per_item`: polls `stream` to its end and sums the items. The
/// `black_box` keeps the compiler from folding the sum into a formula.
fn drain<S: Stream<Item = u64>>(stream: S) -> u64 {
    let mut stream = pin!(stream);
    let mut cx = Context::from_waker(Waker::noop());
    let mut sum = 0u64;
    loop {
        match stream.as_mut().poll_next(&mut cx) {
            Poll::Ready(Some(item)) => sum = sum.wrapping_add(black_box(item)),
            Poll::Ready(None) => return sum,
            Poll::Pending => unreachable!("no stream in this benchmark waits"),
        }
    }
}

/// Polls `stream`'s `next()` once and drops that future: the body is left waiting
/// mid-step, as a lost `select!` branch or a timeout leaves it.
fn poll_next_once<S: Stream + Unpin>(stream: &mut S) -> Poll<Option<S::Item>> {
    let next = pin!(stream.next());
    next.poll(&mut Context::from_waker(Waker::noop()))
}

// ---- The streams ---------------------------------------------------------------------

/// The floor: a hand-written `Stream` of `0..end`.
struct Counter {
    next: u64,
    end: u64,
}

impl Stream for Counter {
    type Item = u64;

    fn poll_next(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<u64>> {
        let this = self.get_mut();
        if this.next < this.end {
            let item = this.next;
            this.next += 1;
            Poll::Ready(Some(item))
        } else {
            Poll::Ready(None)
        }
    }
}

fn hand_written(n: u64) -> Counter {
    Counter { next: 0, end: n }
}

fn iter(n: u64) -> impl Stream<Item = u64> {
    futures::stream::iter(0..n)
}

fn unfold(n: u64) -> impl Stream<Item = u64> {
    futures::stream::unfold(0, move |i| async move { (i < n).then_some((i, i + 1)) })
}

fn async_stream(n: u64) -> impl Stream<Item = u64> {
    async_stream::stream! {
        for i in 0..n {
            yield i;
        }
    }
}

fn async_fn_stream(n: u64) -> impl Stream<Item = u64> {
    async_fn_stream::fn_stream(move |emitter| async move {
        for i in 0..n {
            emitter.emit(i).await;
        }
    })
}

fn asynk_strim(n: u64) -> impl Stream<Item = u64> {
    asynk_strim::stream_fn(move |mut yielder| async move {
        for i in 0..n {
            yielder.yield_item(i).await;
        }
    })
}

/// `#[managed_stream]` with nothing to tear down.
#[managed_stream]
async fn managed(n: u64) -> u64 {
    for i in 0..n {
        yield_!(i);
    }
}

/// `#[managed_stream]` with one teardown registered.
#[managed_stream]
async fn managed_teardown(n: u64) -> u64 {
    teardown! {
        black_box(());
    }
    for i in 0..n {
        yield_!(i);
    }
}

/// The lifecycle floor: a hand-written stream with an async `close()`.
struct Session {
    counter: Counter,
    open: bool,
}

impl Session {
    fn new(n: u64) -> Self {
        Self {
            counter: hand_written(n),
            open: true,
        }
    }

    async fn close(&mut self) {
        black_box(());
        self.open = false;
    }
}

impl Stream for Session {
    type Item = u64;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u64>> {
        let this = self.get_mut();
        if !this.open {
            return Poll::Ready(None);
        }
        Pin::new(&mut this.counter).poll_next(cx)
    }
}

/// Yields `first`, then waits forever mid-step.
fn async_stream_stuck(first: u64) -> impl Stream<Item = u64> {
    async_stream::stream! {
        yield first;
        pending::<()>().await;
    }
}

#[managed_stream]
async fn managed_stuck(first: u64) -> u64 {
    yield_!(first);
    pending::<()>().await;
}

#[managed_stream]
async fn managed_teardown_stuck(first: u64) -> u64 {
    teardown! {
        black_box(());
    }
    yield_!(first);
    pending::<()>().await;
}

// ---- The benchmarks ------------------------------------------------------------------

/// One group of benchmarks: a `divan` bench per entry, and the same operations in a
/// table (`ALL`) for the sanity check and for counting instructions.
macro_rules! bench_group {
    ($group:ident, items = $items:expr, { $($name:ident => $op:expr,)* }) => {
        #[divan::bench_group(sample_count = 1000, min_time = 0.8)]
        mod $group {
            use super::*;

            $(
                #[divan::bench]
                fn $name(bencher: Bencher) {
                    measure(bencher, $items, || $op);
                }
            )*

            /// Every operation of the group, by name.
            pub(super) const ALL: &[Op] = &[$((stringify!($name), || $op),)*];
        }
    };
}

/// A benchmark's name and operation.
type Op = (&'static str, fn() -> u64);

fn measure(bencher: Bencher, items: u64, op: impl Fn() -> u64) {
    if items > 1 {
        bencher.counter(ItemsCount::new(items)).bench_local(op);
    } else {
        bencher.bench_local(op);
    }
}

// Per item: drain `N` items, summed by the consumer.
bench_group!(per_item, items = N, {
    hand_written => drain(super::hand_written(black_box(N))),
    futures_iter => drain(iter(black_box(N))),
    futures_unfold => drain(unfold(black_box(N))),
    async_stream => drain(super::async_stream(black_box(N))),
    async_fn_stream => drain(super::async_fn_stream(black_box(N))),
    asynk_strim => drain(super::asynk_strim(black_box(N))),
    managed_no_teardown => drain(managed(black_box(N))),
    managed_teardown => drain(super::managed_teardown(black_box(N))),
    // Context: the same streams behind `Pin<Box<dyn Stream>>` (a `BoxStream`), which is
    // how code names a stream type it cannot spell, as a struct field must. Like a
    // managed stream's body, they are polled through a vtable.
    hand_written_dyn => drain(Box::pin(super::hand_written(black_box(N))) as DynStream),
    async_stream_dyn => drain(Box::pin(super::async_stream(black_box(N))) as DynStream),
});

type DynStream = Pin<Box<dyn Stream<Item = u64> + Send>>;

// Lifecycle: create, take one item, end. Each returns the item taken (0).
bench_group!(lifecycle, items = 1, {
    hand_written_close => run(async {
        let mut stream = Session::new(black_box(N));
        let first = stream.next().await;
        stream.close().await;
        first.expect("one item")
    }),
    async_stream_drop => run(async {
        let mut stream = pin!(super::async_stream(black_box(N)));
        stream.next().await.expect("one item")
    }),
    // Context: boxed, as code that needs a `Stream + Unpin` holds it.
    async_stream_boxed_drop => run(async {
        let mut stream = Box::pin(super::async_stream(black_box(N)));
        stream.next().await.expect("one item")
    }),
    managed_no_teardown_close => run(async {
        let mut stream = managed(black_box(N));
        let first = stream.next().await;
        stream.close().await;
        first.expect("one item")
    }),
    managed_teardown_close => run(async {
        let mut stream = super::managed_teardown(black_box(N));
        let first = stream.next().await;
        stream.close().await;
        first.expect("one item")
    }),
});

// Cancel: create, take one item, leave the body waiting mid-step, end. Each returns
// the item taken (1).
bench_group!(cancel, items = 1, {
    async_stream_drop => run(async {
        let mut stream = pin!(async_stream_stuck(black_box(1)));
        let first = stream.next().await;
        assert!(poll_next_once(&mut stream).is_pending());
        first.expect("one item")
    }),
    managed_no_teardown_cancel => run(async {
        let mut stream = managed_stuck(black_box(1));
        let first = stream.next().await;
        assert!(poll_next_once(&mut stream).is_pending());
        stream.cancel().await;
        first.expect("one item")
    }),
    managed_teardown_cancel => run(async {
        let mut stream = managed_teardown_stuck(black_box(1));
        let first = stream.next().await;
        assert!(poll_next_once(&mut stream).is_pending());
        stream.cancel().await;
        first.expect("one item")
    }),
});

// ---- Identical work, and counting instructions ---------------------------------------

/// Every contender computes the same thing, or the comparison means nothing.
fn sanity_check() {
    let groups: [(&str, &[Op], u64); 3] = [
        ("per_item", per_item::ALL, N * (N - 1) / 2),
        ("lifecycle", lifecycle::ALL, 0),
        ("cancel", cancel::ALL, 1),
    ];
    for (group, ops, expected) in groups {
        for (name, op) in ops {
            assert_eq!(op(), expected, "{group}::{name} did different work");
        }
    }
}

/// With `MANAGED_STREAM_BENCH_OP=group::name` (and optionally
/// `MANAGED_STREAM_BENCH_REPS`), runs that one operation `REPS` times instead of the
/// benchmarks: `scripts/bench.sh` counts its instructions with callgrind, which is
/// reproducible where timings on a shared machine are not.
fn run_one(target: &str) {
    let reps: u64 = std::env::var("MANAGED_STREAM_BENCH_REPS")
        .ok()
        .and_then(|reps| reps.parse().ok())
        .unwrap_or(1);
    let groups = [
        ("per_item", per_item::ALL),
        ("lifecycle", lifecycle::ALL),
        ("cancel", cancel::ALL),
    ];
    let op = groups
        .iter()
        .flat_map(|(group, ops)| ops.iter().map(move |(name, op)| (*group, *name, *op)))
        .find(|(group, name, _)| format!("{group}::{name}") == target)
        .map(|(_, _, op)| op)
        .unwrap_or_else(|| panic!("no benchmark named {target}"));
    let mut total = 0u64;
    for _ in 0..reps {
        total = total.wrapping_add(op());
    }
    black_box(total);
}
