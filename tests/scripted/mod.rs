//! Scripted managed streams and a checking consumer, shared by `prop_schedules.rs`
//! (random schedules) and `faults.rs` (the same with injected panics).
//!
//! The macro generates code at compile time, so the bodies are fixed: ten
//! `#[managed_stream]` fns, plain and try mode, with 0 to 4 teardowns. What they do
//! is chosen at run time by a [`Plan`]: per segment (the code between two
//! `teardown!`s) a list of [`Step`]s, per teardown whether it awaits a gate, yields
//! to the executor, fails (`?`) or panics. A [`Case`] adds the consumer's side: a list
//! of [`Act`]s and a [`Finish`]. [`run`] plays a case on a hand-made waker (no
//! runtime: a failing case replays exactly from its proptest seed) and checks the
//! invariants of SPEC S2.5 to S5.1 after every call; see `run` for the list.
#![allow(dead_code)]

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::panic::{self, AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once};
use std::task::{Context, Poll, Wake, Waker};

use futures::stream::FusedStream;
use futures::{FutureExt, Stream, StreamExt};
use managed_stream::{ManagedStream, ManagedStreamExt, managed_stream, teardown, yield_};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::strategy::Union;
use proptest::test_runner::{Config, FileFailurePersistence, TestError, TestRunner};

// ---- the plan ---------------------------------------------------------------------

/// Gates `0..GATES` are opened by the consumer's [`Act::Open`]; gate `NEVER` never is.
pub const GATES: usize = 3;
/// A gate nobody opens: a step that never finishes.
pub const NEVER: usize = GATES;
const ALL_GATES: usize = GATES + 1;

/// One step of a body segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// `yield_!` the next item.
    Yield,
    /// Await gate `g`: finishes at once if it is open, later if the consumer opens it.
    Wait(usize),
    /// Return `Pending` once, waking the task: finishes later by itself.
    YieldNow,
    /// Await a gate that never opens.
    Never,
    /// `return;`
    Return,
    /// `Err(e)?` (try mode only).
    Fail,
    /// `panic!` (fault injection only).
    Panic,
}

/// Where a teardown panics, if it does (fault injection only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanicAt {
    Start,
    AfterWait,
}

/// What teardown `k` does: log its start (with its locals), maybe yield to the
/// executor, maybe await a gate, log its end, maybe fail with `?`.
#[derive(Clone, Debug)]
pub struct TeardownPlan {
    pub yield_now: bool,
    pub wait: Option<usize>,
    pub fail: bool,
    pub panic: Option<PanicAt>,
}

/// The body's script: `segments[0]` runs first, `segments[k]` after teardown `k` is
/// registered (`k` counts from 1, outermost first).
#[derive(Clone, Debug)]
pub struct Plan {
    pub try_mode: bool,
    pub segments: Vec<Vec<Step>>,
    pub teardowns: Vec<TeardownPlan>,
    /// Makes each teardown's captured tag unique to the case.
    pub salt: u16,
}

/// One action of the consumer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    /// Poll a `next()` future once, then drop it (a `select!` or timeout gives up).
    Next,
    /// Open gate `g`.
    Open(usize),
    /// Poll a `close()` future up to `n` times (nothing happens between polls), then
    /// drop it if it has not finished.
    Close(u8),
    /// Same with `cancel()`.
    Cancel(u8),
}

/// How the consumer ends the case. Every case ends by dropping the stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finish {
    /// Drop it as it is.
    Drop,
    /// `drop_without_teardown()` (S4.4).
    DropWithoutTeardown,
    /// Open every gate, read to the end (or until stuck on a step that never ends),
    /// then drop.
    ReadToEnd,
    /// Open every gate, `close()`; if a never-ending step keeps it from finishing,
    /// `cancel()`.
    Close,
    /// Open every gate, `cancel()`.
    Cancel,
    /// Open every gate, poll `close()` `n` times (a timeout), then `cancel()`.
    CloseThenCancel(u8),
}

#[derive(Clone, Debug)]
pub struct Case {
    pub plan: Plan,
    pub acts: Vec<Act>,
    pub finish: Finish,
}

// ---- strategies ---------------------------------------------------------------------

fn step(try_mode: bool, faults: bool) -> BoxedStrategy<Step> {
    let mut choices: Vec<(u32, BoxedStrategy<Step>)> = vec![
        (12, Just(Step::Yield).boxed()),
        (4, (0..GATES).prop_map(Step::Wait).boxed()),
        (2, Just(Step::YieldNow).boxed()),
        (1, Just(Step::Never).boxed()),
        (1, Just(Step::Return).boxed()),
    ];
    if try_mode {
        choices.push((1, Just(Step::Fail).boxed()));
    }
    if faults {
        choices.push((1, Just(Step::Panic).boxed()));
    }
    Union::new_weighted(choices).boxed()
}

fn teardown_plan(try_mode: bool, faults: bool) -> impl Strategy<Value = TeardownPlan> {
    let fail = if try_mode {
        prop::bool::weighted(0.3).boxed()
    } else {
        Just(false).boxed()
    };
    let panic = if faults {
        prop::option::weighted(
            0.2,
            prop_oneof![Just(PanicAt::Start), Just(PanicAt::AfterWait)],
        )
        .boxed()
    } else {
        Just(None).boxed()
    };
    (
        prop::bool::weighted(0.3),
        prop::option::of(0..GATES),
        fail,
        panic,
    )
        .prop_map(|(yield_now, wait, fail, panic)| TeardownPlan {
            yield_now,
            wait,
            fail,
            panic,
        })
}

/// Bodies with 0 to 4 teardowns (more often several); segments of 0 to 3 steps.
pub fn plan(try_mode: bool, faults: bool) -> impl Strategy<Value = Plan> {
    prop_oneof![1 => Just(0usize), 2 => Just(1), 2 => Just(2), 3 => Just(3), 4 => Just(4)]
        .prop_flat_map(move |teardowns| {
            (
                vec(vec(step(try_mode, faults), 0..=3), teardowns + 1),
                vec(teardown_plan(try_mode, faults), teardowns),
                any::<u16>(),
            )
        })
        .prop_map(move |(segments, teardowns, salt)| Plan {
            try_mode,
            segments,
            teardowns,
            salt,
        })
}

