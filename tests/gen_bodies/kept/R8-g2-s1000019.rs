// finding: R8-cancel-in-futures-join
// seed: 1000019
// expect `take 0 mid 3 cancel` => w1- gaveup w2x w3x t6 t6. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t6");
        ctx.log("t6.");
    }
    W::new(&ctx, 1, 2).await;
    futures::join!(W::new(&ctx, 2, 1), W::new(&ctx, 3, 3));
    teardown! {
        ctx.log("t4");
        ctx.log("t4.");
    }
    yield_!(Ok(5));
}
