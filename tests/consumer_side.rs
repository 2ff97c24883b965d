//! Issue 6, the consumer side: scoped use (`scoped`, `try_scoped`), `ManagedStream` for
//! the `futures` adapters, wrapping foreign streams (`with_teardown`), and
//! `close_within` (feature `tokio`).

mod support;

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::stream::FusedStream;
use futures::{Stream, StreamExt, TryStreamExt};
use managed_stream::{
    Ending, ManagedStream, ManagedStreamExt, ScopedError, close_within, managed_stream, scoped,
    teardown, try_scoped, with_teardown, yield_,
};
use support::{
    Gate, Log, Tracked, block_on, panic_message, poll_next, poll_once, poll_once_then_drop,
};

/// 0, 1, 2, ... with a logged teardown.
#[managed_stream]
async fn numbers(log: Log) -> u32 {
    log.push("open");
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
    }
}

/// Yields 0, then waits on `step` before each further item.
#[managed_stream]
async fn stepped(log: Log, step: Gate) -> u32 {
    teardown! { log.push("teardown"); }
    let mut n = 0;
    loop {
        yield_!(n);
        n += 1;
        step.wait().await;
        log.push(format!("step {n} done"));
    }
}

/// A try-mode managed stream written by hand: `Result` items, and a close that can
/// fail. Logs `close` / `cancel` the first time it is ended.
struct TryRows {
    rows: VecDeque<Result<u32, String>>,
    close_result: Option<Result<(), String>>,
    ended: bool,
    log: Log,
}

impl TryRows {
    fn new(rows: &[Result<u32, &str>], close_result: Result<(), &str>, log: &Log) -> Self {
        Self {
            rows: rows.iter().map(|row| row.map_err(str::to_string)).collect(),
            close_result: Some(close_result.map_err(str::to_string)),
            ended: false,
            log: log.clone(),
        }
    }

    fn end(&mut self, how: &str) -> Poll<Result<(), String>> {
        if self.ended {
            return Poll::Ready(Ok(()));
        }
        self.ended = true;
        self.log.push(how);
        Poll::Ready(self.close_result.take().unwrap_or(Ok(())))
    }
}

impl Stream for TryRows {
    type Item = Result<u32, String>;

    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.ended {
            return Poll::Ready(None);
        }
        Poll::Ready(self.rows.pop_front())
    }
}

impl ManagedStream for TryRows {
    type CloseOutput = Result<(), String>;

    fn poll_close(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), String>> {
        self.end("close")
    }

    fn poll_cancel(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), String>> {
        self.end("cancel")
    }
}

// ---- 1. scoped ------------------------------------------------------------------------

