// finding: R7-cancel-in-try-join
// seed: 1000285
// expect `take 0 mid 1 cancel` => gaveup w2x w3x t1 t1. t33 t33. cancel
// expect `take 0 mid 2 cancel` => w3- gaveup w2x t1 t1. t33 t33. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t33");
        ctx.log("t33.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    let _ = tokio::try_join!(W::new(&ctx, 2, 2).fail(2), W::new(&ctx, 3, 1).ok());
    ctx.log("s4");
    let Some(v5) = ctx.opt(5, 0b1, 1) else {
        let mut c6 = 0;
        'l6: while c6 < 3 {
            c6 += 1;
            yield_!(7);
            let mut c8 = 0;
            let b8: u32 = loop {
                c8 += 1;
                if c8 > 1 { break 12; }
                W::new(&ctx, 9, 3).await;
                yield_!(10);
                teardown! {
                    ctx.log("t11");
                    W::new(&ctx, 12, 0).await;
                    ctx.log("t11.");
                }
                ctx.log("s13");
            };
            ctx.log(format!("b8={b8}"));
            'l14: {
                teardown! {
                    ctx.log("t15");
                    ctx.log("t15.");
                }
                teardown! {
                    ctx.log("t16");
                    W::new(&ctx, 17, 1).await;
                    ctx.log("t16.");
                }
                let _ = tokio::try_join!(W::new(&ctx, 18, 1).ok(), W::new(&ctx, 19, 3).fail(19));
            }
            return;
        }
        tokio::select! {
            _ = W::new(&ctx, 20, 3), if ctx.ch(31, 0b1, 1) => {
                yield_!(21);
                ctx.log("s22");
                W::new(&ctx, 23, 1).await;
                match ctx.pick(24, 1, 2) {
                    0 => {
                        W::new(&ctx, 25, 3).await;
                        return;
                    }
                    _ => {
                        ctx.log("s26");
                        return;
                    }
                }
            }
            _ = W::new(&ctx, 27, 0) => {
                ctx.log("s28");
            }
            _ = W::new(&ctx, 29, 1) => {
                ctx.log("s30");
            }
            else => {
                ctx.log("s32");
            }
        }
        return;
    };
    ctx.log(format!("L{v5}"));
}
