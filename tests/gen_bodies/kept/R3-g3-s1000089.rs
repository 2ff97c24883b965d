// finding: R3-cancel-in-select
// seed: 1000089
// expect `take 0 mid 1 cancel` => gaveup w1x w16x t18 t18. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t18");
        ctx.log("t18.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 3) => {
            let Some(v2) = ctx.opt(2, 0b111, 3) else {
                tokio::select! {
                    _ = W::new(&ctx, 3, 1) => {
                        tokio::join!(W::new(&ctx, 4, 0), W::new(&ctx, 5, 3));
                    }
                    _ = W::new(&ctx, 6, 3), if ctx.ch(7, 0b1, 2) => {
                        W::new(&ctx, 8, 0).await;
                        ctx.log("s9");
                    }
                    _ = W::new(&ctx, 10, 0) => {
                        yield_!(11);
                        yield_!(12);
                        W::new(&ctx, 13, 1).await;
                        W::new(&ctx, 14, 0).await;
                    }
                }
                ctx.log("s15");
                return;
            };
            ctx.log(format!("L{v2}"));
        }
        _ = W::new(&ctx, 16, 1) => {
            ctx.log("s17");
        }
    }
}
