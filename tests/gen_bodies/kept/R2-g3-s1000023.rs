// finding: R2-cancel-in-join
// seed: 1000023
// expect `take 0 mid 3 cancel` => w1- w30x w3- w8x gaveup w4x w5x w6x t39 t39. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t39");
        ctx.log("t39.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 0) => {
            'l2: for _ in 0..3 {
                tokio::select! {
                    _ = W::new(&ctx, 3, 2), if ctx.ch(13, 0b11, 2) => {
                        tokio::join!(W::new(&ctx, 4, 2), W::new(&ctx, 5, 1), async { W::new(&ctx, 6, 3).await; ctx.log("j6"); });
                        W::new(&ctx, 7, 3).await;
                    }
                    _ = W::new(&ctx, 8, 3) => {
                        W::new(&ctx, 9, 0).await;
                        yield_!(10);
                        yield_!(11);
                        W::new(&ctx, 12, 3).await;
                    }
                }
                W::new(&ctx, 14, 1).await;
                {
                    tokio::join!(async { W::new(&ctx, 16, 0).await; ctx.log("j16"); }, W::new(&ctx, 17, 1), async { W::new(&ctx, 18, 3).await; ctx.log("j18"); });
                    break;
                }
            }
            'l19: {
                match ctx.pick(20, 1, 2) {
                    0 => {
                        W::new(&ctx, 21, 2).await;
                        yield_!(22);
                        futures::join!(async { W::new(&ctx, 23, 2).await; ctx.log("j23"); }, W::new(&ctx, 24, 0));
                    }
                    _ => {
                        yield_!(25);
                        break 'l19;
                    }
                }
                'l26: {
                    ctx.log("s27");
                    W::new(&ctx, 28, 2).await;
                    ctx.log("s29");
                }
            }
        }
        _ = W::new(&ctx, 30, 1) => {
            ctx.log("s31");
            let mut c32 = 0;
            let b32: u32 = loop {
                c32 += 1;
                if c32 > 2 { break 28; }
                let Some(v33) = ctx.opt(33, 0b110, 3) else {
                    yield_!(34);
                    continue;
                };
                ctx.log(format!("L{v33}"));
                futures::select! {
                    _ = W::new(&ctx, 35, 0).fuse() => {
                        ctx.log("s36");
                    }
                    _ = W::new(&ctx, 37, 1).fuse() => {
                        ctx.log("s38");
                    }
                }
            };
            ctx.log(format!("b32={b32}"));
        }
    }
}
