//! S7.6 for real: a service's graceful shutdown loses no teardown. A hyper server has 10
//! clients mid-stream: 5 read the rows of a PostgreSQL server-side cursor (a managed
//! stream with `close_on_drop()`), 5 read Server-Sent-Events-like streams that wait for
//! their next event (`cancel_on_drop()`); every body is tracked by one `StreamTracker`.
//! Then the shutdown, as a service does it: the signal, the server's graceful shutdown
//! (hyper-util's `GracefulShutdown`: no new connection, each connection ends after its
//! response) together with `tracker.shutdown(deadline)`, which ends the bodies that
//! would otherwise never end.
//!
//! - Every teardown ran when `shutdown` returned, before the runtime is dropped, and the
//!   report says so: `ended == 10`, nothing failed, nothing lost.
//! - Every client saw its body end cleanly: the chunked body's last chunk, not a reset.
//! - PostgreSQL shows no session in a transaction (no cursor left, no lock).
//!
//! Without the tracker the same server never drains (the event streams never end), and
//! when `main` returns the runtime drops the streams with their teardowns unrun.
//!
//! PostgreSQL starts as in `tests/postgres.rs` (skipped without its binaries, unless
//! `MANAGED_STREAM_REQUIRE_POSTGRES=1`). Run with `-- --nocapture` for the times.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use managed_stream::{ManagedStreamExt, StreamTracker, managed_stream, teardown, yield_};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio_postgres::{Config, Error, NoTls, Row};

#[path = "support/postgres_server.rs"]
mod postgres_server;

#[path = "support/http_client.rs"]
mod http_client;
#[path = "support/runtime.rs"]
mod runtime;
#[path = "support/sse.rs"]
mod sse;
use sse::{Teardowns, client_of, event_response, events};

/// The pool, the table and the cursor stream of the `/rows` endpoint of
/// `examples/http_rows.rs`.
#[allow(dead_code)] // its own server and generator contrast are not used here
#[path = "../examples/common/http_rows.rs"]
mod http_rows;
use http_rows::{Body, PAGE, Pool, Pooled, QUERY, create_items, owned_cursor_rows, respond};

/// More than the sockets buffer: no client can have read its body whole.
const ROWS: u32 = 100_000;
const ROWS_CLIENTS: u32 = 5;
const EVENT_CLIENTS: u32 = 5;
/// Between two events: far longer than the test.
const IDLE: Duration = Duration::from_secs(3600);
/// How long `shutdown` gives the streams.
const DEADLINE: Duration = Duration::from_secs(2);
/// Safety nets against a hang, not timing claims.
const BUDGET: Duration = Duration::from_secs(30);
const APP: &str = "ms-graceful";

/// The cursor rows of `/rows`, whose teardown (after the cursor's CLOSE and ROLLBACK)
/// writes down that it ran.
#[managed_stream]
async fn counted_rows(pooled: Pooled, client: u32, teardowns: Teardowns) -> Result<Row, Error> {
    let mut rows = owned_cursor_rows(pooled, QUERY.to_owned(), PAGE);
    teardown! {
        let closed = rows.close().await;
        teardowns.record(client);
        closed?;
    }
    while let Some(row) = rows.next().await {
        yield_!(row);
    }
}

/// What every request's handler shares.
#[derive(Clone)]
struct Shared {
    pool: Arc<Pool>,
    tracker: StreamTracker,
    teardowns: Teardowns,
}

/// `GET /rows?client=N` (the cursor, closed on drop) and `GET /events?client=N` (the
/// events, cancelled on drop), both tracked.
async fn handle(shared: Shared, request: Request<Incoming>) -> Result<Response<Body>, Infallible> {
    let client = client_of(&request);
    let response = if request.uri().path() == "/rows" {
        let pooled = shared.pool.get().await;
        let rows = counted_rows(pooled, client, shared.teardowns.clone())
            .close_on_drop()
            .tracked_by(&shared.tracker);
        respond(rows).await
    } else {
        let stream = events(client, IDLE, shared.teardowns.clone())
            .cancel_on_drop()
            .tracked_by(&shared.tracker);
        event_response(stream).map(|body| body.map_err(|never| match never {}).boxed_unsync())
    };
    Ok(response)
}

