// finding: R2-cancel-in-join
// seed: 1000175
// expect `take 0 mid 1 cancel` => gaveup w3x w4x w5x t1 t1. t6 w7- t6. cancel=Ok
// expect `take 0 mid 2 cancel` => w5- gaveup w3x w4x t1 t1. t6 w7- t6. cancel=Ok
// expect `take 0 mid 3 cancel` => w5- w4- j4 gaveup w3x t1 t1. t6 w7- t6. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t6");
        W::new(&ctx, 7, 1).await;
        ctx.log("t6.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    let b2: u32 = 'l2: {
        tokio::join!(W::new(&ctx, 3, 3), async { W::new(&ctx, 4, 2).await; ctx.log("j4"); }, W::new(&ctx, 5, 1));
        9
    };
    ctx.log(format!("b2={b2}"));
}
