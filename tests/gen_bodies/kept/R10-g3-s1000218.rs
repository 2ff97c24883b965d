// finding: R10-disabled-select-hangs
// seed: 1000218
// expect `drain` => w1x w16x PANIC poisoned
// expect `take 0 mid 1 close` => w1x w16x PANIC poisoned
// expect `take 0 mid 1 cancel` => w1x w16x PANIC poisoned
// expect `take 0 mid 1 drop` => w1x w16x PANIC poisoned
// expect `take 0 mid 2 close` => w1x w16x PANIC poisoned
// expect `take 0 mid 2 cancel` => w1x w16x PANIC poisoned
// expect `take 0 mid 2 drop` => w1x w16x PANIC poisoned
// expect `take 0 mid 3 close` => w1x w16x PANIC poisoned
// expect `take 0 mid 3 cancel` => w1x w16x PANIC poisoned
// expect `take 0 mid 3 drop` => w1x w16x PANIC poisoned
// expect `take 1 close` => w1x w16x PANIC poisoned
// expect `take 1 cancel` => w1x w16x PANIC poisoned
// expect `take 1 drop` => w1x w16x PANIC poisoned
// expect `take 1 mid 1 close` => w1x w16x PANIC poisoned
// expect `take 1 mid 1 cancel` => w1x w16x PANIC poisoned
// expect `take 1 mid 1 drop` => w1x w16x PANIC poisoned
// expect `take 1 mid 2 close` => w1x w16x PANIC poisoned
// expect `take 1 mid 2 cancel` => w1x w16x PANIC poisoned
// expect `take 1 mid 2 drop` => w1x w16x PANIC poisoned
// expect `take 1 mid 3 close` => w1x w16x PANIC poisoned
// expect `take 1 mid 3 cancel` => w1x w16x PANIC poisoned
// expect `take 1 mid 3 drop` => w1x w16x PANIC poisoned
// expect `take 2 close` => w1x w16x PANIC poisoned
// expect `take 2 cancel` => w1x w16x PANIC poisoned
// expect `take 2 drop` => w1x w16x PANIC poisoned
// expect `take 2 mid 1 close` => w1x w16x PANIC poisoned
// expect `take 2 mid 1 cancel` => w1x w16x PANIC poisoned
// expect `take 2 mid 1 drop` => w1x w16x PANIC poisoned
// expect `take 2 mid 2 close` => w1x w16x PANIC poisoned
// expect `take 2 mid 2 cancel` => w1x w16x PANIC poisoned
// expect `take 2 mid 2 drop` => w1x w16x PANIC poisoned
// expect `take 2 mid 3 close` => w1x w16x PANIC poisoned
// expect `take 2 mid 3 cancel` => w1x w16x PANIC poisoned
// expect `take 2 mid 3 drop` => w1x w16x PANIC poisoned
// expect `take 4 mid 6 cancel` => w1x w16x PANIC poisoned
// expect `take 8 close` => w1x w16x PANIC poisoned
// expect `take 3 mid 4 close` => w1x w16x PANIC poisoned
// expect `take 7 mid 5 close` => w1x w16x PANIC poisoned
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t25");
        W::new(&ctx, 26, 0).await;
        ctx.log("t25.");
    }
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 1), if ctx.ch(23, 0b0, 1) => {
            let Some(v2) = ctx.opt(2, 0b1, 2) else {
                ctx.check(3, 0b1, 1)?;
                return;
            };
            ctx.log(format!("L{v2}"));
            let Some(v4) = ctx.opt(4, 0b11, 3) else {
                tokio::select! {
                    _ = W::new(&ctx, 5, 1) => {
                        W::new(&ctx, 6, 1).await;
                        ctx.check(7, 0b1, 1)?;
                    }
                    _ = W::new(&ctx, 8, 2) => {
                        ctx.check(9, 0b1100, 4)?;
                        W::new(&ctx, 10, 1).await;
                    }
                    _ = W::new(&ctx, 11, 0), if ctx.ch(12, 0b0, 1) => {
                        ctx.log("s13");
                    }
                }
                ctx.check(14, 0b0, 2)?;
                return;
            };
            ctx.log(format!("L{v4}"));
            yield_!(Ok(15));
        }
        _ = W::new(&ctx, 16, 1), if ctx.ch(24, 0b0, 1) => {
            {
                let b18: u32 = 'l18: {
                    yield_!(Ok(19));
                    35
                };
                ctx.log(format!("b18={b18}"));
                futures::join!(async { W::new(&ctx, 20, 3).await; ctx.log("j20"); }, W::new(&ctx, 21, 2));
                yield_!(Ok(22));
            }
        }
    }
}
