// finding: F1-return-in-select-try-mode
// seed: 1000029
// expect `drain` => w16- w1x w30- w17x s31 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 0 mid 1 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 0 mid 2 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 0 mid 2 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 0 mid 3 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 0 mid 3 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 1 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 1 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 1 mid 1 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 1 mid 1 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 1 mid 2 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 1 mid 2 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 1 mid 3 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 1 mid 3 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 2 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 2 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 2 mid 1 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 2 mid 1 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 2 mid 2 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 2 mid 2 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 2 mid 3 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 2 mid 3 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 8 mid 2 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 6 mid 1 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
// expect `take 5 mid 6 close` => w16- w1x w30- w17x s31 end close=Ok
// expect `take 6 mid 3 cancel` => w16- w1x w30- w17x s31 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 3) => {
            let m2: u32 = match ctx.pick(2, 1, 2) {
                0 => {
                    W::new(&ctx, 3, 0).await;
                    6
                }
                _ => {
                    ctx.check(4, 0b0, 2)?;
                    ctx.check(5, 0b0, 1)?;
                    tokio::select! {
                        _ = W::new(&ctx, 6, 2) => {
                            ctx.log("s7");
                            tokio::join!(async { W::new(&ctx, 8, 0).await; ctx.log("j8"); }, W::new(&ctx, 9, 2), W::new(&ctx, 10, 3));
                        }
                        _ = W::new(&ctx, 11, 1), if ctx.ch(12, 0b0, 1) => {
                            yield_!(Ok(13));
                            yield_!(Ok(14));
                        }
                    }
                    yield_!(Ok(15));
                    46
                }
            };
            ctx.log(format!("m2={m2}"));
        }
        _ = W::new(&ctx, 16, 0) => {
            tokio::select! {
                biased;
                _ = W::new(&ctx, 17, 0), if ctx.ch(32, 0b0, 2) => {
                    yield_!(Ok(18));
                    tokio::select! {
                        biased;
                        _ = W::new(&ctx, 19, 2) => {
                            W::new(&ctx, 20, 2).await;
                            yield_!(Ok(21));
                        }
                        _ = W::new(&ctx, 22, 0) => {
                            W::new(&ctx, 23, 1).await;
                            ctx.log("s24");
                        }
                        _ = W::new(&ctx, 25, 2) => {
                            yield_!(Ok(26));
                            W::new(&ctx, 27, 0).await;
                            W::new(&ctx, 28, 2).await;
                            yield_!(Ok(29));
                        }
                    }
                    return;
                }
                _ = W::new(&ctx, 30, 0) => {
                    ctx.log("s31");
                    return;
                }
            }
        }
    }
    return;
}
