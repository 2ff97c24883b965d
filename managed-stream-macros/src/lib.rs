//! The `#[managed_stream]` attribute. An implementation detail of the `managed-stream`
//! crate: depend on that crate, which re-exports the attribute and provides the
//! runtime the generated code needs.
//!
//! The expansion, in the order the code runs (one private module each): `args` reads
//! the options, `signature` the fn's arguments, item type and generics, `body` checks
//! the body and rewrites `yield_!`, `lower` lowers every `teardown!` into the body's one
//! coroutine, and `expand` writes the fn, the struct and its impls. `inline` does the
//! same for the `stream!` and `try_stream!` expressions. Two leaves below them all:
//! `names` (how the generated code spells the runtime and the body's locals) and
//! `utils` (helpers on tokens and syntax); neither imports the steps above it.

#![forbid(unsafe_code)]

mod args;
mod body;
mod errors;
mod expand;
mod inline;
mod lower;
mod macro_code;
mod names;
mod signature;
mod utils;
// A unit test that reads `../examples`: it lives outside `src/` and is left out of the
// package (`package.exclude`), so only this repository's tests build it.
#[cfg(test)]
#[path = "../unit_tests/snapshot.rs"]
mod snapshot;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;
use syn::spanned::Spanned;
use syn::{Attribute, Item, Signature};

use crate::args::Options;
use crate::errors::Errors;

