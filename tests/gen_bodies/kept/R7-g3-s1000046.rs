// finding: R7-cancel-in-try-join
// seed: 1000046
// expect `take 0 mid 1 cancel` => gaveup w1x w2x t11 w12- t11. cancel
// expect `take 0 mid 2 cancel` => gaveup w1x w2x t11 w12- t11. cancel
// expect `take 0 mid 3 cancel` => w1- gaveup w2x t11 w12- t11. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t11");
        W::new(&ctx, 12, 1).await;
        ctx.log("t11.");
    }
    let _ = tokio::try_join!(W::new(&ctx, 1, 2).ok(), async { W::new(&ctx, 2, 3).await; ctx.log("j2"); Ok::<(), u32>(()) });
    if ctx.ch(3, 0b1, 1) {
        teardown! {
            ctx.log("t4");
            W::new(&ctx, 5, 0).await;
            ctx.log("t4.");
        }
        ctx.log("s6");
    } else {
        teardown! {
            ctx.log("t7");
            ctx.log("t7.");
        }
        ctx.log("s8");
    }
    teardown! {
        ctx.log("t9");
        ctx.log("t9.");
    }
    ctx.log("s10");
}
