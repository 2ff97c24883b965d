//! Nesting and concurrency (issue 4): managed streams polled from inside another
//! managed stream's body and teardown, with exact schedules; and hundreds of managed
//! streams driven at once on a multi-thread Tokio runtime, each ended at a random point,
//! with global counts of registered, started and completed teardowns that must agree.
//!
//! The random plans come from a seeded xorshift generator: `MANAGED_STREAM_SEED=<n>`
//! replays a run's plans (the seed is printed; thread interleavings still vary).

mod support;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::time::Duration;

use futures::StreamExt;
use futures::stream::FusedStream;
use managed_stream::{managed_stream, teardown, yield_};
use support::{Gate, Log, panic_message, poll_next, poll_once, poll_once_then_drop};

// ---- nesting, exact schedules ----------------------------------------------------------

/// Yields `<name>a`, `<name>b`, `<name>c`, each after `step`; its inner teardown waits
/// on `teardown_gate`.
#[managed_stream]
async fn letters(log: Log, name: &'static str, step: Gate, teardown_gate: Gate) -> String {
    log.push(format!("{name} open"));
    teardown! { log.push(format!("{name} teardown 1")); }
    teardown! {
        teardown_gate.wait().await;
        log.push(format!("{name} teardown 2"));
    }
    for c in ["a", "b", "c"] {
        step.wait().await;
        yield_!(format!("{name}{c}"));
    }
}

/// Reads stream `A` in its body; its teardown closes `A`, then reads a new stream `B`
/// to its end.
#[managed_stream]
async fn relay(log: Log, step: Gate, teardown_gate: Gate) -> String {
    let mut a = letters(log.clone(), "A", step.clone(), teardown_gate.clone());
    teardown! {
        log.push("relay teardown start");
        a.close().await;
        let mut b = letters(log.clone(), "B", step.clone(), teardown_gate.clone());
        while let Some(item) = b.next().await {
            log.push(format!("drained {item}"));
        }
        log.push("relay teardown end");
    }
    while let Some(item) = a.next().await {
        yield_!(item.to_uppercase());
    }
}

fn opened() -> Gate {
    let gate = Gate::default();
    gate.open();
    gate
}

#[test]
fn close_runs_nested_teardowns_in_order() {
    let log = Log::default();
    let teardown_gate = Gate::default();
    let mut stream = relay(log.clone(), opened(), teardown_gate.clone());
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some("AA".into())));
    let mut close = stream.close();
    // A's inner teardown waits on the gate, inside the relay's teardown.
    assert_eq!(poll_once(&mut close), Poll::Pending);
    teardown_gate.open();
    assert_eq!(poll_once(&mut close), Poll::Ready(()));
    drop(close);
    assert_eq!(
        log.events(),
        [
            "A open",
            "relay teardown start",
            "A teardown 2",
            "A teardown 1",
            "B open",
            "drained Ba",
            "drained Bb",
            "drained Bc",
            "B teardown 2",
            "B teardown 1",
            "relay teardown end",
        ]
    );
    assert!(stream.is_terminated());
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn reading_to_the_end_runs_nested_teardowns() {
    let log = Log::default();
    let items: Vec<String> =
        support::block_on(relay(log.clone(), opened(), opened()).collect::<Vec<_>>());
    assert_eq!(items, ["AA", "AB", "AC"]);
    let events = log.events();
    assert_eq!(events.first().map(String::as_str), Some("A open"));
    // A ended by itself before the relay's teardown: closing it there is a no-op.
    assert_eq!(&events[1..3], ["A teardown 2", "A teardown 1"]);
    assert_eq!(
        events.last().map(String::as_str),
        Some("relay teardown end")
    );
    assert_eq!(log.count("B teardown 1"), 1);
}

