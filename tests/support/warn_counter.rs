//! A process-wide `tracing` subscriber that keeps every `WARN` (or worse) event of the
//! crate (target `managed_stream`), for the tests whose streams end on runtime worker
//! threads, where a thread-local `with_default` subscriber would see nothing.
//!
//! Each test includes it with `#[path = "support/warn_counter.rs"] mod warn_counter;`
//! and calls [`install`] once (a test binary has one global subscriber).
#![allow(dead_code)]

use std::fmt;
use std::sync::{Arc, Mutex, OnceLock};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// The warnings seen so far, as `level target: fields` lines.
#[derive(Clone, Default)]
pub struct Warnings(Arc<Mutex<Vec<String>>>);

impl Warnings {
    pub fn all(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

/// Installs the subscriber (once per process) and returns its record.
pub fn install() -> Warnings {
    static WARNINGS: OnceLock<Warnings> = OnceLock::new();
    WARNINGS
        .get_or_init(|| {
            let warnings = Warnings::default();
            tracing::subscriber::set_global_default(Keep(warnings.clone()))
                .expect("no other global subscriber in this test binary");
            warnings
        })
        .clone()
}

struct Keep(Warnings);

struct Line<'a>(&'a mut String);

impl Visit for Line<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl Subscriber for Keep {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target().starts_with("managed_stream")
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let metadata = event.metadata();
        // `Level` orders by verbosity: ERROR < WARN < INFO.
        if *metadata.level() > Level::WARN {
            return;
        }
        let mut line = format!("{} {}:", metadata.level(), metadata.target());
        event.record(&mut Line(&mut line));
        self.0.0.lock().unwrap().push(line);
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}
