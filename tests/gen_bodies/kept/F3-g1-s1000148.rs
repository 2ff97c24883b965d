// finding: F3-teardown-in-diverging-arm
// seed: 1000148
// expect `drain` => item 20 m1=33 s28 s31 t29 w30- t29. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 20 close
// expect `take 0 mid 1 cancel` => item 20 cancel
// expect `take 0 mid 2 close` => item 20 close
// expect `take 0 mid 2 cancel` => item 20 cancel
// expect `take 0 mid 3 close` => item 20 close
// expect `take 0 mid 3 cancel` => item 20 cancel
// expect `take 1 close` => item 20 close
// expect `take 1 cancel` => item 20 cancel
// expect `take 1 mid 1 close` => item 20 m1=33 s28 s31 t29 w30- t29. end close
// expect `take 1 mid 1 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 1 mid 2 close` => item 20 m1=33 s28 s31 t29 w30- t29. end close
// expect `take 1 mid 2 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 1 mid 3 close` => item 20 m1=33 s28 s31 t29 w30- t29. end close
// expect `take 1 mid 3 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 2 close` => item 20 m1=33 s28 s31 t29 w30- t29. end close
// expect `take 2 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 2 mid 1 close` => item 20 m1=33 s28 s31 t29 w30- t29. end close
// expect `take 2 mid 1 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 2 mid 2 close` => item 20 m1=33 s28 s31 t29 w30- t29. end close
// expect `take 2 mid 2 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 2 mid 3 close` => item 20 m1=33 s28 s31 t29 w30- t29. end close
// expect `take 2 mid 3 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 5 mid 4 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 3 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 4 mid 3 cancel` => item 20 m1=33 s28 s31 t29 w30- t29. end cancel
// expect `take 4 mid 3 close` => item 20 m1=33 s28 s31 t29 w30- t29. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let m1: u32 = match ctx.pick(1, 1, 3) {
        0 => {
            ctx.log("s2");
            let Some(v3) = ctx.opt(3, 0b1, 1) else {
                match ctx.pick(4, 1, 2) {
                    0 => {
                        teardown! {
                            ctx.log("t5");
                            ctx.log("t5.");
                        }
                        ctx.log("s6");
                    }
                    _ => {
                        yield_!(7);
                    }
                }
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 8, 2) => {
                        W::new(&ctx, 9, 0).await;
                        ctx.log("s10");
                    }
                    _ = W::new(&ctx, 11, 0) => {
                        ctx.log("s12");
                        W::new(&ctx, 13, 0).await;
                        W::new(&ctx, 14, 2).await;
                    }
                    _ = W::new(&ctx, 15, 1), if ctx.ch(16, 0b0, 2) => {
                        ctx.log("s17");
                        W::new(&ctx, 18, 2).await;
                        yield_!(19);
                    }
                }
                return;
            };
            ctx.log(format!("L{v3}"));
            return;
        }
        1 => {
            yield_!(20);
            33
        }
        _ => {
            teardown! {
                ctx.log("t21");
                W::new(&ctx, 22, 1).await;
                ctx.log("t21.");
            }
            W::new(&ctx, 23, 2).await;
            teardown! {
                ctx.log("t24");
                W::new(&ctx, 25, 1).await;
                ctx.log("t24.");
            }
            tokio::join!(W::new(&ctx, 26, 3), W::new(&ctx, 27, 0));
            return;
        }
    };
    ctx.log(format!("m1={m1}"));
    ctx.log("s28");
    teardown! {
        ctx.log("t29");
        W::new(&ctx, 30, 0).await;
        ctx.log("t29.");
    }
    ctx.log("s31");
}
