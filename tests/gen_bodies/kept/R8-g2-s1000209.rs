// finding: R8-cancel-in-futures-join
// seed: 1000209
// expect `take 0 mid 1 cancel` => w2- gaveup w1x t6 t6. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t6");
        ctx.log("t6.");
    }
    futures::join!(async { W::new(&ctx, 1, 1).await; ctx.log("j1"); }, W::new(&ctx, 2, 0));
    yield_!(Ok(3));
    let mut c4 = 0;
    let b4: u32 = 'l4: loop {
        c4 += 1;
        if c4 > 0 { break 40; }
        W::new(&ctx, 5, 1).await;
    };
    ctx.log(format!("b4={b4}"));
    return;
}