#[test]
fn scoped_closes_after_a_normal_return() {
    let log = Log::default();
    let items = block_on(scoped(numbers(log.clone()), async |numbers| {
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
    let found = block_on(scoped(numbers(log.clone()), async |numbers| {
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
    let result: Result<u32, String> = block_on(scoped(numbers(log.clone()), async |numbers| {
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
    let chain = numbers(log.clone()).take_while(|n| futures::future::ready(*n < 3));
    // `take_while` ends without closing: `scoped` does it.
    let all: Vec<u32> = block_on(scoped(chain, async |chain| chain.collect().await));
    assert_eq!(all, [0, 1, 2]);
    assert_eq!(log.count("teardown"), 1);

    let log = Log::default();
    block_on(scoped(numbers(log.clone()), async |numbers| {
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
    let mut stream = numbers(log.clone());
    let first = block_on(scoped(&mut stream, async |stream| stream.next().await));
    assert_eq!(first, Some(0));
    assert!(stream.is_terminated());
    assert_eq!(log.count("teardown"), 1);
}

#[test]
fn scoped_panic_propagates_without_a_second_panic() {
    let log = Log::default();
    let message = panic_message(|| {
        block_on(scoped(numbers(log.clone()), async |numbers| {
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
    let task = runtime.spawn(scoped(numbers(log.clone()), async |numbers| {
        tokio::task::yield_now().await;
        numbers.next().await
    }));
    assert_eq!(runtime.block_on(task).unwrap(), Some(0));
    assert_eq!(log.count("teardown"), 1);
}

#[test]
fn scoped_takes_a_pinned_chain_that_is_not_unpin() {
    let log = Log::default();
    let chain = numbers(log.clone()).then(async |n| n * 10);
    let items: Vec<u32> = block_on(scoped(Box::pin(chain), async |chain| {
        chain.as_mut().take(2).collect().await
    }));
    assert_eq!(items, [0, 10]);
    assert_eq!(log.count("teardown"), 1);
}

// ---- 1. try_scoped ----------------------------------------------------------------------

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

// ---- 2. adapters keep close -----------------------------------------------------------

#[test]
fn map_take_chain_can_be_closed_and_runs_the_teardown() {
    let log = Log::default();
    let mut chain = numbers(log.clone()).map(|n| n * 2).take(5);
    let items: Vec<u32> = block_on((&mut chain).collect());
    assert_eq!(items, [0, 2, 4, 6, 8]);
    // `take` ended the chain without ending the stream: the teardown waits for close.
    assert_eq!(log.count("teardown"), 0);
    block_on(chain.close());
    assert_eq!(log.events(), ["open", "teardown"]);
    assert_eq!(panic_message(|| drop(chain)), None);
}

#[test]
fn a_dropped_unclosed_chain_trips_the_drop_check() {
    let log = Log::default();
    let mut chain = numbers(log.clone()).map(|n| n + 1).take(5);
    let line = line!() - 1;
    assert_eq!(poll_next(&mut chain), Poll::Ready(Some(1)));
    let message = panic_message(|| drop(chain));
    if cfg!(debug_assertions) {
        let message = message.expect("the drop check did not fire");
        assert!(message.contains("managed stream `Numbers`"), "{message}");
        let site = format!("{}:{}:", file!(), line);
        assert!(message.contains(&site), "{message} should name {site}");
    } else {
        assert_eq!(message, None);
    }
    assert_eq!(log.count("teardown"), 0);
}

/// Polls one item out of `stream`, closes it, and checks that the teardown ran once.
fn closes<S>(stream: S, log: &Log)
where
    S: ManagedStream<CloseOutput = ()> + Unpin,
{
    let mut stream = stream;
    assert!(matches!(poll_next(&mut stream), Poll::Ready(Some(_))));
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(log.count("teardown"), 1);
    assert!(matches!(poll_next(&mut stream), Poll::Ready(None)));
}

#[test]
fn every_stream_ext_adapter_keeps_close() {
    use futures::future::ready;
    macro_rules! check {
        ($($name:literal: |$s:ident| $chain:expr;)*) => {$(
            let log = Log::default();
            let $s = numbers(log.clone());
            closes($chain, &log);
            assert_eq!(log.count("teardown"), 1, "{}", $name);
        )*};
    }
    check! {
        "map": |s| s.map(|n| n + 1);
        "filter": |s| s.filter(|n| ready(n % 2 == 0));
        "filter_map": |s| s.filter_map(|n| ready(Some(n)));
        "then": |s| s.then(ready);
        "take": |s| s.take(3);
        "take_while": |s| s.take_while(|n| ready(*n < 3));
        "take_until": |s| s.take_until(futures::future::pending::<()>());
        "skip": |s| s.skip(2);
        "skip_while": |s| s.skip_while(|n| ready(*n < 2));
        "enumerate": |s| s.enumerate();
        "inspect": |s| s.inspect(|_| {});
        "fuse": |s| s.fuse();
        "peekable": |s| s.peekable();
        "chunks": |s| s.chunks(2);
        "ready_chunks": |s| s.ready_chunks(2);
        "scan": |s| s.scan(0, |sum, n| { *sum += n; ready(Some(*sum)) });
        "map+take": |s| s.map(|n| n * 2).take(5);
        "boxed": |s| Box::new(s.enumerate());
        "pinned": |s| Box::pin(s.then(async |n| n));
    }
}

#[test]
fn every_try_stream_ext_adapter_keeps_close() {
    use futures::future::ready;
    macro_rules! check {
        ($($name:literal: |$s:ident| $chain:expr;)*) => {$(
            let log = Log::default();
            let $s = TryRows::new(&[Ok(1), Ok(2), Ok(3)], Err("rollback failed"), &log);
            let mut chain = $chain;
            assert!(matches!(poll_next(&mut chain), Poll::Ready(Some(_))), "{}", $name);
            assert_eq!(
                poll_once(&mut chain.close()),
                Poll::Ready(Err("rollback failed".to_string())),
                "{}", $name
            );
            assert_eq!(log.events(), ["close"], "{}", $name);
        )*};
    }
    check! {
        "map_ok": |s| s.map_ok(|n| n + 1);
        "map_err": |s| s.map_err(|e| e);
        "err_into": |s| s.err_into::<String>();
        "inspect_ok": |s| s.inspect_ok(|_| {});
        "inspect_err": |s| s.inspect_err(|_| {});
        "into_stream": |s| s.into_stream();
        "and_then": |s| s.and_then(|n| ready(Ok(n)));
        "or_else": |s| s.or_else(|e| ready(Err(e)));
        "try_filter": |s| s.try_filter(|_| ready(true));
        "try_filter_map": |s| s.try_filter_map(|n| ready(Ok(Some(n))));
        "try_skip_while": |s| s.try_skip_while(|n| ready(Ok(*n < 2)));
        "try_take_while": |s| s.try_take_while(|_| ready(Ok(true)));
        "try_chunks": |s| s.try_chunks(2);
        "try_ready_chunks": |s| s.try_ready_chunks(2);
    }
}

#[test]
fn cancel_reaches_through_a_chain() {
    let log = Log::default();
    let step = Gate::default();
    let mut chain = stepped(log.clone(), step.clone()).map(|n| n + 100).fuse();
    assert_eq!(poll_next(&mut chain), Poll::Ready(Some(100)));
    assert!(poll_once_then_drop(chain.next()).is_pending());
    assert_eq!(poll_once(&mut chain.cancel()), Poll::Ready(()));
    assert_eq!(step.abandoned(), 1, "cancel stops the body where it waits");
    assert_eq!(log.events(), ["teardown"]);
    assert!(matches!(poll_next(&mut chain), Poll::Ready(None)));
}

#[test]
fn a_chain_in_a_generic_consumer() {
    async fn first_then_close<S>(mut stream: S) -> Option<S::Item>
    where
        S: ManagedStream<CloseOutput = ()> + Unpin,
    {
        let item = stream.next().await;
        stream.close().await;
        item
    }
    let log = Log::default();
    let chain = numbers(log.clone())
        .filter(|n| futures::future::ready(*n > 2))
        .map(|n| Tracked::new(n, &log));
    let first = block_on(first_then_close(chain)).unwrap();
    assert_eq!(first.n, 3);
    assert_eq!(log.events(), ["open", "teardown"]);
}

// ---- 3. with_teardown -----------------------------------------------------------------

/// A foreign stream: counts its polls, logs when it is dropped, and waits on a gate
/// before each item.
struct Foreign {
    log: Log,
    gate: Gate,
    wait: Option<support::GateWait>,
    next: u32,
}

impl Foreign {
    fn new(log: &Log, gate: &Gate) -> Self {
        Self {
            log: log.clone(),
            gate: gate.clone(),
            wait: None,
            next: 0,
        }
    }
}

impl Stream for Foreign {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        self.log.push("poll");
        let gate = self.gate.clone();
        let wait = self.wait.get_or_insert_with(|| gate.wait());
        match Pin::new(wait).poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(()) => {
                self.wait = None;
                self.next += 1;
                Poll::Ready(if self.next > 3 { None } else { Some(self.next) })
            }
        }
    }
}

impl Drop for Foreign {
    fn drop(&mut self) {
        self.log.push("stream dropped");
    }
}

/// A cleanup that logs `cleanup`.
fn logging_cleanup(log: &Log) -> impl FnOnce() -> std::future::Ready<()> + Send + use<> {
    let log = log.clone();
    move || {
        log.push("cleanup");
        std::future::ready(())
    }
}

fn opened() -> Gate {
    let gate = Gate::default();
    gate.open();
    gate
}

#[test]
fn with_teardown_close_stops_polling_drops_the_stream_then_cleans_up() {
    let log = Log::default();
    let mut stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(1)));
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(log.events(), ["poll", "stream dropped", "cleanup"]);
    // Nothing after the close (S3.5); close is idempotent; the cleanup ran once.
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert!(stream.is_terminated());
    block_on(stream.close());
    block_on(stream.cancel());
    assert_eq!(log.count("cleanup"), 1);
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn with_teardown_close_while_the_stream_is_pending_does_not_wait_for_it() {
    let log = Log::default();
    let gate = Gate::default();
    let mut stream = with_teardown(Foreign::new(&log, &gate), logging_cleanup(&log));
    assert_eq!(poll_next(&mut stream), Poll::Pending);
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(gate.abandoned(), 1, "the stream's wait was dropped");
    assert_eq!(log.events(), ["poll", "stream dropped", "cleanup"]);
}

#[test]
fn with_teardown_natural_end_cleans_up_before_none() {
    let log = Log::default();
    let cleanup_gate = Gate::default();
    let stream = Foreign::new(&log, &opened());
    let mut stream = with_teardown(stream, {
        let (log, gate) = (log.clone(), cleanup_gate.clone());
        async move || {
            log.push("cleanup start");
            gate.wait().await;
            log.push("cleanup end");
        }
    });
    for n in 1..=3 {
        assert_eq!(poll_next(&mut stream), Poll::Ready(Some(n)));
    }
    assert_eq!(
        poll_next(&mut stream),
        Poll::Pending,
        "None before the cleanup"
    );
    assert!(!stream.is_terminated());
    cleanup_gate.open();
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert!(stream.is_terminated());
    assert_eq!(
        log.events()[4..],
        ["stream dropped", "cleanup start", "cleanup end"]
    );
    // Read to the end: no close needed, dropping is silent; close returns at once.
    block_on(stream.close());
    assert_eq!(log.count("cleanup start"), 1);
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn with_teardown_close_on_a_never_polled_stream_runs_the_cleanup() {
    let log = Log::default();
    let mut stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    block_on(stream.close());
    assert_eq!(log.events(), ["stream dropped", "cleanup"]);
}

#[test]
fn with_teardown_cleanup_is_not_interrupted_and_runs_once() {
    let log = Log::default();
    let cleanup_gate = Gate::default();
    let mut stream = with_teardown(Foreign::new(&log, &opened()), {
        let (log, gate) = (log.clone(), cleanup_gate.clone());
        async move || {
            log.push("cleanup start");
            gate.wait().await;
            log.push("cleanup end");
        }
    });
    assert!(poll_next(&mut stream).is_ready());
    // A timed-out close, then a cancel: the cleanup goes on from where it was.
    assert!(poll_once_then_drop(stream.close()).is_pending());
    assert_eq!(poll_next(&mut stream), Poll::Ready(None), "S3.5");
    let mut cancel = stream.cancel();
    assert_eq!(poll_once(&mut cancel), Poll::Pending);
    assert_eq!(cleanup_gate.abandoned(), 0);
    cleanup_gate.open();
    assert_eq!(poll_once(&mut cancel), Poll::Ready(()));
    assert_eq!(log.count("cleanup start"), 1);
    assert_eq!(log.count("cleanup end"), 1);
}

#[test]
fn with_teardown_drop_check() {
    let log = Log::default();
    // Started and dropped before the cleanup: the drop check fires.
    let mut stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    let line = line!() - 1;
    assert!(poll_next(&mut stream).is_ready());
    let message = panic_message(|| drop(stream));
    if cfg!(debug_assertions) {
        let message = message.expect("the drop check did not fire");
        assert!(
            message.contains("managed stream `WithTeardown`"),
            "{message}"
        );
        assert!(
            message.contains(&format!("{}:{}:", file!(), line)),
            "{message}"
        );
    } else {
        assert_eq!(message, None);
    }
    assert_eq!(log.count("cleanup"), 0);
    assert_eq!(log.count("stream dropped"), 1);

    // A close abandoned mid-cleanup still trips it.
    let mut stream = with_teardown(Foreign::new(&log, &opened()), {
        let gate = Gate::default();
        async move || gate.wait().await
    });
    assert!(poll_next(&mut stream).is_ready());
    assert!(poll_once_then_drop(stream.close()).is_pending());
    let message = panic_message(|| drop(stream));
    assert_eq!(message.is_some(), cfg!(debug_assertions), "{message:?}");

    // Never polled: silent (S4.2). Dropped on purpose: silent, no cleanup (S4.4).
    let log = Log::default();
    let stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    assert_eq!(panic_message(|| drop(stream)), None);
    let mut stream = with_teardown(Foreign::new(&log, &opened()), logging_cleanup(&log));
    assert!(poll_next(&mut stream).is_ready());
    assert_eq!(panic_message(|| stream.drop_without_teardown()), None);
    assert_eq!(log.count("cleanup"), 0);
    assert_eq!(log.count("stream dropped"), 2);
}

#[test]
fn with_teardown_try_mode() {
    // A failing cleanup at the natural end is the last item.
    let rows = futures::stream::iter([Ok::<u32, String>(1)]);
    let stream = with_teardown(rows, async || Err("goodbye failed".to_string()));
    let items: Vec<_> = block_on(stream.collect());
    assert_eq!(items, [Ok(1), Err("goodbye failed".to_string())]);

    // During close, it is what close returns; once.
    let rows = futures::stream::iter([Ok::<u32, String>(1), Ok(2)]);
    let mut stream = with_teardown(rows, async || Err("goodbye failed".to_string()));
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(1))));
    assert_eq!(block_on(stream.close()), Err("goodbye failed".to_string()));
    assert_eq!(block_on(stream.close()), Ok(()));

    // And `try_scoped` keeps it beside the closure's error.
    let rows = futures::stream::iter([Ok::<u32, String>(1), Err("bad".to_string())]);
    let stream = with_teardown(rows, async || Err("goodbye failed".to_string()));
    let result = block_on(try_scoped(stream, async |rows| {
        rows.try_collect::<Vec<u32>>().await
    }));
    assert_eq!(
        result,
        Err(ScopedError::Body {
            error: "bad".to_string(),
            close: Some("goodbye failed".to_string())
        }),
        "read to its error, the stream is not at its end: close runs the cleanup"
    );
}

#[test]
fn with_teardown_panics_poison() {
    struct Panicking;
    impl Stream for Panicking {
        type Item = u32;
        fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<u32>> {
            panic!("the stream's panic")
        }
    }
    let log = Log::default();
    let mut stream = with_teardown(Panicking, logging_cleanup(&log));
    let message = panic_message(|| {
        let _ = poll_next(&mut stream);
    });
    assert_eq!(message.as_deref(), Some("the stream's panic"));
    assert_eq!(poll_next(&mut stream), Poll::Ready(None));
    assert!(stream.is_terminated());
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(log.count("cleanup"), 0);
    assert_eq!(panic_message(|| drop(stream)), None);

    // A panicking cleanup: propagates out of close, then the stream is poisoned.
    let mut stream = with_teardown(futures::stream::iter([1]), async || -> () {
        panic!("the cleanup's panic")
    });
    assert!(poll_next(&mut stream).is_ready());
    let message = panic_message(|| {
        let _ = poll_once(&mut stream.close());
    });
    assert_eq!(message.as_deref(), Some("the cleanup's panic"));
    assert_eq!(poll_once(&mut stream.close()), Poll::Ready(()));
    assert_eq!(panic_message(|| drop(stream)), None);
}

#[test]
fn with_teardown_is_send_and_unpin_like_a_generated_stream() {
    fn assert_send_unpin<S: Send + Unpin + ManagedStream<CloseOutput = ()>>(_: &S) {}
    let log = Log::default();
    let stream = with_teardown(
        futures::stream::iter(0..3).then(async |n| n),
        logging_cleanup(&log),
    );
    assert_send_unpin(&stream);
    assert!(format!("{stream:?}").contains("WithTeardown"));
    let items: Vec<u32> = block_on(stream.map(|n| n + 1).collect());
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(log.count("cleanup"), 1);
}

#[test]
fn with_teardown_with_scoped_and_adapters() {
    let log = Log::default();
    let stream = with_teardown(futures::stream::repeat(7), logging_cleanup(&log));
    let items: Vec<u32> = block_on(scoped(stream.take(2), async |s| s.collect().await));
    assert_eq!(items, [7, 7]);
    assert_eq!(log.events(), ["cleanup"]);
}

// ---- 4. close_within --------------------------------------------------------------------

fn tokio_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap()
}

#[test]
fn close_within_closes_when_the_close_finishes_in_time() {
    tokio_runtime().block_on(async {
        let log = Log::default();
        let step = Gate::default();
        let mut stream = stepped(log.clone(), step.clone());
        assert_eq!(stream.next().await, Some(0));
        let _ = tokio::time::timeout(Duration::from_millis(1), stream.next()).await;
        // The step finishes a moment later: the graceful close waits for it.
        let opener = {
            let step = step.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(5)).await;
                step.open();
            })
        };
        let ending = close_within(&mut stream, Duration::from_secs(10)).await;
        assert_eq!(ending, Ending::Closed(()));
        assert!(!ending.was_cancelled());
        assert_eq!(log.events(), ["step 1 done", "teardown"]);
        assert_eq!(step.abandoned(), 0);
        opener.await.unwrap();
    });
}

#[test]
fn close_within_cancels_after_the_deadline() {
    tokio_runtime().block_on(async {
        let log = Log::default();
        let step = Gate::default();
        let mut stream = stepped(log.clone(), step.clone());
        assert_eq!(stream.next().await, Some(0));
        let _ = tokio::time::timeout(Duration::from_millis(1), stream.next()).await;
        let ending = close_within(&mut stream, Duration::from_millis(5)).await;
        assert_eq!(ending, Ending::Cancelled(()));
        assert_eq!(ending.into_output(), ());
        assert_eq!(
            step.abandoned(),
            1,
            "cancel stopped the step where it waited"
        );
        assert_eq!(log.events(), ["teardown"]);
    });
}

#[test]
fn close_within_returns_the_close_error_in_try_mode() {
    tokio_runtime().block_on(async {
        let log = Log::default();
        let mut rows = TryRows::new(&[Ok(1)], Err("commit failed"), &log).map_ok(|n| n * 2);
        assert_eq!(rows.next().await, Some(Ok(2)));
        let ending = close_within(&mut rows, Duration::from_secs(1)).await;
        assert_eq!(ending, Ending::Closed(Err("commit failed".to_string())));
        assert_eq!(log.events(), ["close"]);
    });
}

// ---- with the macro's try mode and trait objects -----------------------------------------

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

#[test]
fn a_boxed_trait_object_keeps_close() {
    type Boxed = Pin<Box<dyn ManagedStream<Item = u32, CloseOutput = ()> + Send>>;
    let log = Log::default();
    let mut boxed: Boxed = Box::pin(numbers(log.clone()).map(|n| n + 1));
    assert_eq!(poll_next(&mut boxed), Poll::Ready(Some(1)));
    block_on(boxed.close());
    assert_eq!(log.events(), ["open", "teardown"]);
}
