//! SPEC S2.8: methods and associated fns return `ManagedBox`, with the same
//! behaviour as a generated struct. S2.9: `?Send` bodies.

mod support;

use std::rc::Rc;
use std::sync::Arc;
use std::task::Poll;

use futures::StreamExt;
use futures::stream::FusedStream;
use managed_stream::{
    LocalManagedBox, ManagedBox, ManagedStream, managed_stream, teardown, yield_,
};
use support::{Log, block_on, panic_message, poll_next};

struct Table {
    rows: Vec<u32>,
    log: Log,
}

impl Table {
    /// `&self`: the stream borrows the table.
    #[managed_stream]
    async fn rows(&self) -> u32 {
        self.log.push("open cursor");
        teardown! { self.log.push("close cursor"); }
        for row in &self.rows {
            yield_!(*row);
        }
    }

    /// `&mut self` and an extra argument.
    #[managed_stream]
    async fn drain_above(&mut self, limit: u32) -> u32 {
        while let Some(row) = self.rows.pop() {
            if row > limit {
                yield_!(row);
            }
        }
    }

    /// `self` by value.
    #[managed_stream]
    async fn into_rows(self) -> u32 {
        teardown! { self.log.push("consumed"); }
        for row in self.rows.iter().copied() {
            yield_!(row);
        }
    }

    /// `self: Arc<Self>`.
    #[managed_stream]
    async fn shared_rows(self: Arc<Self>) -> u32 {
        for row in self.rows.iter().copied() {
            yield_!(row);
        }
    }

    /// No receiver, `Self` in the signature: taken as an associated fn.
    #[managed_stream]
    async fn from_parts(parts: Vec<Self>) -> u32 {
        for part in parts {
            yield_!(part.rows.len() as u32);
        }
    }

    /// No receiver and no `Self`: says so with `method`.
    #[managed_stream(method)]
    async fn countdown(from: u32) -> u32 {
        for n in (0..=from).rev() {
            yield_!(n);
        }
    }

    /// Try mode in a method: `close()` returns a `Result`.
    #[managed_stream]
    async fn checked(&self) -> Result<u32, String> {
        teardown! {
            Err::<(), _>("teardown failed".to_owned())?;
        }
        yield_!(Ok(self.rows[0]));
    }
}

fn table(rows: &[u32]) -> Table {
    Table {
        rows: rows.to_vec(),
        log: Log::default(),
    }
}

#[test]
fn s2_8_ref_self_method_is_a_managed_stream() {
    let table = table(&[1, 2, 3]);
    let mut rows: ManagedBox<'_, u32> = table.rows();
    assert_eq!(poll_next(&mut rows), Poll::Ready(Some(1)));
    block_on(rows.close());
    assert!(rows.is_terminated());
    assert_eq!(table.log.events(), ["open cursor", "close cursor"]);
}

#[test]
fn s2_8_mut_self_by_value_and_arc_receivers() {
    let mut t = table(&[5, 1, 7]);
    assert_eq!(block_on(t.drain_above(2).collect::<Vec<_>>()), [7, 5]);
    assert!(t.rows.is_empty());

    let t = table(&[4]);
    let log = t.log.clone();
    assert_eq!(block_on(t.into_rows().collect::<Vec<_>>()), [4]);
    assert_eq!(log.events(), ["consumed"]);

    let t = Arc::new(table(&[8, 9]));
    assert_eq!(
        block_on(t.clone().shared_rows().collect::<Vec<_>>()),
        [8, 9]
    );
}

#[test]
fn s2_8_associated_fns() {
    let parts = vec![table(&[1]), table(&[1, 2])];
    assert_eq!(
        block_on(Table::from_parts(parts).collect::<Vec<_>>()),
        [1, 2]
    );
    assert_eq!(block_on(Table::countdown(2).collect::<Vec<_>>()), [2, 1, 0]);
}

#[test]
fn s2_8_try_mode_in_a_method() {
    let t = table(&[3]);
    let mut stream = t.checked();
    assert_eq!(poll_next(&mut stream), Poll::Ready(Some(Ok(3))));
    assert_eq!(block_on(stream.close()), Err("teardown failed".to_owned()));
}

#[test]
fn s2_8_method_streams_have_the_drop_check() {
    let t = table(&[1, 2]);
    let mut rows = t.rows();
    assert_eq!(poll_next(&mut rows), Poll::Ready(Some(1)));
    let message = panic_message(|| drop(rows));
    if cfg!(debug_assertions) {
        let message = message.expect("drop check");
        assert!(message.contains("`rows()`"), "{message}");
        assert!(message.contains(file!()), "{message}");
    }
    let mut rows = t.rows();
    assert_eq!(poll_next(&mut rows), Poll::Ready(Some(1)));
    rows.drop_without_teardown();
}

// ---- trait impls ---------------------------------------------------------------------

trait Source {
    fn items(&self) -> ManagedBox<'_, String>;
    fn fallible(&self) -> ManagedBox<'_, Result<u8, String>, Result<(), String>>;
}

