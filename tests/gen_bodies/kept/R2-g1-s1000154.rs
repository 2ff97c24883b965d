// finding: R2-cancel-in-join
// seed: 1000154
// expect `take 2 mid 1 cancel` => s2 s4 t3 t3. item Ok(6) item Ok(7) w9- gaveup w8x w10x t11 t11. cancel=Ok
// expect `take 2 mid 2 cancel` => s2 s4 t3 t3. item Ok(6) item Ok(7) w9- gaveup w8x w10x t11 t11. cancel=Ok
// expect `take 2 mid 3 cancel` => s2 s4 t3 t3. item Ok(6) item Ok(7) w9- w10- gaveup w8x t11 t11. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t11");
        ctx.log("t11.");
    }
    'l1: {
        ctx.log("s2");
        teardown! {
            ctx.log("t3");
            ctx.log("t3.");
        }
        ctx.log("s4");
        ctx.check(5, 0b1110, 4)?;
    }
    yield_!(Ok(6));
    yield_!(Ok(7));
    tokio::join!(async { W::new(&ctx, 8, 3).await; ctx.log("j8"); }, W::new(&ctx, 9, 0), W::new(&ctx, 10, 2));
}
