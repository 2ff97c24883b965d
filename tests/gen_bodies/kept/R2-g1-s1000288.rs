// finding: R2-cancel-in-join
// seed: 1000288
// expect `take 1 mid 1 cancel` => item Ok(1) w11- gaveup w10x w12x t9 t9. t41 t41. cancel=Ok
// expect `take 1 mid 2 cancel` => item Ok(1) w11- w12- gaveup w10x t9 t9. t41 t41. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t41");
        ctx.log("t41.");
    }
    yield_!(Ok(1));
    if ctx.ch(2, 0b1, 1) {
        if ctx.ch(3, 0b0, 2) {
            tokio::join!(W::new(&ctx, 4, 3), async { W::new(&ctx, 5, 1).await; ctx.log("j5"); }, W::new(&ctx, 6, 0));
            ctx.log("s7");
            return;
        } else {
            {
                teardown! {
                    ctx.log("t9");
                    ctx.log("t9.");
                }
                tokio::join!(W::new(&ctx, 10, 2), W::new(&ctx, 11, 0), W::new(&ctx, 12, 1));
                yield_!(Err(13));
            }
            yield_!(Ok(14));
            match ctx.pick(15, 2, 3) {
                0 => {
                    W::new(&ctx, 16, 0).await;
                    return;
                }
                1 => {
                    teardown! {
                        ctx.log("t17");
                        ctx.log("t17.");
                    }
                    ctx.log("s18");
                }
                _ => {
                    yield_!(Ok(19));
                    ctx.log("s20");
                    tokio::join!(W::new(&ctx, 21, 2), async { W::new(&ctx, 22, 1).await; ctx.log("j22"); });
                    tokio::join!(W::new(&ctx, 23, 2), W::new(&ctx, 24, 3), async { W::new(&ctx, 25, 0).await; ctx.log("j25"); });
                }
            }
        }
    } else {
        teardown! {
            ctx.log("t26");
            ctx.log("t26.");
        }
        tokio::join!(W::new(&ctx, 27, 1), async { W::new(&ctx, 28, 2).await; ctx.log("j28"); });
        if ctx.ch(29, 0b10, 4) {
            ctx.log("s30");
            teardown! {
                ctx.log("t31");
                ctx.log("t31.");
            }
            teardown! {
                ctx.log("t32");
                ctx.log("t32.");
            }
            ctx.log("s33");
        } else {
            tokio::select! {
                biased;
                _ = W::new(&ctx, 34, 0) => {
                    ctx.log("s35");
                    return;
                }
                _ = W::new(&ctx, 36, 0) => {
                    ctx.log("s37");
                }
                _ = W::new(&ctx, 38, 2), if ctx.ch(39, 0b0, 4) => {
                    ctx.log("s40");
                }
            }
        }
    }
}
