//! Random pipelines (SPEC S3.9, S3.10): depth 1 to 4 over model managed streams (in try
//! mode, some whose teardown fails; some plain, whose close returns `()`, chained to an
//! empty stream whose close returns a `Result`, to mix close outputs), the
//! `futures` adapters that stop early (`take`, `take_while`, `take_until`, a `filter`
//! that rejects the rest) and those that don't (`map`, `skip`, `fuse`, `peekable`,
//! `chunks`, `ready_chunks`, `enumerate`, `buffered`), and the crate's wrappers
//! (`chain`, `zip`, `select`, `flatten`, `with_teardown`, `close_on_drop`,
//! `stop_on_close`), type-erased through `Pin<Box<dyn ManagedStream<..> + Send>>` so one
//! builder makes any depth. Consumers: read to the end (then `close()`, or drop when the
//! outermost stage is a wrapper of the crate), read k then `close()` or `cancel()`, give
//! up mid-step, drop a `close()` part-way, `close_within`, `try_scoped`, and drop inside
//! `close_on_drop` on a runtime.
//!
//! The oracle is the SPEC, not the code. Once the consumer is done (for `close_on_drop`,
//! once the background end finished):
//! - every model stream that started ran its teardown exactly once (S3.2, S3.6, S3.9),
//!   and none that never started ran one;
//! - a `with_teardown` cleanup (some fail) ran at most once, after the teardowns of the
//!   started streams inside it, and did run when one of them started (S3.8);
//! - nothing panicked, so no drop check fired (S4.1), and `unclosed_drops()` did not
//!   move (S4.5), except by the report that a background close that failed makes
//!   (S7.2), one per failure that the consumer did not meet;
//! - once a close began, `poll_next` hands out nothing (S3.5);
//! - no error is lost (S3.10): the errors met (items, what `close()` returned, then
//!   `take_suppressed_errors()`) are exactly the failing teardowns that ran, each once;
//!   where an adapter may drop an item or the consumer cannot reach the errors
//!   (`with_teardown` turns a close error into an item; `try_scoped` and a drop keep
//!   the stream), at most those, each once.
//!
//! A model's teardown fails only when its body did not run to its end, so every error
//! comes from a close that the pipeline made, never from a natural end. Every case runs
//! on its own current-thread Tokio runtime, under a 20 s `timeout` (a hang fails), and
//! waits with a budget of 10,000 turns until the runtime has no task left (the
//! background ends of `close_on_drop`).
//!
//! `MANAGED_STREAM_CASES` cases (default 2,000); failures are shrunk and their seeds
//! kept in `tests/prop_pipelines.regressions`. `scripts/soak_pipelines.sh` runs 20,000
//! in release.

mod support;

use std::cell::Cell;
use std::collections::BTreeMap;
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use futures::StreamExt;
use managed_stream::{
    ManagedStream, ManagedStreamExt, close_within, combinators, managed_stream, teardown,
    try_scoped, unclosed_drops, with_teardown, yield_,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};
use support::Log;

/// An item: the values of one or more model items, or the errors they carried, joined
/// with `|` (a chunk or a zipped pair is merged into one item).
type Item = Result<Vec<u32>, String>;

/// Every pipeline, whatever its depth.
type Boxed = Pin<Box<dyn ManagedStream<Item = Item, CloseOutput = Result<(), String>> + Send>>;

/// A future that is pending once (waking itself), then ready: a step or a teardown
/// that takes more than one poll.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            return Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// A future ready after `polls` polls (waking itself): the signal of `take_until`.
struct ReadyAfter(u8);

