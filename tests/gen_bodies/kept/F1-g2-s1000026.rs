// finding: F1-return-in-select-try-mode
// seed: 1000026
// expect `drain` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) w19- w20- item Ok(21) item Ok(22) w19- w20- item Ok(21) item Ok(22) w19- w20- item Ok(21) item Ok(22) w23- w27x w25- w26- j26 w24- end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w30x w5- w3x w9x close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x w30x cancel=Ok
// expect `take 0 mid 2 close` => w1- w30x gaveup w5- w3x w9x close=Ok
// expect `take 0 mid 2 cancel` => w1- w30x gaveup w3x w5x w9x cancel=Ok
// expect `take 0 mid 3 close` => w1- w30x w5- w3x w9x item Ok(6) close=Ok
// expect `take 0 mid 3 cancel` => w1- w30x w5- w3x w9x item Ok(6) cancel=Ok
// expect `take 1 close` => w1- w30x w5- w3x w9x item Ok(6) close=Ok
// expect `take 1 cancel` => w1- w30x w5- w3x w9x item Ok(6) cancel=Ok
// expect `take 1 mid 1 close` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) close=Ok
// expect `take 1 mid 1 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) cancel=Ok
// expect `take 1 mid 2 close` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) close=Ok
// expect `take 1 mid 2 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) cancel=Ok
// expect `take 1 mid 3 close` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) close=Ok
// expect `take 1 mid 3 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) cancel=Ok
// expect `take 2 close` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) close=Ok
// expect `take 2 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) cancel=Ok
// expect `take 2 mid 1 close` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) close=Ok
// expect `take 2 mid 1 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) cancel=Ok
// expect `take 2 mid 2 close` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) close=Ok
// expect `take 2 mid 2 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) cancel=Ok
// expect `take 2 mid 3 close` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) close=Ok
// expect `take 2 mid 3 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) cancel=Ok
// expect `take 8 close` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) w19- w20- item Ok(21) item Ok(22) w19- w20- item Ok(21) item Ok(22) w19- w20- item Ok(21) close=Ok
// expect `take 5 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) w19- w20- item Ok(21) item Ok(22) cancel=Ok
// expect `take 3 mid 3 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) w19- w20- item Ok(21) cancel=Ok
// expect `take 6 cancel` => w1- w30x w5- w3x w9x item Ok(6) item Ok(7) item Err(8) w19- w20- item Ok(21) item Ok(22) w19- w20- item Ok(21) cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    futures::select! {
        _ = W::new(&ctx, 1, 1).fuse() => {
            'l2: {
                tokio::select! {
                    _ = W::new(&ctx, 3, 2), if ctx.ch(12, 0b0, 1) => {
                        W::new(&ctx, 4, 1).await;
                    }
                    _ = W::new(&ctx, 5, 1) => {
                        yield_!(Ok(6));
                        yield_!(Ok(7));
                        yield_!(Err(8));
                    }
                    _ = W::new(&ctx, 9, 3) => {
                        yield_!(Err(10));
                        ctx.check(11, 0b1, 2)?;
                    }
                    else => {
                        futures::join!(W::new(&ctx, 13, 0), async { W::new(&ctx, 14, 2).await; ctx.log("j14"); }, W::new(&ctx, 15, 3));
                        yield_!(Err(16));
                        W::new(&ctx, 17, 3).await;
                    }
                }
                for _ in 0..3 {
                    W::new(&ctx, 19, 0).await;
                    W::new(&ctx, 20, 1).await;
                    yield_!(Ok(21));
                    yield_!(Ok(22));
                }
                tokio::select! {
                    _ = W::new(&ctx, 23, 2) => {
                        tokio::join!(W::new(&ctx, 24, 2), W::new(&ctx, 25, 0), async { W::new(&ctx, 26, 1).await; ctx.log("j26"); });
                    }
                    _ = W::new(&ctx, 27, 1), if ctx.ch(28, 0b100, 3) => {
                        ctx.log("s29");
                    }
                }
            }
        }
        _ = W::new(&ctx, 30, 3).fuse() => {
            ctx.log("s31");
            return;
        }
    }
}
