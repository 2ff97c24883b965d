//! A user crate with `#![forbid(unsafe_code)]`. The generated code calls the runtime's
//! `unsafe` constructor (the `Yielder` stays in the body: `raw.rs`, invariant 4) inside
//! an `unsafe` block with the macro's own span, which the lint does not count against
//! the user's crate. Every form of the macro is here: a fn (with and without
//! `impl Trait` arguments), `?Send`, a method, `stream!` and `try_stream!`; the crate
//! compiling is the test, and the tests below run each form once.
#![forbid(unsafe_code)]

use managed_stream::{ManagedBox, managed_stream, stream, teardown, try_stream, yield_};

/// A plain generated stream.
#[managed_stream]
pub async fn numbers(count: u32) -> u32 {
    teardown! {}
    for n in 0..count {
        yield_!(n);
    }
}

/// `impl Trait` arguments go through a builder fn.
#[managed_stream]
pub async fn from_iter(items: impl Iterator<Item = u32> + Send + 'static) -> u32 {
    for n in items {
        yield_!(n);
    }
}

/// A body that is not `Send`.
#[managed_stream(?Send)]
pub async fn local(name: std::rc::Rc<str>) -> std::rc::Rc<str> {
    teardown! {}
    yield_!(name);
}

/// Try mode.
#[managed_stream]
pub async fn parsed(text: &'static str) -> Result<u32, std::num::ParseIntError> {
    yield_!(Ok(text.parse::<u32>()?));
}

/// A method returns the runtime's type.
pub struct Table(pub u32);

impl Table {
    /// Rows of the table.
    #[managed_stream]
    pub async fn rows(&self) -> u32 {
        teardown! {}
        for row in 0..self.0 {
            yield_!(row);
        }
    }
}

/// The expression forms.
pub fn inline_forms() -> (
    ManagedBox<'static, u32>,
    managed_stream::TryManagedBox<'static, u32, String>,
) {
    let plain = stream! {
        teardown! {}
        yield_!(1u32);
    };
    let tried = try_stream! {
        yield_!(Ok::<u32, String>(2));
    };
    (plain, tried)
}

#[cfg(test)]
mod tests {
    use futures::StreamExt;
    use futures::executor::block_on;

    use super::*;

    #[test]
    fn every_form_runs() {
        block_on(async {
            assert_eq!(numbers(2).collect::<Vec<_>>().await, [0, 1]);
            assert_eq!(from_iter([5].into_iter()).collect::<Vec<_>>().await, [5]);
            assert_eq!(local("a".into()).collect::<Vec<_>>().await.len(), 1);
            assert_eq!(parsed("7").collect::<Vec<_>>().await, [Ok(7)]);
            let table = Table(3);
            let mut rows = table.rows();
            assert_eq!(rows.next().await, Some(0));
            rows.close().await;
            let (mut plain, mut tried) = inline_forms();
            assert_eq!(plain.next().await, Some(1));
            plain.close().await;
            assert_eq!(tried.next().await, Some(Ok(2)));
            assert_eq!(tried.close().await, Ok(()));
        });
    }
}
