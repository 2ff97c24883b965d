//! Hygiene (issue 3): generated code uses absolute paths and hidden names, so user
//! modules named like std crates, strict lints, and user names that look like
//! generated ones change nothing; nor do constants named like the lowering's bindings
//! (a glob import can bring them into a body's scope, S2.5).
#![deny(
    unused_qualifications,
    unused_imports,
    unused_variables,
    unused_mut,
    unused_labels
)]
#![deny(unreachable_code, unused_lifetimes)]
#![allow(dead_code)]

mod support;

/// Shadows `core` for relative paths; generated code must say `::core`.
mod core {}
/// Likewise for the runtime's own dependency.
mod futures_core {}
/// Likewise for `std`.
mod std {}

use ::futures::StreamExt;
use ::managed_stream::{managed_stream, teardown, yield_};
use support::{Log, block_on};

#[managed_stream]
async fn lookalikes(__ms_yielder: u32, __arg0: u32) -> u32 {
    // User names that look like the generated ones do not clash with them.
    let __ms_done = __ms_yielder + __arg0;
    let __ms_rest = 1;
    teardown! { let _ = __ms_rest; }
    // A configured teardown names a `__ms_rest` and a `__ms_output` of its own.
    #[cfg(test)]
    teardown! { let _ = __ms_rest; }
    let __ms_output = __ms_rest;
    'yield_must_stay_in_the_stream_body: {
        if __ms_done > 0 {
            yield_!(__ms_done);
            break 'yield_must_stay_in_the_stream_body;
        }
    }
    yield_!(__ms_output);
}

#[managed_stream]
async fn lifetimes_lookalikes<'life0, '__ms>(a: &'life0 str, b: &'__ms str, c: &str) -> usize {
    yield_!(a.len() + b.len() + c.len());
}

#[managed_stream]
async fn endless() -> u8 {
    // A body that ends in an endless loop does not warn about generated code after it.
    loop {
        yield_!(0);
    }
}

#[managed_stream]
async fn endless_try() -> Result<u8, ::std::io::Error> {
    loop {
        yield_!(Ok(0));
    }
}

#[test]
fn generated_names_do_not_clash_with_user_names() {
    let items = ::futures::executor::block_on(lookalikes(2, 3).collect::<Vec<_>>());
    assert_eq!(items, [5, 1]);
    let items =
        ::futures::executor::block_on(lifetimes_lookalikes("a", "bb", "ccc").collect::<Vec<_>>());
    assert_eq!(items, [6]);
    let mut endless = endless();
    let first = ::futures::executor::block_on(endless.next());
    assert_eq!(first, Some(0));
    ::futures::executor::block_on(endless.close());
    let mut endless = endless_try();
    assert!(::futures::executor::block_on(endless.next()).is_some());
    assert!(::futures::executor::block_on(endless.close()).is_ok());
}

/// The facade re-exported under another name, with `crate = path`.
mod reexport {
    pub use ::managed_stream as streams;
}

#[reexport::streams::managed_stream(crate = reexport::streams)]
async fn through_reexport() -> u8 {
    reexport::streams::yield_!(7);
}

#[test]
fn the_crate_option_names_the_runtime() {
    let items = ::futures::executor::block_on(through_reexport().collect::<Vec<_>>());
    assert_eq!(items, [7]);
}

// ---- Constants named like the lowering's bindings (S2.5) --------------------------------

#[allow(non_upper_case_globals, dead_code)]
mod lookalikes {
    //! Plain names a user may give a constant (lowercase, as a glob import from
    //! generated code may bring in): the lowering's bindings must not become constant
    //! patterns. (Names with the reserved `__ms_` prefix still can: see the report.)
    pub const value: u32 = 7;
    pub const error: u32 = 8;
    pub const done: u32 = 9;
    pub const outcome: u32 = 10;
    pub const code: u32 = 11;
    pub const tail: u32 = 12;
}

#[allow(unused_imports)]
use lookalikes::*;

async fn answer() -> Result<u32, String> {
    Ok(42)
}

#[managed_stream]
async fn shadowed(log: Log) -> Result<u32, String> {
    teardown! { log.push("teardown"); }
    // Locals named like the generated bindings (mixed-site hygiene keeps them apart).
    let __ms_value = answer().await?;
    yield_!(Ok(__ms_value));
    let __ms_error = tokio::select! { v = answer() => v? };
    yield_!(Ok(__ms_error + value));
}

#[test]
fn s2_5_constants_named_like_generated_bindings_change_nothing() {
    let log = Log::default();
    let items = block_on(shadowed(log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [Ok(42), Ok(49)]);
    assert_eq!(log.events(), ["teardown"]);
}
