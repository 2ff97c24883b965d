// finding: R2-cancel-in-join
// seed: 1000049
// expect `take 0 mid 1 cancel` => gaveup w7x w8x t1 w2- t1. t10 t10. cancel=Ok
// expect `take 0 mid 2 cancel` => w7- j7 gaveup w8x t1 w2- t1. t10 t10. cancel=Ok
// expect `take 0 mid 3 cancel` => w7- j7 gaveup w8x t1 w2- t1. t10 t10. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t10");
        ctx.log("t10.");
    }
    teardown! {
        ctx.log("t1");
        W::new(&ctx, 2, 2).await;
        ctx.log("t1.");
    }
    if ctx.ch(3, 0b0, 1) {
        ctx.log("s4");
        teardown! {
            ctx.log("t5");
            ctx.log("t5.");
        }
        ctx.log("s6");
    } else {
        tokio::join!(async { W::new(&ctx, 7, 1).await; ctx.log("j7"); }, W::new(&ctx, 8, 3));
    }
    yield_!(Ok(9));
}
