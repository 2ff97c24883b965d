// finding: R9-cancel-in-futures-select
// seed: 1000168
// expect `take 0 mid 3 cancel` => w2- gaveup w3x w11x t19 t19. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t19");
        ctx.log("t19.");
    }
    match ctx.pick(1, 0, 2) {
        0 => {
            W::new(&ctx, 2, 2).await;
            futures::select! {
                _ = W::new(&ctx, 3, 3).fuse() => {
                    if ctx.ch(4, 0b1, 1) {
                        W::new(&ctx, 5, 0).await;
                    } else {
                        yield_!(Ok(6));
                        yield_!(Ok(7));
                    }
                    tokio::try_join!(async { W::new(&ctx, 8, 2).await; ctx.log("j8"); Ok::<(), u32>(()) }, W::new(&ctx, 9, 3).ok())?;
                    W::new(&ctx, 10, 0).await;
                }
                _ = W::new(&ctx, 11, 1).fuse() => {
                    futures::select_biased! {
                        _ = W::new(&ctx, 12, 2).fuse() => {
                            yield_!(Err(13));
                        }
                        _ = W::new(&ctx, 14, 0).fuse() => {
                            ctx.log("s15");
                        }
                        _ = W::new(&ctx, 16, 1).fuse() => {
                            ctx.log("s17");
                        }
                    }
                }
            }
        }
        _ => {
            ctx.log("s18");
        }
    }
    return;
}
