//! S7.2 (the prompt policy) and S7.5 for real: a Server-Sent-Events-like hyper endpoint
//! whose response body is an infinite managed stream, idle between its events, behind
//! `cancel_on_drop()`. 20 real clients (hyper's) read the first event and go away while
//! the stream waits for its next one; hyper drops the body.
//!
//! - Every teardown runs, once, soon after its client went away: the background end is
//!   a `cancel()` at once, not a `close()` that would wait for the next event (an
//!   hour away here) and then for the close deadline.
//! - The reports tell the truth (S7.5): `unclosed_drops()` does not move, no teardown
//!   failure is counted, the 20 background ends are, and no `WARN` event is logged
//!   (nothing was lost, nothing failed).
//!
//! The time from each disconnect to its teardown is printed (median, max), never
//! asserted: run with `-- --nocapture` to see it.

use std::net::SocketAddr;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use managed_stream::ManagedStreamExt;
use tokio::net::TcpListener;

#[path = "support/http_client.rs"]
mod http_client;
#[path = "support/measure.rs"]
mod measure;
#[path = "support/runtime.rs"]
mod runtime;
use measure::{millis, summary};
#[path = "support/sse.rs"]
mod sse;
use sse::{Teardowns, client_of, event_response, events};

#[path = "support/warn_counter.rs"]
mod warn_counter;

const CLIENTS: u32 = 20;
/// Between two events: far longer than the test, so every client leaves while its
/// stream waits.
const IDLE: Duration = Duration::from_secs(3600);
/// A safety net, not a timing claim: how long to wait for a teardown before calling it
/// lost. Shorter than the 5 s close deadline, so that a graceful background close
/// (which would wait for the next event, then the deadline) fails here.
const BUDGET: Duration = Duration::from_secs(3);

/// Serves `GET /events?client=N` on `listener`, each connection on its own task.
async fn serve(listener: TcpListener, teardowns: Teardowns) {
    loop {
        let (tcp, _peer) = listener.accept().await.unwrap();
        tcp.set_nodelay(true).unwrap();
        let teardowns = teardowns.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let client = client_of(&request);
                // Owned, so `'static`: if hyper drops the body, it is cancelled at once.
                let stream = events(client, IDLE, teardowns.clone()).cancel_on_drop();
                async move { Ok::<_, std::convert::Infallible>(event_response(stream)) }
            });
            // A client that goes away ends the connection with an error; the body, and
            // the stream in it, are dropped here.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(tcp), service)
                .await;
        });
    }
}

#[test]
fn s7_2_sse_clients_go_away_every_teardown_runs_at_once_and_nothing_is_reported() {
    let warnings = warn_counter::install();
    let runtime = runtime::two_workers();
    runtime.block_on(async {
        let teardowns = Teardowns::default();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        tokio::spawn(serve(listener, teardowns.clone()));
        let before = managed_stream::stream_counts();

        // Every client connected and reading: 20 streams alive at once, all idle.
        let mut readers = Vec::new();
        for client in 0..CLIENTS {
            let reader = sse::open(addr, &format!("/events?client={client}")).await;
            assert!(
                String::from_utf8_lossy(&reader.read).contains(&format!("for client {client}")),
                "client {client} read {:?}",
                String::from_utf8_lossy(&reader.read)
            );
            readers.push((client, reader));
        }
        assert_eq!(
            teardowns.count(),
            0,
            "no stream ended while its client stayed"
        );

        // Then each goes away in turn, while its stream waits for the next event.
        let mut delays = Vec::new();
        for (client, reader) in readers {
            let gone = reader.go_away().await;
            let Some(torn_down) = teardowns.wait_for(client, BUDGET).await else {
                panic!("client {client}: no teardown {BUDGET:?} after the client went away");
            };
            let delay = torn_down.saturating_duration_since(gone);
            eprintln!(
                "GET /events, client {client:>2}: went away; teardown {} later",
                millis(delay)
            );
            delays.push(delay);
        }
        for client in 0..CLIENTS {
            assert_eq!(teardowns.count_of(client), 1, "client {client}: teardowns");
        }
        let after = managed_stream::stream_counts();
        assert_eq!(
            after.unclosed_drops, before.unclosed_drops,
            "a background end that ran every teardown is no loss (S7.5)"
        );
        assert_eq!(after.teardown_failures, before.teardown_failures);
        assert_eq!(
            after.background_ends - before.background_ends,
            u64::from(CLIENTS),
            "each body dropped by hyper was ended in the background"
        );
        assert_eq!(
            after.missed_close_deadlines, before.missed_close_deadlines,
            "cancelled at once: no close deadline to miss"
        );
        assert_eq!(
            warnings.all(),
            Vec::<String>::new(),
            "nothing lost or failed, so no WARN (S7.5)"
        );
        eprintln!(
            "GET /events, {CLIENTS} clients gone while their streams were idle: \
             {CLIENTS} teardowns, unclosed_drops() unchanged, no WARN; \
             disconnect to teardown: {}",
            summary(delays)
        );
    });
}