// The links below are absolute docs.rs URLs, not intra-doc links: this page is read in two
// places (here and inlined on the `managed-stream` crate's re-export), and rustdoc resolves
// intra-doc links in the scope of this crate, where `managed_stream` is only a
// dev-dependency (visible to the doctests, not to `cargo doc` or docs.rs). A relative URL
// would resolve on one of the two pages only, since they sit at different depths.
/// Turns a generator-style `async fn` into a managed stream: a named `Stream` type with
/// async cleanup (`teardown!`) and an awaited `close()` / `cancel()`.
///
/// Rust has no async `Drop`: a generator-style stream dropped early cannot `.await` its
/// cleanup. A managed stream declares that cleanup in `teardown!` blocks, and its consumer
/// ends it with `close().await` (graceful) or `cancel().await` (prompt), or reads it to the
/// end. Use it through the `managed-stream` crate, which re-exports this attribute with
/// `yield_!`, `teardown!` and the runtime the generated code needs. The
/// [guide] has more,
/// and the clause numbers below (S2.5) cite the
/// [contract].
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{managed_stream, teardown, yield_};
/// use std::sync::{Arc, Mutex};
///
/// /// The words of `text`, with a goodbye in `log` however the stream ends.
/// #[managed_stream]
/// pub async fn words<'a>(text: &'a str, log: Arc<Mutex<Vec<&'static str>>>) -> &'a str {
///     teardown! {
///         // Async cleanup: may `.await`, runs exactly once.
///         log.lock().unwrap().push("goodbye");
///     }
///     for word in text.split_whitespace() {
///         yield_!(word);
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let log = Arc::new(Mutex::new(Vec::new()));
/// let text = String::from("streams with an end");
/// let mut stream: Words<'_> = words(&text, log.clone()); // runs nothing yet
/// assert_eq!(stream.next().await, Some("streams"));
/// assert_eq!(stream.next().await, Some("with"));
/// stream.close().await; // runs the teardown
/// assert_eq!(*log.lock().unwrap(), ["goodbye"]);
/// # });
/// ```
///
/// # What it generates
///
/// On `async fn words(..) -> Item` the attribute writes a plain `fn words(..)` with the same
/// name, visibility, generics, arguments, doc comments and other attributes, which returns
/// a generated struct `Words` (the fn's name in UpperCamelCase; `name = ...` overrides it).
/// Calling it runs nothing: the body starts at the first poll
/// ([S2.1 to S2.3][writing]).
/// The struct:
///
/// - has a lifetime parameter when the fn borrows (`Words<'a>`), and the fn's type
///   parameters;
/// - implements `Stream<Item = Item>`, `FusedStream`, `ManagedStream`, `Debug` and `Unpin`,
///   is `Send` and `Sync` when the body is `Send` and its items and errors are (everything
///   that changes it goes through `&mut`; a `?Send` stream is neither), and is
///   `#[must_use]`;
/// - has `close()`, `close_owned()`, `cancel()`, `drop_without_teardown()` and
///   `take_suppressed_errors()`, and from `ManagedStreamExt` `with_teardown()`,
///   `stop_on_close()` and (feature `tokio`) `close_on_drop()`.
///
/// A declared return type is the item type; none means `Item = ()`.
///
/// # `yield_!` and `teardown!`
///
/// `yield_!(item)` hands one item to the consumer and suspends the body until the next is
/// asked for. It may stand anywhere in the body's own control flow (loops, `match`, `if`,
/// blocks, `tokio::select!` arms); in a closure, a nested `async` block, a nested fn or a
/// `teardown!` it is a compile error.
///
/// `teardown! { ... }` registers async cleanup for the rest of the block it stands in, like
/// `defer` in Zig or Swift
/// ([S2.5][writing]).
/// It may stand in any block of the body: the top level, a loop body (it then runs at the
/// end of every iteration that reached it), an `if` or `match` arm, a nested block. It may
/// use the arguments and every `let` above it, sees their latest values, and may `.await`.
/// It runs exactly once each time it was reached, when control leaves its block for any
/// reason: the block's end, `break`, `continue`, `return;`, a `?` failure, `close()` or
/// `cancel()`; teardowns run in reverse order, inner blocks' first, and one the body never
/// reached never runs. Nothing interrupts a running teardown. A `teardown!` with nothing
/// after it in its block is a compile error. Inside it, `managed_stream::teardown_cause()`
/// tells why it runs (its block's end, a `?` failure, `close()` or `cancel()`), so that
/// a teardown holding another managed stream can cancel it when its own stream is
/// cancelled ([S2.10][writing]).
///
/// ```
/// # use futures::StreamExt;
/// # use managed_stream::{managed_stream, teardown, yield_};
/// # use std::sync::atomic::{AtomicU32, Ordering};
/// # use std::sync::{Arc, Mutex};
/// # #[derive(Debug)]
/// # pub struct Error;
/// # pub type Batch = u32;
/// # /// A pool of connections that writes down what is done with it.
/// # #[derive(Clone, Default)]
/// # pub struct Pool(Arc<Mutex<Vec<&'static str>>>);
/// # impl Pool {
/// #     fn log(&self) -> Vec<&'static str> { self.0.lock().unwrap().clone() }
/// #     async fn get(&self) -> Result<Conn, Error> {
/// #         self.0.lock().unwrap().push("get");
/// #         Ok(Conn { pool: self.clone(), batches: AtomicU32::new(2) })
/// #     }
/// # }
/// # pub struct Conn { pool: Pool, batches: AtomicU32 }
/// # impl Conn {
/// #     async fn release(&self) { self.pool.0.lock().unwrap().push("release") }
/// #     async fn begin(&self) -> Result<Tx<'_>, Error> {
/// #         self.pool.0.lock().unwrap().push("begin");
/// #         Ok(Tx(self))
/// #     }
/// # }
/// # pub struct Tx<'a>(&'a Conn);
/// # impl Tx<'_> {
/// #     async fn next_batch(&self) -> Result<Option<Batch>, Error> {
/// #         let left = self.0.batches.load(Ordering::SeqCst);
/// #         self.0.batches.store(left.saturating_sub(1), Ordering::SeqCst);
/// #         Ok((left > 0).then_some(left))
/// #     }
/// #     async fn finish(&self) -> Result<(), Error> {
/// #         self.0.pool.0.lock().unwrap().push("finish");
/// #         Ok(())
/// #     }
/// # }
/// #[managed_stream]
/// async fn batches(pool: Pool) -> Result<Batch, Error> {
///     let conn = pool.get().await?;
///     teardown! { conn.release().await; }          // once, when the stream ends
///     loop {
///         let tx = conn.begin().await?;
///         teardown! { tx.finish().await?; }        // at the end of every batch
///         let Some(batch) = tx.next_batch().await? else { break };
///         yield_!(Ok(batch));
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let pool = Pool::default();
/// let all: Vec<_> = batches(pool.clone()).collect().await;
/// assert_eq!(all.len(), 2);
/// assert_eq!(
///     pool.log(),
///     ["get", "begin", "finish", "begin", "finish", "begin", "finish", "release"]
/// );
/// # });
/// ```
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{managed_stream, teardown, yield_};
/// use std::sync::{Arc, Mutex};
///
/// type Log = Arc<Mutex<Vec<&'static str>>>;
///
/// #[managed_stream]
/// async fn rows(log: Log) -> u32 {
///     let mut end = "ROLLBACK"; // stopped early or failed
///     teardown! { log.lock().unwrap().push(end); }
///     for row in 0..3 {
///         yield_!(row);
///     }
///     end = "COMMIT"; // read to the end
/// }
///
/// # futures::executor::block_on(async {
/// let log = Log::default();
/// assert_eq!(rows(log.clone()).collect::<Vec<_>>().await, [0, 1, 2]);
/// let mut early = rows(log.clone());
/// assert_eq!(early.next().await, Some(0));
/// early.close().await;
/// assert_eq!(*log.lock().unwrap(), ["COMMIT", "ROLLBACK"]);
/// # });
/// ```
///
/// # Ending the stream, and the drop check
///
/// - Read to the end, the body's teardowns run before the last `None`.
/// - `close().await` is graceful: a step under way runs on to its next `yield_!` (that item
///   is dropped), then the teardowns run. `close_owned().await` does the same and drops the
///   stream, so a borrow it holds ends there.
/// - `cancel().await` is prompt: the body is stopped where it waits (the awaited future is
///   dropped), then the teardowns run.
/// - Once either began, `next()` returns `None`; both futures may be dropped and called
///   again ([S3][consuming]).
/// - With debug assertions, dropping a started stream whose reached teardown has not run
///   panics, naming the type and where it was created; `drop_without_teardown()` skips
///   the teardowns on purpose. Every such drop, in any build, is counted in
///   `managed_stream::unclosed_drops()`
///   ([S4][drop check]).
/// - A panic in the body or a teardown propagates from the call that ran it, and poisons
///   the stream.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{managed_stream, teardown, yield_};
///
/// /// Takes jobs off the end of `queue`.
/// #[managed_stream]
/// async fn jobs<'a>(queue: &'a mut Vec<u32>) -> u32 {
///     teardown! { /* tell the scheduler we stopped */ }
///     while let Some(job) = queue.pop() {
///         yield_!(job);
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let mut queue = vec![1, 2, 3];
/// let mut stream = jobs(&mut queue);
/// assert_eq!(stream.next().await, Some(3));
/// stream.close_owned().await; // closed and dropped: the borrow of `queue` ends here
/// queue.push(4);
/// assert_eq!(queue, [1, 2, 4]);
/// # });
/// ```
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{managed_stream, teardown, yield_};
/// use std::time::Duration;
/// use tokio::time::timeout;
///
/// #[managed_stream]
/// async fn ticks() -> u32 {
///     teardown! { /* say goodbye */ }
///     yield_!(1);
///     std::future::pending::<()>().await; // a step that never finishes
///     yield_!(2);
/// }
///
/// #[tokio::main(flavor = "current_thread")]
/// async fn main() {
///     let mut ticks = ticks();
///     assert_eq!(ticks.next().await, Some(1));
///     // The consumer gives up waiting for the next tick: the body is now mid-step.
///     assert!(timeout(Duration::from_millis(1), ticks.next()).await.is_err());
///     // A graceful close would wait for the step forever; after a deadline, cancel.
///     if timeout(Duration::from_millis(10), ticks.close()).await.is_err() {
///         ticks.cancel().await;
///     }
///     assert_eq!(ticks.next().await, None);
/// }
/// ```
///
/// # Try mode
///
/// When the item type is written `Result<T, E>`, or as a path ending in `Result<..>`
/// (`io::Result<T>`), the body and its teardowns may use `?`
/// ([S2.7][writing]).
/// A `?` failure runs the teardowns registered so far, then the stream yields `Err(e)` and
/// ends. `close()` and `cancel()` return `Result<(), E>`: the first teardown error, the
/// others through `take_suppressed_errors()`. `#[managed_stream(try)]` turns try mode on for
/// a `Result` under another name (a type alias), `#[managed_stream(try = false)]` off for a
/// type named `Result` that is not `core::result::Result`.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{managed_stream, teardown, yield_};
/// use std::num::ParseIntError;
///
/// #[managed_stream]
/// async fn parse_all(inputs: Vec<&'static str>) -> Result<u32, ParseIntError> {
///     teardown! { /* runs before the error is handed out */ }
///     for input in inputs {
///         yield_!(Ok(input.parse()?));
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let results: Vec<_> = parse_all(vec!["1", "x", "3"]).collect().await;
/// assert_eq!(results[0], Ok(1));
/// assert!(results[1].is_err());
/// assert_eq!(results.len(), 2, "the stream ends after a `?` failure");
/// # });
/// ```
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{managed_stream, yield_};
///
/// type Parsed<T> = Result<T, std::num::ParseIntError>;
///
/// #[managed_stream(try)]
/// async fn numbers(inputs: Vec<&'static str>) -> Parsed<u32> {
///     for input in inputs {
///         yield_!(Ok(input.parse()?));
///     }
/// }
///
/// /// A type named `Result` that is not `core::result::Result`.
/// mod lookup {
///     #[derive(Debug, PartialEq)]
///     pub enum Result {
///         Found(u32),
///         Missing,
///     }
/// }
///
/// #[managed_stream(try = false)]
/// async fn lookups(keys: Vec<u32>) -> lookup::Result {
///     for key in keys {
///         yield_!(if key % 2 == 0 { lookup::Result::Found(key) } else { lookup::Result::Missing });
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let mut parsed = numbers(vec!["1", "2"]);
/// assert_eq!(parsed.next().await, Some(Ok(1)));
/// assert_eq!(parsed.close().await, Ok(())); // try mode: `close()` returns a `Result`
/// let mut found = lookups(vec![2, 3]);
/// assert_eq!(found.next().await, Some(lookup::Result::Found(2)));
/// let () = found.close().await; // not try mode: `close()` returns `()`
/// # });
/// ```
///
/// # Options
///
/// Options go in one attribute, separated by commas:
///
/// | Option | Effect |
/// | --- | --- |
/// | `name = StructName` | the generated struct's name; on a method, the name its messages (`Debug`, the drop check) give the stream |
/// | `?Send` | the body need not be `Send` (an `Rc` held across an await), for single-threaded executors |
/// | `try`, `try = false` | try mode on or off, whatever the item type is written as |
/// | `method` | an associated fn with neither a receiver nor `Self` in its signature is a method (see below) |
/// | `crate = path` | where the `managed-stream` crate is, when it is re-exported under another name |
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{managed_stream, yield_};
/// use std::rc::Rc;
///
/// #[managed_stream(name = Countdown, ?Send)]
/// async fn count_down(from: u32) -> u32 {
///     let shared = Rc::new(from); // not `Send`, held across the `yield_!`s
///     for n in (0..=*shared).rev() {
///         yield_!(n);
///     }
/// }
///
/// /// This crate re-exported under another name.
/// mod deps {
///     pub use managed_stream as streams;
/// }
///
/// #[deps::streams::managed_stream(crate = deps::streams)]
/// async fn seven() -> u8 {
///     deps::streams::yield_!(7);
/// }
///
/// # futures::executor::block_on(async {
/// let countdown: Countdown = count_down(2);
/// assert_eq!(countdown.collect::<Vec<_>>().await, [2, 1, 0]);
/// assert_eq!(seven().collect::<Vec<_>>().await, [7]);
/// # });
/// ```
///
/// # Methods: `ManagedBox` and `TryManagedBox`
///
/// The attribute works on methods and associated fns of inherent and trait impls, with
/// `&self`, `&mut self`, `self` or no receiver
/// ([S2.8][writing]).
/// A struct cannot be emitted inside an `impl` block, so they return
/// `managed_stream::ManagedBox<'_, Item>`, which behaves the same; a try-mode method's type
/// is `TryManagedBox<'_, T, E>` (items `Result<T, E>`, `close()` returning
/// `Result<(), E>`), a `?Send` one's `LocalManagedBox`. A fn with a receiver or with `Self`
/// in its signature is taken as a method; mark any other associated fn
/// `#[managed_stream(method)]`. A trait method that returns different kinds of managed
/// streams (a generated one in one impl, a `with_teardown` or a `chain` in another)
/// declares `managed_stream::BoxManagedStream<'a, Item, CloseOutput>` instead, and each
/// impl returns `stream.boxed_managed()`.
///
/// The stream holds every argument, so it lives for a lifetime they all outlive. A trait
/// method that borrows more than its receiver names that lifetime in the trait and in the
/// impl: `fn rows<'a>(&'a self, table: &'a str) -> ManagedBox<'a, Row>`. With elided
/// lifetimes the trait's `'_` is the receiver's alone, the impl needs the others to
/// outlive it, and rustc rejects the impl (E0195, "lifetime parameters do not match the
/// trait definition", pointed at this attribute). The attribute marks the method
/// `#[track_caller]`; mark the trait's declaration too, or a stream made through
/// `dyn Trait` records the impl, not its caller, as where it was made.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{ManagedBox, TryManagedBox, managed_stream, teardown, yield_};
/// use std::io;
///
/// trait Source {
///     fn numbers(&self) -> ManagedBox<'_, u32>;
///     fn lines(&self) -> TryManagedBox<'_, String, io::Error>;
/// }
///
/// struct Table(Vec<u32>);
///
/// impl Source for Table {
///     #[managed_stream]
///     async fn numbers(&self) -> u32 {
///         teardown! { /* release what the stream holds */ }
///         for n in &self.0 {
///             yield_!(*n);
///         }
///     }
///
///     #[managed_stream]
///     async fn lines(&self) -> io::Result<String> {
///         teardown! { /* may fail with `?` */ }
///         for n in &self.0 {
///             yield_!(Ok(n.to_string()));
///         }
///     }
/// }
///
/// impl Table {
///     /// An associated fn with no receiver and no `Self`: say that it is a method.
///     #[managed_stream(method)]
///     async fn empty() -> u32 {}
/// }
///
/// # futures::executor::block_on(async {
/// let table = Table(vec![1, 2, 3]);
/// let mut numbers = table.numbers();
/// assert_eq!(numbers.next().await, Some(1));
/// numbers.close().await;
/// let mut lines = table.lines();
/// assert_eq!(lines.next().await.unwrap().unwrap(), "1");
/// lines.close().await.unwrap();
/// assert_eq!(Table::empty().collect::<Vec<u32>>().await, Vec::<u32>::new());
/// # });
/// ```
///
/// For an expression instead of a fn, `managed_stream::stream! { ... }` and
/// `try_stream! { ... }` take the same body and return a `ManagedBox`.
///
/// [guide]: https://docs.rs/managed-stream/latest/managed_stream/guide/index.html
/// [contract]: https://docs.rs/managed-stream/latest/managed_stream/spec/index.html
/// [writing]: https://docs.rs/managed-stream/latest/managed_stream/spec/index.html#2-writing-a-managed-stream
/// [consuming]: https://docs.rs/managed-stream/latest/managed_stream/spec/index.html#3-consuming-a-managed-stream
/// [drop check]: https://docs.rs/managed-stream/latest/managed_stream/spec/index.html#4-the-drop-check
#[proc_macro_attribute]
pub fn managed_stream(args: TokenStream, input: TokenStream) -> TokenStream {
    expand_attribute(args.into(), input.into()).into()
}

