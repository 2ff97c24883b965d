//! A Server-Sent-Events-like endpoint for the service tests (`tests/http_sse.rs`,
//! `tests/graceful_shutdown.rs`): an infinite managed stream that sends one event at
//! once, then waits (idle) for the next, as a stream of a subscription does; its
//! `teardown!` writes down when it ran. And a real hyper client that reads events and
//! then goes away, or reads until the server ends the body.
//!
//! Each test includes it with `#[path = "support/sse.rs"] mod sse;`, beside
//! `support/http_client.rs` mounted as `http_client`.
#![allow(dead_code)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt;
use http_body_util::BodyExt;
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response};
use managed_stream::{managed_stream, teardown, yield_};
use tokio::task::JoinHandle;

/// When each stream's teardown ran: `(client, at)`, in the order they ran.
#[derive(Clone, Default)]
pub struct Teardowns(Arc<Mutex<Vec<(u32, Instant)>>>);

impl Teardowns {
    /// Writes down that `client`'s teardown runs now.
    pub fn record(&self, client: u32) {
        self.0.lock().unwrap().push((client, Instant::now()));
    }

    /// When `client`'s teardown ran, if it did.
    pub fn of(&self, client: u32) -> Option<Instant> {
        let log = self.0.lock().unwrap();
        log.iter().find(|(c, _)| *c == client).map(|(_, at)| *at)
    }

    /// How many teardowns ran, each client counted as often as it ran.
    pub fn count(&self) -> usize {
        self.0.lock().unwrap().len()
    }

    /// How often `client`'s teardown ran.
    pub fn count_of(&self, client: u32) -> usize {
        let log = self.0.lock().unwrap();
        log.iter().filter(|(c, _)| *c == client).count()
    }

    /// Waits (polling every millisecond) until `client`'s teardown ran, at most
    /// `budget`: `None` if it had not by then.
    pub async fn wait_for(&self, client: u32, budget: Duration) -> Option<Instant> {
        let give_up = Instant::now() + budget;
        loop {
            if let Some(at) = self.of(client) {
                return Some(at);
            }
            if Instant::now() >= give_up {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }
}

/// One event at once, then one after each `idle`, forever: what a stream of a
/// subscription looks like to the server, which spends its life waiting for the next
/// message. Its teardown writes down when it ran (where a real one unsubscribes).
#[managed_stream]
pub async fn events(client: u32, idle: Duration, teardowns: Teardowns) -> Bytes {
    teardown! {
        teardowns.record(client);
    }
    let mut id = 0u64;
    loop {
        yield_!(Bytes::from(format!(
            "id: {id}\ndata: tick {id} for client {client}\n\n"
        )));
        id += 1;
        tokio::time::sleep(idle).await;
    }
}

/// A response body of events (`text/event-stream`, chunked).
pub fn event_response<S>(
    events: S,
) -> Response<http_body_util::combinators::UnsyncBoxBody<Bytes, Infallible>>
where
    S: futures::Stream<Item = Bytes> + Send + 'static,
{
    let frames = events.map(|event| Ok::<_, Infallible>(Frame::data(event)));
    let mut response = Response::new(http_body_util::StreamBody::new(frames).boxed_unsync());
    let content_type = hyper::header::HeaderValue::from_static("text/event-stream");
    response
        .headers_mut()
        .insert(hyper::header::CONTENT_TYPE, content_type);
    response
}

/// The client number in a request's query, `?client=N` (0 without one).
pub fn client_of<B>(request: &Request<B>) -> u32 {
    let query = request.uri().query().unwrap_or_default();
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("client="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

// ---- The client ---------------------------------------------------------------------------

/// A hyper client in the middle of a streamed response.
pub struct Reader {
    response: Response<Incoming>,
    connection: JoinHandle<Result<(), hyper::Error>>,
    /// The data read so far.
    pub read: Vec<u8>,
}

/// GETs `path` and reads its first data frame.
pub async fn open(addr: SocketAddr, path: &str) -> Reader {
    let (response, _sender, connection) = crate::http_client::get_chunked(addr, path).await;
    let mut reader = Reader {
        response,
        connection,
        read: Vec::new(),
    };
    let first = reader.next_data().await;
    assert!(
        matches!(first, Ok(true)),
        "GET {path}: no first frame: {first:?}"
    );
    reader
}

impl Reader {
    /// Reads the next data frame: `Ok(true)` read one, `Ok(false)` the body ended
    /// cleanly (the chunked body's last chunk came), `Err` it did not (a reset, a
    /// connection closed mid-body).
    pub async fn next_data(&mut self) -> Result<bool, hyper::Error> {
        loop {
            match self.response.body_mut().frame().await {
                None => return Ok(false),
                Some(Err(error)) => return Err(error),
                Some(Ok(frame)) => {
                    if let Some(data) = frame.data_ref() {
                        self.read.extend_from_slice(data);
                        return Ok(true);
                    }
                }
            }
        }
    }

    /// Reads until the body ends, pausing `pause` after each frame: how many frames it
    /// read, or how the body failed.
    pub async fn read_to_end(mut self, pause: Duration) -> Result<usize, hyper::Error> {
        let mut frames = 0;
        while self.next_data().await? {
            frames += 1;
            if !pause.is_zero() {
                tokio::time::sleep(pause).await;
            }
        }
        Ok(frames)
    }

    /// Goes away mid-body: the connection is dropped with the rest unread. Returns when
    /// it began to (the socket closes once the connection's task is gone).
    pub async fn go_away(self) -> Instant {
        let Reader {
            response,
            connection,
            ..
        } = self;
        let at = Instant::now();
        drop(response);
        connection.abort();
        let _ = connection.await;
        at
    }
}
