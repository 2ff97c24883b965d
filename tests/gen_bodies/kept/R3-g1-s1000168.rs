// finding: R3-cancel-in-select
// seed: 1000168
// expect `take 0 mid 3 cancel` => w2- gaveup w3x w13x w15x t19 t19. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t19");
        ctx.log("t19.");
    }
    match ctx.pick(1, 0, 2) {
        0 => {
            W::new(&ctx, 2, 2).await;
            tokio::select! {
                biased;
                _ = W::new(&ctx, 3, 2) => {
                    yield_!(Ok(4));
                    if ctx.ch(5, 0b1, 1) {
                        W::new(&ctx, 6, 0).await;
                    } else {
                        yield_!(Ok(7));
                        yield_!(Ok(8));
                    }
                    tokio::join!(async { W::new(&ctx, 9, 0).await; ctx.log("j9"); }, async { W::new(&ctx, 10, 3).await; ctx.log("j10"); }, W::new(&ctx, 11, 2));
                    W::new(&ctx, 12, 0).await;
                }
                _ = W::new(&ctx, 13, 1) => {
                    yield_!(Ok(14));
                }
                _ = W::new(&ctx, 15, 2), if ctx.ch(16, 0b1, 1) => {
                    ctx.log("s17");
                }
            }
        }
        _ => {
            ctx.log("s18");
        }
    }
}
