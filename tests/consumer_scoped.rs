//! Issue 13 item 4: `scoped` and `try_scoped` take streams that are not `Unpin` (a
//! chain with `then` or `filter_map` over an `async` block) without boxing; they pin the
//! stream inside and still close it (S3.2). The compile error for a try-mode stream
//! given to `scoped` is pinned by `tests/ui/consumer/scoped_try_mode_stream.rs`.
//!
//! Scoped use in general (S3.2): `scoped` closes the stream after the closure returns,
//! whatever way it returns, lets a step under way finish, takes a borrowed stream, and
//! lets a panic propagate without a second one; `try_scoped` keeps the closure's error
//! and the close error apart (`ScopedError`).

#[path = "support/consumer_streams.rs"]
mod consumer_streams;
mod support;

use consumer_streams::{Numbers, TryRows, counting, numbers, stepped};
use futures::StreamExt;
use futures::stream::FusedStream;
use managed_stream::{
    ManagedStream, ManagedStreamExt, ScopedError, managed_stream, scoped, teardown, try_scoped,
    yield_,
};
use support::{Gate, Log, block_on, panic_message, poll_once_then_drop};

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

// ---- scoped: every way out closes (S3.2) ------------------------------------------------------------------------

#[test]
fn scoped_closes_after_a_normal_return() {
    let log = Log::default();
    let items = block_on(scoped(counting(log.clone()), async |numbers| {
        let first = numbers.next().await;
        let second = numbers.next().await;
        [first, second]
    }));
    assert_eq!(items, [Some(0), Some(1)]);
    assert_eq!(log.events(), ["open", "teardown"]);
}

#[test]
fn scoped_closes_after_an_early_return() {
    let log = Log::default();
    let found = block_on(scoped(counting(log.clone()), async |numbers| {
        while let Some(n) = numbers.next().await {
            if n == 3 {
                return Some(n);
            }
        }
        None
    }));
    assert_eq!(found, Some(3));
    assert_eq!(log.count("teardown"), 1);
}

#[test]
fn scoped_closes_after_a_question_mark_error() {
    let log = Log::default();
    let result: Result<u32, String> = block_on(scoped(counting(log.clone()), async |numbers| {
        let n = numbers.next().await.ok_or("empty")?;
        let odd = numbers.next().await.filter(|n| n % 2 == 0).ok_or("odd")?;
        Ok(n + odd)
    }));
    assert_eq!(result, Err("odd".to_string()));
    assert_eq!(log.count("teardown"), 1);
}

#[test]
fn scoped_is_fine_with_a_stream_read_to_the_end_or_closed_inside() {
    let log = Log::default();
    let chain = counting(log.clone()).take_while(|n| futures::future::ready(*n < 3));
    // `take_while` ends without closing: `scoped` does it.
    let all: Vec<u32> = block_on(scoped(chain, async |chain| chain.collect().await));
    assert_eq!(all, [0, 1, 2]);
    assert_eq!(log.count("teardown"), 1);

    let log = Log::default();
    block_on(scoped(counting(log.clone()), async |numbers| {
        numbers.next().await;
        numbers.close().await;
    }));
    assert_eq!(
        log.count("teardown"),
        1,
        "closing twice runs the teardown once"
    );
}

#[test]
fn scoped_lets_a_step_under_way_finish() {
    let log = Log::default();
    let step = Gate::default();
    let returned = block_on(scoped(stepped(log.clone(), step.clone()), async |stream| {
        assert_eq!(stream.next().await, Some(0));
        // A `next()` abandoned mid-step (a lost `select!`), then the closure returns.
        assert!(poll_once_then_drop(stream.next()).is_pending());
        step.open();
        "done"
    }));
    assert_eq!(returned, "done");
    // The graceful close finished the step, then ran the teardown.
    assert_eq!(log.events(), ["step 1 done", "teardown"]);
    assert_eq!(step.abandoned(), 0);
}

#[test]
fn scoped_takes_a_borrowed_stream_too() {
    let log = Log::default();
    let mut stream = counting(log.clone());
    let first = block_on(scoped(&mut stream, async |stream| stream.next().await));
    assert_eq!(first, Some(0));
    assert!(stream.is_terminated());
    assert_eq!(log.count("teardown"), 1);
}

#[test]
fn scoped_panic_propagates_without_a_second_panic() {
    let log = Log::default();
    let message = panic_message(|| {
        block_on(scoped(counting(log.clone()), async |numbers| {
            numbers.next().await;
            panic!("the consumer's own panic");
        }))
    });
    // The stream is dropped while unwinding: no drop-check panic on top (S4.2).
    assert_eq!(message.as_deref(), Some("the consumer's own panic"));
    assert_eq!(
        log.count("teardown"),
        0,
        "async code cannot run while unwinding"
    );
}

#[test]
fn scoped_future_is_send_for_a_send_stream() {
    let log = Log::default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .build()
        .unwrap();
    let task = runtime.spawn(scoped(counting(log.clone()), async |numbers| {
        tokio::task::yield_now().await;
        numbers.next().await
    }));
    assert_eq!(runtime.block_on(task).unwrap(), Some(0));
    assert_eq!(log.count("teardown"), 1);
}

