//! Signatures a real codebase annotates (issue 3): argument patterns, `impl Trait`
//! arguments, where clauses, const generics, several elided lifetimes, `'static`
//! bounds, `#[cfg]` on the fn and its arguments, visibilities.

mod support;

use std::fmt::Display;

use futures::StreamExt;
use managed_stream::{managed_stream, teardown, yield_};
use support::{Log, Tracked, block_on};

#[managed_stream]
async fn patterns((a, b): (u32, u32), mut total: u32, _: Tracked, log: Log) -> u32 {
    log.push("body start");
    total += a + b;
    yield_!(total);
    log.push("body end");
}

#[test]
fn argument_patterns_bind_like_an_async_fn() {
    let log = Log::default();
    let guard = Tracked::new(1, &log);
    let items = block_on(patterns((1, 2), 10, guard, log.clone()).collect::<Vec<_>>());
    assert_eq!(items, [13]);
    // `_` keeps the argument alive until the body ends, as in an `async fn`.
    assert_eq!(log.events(), ["body start", "body end", "dropped 1"]);
}

#[managed_stream]
async fn labelled(label: impl Display + Send, values: impl Iterator<Item = u8> + Send) -> String {
    for value in values {
        yield_!(format!("{label}{value}"));
    }
}

#[test]
fn impl_trait_arguments() {
    let items = block_on(labelled("#", vec![1, 2].into_iter()).collect::<Vec<_>>());
    assert_eq!(items, ["#1", "#2"]);
}

#[managed_stream]
async fn where_clause<T, U>(first: T, second: U) -> String
where
    T: Display + Send,
    U: Display + Send + 'static,
{
    yield_!(format!("{first}-{second}"));
}

#[managed_stream]
async fn static_bound<T: Clone + Send + 'static>(value: T) -> T {
    yield_!(value.clone());
    yield_!(value);
}

#[test]
fn where_clauses_and_static_bounds() {
    assert_eq!(block_on(where_clause(1, "x").collect::<Vec<_>>()), ["1-x"]);
    assert_eq!(block_on(static_bound(5u8).collect::<Vec<_>>()), [5, 5]);
}

#[managed_stream]
async fn common_prefix(a: &str, b: &str, c: &[u8]) -> usize {
    let n = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    yield_!(n + c.len());
}

#[managed_stream]
async fn with_anonymous(parts: std::str::Split<'_, char>) -> String {
    for part in parts {
        yield_!(part.to_owned());
    }
}

#[test]
fn several_elided_lifetimes() {
    let (a, b) = (String::from("prefix-a"), String::from("prefix-b"));
    let stream: CommonPrefix<'_, '_, '_> = common_prefix(&a, &b, &[0]);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [8]);
    let text = String::from("a,b");
    assert_eq!(
        block_on(with_anonymous(text.split(',')).collect::<Vec<_>>()),
        ["a", "b"]
    );
}

#[managed_stream]
async fn matrix<const ROWS: usize, const COLS: usize>(cells: [[u8; COLS]; ROWS]) -> usize {
    yield_!(ROWS * COLS + cells.len());
}

#[test]
fn const_generics() {
    assert_eq!(block_on(matrix([[0u8; 3]; 2]).collect::<Vec<_>>()), [8]);
}

/// Documented, configured in.
#[cfg(test)]
#[managed_stream]
async fn configured(#[cfg(not(test))] _absent: u8, #[allow(unused_mut)] mut present: u8) -> u8 {
    yield_!(present);
}

/// Configured out: neither the fn nor its struct exists.
#[cfg(not(test))]
#[managed_stream]
async fn configured(missing: NoSuchType) -> u8 {
    yield_!(missing);
}

#[test]
fn cfg_on_the_fn_and_its_arguments() {
    assert_eq!(block_on(configured(4).collect::<Vec<_>>()), [4]);
}

mod visibility {
    use super::*;

    pub(crate) mod inner {
        use super::*;

        #[managed_stream]
        pub(crate) async fn crate_visible() -> u8 {
            yield_!(1);
        }

        #[managed_stream]
        pub(in crate::visibility) async fn module_visible() -> u8 {
            yield_!(2);
        }

        #[managed_stream]
        pub(super) async fn parent_visible(log: Log) -> u8 {
            teardown! { log.push("teardown"); }
            yield_!(3);
        }
    }

