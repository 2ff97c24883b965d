// finding: R2-cancel-in-join
// seed: 1000153
// expect `take 0 mid 3 cancel` => w1- w2- w23x w26x w4x w7x gaveup w11x w12x t28 t28. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t28");
        ctx.log("t28.");
    }
    W::new(&ctx, 1, 2).await;
    tokio::select! {
        _ = W::new(&ctx, 2, 0) => {
            'l3: for _ in 0..1 {
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 4, 2), if ctx.ch(10, 0b1010, 4) => {
                        W::new(&ctx, 5, 1).await;
                        ctx.check(6, 0b1, 1)?;
                        break 'l3;
                    }
                    _ = W::new(&ctx, 7, 2), if ctx.ch(8, 0b1010, 4) => {
                        yield_!(Ok(9));
                    }
                    else => {
                        tokio::join!(W::new(&ctx, 11, 1), W::new(&ctx, 12, 3));
                        break 'l3;
                    }
                }
                yield_!(Err(13));
            }
            tokio::select! {
                _ = W::new(&ctx, 14, 1), if ctx.ch(22, 0b11, 2) => {
                    yield_!(Ok(15));
                    ctx.check(16, 0b101, 3)?;
                    W::new(&ctx, 17, 0).await;
                }
                _ = W::new(&ctx, 18, 2) => {
                    ctx.log("s19");
                }
                _ = W::new(&ctx, 20, 3) => {
                    ctx.log("s21");
                }
            }
        }
        _ = W::new(&ctx, 23, 3), if ctx.ch(24, 0b1, 2) => {
            ctx.log("s25");
        }
        _ = W::new(&ctx, 26, 2) => {
            ctx.log("s27");
        }
    }
}
