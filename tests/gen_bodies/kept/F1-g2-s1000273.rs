// finding: F1-return-in-select-try-mode
// seed: 1000273
// expect `drain` => w1- w6x item Ok(2) item Ok(3) item Err(4) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w1- w6x item Ok(2) close=Ok
// expect `take 0 mid 1 cancel` => w1- w6x item Ok(2) cancel=Ok
// expect `take 0 mid 2 close` => w1- w6x item Ok(2) close=Ok
// expect `take 0 mid 2 cancel` => w1- w6x item Ok(2) cancel=Ok
// expect `take 0 mid 3 close` => w1- w6x item Ok(2) close=Ok
// expect `take 0 mid 3 cancel` => w1- w6x item Ok(2) cancel=Ok
// expect `take 1 close` => w1- w6x item Ok(2) close=Ok
// expect `take 1 cancel` => w1- w6x item Ok(2) cancel=Ok
// expect `take 1 mid 1 close` => w1- w6x item Ok(2) item Ok(3) close=Ok
// expect `take 1 mid 1 cancel` => w1- w6x item Ok(2) item Ok(3) cancel=Ok
// expect `take 1 mid 2 close` => w1- w6x item Ok(2) item Ok(3) close=Ok
// expect `take 1 mid 2 cancel` => w1- w6x item Ok(2) item Ok(3) cancel=Ok
// expect `take 1 mid 3 close` => w1- w6x item Ok(2) item Ok(3) close=Ok
// expect `take 1 mid 3 cancel` => w1- w6x item Ok(2) item Ok(3) cancel=Ok
// expect `take 2 close` => w1- w6x item Ok(2) item Ok(3) close=Ok
// expect `take 2 cancel` => w1- w6x item Ok(2) item Ok(3) cancel=Ok
// expect `take 2 mid 1 close` => w1- w6x item Ok(2) item Ok(3) item Err(4) close=Ok
// expect `take 2 mid 1 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) cancel=Ok
// expect `take 2 mid 2 close` => w1- w6x item Ok(2) item Ok(3) item Err(4) close=Ok
// expect `take 2 mid 2 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) cancel=Ok
// expect `take 2 mid 3 close` => w1- w6x item Ok(2) item Ok(3) item Err(4) close=Ok
// expect `take 2 mid 3 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) cancel=Ok
// expect `take 8 mid 1 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) end cancel=Ok
// expect `take 3 mid 1 close` => w1- w6x item Ok(2) item Ok(3) item Err(4) end close=Ok
// expect `take 3 mid 4 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) end cancel=Ok
// expect `take 7 mid 2 cancel` => w1- w6x item Ok(2) item Ok(3) item Err(4) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 0) => {
            yield_!(Ok(2));
            yield_!(Ok(3));
            ctx.check(4, 0b111, 3)?;
            W::new(&ctx, 5, 0).await;
        }
        _ = W::new(&ctx, 6, 2) => {
            'l7: for _ in 0..1 {
                yield_!(Ok(8));
            }
            return;
        }
    }
    futures::join!(W::new(&ctx, 9, 3), W::new(&ctx, 10, 1), W::new(&ctx, 11, 2));
    yield_!(Ok(12));
    W::new(&ctx, 13, 1).await;
}
