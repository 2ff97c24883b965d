// finding: R2-cancel-in-join
// seed: 1000299
// expect `take 0 mid 1 cancel` => gaveup w2x w3x t1 t1. cancel=Ok
// expect `take 0 mid 2 cancel` => gaveup w2x w3x t1 t1. cancel=Ok
// expect `take 0 mid 3 cancel` => w3- gaveup w2x t1 t1. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    tokio::join!(W::new(&ctx, 2, 3), W::new(&ctx, 3, 2));
    'l4: for _ in 0..1 {
        W::new(&ctx, 5, 1).await;
    }
}