/// Waits in `A.next()` while A waits mid-step; the relay is cancelled: its own step (the
/// `next()` future on A) is dropped, its teardown closes A, which then finishes its step
/// gracefully (close, not cancel) and tears down. A's wait lives in A's body, so
/// dropping the relay's `next()` future does not abandon it.
#[test]
fn cancel_of_the_outer_stream_mid_step_then_close_of_the_inner_one() {
    let log = Log::default();
    let step = Gate::default();
    let mut stream = relay(log.clone(), step.clone(), opened());
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    let mut cancel = stream.cancel();
    // The relay's step is dropped; its teardown's `a.close()` waits for A's step.
    assert_eq!(poll_once(&mut cancel), Poll::Pending);
    assert_eq!(log.events(), ["A open", "relay teardown start"]);
    step.open();
    assert_eq!(poll_once(&mut cancel), Poll::Ready(()));
    drop(cancel);
    assert_eq!(
        step.abandoned(),
        0,
        "A was closed, not cancelled: its step finished"
    );
    let events = log.events();
    assert_eq!(
        &events[..4],
        [
            "A open",
            "relay teardown start",
            "A teardown 2",
            "A teardown 1"
        ]
    );
    assert_eq!(
        events.last().map(String::as_str),
        Some("relay teardown end")
    );
    assert_eq!(panic_message(|| drop(stream)), None);
}

/// The relay, cancelled, cancels A too: A's step is dropped where it waits.
#[managed_stream]
async fn cancelling_relay(log: Log, step: Gate) -> String {
    let mut a = letters(log.clone(), "A", step, opened());
    teardown! {
        a.cancel().await;
        log.push("relay teardown");
    }
    while let Some(item) = a.next().await {
        yield_!(item);
    }
}

#[test]
fn cancel_propagates_through_a_teardown() {
    let log = Log::default();
    let step = Gate::default();
    let mut stream = cancelling_relay(log.clone(), step.clone());
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    assert_eq!(poll_once(&mut stream.cancel()), Poll::Ready(()));
    assert_eq!(step.abandoned(), 1, "A's wait on its step is dropped");
    assert_eq!(
        log.events(),
        ["A open", "A teardown 2", "A teardown 1", "relay teardown"]
    );
}

/// Close of the relay mid-step: the relay's step goes on (S3.2), so A's step finishes
/// too and hands an item that the relay builds and drops undelivered; then teardowns.
#[test]
fn close_of_the_outer_stream_mid_step_lets_the_inner_step_finish() {
    let log = Log::default();
    let step = Gate::default();
    let mut stream = relay(log.clone(), step.clone(), opened());
    assert_eq!(poll_once_then_drop(stream.next()), Poll::Pending);
    let mut close = stream.close();
    assert_eq!(poll_once(&mut close), Poll::Pending);
    step.open();
    assert_eq!(poll_once(&mut close), Poll::Ready(()));
    drop(close);
    assert_eq!(step.abandoned(), 0, "close never cancels a step");
    assert_eq!(
        poll_next(&mut stream),
        Poll::Ready(None),
        "no item after close"
    );
    assert_eq!(log.count("A teardown 1"), 1);
    assert_eq!(log.count("relay teardown end"), 1);
}

/// Three levels: each level reads the one below in its body and closes it in its
/// teardown; closing the top closes all, innermost teardown last in, first out.
#[managed_stream]
async fn level(log: Log, name: &'static str, below: Option<Letters>) -> String {
    let mut below = below;
    teardown! {
        if let Some(below) = &mut below {
            below.close().await;
        }
        log.push(format!("{name} teardown"));
    }
    match &mut below {
        Some(below) => {
            while let Some(item) = below.next().await {
                yield_!(format!("{name}({item})"));
            }
        }
        None => yield_!(name.to_owned()),
    }
}

#[managed_stream]
async fn top(log: Log) -> String {
    let letters = letters(log.clone(), "L", opened(), opened());
    let mut middle = level(log.clone(), "middle", Some(letters));
    teardown! {
        middle.close().await;
        log.push("top teardown");
    }
    while let Some(item) = middle.next().await {
        yield_!(format!("top({item})"));
    }
}

