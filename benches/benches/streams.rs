//! managed-stream against the alternatives, on identical work (issues 5 and 11).
//!
//! Every case is one `#[inline(never)]` fn in [`cases`], `fn(n: u64) -> u64`: a
//! per-item case creates a stream of `n` items and drains it in that fn; an operation
//! case (lifecycle, cancel) runs its operation `n` times. The same fns are
//!
//! - timed by `divan` (`cargo bench`; no-op-waker poll loop, no executor), and
//! - counted by callgrind: `scripts/callgrind.sh` runs this binary under valgrind with
//!   `MANAGED_STREAM_CALLGRIND=1`, which calls each case three times (warm-up, `n`,
//!   `2n`); callgrind collects only inside the case fns (`--toggle-collect`) and dumps
//!   a profile after each call (`--dump-after`), so the cost of one item (or one
//!   operation) is `(Ir(2n) - Ir(n)) / n`, with the set-up of the call and every
//!   one-time cost (the warm-up takes those) cancelled out.
//!
//! `scripts/bench.sh` builds with `codegen-units = 1` (as `[profile.bench]` in the root
//! `Cargo.toml` does) and writes `BENCHMARKS.md`.

use std::future::{Future, pending};
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};

use divan::{Bencher, black_box};
use futures::{Stream, StreamExt};
use managed_stream::{ManagedStreamExt, StreamTracker, managed_stream, teardown, yield_};

#[path = "subjects.rs"]
mod subjects;

#[path = "background.rs"]
mod background;
use background::{first_then_close, first_then_drop, on_runtime, owned_1};
use subjects::{async_stream, managed_0, managed_1, managed_16};

/// Items per per-item case in the timed runs (the callgrind runs choose their own).
const N: u64 = 10_000;

fn main() {
    if std::env::var_os("MANAGED_STREAM_CALLGRIND").is_some() {
        return callgrind_run();
    }
    sanity_check();
    divan::main();
}

// ---- The executor: a no-op waker and a poll loop -------------------------------------

/// Runs a future to completion by polling it with a no-op waker.
#[inline(always)]
fn run<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
    }
}

/// The consumer of the per-item cases: polls `stream` to its end and sums the items.
/// The `black_box` keeps the compiler from folding the sum into a formula.
#[inline(always)]
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
#[inline(always)]
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

/// A stream as another type names it: boxed, polled through the vtable.
type DynStream = Pin<Box<dyn Stream<Item = u64> + Send>>;

