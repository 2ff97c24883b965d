//! S4.5 and S7.5 with the `tracing` feature: every unclosed drop (a loss) and every
//! background end whose teardown failed is a `WARN` event with target `managed_stream`
//! and the fields `stream` and `created_at`; a background end that ran every teardown
//! (closed or cancelled) is a `DEBUG` event at most; the events of a background end
//! carry the span that was current where the stream was dropped.
//!
//! A small subscriber records events with the span each one happened in (the spans
//! entered are kept per thread). Most tests install it on their own thread
//! (`with_default`); the one whose background end runs on a runtime worker installs it
//! for the process. `unclosed_drops()` is one count for the process: the tests that
//! drop a stream unclosed or read the count hold the support `count_guard()`.

mod support;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::thread::ThreadId;
use std::time::Duration;

use futures::StreamExt;
use managed_stream::{ManagedStreamExt, managed_stream, teardown, unclosed_drops, yield_};
use support::runtime::until;
use support::unclosed::count_guard;
use support::{Log, panic_message};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_core::span::Current;

/// One recorded event: level, target, fields as text, the innermost span entered on
/// the thread that emitted it (its name and its fields), and that thread.
#[derive(Debug, Clone)]
struct Recorded {
    level: Level,
    target: String,
    fields: BTreeMap<String, String>,
    span: Option<(String, BTreeMap<String, String>)>,
    thread: ThreadId,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<State>>);

#[derive(Default)]
struct State {
    events: Vec<Recorded>,
    /// Every span made, by id - 1: name and fields.
    spans: Vec<(String, BTreeMap<String, String>)>,
    /// Their metadata, by id - 1 (for `current_span`).
    metadata: Vec<&'static Metadata<'static>>,
}

thread_local! {
    /// The spans this thread has entered now, innermost last (a background end runs on
    /// a runtime worker, not where the stream was dropped).
    static ENTERED: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

fn innermost_entered() -> Option<u64> {
    ENTERED.with(|entered| entered.borrow().last().copied())
}

impl Recorder {
    fn events(&self) -> Vec<Recorded> {
        self.0.lock().unwrap().events.clone()
    }
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0
            .insert(field.name().to_string(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, attributes: &Attributes<'_>) -> Id {
        let mut fields = BTreeMap::new();
        attributes.record(&mut Fields(&mut fields));
        let mut state = self.0.lock().unwrap();
        state
            .spans
            .push((attributes.metadata().name().to_string(), fields));
        state.metadata.push(attributes.metadata());
        Id::from_u64(state.spans.len() as u64)
    }

    /// What `Span::current()` asks, as a real subscriber answers it.
    fn current_span(&self) -> Current {
        let state = self.0.lock().unwrap();
        match innermost_entered() {
            Some(id) => Current::new(Id::from_u64(id), state.metadata[id as usize - 1]),
            None => Current::none(),
        }
    }

    /// Spans live as long as the test: nothing to count.
    fn clone_span(&self, span: &Id) -> Id {
        span.clone()
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        let mut state = self.0.lock().unwrap();
        let span = innermost_entered().map(|id| state.spans[id as usize - 1].clone());
        state.events.push(Recorded {
            level: *event.metadata().level(),
            target: event.metadata().target().to_string(),
            fields,
            span,
            thread: std::thread::current().id(),
        });
    }

    fn enter(&self, span: &Id) {
        ENTERED.with(|entered| entered.borrow_mut().push(span.into_u64()));
    }

    fn exit(&self, span: &Id) {
        ENTERED.with(|entered| {
            let mut entered = entered.borrow_mut();
            if let Some(at) = entered.iter().rposition(|id| *id == span.into_u64()) {
                entered.remove(at);
            }
        });
    }
}

#[managed_stream]
async fn rows() -> Result<u32, String> {
    teardown! {
        Err("CLOSE failed".to_string())?;
    }
    yield_!(Ok(1));
    yield_!(Ok(2));
}

#[test]
fn s4_5_an_unclosed_drop_is_a_warn_event_naming_the_stream_and_where_it_was_made() {
    let (_guard, _) = count_guard();
    let recorder = Recorder::default();
    let line = line!() + 2;
    tracing::subscriber::with_default(recorder.clone(), || {
        let mut stream = rows();
        futures::executor::block_on(stream.next());
        let _ = panic_message(move || drop(stream));
    });
    let events = recorder.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.level, Level::WARN);
    assert_eq!(event.target, "managed_stream");
    assert_eq!(event.fields["stream"], "Rows");
    assert_eq!(
        event.fields["created_at"],
        format!("tests/tracing_reports.rs:{line}:26")
    );
    assert!(event.fields["message"].contains("dropped before its teardown ran"));
}

#[test]
fn s7_2_a_failing_background_close_is_a_warn_event_with_the_error() {
    let recorder = Recorder::default();
    tracing::subscriber::with_default(recorder.clone(), || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        runtime.block_on(async {
            let mut stream = rows().close_on_drop();
            assert_eq!(stream.next().await, Some(Ok(1)));
            // Dropped inside the request's span: the background end's event carries it.
            let request = tracing::info_span!("request", id = 7);
            request.in_scope(|| drop(stream));
            tokio::time::sleep(Duration::from_millis(5)).await;
        });
    });
    let events = recorder.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.level, Level::WARN);
    assert_eq!(event.target, "managed_stream");
    assert_eq!(event.fields["stream"], "Rows", "named as in S4.5");
    assert!(event.fields["created_at"].starts_with("tests/tracing_reports.rs:"));
    assert_eq!(event.fields["error"], "\"CLOSE failed\"");
    assert_eq!(event.fields["cancelled"], "false");
    let (span, fields) = event.span.as_ref().expect("the event carries the span");
    assert_eq!((span.as_str(), fields["id"].as_str()), ("request", "7"));
}