/// What a consumer does while it reads: take items, let steps finish.
fn consume() -> impl Strategy<Value = Act> {
    prop_oneof![
        4 => Just(Act::Next),
        1 => (0..GATES).prop_map(Act::Open),
    ]
}

/// Anything, stopping included.
fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        6 => Just(Act::Next),
        3 => (0..GATES).prop_map(Act::Open),
        2 => (1u8..=3).prop_map(Act::Close),
        2 => (1u8..=3).prop_map(Act::Cancel),
    ]
}

fn finish() -> impl Strategy<Value = Finish> {
    prop_oneof![
        2 => Just(Finish::Drop),
        1 => Just(Finish::DropWithoutTeardown),
        2 => Just(Finish::ReadToEnd),
        2 => Just(Finish::Close),
        2 => Just(Finish::Cancel),
        1 => (1u8..=3).prop_map(Finish::CloseThenCancel),
    ]
}

/// A whole case: a body plan; the consumer's actions: up to 12 reads, then up to 8 of
/// anything; and how it ends.
pub fn case(plan: impl Strategy<Value = Plan>) -> impl Strategy<Value = Case> {
    (plan, vec(consume(), 0..=12), vec(act(), 0..=8), finish()).prop_map(
        |(plan, mut acts, rest, finish)| {
            acts.extend(rest);
            Case { plan, acts, finish }
        },
    )
}

/// How many cases a property runs: `MANAGED_STREAM_CASES` if set, else `default`.
pub fn cases(default: u32) -> u32 {
    std::env::var("MANAGED_STREAM_CASES")
        .ok()
        .map(|v| v.parse().expect("MANAGED_STREAM_CASES must be a number"))
        .unwrap_or(default)
}

/// Runs property `name` (defined in `source`, i.e. `file!()`) over [`cases`] random
/// cases of `plan`, then prints what the cases covered.
///
/// A failing case is shrunk and printed, and its seed saved next to the test file
/// (`tests/<file>.regressions`), where later runs replay it first. `PROPTEST_RNG_SEED`
/// fixes the seed of a whole run. Cases run on a hand-made waker, so they replay
/// exactly.
pub fn check_property(
    name: &'static str,
    source: &'static str,
    plan: impl Strategy<Value = Plan>,
    faults: bool,
    default_cases: u32,
) {
    quiet_expected_panics();
    let config = Config {
        cases: cases(default_cases),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        source_file: Some(source),
        test_name: Some(name),
        ..Config::default()
    };
    let cases = config.cases;
    let mut runner = TestRunner::new(config);
    let stats = Stats::default();
    let result = runner.run(&case(plan), |case| {
        run_counted(&case, faults, &stats);
        Ok(())
    });
    match result {
        Ok(()) => eprintln!("{name}: {cases} cases passed; covered:\n{stats}"),
        Err(TestError::Fail(reason, case)) => {
            panic!("{name} failed: {reason}\nminimal failing case: {case:#?}\n{runner}")
        }
        Err(TestError::Abort(reason)) => panic!("{name} aborted: {reason}"),
    }
}

/// How often the cases of a property met each situation worth covering.
#[derive(Default)]
pub struct Stats(RefCell<BTreeMap<&'static str, u64>>);

impl Stats {
    fn hit(&self, what: &'static str) {
        *self.0.borrow_mut().entry(what).or_default() += 1;
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (what, count) in self.0.borrow().iter() {
            writeln!(f, "  {count:>7}  {what}")?;
        }
        Ok(())
    }
}

// ---- what the body and teardowns record ------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The body's first statement ran.
    Started,
    /// The body's first local was dropped (the body future is gone).
    GuardDropped,
    /// `yield_!`'s argument was built: item `id`.
    Made(u32),
    /// `yield_!` returned (the consumer asked for more); `produced` items so far.
    Resumed(u32),
    /// A step's wait on a gate finished.
    Waited(usize),
    Returned,
    /// A `?` failure in the body, with its error.
    Failed(String),
    /// An injected panic, with its message.
    Panicked {
        in_teardown: bool,
        message: String,
    },
    /// Teardown `k` registered (the statement before `teardown!` ran).
    Reached(usize),
    /// Teardown `k` started, with the values of the locals it captured.
    TeardownStart {
        k: usize,
        tag: String,
        produced: u32,
    },
    TeardownEnd(usize),
    /// A `?` failure in a teardown, after its end.
    TeardownFailed(String),
    /// The consumer first asked to close / cancel.
    CloseBegan,
    CancelBegan,
}

#[derive(Default)]
struct GateState {
    open: bool,
    waker: Option<Waker>,
    /// Waits that exist now (polled or not).
    live: u32,
    abandoned_by_body: u32,
    abandoned_by_teardown: u32,
}

struct State {
    events: Vec<Event>,
    gates: Vec<GateState>,
    next_id: u32,
    /// Items built and not yet dropped.
    live_items: i64,
}

/// The handle a scripted body gets: its plan and the record of what happened.
#[derive(Clone)]
pub struct Script(Arc<(Plan, Mutex<State>)>);

impl fmt::Debug for Script {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.events()).finish()
    }
}

impl Script {
    pub fn new(plan: Plan) -> Self {
        let state = State {
            events: Vec::new(),
            gates: (0..ALL_GATES).map(|_| GateState::default()).collect(),
            next_id: 0,
            live_items: 0,
        };
        Script(Arc::new((plan, Mutex::new(state))))
    }

