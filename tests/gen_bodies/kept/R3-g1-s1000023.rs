// finding: R3-cancel-in-select
// seed: 1000023
// expect `take 0 mid 1 cancel` => w1- w40x w2- w25x gaveup w3x w10x t43 t43. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t43");
        ctx.log("t43.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 0) => {
            tokio::select! {
                biased;
                _ = W::new(&ctx, 2, 0), if ctx.ch(39, 0b11, 2) => {
                    tokio::select! {
                        _ = W::new(&ctx, 3, 2), if ctx.ch(19, 0b0, 3) => {
                            W::new(&ctx, 4, 0).await;
                            tokio::join!(async { W::new(&ctx, 5, 3).await; ctx.log("j5"); }, W::new(&ctx, 6, 1));
                            tokio::join!(async { W::new(&ctx, 7, 1).await; ctx.log("j7"); }, W::new(&ctx, 8, 3), W::new(&ctx, 9, 2));
                        }
                        _ = W::new(&ctx, 10, 1) => {
                            yield_!(11);
                            W::new(&ctx, 12, 3).await;
                            tokio::join!(W::new(&ctx, 13, 1), W::new(&ctx, 14, 0), async { W::new(&ctx, 15, 3).await; ctx.log("j15"); });
                            tokio::join!(W::new(&ctx, 16, 3), async { W::new(&ctx, 17, 0).await; ctx.log("j17"); }, async { W::new(&ctx, 18, 1).await; ctx.log("j18"); });
                        }
                    }
                    'l20: {
                        yield_!(21);
                        W::new(&ctx, 22, 2).await;
                    }
                    let b23: u32 = 'l23: {
                        W::new(&ctx, 24, 2).await;
                        18
                    };
                    ctx.log(format!("b23={b23}"));
                }
                _ = W::new(&ctx, 25, 1) => {
                    if ctx.ch(26, 0b0, 3) {
                        tokio::join!(W::new(&ctx, 27, 2), W::new(&ctx, 28, 0));
                    } else {
                        yield_!(29);
                        ctx.log("s30");
                        W::new(&ctx, 31, 2).await;
                    }
                    ctx.log("s32");
                    {
                        tokio::join!(async { W::new(&ctx, 34, 0).await; ctx.log("j34"); }, async { W::new(&ctx, 35, 1).await; ctx.log("j35"); });
                        yield_!(36);
                        return;
                    }
                    {
                        yield_!(38);
                    }
                }
            }
        }
        _ = W::new(&ctx, 40, 1) => {
            'l41: {
                ctx.log("s42");
            }
        }
    }
}
