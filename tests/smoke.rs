use futures::StreamExt;
use managed_stream::{managed_stream, teardown, yield_};
use std::sync::{Arc, Mutex};

type Log = Arc<Mutex<Vec<String>>>;

#[managed_stream]
async fn numbers(log: Log, limit: u64) -> u64 {
    log.lock().unwrap().push("open".into());
    teardown! { log.lock().unwrap().push("close".into()); }
    for n in 0..limit {
        yield_!(n);
    }
}

#[tokio::test]
async fn smoke() {
    let log = Log::default();
    let mut s = numbers(log.clone(), 10);
    assert_eq!(s.next().await, Some(0));
    assert_eq!(s.next().await, Some(1));
    s.close().await;
    assert_eq!(*log.lock().unwrap(), ["open", "close"]);
}