struct Fixed(Vec<&'static str>);

impl Source for Fixed {
    #[managed_stream]
    async fn items(&self) -> String {
        for item in &self.0 {
            yield_!(item.to_string());
        }
    }

    #[managed_stream]
    async fn fallible(&self) -> Result<u8, String> {
        Err(format!("{} items is too many", self.0.len()))?;
        yield_!(Ok(0));
    }
}

#[test]
fn s2_8_trait_methods_return_managed_streams() {
    let source: &dyn Source = &Fixed(vec!["a", "b"]);
    assert_eq!(block_on(source.items().collect::<Vec<_>>()), ["a", "b"]);
    assert_eq!(
        block_on(source.fallible().collect::<Vec<_>>()),
        [Err("2 items is too many".to_owned())]
    );
}

#[test]
fn s2_8_managed_box_is_unpin_send_and_managed() {
    fn assert_all<S: ManagedStream<CloseOutput = ()> + FusedStream + Unpin + Send>(_: &S) {}
    let t = table(&[1]);
    assert_all(&t.rows());
    let stream = Table::countdown(1);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .build()
        .unwrap();
    let items = runtime
        .block_on(runtime.spawn(stream.collect::<Vec<_>>()))
        .unwrap();
    assert_eq!(items, [1, 0]);
}

// ---- S2.9: ?Send -----------------------------------------------------------------------

#[managed_stream(?Send)]
async fn shared_counter(counter: Rc<std::cell::Cell<u32>>, log: Log) -> u32 {
    teardown! {
        tokio::task::yield_now().await;
        log.push(format!("final count {}", counter.get()));
    }
    loop {
        counter.set(counter.get() + 1);
        // The `Rc` is held across this await: the body is not `Send`.
        tokio::task::yield_now().await;
        yield_!(counter.get());
    }
}

struct LocalSource(Rc<Vec<u8>>);

impl LocalSource {
    #[managed_stream(?Send)]
    async fn bytes(&self) -> u8 {
        let held = self.0.clone();
        for byte in held.iter().copied() {
            tokio::task::yield_now().await;
            yield_!(byte);
        }
    }
}

#[test]
fn s2_9_not_send_bodies_run_on_a_current_thread_runtime() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        let log = Log::default();
        let mut stream: SharedCounter = shared_counter(Rc::default(), log.clone());
        assert_eq!(stream.next().await, Some(1));
        assert_eq!(stream.next().await, Some(2));
        stream.close().await;
        assert_eq!(log.events(), ["final count 2"]);

        let source = LocalSource(Rc::new(vec![4, 5]));
        let bytes: LocalManagedBox<'_, u8> = source.bytes();
        assert_eq!(bytes.collect::<Vec<_>>().await, [4, 5]);

        let local = tokio::task::LocalSet::new();
        let counted = local
            .run_until(async {
                let mut stream = shared_counter(Rc::default(), Log::default());
                tokio::task::spawn_local(async move {
                    let mut counted = Vec::new();
                    for _ in 0..3 {
                        counted.extend(stream.next().await);
                    }
                    stream.close().await;
                    counted
                })
                .await
                .unwrap()
            })
            .await;
        assert_eq!(counted.len(), 3);
    });
}

// ---- `name = ...` on a method (S2.3, S2.8) -------------------------------------------

struct Cursor;

impl Cursor {
    /// A method returns `ManagedBox`, so `name = ...` names no struct: it names the stream
    /// in its messages.
    #[managed_stream(name = PgBatches)]
    async fn cursor(&self) -> u32 {
        teardown! { /* close the portal */ }
        yield_!(1);
        yield_!(2);
    }
}

#[test]
fn s2_8_a_named_method_stream_says_its_name() {
    let cursor = Cursor;
    let mut batches = cursor.cursor();
    assert_eq!(poll_next(&mut batches), Poll::Ready(Some(1)));
    let debug = format!("{batches:?}");
    assert!(debug.contains("PgBatches"), "{debug}");
    assert!(!debug.contains("cursor()"), "{debug}");
    let message = panic_message(|| drop(batches));
    if cfg!(debug_assertions) {
        let message = message.expect("drop check");
        assert!(message.contains("PgBatches"), "{message}");
        assert!(!message.contains("cursor()"), "{message}");
    }
}

// ---- trait methods that borrow two arguments (S2.8) -----------------------------------

/// A stream that borrows two arguments lives for a lifetime both outlive. With elided
/// lifetimes the trait would promise `'_` = `self`'s only, and the impl's bounds
/// `'life1: '__ms` would not match it (E0195): the trait and the impl name one lifetime.
trait Feed {
    fn rows<'a>(&'a self, table: &'a str) -> ManagedBox<'a, String>;
}

struct Memory(Vec<&'static str>);

impl Feed for Memory {
    #[managed_stream]
    async fn rows<'a>(&'a self, table: &'a str) -> String {
        for row in &self.0 {
            yield_!(format!("{table}.{row}"));
        }
    }
}

#[test]
fn s2_8_trait_methods_that_borrow_two_arguments() {
    let feed: &dyn Feed = &Memory(vec!["a", "b"]);
    let table = String::from("t");
    assert_eq!(
        block_on(feed.rows(&table).collect::<Vec<_>>()),
        ["t.a", "t.b"]
    );
}
