// finding: F1-return-in-select-try-mode
// seed: 1000076
// expect `drain` => w1- w17- w2x s18 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w17- w2x s18 close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x cancel=Ok
// expect `take 0 mid 2 close` => w1- gaveup w17- w2x s18 close=Ok
// expect `take 0 mid 2 cancel` => w1- gaveup w2x w17x cancel=Ok
// expect `take 0 mid 3 close` => w1- w17- w2x s18 end close=Ok
// expect `take 0 mid 3 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 1 close` => w1- w17- w2x s18 end close=Ok
// expect `take 1 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 1 mid 1 close` => w1- w17- w2x s18 end close=Ok
// expect `take 1 mid 1 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 1 mid 2 close` => w1- w17- w2x s18 end close=Ok
// expect `take 1 mid 2 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 1 mid 3 close` => w1- w17- w2x s18 end close=Ok
// expect `take 1 mid 3 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 2 close` => w1- w17- w2x s18 end close=Ok
// expect `take 2 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 2 mid 1 close` => w1- w17- w2x s18 end close=Ok
// expect `take 2 mid 1 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 2 mid 2 close` => w1- w17- w2x s18 end close=Ok
// expect `take 2 mid 2 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 2 mid 3 close` => w1- w17- w2x s18 end close=Ok
// expect `take 2 mid 3 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 4 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 3 close` => w1- w17- w2x s18 end close=Ok
// expect `take 6 cancel` => w1- w17- w2x s18 end cancel=Ok
// expect `take 6 mid 3 cancel` => w1- w17- w2x s18 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    W::new(&ctx, 1, 1).await;
    tokio::select! {
        biased;
        _ = W::new(&ctx, 2, 2), if ctx.ch(19, 0b1, 2) => {
            let Some(v3) = ctx.opt(3, 0b1000, 4) else {
                {
                    W::new(&ctx, 5, 1).await;
                    ctx.check(6, 0b11, 3)?;
                    ctx.log("s7");
                }
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 8, 1) => {
                        yield_!(Ok(9));
                        ctx.check(10, 0b1, 1)?;
                    }
                    _ = W::new(&ctx, 11, 0), if ctx.ch(12, 0b10, 3) => {
                        ctx.log("s13");
                    }
                    _ = W::new(&ctx, 14, 0), if ctx.ch(15, 0b1, 3) => {
                        ctx.log("s16");
                    }
                }
                return;
            };
            ctx.log(format!("L{v3}"));
        }
        _ = W::new(&ctx, 17, 1) => {
            ctx.log("s18");
        }
    }
}
