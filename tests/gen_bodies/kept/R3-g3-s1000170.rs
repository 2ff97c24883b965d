// finding: R3-cancel-in-select
// seed: 1000170
// expect `take 0 mid 1 cancel` => gaveup w1x w4x t11 w12- t11. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t11");
        W::new(&ctx, 12, 1).await;
        ctx.log("t11.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 3) => {
            W::new(&ctx, 2, 0).await;
            yield_!(Err(3));
        }
        _ = W::new(&ctx, 4, 1) => {
            tokio::select! {
                _ = W::new(&ctx, 5, 1) => {
                    ctx.log("s6");
                    return;
                }
                _ = W::new(&ctx, 7, 0), if ctx.ch(8, 0b101, 3) => {
                    let mut c9 = 0;
                    'l9: loop {
                        c9 += 1;
                        if c9 > 2 { break; }
                        ctx.log("s10");
                    }
                }
            }
        }
    }
}
