// finding: R2-cancel-in-join
// seed: 1000264
// expect `take 0 mid 1 cancel` => s4 w9- j9 gaveup w8x t1 w2- t1. t34 w35- t34. cancel=Ok
// expect `take 0 mid 2 cancel` => s4 w9- j9 gaveup w8x t1 w2- t1. t34 w35- t34. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t34");
        W::new(&ctx, 35, 2).await;
        ctx.log("t34.");
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
                tokio::join!(async { W::new(&ctx, 8, 2).await; ctx.log("j8"); }, async { W::new(&ctx, 9, 0).await; ctx.log("j9"); });
                teardown! {
                    ctx.log("t10");
                    ctx.log("t10.");
                }
                {
                    teardown! {
                        ctx.log("t12");
                        W::new(&ctx, 13, 1).await;
                        ctx.log("t12.");
                    }
                    ctx.check(14, 0b0, 1)?;
                    ctx.check(15, 0b1, 2)?;
                    break 1;
                }
                futures::join!(async { W::new(&ctx, 16, 3).await; ctx.log("j16"); }, async { W::new(&ctx, 17, 2).await; ctx.log("j17"); }, async { W::new(&ctx, 18, 0).await; ctx.log("j18"); });
                4
            }
        };
        ctx.log(format!("m5={m5}"));
        tokio::select! {
            _ = W::new(&ctx, 19, 3), if ctx.ch(33, 0b101, 3) => {
                tokio::select! {
                    _ = W::new(&ctx, 20, 1) => {
                        W::new(&ctx, 21, 2).await;
                        W::new(&ctx, 22, 3).await;
                        ctx.log("s23");
                        tokio::try_join!(W::new(&ctx, 24, 1).ok(), async { W::new(&ctx, 25, 2).await; ctx.log("j25"); Ok::<(), u32>(()) }, W::new(&ctx, 26, 0).fail(26))?;
                    }
                    _ = W::new(&ctx, 27, 0) => {
                        W::new(&ctx, 28, 3).await;
                        W::new(&ctx, 29, 3).await;
                        W::new(&ctx, 30, 3).await;
                        break 0;
                    }
                }
            }
            _ = W::new(&ctx, 31, 0) => {
                ctx.log("s32");
            }
        }
    };
    ctx.log(format!("b3={b3}"));
}
