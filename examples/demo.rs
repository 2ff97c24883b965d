//! managed-stream demo: `cargo run --example demo`. Needs nothing installed.
//!
//! A tiny price server runs inside this process, on 127.0.0.1. Its line protocol:
//!
//! ```text
//! client: SUB <topic> <name>   server: ITEM <price>, ITEM <price>, ...
//! client: UNSUB                server: BYE          (then both hang up)
//! ```
//!
//! The protocol requires the `UNSUB` goodbye before a client hangs up, and sending it
//! takes an `.await`. Rust has no async `Drop`, so a generator stream (here written
//! with `async_stream`) that its consumer drops early can never send it. A
//! `#[managed_stream]` can: its `teardown!` runs on `close().await` and
//! `cancel().await`, and, for a stream whose holder is dropped (an aborted task), on the
//! runtime with `close_on_drop()`, owned by a `StreamTracker` whose `shutdown` the demo
//! awaits before it ends. The server records how each connection ended, and when.

use std::io::{self, Write};
use std::net::SocketAddr;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use futures::{Stream, StreamExt, TryStreamExt};
use managed_stream::{ManagedStreamExt, StreamTracker, managed_stream, teardown, yield_};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::time::{interval, timeout};

// ---- The server -----------------------------------------------------------------------

/// How one connection ended, as the server saw it.
struct Report {
    name: String,
    goodbye: bool,
    at: Instant,
}

/// Accepts connections until the demo ends; reports how each one ended.
async fn serve(listener: TcpListener, reports: mpsc::UnboundedSender<Report>) {
    while let Ok((socket, _)) = listener.accept().await {
        tokio::spawn(session(socket, reports.clone()));
    }
}

/// One connection. Topic `prices` gets a price every 5 ms; `quiet` gets one price,
/// then nothing ever again (the client is left waiting).
async fn session(socket: TcpStream, reports: mpsc::UnboundedSender<Report>) {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    let Ok(Some(sub)) = lines.next_line().await else {
        return;
    };
    let words: Vec<&str> = sub.split(' ').collect();
    let ["SUB", topic, name] = words[..] else {
        return;
    };
    let limit = if topic == "quiet" { 1 } else { u64::MAX };
    let (mut sent, mut ticks) = (0, interval(Duration::from_millis(5)));
    let goodbye = loop {
        tokio::select! {
            line = lines.next_line() => match line {
                Ok(Some(line)) if line == "UNSUB" => break true,
                Ok(Some(_)) => {}                 // nothing else is expected
                Ok(None) | Err(_) => break false, // hung up without a goodbye
            },
            _ = ticks.tick(), if sent < limit => {
                sent += 1;
                let _ = writer.write_all(format!("ITEM {}\n", 100 + sent).as_bytes()).await;
            }
        }
    };
    let at = Instant::now();
    if goodbye {
        let _ = writer.write_all(b"BYE\n").await;
    }
    let name = name.to_owned();
    let _ = reports.send(Report { name, goodbye, at });
}

// ---- The client -----------------------------------------------------------------------

/// The client's end of one subscription.
struct Conn {
    lines: Lines<BufReader<OwnedReadHalf>>,
    writer: OwnedWriteHalf,
}

impl Conn {
    async fn subscribe(addr: SocketAddr, topic: &str, name: &str) -> io::Result<Conn> {
        let (reader, mut writer) = TcpStream::connect(addr).await?.into_split();
        writer
            .write_all(format!("SUB {topic} {name}\n").as_bytes())
            .await?;
        let lines = BufReader::new(reader).lines();
        Ok(Conn { lines, writer })
    }

    /// Waits for the next price; `None` if the server hung up.
    async fn next_price(&mut self) -> io::Result<Option<u64>> {
        while let Some(line) = self.lines.next_line().await? {
            if let Some(price) = line.strip_prefix("ITEM ") {
                return price.parse().map(Some).map_err(io::Error::other);
            }
        }
        Ok(None)
    }

    /// The goodbye the protocol requires: `UNSUB`, then wait for the server's `BYE`.
    async fn unsubscribe(&mut self) -> io::Result<()> {
        self.writer.write_all(b"UNSUB\n").await?;
        while let Some(line) = self.lines.next_line().await? {
            if line == "BYE" {
                return Ok(()); // prices that crossed the UNSUB on the wire are skipped
            }
        }
        Err(io::ErrorKind::UnexpectedEof.into())
    }
}

/// BEFORE: a generator stream. The goodbye can only go where the stream ends by
/// itself; a consumer that stops early just drops the stream, mid-loop.
fn generator_prices(addr: SocketAddr, name: &'static str) -> impl Stream<Item = io::Result<u64>> {
    async_stream::try_stream! {
        let mut conn = Conn::subscribe(addr, "prices", name).await?;
        while let Some(price) = conn.next_price().await? {
            yield price;
        }
        conn.unsubscribe().await?; // never reached when the consumer stops early
    }
}

/// AFTER: the same subscription as a managed stream (the attribute generates
/// `struct Prices`). The teardown sends the goodbye, exactly once, however the stream
/// ends: read to its end, `close()` or `cancel()`. The item is an `io::Result`, so
/// `?` works here and in the teardown ("try mode").
#[managed_stream]
async fn prices(addr: SocketAddr, topic: &'static str, name: &'static str) -> io::Result<u64> {
    let mut conn = Conn::subscribe(addr, topic, name).await?;
    teardown! { conn.unsubscribe().await?; }
    while let Some(price) = conn.next_price().await? {
        yield_!(Ok(price));
    }
}

// ---- The demo -------------------------------------------------------------------------

/// Announces a step; its result is printed at the end of the same line.
fn progress(step: usize, text: &str) {
    print!("[{step}/5] {text:<48} ");
    let _ = io::stdout().flush();
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1e3)
}

