// finding: R2-cancel-in-join
// seed: 1000180
// expect `take 0 mid 1 cancel` => s1 w2- w5- j5 gaveup w4x t9 t9. cancel=Ok
// expect `take 0 mid 2 cancel` => s1 w2- w5- j5 gaveup w4x t9 t9. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t9");
        ctx.log("t9.");
    }
    ctx.log("s1");
    W::new(&ctx, 2, 0).await;
    let b3: u32 = 'l3: {
        tokio::join!(W::new(&ctx, 4, 2), async { W::new(&ctx, 5, 0).await; ctx.log("j5"); });
        W::new(&ctx, 6, 1).await;
        W::new(&ctx, 7, 3).await;
        1
    };
    ctx.log(format!("b3={b3}"));
    ctx.log("s8");
}
