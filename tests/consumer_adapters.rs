//! `ManagedStream` through the `futures` adapters (S3.9): every `StreamExt` and
//! `TryStreamExt` adapter over a managed stream can still be closed and cancelled, an
//! unclosed chain trips the drop check (S4.1) naming the stream and where it was made,
//! and a generic consumer or a boxed trait object keeps `close()`.

#[path = "support/consumer_streams.rs"]
mod consumer_streams;
mod support;

use std::pin::Pin;
use std::task::Poll;

use futures::{StreamExt, TryStreamExt};
use managed_stream::{ManagedStream, ManagedStreamExt};

use consumer_streams::{TryRows, counting, stepped};
use support::{
    Gate, Log, Tracked, block_on, panic_message, poll_next, poll_once, poll_once_then_drop,
};

#[test]
fn map_take_chain_can_be_closed_and_runs_the_teardown() {
    let log = Log::default();
    let mut chain = counting(log.clone()).map(|n| n * 2).take(5);
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
    let mut chain = counting(log.clone()).map(|n| n + 1).take(5);
    let line = line!() - 1;
    assert_eq!(poll_next(&mut chain), Poll::Ready(Some(1)));
    let message = panic_message(|| drop(chain));
    if cfg!(debug_assertions) {
        let message = message.expect("the drop check did not fire");
        assert!(message.contains("managed stream `Counting`"), "{message}");
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
            let $s = counting(log.clone());
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
    let chain = counting(log.clone())
        .filter(|n| futures::future::ready(*n > 2))
        .map(|n| Tracked::new(n, &log));
    let first = block_on(first_then_close(chain)).unwrap();
    assert_eq!(first.n, 3);
    assert_eq!(log.events(), ["open", "teardown"]);
}

#[test]
fn a_boxed_trait_object_keeps_close() {
    type Boxed = Pin<Box<dyn ManagedStream<Item = u32, CloseOutput = ()> + Send>>;
    let log = Log::default();
    let mut boxed: Boxed = Box::pin(counting(log.clone()).map(|n| n + 1));
    assert_eq!(poll_next(&mut boxed), Poll::Ready(Some(1)));
    block_on(boxed.close());
    assert_eq!(log.events(), ["open", "teardown"]);
}
