//! PostgreSQL integration test: a server-side cursor read through a managed stream is
//! released however its consumer stops (close, cancel, an error mid-stream); the same
//! cursor read through a generator stream (`async_stream`) leaks when the consumer
//! stops early. Each stream runs on its own connection, which outlives it, as a
//! pooled connection does: whatever a stream leaves open, the pool hands on.
//!
//! The test starts its own throwaway server (`initdb` + `pg_ctl`, in a temp dir, on a
//! free loopback port) when PostgreSQL's server binaries are installed, and skips
//! otherwise, unless `MANAGED_STREAM_REQUIRE_POSTGRES=1` makes that a failure.
//! How to run it: the README's PostgreSQL section.

use std::pin::Pin;
use std::time::{Duration, Instant};

use futures::future::join_all;
use futures::{Stream, StreamExt, TryStreamExt};
use tokio::time::timeout;
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Error, NoTls, Row};

/// The stream under test: the one `examples/postgres_cursor.rs` shows.
#[path = "../examples/common/cursor_rows.rs"]
mod cursor_rows;
use cursor_rows::{CursorRows, cursor_rows};

#[path = "support/postgres_server.rs"]
mod postgres_server;
/// The throwaway server (shared with `tests/http_rows.rs`).
#[path = "support/runtime.rs"]
mod runtime;

/// The table has `ROWS` rows; streams fetch them `PAGE` at a time.
const ROWS: usize = 1000;
const PAGE: u32 = 50;
/// Consumers per behaviour and run: 5 behaviours, so 40 concurrent streams a run.
const PER_BEHAVIOUR: usize = 8;

/// Every row, in insertion order.
const ALL_ROWS: &str = "SELECT id, payload FROM items";
/// The first page comes at once; each later row takes 5 ms (`slow()`), so the second
/// FETCH is still running on the server when the consumer gives up on it.
const SLOW_AFTER_FIRST_PAGE: &str = "SELECT id, payload FROM items WHERE id <= 50 OR slow()";
/// Fails with `division_by_zero` at row 120: during the third FETCH.
const FAILS_AT_ROW_120: &str = "SELECT id, payload FROM items WHERE 1 / (120 - id) <> 7";

// ---- The streams under test ------------------------------------------------------------

/// The same, as a generator (the one the HTTP endpoint contrasts with too).
#[path = "../examples/common/generator_rows.rs"]
mod generator_rows;
use generator_rows::generator_rows;

// ---- Consumers ------------------------------------------------------------------------

/// How a consumer uses its stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Behaviour {
    /// Reads every row (the control: nothing may leak here, with either stream).
    ReadAll,
    /// Takes 75 rows, then stops gracefully.
    Close,
    /// Takes the first page, waits 100 ms for a row that is still being fetched, gives
    /// up and stops promptly.
    Cancel,
    /// Stops promptly at once: after one poll, while `BEGIN` is on its way.
    CancelAtStart,
    /// The stream fails mid-way (its query divides by zero at row 120).
    StreamError,
    /// The consumer's own handling fails at row 30; it bails out with `?`.
    ConsumerError,
}

const BEHAVIOURS: [Behaviour; 6] = [
    Behaviour::ReadAll,
    Behaviour::Close,
    Behaviour::Cancel,
    Behaviour::CancelAtStart,
    Behaviour::StreamError,
    Behaviour::ConsumerError,
];

impl Behaviour {
    fn query(self) -> &'static str {
        match self {
            Behaviour::Cancel => SLOW_AFTER_FIRST_PAGE,
            Behaviour::StreamError => FAILS_AT_ROW_120,
            _ => ALL_ROWS,
        }
    }
}

/// Ending a stream early: a managed stream is closed or cancelled; a generator stream
/// offers no way to, so these do nothing and the consumer just drops it.
trait EndEarly: Stream<Item = Result<Row, Error>> + Unpin {
    async fn close_early(&mut self);
    async fn cancel_early(&mut self);
}

impl EndEarly for CursorRows<'_> {
    async fn close_early(&mut self) {
        self.close().await.expect("close() runs CLOSE and ROLLBACK");
    }
    async fn cancel_early(&mut self) {
        self.cancel()
            .await
            .expect("cancel() runs CLOSE and ROLLBACK");
    }
}

impl<S: Stream<Item = Result<Row, Error>>> EndEarly for Pin<Box<S>> {
    async fn close_early(&mut self) {}
    async fn cancel_early(&mut self) {}
}

/// What one consumer got.
#[derive(Debug)]
struct Outcome {
    behaviour: Behaviour,
    rows: usize,
    error: Option<String>,
    /// How long stopping took (close or cancel).
    stop_took: Duration,
}