#[test]
fn three_levels_close_from_the_top() {
    let log = Log::default();
    let mut stream = top(log.clone());
    assert_eq!(
        poll_next(&mut stream),
        Poll::Ready(Some("top(middle(La))".into()))
    );
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(
        log.events(),
        [
            "L open",
            "L teardown 2",
            "L teardown 1",
            "middle teardown",
            "top teardown"
        ]
    );
}

/// A body that drops a started inner stream without closing it trips the inner drop
/// check (debug builds): the panic comes out of the outer `poll_next` and poisons the
/// outer stream, whose teardown is skipped (S4.1, S5.1).
#[test]
fn a_forgotten_close_inside_a_body_trips_the_inner_drop_check() {
    #[managed_stream]
    async fn forgetful(log: Log) -> String {
        teardown! { log.push("outer teardown"); }
        let mut inner = letters(log.clone(), "I", opened(), opened());
        let first = inner.next().await;
        drop(inner);
        yield_!(first.unwrap_or_default());
    }
    let log = Log::default();
    let mut stream = forgetful(log.clone());
    let message = panic_message(|| {
        assert_eq!(poll_next(&mut stream), Poll::Ready(Some("Ia".into())));
    });
    if cfg!(debug_assertions) {
        let message = message.expect("the inner drop check fires");
        assert!(message.contains("managed stream `Letters`"), "{message}");
        assert!(stream.is_terminated());
        assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
        assert_eq!(log.events(), ["I open"]);
    } else {
        assert_eq!(message, None);
        assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
        assert_eq!(log.events(), ["I open", "outer teardown"]);
    }
    assert_eq!(panic_message(|| drop(stream)), None);
}

// ---- hundreds of streams on a multi-thread runtime ----------------------------------------

/// xorshift64*: small, seeded, good enough to pick plans.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Teardowns of every stream in the test: registered (the body reached them), started,
/// completed.
static REGISTERED: AtomicU64 = AtomicU64::new(0);
static STARTED: AtomicU64 = AtomicU64::new(0);
static COMPLETED: AtomicU64 = AtomicU64::new(0);

/// One stream's record: `+k` when teardown `k` starts, `-k` when it ends, `r<k>` kept
/// apart.
#[derive(Default)]
struct Record {
    registered: Mutex<Vec<u8>>,
    spans: Mutex<Vec<i8>>,
}

impl Record {
    fn register(&self, k: u8) {
        REGISTERED.fetch_add(1, Ordering::SeqCst);
        self.registered.lock().unwrap().push(k);
    }

    async fn teardown(&self, k: u8, wait: Wait, permits: &tokio::sync::Semaphore) {
        STARTED.fetch_add(1, Ordering::SeqCst);
        self.spans.lock().unwrap().push(k as i8);
        wait.run().await;
        // Teardowns contend for a few permits: they wait on each other across tasks.
        let permit = permits.acquire().await.expect("never closed");
        tokio::task::yield_now().await;
        drop(permit);
        self.spans.lock().unwrap().push(-(k as i8));
        COMPLETED.fetch_add(1, Ordering::SeqCst);
    }

    /// Every registered teardown ran once, one after the other, the last registered
    /// first; the leaf's (4) runs at the start of teardown 2, which closes the leaf.
    fn check(&self, what: &str) {
        let registered = self.registered.lock().unwrap().clone();
        let spans = self.spans.lock().unwrap().clone();
        let mut order = Vec::new();
        for &k in registered.iter().rev().filter(|k| **k != 4) {
            if k == 2 && registered.contains(&4) {
                order.push(4);
            }
            order.push(k);
        }
        let expected: Vec<i8> = order.iter().flat_map(|&k| [k as i8, -(k as i8)]).collect();
        assert_eq!(spans, expected, "{what}: registered {registered:?}");
    }
}

