// finding: R8-cancel-in-futures-join
// seed: 1000219
// expect `take 0 mid 1 cancel` => w3- gaveup w1x w2x t11 t11. cancel=Ok
// expect `take 0 mid 2 cancel` => w3- w1- j1 gaveup w2x t11 t11. cancel=Ok
// expect `take 0 mid 3 cancel` => w3- w1- j1 gaveup w2x t11 t11. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t11");
        ctx.log("t11.");
    }
    futures::join!(async { W::new(&ctx, 1, 1).await; ctx.log("j1"); }, W::new(&ctx, 2, 3), W::new(&ctx, 3, 0));
    if ctx.ch(4, 0b100, 4) {
        ctx.check(5, 0b1100, 4)?;
        if ctx.ch(6, 0b1, 1) {
            let mut c7 = 0;
            loop {
                c7 += 1;
                if c7 > 2 { break; }
                ctx.log("s8");
            }
        } else {
            ctx.log("s9");
        }
    } else {
        ctx.log("s10");
    }
}
