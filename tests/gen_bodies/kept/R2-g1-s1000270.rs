// finding: R2-cancel-in-join
// seed: 1000270
// expect `take 1 mid 1 cancel` => item 1 w5- gaveup w3x w4x t2 t2. cancel
// expect `take 1 mid 2 cancel` => item 1 w5- w4- gaveup w3x t2 t2. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    yield_!(1);
    teardown! {
        ctx.log("t2");
        ctx.log("t2.");
    }
    tokio::join!(W::new(&ctx, 3, 2), W::new(&ctx, 4, 1), W::new(&ctx, 5, 0));
}