    fn plan(&self) -> &Plan {
        &self.0.0
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A poisoned lock only means an injected panic crossed it; the state is fine.
        self.0.1.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn log(&self, event: Event) {
        self.state().events.push(event);
    }

    pub fn events(&self) -> Vec<Event> {
        self.state().events.clone()
    }

    fn len(&self) -> usize {
        self.state().events.len()
    }

    pub fn open(&self, gate: usize) {
        let mut state = self.state();
        let gate = &mut state.gates[gate];
        gate.open = true;
        if let Some(waker) = gate.waker.take() {
            waker.wake();
        }
    }

    fn live_waits(&self, gate: usize) -> u32 {
        self.state().gates[gate].live
    }

    // -- used by the bodies --

    fn start(&self) -> Guard {
        self.log(Event::Started);
        Guard(self.clone())
    }

    fn steps(&self, segment: usize) -> Vec<Step> {
        self.plan().segments[segment].clone()
    }

    fn item(&self) -> Item {
        let mut state = self.state();
        let id = state.next_id;
        state.next_id += 1;
        state.live_items += 1;
        state.events.push(Event::Made(id));
        Item {
            id,
            script: self.clone(),
        }
    }

    fn resumed(&self, produced: u32) {
        self.log(Event::Resumed(produced));
    }

    fn wait(&self, gate: usize, by_teardown: bool) -> GateWait {
        self.state().gates[gate].live += 1;
        GateWait {
            script: self.clone(),
            gate,
            by_teardown,
            done: false,
        }
    }

    fn returned(&self) {
        self.log(Event::Returned);
    }

    fn fail(&self, segment: usize, step: usize) -> String {
        let error = format!("body failed in segment {segment} at step {step}");
        self.log(Event::Failed(error.clone()));
        error
    }

    fn panic(&self, in_teardown: bool, message: String) -> ! {
        self.log(Event::Panicked {
            in_teardown,
            message: message.clone(),
        });
        panic!("{message}")
    }

    fn tag(&self, k: usize) -> String {
        format!("teardown {k} of case {}", self.plan().salt)
    }

    fn reach(&self, k: usize) -> String {
        self.log(Event::Reached(k));
        self.tag(k)
    }

    async fn teardown(&self, k: usize, tag: &str, produced: u32) -> Result<(), String> {
        let plan = self.plan().teardowns[k - 1].clone();
        self.log(Event::TeardownStart {
            k,
            tag: tag.to_owned(),
            produced,
        });
        if plan.panic == Some(PanicAt::Start) {
            self.panic(true, format!("injected panic at the start of teardown {k}"));
        }
        if plan.yield_now {
            YieldNow(false).await;
        }
        if let Some(gate) = plan.wait {
            self.wait(gate, true).await;
        }
        if plan.panic == Some(PanicAt::AfterWait) {
            self.panic(
                true,
                format!("injected panic in teardown {k} after its wait"),
            );
        }
        self.log(Event::TeardownEnd(k));
        if plan.fail {
            let error = format!("teardown {k} failed");
            self.log(Event::TeardownFailed(error.clone()));
            return Err(error);
        }
        Ok(())
    }
}

/// The body's first local: records that the body future was dropped.
struct Guard(Script);

impl Drop for Guard {
    fn drop(&mut self) {
        self.0.log(Event::GuardDropped);
    }
}

/// The stream's item: counts itself, so that a leaked or doubly dropped item shows.
#[derive(Debug)]
pub struct Item {
    pub id: u32,
    script: Script,
}

impl Drop for Item {
    fn drop(&mut self) {
        self.script.state().live_items -= 1;
    }
}

/// Waits until its gate is open; counts waits dropped before that (S3.3).
struct GateWait {
    script: Script,
    gate: usize,
    by_teardown: bool,
    done: bool,
}

impl Future for GateWait {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.script.state();
        let gate = &mut state.gates[self.gate];
        if gate.open {
            if !self.by_teardown {
                state.events.push(Event::Waited(self.gate));
            }
            drop(state);
            self.done = true;
            Poll::Ready(())
        } else {
            gate.waker = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

impl Drop for GateWait {
    fn drop(&mut self) {
        let mut state = self.script.state();
        let gate = &mut state.gates[self.gate];
        gate.live -= 1;
        if !self.done {
            if self.by_teardown {
                gate.abandoned_by_teardown += 1;
            } else {
                gate.abandoned_by_body += 1;
            }
        }
    }
}

/// `Pending` once (waking the task), then `Ready`.
struct YieldNow(bool);

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

// ---- the ten bodies ------------------------------------------------------------------

/// One segment of a body: its steps, in the body's own control flow.
///
/// A `macro_rules!` macro cannot hide `yield_!` from `#[managed_stream]` (the attribute
/// must see it), so [`scripted_stream!`] spells every segment out in the fn it emits;
/// this comment is the one place that describes it:
/// - `Yield`: `yield_!(item)`, then count it in `produced`, a local that every
///   teardown reads when it runs (so it must see the latest value);
/// - `Wait`/`Never`/`YieldNow`: await; `Return`: `return;`; `Fail`: `Err(e)?`;
///   `Panic`: `panic!`.
macro_rules! scripted_stream {
    (
        // Raw tokens, not `$item:ty`: `#[managed_stream]` must see `Result<..>` as written
        // to turn on try mode (a `ty` fragment reaches it as an opaque group).
        fn $name:ident -> [$($item:tt)*];
        wrap = $wrap:path;
        fail = |$error:ident| $fail:block;
        teardown_result = |$result:ident| $teardown_result:block;
        teardowns = [$($k:literal)*];
    ) => {
        #[managed_stream]
        async fn $name(s: Script) -> $($item)* {
            let _guard = s.start();
            let mut produced = 0u32;
            for (i, step) in s.steps(0).into_iter().enumerate() {
                match step {
                    Step::Yield => {
                        yield_!($wrap(s.item()));
                        produced += 1;
                        s.resumed(produced);
                    }
                    Step::Wait(gate) => s.wait(gate, false).await,
                    Step::YieldNow => YieldNow(false).await,
                    Step::Never => s.wait(NEVER, false).await,
                    Step::Return => {
                        s.returned();
                        return;
                    }
                    Step::Fail => {
                        let $error = s.fail(0, i);
                        $fail
                    }
                    Step::Panic => s.panic(false, format!("injected panic in segment 0 at step {i}")),
                }
            }
            $(
                let tag = s.reach($k);
                teardown! {
                    let $result = s.teardown($k, &tag, produced).await;
                    $teardown_result
                }
                for (i, step) in s.steps($k).into_iter().enumerate() {
                    match step {
                        Step::Yield => {
                            yield_!($wrap(s.item()));
                            produced += 1;
                            s.resumed(produced);
                        }
                        Step::Wait(gate) => s.wait(gate, false).await,
                        Step::YieldNow => YieldNow(false).await,
                        Step::Never => s.wait(NEVER, false).await,
                        Step::Return => {
                            s.returned();
                            return;
                        }
                        Step::Fail => {
                            let $error = s.fail($k, i);
                            $fail
                        }
                        Step::Panic => s.panic(
                            false,
                            format!("injected panic in segment {} at step {i}", $k),
                        ),
                    }
                }
            )*
        }
    };
}

macro_rules! plain_stream {
    ($name:ident, [$($k:literal)*]) => {
        scripted_stream! {
            fn $name -> [Item];
            wrap = std::convert::identity;
            fail = |error| { unreachable!("plain plans have no `?` step: {error}") };
            teardown_result = |result| { result.expect("plain teardowns do not fail") };
            teardowns = [$($k)*];
        }
    };
}

macro_rules! try_stream {
    ($name:ident, [$($k:literal)*]) => {
        scripted_stream! {
            fn $name -> [Result<Item, String>];
            wrap = Ok;
            fail = |error| { Err::<(), String>(error)?; };
            teardown_result = |result| { result?; };
            teardowns = [$($k)*];
        }
    };
}

plain_stream!(plain0, []);
plain_stream!(plain1, [1]);
plain_stream!(plain2, [1 2]);
plain_stream!(plain3, [1 2 3]);
plain_stream!(plain4, [1 2 3 4]);
try_stream!(tried0, []);
try_stream!(tried1, [1]);
try_stream!(tried2, [1 2]);
try_stream!(tried3, [1 2 3]);
try_stream!(tried4, [1 2 3 4]);

// ---- one interface over the ten stream types -----------------------------------------------

type StopFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

/// What the checker needs from a scripted stream; plain items come out as `Ok`.
trait Subject {
    /// Polls a fresh `next()` future once, then drops it.
    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Item, String>>>;
    /// A `close()` or `cancel()` future.
    fn stop(&mut self, cancel: bool) -> StopFuture<'_>;
    fn terminated(&self) -> bool;
    fn name(&self) -> &'static str;
    fn drop_without_teardown(self: Box<Self>);
}

struct PlainSubject<S> {
    stream: S,
    name: &'static str,
    drop_without_teardown: fn(S),
}

impl<S> Subject for PlainSubject<S>
where
    S: Stream<Item = Item> + FusedStream + ManagedStream<CloseOutput = ()> + Unpin,
{
    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Item, String>>> {
        self.stream.next().poll_unpin(cx).map(|item| item.map(Ok))
    }

    fn stop(&mut self, cancel: bool) -> StopFuture<'_> {
        if cancel {
            Box::pin(ManagedStreamExt::cancel(&mut self.stream).map(Ok))
        } else {
            Box::pin(ManagedStreamExt::close(&mut self.stream).map(Ok))
        }
    }

    fn terminated(&self) -> bool {
        self.stream.is_terminated()
    }

    fn name(&self) -> &'static str {
        self.name
    }