impl Future for ReadyAfter {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 == 0 {
            return Poll::Ready(());
        }
        self.0 -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// A model managed stream: logs `start {id}`, registers a teardown that logs
/// `td {id}` and, if `fails` and the body did not run to its end, logs `fail {id}` and
/// fails with `e{id}`;
/// then yields `len` values `id * 100 + n`, each after a `YieldOnce` when `pend`.
#[managed_stream]
async fn model(id: u32, log: Log, len: u8, fails: bool, pend: bool) -> Result<Vec<u32>, String> {
    log.push(format!("start {id}"));
    let finished = AtomicBool::new(false);
    teardown! {
        if pend {
            YieldOnce(false).await;
        }
        log.push(format!("td {id}"));
        if fails && !finished.load(Ordering::SeqCst) {
            log.push(format!("fail {id}"));
            Err(format!("e{id}"))?;
        }
    }
    for n in 0..u32::from(len) {
        if pend {
            YieldOnce(false).await;
        }
        yield_!(Ok(vec![id * 100 + n]));
    }
    finished.store(true, Ordering::SeqCst);
}

/// A model whose close cannot fail (not try mode: its `close()` returns `()`), to mix
/// close outputs in the combinators; otherwise as [`model`].
#[managed_stream(try = false)]
async fn plain_model(id: u32, log: Log, len: u8, pend: bool) -> Result<Vec<u32>, String> {
    log.push(format!("start {id}"));
    teardown! {
        if pend {
            YieldOnce(false).await;
        }
        log.push(format!("td {id}"));
    }
    for n in 0..u32::from(len) {
        if pend {
            YieldOnce(false).await;
        }
        yield_!(Ok(vec![id * 100 + n]));
    }
}

/// A managed stream of pipelines, for `flatten`.
#[managed_stream]
async fn pipelines(pipes: Vec<Boxed>) -> Boxed {
    for pipe in pipes {
        yield_!(pipe);
    }
}

/// A `futures` adapter over one pipeline.
#[derive(Clone, Copy, Debug)]
enum Adapter {
    // Stop early.
    Take(u8),
    TakeWhile(u32),
    TakeUntil(u8),
    /// Keeps items whose first value's last two digits are below the bound: rejects
    /// the rest.
    Filter(u32),
    // Don't.
    Map,
    Skip(u8),
    Fuse,
    Peekable,
    Chunks(u8),
    ReadyChunks(u8),
    Enumerate,
    Buffered(u8),
}

/// A pipeline.
#[derive(Clone, Debug)]
enum Node {
    /// A model; a `plain` one (whose close cannot fail) is joined to an empty stream
    /// whose close can, `after` it or before it.
    Model {
        len: u8,
        fails: bool,
        pend: bool,
        plain: Option<bool>,
    },
    Adapt(Adapter, Box<Node>),
    Chain(Box<Node>, Box<Node>),
    Zip(Box<Node>, Box<Node>),
    Select(Box<Node>, Box<Node>),
    Flatten(Vec<Node>),
    /// `with_teardown` whose cleanup takes more than one poll (`pend`) or fails.
    WithTeardown {
        inner: Box<Node>,
        pend: bool,
        fails: bool,
    },
    CloseOnDrop(Box<Node>),
    StopOnClose(Box<Node>),
}

impl Node {
    /// Whether the outermost stage is a wrapper of the crate, which ends every stream
    /// inside it when it is read to its end (S3.9), so that the consumer may drop it then.
    fn ends_what_it_holds(&self) -> bool {
        matches!(
            self,
            Node::Chain(..)
                | Node::Zip(..)
                | Node::Select(..)
                | Node::Flatten(..)
                | Node::WithTeardown { .. }
                | Node::CloseOnDrop(..)
        )
    }

    /// Whether a `close_on_drop` stage is inside.
    fn holds_close_on_drop(&self) -> bool {
        match self {
            Node::Model { .. } => false,
            Node::CloseOnDrop(_) => true,
            Node::Adapt(_, inner) | Node::StopOnClose(inner) => inner.holds_close_on_drop(),
            Node::WithTeardown { inner, .. } => inner.holds_close_on_drop(),
            Node::Chain(a, b) | Node::Zip(a, b) | Node::Select(a, b) => {
                a.holds_close_on_drop() || b.holds_close_on_drop()
            }
            Node::Flatten(pipes) => pipes.iter().any(Node::holds_close_on_drop),
        }
    }