/// Accepts connections until `signal`, each watched by the returned `GracefulShutdown`.
async fn accept_until(
    listener: TcpListener,
    shared: Shared,
    mut signal: oneshot::Receiver<()>,
) -> GracefulShutdown {
    let graceful = GracefulShutdown::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (tcp, _peer) = accepted.unwrap();
                tcp.set_nodelay(true).unwrap();
                let shared = shared.clone();
                let service = service_fn(move |request| handle(shared.clone(), request));
                let connection = http1::Builder::new().serve_connection(TokioIo::new(tcp), service);
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    let _ = connection.await;
                });
            }
            _ = &mut signal => return graceful,
        }
    }
}

#[test]
fn s7_6_graceful_shutdown_with_clients_mid_stream_runs_every_teardown() {
    let Some(server) = postgres_server::start_or_skip() else {
        return;
    };
    let runtime = runtime::two_workers();
    let teardowns = Teardowns::default();
    runtime.block_on(async {
        let mut config = Config::new();
        config
            .host("127.0.0.1")
            .port(server.port)
            .user("postgres")
            .dbname("postgres");
        let (monitor, connection) = config.connect(NoTls).await.unwrap();
        tokio::spawn(connection);
        create_items(&monitor, ROWS).await.unwrap();
        config.application_name(APP);
        let pool = Pool::connect(&config, ROWS_CLIENTS as usize).await.unwrap();
        let drops_before = managed_stream::unclosed_drops();

        // ---- The service, and 10 clients mid-stream ----
        let tracker = StreamTracker::new();
        let shared = Shared {
            pool,
            tracker: tracker.clone(),
            teardowns: teardowns.clone(),
        };
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        let (signal, signalled) = oneshot::channel();
        let accepting = tokio::spawn(accept_until(listener, shared, signalled));
        let mut clients = Vec::new();
        for client in 0..ROWS_CLIENTS + EVENT_CLIENTS {
            let path = if client < ROWS_CLIENTS {
                "/rows"
            } else {
                "/events"
            };
            let reader = sse::open(addr, &format!("{path}?client={client}")).await;
            // The rows clients keep reading, slowly; the event clients wait for events.
            let pause = Duration::from_millis(if client < ROWS_CLIENTS { 1 } else { 0 });
            clients.push((client, tokio::spawn(reader.read_to_end(pause))));
        }
        assert_eq!(teardowns.count(), 0, "every client is mid-stream");

        // ---- The shutdown ----
        let started = Instant::now();
        signal.send(()).unwrap();
        let graceful = accepting.await.unwrap();
        let drained = tokio::time::timeout(BUDGET, graceful.shutdown());
        let (report, drained) = tokio::join!(tracker.shutdown(DEADLINE), drained);
        let took = started.elapsed();
        // Before anything else, and before the runtime is dropped: every teardown ran.
        let ran = teardowns.count();
        assert!(
            drained.is_ok(),
            "the server did not drain within {BUDGET:?}; {ran} of 10 teardowns ran"
        );
        assert_eq!(ran, 10, "teardowns run when shutdown returned");
        eprintln!("shutdown took {took:?}: {report:?}");
        assert_eq!(
            (report.ended, report.failed, report.lost),
            (10, 0, 0),
            "{report:?}"
        );
        for client in 0..ROWS_CLIENTS + EVENT_CLIENTS {
            assert_eq!(teardowns.count_of(client), 1, "client {client}: teardowns");
        }

        // ---- What the clients saw ----
        for (client, reading) in clients {
            let read = tokio::time::timeout(BUDGET, reading).await;
            let read = read
                .expect("a client still reading after the drain")
                .unwrap();
            match read {
                Ok(frames) => {
                    eprintln!("client {client}: the body ended cleanly after {frames} more frames")
                }
                Err(error) => panic!("client {client}: the body did not end cleanly: {error}"),
            }
        }

        // ---- What PostgreSQL has left ----
        let seen = http_rows::sessions(&monitor, APP).await.unwrap();
        assert!(seen.clean(), "{seen:?}");
        assert_eq!(
            managed_stream::unclosed_drops(),
            drops_before,
            "nothing lost (S7.5)"
        );
        eprintln!(
            "graceful shutdown with {ROWS_CLIENTS} cursor and {EVENT_CLIENTS} event clients \
             mid-stream: {ran} teardowns, report {report:?}, {seen:?}, in {took:?}"
        );
    });
    drop(runtime);
    assert_eq!(teardowns.count(), 10);
}