#[test]
fn scoped_takes_a_pinned_chain_that_is_not_unpin() {
    let log = Log::default();
    let chain = counting(log.clone()).then(async |n| n * 10);
    let items: Vec<u32> = block_on(scoped(Box::pin(chain), async |chain| {
        chain.as_mut().take(2).collect().await
    }));
    assert_eq!(items, [0, 10]);
    assert_eq!(log.count("teardown"), 1);
}

// ---- try_scoped: the errors of the closure and of the close ----------------------------------------------------------------------

#[test]
fn try_scoped_returns_the_value_when_both_succeed() {
    let log = Log::default();
    let rows = TryRows::new(&[Ok(1), Ok(2)], Ok(()), &log);
    let sum = block_on(try_scoped(rows, async |rows| -> Result<u32, String> {
        let mut sum = 0;
        while let Some(row) = rows.next().await {
            sum += row?;
        }
        Ok(sum)
    }));
    assert_eq!(sum, Ok(3));
    assert_eq!(log.events(), ["close"]);
}

#[test]
fn try_scoped_early_return_closes() {
    let log = Log::default();
    let rows = TryRows::new(&[Ok(1), Ok(2), Ok(3)], Ok(()), &log);
    let first = block_on(try_scoped(rows, async |rows| {
        if let Some(row) = rows.next().await {
            return row.map(Some);
        }
        Ok(None)
    }));
    assert_eq!(first, Ok(Some(1)));
    assert_eq!(log.events(), ["close"]);
}

#[test]
fn try_scoped_keeps_the_body_error_when_close_succeeds() {
    let log = Log::default();
    let rows = TryRows::new(&[Ok(1), Err("bad row")], Ok(()), &log);
    let result = block_on(try_scoped(rows, async |rows| -> Result<u32, String> {
        let mut sum = 0;
        while let Some(row) = rows.next().await {
            sum += row?;
        }
        Ok(sum)
    }));
    assert_eq!(
        result,
        Err(ScopedError::Body {
            error: "bad row".to_string(),
            close: None
        })
    );
    assert_eq!(log.events(), ["close"]);
}

#[test]
fn try_scoped_surfaces_a_close_error_after_success() {
    let log = Log::default();
    let rows = TryRows::new(&[Ok(1)], Err("commit failed"), &log);
    let result = block_on(try_scoped(rows, async |rows| rows.next().await.transpose()));
    assert_eq!(result, Err(ScopedError::Close("commit failed".to_string())));
    assert_eq!(log.events(), ["close"]);
}

#[test]
fn try_scoped_keeps_both_errors() {
    let log = Log::default();
    let rows = TryRows::new(&[Err("bad row")], Err("rollback failed"), &log);
    let result = block_on(try_scoped(rows, async |rows| {
        let row = rows.next().await.ok_or_else(|| "empty".to_string())??;
        Ok::<_, String>(row)
    }));
    let error = result.unwrap_err();
    assert_eq!(error.body_error().map(String::as_str), Some("bad row"));
    assert_eq!(
        error.close_error().map(String::as_str),
        Some("rollback failed")
    );
    assert_eq!(error.into_primary(), "bad row");
}

#[test]
fn try_scoped_with_a_different_body_error_type() {
    #[derive(Debug, PartialEq)]
    struct NotFound;
    let log = Log::default();
    let rows = TryRows::new(&[Ok(1)], Err("rollback failed"), &log);
    let result = block_on(try_scoped(rows, async |rows| match rows.next().await {
        Some(Ok(7)) => Ok(7),
        _ => Err(NotFound),
    }));
    assert_eq!(
        result,
        Err(ScopedError::Body {
            error: NotFound,
            close: Some("rollback failed".to_string())
        })
    );
}

#[test]
fn scoped_error_is_a_std_error_with_the_primary_as_source() {
    use std::error::Error;
    use std::io;
    let both: ScopedError<io::Error, io::Error> = ScopedError::Body {
        error: io::Error::other("bad row"),
        close: Some(io::Error::other("rollback failed")),
    };
    assert_eq!(both.source().unwrap().to_string(), "bad row");
    assert!(both.to_string().contains("rollback failed"), "{both}");
    let close: ScopedError<io::Error, io::Error> =
        ScopedError::Close(io::Error::other("commit failed"));
    assert_eq!(close.source().unwrap().to_string(), "commit failed");
    let boxed: Box<dyn Error> = Box::new(close);
    assert_eq!(boxed.to_string(), "closing the scoped stream failed");
}

// ---- try_scoped over a generated try-mode stream (S2.7) ---------------------------------

/// A try-mode managed stream whose teardown fails.
#[managed_stream]
async fn failing_rows(log: Log, rows: Vec<Result<u32, String>>) -> Result<u32, String> {
    teardown! {
        log.push("teardown");
        Err("rollback failed".to_string())?;
    }
    for row in rows {
        yield_!(row);
    }
}

#[test]
fn try_scoped_with_a_generated_try_mode_stream() {
    let log = Log::default();
    let rows = failing_rows(log.clone(), vec![Ok(1), Err("bad row".into()), Ok(3)]);
    let result = block_on(try_scoped(rows, async |rows| -> Result<u32, String> {
        let mut sum = 0;
        while let Some(row) = rows.next().await {
            sum += row?;
        }
        Ok(sum)
    }));
    assert_eq!(
        result,
        Err(ScopedError::Body {
            error: "bad row".to_string(),
            close: Some("rollback failed".to_string())
        })
    );
    assert_eq!(log.events(), ["teardown"]);
}
