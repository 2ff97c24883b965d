// finding: R2-cancel-in-join
// seed: 1000209
// expect `take 0 mid 1 cancel` => w2- j2 gaveup w1x t5 w6- t5. cancel=Ok
// expect `take 0 mid 2 cancel` => w2- j2 gaveup w1x t5 w6- t5. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t5");
        W::new(&ctx, 6, 2).await;
        ctx.log("t5.");
    }
    tokio::join!(async { W::new(&ctx, 1, 2).await; ctx.log("j1"); }, async { W::new(&ctx, 2, 0).await; ctx.log("j2"); });
    W::new(&ctx, 3, 3).await;
    ctx.check(4, 0b11, 2)?;
}