/// The attribute on `proc_macro2` tokens, so that tests can expand it.
fn expand_attribute(args: TokenStream2, input: TokenStream2) -> TokenStream2 {
    let mut errors = Errors::default();
    let options = Options::parse(args, &mut errors);
    let mut function = match syn::parse2::<Item>(input.clone()) {
        Ok(Item::Fn(function)) => function,
        Ok(item) => {
            errors.push(syn::Error::new(
                item_keyword_span(&item),
                "`#[managed_stream]` goes on an `async fn` whose body yields the stream's \
                 items with `yield_!`",
            ));
            return with_errors(input, &errors);
        }
        // Not an item at all (e.g. unparsable code): let rustc report the syntax error.
        Err(error) => {
            errors.push(error);
            return with_errors(input, &errors);
        }
    };
    reject_repeated_attribute(&mut function.attrs, &mut errors);
    reject_qualifiers(&mut function.sig, &mut errors);
    if function.sig.asyncness.is_none() {
        errors.push(syn::Error::new(
            function.sig.fn_token.span,
            "`#[managed_stream]` goes on an `async fn`: write `async fn`",
        ));
        // Expand as if `async` were written, so that the body's `yield_!`s and the
        // call sites do not report errors of their own.
        function.sig.asyncness = Some(Default::default());
    }
    let expanded = expand::expand(&options, function, &mut errors);
    with_errors(expanded, &errors)
}