/// Sixteen guarded blocks, one inside the other, around the yield loop.
#[managed_stream]
async fn managed_16_nested(n: u64) -> u64 {
    {
        teardown! { black_box(0); }
        {
            teardown! { black_box(1); }
            {
                teardown! { black_box(2); }
                {
                    teardown! { black_box(3); }
                    {
                        teardown! { black_box(4); }
                        {
                            teardown! { black_box(5); }
                            {
                                teardown! { black_box(6); }
                                {
                                    teardown! { black_box(7); }
                                    {
                                        teardown! { black_box(8); }
                                        {
                                            teardown! { black_box(9); }
                                            {
                                                teardown! { black_box(10); }
                                                {
                                                    teardown! { black_box(11); }
                                                    {
                                                        teardown! { black_box(12); }
                                                        {
                                                            teardown! { black_box(13); }
                                                            {
                                                                teardown! { black_box(14); }
                                                                {
                                                                    teardown! { black_box(15); }
                                                                    for i in 0..n {
                                                                        yield_!(i);
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
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
async fn managed_0_stuck(first: u64) -> u64 {
    yield_!(first);
    pending::<()>().await;
}

#[managed_stream]
async fn managed_1_stuck(first: u64) -> u64 {
    teardown! {
        black_box(());
    }
    yield_!(first);
    pending::<()>().await;
}

// ---- The cases -----------------------------------------------------------------------

/// What a case's `n` counts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Items drained from one stream.
    PerItem,
    /// Repetitions of one operation.
    PerOp,
}

/// Declares the case fns (`#[inline(never)]`, each a symbol `streams::cases::<name>::case`
/// that callgrind can be pointed at: `--toggle-collect=*::cases::*::case` matches every
/// case fn and nothing inside one) and the table of them.
macro_rules! cases {
    ($($kind:ident $name:ident($n:ident) $body:block)*) => {
        mod cases {
            $(
                pub(crate) mod $name {
                    use super::super::*;

                    #[inline(never)]
                    pub(crate) fn case($n: u64) -> u64 {
                        // Keeps cases with the same code (the hand-written stream and
                        // `futures::stream::iter`) from being merged into one symbol;
                        // once per call, so it cancels out of the counts.
                        black_box(stringify!($name));
                        $body
                    }
                }
            )*
        }

        /// Every case: its name, what `n` counts, the fn.
        const CASES: &[(&str, Kind, fn(u64) -> u64)] =
            &[$((stringify!($name), Kind::$kind, cases::$name::case as fn(u64) -> u64),)*];
    };
}

cases! {
    // ---- Per item: create a stream of `n` items and drain it, in the case fn. ----
    PerItem per_item_hand_written(n) { drain(hand_written(black_box(n))) }
    PerItem per_item_futures_iter(n) { drain(futures::stream::iter(0..black_box(n))) }
    PerItem per_item_async_stream(n) { drain(async_stream(black_box(n))) }
    // Boxed as `Pin<Box<dyn Stream>>`, the form another type can name. Created and
    // drained in the same fn, so the compiler may see through the box.
    PerItem per_item_async_stream_boxed(n) {
        drain(Box::pin(async_stream(black_box(n))) as DynStream)
    }
    // The same box through `black_box`: the compiler cannot see which stream it holds,
    // as when the box comes from elsewhere (a struct field, another crate).
    PerItem per_item_async_stream_boxed_opaque(n) {
        drain(black_box(Box::pin(async_stream(black_box(n))) as DynStream))
    }
    PerItem per_item_hand_written_boxed_opaque(n) {
        drain(black_box(Box::pin(hand_written(black_box(n))) as DynStream))
    }
    PerItem per_item_async_fn_stream(n) { drain(async_fn_stream(black_box(n))) }
    PerItem per_item_asynk_strim(n) { drain(asynk_strim(black_box(n))) }
    PerItem per_item_managed_0(n) { drain(managed_0(black_box(n))) }
    PerItem per_item_managed_1(n) { drain(managed_1(black_box(n))) }
    PerItem per_item_managed_16(n) { drain(managed_16(black_box(n))) }
    PerItem per_item_managed_16_nested(n) { drain(managed_16_nested(black_box(n))) }
    // The stream through `black_box`, as for the opaque box above.
    PerItem per_item_managed_1_opaque(n) { drain(black_box(managed_1(black_box(n)))) }
    PerItem per_item_managed_16_opaque(n) { drain(black_box(managed_16(black_box(n)))) }

    // ---- Lifecycle: create, take one item, end; `n` times. ----
    PerOp lifecycle_hand_written_close(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = Session::new(black_box(N));
                let first = stream.next().await;
                stream.close().await;
                first.expect("one item")
            });
        }
        sum
    }
    PerOp lifecycle_async_stream_drop(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = pin!(async_stream(black_box(N)));
                stream.next().await.expect("one item")
            });
        }
        sum
    }
    PerOp lifecycle_async_stream_boxed_drop(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = Box::pin(async_stream(black_box(N))) as DynStream;
                stream.next().await.expect("one item")
            });
        }
        sum
    }
    PerOp lifecycle_managed_0_close(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = managed_0(black_box(N));
                let first = stream.next().await;
                stream.close().await;
                first.expect("one item")
            });
        }
        sum
    }
    PerOp lifecycle_managed_1_close(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = managed_1(black_box(N));
                let first = stream.next().await;
                stream.close().await;
                first.expect("one item")
            });
        }
        sum
    }

    // ---- Cancel: create, take one item, leave the body waiting mid-step, end. ----
    PerOp cancel_async_stream_drop(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = pin!(async_stream_stuck(black_box(1)));
                let first = stream.next().await;
                assert!(poll_next_once(&mut stream).is_pending());
                first.expect("one item")
            });
        }
        sum
    }
    PerOp cancel_async_stream_boxed_drop(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = Box::pin(async_stream_stuck(black_box(1))) as DynStream;
                let first = stream.next().await;
                assert!(poll_next_once(&mut stream).is_pending());
                first.expect("one item")
            });
        }
        sum
    }
    PerOp cancel_managed_0_cancel(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = managed_0_stuck(black_box(1));
                let first = stream.next().await;
                assert!(poll_next_once(&mut stream).is_pending());
                stream.cancel().await;
                first.expect("one item")
            });
        }
        sum
    }
    PerOp cancel_managed_1_cancel(n) {
        let mut sum = 0u64;
        for _ in 0..n {
            sum += run(async {
                let mut stream = managed_1_stuck(black_box(1));
                let first = stream.next().await;
                assert!(poll_next_once(&mut stream).is_pending());
                stream.cancel().await;
                first.expect("one item")
            });
        }
        sum
    }

    // ---- Ended in the background (feature `tokio`): one teardown, on a runtime. ----
    // `close_on_drop()`, held and closed: the wrapper's cost while nothing is handed over.
    PerOp background_close_on_drop_close(n) {
        on_runtime(async {
            let mut sum = 0u64;
            for _ in 0..n {
                sum += first_then_close(owned_1(black_box(1)).close_on_drop()).await;
            }
            sum
        })
    }
    // The same, tracked by a `StreamTracker` of its own (one per call of the case fn).
    PerOp background_tracked_close(n) {
        on_runtime(async {
            let tracker = StreamTracker::new();
            let mut sum = 0u64;
            for _ in 0..n {
                let stream = owned_1(black_box(1)).close_on_drop().tracked_by(&tracker);
                sum += first_then_close(stream).await;
            }
            sum
        })
    }
    // `close_on_drop()`, dropped: a task spawned on the runtime closes it. Untracked, it
    // belongs to `StreamTracker::global()`.
    PerOp background_close_on_drop_dropped(n) {
        on_runtime(async {
            let mut sum = 0u64;
            for _ in 0..n {
                sum += first_then_drop(owned_1(black_box(1)).close_on_drop()).await;
            }
            sum
        })
    }
    PerOp background_tracked_dropped(n) {
        on_runtime(async {
            let tracker = StreamTracker::new();
            let mut sum = 0u64;
            for _ in 0..n {
                let stream = owned_1(black_box(1)).close_on_drop().tracked_by(&tracker);
                sum += first_then_drop(stream).await;
            }
            sum
        })
    }
    // `cancel_on_drop()`, dropped: the background end is a cancel, without a timer.
    PerOp background_cancel_on_drop_dropped(n) {
        on_runtime(async {
            let mut sum = 0u64;
            for _ in 0..n {
                sum += first_then_drop(owned_1(black_box(1)).cancel_on_drop()).await;
            }
            sum
        })
    }
}

