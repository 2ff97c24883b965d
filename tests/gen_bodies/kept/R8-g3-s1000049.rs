// finding: R8-cancel-in-futures-join
// seed: 1000049
// expect `take 0 mid 1 cancel` => w8- gaveup w7x w9x t1 w2- t1. t11 w12- t11. cancel=Ok
// expect `take 0 mid 2 cancel` => w8- w9- gaveup w7x t1 w2- t1. t11 w12- t11. cancel=Ok
// expect `take 0 mid 3 cancel` => w8- w9- gaveup w7x t1 w2- t1. t11 w12- t11. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t11");
        W::new(&ctx, 12, 0).await;
        ctx.log("t11.");
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
        futures::join!(async { W::new(&ctx, 7, 3).await; ctx.log("j7"); }, W::new(&ctx, 8, 0), W::new(&ctx, 9, 1));
    }
    yield_!(Ok(10));
}
