// finding: R2-cancel-in-join
// seed: 1000264
// expect `take 0 mid 1 cancel` => s4 w9- gaveup w8x w10x t1 w2- t1. t40 t40. cancel=Ok
// expect `take 0 mid 2 cancel` => s4 w9- w10- gaveup w8x t1 w2- t1. t40 t40. cancel=Ok
// expect `take 1 mid 1 cancel` => s4 w9- w10- w8- j8 item Ok(16) gaveup w17x w18x t1 w2- t1. t40 t40. cancel=Ok
// expect `take 1 mid 2 cancel` => s4 w9- w10- w8- j8 item Ok(16) w17- j17 gaveup w18x t1 w2- t1. t40 t40. cancel=Ok
// expect `take 1 mid 3 cancel` => s4 w9- w10- w8- j8 item Ok(16) w17- j17 gaveup w18x t1 w2- t1. t40 t40. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t40");
        ctx.log("t40.");
    }
    teardown! {
        ctx.log("t1");
        W::new(&ctx, 2, 1).await;
        ctx.log("t1.");
    }
    let mut c3 = 0;
    let b3: u32 = loop {
        c3 += 1;
        if c3 > 2 { break 30; }
        ctx.log("s4");
        let m5: u32 = match ctx.pick(5, 2, 3) {
            0 => {
                W::new(&ctx, 6, 2).await;
                6
            }
            1 => {
                ctx.log("s7");
                23
            }
            _ => {
                tokio::join!(async { W::new(&ctx, 8, 2).await; ctx.log("j8"); }, W::new(&ctx, 9, 0), W::new(&ctx, 10, 1));
                if ctx.ch(11, 0b10, 3) {
                    teardown! {
                        ctx.log("t12");
                        W::new(&ctx, 13, 1).await;
                        ctx.log("t12.");
                    }
                    ctx.check(14, 0b0, 1)?;
                    ctx.check(15, 0b1, 2)?;
                    break 1;
                } else {
                    yield_!(Ok(16));
                    tokio::join!(async { W::new(&ctx, 17, 1).await; ctx.log("j17"); }, W::new(&ctx, 18, 3));
                    W::new(&ctx, 19, 2).await;
                    tokio::join!(W::new(&ctx, 20, 2), async { W::new(&ctx, 21, 3).await; ctx.log("j21"); });
                }
                tokio::join!(W::new(&ctx, 22, 0), async { W::new(&ctx, 23, 1).await; ctx.log("j23"); }, async { W::new(&ctx, 24, 3).await; ctx.log("j24"); });
                let b25: u32 = 'l25: {
                    ctx.log("s26");
                    tokio::join!(W::new(&ctx, 27, 3), async { W::new(&ctx, 28, 2).await; ctx.log("j28"); });
                    8
                };
                ctx.log(format!("b25={b25}"));
                8
            }
        };
        ctx.log(format!("m5={m5}"));
        teardown! {
            ctx.log("t29");
            W::new(&ctx, 30, 0).await;
            ctx.log("t29.");
        }
        tokio::select! {
            _ = W::new(&ctx, 31, 1) => {
                match ctx.pick(32, 2, 3) {
                    0 => {
                        ctx.log("s33");
                    }
                    1 => {
                        ctx.log("s34");
                    }
                    _ => {
                        ctx.log("s35");
                    }
                }
            }
            _ = W::new(&ctx, 36, 2) => {
                ctx.log("s37");
            }
            _ = W::new(&ctx, 38, 3) => {
                ctx.log("s39");
            }
        }
        return;
    };
    ctx.log(format!("b3={b3}"));
}