#[tokio::main]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (reports_tx, mut reports) = mpsc::unbounded_channel();
    tokio::spawn(serve(listener, reports_tx));
    println!("A price server listens on {addr}. Each client takes a few prices, then stops.");
    println!("The protocol wants an UNSUB goodbye before every hang-up.\n");
    // Per client: its label, its name on the wire, and when the consumer stopped.
    let mut stops: Vec<(&str, &str, Instant)> = Vec::new();

    const A: &str = "async_stream, dropped after 2 items";
    progress(1, A);
    let mut feed = Box::pin(generator_prices(addr, "a"));
    let got: Vec<u64> = (&mut feed).take(2).try_collect().await?;
    stops.push((A, "a", Instant::now()));
    drop(feed); // all a plain stream allows: nothing can `.await` the goodbye now
    println!("got {got:?}, dropped it");

    const B: &str = "managed stream, close() after 2 items";
    progress(2, B);
    let mut feed: Prices = prices(addr, "prices", "b");
    let got: Vec<u64> = (&mut feed).take(2).try_collect().await?;
    stops.push((B, "b", Instant::now()));
    feed.close().await?; // leaves the body at its `yield_!` through the teardown
    println!("got {got:?}, closed it");

    const C: &str = "managed stream, cancel() while the feed is idle";
    progress(3, C);
    let mut feed = prices(addr, "quiet", "c");
    let got: Vec<u64> = (&mut feed).take(1).try_collect().await?;
    // The body now waits for a price that never comes. `close()` would let that step
    // run to its next `yield_!`: here, never. `cancel()` stops the body where it waits.
    let waited = timeout(Duration::from_millis(50), feed.next()).await;
    assert!(waited.is_err(), "the quiet feed sent a second price");
    let stopped = Instant::now();
    stops.push((C, "c", stopped));
    feed.cancel().await?;
    let took = ms(stopped.elapsed());
    println!("got {got:?}, waited 50 ms; cancel() took {took}");

    const D: &str = "managed stream, dropped without close()";
    progress(4, D);
    let mut feed = prices(addr, "prices", "d");
    let got: Vec<u64> = (&mut feed).take(1).try_collect().await?;
    stops.push((D, "d", Instant::now()));
    // Debug builds panic on this drop, so tests find the forgotten `close()`. Catch the
    // panic to show its message (quietly: no default "thread panicked" report).
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let dropped = catch_unwind(AssertUnwindSafe(|| drop(feed)));
    std::panic::set_hook(default_hook);
    match dropped {
        Err(panic) => {
            let message = panic.downcast::<String>().map_or("?".into(), |text| *text);
            println!("got {got:?}; the drop check panicked:");
            // The message is one long line: wrap it for the terminal.
            let mut line = String::from("     ");
            for word in message.split(' ') {
                if line.len() + word.len() > 90 {
                    println!("{line}");
                    line.truncate(5);
                }
                line.push(' ');
                line.push_str(word);
            }
            println!("{line}");
        }
        Ok(()) => println!("got {got:?}; no panic (release build): the goodbye is lost"),
    }

    const E: &str = "close_on_drop(), its task aborted after 2 items";
    progress(5, E);
    // A task that holds the stream (a request handler, say), stopped from outside: the
    // task is dropped mid-stream, and the stream with it. No `close()` can be awaited
    // there; `close_on_drop()` hands the stream to the runtime, which closes it (the
    // goodbye is sent), and the tracker owns that background end.
    let tracker = StreamTracker::new();
    let mut feed = prices(addr, "prices", "e")
        .close_on_drop()
        .tracked_by(&tracker);
    let (read_two, two_read) = tokio::sync::oneshot::channel();
    let handler = tokio::spawn(async move {
        let got: Vec<u64> = (&mut feed).take(2).try_collect().await?;
        let _ = read_two.send(got);
        while feed.try_next().await?.is_some() {} // reads on until stopped
        io::Result::Ok(())
    });
    let got = two_read.await.map_err(io::Error::other)?;
    stops.push((E, "e", Instant::now()));
    handler.abort();
    assert!(handler.await.is_err_and(|error| error.is_cancelled()));
    println!("got {got:?}, aborted the task");
    // Before `main` returns (the runtime would drop unfinished background ends): every
    // stream the tracker owns has ended, each teardown has run.
    let report = tracker.shutdown(Duration::from_secs(5)).await;

    // Every connection has ended by now, or is about to: collect the server's reports.
    let mut seen = Vec::new();
    while seen.len() < stops.len() {
        match timeout(Duration::from_secs(2), reports.recv()).await {
            Ok(Some(report)) => seen.push(report),
            _ => break, // a connection that never ended shows as "still open" below
        }
    }
    println!("\nWhat the server saw (time counted from the consumer's stop):\n");
    println!("  {:<48} {:<28} after", "client", "connection ended with");
    for (client, name, stopped) in stops {
        let (ending, after) = match seen.iter().find(|report| report.name == name) {
            Some(report) if report.goodbye => ("UNSUB: a clean goodbye", report.at),
            Some(report) => ("abrupt disconnect, no UNSUB", report.at),
            None => ("still open after 2 s", Instant::now()),
        };
        let after = ms(after.saturating_duration_since(stopped));
        println!("  {client:<48} {ending:<28} {after}");
    }
    println!("\nOnly the managed streams that were closed or cancelled said goodbye: their");
    println!("teardown ran, on the runtime for the one whose task was aborted. A dropped");
    println!("stream cannot await anything; a managed one says so.");
    println!("\nThe tracker's shutdown, before main returned (it awaits the background ends");
    println!("still under way): {report:?}");
    Ok(())
}