/// Reports a second `#[managed_stream]` on the fn (S6.2) and removes it: expanding the
/// generated fn again would only add confusing errors.
fn reject_repeated_attribute(attrs: &mut Vec<Attribute>, errors: &mut Errors) {
    attrs.retain(|attr| {
        let repeated = attr
            .path()
            .segments
            .last()
            .is_some_and(|last| last.ident == "managed_stream");
        if repeated {
            errors.push(syn::Error::new_spanned(
                attr,
                "`#[managed_stream]` is written twice on this fn: remove one (options go \
                 in one attribute: `#[managed_stream(name = StructName, ?Send)]`)",
            ));
        }
        !repeated
    });
}

/// Reports what the generated fn cannot keep (S6.2): an ABI (it returns a Rust struct
/// and is not `async`) and `const` (a stream is built at run time).
fn reject_qualifiers(sig: &mut Signature, errors: &mut Errors) {
    if let Some(abi) = sig.abi.take() {
        errors.push(syn::Error::new_spanned(
            abi,
            "a `#[managed_stream]` fn cannot have an ABI: it returns a Rust struct. Remove \
             the `extern`, or call the stream from a separate `extern` fn",
        ));
    }
    if let Some(constness) = sig.constness.take() {
        errors.push(syn::Error::new(
            constness.span,
            "a `#[managed_stream]` fn cannot be `const`: its stream runs at run time. \
             Remove the `const`",
        ));
    }
}

