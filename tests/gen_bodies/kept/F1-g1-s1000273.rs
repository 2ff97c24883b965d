// finding: F1-return-in-select-try-mode
// seed: 1000273
// expect `drain` => w1- w3x w21x item Ok(2) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w1- w3x w21x item Ok(2) close=Ok
// expect `take 0 mid 1 cancel` => w1- w3x w21x item Ok(2) cancel=Ok
// expect `take 0 mid 2 close` => w1- w3x w21x item Ok(2) close=Ok
// expect `take 0 mid 2 cancel` => w1- w3x w21x item Ok(2) cancel=Ok
// expect `take 0 mid 3 close` => w1- w3x w21x item Ok(2) close=Ok
// expect `take 0 mid 3 cancel` => w1- w3x w21x item Ok(2) cancel=Ok
// expect `take 1 close` => w1- w3x w21x item Ok(2) close=Ok
// expect `take 1 cancel` => w1- w3x w21x item Ok(2) cancel=Ok
// expect `take 1 mid 1 close` => w1- w3x w21x item Ok(2) end close=Ok
// expect `take 1 mid 1 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 1 mid 2 close` => w1- w3x w21x item Ok(2) end close=Ok
// expect `take 1 mid 2 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 1 mid 3 close` => w1- w3x w21x item Ok(2) end close=Ok
// expect `take 1 mid 3 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 2 close` => w1- w3x w21x item Ok(2) end close=Ok
// expect `take 2 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 2 mid 1 close` => w1- w3x w21x item Ok(2) end close=Ok
// expect `take 2 mid 1 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 2 mid 2 close` => w1- w3x w21x item Ok(2) end close=Ok
// expect `take 2 mid 2 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 2 mid 3 close` => w1- w3x w21x item Ok(2) end close=Ok
// expect `take 2 mid 3 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 8 mid 1 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 3 mid 1 close` => w1- w3x w21x item Ok(2) end close=Ok
// expect `take 3 mid 4 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
// expect `take 7 mid 2 cancel` => w1- w3x w21x item Ok(2) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 0) => {
            yield_!(Ok(2));
        }
        _ = W::new(&ctx, 3, 2) => {
            W::new(&ctx, 4, 0).await;
            tokio::join!(W::new(&ctx, 5, 1), async { W::new(&ctx, 6, 0).await; ctx.log("j6"); });
            match ctx.pick(7, 1, 2) {
                0 => {
                    ctx.check(8, 0b0, 1)?;
                    {
                        W::new(&ctx, 10, 3).await;
                        ctx.log("s11");
                        W::new(&ctx, 12, 3).await;
                        yield_!(Ok(13));
                    }
                    W::new(&ctx, 14, 2).await;
                    yield_!(Ok(15));
                }
                _ => {
                    let Some(v16) = ctx.opt(16, 0b1011, 4) else {
                        yield_!(Ok(17));
                        yield_!(Ok(18));
                        W::new(&ctx, 19, 3).await;
                        return;
                    };
                    ctx.log(format!("L{v16}"));
                    yield_!(Ok(20));
                }
            }
            return;
        }
        _ = W::new(&ctx, 21, 1), if ctx.ch(22, 0b1, 1) => {
            ctx.log("s23");
        }
    }
}
