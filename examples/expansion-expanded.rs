//! What `#[managed_stream]` generates for `examples/expansion.rs`, formatted. The part
//! between the markers is written by the macro crate's snapshot test
//! (`UPDATE_EXPANSION=1 cargo test -p managed-stream-macros`); this file compiles and
//! runs like the original: `cargo run --example expansion-expanded`.
//!
//! - `numbers` becomes a plain `fn` returning the struct `Numbers`; calling it runs
//!   nothing. The body becomes a closure that builds the `async` body from the
//!   stream's `Yielder` (its pointer to the item slot).
//! - The body is split at each `teardown!`: the code after a teardown runs in a
//!   `Region` (where `cancel()` stops it), followed by the teardown in a `Teardown`
//!   (which nothing interrupts).
//! - `yield_!(n)` awaits the hand-off; if the consumer closed the stream, it breaks out
//!   of its region's label instead, into the teardowns.
#![allow(clippy::all, unused_braces)]

use futures::StreamExt;
use managed_stream::{teardown, yield_};

// ---- what #[managed_stream] generates ----
#[doc = " Numbers from a pretend connection, with a cursor on top."]
#[track_caller]
pub fn numbers(limit: u64) -> Numbers {
    Numbers {
        __driver: <::managed_stream::__private::Driver<
            u64,
            (),
            (),
            ::managed_stream::__private::SendBody,
        >>::new_send::<'static, _, _>("Numbers", move |__ms_yielder| async move {
            let limit = limit;
            teardown ! (@ __managed_stream_used);
            yield_ ! (@ __managed_stream_used);
            {
                let connection = "connection";
                ::managed_stream::__private::Region::new(__ms_yielder, async {
                    {
                        let cursor = "cursor";
                        ::managed_stream::__private::Region::new(__ms_yielder, async {
                            'yield_must_stay_in_the_stream_body: {
                                {
                                    for n in 0..limit {
                                        {
                                            match ::managed_stream::__private::Yielder::yield_(
                                                __ms_yielder,
                                                n,
                                            )
                                            .await
                                            {
                                                ::managed_stream::__private::Resume::Continue => {}
                                                ::managed_stream::__private::Resume::Leave => {
                                                    break 'yield_must_stay_in_the_stream_body;
                                                }
                                            }
                                        };
                                    }
                                }
                            }
                        })
                        .await;
                        ::managed_stream::__private::Teardown::new(__ms_yielder, async {
                            {
                                println!("closing the {cursor}");
                            }
                        })
                        .await;
                    }
                })
                .await;
                ::managed_stream::__private::Teardown::new(__ms_yielder, async {
                    {
                        println!("closing the {connection}");
                    }
                })
                .await;
            }
        }),
    }
}
#[doc = "The managed stream returned by [`numbers`]: a `Stream` of `u64` with an explicit end.\n\nEnd it with [`close`](Self::close) or [`cancel`](Self::cancel), or read it to the end; in debug builds, dropping it while its teardown has not run panics."]
#[must_use = "a managed stream does nothing unless polled, and must be ended with `.close().await` or read to the end"]
pub struct Numbers {
    __driver:
        ::managed_stream::__private::Driver<u64, (), (), ::managed_stream::__private::SendBody>,
}
impl Numbers {
    #[doc = r" Ends the stream gracefully: a step under way runs on to its next"]
    #[doc = r" `yield_!` (that item is dropped), then the reached teardowns run."]
    #[inline]
    pub fn close(&mut self) -> ::managed_stream::__private::Close<'_, Self> {
        ::managed_stream::__private::Close::new(self)
    }
    #[doc = r" Ends the stream promptly: the body is stopped where it waits, then the"]
    #[doc = r" reached teardowns run."]
    #[inline]
    pub fn cancel(&mut self) -> ::managed_stream::__private::Cancel<'_, Self> {
        ::managed_stream::__private::Cancel::new(self)
    }
    #[doc = r" Drops the stream without running its teardowns and without the drop"]
    #[doc = r" check's panic. The synchronous `Drop` of the body's locals still runs."]
    #[inline]
    pub fn drop_without_teardown(self) {
        self.__driver.drop_without_teardown()
    }
}
impl ::managed_stream::__private::Stream for Numbers {
    type Item = u64;
    #[inline]
    fn poll_next(
        self: ::core::pin::Pin<&mut Self>,
        cx: &mut ::core::task::Context<'_>,
    ) -> ::core::task::Poll<::core::option::Option<Self::Item>> {
        self.get_mut().__driver.poll_next(cx)
    }
}
impl ::managed_stream::__private::FusedStream for Numbers {
    #[inline]
    fn is_terminated(&self) -> bool {
        self.__driver.is_terminated()
    }
}
impl ::managed_stream::__private::ManagedStream for Numbers {
    type CloseOutput = ();
    #[inline]
    fn poll_close(
        self: ::core::pin::Pin<&mut Self>,
        cx: &mut ::core::task::Context<'_>,
    ) -> ::core::task::Poll<Self::CloseOutput> {
        self.get_mut().__driver.poll_close(cx)
    }
    #[inline]
    fn poll_cancel(
        self: ::core::pin::Pin<&mut Self>,
        cx: &mut ::core::task::Context<'_>,
    ) -> ::core::task::Poll<Self::CloseOutput> {
        self.get_mut().__driver.poll_cancel(cx)
    }
}
impl ::core::fmt::Debug for Numbers {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::fmt::Debug::fmt(&self.__driver, f)
    }
}
// ---- end of the generated code ----

fn main() {
    futures::executor::block_on(async {
        let mut stream = numbers(10);
        println!("first: {:?}", stream.next().await);
        stream.close().await;
    });
}