/// Something a step or teardown awaits.
#[derive(Clone, Copy, Debug)]
enum Wait {
    Nothing,
    YieldNow,
    Sleep(u64),
}

impl Wait {
    fn random(rng: &mut Rng) -> Self {
        match rng.below(3) {
            0 => Wait::Nothing,
            1 => Wait::YieldNow,
            _ => Wait::Sleep(rng.below(800)),
        }
    }

    async fn run(self) {
        match self {
            Wait::Nothing => {}
            Wait::YieldNow => tokio::task::yield_now().await,
            Wait::Sleep(micros) => tokio::time::sleep(Duration::from_micros(micros)).await,
        }
    }
}

#[derive(Clone, Debug)]
struct WorkerPlan {
    /// How many of the three teardowns the body reaches before it returns (if it
    /// returns early).
    depth: u8,
    items: u32,
    steps: Vec<Wait>,
    teardowns: [Wait; 4],
    /// Read a leaf stream between items (closed by teardown 2).
    leaf: bool,
}

/// An endless stream polled from a worker's body; teardown 4 in the record.
#[managed_stream]
async fn leaf(record: Arc<Record>, wait: Wait, permits: Arc<tokio::sync::Semaphore>) -> u32 {
    record.register(4);
    teardown! { record.teardown(4, wait, &permits).await; }
    let mut n = 0;
    loop {
        wait.run().await;
        yield_!(n);
        n += 1;
    }
}

#[managed_stream]
async fn worker(
    plan: WorkerPlan,
    record: Arc<Record>,
    permits: Arc<tokio::sync::Semaphore>,
) -> u32 {
    let mut steps = plan.steps.iter().copied().cycle();
    let mut next_wait = move || steps.next().unwrap_or(Wait::Nothing);
    next_wait().run().await;
    if plan.depth < 1 {
        return;
    }
    record.register(1);
    teardown! { record.teardown(1, plan.teardowns[0], &permits).await; }
    let mut leaf = plan
        .leaf
        .then(|| leaf(record.clone(), plan.teardowns[3], permits.clone()));
    next_wait().run().await;
    if plan.depth < 2 {
        return;
    }
    record.register(2);
    teardown! {
        if let Some(leaf) = &mut leaf {
            leaf.close().await;
        }
        record.teardown(2, plan.teardowns[1], &permits).await;
    }
    yield_!(0);
    if plan.depth < 3 {
        return;
    }
    record.register(3);
    teardown! { record.teardown(3, plan.teardowns[2], &permits).await; }
    for n in 1..=plan.items {
        next_wait().run().await;
        if let Some(leaf) = &mut leaf {
            let _ = leaf.next().await;
        }
        yield_!(n);
    }
}

#[derive(Clone, Copy, Debug)]
enum Ending {
    Close,
    Cancel,
    /// `close()` within a deadline, `cancel()` after it.
    CloseWithin(u64),
    ReadToEnd,
    /// Hand the half-read stream to another task, which closes it.
    HandOff,
}

#[derive(Clone, Copy, Debug)]
enum Reading {
    /// `next().await`.
    Await,
    /// `select!` against a short sleep: `next()` futures dropped mid-step.
    Race(u64),
}