async fn consume(mut rows: impl EndEarly, behaviour: Behaviour) -> Outcome {
    let mut outcome = Outcome {
        behaviour,
        rows: 0,
        error: None,
        stop_took: Duration::ZERO,
    };
    let stop_started;
    match behaviour {
        Behaviour::ReadAll | Behaviour::StreamError => {
            while let Some(row) = rows.next().await {
                match row {
                    Ok(_) => outcome.rows += 1,
                    Err(error) => outcome.error = error.code().map(|code| code.code().into()),
                }
            }
            stop_started = Instant::now(); // nothing to stop: the stream ended by itself
        }
        Behaviour::Close => {
            outcome.rows = (&mut rows)
                .take(75)
                .try_collect::<Vec<_>>()
                .await
                .unwrap()
                .len();
            stop_started = Instant::now();
            rows.close_early().await;
        }
        Behaviour::Cancel => {
            outcome.rows = (&mut rows)
                .take(PAGE as usize)
                .try_collect::<Vec<_>>()
                .await
                .unwrap()
                .len();
            let waited = timeout(Duration::from_millis(100), rows.next()).await;
            assert!(waited.is_err(), "the slow second page came within 100 ms");
            stop_started = Instant::now();
            rows.cancel_early().await;
        }
        Behaviour::CancelAtStart => {
            assert!(futures::poll!(rows.next()).is_pending());
            stop_started = Instant::now();
            rows.cancel_early().await;
        }
        Behaviour::ConsumerError => {
            let handled = handle_rows(&mut rows, &mut outcome.rows).await;
            outcome.error = handled.err();
            stop_started = Instant::now();
            rows.close_early().await; // whatever happened
        }
    }
    outcome.stop_took = stop_started.elapsed();
    outcome
}

/// Consumer code that fails at row 30.
async fn handle_rows(rows: &mut impl EndEarly, count: &mut usize) -> Result<(), String> {
    while let Some(row) = rows.try_next().await.map_err(|error| error.to_string())? {
        let id: i32 = row.get("id");
        if id == 30 {
            return Err("the consumer failed at row 30".into());
        }
        *count += 1;
    }
    Ok(())
}

// ---- What the server has left over -----------------------------------------------------

/// What the sessions of one run still hold, once their streams are gone.
#[derive(Debug, Default, PartialEq, Eq)]
struct Leftovers {
    /// Sessions `idle in transaction`: a transaction that nobody ended.
    idle_in_transaction: usize,
    /// Sessions `idle in transaction (aborted)`: a failed one that nobody rolled back.
    aborted: usize,
    /// Open `stream_cursor`s, asked in each session (`pg_cursors` is per session).
    open_cursors: usize,
    /// Sessions holding a lock on `items`.
    holding_locks: usize,
    /// Whether another session can lock `items` exclusively (as `ALTER TABLE` would).
    exclusive_lock_blocked: bool,
}

async fn leftovers(monitor: &Client, pool: &[Client], app: &str) -> Leftovers {
    // Wait until no session of the run is still running a statement: a generator
    // dropped mid-FETCH leaves that FETCH running on the server.
    let active =
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND state = 'active'";
    for _ in 0..100 {
        let row = monitor.query_one(active, &[&app]).await.unwrap();
        if row.get::<_, i64>(0) == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let count = async |sql: &str| -> usize {
        let row = monitor.query_one(sql, &[&app]).await.unwrap();
        row.get::<_, i64>(0).try_into().unwrap()
    };
    let mut found = Leftovers {
        idle_in_transaction: count(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE application_name = $1 AND state = 'idle in transaction'",
        )
        .await,
        aborted: count(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE application_name = $1 AND state = 'idle in transaction (aborted)'",
        )
        .await,
        holding_locks: count(
            "SELECT count(DISTINCT l.pid) FROM pg_locks l JOIN pg_stat_activity a USING (pid) \
             WHERE a.application_name = $1 AND l.relation = 'items'::regclass",
        )
        .await,
        ..Leftovers::default()
    };
    for client in pool {
        let cursors = "SELECT count(*) FROM pg_cursors WHERE name = 'stream_cursor'";
        match client.query_one(cursors, &[]).await {
            Ok(row) => found.open_cursors += usize::try_from(row.get::<_, i64>(0)).unwrap(),
            // An aborted transaction answers nothing: counted in `aborted` above.
            Err(error) if error.code() == Some(&SqlState::IN_FAILED_SQL_TRANSACTION) => {}
            Err(error) => panic!("pg_cursors: {error}"),
        }
    }
    monitor.batch_execute("BEGIN").await.unwrap();
    let lock = "LOCK TABLE items IN ACCESS EXCLUSIVE MODE NOWAIT";
    found.exclusive_lock_blocked = match monitor.batch_execute(lock).await {
        Ok(()) => false,
        Err(error) if error.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) => true,
        Err(error) => panic!("LOCK TABLE: {error}"),
    };
    monitor.batch_execute("ROLLBACK").await.unwrap();
    found
}

// ---- The test -------------------------------------------------------------------------

async fn connect(port: u16, app: &str) -> Client {
    let (client, connection) = tokio_postgres::Config::new()
        .host("127.0.0.1")
        .port(port)
        .user("postgres")
        .dbname("postgres")
        .application_name(app)
        .connect(NoTls)
        .await
        .unwrap_or_else(|error| panic!("connecting to 127.0.0.1:{port}: {error}"));
    tokio::spawn(connection); // ends when the client is dropped
    client
}

