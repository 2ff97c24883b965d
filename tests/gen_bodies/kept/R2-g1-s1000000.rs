// finding: R2-cancel-in-join
// seed: 1000000
// expect `take 0 mid 1 cancel` => w1- gaveup w2x w3x t5 t5. cancel
// expect `take 0 mid 2 cancel` => w1- w2- gaveup w3x t5 t5. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t5");
        ctx.log("t5.");
    }
    tokio::join!(W::new(&ctx, 1, 0), W::new(&ctx, 2, 1), W::new(&ctx, 3, 2));
    yield_!(4);
}
