//! Issue 13 item 4: `scoped` and `try_scoped` take streams that are not `Unpin` (a
//! chain with `then` or `filter_map` over an `async` block) without boxing; they pin the
//! stream inside and still close it (S3.2). The compile error for a try-mode stream
//! given to `scoped` is pinned by `tests/ui/consumer/scoped_try_mode_stream.rs`.

mod support;

use futures::StreamExt;
use managed_stream::{
    ManagedStream, ManagedStreamExt, ScopedError, managed_stream, scoped, teardown, try_scoped,
    yield_,
};
use support::{Log, block_on};

/// 0, 1, 2, ... with a logged teardown.
#[managed_stream]
async fn numbers(log: Log) -> u32 {
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// A try-mode stream whose teardown fails.
#[managed_stream]
async fn rows(log: Log) -> Result<u32, String> {
    teardown! {
        log.push("teardown");
        Err("rollback failed".to_string())?;
    }
    let mut n = 0;
    loop {
        yield_!(Ok(n));
        n += 1;
    }
}

#[test]
fn scoped_takes_a_then_chain_over_an_async_block_without_boxing() {
    let log = Log::default();
    // Not `Unpin`: `then` holds the `async` closure's future in place.
    let chain = numbers(log.clone()).then(async |n| n * 10);
    let firsts = block_on(scoped(chain, async |chain| {
        let mut firsts = Vec::new();
        while let Some(n) = chain.next().await {
            if n > 20 {
                break;
            }
            firsts.push(n);
        }
        firsts
    }));
    assert_eq!(firsts, [0, 10, 20]);
    assert_eq!(log.events(), ["teardown"], "closed after the closure");
}

#[test]
fn scoped_takes_a_filter_map_chain_and_a_stream_by_reference_inside() {
    async fn sum_two<S: ManagedStream<Item = u32> + Unpin>(stream: &mut S) -> u32 {
        stream.next().await.unwrap() + stream.next().await.unwrap()
    }
    let log = Log::default();
    let evens = numbers(log.clone()).filter_map(async |n| (n % 2 == 0).then_some(n));
    let sum = block_on(scoped(evens, async |evens| sum_two(evens).await));
    assert_eq!(sum, 2);
    assert_eq!(log.events(), ["teardown"]);
}

#[test]
fn scoped_body_may_close_the_pinned_stream_itself() {
    let log = Log::default();
    let chain = numbers(log.clone()).then(async |n| n);
    block_on(scoped(chain, async |chain| {
        assert_eq!(chain.next().await, Some(0));
        chain.close().await;
        assert_eq!(chain.next().await, None);
    }));
    assert_eq!(log.count("teardown"), 1, "closing again returns at once");
}

#[test]
fn scoped_still_takes_an_unpin_stream_as_a_plain_reference() {
    fn first_of(numbers: &mut Numbers) -> std::pin::Pin<&mut Numbers> {
        std::pin::Pin::new(numbers)
    }
    let log = Log::default();
    let first = block_on(scoped(numbers(log.clone()), async |numbers| {
        // An `Unpin` stream is reached as `&mut Numbers` through the pin.
        first_of(numbers).next().await
    }));
    assert_eq!(first, Some(0));
    assert_eq!(log.events(), ["teardown"]);
}

#[test]
fn try_scoped_takes_a_chain_that_is_not_unpin() {
    let log = Log::default();
    let chain = rows(log.clone()).then(async |row| row.map(|n| n + 1));
    let result = block_on(try_scoped(chain, async |rows| -> Result<u32, String> {
        let first = rows.next().await.unwrap()?;
        Ok(first)
    }));
    assert_eq!(
        result,
        Err(ScopedError::Close("rollback failed".to_string()))
    );
    assert_eq!(log.events(), ["teardown"]);
}

#[test]
fn scoped_future_is_send_for_a_send_chain() {
    fn assert_send<T: Send>(_: &T) {}
    let log = Log::default();
    let chain = numbers(log.clone()).then(async |n| n);
    let future = scoped(chain, async |chain| chain.next().await);
    assert_send(&future);
    assert_eq!(block_on(future), Some(0));
}
