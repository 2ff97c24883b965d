//! S7.2 for real (issue 10): an HTTP endpoint streams the rows of a PostgreSQL
//! server-side cursor as a chunked HTTP/1.1 response body (hyper), each request on a
//! connection of its own from a pool. A real client (hyper's) reads a few chunks and goes
//! away; hyper drops the response body; the server is then asked what is left.
//!
//! - `GET /rows` (a managed stream with `close_on_drop`): within one second of the
//!   disconnect no session is in a transaction, none holds a lock, no cursor is open, the
//!   connection is back in the pool and serves the next request; `unclosed_drops()` does
//!   not move (the close succeeded, without the cancel).
//! - `GET /rows/async_stream` (the same endpoint on a generator stream): every request
//!   leaves its transaction open, with its cursor and lock, and the pool hands that
//!   connection to a later request, which fails.
//!
//! The endpoint is `examples/common/http_rows.rs`, the code `examples/http_rows.rs`
//! serves. PostgreSQL starts as in `tests/postgres.rs` (skipped without its binaries,
//! unless `MANAGED_STREAM_REQUIRE_POSTGRES=1`). Run with `-- --nocapture` to see the
//! times from each disconnect to the cursor's close.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper::{Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, timeout_at};
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Config, NoTls};

#[path = "support/http_client.rs"]
mod http_client;
#[path = "support/measure.rs"]
mod measure;
use measure::{millis, summary};
#[path = "support/postgres_server.rs"]
mod postgres_server;
#[path = "support/runtime.rs"]
mod runtime;

/// The endpoint under test: the one `examples/http_rows.rs` serves.
#[path = "../examples/common/http_rows.rs"]
mod http_rows;
use http_rows::{Pool, Sessions, TABLE, create_items, serve, sessions};

/// About 8 MB of rows: more than the sockets buffer, so that no response can have been
/// written whole when its client goes away.
const ROWS: u32 = 100_000;
/// Requests to the managed endpoint, on a pool of `MANAGED_POOL` connections: each
/// connection serves several of them in turn.
const MANAGED_RUNS: usize = 15;
const MANAGED_POOL: usize = 2;
/// Requests to the generator endpoint, each on a connection of its own.
const GENERATOR_RUNS: usize = 4;
/// The contract: nothing left within this long after the client's disconnect.
const WITHIN: Duration = Duration::from_secs(1);
const POLL_EVERY: Duration = Duration::from_millis(10);

async fn connect(port: u16, app: &str) -> Client {
    let (client, connection) = config(port, app)
        .connect(NoTls)
        .await
        .unwrap_or_else(|error| panic!("connecting to 127.0.0.1:{port}: {error}"));
    tokio::spawn(connection); // ends when the client is dropped
    client
}

fn config(port: u16, app: &str) -> Config {
    let mut config = Config::new();
    config
        .host("127.0.0.1")
        .port(port)
        .user("postgres")
        .dbname("postgres")
        .application_name(app);
    config
}

/// Starts the endpoint on a free loopback port, with its own pool.
async fn start_endpoint(port: u16, app: &str, pool_size: usize) -> (SocketAddr, Arc<Pool>) {
    let pool = Pool::connect(&config(port, app), pool_size).await.unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, Arc::clone(&pool)));
    (addr, pool)
}

// ---- The client --------------------------------------------------------------------------

/// When the client went away: an `Instant` for this process, and the wall clock to compare
/// with the server's timestamps.
struct Disconnect {
    at: Instant,
    wall: SystemTime,
}

/// A hyper client: GET `path`, read `chunks` chunks of the body, then go away (the
/// connection is dropped with the rest of the body unread).
async fn read_then_disconnect(
    addr: SocketAddr,
    path: &str,
    chunks: usize,
) -> (Vec<u8>, Disconnect) {
    let (mut response, sender, connection) = http_client::get_chunked(addr, path).await;
    let mut read = Vec::new();
    let mut frames = 0;
    while frames < chunks {
        let frame = response.body_mut().frame().await;
        let frame = frame
            .expect("the body ended early")
            .expect("reading the body");
        if let Some(data) = frame.data_ref() {
            read.extend_from_slice(data);
            frames += 1;
        }
    }
    // Go away: the socket is closed once the connection's task is gone.
    drop((response, sender));
    connection.abort();
    let _ = connection.await;
    let disconnect = Disconnect {
        at: Instant::now(),
        wall: SystemTime::now(),
    };
    (read, disconnect)
}

