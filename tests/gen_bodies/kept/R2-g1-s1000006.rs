// finding: R2-cancel-in-join
// seed: 1000006
// expect `take 1 mid 1 cancel` => item Ok(1) w6- w4x w7- gaveup w8x t2 w3- t2. t20 w21- t20. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t20");
        W::new(&ctx, 21, 1).await;
        ctx.log("t20.");
    }
    yield_!(Ok(1));
    teardown! {
        ctx.log("t2");
        W::new(&ctx, 3, 0).await;
        ctx.log("t2.");
    }
    tokio::select! {
        _ = W::new(&ctx, 4, 1) => {
            ctx.check(5, 0b0, 1)?;
        }
        _ = W::new(&ctx, 6, 0) => {
            tokio::join!(W::new(&ctx, 7, 0), W::new(&ctx, 8, 1));
            tokio::select! {
                _ = W::new(&ctx, 9, 2), if ctx.ch(19, 0b111, 4) => {
                    let b10: u32 = 'l10: {
                        yield_!(Ok(11));
                        37
                    };
                    ctx.log(format!("b10={b10}"));
                    let Some(v12) = ctx.opt(12, 0b1, 2) else {
                        ctx.log("s13");
                        return;
                    };
                    ctx.log(format!("L{v12}"));
                }
                _ = W::new(&ctx, 14, 1), if ctx.ch(15, 0b0, 2) => {
                    ctx.log("s16");
                }
                _ = W::new(&ctx, 17, 0) => {
                    ctx.log("s18");
                }
            }
        }
    }
}
