// finding: R8-cancel-in-futures-join
// seed: 1000145
// expect `take 0 mid 1 cancel` => gaveup w1x w2x t3 w4- t3. cancel=Ok
// expect `take 0 mid 2 cancel` => w1- j1 gaveup w2x t3 w4- t3. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t3");
        W::new(&ctx, 4, 2).await;
        ctx.log("t3.");
    }
    futures::join!(async { W::new(&ctx, 1, 1).await; ctx.log("j1"); }, W::new(&ctx, 2, 2));
}
