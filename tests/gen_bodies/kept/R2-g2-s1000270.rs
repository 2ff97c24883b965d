// finding: R2-cancel-in-join
// seed: 1000270
// expect `take 1 mid 1 cancel` => item 1 w3- j3 gaveup w4x t2 t2. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    yield_!(1);
    teardown! {
        ctx.log("t2");
        ctx.log("t2.");
    }
    tokio::join!(async { W::new(&ctx, 3, 0).await; ctx.log("j3"); }, W::new(&ctx, 4, 1));
}