    fn drop_without_teardown(self: Box<Self>) {
        (self.drop_without_teardown)(self.stream)
    }
}

struct TrySubject<S> {
    stream: S,
    name: &'static str,
    drop_without_teardown: fn(S),
}

impl<S> Subject for TrySubject<S>
where
    S: Stream<Item = Result<Item, String>>
        + FusedStream
        + ManagedStream<CloseOutput = Result<(), String>>
        + Unpin,
{
    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Item, String>>> {
        self.stream.next().poll_unpin(cx)
    }

    fn stop(&mut self, cancel: bool) -> StopFuture<'_> {
        if cancel {
            Box::pin(ManagedStreamExt::cancel(&mut self.stream))
        } else {
            Box::pin(ManagedStreamExt::close(&mut self.stream))
        }
    }

    fn terminated(&self) -> bool {
        self.stream.is_terminated()
    }

    fn name(&self) -> &'static str {
        self.name
    }

    fn drop_without_teardown(self: Box<Self>) {
        (self.drop_without_teardown)(self.stream)
    }
}

fn subject(script: &Script) -> Box<dyn Subject> {
    macro_rules! make {
        ($wrapper:ident, $make:ident, $ty:ident) => {
            Box::new($wrapper {
                stream: $make(script.clone()),
                name: stringify!($ty),
                drop_without_teardown: $ty::drop_without_teardown,
            })
        };
    }
    let plan = script.plan();
    match (plan.try_mode, plan.teardowns.len()) {
        (false, 0) => make!(PlainSubject, plain0, Plain0),
        (false, 1) => make!(PlainSubject, plain1, Plain1),
        (false, 2) => make!(PlainSubject, plain2, Plain2),
        (false, 3) => make!(PlainSubject, plain3, Plain3),
        (false, 4) => make!(PlainSubject, plain4, Plain4),
        (true, 0) => make!(TrySubject, tried0, Tried0),
        (true, 1) => make!(TrySubject, tried1, Tried1),
        (true, 2) => make!(TrySubject, tried2, Tried2),
        (true, 3) => make!(TrySubject, tried3, Tried3),
        (true, 4) => make!(TrySubject, tried4, Tried4),
        (_, n) => panic!("no scripted body has {n} teardowns"),
    }
}

// ---- panics the checker expects ------------------------------------------------------------

thread_local! {
    /// Set while the checker runs a call that may panic on purpose.
    static EXPECTING_PANIC: Cell<bool> = const { Cell::new(false) };
}

/// The drop check's message (S4.1) contains this.
pub const DROP_CHECK: &str = "was dropped before its teardown ran";
/// Every injected panic's message starts with this.
pub const INJECTED: &str = "injected panic";

/// Installs, once per process, a panic hook that keeps quiet about the panics a test
/// expects (the drop check, injected panics) while the current thread expects one, and
/// hands every other panic to the hook it replaces.
pub fn quiet_expected_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            // "panicked at <file>:<line>:<col>:\n<message>" (MSRV: no `payload_as_str`).
            let message = info.to_string();
            let expected = EXPECTING_PANIC.with(Cell::get)
                && (message.contains(DROP_CHECK) || message.contains(INJECTED));
            if !expected {
                default(info);
            }
        }));
    });
}

/// Runs `f`, catching a panic and returning its message.
pub fn catch<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    quiet_expected_panics();
    let outer = EXPECTING_PANIC.with(|e| e.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    EXPECTING_PANIC.with(|e| e.set(outer));
    result.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default()
    })
}

// ---- the checker -------------------------------------------------------------------------

/// A waker that records that it was woken.
#[derive(Default)]
struct Flag(AtomicBool);

