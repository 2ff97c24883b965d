// finding: F1-return-in-select-try-mode
// seed: 1000001
// expect `drain` => w30- w1x w32x s31 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => gaveup w30- w1x w32x s31 close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x w30x w32x cancel=Ok
// expect `take 0 mid 1 drop` => gaveup drop w1x w30x w32x
// expect `take 0 mid 2 close` => w30- w1x w32x s31 end close=Ok
// expect `take 0 mid 2 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 0 mid 2 drop` => w30- w1x w32x s31 end drop
// expect `take 0 mid 3 close` => w30- w1x w32x s31 end close=Ok
// expect `take 0 mid 3 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 0 mid 3 drop` => w30- w1x w32x s31 end drop
// expect `take 1 close` => w30- w1x w32x s31 end close=Ok
// expect `take 1 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 1 drop` => w30- w1x w32x s31 end drop
// expect `take 1 mid 1 close` => w30- w1x w32x s31 end close=Ok
// expect `take 1 mid 1 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 1 mid 1 drop` => w30- w1x w32x s31 end drop
// expect `take 1 mid 2 close` => w30- w1x w32x s31 end close=Ok
// expect `take 1 mid 2 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 1 mid 2 drop` => w30- w1x w32x s31 end drop
// expect `take 1 mid 3 close` => w30- w1x w32x s31 end close=Ok
// expect `take 1 mid 3 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 1 mid 3 drop` => w30- w1x w32x s31 end drop
// expect `take 2 close` => w30- w1x w32x s31 end close=Ok
// expect `take 2 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 2 drop` => w30- w1x w32x s31 end drop
// expect `take 2 mid 1 close` => w30- w1x w32x s31 end close=Ok
// expect `take 2 mid 1 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 2 mid 1 drop` => w30- w1x w32x s31 end drop
// expect `take 2 mid 2 close` => w30- w1x w32x s31 end close=Ok
// expect `take 2 mid 2 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 2 mid 2 drop` => w30- w1x w32x s31 end drop
// expect `take 2 mid 3 close` => w30- w1x w32x s31 end close=Ok
// expect `take 2 mid 3 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 2 mid 3 drop` => w30- w1x w32x s31 end drop
// expect `take 8 mid 1 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 5 mid 6 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 8 cancel` => w30- w1x w32x s31 end cancel=Ok
// expect `take 3 cancel` => w30- w1x w32x s31 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 3), if ctx.ch(34, 0b1, 2) => {
            ctx.check(2, 0b10, 2)?;
            let b3: u32 = 'l3: {
                if ctx.ch(4, 0b1, 1) {
                    futures::join!(async { W::new(&ctx, 5, 1).await; ctx.log("j5"); }, async { W::new(&ctx, 6, 0).await; ctx.log("j6"); });
                } else {
                    yield_!(Ok(7));
                }
                yield_!(Ok(8));
                4
            };
            ctx.log(format!("b3={b3}"));
            yield_!(Err(9));
            tokio::select! {
                _ = W::new(&ctx, 10, 2) => {
                    tokio::select! {
                        _ = W::new(&ctx, 11, 3) => {
                            yield_!(Ok(12));
                            yield_!(Err(13));
                            yield_!(Ok(14));
                        }
                        _ = W::new(&ctx, 15, 1) => {
                            ctx.check(16, 0b1, 4)?;
                        }
                        _ = W::new(&ctx, 17, 2) => {
                            yield_!(Ok(18));
                            yield_!(Ok(19));
                        }
                    }
                    tokio::select! {
                        biased;
                        _ = W::new(&ctx, 20, 0) => {
                            W::new(&ctx, 21, 3).await;
                            yield_!(Ok(22));
                            return;
                        }
                        _ = W::new(&ctx, 23, 2) => {
                            ctx.log("s24");
                        }
                        _ = W::new(&ctx, 25, 0), if ctx.ch(26, 0b1001, 4) => {
                            ctx.log("s27");
                        }
                    }
                }
                _ = W::new(&ctx, 28, 1) => {
                    ctx.log("s29");
                    return;
                }
            }
        }
        _ = W::new(&ctx, 30, 1) => {
            ctx.log("s31");
        }
        _ = W::new(&ctx, 32, 2) => {
            ctx.log("s33");
            return;
        }
    }
}