/// A plain GET read to the end: the status and the body.
async fn get(addr: SocketAddr, path: &str) -> (StatusCode, String) {
    let tcp = TcpStream::connect(addr).await.unwrap();
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tcp))
        .await
        .unwrap();
    tokio::spawn(connection);
    let request = Request::get(path)
        .header(hyper::header::HOST, addr.to_string())
        .body(Empty::<Bytes>::new())
        .unwrap();
    let response = sender.send_request(request).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

// ---- What the server has left -------------------------------------------------------------

/// Polls the server every `POLL_EVERY` until the pool's sessions hold nothing, for at most
/// `WITHIN` after `disconnect`. Returns how long after the disconnect that was seen, and
/// what the last poll saw.
async fn poll_until_clean(
    monitor: &Client,
    app: &str,
    disconnect: &Disconnect,
) -> (Option<Duration>, Sessions) {
    loop {
        let seen = sessions(monitor, app).await.unwrap();
        let elapsed = disconnect.at.elapsed();
        if seen.clean() {
            return (Some(elapsed), seen);
        }
        if elapsed >= WITHIN {
            return (None, seen);
        }
        sleep(POLL_EVERY).await;
    }
}

/// The last statement of the pool's session that started one last (the request's), and
/// how long after the disconnect it ended, by the server's clock: the `state_change` to
/// `idle` in `pg_stat_activity`. (Ordered by `query_start`: a session may report `idle`
/// a little after its client got the answer, so `state_change` does not order sessions.)
async fn last_statement(
    monitor: &Client,
    app: &str,
    disconnect: &Disconnect,
) -> (String, Duration) {
    loop {
        let row = monitor
            .query_one(
                "SELECT query, state, extract(epoch FROM state_change)::float8 \
                 FROM pg_stat_activity WHERE application_name = $1 \
                 ORDER BY query_start DESC NULLS LAST LIMIT 1",
                &[&app],
            )
            .await
            .unwrap();
        let (query, state): (String, String) = (row.get(0), row.get(1));
        if state == "idle" || disconnect.at.elapsed() >= WITHIN {
            let ended = UNIX_EPOCH + Duration::from_secs_f64(row.get(2));
            // The same machine's clock; ended before the disconnect counts as 0.
            let after = ended.duration_since(disconnect.wall).unwrap_or_default();
            return (query, after);
        }
        sleep(Duration::from_millis(1)).await;
    }
}

/// Open cursors, asked in each session of the pool (`pg_cursors` is per session): takes
/// every connection, so it also waits until all are back, at most until `deadline`.
async fn open_cursors(pool: &Arc<Pool>, deadline: Instant) -> usize {
    let mut connections = Vec::new();
    for _ in 0..pool.size() {
        let client = timeout_at(deadline.into(), pool.get()).await;
        connections.push(client.expect("a connection did not come back to the pool in time"));
    }
    let mut open = 0;
    for client in &connections {
        let cursors = "SELECT count(*) FROM pg_cursors WHERE name = 'stream_cursor'";
        let row = client.query_one(cursors, &[]).await.unwrap();
        open += usize::try_from(row.get::<_, i64>(0)).unwrap();
    }
    open
}

/// Whether another session can lock the table exclusively (as `ALTER TABLE` would).
async fn exclusive_lock_blocked(monitor: &Client) -> bool {
    monitor.batch_execute("BEGIN").await.unwrap();
    let lock = format!("LOCK TABLE {TABLE} IN ACCESS EXCLUSIVE MODE NOWAIT");
    let blocked = match monitor.batch_execute(&lock).await {
        Ok(()) => false,
        Err(error) if error.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) => true,
        Err(error) => panic!("LOCK TABLE: {error}"),
    };
    monitor.batch_execute("ROLLBACK").await.unwrap();
    blocked
}

/// The body starts with the first row (a chunk may end anywhere in it).
fn check_first_rows(read: &[u8]) {
    let (text, first) = (String::from_utf8_lossy(read), "1\trow 1 ");
    let agree = text.starts_with(first) || first.starts_with(&*text);
    assert!(!text.is_empty() && agree, "{text:?}");
}