impl Wake for Flag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Next,
    Close,
    Cancel,
}

/// What the plan says a body does when nothing stops it: the items it yields, the
/// teardowns it reaches, the errors it ends with; `None` if it gets stuck (`Never`).
struct NaturalEnd {
    items: u32,
    reached: usize,
    errors: Vec<String>,
}

fn natural_end(plan: &Plan) -> Option<NaturalEnd> {
    let mut items = 0;
    let mut reached = 0;
    let mut body_error = None;
    'segments: for (segment, steps) in plan.segments.iter().enumerate() {
        if segment > 0 {
            reached = segment;
        }
        for (i, step) in steps.iter().enumerate() {
            match step {
                Step::Yield => items += 1,
                Step::Wait(_) | Step::YieldNow => {}
                Step::Never | Step::Panic => return None,
                Step::Return => break 'segments,
                Step::Fail => {
                    body_error = Some(format!("body failed in segment {segment} at step {i}"));
                    break 'segments;
                }
            }
        }
    }
    let mut errors: Vec<String> = body_error.into_iter().collect();
    for k in (1..=reached).rev() {
        let teardown = &plan.teardowns[k - 1];
        if teardown.panic.is_some() {
            return None;
        }
        if teardown.fail {
            errors.push(format!("teardown {k} failed"));
        }
    }
    Some(NaturalEnd {
        items,
        reached,
        errors,
    })
}

/// The consumer's view so far.
struct Model {
    faults: bool,
    /// The body ran its first statement.
    started: bool,
    /// `close()` or `cancel()` was called.
    stopping: bool,
    cancelled: bool,
    /// A `close()` or `cancel()` returned `Ready`.
    stopped: bool,
    /// The body ended by itself and `poll_next` said so (an `Err` item or `None`).
    ended_by_itself: bool,
    /// `poll_next` returned `None`.
    saw_none: bool,
    poisoned: bool,
    /// The next item id the consumer must get.
    next_id: u32,
    errors_delivered: Vec<String>,
    /// Errors left for `close()` / `cancel()` to return, once the stream is done.
    errors_taken: bool,
    /// The kind of call whose last poll returned `Pending`.
    pending: Option<Kind>,
}

/// Plays `case` and checks, after every call and at the end:
///
/// - items come out in order with no gap or repeat (ids 0, 1, 2, ...), and none after a
///   `close()`/`cancel()` began (S3.5); after a close began the body resumes no `yield_!`
///   and builds at most one more item, which is dropped undelivered (S3.2); after a
///   cancel began the body makes no step at all (S3.3);
/// - every reached teardown runs at most once, starts after it was reached, sees the
///   latest values of its locals, and teardowns end in reverse order of registration;
///   an unreached teardown never runs (S2.5); a teardown's wait is never abandoned
///   (S3.3), nor is a step's unless a cancel or a drop stopped the body;
/// - a body left alone behaves as its plan says: the items, teardowns and errors of a
///   natural end are exactly the planned ones (S2.6, S2.7, S3.6);
/// - once `close()`/`cancel()` returns `Ready`, every reached teardown has run exactly
///   once, the result is the first error not yet handed out (S2.7), the stream is
///   terminated, `poll_next` is `None`, calling again returns `Ready` at once (S3.2);
/// - a call that runs an injected panic propagates exactly it; the stream is then
///   poisoned: `None`, terminated, `close()`/`cancel()` return at once, no teardown
///   runs any more (S5.1);
/// - no lost wake-up: re-polling a call that returned `Pending` makes progress only if
///   the waker was woken;
/// - the drop check panics exactly when a started, unpoisoned stream is dropped before
///   its reached teardowns completed, and only with debug assertions (S4.1 to S4.4);
/// - after the drop, every item and the body's locals were dropped exactly once and no
///   gate wait is left.
pub fn run(case: &Case, faults: bool) {
    run_counted(case, faults, &Stats::default());
}

fn run_counted(case: &Case, faults: bool, stats: &Stats) {
    let script = Script::new(case.plan.clone());
    let mut checker = Checker {
        case,
        stats,
        stop_incomplete: false,
        script: script.clone(),
        subject: Some(subject(&script)),
        flag: Arc::new(Flag::default()),
        model: Model {
            faults,
            started: false,
            stopping: false,
            cancelled: false,
            stopped: false,
            ended_by_itself: false,
            saw_none: false,
            poisoned: false,
            next_id: 0,
            errors_delivered: Vec::new(),
            errors_taken: false,
            pending: None,
        },
    };
    for act in &case.acts {
        match *act {
            Act::Next => checker.next(),
            Act::Open(gate) => script.open(gate),
            Act::Close(polls) => {
                checker.stop(false, polls.into());
            }
            Act::Cancel(polls) => {
                checker.stop(true, polls.into());
            }
        }
        checker.check_invariants();
    }
    checker.finish();
}

struct Checker<'a> {
    case: &'a Case,
    stats: &'a Stats,
    /// A `close()`/`cancel()` future was dropped before it finished.
    stop_incomplete: bool,
    script: Script,
    subject: Option<Box<dyn Subject>>,
    flag: Arc<Flag>,
    model: Model,
}

