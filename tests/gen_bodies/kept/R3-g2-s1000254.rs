// finding: R3-cancel-in-select
// seed: 1000254
// expect `take 1 mid 1 cancel` => w1- w3- w12x item 4 gaveup w15x w18x w25x t35 t35. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t35");
        ctx.log("t35.");
    }
    W::new(&ctx, 1, 3).await;
    let Some(v2) = ctx.opt(2, 0b10, 3) else {
        futures::select_biased! {
            _ = W::new(&ctx, 3, 1).fuse() => {
                yield_!(4);
                let mut c5 = 0;
                'l5: loop {
                    c5 += 1;
                    if c5 > 0 { break; }
                    W::new(&ctx, 6, 1).await;
                    W::new(&ctx, 7, 3).await;
                    futures::join!(W::new(&ctx, 8, 2), W::new(&ctx, 9, 0));
                    futures::join!(async { W::new(&ctx, 10, 2).await; ctx.log("j10"); }, W::new(&ctx, 11, 0));
                }
            }
            _ = W::new(&ctx, 12, 1).fuse() => {
                W::new(&ctx, 13, 0).await;
                ctx.log("s14");
            }
        }
        tokio::select! {
            biased;
            _ = W::new(&ctx, 15, 2) => {
                let _ = tokio::try_join!(W::new(&ctx, 16, 3).ok(), async { W::new(&ctx, 17, 2).await; ctx.log("j17"); Ok::<(), u32>(()) });
            }
            _ = W::new(&ctx, 18, 1) => {
                ctx.log("s19");
                let Some(v20) = ctx.opt(20, 0b101, 3) else {
                    yield_!(21);
                    W::new(&ctx, 22, 3).await;
                    return;
                };
                ctx.log(format!("L{v20}"));
                'l23: {
                    yield_!(24);
                }
            }
            _ = W::new(&ctx, 25, 0), if ctx.ch(26, 0b0, 1) => {
                W::new(&ctx, 27, 3).await;
                let mut c28 = 0;
                'l28: loop {
                    c28 += 1;
                    if c28 > 0 { break; }
                    yield_!(29);
                    yield_!(30);
                    tokio::join!(W::new(&ctx, 31, 2), W::new(&ctx, 32, 3), W::new(&ctx, 33, 0));
                    yield_!(34);
                }
            }
        }
        return;
    };
    ctx.log(format!("L{v2}"));
}
