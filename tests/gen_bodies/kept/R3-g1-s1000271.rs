// finding: R3-cancel-in-select
// seed: 1000271
// expect `take 0 mid 1 cancel` => gaveup w1x w6x w23x t25 w26- t25. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t25");
        W::new(&ctx, 26, 0).await;
        ctx.log("t25.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 2) => {
            ctx.log("s2");
            tokio::join!(W::new(&ctx, 3, 1), async { W::new(&ctx, 4, 0).await; ctx.log("j4"); });
            yield_!(Err(5));
        }
        _ = W::new(&ctx, 6, 3), if ctx.ch(7, 0b1, 3) => {
            if ctx.ch(8, 0b10, 3) {
                yield_!(Ok(9));
                ctx.log("s10");
                {
                    W::new(&ctx, 12, 3).await;
                    tokio::join!(W::new(&ctx, 13, 0), W::new(&ctx, 14, 2));
                }
            } else {
                yield_!(Ok(15));
                W::new(&ctx, 16, 1).await;
            }
            match ctx.pick(17, 1, 3) {
                0 => {
                    match ctx.pick(18, 0, 2) {
                        0 => {
                            W::new(&ctx, 19, 0).await;
                        }
                        _ => {
                            ctx.log("s20");
                            return;
                        }
                    }
                    return;
                }
                1 => {
                    ctx.log("s21");
                }
                _ => {
                    ctx.log("s22");
                    return;
                }
            }
        }
        _ = W::new(&ctx, 23, 1) => {
            ctx.log("s24");
            return;
        }
    }
}
