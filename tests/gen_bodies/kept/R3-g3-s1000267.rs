// finding: R3-cancel-in-select
// seed: 1000267
// expect `take 0 mid 1 cancel` => gaveup w9x w13x w17x t3 w4- t3. t1 t1. t20 w21- t20. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t20");
        W::new(&ctx, 21, 1).await;
        ctx.log("t20.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    {
        teardown! {
            ctx.log("t3");
            W::new(&ctx, 4, 1).await;
            ctx.log("t3.");
        }
        if ctx.ch(5, 0b0, 4) {
            yield_!(Ok(6));
            {
                W::new(&ctx, 8, 3).await;
            }
        } else {
            tokio::select! {
                _ = W::new(&ctx, 9, 3) => {
                    yield_!(Ok(10));
                    W::new(&ctx, 11, 0).await;
                    ctx.log("s12");
                    return;
                }
                _ = W::new(&ctx, 13, 2) => {
                    tokio::try_join!(W::new(&ctx, 14, 1).ok(), async { W::new(&ctx, 15, 3).await; ctx.log("j15"); Ok::<(), u32>(()) })?;
                    yield_!(Ok(16));
                }
                _ = W::new(&ctx, 17, 1), if ctx.ch(18, 0b1101, 4) => {
                    ctx.log("s19");
                }
            }
        }
        return;
    }
}
