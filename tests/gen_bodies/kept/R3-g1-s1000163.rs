// finding: R3-cancel-in-select
// seed: 1000163
// expect `take 0 mid 1 cancel` => w24- w34x s25 gaveup w26x w29x w32x t37 w38- t37. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t37");
        W::new(&ctx, 38, 0).await;
        ctx.log("t37.");
    }
    if ctx.ch(1, 0b100, 3) {
        yield_!(2);
        if ctx.ch(3, 0b0, 1) {
            'l4: {
                W::new(&ctx, 5, 1).await;
                yield_!(6);
                teardown! {
                    ctx.log("t7");
                    W::new(&ctx, 8, 0).await;
                    ctx.log("t7.");
                }
                ctx.log("s9");
                return;
            }
        } else {
            {
                W::new(&ctx, 11, 0).await;
                W::new(&ctx, 12, 1).await;
                ctx.log("s13");
            }
            W::new(&ctx, 14, 1).await;
            ctx.log("s15");
        }
        {
            let mut c17 = 0;
            let b17: u32 = 'l17: loop {
                c17 += 1;
                if c17 > 3 { break 3; }
                tokio::join!(async { W::new(&ctx, 18, 0).await; ctx.log("j18"); }, W::new(&ctx, 19, 3), W::new(&ctx, 20, 1));
            };
            ctx.log(format!("b17={b17}"));
            tokio::join!(W::new(&ctx, 21, 3), async { W::new(&ctx, 22, 0).await; ctx.log("j22"); });
        }
        yield_!(23);
    } else {
        tokio::select! {
            _ = W::new(&ctx, 24, 0), if ctx.ch(36, 0b111, 4) => {
                ctx.log("s25");
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 26, 1) => {
                        yield_!(27);
                        yield_!(28);
                    }
                    _ = W::new(&ctx, 29, 0), if ctx.ch(30, 0b110, 4) => {
                        ctx.log("s31");
                    }
                    _ = W::new(&ctx, 32, 2) => {
                        ctx.log("s33");
                    }
                }
            }
            _ = W::new(&ctx, 34, 1) => {
                ctx.log("s35");
            }
        }
    }
}
