// finding: R3-cancel-in-select
// seed: 1000263
// expect `take 0 mid 1 cancel` => gaveup w2x w4x w11x t13 t13. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t13");
        ctx.log("t13.");
    }
    {
        tokio::select! {
            _ = W::new(&ctx, 2, 2) => {
                ctx.check(3, 0b0, 3)?;
            }
            _ = W::new(&ctx, 4, 3) => {
                if ctx.ch(5, 0b1000, 4) {
                    ctx.check(6, 0b0, 2)?;
                    ctx.log("s7");
                } else {
                    W::new(&ctx, 8, 1).await;
                    ctx.check(9, 0b11, 2)?;
                    yield_!(Ok(10));
                }
                return;
            }
            _ = W::new(&ctx, 11, 1) => {
                ctx.log("s12");
            }
        }
    }
}