async fn consume(
    id: usize,
    plan: WorkerPlan,
    take: u32,
    reading: Reading,
    ending: Ending,
    permits: Arc<tokio::sync::Semaphore>,
) {
    let what = format!("stream {id}: {plan:?}, take {take}, {reading:?}, {ending:?}");
    let record = Arc::new(Record::default());
    let mut stream = worker(plan, record.clone(), permits);
    let mut previous = None;
    for _ in 0..take {
        let item = match reading {
            Reading::Await => stream.next().await,
            Reading::Race(micros) => tokio::select! {
                item = stream.next() => item,
                () = tokio::time::sleep(Duration::from_micros(micros)) => continue,
            },
        };
        match item {
            Some(n) => {
                assert!(
                    previous.is_none_or(|p| n == p + 1),
                    "{what}: {n} after {previous:?}"
                );
                previous = Some(n);
            }
            None => break,
        }
    }
    match ending {
        Ending::Close => stream.close().await,
        Ending::Cancel => stream.cancel().await,
        Ending::CloseWithin(micros) => {
            let deadline = Duration::from_micros(micros);
            if tokio::time::timeout(deadline, stream.close())
                .await
                .is_err()
            {
                stream.cancel().await;
            }
        }
        Ending::ReadToEnd => while stream.next().await.is_some() {},
        Ending::HandOff => {
            let (sender, receiver) = tokio::sync::oneshot::channel::<Worker>();
            let closer = tokio::spawn(async move {
                let mut stream = receiver.await.expect("sent");
                stream.close().await;
                assert!(stream.is_terminated());
            });
            sender.send(stream).expect("the closer waits");
            closer.await.expect("the closer did not panic");
            record.check(&what);
            return;
        }
    }
    assert!(stream.is_terminated(), "{what}");
    assert_eq!(stream.next().await, None, "{what}");
    drop(stream);
    record.check(&what);
}

fn seed() -> u64 {
    match std::env::var("MANAGED_STREAM_SEED") {
        Ok(seed) => seed.parse().expect("MANAGED_STREAM_SEED must be a number"),
        Err(_) => 0x5eed_0f4a_c0ff_ee00,
    }
}

#[test]
fn hundreds_of_streams_on_a_multi_thread_runtime() {
    const STREAMS: usize = 400;
    let seed = seed();
    eprintln!("MANAGED_STREAM_SEED={seed}");
    let mut rng = Rng::new(seed);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()
        .unwrap();
    let permits = Arc::new(tokio::sync::Semaphore::new(3));
    let tasks: Vec<_> = (0..STREAMS)
        .map(|id| {
            let plan = WorkerPlan {
                depth: if rng.chance(70) {
                    3
                } else {
                    rng.below(3) as u8
                },
                items: rng.below(6) as u32,
                steps: (0..1 + rng.below(3))
                    .map(|_| Wait::random(&mut rng))
                    .collect(),
                teardowns: [(); 4].map(|()| Wait::random(&mut rng)),
                leaf: rng.chance(50),
            };
            let take = rng.below(8) as u32;
            let reading = if rng.chance(50) {
                Reading::Await
            } else {
                Reading::Race(rng.below(300))
            };
            let ending = match rng.below(5) {
                0 => Ending::Close,
                1 => Ending::Cancel,
                2 => Ending::CloseWithin(rng.below(500)),
                3 => Ending::ReadToEnd,
                _ => Ending::HandOff,
            };
            (id, plan, take, reading, ending)
        })
        .collect();
    runtime.block_on(async {
        let handles: Vec<_> = tasks
            .into_iter()
            .map(|(id, plan, take, reading, ending)| {
                tokio::spawn(consume(id, plan, take, reading, ending, permits.clone()))
            })
            .collect();
        let all = futures::future::join_all(handles);
        let results = tokio::time::timeout(Duration::from_secs(60), all)
            .await
            .unwrap_or_else(|_| panic!("streams did not finish in 60 s (seed {seed})"));
        for result in results {
            if let Err(error) = result {
                std::panic::resume_unwind(error.into_panic());
            }
        }
    });
    let registered = REGISTERED.load(Ordering::SeqCst);
    let started = STARTED.load(Ordering::SeqCst);
    let completed = COMPLETED.load(Ordering::SeqCst);
    eprintln!("{STREAMS} streams: {registered} teardowns registered, {completed} completed");
    assert!(
        registered > STREAMS as u64,
        "too few teardowns reached: {registered}"
    );
    assert_eq!(
        (started, completed),
        (registered, registered),
        "seed {seed}"
    );
}