/// One run: 48 concurrent consumers, each with its own connection (its "pooled"
/// connection, kept open afterwards); then what the server has left over.
async fn run(port: u16, monitor: &Client, managed: bool) -> (Vec<Outcome>, Leftovers) {
    let app = if managed {
        "ms-test-managed"
    } else {
        "ms-test-generator"
    };
    let behaviours: Vec<Behaviour> = BEHAVIOURS
        .iter()
        .copied()
        .cycle()
        .take(BEHAVIOURS.len() * PER_BEHAVIOUR)
        .collect();
    let pool = join_all(behaviours.iter().map(|_| connect(port, app))).await;
    let consumers = pool
        .iter()
        .zip(&behaviours)
        .map(|(client, &behaviour)| async move {
            let query = behaviour.query();
            if managed {
                consume(cursor_rows(client, query, PAGE), behaviour).await
            } else {
                consume(Box::pin(generator_rows(client, query, PAGE)), behaviour).await
            }
        });
    let outcomes = join_all(consumers).await;
    let found = leftovers(monitor, &pool, app).await;
    (outcomes, found)
}

/// What every consumer must have seen, with either stream.
fn check_outcomes(outcomes: &[Outcome]) {
    for outcome in outcomes {
        let (rows, error) = match outcome.behaviour {
            Behaviour::ReadAll => (ROWS, None),
            Behaviour::Close => (75, None),
            Behaviour::Cancel => (PAGE as usize, None),
            Behaviour::CancelAtStart => (0, None),
            // Two full pages, then the third FETCH fails.
            Behaviour::StreamError => (2 * PAGE as usize, Some(SqlState::DIVISION_BY_ZERO.code())),
            Behaviour::ConsumerError => (29, Some("the consumer failed at row 30")),
        };
        assert_eq!(
            (outcome.rows, outcome.error.as_deref()),
            (rows, error),
            "{outcome:?}"
        );
    }
}

#[test]
fn cursors_and_transactions_end_with_managed_streams_and_leak_with_generators() {
    let Some(server) = postgres_server::start_or_skip() else {
        return;
    };
    let runtime = runtime::two_workers();
    runtime.block_on(async {
        let started = Instant::now();
        let monitor = connect(server.port, "ms-test-monitor").await;
        monitor
            .batch_execute(&format!(
                "CREATE TABLE items (id int PRIMARY KEY, payload text NOT NULL);
                 INSERT INTO items SELECT i, 'row ' || i FROM generate_series(1, {ROWS}) AS i;
                 ANALYZE items;
                 CREATE FUNCTION slow() RETURNS boolean LANGUAGE plpgsql VOLATILE
                     AS $$ BEGIN PERFORM pg_sleep(0.005); RETURN true; END $$;"
            ))
            .await
            .unwrap();
        let streams = BEHAVIOURS.len() * PER_BEHAVIOUR;
        let early = (BEHAVIOURS.len() - 1) * PER_BEHAVIOUR;

        // Managed streams: however the consumer stopped, nothing is left over.
        let (outcomes, found) = run(server.port, &monitor, true).await;
        check_outcomes(&outcomes);
        let cancels = outcomes.iter().filter(|o| o.behaviour == Behaviour::Cancel);
        let slowest_cancel = cancels.map(|o| o.stop_took).max().unwrap();
        eprintln!("managed streams ({streams}, {early} stopped early): {found:?}");
        eprintln!("slowest cancel() of a managed stream mid-FETCH: {slowest_cancel:?}");
        assert_eq!(
            found,
            Leftovers::default(),
            "a managed stream left something open"
        );
        // cancel() waits for the FETCH already on the wire (the protocol is in order),
        // at most one 250 ms page, then runs CLOSE and ROLLBACK.
        assert!(
            slowest_cancel < Duration::from_secs(5),
            "{slowest_cancel:?}"
        );

        // Generator streams: every consumer that stopped early left its transaction
        // open, with the cursor and its lock; a `?` failure left an aborted one.
        let (outcomes, found) = run(server.port, &monitor, false).await;
        check_outcomes(&outcomes);
        eprintln!("generator streams ({streams}, {early} stopped early): {found:?}");
        let dropped_mid_stream = 3 * PER_BEHAVIOUR; // Close, Cancel, ConsumerError
        assert_eq!(
            found,
            Leftovers {
                // CancelAtStart too: BEGIN had been sent; DECLARE had not.
                idle_in_transaction: dropped_mid_stream + PER_BEHAVIOUR,
                aborted: PER_BEHAVIOUR, // StreamError
                open_cursors: dropped_mid_stream,
                holding_locks: dropped_mid_stream,
                exclusive_lock_blocked: true,
            },
            "the generator streams were expected to leak (the test's contrast)"
        );
        eprintln!("postgres test body took {:?}", started.elapsed());
    });
}