// ---- Timed: one divan bench per case ---------------------------------------------------

/// `divan` wants one fn per bench; it calls the case fn (so the timed code is the
/// counted code). Per item: `N` items per call; per op: one operation per call.
macro_rules! timed {
    ($($name:ident)*) => {
        #[divan::bench_group(sample_count = 300, sample_size = 32)]
        mod timed {
            use super::*;
            $(
                #[divan::bench]
                fn $name(bencher: Bencher) {
                    let (_, kind, case) = CASES
                        .iter()
                        .find(|(name, _, _)| *name == stringify!($name))
                        .copied()
                        .expect("a case of that name");
                    let n = if kind == Kind::PerItem { N } else { 1 };
                    bencher.bench_local(|| case(black_box(n)));
                }
            )*
        }
    };
}

timed! {
    per_item_hand_written per_item_futures_iter per_item_async_stream
    per_item_async_stream_boxed per_item_async_stream_boxed_opaque
    per_item_hand_written_boxed_opaque per_item_async_fn_stream per_item_asynk_strim
    per_item_managed_0 per_item_managed_1 per_item_managed_16 per_item_managed_16_nested
    per_item_managed_1_opaque per_item_managed_16_opaque
    lifecycle_hand_written_close lifecycle_async_stream_drop
    lifecycle_async_stream_boxed_drop lifecycle_managed_0_close lifecycle_managed_1_close
    cancel_async_stream_drop cancel_async_stream_boxed_drop cancel_managed_0_cancel
    cancel_managed_1_cancel
    background_close_on_drop_close background_tracked_close background_close_on_drop_dropped
    background_tracked_dropped background_cancel_on_drop_dropped
}

// ---- Identical work, and the callgrind run --------------------------------------------

/// Every case computes what it should, or the comparison means nothing; and every case
/// has a timed bench.
fn sanity_check() {
    for (name, kind, case) in CASES {
        let expected = match (kind, name.split('_').next()) {
            (Kind::PerItem, _) => 7 * 6 / 2,
            (Kind::PerOp, Some("lifecycle")) => 0,
            (Kind::PerOp, _) => 7,
        };
        let n = 7;
        assert_eq!(case(n), expected, "{name} did different work");
    }
}

/// Under callgrind (`scripts/callgrind.sh`): calls each case with `n`, `n` and `2n`,
/// in table order, and prints `CASE name kind n` for each, which the script matches
/// with callgrind's dumps (one after each case call). `MANAGED_STREAM_CALLGRIND_ITEMS`
/// and `..._OPS` set `n` (default 1000 and 200); `MANAGED_STREAM_CALLGRIND_ONLY` runs
/// one case.
fn callgrind_run() {
    let env = |key: &str, default: u64| {
        std::env::var(key)
            .ok()
            .and_then(|value| value.parse().ok())
            .unwrap_or(default)
    };
    let items = env("MANAGED_STREAM_CALLGRIND_ITEMS", 1000);
    let ops = env("MANAGED_STREAM_CALLGRIND_OPS", 200);
    let only = std::env::var("MANAGED_STREAM_CALLGRIND_ONLY").ok();
    for (name, kind, case) in CASES {
        if only.as_deref().is_some_and(|only| only != *name) {
            continue;
        }
        let n = if *kind == Kind::PerItem { items } else { ops };
        let kind = if *kind == Kind::PerItem { "item" } else { "op" };
        for run in [n, n, 2 * n] {
            black_box(case(black_box(run)));
        }
        println!("CASE {name} {kind} {n}");
    }
}