    pub(crate) fn collect_all() -> Vec<u8> {
        let log = Log::default();
        let mut items = block_on(inner::module_visible().collect::<Vec<_>>());
        items.extend(block_on(inner::parent_visible(log).collect::<Vec<_>>()));
        items
    }
}

#[test]
fn visibilities_carry_over() {
    let stream: visibility::inner::CrateVisible = visibility::inner::crate_visible();
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [1]);
    assert_eq!(visibility::collect_all(), [2, 3]);
}

// ---- issue 12, item 5: valid signatures that were rejected (S2.2, S2.8) -------------

/// A type with a lifetime: its methods' streams must not require `'static`.
struct Borrowing<'a> {
    words: &'a [&'a str],
    log: Log,
}

impl<'a> Borrowing<'a> {
    /// By-value `self` in `impl<'a> Foo<'a>` (was: "`'a` must outlive `'static`").
    #[managed_stream]
    async fn into_words(self) -> &'a str {
        teardown! { self.log.push("consumed"); }
        for word in self.words {
            yield_!(*word);
        }
    }

    /// No receiver, `Self` by value in an argument.
    #[managed_stream]
    async fn first_words(parts: Vec<Self>) -> &'a str {
        for part in parts {
            yield_!(part.words[0]);
        }
    }
}

#[test]
fn s2_8_by_value_self_with_a_lifetime() {
    let text = String::from("a b");
    let words: Vec<&str> = text.split(' ').collect();
    let log = Log::default();
    let stream = Borrowing {
        words: &words,
        log: log.clone(),
    }
    .into_words();
    assert_eq!(block_on(stream.collect::<Vec<_>>()), ["a", "b"]);
    assert_eq!(log.events(), ["consumed"]);
    let parts = vec![Borrowing {
        words: &words[1..],
        log: Log::default(),
    }];
    assert_eq!(
        block_on(Borrowing::first_words(parts).collect::<Vec<_>>()),
        ["b"]
    );
}

trait Counter {
    /// A generic trait method: the `'static` bound on `T` means the stream borrows only
    /// `self`, so the declaration has one lifetime (was: E0195, an inserted lifetime).
    fn generic<T: Send + 'static>(&self, t: T) -> managed_stream::ManagedBox<'_, usize>;
}

struct Sized3;

impl Counter for Sized3 {
    #[managed_stream]
    async fn generic<T: Send + 'static>(&self, t: T) -> usize {
        let _held = t;
        yield_!(std::mem::size_of::<T>() + 3);
    }
}

#[test]
fn s2_8_generic_trait_method_with_static_type_parameter() {
    let stream = Sized3.generic(0u64);
    assert_eq!(block_on(stream.collect::<Vec<_>>()), [11]);
}

struct Shown(u8);

impl Shown {
    /// `&self` and an `impl Trait` argument (was: E0309).
    #[managed_stream]
    async fn show(&self, x: impl std::fmt::Debug + Send) -> String {
        yield_!(format!("{}:{x:?}", self.0));
    }
}

#[test]
fn s2_8_impl_trait_argument_with_a_receiver() {
    let shown = Shown(1);
    let label = String::from("borrowed");
    assert_eq!(
        block_on(shown.show(&label).collect::<Vec<_>>()),
        ["1:\"borrowed\""]
    );
}

#[managed_stream]
async fn mixed<T: Display + Send, const N: usize>(
    prefix: &str,
    value: T,
    extra: impl Display + Send,
) -> String {
    yield_!(format!("{prefix}{value}{extra}{N}"));
}

#[test]
fn s2_2_turbofish_with_impl_trait_arguments() {
    // As on the original fn: explicit arguments for the declared parameters only
    // (was: E0107, the `impl Trait` type had become a parameter).
    let stream = mixed::<u8, 2>("#", 1, "x");
    assert_eq!(block_on(stream.collect::<Vec<_>>()), ["#1x2"]);
    assert_eq!(
        block_on(mixed::<_, 0>("", 'c', 5).collect::<Vec<_>>()),
        ["c50"]
    );
}

#[managed_stream]
async fn by_ref_mut(ref mut count: u8, (ref mut a, b): (u8, u8)) -> u8 {
    *count += 1;
    *a += b;
    yield_!(*count);
    yield_!(*a);
}

#[test]
fn s2_2_ref_mut_argument_patterns() {
    // Was: E0596 on the hidden argument.
    assert_eq!(block_on(by_ref_mut(1, (2, 3)).collect::<Vec<_>>()), [2, 5]);
}
