//! Generated streams are `Send` and `Sync` when their body is `Send` (the default) and
//! their items and errors are `Send`; a `#[managed_stream(?Send)]` stream is neither
//! (S2.9). `Sync` costs nothing: every access that changes a stream goes through
//! `&mut`, and a shared `&stream` only reads (`is_terminated`, `Debug`).

use std::rc::Rc;

use futures::StreamExt;
use futures::stream::FusedStream;
use managed_stream::{ManagedBox, TryManagedBox, managed_stream, teardown, yield_};

fn send_and_sync<S: Send + Sync>(stream: S) -> S {
    stream
}

#[managed_stream]
async fn numbers(count: u32) -> u32 {
    teardown! {}
    for n in 0..count {
        yield_!(n);
    }
}

#[managed_stream]
async fn parsed(text: &'static str) -> Result<u32, std::num::ParseIntError> {
    yield_!(Ok(text.parse::<u32>()?));
}

/// A body that holds a `Cell` across an await is still `Send`; the stream is `Sync`
/// because the body is only reached through `&mut`.
#[managed_stream]
async fn with_cell() -> u32 {
    let count = std::cell::Cell::new(0);
    teardown! {}
    loop {
        count.set(count.get() + 1);
        yield_!(count.get());
    }
}

struct Table;

impl Table {
    #[managed_stream]
    async fn rows(&self) -> u32 {
        yield_!(1);
    }
}

#[test]
fn s2_9_generated_streams_and_managed_boxes_are_send_and_sync() {
    futures::executor::block_on(async {
        let mut numbers = send_and_sync(numbers(2));
        assert_eq!(numbers.next().await, Some(0));
        numbers.close().await;
        let parsed = send_and_sync(parsed("1"));
        assert_eq!(parsed.collect::<Vec<_>>().await, [Ok(1)]);
        let mut counted = send_and_sync(with_cell());
        assert_eq!(counted.next().await, Some(1));
        counted.close().await;
        let table = Table;
        let rows: ManagedBox<'_, u32> = send_and_sync(table.rows());
        assert_eq!(rows.collect::<Vec<_>>().await, [1]);
        let boxed: TryManagedBox<'_, u32, String> =
            send_and_sync(managed_stream::try_stream! { yield_!(Ok(1)); });
        assert_eq!(boxed.collect::<Vec<_>>().await, [Ok(1)]);
    });
}

#[test]
fn s2_9_a_shared_stream_is_read_from_two_threads() {
    let mut stream = numbers(1);
    assert_eq!(futures::executor::block_on(stream.next()), Some(0));
    let (terminated, debug) = std::thread::scope(|scope| {
        let shared = &stream;
        let terminated = scope.spawn(move || shared.is_terminated());
        let debug = scope.spawn(move || format!("{shared:?}"));
        (terminated.join().unwrap(), debug.join().unwrap())
    });
    assert!(!terminated);
    assert!(debug.contains("Numbers"), "{debug}");
    futures::executor::block_on(stream.close());
    assert!(stream.is_terminated());
}

#[managed_stream(?Send)]
async fn local(name: Rc<str>) -> Rc<str> {
    yield_!(name);
}

#[test]
fn s2_9_a_local_stream_still_runs() {
    let names: Vec<Rc<str>> = futures::executor::block_on(local("a".into()).collect());
    assert_eq!(names.len(), 1);
}
