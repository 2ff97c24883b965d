// finding: R7-cancel-in-try-join
// seed: 1000137
// expect `take 0 mid 1 cancel` => gaveup w1x w2x t3 w4- t3. cancel=Ok
// expect `take 0 mid 2 cancel` => gaveup w1x w2x t3 w4- t3. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t3");
        W::new(&ctx, 4, 0).await;
        ctx.log("t3.");
    }
    tokio::try_join!(W::new(&ctx, 1, 2).fail(1), W::new(&ctx, 2, 3).ok())?;
}