    /// Whether a `with_teardown` inside turns a close error into an item, which a
    /// stage after it may drop (a `skip`, a zip whose other side ended, a buffer
    /// emptied by a close).
    fn errors_may_become_items(&self) -> bool {
        match self {
            Node::Model { .. } => false,
            Node::WithTeardown { .. } => true,
            Node::Adapt(_, inner) | Node::CloseOnDrop(inner) | Node::StopOnClose(inner) => {
                inner.errors_may_become_items()
            }
            Node::Chain(a, b) | Node::Zip(a, b) | Node::Select(a, b) => {
                a.errors_may_become_items() || b.errors_may_become_items()
            }
            Node::Flatten(pipes) => pipes.iter().any(Node::errors_may_become_items),
        }
    }
}

/// Merges the items of a chunk or a zipped pair into one.
fn merge(items: impl IntoIterator<Item = Item>) -> Item {
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for item in items {
        match item {
            Ok(more) => values.extend(more),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(values)
    } else {
        Err(errors.join("|"))
    }
}

/// The first value's last two digits; errors count as 0 (they are never rejected).
fn rank(item: &Item) -> u32 {
    match item {
        Ok(values) => values.first().map_or(0, |value| value % 100),
        Err(_) => 0,
    }
}

/// Builds pipelines, numbering the models and the cleanups.
struct Builder {
    log: Log,
    next_id: Cell<u32>,
    /// Each cleanup's id, and the ids of the models inside its `with_teardown`.
    cleanups: std::cell::RefCell<Vec<(u32, std::ops::Range<u32>)>>,
}

impl Builder {
    fn build(&self, node: &Node) -> Boxed {
        match node {
            Node::Model {
                len,
                fails,
                pend,
                plain,
            } => {
                let id = self.next_id.get();
                self.next_id.set(id + 1);
                let log = self.log.clone();
                let Some(after) = plain else {
                    return Box::pin(model(id, log, *len, *fails, *pend));
                };
                let plain = plain_model(id, log, *len, *pend);
                let nothing = with_teardown(futures::stream::empty::<Item>(), async |_| Ok(()));
                if *after {
                    Box::pin(combinators::chain(plain, nothing))
                } else {
                    Box::pin(combinators::chain(nothing, plain))
                }
            }
            Node::Adapt(adapter, inner) => adapt(*adapter, self.build(inner)),
            Node::Chain(a, b) => Box::pin(combinators::chain(self.build(a), self.build(b))),
            Node::Zip(a, b) => {
                Box::pin(combinators::zip(self.build(a), self.build(b)).map(|(a, b)| merge([a, b])))
            }
            Node::Select(a, b) => Box::pin(combinators::select(self.build(a), self.build(b))),
            Node::Flatten(pipes) => {
                let pipes = pipes.iter().map(|pipe| self.build(pipe)).collect();
                Box::pin(combinators::flatten(pipelines(pipes)))
            }
            Node::WithTeardown { inner, pend, fails } => {
                let id = self.next_id.get();
                self.next_id.set(id + 1);
                let inner = self.build(inner);
                let inside = id + 1..self.next_id.get();
                self.cleanups.borrow_mut().push((id, inside));
                let (log, pend, fails) = (self.log.clone(), *pend, *fails);
                Box::pin(inner.with_teardown(move |_| cleanup(id, log, pend, fails)))
            }
            Node::CloseOnDrop(inner) => Box::pin(self.build(inner).close_on_drop()),
            Node::StopOnClose(inner) => Box::pin(self.build(inner).stop_on_close()),
        }
    }
}

/// The cleanup of a `with_teardown`: logs `cleanup {id}` and, if `fails`, `fail {id}`,
/// and fails with `e{id}`.
async fn cleanup(id: u32, log: Log, pend: bool, fails: bool) -> Result<(), String> {
    if pend {
        YieldOnce(false).await;
    }
    log.push(format!("cleanup {id}"));
    if fails {
        log.push(format!("fail {id}"));
        return Err(format!("e{id}"));
    }
    Ok(())
}

fn adapt(adapter: Adapter, pipe: Boxed) -> Boxed {
    match adapter {
        Adapter::Take(n) => Box::pin(pipe.take(n.into())),
        Adapter::TakeWhile(bound) => {
            Box::pin(pipe.take_while(move |item| futures::future::ready(rank(item) < bound)))
        }
        Adapter::TakeUntil(polls) => Box::pin(pipe.take_until(ReadyAfter(polls))),
        Adapter::Filter(bound) => {
            Box::pin(pipe.filter(move |item| futures::future::ready(rank(item) < bound)))
        }
        Adapter::Map => Box::pin(pipe.map(|item| item.map(|values| values.to_vec()))),
        Adapter::Skip(n) => Box::pin(pipe.skip(n.into())),
        Adapter::Fuse => Box::pin(pipe.fuse()),
        Adapter::Peekable => Box::pin(pipe.peekable()),
        Adapter::Chunks(n) => Box::pin(pipe.chunks(n.into()).map(merge)),
        Adapter::ReadyChunks(n) => Box::pin(pipe.ready_chunks(n.into()).map(merge)),
        Adapter::Enumerate => Box::pin(pipe.enumerate().map(|(_, item)| item)),
        Adapter::Buffered(n) => Box::pin(pipe.map(futures::future::ready).buffered(n.into())),
    }
}

/// How the consumer ends the pipeline after its reads.
#[derive(Clone, Copy, Debug)]
enum End {
    Close,
    Cancel,
}

/// What the consumer does.
#[derive(Clone, Copy, Debug)]
enum Consumer {
    /// Reads to the end, then `close()` (which returns at once, with the errors met).
    ReadToEnd,
    /// Reads to the end and drops the pipeline (only where it ends what it holds).
    ReadToEndThenDrop,
    /// Reads `k` items, then ends the pipeline.
    ReadThenEnd(u8, End),
    /// Reads `k` items, polls `next()` once and drops it, then ends the pipeline.
    GiveUpMidStep(u8, End),
    /// Reads `k` items, polls `close()` once and drops it, polls `next()`, then
    /// `cancel()` finishes from there (S3.4).
    DropCloseMidWay(u8),
    /// Reads `k` items, then `close_within(1 ms)`.
    CloseWithin(u8),
    /// `try_scoped` whose body reads `k` items.
    TryScoped(u8),
    /// Wraps the pipeline in `close_on_drop`, reads `k` items and drops it.
    DropInCloseOnDrop(u8),
}

/// What a consumer saw.
#[derive(Default, Debug)]
struct Seen {
    /// Errors met: as items, from `close()`/`cancel()`, then suppressed.
    errors: Vec<String>,
    /// An item handed out after a close began (S3.5).
    item_after_close: Option<Item>,
    /// Whether the consumer could reach every error (the stream was still held).
    reached_all_errors: bool,
}

impl Seen {
    fn item(&mut self, item: &Item) {
        if let Err(errors) = item {
            self.errors.extend(errors.split('|').map(str::to_owned));
        }
    }

    fn ended(&mut self, output: Result<(), String>, pipe: &mut Boxed) {
        self.errors.extend(output.err());
        self.errors.extend(pipe.take_suppressed_errors());
    }
}

/// Reads up to `k` items; returns whether the pipeline ended.
async fn read(pipe: &mut Boxed, k: u8, seen: &mut Seen) -> bool {
    for _ in 0..k {
        match pipe.next().await {
            Some(item) => seen.item(&item),
            None => return true,
        }
    }
    false
}

async fn read_to_end(pipe: &mut Boxed, seen: &mut Seen) {
    while let Some(item) = pipe.next().await {
        seen.item(&item);
    }
}

/// After a close began, `next()` hands out nothing (S3.5).
async fn nothing_after_close(pipe: &mut Boxed, seen: &mut Seen) {
    if let Some(item) = pipe.next().await {
        seen.item_after_close.get_or_insert(item);
    }
}

async fn end(pipe: &mut Boxed, how: End, seen: &mut Seen) {
    let output = match how {
        End::Close => pipe.close().await,
        End::Cancel => pipe.cancel().await,
    };
    seen.ended(output, pipe);
    nothing_after_close(pipe, seen).await;
}

async fn consume(mut pipe: Boxed, consumer: Consumer) -> Seen {
    let mut seen = Seen {
        reached_all_errors: true,
        ..Seen::default()
    };
    match consumer {
        Consumer::ReadToEnd => {
            read_to_end(&mut pipe, &mut seen).await;
            end(&mut pipe, End::Close, &mut seen).await;
        }
        Consumer::ReadToEndThenDrop => {
            read_to_end(&mut pipe, &mut seen).await;
            seen.reached_all_errors = false; // kept for a close that never comes
        }
        Consumer::ReadThenEnd(k, how) => {
            read(&mut pipe, k, &mut seen).await;
            end(&mut pipe, how, &mut seen).await;
        }
        Consumer::GiveUpMidStep(k, how) => {
            if !read(&mut pipe, k, &mut seen).await {
                if let Poll::Ready(Some(item)) = futures::poll!(pipe.next()) {
                    seen.item(&item);
                }
            }
            end(&mut pipe, how, &mut seen).await;
        }
        Consumer::DropCloseMidWay(k) => {
            read(&mut pipe, k, &mut seen).await;
            if let Poll::Ready(output) = futures::poll!(pipe.close()) {
                seen.ended(output, &mut pipe);
            }
            nothing_after_close(&mut pipe, &mut seen).await;
            end(&mut pipe, End::Cancel, &mut seen).await;
        }
        Consumer::CloseWithin(k) => {
            read(&mut pipe, k, &mut seen).await;
            let output = close_within(&mut pipe, Duration::from_millis(1)).await;
            seen.ended(output.into_output(), &mut pipe);
            nothing_after_close(&mut pipe, &mut seen).await;
        }
        Consumer::TryScoped(k) => {
            seen.reached_all_errors = false; // the suppressed errors stay in the scope
            let scoped = try_scoped(pipe, async |pipe| -> Result<Vec<Item>, String> {
                let mut items = Vec::new();
                for _ in 0..k {
                    match pipe.next().await {
                        Some(item) => items.push(item),
                        None => break,
                    }
                }
                Ok(items)
            })
            .await;
            match scoped {
                Ok(items) => items.iter().for_each(|item| seen.item(item)),
                Err(error) => seen.errors.extend(error.close_error().cloned()),
            }
            return seen;
        }
        Consumer::DropInCloseOnDrop(k) => {
            seen.reached_all_errors = false; // the background close reports them
            let mut held = pipe.close_on_drop();
            for _ in 0..k {
                match held.next().await {
                    Some(item) => seen.item(&item),
                    None => break,
                }
            }
            drop(held);
            return seen;
        }
    }
    drop(pipe);
    seen
}

/// The teardowns and starts each model logged.
fn counts(log: &Log) -> BTreeMap<(String, u32), usize> {
    let mut counts = BTreeMap::new();
    for event in log.events() {
        if let Some((what, id)) = event.split_once(' ') {
            if let Ok(id) = id.parse::<u32>() {
                *counts.entry((what.to_owned(), id)).or_insert(0) += 1;
            }
        }
    }
    counts
}

fn run_case(node: Node, consumer: Consumer) -> Result<(), TestCaseError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let builder = Builder {
        log: Log::default(),
        next_id: Cell::new(0),
        cleanups: Default::default(),
    };
    let before = unclosed_drops();
    let seen = runtime.block_on(async {
        let pipe = builder.build(&node);
        let consumed = tokio::time::timeout(Duration::from_secs(20), consume(pipe, consumer));
        let seen = consumed.await.expect("the consumer hung");
        // The background ends (S7.2) run to completion: a poll budget, not a clock.
        let runtime = tokio::runtime::Handle::current();
        for _ in 0..10_000 {
            if runtime.metrics().num_alive_tasks() == 0 {
                break;
            }
            tokio::task::yield_now().await;
        }
        let alive = runtime.metrics().num_alive_tasks();
        assert_eq!(
            alive,
            0,
            "a background end did not finish: {:?}",
            builder.log.events()
        );
        seen
    });
    drop(runtime);
    let log = &builder.log;
    let models = builder.next_id.get();
    let counts = counts(log);
    for id in 0..models {
        let started = counts.get(&("start".to_owned(), id)).copied().unwrap_or(0);
        let torn_down = counts.get(&("td".to_owned(), id)).copied().unwrap_or(0);
        prop_assert!(
            started <= 1,
            "model {id} started {started} times: {:?}",
            log.events()
        );
        prop_assert_eq!(
            torn_down,
            started,
            "model {} started {} and ran its teardown {} times (S3.9): {:?}",
            id,
            started,
            torn_down,
            log.events()
        );
    }
    // S3.8: a cleanup runs at most once, after the teardowns of the started streams
    // inside its `with_teardown`.
    let events = log.events();
    let at = |event: &str| events.iter().position(|e| e == event);
    for (id, inside) in builder.cleanups.borrow().iter() {
        let cleanup = format!("cleanup {id}");
        let runs = counts
            .get(&("cleanup".to_owned(), *id))
            .copied()
            .unwrap_or(0);
        prop_assert!(runs <= 1, "cleanup {id} ran {runs} times: {events:?}");
        let started_inside = inside
            .clone()
            .any(|model| at(&format!("start {model}")).is_some());
        prop_assert!(
            runs == 1 || !started_inside,
            "a stream inside with_teardown {id} started, its cleanup never ran: {events:?}"
        );
        let Some(cleaned_at) = at(&cleanup) else {
            continue;
        };
        for model in inside.clone() {
            if let Some(torn_down_at) = at(&format!("td {model}")) {
                prop_assert!(
                    torn_down_at < cleaned_at,
                    "cleanup {id} ran before the teardown of model {model} (S3.8): {events:?}"
                );
            } else {
                prop_assert!(
                    at(&format!("start {model}")).is_none(),
                    "cleanup {id} ran while model {model} was open (S3.8): {events:?}"
                );
            }
        }
    }
    prop_assert!(
        seen.item_after_close.is_none(),
        "an item after a close began (S3.5): {:?}",
        seen.item_after_close
    );
    // S3.10: the teardowns that failed, each once.
    let mut expected: Vec<String> = (0..models)
        .filter(|id| counts.contains_key(&("fail".to_owned(), *id)))
        .map(|id| format!("e{id}"))
        .collect();
    expected.sort();
    let mut met = seen.errors.clone();
    met.sort();
    let mut unique = met.clone();
    unique.dedup();
    prop_assert_eq!(&unique, &met, "an error met twice");
    prop_assert!(
        met.iter().all(|error| expected.contains(error)),
        "errors {:?} beyond the failing teardowns {:?}",
        met,
        expected
    );
    if seen.reached_all_errors && !node.errors_may_become_items() {
        prop_assert_eq!(&met, &expected, "an error was lost (S3.10)");
    }
    // S4.5: nothing is dropped unended. S7.2: a background close (of a pipeline dropped
    // in `close_on_drop`, or of a `close_on_drop` stage that a wrapper dropped before it
    // ever started, as `flatten` does with the streams it never handed out) reports
    // once if it failed, and that failure never reached the consumer.
    let drops = unclosed_drops() - before;
    let handed_over = matches!(consumer, Consumer::DropInCloseOnDrop(_))
        || (matches!(consumer, Consumer::ReadToEndThenDrop)
            && matches!(node, Node::CloseOnDrop(_)))
        || node.holds_close_on_drop();
    if handed_over {
        let unmet = (expected.len() - met.len()) as u64;
        prop_assert!(
            drops <= unmet,
            "{drops} unclosed drops reported, {unmet} failures unmet (S7.2)"
        );
    } else {
        prop_assert_eq!(drops, 0, "unclosed drops reported (S4.5)");
    }
    Ok(())
}

fn adapter() -> impl Strategy<Value = Adapter> {
    // The adapters that stop early are what S3.9 is about: weighted up.
    prop_oneof![
        3 => (0..4u8).prop_map(Adapter::Take),
        3 => (0..4u32).prop_map(Adapter::TakeWhile),
        3 => (0..6u8).prop_map(Adapter::TakeUntil),
        1 => (0..4u32).prop_map(Adapter::Filter),
        1 => Just(Adapter::Map),
        1 => (0..3u8).prop_map(Adapter::Skip),
        1 => Just(Adapter::Fuse),
        1 => Just(Adapter::Peekable),
        1 => (1..4u8).prop_map(Adapter::Chunks),
        1 => (1..4u8).prop_map(Adapter::ReadyChunks),
        1 => Just(Adapter::Enumerate),
        1 => (1..4u8).prop_map(Adapter::Buffered),
    ]
}

fn node() -> impl Strategy<Value = Node> {
    let plain = prop_oneof![3 => Just(None), 1 => any::<bool>().prop_map(Some)];
    let model =
        (0..5u8, any::<bool>(), any::<bool>(), plain).prop_map(|(len, fails, pend, plain)| {
            Node::Model {
                len,
                fails,
                pend,
                plain,
            }
        });
    // Depth 1 (a model) to 4.
    model.prop_recursive(3, 24, 3, |inner| {
        prop_oneof![
            3 => (adapter(), inner.clone()).prop_map(|(a, n)| Node::Adapt(a, Box::new(n))),
            1 => (inner.clone(), inner.clone())
                .prop_map(|(a, b)| Node::Chain(Box::new(a), Box::new(b))),
            1 => (inner.clone(), inner.clone())
                .prop_map(|(a, b)| Node::Zip(Box::new(a), Box::new(b))),
            1 => (inner.clone(), inner.clone())
                .prop_map(|(a, b)| Node::Select(Box::new(a), Box::new(b))),
            1 => prop::collection::vec(inner.clone(), 1..3).prop_map(Node::Flatten),
            1 => (inner.clone(), any::<bool>(), any::<bool>()).prop_map(|(n, pend, fails)| {
                Node::WithTeardown { inner: Box::new(n), pend, fails }
            }),
            1 => inner.clone().prop_map(|n| Node::CloseOnDrop(Box::new(n))),
            1 => inner.prop_map(|n| Node::StopOnClose(Box::new(n))),
        ]
    })
}

fn consumer() -> impl Strategy<Value = Consumer> {
    let end = prop_oneof![Just(End::Close), Just(End::Cancel)];
    prop_oneof![
        Just(Consumer::ReadToEnd),
        Just(Consumer::ReadToEndThenDrop),
        (0..10u8, end.clone()).prop_map(|(k, how)| Consumer::ReadThenEnd(k, how)),
        (0..10u8, end).prop_map(|(k, how)| Consumer::GiveUpMidStep(k, how)),
        (0..10u8).prop_map(Consumer::DropCloseMidWay),
        (0..10u8).prop_map(Consumer::CloseWithin),
        (0..10u8).prop_map(Consumer::TryScoped),
        (0..10u8).prop_map(Consumer::DropInCloseOnDrop),
    ]
}

fn case() -> impl Strategy<Value = (Node, Consumer)> {
    (node(), consumer()).prop_filter(
        "a bare stream read to the end is the consumer's to end",
        |(node, consumer)| {
            !matches!(consumer, Consumer::ReadToEndThenDrop) || node.ends_what_it_holds()
        },
    )
}

/// The message of a caught panic.
fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    let text = panic.downcast_ref::<&str>().map(|text| text.to_string());
    text.or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_owned())
}

#[test]
fn s3_9_random_pipelines_end_every_stream_inside_once() {
    let cases = std::env::var("MANAGED_STREAM_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(2_000);
    let config = Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::SourceParallel(
            "regressions",
        ))),
        source_file: Some(file!()),
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let seen = Cell::new(0u32);
    let first_failure = Cell::new(None);
    let started = std::time::Instant::now();
    let result = runner.run(&case(), |(node, consumer)| {
        seen.set(seen.get() + 1);
        // A panic (a drop check that fired, S4.1) fails the case like an assertion.
        let result = catch_unwind(AssertUnwindSafe(|| run_case(node, consumer)))
            .unwrap_or_else(|panic| Err(TestCaseError::fail(panic_text(&*panic))));
        if result.is_err() && first_failure.get().is_none() {
            first_failure.set(Some(seen.get()));
        }
        result
    });
    // Measured, never asserted.
    eprintln!("{} pipelines in {:?}", seen.get(), started.elapsed());
    if let Some(case) = first_failure.get() {
        eprintln!("the first failure was pipeline {case}, before shrinking");
    }
    if let Err(error) = result {
        panic!("{error}");
    }
    assert!(seen.get() >= cases, "ran {} of {cases} cases", seen.get());
}
