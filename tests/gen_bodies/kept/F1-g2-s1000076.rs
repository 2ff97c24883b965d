// finding: F1-return-in-select-try-mode
// seed: 1000076
// expect `drain` => w1- w4- w2x item Err(6) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w4- w2x close=Err(6)
// expect `take 0 mid 1 cancel` => gaveup w1x cancel=Ok
// expect `take 0 mid 2 close` => w1- gaveup w4- w2x close=Err(6)
// expect `take 0 mid 2 cancel` => w1- gaveup w2x w4x cancel=Ok
// expect `take 0 mid 3 close` => w1- w4- w2x item Err(6) close=Ok
// expect `take 0 mid 3 cancel` => w1- w4- w2x item Err(6) cancel=Ok
// expect `take 1 close` => w1- w4- w2x item Err(6) close=Ok
// expect `take 1 cancel` => w1- w4- w2x item Err(6) cancel=Ok
// expect `take 1 mid 1 close` => w1- w4- w2x item Err(6) end close=Ok
// expect `take 1 mid 1 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 1 mid 2 close` => w1- w4- w2x item Err(6) end close=Ok
// expect `take 1 mid 2 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 1 mid 3 close` => w1- w4- w2x item Err(6) end close=Ok
// expect `take 1 mid 3 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 2 close` => w1- w4- w2x item Err(6) end close=Ok
// expect `take 2 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 2 mid 1 close` => w1- w4- w2x item Err(6) end close=Ok
// expect `take 2 mid 1 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 2 mid 2 close` => w1- w4- w2x item Err(6) end close=Ok
// expect `take 2 mid 2 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 2 mid 3 close` => w1- w4- w2x item Err(6) end close=Ok
// expect `take 2 mid 3 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 4 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 3 close` => w1- w4- w2x item Err(6) end close=Ok
// expect `take 6 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
// expect `take 6 mid 3 cancel` => w1- w4- w2x item Err(6) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    W::new(&ctx, 1, 1).await;
    futures::select_biased! {
        _ = W::new(&ctx, 2, 2).fuse() => {
            yield_!(Ok(3));
        }
        _ = W::new(&ctx, 4, 1).fuse() => {
            {
                ctx.check(6, 0b11, 3)?;
                ctx.log("s7");
            }
            futures::select! {
                _ = W::new(&ctx, 8, 2).fuse() => {
                    yield_!(Ok(9));
                    ctx.check(10, 0b1, 1)?;
                    yield_!(Ok(11));
                    return;
                }
                _ = W::new(&ctx, 12, 0).fuse() => {
                    ctx.log("s13");
                }
            }
        }
    }
    return;
}
