//! What `#[managed_stream]` generates for `examples/expansion.rs`, formatted. The part
//! between the markers is written by the macro crate's snapshot test
//! (`UPDATE_EXPANSION=1 cargo test -p managed-stream-macros`); this file compiles and
//! runs like the original: `cargo run --example expansion-expanded`.
//!
//! - `numbers` becomes a plain `fn` returning the struct `Numbers`; calling it runs
//!   nothing. The body becomes a closure that builds the `async` body from the
//!   stream's `Yielder` (its pointer to the item slot).
//! - Each `teardown!` guards the rest of its block: the macro registers it, runs the
//!   rest as a labelled block whose every way out is a `break` with an exit code, runs
//!   the teardown (which nothing interrupts), then takes the same way out again.
//! - `yield_!(n)` awaits the hand-off; if the consumer closed the stream, it leaves
//!   the body with the exit code that runs every registered teardown. No teardown is
//!   polled per item.
#![allow(clippy::all, unused_braces)]

use futures::StreamExt;
use managed_stream::{teardown, yield_};

// ---- what #[managed_stream] generates ----
#[doc = " Numbers from a pretend connection, with a cursor on top."]
#[track_caller]
pub fn numbers(limit: u64) -> Numbers {
    Numbers {
        __driver: {
            let __ms_make_body = move |__ms_yielder| async move {
                let limit = limit;
                teardown ! (@ __managed_stream_used);
                yield_ ! (@ __managed_stream_used);
                #[allow(unused_labels)]
                'yield_must_stay_in_the_stream_body: {
                    {
                        let connection = "connection";
                        {
                            ::managed_stream::__private::register(__ms_yielder);
                            let mut __ms_tail0 = ::core::option::Option::None;
                            #[allow(unreachable_code, unused_braces)]
                            let __ms_exit0: u32 = '__ms_guard0: {
                                __ms_tail0 = ::core::option::Option::Some({
                                    let cursor = "cursor";
                                    {
                                        ::managed_stream::__private::register(__ms_yielder);
                                        let mut __ms_tail1 = ::core::option::Option::None;
                                        # [allow (unreachable_code , unused_braces)] let __ms_exit1 : u32 = '__ms_guard1 : { __ms_tail1 = :: core :: option :: Option :: Some ({ for n in 0 .. limit { { match :: managed_stream :: __private :: Yielder :: yield_ (__ms_yielder , n) . await { :: managed_stream :: __private :: Resume :: Continue => { } :: managed_stream :: __private :: Resume :: Leave => { if false { break 'yield_must_stay_in_the_stream_body ; } break '__ms_guard1 1u32 ; } } } ; } }) ; 0u32 } ;
                                        #[allow(unreachable_code)]
                                        let __ms_failed1 =
                                            ::managed_stream::__private::Teardown::new(
                                                __ms_yielder,
                                                async {
                                                    {
                                                        println!("closing the {cursor}");
                                                    }
                                                },
                                            )
                                            .await;
                                        let _ = __ms_failed1;
                                        match __ms_exit1 {
                                            _ if ::managed_stream::__private::cancelling(
                                                __ms_yielder,
                                            ) =>
                                            {
                                                break '__ms_guard0 1u32;
                                            }
                                            0u32 => match __ms_tail1 {
                                                ::core::option::Option::Some(__ms_value) => {
                                                    __ms_value
                                                }
                                                ::core::option::Option::None => {
                                                    ::core::unreachable!()
                                                }
                                            },
                                            1u32 => break '__ms_guard0 1u32,
                                            _ => ::core::unreachable!(),
                                        }
                                    }
                                });
                                0u32
                            };
                            #[allow(unreachable_code)]
                            let __ms_failed0 =
                                ::managed_stream::__private::Teardown::new(__ms_yielder, async {
                                    {
                                        println!("closing the {connection}");
                                    }
                                })
                                .await;
                            let _ = __ms_failed0;
                            match __ms_exit0 {
                                _ if ::managed_stream::__private::cancelling(__ms_yielder) => {
                                    return;
                                }
                                0u32 => match __ms_tail0 {
                                    ::core::option::Option::Some(__ms_value) => __ms_value,
                                    ::core::option::Option::None => ::core::unreachable!(),
                                },
                                1u32 => return,
                                _ => ::core::unreachable!(),
                            }
                        }
                    }
                }
            };
            fn __ms_name() -> &'static str {
                "Numbers"
            }
            unsafe {
                <::managed_stream::__private::Driver<
                    u64,
                    (),
                    (),
                    ::managed_stream::__private::SendBody,
                >>::new_send::<'static, _, _>(__ms_name, __ms_make_body)
            }
        },
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
    #[doc = r" Ends the stream gracefully, as `close()` does, and drops it: a borrow it"]
    #[doc = r" holds ends with the `.await`."]
    #[inline]
    pub fn close_owned(self) -> ::managed_stream::__private::CloseOwned<Self> {
        ::managed_stream::__private::CloseOwned::new(self)
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
