// finding: R1-cancel-in-teardown-goes-on
// seed: 1000277
// expect `take 1 mid 2 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 gaveup w8- t7. t32 w33- t32. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t32");
        W::new(&ctx, 33, 2).await;
        ctx.log("t32.");
    }
    let b1: u32 = 'l1: {
        yield_!(2);
        match ctx.pick(3, 0, 3) {
            0 => {
                W::new(&ctx, 4, 0).await;
                {
                    W::new(&ctx, 6, 1).await;
                    teardown! {
                        ctx.log("t7");
                        W::new(&ctx, 8, 1).await;
                        ctx.log("t7.");
                    }
                    teardown! {
                        ctx.log("t9");
                        W::new(&ctx, 10, 0).await;
                        ctx.log("t9.");
                    }
                    ctx.log("s11");
                }
                let Some(v12) = ctx.opt(12, 0b11, 2) else {
                    W::new(&ctx, 13, 0).await;
                    W::new(&ctx, 14, 1).await;
                    return;
                };
                ctx.log(format!("L{v12}"));
                tokio::select! {
                    _ = W::new(&ctx, 15, 1) => {
                        W::new(&ctx, 16, 1).await;
                        W::new(&ctx, 17, 2).await;
                        yield_!(18);
                    }
                    _ = W::new(&ctx, 19, 2), if ctx.ch(20, 0b10, 3) => {
                        yield_!(21);
                        ctx.log("s22");
                        W::new(&ctx, 23, 1).await;
                        yield_!(24);
                    }
                    _ = W::new(&ctx, 25, 3) => {
                        tokio::join!(W::new(&ctx, 26, 1), W::new(&ctx, 27, 3));
                    }
                }
                return;
            }
            1 => {
                if ctx.ch(28, 0b1111, 4) {
                    yield_!(29);
                } else {
                    ctx.log("s30");
                    break 'l1 0;
                }
            }
            _ => {
                ctx.log("s31");
            }
        }
        7
    };
    ctx.log(format!("b1={b1}"));
}
