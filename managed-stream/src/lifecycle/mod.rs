//! The lifecycle core that every generated stream runs on: the heap block that holds
//! the body ([`raw`], the only `unsafe` code), the item hand-off between body and
//! driver ([`handoff`]), the `Fresh → Running → Closing → Done` state machine
//! ([`driver`]), what the lowered body calls around its teardowns ([`guard`]), how a
//! body ends ([`output`]), why a teardown runs ([`teardown_cause`]), the type methods
//! return ([`boxed`]), the drop check ([`drop_check`]), where a stream was made
//! ([`origin`]) and what the process reports and counts ([`report`]).

pub(crate) mod boxed;
pub(crate) mod driver;
pub(crate) mod drop_check;
pub(crate) mod guard;
pub(crate) mod handoff;
pub(crate) mod origin;
pub(crate) mod output;
pub(crate) mod raw;
pub(crate) mod report;
pub(crate) mod teardown_cause;
