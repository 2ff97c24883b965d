// finding: R2-cancel-in-join
// seed: 1000299
// expect `take 0 mid 1 cancel` => w3- j3 gaveup w2x w4x t1 t1. cancel=Ok
// expect `take 0 mid 2 cancel` => w3- j3 w4- j4 gaveup w2x t1 t1. cancel=Ok
// expect `take 0 mid 3 cancel` => w3- j3 w4- j4 gaveup w2x t1 t1. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    tokio::join!(W::new(&ctx, 2, 3), async { W::new(&ctx, 3, 0).await; ctx.log("j3"); }, async { W::new(&ctx, 4, 1).await; ctx.log("j4"); });
    yield_!(Ok(5));
}
