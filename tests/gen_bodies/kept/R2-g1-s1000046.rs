// finding: R2-cancel-in-join
// seed: 1000046
// expect `take 0 mid 1 cancel` => w1- gaveup w2x t10 t10. cancel
// expect `take 0 mid 2 cancel` => w1- gaveup w2x t10 t10. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t10");
        ctx.log("t10.");
    }
    tokio::join!(W::new(&ctx, 1, 0), W::new(&ctx, 2, 2));
    yield_!(3);
    match ctx.pick(4, 0, 2) {
        0 => {
            teardown! {
                ctx.log("t5");
                W::new(&ctx, 6, 0).await;
                ctx.log("t5.");
            }
            ctx.log("s7");
        }
        _ => {
            teardown! {
                ctx.log("t8");
                ctx.log("t8.");
            }
            ctx.log("s9");
        }
    }
}
