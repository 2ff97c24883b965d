// finding: R3-cancel-in-select
// seed: 1000267
// expect `take 0 mid 3 cancel` => gaveup w9x w14x t3 w4- t3. t1 t1. t19 w20- t19. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t19");
        W::new(&ctx, 20, 2).await;
        ctx.log("t19.");
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
                _ = W::new(&ctx, 9, 1), if ctx.ch(18, 0b0, 1) => {
                    W::new(&ctx, 10, 2).await;
                    yield_!(Ok(11));
                    W::new(&ctx, 12, 0).await;
                    ctx.log("s13");
                    return;
                }
                _ = W::new(&ctx, 14, 3) => {
                    tokio::join!(W::new(&ctx, 15, 0), W::new(&ctx, 16, 3), W::new(&ctx, 17, 1));
                }
            }
        }
    }
}
