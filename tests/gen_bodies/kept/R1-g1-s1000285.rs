// finding: R1-cancel-in-teardown-goes-on+R2-cancel-in-join
// seed: 1000285
// expect `take 0 mid 1 cancel` => w2- j2 gaveup w3x t1 t1. t31 t31. cancel
// expect `take 0 mid 2 cancel` => w2- j2 gaveup w3x t1 t1. t31 t31. cancel
// expect `take 1 mid 1 cancel` => w2- j2 w3- j3 w4- w9- item 10 s13 t11 w12- t11. b8=12 w18- j18 gaveup w19x t16 w17- t16. t15 t15. t1 t1. t31 t31. cancel
// expect `take 1 mid 2 cancel` => w2- j2 w3- j3 w4- w9- item 10 s13 t11 w12- t11. b8=12 w18- j18 gaveup w19x t16 w17- t16. t15 t15. t1 t1. t31 t31. cancel
// expect `take 1 mid 3 cancel` => w2- j2 w3- j3 w4- w9- item 10 s13 t11 w12- t11. b8=12 w18- j18 w19- t16 gaveup w17- t16. t15 t15. t1 t1. t31 t31. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t31");
        ctx.log("t31.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    tokio::join!(async { W::new(&ctx, 2, 0).await; ctx.log("j2"); }, async { W::new(&ctx, 3, 2).await; ctx.log("j3"); });
    W::new(&ctx, 4, 0).await;
    if ctx.ch(5, 0b0, 1) {
        W::new(&ctx, 6, 1).await;
    } else {
        {
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
                tokio::join!(async { W::new(&ctx, 18, 0).await; ctx.log("j18"); }, W::new(&ctx, 19, 2));
            }
            tokio::select! {
                biased;
                _ = W::new(&ctx, 20, 1) => {
                    yield_!(21);
                    W::new(&ctx, 22, 1).await;
                    W::new(&ctx, 23, 3).await;
                }
                _ = W::new(&ctx, 24, 2) => {
                    W::new(&ctx, 25, 1).await;
                }
                _ = W::new(&ctx, 26, 1), if ctx.ch(27, 0b1100, 4) => {
                    yield_!(28);
                    tokio::join!(W::new(&ctx, 29, 0), W::new(&ctx, 30, 1));
                }
            }
        }
    }
}
