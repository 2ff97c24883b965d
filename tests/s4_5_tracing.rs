//! S4.5 and S7.2 with the `tracing` feature: every unclosed drop, and every background
//! close that failed or needed a cancel, is a `WARN` event with target `managed_stream`
//! and the fields `stream` and `created_at`.
//!
//! A small subscriber records the events of the current thread (`with_default`).

mod support;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::StreamExt;
use managed_stream::{ManagedStreamExt, managed_stream, teardown, yield_};
use support::panic_message;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// One recorded event: level, target and fields as text.
#[derive(Debug, Clone)]
struct Recorded {
    level: Level,
    target: String,
    fields: BTreeMap<String, String>,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Recorded>>>);

impl Recorder {
    fn events(&self) -> Vec<Recorded> {
        self.0.lock().unwrap().clone()
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

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.0.lock().unwrap().push(Recorded {
            level: *event.metadata().level(),
            target: event.metadata().target().to_string(),
            fields,
        });
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
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
        format!("tests/s4_5_tracing.rs:{line}:26")
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
            drop(stream);
            tokio::time::sleep(Duration::from_millis(5)).await;
        });
    });
    let events = recorder.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let event = &events[0];
    assert_eq!(event.level, Level::WARN);
    assert_eq!(event.target, "managed_stream");
    assert!(event.fields["stream"].ends_with("Rows"), "{event:?}");
    assert!(event.fields["created_at"].starts_with("tests/s4_5_tracing.rs:"));
    assert_eq!(event.fields["error"], "\"CLOSE failed\"");
    assert_eq!(event.fields["cancelled"], "false");
}
