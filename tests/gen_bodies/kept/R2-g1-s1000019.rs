// finding: R2-cancel-in-join
// seed: 1000019
// expect `take 0 mid 3 cancel` => w1- gaveup w2x w3x t11 t11. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t11");
        ctx.log("t11.");
    }
    W::new(&ctx, 1, 2).await;
    tokio::join!(async { W::new(&ctx, 2, 2).await; ctx.log("j2"); }, async { W::new(&ctx, 3, 3).await; ctx.log("j3"); });
    tokio::join!(W::new(&ctx, 4, 0), W::new(&ctx, 5, 1), W::new(&ctx, 6, 3));
    let mut c7 = 0;
    'l7: loop {
        c7 += 1;
        if c7 > 0 { break; }
        ctx.log("s8");
        W::new(&ctx, 9, 1).await;
        W::new(&ctx, 10, 0).await;
        return;
    }
}