/// Events forever from an idle source; the teardown succeeds.
#[managed_stream]
async fn events() -> u32 {
    teardown! { /* unsubscribe */ }
    loop {
        yield_!(1);
        std::future::pending::<()>().await;
    }
}

#[test]
fn s7_5_a_background_end_that_ran_every_teardown_is_debug_only_and_carries_the_span() {
    let recorder = Recorder::default();
    let mut lines = Vec::new();
    tracing::subscriber::with_default(recorder.clone(), || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        runtime.block_on(async {
            // A prompt end (cancel_on_drop) and a close that misses its deadline.
            lines.push(line!() + 1);
            let mut prompt = events().cancel_on_drop();
            assert_eq!(prompt.next().await, Some(1));
            lines.push(line!() + 1);
            let mut graceful = events().close_on_drop().within(Duration::from_millis(1));
            assert_eq!(graceful.next().await, Some(1));
            // Into the wait for the next event: the close must wait, then cancel.
            let next = tokio::time::timeout(Duration::from_millis(1), graceful.next()).await;
            assert!(next.is_err());
            let request = tracing::info_span!("request", id = 8);
            request.in_scope(|| drop((prompt, graceful)));
            tokio::time::sleep(Duration::from_millis(20)).await;
        });
    });
    let events = recorder.events();
    assert_eq!(events.len(), 2, "{events:?}");
    for event in &events {
        assert_eq!(event.level, Level::DEBUG, "no loss, no WARN: {event:?}");
        assert_eq!(event.target, "managed_stream");
        assert_eq!(event.fields["stream"], "Events");
        let created_at = &event.fields["created_at"];
        assert!(
            lines
                .iter()
                .any(|line| created_at.starts_with(&format!("tests/tracing_reports.rs:{line}:"))),
            "{created_at} should be one of the lines {lines:?}"
        );
        assert_eq!(event.fields["cancelled"], "true");
        let (span, fields) = event.span.as_ref().expect("the event carries the span");
        assert_eq!((span.as_str(), fields["id"].as_str()), ("request", "8"));
    }
    let missed: Vec<_> = events
        .iter()
        .map(|event| event.fields["missed_close_deadline"].as_str())
        .collect();
    assert!(
        missed.contains(&"true") && missed.contains(&"false"),
        "{missed:?}"
    );
}

/// A try-mode stream that waits for ever after one item; its teardown logs and fails.
#[managed_stream]
async fn failing(log: Log) -> Result<u32, String> {
    teardown! {
        log.push("teardown");
        Err("goodbye failed".to_string())?;
    }
    yield_!(Ok(1));
    std::future::pending::<()>().await;
}

/// S7.5: a stream dropped inside a span on a plain thread (inside a 2-worker runtime's
/// context) is ended on a worker thread; the `WARN` of its failed teardown carries the
/// dropping thread's span and names the stream and where it was created. The recorder
/// is the process's default here (the worker threads are not the test's).
#[test]
fn s7_5_a_background_end_carries_the_span_of_a_drop_on_another_thread() {
    let (_guard, before) = count_guard();
    let recorder = Recorder::default();
    tracing::subscriber::set_global_default(recorder.clone()).expect("the first global one");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()
        .unwrap();
    let log = Log::default();
    let handle = runtime.handle().clone();
    let dropper = std::thread::spawn({
        let log = log.clone();
        move || {
            let _runtime = handle.enter();
            let span = tracing::info_span!("request_on_a_thread");
            let _entered = span.enter();
            let mut stream = failing(log).cancel_on_drop();
            assert_eq!(futures::executor::block_on(stream.next()), Some(Ok(1)));
            drop(stream);
            std::thread::current().id()
        }
    });
    let dropper = dropper.join().expect("the drop never panics (S7.2)");
    let event = runtime.block_on(async {
        let mut found = None;
        until("the WARN of the failed teardown", || {
            found = recorder.events().into_iter().find(|event| {
                event
                    .fields
                    .get("message")
                    .is_some_and(|message| message.contains("a teardown failed"))
            });
            found.is_some()
        })
        .await;
        found.unwrap()
    });
    drop(runtime);
    assert_eq!(log.count("teardown"), 1);
    assert_eq!(event.level, Level::WARN, "{event:?}");
    let span = event.span.as_ref().map(|(name, _)| name.as_str());
    assert_eq!(span, Some("request_on_a_thread"), "{event:?}");
    assert_eq!(event.fields["stream"], "Failing", "{event:?}");
    assert!(
        event.fields["created_at"].starts_with("tests/tracing_reports.rs:"),
        "{event:?}"
    );
    // Measured, not asserted: where the end ran.
    eprintln!(
        "background end ran on the dropping thread: {}",
        event.thread == dropper
    );
    assert_eq!(unclosed_drops(), before);
}
