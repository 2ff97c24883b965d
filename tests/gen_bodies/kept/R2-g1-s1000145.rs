// finding: R2-cancel-in-join
// seed: 1000145
// expect `take 0 mid 1 cancel` => w1- gaveup w2x t3 w4- t3. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t3");
        W::new(&ctx, 4, 1).await;
        ctx.log("t3.");
    }
    tokio::join!(W::new(&ctx, 1, 0), W::new(&ctx, 2, 1));
}