// ---- The test -------------------------------------------------------------------------------

#[test]
fn s7_2_http_client_goes_away_managed_endpoint_leaves_nothing_async_stream_leaks() {
    let Some(server) = postgres_server::start_or_skip() else {
        return;
    };
    let runtime = runtime::two_workers();
    runtime.block_on(async {
        let monitor = connect(server.port, "ms-http-monitor").await;
        create_items(&monitor, ROWS).await.unwrap();

        // ---- GET /rows: a managed stream with close_on_drop ----
        let app = "ms-http-managed";
        let (addr, pool) = start_endpoint(server.port, app, MANAGED_POOL).await;
        let drops_before = managed_stream::unclosed_drops();
        let (mut polled, mut closed) = (Vec::new(), Vec::new());
        for run in 0..MANAGED_RUNS {
            let chunks = 1 + run % 5;
            let (read, disconnect) = read_then_disconnect(addr, "/rows", chunks).await;
            check_first_rows(&read);
            let (clean_after, seen) = poll_until_clean(&monitor, app, &disconnect).await;
            let Some(clean_after) = clean_after else {
                panic!("run {run}: {seen:?} still open {WITHIN:?} after the client went away");
            };
            // Stopped early and closed: the stream's last statement is its ROLLBACK (read
            // to the end, it would have been COMMIT).
            let (statement, rolled_back_after) = last_statement(&monitor, app, &disconnect).await;
            assert_eq!(statement, "ROLLBACK", "run {run}");
            let cursors = open_cursors(&pool, disconnect.at + WITHIN).await;
            assert_eq!(cursors, 0, "run {run}: open cursors");
            eprintln!(
                "GET /rows, run {run:>2}: read {chunks} chunks ({} bytes), went away; \
                 the server's ROLLBACK ended {} later; seen clean by polling after {}",
                read.len(),
                millis(rolled_back_after),
                millis(clean_after),
            );
            polled.push(clean_after);
            closed.push(rolled_back_after);
        }
        assert!(!exclusive_lock_blocked(&monitor).await);
        assert_eq!(
            managed_stream::unclosed_drops(),
            drops_before,
            "every close_on_drop close succeeded without the cancel (S7.2)"
        );
        eprintln!(
            "GET /rows, {MANAGED_RUNS} clients gone mid-body: 0 sessions in a transaction, \
             0 cursors, 0 locks; disconnect to ROLLBACK: {}; to seen clean (polled every {}): {}",
            summary(closed),
            millis(POLL_EVERY),
            summary(polled),
        );

        // ---- GET /rows/async_stream: the same endpoint on a generator stream ----
        let app = "ms-http-async_stream";
        let (addr, pool) = start_endpoint(server.port, app, GENERATOR_RUNS).await;
        for run in 0..GENERATOR_RUNS {
            let (read, disconnect) = read_then_disconnect(addr, "/rows/async_stream", 3).await;
            check_first_rows(&read);
            let (clean_after, seen) = poll_until_clean(&monitor, app, &disconnect).await;
            assert_eq!(
                clean_after, None,
                "run {run}: the generator stream was expected to leak"
            );
            let leaked = run + 1; // this request's and every earlier one's
            assert_eq!(
                seen,
                Sessions {
                    in_transaction: leaked,
                    idle_in_transaction: leaked,
                    holding_locks: leaked,
                },
                "run {run}, {WITHIN:?} after the client went away"
            );
        }
        let cursors = open_cursors(&pool, Instant::now() + WITHIN).await;
        assert_eq!(cursors, GENERATOR_RUNS, "open cursors");
        assert!(exclusive_lock_blocked(&monitor).await);
        eprintln!(
            "GET /rows/async_stream, {GENERATOR_RUNS} clients gone mid-body, {WITHIN:?} later: \
             {GENERATOR_RUNS} sessions idle in transaction, {cursors} cursors open, \
             {GENERATOR_RUNS} sessions holding locks on {TABLE}; ALTER TABLE would wait"
        );
        // The pool hands a leaked transaction to the next request, which fails.
        let (status, body) = get(addr, "/rows/async_stream").await;
        eprintln!(
            "GET /rows/async_stream on a connection a previous request left: {status} {body}"
        );
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(
            body.contains("cursor \"stream_cursor\" already exists"),
            "{body}"
        );
    });
}
