//! [`BoxManagedStream`] and [`LocalBoxManagedStream`]: any managed stream, boxed, as
//! futures' `BoxStream` is any stream.

use core::pin::Pin;

use crate::consumer::managed_stream::ManagedStream;

/// Any managed stream, boxed and `Send`: what a trait method returns when its
/// implementations return different managed streams (a `#[managed_stream]` method, a
/// [`with_teardown`](crate::with_teardown), a [`chain`](crate::combinators::chain)).
/// Made by [`ManagedStreamExt::boxed_managed`](crate::ManagedStreamExt::boxed_managed).
///
/// It keeps the whole lifecycle: `close()`, `cancel()`, `close_owned()`,
/// `drop_without_teardown()` and `close_on_drop()` come from
/// [`ManagedStreamExt`](crate::ManagedStreamExt), and dropping it unended is the drop
/// check of the stream inside (S4.1). `C` is what `close()` returns: `()`, or
/// `Result<(), E>` for a try-mode stream (S2.7). It is covariant in `'a`: a
/// `BoxManagedStream<'static, T>` is a `BoxManagedStream<'a, T>`.
///
/// ```
/// use futures::StreamExt;
/// use managed_stream::{BoxManagedStream, ManagedStreamExt, managed_stream, teardown, with_teardown, yield_};
///
/// trait Feed {
///     fn rows(&self) -> BoxManagedStream<'_, u32>;
/// }
///
/// struct Table(u32);
/// struct Fixed;
///
/// impl Feed for Table {
///     fn rows(&self) -> BoxManagedStream<'_, u32> {
///         self.cursor().boxed_managed()
///     }
/// }
///
/// impl Table {
///     #[managed_stream]
///     async fn cursor(&self) -> u32 {
///         teardown! { /* close the cursor */ }
///         for row in 0..self.0 {
///             yield_!(row);
///         }
///     }
/// }
///
/// impl Feed for Fixed {
///     fn rows(&self) -> BoxManagedStream<'_, u32> {
///         with_teardown(futures::stream::iter([7, 8]), async |_| {}).boxed_managed()
///     }
/// }
///
/// # futures::executor::block_on(async {
/// let feeds: [&dyn Feed; 2] = [&Table(3), &Fixed];
/// for feed in feeds {
///     let mut rows = feed.rows();
///     assert!(rows.next().await.is_some());
///     rows.close().await;
/// }
/// # });
/// ```
pub type BoxManagedStream<'a, T, C = ()> =
    Pin<Box<dyn ManagedStream<Item = T, CloseOutput = C> + Send + 'a>>;

/// [`BoxManagedStream`] without `Send`, for a stream whose body is not `Send`
/// (`#[managed_stream(?Send)]`). Made by
/// [`ManagedStreamExt::boxed_local_managed`](crate::ManagedStreamExt::boxed_local_managed).
///
/// ```
/// use managed_stream::{LocalBoxManagedStream, ManagedStreamExt, managed_stream, teardown, yield_};
/// use std::rc::Rc;
///
/// #[managed_stream(?Send)]
/// async fn shared(name: Rc<str>) -> Rc<str> {
///     teardown! { /* release */ }
///     yield_!(name.clone());
/// }
///
/// # futures::executor::block_on(async {
/// let mut names: LocalBoxManagedStream<'_, Rc<str>> = shared("a".into()).boxed_local_managed();
/// assert_eq!(futures::StreamExt::next(&mut names).await.as_deref(), Some("a"));
/// names.close().await;
/// # });
/// ```
pub type LocalBoxManagedStream<'a, T, C = ()> =
    Pin<Box<dyn ManagedStream<Item = T, CloseOutput = C> + 'a>>;
