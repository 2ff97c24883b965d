// finding: F1-return-in-select-try-mode
// seed: 1000130
// expect `drain` => w3- w1x item Ok(4) w5- item Err(6) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w3- w1x close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x w3x cancel=Ok
// expect `take 0 mid 2 close` => w3- w1x item Ok(4) close=Ok
// expect `take 0 mid 2 cancel` => w3- w1x item Ok(4) cancel=Ok
// expect `take 0 mid 3 close` => w3- w1x item Ok(4) close=Ok
// expect `take 0 mid 3 cancel` => w3- w1x item Ok(4) cancel=Ok
// expect `take 1 close` => w3- w1x item Ok(4) close=Ok
// expect `take 1 cancel` => w3- w1x item Ok(4) cancel=Ok
// expect `take 1 mid 1 close` => w3- w1x item Ok(4) gaveup w5- close=Err(6)
// expect `take 1 mid 1 cancel` => w3- w1x item Ok(4) gaveup w5x cancel=Ok
// expect `take 1 mid 2 close` => w3- w1x item Ok(4) w5- item Err(6) close=Ok
// expect `take 1 mid 2 cancel` => w3- w1x item Ok(4) w5- item Err(6) cancel=Ok
// expect `take 1 mid 3 close` => w3- w1x item Ok(4) w5- item Err(6) close=Ok
// expect `take 1 mid 3 cancel` => w3- w1x item Ok(4) w5- item Err(6) cancel=Ok
// expect `take 2 close` => w3- w1x item Ok(4) w5- item Err(6) close=Ok
// expect `take 2 cancel` => w3- w1x item Ok(4) w5- item Err(6) cancel=Ok
// expect `take 2 mid 1 close` => w3- w1x item Ok(4) w5- item Err(6) end close=Ok
// expect `take 2 mid 1 cancel` => w3- w1x item Ok(4) w5- item Err(6) end cancel=Ok
// expect `take 2 mid 2 close` => w3- w1x item Ok(4) w5- item Err(6) end close=Ok
// expect `take 2 mid 2 cancel` => w3- w1x item Ok(4) w5- item Err(6) end cancel=Ok
// expect `take 2 mid 3 close` => w3- w1x item Ok(4) w5- item Err(6) end close=Ok
// expect `take 2 mid 3 cancel` => w3- w1x item Ok(4) w5- item Err(6) end cancel=Ok
// expect `take 3 mid 2 close` => w3- w1x item Ok(4) w5- item Err(6) end close=Ok
// expect `take 7 cancel` => w3- w1x item Ok(4) w5- item Err(6) end cancel=Ok
// expect `take 3 close` => w3- w1x item Ok(4) w5- item Err(6) end close=Ok
// expect `take 6 close` => w3- w1x item Ok(4) w5- item Err(6) end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 2), if ctx.ch(7, 0b111, 4) => {
            yield_!(Ok(2));
        }
        _ = W::new(&ctx, 3, 1) => {
            yield_!(Ok(4));
            W::new(&ctx, 5, 1).await;
            ctx.check(6, 0b1111, 4)?;
            return;
        }
    }
    ctx.log("s8");
}
