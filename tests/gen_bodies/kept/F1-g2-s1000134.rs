// finding: F1-return-in-select-try-mode
// seed: 1000134
// expect `drain` => w1- w26- w2x w23x s27 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w26- w2x w23x s27 close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x cancel=Ok
// expect `take 0 mid 2 close` => w1- gaveup w26- w2x w23x s27 close=Ok
// expect `take 0 mid 2 cancel` => w1- gaveup w2x w23x w26x cancel=Ok
// expect `take 0 mid 3 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 0 mid 3 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 1 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 1 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 1 mid 1 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 1 mid 1 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 1 mid 2 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 1 mid 2 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 1 mid 3 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 1 mid 3 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 2 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 2 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 2 mid 1 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 2 mid 1 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 2 mid 2 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 2 mid 2 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 2 mid 3 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 2 mid 3 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 5 mid 2 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 7 mid 1 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
// expect `take 6 mid 2 close` => w1- w26- w2x w23x s27 end close=Ok
// expect `take 4 mid 3 cancel` => w1- w26- w2x w23x s27 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    W::new(&ctx, 1, 1).await;
    tokio::select! {
        _ = W::new(&ctx, 2, 2), if ctx.ch(28, 0b11, 3) => {
            let m3: u32 = match ctx.pick(3, 1, 2) {
                0 => {
                    yield_!(Ok(4));
                    ctx.log("s5");
                    if ctx.ch(6, 0b10, 3) {
                        ctx.check(7, 0b11, 3)?;
                        yield_!(Ok(8));
                    } else {
                        W::new(&ctx, 9, 0).await;
                        yield_!(Ok(10));
                        W::new(&ctx, 11, 2).await;
                        W::new(&ctx, 12, 2).await;
                    }
                    1
                }
                _ => {
                    ctx.check(13, 0b1, 1)?;
                    if ctx.ch(14, 0b0, 2) {
                        yield_!(Ok(15));
                        yield_!(Ok(16));
                        W::new(&ctx, 17, 1).await;
                    } else {
                        yield_!(Ok(18));
                        return;
                    }
                    tokio::select! {
                        _ = W::new(&ctx, 19, 1) => {
                            W::new(&ctx, 20, 3).await;
                        }
                        _ = W::new(&ctx, 21, 2) => {
                            ctx.check(22, 0b1, 3)?;
                        }
                    }
                    return;
                }
            };
            ctx.log(format!("m3={m3}"));
        }
        _ = W::new(&ctx, 23, 3), if ctx.ch(24, 0b1, 1) => {
            ctx.log("s25");
        }
        _ = W::new(&ctx, 26, 1) => {
            ctx.log("s27");
        }
    }
}
