// finding: R7-cancel-in-try-join
// seed: 1000175
// expect `take 0 mid 1 cancel` => gaveup w3x w4x w5x t1 t1. t6 t6. cancel=Ok
// expect `take 0 mid 2 cancel` => w4- gaveup w3x w5x t1 t1. t6 t6. cancel=Ok
// expect `take 0 mid 3 cancel` => w4- w3- gaveup w5x t1 t1. t6 t6. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t6");
        ctx.log("t6.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    let b2: u32 = 'l2: {
        tokio::try_join!(W::new(&ctx, 3, 2).ok(), W::new(&ctx, 4, 1).ok(), W::new(&ctx, 5, 3).ok())?;
        38
    };
    ctx.log(format!("b2={b2}"));
}
