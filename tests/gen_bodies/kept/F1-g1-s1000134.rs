// finding: F1-return-in-select-try-mode
// seed: 1000134
// expect `drain` => w1- w24- w2x s25 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w24- w2x s25 close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x cancel=Ok
// expect `take 0 mid 2 close` => w1- gaveup w24- w2x s25 close=Ok
// expect `take 0 mid 2 cancel` => w1- gaveup w2x w24x cancel=Ok
// expect `take 0 mid 3 close` => w1- w24- w2x s25 end close=Ok
// expect `take 0 mid 3 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 1 close` => w1- w24- w2x s25 end close=Ok
// expect `take 1 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 1 mid 1 close` => w1- w24- w2x s25 end close=Ok
// expect `take 1 mid 1 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 1 mid 2 close` => w1- w24- w2x s25 end close=Ok
// expect `take 1 mid 2 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 1 mid 3 close` => w1- w24- w2x s25 end close=Ok
// expect `take 1 mid 3 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 2 close` => w1- w24- w2x s25 end close=Ok
// expect `take 2 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 2 mid 1 close` => w1- w24- w2x s25 end close=Ok
// expect `take 2 mid 1 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 2 mid 2 close` => w1- w24- w2x s25 end close=Ok
// expect `take 2 mid 2 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 2 mid 3 close` => w1- w24- w2x s25 end close=Ok
// expect `take 2 mid 3 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 5 mid 2 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 7 mid 1 cancel` => w1- w24- w2x s25 end cancel=Ok
// expect `take 6 mid 2 close` => w1- w24- w2x s25 end close=Ok
// expect `take 4 mid 3 cancel` => w1- w24- w2x s25 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    W::new(&ctx, 1, 1).await;
    tokio::select! {
        _ = W::new(&ctx, 2, 3) => {
            if ctx.ch(3, 0b1010, 4) {
                let Some(v4) = ctx.opt(4, 0b100, 3) else {
                    ctx.log("s5");
                    ctx.check(6, 0b11, 3)?;
                    yield_!(Ok(7));
                    return;
                };
                ctx.log(format!("L{v4}"));
                let Some(v8) = ctx.opt(8, 0b0, 2) else {
                    W::new(&ctx, 9, 2).await;
                    W::new(&ctx, 10, 2).await;
                    tokio::join!(async { W::new(&ctx, 11, 3).await; ctx.log("j11"); }, async { W::new(&ctx, 12, 0).await; ctx.log("j12"); }, W::new(&ctx, 13, 1));
                    yield_!(Ok(14));
                    return;
                };
                ctx.log(format!("L{v8}"));
            } else {
                let b15: u32 = 'l15: {
                    ctx.log("s16");
                    yield_!(Ok(17));
                    return;
                    10
                };
                ctx.log(format!("b15={b15}"));
                match ctx.pick(18, 1, 2) {
                    0 => {
                        W::new(&ctx, 19, 3).await;
                        yield_!(Ok(20));
                    }
                    _ => {
                        ctx.check(21, 0b1, 3)?;
                        yield_!(Ok(22));
                        ctx.check(23, 0b10, 3)?;
                    }
                }
            }
            return;
        }
        _ = W::new(&ctx, 24, 1) => {
            ctx.log("s25");
        }
    }
}