/// The tokens, plus one `compile_error!` per error: on bad input the user's item is
/// still emitted (S6.1), so that rust-analyzer keeps completing inside it.
fn with_errors(tokens: TokenStream2, errors: &Errors) -> TokenStream2 {
    let errors = errors.to_compile_errors();
    quote!(#tokens #errors)
}

/// The span of the keyword that says what kind of item this is (`struct`, `impl`, ...).
fn item_keyword_span(item: &Item) -> proc_macro2::Span {
    match item {
        Item::Struct(item) => item.struct_token.span,
        Item::Enum(item) => item.enum_token.span,
        Item::Impl(item) => item.impl_token.span,
        Item::Trait(item) => item.trait_token.span,
        Item::Mod(item) => item.mod_token.span,
        Item::Const(item) => item.const_token.span,
        Item::Static(item) => item.static_token.span,
        Item::Type(item) => item.type_token.span,
        Item::Use(item) => item.use_token.span,
        other => other.span(),
    }
}

/// The expansion of the runtime's `stream!`, which passes its own path first, as
/// `($crate)`, so that a renamed dependency works. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn stream_in_crate(input: TokenStream) -> TokenStream {
    inline::expand(input.into(), false).into()
}

/// The expansion of the runtime's `try_stream!`, as [`stream_in_crate!`]. Not public
/// API.
#[doc(hidden)]
#[proc_macro]
pub fn try_stream_in_crate(input: TokenStream) -> TokenStream {
    inline::expand(input.into(), true).into()
}
