// finding: R2-cancel-in-join
// seed: 1000120
// expect `take 0 mid 2 cancel` => w6- gaveup w7x w8x w9x t3 w4- t3. t29 w30- t29. cancel=Ok
// expect `take 0 mid 3 cancel` => w6- w7- j7 gaveup w8x w9x t3 w4- t3. t29 w30- t29. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t29");
        W::new(&ctx, 30, 0).await;
        ctx.log("t29.");
    }
    let b1: u32 = 'l1: {
        let b2: u32 = 'l2: {
            teardown! {
                ctx.log("t3");
                W::new(&ctx, 4, 1).await;
                ctx.log("t3.");
            }
            let Some(v5) = ctx.opt(5, 0b110, 3) else {
                W::new(&ctx, 6, 1).await;
                tokio::join!(async { W::new(&ctx, 7, 1).await; ctx.log("j7"); }, W::new(&ctx, 8, 3), async { W::new(&ctx, 9, 2).await; ctx.log("j9"); });
                W::new(&ctx, 10, 2).await;
                break 'l1 30;
            };
            ctx.log(format!("L{v5}"));
            42
        };
        ctx.log(format!("b2={b2}"));
        tokio::select! {
            _ = W::new(&ctx, 11, 1), if ctx.ch(28, 0b1, 1) => {
                tokio::join!(W::new(&ctx, 12, 2), W::new(&ctx, 13, 3), W::new(&ctx, 14, 1));
            }
            _ = W::new(&ctx, 15, 2) => {
                tokio::select! {
                    _ = W::new(&ctx, 16, 1) => {
                        yield_!(Ok(17));
                        yield_!(Ok(18));
                        break 'l1 42;
                    }
                    _ = W::new(&ctx, 19, 0) => {
                        W::new(&ctx, 20, 3).await;
                        W::new(&ctx, 21, 3).await;
                        yield_!(Ok(22));
                        W::new(&ctx, 23, 2).await;
                    }
                    _ = W::new(&ctx, 24, 3) => {
                        ctx.log("s25");
                    }
                }
                let mut c26 = 0;
                'l26: while c26 < 1 {
                    c26 += 1;
                    ctx.log("s27");
                    continue 'l26;
                }
            }
        }
        36
    };
    ctx.log(format!("b1={b1}"));
}