impl Checker<'_> {
    fn fail(&self, what: impl fmt::Display) -> ! {
        panic!("{what}\nevents: {:#?}", self.script.events())
    }

    fn ensure(&self, condition: bool, what: impl FnOnce() -> String) {
        if !condition {
            self.fail(what());
        }
    }

    fn subject(&mut self) -> &mut dyn Subject {
        self.subject
            .as_deref_mut()
            .expect("the stream is still there")
    }

    fn events(&self) -> Vec<Event> {
        self.script.events()
    }

    /// Runs one poll of a call of `kind` (`poll` polls the stream, taken out of the
    /// checker meanwhile); `None` if it panicked (then checked and recorded as
    /// poisoning the stream).
    fn audited<R>(
        &mut self,
        kind: Kind,
        poll: impl FnOnce(&mut Context<'_>) -> Poll<R>,
    ) -> Option<Poll<R>> {
        let woken = self.flag.0.swap(false, Ordering::SeqCst);
        let repoll = self.model.pending == Some(kind);
        let before = self.script.len();
        let waker = Waker::from(self.flag.clone());
        let mut cx = Context::from_waker(&waker);
        let result = catch(|| poll(&mut cx));
        let events = self.events();
        let panics: Vec<&String> = events[before..]
            .iter()
            .filter_map(|e| match e {
                Event::Panicked { message, .. } => Some(message),
                _ => None,
            })
            .collect();
        if events[before..].contains(&Event::Started) {
            self.model.started = true;
        }
        match result {
            Ok(poll) => {
                self.ensure(panics.is_empty(), || {
                    format!("an injected panic did not propagate out of {kind:?} (S5.1)")
                });
                let progressed = poll.is_ready() || events.len() > before;
                self.ensure(!repoll || !progressed || woken, || {
                    format!("lost wake-up: a {kind:?} re-polled without a wake made progress")
                });
                if repoll {
                    self.stats.hit("re-polls checked for a lost wake-up");
                }
                if poll.is_pending() {
                    let started = events
                        .iter()
                        .filter(|e| matches!(e, Event::TeardownStart { .. }))
                        .count();
                    let ended = events
                        .iter()
                        .filter(|e| matches!(e, Event::TeardownEnd(_)))
                        .count();
                    if started > ended {
                        self.stats.hit("calls pending inside a teardown");
                    }
                }
                self.model.pending = poll.is_pending().then_some(kind);
                Some(poll)
            }
            Err(message) => {
                self.ensure(self.model.faults, || {
                    format!("{kind:?} panicked unexpectedly: {message}")
                });
                self.ensure(panics == [&message], || {
                    format!("{kind:?} panicked with {message:?}, injected: {panics:?} (S5.1)")
                });
                self.model.poisoned = true;
                self.model.pending = None;
                let in_teardown = events[before..].iter().any(|e| {
                    matches!(
                        e,
                        Event::Panicked {
                            in_teardown: true,
                            ..
                        }
                    )
                });
                self.stats.hit(match (kind, in_teardown) {
                    (Kind::Next, false) => "body panics propagated out of poll_next",
                    (Kind::Next, true) => "teardown panics propagated out of poll_next",
                    (Kind::Close, false) => "body panics propagated out of close()",
                    (Kind::Close, true) => "teardown panics propagated out of close()",
                    (Kind::Cancel, false) => "body panics propagated out of cancel()",
                    (Kind::Cancel, true) => "teardown panics propagated out of cancel()",
                });
                None
            }
        }
    }

    /// Polls a fresh `next()` future once, then drops it.
    fn poll_next(&mut self) -> Option<Poll<Option<Result<Item, String>>>> {
        let mut subject = self.subject.take().expect("the stream is still there");
        let poll = self.audited(Kind::Next, |cx| subject.poll_item(cx));
        self.subject = Some(subject);
        poll
    }

    /// Polls one `close()` / `cancel()` future up to `polls` times, then drops it.
    fn poll_stop(&mut self, kind: Kind, polls: usize) -> Option<Result<(), String>> {
        let mut subject = self.subject.take().expect("the stream is still there");
        let mut output = None;
        {
            // One future across the polls, as a task awaiting it would hold it.
            let mut future = subject.stop(kind == Kind::Cancel);
            for _ in 0..polls {
                match self.audited(kind, |cx| future.poll_unpin(cx)) {
                    Some(Poll::Pending) => {}
                    Some(Poll::Ready(result)) => {
                        output = Some(result);
                        break;
                    }
                    None => break,
                }
            }
        }
        self.subject = Some(subject);
        output
    }

    /// `Act::Next`.
    fn next(&mut self) {
        let Some(poll) = self.poll_next() else {
            return;
        };
        let finished = self.model.stopping || self.model.poisoned;
        match poll {
            Poll::Pending => {
                self.ensure(!finished && !self.model.ended_by_itself, || {
                    "poll_next is Pending after the stream ended (S3.5, S5.1)".into()
                });
            }
            Poll::Ready(Some(Ok(item))) => {
                self.ensure(!finished, || {
                    format!("item {} delivered after close began (S3.5)", item.id)
                });
                self.ensure(item.id == self.model.next_id, || {
                    format!(
                        "item {} delivered, expected {}",
                        item.id, self.model.next_id
                    )
                });
                self.ensure(!self.model.ended_by_itself, || {
                    "an item after the body's errors".into()
                });
                self.model.next_id += 1;
                self.stats.hit("items delivered");
            }
            Poll::Ready(Some(Err(error))) => {
                self.ensure(!finished, || {
                    format!("error item {error:?} after close began (S3.5)")
                });
                self.ensure(self.case.plan.try_mode, || "Err item in plain mode".into());
                self.model.ended_by_itself = true;
                self.stats.hit("error items delivered");
                self.model.errors_delivered.push(error);
                let all = self.errors_in_log();
                self.ensure(all.starts_with(&self.model.errors_delivered), || {
                    format!(
                        "error items {:?}, errors met {all:?} (S2.7)",
                        self.model.errors_delivered
                    )
                });
                self.ensure_teardowns_complete("an Err item is handed out (S2.7)");
            }
            Poll::Ready(None) => {
                let first = !self.model.saw_none;
                self.model.saw_none = true;
                if !finished && first {
                    self.model.ended_by_itself = true;
                    self.ensure(self.model.errors_delivered == self.errors_in_log(), || {
                        format!(
                            "ended with error items {:?}, errors met {:?} (S2.7)",
                            self.model.errors_delivered,
                            self.errors_in_log()
                        )
                    });
                    self.ensure_teardowns_complete("poll_next returns None (S3.6)");
                    self.check_natural_end();
                    self.stats.hit("bodies that ended by themselves");
                }
            }
        }
    }

    /// Polls a `close()` or `cancel()` future up to `polls` times; whether it finished.
    fn stop(&mut self, cancel: bool, polls: usize) -> bool {
        let kind = if cancel { Kind::Cancel } else { Kind::Close };
        if !self.model.stopping && self.model.pending == Some(Kind::Next) {
            self.stats.hit(if cancel {
                "cancel began mid-step"
            } else {
                "close began mid-step"
            });
        }
        if cancel && self.model.pending == Some(Kind::Close) {
            self.stats.hit("cancel after a pending close");
        }
        if self.stop_incomplete {
            self.stats
                .hit("close/cancel called again after one was dropped part-way");
        }
        if cancel && !self.model.cancelled {
            self.script.log(Event::CancelBegan);
            self.model.cancelled = true;
        }
        if !cancel && !self.model.stopping {
            self.script.log(Event::CloseBegan);
        }
        self.model.stopping = true;
        match self.poll_stop(kind, polls) {
            Some(output) => {
                self.stop_incomplete = false;
                self.stats.hit(if cancel {
                    "cancel() returned"
                } else {
                    "close() returned"
                });
                if output.is_err() {
                    self.stats.hit("close()/cancel() returned an error");
                }
                self.stopped(kind, output);
                true
            }
            None => {
                self.stop_incomplete = !self.model.poisoned;
                false
            }
        }
    }

    /// Checks a `close()` / `cancel()` that returned `Ready(output)`.
    fn stopped(&mut self, kind: Kind, output: Result<(), String>) {
        let expected = if self.model.poisoned || self.model.errors_taken {
            Ok(())
        } else {
            match self.errors_in_log().get(self.model.errors_delivered.len()) {
                Some(error) => Err(error.clone()),
                None => Ok(()),
            }
        };
        self.ensure(output == expected, || {
            format!("{kind:?} returned {output:?}, expected {expected:?} (S2.7)")
        });
        self.model.errors_taken = true;
        self.model.stopped = true;
        if !self.model.poisoned {
            self.ensure_teardowns_complete("close()/cancel() returns");
        }
        let terminated = self.subject().terminated();
        self.ensure(terminated, || {
            format!("not terminated after {kind:?} returned (S3.2)")
        });
        // Calling again returns at once (S3.2: idempotent), with nothing left to report.
        let again = self.poll_stop(kind, 1);
        self.ensure(again == Some(Ok(())), || {
            format!("a second {kind:?} gave {again:?}")
        });
        let next = self
            .poll_next()
            .map(|poll| poll.map(|item| item.map(|_| ())));
        self.ensure(next == Some(Poll::Ready(None)), || {
            format!("poll_next gave {next:?} after {kind:?} returned (S3.5)")
        });
    }

    /// Errors met so far, in the order they happened: what the stream hands out.
    fn errors_in_log(&self) -> Vec<String> {
        self.events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Failed(error) | Event::TeardownFailed(error) => Some(error),
                _ => None,
            })
            .collect()
    }

    fn reached(&self) -> Vec<usize> {
        self.events()
            .iter()
            .filter_map(|e| match e {
                Event::Reached(k) => Some(*k),
                _ => None,
            })
            .collect()
    }

    fn ended_teardowns(&self) -> Vec<usize> {
        self.events()
            .iter()
            .filter_map(|e| match e {
                Event::TeardownEnd(k) => Some(*k),
                _ => None,
            })
            .collect()
    }

    /// Every reached teardown ran to its end exactly once, innermost first.
    fn ensure_teardowns_complete(&self, when: &str) {
        let mut expected = self.reached();
        expected.reverse();
        let ended = self.ended_teardowns();
        self.ensure(ended == expected, || {
            format!("when {when}, teardowns ended: {ended:?}, expected {expected:?} (S2.5)")
        });
    }

    /// The body ended by itself: it did exactly what its plan says.
    fn check_natural_end(&self) {
        if self.model.stopping || self.model.poisoned {
            return;
        }
        let Some(end) = natural_end(&self.case.plan) else {
            self.fail("the body ended by itself, but its plan never ends");
        };
        let reached = self.reached();
        self.ensure(reached == (1..=end.reached).collect::<Vec<_>>(), || {
            format!("reached teardowns {reached:?}, planned 1..={}", end.reached)
        });
        self.ensure(self.model.next_id == end.items, || {
            format!(
                "{} items delivered, planned {}",
                self.model.next_id, end.items
            )
        });
        self.ensure(self.errors_in_log() == end.errors, || {
            format!(
                "errors {:?}, planned {:?}",
                self.errors_in_log(),
                end.errors
            )
        });
    }

    /// Checks on the record that hold at any time.
    fn check_invariants(&mut self) {
        let events = self.events();
        let produced = events
            .iter()
            .filter(|e| matches!(e, Event::Resumed(_)))
            .count() as u32;
        let mut reached = Vec::new();
        let mut started = Vec::new();
        let mut ended = Vec::new();
        let mut close_began = false;
        let mut cancel_began = false;
        let mut made_after_close = 0;
        let mut poisoned_at = None;
        for (i, event) in events.iter().enumerate() {
            if poisoned_at.is_some() {
                self.ensure(
                    matches!(
                        event,
                        Event::GuardDropped | Event::CloseBegan | Event::CancelBegan
                    ),
                    || format!("{event:?} after the stream was poisoned (S5.1)"),
                );
            }
            let body_step = matches!(
                event,
                Event::Made(_)
                    | Event::Resumed(_)
                    | Event::Waited(_)
                    | Event::Returned
                    | Event::Failed(_)
                    | Event::Reached(_)
                    | Event::Panicked {
                        in_teardown: false,
                        ..
                    }
            );
            if cancel_began {
                self.ensure(!body_step, || {
                    format!("the body went on ({event:?}) after cancel began (S3.3)")
                });
            }
            match event {
                Event::CloseBegan => close_began = true,
                Event::CancelBegan => cancel_began = true,
                Event::Panicked { .. } => poisoned_at = Some(i),
                Event::Made(id) if close_began => {
                    made_after_close += 1;
                    self.ensure(*id >= self.model.next_id, || {
                        format!("item {id}, built after close began, was delivered (S3.2)")
                    });
                }
                Event::Resumed(_) if close_began => {
                    self.fail("a yield_! returned after close began (S3.2)");
                }
                Event::Reached(k) => {
                    self.ensure(!reached.contains(k) && reached.len() + 1 == *k, || {
                        format!("teardown {k} reached out of order")
                    });
                    reached.push(*k);
                }
                Event::TeardownStart {
                    k,
                    tag,
                    produced: seen,
                } => {
                    self.ensure(reached.contains(k), || {
                        format!("teardown {k} ran but was never reached (S2.5)")
                    });
                    self.ensure(!started.contains(k), || {
                        format!("teardown {k} started twice (S2.5)")
                    });
                    self.ensure(*tag == self.script.tag(*k), || {
                        format!("teardown {k} saw tag {tag:?}")
                    });
                    // Teardowns run after the body's last step: they see its last count.
                    self.ensure(*seen == produced, || {
                        format!("teardown {k} saw produced = {seen}, the body counted {produced}")
                    });
                    self.ensure(
                        started.len() == ended.len()
                            && reached.iter().rev().nth(started.len()) == Some(k),
                        || format!("teardown {k} started out of order (S2.5)"),
                    );
                    started.push(*k);
                }
                Event::TeardownEnd(k) => {
                    self.ensure(started.last() == Some(k) && !ended.contains(k), || {
                        format!("teardown {k} ended out of order or twice (S2.5)")
                    });
                    ended.push(*k);
                }
                _ => {}
            }
        }
        self.ensure(made_after_close <= 1, || {
            format!("{made_after_close} items built after close began (S3.2)")
        });
        let state = self.script.state();
        let body_abandoned: u32 = state.gates.iter().map(|g| g.abandoned_by_body).sum();
        let teardown_abandoned: u32 = state.gates.iter().map(|g| g.abandoned_by_teardown).sum();
        drop(state);
        let dropped = self.subject.is_none();
        self.ensure(body_abandoned == 0 || cancel_began || dropped, || {
            "a step's wait was dropped without a cancel: close must let it finish (S3.2)".into()
        });
        self.ensure(
            teardown_abandoned == 0 || dropped || self.model.poisoned,
            || "a teardown's wait was dropped: teardowns are never interrupted (S3.3)".into(),
        );
        if let Some(subject) = self.subject.as_deref() {
            let terminated = subject.terminated();
            let expected = if self.model.stopping || self.model.poisoned || self.model.saw_none {
                true
            } else if self.model.ended_by_itself {
                // Done by itself: terminated once the last error item is out (S2.7).
                self.model.errors_delivered.len() == self.errors_in_log().len()
            } else {
                false
            };
            self.ensure(terminated == expected, || {
                format!("is_terminated() = {terminated}, expected {expected}")
            });
        }
    }

    fn open_all(&self) {
        for gate in 0..GATES {
            self.script.open(gate);
        }
    }

    /// A body that cannot finish with every gate open waits on the gate that never opens.
    fn ensure_parked_on_never(&self, what: &str) {
        self.ensure(self.script.live_waits(NEVER) == 1, || {
            format!("{what} did not finish with every gate open, yet the body is not stuck")
        });
    }

    fn finish(mut self) {
        let mut without_teardown = false;
        match self.case.finish {
            Finish::Drop => {}
            Finish::DropWithoutTeardown => without_teardown = true,
            Finish::ReadToEnd => {
                self.open_all();
                for _ in 0..64 {
                    self.next();
                    self.check_invariants();
                    if self.model.saw_none || self.model.poisoned {
                        break;
                    }
                }
                if !self.model.saw_none && !self.model.poisoned {
                    self.ensure_parked_on_never("reading to the end");
                }
            }
            Finish::Close => {
                self.open_all();
                if !self.stop(false, 64) && !self.model.poisoned {
                    self.ensure_parked_on_never("close()");
                    self.finish_with_cancel();
                }
            }
            Finish::Cancel => {
                self.open_all();
                self.finish_with_cancel();
            }
            Finish::CloseThenCancel(polls) => {
                self.open_all();
                if !self.stop(false, polls.into()) && !self.model.poisoned {
                    self.finish_with_cancel();
                }
            }
        }
        self.check_invariants();
        let reached = self.reached().len();
        let ended = self.ended_teardowns().len();
        let unfinished = reached > ended;
        let before = self.events();
        let subject = self.subject.take().expect("the stream is still there");
        let name = subject.name();
        let dropped = if without_teardown {
            catch(|| subject.drop_without_teardown())
        } else {
            catch(|| drop(subject))
        };
        let expect_panic =
            cfg!(debug_assertions) && unfinished && !self.model.poisoned && !without_teardown;
        self.stats
            .hit(match (&dropped, without_teardown, self.model.poisoned) {
                (Err(_), _, _) => "drops that fired the drop check",
                (Ok(()), true, _) => "drop_without_teardown() calls",
                (Ok(()), false, true) => "silent drops of poisoned streams",
                (Ok(()), false, false) if unfinished => {
                    "drops with unfinished teardowns (release build)"
                }
                (Ok(()), false, false) => "silent drops of finished or unstarted streams",
            });
        self.stats.hit(match reached {
            0 => "cases that reached no teardown",
            1 => "cases that reached 1 teardown",
            2 => "cases that reached 2 teardowns",
            3 => "cases that reached 3 teardowns",
            _ => "cases that reached 4 teardowns",
        });
        match dropped {
            Ok(()) => self.ensure(!expect_panic, || {
                format!(
                    "the drop check did not fire: {reached} teardowns reached, {ended} ended (S4.1)"
                )
            }),
            Err(message) => {
                self.ensure(expect_panic, || {
                    format!("dropping panicked unexpectedly (S4.2, S4.3): {message}")
                });
                self.ensure(
                    message.contains(&format!("managed stream `{name}`"))
                        && message.contains(DROP_CHECK),
                    || format!("drop check message: {message}"),
                );
            }
        }
        let after = self.events();
        // Dropping runs no async code: only the body's locals are dropped.
        self.ensure(
            after[before.len()..]
                .iter()
                .all(|e| *e == Event::GuardDropped),
            || "dropping the stream ran more than synchronous drops".into(),
        );
        self.check_invariants();
        let state = self.script.state();
        let live_items = state.live_items;
        let live_waits: u32 = state.gates.iter().map(|g| g.live).sum();
        drop(state);
        self.ensure(live_items == 0, || {
            format!("{live_items} items were not dropped exactly once")
        });
        self.ensure(live_waits == 0, || {
            format!("{live_waits} waits outlived the stream")
        });
        let guards = after.iter().filter(|e| **e == Event::GuardDropped).count();
        let expected_guards = usize::from(self.model.started || after.contains(&Event::Started));
        self.ensure(guards == expected_guards, || {
            format!("the body's locals were dropped {guards} times, expected {expected_guards}")
        });
    }

    fn finish_with_cancel(&mut self) {
        if !self.stop(true, 64) && !self.model.poisoned {
            self.fail("cancel() did not finish with every gate open (S3.3)");
        }
    }
}
